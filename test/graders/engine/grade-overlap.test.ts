// cfn-lint is started before static grading and the static work runs while it lints (issue 10, speed): the
// engine asks cfn-lint first, every rule has run before cfn-lint answers, and no rule runs twice.
import { describe, expect, it } from 'vitest';
import type { CfnLintRequest, CfnLintResult } from '../../../graders/engine/cfn-lint.js';
import { defineRule } from '../../../graders/engine/define.js';
import { gradeSubmission } from '../../../graders/engine/grade.js';
import type { Rule } from '../../../graders/engine/types.js';
import { TEST_RULES, testLab, testLabFiles } from '../../helpers/test-labs.js';
import { PROCESS_TEST_TIMEOUT_MS } from '../../helpers/timeouts.js';
import { makeTree } from '../../helpers/tmp.js';

// No process starts here (cfn-lint is a stub), but the engine can start one, so test/meta/timeouts.test.ts asks.
describe('cfn-lint and static grading overlap', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('starts cfn-lint first, runs every rule while it lints, and each rule once', async () => {
    const events: string[] = [];
    // The test lab's rules, each logging when it runs.
    const rules = TEST_RULES.map((r) =>
      defineRule({
        meta: r.meta,
        check(doc, ctx) {
          events.push(`rule ${r.meta.id}`);
          (r.check as (d: typeof doc, c: typeof ctx) => void)(doc, ctx);
        },
      } as Rule),
    ) as readonly Rule[];
    let answer: (r: CfnLintResult) => void = () => {};
    let markStarted: () => void = () => {};
    const started = new Promise<void>((resolve) => (markStarted = resolve));
    const cfnLint = (req: CfnLintRequest) => {
      events.push('cfn-lint started');
      markStarted();
      return new Promise<CfnLintResult>((resolve) => {
        answer = (r) => {
          events.push('cfn-lint answered');
          resolve(r);
        };
        void req;
      });
    };
    const grading = gradeSubmission({ root: makeTree(testLabFiles()), labs: [testLab], rules, cfnLint });
    // Let the engine run up to its wait for cfn-lint: it loads parsers on demand, so this takes as long as it
    // takes, and a fixed sleep would race a busy machine. This resumes after the engine's synchronous work.
    await started;
    answer({ status: 'ok', version: '1.51.0', byTemplate: [[]], linted: [true] });
    const report = await grading;

    expect(events[0]).toBe('cfn-lint started');
    const answered = events.indexOf('cfn-lint answered');
    const ruleRuns = events.filter((e) => e.startsWith('rule '));
    expect(ruleRuns.length).toBeGreaterThan(0);
    expect(events.slice(1, answered).sort()).toEqual([...ruleRuns].sort());
    expect(new Set(ruleRuns).size).toBe(ruleRuns.length);
    expect(report.labs[0]!.items.find((i) => i.id === 'fargate-size')!.status).toBe('passed');
  });
});
