#!/usr/bin/env node
// The local regrade issue 14 sets a target for: a learner who edits one lab and grades again waits for cfn-lint on
// that lab only, because the CLI keeps cfn-lint's findings by content hash (node_modules/.cache/labgrade/lint). Timed
// as whole processes of the CLI, as a learner runs it, on a copy of the reference course (test/fixtures/solutions):
// - cold: `grade --no-cache`, every template parsed and linted (a first run, or a cleared cache);
// - regrade after editing one lab: a comment appended to one lab's template before each run (new text, so that
//   template misses while every other one hits), with the cache warm from the warm-up round. Timed twice: as on a
//   learner's terminal, where the previous run left a warm cfn-lint (action/cli/warm-cfn-lint.ts; LABGRADE_WARM=on,
//   as a TTY would), and as in a script (LABGRADE_WARM=off), where each run starts cfn-lint's Python afresh;
// - regrade, nothing edited: every template cached, so cfn-lint does not run at all (shown for reference).
// The cases run in rotation, one of each per round; each figure is the median of the rounds after one warm-up round
// (BENCH_RUNS, default 5, at least 3). Target: regrade ≤ 0.5 × cold. BENCH_CLI picks the build, as in bench.mjs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const runs = Math.max(3, Number(process.env.BENCH_RUNS ?? 5));
const cli = path.resolve(process.env.BENCH_CLI ?? path.join(root, 'dist', 'cli', 'index.js'));
const TARGET = 0.5;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'labgrade-bench-regrade-'));
fs.cpSync(path.join(root, 'test', 'fixtures', 'solutions'), work, { recursive: true });
// The lab a learner edits: the first registered one graded from a YAML template (a comment keeps it valid).
const registered = new Set(
  spawnSync(process.execPath, [cli, 'list'], { encoding: 'utf8' })
    .stdout.split('\n')
    .map((l) => l.split(' ')[0]),
);
const edited = fs
  .readdirSync(path.join(work, 'labs'))
  .filter((lab) => registered.has(lab))
  .sort()
  .map((lab) => path.join(work, 'labs', lab, 'template.yaml'))
  .find((f) => fs.existsSync(f));
if (!edited) throw new Error('no lab with a template.yaml to edit');

const grade = (...extra) => ({
  cmd: process.execPath,
  args: [cli, 'grade', '--root', work, '--format', 'json', '--no-synth', ...extra],
});
let edits = 0;
const edit = () => fs.appendFileSync(edited, `# edit ${++edits} ${process.pid}\n`);
const lab = path.basename(path.dirname(edited));
const cases = [
  { label: 'cold grade (--no-cache)', ...grade('--no-cache'), warm: 'off' },
  { label: `regrade after editing ${lab}`, ...grade(), before: edit, warm: 'on' },
  { label: 'regrade, nothing edited', ...grade(), warm: 'on' },
  { label: `  the same edit, no warm cfn-lint`, ...grade(), before: edit, warm: 'off' },
];

// The warm interpreters of this CLI (warm-cfn-lint.ts records them beside its lint cache).
const warmDir = path.join(path.dirname(cli), '..', '..', 'node_modules', '.cache', 'labgrade', 'lint');
const warmRecords = () => {
  try {
    return fs
      .readdirSync(warmDir)
      .filter((f) => f.endsWith('.warm'))
      .flatMap((f) => {
        try {
          return [JSON.parse(fs.readFileSync(path.join(warmDir, f), 'utf8'))];
        } catch {
          return [];
        }
      });
  } catch {
    return [];
  }
};
// A warm interpreter left by one case imports cfn-lint in the background; the next case is timed once it is done
// (its folder holds `ready`), so that import's CPU is never counted against another case.
const settle = () => {
  const until = Date.now() + 30_000;
  for (const r of warmRecords()) {
    const ready = path.join(path.dirname(r.socket), 'ready');
    while (!fs.existsSync(ready) && Date.now() < until) {
      try {
        process.kill(r.pid, 0);
      } catch {
        break; // it exited (cfn-lint missing): nothing to wait for
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    }
  }
};

const samples = cases.map(() => []);
const scores = new Set();
for (let round = 0; round <= runs; round++) {
  cases.forEach((c, k) => {
    c.before?.();
    const t0 = process.hrtime.bigint();
    const r = spawnSync(c.cmd, c.args, {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NO_COLOR: '1', LABGRADE_WARM: c.warm },
    });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    settle();
    if (r.status !== 0) throw new Error(`${c.label} exited ${r.status}: ${r.stderr}`);
    if (/cfn-lint is not installed/.test(r.stderr))
      throw new Error(`cfn-lint is not available to the grader, so these figures mean nothing: ${r.stderr}`);
    const report = JSON.parse(r.stdout);
    // A cached run must grade exactly as a cold one: the same score and cfn-lint version, every round.
    scores.add(`${report.score}/${report.maxScore} cfn-lint ${report.tool.cfnLint}`);
    if (round > 0) samples[k].push(ms);
  });
}
fs.rmSync(work, { recursive: true, force: true });
for (const r of warmRecords()) {
  try {
    process.kill(r.pid);
  } catch {
    // Gone already.
  }
}
if (scores.size !== 1) throw new Error(`cached and cold runs disagree: ${[...scores].join(' vs ')}`);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const stats = samples.map((s) => ({ median: median(s), min: Math.min(...s), max: Math.max(...s) }));
console.log(
  `regrade bench: ${runs} rounds (after one warm-up), ${process.version}, ${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(2)}; every run ${[...scores][0]}`,
);
cases.forEach((c, k) =>
  console.log(
    `${c.label.padEnd(48)} median ${stats[k].median.toFixed(1).padStart(7)} ms  (min ${stats[k].min.toFixed(1)}, max ${stats[k].max.toFixed(1)})`,
  ),
);
const ratio = stats[1].median / stats[0].median;
console.log(
  `${'regrade after one edit / cold grade:'.padEnd(48)} ${ratio.toFixed(2)}×  (target ≤ ${TARGET}×, ${ratio <= TARGET ? 'within target' : 'OVER target'})`,
);
console.log(
  `${'regrade, nothing edited / cold grade:'.padEnd(48)} ${(stats[2].median / stats[0].median).toFixed(2)}×`,
);
console.log(
  `${'  the same edit, no warm cfn-lint / cold grade:'.padEnd(48)} ${(stats[3].median / stats[0].median).toFixed(2)}× (a script's or CI's run)`,
);
