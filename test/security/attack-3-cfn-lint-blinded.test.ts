// Attack 3 (issue 9): cfn-lint can be blinded. A byte PyYAML refuses (DEL in a comment) made cfn-lint report only
// E0000 for the file while the grader's own parser read it, and an invalid SAM resource made it report only E0001.
// Either way every cfn-lint-graded item had no hits and passed: a broken lab 03 template went from 26/30 to 30/30
// in the trusted status. Now the grader's parser refuses the control character at its line, and an item cfn-lint
// grades on a file it could not read fails, saying so.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../graders/engine/types.js';
import type { FakeGitHub } from '../helpers/github-server.js';
import { HAS_CFN_LINT } from '../helpers/cfn-lint.js';
import { BROKEN_SAM_RESOURCES } from '../helpers/test-labs.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON } from '../helpers/tmp.js';
import {
  HEAD,
  PROCESS_TIMEOUT,
  PR,
  TOTAL,
  artifact,
  filesOf,
  readReport,
  report,
  startGitHub,
} from './harness.js';
import { SLOW_PROCESS_TEST_TIMEOUT_MS } from '../helpers/timeouts.js';

// Each test starts the bundle, and the bundle starts Python and cfn-lint once.
vi.setConfig({ testTimeout: PROCESS_TIMEOUT * 2, hookTimeout: PROCESS_TIMEOUT });

const SOLUTIONS = path.join(REPO, 'test/fixtures/solutions');
const LAB = '03-ecs-service-alb';
const FILE = `labs/${LAB}/template.yaml`;
// Absent in the published learner template, where the tests that read it skip.
const solutions = HAS_SOLUTIONS ? filesOf(SOLUTIONS) : {};
const reference = String(solutions[FILE]);

/** A real mistake only cfn-lint grades: 256 CPU units with 4 GiB is no Fargate size (E3047), worth 4 points. */
const MISTAKE = reference.replace("Cpu: '256'\n      Memory: '512'", "Cpu: '256'\n      Memory: '4096'");
const FARGATE_ITEM = 'private-fargate-service';

/** DEL in a comment: PyYAML (so cfn-lint) refused the whole file with E0000; the old grader read it. */
const DEL_COMMENT = "  # The task: Lab 02's task definition";
const WITH_DEL = MISTAKE.replace(DEL_COMMENT, "  # The task:\u007f Lab 02's task definition");
const DEL_LINE = WITH_DEL.slice(0, WITH_DEL.indexOf('\u007f')).split('\n').length;

/** An invalid SAM function: cfn-lint 1.51.0 reports E0001 for the file and runs none of its other rules. */
const WITH_BAD_SAM = MISTAKE.replace('\nResources:\n', `\n${BROKEN_SAM_RESOURCES}`);

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startGitHub();
}, SLOW_PROCESS_TEST_TIMEOUT_MS);
afterEach(async () => {
  await gh.stop();
});

/** The trusted job on a PR holding every reference solution, with lab 03's template replaced. */
async function trustedRun(template: string) {
  gh.addCommit(HEAD, { ...solutions, [FILE]: template });
  gh.pullFiles.set(PR, [FILE]);
  // min-score is full marks, so a blinded cfn-lint (every lab "perfect") is exactly what would turn it green.
  const r = await report(gh, artifact(), {
    lint: 'true',
    'commit-status': 'true',
    'min-score': String(TOTAL),
  });
  const trusted = readReport(r);
  const lab = trusted.labs.find((l) => l.id === LAB)!;
  return { r, trusted, lab, body: gh.commentsOn(PR)[0]?.body ?? '' };
}

const item = (lab: Report['labs'][number], id: string) => lab.items.find((i) => i.id === id)!;

describe.skipIf(!HAS_CFN_LINT || !HAS_SOLUTIONS)(
  'attack 3: cfn-lint blinded (through the trusted job)',
  { timeout: SLOW_PROCESS_TEST_TIMEOUT_MS },
  () => {
    it('control: the same mistake in a readable template costs the 4 points cfn-lint grades', async () => {
      const { r, trusted, lab } = await trustedRun(MISTAKE);
      expect(trusted.tool.cfnLint, r.stdout + r.stderr).toBeTruthy();
      expect(lab.maxScore).toBe(30);
      expect(lab.score).toBe(26);
      expect(item(lab, FARGATE_ITEM).status).toBe('failed');
      expect(item(lab, FARGATE_ITEM).findings.map((f) => f.ruleId)).toContain('E3047');
      // Every other lab is its reference solution: full marks there, but for the CDK capstone, whose template this
      // run's evaluate job did not upload (test/action/cdk-trusted.test.ts grades one that did).
      for (const l of trusted.labs.filter((x) => x.id !== LAB && x.id !== '15-cdk-capstone'))
        expect(l.score, l.id).toBe(l.maxScore);
      expect(trusted.labs.find((x) => x.id === '15-cdk-capstone')?.status).toBe('not-gradable');
      expect(gh.statuses.map((s) => s.state)).toEqual(['failure']);
    });

    it('DEL in a comment: the file is refused at its line, lab 03 is not 30/30 and the status is not green', async () => {
      const { r, trusted, lab, body } = await trustedRun(WITH_DEL);
      expect(r.code, r.stdout + r.stderr).toBe(1); // below min-score fails the step, after reporting
      // Before: cfn-lint reported only E0000, the E3047 item passed, lab 03 scored 30/30 and the status was
      // "success: Trusted grade 210/210" (7 labs then).
      expect(lab.score).toBeLessThan(30);
      expect(item(lab, FARGATE_ITEM).status).not.toBe('passed');
      expect(trusted.score).toBeLessThan(TOTAL);
      expect(gh.statuses).toHaveLength(1);
      expect(gh.statuses[0]!.state).toBe('failure');
      expect(gh.statuses[0]!.description).not.toContain(`${TOTAL}/${TOTAL}`);
      // The comment says why: the grader could not read the file, naming the character and its line.
      const notice = lab.notices.find((n) => n.ruleId === 'parse/control-char');
      expect(notice).toMatchObject({ file: FILE, line: DEL_LINE });
      expect(body).toContain(`template.yaml:${DEL_LINE}:`);
      expect(body).toContain(`contains the character U+007F (DEL, a control character) at line ${DEL_LINE}`);
      expect(body).toContain('cfn-lint and other YAML tools cannot read the file');
      // Every item of the lab reads only this file, so none of them scores.
      expect(lab.score).toBe(0);
    });

    it('an invalid SAM resource (E0001): cfn-lint items fail, saying cfn-lint could not transform the file', async () => {
      const { r, trusted, lab, body } = await trustedRun(WITH_BAD_SAM);
      expect(r.code, r.stdout + r.stderr).toBe(1);
      // Before: cfn-lint reported E0001 alone, E3047 never ran, and the item passed.
      const fargate = item(lab, FARGATE_ITEM);
      expect(fargate.status).toBe('failed');
      expect(fargate.earned).toBe(0);
      expect(fargate.findings.map((f) => f.ruleId)).toEqual(['E0001']);
      expect(fargate.feedback).toMatch(
        new RegExp(
          `^cfn-lint could not transform '${FILE}' \\(E0001 at line \\d+: "Error transforming template`,
        ),
      );
      // Every item cfn-lint grades on this file fails the same way, not only the one with the mistake.
      for (const id of ['alb-public-subnets', 'ip-target-group'])
        expect(
          item(lab, id).findings.map((f) => f.ruleId),
          id,
        ).toEqual(['E0001']);
      expect(lab.score).toBeLessThanOrEqual(30 - 4 - 3 - 3);
      expect(trusted.score).toBeLessThan(TOTAL);
      expect(gh.statuses.map((s) => s.state)).toEqual(['failure']);
      expect(gh.statuses[0]!.description).not.toContain(`${TOTAL}/${TOTAL}`);
      expect(body).toContain(`cfn-lint could not transform '\`${FILE}\`' (E0001 at line `);
      expect(body).toContain('none of its other checks ran on it');
    });
  },
);
if (!HAS_CFN_LINT)
  it.skip(
    'attack 3 needs the real cfn-lint (`npm run tools`): without it no cfn-lint item is graded',
    () => {},
    SLOW_PROCESS_TEST_TIMEOUT_MS,
  );

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, SLOW_PROCESS_TEST_TIMEOUT_MS);
