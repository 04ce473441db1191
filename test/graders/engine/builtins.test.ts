// The lazily loaded built-ins (graders/engine/builtins.ts): spawn starts a process as node:child_process's does, and
// the hashes and random values are node:crypto's, with process.getBuiltinModule (Node 22.3+) and without it (the
// require fallback older Node 22 releases take).
import { createHash as nodeCreateHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { spawn } from '../../../graders/engine/builtins.js';
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

describe('the lazy node:crypto', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  afterEach(() => {
    process.getBuiltinModule = original;
    vi.resetModules();
  });

  it.each([
    ['with process.getBuiltinModule', false],
    ['without it', true],
  ])('hashes and draws %s', async (_, without) => {
    vi.resetModules();
    if (without) (process as { getBuiltinModule?: unknown }).getBuiltinModule = undefined;
    const { createHash, randomBytes, randomUUID } = await import('../../../graders/engine/builtins.js');
    expect(createHash('sha256').update('labgrade').digest('hex')).toBe(
      nodeCreateHash('sha256').update('labgrade').digest('hex'),
    );
    expect(randomUUID()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(randomBytes(24)).toHaveLength(24);
  });
});
