// SBX006: roles trust only services and this account. A trust policy open to everyone, another account or a
// federated identity lets someone outside the sandbox assume a role inside it.
import { isRecord } from '../../../graders/engine/parsers/record.js';
import { resources } from '../../../graders/rules/lib/cloudformation.js';
import { policyDocument, policyStatements } from '../../../graders/rules/lib/policy.js';
import { defineGuardRule } from './util/define.js';
import { isOwnAccount } from './util/iam.js';

export default defineGuardRule()({
  meta: {
    id: 'SBX006',
    name: 'open-trust',
    target: 'cloudformation',
    severity: 'error',
    title: 'Let only services and this account assume the roles',
    description:
      "Every role's trust policy names service principals (such as 'ecs-tasks.amazonaws.com') or this stack's own account: never '*', 'NotPrincipal', another account or a federated identity, any of which lets someone outside the sandbox assume the role.",
    docsUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html',
    evidence: ['CKV_AWS_60', 'CKV_AWS_61', 'IAM API AssumeRolePolicyDocument'],
    messages: {
      anyone:
        "Role '{{role}}' can be assumed by anyone ('{{how}}'). Trust only the service that uses it, such as 'ecs-tasks.amazonaws.com'.",
      anyService: "Role '{{role}}' trusts every service ('Service: *'). Name the one service that uses it.",
      anyAccount:
        "Role '{{role}}' trusts every AWS account ('AWS: *'). Anyone could assume it; trust only the service that uses it, such as 'ecs-tasks.amazonaws.com'.",
      otherAccount:
        "Role '{{role}}' trusts the principal '{{principal}}'. The sandbox refuses roles that other accounts could assume; use '!Ref AWS::AccountId' for this account, or a service principal.",
      otherKind:
        "Role '{{role}}' trusts a '{{kind}}' principal, so identities outside the sandbox account could assume it. Trust only the service that uses it, such as 'ecs-tasks.amazonaws.com'.",
    },
  },
  check(doc, ctx) {
    for (const r of resources(doc.template, 'AWS::IAM::Role')) {
      const role = r.name;
      const path = [...r.path, 'Properties', 'AssumeRolePolicyDocument'];
      for (const { statement: st, index } of policyStatements(
        policyDocument(r.props['AssumeRolePolicyDocument']),
      )) {
        if (st['Effect'] !== 'Allow') continue;
        const at = index === null ? [...path, 'Statement'] : [...path, 'Statement', index, 'Principal'];
        const principal = st['Principal'];
        if (st['NotPrincipal'] !== undefined || principal === '*') {
          ctx.report(
            'anyone',
            { role, how: st['NotPrincipal'] !== undefined ? 'NotPrincipal' : 'Principal: *' },
            at,
          );
          continue;
        }
        if (!isRecord(principal)) continue;
        for (const [kind, value] of Object.entries(principal)) {
          for (const p of Array.isArray(value) ? value : [value]) {
            if (kind === 'Service') {
              if (p === '*') ctx.report('anyService', { role }, at);
            } else if (kind === 'AWS' && p === '*') ctx.report('anyAccount', { role }, at);
            else if (kind === 'AWS' && !isOwnAccount(p))
              ctx.report(
                'otherAccount',
                { role, principal: typeof p === 'string' ? p : JSON.stringify(p) },
                at,
              );
            else if (kind !== 'AWS') ctx.report('otherKind', { role, kind }, at);
          }
        }
      }
    }
  },
});
