// SBX002: no macros. A Transform expands into resources only CloudFormation sees, after the guard has passed the
// template, so nothing the guard checks would bind what is deployed.
import { defineGuardRule } from './util/define.js';

export default defineGuardRule()({
  meta: {
    id: 'SBX002',
    name: 'no-transform',
    target: 'cloudformation',
    severity: 'error',
    title: 'Write plain CloudFormation, without macros',
    description:
      "The template declares no 'Transform'. Macros (AWS::Serverless, AWS::Include, custom ones) expand into resources the guard cannot see before deploying, and the sandbox never grants CAPABILITY_AUTO_EXPAND.",
    docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-macros.html',
    evidence: ['CloudFormation CAPABILITY_AUTO_EXPAND'],
    messages: {
      transform:
        "The template declares a 'Transform'. Macros expand into resources the guard cannot see before deploying, so the sandbox refuses them; write the resources out in plain CloudFormation.",
    },
  },
  check(doc, ctx) {
    if (doc.template['Transform'] !== undefined) ctx.report('transform', {}, ['Transform']);
  },
});
