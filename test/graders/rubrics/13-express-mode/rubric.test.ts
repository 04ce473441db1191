// Lab 13 graded on its own, with the rubric module and the EXP rules directly (the lab is not in the registry yet,
// and without the starters' hashes the starter is graded as if it were work): the Express Mode reference solution
// and the App Runner second-style solution earn 30/30 with no cfn-lint errors, the starter at most 6, and the
// common-mistakes submission loses exactly the items its mistakes touch. The README's rubric table is the one
// `npm run docs` would write, and no hint repeats a finding of its own item.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RUBRIC_END, RUBRIC_START, replaceBetween, rubricTable } from '../../../../graders/docs.js';
import { gradeSubmission } from '../../../../graders/engine/grade.js';
import type { LabReport, Rule } from '../../../../graders/engine/types.js';
import { RULES } from '../../../../graders/index.js';
import lab from '../../../../graders/rubrics/13-express-mode.js';
import { expressModeRules } from '../../../../graders/rules/express-mode/index.js';
import { HAS_CFN_LINT, PYTHON } from '../../../helpers/cfn-lint.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON, makeTree } from '../../../helpers/tmp.js';
import { CFN_LINT_TEST_TIMEOUT_MS } from '../../../helpers/timeouts.js';

const ALL_RULES: readonly Rule[] = RULES;

const grade = async (root: string): Promise<LabReport> =>
  (await gradeSubmission({ root, labs: [lab], rules: ALL_RULES, lint: HAS_CFN_LINT })).labs[0]!;
const FILE = `labs/${lab.id}/template.yaml`;
const SOLUTION = path.join(REPO, 'test/fixtures/solutions', FILE);
const ALTERNATIVE = path.join(REPO, 'test/fixtures/alternatives/labs', lab.id, 'template.json');
const NAIVE = path.join(REPO, 'test/fixtures/naive', FILE);
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

/** Words, lowercased, without punctuation (the rule of test/meta/hints.test.ts). */
const words = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Whether a hint shares a run of 12 words with a message template (no run crosses a placeholder). */
function sharesRun(hint: string, message: string): string | undefined {
  const runs = new Set<string>();
  for (const segment of message.split(/\{\{\s*\w+\s*\}\}/)) {
    const w = words(segment);
    for (let i = 0; i + 12 <= w.length; i++) runs.add(w.slice(i, i + 12).join(' '));
  }
  const h = words(hint);
  for (let i = 0; i + 12 <= h.length; i++)
    if (runs.has(h.slice(i, i + 12).join(' '))) return h.slice(i, i + 12).join(' ');
  return undefined;
}

describe.skipIf(!HAS_SOLUTIONS)(`${lab.id} rubric`, { timeout: CFN_LINT_TEST_TIMEOUT_MS }, () => {
  it('has at least six items worth 30 points, each citing evidence', () => {
    expect(lab.items.length).toBeGreaterThanOrEqual(6);
    expect(lab.items.reduce((n, i) => n + i.points, 0)).toBe(30);
    for (const i of lab.items) expect(i.evidence.length, i.id).toBeGreaterThan(0);
  });

  it('every rule an item lists exists, and every EXP rule is used by an item', () => {
    const ids = new Set(ALL_RULES.map((r) => r.meta.id));
    for (const i of lab.items) for (const r of i.rules ?? []) expect(ids.has(r), `${i.id}: ${r}`).toBe(true);
    const used = new Set(lab.items.flatMap((i) => i.rules ?? []));
    expect(expressModeRules.map((r) => r.meta.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it('declares that the sandbox never deploys it, with a reason', () => {
    expect(lab.sandbox.deployable).toBe(false);
  });

  it('the Express Mode reference solution scores 30/30 and says which design it recognised', () => {
    expect(unfinished(solution)).toEqual([]);
    expect(solution.score).toBe(30);
    expect(solution.items[0]!.feedback).toMatch(/Recognised: Amazon ECS Express Mode/);
  });

  it('the App Runner solution (JSON, inline pull policy, vCPU/GB units) scores 30/30 as App Runner', () => {
    expect(unfinished(alternative)).toEqual([]);
    expect(alternative.score).toBe(30);
    expect(alternative.items[0]!.feedback).toMatch(/Recognised: AWS App Runner/);
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
      ['ecr-image', 'failed', 0],
      ['separate-roles', 'failed', 0],
      ['health-check', 'failed', 0],
      ['scaling', 'failed', 0],
      ['private-network', 'failed', 0],
    ]);
    expect(naive.score).toBe(8);
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

  it('an empty template earns nothing', async () => {
    const l = await grade(
      makeTree({
        [`labs/${lab.id}/template.yaml`]: "AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n",
      }),
    );
    expect(l.score).toBe(0);
  });

  it('no hint repeats a message of its own rules', () => {
    const byId = new Map(ALL_RULES.map((r) => [r.meta.id, r]));
    for (const item of lab.items)
      for (const id of item.rules ?? [])
        for (const message of Object.values(byId.get(id)!.meta.messages))
          expect(sharesRun(item.hint, message), `${item.id} / ${id}`).toBeUndefined();
  });

  it('the README carries the rubric table `npm run docs` would write', () => {
    const readme = fs.readFileSync(path.join(REPO, 'labs', lab.id, 'README.md'), 'utf8');
    expect(readme).toBe(replaceBetween(readme, RUBRIC_START, RUBRIC_END, rubricTable(lab), 'README.md'));
  });

  it('the README has one task per rubric item, and the starter a TODO for each task', () => {
    const readme = fs.readFileSync(path.join(REPO, 'labs', lab.id, 'README.md'), 'utf8');
    const tasks = [...readme.matchAll(/^(\d+)\. <a id="task-/gm)].map((m) => Number(m[1]));
    expect(tasks).toEqual(lab.items.map((_, i) => i + 1));
    const starterText = fs.readFileSync(path.join(REPO, FILE), 'utf8');
    const todos = new Set([...starterText.matchAll(/TODO \(task (\d+)\)/g)].map((m) => Number(m[1])));
    expect([...todos].sort((a, b) => a - b)).toEqual(tasks);
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
      ['common-mistakes submission', NAIVE],
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
