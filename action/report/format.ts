// Shared display helpers. Scores are kept exact in the report and rounded only here.
import type { ItemStatus, LabReport, LabStatus, Report } from '../../graders/engine/types.js';

export function formatPoints(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Number.isInteger(r) ? String(r) : r.toFixed(1);
}

export function percent(score: number, max: number): string {
  return max > 0 ? `${Math.round((score / max) * 100)}%` : '–';
}

/** A ten-cell bar; ASCII fallback keeps it readable in logs that mangle block characters. */
export function scoreBar(score: number, max: number, cells = 10, ascii = false): string {
  const filled = max > 0 ? Math.round((score / max) * cells) : 0;
  return (ascii ? '#' : '█').repeat(filled) + (ascii ? '.' : '░').repeat(cells - filled);
}

// Keyed by the status unions, so a status added to the report does not compile until it has a symbol.
export const STATUS_SYMBOL: Readonly<Record<ItemStatus | LabStatus, string>> = {
  passed: '✓',
  partial: '◐',
  failed: '✗',
  skipped: '○',
  'not-gradable': '!',
  'grader-error': '⚠',
  'not-started': '·',
};

/** Short lab label used in tables: "01". */
export function labNumber(id: string): string {
  return /^\d+/.exec(id)?.[0] ?? id;
}

/** `2027-01-15T23:59:00-05:00` as `2027-01-16 04:59 UTC`: one time zone for a whole class. */
export function formatInstant(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** "Graded 2026-12-02 21:40 UTC", when the report says when; grader text, still passed through a sanitizer. */
export function gradedLine(report: Report): string | undefined {
  return report.gradedAt === undefined ? undefined : `Graded ${formatInstant(report.gradedAt)}`;
}

/** "due 2027-01-16 04:59 UTC" for a lab the course gives a due date; grader text, still sanitized by the caller. */
export function dueLabel(lab: LabReport): string | undefined {
  return lab.late ? `due ${formatInstant(lab.late.due)}` : undefined;
}

/**
 * Where a lab graded from its CDK app's synthesized template got it, in one sentence, with the template's path and
 * stack name given to `code` (each reporter's own sanitizer for code); nothing for a hand-written template.
 */
export function synthesizedLine(lab: LabReport, code: (s: string) => string): string | undefined {
  const s = lab.synthesized;
  if (!s) return undefined;
  const what = `(${code(s.template)}, stack ${code(s.stack)})`;
  return s.by === 'artifact'
    ? `Graded from the template your CDK app synthesized in this pull request's own run ${what}; the trusted grader graded that template itself, as data.`
    : `Graded from the template your CDK app synthesized ${what}.`;
}

/**
 * What a course's due date did to a lab, in one sentence, or nothing when the lab has no due date. Grader text
 * built from the report's numbers and dates; the caller still passes it through its sanitizer.
 */
export function lateLine(lab: LabReport): string | undefined {
  const late = lab.late;
  if (!late) return undefined;
  const due = `Due ${formatInstant(late.due)}`;
  if (late.daysLate === 0) return `${due}; submitted on time (${formatInstant(late.submittedAt)}).`;
  const days = `${late.daysLate} ${late.daysLate === 1 ? 'day' : 'days'} late`;
  if (late.pastCutoff)
    return `${due}; submitted ${formatInstant(late.submittedAt)}, ${days}, past the late cutoff: this lab earns 0 (−${formatPoints(late.deducted)} points).`;
  if (late.penaltyPercent === 0)
    return `${due}; submitted ${formatInstant(late.submittedAt)}, ${days} (no late penalty).`;
  return `${due}; submitted ${formatInstant(late.submittedAt)}, ${days}: −${formatPoints(late.penaltyPercent)}% (−${formatPoints(late.deducted)} points).`;
}

/** Said in place of what a course's feedback level hides, so a learner knows it is hidden, not missing. */
export const FEEDBACK_NOTE = {
  hints:
    'Your instructor shows each item with its hint for this lab; the findings (file and line) are not shown.',
  'score-only': 'Your instructor shows the score only for this lab.',
} as const;

/**
 * The report as a learner may see it: a `hints` lab keeps its items and their hints but not their findings; a
 * `score-only` lab keeps its score and its note. Every renderer a learner reads applies this, so no reporter can
 * show what the course hides.
 */
export function visibleReport(report: Report): Report {
  if (report.labs.every((l) => l.feedback === undefined || l.feedback === 'full')) return report;
  return {
    ...report,
    labs: report.labs.map((lab) => {
      if (lab.feedback === 'hints') return { ...lab, items: lab.items.map((i) => ({ ...i, findings: [] })) };
      if (lab.feedback === 'score-only') return { ...lab, notices: [], items: [] };
      return lab;
    }),
  };
}
