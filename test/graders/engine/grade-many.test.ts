// Grading a class: several submission roots in one gradeSubmissions call share one cfn-lint process, and each
// report is byte for byte the report of grading that root alone (apart from durationMs). The roots hold the
// same submission-relative template paths, so findings must not leak from one submission to another.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gradeSubmission, gradeSubmissions } from '../../../graders/engine/grade.js';
import type { Report } from '../../../graders/engine/report.js';
import { LABS, RULES } from '../../../graders/index.js';
import { HAS_CFN_LINT, countingPython } from '../../helpers/cfn-lint.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON, copyTree, makeTree } from '../../helpers/tmp.js';
import { CFN_LINT_TEST_TIMEOUT_MS } from '../../helpers/timeouts.js';

const withoutTiming = (r: Report) => JSON.stringify({ ...r, durationMs: 0 });

const roots = () => [
  path.join(REPO, 'test/fixtures/solutions'),
  path.join(REPO, 'test/fixtures/naive'),
  REPO, // the starters
  // A submission whose lab 03 template is broken YAML and whose lab 02 file is missing.
  (() => {
    const root = copyTree(path.join(REPO, 'test/fixtures/solutions'));
    fs.writeFileSync(path.join(root, 'labs/03-ecs-service-alb/template.yaml'), 'Resources: [\n');
    fs.rmSync(path.join(root, 'labs/02-ecs-task-definition/task-definition.json'));
    return root;
  })(),
  makeTree({ 'labs/README.md': 'nothing started yet\n' }),
];

const previousPython = process.env['LABGRADE_PYTHON'];
afterEach(() => {
  if (previousPython === undefined) delete process.env['LABGRADE_PYTHON'];
  else process.env['LABGRADE_PYTHON'] = previousPython;
});

describe.skipIf(!HAS_SOLUTIONS)('gradeSubmissions', { timeout: CFN_LINT_TEST_TIMEOUT_MS }, () => {
  it.skipIf(!HAS_CFN_LINT)(
    'grades five submissions with one cfn-lint process, each report identical to grading it alone',
    async () => {
      const list = roots();
      const py = countingPython();
      process.env['LABGRADE_PYTHON'] = py.python;
      const many = await gradeSubmissions(list, { labs: LABS, rules: RULES });
      const calls = py.calls();
      expect(calls).toHaveLength(1);
      // Every distinct template text of every submission went to that one process, once: the solutions' and the
      // naive submission's templates; the starters are untouched, so not started and not linted; the broken copy's
      // other templates are the solutions' own texts, already linted.
      const linted = calls[0]!.filter((a) => /template\.ya?ml$|template\.json$/.test(a));
      const texts = new Set<string>();
      for (const root of list.slice(0, 2))
        for (const lab of LABS.filter((l) => l.files.some((f) => f.kind === 'cloudformation')))
          for (const name of ['template.yaml', 'template.yml', 'template.json']) {
            const file = path.join(root, 'labs', lab.id, name);
            if (fs.existsSync(file)) {
              texts.add(fs.readFileSync(file, 'utf8'));
              break;
            }
          }
      expect(linted.length).toBe(texts.size);

      const alone: Report[] = [];
      for (const root of list) alone.push(await gradeSubmission({ root, labs: LABS, rules: RULES }));
      expect(many.map(withoutTiming)).toEqual(alone.map(withoutTiming));
      // And the submissions really differ, so the comparison above could have failed.
      expect(new Set(many.map(withoutTiming)).size).toBe(5);
      expect(many[0]!.score).toBeGreaterThan(many[1]!.score);
      // The engine's default sources run no CDK app: every lab but the CDK-only capstone earns full marks.
      expect(many[0]!.score).toBe(30 * (LABS.length - 1));
      expect(many[0]!.labs.find((l) => l.id === '15-cdk-capstone')?.notices.map((n) => n.ruleId)).toEqual([
        'cdk/not-synthesized',
      ]);
      for (const i of [2, 4]) expect(many[i]!.labs.every((l) => l.status === 'not-started')).toBe(true);
    },
    180_000,
  );

  it('without cfn-lint too: identical reports, every cfn-lint item skipped the same way', async () => {
    const list = roots();
    const many = await gradeSubmissions(list, { labs: LABS, rules: RULES, lint: false });
    for (const [i, root] of list.entries()) {
      const alone = await gradeSubmission({ root, labs: LABS, rules: RULES, lint: false });
      expect(withoutTiming(many[i]!)).toBe(withoutTiming(alone));
    }
  }, 60_000);

  it('grades no submission as an empty list', async () => {
    expect(await gradeSubmissions([], { labs: LABS, rules: RULES })).toEqual([]);
  });
});

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, CFN_LINT_TEST_TIMEOUT_MS);
