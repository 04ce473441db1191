// Scoring and feedback: what an item earns and what the learner is told, from what was collected. The rubric
// item owns the points and the words (hint, praise); collect.ts owns the evidence.
import type { Collected } from './collect.js';
import { countNoun } from './plural.js';
import type { Finding, ItemReport, ItemStatus } from './report.js';
import { sortFindings } from './run-rule.js';
import type { RubricItem } from './types.js';

export function scoreItem(item: RubricItem, collected: Collected): ItemReport {
  const result = (status: ItemStatus, fraction: number, feedback: string, findings: Finding[] = []) => ({
    id: item.id,
    title: item.title,
    points: item.points,
    docs: item.docsUrl,
    evidence: [...item.evidence],
    earned: fraction * item.points,
    status,
    feedback,
    findings: sortFindings(findings),
  });

  switch (collected.kind) {
    case 'not-gradable':
      return result('not-gradable', 0, collected.feedback);
    case 'grader-error':
      return result('grader-error', 0, graderErrorFeedback(collected.detail));
    case 'skipped': {
      // The item cannot be scored without cfn-lint, but what the grader's own rules found is still shown,
      // so a learner working offline sees every problem it can see.
      const n = collected.findings.length;
      const own = n
        ? ` The grader's own checks for this item found ${countNoun(n, 'problem')}, listed here.`
        : '';
      return result('skipped', 0, `Skipped: ${collected.why}${own}`, collected.findings);
    }
    case 'unread-by-cfn-lint':
      // Never a silent pass: cfn-lint reporting none of the item's ids means nothing when it read nothing.
      return result('failed', 0, collected.feedback, collected.findings);
    case 'collected':
      break;
  }

  const { components, findings, notes, checkFeedback } = collected;
  if (components.length === 0) {
    return result(
      'passed',
      1,
      `${item.praise ?? 'Nothing to fix here.'}${notes.length ? ` (${notes.join('; ')})` : ''}`,
    );
  }
  const fraction =
    (item.scoring ?? 'all') === 'all'
      ? components.every((c) => c >= 1)
        ? 1
        : 0
      : components.reduce((a, b) => a + b, 0) / components.length;
  const status: ItemStatus = fraction >= 1 ? 'passed' : fraction <= 0 ? 'failed' : 'partial';
  const feedback =
    status === 'passed'
      ? // A check's own feedback (say, the cost estimate beside the budget) is worth showing on a pass too.
        [item.praise ?? 'Done.', checkFeedback].filter(Boolean).join(' ')
      : [checkFeedback, item.hint].filter(Boolean).join(' ');
  return result(status, fraction, feedback, findings);
}

/** The feedback of an item the grader failed on: always says it is not the learner's fault. */
export function graderErrorFeedback(detail: string): string {
  return `The grader failed on this item; this is not your fault. Please tell your instructor (${detail}).`;
}
