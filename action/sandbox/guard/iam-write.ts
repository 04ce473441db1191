// SBX014: no IAM writes. A task (or whoever breaks into it) that can create users or keys, attach or write
// policies, or rewrite a trust policy can give itself any permission in the sandbox account; one that can pass or
// assume any role can borrow the deploy roles'. Actions are matched as IAM matches them, wildcards and all, so
// 'iam:Create*' and 'iam:*' are refused for the 'iam:CreateUser' they cover.
import { stringList } from '../../../graders/rules/lib/policy.js';
import { defineGuardRule } from './util/define.js';
import {
  coversEveryRole,
  literalStatements,
  policyDocs,
  probeText,
  resolveText,
  statementPath,
  valueList,
  wildcardMatches,
} from './util/iam.js';

/** IAM writes refused on any resource: each creates credentials, grants permissions or rewrites trust. */
export const IAM_WRITE_ACTIONS: readonly string[] = [
  'iam:CreateUser',
  'iam:UpdateUser',
  'iam:CreateGroup',
  'iam:AddUserToGroup',
  'iam:CreateAccessKey',
  'iam:UpdateAccessKey',
  'iam:CreateLoginProfile',
  'iam:UpdateLoginProfile',
  'iam:CreateServiceSpecificCredential',
  'iam:UploadSSHPublicKey',
  'iam:UploadSigningCertificate',
  'iam:CreateRole',
  'iam:UpdateRole',
  'iam:UpdateAssumeRolePolicy',
  'iam:AttachUserPolicy',
  'iam:AttachGroupPolicy',
  'iam:AttachRolePolicy',
  'iam:PutUserPolicy',
  'iam:PutGroupPolicy',
  'iam:PutRolePolicy',
  'iam:CreatePolicy',
  'iam:CreatePolicyVersion',
  'iam:SetDefaultPolicyVersion',
  'iam:PutRolePermissionsBoundary',
  'iam:DeleteRolePermissionsBoundary',
  'iam:PutUserPermissionsBoundary',
  'iam:DeleteUserPermissionsBoundary',
  'iam:CreateInstanceProfile',
  'iam:AddRoleToInstanceProfile',
  'iam:CreateOpenIDConnectProvider',
  'iam:CreateSAMLProvider',
];

/** Refused on every role (a Resource pattern that covers any role name), allowed on a named one. */
export const ANY_ROLE_ACTIONS: readonly string[] = ['iam:PassRole', 'sts:AssumeRole'];

export default defineGuardRule<'parameters'>()({
  meta: {
    id: 'SBX014',
    name: 'iam-write',
    target: 'cloudformation',
    severity: 'error',
    title: 'Grant no IAM write actions',
    description:
      "No IAM policy in the template allows, in any form ('iam:*', 'iam:Create*', 'iam:Attach*' or the action itself, or through 'NotAction'), an action that creates IAM users, access keys or login profiles, attaches, puts or versions policies, or changes a trust policy or permissions boundary; nor 'iam:PassRole' or 'sts:AssumeRole' on every role.",
    docsUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html',
    evidence: ['CKV_AWS_107', 'CKV_AWS_109', 'CKV_AWS_110', 'AwsSolutions-IAM5'],
    messages: {
      write:
        "'{{owner}}' allows '{{action}}' (through '{{pattern}}'), an IAM write that lets whoever holds it create credentials or grant itself any permission, past the sandbox's guard. Remove it; a task needs no IAM writes.",
      notAction:
        "'{{owner}}' allows every action except those under 'NotAction', which leaves '{{action}}' allowed, an IAM write that lets whoever holds it grant itself any permission. List the actions the task needs under 'Action' instead.",
      anyRole:
        "'{{owner}}' allows '{{action}}' (through '{{pattern}}') on every role ('{{resource}}'), so whoever holds it can use any role in the sandbox account, including the deploy roles. Name the one role, such as '!GetAtt TaskRole.Arn'.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    for (const d of policyDocs(t)) {
      if (d.kind !== 'identity') continue;
      const statements = literalStatements(d.value);
      if (!statements) continue; // computed documents are SBX015's
      statements.forEach((st, i) => {
        if (st['Effect'] !== 'Allow') return;
        const at = statementPath(d, i);
        const owner = d.owner;
        if (st['NotAction'] !== undefined) {
          const excluded = stringList(st['NotAction']);
          const left = [...IAM_WRITE_ACTIONS, ...ANY_ROLE_ACTIONS].find(
            (a) => !excluded.some((p) => wildcardMatches(p, a)),
          );
          if (left) ctx.report('notAction', { owner, action: left }, at);
          return;
        }
        const patterns = stringList(st['Action']);
        const write = IAM_WRITE_ACTIONS.map(
          (a) => [a, patterns.find((p) => wildcardMatches(p, a))] as const,
        ).find(([, p]) => p !== undefined);
        if (write) {
          ctx.report('write', { owner, action: write[0], pattern: write[1] ?? '' }, at);
          return;
        }
        const resolved = valueList(st['Resource']).flatMap((r) => {
          const x = resolveText(t, r, ctx.options.parameters);
          return x ? [x.text] : [];
        });
        const broad =
          st['NotResource'] !== undefined
            ? 'NotResource'
            : resolved.find((r) => coversEveryRole([probeText(r)]));
        if (broad === undefined) return;
        for (const a of ANY_ROLE_ACTIONS) {
          const p = patterns.find((x) => wildcardMatches(x, a));
          if (p) {
            ctx.report('anyRole', { owner, action: a, pattern: p, resource: broad }, at);
            return;
          }
        }
      });
    }
  },
});
