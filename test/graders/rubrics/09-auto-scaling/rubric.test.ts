// Lab 09 graded on its own, with the rubric module directly (without the starters' hashes, so the starter is graded
// as if it were work): the reference solution and the second-style solution earn 30/30 with no cfn-lint errors, the
// starter at most 6, and the common-mistakes submission loses exactly the items its mistakes touch. The README's
// rubric table is the one `npm run docs` would write.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RUBRIC_END, RUBRIC_START, replaceBetween, rubricTable } from '../../../../graders/docs.js';
import { gradeSubmission } from '../../../../graders/engine/grade.js';
import type { LabReport } from '../../../../graders/engine/types.js';
import { RULES } from '../../../../graders/index.js';
import lab from '../../../../graders/rubrics/09-auto-scaling.js';
import { HAS_CFN_LINT, PYTHON } from '../../../helpers/cfn-lint.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON, makeTree } from '../../../helpers/tmp.js';
import { CFN_LINT_TEST_TIMEOUT_MS } from '../../../helpers/timeouts.js';

const grade = async (root: string): Promise<LabReport> =>
  (await gradeSubmission({ root, labs: [lab], rules: RULES, lint: HAS_CFN_LINT })).labs[0]!;
const FILE = `labs/${lab.id}/template.yaml`;
const SOLUTION = path.join(REPO, 'test/fixtures/solutions', FILE);
const ALTERNATIVE = path.join(REPO, 'test/fixtures/alternatives/labs', lab.id, 'template.json');
// Absent in the published learner template, where the tests that read it skip.
const solutionText = HAS_SOLUTIONS ? fs.readFileSync(SOLUTION, 'utf8') : '';
const unfinished = (l: LabReport) =>
  l.items
    .filter((i) => i.status !== 'passed')
    .map(
      (i) => `${i.id}: ${i.status} ${i.earned}/${i.points} ${i.findings.map((f) => f.message).join(' | ')}`,
    );

let solution: LabReport;
let alternative: LabReport;
let starter: LabReport;
let naive: LabReport;

beforeAll(async () => {
  [solution, alternative, starter, naive] = await Promise.all([
    grade(path.join(REPO, 'test/fixtures/solutions')),
    grade(path.join(REPO, 'test/fixtures/alternatives')),
    grade(REPO),
    grade(path.join(REPO, 'test/fixtures/naive')),
  ]);
}, 120_000);

describe.skipIf(!HAS_SOLUTIONS)(`${lab.id} rubric`, { timeout: CFN_LINT_TEST_TIMEOUT_MS }, () => {
  it('has at least six items worth 30 points, each citing evidence', () => {
    expect(lab.items.length).toBeGreaterThanOrEqual(6);
    expect(lab.items.reduce((n, i) => n + i.points, 0)).toBe(30);
    for (const i of lab.items) expect(i.evidence.length, i.id).toBeGreaterThan(0);
  });

  it('the reference solution scores 30/30', () => {
    expect(unfinished(solution)).toEqual([]);
    expect(solution.score).toBe(30);
  });

  it('the second-style solution (JSON, long-form intrinsics, separate resources) scores 30/30', () => {
    expect(unfinished(alternative)).toEqual([]);
    expect(alternative.score).toBe(30);
  });

  it('the starter scores at most 6 and every item is gradable', () => {
    expect(starter.score).toBeLessThanOrEqual(6);
    expect(starter.items.filter((i) => i.status === 'not-gradable' || i.status === 'grader-error')).toEqual(
      [],
    );
  });

  it('the common-mistakes submission loses exactly the items its mistakes touch', () => {
    const lost = naive.items.filter((i) => i.status !== 'passed').map((i) => [i.id, i.status, i.earned]);
    expect(lost).toEqual([
      ['capacity-bounds', 'failed', 0],
      ['request-count-tracking', 'failed', 0],
      ['cooldowns', 'failed', 0],
      ['step-scaling-alarm', 'failed', 0],
      ['desired-count', 'failed', 0],
    ]);
    expect(naive.score).toBe(10);
    expect(naive.score).toBeGreaterThan(starter.score);
    expect(naive.score).toBeLessThan(30);
  });

  it('accepts the reference template as JSON too', async () => {
    const { parseCloudFormation } = await import('../../../../graders/engine/parsers/cloudformation.js');
    const parsed = parseCloudFormation('template.yaml', solutionText);
    if (!parsed.ok) throw new Error('fixture');
    const json = JSON.stringify(parsed.doc.template, null, 2);
    const l = await grade(makeTree({ [`labs/${lab.id}/template.json`]: json }));
    expect(unfinished(l)).toEqual([]);
  });

  it('a service that keeps its DesiredCount within the bounds keeps the desired-count points', async () => {
    const text = solutionText.replace(
      '      LaunchType: FARGATE\n',
      '      LaunchType: FARGATE\n      DesiredCount: 2\n',
    );
    const l = await grade(makeTree({ [FILE]: text }));
    expect(unfinished(l)).toEqual([]);
  });

  it('the README carries the rubric table `npm run docs` would write', () => {
    const readme = fs.readFileSync(path.join(REPO, 'labs', lab.id, 'README.md'), 'utf8');
    expect(readme).toBe(replaceBetween(readme, RUBRIC_START, RUBRIC_END, rubricTable(lab), 'README.md'));
  });
});

describe.skipIf(!HAS_CFN_LINT || !HAS_SOLUTIONS)(
  `${lab.id} templates and cfn-lint`,
  { timeout: CFN_LINT_TEST_TIMEOUT_MS },
  () => {
    const starterPath = path.join(REPO, FILE);
    it.each([
      ['reference solution', SOLUTION],
      ['second-style solution', ALTERNATIVE],
      ['starter', starterPath],
    ])('cfn-lint reports no errors on the %s', (_name, file) => {
      const run = spawnSync(
        PYTHON,
        ['-c', 'import sys, cfnlint.runner; sys.exit(cfnlint.runner.main())', '--format', 'parseable', file],
        { encoding: 'utf8' },
      );
      expect(run.error).toBeUndefined();
      const errors = run.stdout.split('\n').filter((l) => /:E\d{4}:/.test(l));
      expect(errors).toEqual([]);
    });
  },
);

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, CFN_LINT_TEST_TIMEOUT_MS);
