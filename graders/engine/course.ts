// The course configuration: which labs a class takes and for how many points, when each is due and what lateness
// costs, how much feedback learners see, and which labs the sandbox may deploy. It is one YAML file,
// `.github/course.yml` by default: the repository's layout keeps configuration inside `.github/`, beside the
// workflows that grade with it. The schema and its reader are in course-schema.ts, loaded only when a file exists.
//
// The engine applies the configuration in two places: to the labs before grading (which ones, and their points),
// and to the report after (late penalties and feedback levels), so a report always says what it was graded under.
import type { LabReport, Report } from './report.js';
import type { CourseConfig, FeedbackLevel } from './course-schema.js';
import type { LabOutline } from './types.js';

export type { CourseConfig } from './course-schema.js';

/** Where the CLI and the action look for the configuration, relative to the repository root. */
export const COURSE_CONFIG_PATH = '.github/course.yml';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The configuration in effect when there is no file: every lab, full feedback, deploy allowed, no due dates. */
export function defaultCourse(): CourseConfig {
  return { version: 1, feedback: 'full', deploy: true, lab: {} };
}

/** A lab's points: the sum of its items'. */
export function labPoints(lab: LabOutline): number {
  return lab.items.reduce((s, i) => s + i.points, 0);
}

/**
 * The labs a course grades: the enabled ones, in the registry's order, each with its items scaled to the points the
 * configuration gives it. Scaled points are whole numbers that add up to the lab's points exactly (largest
 * remainder; ties go to the earlier item), so no total drifts by rounding.
 */
export function courseLabs<L extends LabOutline>(labs: readonly L[], config: CourseConfig): L[] {
  const enabled = config.labs ? labs.filter((l) => config.labs!.includes(l.id)) : [...labs];
  return enabled.map((lab) => {
    const points = config.lab[lab.id]?.points;
    return points === undefined || points === labPoints(lab)
      ? lab
      : { ...lab, items: scaleItems(lab.items as L['items'], points) };
  });
}

function scaleItems<I extends { points: number }>(items: readonly I[], total: number): I[] {
  const base = items.reduce((s, i) => s + i.points, 0);
  const exact = items.map((i) => (i.points * total) / base);
  const floors = exact.map(Math.floor);
  let left = total - floors.reduce((s, n) => s + n, 0);
  const order = exact
    .map((e, k) => ({ k, rem: e - Math.floor(e) }))
    .sort((a, b) => b.rem - a.rem || a.k - b.k);
  for (const { k } of order) {
    if (left <= 0) break;
    floors[k]! += 1;
    left--;
  }
  return items.map((item, k) => ({ ...item, points: floors[k]! }));
}

/** Whether the configuration lets the sandbox deploy a lab. */
export function deployAllowed(config: CourseConfig, labId: string): boolean {
  return config.lab[labId]?.deploy ?? config.deploy;
}

export function feedbackLevel(config: CourseConfig, labId: string): FeedbackLevel {
  return config.lab[labId]?.feedback ?? config.feedback;
}

/**
 * The report as the course grades it: each lab carries its feedback level and, when it has a due date, how late
 * the submission was and what that cost. Days late are counted in started days: one second after the due date is
 * one day late. Within the cutoff the lab loses `penaltyPerDay` percent of its score per day (never more than all
 * of it); past the cutoff it earns nothing. Without a late policy a due date is shown but costs nothing.
 */
export function applyCourse(report: Report, config: CourseConfig, submittedAt: Date): Report {
  const labs = report.labs.map((lab): LabReport => {
    const feedback = feedbackLevel(config, lab.id);
    const due = config.lab[lab.id]?.due ?? config.due;
    const withFeedback: LabReport = feedback === 'full' ? lab : { ...lab, feedback };
    if (due === undefined) return withFeedback;
    const lateMs = submittedAt.getTime() - Date.parse(due);
    const daysLate = lateMs <= 0 ? 0 : Math.ceil(lateMs / DAY_MS);
    const policy = config.late;
    const pastCutoff = policy !== undefined && daysLate > policy.cutoffDays;
    const penaltyPercent =
      daysLate === 0 || policy === undefined
        ? 0
        : pastCutoff
          ? 100
          : Math.min(100, daysLate * policy.penaltyPerDay);
    const deducted = (lab.score * penaltyPercent) / 100;
    return {
      ...withFeedback,
      score: lab.score - deducted,
      late: { due, submittedAt: submittedAt.toISOString(), daysLate, penaltyPercent, deducted, pastCutoff },
    };
  });
  return {
    ...report,
    score: labs.reduce((s, l) => s + l.score, 0),
    labs,
  };
}
