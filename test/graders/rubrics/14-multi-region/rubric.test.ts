// Lab 14 graded on its own, with the rubric module directly and the MRG rules added to the registry's (the lab is
// not registered yet), and without the starters' hashes, so the starter is graded as if it were work: the reference
// solution and the second-style solution earn 30/30 with no cfn-lint errors, the starter nothing, and the
// common-mistakes submission loses exactly the items its mistakes touch. The README's rubric table is the one
// `npm run docs` would write.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RUBRIC_END, RUBRIC_START, replaceBetween, rubricTable } from '../../../../graders/docs.js';
import { gradeSubmission } from '../../../../graders/engine/grade.js';
import type { LabReport } from '../../../../graders/engine/types.js';
import { RULES } from '../../../../graders/index.js';
import lab from '../../../../graders/rubrics/14-multi-region.js';
import { multiRegionRules } from '../../../../graders/rules/multi-region/index.js';
import { HAS_CFN_LINT, PYTHON } from '../../../helpers/cfn-lint.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON, makeTree } from '../../../helpers/tmp.js';
import { CFN_LINT_TEST_TIMEOUT_MS } from '../../../helpers/timeouts.js';

const ALL_RULES = RULES;
const grade = async (root: string): Promise<LabReport> =>
  (await gradeSubmission({ root, labs: [lab], rules: ALL_RULES, lint: HAS_CFN_LINT })).labs[0]!;
const DIR = `labs/${lab.id}`;
const SOLUTION = path.join(REPO, 'test/fixtures/solutions', DIR);
const ALTERNATIVE = path.join(REPO, 'test/fixtures/alternatives', DIR);
const NAIVE = path.join(REPO, 'test/fixtures/naive', DIR);
const STARTER = path.join(REPO, DIR);
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

  it('every rule an item lists exists, with an MRG id that is not taken', () => {
    const ids = new Set(ALL_RULES.map((r) => r.meta.id));
    for (const i of lab.items) for (const r of i.rules ?? []) expect(ids.has(r), `${i.id}: ${r}`).toBe(true);
    const ids2 = RULES.map((r) => r.meta.id);
    expect(new Set(ids2).size).toBe(ids2.length);
    for (const r of multiRegionRules) expect(r.meta.id).toMatch(/^MRG\d{3}$/);
  });

  it('is never deployed, and says why', () => {
    expect(lab.sandbox.deployable).toBe(false);
  });

  it('the reference solution scores 30/30', () => {
    expect(unfinished(solution)).toEqual([]);
    expect(solution.score).toBe(30);
  });

  it('the second-style solution (JSON, latency routing, pipeline-format files, a replica mapping) scores 30/30', () => {
    expect(unfinished(alternative)).toEqual([]);
    expect(alternative.score).toBe(30);
  });

  it('the starter scores nothing and every item is gradable', () => {
    expect(starter.score).toBe(0);
    expect(starter.items.filter((i) => i.status === 'not-gradable' || i.status === 'grader-error')).toEqual(
      [],
    );
  });

  it('the common-mistakes submission loses exactly the items its mistakes touch', () => {
    const lost = naive.items.filter((i) => i.status !== 'passed').map((i) => [i.id, i.status, i.earned]);
    expect(lost).toEqual([
      ['region-agnostic', 'failed', 0],
      ['image-replication', 'failed', 0],
      ['dns-routing', 'failed', 0],
      ['parameter-files', 'failed', 0],
    ]);
    expect(naive.score).toBe(9);
    expect(naive.score).toBeGreaterThan(starter.score);
    expect(naive.score).toBeLessThan(30);
  });

  it('accepts the reference template as JSON too', async () => {
    const { parseCloudFormation } = await import('../../../../graders/engine/parsers/cloudformation.js');
    const parsed = parseCloudFormation(
      'template.yaml',
      fs.readFileSync(path.join(SOLUTION, 'template.yaml'), 'utf8'),
    );
    if (!parsed.ok) throw new Error('fixture');
    const files: Record<string, string> = {
      [`${DIR}/template.json`]: JSON.stringify(parsed.doc.template, null, 2),
    };
    for (const f of ['recovery.yaml', 'parameters/us-east-1.json', 'parameters/eu-west-1.json'])
      files[`${DIR}/${f}`] = fs.readFileSync(path.join(SOLUTION, f), 'utf8');
    const l = await grade(makeTree(files));
    expect(unfinished(l)).toEqual([]);
  });

  it('without parameter files or recovery.yaml, only the items that need them lose points', async () => {
    const l = await grade(
      makeTree({ [`${DIR}/template.yaml`]: fs.readFileSync(path.join(SOLUTION, 'template.yaml'), 'utf8') }),
    );
    // A missing optional file leaves its item not gradable; whether a missing 'parameters/' folder is missing or an
    // empty set depends on the engine's folder support, so those items are compared by what they earn.
    expect(l.items.filter((i) => i.status !== 'passed').map((i) => [i.id, i.earned])).toEqual([
      ['dns-routing', 0],
      ['parameter-files', 0],
      ['recovery-objectives', 0],
    ]);
    expect(l.items.find((i) => i.id === 'recovery-objectives')!.status).toBe('not-gradable');
    expect(l.score).toBe(14);
  });

  it('the README carries the rubric table `npm run docs` would write', () => {
    const readme = fs.readFileSync(path.join(REPO, 'labs', lab.id, 'README.md'), 'utf8');
    expect(readme).toBe(replaceBetween(readme, RUBRIC_START, RUBRIC_END, rubricTable(lab), 'README.md'));
  });

  it('the README has one task per rubric item, and the starter a TODO for each task', () => {
    const readme = fs.readFileSync(path.join(REPO, 'labs', lab.id, 'README.md'), 'utf8');
    const tasks = [...readme.matchAll(/^(\d+)\. <a id="task-/gm)].map((m) => Number(m[1]));
    expect(tasks).toEqual(lab.items.map((_, i) => i + 1));
    const starterText = ['template.yaml', 'recovery.yaml']
      .map((f) => fs.readFileSync(path.join(STARTER, f), 'utf8'))
      .join('\n');
    const todos = new Set([...starterText.matchAll(/TODO \(task (\d+)\)/g)].map((m) => Number(m[1])));
    expect([...todos].sort((a, b) => a - b)).toEqual(tasks);
  });
});

describe.skipIf(!HAS_CFN_LINT || !HAS_SOLUTIONS)(
  `${lab.id} templates and cfn-lint`,
  { timeout: CFN_LINT_TEST_TIMEOUT_MS },
  () => {
    it.each([
      ['reference solution', path.join(SOLUTION, 'template.yaml')],
      ['second-style solution', path.join(ALTERNATIVE, 'template.json')],
      ['common-mistakes submission', path.join(NAIVE, 'template.yaml')],
      ['starter', path.join(STARTER, 'template.yaml')],
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
