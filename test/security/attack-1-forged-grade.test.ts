// Attack 1 (issue 9): a forged grade through the artifact. The trusted job used to keep the PR run's result for any
// lab it found "not started" that held a cdk.json, so a PR of cdk.json files (or of symlinks the untrusted run
// followed) got a success status and full marks; and the artifact's titles and links reached the comment.
// Now the trusted grade is only what the trusted job grades itself.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LABS } from '../../graders/index.js';
import type { Report } from '../../graders/engine/types.js';
import { formatPoints } from '../../action/report/format.js';
import type { FakeGitHub, CommitEntry } from '../helpers/github-server.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON, copyTree, tmpDir } from '../helpers/tmp.js';
import {
  HEAD,
  PROCESS_TIMEOUT,
  PR,
  TOTAL,
  evaluate,
  filesOf,
  readReport,
  report,
  startGitHub,
  walk,
} from './harness.js';
import { SLOW_PROCESS_TEST_TIMEOUT_MS } from '../helpers/timeouts.js';

vi.setConfig({ testTimeout: PROCESS_TIMEOUT * 2, hookTimeout: PROCESS_TIMEOUT });

const SOLUTIONS = path.join(REPO, 'test/fixtures/solutions');
const NAIVE = path.join(REPO, 'test/fixtures/naive');
/** The README's example threshold for the trusted commit status. */
const MIN_SCORE = '150';

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startGitHub();
}, SLOW_PROCESS_TEST_TIMEOUT_MS);
afterEach(async () => {
  await gh.stop();
});

const headline = (body: string) => /### Lab grade: \*\*([\d.]+) \/ (\d+)\*\*/.exec(body);

function cdkApps(): Record<string, CommitEntry> {
  const files: Record<string, CommitEntry> = {};
  for (const lab of LABS) {
    files[`labs/${lab.id}/cdk.json`] = JSON.stringify({ app: 'npx ts-node bin/app.ts' });
    files[`labs/${lab.id}/bin/app.ts`] = "import * as cdk from 'aws-cdk-lib';\nnew cdk.App();\n";
  }
  return files;
}

describe.skipIf(!HAS_SOLUTIONS)(
  'attack 1: a grade forged through the artifact',
  { timeout: SLOW_PROCESS_TEST_TIMEOUT_MS },
  () => {
    it('a PR of cdk.json files gets its own (empty) grade, a failing status and no untrusted score', async () => {
      // The artifact is an honest, valid report of the reference solutions: exactly what the fork's run can upload.
      const art = await evaluate(gh, copyTree(SOLUTIONS));
      const claimed = JSON.parse(fs.readFileSync(path.join(art, 'report.json'), 'utf8')) as Report;
      expect(claimed.score).toBeGreaterThanOrEqual(Number(MIN_SCORE)); // the attack would have paid
      gh.addCommit(HEAD, cdkApps());
      gh.pullFiles.set(PR, Object.keys(cdkApps()));

      const r = await report(gh, art, { 'commit-status': 'true', 'min-score': MIN_SCORE });
      expect(r.code, r.stdout + r.stderr).toBe(1); // below min-score fails the step, after reporting
      const trusted = readReport(r);
      expect(trusted.score).toBe(0);
      expect(trusted.labs.map((l) => l.score)).toEqual(LABS.map(() => 0));
      for (const lab of trusted.labs) {
        expect(lab.status, lab.id).not.toBe('passed');
        // A lab that may be solved in the CDK is graded from the template the PR's run synthesized, which this
        // artifact does not carry: not graded, saying so. The others have only a cdk.json: not started.
        if (LABS.find((l) => l.id === lab.id)!.files.some((f) => f.cdk !== undefined))
          expect(
            lab.notices.map((n) => n.ruleId),
            lab.id,
          ).toContain('cdk/no-synthesized-template');
        else expect(lab.status, lab.id).toBe('not-started');
      }
      expect(Number(r.outputs['score'])).toBe(0);

      expect(gh.statuses).toHaveLength(1);
      expect(gh.statuses[0]!.state).toBe('failure');
      expect(gh.statuses[0]!.description).toBe(`Trusted grade 0/${TOTAL} (needs ${MIN_SCORE})`);
      const body = gh.commentsOn(PR)[0]!.body;
      expect(headline(body)?.slice(1)).toEqual(['0', String(TOTAL)]);
      expect(body).not.toMatch(/untrusted/i);
      expect(body).not.toContain(`${formatPoints(claimed.labs[0]!.score)}/30 |`);
    });

    it('the relative-symlink variant: links are findings, not files, and the score is not kept', async () => {
      // The learner's tree: the solutions copied elsewhere in the repository, and every lab file a relative link to
      // its copy, plus a cdk.json in some. The untrusted run follows the links (inside its checkout) and scores high.
      const workspace = tmpDir();
      copyTree(SOLUTIONS, path.join(workspace, 'test/fixtures/solutions'));
      const commit: Record<string, CommitEntry> = filesOf(SOLUTIONS, 'test/fixtures/solutions/');
      for (const e of walk(path.join(SOLUTIONS, 'labs'))) {
        if (e.kind !== 'file') continue;
        const rel = path.relative(SOLUTIONS, e.path);
        const link = path.join(workspace, rel);
        const target = path.relative(
          path.dirname(link),
          path.join(workspace, 'test/fixtures/solutions', rel),
        );
        fs.mkdirSync(path.dirname(link), { recursive: true });
        fs.symlinkSync(target, link);
        commit[rel.split(path.sep).join('/')] = { symlink: target.split(path.sep).join('/') };
      }
      // A cdk.json where it changes nothing (labs never solved in the CDK): elsewhere it would make the untrusted
      // run synthesize an app this tree does not have, and the attack would not pay.
      for (const lab of LABS.filter((l) => l.files.every((f) => f.cdk === undefined))) {
        fs.writeFileSync(
          path.join(workspace, 'labs', lab.id, 'cdk.json'),
          '{"app":"npx ts-node bin/app.ts"}',
        );
        commit[`labs/${lab.id}/cdk.json`] = '{"app":"npx ts-node bin/app.ts"}';
      }
      const art = await evaluate(gh, workspace);
      const claimed = JSON.parse(fs.readFileSync(path.join(art, 'report.json'), 'utf8')) as Report;
      expect(claimed.score).toBeGreaterThanOrEqual(Number(MIN_SCORE));
      gh.addCommit(HEAD, commit);
      gh.pullFiles.set(PR, Object.keys(commit));

      const r = await report(gh, art, { 'commit-status': 'true', 'min-score': MIN_SCORE });
      const trusted = readReport(r);
      expect(trusted.score).toBe(0);
      expect(gh.statuses.map((s) => s.state)).toEqual(['failure']);
      for (const lab of trusted.labs) {
        expect(lab.status, lab.id).not.toBe('passed');
        // Each lab says why: its files are links, which the trusted job does not follow.
        expect(
          lab.notices.some((n) => n.ruleId === 'fetch/not-followed'),
          lab.id,
        ).toBe(true);
      }
      const body = gh.commentsOn(PR)[0]!.body;
      expect(headline(body)?.slice(1)).toEqual(['0', String(TOTAL)]);
      expect(body).toContain('Links are not followed here');
      expect(body).toMatch(/differs from the trusted regrade; the trusted score counts/);
      // Nothing the trusted job wrote is a link.
      expect(walk(r.outputs['trusted-root']!).filter((e) => e.kind !== 'file' && e.kind !== 'dir')).toEqual(
        [],
      );
    });

    it('a valid forged report (full marks, Markdown in its text) never reaches the headline, table, status or comment', async () => {
      const art = await evaluate(gh, copyTree(NAIVE));
      const honest = JSON.parse(fs.readFileSync(path.join(art, 'report.json'), 'utf8')) as Report;
      const inject = (s: string) =>
        `${s}\n# Forged heading\r## Also forged\n[click me](https://evil.example/a) ![x](https://evil.example/i.png) @org/team www.evil.example`;
      const forged: Report = {
        ...honest,
        score: honest.labs.reduce((n, l) => n + l.maxScore, 0),
        labs: honest.labs.map((l) => ({
          ...l,
          title: inject(l.title).slice(0, 200),
          status: 'passed',
          score: l.maxScore,
          notices: [],
          items: l.items.map((i) => ({
            ...i,
            title: inject(i.title),
            earned: i.points,
            status: 'passed',
            feedback: inject('All good'),
            docs: 'https://evil.example/docs',
            findings: i.findings.map((f) => ({ ...f, message: inject(f.message) })),
          })),
        })),
      };
      fs.writeFileSync(path.join(art, 'report.json'), JSON.stringify(forged));
      gh.addCommit(HEAD, filesOf(NAIVE));
      gh.pullFiles.set(PR, ['labs/02-ecs-task-definition/task-definition.json']);

      const r = await report(gh, art, { 'commit-status': 'true' });
      expect(r.code, r.stdout + r.stderr).toBe(0);
      const trusted = readReport(r);
      expect(trusted.score).toBeCloseTo(honest.score, 6);
      expect(trusted.score).toBeLessThan(forged.score);
      expect(Number(r.outputs['score'])).toBeCloseTo(honest.score, 6);
      expect(gh.statuses[0]!.description).toBe(`Trusted grade ${formatPoints(honest.score)}/${TOTAL}`);
      const body = gh.commentsOn(PR)[0]!.body;
      expect(headline(body)?.[1]).toBe(formatPoints(honest.score));
      expect(body).toMatch(/differs from the trusted regrade/);
      for (const bad of ['evil.example', 'Forged', 'forged', 'click me', '@org/team', '@\u200borg/team'])
        expect(body, bad).not.toContain(bad);
      expect(body.split('\n').filter((l) => /^#{1,2} /.test(l))).toEqual([]);
      expect(r.summary).not.toContain('evil.example');
    });
  },
);

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, SLOW_PROCESS_TEST_TIMEOUT_MS);
