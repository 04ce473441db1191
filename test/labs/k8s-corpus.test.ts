// Real public Kubernetes manifests (../shared/corpus/k8s), each graded as lab 12's k8s/ folder, and all of them
// together as one folder: the grader must produce a report, and never a grader error, whatever it meets. Templates
// ('.yaml.template', with placeholders) are copied as '.yaml', so the loader reads them as a learner's file would
// be; kustomizations and custom resources (Karpenter, Gateway API) are manifests like any other.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradeSubmissions } from '../../graders/engine/grade.js';
import type { LabReport, Rule } from '../../graders/engine/types.js';
import { RULES } from '../../graders/index.js';
import lab from '../../graders/rubrics/12-eks-workload.js';
import { eksRules } from '../../graders/rules/eks/index.js';
import { HAS_SHARED, HAS_SOLUTIONS, REPO, SHARED, SOLUTIONS_SKIP_REASON, makeTree } from '../helpers/tmp.js';
import { CFN_LINT_TEST_TIMEOUT_MS } from '../helpers/timeouts.js';

const CORPUS = path.join(SHARED, 'corpus', 'k8s');
// Until graders/index.ts registers the EKS rules, they are added here.
const LAB_RULES: readonly Rule[] = [
  ...RULES,
  ...(eksRules as unknown as Rule[]).filter((r) => !RULES.some((x) => x.meta.id === r.meta.id)),
];

describe.skipIf(!HAS_SHARED || !HAS_SOLUTIONS)(
  HAS_SHARED
    ? 'corpus manifests graded as lab 12'
    : 'corpus manifests graded as lab 12 (skipped: ../shared/corpus is absent)',
  { timeout: CFN_LINT_TEST_TIMEOUT_MS },
  () => {
    const files = HAS_SHARED ? fs.readdirSync(CORPUS).sort() : [];
    // Absent in the published learner template, where these tests skip.
    const cluster = HAS_SOLUTIONS
      ? fs.readFileSync(path.join(REPO, 'test/fixtures/solutions/labs', lab.id, 'cluster.yaml'), 'utf8')
      : '';
    const asManifest = (name: string) => name.replace(/\.template$/, '');
    const reports = new Map<string, LabReport>();
    const ALL = '(all files in one folder)';

    beforeAll(async () => {
      const submissions: [string, Record<string, string>][] = files.map((name) => [
        name,
        { [`k8s/${asManifest(name)}`]: fs.readFileSync(path.join(CORPUS, name), 'utf8') },
      ]);
      submissions.push([ALL, Object.assign({}, ...submissions.map(([, f]) => f)) as Record<string, string>]);
      const roots = submissions.map(([, f]) =>
        makeTree(
          Object.fromEntries(
            Object.entries({ ...f, 'cluster.yaml': cluster }).map(([rel, text]) => [
              `labs/${lab.id}/${rel}`,
              text,
            ]),
          ),
        ),
      );
      const graded = await gradeSubmissions(roots, { labs: [lab], rules: LAB_RULES, lint: false });
      submissions.forEach(([name], i) => reports.set(name, graded[i]!.labs[0]!));
    }, 120_000);

    it('has manifests to grade, templates and kustomizations among them', () => {
      expect(files.length).toBeGreaterThan(0);
      expect(files.some((f) => f.endsWith('.template'))).toBe(true);
      expect(files.some((f) => f.includes('kustomization'))).toBe(true);
    });

    it.each([...files, ALL])('%s: a report with no grader error', (name) => {
      const l = reports.get(name);
      expect(l, name).toBeDefined();
      expect(l!.items).toHaveLength(lab.items.length);
      const errors = l!.items.filter((i) => i.status === 'grader-error').map((i) => `${i.id}: ${i.feedback}`);
      expect(errors).toEqual([]);
      // None of them is a hardened EKS workload with all its parts, so none earns full marks.
      expect(l!.score).toBeLessThan(30);
    });
  },
);

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, CFN_LINT_TEST_TIMEOUT_MS);
