// node:crypto loaded on first use: the same hashes and random values as node:crypto gives, with
// process.getBuiltinModule (Node 22.3+) and without it (the require fallback older Node 22 releases take).
import { createHash as nodeCreateHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROCESS_TEST_TIMEOUT_MS } from '../../helpers/timeouts.js';

const original = process.getBuiltinModule;

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
    const { createHash, randomBytes, randomUUID } = await import('../../../graders/engine/crypto.js');
    expect(createHash('sha256').update('labgrade').digest('hex')).toBe(
      nodeCreateHash('sha256').update('labgrade').digest('hex'),
    );
    expect(randomUUID()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(randomBytes(24)).toHaveLength(24);
  });
});
