// Node's `spawn`, loaded on first use. Loading node:child_process costs a few milliseconds of every process that
// imports it, and a `labgrade grade` whose labs all come from the result cache starts no process at all.
// process.getBuiltinModule (Node 22.3+) loads it synchronously where it is called; older Node 22 releases fall back
// to a require made for this module.
import type { spawn as nodeSpawn } from 'node:child_process';
import { createRequire } from 'node:module';

type ChildProcessModule = typeof import('node:child_process');

export const spawn: typeof nodeSpawn = ((...args: Parameters<typeof nodeSpawn>) => {
  const cp =
    (process.getBuiltinModule?.('node:child_process') as ChildProcessModule | undefined) ??
    (createRequire(import.meta.url)('node:child_process') as ChildProcessModule);
  return cp.spawn(...args);
}) as typeof nodeSpawn;
