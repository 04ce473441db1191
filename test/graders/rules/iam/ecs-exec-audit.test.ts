import { expect, it } from 'vitest';
import rule from '../../../../graders/rules/iam/ecs-exec-audit.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';
import { LAB08, LAB08_JSON, STARTER, edit } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const CONFIG =
  '      Configuration:\n        ExecuteCommandConfiguration:\n          KmsKeyId: !Ref ExecKey\n          Logging: OVERRIDE\n          LogConfiguration:\n            CloudWatchLogGroupName: !Ref ExecLogGroup\n';
const CHANNELS =
  '                  - ssmmessages:CreateControlChannel\n                  - ssmmessages:CreateDataChannel\n                  - ssmmessages:OpenControlChannel\n                  - ssmmessages:OpenDataChannel\n';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'OVERRIDE to a log group, with a KMS key (lab 08 solution)', code: LAB08 },
    { name: 'DEFAULT logging with awslogs containers (JSON)', code: LAB08_JSON, file: 'template.json' },
    { name: 'ECS Exec off: nothing to audit', code: edit(LAB08, ['      EnableExecuteCommand: true\n', '']) },
    {
      name: 'sessions to an S3 bucket',
      code: edit(LAB08, [
        '            CloudWatchLogGroupName: !Ref ExecLogGroup\n',
        '            S3BucketName: !Ref UploadsBucket\n',
      ]),
    },
  ],
  invalid: [
    {
      name: 'the starter: Exec on, no configuration',
      code: STARTER,
      errors: [{ messageId: 'noConfiguration', data: { cluster: 'Cluster', service: 'Service' } }],
    },
    {
      name: "logging 'NONE'",
      code: edit(LAB08, ['          Logging: OVERRIDE\n', '          Logging: NONE\n']),
      errors: [{ messageId: 'loggingOff' }],
    },
    {
      name: 'OVERRIDE without a destination',
      code: edit(LAB08, [
        '          LogConfiguration:\n            CloudWatchLogGroupName: !Ref ExecLogGroup\n',
        '',
      ]),
      errors: [{ messageId: 'noDestination' }],
    },
    {
      name: 'no KMS key',
      code: edit(LAB08, ['          KmsKeyId: !Ref ExecKey\n', '']),
      errors: [{ messageId: 'noKmsKey' }],
    },
    {
      name: 'DEFAULT logging, but the container logs nowhere',
      code: edit(
        LAB08,
        [
          CONFIG,
          '      Configuration:\n        ExecuteCommandConfiguration:\n          KmsKeyId: !Ref ExecKey\n',
        ],
        [
          '          LogConfiguration:\n            LogDriver: awslogs\n',
          '          LogConfiguration:\n            LogDriver: none\n',
        ],
      ),
      errors: [{ messageId: 'defaultWithoutAwslogs', data: { task: 'TaskDefinition' } }],
    },
    {
      name: 'the task role misses two channels',
      code: edit(LAB08, [
        CHANNELS,
        '                  - ssmmessages:CreateControlChannel\n                  - ssmmessages:CreateDataChannel\n',
      ]),
      errors: [
        {
          messageId: 'missingChannels',
          data: { actions: "'ssmmessages:OpenControlChannel', 'ssmmessages:OpenDataChannel'" },
        },
      ],
    },
    {
      name: 'no task role to open the channels with',
      code: edit(LAB08, ['      TaskRoleArn: !GetAtt TaskRole.Arn\n', '']),
      errors: [{ messageId: 'noTaskRole', data: { task: 'TaskDefinition' } }],
    },
    {
      name: 'a cluster from another stack',
      code: edit(LAB08, ['      Cluster: !Ref Cluster\n', '      Cluster: !ImportValue shared-cluster\n']),
      errors: [{ messageId: 'unknownCluster' }],
    },
  ],
});

it.skipIf(!HAS_SOLUTIONS)(
  "counts 'ssmmessages:*' as granting the channels (IAM002 judges the wildcard)",
  () => {
    const out = runOn(rule, LAB08.replace(CHANNELS, "                  - 'ssmmessages:*'\n"));
    expect(out.findings).toEqual([]);
  },
);
