// The one retry helper: bounded attempts, exponential back-off with full jitter, and a server-given wait
// (Retry-After) honoured when the caller's classifier returns one. The clock is injectable so tests never sleep.
//
// It is for calls that have no retries of their own: the GitHub REST calls (@actions/github's Octokit has no retry
// plugin). AWS calls never go through it: the SDK already retries throttling, 5xx answers and dropped connections
// (action/sandbox/clients.ts), and a loop of ours around the SDK's multiplies the attempts (four of ours around
// the SDK's three sent twelve CreateStack requests) and the waiting, behind the back of the SDK's retry quota.
import { realClock, type Clock } from './clock.js';
import { errorMessage } from './errors.js';

export interface RetryOptions {
  /** Names the call in log lines: "get PR #3". */
  label: string;
  /** What to do with an error: false gives up, true backs off, a number waits that many ms (Retry-After). */
  retryable(e: unknown): number | boolean;
  /** Attempts in all, the first included. */
  attempts?: number;
  baseMs?: number;
  maxMs?: number;
  clock?: Clock;
  log?: (message: string) => void;
}

export const RETRY_DEFAULTS = { attempts: 3, baseMs: 1_000, maxMs: 30_000 } as const;

/** Full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"): a random wait up to the doubled cap. */
export function backoffMs(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  return Math.round(random() * Math.min(maxMs, baseMs * 2 ** (attempt - 1)));
}

export async function retry<T>(fn: () => Promise<T>, opts: RetryOptions): Promise<T> {
  const attempts = opts.attempts ?? RETRY_DEFAULTS.attempts;
  const baseMs = opts.baseMs ?? RETRY_DEFAULTS.baseMs;
  const maxMs = opts.maxMs ?? RETRY_DEFAULTS.maxMs;
  const clock = opts.clock ?? realClock;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      const verdict = opts.retryable(e);
      if (verdict === false || attempt >= attempts) throw e;
      const delay =
        typeof verdict === 'number'
          ? Math.min(verdict, maxMs)
          : backoffMs(attempt, baseMs, maxMs, () => clock.random());
      opts.log?.(
        `${opts.label}: attempt ${attempt} of ${attempts} failed (${errorMessage(e)}); retrying in ${delay} ms`,
      );
      await clock.sleep(delay);
    }
  }
}
