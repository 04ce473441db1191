// IAM003: Allow statements name the resources they apply to. 'Resource: "*"' (or an ARN covering a whole service
// or resource type, such as 'arn:aws:s3:::*' or 'secret:*') lets the task touch every bucket, table or secret of
// the account. A few actions support no resource-level permissions at all (the Service Authorization Reference
// lists no resource type for them), and for those '*' is the only way to grant them: see NO_RESOURCE_LEVEL.
import { defineRule } from '../../engine/define.js';
import { NO_RESOURCE_LEVEL, isOneOf } from './actions.js';
import { identityPolicies, isBroadResource } from './model.js';

export default defineRule({
  meta: {
    id: 'IAM003',
    name: 'scoped-resources',
    target: 'cloudformation',
    severity: 'error',
    title: 'Scope every statement to its resources',
    description:
      "Every Allow statement of an identity policy names its resources: no 'NotResource', and no '*' (or an ARN covering a whole service or resource type) unless every action of the statement is one that supports no resource-level permissions, such as 'ecr:GetAuthorizationToken', the 'ssmmessages' channels of ECS Exec or 'xray:PutTraceSegments'.",
    docsUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html',
    evidence: ['AwsSolutions-IAM5', 'CKV_AWS_108', 'CKV_AWS_111', 'CKV_AWS_107'],
    messages: {
      broadResource:
        "{{where}} allows {{actions}} on '{{resource}}', which covers every such resource in the account, not just this stack's. Name the resources, for example '!GetAtt UploadsBucket.Arn' or \"!Sub '${UploadsBucket.Arn}/*'\"; only actions without resource-level permissions, such as 'ecr:GetAuthorizationToken', need '*'.",
      notResource:
        "{{where}} combines 'Allow' with 'NotResource', which grants its actions on every resource except the ones listed, including resources created later. List the resources under 'Resource' instead.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    let checked = 0;
    let failed = 0;
    for (const p of identityPolicies(t))
      for (const s of p.statements) {
        if (!s.allow) continue;
        checked++;
        const where = `${s.label} of ${p.label}`;
        const Where = where.charAt(0).toUpperCase() + where.slice(1);
        if (s.st['NotResource'] !== undefined) {
          failed++;
          ctx.report('notResource', { where: Where }, s.path);
          continue;
        }
        const broad = s.resources.find(isBroadResource);
        if (broad === undefined) continue;
        const scopable = s.actions.filter((a) => !isOneOf(a, NO_RESOURCE_LEVEL));
        if (scopable.length === 0) continue;
        failed++;
        const shown = scopable.slice(0, 3).map((a) => `'${a}'`);
        const actions =
          scopable.length > 3 ? `${shown.join(', ')} and ${scopable.length - 3} more` : joinAnd(shown);
        ctx.report('broadResource', { where: Where, actions, resource: broad }, s.path);
      }
    ctx.tally(checked, failed);
  },
});

function joinAnd(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}
