// Lab 07 end to end through the engine: the reference solution earns 30, the starter 4, the common-mistakes
// submission sits in between, Cloud Map DNS discovery earns its documented partial credit (17), and App Mesh is
// explained without changing any score. cfn-lint is replaced by a clean stub so the figures do not depend on it;
// the last block runs the real cfn-lint when it is installed.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeSubmission } from '../../../../graders/engine/grade.js';
import type { CfnTemplate, LabReport, Rule } from '../../../../graders/engine/types.js';
import { runCfnLint } from '../../../../graders/engine/cfn-lint.js';
import lab from '../../../../graders/rubrics/07-service-connect.js';
import { RULES } from '../../../../graders/index.js';
import { serviceConnectRules } from '../../../../graders/rules/service-connect/index.js';
import { HAS_CFN_LINT, CFN_LINT_TEST_TIMEOUT_MS } from '../../../helpers/cfn-lint.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON, makeTree } from '../../../helpers/tmp.js';
import {
  NAIVE_PATH,
  P,
  appMesh,
  cloudMap,
  del,
  set,
  solution,
} from '../../rules/service-connect/variants.js';

const rules = [...new Set<Rule>([...RULES, ...(serviceConnectRules as readonly Rule[])])];
const cleanLint: typeof runCfnLint = async (req) => ({
  status: 'ok',
  version: 'stub',
  byTemplate: req.templates.map(() => []),
});
const LAB_DIR = 'labs/07-service-connect';

async function grade(root: string, lint: 'stub' | 'real' = 'stub'): Promise<LabReport> {
  const report = await gradeSubmission({
    root,
    labs: [lab],
    rules,
    ...(lint === 'stub' ? { cfnLint: cleanLint } : {}),
  });
  return report.labs[0]!;
}

const gradeTemplate = (t: CfnTemplate) =>
  grade(makeTree({ [`${LAB_DIR}/template.json`]: JSON.stringify(t, null, 2) }));
const gradeFile = (file: string, lint: 'stub' | 'real' = 'stub') =>
  grade(makeTree({ [`${LAB_DIR}/template.yaml`]: fs.readFileSync(file, 'utf8') }), lint);
const earned = (l: LabReport) => Object.fromEntries(l.items.map((i) => [i.id, i.earned]));
const item = (l: LabReport, id: string) => l.items.find((i) => i.id === id)!;

const SOLUTION_FILE = path.join(REPO, 'test/fixtures/solutions', LAB_DIR, 'template.yaml');
const STARTER_FILE = path.join(REPO, LAB_DIR, 'template.yaml');

describe.skipIf(!HAS_SOLUTIONS)('07-service-connect rubric', { timeout: CFN_LINT_TEST_TIMEOUT_MS }, () => {
  it('the reference solution earns 30/30', async () => {
    const l = await gradeFile(SOLUTION_FILE);
    expect(l.items.filter((i) => i.status !== 'passed').map((i) => `${i.id}: ${i.feedback}`)).toEqual([]);
    expect(l.score).toBe(30);
    expect(l.status).toBe('passed');
  });

  it('the starter earns only its two Fargate services (4/30)', async () => {
    const l = await gradeFile(STARTER_FILE);
    expect(earned(l)).toEqual({
      'fargate-services': 4,
      namespace: 0,
      'service-connect': 0,
      'backend-server': 0,
      'frontend-client': 0,
      'health-checks': 0,
      'service-connect-logs': 0,
    });
    expect(l.items.every((i) => i.findings.length > 0 || i.status === 'passed')).toBe(true);
  });

  it('the common mistakes cost what they should (14.5/30)', async () => {
    const l = await gradeFile(NAIVE_PATH);
    expect(earned(l)).toEqual({
      'fargate-services': 4,
      namespace: 0, // !Ref gives the namespace ID
      'service-connect': 4, // the leftover mesh is explained, not charged
      'backend-server': 3.5, // PortName not in the task definition; alias fine
      'frontend-client': 0, // container port instead of alias port, and no DependsOn
      'health-checks': 1.5,
      'service-connect-logs': 1.5,
    });
    expect(l.score).toBe(14.5);
  });

  it('Cloud Map DNS discovery earns the documented partial credit (17/30)', async () => {
    const t = solution();
    cloudMap(t);
    const l = await gradeTemplate(t);
    expect(earned(l)).toEqual({
      'fargate-services': 4,
      namespace: 4,
      'service-connect': 0,
      'backend-server': 3.5,
      'frontend-client': 2.5,
      'health-checks': 3,
      'service-connect-logs': 0,
    });
    expect(l.score).toBe(17);
  });

  it('CRLF line endings and a UTF-8 BOM grade the same as LF', async () => {
    const text = '\uFEFF' + fs.readFileSync(SOLUTION_FILE, 'utf8').replace(/\n/g, '\r\n');
    expect((await grade(makeTree({ [`${LAB_DIR}/template.yaml`]: text }))).score).toBe(30);
  });

  it('one service outside Service Connect loses the whole service-connect item', async () => {
    const t = solution();
    del(t, P.frontendSc);
    expect(item(await gradeTemplate(t), 'service-connect').earned).toBe(0);
  });

  it('the frontend-client feedback never recommends the URL its wrongPort finding rejects', async () => {
    const t = solution();
    // The alias now publishes port 80; the front end still calls 'http://backend:8080'.
    set(t, [...P.backendAlias, 'Port'], 80);
    const i = item(await gradeTemplate(t), 'frontend-client');
    expect(i.findings.map((f) => f.ruleId)).toEqual(['SCN007']);
    expect(i.findings[0]!.message).toContain("Use 'http://backend:80'");
    expect(i.feedback).not.toContain('backend:8080');
    expect(lab.items.find((x) => x.id === 'frontend-client')!.hint).not.toMatch(/backend:\d/);
  });

  it('checks the PortName against the task definition the service really runs', async () => {
    const t = solution();
    // The back end now runs the front end's task definition, which has no 'api' port.
    set(t, [...P.backend, 'TaskDefinition'], { Ref: 'FrontendTaskDefinition' });
    set(t, [...P.frontend, 'TaskDefinition'], { Ref: 'BackendTaskDefinition' });
    const l = await gradeTemplate(t);
    expect(item(l, 'backend-server').findings.map((f) => f.ruleId)).toContain('SCN004');
    expect(item(l, 'backend-server').status).toBe('partial');
  });
});

describe.skipIf(!HAS_SOLUTIONS)(
  '07-service-connect and App Mesh',
  { timeout: CFN_LINT_TEST_TIMEOUT_MS },
  () => {
    it('SCN011 is only referenced from all-or-nothing items, where its neutral outcome cannot add points', () => {
      const users = lab.items.filter((i) => i.rules?.includes('SCN011'));
      expect(users.map((i) => i.id)).toEqual(['service-connect']);
      for (const i of users) expect(i.scoring ?? 'all').toBe('all');
    });

    it('a full Service Connect solution with leftover App Mesh keeps 30/30 and shows the explanation', async () => {
      const t = solution();
      appMesh(t);
      const l = await gradeTemplate(t);
      expect(l.score).toBe(30);
      const sc = item(l, 'service-connect');
      expect(sc.status).toBe('passed');
      expect(sc.findings.filter((f) => f.ruleId === 'SCN011')).toHaveLength(4);
      expect(sc.findings.every((f) => f.severity === 'warning')).toBe(true);
    });

    it('a mesh on Cloud Map earns the Cloud Map credit only, with the explanation where the points are missing', async () => {
      const t = solution();
      cloudMap(t);
      appMesh(t);
      const l = await gradeTemplate(t);
      expect(l.score).toBe(17);
      const sc = item(l, 'service-connect');
      expect(sc.status).toBe('failed');
      expect(
        sc.findings.some((f) => f.ruleId === 'SCN011' && f.message.includes("'AWS::AppMesh::VirtualNode'")),
      ).toBe(true);
      expect(sc.feedback).toContain('App Mesh');
    });

    it('a template with nothing but App Mesh earns nothing and is explained', async () => {
      const t = solution();
      del(t, P.backendSc);
      del(t, P.frontendSc);
      del(t, P.clusterDefaults);
      delete t.Resources['Namespace'];
      appMesh(t);
      const l = await gradeTemplate(t);
      expect(item(l, 'service-connect').earned).toBe(0);
      expect(item(l, 'service-connect').findings.filter((f) => f.ruleId === 'SCN011').length).toBeGreaterThan(
        0,
      );
    });
  },
);

describe.skipIf(!HAS_CFN_LINT || !HAS_SOLUTIONS)(
  '07-service-connect with the real cfn-lint',
  { timeout: CFN_LINT_TEST_TIMEOUT_MS },
  () => {
    it('the solution is clean and earns 30/30', async () => {
      const l = await gradeFile(SOLUTION_FILE, 'real');
      expect(l.notices).toEqual([]);
      expect(l.score).toBe(30);
    }, 60_000);

    it("the starter is lint-clean, and App Mesh also raises cfn-lint's sunset warning (W3696) as a notice", async () => {
      // Both cfn-lint runs at once: one after the other they came close to the timeout on a loaded machine.
      const [starter, naive] = await Promise.all([
        gradeFile(STARTER_FILE, 'real'),
        gradeFile(NAIVE_PATH, 'real'),
      ]);
      expect(starter.score).toBe(4);
      expect(naive.score).toBe(14.5);
      expect(naive.notices.map((n) => n.ruleId)).toEqual(['W3696']);
    }, 60_000);

    it('an invalid Fargate size costs part of the fargate-services item (E3047)', async () => {
      const t = solution();
      set(t, ['Resources', 'BackendTaskDefinition', 'Properties', 'Memory'], '4096');
      const root = makeTree({ [`${LAB_DIR}/template.json`]: JSON.stringify(t, null, 2) });
      const l = await grade(root, 'real');
      const f = item(l, 'fargate-services');
      expect(f.findings.map((x) => x.ruleId)).toContain('E3047');
      expect(f.earned).toBe(2);
    }, 60_000);
  },
);

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, CFN_LINT_TEST_TIMEOUT_MS);
