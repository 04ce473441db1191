// Bounded retries with exponential back-off and full jitter, for GitHub calls that fail for reasons that
// pass (5xx, secondary rate limits). Sleep is injectable so tests never wait.
import { errorMessage } from './errors.js';

export interface RetryOptions {
  attempts?: number;
  baseMs?: number;
  maxMs?: number;
  label: string;
  retryable: (e: unknown) => number | boolean;
  log?: (message: string) => void;
  sleep?: (ms: number) => Promise<void>;
}

export const defaultSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function retry<T>(fn: () => Promise<T>, opts: RetryOptions): Promise<T> {
  const attempts = opts.attempts ?? 3;
  const base = opts.baseMs ?? Number(process.env['LABGRADE_RETRY_BASE_MS'] ?? 1000);
  const max = opts.maxMs ?? 30_000;
  const sleep = opts.sleep ?? defaultSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      const verdict = opts.retryable(e);
      if (verdict === false || attempt >= attempts) throw e;
      // A number is a server-given wait (Retry-After), in ms.
      const delay =
        typeof verdict === 'number'
          ? Math.min(verdict, max)
          : Math.random() * Math.min(max, base * 2 ** (attempt - 1));
      opts.log?.(
        `${opts.label}: attempt ${attempt} of ${attempts} failed (${errorMessage(e)}); retrying in ${Math.round(delay)} ms`,
      );
      await sleep(delay);
    }
  }
}
