// Helper module (exports no rule): how the BGD rules read a blue/green deployment, in either of the two designs
// the lab accepts. 'ecs': the service's own deployment strategy (DeploymentConfiguration.Strategy BLUE_GREEN,
// LINEAR or CANARY) with an alternate target group and listener rules in LoadBalancers[].AdvancedConfiguration.
// 'codedeploy': a service with the CODE_DEPLOY controller and an AWS::CodeDeploy::DeploymentGroup that names it.
// A service is read in the CodeDeploy design as soon as either half of that is present, so that each rule judges
// its own part of the work and a mistake in one part never hides the others. Templates can hold anything: every
// reader checks types and never throws.
import type { CfnTemplate, DataPath, RuleContext } from '../../engine/types.js';
import {
  attributeOf,
  get,
  isRecord,
  literalString,
  refersTo,
  resource,
  resources,
  targetOf,
  targetResource,
  type NamedResource,
} from '../lib/cloudformation.js';
import { awsManagedPolicies, roleAllows } from '../lib/iam.js';
import { policyDocument, policyStatements, stringList } from '../lib/policy.js';
import { deploymentController, loadBalancerEntries } from '../ecs-service/util/service.js';
import { clusterNameForms, partIs, serviceNameForms, tokensOf } from '../auto-scaling/model.js';

export const SERVICE = 'AWS::ECS::Service';
export const CLUSTER = 'AWS::ECS::Cluster';
export const TARGET_GROUP = 'AWS::ElasticLoadBalancingV2::TargetGroup';
export const LOAD_BALANCER = 'AWS::ElasticLoadBalancingV2::LoadBalancer';
export const LISTENER = 'AWS::ElasticLoadBalancingV2::Listener';
export const LISTENER_RULE = 'AWS::ElasticLoadBalancingV2::ListenerRule';
export const ALARM = 'AWS::CloudWatch::Alarm';
export const ROLE = 'AWS::IAM::Role';
export const LAMBDA = 'AWS::Lambda::Function';
export const CD_APPLICATION = 'AWS::CodeDeploy::Application';
export const CD_GROUP = 'AWS::CodeDeploy::DeploymentGroup';

/** The ECS deployment strategies that keep the old revision serving until the new one has proved itself. */
export const SHIFTING_STRATEGIES = ['BLUE_GREEN', 'LINEAR', 'CANARY'] as const;

export const deploymentMessages = {
  noService:
    "The template defines no 'AWS::ECS::Service', so there is no deployment to judge yet. Keep the labs-web service from the starter (see the lab README).",
  notLoadBalanced:
    "Service '{{service}}' is attached to no load balancer ('LoadBalancers' is empty), so there is no traffic to shift between blue and green. Keep the starter's 'LoadBalancers' entry with its target group.",
} as const;

export type Design = 'ecs' | 'codedeploy';

/** DeploymentConfiguration.Strategy as written (upper case), or 'ROLLING', the default. */
export function strategyOf(t: CfnTemplate, svc: NamedResource): string {
  return (
    literalString(t, get(svc.props, ['DeploymentConfiguration', 'Strategy']))?.toUpperCase() ?? 'ROLLING'
  );
}

/** Whether an `ECSServices` entry of a deployment group names this service, in this service's cluster. */
export function namesService(t: CfnTemplate, entry: unknown, svc: NamedResource): boolean {
  if (!isRecord(entry)) return false;
  const name = entry['ServiceName'];
  const tokens = tokensOf(name);
  return refersTo(name, svc.name) || (tokens !== undefined && partIs(tokens, serviceNameForms(t, svc)));
}

/** The CodeDeploy deployment groups whose ECSServices name the service. */
export function deploymentGroupsOf(t: CfnTemplate, svc: NamedResource): NamedResource[] {
  return resources(t, CD_GROUP).filter((g) => {
    const list = g.props['ECSServices'];
    return Array.isArray(list) && list.some((e) => namesService(t, e, svc));
  });
}

/** Which design a service is read in (see the module comment). */
export function designOf(t: CfnTemplate, svc: NamedResource): Design {
  return deploymentController(t, svc) === 'CODE_DEPLOY' || deploymentGroupsOf(t, svc).length > 0
    ? 'codedeploy'
    : 'ecs';
}

/** The services the lab deploys: every ECS service that sits behind a load balancer. */
export function loadBalancedServices(t: CfnTemplate): NamedResource[] {
  return resources(t, SERVICE).filter((s) => loadBalancerEntries(s).length > 0);
}

/**
 * The load-balanced services every BGD rule judges, or an empty list after reporting why there are none: no
 * service at all, or services without a load balancer, where blue/green has no traffic to move.
 */
export function readServices(
  t: CfnTemplate,
  ctx: RuleContext<keyof typeof deploymentMessages>,
): NamedResource[] {
  const all = resources(t, SERVICE);
  if (all.length === 0) ctx.report('noService', {}, ['Resources']);
  const services = all.filter((s) => loadBalancerEntries(s).length > 0);
  if (services.length === 0)
    for (const s of all) ctx.report('notLoadBalanced', { service: s.name }, servicePath(s));
  return services;
}

export function servicePath(svc: NamedResource, ...rest: (string | number)[]): DataPath {
  return [...svc.path, 'Properties', ...rest];
}

/** Where a report about a missing property goes: the deepest part of the path that exists. */
export function existingPath(svc: NamedResource, keys: readonly string[]): DataPath {
  let at: DataPath = servicePath(svc);
  let cur: unknown = svc.props;
  for (const k of keys) {
    if (!isRecord(cur) || cur[k] === undefined) break;
    cur = cur[k];
    at = [...at, k];
  }
  return at;
}

// ---------------------------------------------------------------------------------------------
// Target groups and listeners.

/** A target group of this template named by a value: `!Ref`/`!GetAtt` (ARN or name) or its literal `Name`. */
export function targetGroupOf(t: CfnTemplate, v: unknown): NamedResource | undefined {
  const r = targetResource(t, v);
  if (r?.resource.Type === TARGET_GROUP) return r;
  const text = typeof v === 'string' ? v : undefined;
  if (text === undefined) return undefined;
  return resources(t, TARGET_GROUP).find((tg) => literalString(t, tg.props['Name']) === text);
}

/** The service's primary target group (the first LoadBalancers entry's), with the entry's path. */
export function primaryEntry(
  t: CfnTemplate,
  svc: NamedResource,
): { entry: Record<string, unknown>; path: DataPath; tg: NamedResource | undefined } | undefined {
  const first = loadBalancerEntries(svc)[0];
  if (!first) return undefined;
  return { ...first, tg: targetGroupOf(t, first.entry['TargetGroupArn']) };
}

export function advancedConfiguration(
  svc: NamedResource,
): { config: Record<string, unknown>; path: DataPath } | undefined {
  for (const { entry, path } of loadBalancerEntries(svc)) {
    const config = entry['AdvancedConfiguration'];
    if (isRecord(config)) return { config, path: [...path, 'AdvancedConfiguration'] };
  }
  return undefined;
}

/** The first `TargetGroupPairInfoList` entry of a deployment group, with its path. */
export function targetGroupPair(
  group: NamedResource,
): { pair: Record<string, unknown>; path: DataPath } | undefined {
  const list = get(group.props, ['LoadBalancerInfo', 'TargetGroupPairInfoList']);
  if (!Array.isArray(list) || !isRecord(list[0])) return undefined;
  return {
    pair: list[0],
    path: [...group.path, 'Properties', 'LoadBalancerInfo', 'TargetGroupPairInfoList', 0],
  };
}

/** Target groups a listener or listener rule forwards to (plain and weighted forward actions). */
export function forwardedGroups(t: CfnTemplate, listener: NamedResource): NamedResource[] {
  const actions = listener.props[listener.resource.Type === LISTENER ? 'DefaultActions' : 'Actions'];
  if (!Array.isArray(actions)) return [];
  const out: NamedResource[] = [];
  for (const a of actions) {
    if (!isRecord(a)) continue;
    const direct = targetGroupOf(t, a['TargetGroupArn']);
    if (direct) out.push(direct);
    const weighted = get(a, ['ForwardConfig', 'TargetGroups']);
    if (Array.isArray(weighted))
      for (const w of weighted) {
        const tg = isRecord(w) ? targetGroupOf(t, w['TargetGroupArn']) : undefined;
        if (tg) out.push(tg);
      }
  }
  return out;
}

/** The listener or listener rule of this template a value names (`!Ref` gives the ARN of both). */
export function listenerOf(t: CfnTemplate, v: unknown, ...types: string[]): NamedResource | undefined {
  const r = targetResource(t, v);
  return r && types.includes(r.resource.Type) ? r : undefined;
}

// ---------------------------------------------------------------------------------------------
// IAM roles the deployment machinery assumes.

/** Whether a role's trust policy lets the AWS service principal (such as 'ecs.amazonaws.com') assume it. */
export function trusts(t: CfnTemplate, role: NamedResource, principal: string): boolean {
  return policyStatements(policyDocument(role.props['AssumeRolePolicyDocument'])).some(
    ({ statement }) =>
      literalString(t, statement['Effect']) === 'Allow' &&
      stringList(get(statement, ['Principal', 'Service'])).includes(principal),
  );
}

export type RoleProblem = 'unresolved' | 'trust' | 'permission';

/**
 * Judges the role a deployment part assumes: a role of this template that `principal` may assume, holding
 * `managedPolicy` or an inline or attached policy allowing `action`. A role passed in as a parameter or an ARN is
 * given the benefit of the doubt only as far as it can be read: an ARN text is accepted, a missing value is not.
 */
export function judgeRole(
  t: CfnTemplate,
  v: unknown,
  principal: string,
  managedPolicy: string,
  action: string,
): RoleProblem | undefined {
  if (v === undefined) return 'unresolved';
  const role = targetResource(t, v);
  if (!role) {
    const text = literalString(t, v) ?? (t.Parameters?.[targetOf(v) ?? ''] ? 'arn:' : undefined);
    return text?.startsWith('arn:') ? undefined : 'unresolved';
  }
  if (role.resource.Type !== ROLE || attributeOf(v) !== 'Arn') return 'unresolved';
  if (!trusts(t, role, principal)) return 'trust';
  if (awsManagedPolicies(t, role).some((p) => p.name === managedPolicy)) return undefined;
  return roleAllows(t, role.name, action) ? undefined : 'permission';
}

// ---------------------------------------------------------------------------------------------
// CloudWatch alarms and what they watch.

/** The alarm of this template a name refers to: `!Ref Alarm` (its name) or its literal `AlarmName`. */
export function alarmOf(t: CfnTemplate, v: unknown): NamedResource | undefined {
  const r = targetResource(t, v);
  if (r) return r.resource.Type === ALARM && attributeOf(v) === undefined ? r : undefined;
  const text = literalString(t, v);
  return text === undefined
    ? undefined
    : resources(t, ALARM).find((a) => literalString(t, a.props['AlarmName']) === text);
}

interface Metric {
  dimensions: unknown;
  path: DataPath;
}

/** The metrics an alarm watches: its own, or each MetricStat of a metric-math alarm. */
function metricsOf(alarm: NamedResource): Metric[] {
  const at = [...alarm.path, 'Properties'];
  if (alarm.props['MetricName'] !== undefined)
    return [{ dimensions: alarm.props['Dimensions'], path: [...at, 'Dimensions'] }];
  const list = alarm.props['Metrics'];
  if (!Array.isArray(list)) return [];
  return list.flatMap((m, i) => {
    const metric = get(m, ['MetricStat', 'Metric']);
    return isRecord(metric)
      ? [
          {
            dimensions: metric['Dimensions'],
            path: [...at, 'Metrics', i, 'MetricStat', 'Metric', 'Dimensions'],
          },
        ]
      : [];
  });
}

/** What each dimension this stack's resources fill in must be: its resource type and attribute (none for Ref). */
const DIMENSIONS: Record<string, { type: string; attr: string | undefined; literal?: string }> = {
  LoadBalancer: { type: LOAD_BALANCER, attr: 'LoadBalancerFullName' },
  TargetGroup: { type: TARGET_GROUP, attr: 'TargetGroupFullName' },
  ClusterName: { type: CLUSTER, attr: undefined, literal: 'ClusterName' },
  ServiceName: { type: SERVICE, attr: 'Name', literal: 'ServiceName' },
};

export interface WatchProblem {
  /** The dimension's name; undefined for a metric that has no dimensions at all. */
  name: string | undefined;
  got: string;
  want: string;
  path: DataPath;
}

function dimensionProblem(
  t: CfnTemplate,
  name: string,
  value: unknown,
): { got: string; want: string } | undefined {
  const spec = DIMENSIONS[name];
  const tokens = tokensOf(value);
  const got =
    tokens === undefined
      ? 'a computed value'
      : tokens.map((k) => ('text' in k ? k.text : `\${${k.ref}${k.attr ? `.${k.attr}` : ''}}`)).join('');
  const one = tokens?.length === 1 ? tokens[0] : undefined;
  if (!spec) {
    // Another dimension counts as this stack's when it is built from one of its resources.
    return one && 'ref' in one && resource(t, one.ref) ? undefined : { got, want: 'a value from this stack' };
  }
  const candidates = resources(t, spec.type);
  const meant =
    one && 'ref' in one && resource(t, one.ref)?.resource.Type === spec.type ? one.ref : undefined;
  const example =
    meant ?? (candidates.length === 1 ? candidates[0]!.name : `<${spec.type.split('::').at(-1)!}>`);
  const want = spec.attr ? `!GetAtt ${example}.${spec.attr}` : `!Ref ${example}`;
  if (meant && one && 'ref' in one && one.attr === spec.attr) return undefined;
  if (one && 'text' in one && spec.literal) {
    const lit = spec.literal;
    if (candidates.some((c) => literalString(t, c.props[lit]) === one.text)) return undefined;
  }
  return { got, want };
}

/**
 * Why an alarm does not watch this stack: a metric without dimensions watches nothing of it, and every dimension
 * must be filled in from this template's load balancer, target groups, cluster or service. Empty when it does.
 */
export function watchProblems(t: CfnTemplate, alarm: NamedResource): WatchProblem[] | 'noMetric' {
  const metrics = metricsOf(alarm);
  if (metrics.length === 0) return 'noMetric';
  const out: WatchProblem[] = [];
  for (const m of metrics) {
    const list = Array.isArray(m.dimensions) ? m.dimensions : [];
    if (list.length === 0) {
      out.push({ name: undefined, got: '', want: '', path: m.path });
      continue;
    }
    list.forEach((d, i) => {
      if (!isRecord(d)) return;
      const name = literalString(t, d['Name']) ?? '(computed)';
      const p = dimensionProblem(t, name, d['Value']);
      if (p) out.push({ name, ...p, path: [...m.path, i, 'Value'] });
    });
  }
  return out;
}

/** How a message quotes a value a learner wrote: the literal, or 'missing'. */
export function shown(t: CfnTemplate, v: unknown): string {
  if (v === undefined) return 'missing';
  const s = literalString(t, v);
  return s === undefined ? 'computed at deploy time' : `'${s}'`;
}

/** The cluster and service names a deployment group's ECSServices entry must use, for messages. */
export function serviceNamesFor(t: CfnTemplate, svc: NamedResource): { cluster: string; service: string } {
  const c = clusterNameForms(t, svc)?.[0];
  return {
    cluster: c && 'ref' in c ? `!Ref ${c.ref}` : c && 'text' in c ? c.text : '!Ref Cluster',
    service: `!GetAtt ${svc.name}.Name`,
  };
}
