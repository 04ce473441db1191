// The one retry helper (GitHub calls): bounded attempts, full-jitter back-off, a server's Retry-After honoured and
// capped, and errors that will not pass thrown at once. The clock is fake, so nothing sleeps.
import { describe, expect, it } from 'vitest';
import type { Clock } from '../../../action/util/clock.js';
import { backoffMs, retry } from '../../../action/util/retry.js';

function fakeClock(random = 0.5): Clock & { sleeps: number[] } {
  let t = 0;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleep: async (ms) => {
      sleeps.push(ms);
      t += ms;
    },
    random: () => random,
    sleeps,
  };
}

/** A call that throws each given error in turn, then answers 'ok'. */
function flaky(errors: unknown[]) {
  let calls = 0;
  return {
    fn: async () => {
      calls++;
      if (calls <= errors.length) throw errors[calls - 1];
      return 'ok';
    },
    calls: () => calls,
  };
}

describe('retry', () => {
  it('backs off with full jitter, doubling the cap each attempt, and returns the first success', async () => {
    const clock = fakeClock(0.5);
    const call = flaky([new Error('502'), new Error('503')]);
    const log: string[] = [];
    const out = await retry(call.fn, {
      label: 'get PR #3',
      retryable: () => true,
      attempts: 3,
      baseMs: 1000,
      clock,
      log: (m) => log.push(m),
    });
    expect(out).toBe('ok');
    expect(call.calls()).toBe(3);
    expect(clock.sleeps).toEqual([500, 1000]);
    expect(log[0]).toBe('get PR #3: attempt 1 of 3 failed (502); retrying in 500 ms');
  });

  it('gives up after the last attempt with the last error', async () => {
    const clock = fakeClock();
    const call = flaky([new Error('a'), new Error('b'), new Error('c'), new Error('d')]);
    await expect(retry(call.fn, { label: 'x', retryable: () => true, attempts: 3, clock })).rejects.toThrow(
      'c',
    );
    expect(call.calls()).toBe(3);
    expect(clock.sleeps).toHaveLength(2);
  });

  it('throws at once when the classifier says the error will not pass', async () => {
    const clock = fakeClock();
    const call = flaky([Object.assign(new Error('forbidden'), { status: 403 })]);
    await expect(retry(call.fn, { label: 'x', retryable: () => false, clock })).rejects.toThrow('forbidden');
    expect(call.calls()).toBe(1);
    expect(clock.sleeps).toEqual([]);
  });

  it("waits a server's Retry-After, but never longer than maxMs", async () => {
    const clock = fakeClock();
    const call = flaky([new Error('429'), new Error('429')]);
    const waits = [2_000, 90_000];
    await retry(call.fn, { label: 'x', retryable: () => waits.shift() ?? true, maxMs: 30_000, clock });
    expect(clock.sleeps).toEqual([2_000, 30_000]);
  });
});

describe('backoffMs', () => {
  it('is a random share of min(maxMs, baseMs × 2^(attempt-1))', () => {
    expect(backoffMs(1, 1000, 30_000, () => 0.999)).toBe(999);
    expect(backoffMs(3, 1000, 30_000, () => 0.5)).toBe(2000);
    expect(backoffMs(10, 1000, 30_000, () => 0.5)).toBe(15_000);
    expect(backoffMs(2, 1000, 30_000, () => 0)).toBe(0);
  });
});
