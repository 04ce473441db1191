// SBX005: no policy that amounts to administrator access. A role a learner's template creates runs in the
// sandbox account; "everything" or "all of IAM" there lets a task (or anyone who breaks into it) escalate to the
// account and past the guard.
import type { DataPath } from '../../../graders/engine/types.js';
import { get, resources, type NamedResource } from '../../../graders/rules/lib/cloudformation.js';
import { policyDocument, policyStatements, stringList } from '../../../graders/rules/lib/policy.js';
import { defineGuardRule } from './util/define.js';
import { arnText } from './util/iam.js';

/** AWS managed policies that amount to "everything" or "all of IAM". */
const BROAD_MANAGED_POLICIES = ['AdministratorAccess', 'IAMFullAccess', 'PowerUserAccess'];

export default defineGuardRule()({
  meta: {
    id: 'SBX005',
    name: 'broad-policy',
    target: 'cloudformation',
    severity: 'error',
    title: 'Grant no administrator or full IAM access',
    description:
      "No IAM policy in the template allows '*' on '*', 'iam:*', or 'NotAction' on every resource, and no role attaches 'AdministratorAccess', 'IAMFullAccess' or 'PowerUserAccess'. Each lets whoever holds the role take over the sandbox account.",
    docsUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    evidence: ['CKV_AWS_62', 'CKV_AWS_63', 'CKV_AWS_110', 'AwsSolutions-IAM5'],
    messages: {
      adminAccess:
        "'{{owner}}' allows '*' on '*': every action on every resource, administrator access. List only the actions the task needs, on its own resources.",
      notAction:
        "'{{owner}}' allows 'NotAction' on every resource, which grants every action except the few listed, including IAM. List the actions the task needs under 'Action' instead.",
      iamWildcard:
        "'{{owner}}' allows 'iam:*', which lets whoever holds it create users, keys and roles and so escalate to full access. Name the few IAM actions needed, if any (often 'iam:PassRole' on one role).",
      managedPolicy:
        "Role '{{role}}' attaches the AWS managed policy '{{policy}}', which grants far more than any lab needs. Attach a policy that names only the actions and resources the task uses.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const checkPolicy = (owner: string, document: unknown, path: DataPath): void => {
      for (const { statement: st, index } of policyStatements(policyDocument(document))) {
        if (st['Effect'] !== 'Allow') continue;
        const at = index === null ? [...path, 'Statement'] : [...path, 'Statement', index];
        const actions = stringList(st['Action']).map((a) => a.toLowerCase());
        const everyResource = st['NotResource'] !== undefined || stringList(st['Resource']).includes('*');
        if (st['NotAction'] !== undefined && everyResource) ctx.report('notAction', { owner }, at);
        else if (actions.some((a) => a === '*' || a === '*:*') && everyResource)
          ctx.report('adminAccess', { owner }, at);
        else if (actions.includes('iam:*')) ctx.report('iamWildcard', { owner }, at);
      }
    };
    const checkInline = (r: NamedResource): void => {
      const inline = r.props['Policies'];
      if (!Array.isArray(inline)) return;
      inline.forEach((p, i) =>
        checkPolicy(r.name, get(p, ['PolicyDocument']), [
          ...r.path,
          'Properties',
          'Policies',
          i,
          'PolicyDocument',
        ]),
      );
    };

    for (const r of resources(t, 'AWS::IAM::Role')) {
      checkInline(r);
      const managed = r.props['ManagedPolicyArns'];
      if (!Array.isArray(managed)) continue;
      managed.forEach((arn, i) => {
        const s = arnText(arn) ?? '';
        const policy = BROAD_MANAGED_POLICIES.find((p) => s.endsWith(`:policy/${p}`));
        if (policy)
          ctx.report('managedPolicy', { role: r.name, policy }, [
            ...r.path,
            'Properties',
            'ManagedPolicyArns',
            i,
          ]);
      });
    }
    // Users and groups are refused by SBX004 or not allowed at all, but their policies are still checked so every
    // problem shows at once.
    for (const r of resources(t, 'AWS::IAM::User', 'AWS::IAM::Group')) checkInline(r);
    for (const r of resources(t, 'AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy'))
      checkPolicy(r.name, r.props['PolicyDocument'], [...r.path, 'Properties', 'PolicyDocument']);
  },
});
