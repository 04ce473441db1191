// Every SCL rule survives any template a learner can write: it never throws, fills every message placeholder, and
// never counts more failures than checks. Arbitrary templates come from fast-check; real ones from the shared
// corpus of public CloudFormation templates when it is present.
import fc from 'fast-check';
import type { Rule } from '../../../../graders/engine/types.js';
import { autoScalingRules } from '../../../../graders/rules/auto-scaling/index.js';
import { describeRobustness } from '../../../helpers/rule-robustness.js';

const RULES = autoScalingRules as unknown as readonly Rule<'cloudformation'>[];

const TYPES = [
  'AWS::ECS::Service',
  'AWS::ECS::Cluster',
  'AWS::ApplicationAutoScaling::ScalableTarget',
  'AWS::ApplicationAutoScaling::ScalingPolicy',
  'AWS::CloudWatch::Alarm',
  'AWS::ElasticLoadBalancingV2::LoadBalancer',
  'AWS::ElasticLoadBalancingV2::TargetGroup',
  'AWS::ElasticLoadBalancingV2::Listener',
  'AWS::ElasticLoadBalancingV2::ListenerRule',
];
const NAMES = ['Svc', 'Cluster', 'Target', 'Policy', 'Alarm', 'Lb', 'Tg'];
const KEYS = [
  'Cluster',
  'ServiceName',
  'DesiredCount',
  'SchedulingStrategy',
  'LoadBalancers',
  'TargetGroupArn',
  'ServiceNamespace',
  'ScalableDimension',
  'ResourceId',
  'MinCapacity',
  'MaxCapacity',
  'PolicyType',
  'ScalingTargetId',
  'TargetTrackingScalingPolicyConfiguration',
  'PredefinedMetricSpecification',
  'PredefinedMetricType',
  'ResourceLabel',
  'CustomizedMetricSpecification',
  'TargetValue',
  'ScaleInCooldown',
  'ScaleOutCooldown',
  'StepScalingPolicyConfiguration',
  'StepAdjustments',
  'AlarmActions',
  'Namespace',
  'MetricName',
  'Metrics',
  'MetricStat',
  'Metric',
  'Dimensions',
  'Name',
  'Value',
  'LoadBalancerArn',
  'ListenerArn',
  'DefaultActions',
  'Actions',
  'Ref',
  'Fn::GetAtt',
  'Fn::Sub',
  'Fn::Join',
  'Fn::ImportValue',
  'Fn::If',
  '__proto__',
  'constructor',
];
const scalar = fc.oneof(
  fc.string(),
  fc.integer({ min: -5, max: 5000 }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    ...NAMES,
    'ecs',
    'ecs:service:DesiredCount',
    'service/${Cluster}/${Svc.Name}',
    '${Lb.LoadBalancerFullName}/${Tg.TargetGroupFullName}',
    'Svc.Name',
    'TargetTrackingScaling',
    'StepScaling',
    'ECSServiceAverageCPUUtilization',
    'ALBRequestCountPerTarget',
    'AWS/ECS',
    'ClusterName',
    'ServiceName',
    '/',
  ),
);
describeRobustness('SCL rules', RULES, { types: TYPES, names: NAMES, keys: KEYS, scalar, maxResources: 6 });
