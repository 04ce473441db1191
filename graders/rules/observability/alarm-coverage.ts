// OBS006: the stack alarms on the four signals an on-call engineer needs first: the service's CPU and memory, the
// 5xx responses behind its load balancer, and unhealthy targets. Each alarm must watch THIS stack's resources: ECS
// metrics by the 'ClusterName' and 'ServiceName' dimensions of the stack's cluster and service, load balancer
// metrics by the full names only the GetAtt of the stack's load balancer and target group return. An alarm on
// hard-coded names watches a metric that does not exist and never fires. Metric-math alarms count through their
// MetricStat metrics.
import { defineRule } from '../../engine/define.js';
import type { CfnTemplate, DataPath } from '../../engine/types.js';
import { ALARM, alarmMetrics, dimensionValue, type AlarmMetric } from '../lib/alarms.js';
import { literalString, resources, type NamedResource } from '../lib/cloudformation.js';
import { judgeServiceDimensions } from '../auto-scaling/model.js';
import { SERVICE } from '../ecs-service/util/service.js';
import { judgeAlbDimension, observabilityMessages, type AlbDimension } from './model.js';

export interface Signal {
  id: 'cpu' | 'memory' | '5xx' | 'unhealthy';
  label: string;
  example: string;
  metrics: readonly (readonly [namespace: string, metric: string])[];
  /** Load balancer dimensions the metric needs ('TargetGroup' optional for 5xx); none for ECS metrics. */
  alb?: { required: readonly AlbDimension[]; optional: readonly AlbDimension[] };
}

export const SIGNALS: readonly Signal[] = [
  {
    id: 'cpu',
    label: 'CPU utilization',
    example: "AWS/ECS 'CPUUtilization'",
    metrics: [
      ['AWS/ECS', 'CPUUtilization'],
      ['ECS/ContainerInsights', 'CpuUtilized'],
    ],
  },
  {
    id: 'memory',
    label: 'memory utilization',
    example: "AWS/ECS 'MemoryUtilization'",
    metrics: [
      ['AWS/ECS', 'MemoryUtilization'],
      ['ECS/ContainerInsights', 'MemoryUtilized'],
    ],
  },
  {
    id: '5xx',
    label: '5xx responses',
    example: "AWS/ApplicationELB 'HTTPCode_Target_5XX_Count'",
    metrics: [
      ['AWS/ApplicationELB', 'HTTPCode_Target_5XX_Count'],
      ['AWS/ApplicationELB', 'HTTPCode_ELB_5XX_Count'],
    ],
    alb: { required: ['LoadBalancer'], optional: ['TargetGroup'] },
  },
  {
    id: 'unhealthy',
    label: 'unhealthy targets',
    example: "AWS/ApplicationELB 'UnHealthyHostCount'",
    metrics: [['AWS/ApplicationELB', 'UnHealthyHostCount']],
    alb: { required: ['TargetGroup', 'LoadBalancer'], optional: [] },
  },
];

/** Whether an alarm metric is one of the signal's metrics. */
export function measures(t: CfnTemplate, m: AlarmMetric, s: Signal): boolean {
  const ns = literalString(t, m.namespace);
  const name = literalString(t, m.metricName);
  return s.metrics.some(([n, metric]) => n === ns && metric === name);
}

/** The alarms of the template that watch the signal (through any of their metrics). */
export function alarmsOn(t: CfnTemplate, s: Signal): NamedResource[] {
  return resources(t, ALARM).filter((a) => alarmMetrics(a).some((m) => measures(t, m, s)));
}

interface DimensionProblem {
  name: string;
  got: string;
  want: string;
}

function judgeMetric(t: CfnTemplate, m: AlarmMetric, s: Signal): DimensionProblem[] {
  if (!s.alb) {
    const services = resources(t, SERVICE);
    const judged = services.map((svc) => judgeServiceDimensions(t, m.dimensions, svc));
    return judged.find((p) => p.length === 0) ?? judged[0] ?? [];
  }
  const out: DimensionProblem[] = [];
  for (const name of s.alb.required) {
    const p = judgeAlbDimension(t, dimensionValue(t, m.dimensions, name), name);
    if (p) out.push({ name, ...p });
  }
  for (const name of s.alb.optional) {
    const v = dimensionValue(t, m.dimensions, name);
    const p = v === undefined ? undefined : judgeAlbDimension(t, v, name);
    if (p) out.push({ name, ...p });
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'OBS006',
    name: 'alarm-coverage',
    target: 'cloudformation',
    severity: 'error',
    title: "Alarm on CPU, memory, 5xx and unhealthy targets of this stack's service",
    description:
      "The template has CloudWatch alarms on the service's CPU and memory (AWS/ECS 'CPUUtilization', 'MemoryUtilization' with 'ClusterName: !Ref Cluster' and 'ServiceName: !GetAtt Service.Name'), on 5xx responses ('HTTPCode_Target_5XX_Count' or 'HTTPCode_ELB_5XX_Count' with 'LoadBalancer: !GetAtt LoadBalancer.LoadBalancerFullName') and on 'UnHealthyHostCount' (with 'TargetGroup: !GetAtt TargetGroup.TargetGroupFullName' and 'LoadBalancer'), directly or as a MetricStat of a metric-math alarm.",
    docsUrl:
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Best_Practice_Recommended_Alarms_AWS_Services.html',
    evidence: ['CloudWatch recommended alarms (ECS, ApplicationELB)', 'OPS06-BP01'],
    messages: {
      ...observabilityMessages,
      missing:
        "No alarm watches the {{label}} of this stack, so nobody hears about it until users do. Add an 'AWS::CloudWatch::Alarm' on {{example}} with this stack's dimensions.",
      dimension:
        "Alarm '{{alarm}}' watches the {{label}}, but its '{{name}}' dimension is '{{got}}' where this stack needs '{{want}}'. A metric with other dimension values is another resource's, or none, so the alarm never fires. Set the dimension's Value to '{{want}}'.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    if (resources(t, SERVICE).length === 0) {
      ctx.report('noService', {}, ['Resources']);
      return;
    }
    let failed = 0;
    for (const s of SIGNALS) {
      const candidates: { alarm: NamedResource; metric: AlarmMetric; problems: DimensionProblem[] }[] = [];
      for (const alarm of alarmsOn(t, s))
        for (const metric of alarmMetrics(alarm).filter((m) => measures(t, m, s)))
          candidates.push({ alarm, metric, problems: judgeMetric(t, metric, s) });
      if (candidates.length === 0) {
        failed++;
        ctx.report('missing', { label: s.label, example: s.example }, ['Resources']);
        continue;
      }
      if (candidates.some((c) => c.problems.length === 0)) continue;
      failed++;
      const best = [...candidates].sort((a, b) => a.problems.length - b.problems.length)[0]!;
      const at: DataPath = best.metric.path;
      for (const p of best.problems)
        ctx.report('dimension', { alarm: best.alarm.name, label: s.label, ...p }, at);
    }
    ctx.tally(SIGNALS.length, failed);
  },
});
