// Temporary submission trees for tests, removed after each test file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];
const cleanup = () => {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
};
// Also usable from scripts (the benchmarks), where there is no test runner to clean up after.
if (process.env['VITEST']) afterAll(cleanup);
else process.on('exit', cleanup);

export function tmpDir(prefix = 'labgrade-test-'): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(d);
  return d;
}

/** Writes files (path → text or bytes) under a new temporary root and returns the root. */
export function makeTree(files: Record<string, string | Uint8Array>, root = tmpDir()): string {
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
  return root;
}

/** Copies a directory tree (no symlinks in fixtures) into a new temporary root. */
export function copyTree(from: string, root = tmpDir()): string {
  fs.cpSync(from, root, { recursive: true });
  return root;
}

export const REPO = path.resolve(import.meta.dirname, '..', '..');
export const SHARED = path.resolve(REPO, '..', 'shared');
export const HAS_SHARED = fs.existsSync(path.join(SHARED, 'corpus'));

/**
 * Whether the reference solutions are here: true in the course repository, false in the learner template that
 * `npm run publish-template` writes, which leaves out test/fixtures/{solutions,naive,alternatives,golden} so no
 * learner can copy them. The tests that read those fixtures skip with SOLUTIONS_SKIP_REASON when this is false.
 */
export const HAS_SOLUTIONS = fs.existsSync(path.join(REPO, 'test', 'fixtures', 'solutions'));
export const SOLUTIONS_SKIP_REASON =
  'needs the reference solutions in test/fixtures/ (kept in the course repository, left out of the published learner template)';
