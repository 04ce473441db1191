// Helper module (exports no rule): the lab 14 checks that need two files at once, which no rule can see, so the
// rubric's item checks call them. Each returns findings located in the file that must change: a parameter file that
// does not fit the template's Parameters, a replica Region that is the file's own Region, failover roles that no
// Region takes, and a recovery file whose claims the template does not back.
import type { CfnTemplate, DataPath, Finding, YamlDoc } from '../../engine/types.js';
import { isRecord, parameterValueType } from '../lib/cloudformation.js';
import {
  assertsOtherRegion,
  COMMERCIAL_REGIONS,
  isRegion,
  policiesFor,
  REGIONS,
  replicationDestinations,
  routingRecords,
  type ParameterFile,
} from './model.js';

/** Findings of one check, all under one rule id. */
class Findings {
  readonly out: Finding[] = [];
  constructor(private readonly ruleId: string) {}
  inFile(f: ParameterFile, path: DataPath, message: string): void {
    const at = f.json ? f.json.locate(path) : { line: 1, column: 1 };
    this.out.push({ file: f.file, ...at, severity: 'error', ruleId: this.ruleId, message });
  }
  inYaml(doc: YamlDoc, path: DataPath, message: string): void {
    this.out.push({ file: doc.file, ...doc.locate(path), severity: 'error', ruleId: this.ruleId, message });
  }
}

/** The files CloudFormation could use: named after a Region and readable in one of the two formats. */
export function usableFiles(files: readonly ParameterFile[]): ParameterFile[] {
  return files.filter((f) => f.region !== undefined && f.json !== undefined && f.format !== undefined);
}

/** AWS-specific parameter types whose values are ids of one Region, with the shape CloudFormation checks. */
const REGIONAL_IDS: Readonly<Record<string, RegExp>> = {
  'AWS::EC2::VPC::Id': /^vpc-[0-9a-f]{8,17}$/,
  'AWS::EC2::Subnet::Id': /^subnet-[0-9a-f]{8,17}$/,
  'AWS::EC2::SecurityGroup::Id': /^sg-[0-9a-f]{8,17}$/,
  'AWS::EC2::Image::Id': /^ami-[0-9a-f]{8,17}$/,
};
/** Global ids: the same value is right in every Region. */
const GLOBAL_IDS: Readonly<Record<string, RegExp>> = {
  'AWS::Route53::HostedZone::Id': /^Z[A-Z0-9]{1,32}$/,
};
/** An ARN and its Region field. */
const ARN_REGION = /arn:aws[a-z-]*:[a-z0-9-]+:([a-z0-9-]*):/g;
/** A learner-written AllowedPattern with a quantified group inside a quantified group can take forever to run. */
const NESTED_QUANTIFIER = /\([^)]*[+*}][^)]*\)[+*{]/;

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

/**
 * Why a parameter file does not fit the template: unknown keys, required parameters missing, values outside the
 * parameter's constraints or type, and Region-bound values (ARNs, VPC, subnet and security group ids) that belong
 * to another Region or repeat another Region's file.
 */
export function judgeParameterFiles(
  t: CfnTemplate,
  files: readonly ParameterFile[],
  ruleId: string,
): Finding[] {
  const r = new Findings(ruleId);
  const params = isRecord(t.Parameters) ? t.Parameters : {};
  const usable = usableFiles(files);
  for (const f of usable) {
    for (const [key, e] of f.entries) {
      const decl = params[key];
      if (!isRecord(decl)) {
        r.inFile(
          f,
          e.keyPath,
          `'${key}' in '${f.file}' is not a parameter of the template, and CloudFormation refuses to create a stack given a parameter the template does not declare. Remove it or declare it under 'Parameters'.`,
        );
        continue;
      }
      const value = str(e.value);
      if (value === undefined) continue; // MRG005 reports a value that is not a string
      for (const why of valueProblems(key, decl, value, f.region!))
        r.inFile(f, e.path, `'${key}' in '${f.file}' is '${value}', ${why}`);
    }
    for (const [name, decl] of Object.entries(params)) {
      if (!isRecord(decl) || decl['Default'] !== undefined || f.entries.has(name)) continue;
      r.inFile(
        f,
        [],
        `'${f.file}' gives no value for '${name}', which has no 'Default', so CloudFormation refuses to create the stack in ${f.region!}. Add '${name}' with this Region's value.`,
      );
    }
  }
  // Region-bound ids cannot be the same in two Regions: a copied file deploys against the wrong network.
  for (const [name, decl] of Object.entries(params)) {
    if (!isRecord(decl)) continue;
    const type = parameterValueType(str(decl['Type']));
    if (!type.awsType || !REGIONAL_IDS[type.awsType] || type.ssm) continue;
    const seen = new Map<string, ParameterFile>();
    for (const f of usable) {
      const e = f.entries.get(name);
      const v = str(e?.value);
      if (!e || v === undefined) continue;
      const first = seen.get(v);
      if (first)
        r.inFile(
          f,
          e.path,
          `'${name}' has the same value '${v}' in '${first.file}' and '${f.file}'; ${type.awsType} ids belong to one Region, so one of the two stacks would not find it. Give each Region its own.`,
        );
      else seen.set(v, f);
    }
  }
  return r.out;
}

/** Why one value does not fit its declaration (each a sentence ending with the fix); empty when it fits. */
function valueProblems(key: string, decl: Record<string, unknown>, value: string, region: string): string[] {
  const out: string[] = [];
  const type = parameterValueType(str(decl['Type']));
  const items = type.list ? value.split(',').map((s) => s.trim()) : [value];
  const allowed = Array.isArray(decl['AllowedValues'])
    ? decl['AllowedValues'].map((a) => String(a))
    : undefined;
  if (allowed && !type.list && !allowed.includes(value))
    out.push(
      `not one of its 'AllowedValues' (${allowed.map((a) => `'${a}'`).join(', ')}), so CloudFormation refuses it. Use one of them.`,
    );
  const pattern = str(decl['AllowedPattern']);
  if (
    pattern !== undefined &&
    pattern.length <= 500 &&
    !NESTED_QUANTIFIER.test(pattern) &&
    value.length <= 4096
  ) {
    let re: RegExp | undefined;
    try {
      re = new RegExp(`^(?:${pattern})$`);
    } catch {
      re = undefined; // cfn-lint reports a pattern that is not a regular expression
    }
    if (re && !items.every((i) => re.test(i)))
      out.push(`which does not match its 'AllowedPattern' '${pattern}', so CloudFormation refuses it.`);
  }
  const min = Number(decl['MinLength']);
  const max = Number(decl['MaxLength']);
  if (decl['MinLength'] !== undefined && Number.isFinite(min) && value.length < min)
    out.push(`shorter than its 'MinLength' of ${min}, so CloudFormation refuses it.`);
  if (decl['MaxLength'] !== undefined && Number.isFinite(max) && value.length > max)
    out.push(`longer than its 'MaxLength' of ${max}, so CloudFormation refuses it.`);
  const numeric = str(decl['Type']) === 'Number' || str(decl['Type']) === 'List<Number>';
  if (numeric) {
    const nums = items.map((i) => (i === '' ? NaN : Number(i)));
    if (nums.some((n) => !Number.isFinite(n)))
      out.push(
        `which is not ${type.list ? 'a list of numbers' : 'a number'}, as its type '${str(decl['Type'])!}' requires.`,
      );
    const lo = Number(decl['MinValue']);
    const hi = Number(decl['MaxValue']);
    if (decl['MinValue'] !== undefined && nums.some((n) => n < lo))
      out.push(`below its 'MinValue' of ${lo}.`);
    if (decl['MaxValue'] !== undefined && nums.some((n) => n > hi))
      out.push(`above its 'MaxValue' of ${hi}.`);
  }
  if (type.awsType && !type.ssm) {
    const shape = REGIONAL_IDS[type.awsType] ?? GLOBAL_IDS[type.awsType];
    if (shape && !items.every((i) => shape.test(i)))
      out.push(
        `which is not ${type.list ? 'a comma-separated list of ids' : 'an id'} of type '${type.awsType}' (such as '${example(type.awsType)}'), so CloudFormation refuses it.`,
      );
    if (
      type.awsType === 'AWS::EC2::AvailabilityZone::Name' &&
      !items.every((i) => i.startsWith(region) && i.length === region.length + 1)
    )
      out.push(`but the zones of this file must be zones of ${region}, such as '${region}a'.`);
  }
  for (const m of value.matchAll(ARN_REGION)) {
    const r = m[1]!;
    if (r !== '' && r !== region && REGIONS.includes(r)) {
      out.push(
        `an ARN in ${r}, but this file deploys to ${region}: ${key === 'CertificateArn' || m[0].includes(':acm:') ? 'ACM certificates are regional, and a load balancer can use only a certificate of its own Region' : 'the resource must be in the Region that uses it'}. Use the ARN of the ${region} copy.`,
      );
      break;
    }
  }
  return out;
}

function example(type: string): string {
  return (
    (
      {
        'AWS::EC2::VPC::Id': 'vpc-0a1b2c3d4e5f60718',
        'AWS::EC2::Subnet::Id': 'subnet-0a1b2c3d4e5f60718',
        'AWS::EC2::SecurityGroup::Id': 'sg-0a1b2c3d4e5f60718',
        'AWS::EC2::Image::Id': 'ami-0a1b2c3d4e5f60718',
        'AWS::Route53::HostedZone::Id': 'Z0123456789ABCDEFGHIJ',
      } as Record<string, string>
    )[type] ?? ''
  );
}

/** What a file (or the parameter's Default) sets a parameter to. */
function valueIn(
  t: CfnTemplate,
  f: ParameterFile,
  name: string,
): { value: string | undefined; path: DataPath } {
  const e = f.entries.get(name);
  if (e) return { value: str(e.value), path: e.path };
  const d = isRecord(t.Parameters?.[name]) ? t.Parameters[name]['Default'] : undefined;
  return { value: str(d), path: [] };
}

export interface CrossFileResult {
  findings: Finding[];
  /** Set when there is nothing to judge the claim by. */
  unproven?: string;
}

/**
 * The replica Region parameters: each Region's file must name another Region, or the template's Rules must
 * assert that the parameter differs from AWS::Region.
 */
export function judgeReplicaParameters(
  t: CfnTemplate,
  files: readonly ParameterFile[],
  ruleId: string,
): CrossFileResult {
  const r = new Findings(ruleId);
  const usable = usableFiles(files);
  const params = [
    ...new Set(replicationDestinations(t).flatMap((d) => (d.kind === 'parameter' ? [d.parameter] : []))),
  ];
  const unproven: string[] = [];
  for (const p of params) {
    for (const f of usable) {
      const { value, path } = valueIn(t, f, p);
      if (value === f.region)
        r.inFile(
          f,
          path,
          `'${f.file}' sets the replica Region '${p}' to '${value}', the Region this file deploys to, so ECR would replicate the registry into itself, which it refuses. Set it to the other Region.`,
        );
      else if (value !== undefined && !isRegion(value))
        r.inFile(
          f,
          path,
          `'${f.file}' sets the replica Region '${p}' to '${value}', which is not a Region code such as 'eu-west-1'.`,
        );
    }
    if (usable.length === 0 && !assertsOtherRegion(t, p)) unproven.push(p);
  }
  return unproven.length
    ? {
        findings: r.out,
        unproven: `Nothing shows that ${unproven.map((p) => `'${p}'`).join(', ')} is another Region than the stack's: add the parameter files (each sets it to the other Region), or a template 'Rules' assertion "Fn::Not [Fn::Equals [!Ref ${unproven[0]!}, !Ref AWS::Region]]".`,
      }
    : { findings: r.out };
}

/** Failover roles from a parameter: across the Regions' files, exactly one PRIMARY and at least one SECONDARY. */
export function judgeFailoverRoles(
  t: CfnTemplate,
  files: readonly ParameterFile[],
  ruleId: string,
): CrossFileResult {
  const r = new Findings(ruleId);
  const usable = usableFiles(files);
  const params = [
    ...new Set(
      routingRecords(t).flatMap((rec) => {
        const v = rec.props['Failover'];
        return rec.policy === 'failover' &&
          isRecord(v) &&
          typeof v['Ref'] === 'string' &&
          isRecord(t.Parameters?.[v['Ref']])
          ? [v['Ref']]
          : [];
      }),
    ),
  ];
  for (const p of params) {
    if (usable.length === 0)
      return {
        findings: r.out,
        unproven: `The failover role comes from '${p}', and there are no parameter files to show which Region is PRIMARY.`,
      };
    const roles = usable.map((f) => ({ f, ...valueIn(t, f, p) }));
    const primaries = roles.filter((x) => x.value === 'PRIMARY');
    const secondaries = roles.filter((x) => x.value === 'SECONDARY');
    if (primaries.length !== 1 || secondaries.length === 0) {
      const at = primaries[1] ?? roles.find((x) => x.value !== 'SECONDARY') ?? roles[0]!;
      r.inFile(
        at.f,
        at.path,
        `Across the parameter files '${p}' is ${roles.map((x) => `'${x.value ?? 'unset'}' in ${x.f.region!}`).join(', ')}; failover needs exactly one Region with 'PRIMARY' and the others 'SECONDARY', or Route 53 has ${primaries.length === 0 ? 'no Region to prefer' : secondaries.length === 0 ? 'nowhere to fail over to' : 'two answers for the primary record'}.`,
      );
    }
  }
  return { findings: r.out };
}

/** Whether the template and the parameter files back what recovery.yaml claims. */
export function judgeRecoveryClaims(
  t: CfnTemplate,
  files: readonly ParameterFile[],
  doc: YamlDoc,
  ruleId: string,
): Finding[] {
  const r = new Findings(ruleId);
  const v = isRecord(doc.value) ? doc.value : {};
  const policies = new Set(routingRecords(t).map((rec) => rec.policy));
  const traffic = v['traffic'];
  if (typeof traffic === 'string' && ['failover', 'latency', 'weighted'].includes(traffic)) {
    const needed = policiesFor(traffic);
    if (!needed.some((p) => policies.has(p)))
      r.inYaml(
        doc,
        ['traffic'],
        `'traffic' is '${traffic}', but the template has no ${traffic} record ('${traffic === 'failover' ? 'Failover' : traffic === 'latency' ? 'Region' : 'Weight'}' on an 'AWS::Route53::RecordSet'), so the plan is not what would happen. Make the file and the template agree.`,
      );
  }
  if (v['images'] === 'replicated' && replicationDestinations(t).length === 0)
    r.inYaml(
      doc,
      ['images'],
      "'images' is 'replicated', but the template has no ECR replication destination, so the second Region would have no image to start. Add the 'AWS::ECR::ReplicationConfiguration' or change the claim.",
    );
  const regions = Array.isArray(v['regions'])
    ? v['regions'].filter((x): x is string => typeof x === 'string')
    : undefined;
  if (regions) {
    const fileRegions = usableFiles(files).map((f) => f.region!);
    const noFile = regions.filter((x) => COMMERCIAL_REGIONS.includes(x) && !fileRegions.includes(x));
    const unlisted = fileRegions.filter((x) => !regions.includes(x));
    if (noFile.length)
      r.inYaml(
        doc,
        ['regions'],
        `'regions' lists ${noFile.map((x) => `'${x}'`).join(', ')} without a parameter file, so nothing says how to deploy there. Add 'parameters/${noFile[0]!}.json'.`,
      );
    if (unlisted.length)
      r.inYaml(
        doc,
        ['regions'],
        `There are parameter files for ${unlisted.map((x) => `'${x}'`).join(', ')}, which 'regions' does not list. List every Region the stack is deployed to.`,
      );
  }
  return r.out;
}
