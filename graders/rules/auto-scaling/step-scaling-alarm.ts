// SCL006: every REPLICA ECS service has a step-scaling policy (attached to its scalable target, with step
// adjustments) that a CloudWatch alarm invokes through 'AlarmActions', and the alarm watches this service: its
// metric's 'ClusterName' and 'ServiceName' dimensions resolve to this stack's cluster and service. An alarm on
// hard-coded names watches another stack's service, or a metric that does not exist, and never fires.
import { defineRule } from '../../engine/define.js';
import type { CfnTemplate } from '../../engine/types.js';
import { alarmMetrics } from '../lib/alarms.js';
import { get, literalString, refersTo, resources, type NamedResource } from '../lib/cloudformation.js';
import {
  ALARM,
  judgeServiceDimensions,
  judgeServicePolicies,
  policies,
  type PolicyModel,
  policyPath,
  scalingMessages,
  SERVICE,
} from './model.js';

/** Whether the step configuration has at least one step adjustment. */
function hasSteps(p: PolicyModel): boolean {
  const steps = get(p.r.props, ['StepScalingPolicyConfiguration', 'StepAdjustments']);
  return Array.isArray(steps) && steps.length > 0;
}

type Found = [
  'noSteps' | 'noAlarm' | 'alarmNamespace' | 'alarmDimension',
  Record<string, string | number>,
  (string | number)[],
];

function judge(t: CfnTemplate, p: PolicyModel, svc: NamedResource): Found[] {
  const out: Found[] = [];
  const policy = p.r.name;
  if (!hasSteps(p)) out.push(['noSteps', { policy }, [...policyPath(p, 'StepScalingPolicyConfiguration')]]);
  const alarms = resources(t, ALARM).filter((a) => refersTo(a.props['AlarmActions'], p.r.name));
  if (alarms.length === 0) {
    out.push(['noAlarm', { policy }, [...policyPath(p)]]);
    return out;
  }
  // One alarm that watches this service is enough; report the first alarm's problems otherwise.
  const judged = alarms.map((alarm) => {
    const problems: Found[] = [];
    const metrics = alarmMetrics(alarm);
    const ecs = metrics.filter((m) => literalString(t, m.namespace) === 'AWS/ECS');
    if (ecs.length === 0) {
      problems.push([
        'alarmNamespace',
        {
          alarm: alarm.name,
          policy,
          value: metrics.length ? String(literalString(t, metrics[0]!.namespace) ?? 'computed') : 'none',
        },
        [...alarm.path, 'Properties'],
      ]);
      return problems;
    }
    const best = ecs
      .map((m) => ({ m, problems: judgeServiceDimensions(t, m.dimensions, svc) }))
      .sort((a, b) => a.problems.length - b.problems.length)[0]!;
    for (const d of best.problems)
      problems.push(['alarmDimension', { alarm: alarm.name, policy, service: svc.name, ...d }, best.m.path]);
    return problems;
  });
  if (!judged.some((list) => list.length === 0)) out.push(...judged[0]!);
  return out;
}

export default defineRule({
  meta: {
    id: 'SCL006',
    name: 'step-scaling-alarm',
    target: 'cloudformation',
    severity: 'error',
    title: 'Drive a step-scaling policy from an alarm on this service',
    description:
      "Every REPLICA ECS service has a 'StepScaling' policy with step adjustments, attached to its scalable target, that a CloudWatch alarm names in 'AlarmActions'; the alarm watches an AWS/ECS metric whose 'ClusterName' and 'ServiceName' dimensions resolve to this stack's cluster ('!Ref Cluster') and service ('!GetAtt Service.Name').",
    docsUrl:
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-autoscaling-stepscaling.html',
    evidence: [
      'Application Auto Scaling StepScalingPolicyConfiguration',
      'CloudWatch PutMetricAlarm AlarmActions',
    ],
    messages: {
      ...scalingMessages,
      missing:
        "Service '{{service}}' has no step-scaling policy, so nothing adds tasks in bigger jumps when a spike breaches an alarm. Add an 'AWS::ApplicationAutoScaling::ScalingPolicy' with 'PolicyType: StepScaling', the service's scalable target and a 'StepScalingPolicyConfiguration', and an alarm that invokes it.",
      detached:
        "Step-scaling policy '{{policy}}' is attached to no scalable target of this stack's services ('ScalingTargetId' {{value}}), so the alarm that invokes it scales nothing. Set \"ScalingTargetId: !Ref\" the service's scalable target.",
      noSteps:
        "Step-scaling policy '{{policy}}' has no 'StepAdjustments', so when its alarm fires it has nothing to apply. Add at least one, such as '{ MetricIntervalLowerBound: 0, ScalingAdjustment: 2 }' with 'AdjustmentType: ChangeInCapacity'.",
      noAlarm:
        "Step-scaling policy '{{policy}}' is named in no CloudWatch alarm's 'AlarmActions', so nothing ever invokes it. Add an 'AWS::CloudWatch::Alarm' on the service's metric with \"AlarmActions: [!Ref {{policy}}]\".",
      alarmNamespace:
        "Alarm '{{alarm}}' invokes '{{policy}}' but watches a metric in namespace '{{value}}', not 'AWS/ECS', so it does not measure the service it scales. Watch an AWS/ECS metric such as 'CPUUtilization' with the service's 'ClusterName' and 'ServiceName' dimensions.",
      alarmDimension:
        "Alarm '{{alarm}}' invokes '{{policy}}', but its '{{name}}' dimension is '{{got}}' where service '{{service}}' of this stack needs '{{want}}'. An alarm on another name watches another service's metric, or one that does not exist, and never fires. Set the dimension's Value to '{{want}}'.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    if (resources(t, SERVICE).length === 0) {
      ctx.report('noService', {}, ['Resources']);
      return;
    }
    const steps = policies(t).filter(
      (p) => p.type === 'StepScaling' || p.r.props['StepScalingPolicyConfiguration'] !== undefined,
    );
    judgeServicePolicies(ctx, t, steps, (p, svc) => judge(t, p, svc));
  },
});
