// The guard: a static policy over the exact template the sandbox would deploy, run before any AWS call. Deploying
// learner-written infrastructure runs untrusted input with AWS permissions and costs money, so anything that could
// mint credentials, widen access, escape teardown or exceed the budget is refused here, with the resource and the
// reason. The static grade never depends on it.
import type { CfnTemplate, CfnTemplateDoc, DataPath, Finding } from '../../graders/engine/types.js';
import {
  get,
  isIntrinsic,
  isObject,
  literalNumber,
  literalString,
  resources,
  targetResource,
  type NamedResource,
} from '../../graders/rules/lib/cloudformation.js';
import { desiredCount, estimateCost, taskSize, usd, type CostEstimate } from './cost.js';
import { allowedTypes, type LabPolicy } from './policy.js';
import type { GuardCaps } from './settings.js';

/** CloudFormation's limit for a TemplateBody passed inline (larger ones need an S3 upload). */
export const MAX_TEMPLATE_BYTES = 51_200;

export const GUARD_RULE = {
  size: 'sandbox/template-size',
  transform: 'sandbox/transform',
  parameter: 'sandbox/parameter-default',
  credentials: 'sandbox/iam-credentials',
  adminPolicy: 'sandbox/broad-policy',
  trust: 'sandbox/open-trust',
  type: 'sandbox/resource-type',
  desired: 'sandbox/desired-count',
  taskSize: 'sandbox/task-size',
  nat: 'sandbox/nat-gateways',
  loadBalancers: 'sandbox/load-balancers',
  retain: 'sandbox/retained-resource',
  budget: 'sandbox/budget',
} as const;

export interface GuardOptions {
  labId: string;
  /** The instructor's parameter values (`deploy-parameters`); they replace the template's Defaults. */
  parameters?: Readonly<Record<string, string>>;
  policy: Extract<LabPolicy, { deployable: true }>;
  caps: GuardCaps;
  budgetUsd: number;
  timeoutMinutes: number;
}

export interface GuardResult {
  /** Empty means the template may be deployed. */
  refusals: Finding[];
  estimate: CostEstimate;
}

/** AWS managed policies that amount to "everything" or "all of IAM". */
const BROAD_MANAGED_POLICIES = ['AdministratorAccess', 'IAMFullAccess', 'PowerUserAccess'];

/**
 * The template as it will be deployed: a parameter the instructor supplies takes that value, so every check and
 * the estimate read what CloudFormation will use.
 */
export function withParameters(t: CfnTemplate, values: Readonly<Record<string, string>> = {}): CfnTemplate {
  const params = t.Parameters ?? {};
  if (!Object.keys(values).some((k) => Object.hasOwn(params, k))) return t;
  const next: Record<string, Record<string, unknown>> = {};
  for (const [k, p] of Object.entries(params)) {
    next[k] = Object.hasOwn(values, k) && isObject(p) ? { ...p, Default: values[k] } : p;
  }
  return { ...t, Parameters: next };
}

export function guardTemplate(doc: CfnTemplateDoc, opts: GuardOptions): GuardResult {
  const t = withParameters(doc.template, opts.parameters);
  const out: Finding[] = [];
  const refuse = (ruleId: string, message: string, path: DataPath = []): void => {
    out.push({ file: doc.file, ...doc.locate(path), severity: 'error', ruleId, message });
  };

  const bytes = Buffer.byteLength(doc.text, 'utf8');
  if (bytes > MAX_TEMPLATE_BYTES) {
    refuse(
      GUARD_RULE.size,
      `The template is ${bytes} bytes; CloudFormation accepts at most ${MAX_TEMPLATE_BYTES} bytes inline, so the sandbox cannot deploy it. Remove comments or unused resources to bring it under the limit.`,
    );
  }
  if (t['Transform'] !== undefined) {
    refuse(
      GUARD_RULE.transform,
      "The template declares a 'Transform'. Macros expand into resources the guard cannot see before deploying, so the sandbox refuses them; write the resources out in plain CloudFormation.",
      ['Transform'],
    );
  }
  for (const [name, param] of Object.entries(t.Parameters ?? {})) {
    if (!isObject(param) || param['Default'] === undefined) {
      refuse(
        GUARD_RULE.parameter,
        `Parameter '${name}' has no 'Default'. The sandbox passes only the values your instructor configured ('deploy-parameters'), and none for '${name}', so CloudFormation would reject the stack; give it a Default.`,
        ['Parameters', name],
      );
    }
  }

  const allowed = new Set(allowedTypes(opts.policy));
  for (const r of resources(t)) {
    const type = String(r.resource.Type);
    if (
      type === 'AWS::IAM::User' ||
      type === 'AWS::IAM::AccessKey' ||
      type === 'AWS::IAM::UserToGroupAddition'
    ) {
      const what = type === 'AWS::IAM::AccessKey' ? 'an access key' : 'an IAM user';
      refuse(
        GUARD_RULE.credentials,
        `Resource '${r.name}' creates ${what} ('${type}'). Long-lived IAM users and keys can outlive the sandbox and be leaked; ECS tasks get credentials from a task role instead. Remove it and use 'AWS::IAM::Role'.`,
        [...r.path, 'Type'],
      );
      continue;
    }
    if (!allowed.has(type)) {
      refuse(
        GUARD_RULE.type,
        `Resource '${r.name}' has type '${type}', which the sandbox does not deploy for lab '${opts.labId}'. Each lab may create only the types it teaches (see the README's sandbox section), to bound cost and clean-up; remove it or ask your instructor.`,
        [...r.path, 'Type'],
      );
    }
    const policy = literalString(t, r.resource['DeletionPolicy']);
    if (policy === 'Retain' || policy === 'RetainExceptOnCreate' || policy === 'Snapshot') {
      refuse(
        GUARD_RULE.retain,
        `Resource '${r.name}' has DeletionPolicy '${policy}', so it (or a snapshot) would survive the sandbox's teardown and keep costing money. Remove the DeletionPolicy for the sandbox run.`,
        [...r.path, 'DeletionPolicy'],
      );
    }
  }

  checkIam(t, refuse);
  checkEcs(t, opts.caps, refuse);
  checkCounts(t, opts, refuse);

  const estimate = estimateCost(t, opts.timeoutMinutes);
  if (estimate.runUsd > opts.budgetUsd) {
    const top = [...estimate.lines].sort((a, b) => b.usdPerHour - a.usdPerHour).slice(0, 3);
    refuse(
      GUARD_RULE.budget,
      `One sandbox run of this template is estimated at ${usd(estimate.runUsd)} (${usd(estimate.hourlyUsd)} per hour for up to ${estimate.runMinutes} minutes), above the per-run budget of ${usd(opts.budgetUsd)}. The largest items: ${top.map((l) => `'${l.logicalId}' ${l.what} ${usd(l.usdPerHour)}/hour`).join('; ')}. Use fewer or smaller tasks, or ask your instructor to raise 'deploy-budget-usd'.`,
    );
  }
  return { refusals: out, estimate };
}

type Refuse = (ruleId: string, message: string, path?: DataPath) => void;

function checkIam(t: CfnTemplate, refuse: Refuse): void {
  for (const r of resources(t, 'AWS::IAM::User')) {
    if (r.props['LoginProfile'] !== undefined) {
      refuse(
        GUARD_RULE.credentials,
        `Resource '${r.name}' sets a 'LoginProfile', a console password. The sandbox never creates sign-in credentials; remove it.`,
        [...r.path, 'Properties', 'LoginProfile'],
      );
    }
  }
  for (const r of resources(t, 'AWS::IAM::Role')) {
    checkTrust(
      r.name,
      r.props['AssumeRolePolicyDocument'],
      [...r.path, 'Properties', 'AssumeRolePolicyDocument'],
      refuse,
    );
    checkInlinePolicies(r, refuse);
    const managed = r.props['ManagedPolicyArns'];
    if (Array.isArray(managed)) {
      managed.forEach((arn, i) => {
        const s = arnText(arn) ?? '';
        const hit = BROAD_MANAGED_POLICIES.find((p) => s.endsWith(`:policy/${p}`));
        if (hit) {
          refuse(
            GUARD_RULE.adminPolicy,
            `Role '${r.name}' attaches the AWS managed policy '${hit}', which grants far more than any lab needs. Attach a policy that names only the actions and resources the task uses.`,
            [...r.path, 'Properties', 'ManagedPolicyArns', i],
          );
        }
      });
    }
  }
  // Users and groups are refused outright, but their policies are still checked so every problem shows at once.
  for (const r of resources(t, 'AWS::IAM::User', 'AWS::IAM::Group')) checkInlinePolicies(r, refuse);
  for (const r of resources(t, 'AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy'))
    checkPolicy(r.name, r.props['PolicyDocument'], [...r.path, 'Properties', 'PolicyDocument'], refuse);
}

function checkInlinePolicies(r: NamedResource, refuse: Refuse): void {
  const inline = r.props['Policies'];
  if (!Array.isArray(inline)) return;
  inline.forEach((p, i) =>
    checkPolicy(
      r.name,
      get(p, ['PolicyDocument']),
      [...r.path, 'Properties', 'Policies', i, 'PolicyDocument'],
      refuse,
    ),
  );
}

/** Policy documents may be objects or (in older templates) JSON strings. */
function statements(doc: unknown): { st: Record<string, unknown>; index: number | null }[] {
  let d = doc;
  if (typeof d === 'string') {
    try {
      d = JSON.parse(d);
    } catch {
      return [];
    }
  }
  const st = get(d, ['Statement']);
  if (Array.isArray(st)) return st.flatMap((s, index) => (isObject(s) ? [{ st: s, index }] : []));
  return isObject(st) ? [{ st, index: null }] : [];
}

function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function checkPolicy(owner: string, doc: unknown, path: DataPath, refuse: Refuse): void {
  for (const { st, index } of statements(doc)) {
    if (st['Effect'] !== 'Allow') continue;
    const at = index === null ? [...path, 'Statement'] : [...path, 'Statement', index];
    const actions = strings(st['Action']).map((a) => a.toLowerCase());
    const everyResource = st['NotResource'] !== undefined || strings(st['Resource']).includes('*');
    if (st['NotAction'] !== undefined && everyResource) {
      refuse(
        GUARD_RULE.adminPolicy,
        `'${owner}' allows 'NotAction' on every resource, which grants every action except the few listed, including IAM. List the actions the task needs under 'Action' instead.`,
        at,
      );
    } else if (actions.some((a) => a === '*' || a === '*:*') && everyResource) {
      refuse(
        GUARD_RULE.adminPolicy,
        `'${owner}' allows '*' on '*': every action on every resource, administrator access. List only the actions the task needs, on its own resources.`,
        at,
      );
    } else if (actions.includes('iam:*')) {
      refuse(
        GUARD_RULE.adminPolicy,
        `'${owner}' allows 'iam:*', which lets whoever holds it create users, keys and roles and so escalate to full access. Name the few IAM actions needed, if any (often 'iam:PassRole' on one role).`,
        at,
      );
    }
  }
}

/** The text of an ARN written literally or as a `!Sub` string. */
function arnText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  const sub = isObject(v) ? v['Fn::Sub'] : undefined;
  if (typeof sub === 'string') return sub;
  return Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : undefined;
}

/**
 * A principal in this stack's own account: `!Ref AWS::AccountId`, an ARN whose account field is
 * `${AWS::AccountId}`, a Join that puts `!Ref AWS::AccountId` in it, or `!GetAtt` of a resource in this stack.
 */
function isOwnAccount(v: unknown): boolean {
  if (!isIntrinsic(v)) return false;
  if (isObject(v) && (v['Ref'] === 'AWS::AccountId' || v['Fn::GetAtt'] !== undefined)) return true;
  const s = arnText(v);
  if (s !== undefined)
    return (
      s === '${AWS::AccountId}' || /^arn:(\$\{AWS::Partition\}|[a-z-]+):iam::\$\{AWS::AccountId\}:/.test(s)
    );
  const join = isObject(v) ? v['Fn::Join'] : undefined;
  return Array.isArray(join) && JSON.stringify(join[1]).includes('{"Ref":"AWS::AccountId"}');
}

function checkTrust(role: string, doc: unknown, path: DataPath, refuse: Refuse): void {
  for (const { st, index } of statements(doc)) {
    if (st['Effect'] !== 'Allow') continue;
    const at = index === null ? [...path, 'Statement'] : [...path, 'Statement', index, 'Principal'];
    const principal = st['Principal'];
    if (st['NotPrincipal'] !== undefined || principal === '*') {
      const how = st['NotPrincipal'] !== undefined ? "'NotPrincipal'" : "'Principal: *'";
      refuse(
        GUARD_RULE.trust,
        `Role '${role}' can be assumed by anyone (${how}). Trust only the service that uses it, such as 'ecs-tasks.amazonaws.com'.`,
        at,
      );
      continue;
    }
    if (!isObject(principal)) continue;
    for (const [kind, value] of Object.entries(principal)) {
      const values = Array.isArray(value) ? value : [value];
      for (const p of values) {
        if (kind === 'Service') {
          if (p === '*')
            refuse(
              GUARD_RULE.trust,
              `Role '${role}' trusts every service ('Service: *'). Name the one service that uses it.`,
              at,
            );
          continue;
        }
        if (kind === 'AWS' && p === '*') {
          refuse(
            GUARD_RULE.trust,
            `Role '${role}' trusts every AWS account ('AWS: *'). Anyone could assume it; trust only the service that uses it, such as 'ecs-tasks.amazonaws.com'.`,
            at,
          );
        } else if (kind === 'AWS' && isOwnAccount(p)) {
          continue;
        } else if (kind === 'AWS') {
          refuse(
            GUARD_RULE.trust,
            `Role '${role}' trusts the principal '${typeof p === 'string' ? p : JSON.stringify(p)}'. The sandbox refuses roles that other accounts could assume; use '!Ref AWS::AccountId' for this account, or a service principal.`,
            at,
          );
        } else {
          refuse(
            GUARD_RULE.trust,
            `Role '${role}' trusts a '${kind}' principal, so identities outside the sandbox account could assume it. Trust only the service that uses it, such as 'ecs-tasks.amazonaws.com'.`,
            at,
          );
        }
      }
    }
  }
}

function checkEcs(t: CfnTemplate, caps: GuardCaps, refuse: Refuse): void {
  for (const svc of resources(t, 'AWS::ECS::Service')) {
    const n = desiredCount(t, svc.props);
    const at = [...svc.path, 'Properties', 'DesiredCount'];
    if (n === undefined) {
      refuse(
        GUARD_RULE.desired,
        `Service '${svc.name}' computes its DesiredCount at deploy time, so the guard cannot check it against the sandbox cap of ${caps.maxDesiredCount}. Use a number, or a parameter with a Default.`,
        at,
      );
    } else if (n > caps.maxDesiredCount) {
      refuse(
        GUARD_RULE.desired,
        `Service '${svc.name}' asks for DesiredCount ${n}; the sandbox runs at most ${caps.maxDesiredCount} tasks per service to bound cost. Use ${caps.maxDesiredCount} or fewer (two tasks in two Availability Zones show high availability).`,
        at,
      );
    }
    if (svc.props['TaskDefinition'] !== undefined && !targetResource(t, svc.props['TaskDefinition'])) {
      refuse(
        GUARD_RULE.taskSize,
        `Service '${svc.name}' runs a task definition that is not in this template, so the guard cannot check its size or cost. Define the task definition in the template and reference it with '!Ref'.`,
        [...svc.path, 'Properties', 'TaskDefinition'],
      );
    }
  }
  for (const st of resources(t, 'AWS::ApplicationAutoScaling::ScalableTarget')) {
    if (literalString(t, st.props['ServiceNamespace']) !== 'ecs') continue;
    const max = literalNumber(t, st.props['MaxCapacity']);
    if (max === undefined || max > caps.maxDesiredCount) {
      refuse(
        GUARD_RULE.desired,
        `Scalable target '${st.name}' may scale to ${max === undefined ? 'a capacity computed at deploy time' : `${max} tasks`}; the sandbox runs at most ${caps.maxDesiredCount} tasks per service. Set MaxCapacity to ${caps.maxDesiredCount} or less for the sandbox.`,
        [...st.path, 'Properties', 'MaxCapacity'],
      );
    }
  }
  for (const td of resources(t, 'AWS::ECS::TaskDefinition')) {
    const size = taskSize(t, td.props);
    const compat = get(td.props, ['RequiresCompatibilities']);
    const fargate = Array.isArray(compat) && compat.some((c) => literalString(t, c) === 'FARGATE');
    if (fargate && (size.cpu === null || size.memory === null)) {
      refuse(
        GUARD_RULE.taskSize,
        `Fargate task definition '${td.name}' has no literal task-level Cpu and Memory, so the guard cannot check its size or cost. Set both, such as Cpu '256' and Memory '512'.`,
        [...td.path, 'Properties'],
      );
    }
    if (size.cpu !== null && size.cpu > caps.maxTaskCpu) {
      refuse(
        GUARD_RULE.taskSize,
        `Task definition '${td.name}' asks for Cpu '${size.cpu}'; the sandbox allows at most '${caps.maxTaskCpu}' CPU units per task. Use a smaller size; the lab's app needs far less.`,
        [...td.path, 'Properties', 'Cpu'],
      );
    }
    if (size.memory !== null && size.memory > caps.maxTaskMemory) {
      refuse(
        GUARD_RULE.taskSize,
        `Task definition '${td.name}' asks for Memory '${size.memory}' MiB; the sandbox allows at most '${caps.maxTaskMemory}' MiB per task. Use a smaller size.`,
        [...td.path, 'Properties', 'Memory'],
      );
    }
  }
}

function checkCounts(t: CfnTemplate, opts: GuardOptions, refuse: Refuse): void {
  const nats = resources(t, 'AWS::EC2::NatGateway');
  if (nats.length > opts.policy.maxNatGateways) {
    const extra = nats[opts.policy.maxNatGateways];
    refuse(
      GUARD_RULE.nat,
      `The template creates ${nats.length} NAT gateways (${nats.map((n) => `'${n.name}'`).join(', ')}); lab '${opts.labId}' may create at most ${opts.policy.maxNatGateways} in the sandbox. Each costs about $0.045 an hour; share one, or use VPC endpoints.`,
      extra ? [...extra.path, 'Type'] : [],
    );
  }
  const lbs = resources(t, 'AWS::ElasticLoadBalancingV2::LoadBalancer');
  if (lbs.length > opts.policy.maxLoadBalancers) {
    const extra = lbs[opts.policy.maxLoadBalancers];
    refuse(
      GUARD_RULE.loadBalancers,
      `The template creates ${lbs.length} load balancers (${lbs.map((n) => `'${n.name}'`).join(', ')}); lab '${opts.labId}' may create at most ${opts.policy.maxLoadBalancers} in the sandbox. Route several services through one load balancer with listener rules.`,
      extra ? [...extra.path, 'Type'] : [],
    );
  }
}
