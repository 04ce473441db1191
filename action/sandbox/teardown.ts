// Teardown: delete a stack by id and make sure it is gone. Idempotent (DeleteStack on a deleted stack succeeds),
// so the main step's finally and the post step can both call it. DELETE_FAILED is retried once; whatever still
// stands after that is reported as a leak with its logical ids, for the instructor to clean up.
import {
  DeleteStackCommand,
  DescribeStacksCommand,
  ListStackResourcesCommand,
  type StackResourceSummary,
} from '@aws-sdk/client-cloudformation';
import type { StackRef } from '../state.js';
import { errorMessage } from '../util/errors.js';
import type { SandboxClients } from './clients.js';
import { waitFor, type Clock, type Log } from './wait.js';

export interface TeardownArgs {
  clients: SandboxClients;
  ref: StackRef;
  clock: Clock;
  log: Log;
  pollMs: number;
  maxWaitMs: number;
  /** Logical ids the template declares: the fallback leak list when the stack's own list cannot be read. */
  declared?: readonly string[];
  /** When aborted, ask for deletion and return without waiting; the post step and the janitor finish. */
  signal?: AbortSignal | undefined;
}

export interface TeardownResult {
  status: 'deleted' | 'requested' | 'leaked' | 'timeout';
  /** Logical ids of resources that may still exist. */
  leaks: string[];
  message: string;
}

type Observed =
  | { kind: 'gone' }
  | { kind: 'vanished' }
  | { kind: 'failed'; status: string }
  | { kind: 'timeout'; status: string }
  | { kind: 'aborted' };

export async function teardownStack(a: TeardownArgs): Promise<TeardownResult> {
  const name = a.ref.stackName;
  // Read before deleting: if the stack record disappears after a failed delete (moto does this), this list is
  // the only record of what may remain.
  const before = await listResources(a.clients, a.ref.stackId).catch(() => null);

  let lastError: string | null = null;
  let lastStatus = '';
  for (let attempt = 1; attempt <= 2; attempt++) {
    lastError = await requestDelete(a);
    if (a.signal?.aborted) {
      return {
        status: 'requested',
        leaks: [],
        message: `Deletion of stack '${name}' was requested; the run was cancelled before it finished, so the post step or the janitor will confirm it.`,
      };
    }
    const seen = await observe(a, lastError !== null);
    if (seen.kind === 'gone') {
      return { status: 'deleted', leaks: [], message: `Stack '${name}' was deleted.` };
    }
    if (seen.kind === 'aborted') {
      return {
        status: 'requested',
        leaks: [],
        message: `Deletion of stack '${name}' is under way; the run was cancelled while waiting.`,
      };
    }
    if (seen.kind === 'timeout') {
      return {
        status: 'timeout',
        leaks: [],
        message: `Stack '${name}' was still '${seen.status}' after ${Math.round(a.maxWaitMs / 1000)} s; the scheduled janitor will finish deleting it.`,
      };
    }
    if (seen.kind === 'vanished') {
      const leaks = leftovers(before, a.declared);
      return {
        status: 'leaked',
        leaks,
        message: `Deleting stack '${name}' failed (${lastError ?? 'no reason given'}) and the stack record is gone, so CloudFormation can no longer delete what remains. These resources may still exist: ${quoteList(leaks)}. Not your fault; the instructor has to delete them by hand.`,
      };
    }
    lastStatus = seen.status;
    if (attempt === 1)
      a.log.warn(
        `Stack '${name}' is '${seen.status}'${lastError ? ` (${lastError})` : ''}; retrying the deletion once.`,
      );
  }

  const after = await listResources(a.clients, a.ref.stackId).catch(() => null);
  const remaining = after
    ? after.filter((r) => r.ResourceStatus !== 'DELETE_COMPLETE' && r.ResourceStatus !== 'DELETE_SKIPPED')
    : null;
  const leaks = remaining ? remaining.map((r) => r.LogicalResourceId ?? '?') : leftovers(before, a.declared);
  const reasons = (remaining ?? [])
    .filter((r) => r.ResourceStatusReason)
    .slice(0, 3)
    .map((r) => `'${r.LogicalResourceId ?? '?'}': ${r.ResourceStatusReason ?? ''}`);
  return {
    status: 'leaked',
    leaks,
    message: `Stack '${name}' could not be deleted after two attempts (${lastStatus || lastError || 'unknown state'}). Left behind: ${quoteList(leaks)}.${reasons.length ? ` ${reasons.join(' ')}` : ''} Not your fault; the instructor has to delete them by hand.`,
  };
}

/** DeleteStack; returns the error text instead of throwing, since a failed request is itself a teardown state. */
async function requestDelete(a: TeardownArgs): Promise<string | null> {
  try {
    // The SDK retries throttling inside send (clients.ts); DELETE_FAILED is what teardownStack retries.
    await a.clients.cloudformation.send(new DeleteStackCommand({ StackName: a.ref.stackId }));
    return null;
  } catch (e) {
    const name = (e as { name?: string }).name;
    return `${name ? `${name}: ` : ''}${errorMessage(e)}`;
  }
}

async function observe(a: TeardownArgs, deleteErrored: boolean): Promise<Observed> {
  type Settled = Exclude<Observed, { kind: 'timeout' } | { kind: 'aborted' }>;
  const settled = (value: Settled) => ({ done: true as const, value });
  const waited = await waitFor<Settled>(
    {
      label: `deleting ${a.ref.stackName}`,
      maxWaitMs: a.maxWaitMs,
      delayMs: a.pollMs,
      clock: a.clock,
      log: a.log,
      signal: a.signal,
    },
    async () => {
      let status: string;
      try {
        const d = await a.clients.cloudformation.send(
          new DescribeStacksCommand({ StackName: a.ref.stackId }),
        );
        status = d.Stacks?.[0]?.StackStatus ?? 'DELETE_COMPLETE';
      } catch (e) {
        if (!/does not exist/i.test(errorMessage(e))) throw e;
        // AWS keeps a deleted stack's record (DELETE_COMPLETE) when asked by id. A missing record after a
        // failed DeleteStack means the record was dropped with resources still standing.
        return settled(deleteErrored ? { kind: 'vanished' } : { kind: 'gone' });
      }
      if (status === 'DELETE_COMPLETE') return settled({ kind: 'gone' });
      if (status === 'DELETE_FAILED') return settled({ kind: 'failed', status });
      // A refused DeleteStack changes nothing, so waiting for it would only burn the bound.
      if (deleteErrored && status !== 'DELETE_IN_PROGRESS') return settled({ kind: 'failed', status });
      return { done: false as const, state: status };
    },
  );
  if (waited.ok) return waited.value;
  return waited.reason === 'aborted' ? { kind: 'aborted' } : { kind: 'timeout', status: waited.last };
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

function leftovers(before: StackResourceSummary[] | null, declared: readonly string[] | undefined): string[] {
  const ids = before
    ? before.filter((r) => r.ResourceStatus !== 'DELETE_COMPLETE').map((r) => r.LogicalResourceId ?? '')
    : [...(declared ?? [])];
  return [...new Set(ids.filter(Boolean))].sort();
}

function quoteList(ids: readonly string[]): string {
  return ids.length ? ids.map((i) => `'${i}'`).join(', ') : 'unknown resources (see the account)';
}
