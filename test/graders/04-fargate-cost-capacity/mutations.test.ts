// Lab 04 mutation table: each rubric item, broken alone in the reference solution by one small, realistic
// mistake, costs points on that item and on no other. Every mutated copy is graded in ONE gradeSubmission
// call (one lab clone per row, `labs/mNN-04-fargate-cost-capacity/`), so cfn-lint starts only once.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradeSubmission } from '../../../action/engine/grade.js';
import type { Lab, LabReport } from '../../../action/engine/types.js';
import { RULES } from '../../../graders/index.js';
import lab, { LAB_ID } from '../../../graders/04-fargate-cost-capacity/rubric.js';
import { HAS_CFN_LINT } from '../../helpers/cfn-lint.js';
import { REPO, makeTree } from '../../helpers/tmp.js';

/** The lab's files, by path relative to the lab folder. */
type Files = Readonly<Record<string, string>>;

interface Row {
  item: string;
  name: string;
  mutate: (files: Files) => Files;
  /** Other items the mutation may also cost, when no more surgical mistake exists (say why in a comment). */
  alsoAffects?: readonly string[];
}

const SOLUTION = path.join(REPO, 'test/fixtures/solutions/labs', LAB_ID);
const TEMPLATE = 'template.yaml';

/** Replaces the one occurrence of `from`; throws when it occurs zero or several times, so no row is a no-op. */
function replaceOnce(text: string, from: string, to: string): string {
  const first = text.indexOf(from);
  if (first < 0) throw new Error(`mutation target not found: ${JSON.stringify(from)}`);
  if (text.indexOf(from, first + 1) >= 0)
    throw new Error(`mutation target occurs more than once: ${JSON.stringify(from)}`);
  return text.slice(0, first) + to + text.slice(first + from.length);
}

/** A mutation that edits one file of the lab with `replaceOnce`. */
function edit(file: string, from: string, to: string): (files: Files) => Files {
  return (files) => {
    const text = files[file];
    if (text === undefined) throw new Error(`the reference solution has no '${file}'`);
    return { ...files, [file]: replaceOnce(text, from, to) };
  };
}

const needsLint = (itemId: string): boolean =>
  (lab.items.find((i) => i.id === itemId)?.cfnLint?.length ?? 0) > 0;

const table: Row[] = [
  {
    item: 'capacity-provider-strategy',
    name: "the service's FARGATE entry has 'Base: 0', so no task is guaranteed on on-demand capacity",
    // The comment line makes the match the service's strategy, not the cluster's default one.
    mutate: edit(
      TEMPLATE,
      'three Spot tasks for every on-demand one.\n      CapacityProviderStrategy:\n        - CapacityProvider: FARGATE\n          Base: 1',
      'three Spot tasks for every on-demand one.\n      CapacityProviderStrategy:\n        - CapacityProvider: FARGATE\n          Base: 0',
    ),
  },
  {
    item: 'cluster-capacity-providers',
    name: "the cluster has no 'DefaultCapacityProviderStrategy'",
    mutate: edit(
      TEMPLATE,
      '      DefaultCapacityProviderStrategy:\n        - CapacityProvider: FARGATE\n          Base: 1\n          Weight: 1\n        - CapacityProvider: FARGATE_SPOT\n          Weight: 3\n\n  LogGroup:',
      '\n  LogGroup:',
    ),
  },
  {
    item: 'graviton',
    name: "a Windows 'OperatingSystemFamily' beside ARM64 (Fargate runs Windows only on x86)",
    // Switching to X86_64 (or misspelling ARM64) also changes the price the budget check computes ($51.56 on
    // x86, over the $45 budget; an unknown architecture cannot be priced), so within-budget would lose points
    // too. This mistake breaks Graviton alone: the estimate prices by CpuArchitecture only.
    mutate: edit(TEMPLATE, 'OperatingSystemFamily: LINUX', 'OperatingSystemFamily: WINDOWS_SERVER_2022_CORE'),
  },
  {
    item: 'within-budget',
    name: 'the service keeps \'DesiredCount: 6\' "to be safe" instead of the 4 tasks the load test needs',
    mutate: edit(TEMPLATE, 'DesiredCount: 4', 'DesiredCount: 6'),
  },
  {
    item: 'valid-task-size',
    name: "the task definition uses 'NetworkMode: bridge', which Fargate does not run",
    // Any change to Cpu or Memory also changes the right-size part of within-budget (the estimate and CAP004
    // read the size with the same parser), so this row breaks the one other thing the item demands of a
    // Fargate task; only cfn-lint's E3048 sees it, and the item is skipped without cfn-lint anyway.
    mutate: edit(TEMPLATE, 'NetworkMode: awsvpc', 'NetworkMode: bridge'),
  },
  {
    item: 'ephemeral-storage',
    name: "'EphemeralStorage.SizeInGiB: 20', the default, which Fargate rejects (21–200)",
    mutate: edit(TEMPLATE, 'SizeInGiB: 21', 'SizeInGiB: 20'),
  },
  {
    item: 'spot-safe-shutdown',
    name: "the container has no 'StopTimeout', so ECS kills it 30 s after SIGTERM",
    mutate: edit(TEMPLATE, '          StopTimeout: 90\n', ''),
  },
];

/**
 * Mistakes found by mutation testing after the table above was written: each once cost nothing. Graded in the same
 * run as the table; the table alone still covers every item exactly once.
 */
const extra: Row[] = [
  {
    item: 'cluster-capacity-providers',
    name: "the cluster's default strategy uses only FARGATE, so a one-off 'run-task' never uses Spot",
    mutate: edit(
      TEMPLATE,
      '          Weight: 1\n        - CapacityProvider: FARGATE_SPOT\n          Weight: 3\n\n  LogGroup:',
      '          Weight: 1\n\n  LogGroup:',
    ),
  },
  {
    item: 'cluster-capacity-providers',
    name: "the cluster's default strategy has 'Base: 0' on FARGATE",
    mutate: edit(
      TEMPLATE,
      'DefaultCapacityProviderStrategy:\n        - CapacityProvider: FARGATE\n          Base: 1',
      'DefaultCapacityProviderStrategy:\n        - CapacityProvider: FARGATE\n          Base: 0',
    ),
  },
];

const cloneId = (i: number) => `m${String(i).padStart(2, '0')}-${LAB_ID}`;
const extraId = (i: number) => `x${String(i).padStart(2, '0')}-${LAB_ID}`;
const CONTROL_ID = `ref-${LAB_ID}`;

describe(`${LAB_ID}: one mutation per rubric item`, () => {
  const reports = new Map<string, LabReport>();

  beforeAll(async () => {
    const solution: Files = Object.fromEntries(
      fs.readdirSync(SOLUTION).map((name) => [name, fs.readFileSync(path.join(SOLUTION, name), 'utf8')]),
    );
    const tree: Record<string, string> = {};
    const labs: Lab[] = [{ ...lab, id: CONTROL_ID }];
    for (const [name, text] of Object.entries(solution)) tree[`labs/${CONTROL_ID}/${name}`] = text;
    const clones = [
      ...table.map((row, i) => [cloneId(i), row] as const),
      ...extra.map((row, i) => [extraId(i), row] as const),
    ];
    for (const [id, row] of clones) {
      labs.push({ ...lab, id });
      for (const [name, text] of Object.entries(row.mutate(solution))) tree[`labs/${id}/${name}`] = text;
    }
    const root = makeTree(tree);
    const report = await gradeSubmission({ root, labs, rules: RULES, lint: HAS_CFN_LINT });
    for (const l of report.labs) reports.set(l.id, l);
  }, 120_000);

  /** What an item earns in the reference solution: everything, unless cfn-lint is needed and missing. */
  const full = (itemId: string, points: number) => (!HAS_CFN_LINT && needsLint(itemId) ? 0 : points);

  it('the table covers every rubric item exactly once', () => {
    expect(table.map((r) => r.item).sort()).toEqual(lab.items.map((i) => i.id).sort());
  });

  it('the unmutated reference solution earns every graded item in full', () => {
    const control = reports.get(CONTROL_ID)!;
    expect(Object.fromEntries(control.items.map((i) => [i.id, i.earned]))).toEqual(
      Object.fromEntries(lab.items.map((i) => [i.id, full(i.id, i.points)])),
    );
  });

  const rows = table.map((row, index) => ({ ...row, clone: cloneId(index) }));
  const extraRows = extra.map((row, index) => ({ ...row, clone: extraId(index) }));
  const check = (row: Row & { clone: string }) => {
    const report = reports.get(row.clone)!;
    expect(report.items.filter((i) => i.status === 'grader-error' || i.status === 'not-gradable')).toEqual(
      [],
    );
    const target = report.items.find((i) => i.id === row.item)!;
    expect(target.earned, `${row.item}: ${target.feedback}`).toBeLessThan(target.points);
    const others = report.items.filter((i) => i.id !== row.item && !row.alsoAffects?.includes(i.id));
    expect(Object.fromEntries(others.map((i) => [i.id, i.earned]))).toEqual(
      Object.fromEntries(others.map((i) => [i.id, full(i.id, i.points)])),
    );
  };

  const titled = (rs: typeof rows, suffix = '') =>
    rs.map((r) => [`${r.item}: ${r.name}${suffix}`, r] as const);
  it.each(titled(rows.filter((r) => !needsLint(r.item))))('%s', (_, row) => check(row));
  it.skipIf(!HAS_CFN_LINT).each(
    titled(
      rows.filter((r) => needsLint(r.item)),
      ' (graded through cfn-lint; skipped when cfn-lint is not installed)',
    ),
  )('%s', (_, row) => check(row));

  describe('further mistakes that once cost no points', () => {
    it.each(titled(extraRows.filter((r) => !needsLint(r.item))))('%s', (_, row) => check(row));
    it.skipIf(!HAS_CFN_LINT || !extraRows.some((r) => needsLint(r.item))).each(
      titled(
        extraRows.filter((r) => needsLint(r.item)),
        ' (graded through cfn-lint; skipped when cfn-lint is not installed)',
      ),
    )('%s', (_, row) => check(row));
  });
});
