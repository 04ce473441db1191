// SBX002: no macros. A Transform expands into resources only CloudFormation sees, after the guard has passed the
// template, so nothing the guard checks would bind what is deployed. That holds for the template-level
// 'Transform' and for 'Fn::Transform' anywhere, inside Properties included.
import { isRecord } from '../../../graders/engine/parsers/record.js';
import type { DataPath } from '../../../graders/engine/types.js';
import { defineGuardRule } from './util/define.js';

export default defineGuardRule()({
  meta: {
    id: 'SBX002',
    name: 'no-transform',
    target: 'cloudformation',
    severity: 'error',
    title: 'Write plain CloudFormation, without macros',
    description:
      "The template declares no 'Transform' and uses no 'Fn::Transform' anywhere (Properties included). Macros (AWS::Serverless, AWS::Include, custom ones) expand into resources and values the guard cannot see before deploying, and the sandbox never grants CAPABILITY_AUTO_EXPAND.",
    docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-macros.html',
    evidence: ['CloudFormation CAPABILITY_AUTO_EXPAND'],
    messages: {
      transform:
        "The template declares a 'Transform'. Macros expand into resources the guard cannot see before deploying, so the sandbox refuses them; write the resources out in plain CloudFormation.",
      fnTransform:
        "'Fn::Transform' at '{{where}}' runs a macro ('{{macro}}') whose output the guard cannot see before deploying, so the sandbox refuses it; write the value out in plain CloudFormation.",
    },
  },
  check(doc, ctx) {
    if (doc.template['Transform'] !== undefined) ctx.report('transform', {}, ['Transform']);
    const walk = (v: unknown, path: DataPath): void => {
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
      else if (isRecord(v))
        for (const [k, x] of Object.entries(v)) {
          if (k === 'Fn::Transform') {
            const name = isRecord(x) ? x['Name'] : undefined;
            ctx.report(
              'fnTransform',
              { where: path.join('.'), macro: typeof name === 'string' ? name : 'computed' },
              [...path, k],
            );
          } else walk(x, [...path, k]);
        }
    };
    for (const [k, v] of Object.entries(doc.template)) if (k !== 'Transform') walk(v, [k]);
  },
});
