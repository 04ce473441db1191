// Lab 04's rubric: the reference solution earns 30, the starter almost nothing, the common mistakes something
// in between; and the within-budget item prices templates the way the README explains, showing the estimate
// next to the budget and giving partial credit (within budget but oversized, right-sized but over budget).
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradeSubmission } from '../../../../graders/engine/grade.js';
import type { ItemCheckContext, LabReport, Rule } from '../../../../graders/engine/types.js';
import { parseCloudFormation } from '../../../../graders/engine/parsers/cloudformation.js';
import lab, {
  budgetCheck,
  MONTHLY_BUDGET_USD,
  rightSize,
  WORKLOAD,
} from '../../../../graders/rubrics/04-fargate-cost-capacity.js';
import { fargateCapacityRules } from '../../../../graders/rules/fargate-capacity/index.js';
import {
  FARGATE_ON_DEMAND,
  HOURS_PER_MONTH,
  PRICES_SOURCE,
} from '../../../../graders/rules/fargate-capacity/prices.js';
import { HAS_CFN_LINT, CFN_LINT_TEST_TIMEOUT_MS } from '../../../helpers/cfn-lint.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';
import { props, tpl, type Template } from '../../rules/fargate-capacity/template.js';

const RULES = fargateCapacityRules as unknown as Rule[];

async function gradeAt(root: string): Promise<LabReport> {
  const r = await gradeSubmission({ root, labs: [lab], rules: RULES, lint: HAS_CFN_LINT });
  return r.labs[0]!;
}

function check(text: string) {
  const parsed = parseCloudFormation('labs/04-fargate-cost-capacity/template.yaml', text);
  if (!parsed.ok) throw new Error('test template did not parse');
  const ctx = {
    lab,
    doc: (id: string, kind: string) =>
      id === 'template' && kind === 'cloudformation' ? parsed.doc : undefined,
    pathOf: () => parsed.doc.file,
  } as unknown as ItemCheckContext;
  return budgetCheck(ctx);
}

describe.skipIf(!HAS_SOLUTIONS)('lab 04 fixtures', { timeout: CFN_LINT_TEST_TIMEOUT_MS }, () => {
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
    const budget = starter.items.find((i) => i.id === 'within-budget')!;
    expect(budget.status).toBe('failed');
    expect(budget.feedback).toContain('$255.18');
  });

  it('the common mistakes score strictly between', () => {
    expect(naive.score).toBeGreaterThan(starter.score);
    expect(naive.score).toBeLessThan(30);
    expect(naive.items.find((i) => i.id === 'within-budget')!.status).toBe('partial');
  });
});

describe.skipIf(!HAS_SOLUTIONS)('within-budget', { timeout: CFN_LINT_TEST_TIMEOUT_MS }, () => {
  it('the right size is the cheapest Fargate size that holds the peak: .5 vCPU / 2 GB', () => {
    expect(rightSize()).toEqual({ cpu: 512, memory: 2048 });
    expect(WORKLOAD.tasks).toBe(4);
  });

  it('full credit, with the estimate next to the budget in the feedback', () => {
    const r = check(tpl());
    expect(r.fraction).toBe(1);
    expect(r.feedback).toContain('Estimated $41.59 a month against a budget of $45.00');
    expect(r.feedback).toContain('1.75 on FARGATE');
    expect(r.feedback).toContain('2.25 on FARGATE_SPOT');
    expect(r.findings).toEqual([
      expect.objectContaining({
        severity: 'info',
        message: expect.stringContaining(
          'Estimated $41.59 a month against a budget of $45.00 (within budget)',
        ),
      }),
    ]);
  });

  it('within budget but oversized: three quarters, with a warning on the task size', () => {
    const r = check(
      tpl((t) => {
        props(t, 'TaskDefinition')['Memory'] = '3072';
        props(t, 'Service')['CapacityProviderStrategy'] = [
          { CapacityProvider: 'FARGATE', Base: 1, Weight: 0 },
          { CapacityProvider: 'FARGATE_SPOT', Weight: 1 },
        ];
      }),
    );
    expect(r.fraction).toBe(0.75);
    expect(r.feedback).toMatch(/within budget/);
    expect(r.feedback).toMatch(/bigger than needed/);
    expect(r.findings?.map((f) => f.severity)).toEqual(['info', 'warning']);
  });

  it('right-sized but over budget (all on demand): half', () => {
    const r = check(
      tpl(
        (t) =>
          (props(t, 'Service')['CapacityProviderStrategy'] = [
            { CapacityProvider: 'FARGATE', Base: 1, Weight: 1 },
          ]),
      ),
    );
    expect(r.fraction).toBe(0.5);
    expect(r.feedback).toMatch(/Estimated \$68\.\d\d a month against a budget of \$45\.00 \(over by/);
    expect(r.findings?.[0]).toMatchObject({
      severity: 'error',
      ruleId: '04-fargate-cost-capacity/within-budget',
    });
  });

  it('too small for the peak: not right-sized, however cheap', () => {
    const r = check(tpl((t) => (props(t, 'TaskDefinition')['Memory'] = '1024')));
    expect(r.fraction).toBe(0.75);
    expect(r.feedback).toMatch(/too small/);
  });

  it('the wrong number of tasks', () => {
    const edit = (n: number) => (t: Template) => (props(t, 'Service')['DesiredCount'] = n);
    expect(check(tpl(edit(2))).fraction).toBe(0.75);
    expect(check(tpl(edit(2))).feedback).toMatch(/fewer cannot carry the load/);
    expect(check(tpl(edit(6))).feedback).toMatch(/more only adds cost/);
  });

  it('counts tasks in words that agree with the number', () => {
    const one = check(tpl((t) => (props(t, 'Service')['DesiredCount'] = 1)));
    expect(one.feedback).toMatch(/runs 1 task\b/);
    expect(one.feedback).not.toMatch(/1 tasks|task\(s\)/);
    expect(check(tpl((t) => (props(t, 'Service')['DesiredCount'] = 2))).feedback).toMatch(/runs 2 tasks\b/);
  });

  it('says what it cannot read instead of guessing', () => {
    const r = check(
      tpl((t) => {
        t.Parameters = { Cpu: { Type: 'String' } };
        props(t, 'TaskDefinition')['Cpu'] = { Ref: 'Cpu' };
      }),
    );
    expect(r.fraction).toBe(0);
    expect(r.feedback).toMatch(/could not estimate the monthly cost: 'Cpu' of 'TaskDefinition'/);
    expect(r.findings).toHaveLength(1);
  });
});

describe.skipIf(!HAS_SOLUTIONS)('lab 04 README', { timeout: CFN_LINT_TEST_TIMEOUT_MS }, () => {
  const readme = fs.readFileSync(path.join(REPO, 'labs/04-fargate-cost-capacity/README.md'), 'utf8');
  it('states the budget the grader uses', () => {
    expect(readme).toContain(`**${MONTHLY_BUDGET_USD} USD a month**`);
  });
  it('states the prices, the hours and the date they were taken', () => {
    for (const rate of Object.values(FARGATE_ON_DEMAND)) {
      expect(readme).toContain(`$${rate.vcpuHour}`);
      expect(readme).toMatch(new RegExp(`\\$${String(rate.gbHour).replace('.', '\\.')}0*\\b`));
    }
    expect(readme).toContain(`${HOURS_PER_MONTH} hours a month`);
    expect(readme).toContain(PRICES_SOURCE.taken);
    expect(readme).toContain(PRICES_SOURCE.url);
  });
});

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, CFN_LINT_TEST_TIMEOUT_MS);
