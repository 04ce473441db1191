#!/usr/bin/env node
// `npm run bench`: whole-process static grading of the reference solutions, as a learner runs it, several
// times. Prints medians and ratios against baselines measured in the same run: a bare Node start-up and
// the same grading without cfn-lint (so the cost of cfn-lint's own start-up is visible).
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const runs = Number(process.env.BENCH_RUNS ?? 7);
const cli = path.join(root, 'dist', 'cli', 'index.js');
const solutions = path.join(root, 'test', 'fixtures', 'solutions');

function time(label, args) {
  const samples = [];
  for (let i = 0; i < runs + 1; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) throw new Error(`${label} exited ${r.status}: ${r.stderr}`);
    if (i > 0) samples.push(ms); // the first run warms the file cache
  }
  samples.sort((a, b) => a - b);
  const median =
    samples.length % 2
      ? samples[(samples.length - 1) / 2]
      : (samples[samples.length / 2 - 1] + samples[samples.length / 2]) / 2;
  return { label, median, min: samples[0], max: samples[samples.length - 1] };
}

const baseline = time('node start-up (baseline)', ['-e', '']);
const noLint = time('grade solutions --no-lint', [
  cli,
  'grade',
  '--root',
  solutions,
  '--format',
  'json',
  '--no-lint',
]);
const full = time('grade solutions (with cfn-lint)', [cli, 'grade', '--root', solutions, '--format', 'json']);
console.log(`runs per case: ${runs} (after one warm-up), ${process.version}`);
for (const r of [baseline, noLint, full]) {
  console.log(
    `${r.label.padEnd(34)} median ${r.median.toFixed(1).padStart(7)} ms  (min ${r.min.toFixed(1)}, max ${r.max.toFixed(1)})  ×${(r.median / baseline.median).toFixed(2)} baseline`,
  );
}
console.log(
  `grading work beyond node start-up: ${(noLint.median - baseline.median).toFixed(1)} ms; cfn-lint adds ${(full.median - noLint.median).toFixed(1)} ms`,
);

// The GitHub Action: cold start to the PR comment posted, on the loopback GitHub server.
console.log('');
const action = spawnSync(
  path.join(root, 'node_modules', '.bin', 'tsx'),
  [path.join(root, '.github', 'scripts', 'bench-action.ts')],
  { cwd: root, stdio: 'inherit', env: { ...process.env, BENCH_RUNS: String(runs) } },
);
if (action.status !== 0) process.exit(action.status ?? 1);

// The sandbox deploy: lab 03's deploy → verify → teardown against moto_server (skips itself without moto).
console.log('');
const sandbox = spawnSync(
  path.join(root, 'node_modules', '.bin', 'tsx'),
  [path.join(root, '.github', 'scripts', 'bench-sandbox.ts'), String(runs)],
  { cwd: root, stdio: 'inherit' },
);
if (sandbox.status !== 0) process.exit(sandbox.status ?? 1);
