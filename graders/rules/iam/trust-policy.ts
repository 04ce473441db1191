// IAM004: who may assume each role. A trust policy that lets '*' (or a whole account, with no condition) assume a
// role hands its permissions to anyone that account lets call sts:AssumeRole. A role trusted by the service
// principal 'ecs-tasks.amazonaws.com' should also say for whom ECS may assume it: 'aws:SourceAccount' (or
// 'aws:SourceArn') set to this account, the cross-service confused-deputy protection the ECS task role guide
// recommends.
import { defineRule } from '../../engine/define.js';
import { isRecord, resources } from '../lib/cloudformation.js';
import { ROLE, arnParts, statementsOf, texts } from './model.js';

const ECS_TASKS = 'ecs-tasks.amazonaws.com';
const SOURCE_KEYS = ['aws:sourceaccount', 'aws:sourcearn'];

/** Whether a condition value names this stack's account: '${AWS::AccountId}' or a 12-digit account id, no wildcard-only value. */
function namesAccount(text: string): boolean {
  if (text.trim() === '' || /^[*?]+$/.test(text)) return false;
  const account = text.startsWith('arn:') ? (arnParts(text)[4] ?? '') : text;
  return account === '${AWS::AccountId}' || /^\d{12}$/.test(account);
}

/** 'arn:aws:iam::<account>:root', the account itself as a principal. */
function isAccountRoot(text: string): boolean {
  const parts = arnParts(text);
  return parts[0] === 'arn' && parts[2] === 'iam' && parts.slice(5).join(':') === 'root';
}

export default defineRule({
  meta: {
    id: 'IAM004',
    name: 'trust-policy',
    target: 'cloudformation',
    severity: 'error',
    title: 'Trust only ECS, on behalf of this account',
    description:
      "No role's trust policy allows the principal '*', uses 'NotPrincipal', or trusts a whole account (its root or its id) without a condition; a role that 'ecs-tasks.amazonaws.com' may assume has an 'aws:SourceAccount' or 'aws:SourceArn' condition naming this account, so ECS assumes it only for this account's tasks.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html',
    evidence: ['CKV_AWS_60', 'CKV_AWS_61', 'IAM confused deputy prevention'],
    messages: {
      noRole:
        "The template defines no 'AWS::IAM::Role', so there is no trust policy to check. Add the task and execution roles, each trusting 'ecs-tasks.amazonaws.com'.",
      noTrust:
        "Role '{{role}}' has no 'AssumeRolePolicyDocument' the grader can read, so nothing says who may assume it. Write the trust policy as an object with an Allow statement for 'ecs-tasks.amazonaws.com'.",
      anyone:
        "The trust policy of role '{{role}}' ({{where}}) lets the principal '*' assume the role: any AWS identity that can reach it gets its permissions. Trust the service that uses the role, such as 'Service: ecs-tasks.amazonaws.com'.",
      notPrincipal:
        "The trust policy of role '{{role}}' ({{where}}) combines 'Allow' with 'NotPrincipal', which lets everyone except the listed principals assume the role. Use 'Principal' with the one service that uses it.",
      wholeAccount:
        "The trust policy of role '{{role}}' ({{where}}) trusts the account '{{principal}}' with no condition, so every user and role in it that is allowed sts:AssumeRole can take this role. Trust 'ecs-tasks.amazonaws.com' instead, or add a condition such as 'aws:PrincipalArn'.",
      noSourceCondition:
        "The trust policy of role '{{role}}' ({{where}}) lets 'ecs-tasks.amazonaws.com' assume the role with no 'aws:SourceAccount' or 'aws:SourceArn' condition, so nothing ties it to this account's tasks (the confused-deputy problem). Add \"Condition: { StringEquals: { 'aws:SourceAccount': !Ref AWS::AccountId } }\".",
      otherAccount:
        "The trust policy of role '{{role}}' ({{where}}) sets '{{key}}' to '{{value}}', which does not name this account. Use '!Ref AWS::AccountId' (or an ARN such as \"!Sub 'arn:${AWS::Partition}:ecs:${AWS::Region}:${AWS::AccountId}:*'\").",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const roles = resources(t, ROLE);
    if (roles.length === 0) {
      ctx.report('noRole', {}, ['Resources']);
      return;
    }
    let failed = 0;
    for (const role of roles) {
      const path = [...role.path, 'Properties', 'AssumeRolePolicyDocument'];
      const statements = statementsOf(t, role.props['AssumeRolePolicyDocument'], path);
      if (statements.length === 0) {
        failed++;
        ctx.report('noTrust', { role: role.name }, role.path);
        continue;
      }
      let bad = false;
      for (const s of statements) {
        if (!s.allow) continue;
        const data = { role: role.name, where: s.label };
        if (s.st['NotPrincipal'] !== undefined) {
          bad = true;
          ctx.report('notPrincipal', data, s.path);
          continue;
        }
        const principal = s.st['Principal'];
        const byKind = (k: string): string[] =>
          isRecord(principal)
            ? Object.entries(principal)
                .filter(([key]) => key.toLowerCase() === k)
                .flatMap(([, v]) => texts(t, v))
            : [];
        const aws = byKind('aws');
        if (principal === '*' || aws.includes('*')) {
          bad = true;
          ctx.report('anyone', data, s.path);
          continue;
        }
        const conditions = isRecord(s.st['Condition']) ? s.st['Condition'] : undefined;
        const hasCondition = conditions !== undefined && Object.keys(conditions).length > 0;
        const root = aws.find((p) => isAccountRoot(p) || /^\d{12}$/.test(p) || p === '${AWS::AccountId}');
        if (root !== undefined && !hasCondition) {
          bad = true;
          ctx.report('wholeAccount', { ...data, principal: root }, s.path);
        }
        if (!byKind('service').some((p) => p.toLowerCase() === ECS_TASKS)) continue;
        // Every operator except the negated ones ('StringNotEquals', 'ArnNotLike') narrows who may assume.
        const sourceValues: { key: string; values: string[] }[] = [];
        for (const [op, block] of Object.entries(conditions ?? {})) {
          if (/Not/.test(op) || !isRecord(block)) continue;
          for (const [key, v] of Object.entries(block))
            if (SOURCE_KEYS.includes(key.toLowerCase())) sourceValues.push({ key, values: texts(t, v) });
        }
        if (sourceValues.length === 0) {
          bad = true;
          ctx.report('noSourceCondition', data, s.path);
          continue;
        }
        for (const { key, values } of sourceValues) {
          const wrong = values.find((v) => !namesAccount(v));
          if (wrong !== undefined || values.length === 0) {
            bad = true;
            ctx.report('otherAccount', { ...data, key, value: wrong ?? '' }, s.path);
          }
        }
      }
      if (bad) failed++;
    }
    ctx.tally(roles.length, failed);
  },
});
