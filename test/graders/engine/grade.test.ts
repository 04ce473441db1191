import { silentLog } from '../../../graders/engine/log.js';
import { describe, expect, it, vi } from 'vitest';
import { gradeSubmission } from '../../../graders/engine/grade.js';
import type { CfnLintRequest, CfnLintResult } from '../../../graders/engine/cfn-lint.js';
import type { Lab } from '../../../graders/engine/types.js';
import { renderJson, withoutTiming } from '../../../action/report/json.js';
import { makeTree } from '../../helpers/tmp.js';
import { BAD_SIZE_TEMPLATE, TEST_RULES, otherLab, testLab, testLabFiles } from '../../helpers/test-labs.js';
import { CFN_LINT_TEST_TIMEOUT_MS } from '../../helpers/timeouts.js';

const labs = [testLab, otherLab];
const fakeLint = (result: CfnLintResult) => vi.fn(async (_req: CfnLintRequest) => result);
const item = (r: Awaited<ReturnType<typeof gradeSubmission>>, lab: string, id: string) =>
  r.labs.find((l) => l.id === lab)!.items.find((i) => i.id === id)!;

describe('gradeSubmission', { timeout: CFN_LINT_TEST_TIMEOUT_MS }, () => {
  it('turns a crashing rule into a grader-error item and keeps grading', async () => {
    const root = makeTree(testLabFiles());
    const debug = vi.fn();
    const r = await gradeSubmission({
      root,
      labs,
      rules: TEST_RULES,
      lint: false,
      log: { ...silentLog, debug },
    });
    const crash = item(r, '90-test-lab', 'crash');
    expect(crash.status).toBe('grader-error');
    expect(crash.earned).toBe(0);
    expect(crash.feedback).toMatch(/not your fault/);
    expect(crash.feedback).not.toMatch(/at .*\.ts:\d+/); // no stack in learner text
    expect(debug.mock.calls.some(([m]) => String(m).includes('boom in rule'))).toBe(true);
    expect(item(r, '90-test-lab', 'from').status).toBe('passed');
    expect(r.labs.find((l) => l.id === '90-test-lab')!.status).toBe('grader-error');
    expect(r.labs.find((l) => l.id === '91-other-lab')!.score).toBe(30);
  });

  it('gives partial credit from rule tallies and keeps exact fractions', async () => {
    const root = makeTree(testLabFiles());
    const r = await gradeSubmission({ root, labs, rules: TEST_RULES, lint: false });
    const c = item(r, '90-test-lab', 'containers');
    expect(c.status).toBe('partial');
    expect(c.earned).toBe(7.5); // 3 of 4 containers × 10 points
    expect(c.findings).toHaveLength(1);
    expect(c.findings[0]).toMatchObject({
      file: 'labs/90-test-lab/config.json',
      ruleId: 'TST003',
      severity: 'warning',
    });
    expect(c.findings[0]!.line).toBe(9);
  });

  it('marks items of a missing file not-gradable and a missing lab not-started', async () => {
    const files = testLabFiles();
    delete files['labs/90-test-lab/config.json'];
    delete files['labs/91-other-lab/Dockerfile'];
    const r = await gradeSubmission({ root: makeTree(files), labs, rules: TEST_RULES, lint: false });
    const c = item(r, '90-test-lab', 'containers');
    expect(c.status).toBe('not-gradable');
    expect(c.feedback).toContain("'labs/90-test-lab/config.json'");
    expect(r.labs.find((l) => l.id === '91-other-lab')!.status).toBe('not-started');
  });

  it('marks items of an unparseable file not-gradable with the parse finding as a lab notice', async () => {
    const root = makeTree(testLabFiles({ 'labs/90-test-lab/config.json': '{ "containers": [ }' }));
    const r = await gradeSubmission({ root, labs, rules: TEST_RULES, lint: false });
    const lab = r.labs.find((l) => l.id === '90-test-lab')!;
    expect(item(r, '90-test-lab', 'containers').status).toBe('not-gradable');
    expect(item(r, '90-test-lab', 'containers').feedback).toMatch(/labs\/90-test-lab\/config\.json:1/);
    expect(lab.notices.map((n) => n.ruleId)).toContain('parse/json');
  });

  it('skips cfn-lint items with an install hint when cfn-lint is unavailable, grading the rest', async () => {
    const root = makeTree(testLabFiles());
    const lint = fakeLint({
      status: 'unavailable',
      version: null,
      reason: 'cfn-lint is not installed. pip install cfn-lint',
    });
    const r = await gradeSubmission({ root, labs, rules: TEST_RULES, cfnLint: lint });
    expect(lint).toHaveBeenCalledTimes(1);
    const size = item(r, '90-test-lab', 'fargate-size');
    expect(size.status).toBe('skipped');
    expect(size.feedback).toContain('pip install cfn-lint');
    expect(item(r, '90-test-lab', 'custom').status).toBe('passed');
    expect(r.tool.cfnLint).toBeNull();
  });

  it("keeps the grader's own findings on an item skipped for want of cfn-lint", async () => {
    const mixed = {
      ...testLab,
      items: testLab.items.map((i) =>
        i.id === 'from' ? { ...i, cfnLint: ['E3047'], file: 'dockerfile' } : i,
      ),
      files: testLab.files.map((f) => (f.id === 'dockerfile' ? { ...f, cfnLint: false } : f)),
    };
    const root = makeTree(testLabFiles({ 'labs/90-test-lab/Dockerfile': '# no FROM here\n' }));
    const r = await gradeSubmission({ root, labs: [mixed], rules: TEST_RULES, lint: false });
    const from = r.labs[0]!.items.find((i) => i.id === 'from')!;
    expect(from.status).toBe('skipped');
    expect(from.earned).toBe(0);
    expect(from.findings.map((f) => f.ruleId)).toEqual(['TST001']);
    expect(from.feedback).toMatch(/own checks for this item found 1 problem/);
  });

  it('asks cfn-lint once, with every graded id as mandatory, and maps its findings to items', async () => {
    const root = makeTree(testLabFiles({ 'labs/90-test-lab/template.yaml': BAD_SIZE_TEMPLATE }));
    const lint = fakeLint({
      status: 'ok',
      version: '1.51.0',
      byTemplate: [
        [
          {
            file: 'labs/90-test-lab/template.yaml',
            line: 6,
            column: 5,
            severity: 'error',
            ruleId: 'E3047',
            message: 'Cpu 256 is not compatible with memory 4096',
          },
          {
            file: 'labs/90-test-lab/template.yaml',
            line: 3,
            column: 3,
            severity: 'warning',
            ruleId: 'W3010',
            message: 'hard-coded AZ',
          },
        ],
      ],
    });
    const r = await gradeSubmission({ root, labs, rules: TEST_RULES, cfnLint: lint });
    expect(lint).toHaveBeenCalledTimes(1);
    expect(lint.mock.calls[0]![0].mandatory).toEqual(['E3047']);
    expect(lint.mock.calls[0]![0].templates.map((t) => t.path)).toEqual(['labs/90-test-lab/template.yaml']);
    const size = item(r, '90-test-lab', 'fargate-size');
    expect(size.status).toBe('failed');
    expect(size.findings.map((f) => f.ruleId)).toEqual(['E3047']);
    // An ungraded cfn-lint finding is shown once, as a lab notice.
    expect(r.labs[0]!.notices.map((n) => n.ruleId)).toContain('W3010');
    expect(r.tool.cfnLint).toBe('1.51.0');
  });

  it('reports template Metadata that tries to silence cfn-lint', async () => {
    const tpl = BAD_SIZE_TEMPLATE.replace(
      '  TaskDef:\n    Type: AWS::ECS::TaskDefinition\n',
      '  TaskDef:\n    Type: AWS::ECS::TaskDefinition\n    Metadata:\n      cfn-lint:\n        config:\n          ignore_checks: [E3047]\n',
    );
    const root = makeTree(testLabFiles({ 'labs/90-test-lab/template.yaml': tpl }));
    const r = await gradeSubmission({ root, labs, rules: TEST_RULES, lint: false });
    const n = r.labs[0]!.notices.find((x) => x.ruleId === 'labgrade/suppression');
    expect(n).toBeDefined();
    expect(n!.line).toBe(10); // the ignore_checks key
  });

  it('is deterministic: the same files give byte-identical JSON apart from timing', async () => {
    const root = makeTree(testLabFiles());
    const a = await gradeSubmission({ root, labs, rules: TEST_RULES, lint: false });
    const b = await gradeSubmission({ root, labs: [...labs], rules: [...TEST_RULES].reverse(), lint: false });
    expect(renderJson(withoutTiming(a))).toBe(renderJson(withoutTiming(b)));
    expect(a.score).toBe(5 + 0 + 7.5 + 0 + 5 + 30); // fargate-size skipped with lint off
  });

  it("records each rule finding's messageId and data", async () => {
    const r = await gradeSubmission({ root: makeTree(testLabFiles()), labs, rules: TEST_RULES, lint: false });
    const containers = item(r, '90-test-lab', 'containers');
    expect(containers.findings.map((f) => [f.ruleId, f.messageId, f.data])).toEqual([
      ['TST003', 'bad', { name: 'b' }],
    ]);
  });

  it('keeps the report contract fields', async () => {
    const r = await gradeSubmission({ root: makeTree(testLabFiles()), labs, rules: TEST_RULES, lint: false });
    expect(Object.keys(r)).toEqual(['schemaVersion', 'tool', 'score', 'maxScore', 'labs', 'durationMs']);
    expect(r.schemaVersion).toBe(1);
    expect(Object.keys(r.tool)).toEqual(['name', 'version', 'cfnLint']);
    for (const lab of r.labs) {
      expect(lab).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          title: expect.any(String),
          score: expect.any(Number),
          maxScore: expect.any(Number),
          status: expect.any(String),
        }),
      );
      for (const it of lab.items) {
        for (const k of ['id', 'title', 'points', 'earned', 'status', 'feedback', 'docs', 'findings'])
          expect(it).toHaveProperty(k);
        for (const f of it.findings) {
          // The six original fields, plus the template key and its values on findings a rule reported.
          const keys = ['column', 'file', 'line', 'message', 'ruleId', 'severity'];
          if (f.messageId !== undefined) keys.push('messageId');
          if (f.data !== undefined) keys.push('data');
          expect(Object.keys(f).sort()).toEqual(keys.sort());
        }
      }
    }
  });

  it('lints each distinct template text once, giving every copy the findings at its own path', async () => {
    const twin: Lab = { ...testLab, id: '92-twin-lab' };
    const base = testLabFiles();
    const bad = BAD_SIZE_TEMPLATE;
    const root = makeTree({
      ...base,
      'labs/90-test-lab/template.yaml': bad,
      ...Object.fromEntries(
        Object.entries(base)
          .filter(([p]) => p.startsWith('labs/90-test-lab/'))
          .map(([p, t]) => [p.replace('90-test-lab', '92-twin-lab'), p.endsWith('template.yaml') ? bad : t]),
      ),
    });
    const lint = vi.fn(async (req: CfnLintRequest): Promise<CfnLintResult> => ({
      status: 'ok',
      version: '1.51.0',
      byTemplate: req.templates.map((t) => [
        { file: t.path, line: 7, column: 9, severity: 'error', ruleId: 'E3047', message: 'bad size' },
      ]),
    }));
    const r = await gradeSubmission({ root, labs: [testLab, twin], rules: TEST_RULES, cfnLint: lint });
    expect(lint).toHaveBeenCalledTimes(1);
    expect(lint.mock.calls[0]![0].templates).toHaveLength(1);
    for (const id of ['90-test-lab', '92-twin-lab'])
      expect(item(r, id, 'fargate-size').findings.map((f) => f.file)).toEqual([`labs/${id}/template.yaml`]);
  });
});
