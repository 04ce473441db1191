// Helper module (exports no rule): how the SCL rules read Application Auto Scaling for ECS services. A scalable
// target names its service by a string ('service/<cluster>/<service>') and a request-count policy names its load
// balancer and target group by another ('app/…/targetgroup/…'), so the rules flatten such strings, whatever
// intrinsics built them (Sub, Join, Ref, GetAtt), into a list of tokens and compare them with what this stack's
// own resources return. Learners' templates can hold anything, so every reader checks types and never throws.
import type { CfnTemplate, DataPath, RuleContext } from '../../engine/types.js';
import {
  get,
  isIntrinsic,
  isRecord,
  literalNumber,
  literalString,
  refersTo,
  resource,
  resources,
  targetOf,
  type NamedResource,
} from '../lib/cloudformation.js';
import { schedulingStrategy } from '../ecs-service/util/service.js';

export const SERVICE = 'AWS::ECS::Service';
export const CLUSTER = 'AWS::ECS::Cluster';
export const SCALABLE_TARGET = 'AWS::ApplicationAutoScaling::ScalableTarget';
export const SCALING_POLICY = 'AWS::ApplicationAutoScaling::ScalingPolicy';
export const ALARM = 'AWS::CloudWatch::Alarm';
export const LOAD_BALANCER = 'AWS::ElasticLoadBalancingV2::LoadBalancer';
export const TARGET_GROUP = 'AWS::ElasticLoadBalancingV2::TargetGroup';
export const LISTENER = 'AWS::ElasticLoadBalancingV2::Listener';
export const LISTENER_RULE = 'AWS::ElasticLoadBalancingV2::ListenerRule';

export const ECS_NAMESPACE = 'ecs';

/** Messages every rule of the set that needs a service shares. */
export const scalingMessages = {
  noService:
    "The template defines no 'AWS::ECS::Service', so there is nothing to scale yet. Add the service first (see the lab README).",
} as const;
export const ECS_DIMENSION = 'ecs:service:DesiredCount';
export const CPU_METRIC = 'ECSServiceAverageCPUUtilization';
export const REQUEST_METRIC = 'ALBRequestCountPerTarget';

// ---------------------------------------------------------------------------------------------
// Strings built by intrinsics, as tokens.

/** Literal text, or what a `Ref` (no attribute) or a `GetAtt` (with one) returns at deploy time. */
export type RefToken = { ref: string; attr?: string };
export type Token = { text: string } | RefToken;

/**
 * The tokens a string value is built from, or undefined when part of it is decided by something the grader does
 * not follow (`ImportValue`, `If`, `Select`, a Join over a list parameter). Adjacent text is merged.
 */
export function tokensOf(v: unknown): Token[] | undefined {
  const out = rawTokens(v, 0);
  return out === undefined ? undefined : merge(out);
}

function rawTokens(v: unknown, depth: number): Token[] | undefined {
  if (depth > 8) return undefined;
  if (typeof v === 'string') return [{ text: v }];
  if (typeof v === 'number') return [{ text: String(v) }];
  if (!isIntrinsic(v)) return undefined;
  if (typeof v['Ref'] === 'string') return [{ ref: v['Ref'] }];
  const ga = v['Fn::GetAtt'];
  if (Array.isArray(ga) && typeof ga[0] === 'string' && typeof ga[1] === 'string')
    return [{ ref: ga[0], attr: ga[1] }];
  if (typeof ga === 'string' && ga.includes('.'))
    return [{ ref: ga.slice(0, ga.indexOf('.')), attr: ga.slice(ga.indexOf('.') + 1) }];
  const sub = v['Fn::Sub'];
  if (typeof sub === 'string') return subTokens(sub, {}, depth);
  if (Array.isArray(sub) && typeof sub[0] === 'string')
    return subTokens(sub[0], isRecord(sub[1]) ? sub[1] : {}, depth);
  const join = v['Fn::Join'];
  if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
    const out: Token[] = [];
    for (const [i, part] of join[1].entries()) {
      if (i > 0 && join[0] !== '') out.push({ text: join[0] });
      const inner = rawTokens(part, depth + 1);
      if (inner === undefined) return undefined;
      out.push(...inner);
    }
    return out;
  }
  return undefined;
}

function subTokens(text: string, vars: Record<string, unknown>, depth: number): Token[] | undefined {
  const out: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(/\$\{([^}]*)\}/g)) {
    out.push({ text: text.slice(last, m.index) });
    last = m.index + m[0].length;
    const name = m[1]!.trim();
    // '${!Literal}' writes '${Literal}' itself.
    if (name.startsWith('!')) {
      out.push({ text: `\${${name.slice(1)}}` });
      continue;
    }
    if (name in vars) {
      const inner = rawTokens(vars[name], depth + 1);
      if (inner === undefined) return undefined;
      out.push(...inner);
    } else if (!name.startsWith('AWS::') && name.includes('.')) {
      out.push({ ref: name.slice(0, name.indexOf('.')), attr: name.slice(name.indexOf('.') + 1) });
    } else out.push({ ref: name });
  }
  out.push({ text: text.slice(last) });
  return out;
}

function merge(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if ('text' in t && prev && 'text' in prev) out[out.length - 1] = { text: prev.text + t.text };
    else if (!('text' in t) || t.text !== '') out.push(t);
  }
  return out;
}

/** Splits tokens at every '/' in their text: `service/${Cluster}/${Service.Name}` → three parts. */
export function splitTokens(tokens: readonly Token[]): Token[][] {
  const parts: Token[][] = [[]];
  for (const t of tokens) {
    if (!('text' in t)) {
      parts[parts.length - 1]!.push(t);
      continue;
    }
    t.text.split('/').forEach((piece, i) => {
      if (i > 0) parts.push([]);
      if (piece !== '') parts[parts.length - 1]!.push({ text: piece });
    });
  }
  return parts;
}

/** Tokens written back as a Sub string, to quote in a message: `service/${Cluster}/${Service}`. */
export function renderTokens(tokens: readonly Token[]): string {
  return tokens.map((t) => ('text' in t ? t.text : `\${${t.ref}${t.attr ? `.${t.attr}` : ''}}`)).join('');
}

/** How a message quotes a property value: as the string it builds where it can be read, else by its kind. */
export function quote(v: unknown): string {
  if (v === undefined) return 'missing';
  const tokens = tokensOf(v);
  if (tokens) return `'${renderTokens(tokens)}'`;
  if (isIntrinsic(v)) return `a value computed with '${Object.keys(v)[0]}'`;
  return Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : `'${String(v)}'`;
}

// ---------------------------------------------------------------------------------------------
// What this stack's cluster and service are called.

/** One accepted spelling of a name: literal text, or a reference (with attribute, if any). */
export type NameForm = { text: string } | { ref: string; attr?: string };

/**
 * The ways a template can write the name of a service's cluster: `Ref` of the cluster resource (or of the
 * parameter the service uses), the cluster's literal `ClusterName`, or 'default' when the service names none.
 */
export function clusterNameForms(t: CfnTemplate, svc: NamedResource): NameForm[] | undefined {
  const v = svc.props['Cluster'];
  if (v === undefined) return [{ text: 'default' }];
  if (typeof v === 'string') return [{ text: v.replace(/^arn:[^:]+:ecs:[^:]*:[^:]*:cluster\//, '') }];
  const id = targetOf(v);
  if (!id) return undefined;
  const forms: NameForm[] = [{ ref: id }];
  const cluster = resource(t, id);
  if (cluster?.resource.Type === CLUSTER) {
    const name = literalString(t, cluster.props['ClusterName']);
    if (name !== undefined) forms.push({ text: name });
  } else if (!t.Parameters?.[id]) return undefined;
  return forms;
}

/** The ways a template can write a service's name: `GetAtt Service.Name`, or its literal `ServiceName`. */
export function serviceNameForms(t: CfnTemplate, svc: NamedResource): NameForm[] {
  const forms: NameForm[] = [{ ref: svc.name, attr: 'Name' }];
  const name = literalString(t, svc.props['ServiceName']);
  if (name !== undefined) forms.push({ text: name });
  return forms;
}

/** Whether one path part (a list of tokens) is exactly one of the accepted forms. */
export function partIs(part: readonly Token[], forms: readonly NameForm[]): boolean {
  if (part.length !== 1) return false;
  const t = part[0]!;
  return forms.some((f) =>
    'text' in f ? 'text' in t && t.text === f.text : 'ref' in t && t.ref === f.ref && t.attr === f.attr,
  );
}

/** How a message names the spelling as YAML writes it: `!Ref Cluster`, `!GetAtt WebService.Name`, or the text. */
export function intrinsicForm(f: NameForm): string {
  return 'text' in f ? f.text : f.attr ? `!GetAtt ${f.ref}.${f.attr}` : `!Ref ${f.ref}`;
}

/** How a message names the expected spelling inside a Sub string: `${Cluster}`, `${WebService.Name}`. */
export function renderForm(f: NameForm): string {
  return 'text' in f ? f.text : `\${${f.ref}${f.attr ? `.${f.attr}` : ''}}`;
}

// ---------------------------------------------------------------------------------------------
// Scalable targets and the service each one scales.

export type ResourceIdProblem =
  | { kind: 'ok' }
  | { kind: 'unknown' }
  | { kind: 'shape'; got: string }
  | { kind: 'cluster'; got: string; want: string }
  | { kind: 'service'; got: string; want: string };

/** Judges a `ResourceId` against `service/<cluster name>/<service name>` of one service of this stack. */
export function judgeResourceId(t: CfnTemplate, v: unknown, svc: NamedResource): ResourceIdProblem {
  const tokens = tokensOf(v);
  if (!tokens) return { kind: 'unknown' };
  const got = renderTokens(tokens);
  const parts = splitTokens(tokens);
  if (parts.length !== 3 || !partIs(parts[0]!, [{ text: 'service' }])) return { kind: 'shape', got };
  const clusters = clusterNameForms(t, svc);
  if (clusters && !partIs(parts[1]!, clusters))
    return { kind: 'cluster', got: renderTokens(parts[1]!), want: renderForm(clusters[0]!) };
  const names = serviceNameForms(t, svc);
  if (!partIs(parts[2]!, names))
    return { kind: 'service', got: renderTokens(parts[2]!), want: renderForm(names[0]!) };
  return { kind: 'ok' };
}

/** ECS services of the template that run the REPLICA scheduler (the only ones Application Auto Scaling scales). */
export function replicaServices(t: CfnTemplate): NamedResource[] {
  return resources(t, SERVICE).filter((s) => schedulingStrategy(t, s) === 'REPLICA');
}

/**
 * The service a scaling resource's `ResourceId` is meant for: the one it refers to, or else the one whose
 * literal `ServiceName` is its last part. Undefined when it names no service of this stack.
 */
export function intendedService(t: CfnTemplate, resourceId: unknown): NamedResource | undefined {
  const services = resources(t, SERVICE);
  const byRef = services.find((s) => refersTo(resourceId, s.name));
  if (byRef) return byRef;
  const tokens = tokensOf(resourceId);
  const last = tokens ? splitTokens(tokens).at(-1) : undefined;
  if (!last) return undefined;
  return services.find((s) =>
    partIs(
      last,
      serviceNameForms(t, s).filter((f) => 'text' in f),
    ),
  );
}

/** Whether a scalable target is meant for ECS: its namespace says so, or its ResourceId names a service of the stack. */
export function isEcsTarget(t: CfnTemplate, target: NamedResource): boolean {
  const ns = literalString(t, target.props['ServiceNamespace']);
  return ns === ECS_NAMESPACE || intendedService(t, target.props['ResourceId']) !== undefined;
}

export function ecsTargets(t: CfnTemplate): NamedResource[] {
  return resources(t, SCALABLE_TARGET).filter((r) => isEcsTarget(t, r));
}

/** The ECS scalable targets meant for this service. */
export function targetsOf(t: CfnTemplate, svc: NamedResource): NamedResource[] {
  return ecsTargets(t).filter((r) => intendedService(t, r.props['ResourceId'])?.name === svc.name);
}

/** Whether the template has an ECS scalable target (the subject of the capacity and desired-count items). */
export function hasEcsScalableTarget(t: CfnTemplate): boolean {
  return ecsTargets(t).length > 0;
}

export interface Capacity {
  min: number | undefined;
  max: number | undefined;
}

export function capacityOf(t: CfnTemplate, target: NamedResource): Capacity {
  return {
    min: literalNumber(t, target.props['MinCapacity']),
    max: literalNumber(t, target.props['MaxCapacity']),
  };
}

// ---------------------------------------------------------------------------------------------
// Scaling policies and the service each one scales.

export interface PolicyModel {
  r: NamedResource;
  type: string | undefined;
  /** The scalable target the policy attaches to (by ScalingTargetId, or by the same ResourceId). */
  target: NamedResource | undefined;
  /** The service the policy scales, if it can be followed. */
  service: NamedResource | undefined;
}

export function policies(t: CfnTemplate): PolicyModel[] {
  return resources(t, SCALING_POLICY).map((r) => {
    const type = literalString(t, r.props['PolicyType']);
    const byId = r.props['ScalingTargetId'];
    let target: NamedResource | undefined;
    let service: NamedResource | undefined;
    if (byId !== undefined) {
      const st = resource(t, targetOf(byId) ?? '');
      if (st?.resource.Type === SCALABLE_TARGET) {
        target = st;
        service = intendedService(t, st.props['ResourceId']);
      }
    } else if (r.props['ResourceId'] !== undefined) {
      // The long form: the policy repeats the target's ResourceId, dimension and namespace instead.
      service = intendedService(t, r.props['ResourceId']);
      target = service ? targetsOf(t, service)[0] : undefined;
    }
    return { r, type, target, service };
  });
}

export function policiesOf(t: CfnTemplate, svc: NamedResource): PolicyModel[] {
  return policies(t).filter((p) => p.service?.name === svc.name);
}

/** The predefined metric a target-tracking configuration tracks, if any. */
export function predefinedMetric(t: CfnTemplate, p: PolicyModel): string | undefined {
  return literalString(
    t,
    get(p.r.props, [
      'TargetTrackingScalingPolicyConfiguration',
      'PredefinedMetricSpecification',
      'PredefinedMetricType',
    ]),
  );
}

export function targetTrackingConfig(p: PolicyModel): Record<string, unknown> | undefined {
  const c = p.r.props['TargetTrackingScalingPolicyConfiguration'];
  return isRecord(c) ? c : undefined;
}

export function policyPath(p: PolicyModel, ...rest: (string | number)[]): DataPath {
  return [...p.r.path, 'Properties', ...rest];
}

// ---------------------------------------------------------------------------------------------
// CloudWatch metric dimensions.

export interface DimensionProblem {
  name: string;
  got: string;
  want: string;
}

/**
 * Judges `ClusterName` and `ServiceName` dimensions (a list of `{ Name, Value }`) against a service of this
 * stack: each must be present and resolve to the service's cluster and its name. Returns the problems found.
 */
export function judgeServiceDimensions(
  t: CfnTemplate,
  dimensions: unknown,
  svc: NamedResource,
): DimensionProblem[] {
  const list = Array.isArray(dimensions) ? dimensions.filter(isRecord) : [];
  const valueOf = (name: string) => list.find((d) => literalString(t, d['Name']) === name)?.['Value'];
  const problems: DimensionProblem[] = [];
  const checks: [string, NameForm[] | undefined][] = [
    ['ClusterName', clusterNameForms(t, svc)],
    ['ServiceName', serviceNameForms(t, svc)],
  ];
  for (const [name, forms] of checks) {
    const v = valueOf(name);
    const want = forms ? intrinsicForm(forms[0]!) : 'the service’s cluster';
    if (v === undefined) {
      problems.push({ name, got: '(missing)', want });
      continue;
    }
    const tokens = tokensOf(v);
    if (forms && (!tokens || !partIs(tokens, forms)))
      problems.push({
        name,
        got: tokens
          ? renderTokens(tokens)
          : `(computed with ${Object.keys(v as object)[0] ?? 'an intrinsic'})`,
        want,
      });
  }
  return problems;
}

/** What a policy rule's judge found wrong with one policy: a message id, its data, and where. */
export type PolicyProblem<M extends string> = [M, Record<string, string | number>, (string | number)[]];

/**
 * The walk the policy rules share (SCL003, SCL004, SCL006). Each `selected` policy attached to no service of this
 * stack is reported as `detached`. Then each REPLICA service is judged by its own selected policies: one good
 * policy is enough, and when none is, the first one's problems are reported. `none` reports a service that has no
 * such policy, unless a detached one may have been meant for it. Tallies one instance per service.
 */
export function judgeServicePolicies<M extends string>(
  ctx: RuleContext<M | 'detached' | 'missing'>,
  t: CfnTemplate,
  selected: readonly PolicyModel[],
  judge: (p: PolicyModel, svc: NamedResource) => PolicyProblem<M>[],
  none: (svc: NamedResource, anyDetached: boolean) => void = (svc, anyDetached) => {
    if (!anyDetached) ctx.report('missing', { service: svc.name }, svc.path);
  },
): void {
  const detached = selected.filter((p) => !p.service);
  for (const p of detached)
    ctx.report('detached', { policy: p.r.name, value: quote(p.r.props['ScalingTargetId']) }, policyPath(p));
  const services = replicaServices(t);
  let failures = 0;
  for (const svc of services) {
    const own = selected.filter((p) => p.service?.name === svc.name);
    if (own.length === 0) {
      failures++;
      none(svc, detached.length > 0);
      continue;
    }
    const problems = own.map((p) => judge(p, svc));
    if (problems.some((list) => list.length === 0)) continue;
    failures++;
    for (const [id, data, at] of problems[0]!) ctx.report(id, data, at);
  }
  if (services.length === 0) ctx.notApplicable('no service uses the REPLICA scheduler');
  else ctx.tally(services.length, failures);
}
