import { describe, expect, it } from 'vitest';
import rule, { collectorKind } from '../../../../graders/rules/observability/tracing-sidecar.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB11, LAB11_JSON, edit } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const ADOT = '          Image: public.ecr.aws/aws-observability/aws-otel-collector:v0.43.3\n';
const EMF =
  '              - Effect: Allow\n                Action:\n                  - logs:PutLogEvents\n                  - logs:CreateLogStream\n                  - logs:CreateLogGroup\n                  - logs:DescribeLogStreams\n                  - logs:DescribeLogGroups\n';
const XRAY =
  '                  - xray:PutTraceSegments\n                  - xray:PutTelemetryRecords\n                  - xray:GetSamplingRules\n                  - xray:GetSamplingTargets\n                  - xray:GetSamplingStatisticSummaries\n';
const TASK_POLICIES = LAB11.slice(
  LAB11.indexOf('      Policies:\n        - PolicyName: telemetry\n'),
  LAB11.indexOf('  TaskDefinition:\n'),
);

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'ADOT with inline X-Ray and Logs statements (lab 11 solution)', code: LAB11 },
    {
      name: 'X-Ray daemon with AWSXRayDaemonWriteAccess built by Join (second-style solution)',
      code: LAB11_JSON,
      file: 'template.json',
    },
    {
      name: 'ADOT with CloudWatchAgentServerPolicy attached',
      code: edit(LAB11, [
        TASK_POLICIES,
        '      ManagedPolicyArns:\n        - !Sub arn:${AWS::Partition}:iam::aws:policy/CloudWatchAgentServerPolicy\n\n',
      ]),
    },
    {
      name: 'X-Ray actions by wildcard (xray:Put*, xray:Get*)',
      code: edit(LAB11, [XRAY, '                  - xray:Put*\n                  - xray:Get*\n']),
    },
    {
      name: 'the collector from a pull-through cache of ECR Public',
      code: edit(LAB11, [
        ADOT,
        '          Image: !Sub ${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/ecr-public/aws-observability/aws-otel-collector:v0.43.3\n',
      ]),
    },
  ],
  invalid: [
    {
      name: 'no collector',
      code: edit(LAB11, [ADOT, '          Image: public.ecr.aws/docker/library/busybox:1.37\n']),
      errors: [{ messageId: 'noCollector', data: { task: 'TaskDefinition' } }],
    },
    {
      name: 'ADOT without the EMF logs permissions',
      code: edit(LAB11, [
        EMF,
        '              - Effect: Allow\n                Action:\n                  - logs:DescribeLogGroups\n',
      ]),
      errors: [
        {
          messageId: 'missingActions',
          data: {
            role: 'TaskRole',
            actions: "'logs:PutLogEvents', 'logs:CreateLogStream'",
            managed: 'CloudWatchAgentServerPolicy',
          },
        },
      ],
    },
    {
      name: 'ADOT with only AWSXRayDaemonWriteAccess (no logs actions)',
      code: edit(LAB11, [
        TASK_POLICIES,
        '      ManagedPolicyArns:\n        - !Sub arn:${AWS::Partition}:iam::aws:policy/AWSXRayDaemonWriteAccess\n\n',
      ]),
      errors: [
        { messageId: 'missingActions', data: { actions: "'logs:PutLogEvents', 'logs:CreateLogStream'" } },
      ],
    },
    {
      name: 'the permissions are on the execution role, not the task role',
      code: edit(LAB11, [
        '      TaskRoleArn: !GetAtt TaskRole.Arn\n',
        '      TaskRoleArn: !GetAtt ExecutionRole.Arn\n',
      ]),
      errors: [{ messageId: 'missingActions', data: { role: 'ExecutionRole' } }],
    },
    {
      name: 'no task role',
      code: edit(LAB11, ['      TaskRoleArn: !GetAtt TaskRole.Arn\n', '']),
      errors: [{ messageId: 'noTaskRole', data: { collector: 'ADOT collector' } }],
    },
    {
      name: 'a Deny statement does not grant',
      code: edit(LAB11, [
        '              - Effect: Allow\n                Action:\n                  - xray',
        '              - Effect: Deny\n                Action:\n                  - xray',
      ]),
      errors: [{ messageId: 'missingActions' }],
    },
  ],
});

describe.skipIf(!HAS_SOLUTIONS)('collectorKind', () => {
  it.each([
    ['public.ecr.aws/aws-observability/aws-otel-collector:v0.43.3', 'adot'],
    ['public.ecr.aws/aws-observability/aws-otel-collector@sha256:abc', 'adot'],
    ['public.ecr.aws/xray/aws-xray-daemon:3.3.14', 'xray'],
    ['amazon/aws-xray-daemon', 'xray'],
    ['public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4', undefined],
    ['example.com/not-aws-otel-collector:1', undefined],
    [undefined, undefined],
  ])('%s is %s', (image, kind) => {
    expect(collectorKind(image)).toBe(kind);
  });
});
