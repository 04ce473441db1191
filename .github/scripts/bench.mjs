#!/usr/bin/env node
// `npm run bench`: whole-process grading of the reference course (test/fixtures/solutions), as a learner runs
// it, against baselines measured in the same run, and the two ratios issue 10 sets targets for:
// - static grading (`--no-lint`) over a bare `node -e 0`: the cost of loading and running the grader (≤ 3×), as a
//   learner's repeated runs see it, with the CLI's caches (node_modules/.cache/labgrade) warm from the warm-up
//   round: every lab whose files are unchanged comes from the result cache, after its journal of file reads is
//   replayed. Printed beside it: every lab graded anew with only the parse cache warm, and the first run
//   (`--no-cache`, every template parsed);
// - full grading over one batched cfn-lint call on the same templates with the same interpreter: what grading
//   adds to cfn-lint, which dominates (≤ 1.05×);
// and issue 14's: a regrade after editing one lab over a cold grade of all labs (≤ 0.5×, bench-regrade.mjs), and
// issue 13's: what synthesizing the CDK apps adds, per lab and for the whole course (bench-synth.mjs).
// CDK apps are not run in the grading ratios (`--no-synth`): they measure the grader, not the learner's app.
// The cases run in rotation, one of each per round, so a burst of load on a shared machine lands on all of them
// alike; each figure is the median of the rounds after one warm-up round. The two that take tens of milliseconds,
// `node -e 0` and static grading, run BENCH_PAIRS times (default 5) per round, alternately: a few ms of noise is
// a large part of them, and more samples steady their ratio. Then the action and sandbox benches.
// BENCH_RUNS sets the rounds (default 7); BENCH_GRADE_ONLY=1 stops after the grading ratios. Run it with the
// Node you want to measure: `npx -p node@24 node .github/scripts/bench.mjs`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const runs = Number(process.env.BENCH_RUNS ?? 7);
const pairs = Number(process.env.BENCH_PAIRS ?? 5);
// BENCH_CLI times another build of the CLI (e.g. `node .github/scripts/build.mjs /tmp/out`) than dist/.
const cli = path.resolve(process.env.BENCH_CLI ?? path.join(root, 'dist', 'cli', 'index.js'));
const course = path.join(root, 'test', 'fixtures', 'solutions');
const python = process.env.LABGRADE_PYTHON || 'python3';
const TARGET_STATIC = 3;
const TARGET_FULL = 1.05;

// The templates the grader hands cfn-lint (per lab, the first of its template candidates, as
// graders/rubrics/lib/template.ts lists them), copied to a private folder as it does, linted with its flags.
const lintDir = fs.mkdtempSync(path.join(os.tmpdir(), 'labgrade-bench-'));
// Only labs this CLI grades: a fixture for a lab not yet registered is not linted by it either.
const registered = new Set(
  spawnSync(process.execPath, [cli, 'list'], { encoding: 'utf8' })
    .stdout.split('\n')
    .map((l) => l.split(' ')[0]),
);
const templates = fs
  .readdirSync(path.join(course, 'labs'))
  .filter((lab) => registered.has(lab))
  .flatMap((lab) => {
    const f = ['template.yaml', 'template.yml', 'template.json']
      .map((name) => path.join(course, 'labs', lab, name))
      .find((p) => fs.existsSync(p));
    if (!f) return [];
    const to = path.join(lintDir, lab, path.basename(f));
    fs.mkdirSync(path.dirname(to));
    fs.copyFileSync(f, to);
    return [path.relative(lintDir, to)];
  });
// Where the CLI keeps cfn-lint's findings (action/cli/lint-cache.ts) and graded labs (action/cli/result-cache.ts):
// the repository that holds it.
const cacheRoot = path.join(path.dirname(cli), '..', '..', 'node_modules', '.cache', 'labgrade');
const lintCache = path.join(cacheRoot, 'lint');
const clearResults = () => fs.rmSync(path.join(cacheRoot, 'results'), { recursive: true, force: true });
const cfnLintMain =
  'import sys\nfrom cfnlint.runner import main\nsys.argv = ["cfn-lint"] + sys.argv[1:]\nsys.exit(main())';

const cases = [
  { label: 'node -e 0 (baseline)', cmd: process.execPath, args: ['-e', '0'], repeat: pairs },
  {
    label: 'grade --no-lint',
    cmd: process.execPath,
    args: [cli, 'grade', '--root', course, '--format', 'json', '--no-lint', '--no-synth'],
    repeat: pairs,
  },
  {
    label: `one batched cfn-lint (${templates.length} templates)`,
    cmd: python,
    args: [
      '-c',
      cfnLintMain,
      '-f',
      'json',
      '--non-zero-exit-code',
      'none',
      '-r',
      'us-east-1',
      '-i',
      'W2001',
      'W3005',
      '--',
      ...templates,
    ],
    cwd: lintDir,
    env: { PYTHONDONTWRITEBYTECODE: '1' },
  },
  {
    label: 'grade (with cfn-lint)',
    cmd: process.execPath,
    args: [cli, 'grade', '--root', course, '--format', 'json', '--no-synth'],
    // cfn-lint's findings and the labs graded by an earlier round would spare this run the cfn-lint it is compared
    // with, so they go. The cfn-lint version memo stays: it describes the install, not a result, and is made once
    // per install (without it each round would also start the version probe, which a learner's runs do only once).
    before: () => {
      clearResults();
      for (const f of fs.existsSync(lintCache) ? fs.readdirSync(lintCache) : [])
        if (!f.startsWith('cfn-lint-version-'))
          fs.rmSync(path.join(lintCache, f), { recursive: true, force: true });
    },
  },
  // Every lab graded anew, its templates read back from the parse cache: a run after editing every lab.
  {
    label: 'grade --no-lint, no kept labs',
    cmd: process.execPath,
    args: [cli, 'grade', '--root', course, '--format', 'json', '--no-lint', '--no-synth'],
    before: clearResults,
  },
  // Every template parsed afresh, as on a first run or after `npm run build`: the cost the parse cache saves.
  {
    label: 'grade --no-lint --no-cache',
    cmd: process.execPath,
    args: [cli, 'grade', '--root', course, '--format', 'json', '--no-lint', '--no-cache', '--no-synth'],
  },
];

// CPU seconds (user + system) of the children this process has waited for, from /proc (Linux; 10 ms ticks).
// On a loaded machine wall time measures the queue for a core as much as the work; CPU time does not.
function childCpuMs() {
  try {
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return null;
  }
}

const samples = cases.map(() => []);
const cpuSamples = cases.map(() => []);
const repeats = Math.max(...cases.map((c) => c.repeat ?? 1));
for (let round = 0; round <= runs; round++) {
  for (let rep = 0; rep < repeats; rep++)
    cases.forEach((c, k) => rep < (c.repeat ?? 1) && measure(c, k, round));
}

function measure(c, k, round) {
  c.before?.();
  const c0 = childCpuMs();
  const t0 = process.hrtime.bigint();
  const r = spawnSync(c.cmd, c.args, {
    cwd: c.cwd ?? root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', ...c.env },
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${c.label} exited ${r.status}: ${r.stderr}`);
  if (c.label.startsWith('grade (with') && /cfn-lint is not installed|not installed/.test(r.stderr))
    throw new Error(
      `cfn-lint is not available to the grader, so the full-grading figure means nothing: ${r.stderr}`,
    );
  const c1 = childCpuMs();
  if (round > 0) {
    samples[k].push(ms); // round 0 warms the file cache
    if (c0 !== null && c1 !== null) cpuSamples[k].push(c1 - c0);
  }
}
fs.rmSync(lintDir, { recursive: true, force: true });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const [node, noLint, lintOnly, full, anew, cold] = samples.map((s) => ({
  median: median(s),
  min: Math.min(...s),
  max: Math.max(...s),
}));
console.log(
  `rounds: ${runs} (after one warm-up; the first two cases ${pairs} times each per round), ${process.version}, ${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(2)}`,
);
const cpu = cpuSamples.map((s) => (s.length ? median(s) : null));
cases.forEach((c, k) => {
  const r = [node, noLint, lintOnly, full, anew, cold][k];
  console.log(
    `${c.label.padEnd(36)} median ${r.median.toFixed(1).padStart(7)} ms  (min ${r.min.toFixed(1)}, max ${r.max.toFixed(1)})` +
      (cpu[k] === null ? '' : `  CPU ${cpu[k].toFixed(0)} ms`),
  );
});
const verdict = (ratio, target) => (ratio <= target ? 'within target' : 'OVER target');
const line = (label, ratio, target, cpuRatio) =>
  console.log(
    `${label.padEnd(34)} ${ratio.toFixed(2)}×  (target ≤ ${target}×, ${verdict(ratio, target)})` +
      (cpuRatio === null ? '' : `; in CPU time ${cpuRatio.toFixed(2)}×`),
  );
const cpuRatio = (a, b) => (cpu[a] === null || cpu[b] === null || cpu[b] === 0 ? null : cpu[a] / cpu[b]);
line('static grading / node -e 0:', noLint.median / node.median, TARGET_STATIC, cpuRatio(1, 0));
for (const [label, r, k] of [
  ['  every lab graded anew:', anew, 4],
  ['  first run (no cache):', cold, 5],
])
  console.log(
    `${label.padEnd(34)} ${(r.median / node.median).toFixed(2)}×` +
      (cpuRatio(k, 0) === null ? '' : `; in CPU time ${cpuRatio(k, 0).toFixed(2)}×`),
  );
// In CPU time this ratio says how much work grading adds, not how much of it overlaps cfn-lint.
line('full grading / batched cfn-lint:', full.median / lintOnly.median, TARGET_FULL, cpuRatio(3, 2));
if (os.loadavg()[0] > os.cpus().length)
  console.log(
    `note: the load average (${os.loadavg()[0].toFixed(1)}) exceeds the ${os.cpus().length} CPUs, so wall times include waiting for a core; rerun on a quiet machine for the targets.`,
  );

// A local regrade after editing one lab against a cold grade of all labs (issue 14: ≤ 0.5×), through the CLI's
// cfn-lint cache: bench-regrade.mjs, on a copy of the same course with the same CLI.
console.log('');
const regrade = spawnSync(process.execPath, [path.join(root, '.github', 'scripts', 'bench-regrade.mjs')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, BENCH_CLI: cli, BENCH_RUNS: String(Math.max(3, runs)) },
});
if (regrade.status !== 0) process.exit(regrade.status ?? 1);

// What synthesizing the CDK apps adds, per lab and for the whole course (issue 13): bench-synth.mjs.
console.log('');
const synth = spawnSync(process.execPath, [path.join(root, '.github', 'scripts', 'bench-synth.mjs')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, BENCH_CLI: cli },
});
if (synth.status !== 0) process.exit(synth.status ?? 1);
if (process.env.BENCH_GRADE_ONLY) process.exit(0);

// The TypeScript benches run under this Node too (tsx's CLI as a script), so the action is timed on the Node the
// bench was started with: Node 24, the action's runtime, when run as the header says.
const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');

// The GitHub Action: cold start to the PR comment posted, on the loopback GitHub server.
console.log('');
const action = spawnSync(process.execPath, [tsx, path.join(root, '.github', 'scripts', 'bench-action.ts')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, BENCH_RUNS: String(runs) },
});
if (action.status !== 0) process.exit(action.status ?? 1);

// The sandbox deploy: lab 03's deploy → verify → teardown against moto_server (skips itself without moto).
console.log('');
const sandbox = spawnSync(
  process.execPath,
  [tsx, path.join(root, '.github', 'scripts', 'bench-sandbox.ts'), String(runs)],
  { cwd: root, stdio: 'inherit' },
);
if (sandbox.status !== 0) process.exit(sandbox.status ?? 1);

// A class: 200 submissions through `labgrade batch`, against one process per submission (bench-class.mjs).
const cls = spawnSync(process.execPath, [path.join(root, '.github', 'scripts', 'bench-class.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
if (cls.status !== 0) process.exit(cls.status ?? 1);
