#!/usr/bin/env node
// What synthesizing CDK apps costs a learner's `labgrade grade` (issue 13): whole processes of the CLI, static
// grading only (`--no-lint`, so cfn-lint's time does not hide the synth's), each against the same run with
// `--no-synth` measured in the same rounds:
// - per lab, each CDK reference app alone (`--lab <id>`): lab 15 (test/fixtures/solutions) and the CDK twins of
//   test/fixtures/solutions-cdk; what synth adds is the difference of the two medians;
// - the whole course: the reference course with each lab that has a CDK twin solved in the CDK, all apps synthesized
//   in one run, in parallel as the grader schedules them;
// - the whole course again with the CLI's caches warm: no app changed, so none runs (the synth cache), and the labs
//   without one come from the result cache.
// The cases run in rotation, one of each per round; each figure is the median of the rounds after one warm-up round
// (BENCH_SYNTH_RUNS, default 3: a synth takes seconds). BENCH_CLI picks the build, as in bench.mjs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const runs = Math.max(1, Number(process.env.BENCH_SYNTH_RUNS ?? 3));
const cli = path.resolve(process.env.BENCH_CLI ?? path.join(root, 'dist', 'cli', 'index.js'));
const fixtures = path.join(root, 'test', 'fixtures');
const isCdkLab = (dir) => fs.existsSync(path.join(dir, 'cdk.json'));

// The CDK reference apps, each where its course keeps it.
const apps = ['solutions', 'solutions-cdk'].flatMap((course) => {
  const labs = path.join(fixtures, course, 'labs');
  if (!fs.existsSync(labs)) return [];
  return fs
    .readdirSync(labs)
    .filter((lab) => isCdkLab(path.join(labs, lab)))
    .map((lab) => ({ lab, course: path.join(fixtures, course) }));
});
if (apps.length === 0) {
  console.log('synth bench: no CDK reference apps here (a published learner template has none); skipped');
  process.exit(0);
}

// The whole course: the reference labs, with every lab that has a CDK twin taken from the twins. Its node_modules is
// the repository's, as in a learner's clone after `npm ci`, so the apps find aws-cdk-lib.
const whole = fs.mkdtempSync(path.join(os.tmpdir(), 'labgrade-bench-synth-'));
fs.cpSync(path.join(fixtures, 'solutions', 'labs'), path.join(whole, 'labs'), { recursive: true });
for (const { lab, course } of apps) {
  fs.rmSync(path.join(whole, 'labs', lab), { recursive: true, force: true });
  fs.cpSync(path.join(course, 'labs', lab), path.join(whole, 'labs', lab), { recursive: true });
}
fs.symlinkSync(path.join(root, 'node_modules'), path.join(whole, 'node_modules'), 'dir');

// --no-cache on both sides: the CLI keeps synthesized templates by content, and an unchanged app is not run again
// (measured apart, last).
const grade = (course, ...extra) => [
  cli,
  'grade',
  '--root',
  course,
  '--format',
  'json',
  '--no-lint',
  '--no-cache',
  ...extra,
];
const cases = [
  ...apps.flatMap(({ lab, course }) => [
    { label: `${lab} synth`, args: grade(course, '--lab', lab), lab },
    { label: `${lab} --no-synth`, args: grade(course, '--lab', lab, '--no-synth') },
  ]),
  {
    label: `whole course, ${apps.length} CDK apps`,
    args: grade(whole),
    labs: apps.map((a) => a.lab),
  },
  { label: 'whole course --no-synth', args: grade(whole, '--no-synth') },
  {
    label: 'whole course, apps unchanged (cached)',
    args: [cli, 'grade', '--root', whole, '--format', 'json', '--no-lint'],
    labs: apps.map((a) => a.lab),
  },
];

const samples = cases.map(() => []);
try {
  for (let round = 0; round <= runs; round++) {
    cases.forEach((c, k) => {
      const t0 = process.hrtime.bigint();
      const r = spawnSync(process.execPath, c.args, {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, NO_COLOR: '1' },
      });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (r.status !== 0) throw new Error(`${c.label} exited ${r.status}: ${r.stderr}`);
      // A figure for a synth that failed would time the failure: every app must have been graded from its template.
      const report = JSON.parse(r.stdout);
      for (const id of c.lab ? [c.lab] : (c.labs ?? [])) {
        const lab = report.labs.find((l) => l.id === id);
        if (!lab?.synthesized)
          throw new Error(`${c.label}: ${id} was not graded from a synthesized template (${lab?.status})`);
      }
      if (round > 0) samples[k].push(ms);
    });
  }
} finally {
  fs.rmSync(whole, { recursive: true, force: true });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const m = samples.map(median);
console.log(
  `synth bench: ${runs} rounds (after one warm-up), ${process.version}, ${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(2)}`,
);
cases.forEach((c, k) =>
  console.log(
    `${c.label.padEnd(40)} median ${m[k].toFixed(1).padStart(8)} ms  (min ${Math.min(...samples[k]).toFixed(1)}, max ${Math.max(...samples[k]).toFixed(1)})`,
  ),
);
for (let k = 0; k + 1 < cases.length; k += 2) {
  const what = cases[k].lab ?? 'whole course';
  console.log(
    `${`synth adds, ${what}:`.padEnd(40)} ${(m[k] - m[k + 1]).toFixed(0).padStart(6)} ms  (${(m[k] / m[k + 1]).toFixed(2)}× the run without synth)`,
  );
}
const last = cases.length - 1;
console.log(
  `${'caches warm, whole course:'.padEnd(40)} ${(m[last] / m[last - 2]).toFixed(2)}× the run that synthesizes (${(m[last] / m[last - 1]).toFixed(2)}× the run without synth)`,
);
