// SBX022: every value the deploy passes satisfies its parameter's declared constraints. CloudFormation would reject
// the stack at CreateStack anyway, but the guard says so offline (`labgrade sandbox plan`), names the parameter, and
// tells an instructor's typo in 'deploy-parameters' from a learner's Default. CloudFormation itself checks that
// AWS-specific values (a subnet id, a VPC id) exist in the account, before creating anything.
import { isRecord } from '../../../graders/engine/parsers/record.js';
import { defineGuardRule, deployedTemplate } from './util/define.js';

/** The id shapes of the AWS-specific parameter types the labs use; CloudFormation checks existence itself. */
const ID_SHAPES: Readonly<Record<string, RegExp>> = {
  'AWS::EC2::VPC::Id': /^vpc-[0-9a-f]{8,17}$/,
  'AWS::EC2::Subnet::Id': /^subnet-[0-9a-f]{8,17}$/,
  'AWS::EC2::SecurityGroup::Id': /^sg-[0-9a-f]{8,17}$/,
  'AWS::EC2::AvailabilityZone::Name': /^[a-z]{2}(-[a-z]+)+-\d[a-z]$/,
};

export default defineGuardRule<'parameters'>()({
  meta: {
    id: 'SBX022',
    name: 'parameter-value',
    target: 'cloudformation',
    severity: 'error',
    title: "Pass only values a parameter's constraints accept",
    description:
      "Each value the deploy passes (the instructor's 'deploy-parameters', else the Default) fits the parameter's Type (Number, lists, AWS-specific ids), AllowedValues, AllowedPattern, MinLength/MaxLength and MinValue/MaxValue, as CloudFormation checks them at CreateStack.",
    docsUrl:
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html',
    evidence: ['CloudFormation parameter constraints (Parameters section)'],
    messages: {
      invalid:
        "Parameter '{{name}}' would be passed '{{value}}' ({{source}}), but {{why}}, so CloudFormation would reject the stack. {{fix}}",
    },
  },
  check(doc, ctx) {
    const supplied = ctx.options.parameters;
    const t = deployedTemplate(doc, supplied);
    for (const [name, param] of Object.entries(t.Parameters ?? {})) {
      if (!isRecord(param) || param['Default'] === undefined) continue; // SBX003's
      const value = String(param['Default']);
      const fromInstructor = Object.hasOwn(supplied, name);
      const why = violation(param, value);
      if (!why) continue;
      ctx.report(
        'invalid',
        {
          name,
          value: value.length > 80 ? `${value.slice(0, 77)}...` : value,
          source: fromInstructor ? "from the instructor's 'deploy-parameters'" : 'its Default',
          why,
          fix: fromInstructor
            ? "Ask your instructor to correct 'deploy-parameters'."
            : 'Correct the Default, or the constraint.',
        },
        ['Parameters', name, fromInstructor ? 'Type' : 'Default'],
      );
    }
  },
});

/** Why CloudFormation would refuse the value, or null. */
export function violation(param: Record<string, unknown>, value: string): string | null {
  const type = typeof param['Type'] === 'string' ? param['Type'] : 'String';
  const list = /^List<(.+)>$/.exec(type);
  const items = list || type === 'CommaDelimitedList' ? value.split(',').map((v) => v.trim()) : [value];
  const itemType = list ? list[1]! : type === 'CommaDelimitedList' ? 'String' : type;
  for (const item of items) {
    if (itemType === 'Number' && (item === '' || !Number.isFinite(Number(item))))
      return `'${item}' is not a number (Type '${type}')`;
    const shape = ID_SHAPES[itemType];
    if (shape && !shape.test(item)) return `'${item}' is not a '${itemType}' (Type '${type}')`;
  }
  const allowed = param['AllowedValues'];
  if (Array.isArray(allowed) && !items.every((i) => allowed.map(String).includes(i)))
    return `it is not one of AllowedValues ${allowed.map((v) => `'${String(v)}'`).join(', ')}`;
  if (typeof param['AllowedPattern'] === 'string') {
    let re: RegExp | null = null;
    try {
      // CloudFormation matches the whole value (Java regular expressions; the common subset is the same).
      re = new RegExp(`^(?:${param['AllowedPattern']})$`, 'u');
    } catch {
      re = null; // a pattern JavaScript cannot read is cfn-lint's to report, not a reason to refuse
    }
    if (re && !items.every((i) => re.test(i)))
      return `it does not match AllowedPattern '${param['AllowedPattern']}'`;
  }
  const num = (k: string) =>
    typeof param[k] === 'number' || typeof param[k] === 'string' ? Number(param[k]) : null;
  const minLen = num('MinLength');
  const maxLen = num('MaxLength');
  if (minLen !== null && value.length < minLen) return `it is shorter than MinLength ${minLen}`;
  if (maxLen !== null && value.length > maxLen) return `it is longer than MaxLength ${maxLen}`;
  const minVal = num('MinValue');
  const maxVal = num('MaxValue');
  if (minVal !== null && items.some((i) => Number(i) < minVal)) return `it is below MinValue ${minVal}`;
  if (maxVal !== null && items.some((i) => Number(i) > maxVal)) return `it is above MaxValue ${maxVal}`;
  return null;
}
