// IAM002: identity policies name the actions they allow. '*' (or 's3:*', 's3:Put*') grants every action a service
// has, including ones it adds later, so a leaked task credential can delete, overwrite or reconfigure. Wildcards
// over read verbs ('s3:Get*') are left to IAM003, which asks for scoped resources. The pattern is read after
// resolving Sub and Join, so `!Sub '${Svc}:*'` with 'Svc' defaulting to 's3' is 's3:*'.
import { defineRule } from '../../engine/define.js';
import { resources } from '../lib/cloudformation.js';
import { isFullAccessPolicy, wildcardKind } from './actions.js';
import { ROLE, awsManagedPolicies, identityPolicies } from './model.js';

export default defineRule({
  meta: {
    id: 'IAM002',
    name: 'wildcard-actions',
    target: 'cloudformation',
    severity: 'error',
    title: 'Allow named actions, not wildcards',
    description:
      "No Allow statement of an identity policy (inline, 'AWS::IAM::Policy' or 'AWS::IAM::ManagedPolicy') allows '*', a service wildcard such as 's3:*' or a wildcard over write actions such as 's3:Put*', or uses 'NotAction'; no role attaches an AWS managed '…FullAccess', 'PowerUserAccess' or 'AdministratorAccess' policy.",
    docsUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    evidence: ['IAM.21', 'AwsSolutions-IAM5', 'AwsSolutions-IAM4', 'CKV_AWS_63', 'CKV_AWS_62', 'CKV_AWS_111'],
    messages: {
      allActions:
        "{{where}} allows '{{action}}', every action of every AWS service, so anyone holding the role's credentials can do anything the account allows. List the actions the task calls, such as 's3:GetObject' and 's3:PutObject'.",
      serviceWildcard:
        "{{where}} allows '{{action}}', which covers every matching action of '{{service}}', including deletes and configuration changes it may add later. List by name only the '{{service}}' actions the task calls.",
      notAction:
        "{{where}} combines 'Allow' with 'NotAction', which allows every action except the ones listed, including every action AWS adds later. List the allowed actions under 'Action' instead.",
      fullAccessPolicy:
        "Role '{{role}}' attaches the AWS managed policy '{{policy}}', which allows every action of a whole service (or of all of them), on every resource. Replace it with a policy that lists the actions the task calls on its own resources.",
      noPolicy:
        'The template has no IAM role or policy yet, so there is no permission to judge. Give the application a task role with a policy listing the actions it calls.',
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const policies = identityPolicies(t);
    const roles = resources(t, ROLE);
    if (policies.length === 0 && roles.length === 0) {
      ctx.report('noPolicy', {}, ['Resources']);
      return;
    }
    let checked = 0;
    let failed = 0;
    for (const p of policies)
      for (const s of p.statements) {
        if (!s.allow) continue;
        checked++;
        const where = `${s.label} of ${p.label}`;
        let bad = false;
        if (s.st['NotAction'] !== undefined) {
          bad = true;
          ctx.report('notAction', { where: capitalize(where) }, s.path);
        }
        for (const action of s.actions) {
          const kind = wildcardKind(action);
          if (kind === 'all') ctx.report('allActions', { where: capitalize(where), action }, s.path);
          else if (kind === 'service')
            ctx.report(
              'serviceWildcard',
              { where: capitalize(where), action, service: action.slice(0, action.indexOf(':')) },
              s.path,
            );
          if (kind === 'all' || kind === 'service') bad = true;
        }
        if (bad) failed++;
      }
    for (const role of roles)
      for (const m of awsManagedPolicies(t, role)) {
        checked++;
        if (!isFullAccessPolicy(m.name)) continue;
        failed++;
        ctx.report('fullAccessPolicy', { role: role.name, policy: m.name }, m.path);
      }
    ctx.tally(checked, failed);
  },
});

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
