// SBX005: no policy that amounts to administrator access. A role a learner's template creates runs in the
// sandbox account; "everything" or "all of IAM" there lets a task (or anyone who breaks into it) escalate to the
// account and past the guard.
import { resources } from '../../../graders/rules/lib/cloudformation.js';
import { stringList } from '../../../graders/rules/lib/policy.js';
import { defineGuardRule } from './util/define.js';
import {
  arnText,
  coversEveryAction,
  coversEveryResource,
  literalStatements,
  policyDocs,
  probeText,
  resolveText,
  statementPath,
  valueList,
  wildcardMatches,
} from './util/iam.js';

/** AWS managed policies that amount to "everything" or "all of IAM". */
const BROAD_MANAGED_POLICIES = ['AdministratorAccess', 'IAMFullAccess', 'PowerUserAccess'];

export default defineGuardRule<'parameters'>()({
  meta: {
    id: 'SBX005',
    name: 'broad-policy',
    target: 'cloudformation',
    severity: 'error',
    title: 'Grant no administrator or full IAM access',
    description:
      "No IAM policy in the template allows every action (any pattern that matches them all, such as '*' or '*:*') on every resource (any pattern that matches them all, such as '*' or 'arn:*'), or 'NotAction' on every resource, and no role, user or group attaches 'AdministratorAccess', 'IAMFullAccess' or 'PowerUserAccess'. Each lets whoever holds the role take over the sandbox account. IAM write actions are SBX014's.",
    docsUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    evidence: ['CKV_AWS_62', 'CKV_AWS_63', 'CKV_AWS_110', 'AwsSolutions-IAM5'],
    messages: {
      adminAccess:
        "'{{owner}}' allows every action on every resource (an Action pattern such as '*' with a Resource pattern such as '*' or 'arn:*'): administrator access. List only the actions the task needs, on its own resources.",
      notAction:
        "'{{owner}}' allows 'NotAction' on every resource, which grants every action except the few listed, including IAM. List the actions the task needs under 'Action' instead.",
      managedPolicy:
        "Role '{{role}}' attaches the AWS managed policy '{{policy}}', which grants far more than any lab needs. Attach a policy that names only the actions and resources the task uses.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const { parameters } = ctx.options;
    for (const d of policyDocs(t)) {
      if (d.kind !== 'identity') continue;
      const statements = literalStatements(d.value);
      if (!statements) continue; // computed documents are SBX015's
      statements.forEach((st, i) => {
        if (st['Effect'] !== 'Allow') return;
        const at = statementPath(d, i);
        const resolved = valueList(st['Resource']).map((r) => resolveText(t, r, parameters));
        const everyResource =
          st['NotResource'] !== undefined ||
          coversEveryResource(resolved.flatMap((r) => (r ? [probeText(r.text)] : [])));
        if (st['NotAction'] !== undefined && everyResource) ctx.report('notAction', { owner: d.owner }, at);
        else if (coversEveryAction(stringList(st['Action'])) && everyResource)
          ctx.report('adminAccess', { owner: d.owner }, at);
      });
    }
    for (const r of resources(t, 'AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group')) {
      const managed = r.props['ManagedPolicyArns'];
      if (!Array.isArray(managed)) continue;
      managed.forEach((arn, i) => {
        const s = resolveText(t, arn, parameters)?.text ?? arnText(arn) ?? '';
        const policy = BROAD_MANAGED_POLICIES.find((p) => wildcardMatches(`*:policy/${p}`, s));
        if (policy)
          ctx.report('managedPolicy', { role: r.name, policy }, [
            ...r.path,
            'Properties',
            'ManagedPolicyArns',
            i,
          ]);
      });
    }
  },
});
