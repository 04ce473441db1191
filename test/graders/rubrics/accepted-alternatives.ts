// Test helper (not a test file): accepted alternatives for a lab's rubric. Each row rewrites the reference solution
// in another valid style, and must earn exactly what the unmutated solution earns in the same run, item by item.
// The mutation tables (test/helpers/mutation-table.ts) show that wrong work costs points; these rows show that
// correct work in another style keeps them. All copies are graded in one gradeSubmissions call, so cfn-lint runs
// once.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradeSubmissions } from '../../../graders/engine/grade.js';
import type { Lab, LabReport } from '../../../graders/engine/types.js';
import { RULES } from '../../../graders/index.js';
import { HAS_CFN_LINT } from '../../helpers/cfn-lint.js';
import { readLabFiles, type Files } from '../../helpers/mutation-table.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON, makeTree } from '../../helpers/tmp.js';
import { CFN_LINT_TEST_TIMEOUT_MS } from '../../helpers/timeouts.js';

export interface Alternative {
  name: string;
  rewrite: (files: Files) => Files;
}

/** Removes whole resource blocks (two-space indented logical ids) from a template, throwing when one is absent. */
export function withoutResources(text: string, ...logicalIds: readonly string[]): string {
  let lines = text.split('\n');
  for (const id of logicalIds) {
    const start = lines.indexOf(`  ${id}:`);
    if (start < 0) throw new Error(`resource '${id}' not found`);
    let end = start + 1;
    while (end < lines.length && (lines[end] === '' || lines[end]!.startsWith('    '))) end++;
    lines = [...lines.slice(0, start), ...lines.slice(end)];
  }
  return lines.join('\n');
}

/** Registers one test per alternative: every item earns what it earns in the unmutated solution. */
export function describeAlternatives(lab: Lab, alternatives: readonly Alternative[]): void {
  // Every row rewrites the reference solution: without it (the published learner template) they skip.
  if (!HAS_SOLUTIONS) {
    it.skip(`${lab.id} accepted alternatives: ${SOLUTIONS_SKIP_REASON}`, () => {}, CFN_LINT_TEST_TIMEOUT_MS);
    return;
  }
  const solution = readLabFiles(path.join(REPO, 'test/fixtures/solutions/labs', lab.id));
  let base: LabReport;
  const reports: LabReport[] = [];

  beforeAll(async () => {
    const submissions = [solution, ...alternatives.map((a) => a.rewrite(solution))];
    for (const [i, files] of submissions.entries()) {
      if (i > 0 && Object.keys(files).every((k) => files[k] === solution[k]))
        throw new Error(`alternative '${alternatives[i - 1]!.name}' changes nothing`);
    }
    const roots = submissions.map((files) =>
      makeTree(
        Object.fromEntries(Object.entries(files).map(([rel, text]) => [`labs/${lab.id}/${rel}`, text])),
      ),
    );
    const graded = await gradeSubmissions(roots, { labs: [lab], rules: RULES, lint: HAS_CFN_LINT });
    base = graded[0]!.labs[0]!;
    reports.push(...graded.slice(1).map((g) => g.labs[0]!));
  }, 120_000);

  describe(`${lab.id} accepted alternatives keep their points`, { timeout: CFN_LINT_TEST_TIMEOUT_MS }, () => {
    it.each(alternatives.map((a, i) => [a.name, i] as const))('%s', (_name, i) => {
      const l = reports[i]!;
      const earnedBase = new Map(base.items.map((x) => [x.id, x.earned]));
      const lost = l.items
        .filter((x) => x.earned !== earnedBase.get(x.id))
        .map(
          (x) =>
            `${x.id}: ${x.earned}/${x.points} ${x.findings.map((f) => `${f.ruleId} ${f.message}`).join(' | ')}`,
        );
      expect(lost).toEqual([]);
    });
  });
}
