// Every lab: the reference solution earns every point, the untouched starter almost none, and the
// common-mistakes submission sits strictly in between (PrairieLearn's reference/starter pair).
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cdkSynthSource } from '../../graders/engine/cdk/source.js';
import { gradeSubmission } from '../../graders/engine/grade.js';
import { workspaceSource } from '../../graders/engine/load.js';
import type { LabReport, Report } from '../../graders/engine/types.js';
import { LABS, RUBRICS, RULES } from '../../graders/index.js';
import { HAS_CFN_LINT } from '../helpers/cfn-lint.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON } from '../helpers/tmp.js';
import { CFN_LINT_TEST_TIMEOUT_MS, SLOW_PROCESS_TEST_TIMEOUT_MS } from '../helpers/timeouts.js';

const STARTER_MAX = 6;
let solution: Report;
let starter: Report;
/** The starters graded as work (the rubrics without starter hashes): what a learner's first edit is judged on. */
let starterAsWork: Report;
let naive: Report;

beforeAll(async () => {
  // As `labgrade grade` reads a lab: a CDK app (lab 15's) is graded from the template it synthesizes.
  const sources = [cdkSynthSource(), workspaceSource];
  const grade = (root: string) =>
    gradeSubmission({ root, labs: LABS, rules: RULES, lint: HAS_CFN_LINT, sources });
  [solution, starter, starterAsWork, naive] = await Promise.all([
    grade(path.join(REPO, 'test/fixtures/solutions')),
    grade(REPO),
    gradeSubmission({ root: REPO, labs: RUBRICS, rules: RULES, lint: HAS_CFN_LINT, sources }),
    grade(path.join(REPO, 'test/fixtures/naive')),
  ]);
}, SLOW_PROCESS_TEST_TIMEOUT_MS);

const lab = (r: Report, id: string): LabReport => r.labs.find((l) => l.id === id)!;
const describeItems = (l: LabReport) =>
  l.items
    .filter((i) => i.status !== 'passed')
    .map((i) => `${i.id}: ${i.status} ${i.earned}/${i.points} ${i.feedback} ${JSON.stringify(i.findings)}`);

describe.skipIf(!HAS_SOLUTIONS).each(LABS.map((l) => [l.id]))(
  '%s',
  { timeout: CFN_LINT_TEST_TIMEOUT_MS },
  (id) => {
    it('reference solution scores 30/30', () => {
      const l = lab(solution, id);
      expect(describeItems(l)).toEqual([]);
      expect(l.score).toBe(30);
      expect(l.maxScore).toBe(30);
      expect(l.status).toBe('passed');
    });

    it('untouched starter is not started and earns nothing', () => {
      const l = lab(starter, id);
      expect(l.status).toBe('not-started');
      expect(l.score).toBe(0);
    });

    it(`starter graded as work scores at most ${STARTER_MAX}/30 and is gradable`, () => {
      const l = lab(starterAsWork, id);
      expect(l.status).not.toBe('not-started');
      expect(l.score).toBeLessThanOrEqual(STARTER_MAX);
      expect(l.items.filter((i) => i.status === 'not-gradable' || i.status === 'grader-error')).toEqual([]);
    });

    it('common-mistakes submission scores strictly between the starter and 30', () => {
      const n = lab(naive, id).score;
      expect(n).toBeGreaterThan(lab(starterAsWork, id).score);
      expect(n).toBeLessThan(30);
      expect(lab(naive, id).items.filter((i) => i.status === 'grader-error')).toEqual([]);
    });
  },
);

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, CFN_LINT_TEST_TIMEOUT_MS);
