// The mutation-table harness: each rubric item, broken alone in a lab's reference solution by one small,
// realistic learner mistake, costs points, and no other item moves. Every mutated copy is a submission of its
// own, and all are graded in ONE gradeSubmissions call, so cfn-lint runs once per table.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradeSubmissions } from '../../graders/engine/grade.js';
import type { ItemReport, Lab, LabReport, RubricItem } from '../../graders/engine/types.js';
import { RULES } from '../../graders/index.js';
import { HAS_CFN_LINT } from './cfn-lint.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON, makeTree } from './tmp.js';
import { CFN_LINT_TEST_TIMEOUT_MS } from './timeouts.js';

/** The lab's files, keyed by their path inside the lab folder. */
export type Files = Readonly<Record<string, string>>;

export interface Mutation {
  item: string;
  name: string;
  mutate: (files: Files) => Files;
  /** Other items the mutation may also cost, only where no more surgical mistake exists (say why). */
  alsoAffects?: readonly string[];
}

/** Replaces `from` by `to`, throwing unless `from` occurs exactly once, so no row can silently mutate nothing. */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at === -1) throw new Error(`mutation target not found: ${JSON.stringify(from)}`);
  if (text.indexOf(from, at + 1) !== -1)
    throw new Error(`mutation target occurs more than once: ${JSON.stringify(from)}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** A mutation of one file of the lab: replace the one occurrence of `from` by `to`. */
export const inFile =
  (file: string, from: string, to: string) =>
  (files: Files): Files => {
    const text = files[file];
    if (text === undefined) throw new Error(`the solution has no ${file}`);
    return { ...files, [file]: replaceOnce(text, from, to) };
  };

/** A mutation of the template (template.yaml). */
export const inTemplate = (from: string, to: string): ((files: Files) => Files) =>
  inFile('template.yaml', from, to);

/**
 * A lab folder's files by path relative to it (`template.yaml`, `k8s/service.yaml`), read recursively, so a lab
 * whose files sit in subfolders (lab 12's manifests, lab 14's parameter files) is copied whole.
 */
export function readLabFiles(dir: string): Files {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else if (e.isFile()) out[r] = fs.readFileSync(path.join(dir, r), 'utf8');
    }
  };
  walk('');
  return out;
}

/**
 * Registers the tests for one lab: `table` must hold exactly one row per rubric item; `moreMistakes` adds
 * further mistakes for items the table already covers.
 */
export function describeMutations(
  lab: Lab,
  table: readonly Mutation[],
  moreMistakes: readonly Mutation[] = [],
): void {
  // Every row mutates the reference solution: without it (the published learner template) the table skips.
  if (!HAS_SOLUTIONS) {
    it.skip(`${lab.id} mutations: ${SOLUTIONS_SKIP_REASON}`, () => {}, CFN_LINT_TEST_TIMEOUT_MS);
    return;
  }
  // Without cfn-lint the engine skips every item that lists cfn-lint ids (earned 0), so a row for such an item
  // could not tell a costly mutation from a skipped item: those rows are skipped, saying so, and those items are
  // expected to be 'skipped' in every copy.
  const lintIds = (i: RubricItem): readonly string[] => i.cfnLint ?? [];
  const needsLint = (i: RubricItem) => lintIds(i).length > 0;
  const rubricItem = (id: string): RubricItem => {
    const i = lab.items.find((x) => x.id === id);
    if (!i) throw new Error(`no rubric item '${id}' in ${lab.id}`);
    return i;
  };
  /** What an untouched item earns in this run: full points, or 0 when it is skipped for want of cfn-lint. */
  const fullEarned = (i: ItemReport): number => (HAS_CFN_LINT || !needsLint(rubricItem(i.id)) ? i.points : 0);
  const describeItem = (i: ItemReport) =>
    `${i.id}: ${i.status} ${i.earned}/${i.points} ${i.findings.map((f) => `${f.ruleId} ${f.message}`).join(' | ')}`;

  const BASE_ID = 'unmutated';
  const cloneId = (prefix: string, n: number) => `${prefix}${String(n).padStart(2, '0')}`;
  const toCase = (prefix: string) => (row: Mutation, n: number) => {
    const ids = lintIds(rubricItem(row.item));
    const skip = !HAS_CFN_LINT && ids.length > 0;
    const title = `${row.item}: ${row.name}${skip ? ` (skipped: cfn-lint not installed; the item is graded with cfn-lint ${ids.join(', ')})` : ''}`;
    return { ...row, title, skip, labId: cloneId(prefix, n) };
  };
  const cases = table.map(toCase('m'));
  const moreCases = moreMistakes.map(toCase('x'));

  const solution = readLabFiles(path.join(REPO, 'test/fixtures/solutions/labs', lab.id));

  const reports = new Map<string, LabReport>();
  const reportOf = (id: string): LabReport => {
    const r = reports.get(id);
    if (!r) throw new Error(`no report for submission '${id}'`);
    return r;
  };

  beforeAll(async () => {
    const submissions: [string, Files][] = [
      [BASE_ID, solution],
      ...[...cases, ...moreCases].map((c): [string, Files] => [c.labId, c.mutate(solution)]),
    ];
    const roots = submissions.map(([, files]) =>
      makeTree(
        Object.fromEntries(Object.entries(files).map(([rel, text]) => [`labs/${lab.id}/${rel}`, text])),
      ),
    );
    const graded = await gradeSubmissions(roots, { labs: [lab], rules: RULES, lint: HAS_CFN_LINT });
    submissions.forEach(([id], i) => reports.set(id, graded[i]!.labs[0]!));
  }, 120_000);

  describe(`${lab.id} mutations`, { timeout: CFN_LINT_TEST_TIMEOUT_MS }, () => {
    it('the table has exactly one row per rubric item', () => {
      expect(table.map((r) => r.item).sort()).toEqual(lab.items.map((i) => i.id).sort());
    });

    it('the unmutated copy earns every point it can in this run', () => {
      const l = reportOf(BASE_ID);
      expect(l.items.filter((i) => i.earned !== fullEarned(i)).map(describeItem)).toEqual([]);
    });

    const check = ({ item, labId, alsoAffects }: (typeof cases)[number]) => {
      const l = reportOf(labId);
      expect(l.items.filter((i) => i.status === 'grader-error').map(describeItem)).toEqual([]);
      const target = l.items.find((i) => i.id === item);
      if (!target) throw new Error(`no item '${item}' in the report`);
      expect(target.earned, describeItem(target)).toBeLessThan(target.points);
      const spared = new Set([item, ...(alsoAffects ?? [])]);
      const others = l.items.filter((i) => !spared.has(i.id));
      expect(others.filter((i) => i.earned !== fullEarned(i)).map(describeItem)).toEqual([]);
    };

    // '%s' on the title, not '$title': vitest shortens interpolated object fields, hiding the skip reason.
    const rows = (list: readonly (typeof cases)[number][], skip: boolean) =>
      list.filter((c) => c.skip === skip).map((c) => [c.title, c] as const);
    it.each(rows(cases, false))('%s', (_title, c) => check(c));
    it.skip.each(rows(cases, true))('%s', (_title, c) => check(c));

    describe('more mistakes for items already covered', () => {
      it.each(rows(moreCases, false))('%s', (_title, c) => check(c));
      it.skip.each(rows(moreCases, true))('%s', (_title, c) => check(c));
    });
  });
}
