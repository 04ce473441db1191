// EXP008: what the service stores stays under the stack's control. Express Mode creates a log group for the service
// unless 'PrimaryContainer.AwsLogsConfiguration' names one; naming a log group of this stack, with a retention period,
// means the logs are kept as long as the team decided and deleted with the stack. App Runner has no log setting of
// that kind, but it stores a copy of the source image, encrypted with an AWS owned key unless
// 'EncryptionConfiguration.KmsKey' names a customer managed key, which this stack's key policy then controls.
//
// Sources: "Resources created by Amazon ECS Express Mode services" ("Log group specific to the service"),
// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/express-service-work.html; AWS::AppRunner::Service
// EncryptionConfiguration in the CloudFormation Template Reference.
import { defineRule } from '../../engine/define.js';
import { get, isRecord, resource, resources, targetOf } from '../lib/cloudformation.js';
import { resolveText } from '../lib/iam.js';
import { KMS_KEY, LOG_GROUP, expressMessages, pointsAt, propPath, readSubject } from './model.js';

export default defineRule({
  meta: {
    id: 'EXP008',
    name: 'owned-data',
    target: 'cloudformation',
    severity: 'warning',
    title: 'Keep what the service stores under this stack’s control',
    description:
      "The Express service's container logs to a log group of this template with 'RetentionInDays'; an App Runner service encrypts what it stores with a customer managed KMS key of this template ('EncryptionConfiguration.KmsKey').",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/express-service-work.html',
    evidence: ['CKV_AWS_66', 'CKV_AWS_158'],
    messages: {
      ...expressMessages,
      noLogConfiguration:
        "Express service '{{service}}' sets no 'PrimaryContainer.AwsLogsConfiguration', so its logs go to a log group Express Mode creates, kept for as long as nobody decided. Add a log group with 'RetentionInDays' and name it: 'AwsLogsConfiguration: { LogGroup: !Ref LogGroup, LogStreamPrefix: web }'.",
      foreignLogGroup:
        "Express service '{{service}}' logs to a log group that is not an 'AWS::Logs::LogGroup' of this template, so the grader cannot see how long its logs are kept. Define the log group here and use 'LogGroup: !Ref <log group>'.",
      noRetention:
        "Log group '{{group}}', where Express service '{{service}}' logs, has no 'RetentionInDays', so its logs are kept forever and billed forever. Set a retention such as 30 days.",
      noKey:
        "App Runner service '{{service}}' has no 'EncryptionConfiguration', so App Runner encrypts the stored copy of the image with an AWS owned key that this stack's policies cannot govern. Add a customer managed 'AWS::KMS::Key' and set 'EncryptionConfiguration: { KmsKey: !GetAtt <key>.Arn }'.",
      foreignKey:
        "App Runner service '{{service}}' encrypts with a key that is not an 'AWS::KMS::Key' of this template, so the grader cannot see who may use it. Define the key here and use 'KmsKey: !GetAtt <key>.Arn'.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const s = readSubject(doc, ctx);
    if (!s) return;
    ctx.tally(1);
    const { svc } = s;
    if (s.design === 'express') {
      const logs = get(svc.props, ['PrimaryContainer', 'AwsLogsConfiguration']);
      if (!isRecord(logs)) {
        ctx.report(
          'noLogConfiguration',
          { service: svc.name },
          isRecord(svc.props['PrimaryContainer']) ? propPath(svc, 'PrimaryContainer') : propPath(svc),
        );
        return;
      }
      // '!Ref LogGroup', or the name the template gives one of its log groups ('/ecs/${AWS::StackName}').
      const id = targetOf(logs['LogGroup']);
      const named = resolveText(t, logs['LogGroup']);
      const group =
        (id === undefined ? undefined : resource(t, id)) ??
        resources(t, LOG_GROUP).find(
          (g) => named !== undefined && resolveText(t, g.props['LogGroupName']) === named,
        );
      if (!group || group.resource.Type !== LOG_GROUP) {
        ctx.report(
          'foreignLogGroup',
          { service: svc.name },
          propPath(svc, 'PrimaryContainer', 'AwsLogsConfiguration'),
        );
        return;
      }
      if (group.props['RetentionInDays'] === undefined)
        ctx.report('noRetention', { group: group.name, service: svc.name }, [...group.path, 'Properties']);
      return;
    }
    const enc = svc.props['EncryptionConfiguration'];
    if (!isRecord(enc)) {
      ctx.report('noKey', { service: svc.name }, propPath(svc));
      return;
    }
    if (!pointsAt(t, enc['KmsKey'], KMS_KEY, ['Arn']))
      ctx.report('foreignKey', { service: svc.name }, propPath(svc, 'EncryptionConfiguration'));
  },
});
