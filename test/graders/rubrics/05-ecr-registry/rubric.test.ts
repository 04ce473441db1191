// Lab 05's rubric: the reference solution earns 30, the starter almost nothing, the common mistakes something
// in between; and the lifecycle-attached item holds the template's copy of the policy to the file's.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradeSubmission } from '../../../../graders/engine/grade.js';
import type { LabReport, Rule } from '../../../../graders/engine/types.js';
import lab, { canonicalJson } from '../../../../graders/rubrics/05-ecr-registry.js';
import { ecrRules } from '../../../../graders/rules/ecr/index.js';
import { HAS_CFN_LINT, CFN_LINT_TEST_TIMEOUT_MS } from '../../../helpers/cfn-lint.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON, copyTree } from '../../../helpers/tmp.js';

const RULES = ecrRules as unknown as Rule[];
const DIR = 'labs/05-ecr-registry';

async function gradeAt(root: string, lint = HAS_CFN_LINT): Promise<LabReport> {
  const r = await gradeSubmission({ root, labs: [lab], rules: RULES, lint });
  return r.labs[0]!;
}

const item = (l: LabReport, id: string) => l.items.find((i) => i.id === id)!;

describe.skipIf(!HAS_SOLUTIONS)('lab 05 fixtures', { timeout: CFN_LINT_TEST_TIMEOUT_MS }, () => {
  let solution: LabReport;
  let starter: LabReport;
  let naive: LabReport;
  beforeAll(async () => {
    [solution, starter, naive] = await Promise.all([
      gradeAt(path.join(REPO, 'test/fixtures/solutions')),
      gradeAt(REPO),
      gradeAt(path.join(REPO, 'test/fixtures/naive')),
    ]);
  }, 60_000);

  it('the reference solution earns 30/30', () => {
    expect(solution.items.filter((i) => i.status !== 'passed').map((i) => `${i.id}: ${i.feedback}`)).toEqual(
      [],
    );
    expect(solution.score).toBe(30);
  });

  it('the starter earns at most 6 and is gradable', () => {
    expect(starter.score).toBeLessThanOrEqual(6);
    expect(starter.items.filter((i) => i.status === 'not-gradable' || i.status === 'grader-error')).toEqual(
      [],
    );
  });

  it('the common mistakes score strictly between, with the duplicate priorities found in both copies', () => {
    expect(naive.score).toBeGreaterThan(starter.score);
    expect(naive.score).toBeLessThan(30);
    expect(
      item(naive, 'lifecycle-valid')
        .findings.map((f) => f.message)
        .join(' '),
    ).toMatch(/both use rulePriority 1/);
    expect(
      item(naive, 'lifecycle-attached')
        .findings.map((f) => f.message)
        .join(' '),
    ).toMatch(/both use rulePriority 1/);
  });
});

describe.skipIf(!HAS_SOLUTIONS)('lifecycle-attached', { timeout: CFN_LINT_TEST_TIMEOUT_MS }, () => {
  const solutionRoot = () => copyTree(path.join(REPO, 'test/fixtures/solutions'));

  it('accepts the same policy with its keys in another order and other layout', async () => {
    const root = solutionRoot();
    const file = path.join(root, DIR, 'lifecycle-policy.json');
    const p = JSON.parse(fs.readFileSync(file, 'utf8')) as { rules: Record<string, unknown>[] };
    const reordered = { rules: p.rules.map((r) => Object.fromEntries(Object.entries(r).reverse())) };
    fs.writeFileSync(file, JSON.stringify(reordered));
    expect(item(await gradeAt(root, false), 'lifecycle-attached').status).toBe('passed');
  });

  it('fails, pointing at the template, when the two copies differ', async () => {
    const root = solutionRoot();
    const file = path.join(root, DIR, 'lifecycle-policy.json');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"countNumber": 20', '"countNumber": 30'));
    const i = item(await gradeAt(root, false), 'lifecycle-attached');
    expect(i.status).toBe('failed');
    expect(i.findings).toEqual([
      expect.objectContaining({ file: `${DIR}/template.yaml`, ruleId: '05-ecr-registry/lifecycle-attached' }),
    ]);
  });

  it('fails when the repository carries no policy', async () => {
    const root = solutionRoot();
    const file = path.join(root, DIR, 'template.yaml');
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace(/ {6}# The same policy[\s\S]*?(?= {6}RepositoryPolicyText:)/, ''));
    const l = await gradeAt(root, false);
    expect(item(l, 'lifecycle-attached').status).toBe('failed');
    expect(item(l, 'lifecycle-attached').feedback).toMatch(/ECR\.3/);
    expect(item(l, 'lifecycle-valid').status).toBe('passed');
  });

  it('without lifecycle-policy.json: the file’s items are not gradable, the comparison fails, the rest is graded', async () => {
    const root = solutionRoot();
    fs.rmSync(path.join(root, DIR, 'lifecycle-policy.json'));
    const l = await gradeAt(root, false);
    expect(item(l, 'lifecycle-valid').status).toBe('not-gradable');
    expect(item(l, 'lifecycle-retention').status).toBe('not-gradable');
    expect(item(l, 'lifecycle-attached').status).toBe('failed');
    expect(item(l, 'image-scanning').status).toBe('passed');
  });
});

describe.skipIf(!HAS_SOLUTIONS)(
  'other valid styles keep 30/30',
  { timeout: CFN_LINT_TEST_TIMEOUT_MS },
  () => {
    const TEMPLATE = () => path.join(REPO, 'test/fixtures/solutions', DIR, 'template.yaml');
    /** The reference solution with `edit` applied to its template; each replacement must change something. */
    async function gradeEdited(edits: [string | RegExp, string][]): Promise<LabReport> {
      const root = copyTree(path.join(REPO, 'test/fixtures/solutions'));
      const file = path.join(root, DIR, 'template.yaml');
      let text = fs.readFileSync(TEMPLATE(), 'utf8');
      for (const [from, to] of edits) {
        const next = text.replace(from, to);
        expect(next, `edit ${String(from)}`).not.toBe(text);
        text = next;
      }
      fs.writeFileSync(file, text);
      return gradeAt(root, false);
    }
    const lost = (l: LabReport) =>
      l.items
        .filter((i) => i.status !== 'passed' && i.status !== 'skipped')
        .map((i) => `${i.id}: ${i.feedback}`);

    it("the repository-level 'ScanOnPush: true' instead of the registry scanning configuration", async () => {
      const l = await gradeEdited([
        [/ {2}# Registry-level scanning[\s\S]*?(?= {2}Repository:)/, ''],
        [
          '      ImageTagMutability: IMMUTABLE\n',
          '      ImageTagMutability: IMMUTABLE\n      ImageScanningConfiguration:\n        ScanOnPush: true\n',
        ],
      ]);
      expect(lost(l)).toEqual([]);
    });

    it("a literal name 'labs-web' scanned by the filter 'web' (contained in the name) and replicated by 'labs-'", async () => {
      const l = await gradeEdited([
        ["RepositoryName: !Sub '${AWS::StackName}-web'", 'RepositoryName: labs-web'],
        ["- Filter: '*'", '- Filter: web'],
        ["- Filter: !Sub '${AWS::StackName}-'", '- Filter: labs-'],
      ]);
      expect(lost(l)).toEqual([]);
    });

    it("'IMMUTABLE_WITH_EXCLUSION' that leaves only 'latest' mutable", async () => {
      const l = await gradeEdited([
        [
          '      ImageTagMutability: IMMUTABLE\n',
          '      ImageTagMutability: IMMUTABLE_WITH_EXCLUSION\n      ImageTagMutabilityExclusionFilters:\n        - ImageTagMutabilityExclusionFilterType: WILDCARD\n          ImageTagMutabilityExclusionFilterValue: latest\n',
        ],
      ]);
      expect(lost(l)).toEqual([]);
    });

    it('no RepositoryName (CloudFormation names it) and replication without filters', async () => {
      const l = await gradeEdited([
        [/ {6}# Unique per account[^\n]*\n {6}RepositoryName: [^\n]*\n/, ''],
        [/ {12}RepositoryFilters:\n[^\n]*\n[^\n]*\n/, ''],
      ]);
      expect(lost(l)).toEqual([]);
    });
  },
);

describe.skipIf(!HAS_SOLUTIONS)('canonicalJson', { timeout: CFN_LINT_TEST_TIMEOUT_MS }, () => {
  it('ignores key order, not array order', () => {
    expect(canonicalJson({ b: 1, a: [{ y: 1, x: 2 }] })).toBe(canonicalJson({ a: [{ x: 2, y: 1 }], b: 1 }));
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });
});

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, CFN_LINT_TEST_TIMEOUT_MS);
