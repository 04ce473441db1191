// OBS002: every log group of the template keeps its events for a set period ('RetentionInDays'; without it they
// are kept, and billed, forever) and is encrypted with a customer managed KMS key ('KmsKeyId' with the key's ARN),
// so who may read the logs is decided by a key policy, not only by IAM.
import { defineRule } from '../../engine/define.js';
import { literalNumber, resource, resources } from '../lib/cloudformation.js';
import { KMS_KEY, LOG_GROUP, onlyReference, textOf } from './model.js';

/** The values CloudWatch Logs accepts for RetentionInDays (PutRetentionPolicy). */
export const RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;

export default defineRule({
  meta: {
    id: 'OBS002',
    name: 'log-group-retention-kms',
    target: 'cloudformation',
    severity: 'error',
    title: 'Keep logs for a set period, encrypted with your own KMS key',
    description:
      "Every AWS::Logs::LogGroup sets 'RetentionInDays' to a value CloudWatch Logs accepts and 'KmsKeyId' to the ARN of a KMS key ('!GetAtt Key.Arn' for a key of this template).",
    docsUrl: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html',
    evidence: ['CKV_AWS_66', 'CKV_AWS_158', 'cloudwatch-log-group-encrypted'],
    messages: {
      noLogGroup:
        "The template defines no 'AWS::Logs::LogGroup', so the containers' logs have nowhere this stack controls to go. Add a log group with 'RetentionInDays' and 'KmsKeyId', and point the containers' log configuration at it.",
      noRetention:
        "Log group '{{group}}' has no 'RetentionInDays', so CloudWatch Logs keeps its events forever and you pay to store them forever. Set 'RetentionInDays', such as 30.",
      badRetention:
        "Log group '{{group}}' sets 'RetentionInDays' to '{{value}}', which CloudWatch Logs does not accept, so the stack fails to create it. Choose one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365 or a longer period from the CloudWatch Logs list.",
      noKey:
        "Log group '{{group}}' has no 'KmsKeyId', so its events are encrypted with a key CloudWatch Logs owns and only IAM decides who reads them. Create an 'AWS::KMS::Key' whose key policy lets CloudWatch Logs use it, and set 'KmsKeyId: !GetAtt <Key>.Arn'.",
      keyNotArn:
        "Log group '{{group}}' sets 'KmsKeyId' to {{value}}, but CloudWatch Logs needs the key's ARN ('!Ref' of a key returns its id). Set 'KmsKeyId: !GetAtt {{key}}.Arn'.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const groups = resources(t, LOG_GROUP);
    if (groups.length === 0) {
      ctx.report('noLogGroup', {}, ['Resources']);
      return;
    }
    let failed = 0;
    for (const g of groups) {
      const at = [...g.path, 'Properties'];
      const problems: [Parameters<typeof ctx.report>[0], Record<string, string>, (string | number)[]][] = [];
      const retention = g.props['RetentionInDays'];
      const days = literalNumber(t, retention);
      if (retention === undefined) problems.push(['noRetention', { group: g.name }, at]);
      else if (days !== undefined && !(RETENTION_DAYS as readonly number[]).includes(days))
        problems.push(['badRetention', { group: g.name, value: String(days) }, [...at, 'RetentionInDays']]);
      const key = g.props['KmsKeyId'];
      const ref = onlyReference(key);
      if (key === undefined) problems.push(['noKey', { group: g.name }, at]);
      else if (ref && resource(t, ref.ref)?.resource.Type === KMS_KEY && ref.attr !== 'Arn')
        problems.push([
          'keyNotArn',
          { group: g.name, key: ref.ref, value: `'${textOf(key) ?? ref.ref}'` },
          [...at, 'KmsKeyId'],
        ]);
      if (problems.length) failed++;
      for (const [id, data, path] of problems) ctx.report(id, data, path);
    }
    ctx.tally(groups.length, failed);
  },
});
