// Time, injectable: the retry helper and the sandbox's waits take a Clock, so tests pass a fake one and never
// sleep.

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
