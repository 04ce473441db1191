// Time, waiting and retrying, with the clock injectable so tests never sleep. The SDK's own waiters sleep on real
// timers, so every sandbox wait is a poll loop here instead, bounded by a named MAX_WAIT_* constant (limits.ts).
import type { Log } from '../../graders/engine/log.js';
import { errorMessage } from '../util/errors.js';

export { silentLog, type Log } from '../../graders/engine/log.js';

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
  /** 0 ≤ random() < 1, for retry jitter. */
  random(): number;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
};

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
 * throttling or transient error is logged and polled again; any other error propagates.
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
export function isThrottling(e: unknown): boolean {
  const err = e as { name?: string; $retryable?: { throttling?: boolean } } | null;
  return Boolean(err && (THROTTLING.has(err.name ?? '') || err.$retryable?.throttling));
}

/** Throttling, 5xx answers and dropped connections: worth another try later. */
export function isTransient(e: unknown): boolean {
  if (isThrottling(e)) return true;
  const err = e as { $metadata?: { httpStatusCode?: number }; code?: string; name?: string } | null;
  const status = err?.$metadata?.httpStatusCode ?? 0;
  return (
    status >= 500 ||
    ['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE'].includes(err?.code ?? '') ||
    err?.name === 'TimeoutError'
  );
}

/** Beyond the SDK's own attempts, calls that must not be lost (create, delete) get this many more. */
export const RETRY_ATTEMPTS = 4;
export const RETRY_BASE_MS = 1_000;
export const RETRY_MAX_MS = 20_000;

/**
 * Retries `fn` on throttling with exponential back-off and full jitter, logging each attempt. Other errors
 * propagate at once: a validation error will not fix itself.
 */
export async function retryThrottled<T>(
  label: string,
  fn: () => Promise<T>,
  clock: Clock,
  log: Log,
  attempts = RETRY_ATTEMPTS,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (!isThrottling(e) || attempt >= attempts) throw e;
      const cap = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** (attempt - 1));
      const delay = Math.round(clock.random() * cap);
      log.info(
        `${label}: throttled by AWS (attempt ${attempt} of ${attempts}): ${errorMessage(e)}; retrying in ${delay} ms`,
      );
      await clock.sleep(delay);
    }
  }
}
