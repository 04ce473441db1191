// OBS003: a KMS key of the template that encrypts a log group lets CloudWatch Logs use it. Logs calls KMS as the
// service principal 'logs.<region>.amazonaws.com'; without a key policy statement for it, creating the log group
// fails. The statement is scoped with a condition on the log group ARN in the encryption context (or
// 'aws:SourceArn'), so no other log group, of this account or another, can use the key.
import { defineRule } from '../../engine/define.js';
import { isRecord, resource, resources, type NamedResource } from '../lib/cloudformation.js';
import { policyDocument, policyStatements, stringList } from '../lib/policy.js';
import { KMS_KEY, LOG_GROUP, actionMatches, onlyReference, textOf } from './model.js';

// 'logs.${AWS::Region}.${AWS::URLSuffix}' is how CDK and multi-partition templates write it.
const LOGS_PRINCIPAL = /^logs\.([a-z0-9-]+|\$\{AWS::Region\})\.(amazonaws\.com(\.cn)?|\$\{AWS::URLSuffix\})$/;
const SCOPE_KEYS = ['kms:encryptioncontext:aws:logs:arn', 'aws:sourcearn'];
/** What CloudWatch Logs calls the key for: data keys to encrypt, and decryption to read events back. */
const NEEDED = ['kms:GenerateDataKey', 'kms:Decrypt'];

function principals(v: unknown): string[] {
  if (!isRecord(v)) return [];
  const svc = v['Service'];
  const list = Array.isArray(svc) ? svc : [svc];
  return list.map((s) => textOf(s)).filter((s): s is string => s !== undefined);
}

function isScoped(condition: unknown): boolean {
  if (!isRecord(condition)) return false;
  return Object.values(condition).some(
    (block) =>
      isRecord(block) &&
      Object.entries(block).some(
        ([k, v]) => SCOPE_KEYS.includes(k.toLowerCase()) && (textOf(v) ?? '').replace(/[*:]/g, '') !== '',
      ),
  );
}

type Verdict = 'ok' | 'noStatement' | 'actions' | 'unscoped';

function judge(key: NamedResource): Verdict {
  const forLogs = policyStatements(policyDocument(key.props['KeyPolicy']))
    .map((s) => s.statement)
    .filter((s) => s['Effect'] === 'Allow' && principals(s['Principal']).some((p) => LOGS_PRINCIPAL.test(p)));
  if (forLogs.length === 0) return 'noStatement';
  const granting = forLogs.filter((s) =>
    NEEDED.every((a) => stringList(s['Action']).some((g) => actionMatches(g, a))),
  );
  if (granting.length === 0) return 'actions';
  return granting.some((s) => isScoped(s['Condition'])) ? 'ok' : 'unscoped';
}

export default defineRule({
  meta: {
    id: 'OBS003',
    name: 'log-key-policy',
    target: 'cloudformation',
    severity: 'error',
    title: 'Let CloudWatch Logs use the log key, for this stack’s log groups only',
    description:
      "Every AWS::KMS::Key that a log group's 'KmsKeyId' names has a key policy statement allowing the service principal 'logs.<region>.amazonaws.com' at least 'kms:GenerateDataKey' and 'kms:Decrypt', with a condition on 'kms:EncryptionContext:aws:logs:arn' (or 'aws:SourceArn').",
    docsUrl: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html',
    evidence: ['CloudWatch Logs: encrypt log data with AWS KMS'],
    messages: {
      noStatement:
        "Key '{{key}}' encrypts log group '{{group}}', but its key policy has no Allow statement for the principal 'logs.${AWS::Region}.amazonaws.com', so CloudWatch Logs cannot use the key and the log group fails to create. Add a statement with \"Principal: { Service: !Sub 'logs.${AWS::Region}.amazonaws.com' }\".",
      actions:
        "Key '{{key}}' has a key policy statement for CloudWatch Logs that does not allow both 'kms:GenerateDataKey' and 'kms:Decrypt', so Logs can neither write nor read the group's events. Allow 'kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*' and 'kms:Describe*', as the CloudWatch Logs guide shows.",
      unscoped:
        "Key '{{key}}' lets CloudWatch Logs use it for any log group, of any account that can name it. Add a Condition such as \"ArnLike: { 'kms:EncryptionContext:aws:logs:arn': !Sub 'arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:<name>' }\".",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    // Each key once, with the first log group it encrypts, in template order.
    const keys = new Map<string, { key: NamedResource; group: string }>();
    for (const g of resources(t, LOG_GROUP)) {
      const ref = onlyReference(g.props['KmsKeyId']);
      const key = ref ? resource(t, ref.ref) : undefined;
      if (key?.resource.Type === KMS_KEY && !keys.has(key.name)) keys.set(key.name, { key, group: g.name });
    }
    if (keys.size === 0) {
      ctx.notApplicable('no log group is encrypted with a KMS key of this template');
      return;
    }
    for (const { key, group } of keys.values()) {
      const verdict = judge(key);
      if (verdict !== 'ok')
        ctx.report(verdict, { key: key.name, group }, [...key.path, 'Properties', 'KeyPolicy']);
    }
    ctx.tally(keys.size);
  },
});
