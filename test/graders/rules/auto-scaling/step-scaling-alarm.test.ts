import rule from '../../../../graders/rules/auto-scaling/step-scaling-alarm.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB09, LAB09_JSON, edit, without } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const DIMS =
  '      Dimensions:\n        - Name: ClusterName\n          Value: !Ref Cluster\n        - Name: ServiceName\n          Value: !GetAtt Service.Name\n';
const dims = (cluster: string, service: string) =>
  edit(LAB09, [
    DIMS,
    `      Dimensions:\n        - Name: ClusterName\n          Value: ${cluster}\n        - Name: ServiceName\n          Value: ${service}\n`,
  ]);

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'an alarm on the service’s CPU (lab 09 solution)', code: LAB09 },
    {
      name: 'a metric-math alarm invoking the policy by GetAtt Arn (second-style solution)',
      code: LAB09_JSON,
      file: 'template.json',
    },
    {
      name: 'dimensions in the other order',
      code: dims('!Ref Cluster', '!GetAtt Service.Name').replace(
        '        - Name: ClusterName\n          Value: !Ref Cluster\n        - Name: ServiceName\n          Value: !GetAtt Service.Name\n',
        '        - Name: ServiceName\n          Value: !GetAtt Service.Name\n        - Name: ClusterName\n          Value: !Ref Cluster\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'no step-scaling policy',
      code: without(LAB09, 'StepScaleOutPolicy', 'HighCpuAlarm'),
      errors: [{ messageId: 'missing', data: { service: 'Service' } }],
    },
    {
      name: 'no alarm invokes the policy',
      code: without(LAB09, 'HighCpuAlarm'),
      errors: [{ messageId: 'noAlarm', data: { policy: 'StepScaleOutPolicy' } }],
    },
    {
      name: 'the alarm names no action',
      code: edit(LAB09, ['      AlarmActions:\n        - !Ref StepScaleOutPolicy\n', '']),
      errors: [{ messageId: 'noAlarm' }],
    },
    {
      name: 'hard-coded cluster and service names',
      code: dims('labs-cluster', 'labs-web'),
      errors: [
        {
          messageId: 'alarmDimension',
          data: { name: 'ClusterName', got: 'labs-cluster', want: '!Ref Cluster' },
        },
        {
          messageId: 'alarmDimension',
          data: { name: 'ServiceName', got: 'labs-web', want: '!GetAtt Service.Name' },
        },
      ],
    },
    {
      name: "the service's ARN as its name",
      code: dims('!Ref Cluster', '!Ref Service'),
      errors: [{ messageId: 'alarmDimension', data: { name: 'ServiceName', got: '${Service}' } }],
    },
    {
      name: 'no ServiceName dimension (the whole cluster)',
      code: edit(LAB09, ['        - Name: ServiceName\n          Value: !GetAtt Service.Name\n', '']),
      errors: [{ messageId: 'alarmDimension', data: { name: 'ServiceName', got: '(missing)' } }],
    },
    {
      name: 'an alarm on a load balancer metric',
      code: edit(LAB09, ['      Namespace: AWS/ECS\n', '      Namespace: AWS/ApplicationELB\n']),
      errors: [{ messageId: 'alarmNamespace', data: { value: 'AWS/ApplicationELB' } }],
    },
    {
      name: 'no step adjustments',
      code: edit(LAB09, [
        '        StepAdjustments:\n          - MetricIntervalLowerBound: 0\n            MetricIntervalUpperBound: 10\n            ScalingAdjustment: 1\n          - MetricIntervalLowerBound: 10\n            ScalingAdjustment: 2\n',
        '',
      ]),
      errors: [{ messageId: 'noSteps' }],
    },
    {
      name: 'attached to no scalable target',
      code: edit(LAB09, [
        '      PolicyType: StepScaling\n      ScalingTargetId: !Ref ScalableTarget\n',
        '      PolicyType: StepScaling\n      ScalingTargetId: !Ref Cluster\n',
      ]),
      errors: [{ messageId: 'detached' }],
    },
  ],
});
