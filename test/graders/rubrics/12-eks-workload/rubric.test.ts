// Lab 12 graded on its own, with the rubric module and the EKS rules directly (the lab is not registered yet, and
// the starters' hashes are left out, so the starter is graded as if it were work): the reference solution (several
// manifest files, an eksctl cluster with Auto Mode and Pod Identity) and the second-style solution (one manifest
// file, a CloudFormation cluster with a managed node group, IRSA, ports by name) earn 30/30, the starter nothing,
// and the common-mistakes submission loses exactly the items its mistakes touch. The README's rubric table is the
// one `npm run docs` would write, and its tasks match the starter's TODOs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RUBRIC_END, RUBRIC_START, replaceBetween, rubricTable } from '../../../../graders/docs.js';
import type { LabReport } from '../../../../graders/engine/types.js';
import lab from '../../../../graders/rubrics/12-eks-workload.js';
import { HAS_CFN_LINT, PYTHON } from '../../../helpers/cfn-lint.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';
import { CFN_LINT_TEST_TIMEOUT_MS } from '../../../helpers/timeouts.js';
import { ALTERNATIVE, LAB_RULES, NAIVE, SOLUTION, STARTER, describeItem, gradeAll } from './files.js';
import { inFile } from '../../../helpers/mutation-table.js';

const unfinished = (l: LabReport) => l.items.filter((i) => i.status !== 'passed').map(describeItem);

let solution: LabReport;
let alternative: LabReport;
let starter: LabReport;
let naive: LabReport;
let both: LabReport;
let noCluster: LabReport;
let brokenYaml: LabReport;

beforeAll(async () => {
  const manifestsOnly = Object.fromEntries(
    Object.entries(SOLUTION).filter(([rel]) => rel !== 'cluster.yaml'),
  );
  const graded = await gradeAll([
    SOLUTION,
    ALTERNATIVE,
    STARTER,
    NAIVE,
    // A learner who chose CloudFormation keeps the starter's cluster.yaml: the template is graded.
    { ...ALTERNATIVE, 'cluster.yaml': STARTER['cluster.yaml']! },
    manifestsOnly,
    inFile('k8s/service.yaml', 'spec:\n', 'spec:\n  selector: [\n')(SOLUTION),
  ]);
  [solution, alternative, starter, naive, both, noCluster, brokenYaml] = graded as [
    LabReport,
    LabReport,
    LabReport,
    LabReport,
    LabReport,
    LabReport,
    LabReport,
  ];
}, 120_000);

describe.skipIf(!HAS_SOLUTIONS)(`${lab.id} rubric`, { timeout: CFN_LINT_TEST_TIMEOUT_MS }, () => {
  it('has at least six items worth 30 points, each citing evidence', () => {
    expect(lab.items.length).toBeGreaterThanOrEqual(6);
    expect(lab.items.reduce((n, i) => n + i.points, 0)).toBe(30);
    for (const i of lab.items) expect(i.evidence.length, i.id).toBeGreaterThan(0);
  });

  it('every rule an item lists exists', () => {
    const ids = new Set(LAB_RULES.map((r) => r.meta.id));
    for (const i of lab.items) for (const r of i.rules ?? []) expect(ids.has(r), `${i.id}: ${r}`).toBe(true);
  });

  it('is never deployed, and says why', () => {
    expect(lab.sandbox.deployable).toBe(false);
  });

  it('the reference solution (four manifest files, eksctl, Auto Mode, Pod Identity) scores 30/30', () => {
    expect(unfinished(solution)).toEqual([]);
    expect(solution.score).toBe(30);
  });

  it('the second-style solution (one file, CloudFormation, managed nodes, IRSA, named ports) scores 30/30', () => {
    expect(unfinished(alternative)).toEqual([]);
    expect(alternative.score).toBe(30);
    expect(alternative.items.find((i) => i.id === 'cluster-access')?.feedback).toContain('template.yaml');
  });

  it('grades the CloudFormation cluster when the starter cluster.yaml is still there', () => {
    expect(unfinished(both)).toEqual([]);
  });

  it('the starter earns nothing and every item is gradable', () => {
    expect(starter.score).toBe(0);
    expect(starter.items.filter((i) => i.status === 'not-gradable' || i.status === 'grader-error')).toEqual(
      [],
    );
  });

  it('the common-mistakes submission loses exactly the items its mistakes touch', () => {
    const lost = naive.items.filter((i) => i.status !== 'passed').map((i) => [i.id, i.status, i.earned]);
    expect(lost).toEqual([
      ['health-probes', 'failed', 0],
      ['ecr-image', 'failed', 0],
      ['service', 'failed', 0],
      ['cluster-access', 'failed', 0],
    ]);
    expect(naive.score).toBe(19);
    expect(naive.score).toBeGreaterThan(starter.score);
  });

  it('without a cluster definition, only the cluster items fail (and say what to create)', () => {
    const lost = noCluster.items.filter((i) => i.status !== 'passed').map((i) => i.id);
    expect(lost).toEqual(['workload-identity', 'cluster-access', 'cluster-audit']);
    expect(noCluster.items.find((i) => i.id === 'cluster-audit')?.feedback).toMatch(
      /cluster\.yaml.*template\.yaml/,
    );
  });

  it('one manifest that is not valid YAML makes every item not-gradable, pointing at that file', () => {
    expect(brokenYaml.items.every((i) => i.status === 'not-gradable')).toBe(true);
    expect(brokenYaml.items[0]?.feedback).toContain('service.yaml');
  });

  it('the README carries the rubric table `npm run docs` would write', () => {
    const readme = fs.readFileSync(path.join(REPO, 'labs', lab.id, 'README.md'), 'utf8');
    expect(readme).toBe(replaceBetween(readme, RUBRIC_START, RUBRIC_END, rubricTable(lab), 'README.md'));
  });

  it('the README has one task per rubric item, and the starter a TODO for each task', () => {
    const readme = fs.readFileSync(path.join(REPO, 'labs', lab.id, 'README.md'), 'utf8');
    const tasks = [...readme.matchAll(/^(\d+)\. <a id="task-/gm)].map((m) => Number(m[1]));
    expect(tasks).toEqual(lab.items.map((_, i) => i + 1));
    const todos = new Set(
      Object.values(STARTER).flatMap((t) => [...t.matchAll(/TODO \(task (\d+)\)/g)].map((m) => Number(m[1]))),
    );
    expect([...todos].sort((a, b) => a - b)).toEqual(tasks);
  });
});

describe.skipIf(!HAS_CFN_LINT || !HAS_SOLUTIONS)(
  `${lab.id} template and cfn-lint`,
  { timeout: CFN_LINT_TEST_TIMEOUT_MS },
  () => {
    it('the second-style CloudFormation cluster has no cfn-lint errors or warnings', () => {
      const file = path.join(REPO, 'test/fixtures/alternatives/labs', lab.id, 'template.yaml');
      const r = spawnSync(
        PYTHON,
        ['-c', 'import sys, cfnlint.runner; sys.exit(cfnlint.runner.main())', '--format', 'parseable', file],
        { encoding: 'utf8' },
      );
      expect(r.error).toBeUndefined();
      expect(r.stdout.trim()).toBe('');
      expect(alternative.items.flatMap((i) => i.findings).filter((f) => /^[EW]\d/.test(f.ruleId))).toEqual(
        [],
      );
    });
  },
);

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, CFN_LINT_TEST_TIMEOUT_MS);
