// SBX003: every parameter has a value. The sandbox passes only the values the instructor configured, so a
// parameter with neither a Default nor such a value makes CloudFormation reject the stack.
import { isRecord } from '../../../graders/engine/parsers/record.js';
import { defineGuardRule, deployedTemplate } from './util/define.js';

export default defineGuardRule<'parameters'>()({
  meta: {
    id: 'SBX003',
    name: 'parameter-default',
    target: 'cloudformation',
    severity: 'error',
    title: 'Give every parameter a Default',
    description:
      "Every parameter has a 'Default' or a value in the instructor's 'deploy-parameters'; CloudFormation rejects a stack with a parameter that has neither.",
    docsUrl:
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html',
    evidence: ['CloudFormation CreateStack Parameters'],
    messages: {
      noDefault:
        "Parameter '{{name}}' has no 'Default'. The sandbox passes only the values your instructor configured ('deploy-parameters'), and none for '{{name}}', so CloudFormation would reject the stack; give it a Default.",
    },
  },
  check(doc, ctx) {
    const t = deployedTemplate(doc, ctx.options.parameters);
    for (const [name, param] of Object.entries(t.Parameters ?? {})) {
      if (!isRecord(param) || param['Default'] === undefined)
        ctx.report('noDefault', { name }, ['Parameters', name]);
    }
  },
});
