#!/usr/bin/env node
// Builds the two ESM bundles with ncc: the action (dist/index.js) and the labgrade CLI (dist/cli/index.js).
// `node build.mjs OUTDIR` builds elsewhere; the dist-freshness test uses that to compare with dist/.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
const ncc = path.join(root, 'node_modules', '.bin', 'ncc');
fs.rmSync(out, { recursive: true, force: true });
// Type errors are caught by `npm run typecheck`; the bundler only transpiles (ESM, via tsconfig module ESNext).
execFileSync(
  ncc,
  ['build', 'action/index.ts', '-o', out, '--transpile-only', '--license', 'licenses.txt', '-q'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
execFileSync(ncc, ['build', 'action/cli/index.ts', '-o', path.join(out, 'cli'), '--transpile-only', '-q'], {
  cwd: root,
  stdio: 'inherit',
});
// The post step (sandbox teardown) is its own bundle; it loads the AWS SDK only when state names a stack.
execFileSync(ncc, ['build', 'action/post.ts', '-o', path.join(out, 'post'), '--transpile-only', '-q'], {
  cwd: root,
  stdio: 'inherit',
});
fs.chmodSync(path.join(out, 'cli', 'index.js'), 0o755);
