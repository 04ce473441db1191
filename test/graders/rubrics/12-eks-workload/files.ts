// Test helper (not a test file): lab 12's submissions as file maps, read recursively (the manifests live in k8s/,
// which the shared mutation and alternative harnesses, reading only a lab folder's top level, do not see).
import path from 'node:path';
import { gradeSubmissions } from '../../../../graders/engine/grade.js';
import type { LabReport, Rule } from '../../../../graders/engine/types.js';
import { RULES } from '../../../../graders/index.js';
import lab from '../../../../graders/rubrics/12-eks-workload.js';
import { HAS_CFN_LINT } from '../../../helpers/cfn-lint.js';
import { readLabFiles, type Files } from '../../../helpers/mutation-table.js';
import { HAS_SOLUTIONS, REPO, makeTree } from '../../../helpers/tmp.js';

/** The registry's rules, which hold the EKS set. */
export const LAB_RULES: readonly Rule[] = RULES;

/** A lab folder's files, without its README (not a graded file). */
function readLab(dir: string): Files {
  return Object.fromEntries(Object.entries(readLabFiles(dir)).filter(([rel]) => rel !== 'README.md'));
}

// Without the solutions (the published learner template) these are empty and the tests that use them skip.
const fixture = (dir: string): Files =>
  HAS_SOLUTIONS ? readLab(path.join(REPO, 'test/fixtures', dir, 'labs', lab.id)) : {};
export const SOLUTION: Files = fixture('solutions');
export const ALTERNATIVE: Files = fixture('alternatives');
export const NAIVE: Files = fixture('naive');
export const STARTER: Files = readLab(path.join(REPO, 'labs', lab.id));

/** Grades several submissions of this lab in one run (cfn-lint starts once). */
export async function gradeAll(submissions: readonly Files[]): Promise<LabReport[]> {
  const roots = submissions.map((files) =>
    makeTree(Object.fromEntries(Object.entries(files).map(([rel, text]) => [`labs/${lab.id}/${rel}`, text]))),
  );
  const reports = await gradeSubmissions(roots, { labs: [lab], rules: LAB_RULES, lint: HAS_CFN_LINT });
  return reports.map((r) => r.labs[0]!);
}

export const describeItem = (i: LabReport['items'][number]): string =>
  `${i.id}: ${i.status} ${i.earned}/${i.points} ${i.findings.map((f) => `${f.ruleId} ${f.message}`).join(' | ')}`;
