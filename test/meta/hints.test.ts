// A hint adds to its item's findings: why the item matters and where to start. It must not repeat a finding's
// text, which the learner has just read on the line above it. "Repeats" is a shared run of RUN words: long
// enough that a common phrase ("the task definition's health check") never counts, short enough that a copied
// sentence always does.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeSubmission } from '../../graders/engine/grade.js';
import { RUBRICS, RULES } from '../../graders/index.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON } from '../helpers/tmp.js';
import { CFN_LINT_TEST_TIMEOUT_MS } from '../helpers/timeouts.js';

const RUN = 12;

/** Words, lowercased, without quotes and punctuation, so "'awsvpc'." and "awsvpc" are one word. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The first run of RUN words `hint` shares with `message`, or undefined. A `{{placeholder}}` in a message
 * template stands for a value the hint cannot know, so no run crosses it.
 */
export function sharedRun(hint: string, message: string): string | undefined {
  const h = words(hint);
  const runs = new Set<string>();
  for (const segment of message.split(/\{\{\s*\w+\s*\}\}/)) {
    const w = words(segment);
    for (let i = 0; i + RUN <= w.length; i++) runs.add(w.slice(i, i + RUN).join(' '));
  }
  for (let i = 0; i + RUN <= h.length; i++) {
    const run = h.slice(i, i + RUN).join(' ');
    if (runs.has(run)) return run;
  }
  return undefined;
}

const rules = new Map(RULES.map((r) => [r.meta.id, r]));
const items = RUBRICS.flatMap((lab) => lab.items.map((item) => ({ lab: lab.id, item })));

describe.skipIf(!HAS_SOLUTIONS)(
  'hints do not repeat their findings',
  { timeout: CFN_LINT_TEST_TIMEOUT_MS },
  () => {
    it('finds a repeated run, and only one of RUN words', () => {
      const message =
        "The container '{{name}}' has no health check, so ECS cannot replace it when the app hangs or stops answering.";
      expect(
        sharedRun(
          'Add one: without it, so ECS cannot replace it when the app hangs or stops answering.',
          message,
        ),
      ).toBe('so ecs cannot replace it when the app hangs or stops answering');
      // Eleven words are a phrase, not a copy.
      expect(sharedRun('ECS cannot replace it when the app hangs or stops.', message)).toBeUndefined();
      // A run that crosses a placeholder is not a copy of anything the learner saw.
      expect(
        sharedRun("The container 'web' has no health check, so ECS cannot replace it", message),
      ).toBeUndefined();
    });

    it("no hint shares a run of words with a message template of the item's rules", () => {
      const repeats: string[] = [];
      let pairs = 0;
      for (const { lab, item } of items) {
        for (const id of item.rules ?? []) {
          const rule = rules.get(id);
          if (!rule) continue; // test/meta/registry.test.ts checks that every id resolves
          for (const [messageId, template] of Object.entries(rule.meta.messages)) {
            pairs++;
            const run = sharedRun(item.hint, template);
            if (run) repeats.push(`${lab} ${item.id}: hint repeats ${id} '${messageId}': "${run}"`);
          }
        }
      }
      expect(pairs).toBeGreaterThan(100); // not vacuous: the course's items use many messages
      expect(repeats).toEqual([]);
    });

    it('no hint repeats the findings or check feedback it is shown with, grading the naive and starter work', async () => {
      // The message templates above miss what custom checks write; grading real work catches those too.
      const repeats: string[] = [];
      let compared = 0;
      for (const root of [path.join(REPO, 'test/fixtures/naive'), REPO]) {
        // RUBRICS, not LABS: graded as work, so the starters' items carry findings instead of "not started".
        const report = await gradeSubmission({ root, labs: RUBRICS, rules: RULES, lint: false });
        for (const lab of report.labs) {
          const rubric = RUBRICS.find((l) => l.id === lab.id)!;
          for (const got of lab.items) {
            const hint = rubric.items.find((i) => i.id === got.id)!.hint;
            if (!got.feedback.endsWith(hint)) continue; // passed, or feedback that is not "check text + hint"
            const texts = [...got.findings.map((f) => f.message), got.feedback.slice(0, -hint.length)];
            for (const text of texts) {
              compared++;
              const run = sharedRun(hint, text);
              if (run) repeats.push(`${lab.id} ${got.id}: hint repeats "${run}"`);
            }
          }
        }
      }
      expect(compared).toBeGreaterThan(50);
      expect([...new Set(repeats)]).toEqual([]);
    }, 60_000);
  },
);

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, CFN_LINT_TEST_TIMEOUT_MS);
