// SCL003: every REPLICA ECS service has a target-tracking policy on its average CPU utilization, attached to the
// service's scalable target, with a target a busy service can hold. The predefined metric
// 'ECSServiceAverageCPUUtilization' is the usual form; a customized metric on AWS/ECS 'CPUUtilization' (Average)
// whose dimensions name this stack's cluster and service tracks the same number and is accepted too.
import { defineRule } from '../../engine/define.js';
import { get, literalNumber, literalString, resources, type NamedResource } from '../lib/cloudformation.js';
import {
  CPU_METRIC,
  judgeServiceDimensions,
  judgeServicePolicies,
  policies,
  type PolicyModel,
  policyPath,
  predefinedMetric,
  quote,
  scalingMessages,
  SERVICE,
  targetTrackingConfig,
} from './model.js';
import type { CfnTemplate } from '../../engine/types.js';

export const CPU_TARGET_RANGE = { min: 10, max: 90 } as const;

/** Whether a policy tracks the service's CPU: the predefined metric, or the same metric customized. */
function tracksCpu(t: CfnTemplate, p: PolicyModel): boolean {
  if (predefinedMetric(t, p) === CPU_METRIC) return true;
  const custom = get(targetTrackingConfig(p), ['CustomizedMetricSpecification']);
  return (
    literalString(t, get(custom, ['MetricName'])) === 'CPUUtilization' &&
    literalString(t, get(custom, ['Namespace'])) === 'AWS/ECS'
  );
}

export default defineRule({
  meta: {
    id: 'SCL003',
    name: 'cpu-target-tracking',
    target: 'cloudformation',
    severity: 'error',
    title: "Track the service's average CPU with a target-tracking policy",
    description: `Every REPLICA ECS service has a 'TargetTrackingScaling' policy on 'ECSServiceAverageCPUUtilization' (or the same metric, AWS/ECS 'CPUUtilization' averaged over this service, customized), attached to its scalable target, with a 'TargetValue' from ${CPU_TARGET_RANGE.min} to ${CPU_TARGET_RANGE.max} percent.`,
    docsUrl:
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-autoscaling-targettracking.html',
    evidence: ['Application Auto Scaling PredefinedMetricSpecification', 'REL07-BP01', 'REL07-BP03'],
    messages: {
      ...scalingMessages,
      missing:
        "Service '{{service}}' has no target-tracking policy on its CPU, so it does not add tasks when they get busy or remove them when they idle. Add an 'AWS::ApplicationAutoScaling::ScalingPolicy' with 'PolicyType: TargetTrackingScaling', 'ScalingTargetId' of the service's scalable target and 'PredefinedMetricType: ECSServiceAverageCPUUtilization'.",
      detached:
        "Scaling policy '{{policy}}' tracks CPU but is attached to no scalable target of this stack's services ('ScalingTargetId' {{value}}), so it scales nothing. Set \"ScalingTargetId: !Ref\" the service's scalable target.",
      policyType:
        "Scaling policy '{{policy}}' has a target-tracking configuration but 'PolicyType' {{value}}, so Application Auto Scaling ignores that configuration. Set 'PolicyType: TargetTrackingScaling'.",
      targetValue: `Scaling policy '{{policy}}' keeps CPU at {{value}}%: above ${CPU_TARGET_RANGE.max}% leaves no headroom while new tasks start, and below ${CPU_TARGET_RANGE.min}% pays for tasks that mostly idle. Choose a 'TargetValue' from ${CPU_TARGET_RANGE.min} to ${CPU_TARGET_RANGE.max}, such as 60.`,
      targetUnknown:
        "Scaling policy '{{policy}}' sets 'TargetValue' to a value decided at deploy time, so the grader cannot check it. Write the percentage, or give its parameter a Default.",
      dimensions:
        "Scaling policy '{{policy}}' tracks a customized CPU metric whose '{{name}}' dimension is '{{got}}' where this stack's service needs '{{want}}', so it follows another service's load, or none. Set the dimension's Value to '{{want}}', or use 'PredefinedMetricType: ECSServiceAverageCPUUtilization'.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    if (resources(t, SERVICE).length === 0) {
      ctx.report('noService', {}, ['Resources']);
      return;
    }
    judgeServicePolicies(
      ctx,
      t,
      policies(t).filter((p) => tracksCpu(t, p)),
      (p, svc) => judge(t, p, svc),
    );

    function judge(
      t: CfnTemplate,
      p: PolicyModel,
      svc: NamedResource,
    ): [
      'policyType' | 'targetValue' | 'targetUnknown' | 'dimensions',
      Record<string, string | number>,
      (string | number)[],
    ][] {
      const out: ReturnType<typeof judge> = [];
      if (p.type !== 'TargetTrackingScaling')
        out.push([
          'policyType',
          { policy: p.r.name, value: quote(p.r.props['PolicyType']) },
          [...policyPath(p, 'PolicyType')],
        ]);
      const raw = targetTrackingConfig(p)?.['TargetValue'];
      const value = literalNumber(t, raw);
      const at = [...policyPath(p, 'TargetTrackingScalingPolicyConfiguration', 'TargetValue')];
      if (value === undefined) out.push(['targetUnknown', { policy: p.r.name }, at]);
      else if (value < CPU_TARGET_RANGE.min || value > CPU_TARGET_RANGE.max)
        out.push(['targetValue', { policy: p.r.name, value }, at]);
      if (predefinedMetric(t, p) !== CPU_METRIC) {
        const dims = get(targetTrackingConfig(p), ['CustomizedMetricSpecification', 'Dimensions']);
        for (const d of judgeServiceDimensions(t, dims, svc))
          out.push([
            'dimensions',
            { policy: p.r.name, ...d },
            [...policyPath(p, 'TargetTrackingScalingPolicyConfiguration', 'CustomizedMetricSpecification')],
          ]);
      }
      return out;
    }
  },
});
