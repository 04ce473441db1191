import rule from '../../../../graders/rules/auto-scaling/cpu-target-tracking.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB09, LAB09_JSON, edit, without } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const CPU_METRIC = '          PredefinedMetricType: ECSServiceAverageCPUUtilization\n';
const CUSTOM = (cluster: string, service: string) =>
  `        CustomizedMetricSpecification:\n          Namespace: AWS/ECS\n          MetricName: CPUUtilization\n          Statistic: Average\n          Dimensions:\n            - Name: ClusterName\n              Value: ${cluster}\n            - Name: ServiceName\n              Value: ${service}\n`;

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'the predefined metric at 60% (lab 09 solution)', code: LAB09 },
    {
      name: 'policy repeating the ResourceId, target from a parameter (second-style solution)',
      code: LAB09_JSON,
      file: 'template.json',
    },
    {
      name: 'the same metric, customized, on this service',
      code: edit(LAB09, [
        `        PredefinedMetricSpecification:\n${CPU_METRIC}`,
        CUSTOM('!Ref Cluster', '!GetAtt Service.Name'),
      ]),
    },
  ],
  invalid: [
    {
      name: 'no CPU policy',
      code: without(LAB09, 'CpuScalingPolicy'),
      errors: [{ messageId: 'missing', data: { service: 'Service' } }],
    },
    {
      name: 'memory instead of CPU',
      code: edit(LAB09, [CPU_METRIC, '          PredefinedMetricType: ECSServiceAverageMemoryUtilization\n']),
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'a 95% target',
      code: edit(LAB09, ['        TargetValue: 60\n', '        TargetValue: 95\n']),
      errors: [{ messageId: 'targetValue', data: { value: 95 } }],
    },
    {
      name: 'a target imported from another stack',
      code: edit(LAB09, ['        TargetValue: 60\n', '        TargetValue: !ImportValue cpu-target\n']),
      errors: [{ messageId: 'targetUnknown' }],
    },
    {
      name: 'a step-scaling policy type with a target-tracking configuration',
      code: edit(LAB09, [
        "      PolicyName: !Sub '${AWS::StackName}-cpu'\n      PolicyType: TargetTrackingScaling\n",
        "      PolicyName: !Sub '${AWS::StackName}-cpu'\n      PolicyType: StepScaling\n",
      ]),
      errors: [{ messageId: 'policyType', data: { value: "'StepScaling'" } }],
    },
    {
      name: 'attached to no scalable target',
      code: edit(LAB09, [
        "      PolicyName: !Sub '${AWS::StackName}-cpu'\n      PolicyType: TargetTrackingScaling\n      ScalingTargetId: !Ref ScalableTarget\n",
        "      PolicyName: !Sub '${AWS::StackName}-cpu'\n      PolicyType: TargetTrackingScaling\n      ScalingTargetId: !Ref Cluster\n",
      ]),
      errors: [{ messageId: 'detached', data: { policy: 'CpuScalingPolicy' } }],
    },
    {
      name: 'a customized metric on hard-coded names',
      code: edit(LAB09, [
        `        PredefinedMetricSpecification:\n${CPU_METRIC}`,
        CUSTOM('labs-cluster', 'labs-web'),
      ]),
      errors: [
        { messageId: 'dimensions', data: { name: 'ClusterName', got: 'labs-cluster', want: '!Ref Cluster' } },
        {
          messageId: 'dimensions',
          data: { name: 'ServiceName', got: 'labs-web', want: '!GetAtt Service.Name' },
        },
      ],
    },
    {
      name: 'no service at all',
      code: "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Cluster:\n    Type: AWS::ECS::Cluster\n",
      errors: [{ messageId: 'noService' }],
    },
  ],
});
