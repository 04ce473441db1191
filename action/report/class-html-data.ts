// The numbers the HTML class report shows, computed from the class report alone (action/batch/class-report.ts):
// each chart and the table under it are drawn from the same rows here, so the two cannot disagree. Pure and
// light (no chart library), so the summaries can be tested and reused without loading Vega.
import type { ClassReport, SubmissionEntry } from '../batch/class-report.js';
import type { ItemStatus, LabReport } from '../../graders/engine/report.js';
import { safeUrl } from './sanitize.js';

/**
 * The distribution's bins, on the lab score as a whole percentage of the lab's points (rounded, as the heatmap
 * and the learner's own report show it): ten bins of ten points, and full marks on its own, since 100% and
 * 95% mean different things to a grader.
 */
export const BIN_LABELS = [
  '0–9%',
  '10–19%',
  '20–29%',
  '30–39%',
  '40–49%',
  '50–59%',
  '60–69%',
  '70–79%',
  '80–89%',
  '90–99%',
  '100%',
] as const;

/** The whole percentage a score is of its maximum, or null when the lab is worth nothing. */
export function wholePercent(score: number, max: number): number | null {
  if (!(max > 0)) return null;
  return Math.min(100, Math.max(0, Math.round((score / max) * 100)));
}

/** The bin (index into BIN_LABELS) of a whole percentage. */
export function binOf(pct: number): number {
  return pct >= 100 ? 10 : Math.floor(pct / 10);
}

export interface LabDistribution {
  labId: string;
  /** Submissions with a score for this lab (graded, and the lab is worth points). */
  graded: number;
  /** Submissions per bin of BIN_LABELS. */
  bins: number[];
  /** In points; null when no submission has a score. */
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
}

function graded(
  report: ClassReport,
): (SubmissionEntry & { report: NonNullable<SubmissionEntry['report']> })[] {
  return report.submissions.filter(
    (s): s is SubmissionEntry & { report: NonNullable<SubmissionEntry['report']> } =>
      s.status === 'graded' && s.report !== null,
  );
}

function labOf(s: SubmissionEntry, labId: string): LabReport | undefined {
  return s.report?.labs.find((l) => l.id === labId);
}

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Per lab, in course order: how the graded submissions' scores spread over the bins. */
export function distributions(report: ClassReport): LabDistribution[] {
  const subs = graded(report);
  return report.labs.map((lab) => {
    const bins = BIN_LABELS.map(() => 0);
    const scores: number[] = [];
    for (const s of subs) {
      const l = labOf(s, lab.id);
      if (!l) continue;
      const pct = wholePercent(l.score, l.maxScore);
      if (pct === null) continue;
      bins[binOf(pct)]!++;
      scores.push(l.score);
    }
    scores.sort((a, b) => a - b);
    return {
      labId: lab.id,
      graded: scores.length,
      bins,
      mean: scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length,
      median: median(scores),
      min: scores[0] ?? null,
      max: scores.at(-1) ?? null,
    };
  });
}

export type CellKind = 'score' | 'not-started' | 'no-points' | 'missing' | 'error';

export interface HeatCell {
  submissionId: string;
  labId: string;
  kind: CellKind;
  /** score ÷ maxScore, for `score` and `not-started` cells; null for the others (no colour on the scale). */
  ratio: number | null;
  score: number | null;
  maxScore: number | null;
  /** Whole days late, 0 when on time or when the lab has no due date. */
  daysLate: number;
}

/** One cell per submission and lab, rows in the class report's order, columns in course order. */
export function heatmapCells(report: ClassReport): HeatCell[] {
  return report.submissions.flatMap((s) =>
    report.labs.map((lab): HeatCell => {
      const base = { submissionId: s.id, labId: lab.id, daysLate: 0 };
      if (s.status === 'error' || s.report === null)
        return { ...base, kind: 'error', ratio: null, score: null, maxScore: null };
      const l = labOf(s, lab.id);
      if (!l) return { ...base, kind: 'missing', ratio: null, score: null, maxScore: null };
      const daysLate = l.late?.daysLate ?? 0;
      const nums = { score: l.score, maxScore: l.maxScore, daysLate };
      if (!(l.maxScore > 0)) return { ...base, ...nums, kind: 'no-points', ratio: null };
      const ratio = Math.min(1, l.score / l.maxScore);
      return { ...base, ...nums, kind: l.status === 'not-started' ? 'not-started' : 'score', ratio };
    }),
  );
}

/** Item statuses that count as missed: the learner's work was graded and lost points. */
const MISSED: ReadonlySet<ItemStatus> = new Set(['failed', 'partial']);
/** Item statuses that count as graded for an item (skipped, not-gradable and grader errors say nothing). */
const GRADED: ReadonlySet<ItemStatus> = new Set(['passed', 'partial', 'failed']);

export interface MissedItem {
  labId: string;
  itemId: string;
  title: string;
  /** Submissions whose item was failed or partial. */
  missed: number;
  /** Submissions whose item was graded (passed, partial or failed) in a started lab. */
  graded: number;
  /** Points lost on the item over the class. */
  pointsLost: number;
  /** The item's documentation link when it is an https URL (sanitize.ts's safeUrl); null otherwise. */
  docs: string | null;
}

/**
 * The rubric items the class missed most: counted over graded submissions, in labs they started (a lab left at
 * its starter files would otherwise put all its items on top), most missed first, then most points lost, then
 * course order.
 */
export function mostMissed(report: ClassReport, limit = 10): MissedItem[] {
  const byKey = new Map<string, MissedItem & { order: number }>();
  const labOrder = new Map(report.labs.map((l, i) => [l.id, i]));
  let seen = 0;
  for (const s of graded(report)) {
    for (const lab of s.report.labs) {
      if (lab.status === 'not-started' || !labOrder.has(lab.id)) continue;
      for (const item of lab.items) {
        if (!GRADED.has(item.status)) continue;
        // NUL cannot occur in a YAML or JSON key a rubric is written in, so the key is unambiguous.
        const key = `${lab.id}\u0000${item.id}`;
        let m = byKey.get(key);
        if (!m) {
          m = {
            labId: lab.id,
            itemId: item.id,
            title: item.title,
            missed: 0,
            graded: 0,
            pointsLost: 0,
            docs: null,
            order: labOrder.get(lab.id)! * 1e6 + seen++,
          };
          byKey.set(key, m);
        }
        m.graded++;
        if (MISSED.has(item.status)) {
          m.missed++;
          m.pointsLost += Math.max(0, item.points - item.earned);
        }
        m.docs ??= safeUrl(item.docs);
      }
    }
  }
  return [...byKey.values()]
    .filter((m) => m.missed > 0)
    .sort((a, b) => b.missed - a.missed || b.pointsLost - a.pointsLost || a.order - b.order)
    .slice(0, limit)
    .map(({ order: _order, ...m }) => m);
}

export interface LateRow {
  submissionId: string;
  labId: string;
  due: string;
  submittedAt: string;
  daysLate: number;
  penaltyPercent: number;
  deducted: number;
  pastCutoff: boolean;
}

/** Every lab handed in after its due date, by submission then course order. */
export function lateRows(report: ClassReport): LateRow[] {
  return graded(report).flatMap((s) =>
    report.labs.flatMap((lab): LateRow[] => {
      const late = labOf(s, lab.id)?.late;
      if (!late || late.daysLate <= 0) return [];
      return [
        {
          submissionId: s.id,
          labId: lab.id,
          due: late.due,
          submittedAt: late.submittedAt,
          daysLate: late.daysLate,
          penaltyPercent: late.penaltyPercent,
          deducted: late.deducted,
          pastCutoff: late.pastCutoff,
        },
      ];
    }),
  );
}

export interface CopyPair {
  labId: string;
  /** The submission flagged. */
  a: string;
  /** The other submission's id, or null for a reference solution. */
  b: string | null;
}

/**
 * The flagged pairs, each once: a match between two submissions is recorded on both, and shown once, in the
 * order the class report first names it; a match with a reference solution is its own pair.
 */
export function copyPairs(report: ClassReport): CopyPair[] {
  const out: CopyPair[] = [];
  const seen = new Set<string>();
  const labOrder = new Map(report.labs.map((l, i) => [l.id, i]));
  for (const s of report.submissions)
    for (const flag of s.flags)
      for (const m of flag.matches) {
        const b = m.kind === 'reference' ? null : m.with;
        const pair = b === null ? [s.id] : [s.id, b].sort();
        const key = JSON.stringify([flag.lab, m.kind, ...pair]);
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ labId: flag.lab, a: s.id, b });
      }
  // Stable: pairs of the same lab keep the order the report gave them.
  return out.sort((x, y) => (labOrder.get(x.labId) ?? 1e9) - (labOrder.get(y.labId) ?? 1e9));
}
