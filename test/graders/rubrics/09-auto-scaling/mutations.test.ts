// Lab 09 mutation table: each rubric item, broken alone in the reference solution by one small, realistic learner
// mistake, costs points, and no other item moves. The harness is test/helpers/mutation-table.ts; it grades with
// the registry's RULES, where the SCL rules are listed, and this rubric module directly.
import lab from '../../../../graders/rubrics/09-auto-scaling.js';
import { describeAlternatives, type Alternative } from '../accepted-alternatives.js';
import { describeMutations, inTemplate, type Mutation } from '../../../helpers/mutation-table.js';

const table: readonly Mutation[] = [
  {
    item: 'scalable-target',
    name: "the ResourceId names the service by '${Service}', which is its ARN, not its name",
    mutate: inTemplate(
      "      ResourceId: !Sub 'service/${Cluster}/${Service.Name}'\n",
      "      ResourceId: !Sub 'service/${Cluster}/${Service}'\n",
    ),
  },
  {
    item: 'capacity-bounds',
    name: 'the floor is one task, so scale-in leaves a single Availability Zone serving',
    mutate: inTemplate('      MinCapacity: 2\n', '      MinCapacity: 1\n'),
  },
  {
    item: 'cpu-target-tracking',
    name: 'the CPU policy tracks memory instead',
    mutate: inTemplate(
      '          PredefinedMetricType: ECSServiceAverageCPUUtilization\n',
      '          PredefinedMetricType: ECSServiceAverageMemoryUtilization\n',
    ),
  },
  {
    item: 'request-count-tracking',
    name: "the ResourceLabel joins the load balancer's and target group's ARNs",
    mutate: inTemplate(
      '            - - !GetAtt LoadBalancer.LoadBalancerFullName\n              - !GetAtt TargetGroup.TargetGroupFullName\n',
      '            - - !Ref LoadBalancer\n              - !Ref TargetGroup\n',
    ),
  },
  {
    item: 'cooldowns',
    name: 'the CPU policy scales in faster than it scales out',
    mutate: inTemplate(
      '        TargetValue: 60\n        ScaleOutCooldown: 60\n        ScaleInCooldown: 300\n',
      '        TargetValue: 60\n        ScaleOutCooldown: 300\n        ScaleInCooldown: 60\n',
    ),
  },
  {
    item: 'step-scaling-alarm',
    name: "the alarm's ServiceName dimension is a hard-coded name",
    mutate: inTemplate(
      '        - Name: ServiceName\n          Value: !GetAtt Service.Name\n',
      '        - Name: ServiceName\n          Value: labs-web\n',
    ),
  },
  {
    item: 'desired-count',
    name: 'the service keeps a DesiredCount of 6, above the ceiling of 4',
    mutate: inTemplate('      LaunchType: FARGATE\n', '      LaunchType: FARGATE\n      DesiredCount: 6\n'),
  },
];

/** More mistakes for items the table already covers; each costs its item and moves no other. */
const moreMistakes: readonly Mutation[] = [
  {
    item: 'scalable-target',
    name: "the ResourceId names the cluster by its ARN ('${Cluster.Arn}')",
    mutate: inTemplate(
      "      ResourceId: !Sub 'service/${Cluster}/${Service.Name}'\n",
      "      ResourceId: !Sub 'service/${Cluster.Arn}/${Service.Name}'\n",
    ),
  },
  {
    item: 'capacity-bounds',
    name: 'the ceiling equals the floor, so nothing can scale',
    mutate: inTemplate('      MaxCapacity: 4\n', '      MaxCapacity: 2\n'),
  },
  {
    item: 'request-count-tracking',
    name: 'the ResourceLabel uses the short names',
    mutate: inTemplate(
      '            - - !GetAtt LoadBalancer.LoadBalancerFullName\n              - !GetAtt TargetGroup.TargetGroupFullName\n',
      '            - - !GetAtt LoadBalancer.LoadBalancerName\n              - !GetAtt TargetGroup.TargetGroupName\n',
    ),
  },
  {
    item: 'cooldowns',
    name: 'the request-count policy leaves both cooldowns at the default',
    mutate: inTemplate(
      '        TargetValue: 1000\n        ScaleOutCooldown: 60\n        ScaleInCooldown: 300\n',
      '        TargetValue: 1000\n',
    ),
  },
  {
    item: 'step-scaling-alarm',
    name: 'the alarm invokes nothing',
    mutate: inTemplate('      AlarmActions:\n        - !Ref StepScaleOutPolicy\n', ''),
  },
  {
    item: 'cpu-target-tracking',
    name: 'the CPU target is 95%, leaving no headroom',
    mutate: inTemplate('        TargetValue: 60\n', '        TargetValue: 95\n'),
  },
];

describeMutations(lab, table, moreMistakes);

/**
 * Accepted alternatives: the same scaling written another valid way keeps every point. The whole second-style
 * solution (test/fixtures/alternatives/labs/09-auto-scaling/template.json) is graded in rubric.test.ts.
 */
const alternatives: readonly Alternative[] = [
  {
    name: "the ResourceId as a Join ('service/', cluster, '/', service name), as CDK synthesizes it",
    rewrite: inTemplate(
      "      ResourceId: !Sub 'service/${Cluster}/${Service.Name}'\n",
      "      ResourceId: !Join ['', ['service/', !Ref Cluster, '/', !GetAtt Service.Name]]\n",
    ),
  },
  {
    name: 'the ResourceLabel as a Sub of the two full names',
    rewrite: inTemplate(
      "          ResourceLabel: !Join\n            - '/'\n            - - !GetAtt LoadBalancer.LoadBalancerFullName\n              - !GetAtt TargetGroup.TargetGroupFullName\n",
      "          ResourceLabel: !Sub '${LoadBalancer.LoadBalancerFullName}/${TargetGroup.TargetGroupFullName}'\n",
    ),
  },
  {
    name: 'a DesiredCount of 2, within the scaling bounds',
    rewrite: inTemplate('      LaunchType: FARGATE\n', '      LaunchType: FARGATE\n      DesiredCount: 2\n'),
  },
  {
    name: "the CPU policy on the customized metric AWS/ECS 'CPUUtilization' of this service",
    rewrite: inTemplate(
      '        PredefinedMetricSpecification:\n          PredefinedMetricType: ECSServiceAverageCPUUtilization\n',
      '        CustomizedMetricSpecification:\n          Namespace: AWS/ECS\n          MetricName: CPUUtilization\n          Statistic: Average\n          Dimensions:\n            - Name: ClusterName\n              Value: !Ref Cluster\n            - Name: ServiceName\n              Value: !GetAtt Service.Name\n',
    ),
  },
  {
    name: "the alarm invoking the policy by '!GetAtt StepScaleOutPolicy.Arn'",
    rewrite: inTemplate('        - !Ref StepScaleOutPolicy\n', '        - !GetAtt StepScaleOutPolicy.Arn\n'),
  },
];

describeAlternatives(lab, alternatives);
