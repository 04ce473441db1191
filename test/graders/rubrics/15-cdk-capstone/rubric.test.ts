// Lab 15 graded on its own, through the real CDK synth source, with the rubric module directly (without the
// starters' hashes, so the starter app is synthesized and graded as if it were work): the reference app and the
// second-style app earn 30/30, the starter at most 6 with every item gradable, and the common-mistakes app loses
// exactly the items its mistakes touch. (mutations.test.ts runs cfn-lint itself on the synthesized reference.)
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RUBRIC_END, RUBRIC_START, replaceBetween, rubricTable } from '../../../../graders/docs.js';
import { cdkSynthSource } from '../../../../graders/engine/cdk/source.js';
import { gradeSubmission } from '../../../../graders/engine/grade.js';
import { workspaceSource } from '../../../../graders/engine/load.js';
import type { LabReport } from '../../../../graders/engine/types.js';
import { RULES } from '../../../../graders/index.js';
import lab from '../../../../graders/rubrics/15-cdk-capstone.js';
import { HAS_CFN_LINT } from '../../../helpers/cfn-lint.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

/** Four synths at about 5-15 s each on two cores, then one cfn-lint run. */
const GRADE_TIMEOUT_MS = 300_000;

const grade = async (root: string): Promise<LabReport> =>
  (
    await gradeSubmission({
      root,
      labs: [lab],
      rules: RULES,
      sources: [cdkSynthSource(), workspaceSource],
      lint: HAS_CFN_LINT,
    })
  ).labs[0]!;
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

describe.skipIf(!HAS_SOLUTIONS)(`${lab.id} rubric`, { timeout: GRADE_TIMEOUT_MS }, () => {
  beforeAll(async () => {
    [solution, alternative, starter, naive] = await Promise.all([
      grade(path.join(REPO, 'test/fixtures/solutions')),
      grade(path.join(REPO, 'test/fixtures/alternatives')),
      grade(REPO),
      grade(path.join(REPO, 'test/fixtures/naive')),
    ]);
  }, GRADE_TIMEOUT_MS);

  it('has at least eight items worth 30 points, each citing evidence, all rules registered', () => {
    expect(lab.items.length).toBeGreaterThanOrEqual(8);
    expect(lab.items.reduce((n, i) => n + i.points, 0)).toBe(30);
    for (const i of lab.items) expect(i.evidence.length, i.id).toBeGreaterThan(0);
    const ids = new Set(RULES.map((r) => r.meta.id));
    for (const i of lab.items) for (const r of i.rules ?? []) expect(ids.has(r), `${i.id}: ${r}`).toBe(true);
  });

  it('grades the template the app synthesizes, never a hand-written one', () => {
    const template = lab.files.find((f) => f.id === 'template');
    expect(template?.cdk).toBe('only');
    expect(solution.synthesized).toMatchObject({ stack: 'CapstoneStack', by: 'grader' });
    expect(alternative.synthesized).toMatchObject({ stack: 'WebStack', by: 'grader' });
  });

  it('the reference app (L2 constructs) scores 30/30', () => {
    expect(unfinished(solution)).toEqual([]);
    expect(solution.score).toBe(30);
  });

  it('the second-style app (ApplicationLoadBalancedFargateService, VPC endpoints, DNS-validated certificate) scores 30/30', () => {
    expect(unfinished(alternative)).toEqual([]);
    expect(alternative.score).toBe(30);
  });

  it('the starter app synthesizes, scores at most 6, and every item is gradable', () => {
    expect(starter.synthesized?.stack).toBe('CapstoneStack');
    expect(starter.score).toBeLessThanOrEqual(6);
    expect(starter.items.filter((i) => i.status === 'not-gradable' || i.status === 'grader-error')).toEqual(
      [],
    );
  });

  it('the common-mistakes app loses exactly the items its mistakes touch', () => {
    const lost = naive.items.filter((i) => i.status !== 'passed').map((i) => [i.id, i.status, i.earned]);
    expect(lost).toEqual([
      ['https-load-balancer', 'failed', 0],
      ['alarms', 'failed', 0],
      ['least-privilege', 'failed', 0],
      ['nag-suppressions', 'failed', 0],
      ['unit-tests', 'failed', 0],
    ]);
    expect(naive.score).toBe(17);
    // The placeholder and empty reasons are each named, at the learner's own line.
    const reasons = naive.items.find((i) => i.id === 'nag-suppressions')!.findings;
    expect(reasons.map((f) => [f.ruleId, f.file])).toEqual([
      ['CDK002', `labs/${lab.id}/lib/capstone-stack.ts`],
      ['CDK002', `labs/${lab.id}/lib/capstone-stack.ts`],
      ['CDK002', `labs/${lab.id}/lib/capstone-stack.ts`],
    ]);
  });

  it("the README's rubric table is the one `npm run docs` would write", () => {
    const readme = fs.readFileSync(path.join(REPO, 'labs', lab.id, 'README.md'), 'utf8');
    expect(replaceBetween(readme, RUBRIC_START, RUBRIC_END, rubricTable(lab), 'README.md')).toBe(readme);
  });
});

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, GRADE_TIMEOUT_MS);
