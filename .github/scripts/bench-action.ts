// Times the built action from a cold process start to the PR comment posted, for the whole course, on
// the loopback GitHub server the tests use. Prints the median and the ratio to a bare Node start-up.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { FakeGitHub } from '../../test/helpers/github-server.js';
import { runAction } from '../../test/helpers/run-action.js';
import { REPO, copyTree } from '../../test/helpers/tmp.js';

const runs = Number(process.env['BENCH_RUNS'] ?? 7);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const baseline: number[] = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  spawnSync(process.execPath, ['-e', ''], { stdio: 'ignore' });
  baseline.push(performance.now() - t0);
}

const gh = await new FakeGitHub({ repo: 'octo/labs' }).start();
gh.pulls.set(7, {
  number: 7,
  state: 'open',
  head: { sha: 'a'.repeat(40), ref: 'x', repo: { full_name: 'octo/labs' } },
  base: { ref: 'main', repo: { full_name: 'octo/labs' } },
});
gh.pullFiles.set(7, ['labs/02-ecs-task-definition/task-definition.json']);
const workspace = copyTree(path.join(REPO, 'test/fixtures/solutions'));
const toComment: number[] = [];
for (let i = 0; i < runs + 1; i++) {
  const before = gh.requests.length;
  const t0 = performance.now();
  let posted = 0;
  const watch = setInterval(() => {
    if (!posted && gh.requests.slice(before).some((r) => r.method === 'POST' || r.method === 'PATCH'))
      posted = performance.now() - t0;
  }, 1);
  const r = await runAction({
    cwd: workspace,
    inputs: { 'github-token': 'tok', lint: 'true' },
    eventName: 'pull_request',
    payload: {
      number: 7,
      pull_request: { number: 7, head: { sha: 'a'.repeat(40) } },
      repository: { full_name: 'octo/labs' },
    },
    repository: 'octo/labs',
    apiUrl: gh.url,
  });
  clearInterval(watch);
  if (r.code !== 0) throw new Error(`action failed: ${r.stdout}\n${r.stderr}`);
  if (i > 0) toComment.push(posted || r.ms); // the first run warms the file cache
}
await gh.stop();
const b = median(baseline);
const m = median(toComment);
console.log(
  `runs: ${runs} (after one warm-up), ${process.version}, lint on, ${gh.commentsOn(7).length} comment(s) on the PR`,
);
console.log(`node start-up (baseline)              median ${b.toFixed(1).padStart(7)} ms`);
console.log(
  `action cold start → comment posted    median ${m.toFixed(1).padStart(7)} ms  ×${(m / b).toFixed(1)} baseline`,
);
