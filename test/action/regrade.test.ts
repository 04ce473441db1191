// `mode: report` on workflow_dispatch regrades every open PR with the default branch's grader, with no artifact:
// each PR's lab files come from one tarball of its head commit, read as data. Run in-process against the loopback
// GitHub server: @actions/github reads GITHUB_API_URL when it is first imported, so the modules under test are
// imported only after the server has its address.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { COMMENT_MARKER, STATUS_CONTEXT } from '../../action/constants.js';
import type { RunContext } from '../../action/run/context.js';
import type { Report } from '../../graders/engine/types.js';
import { FakeGitHub, type CommitEntry } from '../helpers/github-server.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON, tmpDir } from '../helpers/tmp.js';
import { CFN_LINT_TEST_TIMEOUT_MS } from '../helpers/timeouts.js';

type Regrade = typeof import('../../action/run/regrade.js');
type Inputs = typeof import('../../action/inputs.js');
type Index = typeof import('../../graders/index.js');
type Grade = typeof import('../../graders/engine/grade.js');
type Main = typeof import('../../action/main.js');

const OWNER = 'course';
const NAME = 'labs';
const LAB = '02-ecs-task-definition';
const FILE = `labs/${LAB}/task-definition.json`;
const SHA = { a: 'a'.repeat(40), b: 'b'.repeat(40), c: 'c'.repeat(40), d: 'd'.repeat(40) };

// Absent in the published learner template, where these tests skip.
const fixture = (kind: 'solutions' | 'naive') =>
  HAS_SOLUTIONS ? fs.readFileSync(path.join(REPO, 'test/fixtures', kind, FILE), 'utf8') : '';

let gh: FakeGitHub;
let regrade: Regrade;
let inputs: Inputs;
let registry: Index['REGISTRY'];
let grade: Grade;
let main: Main;
let summary: string;
const saved: Record<string, string | undefined> = {};

function setEnv(name: string, value: string): void {
  if (!(name in saved)) saved[name] = process.env[name];
  process.env[name] = value;
}

const ctx: RunContext = {
  eventName: 'workflow_dispatch',
  payload: { ref: 'refs/heads/main', repository: { full_name: `${OWNER}/${NAME}` } },
  owner: OWNER,
  repo: NAME,
  sha: 'e'.repeat(40),
  serverUrl: 'https://github.com',
  runId: 77,
  ref: 'refs/heads/main',
  pr: null,
};

/** The action's settings from its inputs, as the runner passes them: no artifact folder exists. */
function settings(extra: Record<string, string> = {}) {
  const map: Record<string, string> = {
    mode: 'report',
    'github-token': 'bot-token',
    lint: 'false',
    'report-dir': path.join(tmpDir(), 'no-artifact-here'),
    ...extra,
  };
  return inputs.getSettings((n) => map[n] ?? '');
}

/** A PR, open or closed, whose head commit holds `files`. */
function pull(
  number: number,
  sha: string,
  files: Record<string, CommitEntry>,
  state: 'open' | 'closed' = 'open',
) {
  gh.pulls.set(number, {
    number,
    state,
    head: { sha, ref: `work-${number}`, repo: { full_name: `learner${number}/${NAME}` } },
    base: { ref: 'main', repo: { full_name: `${OWNER}/${NAME}` } },
  });
  gh.pullFiles.set(number, Object.keys(files));
  gh.addCommit(sha, files);
}

/**
 * The loopback server has no route for these two lists; its fault hook answers a path with any status and body,
 * in order, so it serves them (a fault matches the path only, not the query).
 */
function serve(pathRe: RegExp, body: unknown, times = Number.POSITIVE_INFINITY): void {
  gh.faults.push({ method: 'GET', path: pathRe, status: 200, body, times });
}
function serveOpenPulls(): void {
  serve(
    new RegExp(`^/repos/${OWNER}/${NAME}/pulls$`),
    [...gh.pulls.values()].filter((p) => p.state === 'open').sort((x, y) => x.number - y.number),
  );
}

/** What the engine gives the lab file graded on its own, without lint: the regrade must agree. */
async function direct(text: string): Promise<Report> {
  const root = tmpDir();
  fs.mkdirSync(path.join(root, 'labs', LAB), { recursive: true });
  fs.writeFileSync(path.join(root, FILE), text);
  return grade.gradeSubmission({
    root,
    labs: registry.labs.filter((l) => l.id === LAB),
    rules: registry.rules,
    lint: false,
  });
}

describe.skipIf(!HAS_SOLUTIONS)(
  'regrade of open pull requests (workflow_dispatch)',
  { timeout: CFN_LINT_TEST_TIMEOUT_MS },
  () => {
    beforeAll(async () => {
      gh = await new FakeGitHub({ repo: `${OWNER}/${NAME}` }).start();
      setEnv('GITHUB_API_URL', gh.url);
      setEnv('LABGRADE_RETRY_BASE_MS', '1');
      setEnv('RUNNER_TEMP', tmpDir());
      summary = path.join(tmpDir(), 'summary.md');
      setEnv('GITHUB_STEP_SUMMARY', summary);
      // What the runner sets for a dispatch of report.yml; @actions/github reads it once, on first import.
      const event = path.join(tmpDir(), 'event.json');
      fs.writeFileSync(event, JSON.stringify({ ...ctx.payload, inputs: {} }));
      setEnv('GITHUB_EVENT_NAME', 'workflow_dispatch');
      setEnv('GITHUB_EVENT_PATH', event);
      setEnv('GITHUB_REPOSITORY', `${OWNER}/${NAME}`);
      regrade = await import('../../action/run/regrade.js');
      inputs = await import('../../action/inputs.js');
      registry = (await import('../../graders/index.js')).REGISTRY;
      grade = await import('../../graders/engine/grade.js');
      main = await import('../../action/main.js');
    }, CFN_LINT_TEST_TIMEOUT_MS);

    afterAll(async () => {
      await gh.stop();
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }, CFN_LINT_TEST_TIMEOUT_MS);

    beforeEach(() => {
      gh.pulls.clear();
      gh.pullFiles.clear();
      gh.commits.clear();
      gh.comments.clear();
      gh.faults.length = 0;
      gh.statuses.length = 0;
      gh.requests.length = 0;
      fs.writeFileSync(summary, '');
    }, CFN_LINT_TEST_TIMEOUT_MS);

    it('regrades and comments on every open PR, updating an existing comment, with no artifact', async () => {
      pull(1, SHA.a, { [FILE]: fixture('solutions') });
      pull(2, SHA.b, { [FILE]: fixture('naive') });
      pull(3, SHA.c, { [FILE]: fixture('naive') }, 'closed');
      const old = gh.addComment(2, `${COMMENT_MARKER}\nold grade`, 'github-actions[bot]');
      serveOpenPulls();

      const { report, outcomes } = await regrade.regradeOpenPulls(
        registry,
        settings({ labs: 'changed' }),
        ctx,
      );

      expect(report).toBeNull();
      const [solved, naive] = [await direct(fixture('solutions')), await direct(fixture('naive'))];
      expect(solved.score).toBeGreaterThan(naive.score);
      expect(outcomes).toEqual([
        {
          number: 1,
          headSha: SHA.a,
          result: 'regraded',
          score: { score: solved.score, maxScore: solved.maxScore },
          detail: 'comment created',
        },
        {
          number: 2,
          headSha: SHA.b,
          result: 'regraded',
          score: { score: naive.score, maxScore: naive.maxScore },
          detail: 'comment updated',
        },
      ]);
      expect(gh.commentsOn(1)).toHaveLength(1);
      expect(gh.commentsOn(1)[0]!.body).toContain(COMMENT_MARKER);
      // Upserted in place: the old comment now carries the regrade.
      expect(gh.commentsOn(2)).toHaveLength(1);
      expect(gh.commentsOn(2)[0]!.id).toBe(old.id);
      expect(gh.commentsOn(2)[0]!.body).not.toContain('old grade');
      // The closed PR is neither fetched nor commented.
      expect(gh.commentsOn(3)).toEqual([]);
      expect(gh.requests.some((r) => r.path.includes(SHA.c))).toBe(false);
      // Only open PRs were asked for, and each head commit was read as one tarball.
      const list = gh.requests.find((r) => r.path === `/repos/${OWNER}/${NAME}/pulls`);
      expect(list?.query.get('state')).toBe('open');
      expect(gh.requests.filter((r) => /\/tarball\//.test(r.path)).map((r) => r.path)).toEqual([
        `/repos/${OWNER}/${NAME}/tarball/${SHA.a}`,
        `/repos/${OWNER}/${NAME}/tarball/${SHA.b}`,
      ]);
      // No commit status unless configured.
      expect(gh.statuses).toEqual([]);
      const table = fs.readFileSync(summary, 'utf8');
      expect(table).toContain('2 of 2 open pull requests regraded');
      expect(table).toMatch(/#1<\/td>.*comment created/s);
      expect(table).toMatch(/#2<\/td>.*comment updated/s);
    });

    it('reports a PR whose archive cannot be fetched, still comments on the others, then fails naming it', async () => {
      pull(4, SHA.a, { [FILE]: fixture('naive') });
      pull(5, SHA.b, { [FILE]: fixture('solutions') });
      serveOpenPulls();
      // Every attempt at PR 4's tarball fails (the retry helper tries three times).
      gh.faults.push({
        method: 'GET',
        path: new RegExp(`/tarball/${SHA.a}$`),
        status: 502,
        body: { message: 'Bad Gateway' },
        times: 3,
      });

      const run = regrade.regradeOpenPulls(registry, settings(), ctx);

      await expect(run).rejects.toThrow(
        /^1 open pull request of 2 could not be regraded: #4 \(could not read its files at aaaaaaa: .*\)\. Their comments were left as they were/,
      );
      expect(gh.commentsOn(4)).toEqual([]);
      expect(gh.commentsOn(5)).toHaveLength(1);
      expect(gh.commentsOn(5)[0]!.body).toContain(COMMENT_MARKER);
      const table = fs.readFileSync(summary, 'utf8');
      expect(table).toMatch(/#4<\/td>.*failed: could not read its files at aaaaaaa/s);
      expect(table).toMatch(/#5<\/td>.*regraded: comment created/s);
    });

    it('sets the trusted commit status on each regraded head when configured', async () => {
      pull(6, SHA.a, { [FILE]: fixture('solutions') });
      pull(7, SHA.b, { [FILE]: fixture('naive') });
      serveOpenPulls();
      const solved = await direct(fixture('solutions'));

      await regrade.regradeOpenPulls(
        registry,
        settings({ 'commit-status': 'true', 'min-score': String(solved.score) }),
        ctx,
      );

      expect(gh.statuses.map((s) => [s.sha, s.context, s.state])).toEqual([
        [SHA.a, STATUS_CONTEXT, 'success'],
        [SHA.b, STATUS_CONTEXT, 'failure'],
      ]);
      expect(gh.statuses[0]!.target_url).toBe(`https://github.com/${OWNER}/${NAME}/actions/runs/77`);
    });

    it("leaves the comment of a PR that moved on while the batch ran to that push's own run", async () => {
      pull(8, SHA.a, { [FILE]: fixture('naive') });
      serveOpenPulls();
      // The PR is re-read just before commenting: by then a new push has moved its head.
      serve(
        new RegExp(`^/repos/${OWNER}/${NAME}/pulls/8$`),
        { ...gh.pulls.get(8)!, head: { ...gh.pulls.get(8)!.head, sha: SHA.d } },
        1,
      );

      const { outcomes } = await regrade.regradeOpenPulls(registry, settings(), ctx);

      expect(outcomes.map((o) => [o.number, o.result])).toEqual([[8, 'skipped']]);
      expect(outcomes[0]!.detail).toContain(`moved on to ${SHA.d.slice(0, 7)}`);
      expect(gh.commentsOn(8)).toEqual([]);
    });

    it("checks due dates against when GitHub first ran the PR's head commit, else against now", async () => {
      const course = path.join(tmpDir(), 'course.yml');
      fs.writeFileSync(
        course,
        [
          'version: 1',
          "due: '2026-11-01T00:00:00Z'",
          'late:',
          '  penaltyPerDay: 50',
          '  cutoffDays: 1',
          '',
        ].join('\n'),
      );
      pull(9, SHA.a, { [FILE]: fixture('solutions') });
      pull(10, SHA.b, { [FILE]: fixture('solutions') });
      serveOpenPulls();
      // PR 9's commit was pushed (and run) before the due date; PR 10's runs are gone. PRs are fetched in order.
      const runs = new RegExp(`^/repos/${OWNER}/${NAME}/actions/runs$`);
      serve(
        runs,
        {
          total_count: 2,
          workflow_runs: [{ created_at: '2026-10-31T12:00:00Z' }, { created_at: '2026-10-30T08:00:00Z' }],
        },
        1,
      );
      serve(runs, { total_count: 0, workflow_runs: [] }, 1);
      const solved = await direct(fixture('solutions'));

      const { outcomes } = await regrade.regradeOpenPulls(
        registry,
        settings({ 'course-config': course, labs: 'changed' }),
        ctx,
        () => new Date('2026-12-01T00:00:00Z'),
      );

      const asked = gh.requests.filter((r) => runs.test(r.path));
      expect(asked.map((r) => [r.query.get('head_sha'), r.query.get('event')])).toEqual([
        [SHA.a, 'pull_request'],
        [SHA.b, 'pull_request'],
      ]);
      // On time by the run's time, though the regrade itself is a month after the due date.
      expect(outcomes[0]!.score).toEqual({ score: solved.score, maxScore: solved.maxScore });
      // No run to read: handed in now, past the one-day cutoff, so the lab earns nothing.
      expect(outcomes[1]!.score).toEqual({ score: 0, maxScore: solved.maxScore });
    });

    it("is what the action runs for mode 'report' on workflow_dispatch", async () => {
      pull(11, SHA.a, { [FILE]: fixture('naive') });
      serveOpenPulls();
      for (const [k, v] of Object.entries({
        MODE: 'report',
        'GITHUB-TOKEN': 'bot-token',
        LINT: 'false',
        LABS: 'changed',
      }))
        setEnv(`INPUT_${k}`, v);
      const exitCode = process.exitCode;
      try {
        await main.run();
        // core.setFailed would have set it: the run succeeded.
        expect(process.exitCode).toBe(exitCode);
      } finally {
        process.exitCode = exitCode;
        for (const k of ['MODE', 'GITHUB-TOKEN', 'LINT', 'LABS']) delete process.env[`INPUT_${k}`];
      }
      expect(gh.commentsOn(11)).toHaveLength(1);
      expect(gh.commentsOn(11)[0]!.body).toContain(COMMENT_MARKER);
    });

    it('needs a token, and says which', async () => {
      await expect(regrade.regradeOpenPulls(registry, settings({ 'github-token': '' }), ctx)).rejects.toThrow(
        /needs a token with pull-requests: write \(input 'github-token'\)/,
      );
    });
  },
);
if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, CFN_LINT_TEST_TIMEOUT_MS);
