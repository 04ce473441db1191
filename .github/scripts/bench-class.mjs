#!/usr/bin/env node
// `npm run bench` (class part): grading a class of 200 synthetic submissions with `labgrade batch`, with cfn-lint,
// against grading each submission in its own `labgrade grade` process, measured on a sample in the same run
// (issue 14: ≤ 60 s for the 200, and ≥ 10× faster than one process per submission). The class mixes reference
// solutions each changed in one lab (a comment and a different desired count where the lab has one, so cfn-lint
// sees a new text), common-mistakes submissions, and untouched starters, as a real class would.
// BENCH_CLASS_RUNS sets the batch rounds (default 3), BENCH_CLASS_SAMPLE the one-process sample (default 8).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const cli = path.resolve(process.env.BENCH_CLI ?? path.join(root, 'dist', 'cli', 'index.js'));
const runs = Number(process.env.BENCH_CLASS_RUNS ?? 3);
const sampleSize = Number(process.env.BENCH_CLASS_SAMPLE ?? 8);
const SIZE = 200;
const TARGET_SECONDS = 60;
const TARGET_RATIO = 10;

const fixtures = path.join(root, 'test', 'fixtures');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'labgrade-class-bench-'));

/** Every file of a lab folder, recursively, by path relative to it. */
function filesOf(dir, rel = '') {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const r = rel ? `${rel}/${e.name}` : e.name;
    return e.isDirectory() ? filesOf(dir, r) : [r];
  });
}

const labsOf = (from) =>
  fs
    .readdirSync(path.join(from, 'labs'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);

function copyLabs(from, to) {
  fs.cpSync(path.join(from, 'labs'), path.join(to, 'labs'), { recursive: true });
}

/** A reference solution with one lab changed the way a learner's own finishing touches would change it. */
function mutatedReference(to, n) {
  const from = path.join(fixtures, 'solutions');
  copyLabs(from, to);
  const labs = labsOf(from);
  const lab = labs[n % labs.length];
  const file = filesOf(path.join(to, 'labs', lab)).find((f) =>
    /(^|\/)(template\.ya?ml|Dockerfile|task-definition\.json|deployment\.yaml)$/.test(f),
  );
  if (!file) return;
  const p = path.join(to, 'labs', lab, file);
  let text = fs.readFileSync(p, 'utf8');
  if (file.endsWith('.json')) text = text.replace(/\n$/, '') + '\n';
  else text = `${text.replace(/\n?$/, '\n')}# learner ${n}\n`;
  text = text.replace(/DesiredCount: 2\b/, 'DesiredCount: 3');
  fs.writeFileSync(p, text);
}

const dirs = [];
for (let n = 0; n < SIZE; n++) {
  const dir = path.join(work, `learner-${String(n).padStart(3, '0')}`);
  fs.mkdirSync(dir);
  const kind = n % 10;
  if (kind < 5) mutatedReference(dir, n);
  else if (kind < 8) copyLabs(path.join(fixtures, 'naive'), dir);
  else copyLabs(root, dir);
  dirs.push(dir);
}

function time(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: root, maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`labgrade ${args[0]} failed (${r.status}): ${r.stderr.slice(0, 500)}`);
  return ms;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const out = path.join(work, 'class.json');
const batchMs = [];
const singleMs = [];
// One process per submission, on an evenly spread sample: what grading the class without batch would cost.
const sample = Array.from({ length: sampleSize }, (_, i) => dirs[Math.floor((i * SIZE) / sampleSize)]);
for (let r = 0; r < runs; r++) {
  batchMs.push(
    time(['batch', ...dirs, '--format', 'json', '--out', out, '--submitted-at', '2027-01-15T12:00:00Z']),
  );
  for (const d of sample.slice(
    Math.floor((r * sample.length) / runs),
    Math.floor(((r + 1) * sample.length) / runs),
  ))
    singleMs.push(time(['grade', '--root', d, '--format', 'json', '--no-cache']));
}
const batch = median(batchMs);
const perProcess = singleMs.reduce((a, b) => a + b, 0) / singleMs.length;
const estimated = perProcess * SIZE;
const ratio = estimated / batch;
const report = JSON.parse(fs.readFileSync(out, 'utf8'));
const graded = report.submissions.filter((s) => s.status === 'graded').length;

console.log(
  `\nClass of ${SIZE} synthetic submissions (5:3:2 changed references, common mistakes, starters), with cfn-lint`,
);
console.log(
  `  labgrade batch          median ${(batch / 1000).toFixed(1)} s over ${runs} runs (${graded}/${SIZE} graded)   target ≤ ${TARGET_SECONDS} s: ${batch / 1000 <= TARGET_SECONDS ? 'met' : 'MISSED'}`,
);
console.log(
  `  labgrade grade, 1 process per submission: mean ${(perProcess / 1000).toFixed(2)} s over ${singleMs.length} sampled, ≈ ${(estimated / 1000).toFixed(0)} s for ${SIZE}`,
);
console.log(
  `  ratio                   ${ratio.toFixed(1)}×   target ≥ ${TARGET_RATIO}×: ${ratio >= TARGET_RATIO ? 'met' : 'MISSED'}`,
);
fs.rmSync(work, { recursive: true, force: true });
