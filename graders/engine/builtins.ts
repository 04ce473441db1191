// Node built-ins that a run often does not need, loaded where first called: node:child_process (a few ms),
// node:crypto (about 6 ms), and the CLI's node:net and node:v8 (about 3 ms each) are costs of every process that
// imports them, and a `labgrade grade` whose labs all come from the result cache neither starts a process, hashes,
// connects nor deserializes anything. process.getBuiltinModule (Node 22.3+) loads a built-in synchronously; older
// Node 22 releases fall back to a require made for this module.
import type * as ChildProcess from 'node:child_process';
import type * as Crypto from 'node:crypto';
import { createRequire } from 'node:module';

let requireHere: NodeJS.Require | undefined;

/** The built-in `id` (`node:…`), loaded on this first call. */
export function builtin<T>(id: string): T {
  return (
    (process.getBuiltinModule?.(id) as T | undefined) ??
    ((requireHere ??= createRequire(import.meta.url))(id) as T)
  );
}

const childProcess = () => builtin<typeof ChildProcess>('node:child_process');
const crypto = () => builtin<typeof Crypto>('node:crypto');

export const spawn = ((...args: Parameters<typeof ChildProcess.spawn>) =>
  childProcess().spawn(...args)) as typeof ChildProcess.spawn;
export const createHash = ((...args: Parameters<typeof Crypto.createHash>) =>
  crypto().createHash(...args)) as typeof Crypto.createHash;
export const randomUUID = ((...args: Parameters<typeof Crypto.randomUUID>) =>
  crypto().randomUUID(...args)) as typeof Crypto.randomUUID;
export const randomBytes = ((...args: Parameters<typeof Crypto.randomBytes>) =>
  crypto().randomBytes(...args)) as typeof Crypto.randomBytes;

/**
 * Milliseconds on a monotonic clock, for durations. The global `performance` is itself loaded on first use, with
 * node:perf_hooks behind it (about 3 ms); process.hrtime is there from the start.
 */
export const monotonicMs = (): number => Number(process.hrtime.bigint()) / 1e6;
