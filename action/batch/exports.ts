// The class report's exports: a CSV for a gradebook, and per submission a Gradescope `results.json` and a
// Classroom 50 `result.json`, each in a folder named after the submission. All are renderings of the ClassReport
// alone (class-report.ts).
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { LabReport } from '../../graders/engine/types.js';
import { classroom50Result } from '../report/classroom.js';
import { formatPoints, labNumber, lateLine } from '../report/format.js';
import type { ClassReport, SubmissionEntry } from './class-report.js';

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Points a submission lost to lateness, over every lab. */
export function latePenalty(entry: SubmissionEntry): number {
  return round2((entry.report?.labs ?? []).reduce((s, l) => s + (l.late?.deducted ?? 0), 0));
}

/** One line per flagged lab: `03-ecs-service-alb=reference+bob`. */
function flagText(entry: SubmissionEntry): string {
  return entry.flags.map((f) => `${f.lab}=${f.matches.map((m) => m.with).join('+')}`).join('; ');
}

/**
 * A row per learner, a column per lab (its score, net of any late penalty), the total, the late penalty, the status
 * and the copy flags. Spreadsheet tools treat a cell starting with `=`, `+`, `-` or `@` as a formula; no cell here
 * is learner text except the submission id, which is prefixed with `'` when it starts with one of those.
 */
export function classCsv(report: ClassReport): string {
  const header = [
    'learner',
    ...report.labs.map((l) => l.id),
    'total',
    'max',
    'late_penalty',
    'status',
    'copy_flags',
  ];
  const rows = report.submissions.map((s) => {
    const byLab = new Map((s.report?.labs ?? []).map((l) => [l.id, l]));
    return [
      /^[=+\-@\t\r]/.test(s.id) ? `'${s.id}` : s.id,
      ...report.labs.map((l) => {
        const lab = byLab.get(l.id);
        return lab ? round2(lab.score) : '';
      }),
      s.report ? round2(s.report.score) : '',
      report.maxScore,
      latePenalty(s),
      s.status === 'graded' ? 'graded' : `error: ${s.error ?? 'not graded'}`,
      flagText(s),
    ];
  });
  return stringify([header, ...rows]);
}

type GradescopeVisibility = 'visible' | 'hidden' | 'after_due_date' | 'after_published';

/** Gradescope's results.json for one submission: one test per rubric item, visibility from the feedback level. */
export function gradescopeResults(entry: SubmissionEntry): Record<string, unknown> {
  if (!entry.report)
    return {
      score: 0,
      output: `This submission could not be graded: ${entry.error ?? 'unknown error'}. This is not your fault: tell your instructor.`,
      visibility: 'visible',
      tests: [],
    };
  const tests = entry.report.labs.flatMap((lab) => lab.items.map((item) => gradescopeTest(lab, item)));
  const late = entry.report.labs.flatMap((l) => {
    const line = lateLine(l);
    return line && l.late?.daysLate ? [`${labNumber(l.id)} ${l.title}: ${line}`] : [];
  });
  return {
    // The top-level score wins over the tests' sum in Gradescope: it is the grade net of late penalties.
    score: round2(entry.report.score),
    output: late.length ? `Late penalties:\n${late.join('\n')}` : '',
    visibility: 'visible' satisfies GradescopeVisibility,
    tests,
  };
}

function gradescopeTest(lab: LabReport, item: LabReport['items'][number]): Record<string, unknown> {
  const level = lab.feedback ?? 'full';
  const findings = item.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`);
  const output =
    level === 'score-only' || item.status === 'passed'
      ? ''
      : level === 'hints'
        ? item.feedback
        : [item.feedback, ...findings].join('\n');
  return {
    name: `${labNumber(lab.id)} ${lab.title}: ${item.title}`,
    score: round2(item.earned),
    max_score: item.points,
    status: item.status === 'passed' ? 'passed' : 'failed',
    visibility: (level === 'score-only' ? 'hidden' : 'visible') satisfies GradescopeVisibility,
    output,
  };
}

/** A folder name for a submission id: safe on every file system, and distinct for distinct ids. */
export function folderName(id: string): string {
  const safe = id.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_');
  return safe === id ? safe : `${safe}-${Buffer.from(id).toString('hex').slice(0, 8)}`;
}

/** Writes `<dir>/<submission>/results.json` for Gradescope. */
export function writeGradescope(report: ClassReport, dir: string): void {
  for (const s of report.submissions) {
    const out = path.join(dir, folderName(s.id));
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, 'results.json'), `${JSON.stringify(gradescopeResults(s), null, 2)}\n`);
  }
}

/** Writes `<dir>/<submission>/result.json` in Classroom 50's `classroom50/result/v1` format. */
export function writeClassroom50(report: ClassReport, dir: string): void {
  const gradedAt = new Date(report.gradedAt);
  for (const s of report.submissions) {
    const out = path.join(dir, folderName(s.id));
    fs.mkdirSync(out, { recursive: true });
    const result = s.report
      ? classroom50Result(s.report, { OWNER: s.id }, gradedAt)
      : {
          schema: 'classroom50/result/v1',
          owner: s.id,
          graded_at: gradedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
          score: 0,
          'max-score': report.maxScore,
          tests: [],
        };
    fs.writeFileSync(path.join(out, 'result.json'), `${JSON.stringify(result, null, 2)}\n`);
  }
}

/** One line for the terminal: the class average and how many submissions failed to grade. */
export function classSummary(report: ClassReport): string {
  const graded = report.submissions.filter((s) => s.report);
  const mean = graded.length ? graded.reduce((t, s) => t + s.report!.score, 0) / graded.length : 0;
  const errors = report.submissions.length - graded.length;
  const flagged = report.submissions.filter((s) => s.flags.length > 0).length;
  return `${report.submissions.length} submissions, mean ${formatPoints(mean)}/${report.maxScore}, ${errors} not graded, ${flagged} flagged as possible copies`;
}
