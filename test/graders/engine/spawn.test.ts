// The lazily loaded spawn: it starts a process as node:child_process's does, with process.getBuiltinModule (Node
// 22.3+) and without it (the require fallback older Node 22 releases take).
import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from '../../../graders/engine/spawn.js';
import { PROCESS_TEST_TIMEOUT_MS } from '../../helpers/timeouts.js';

const original = process.getBuiltinModule;

function exitOf(code: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (c) => resolve({ code: c, out }));
  });
}

describe('spawn', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  afterEach(() => {
    process.getBuiltinModule = original;
  });

  it.each([
    ['with process.getBuiltinModule', false],
    ['without it', true],
  ])('starts a process %s', async (_, without) => {
    if (without) (process as { getBuiltinModule?: unknown }).getBuiltinModule = undefined;
    expect(await exitOf('process.stdout.write("hi"); process.exit(3)')).toEqual({ code: 3, out: 'hi' });
  });
});
