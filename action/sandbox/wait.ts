// Waiting, bounded: every sandbox wait is a poll loop here, because the SDK's own waiters sleep on real timers and
// the clock here is injectable, so tests never sleep. Each wait is bounded by a named MAX_WAIT_* constant
// (limits.ts). Nothing here retries a call: the SDK does that inside each one (clients.ts).
import type { Log } from '../../graders/engine/log.js';
import type { Clock } from '../util/clock.js';
import { errorMessage } from '../util/errors.js';

export { silentLog, type Log } from '../../graders/engine/log.js';
export { realClock, type Clock } from '../util/clock.js';

export type Poll<T> = { done: true; value: T } | { done: false; state: string };

export type WaitResult<T> =
  | { ok: true; value: T; waitedMs: number }
  | { ok: false; reason: 'timeout' | 'aborted'; last: string; waitedMs: number };

export interface WaitOptions {
  label: string;
  maxWaitMs: number;
  delayMs: number;
  clock: Clock;
  log: Log;
  signal?: AbortSignal | undefined;
}

/**
 * Polls until `probe` says done or `maxWaitMs` passes. The first poll is immediate. A probe that throws a
 * throttling or transient error, which the SDK has already retried, counts as "not done yet": the next poll comes
 * after the usual delay and the wait's own bound still holds, so this adds no attempts of its own. Any other
 * error propagates.
 */
export async function waitFor<T>(opts: WaitOptions, probe: () => Promise<Poll<T>>): Promise<WaitResult<T>> {
  const start = opts.clock.now();
  let last = 'not checked yet';
  for (;;) {
    const waitedMs = opts.clock.now() - start;
    if (opts.signal?.aborted) return { ok: false, reason: 'aborted', last, waitedMs };
    try {
      const r = await probe();
      if (r.done) return { ok: true, value: r.value, waitedMs: opts.clock.now() - start };
      last = r.state;
    } catch (e) {
      if (!isTransient(e)) throw e;
      last = `${opts.label}: ${errorMessage(e)}`;
      opts.log.debug(`${opts.label}: transient error, polling again: ${errorMessage(e)}`);
    }
    const elapsed = opts.clock.now() - start;
    if (elapsed + opts.delayMs > opts.maxWaitMs) {
      return { ok: false, reason: 'timeout', last, waitedMs: elapsed };
    }
    opts.log.debug(`${opts.label}: ${last}; next check in ${Math.round(opts.delayMs / 1000)} s`);
    await opts.clock.sleep(opts.delayMs);
  }
}

const THROTTLING = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
]);

/** The SDK marks throttling on `$retryable`; the names cover mocks and services that do not. */
function isThrottling(e: unknown): boolean {
  const err = e as { name?: string; $retryable?: { throttling?: boolean } } | null;
  return Boolean(err && (THROTTLING.has(err.name ?? '') || err.$retryable?.throttling));
}

/** Throttling, 5xx answers and dropped connections: worth another try later. */
function isTransient(e: unknown): boolean {
  if (isThrottling(e)) return true;
  const err = e as { $metadata?: { httpStatusCode?: number }; code?: string; name?: string } | null;
  const status = err?.$metadata?.httpStatusCode ?? 0;
  return (
    status >= 500 ||
    ['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE'].includes(err?.code ?? '') ||
    err?.name === 'TimeoutError'
  );
}
