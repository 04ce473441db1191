// A rule's `prepare` (the Kubernetes schemas, for EKS001) is awaited once before the rule runs, and only when a
// started lab grades with it: a run that never uses the rule never loads what it needs. A prepare that fails leaves
// the rule to crash, which is a grader error on its item, never a stopped run.
import { describe, expect, it } from 'vitest';
import { defineLab, defineRule } from '../../../graders/engine/define.js';
import { gradeSubmission } from '../../../graders/engine/grade.js';
import type { Lab, Rule } from '../../../graders/engine/types.js';
import { notDeployed } from '../../../graders/rubrics/lib/sandbox.js';
import { makeTree } from '../../helpers/tmp.js';
import { PROCESS_TEST_TIMEOUT_MS } from '../../helpers/timeouts.js';

function preparedRule(prepare: () => Promise<void>): {
  rule: Rule;
  state: { ready: boolean; calls: number };
} {
  const state = { ready: false, calls: 0 };
  const rule = defineRule({
    meta: {
      id: 'TST030',
      name: 'needs-prepare',
      target: 'text',
      severity: 'error',
      title: 'Needs prepare',
      description: 'Test rule: throws unless its prepare has resolved.',
      docsUrl: 'https://example.invalid/tst030',
      evidence: [],
      messages: { empty: 'The file is empty.' },
    },
    prepare: async () => {
      state.calls++;
      await prepare();
      state.ready = true;
    },
    check(doc, ctx) {
      if (!state.ready) throw new Error('not prepared');
      if (doc.text.trim() === '') ctx.report('empty');
    },
  }) as Rule;
  return { rule, state };
}

const lab = (id: string): Lab =>
  defineLab({
    id,
    title: id,
    part: 'test',
    summary: 'A lab graded by a rule that must be prepared.',
    files: [{ id: 'notes', paths: ['notes.txt'], kind: 'text', required: true }],
    sandbox: notDeployed('test lab'),
    items: [
      {
        id: 'notes',
        title: 'Notes written',
        points: 10,
        file: 'notes',
        rules: ['TST030'],
        hint: 'Write notes.',
        evidence: [{ kind: 'aws-doc', url: 'https://example.invalid/tst030' }],
        docsUrl: 'https://example.invalid/tst030',
      },
    ],
  });

describe('rule prepare', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('is awaited once before the rule runs, for every submission that uses it', async () => {
    const { rule, state } = preparedRule(() => new Promise((r) => setTimeout(r, 20)));
    const root = makeTree({ 'labs/94-a/notes.txt': 'done\n', 'labs/95-b/notes.txt': '\n' });
    const r = await gradeSubmission({ root, labs: [lab('94-a'), lab('95-b')], rules: [rule], lint: false });
    expect(r.labs.map((l) => [l.status, l.score])).toEqual([
      ['passed', 10],
      ['failed', 0],
    ]);
    expect(state.calls).toBe(1);
  });

  it('is not called when no started lab grades with the rule', async () => {
    const { rule, state } = preparedRule(async () => {});
    const r = await gradeSubmission({
      root: makeTree({ 'README.md': 'x' }),
      labs: [lab('94-a')],
      rules: [rule],
      lint: false,
    });
    expect(r.labs[0]!.status).toBe('not-started');
    expect(state.calls).toBe(0);
  });

  it('turns a failing prepare into a grader error on the item, and grades the rest', async () => {
    const { rule } = preparedRule(() => Promise.reject(new Error('no schemas on this machine')));
    const r = await gradeSubmission({
      root: makeTree({ 'labs/94-a/notes.txt': 'done\n' }),
      labs: [lab('94-a')],
      rules: [rule],
      lint: false,
    });
    expect(r.labs[0]!.items[0]!.status).toBe('grader-error');
  });
});
