// Lab 03 graded on its own: the reference solution earns 30/30, the starter almost nothing, and the
// common-mistakes submission loses exactly the items its mistakes touch. (test/labs/golden.test.ts runs the
// same comparison over every registered lab.)
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradeSubmission } from '../../../../graders/engine/grade.js';
import type { LabReport, Rule } from '../../../../graders/engine/types.js';
import lab from '../../../../graders/rubrics/03-ecs-service-alb.js';
import { ecsServiceRules } from '../../../../graders/rules/ecs-service/index.js';
import { vpcRules } from '../../../../graders/rules/vpc/index.js';
import { HAS_CFN_LINT, CFN_LINT_TEST_TIMEOUT_MS } from '../../../helpers/cfn-lint.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON, makeTree } from '../../../helpers/tmp.js';
import fs from 'node:fs';

const RULES = [...ecsServiceRules, ...vpcRules] as readonly Rule[];
const grade = async (root: string): Promise<LabReport> =>
  (await gradeSubmission({ root, labs: [lab], rules: RULES, lint: HAS_CFN_LINT })).labs[0]!;
const FILE = `labs/${lab.id}/template.yaml`;
// Absent in the published learner template, where the tests that read it skip.
const solutionText = HAS_SOLUTIONS
  ? fs.readFileSync(path.join(REPO, 'test/fixtures/solutions', FILE), 'utf8')
  : '';
const item = (l: LabReport, id: string) => l.items.find((i) => i.id === id)!;
const unfinished = (l: LabReport) =>
  l.items
    .filter((i) => i.status !== 'passed')
    .map((i) => `${i.id}: ${i.status} ${i.earned}/${i.points} ${i.feedback} ${JSON.stringify(i.findings)}`);

let solution: LabReport;
let starter: LabReport;
let naive: LabReport;

beforeAll(async () => {
  [solution, starter, naive] = await Promise.all([
    grade(path.join(REPO, 'test/fixtures/solutions')),
    grade(REPO),
    grade(path.join(REPO, 'test/fixtures/naive')),
  ]);
}, 60_000);

describe.skipIf(!HAS_SOLUTIONS)(`${lab.id} rubric`, { timeout: CFN_LINT_TEST_TIMEOUT_MS }, () => {
  it('the reference solution scores 30/30', () => {
    expect(unfinished(solution)).toEqual([]);
    expect(solution.score).toBe(30);
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
      ['ip-target-group', 'failed', 0],
      ['https-listener', 'failed', 0],
      ['service-security-group', 'failed', 0],
      ['safe-deployments', 'failed', 0],
      ['health-check-grace-period', 'failed', 0],
      ['multi-az-tasks', 'partial', 1.5],
      ['efs-storage', 'failed', 0],
    ]);
    expect(naive.score).toBe(10.5);
  });

  it('gives half the deployment points for a circuit breaker with rollback but 50% minimum healthy', async () => {
    const text = solutionText.replace('MinimumHealthyPercent: 100', 'MinimumHealthyPercent: 50');
    const l = await grade(makeTree({ [FILE]: text }));
    expect([item(l, 'safe-deployments').status, item(l, 'safe-deployments').earned]).toEqual(['partial', 2]);
  });

  it('a load balancer in one subnet fails the ALB item, with cfn-lint E3680 when cfn-lint is present', async () => {
    const text = solutionText.replace(
      '        - !Ref PublicSubnetA\n        - !Ref PublicSubnetB\n',
      '        - !Ref PublicSubnetA\n',
    );
    const l = await grade(makeTree({ [FILE]: text }));
    const alb = item(l, 'alb-public-subnets');
    expect(alb.status).toBe(HAS_CFN_LINT ? 'failed' : 'skipped');
    if (HAS_CFN_LINT) expect(alb.findings.map((f) => f.ruleId).sort()).toEqual(['E3680', 'SVC005']);
  });

  it('a service in public subnets with public IPs fails the private-service item', async () => {
    const text = solutionText
      .replace('AssignPublicIp: DISABLED', 'AssignPublicIp: ENABLED')
      .replace(
        '            - !Ref PrivateSubnetA\n            - !Ref PrivateSubnetB\n',
        '            - !Ref PublicSubnetA\n            - !Ref PublicSubnetB\n',
      );
    const l = await grade(makeTree({ [FILE]: text }));
    const ids = item(l, 'private-fargate-service').findings.map((f) => f.ruleId);
    expect(ids.sort()).toEqual(['SVC003', 'SVC004', 'SVC004']);
  });

  it('accepts the template as JSON too', async () => {
    const { parseCloudFormation } = await import('../../../../graders/engine/parsers/cloudformation.js');
    const parsed = parseCloudFormation('template.yaml', solutionText);
    if (!parsed.ok) throw new Error('fixture');
    const json = JSON.stringify(parsed.doc.template, null, 2);
    const l = await grade(makeTree({ [`labs/${lab.id}/template.json`]: json }));
    expect(unfinished(l)).toEqual([]);
  });
});

describe.skipIf(!HAS_SOLUTIONS)(`${lab.id} input encodings`, { timeout: CFN_LINT_TEST_TIMEOUT_MS }, () => {
  it('CRLF line endings and a UTF-8 BOM grade the same as LF', async () => {
    const l = await grade(makeTree({ [FILE]: '\uFEFF' + solutionText.replace(/\n/g, '\r\n') }));
    expect(unfinished(l)).toEqual([]);
  });
});

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, CFN_LINT_TEST_TIMEOUT_MS);
