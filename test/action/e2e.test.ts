// End-to-end: the built bundle (dist/index.js) run as a child process with the runner's environment
// protocol, against a loopback GitHub API, with the real webhook payloads from ../shared/corpus/webhooks.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COMMENT_MARKER } from '../../action/constants.js';
import type { Report } from '../../graders/engine/types.js';
import { formatPoints } from '../../action/report/format.js';
import { LABS } from '../../graders/index.js';
import { FakeGitHub } from '../helpers/github-server.js';
import { runAction, type ActionRunOptions } from '../helpers/run-action.js';
import {
  HAS_SHARED,
  HAS_SOLUTIONS,
  REPO,
  SHARED,
  SOLUTIONS_SKIP_REASON,
  copyTree,
  tmpDir,
} from '../helpers/tmp.js';
import { SLOW_PROCESS_TEST_TIMEOUT_MS } from '../helpers/timeouts.js';

// Every test starts the bundle as a child process (some twice); on a busy 2-core machine one run can take seconds.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const TOTAL = LABS.reduce((n, l) => n + l.items.reduce((a, i) => a + i.points, 0), 0);
const WEBHOOKS = path.join(SHARED, 'corpus', 'webhooks');

function payload(name: string, fallback: () => Record<string, unknown>): Record<string, unknown> {
  const file = path.join(WEBHOOKS, `octokit__webhooks__payload-examples__api.github.com__${name}`);
  return HAS_SHARED ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : fallback();
}

const prOpened = () =>
  payload('pull_request__opened.payload.json', () => ({
    action: 'opened',
    number: 2,
    pull_request: {
      number: 2,
      state: 'open',
      head: { sha: HEAD, repo: { full_name: 'Codertocat/Hello-World' } },
    },
    repository: { full_name: 'Codertocat/Hello-World', name: 'Hello-World', owner: { login: 'Codertocat' } },
  }));

function workflowRun(headSha: string): Record<string, unknown> {
  const p = payload('workflow_run__completed.payload.json', () => ({
    action: 'completed',
    workflow_run: { id: 289782451 },
    repository: {},
  }));
  const wr = p['workflow_run'] as Record<string, unknown>;
  // The corpus example was triggered by repository_dispatch; ours is the grading workflow's PR run.
  return {
    ...p,
    workflow_run: {
      ...wr,
      event: 'pull_request',
      head_sha: headSha,
      conclusion: 'success',
      pull_requests: [],
    },
    repository: {
      ...(p['repository'] as object),
      full_name: 'Codertocat/Hello-World',
      name: 'Hello-World',
      owner: { login: 'Codertocat' },
    },
  };
}

let gh: FakeGitHub;
let workspace: string;

beforeEach(async () => {
  gh = await new FakeGitHub({
    repo: 'Codertocat/Hello-World',
    readOnlyTokens: ['fork-token'],
    logins: { 'bot-token': 'github-actions[bot]' },
  }).start();
  gh.pulls.set(2, {
    number: 2,
    state: 'open',
    head: { sha: HEAD, ref: 'changes', repo: { full_name: 'learner/Hello-World' } },
    base: { ref: 'main', repo: { full_name: 'Codertocat/Hello-World' } },
  });
  gh.pullFiles.set(2, ['labs/02-ecs-task-definition/task-definition.json', 'README.md']);
  workspace = copyTree(path.join(REPO, 'test/fixtures/naive'));
}, SLOW_PROCESS_TEST_TIMEOUT_MS);
afterEach(async () => {
  await gh.stop();
});

function grade(inputs: Record<string, string>, extra: Partial<ActionRunOptions> = {}) {
  return runAction({
    cwd: workspace,
    inputs: { 'github-token': 'bot-token', lint: 'false', ...inputs },
    eventName: 'pull_request',
    payload: prOpened(),
    repository: 'Codertocat/Hello-World',
    apiUrl: gh.url,
    ...extra,
  });
}

describe.skipIf(!HAS_SOLUTIONS)('grade mode', { timeout: SLOW_PROCESS_TEST_TIMEOUT_MS }, () => {
  it('creates exactly one comment, then updates it in place', async () => {
    const first = await grade({});
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(gh.commentsOn(2)).toHaveLength(1);
    const body = gh.commentsOn(2)[0]!.body;
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(body).toMatch(new RegExp(`### Lab grade: \\*\\*[\\d.]+ / ${TOTAL}\\*\\*`));
    // The lab the PR changed comes first, and findings link to the file and line at the head SHA.
    const rows = body.split('\n').filter((l) => /^\| (\*\*)?\d\d · /.test(l));
    expect(rows[0]).toContain('02 · ');
    expect(rows[0]).toContain('*(changed)*');
    expect(body).toContain(
      `](https://github.com/Codertocat/Hello-World/blob/${HEAD}/labs/02-ecs-task-definition/task-definition.json#L`,
    );

    fs.writeFileSync(path.join(workspace, 'labs/01-production-dockerfile/Dockerfile'), 'FROM node:latest\n');
    const second = await grade({});
    expect(second.code).toBe(0);
    expect(gh.commentsOn(2)).toHaveLength(1);
    expect(gh.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    expect(gh.commentsOn(2)[0]!.body).not.toBe(body);
  });

  it('writes outputs, the report files and the job summary', async () => {
    const r = await grade({ 'report-dir': path.join(tmpDir(), 'out') });
    expect(r.code).toBe(0);
    const report = JSON.parse(fs.readFileSync(r.outputs['report']!, 'utf8')) as Report;
    expect(Number(r.outputs['score'])).toBe(report.score);
    expect(r.outputs['max-score']).toBe(String(TOTAL));
    expect(fs.readFileSync(r.outputs['markdown']!, 'utf8')).toContain('### Lab grade');
    const classroom = JSON.parse(Buffer.from(r.outputs['result']!, 'base64').toString('utf8')) as {
      version: number;
      max_score: number;
      tests: unknown[];
    };
    expect(classroom.version).toBe(1);
    expect(classroom.max_score).toBe(TOTAL);
    expect(classroom.tests).toHaveLength(LABS.reduce((n, l) => n + l.items.length, 0));
    const c50 = JSON.parse(
      fs.readFileSync(path.join(path.dirname(r.outputs['report']!), 'result.json'), 'utf8'),
    ) as Record<string, unknown>;
    expect(c50['schema']).toBe('classroom50/result/v1');
    expect(c50['max-score']).toBe(TOTAL);
    expect(r.summary).toContain('### Lab grade');
    // Annotations go through workflow commands, at most 10 per level.
    const warnings = r.stdout
      .split('\n')
      .filter((l) => l.startsWith('::warning ') && l.includes('file=labs/'));
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.length).toBeLessThanOrEqual(10);
  });

  it('finds its comment on a later page and ignores a marker pasted by someone else', async () => {
    for (let i = 0; i < 230; i++) gh.addComment(2, `comment ${i}`);
    gh.addComment(2, `${COMMENT_MARKER}\nfake grade 450/450`, 'learner');
    const ours = gh.addComment(2, `${COMMENT_MARKER}\nold grade`, 'github-actions[bot]');
    const r = await grade({});
    expect(r.code).toBe(0);
    expect(gh.commentsOn(2)).toHaveLength(232);
    expect(gh.commentsOn(2).find((c) => c.id === ours.id)!.body).toContain('### Lab grade');
    expect(gh.commentsOn(2).find((c) => c.user.login === 'learner')!.body).toContain('fake grade');
    const pages = gh.requests
      .filter((q) => q.method === 'GET' && q.path.endsWith('/comments'))
      .map((q) => q.query.get('page') ?? '1');
    expect(pages).toEqual(['1', '2', '3']);
  });

  it('with a read-only (fork) token, falls back to the summary with a notice and does not fail', async () => {
    const r = await grade({ 'github-token': 'fork-token' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/::notice title=Grade not posted as a comment::.*read-only token/);
    expect(r.stdout).not.toContain('::error::');
    expect(r.summary).toContain('### Lab grade');
    expect(gh.commentsOn(2)).toHaveLength(0);
  });

  it('retries 5xx and rate limits, and shrinks a body GitHub calls too long', async () => {
    gh.faults.push({ method: 'GET', path: /\/comments$/, status: 502, times: 1 });
    gh.faults.push({
      method: 'GET',
      path: /\/files$/,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'retry-after': '0' },
      times: 1,
      body: { message: 'API rate limit exceeded' },
    });
    gh.faults.push({
      method: 'POST',
      path: /\/comments$/,
      status: 422,
      times: 1,
      body: {
        message: 'Validation Failed',
        errors: [
          {
            resource: 'IssueComment',
            code: 'custom',
            field: 'body',
            message: 'Body is too long (maximum is 65536 characters)',
          },
        ],
      },
    });
    const r = await grade({});
    expect(r.code, r.stdout).toBe(0);
    expect(gh.commentsOn(2)).toHaveLength(1);
    expect(gh.requests.filter((q) => q.method === 'POST')).toHaveLength(2);
  });

  it("grades only the PR's labs with labs: changed, but the comment shows the whole course", async () => {
    const r = await grade({ labs: 'changed' });
    expect(r.code).toBe(0);
    const report = JSON.parse(fs.readFileSync(r.outputs['report']!, 'utf8')) as Report;
    expect(report.labs.map((l) => l.id)).toEqual(['02-ecs-task-definition']);
    const body = gh.commentsOn(2)[0]!.body;
    for (const lab of LABS) expect(body).toContain(`${lab.id.slice(0, 2)} · `);
    expect(body).toMatch(/01 · .*not graded in this run/);
  });

  it('flags a PR that changes grader files, naming them', async () => {
    gh.pullFiles.set(2, [
      'graders/rubrics/02-ecs-task-definition.ts',
      '.github/workflows/grade.yml',
      'labs/02-ecs-task-definition/task-definition.json',
    ]);
    await grade({});
    const body = gh.commentsOn(2)[0]!.body;
    expect(body).toMatch(/\[!WARNING\][\s\S]*changes the grader's own files/);
    expect(body).toContain('`graders/rubrics/02-ecs-task-definition.ts`');
    expect(body).toContain('`.github/workflows/grade.yml`');
  });

  it('fails the step below min-score, after reporting', async () => {
    const r = await grade({ 'min-score': String(TOTAL - 1) });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      new RegExp(`::error::The score [\\d.]+/${TOTAL} is below the required 'min-score' of ${TOTAL - 1}`),
    );
    expect(gh.commentsOn(2)).toHaveLength(1);
  });

  it('rejects a bad input value with a clear message', async () => {
    const r = await grade({ comment: 'sometimes' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Input 'comment' must be one of 'upsert', 'off', got 'sometimes'.");
  });
});

describe.skipIf(!HAS_SOLUTIONS)(
  'evaluate + report (fork-safe pair)',
  { timeout: SLOW_PROCESS_TEST_TIMEOUT_MS },
  () => {
    async function evaluate(): Promise<string> {
      const out = path.join(tmpDir(), 'artifact');
      const r = await grade({ mode: 'evaluate', 'github-token': '', 'report-dir': out });
      expect(r.code, r.stdout).toBe(0);
      expect(gh.requests.filter((q) => q.method !== 'GET')).toEqual([]);
      expect(fs.readFileSync(path.join(out, 'pr-number'), 'utf8').trim()).toBe('2');
      expect(fs.readFileSync(path.join(out, 'head-sha'), 'utf8').trim()).toBe(HEAD);
      return out;
    }

    function publishCommit() {
      // The PR head as GitHub stores it: the same files the evaluate job graded.
      const files: Record<string, string> = {};
      const walk = (dir: string) => {
        for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
          const p = path.join(dir, e.name);
          if (e.isDirectory()) walk(p);
          else files[path.relative(workspace, p).split(path.sep).join('/')] = fs.readFileSync(p, 'utf8');
        }
      };
      walk(path.join(workspace, 'labs'));
      files['graders/evil.ts'] = 'throw new Error("never executed")';
      gh.addCommit(HEAD, files);
    }

    function report(artifact: string, headSha = HEAD) {
      return runAction({
        cwd: tmpDir(), // the trusted job's workspace holds only the default branch, never the PR
        inputs: { mode: 'report', 'github-token': 'bot-token', 'report-dir': artifact, lint: 'false' },
        eventName: 'workflow_run',
        payload: workflowRun(headSha),
        repository: 'Codertocat/Hello-World',
        apiUrl: gh.url,
      });
    }

    it('regrades the PR files as data and comments the trusted score', async () => {
      const artifact = await evaluate();
      publishCommit();
      const untrusted = JSON.parse(fs.readFileSync(path.join(artifact, 'report.json'), 'utf8')) as Report;
      const r = await report(artifact);
      expect(r.code, r.stdout).toBe(0);
      const body = gh.commentsOn(2)[0]!.body;
      expect(body).toContain(`**${formatPoints(untrusted.score)} / ${TOTAL}**`);
      expect(body).not.toContain('differs from the trusted regrade');
      // One archive of the head commit, never a call per file.
      expect(gh.apiCalls().filter((q) => q.path.includes('/tarball/'))).toHaveLength(1);
      expect(gh.requests.some((q) => q.path.includes('/git/'))).toBe(false);
      // What deploy.yml reads to deploy only the labs this PR changed (README.md is not a lab).
      expect(fs.readFileSync(path.join(r.outputs['trusted-root']!, 'changed-labs'), 'utf8')).toBe(
        '02-ecs-task-definition\n',
      );
    });

    it('sets a trusted commit status for branch protection, failing below min-score', async () => {
      const artifact = await evaluate();
      publishCommit();
      const run = (min: string) =>
        runAction({
          cwd: tmpDir(),
          inputs: {
            mode: 'report',
            'github-token': 'bot-token',
            'report-dir': artifact,
            lint: 'false',
            'commit-status': 'true',
            'min-score': min,
          },
          eventName: 'workflow_run',
          payload: workflowRun(HEAD),
          repository: 'Codertocat/Hello-World',
          apiUrl: gh.url,
        });
      await run('1');
      await run(String(TOTAL));
      expect(gh.statuses.map((st) => [st.sha, st.state, st.context])).toEqual([
        [HEAD, 'success', 'labgrade / trusted grade'],
        [HEAD, 'failure', 'labgrade / trusted grade'],
      ]);
      expect(gh.statuses[1]!.description).toMatch(
        new RegExp(`^Trusted grade [\\d.]+/${TOTAL} \\(needs ${TOTAL}\\)$`),
      );
    });

    it.each([
      ['a score of 450', (r: Report) => ({ ...r, score: 450 }), true],
      [
        'a lab score that does not add up',
        (r: Report) => ({ ...r, labs: r.labs.map((l) => ({ ...l, score: 30 })), score: 60 }),
        true,
      ],
      // Text from the artifact never reaches the comment: the trusted regrade supplies every title and message.
      [
        '<script> and @org/team inside',
        (r: Report) => ({
          ...r,
          labs: r.labs.map((l) => ({ ...l, title: '<script>alert(1)</script> @org/team' })),
        }),
        false,
      ],
    ])('regrades when the artifact is forged: %s', async (_name, forge, noticed) => {
      const artifact = await evaluate();
      publishCommit();
      const file = path.join(artifact, 'report.json');
      fs.writeFileSync(file, JSON.stringify(forge(JSON.parse(fs.readFileSync(file, 'utf8')) as Report)));
      const r = await report(artifact);
      expect(r.code, r.stdout).toBe(0);
      const body = gh.commentsOn(2)[0]!.body;
      expect(body).not.toContain('<script>');
      expect(body).not.toMatch(/@org\/team/);
      expect(body).not.toContain(`450 / ${TOTAL}`);
      if (noticed) expect(body).toMatch(/could not be used|differs from the trusted regrade/);
    });

    it('regrades when the report is 10 MB', async () => {
      const artifact = await evaluate();
      publishCommit();
      fs.writeFileSync(path.join(artifact, 'report.json'), `{"pad":"${'x'.repeat(10 * 1024 * 1024)}"}`);
      const r = await report(artifact);
      expect(r.code).toBe(0);
      expect(gh.commentsOn(2)[0]!.body).toMatch(/could not be used \(report\.json is \d+ bytes, over the/);
    });

    it.each([
      [
        "another PR's number",
        (dir: string) => fs.writeFileSync(path.join(dir, 'pr-number'), '3\n'),
        undefined,
      ],
      [
        'a PR number that is not a number',
        (dir: string) => fs.writeFileSync(path.join(dir, 'pr-number'), '2; rm -rf /\n'),
        undefined,
      ],
      [
        'a stale SHA',
        (dir: string) => fs.writeFileSync(path.join(dir, 'head-sha'), `${'a'.repeat(40)}\n`),
        undefined,
      ],
      ['a run for a newer commit than the PR head', () => {}, 'b'.repeat(40)],
    ])('rejects the artifact and posts nothing: %s', async (_name, tamper, runSha) => {
      gh.pulls.set(3, {
        number: 3,
        state: 'open',
        head: { sha: 'c'.repeat(40), ref: 'x', repo: { full_name: 'other/Hello-World' } },
        base: { ref: 'main', repo: { full_name: 'Codertocat/Hello-World' } },
      });
      const artifact = await evaluate();
      publishCommit();
      tamper(artifact);
      if (runSha) fs.writeFileSync(path.join(artifact, 'head-sha'), `${runSha}\n`);
      const r = await report(artifact, runSha ?? HEAD);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/::warning::.*(rejected|stale or forged)/);
      expect(gh.commentsOn(2)).toHaveLength(0);
      expect(gh.commentsOn(3)).toHaveLength(0);
    });
  },
);

// The action's runtime is node24 (action.yml); the bundle also runs under this Node for the other tests.
const NODE24 = (() => {
  const r = spawnSync('npx', ['-y', '-p', 'node@24', 'node', '-p', 'process.execPath'], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  const p = r.status === 0 ? r.stdout.trim() : '';
  return p && fs.existsSync(p) ? p : null;
})();

describe.skipIf(!NODE24 || !HAS_SOLUTIONS)(
  'under Node 24 (node@24 from npm)',
  { timeout: SLOW_PROCESS_TEST_TIMEOUT_MS },
  () => {
    it('grades and comments', async () => {
      const r = await grade({}, { node: [NODE24!] });
      expect(r.code, r.stderr).toBe(0);
      expect(gh.commentsOn(2)).toHaveLength(1);
      expect(r.outputs['max-score']).toBe(String(TOTAL));
    });
  },
);

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, SLOW_PROCESS_TEST_TIMEOUT_MS);
