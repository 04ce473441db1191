// The sandbox deploy, per lab: guard → deploy → verify → teardown (in a finally). Loaded only when deploy is on
// (the action's main does `await import('./sandbox/index.js')`), because this folder is the only place that
// imports the AWS SDK and static grading should not pay for it.
import * as core from '@actions/core';
import type {
  CfnTemplateDoc,
  DeployLabReport,
  DeployLabStatus,
  DeployReport,
  ItemReport,
} from '../../graders/engine/types.js';
import { resources } from '../../graders/rules/lib/cloudformation.js';
import { getStackIds, saveStackIds, type StackRef } from '../state.js';
import { errorMessage } from '../util/errors.js';
import { createClients, endpointOverrides, type SandboxClients } from './clients.js';
import { deployStack, failureFeedback, type DeployOutcome } from './deploy.js';
import { guardTemplate, type GuardResult } from './guard/index.js';
import { blocked, graderErrorItem, item, notApplicable, VERIFY_KEYS, type VerifyKey } from './items.js';
import { declaredParameters, type SandboxLab } from './labs.js';
import {
  AWS_POLL_DELAYS,
  lifetimeMinutes,
  MAX_WAIT_DELETE_SECONDS,
  POST_MAX_WAIT_DELETE_SECONDS,
  ttlMinutes,
  type PollDelays,
} from './limits.js';
import type { SandboxSettings } from './settings.js';
import { stackName, stackTags, type RunIdentity } from './stack-name.js';
import { sweepExpiredStacks, type SweptStack } from './sweep.js';
import { teardownStack, type TeardownResult } from './teardown.js';
import { verifyStack, type Fetch } from './verify.js';
import { probeFetch } from './probe-fetch.js';
import { realClock, type Clock, type Log } from './wait.js';

export { parseSandboxSettings, SANDBOX_INPUTS, type SandboxSettings } from './settings.js';
export { runIdentityFromEnv, type RunIdentity } from './stack-name.js';
export { createClients, type SandboxClients } from './clients.js';
export type { Clock, Log } from './wait.js';
export type { PollDelays } from './limits.js';
export { sandboxLabs, type SandboxLab } from './labs.js';

export interface RunSandboxOptions {
  /** Which run the stacks belong to, for their names and tags. */
  identity: RunIdentity;
  /** Defaults to clients for settings.region. */
  clients?: SandboxClients;
  clock?: Clock;
  log?: Log;
  delays?: PollDelays;
  fetch?: Fetch;
  /** Abort (SIGINT/SIGTERM): stop waiting, request deletion, and leave the rest to the post step. */
  signal?: AbortSignal;
  /** Receives every live stack each time the list changes; defaults to the action's state (action/state.ts). */
  saveStacks?: (refs: readonly StackRef[]) => void;
}

/** Messages go to the Actions log; debug lines appear with step debugging on. */
export const actionsLog: Log = {
  info: (m) => core.info(m),
  warn: (m) => core.warning(m),
  debug: (m) => core.debug(m),
};

export async function runSandbox(
  labs: readonly SandboxLab[],
  settings: SandboxSettings,
  options: RunSandboxOptions,
): Promise<DeployReport> {
  const clock = options.clock ?? realClock;
  const log = options.log ?? actionsLog;
  const t0 = clock.now();
  const overrides = endpointOverrides();
  if (overrides.length)
    log.warn(`AWS calls go to ${overrides.join(', ')} instead of AWS, because these variables are set.`);
  const clients = options.clients ?? createClients(settings.region);
  const live: StackRef[] = [];
  const save = options.saveStacks ?? saveStackIds;
  const deps: LabDeps = {
    clients,
    clock,
    log,
    delays: options.delays ?? AWS_POLL_DELAYS,
    fetch: options.fetch ?? probeFetch(),
    signal: options.signal,
    identity: options.identity,
    track: (ref) => {
      if (!live.some((r) => r.stackId === ref.stackId)) live.push(ref);
      save(live);
    },
    untrack: (ref) => {
      const i = live.findIndex((r) => r.stackId === ref.stackId);
      if (i >= 0) live.splice(i, 1);
      save(live);
    },
  };
  const reports: DeployLabReport[] = [];
  // The run is bounded as a whole: its labs share one budget, and a lab starts only if its worst case (create,
  // verify, teardown) ends before the credentials expire, so nothing is left running that the run cannot delete.
  const worstCaseMinutes = lifetimeMinutes(settings.timeoutMinutes);
  let spentUsd = 0;
  for (const lab of labs) {
    const leftMinutes = settings.sessionMinutes - (clock.now() - t0) / 60_000;
    if (lab.sandbox.deployable && worstCaseMinutes > leftMinutes) {
      reports.push(outOfTime(lab, settings, worstCaseMinutes, leftMinutes));
      continue;
    }
    const report = await runLab(lab, settings, deps, spentUsd);
    if (report.stackName !== null && report.estimate) spentUsd += report.estimate.runUsd;
    reports.push(report);
  }
  const all = reports.flatMap((r) => r.items);
  return {
    region: settings.region,
    score: all.reduce((s, i) => s + i.earned, 0),
    maxScore: all.reduce((s, i) => s + i.points, 0),
    labs: reports,
    durationMs: Math.round(clock.now() - t0),
  };
}

interface LabDeps {
  clients: SandboxClients;
  clock: Clock;
  log: Log;
  delays: PollDelays;
  fetch: Fetch;
  signal: AbortSignal | undefined;
  identity: RunIdentity;
  track(ref: StackRef): void;
  untrack(ref: StackRef): void;
}

/** Which verify items could apply to this template; the rest are left out rather than scored. */
function applicable(doc: CfnTemplateDoc, settings: SandboxSettings): Record<VerifyKey, boolean> {
  const t = doc.template;
  const hasService = resources(t, 'AWS::ECS::Service').length > 0;
  return {
    services: hasService,
    tasks: hasService,
    targets: resources(t, 'AWS::ElasticLoadBalancingV2::TargetGroup').length > 0,
    http: settings.httpProbe && Object.keys(t.Outputs ?? {}).length > 0,
  };
}

function blockedItems(doc: CfnTemplateDoc, settings: SandboxSettings, why: string): ItemReport[] {
  const can = applicable(doc, settings);
  return VERIFY_KEYS.filter((k) => can[k]).map((k) => blocked(k, why));
}

/** A lab the run has no time left for: nothing is created, and the learner is told how to get it deployed. */
function outOfTime(
  lab: SandboxLab,
  settings: SandboxSettings,
  worstCaseMinutes: number,
  leftMinutes: number,
): DeployLabReport {
  const why = `Skipped: this run's AWS credentials last ${settings.sessionMinutes} minutes ('deploy-session-minutes') and ${Math.max(0, Math.floor(leftMinutes))} are left, but one lab can take up to ${worstCaseMinutes} minutes to create, verify and delete, so '${lab.id}' was not started: a stack the run could not delete would outlive it. Change only this lab in a pull request, or ask your instructor to deploy it on its own.`;
  return {
    id: lab.id,
    leaks: [],
    stackName: null,
    status: 'skipped',
    estimate: null,
    items: [
      item('guard', 'skipped', why),
      blocked('stack', why),
      ...blockedItems(lab.template, settings, why),
    ],
  };
}

async function runLab(
  lab: SandboxLab,
  settings: SandboxSettings,
  d: LabDeps,
  spentUsd: number,
): Promise<DeployLabReport> {
  const base = { id: lab.id, leaks: [] as string[] };
  if (!lab.sandbox.deployable) {
    return {
      ...base,
      stackName: null,
      status: 'skipped',
      estimate: null,
      items: [notApplicable('guard', lab.sandbox.reason)],
    };
  }

  // Only the parameters this template declares: CloudFormation rejects values for undeclared ones.
  const parameters = declaredParameters(lab.template, settings.parameters);
  let guard: GuardResult;
  try {
    guard = guardTemplate(lab.template, {
      labId: lab.id,
      sandbox: lab.sandbox,
      parameters,
      caps: settings.caps,
      budgetUsd: settings.budgetUsd,
      timeoutMinutes: settings.timeoutMinutes,
    });
  } catch (e) {
    // A check that did not run cannot pass a template: nothing is deployed, and the failure is the grader's.
    d.log.debug(`guard for ${lab.id} crashed: ${(e as Error).stack ?? errorMessage(e)}`);
    const why = 'Skipped: the sandbox could not check the template (not your fault).';
    return {
      ...base,
      stackName: null,
      status: 'grader-error',
      estimate: null,
      items: [
        graderErrorItem('guard', errorMessage(e)),
        blocked('stack', why),
        ...blockedItems(lab.template, settings, why),
      ],
    };
  }
  const estimate = {
    hourlyUsd: round(guard.estimate.hourlyUsd),
    runUsd: round(guard.estimate.runUsd),
    budgetUsd: settings.budgetUsd,
  };
  if (guard.refusals.length) {
    const items = [
      item(
        'guard',
        'failed',
        `The sandbox did not deploy this template: ${guard.refusals.length} ${guard.refusals.length === 1 ? 'problem' : 'problems'} below. Nothing was created in AWS, and your static grade is unaffected. Fix them and push again.`,
        { findings: guard.refusals },
      ),
      blocked('stack', 'Skipped: the sandbox policy refused the template.'),
      ...blockedItems(lab.template, settings, 'Skipped: the sandbox policy refused the template.'),
    ];
    return { ...base, stackName: null, status: 'refused', estimate, items };
  }
  if (spentUsd + estimate.runUsd > settings.budgetUsd) {
    const why = 'Skipped: the run budget was used by the labs deployed before this one.';
    return {
      ...base,
      stackName: null,
      status: 'refused',
      estimate,
      items: [
        item(
          'guard',
          'failed',
          `This lab was not deployed: it is estimated at $${estimate.runUsd.toFixed(4)} for this run, and the labs deployed before it in the same run already used $${spentUsd.toFixed(4)} of the run's budget of $${settings.budgetUsd.toFixed(2)} ('deploy-budget-usd'). Nothing was created in AWS, and your static grade is unaffected. Change only this lab in a pull request, or ask your instructor to deploy it on its own.`,
        ),
        blocked('stack', why),
        ...blockedItems(lab.template, settings, why),
      ],
    };
  }
  const guardItem = item(
    'guard',
    'passed',
    `The template is within the sandbox policy; estimated $${estimate.runUsd.toFixed(4)} for this run ($${estimate.hourlyUsd.toFixed(4)}/hour), budget $${settings.budgetUsd.toFixed(2)}.${guard.estimate.notEstimated.length ? ` Not in the estimate: ${guard.estimate.notEstimated.map((n) => `'${n}'`).join(', ')}.` : ''}`,
  );

  const name = stackName(settings.stackPrefix, d.identity, lab.id);
  const expiresAt = new Date(d.clock.now() + ttlMinutes(settings.timeoutMinutes) * 60_000);
  let outcome: DeployOutcome | null = null;
  const items: ItemReport[] = [guardItem];
  const leaks: string[] = [];
  let teardown: TeardownResult | null = null;
  try {
    outcome = await deployStack({
      clients: d.clients,
      labId: lab.id,
      stackName: name,
      templateBody: lab.template.text,
      tags: stackTags(d.identity, lab.id, expiresAt),
      timeoutMinutes: settings.timeoutMinutes,
      roleArn: settings.cloudFormationRoleArn,
      parameters,
      onCreated: (ref) => d.track(ref),
      clock: d.clock,
      log: d.log,
      pollMs: d.delays.stackMs,
      signal: d.signal,
    });
    items.push(...(await afterDeploy(lab, settings, d, outcome)));
  } catch (e) {
    d.log.debug(`sandbox run for ${lab.id} crashed: ${(e as Error).stack ?? errorMessage(e)}`);
    items.push(graderErrorItem('stack', `the sandbox run failed: ${errorMessage(e)}`));
  } finally {
    const ref = outcome?.ref ?? null;
    if (ref) {
      teardown = await teardownStack({
        clients: d.clients,
        ref,
        clock: d.clock,
        log: d.log,
        pollMs: d.delays.deleteMs,
        maxWaitMs: MAX_WAIT_DELETE_SECONDS * 1000,
        declared: Object.keys(lab.template.template.Resources),
        signal: d.signal,
      }).catch((e: unknown): TeardownResult => ({
        status: 'leaked',
        leaks: Object.keys(lab.template.template.Resources).sort(),
        message: `Teardown of stack '${ref.stackName}' failed: ${errorMessage(e)}. Not your fault; the post step retries it and the janitor deletes expired stacks.`,
      }));
      leaks.push(...teardown.leaks);
      if (teardown.status === 'deleted') d.untrack(ref);
      if (teardown.status === 'leaked') d.log.warn(teardown.message);
    }
  }
  if (teardown) {
    items.push(
      item(
        'teardown',
        teardown.status === 'deleted' ? 'passed' : teardown.status === 'leaked' ? 'failed' : 'skipped',
        teardown.message,
      ),
    );
  }
  return { id: lab.id, stackName: name, status: labStatus(items), estimate, items, leaks };
}

async function afterDeploy(
  lab: SandboxLab,
  settings: SandboxSettings,
  d: LabDeps,
  outcome: DeployOutcome,
): Promise<ItemReport[]> {
  switch (outcome.kind) {
    case 'created': {
      const verify = await verifyStack({
        clients: d.clients,
        ref: outcome.ref,
        template: lab.template.template,
        outputs: outcome.outputs,
        httpProbe: settings.httpProbe,
        clock: d.clock,
        log: d.log,
        delays: d.delays,
        fetch: d.fetch,
        signal: d.signal,
      });
      const can = applicable(lab.template, settings);
      // A check the template cannot have (no service, no target group) is dropped; one that became
      // not applicable only on AWS (no URL among the outputs) stays, with 0 points, to say why.
      const kept = VERIFY_KEYS.filter((k) => can[k] || verify[k].status !== 'skipped').map((k) => verify[k]);
      const secs = Math.round(outcome.waitedMs / 1000);
      return [
        item(
          'stack',
          'passed',
          `Stack '${outcome.ref.stackName}' reached 'CREATE_COMPLETE'${secs ? ` in ${secs} s` : ''}.`,
        ),
        ...kept,
      ];
    }
    case 'failed': {
      const feedback =
        outcome.failures.length || outcome.status !== 'REJECTED'
          ? failureFeedback(outcome.status, outcome.failures)
          : `${outcome.message} Run 'cfn-lint' on the template locally to find the problem.`;
      return [
        item('stack', 'failed', feedback),
        ...blockedItems(lab.template, settings, 'Skipped: the stack was not created.'),
      ];
    }
    case 'timeout':
      return [
        item(
          'stack',
          'failed',
          `The stack was still '${outcome.status}' after ${settings.timeoutMinutes} minutes ('deploy-timeout-minutes'), so the sandbox stopped waiting and deleted it. A resource that never finishes creating is often an ECS service whose tasks keep failing: check the image, the port and the health check.`,
        ),
        ...blockedItems(lab.template, settings, 'Skipped: the stack did not finish creating in time.'),
      ];
    case 'aborted':
      return [
        item(
          'stack',
          'skipped',
          'The run was cancelled while the stack was being created; nothing was scored.',
        ),
        ...blockedItems(lab.template, settings, 'Skipped: the run was cancelled.'),
      ];
    case 'error':
      return [
        graderErrorItem('stack', outcome.message),
        ...blockedItems(
          lab.template,
          settings,
          'Skipped: the sandbox could not create the stack (not your fault).',
        ),
      ];
  }
}

function labStatus(items: ItemReport[]): DeployLabStatus {
  if (items.some((i) => i.status === 'grader-error')) return 'grader-error';
  const points = items.reduce((s, i) => s + i.points, 0);
  const earned = items.reduce((s, i) => s + i.earned, 0);
  if (points === 0) return items.some((i) => i.status === 'failed') ? 'failed' : 'skipped';
  if (earned >= points) return 'passed';
  return earned === 0 ? 'failed' : 'partial';
}

function round(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}

export interface TeardownFromStateOptions {
  /** Defaults to the stacks saved in the action's state. */
  refs?: readonly StackRef[];
  clients?: (region: string) => SandboxClients;
  clock?: Clock;
  log?: Log;
  pollMs?: number;
  maxWaitMs?: number;
}

export interface TeardownSummary {
  ref: StackRef;
  result: TeardownResult;
}

/**
 * The post step: delete every stack the main step saved, idempotently. Never throws; leaks and failures are
 * warnings, because failing the job here would hide the grade without deleting anything more.
 */
export async function teardownFromState(options: TeardownFromStateOptions = {}): Promise<TeardownSummary[]> {
  const log = options.log ?? actionsLog;
  const refs = options.refs ?? getStackIds();
  const out: TeardownSummary[] = [];
  for (const ref of refs) {
    try {
      const clients = options.clients ? options.clients(ref.region) : createClients(ref.region);
      const result = await teardownStack({
        clients,
        ref,
        clock: options.clock ?? realClock,
        log,
        pollMs: options.pollMs ?? AWS_POLL_DELAYS.deleteMs,
        maxWaitMs: options.maxWaitMs ?? POST_MAX_WAIT_DELETE_SECONDS * 1000,
      });
      if (result.status === 'deleted') log.info(result.message);
      else log.warn(result.message);
      out.push({ ref, result });
    } catch (e) {
      const message = `Could not tear down stack '${ref.stackName}' (${ref.stackId}): ${errorMessage(e)}. The scheduled janitor deletes it once its TTL passes.`;
      log.warn(message);
      out.push({ ref, result: { status: 'leaked', leaks: [], message } });
    }
  }
  return out;
}

export interface SweepOptions {
  region: string;
  prefix: string;
  dryRun: boolean;
  clients?: SandboxClients;
  clock?: Clock;
  log?: Log;
}

/** `labgrade sandbox sweep`: delete stacks with our tags whose TTL has passed. */
export async function sweep(options: SweepOptions): Promise<SweptStack[]> {
  return sweepExpiredStacks({
    clients: options.clients ?? createClients(options.region),
    prefix: options.prefix,
    dryRun: options.dryRun,
    clock: options.clock ?? realClock,
    log: options.log ?? actionsLog,
  });
}

/**
 * An AbortSignal that fires on SIGINT or SIGTERM (the runner's cancellation), so waits stop at once and the
 * post step, which still runs, does the deleting. `dispose` removes the handlers.
 */
export function abortOnSignals(log: Log = actionsLog): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const onSignal = (sig: NodeJS.Signals) => {
    log.warn(`Received ${sig}: stopping the sandbox deploy; the post step deletes what was created.`);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
