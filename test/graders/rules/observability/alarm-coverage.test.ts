import rule from '../../../../graders/rules/observability/alarm-coverage.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB11, LAB11_JSON, edit, lab11Json, without } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const CPU_DIMS =
  '      MetricName: CPUUtilization\n      Dimensions:\n        - Name: ClusterName\n          Value: !Ref Cluster\n        - Name: ServiceName\n          Value: !GetAtt Service.Name\n';
const TG_LB =
  '        - Name: TargetGroup\n          Value: !GetAtt TargetGroup.TargetGroupFullName\n        - Name: LoadBalancer\n          Value: !GetAtt LoadBalancer.LoadBalancerFullName\n';

/** The load balancer's full name from parts first..first+2 of the listener's ARN (the CDK uses 1, 2 and 3). */
const CDK_LB_NAME = (first: number) =>
  `!Join ['/', [${[first, first + 1, first + 2].map((i) => `!Select [${i}, !Split ['/', !Ref Listener]]`).join(', ')}]]`;

/** The JSON solution with the metric-math alarm's 5xx MetricStat dimension value replaced. */
function mathAlarmLoadBalancer(value: unknown): string {
  if (!HAS_SOLUTIONS) return ''; // the solution is absent and the tests built on it skip
  const t = lab11Json();
  const metrics = (
    t['Resources']!['Target5xxAlarm']!['Properties'] as {
      Metrics: { MetricStat?: { Metric: { Dimensions: { Value: unknown }[] } } }[];
    }
  ).Metrics;
  metrics[0]!.MetricStat!.Metric.Dimensions[0]!.Value = value;
  return JSON.stringify(t);
}

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'four alarms on this stack (lab 11 solution)', code: LAB11 },
    { name: 'a metric-math 5xx rate alarm (second-style solution)', code: LAB11_JSON, file: 'template.json' },
    {
      name: 'the 5xx alarm on the load balancer’s own 5xx count, without a target group',
      code: edit(LAB11, [
        '      MetricName: HTTPCode_Target_5XX_Count\n      Dimensions:\n        - Name: LoadBalancer\n          Value: !GetAtt LoadBalancer.LoadBalancerFullName\n        - Name: TargetGroup\n          Value: !GetAtt TargetGroup.TargetGroupFullName\n',
        '      MetricName: HTTPCode_ELB_5XX_Count\n      Dimensions:\n        - Name: LoadBalancer\n          Value: !Sub ${LoadBalancer.LoadBalancerFullName}\n',
      ]),
    },
    {
      name: 'the load balancer named from its listener’s ARN, as the CDK’s targetGroup.metrics write it',
      code: edit(LAB11, [TG_LB, TG_LB.replace('!GetAtt LoadBalancer.LoadBalancerFullName', CDK_LB_NAME(1))]),
    },
    {
      name: 'CPU from Container Insights (ECS/ContainerInsights CpuUtilized)',
      code: edit(LAB11, [
        '      Namespace: AWS/ECS\n      MetricName: CPUUtilization\n',
        '      Namespace: ECS/ContainerInsights\n      MetricName: CpuUtilized\n',
      ]),
    },
  ],
  invalid: [
    {
      name: 'hard-coded cluster and service names',
      code: edit(LAB11, [
        CPU_DIMS,
        '      MetricName: CPUUtilization\n      Dimensions:\n        - Name: ClusterName\n          Value: labs-cluster\n        - Name: ServiceName\n          Value: labs-web\n',
      ]),
      errors: [
        {
          messageId: 'dimension',
          data: { alarm: 'HighCpuAlarm', name: 'ClusterName', got: 'labs-cluster', want: '!Ref Cluster' },
        },
        {
          messageId: 'dimension',
          data: { name: 'ServiceName', got: 'labs-web', want: '!GetAtt Service.Name' },
        },
      ],
    },
    {
      name: "the service's ARN as its name",
      code: edit(LAB11, [CPU_DIMS, CPU_DIMS.replace('!GetAtt Service.Name', '!Ref Service')]),
      errors: [{ messageId: 'dimension', data: { name: 'ServiceName', got: '${Service}' } }],
    },
    {
      name: 'the wrong parts of the listener’s ARN as the load balancer (2 to 4)',
      code: edit(LAB11, [TG_LB, TG_LB.replace('!GetAtt LoadBalancer.LoadBalancerFullName', CDK_LB_NAME(2))]),
      errors: [{ messageId: 'dimension', data: { alarm: 'UnhealthyHostsAlarm', name: 'LoadBalancer' } }],
    },
    {
      name: 'no memory alarm',
      code: without(LAB11, 'HighMemoryAlarm'),
      errors: [{ messageId: 'missing', data: { label: 'memory utilization' } }],
    },
    {
      name: 'unhealthy hosts by target group only',
      code: edit(LAB11, [
        TG_LB,
        '        - Name: TargetGroup\n          Value: !GetAtt TargetGroup.TargetGroupFullName\n',
      ]),
      errors: [
        {
          messageId: 'dimension',
          data: { alarm: 'UnhealthyHostsAlarm', name: 'LoadBalancer', got: '(missing)' },
        },
      ],
    },
    {
      name: 'the target group by its short name',
      code: edit(LAB11, [
        TG_LB,
        TG_LB.replace('TargetGroup.TargetGroupFullName', 'TargetGroup.TargetGroupName'),
      ]),
      errors: [
        {
          messageId: 'dimension',
          data: {
            name: 'TargetGroup',
            got: '${TargetGroup.TargetGroupName}',
            want: '!GetAtt TargetGroup.TargetGroupFullName',
          },
        },
      ],
    },
    {
      name: "the load balancer's ARN in a metric-math alarm",
      code: mathAlarmLoadBalancer({ Ref: 'LoadBalancer' }),
      file: 'template.json',
      errors: [
        {
          messageId: 'dimension',
          data: { alarm: 'Target5xxAlarm', name: 'LoadBalancer', got: '${LoadBalancer}' },
        },
      ],
    },
    {
      name: 'a hard-coded full name in a metric-math alarm',
      code: mathAlarmLoadBalancer('app/labs-web/50dc6c495c0c9188'),
      file: 'template.json',
      errors: [{ messageId: 'dimension', data: { got: 'app/labs-web/50dc6c495c0c9188' } }],
    },
    {
      name: 'no alarms at all',
      code: without(LAB11, 'HighCpuAlarm', 'HighMemoryAlarm', 'Target5xxAlarm', 'UnhealthyHostsAlarm'),
      errors: [
        { messageId: 'missing' },
        { messageId: 'missing' },
        { messageId: 'missing' },
        { messageId: 'missing' },
      ],
    },
  ],
});
