// IAM005: the task's secrets come from Secrets Manager (or Parameter Store), encrypted with this stack's KMS key,
// and the execution role can read those secrets and nothing else. Secrets in plain 'Environment' values show up
// in the console, in DescribeTaskDefinition output and in every copy of the template; an execution role that can
// read '*' hands every secret of the account to whatever task uses it.
import { defineRule } from '../../engine/define.js';
import type { CfnTemplate } from '../../engine/types.js';
import { isRecord, literalString, resource, referencesIn } from '../lib/cloudformation.js';
import { containersOf } from '../fargate-capacity/model.js';
import {
  actionMatches,
  allowsOfRole,
  arnParts,
  isBroadResource,
  refsOf,
  resolveText,
  roleOfTask,
  taskDefinitions,
  valueList,
} from './model.js';

const SECRET = 'AWS::SecretsManager::Secret';
const KMS_KEY = 'AWS::KMS::Key';
const READ_SECRET = ['secretsmanager:GetSecretValue', 'ssm:GetParameters', 'ssm:GetParameter'];
const DECRYPT = 'kms:Decrypt';
/** Environment names that hold secrets (ECS.8 looks for AWS keys; passwords and tokens are no better). */
const SECRET_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY)/i;

export default defineRule({
  meta: {
    id: 'IAM005',
    name: 'task-secrets',
    target: 'cloudformation',
    severity: 'error',
    title: 'Read only this task’s secrets, encrypted with your key',
    description:
      "Containers take secrets through 'Secrets' (never plain 'Environment' values), each Secrets Manager secret the task reads is encrypted with a customer managed KMS key ('KmsKeyId'), and the execution role allows 'secretsmanager:GetSecretValue' or 'ssm:GetParameters' only on the secrets the containers name, and 'kms:Decrypt' only on a key.",
    docsUrl:
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-secrets-manager.html',
    evidence: ['ECS.8', 'CKV_AWS_149', 'AwsSolutions-ECS2', 'W1011'],
    messages: {
      noTaskDefinition:
        "The template defines no 'AWS::ECS::TaskDefinition', so there are no secrets to check. Add the labs-web task definition (see the lab README).",
      plainSecret:
        "Container '{{container}}' sets '{{name}}' in 'Environment', so the value is stored in the task definition for anyone who can describe it. Store it in an 'AWS::SecretsManager::Secret' and pass it under 'Secrets' with 'ValueFrom'.",
      noSecrets:
        "No container of the template takes a secret through 'Secrets', so the database password has nowhere safe to come from. Create an 'AWS::SecretsManager::Secret' and add \"Secrets: [{ Name: DB_PASSWORD, ValueFrom: !Ref DbSecret }]\" to the container.",
      secretWithoutKey:
        "Secret '{{secret}}' has no 'KmsKeyId', so it is encrypted with the AWS managed key that every role allowed to read secrets can use. Encrypt it with this stack's key: 'KmsKeyId: !Ref SecretsKey'.",
      otherSecret:
        "Execution role '{{role}}' allows '{{action}}' on '{{resource}}' in {{where}}, which is not a secret this task's containers name in 'Secrets'. Scope it to those secrets, such as '!Ref DbSecret'.",
      anyKey:
        "Execution role '{{role}}' allows 'kms:Decrypt' on '{{resource}}' in {{where}}, which is not one key. Scope it to the key that encrypts the task's secrets: '!GetAtt SecretsKey.Arn'.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const tds = taskDefinitions(t);
    if (tds.length === 0) {
      ctx.report('noTaskDefinition', {}, ['Resources']);
      return;
    }
    let checked = 0;
    let failed = 0;
    const sources: unknown[] = [];
    for (const td of tds)
      for (const c of containersOf(td)) {
        checked++;
        let bad = false;
        const env = c.def['Environment'];
        if (Array.isArray(env))
          env.forEach((e: unknown, i) => {
            if (!isRecord(e)) return;
            const name = literalString(t, e['Name']);
            const value = literalString(t, e['Value']);
            if (name && SECRET_NAME.test(name) && value !== undefined && value.trim() !== '') {
              bad = true;
              ctx.report('plainSecret', { container: c.label, name }, [...c.path, 'Environment', i]);
            }
          });
        if (bad) failed++;
        const secrets = c.def['Secrets'];
        if (Array.isArray(secrets))
          for (const s of secrets)
            if (isRecord(s) && s['ValueFrom'] !== undefined) sources.push(s['ValueFrom']);
      }
    if (sources.length === 0) {
      checked++;
      failed++;
      ctx.report('noSecrets', {}, [...tds[0]!.path, 'Properties', 'ContainerDefinitions']);
    }

    // Each Secrets Manager secret of this stack the task reads is encrypted with a customer managed key.
    const referenced = new Set(sources.flatMap((v) => [...referencesIn(v)]));
    for (const id of referenced) {
      const r = resource(t, id);
      if (r?.resource.Type !== SECRET) continue;
      checked++;
      const key = r.props['KmsKeyId'];
      if (key === undefined) {
        failed++;
        ctx.report('secretWithoutKey', { secret: id }, [...r.path, 'Properties']);
      }
    }

    // The execution role reads those secrets and decrypts with a key, nothing wider.
    const sourceTexts = sources.flatMap((v) => {
      const s = resolveText(t, v);
      return s === undefined ? [] : [s];
    });
    const execRoles = new Set(tds.flatMap((td) => roleOfTask(t, td, 'ExecutionRoleArn') ?? []));
    for (const role of execRoles)
      for (const { policy, s } of allowsOfRole(t, role)) {
        const reads = s.actions.filter((a) => READ_SECRET.some((r) => actionMatches(a, r)));
        const decrypts = s.actions.filter((a) => actionMatches(a, DECRYPT));
        if (reads.length === 0 && decrypts.length === 0) continue;
        checked++;
        const where = `${s.label} of ${policy.label}`;
        let bad = false;
        for (const raw of valueList(t, s.st['Resource'])) {
          const text = resolveText(t, raw) ?? '';
          const refs = refsOf(raw, text);
          if (reads.length > 0 && !isTaskSecret(text, refs, referenced, sourceTexts)) {
            // A statement that also decrypts may name the key among its resources.
            if (decrypts.length > 0 && isKey(t, text, refs)) continue;
            bad = true;
            ctx.report('otherSecret', { role, action: reads[0]!, resource: text, where }, s.path);
          } else if (reads.length === 0 && !isKey(t, text, refs)) {
            bad = true;
            ctx.report('anyKey', { role, resource: text, where }, s.path);
          }
        }
        if (bad) failed++;
      }
    ctx.tally(checked, failed);
  },
});

/** A resource is one of the task's secrets: it refers to the same secret, or its ARN pattern matches a ValueFrom. */
function isTaskSecret(text: string, refs: string[], referenced: Set<string>, sourceTexts: string[]): boolean {
  if (refs.length > 0 && refs.every((r) => referenced.has(r))) return true;
  if (isBroadResource(text) || !/:(secret:|parameter\/)./.test(text)) return false;
  // A trailing '*' may stand for the six random characters Secrets Manager appends to a secret's name.
  return sourceTexts.some(
    (s) => actionMatches(text, s) || actionMatches(text, s.replace(/(:[^:]*){3}$/, '')),
  );
}

/** A resource is one KMS key: a key of this stack, or a literal key ARN without wildcards. */
function isKey(t: CfnTemplate, text: string, refs: string[]): boolean {
  if (refs.length === 1 && resource(t, refs[0]!)?.resource.Type === KMS_KEY) return true;
  const parts = arnParts(text);
  return parts[2] === 'kms' && /^key\/[^*?]+$/.test(parts.slice(5).join(':'));
}
