// Verify a created stack, each step bounded and reported as its own deploy item: ECS services reach their desired
// count, their tasks run (with the stopped tasks' reasons when they do not), the load balancer's targets turn
// healthy, and the stack's URL output answers 2xx. Only facts read from AWS count; nothing here trusts the
// template's claims.
import { ListStackResourcesCommand, type StackResourceSummary } from '@aws-sdk/client-cloudformation';
import {
  DescribeServicesCommand,
  DescribeTasksCommand,
  ListTasksCommand,
  type Service,
  type Task,
} from '@aws-sdk/client-ecs';
import {
  DescribeLoadBalancersCommand,
  DescribeTargetHealthCommand,
  type TargetHealthDescription,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import type { CfnTemplate, ItemReport } from '../../graders/engine/types.js';
import { get, resources, targetOf } from '../../graders/rules/lib/cloudformation.js';
import type { StackRef } from '../state.js';
import { errorMessage } from '../util/errors.js';
import type { SandboxClients } from './clients.js';
import { blocked, graderErrorItem, item, notApplicable, type VerifyKey } from './items.js';
import {
  HTTP_REQUEST_TIMEOUT_MS,
  MAX_WAIT_HTTP_SECONDS,
  MAX_WAIT_SERVICES_SECONDS,
  MAX_WAIT_TARGETS_SECONDS,
  type PollDelays,
} from './limits.js';
import { waitFor, type Clock, type Log } from './wait.js';

export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export interface VerifyArgs {
  clients: SandboxClients;
  ref: StackRef;
  template: CfnTemplate;
  outputs: Record<string, string>;
  httpProbe: boolean;
  clock: Clock;
  log: Log;
  delays: PollDelays;
  fetch: Fetch;
  signal?: AbortSignal | undefined;
}

interface ServiceRef {
  logicalId: string;
  cluster: string;
  arn: string;
  name: string;
}

/** One item per verify step, by step: callers pick what they report by name, never by position. */
export type VerifyResults = Record<VerifyKey, ItemReport>;

/** Runs every verify step; a step that throws becomes a grader-error item and the others still run. */
export async function verifyStack(a: VerifyArgs): Promise<VerifyResults> {
  let stackResources: StackResourceSummary[];
  try {
    stackResources = await listResources(a.clients, a.ref.stackId);
  } catch (e) {
    const detail = `listing the stack's resources failed: ${errorMessage(e)}`;
    return {
      services: graderErrorItem('services', detail),
      tasks: graderErrorItem('tasks', detail),
      targets: graderErrorItem('targets', detail),
      http: graderErrorItem('http', detail),
    };
  }
  const services = serviceRefs(a.template, stackResources);

  const step = async (key: VerifyKey, fn: () => Promise<ItemReport>) => {
    try {
      return await fn();
    } catch (e) {
      a.log.debug(`verify ${key} crashed: ${(e as Error).stack ?? errorMessage(e)}`);
      return graderErrorItem(key, `${key} check failed: ${errorMessage(e)}`);
    }
  };

  let observed: Service[] = [];
  const servicesItem = await step('services', async () => {
    const r = await checkServices(a, services);
    observed = r.observed;
    return r.item;
  });
  const tasksItem = await step('tasks', () => checkTasks(a, services, observed));
  const targetsItem =
    servicesItem.status === 'failed'
      ? blocked(
          'targets',
          'Skipped: the services did not reach their desired count, so their targets cannot be healthy.',
        )
      : await step('targets', () => checkTargets(a, stackResources));
  const httpItem =
    targetsItem.status === 'failed' || (servicesItem.status === 'failed' && targetsItem.status !== 'passed')
      ? blocked('http', 'Skipped: the load balancer has no healthy targets to answer with.')
      : await step('http', () => checkHttp(a, stackResources));
  return { services: servicesItem, tasks: tasksItem, targets: targetsItem, http: httpItem };
}

async function listResources(clients: SandboxClients, stackId: string): Promise<StackResourceSummary[]> {
  const out: StackResourceSummary[] = [];
  let token: string | undefined;
  do {
    const r = await clients.cloudformation.send(
      new ListStackResourcesCommand({ StackName: stackId, ...(token ? { NextToken: token } : {}) }),
    );
    out.push(...(r.StackResourceSummaries ?? []));
    token = r.NextToken;
  } while (token);
  return out;
}

/** A service ARN names its cluster (`service/<cluster>/<name>`); the old format does not, so fall back to the template. */
function serviceRefs(t: CfnTemplate, stackResources: StackResourceSummary[]): ServiceRef[] {
  const physical = new Map(
    stackResources.map((r) => [r.LogicalResourceId ?? '', r.PhysicalResourceId ?? '']),
  );
  return stackResources
    .filter((r) => r.ResourceType === 'AWS::ECS::Service' && r.PhysicalResourceId)
    .map((r) => {
      const arn = r.PhysicalResourceId ?? '';
      const parts = arn.split(':').pop()?.split('/') ?? [];
      let cluster = parts.length === 3 ? (parts[1] ?? '') : '';
      if (!cluster) {
        const clusterId = targetOf(get(t.Resources[r.LogicalResourceId ?? '']?.Properties, ['Cluster']));
        cluster = (clusterId && physical.get(clusterId)) || 'default';
      }
      return { logicalId: r.LogicalResourceId ?? '?', cluster, arn, name: parts[parts.length - 1] ?? arn };
    });
}

function byCluster(services: ServiceRef[]): Map<string, ServiceRef[]> {
  const m = new Map<string, ServiceRef[]>();
  for (const s of services) m.set(s.cluster, [...(m.get(s.cluster) ?? []), s]);
  return m;
}

async function describeServices(
  a: VerifyArgs,
  services: ServiceRef[],
): Promise<{ found: Service[]; missing: string[] }> {
  const found: Service[] = [];
  const missing: string[] = [];
  for (const [cluster, list] of byCluster(services)) {
    // DescribeServices takes at most 10 services per call.
    for (let i = 0; i < list.length; i += 10) {
      const chunk = list.slice(i, i + 10);
      const r = await a.clients.ecs.send(
        new DescribeServicesCommand({ cluster, services: chunk.map((s) => s.arn) }),
      );
      found.push(...(r.services ?? []));
      for (const f of r.failures ?? []) missing.push(`${f.arn ?? '?'} (${f.reason ?? 'unknown'})`);
    }
  }
  return { found, missing };
}

function logicalOf(services: ServiceRef[], svc: Service): string {
  return (
    services.find((s) => s.arn === svc.serviceArn || s.name === svc.serviceName)?.logicalId ??
    svc.serviceName ??
    '?'
  );
}

async function checkServices(
  a: VerifyArgs,
  services: ServiceRef[],
): Promise<{ item: ItemReport; observed: Service[] }> {
  if (services.length === 0)
    return { item: notApplicable('services', 'Not applicable: the stack has no ECS service.'), observed: [] };
  let observed: Service[] = [];
  const waited = await waitFor(
    {
      label: 'ECS services',
      maxWaitMs: MAX_WAIT_SERVICES_SECONDS * 1000,
      delayMs: a.delays.servicesMs,
      clock: a.clock,
      log: a.log,
      signal: a.signal,
    },
    async () => {
      const { found, missing } = await describeServices(a, services);
      observed = found;
      const failed = found.filter((s) =>
        s.deployments?.some((d) => d.status === 'PRIMARY' && d.rolloutState === 'FAILED'),
      );
      if (missing.length || failed.length) return { done: true, value: false };
      const steady = found.every(
        (s) => s.status === 'ACTIVE' && (s.runningCount ?? 0) === (s.desiredCount ?? 0),
      );
      const state = found
        .map((s) => `'${logicalOf(services, s)}' running ${s.runningCount ?? 0} of ${s.desiredCount ?? 0}`)
        .join(', ');
      return steady && found.length === services.length
        ? { done: true, value: true }
        : { done: false, state };
    },
  );
  const summary = observed
    .map((s) => `'${logicalOf(services, s)}' runs ${s.runningCount ?? 0} of ${s.desiredCount ?? 0} tasks`)
    .join('; ');
  if (waited.ok && waited.value) {
    return {
      item: item('services', 'passed', `Every service reached its desired count (${summary}).`),
      observed,
    };
  }
  const events = observed.flatMap((s) =>
    (s.events ?? []).slice(0, 3).map((e) => `'${logicalOf(services, s)}': ${e.message ?? ''}`),
  );
  const rolledBack = observed.some((s) =>
    s.deployments?.some((d) => d.status === 'PRIMARY' && d.rolloutState === 'FAILED'),
  );
  const why = !waited.ok
    ? waited.reason === 'aborted'
      ? 'The run was cancelled while waiting.'
      : `After ${Math.round(waited.waitedMs / 1000)} s: ${summary || waited.last}.`
    : rolledBack
      ? `The deployment failed (circuit breaker): ${summary}.`
      : `A service could not be found: ${summary}.`;
  return {
    item: item(
      'services',
      'failed',
      `${why}${events.length ? ` Latest service events: ${events.join(' | ')}` : ''} Tasks that stop at once usually mean a wrong image or tag, a missing execution role permission, or a failing container health check; see 'Tasks are running' for the reasons ECS gave.`,
    ),
    observed,
  };
}

async function describeTasks(a: VerifyArgs, cluster: string, arns: string[]): Promise<Task[]> {
  const out: Task[] = [];
  for (let i = 0; i < arns.length; i += 100) {
    const r = await a.clients.ecs.send(new DescribeTasksCommand({ cluster, tasks: arns.slice(i, i + 100) }));
    out.push(...(r.tasks ?? []));
  }
  return out;
}

function stoppedReasons(tasks: Task[]): string[] {
  const reasons = new Set<string>();
  for (const t of tasks) {
    const containers = (t.containers ?? [])
      .filter((c) => c.reason || (c.exitCode !== undefined && c.exitCode !== 0))
      .map((c) =>
        `container '${c.name ?? '?'}' ${c.reason ?? ''}${c.exitCode !== undefined ? ` (exit code ${c.exitCode})` : ''}`.trim(),
      );
    reasons.add([t.stoppedReason ?? t.stopCode ?? 'stopped', ...containers].join('; '));
  }
  return [...reasons].slice(0, 3);
}

async function checkTasks(a: VerifyArgs, services: ServiceRef[], observed: Service[]): Promise<ItemReport> {
  if (services.length === 0) return notApplicable('tasks', 'Not applicable: the stack has no ECS service.');
  const problems: string[] = [];
  const fine: string[] = [];
  let unverifiable = 0;
  for (const s of services) {
    const svc = observed.find((o) => o.serviceArn === s.arn || o.serviceName === s.name);
    // Without the service's own counts there is nothing to compare the tasks with.
    if (!svc) {
      unverifiable++;
      continue;
    }
    const desired = svc.desiredCount ?? 0;
    const listed = await a.clients.ecs.send(
      new ListTasksCommand({ cluster: s.cluster, serviceName: s.name, desiredStatus: 'RUNNING' }),
    );
    const tasks = await describeTasks(a, s.cluster, listed.taskArns ?? []);
    const running = tasks.filter((t) => t.lastStatus === 'RUNNING');
    const unhealthy = running.filter((t) => t.healthStatus === 'UNHEALTHY');
    if (running.length >= desired && unhealthy.length === 0) {
      if (tasks.length === 0 && desired > 0) {
        unverifiable++;
        continue;
      }
      fine.push(`'${s.logicalId}' ${running.length} running`);
      continue;
    }
    const stoppedArns = await a.clients.ecs.send(
      new ListTasksCommand({ cluster: s.cluster, serviceName: s.name, desiredStatus: 'STOPPED' }),
    );
    const stopped = await describeTasks(a, s.cluster, (stoppedArns.taskArns ?? []).slice(0, 10));
    if (tasks.length === 0 && stopped.length === 0 && (svc.runningCount ?? 0) >= desired && desired > 0) {
      unverifiable++;
      continue;
    }
    const reasons = stoppedReasons(stopped);
    problems.push(
      `'${s.logicalId}' has ${running.length} of ${desired} tasks running${unhealthy.length ? `, ${unhealthy.length} of them UNHEALTHY (the container health check fails)` : ''}${reasons.length ? `; stopped tasks say: ${reasons.map((r) => `'${r}'`).join(', ')}` : ''}.`,
    );
  }
  if (problems.length) return item('tasks', 'failed', problems.join(' '));
  if (unverifiable && fine.length === 0) {
    // moto reports running counts for CloudFormation-made services but lists no tasks (moto.md §2).
    return notApplicable(
      'tasks',
      'Not checked: ECS listed no tasks for the services (it reports them running), so there was nothing to inspect.',
    );
  }
  return item('tasks', 'passed', `Every task is running (${fine.join(', ')}).`);
}

function requiredTargetGroups(t: CfnTemplate): Set<string> {
  const out = new Set<string>();
  for (const svc of resources(t, 'AWS::ECS::Service')) {
    const lbs = svc.props['LoadBalancers'];
    if (!Array.isArray(lbs)) continue;
    for (const lb of lbs) {
      const id = targetOf(get(lb, ['TargetGroupArn']));
      if (id) out.add(id);
    }
  }
  return out;
}

const TARGET_HINTS: [RegExp, string][] = [
  [
    /ResponseCodeMismatch/,
    "The health check got an unexpected HTTP status: point 'HealthCheckPath' at a path the app answers with 200, such as '/health'.",
  ],
  [
    /Timeout/,
    "The health check timed out: the service's security group must admit the load balancer's security group on the container port.",
  ],
  [
    /FailedHealthChecks/,
    'The targets failed their health checks: check the container port and the health check path.',
  ],
];

async function checkTargets(a: VerifyArgs, stackResources: StackResourceSummary[]): Promise<ItemReport> {
  const groups = stackResources.filter(
    (r) => r.ResourceType === 'AWS::ElasticLoadBalancingV2::TargetGroup' && r.PhysicalResourceId,
  );
  if (groups.length === 0) return notApplicable('targets', 'Not applicable: the stack has no target group.');
  const required = requiredTargetGroups(a.template);
  let last: Map<string, TargetHealthDescription[]> = new Map();
  const waited = await waitFor(
    {
      label: 'target health',
      maxWaitMs: MAX_WAIT_TARGETS_SECONDS * 1000,
      delayMs: a.delays.targetsMs,
      clock: a.clock,
      log: a.log,
      signal: a.signal,
    },
    async () => {
      const now = new Map<string, TargetHealthDescription[]>();
      for (const g of groups) {
        const r = await a.clients.elb.send(
          new DescribeTargetHealthCommand({ TargetGroupArn: g.PhysicalResourceId }),
        );
        now.set(g.LogicalResourceId ?? '?', r.TargetHealthDescriptions ?? []);
      }
      last = now;
      const ok = [...now].every(([id, ts]) => {
        const states = ts.map((t) => t.TargetHealth?.State ?? 'unknown').filter((s) => s !== 'draining');
        const healthy = states.filter((s) => s === 'healthy').length;
        return healthy === states.length && (!required.has(id) || healthy > 0);
      });
      return ok ? { done: true, value: true } : { done: false, state: describeTargets(now) };
    },
  );
  if (waited.ok) return item('targets', 'passed', `Every target is healthy (${describeTargets(last)}).`);
  const reasons = [...last.values()]
    .flat()
    .map((t) => `${t.TargetHealth?.Reason ?? ''} ${t.TargetHealth?.Description ?? ''}`);
  const hint = TARGET_HINTS.find(([re]) => reasons.some((r) => re.test(r)))?.[1];
  const details = [...last.values()]
    .flat()
    .filter((t) => t.TargetHealth?.State !== 'healthy' && t.TargetHealth?.Description)
    .slice(0, 3)
    .map((t) => `'${t.TargetHealth?.Description ?? ''}'`);
  return item(
    'targets',
    'failed',
    `${waited.reason === 'aborted' ? 'The run was cancelled while waiting.' : `After ${Math.round(waited.waitedMs / 1000)} s: ${describeTargets(last)}.`}${details.length ? ` The load balancer says ${details.join(', ')}.` : ''} ${hint ?? 'A target group used by a service needs at least one healthy target.'}`,
  );
}

function describeTargets(groups: Map<string, TargetHealthDescription[]>): string {
  return [...groups]
    .map(([id, ts]) => {
      const counts = new Map<string, number>();
      for (const t of ts)
        counts.set(
          t.TargetHealth?.State ?? 'unknown',
          (counts.get(t.TargetHealth?.State ?? 'unknown') ?? 0) + 1,
        );
      const text = [...counts].map(([s, n]) => `${n} ${s}`).join(', ');
      return `'${id}' ${text || 'no targets registered'}`;
    })
    .join('; ');
}

const MAX_REDIRECTS = 3;

/**
 * Whether the probe may call a URL: http(s) to one of this stack's own load balancers, by the DNS name AWS gave it
 * (DescribeLoadBalancers of the stack's load balancer resources), and nothing else. A suffix such as '*.on.aws' or
 * '*.elb.amazonaws.com' is not enough: a learner's own Lambda function URL, or another account's load balancer,
 * has one too, and would answer 2xx for a stack that does not work.
 */
export function probeHostAllowed(url: URL, stackHosts: readonly string[]): boolean {
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  return (url.protocol === 'http:' || url.protocol === 'https:') && stackHosts.includes(host);
}

/** The DNS names of the stack's own load balancers, as AWS reports them. */
export async function stackLoadBalancerHosts(
  clients: SandboxClients,
  stackResources: readonly StackResourceSummary[],
): Promise<string[]> {
  const arns = stackResources
    .filter((r) => r.ResourceType === 'AWS::ElasticLoadBalancingV2::LoadBalancer' && r.PhysicalResourceId)
    .map((r) => r.PhysicalResourceId as string);
  if (!arns.length) return [];
  const out = await clients.elb.send(new DescribeLoadBalancersCommand({ LoadBalancerArns: arns }));
  return (out.LoadBalancers ?? []).flatMap((lb) =>
    lb.DNSName ? [lb.DNSName.toLowerCase().replace(/\.$/, '')] : [],
  );
}

/** The output to probe: one whose key mentions a URL or endpoint, else the first output that looks like a URL. */
export function urlOutput(outputs: Record<string, string>): { key: string; url: string } | undefined {
  const entries = Object.entries(outputs).filter(([, v]) => /^https?:\/\//i.test(v.trim()));
  const pick = entries.find(([k]) => /url|endpoint|address|dns/i.test(k)) ?? entries[0];
  return pick ? { key: pick[0], url: pick[1].trim() } : undefined;
}

async function checkHttp(
  a: VerifyArgs,
  stackResources: readonly StackResourceSummary[],
): Promise<ItemReport> {
  if (!a.httpProbe) return notApplicable('http', "Not checked: 'deploy-http-probe' is 'false'.");
  const out = urlOutput(a.outputs);
  if (!out)
    return notApplicable(
      'http',
      "Not checked: the stack has no output holding an http(s) URL. Add one, such as 'ServiceUrl' with '!Sub http://${LoadBalancer.DNSName}/', to have it probed.",
    );
  let start: URL;
  try {
    start = new URL(out.url);
  } catch {
    return item('http', 'failed', `Output '${out.key}' holds '${out.url}', which is not a valid URL.`);
  }
  const hosts = await stackLoadBalancerHosts(a.clients, stackResources);
  if (!probeHostAllowed(start, hosts)) {
    return notApplicable(
      'http',
      `Not checked: output '${out.key}' points at '${start.hostname}', which is not one of this stack's load balancers${hosts.length ? ` (${hosts.map((h) => `'${h}'`).join(', ')})` : ' (it has none)'}, and the sandbox calls only those. Use '!Sub http://\${LoadBalancer.DNSName}/'.`,
    );
  }
  const waited = await waitFor(
    {
      label: `GET ${out.url}`,
      maxWaitMs: MAX_WAIT_HTTP_SECONDS * 1000,
      delayMs: a.delays.httpMs,
      clock: a.clock,
      log: a.log,
      signal: a.signal,
    },
    async () => {
      const r = await probeOnce(a.fetch, start, hosts);
      return r.ok ? { done: true, value: r.text } : { done: false, state: r.text };
    },
  );
  if (waited.ok)
    return item('http', 'passed', `'${out.url}' (output '${out.key}') answered ${waited.value}.`);
  return item(
    'http',
    'failed',
    `'${out.url}' (output '${out.key}') did not answer with 2xx within ${MAX_WAIT_HTTP_SECONDS} s; last: ${waited.last}. Check the listener's port and default action, and that the app answers on '/'.`,
  );
}

async function probeOnce(
  fetchFn: Fetch,
  start: URL,
  hosts: readonly string[],
): Promise<{ ok: boolean; text: string }> {
  let url = start;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    let res: Response;
    try {
      res = await fetchFn(url.href, {
        redirect: 'manual',
        signal: AbortSignal.timeout(HTTP_REQUEST_TIMEOUT_MS),
      });
    } catch (e) {
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      return { ok: false, text: `could not connect (${cause?.code ?? cause?.message ?? errorMessage(e)})` };
    }
    await res.body?.cancel().catch(() => {});
    if (res.status >= 200 && res.status < 300) return { ok: true, text: `HTTP ${res.status}` };
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      const next = new URL(location, url);
      if (!probeHostAllowed(next, hosts))
        return { ok: false, text: `HTTP ${res.status} redirect to '${next.hostname}', not followed` };
      url = next;
      continue;
    }
    return { ok: false, text: `HTTP ${res.status}` };
  }
  return { ok: false, text: `more than ${MAX_REDIRECTS} redirects` };
}
