// SCL004: every load-balanced REPLICA ECS service has a target-tracking policy on 'ALBRequestCountPerTarget', whose
// 'ResourceLabel' names this stack's load balancer and the target group the service registers in:
// '<LoadBalancerFullName>/<TargetGroupFullName>', which is 'app/<lb>/<id>/targetgroup/<tg>/<id>'. ARNs ('!Ref'),
// short names or hard-coded labels name a metric that does not exist, so the policy never scales.
// The CDK's spelling of the load balancer's full name (from its listener's ARN) reads as the same name
// (lib/load-balancer-name.ts).
import { defineRule } from '../../engine/define.js';
import { loadBalancerEntries } from '../ecs-service/util/service.js';
import type { CfnTemplate } from '../../engine/types.js';
import { literalNumber, refersTo, resource, resources, type NamedResource } from '../lib/cloudformation.js';
import { foldLoadBalancerFullName } from '../lib/load-balancer-name.js';
import {
  judgeServicePolicies,
  LISTENER,
  LISTENER_RULE,
  LOAD_BALANCER,
  policies,
  type PolicyModel,
  policyPath,
  predefinedMetric,
  quote,
  type RefToken,
  renderTokens,
  REQUEST_METRIC,
  scalingMessages,
  SERVICE,
  TARGET_GROUP,
  targetTrackingConfig,
  type Token,
  tokensOf,
} from './model.js';

const LB_ATTR = 'LoadBalancerFullName';
const TG_ATTR = 'TargetGroupFullName';

/** The target groups a service registers its tasks in (its `LoadBalancers` entries). */
function servedTargetGroups(t: CfnTemplate, svc: NamedResource): NamedResource[] {
  const entries = loadBalancerEntries(svc);
  return resources(t, TARGET_GROUP).filter((tg) =>
    entries.some(({ entry }) => refersTo(entry['TargetGroupArn'], tg.name)),
  );
}

/** Whether a listener of the load balancer (or a rule of such a listener) sends traffic to the target group. */
function routesTo(t: CfnTemplate, lb: string, tg: string): boolean {
  const listeners = resources(t, LISTENER).filter((l) => refersTo(l.props['LoadBalancerArn'], lb));
  if (listeners.some((l) => refersTo(l.props['DefaultActions'], tg))) return true;
  return resources(t, LISTENER_RULE).some(
    (r) =>
      refersTo(r.props['Actions'], tg) && listeners.some((l) => refersTo(r.props['ListenerArn'], l.name)),
  );
}

type Finding = [MessageId, Record<string, string | number>, (string | number)[]];
type MessageId =
  | 'policyType'
  | 'targetValue'
  | 'targetUnknown'
  | 'labelMissing'
  | 'labelUnknown'
  | 'labelLiteral'
  | 'labelAttribute'
  | 'labelShape'
  | 'targetGroupNotServed'
  | 'targetGroupNotRouted';

function refTo(tokens: readonly Token[], type: string, t: CfnTemplate): RefToken | undefined {
  return tokens.find((x): x is RefToken => 'ref' in x && resource(t, x.ref)?.resource.Type === type);
}

function judge(t: CfnTemplate, p: PolicyModel, svc: NamedResource): Finding[] {
  const out: Finding[] = [];
  const policy = p.r.name;
  if (p.type !== 'TargetTrackingScaling')
    out.push([
      'policyType',
      { policy, value: quote(p.r.props['PolicyType']) },
      [...policyPath(p, 'PolicyType')],
    ]);
  const config = targetTrackingConfig(p);
  const valueAt = [...policyPath(p, 'TargetTrackingScalingPolicyConfiguration', 'TargetValue')];
  const value = literalNumber(t, config?.['TargetValue']);
  if (value === undefined) out.push(['targetUnknown', { policy }, valueAt]);
  else if (value <= 0) out.push(['targetValue', { policy, value }, valueAt]);

  const labelAt = [
    ...policyPath(
      p,
      'TargetTrackingScalingPolicyConfiguration',
      'PredefinedMetricSpecification',
      'ResourceLabel',
    ),
  ];
  const raw = (config?.['PredefinedMetricSpecification'] as Record<string, unknown> | undefined)?.[
    'ResourceLabel'
  ];
  const served = servedTargetGroups(t, svc);
  const tgName = served[0]?.name ?? 'TargetGroup';
  const lbName = resources(t, LOAD_BALANCER)[0]?.name ?? 'LoadBalancer';
  const want = `\${${lbName}.${LB_ATTR}}/\${${tgName}.${TG_ATTR}}`;
  if (raw === undefined) {
    out.push(['labelMissing', { policy, want }, labelAt]);
    return out;
  }
  const tokens = tokensOf(foldLoadBalancerFullName(t, raw));
  if (!tokens) {
    out.push(['labelUnknown', { policy, value: quote(raw), want }, labelAt]);
    return out;
  }
  const got = renderTokens(tokens);
  if (tokens.every((x) => 'text' in x)) {
    out.push(['labelLiteral', { policy, value: got, want }, labelAt]);
    return out;
  }
  const lb = refTo(tokens, LOAD_BALANCER, t);
  const tg = refTo(tokens, TARGET_GROUP, t);
  for (const [ref, attr] of [
    [lb, LB_ATTR],
    [tg, TG_ATTR],
  ] as const) {
    if (ref && ref.attr !== attr)
      out.push([
        'labelAttribute',
        {
          policy,
          got: ref.attr ? `!GetAtt ${ref.ref}.${ref.attr}` : `!Ref ${ref.ref}`,
          want: `!GetAtt ${ref.ref}.${attr}`,
          attr,
        },
        labelAt,
      ]);
  }
  if (out.some(([id]) => id === 'labelAttribute')) return out;
  const shapeOk =
    lb !== undefined &&
    tg !== undefined &&
    tokens.length === 3 &&
    tokens[0] === lb &&
    tokens[2] === tg &&
    'text' in tokens[1]! &&
    tokens[1].text === '/';
  if (!shapeOk) {
    out.push(['labelShape', { policy, value: got, want }, labelAt]);
    return out;
  }
  if (!served.some((s) => s.name === tg.ref))
    out.push(['targetGroupNotServed', { policy, targetGroup: tg.ref, service: svc.name }, labelAt]);
  else if (!routesTo(t, lb.ref, tg.ref))
    out.push(['targetGroupNotRouted', { policy, targetGroup: tg.ref, loadBalancer: lb.ref }, labelAt]);
  return out;
}

export default defineRule({
  meta: {
    id: 'SCL004',
    name: 'request-count-tracking',
    target: 'cloudformation',
    severity: 'error',
    title: 'Track ALB requests per target, labelled with this stack’s load balancer and target group',
    description:
      "Every load-balanced REPLICA ECS service has a 'TargetTrackingScaling' policy on 'ALBRequestCountPerTarget', attached to its scalable target, with a positive 'TargetValue' and a 'ResourceLabel' of '!Join ['/', [!GetAtt LoadBalancer.LoadBalancerFullName, !GetAtt TargetGroup.TargetGroupFullName]]' (or the same with '!Sub', or the load balancer's full name taken from its listener's ARN as the CDK writes it), where the target group is the one the service registers in and a listener of that load balancer forwards to it.",
    docsUrl:
      'https://docs.aws.amazon.com/autoscaling/application/APIReference/API_PredefinedMetricSpecification.html',
    evidence: ['Application Auto Scaling PredefinedMetricSpecification.ResourceLabel', 'REL07-BP01'],
    messages: {
      ...scalingMessages,
      notLoadBalanced:
        "Service '{{service}}' is not attached to a target group ('LoadBalancers'), so there is no request count per target to scale on. Attach it to the load balancer's target group first.",
      missing:
        "Service '{{service}}' has no target-tracking policy on 'ALBRequestCountPerTarget'. CPU alone reacts late to a service that waits on I/O; requests per task measure the load directly. Add a 'TargetTrackingScaling' policy with 'PredefinedMetricType: ALBRequestCountPerTarget' and a 'ResourceLabel'.",
      detached:
        "Scaling policy '{{policy}}' tracks requests per target but is attached to no scalable target of this stack's services ('ScalingTargetId' {{value}}), so it scales nothing. Set \"ScalingTargetId: !Ref\" the service's scalable target.",
      policyType:
        "Scaling policy '{{policy}}' has a target-tracking configuration but 'PolicyType' {{value}}, so Application Auto Scaling ignores that configuration. Set 'PolicyType: TargetTrackingScaling'.",
      targetValue:
        "Scaling policy '{{policy}}' aims at {{value}} requests per target; the target must be a positive number of requests a task can serve in a minute. Measure one task (a load test) and set 'TargetValue' a little below what it sustains.",
      targetUnknown:
        "Scaling policy '{{policy}}' sets 'TargetValue' to a value decided at deploy time, so the grader cannot check it. Write the number, or give its parameter a Default.",
      labelMissing:
        "Scaling policy '{{policy}}' tracks 'ALBRequestCountPerTarget' without a 'ResourceLabel', which this metric requires: it says which load balancer and target group to count. Add \"ResourceLabel: !Sub '{{want}}'\".",
      labelUnknown:
        "Scaling policy '{{policy}}' builds its 'ResourceLabel' with something the grader does not follow ({{value}}), so it cannot tell which target group is counted. Write \"!Sub '{{want}}'\".",
      labelLiteral:
        "Scaling policy '{{policy}}' has the hard-coded 'ResourceLabel' '{{value}}'. The ids in a label are generated when the load balancer and target group are created, so a written-out label names another stack's resources or none, and the policy never sees a request. Build it from this stack's resources: \"!Sub '{{want}}'\".",
      labelAttribute:
        "Scaling policy '{{policy}}' builds its 'ResourceLabel' from '{{got}}', which is not the '{{attr}}' the label needs ('!Ref' returns an ARN, and the short name lacks the 'app/' or 'targetgroup/' prefix and id). Use '{{want}}'.",
      labelShape:
        "Scaling policy '{{policy}}' has 'ResourceLabel' '{{value}}', but the label is the load balancer's full name, a '/', then the target group's full name, nothing else. Write \"!Sub '{{want}}'\".",
      targetGroupNotServed:
        "Scaling policy '{{policy}}' counts requests to target group '{{targetGroup}}', but service '{{service}}' does not register its tasks there, so the count says nothing about its load. Label the target group named in the service's 'LoadBalancers'.",
      targetGroupNotRouted:
        "Scaling policy '{{policy}}' counts requests that load balancer '{{loadBalancer}}' sends to target group '{{targetGroup}}', but no listener of that load balancer forwards to it, so the metric stays empty. Label the load balancer whose listener forwards to the target group.",
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
      policies(t).filter((p) => predefinedMetric(t, p) === REQUEST_METRIC),
      (p, svc) => judge(t, p, svc),
      (svc, anyDetached) => {
        if (servedTargetGroups(t, svc).length === 0 && !Array.isArray(svc.props['LoadBalancers']))
          ctx.report('notLoadBalanced', { service: svc.name }, svc.path);
        else if (!anyDetached) ctx.report('missing', { service: svc.name }, svc.path);
      },
    );
  },
});
