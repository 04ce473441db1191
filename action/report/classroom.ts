// Exports for existing classroom tooling, rendered from the report alone:
// - classroom-resources grader `result` (base64 JSON), so the action drops into a classroom.yml that
//   uses autograding-grading-reporter (classroom.md §2);
// - Classroom 50's `classroom50/result/v1` result.json (classroom.md §6.2).
import type { ItemStatus, Report } from '../../graders/engine/types.js';

export interface ClassroomResult {
  version: 1;
  status: 'pass' | 'fail' | 'error';
  max_score: number;
  tests: {
    name: string;
    status: 'pass' | 'fail' | 'error';
    score: number;
    message: string | null;
    test_code: string;
    filename: string;
    line_no: number;
    duration: number;
  }[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

// Keyed by the report's union, so a status added there does not compile until it is mapped. Only our own
// failure is an `error`; whatever the learner's files lead to is a pass or a fail.
const TEST_STATUS: Readonly<Record<ItemStatus, ClassroomResult['status']>> = {
  passed: 'pass',
  partial: 'fail',
  failed: 'fail',
  skipped: 'fail',
  'not-gradable': 'fail',
  'grader-error': 'error',
};

export function classroomResult(report: Report): ClassroomResult {
  const tests = report.labs.flatMap((lab) =>
    lab.items.map((item) => {
      const first = item.findings[0];
      return {
        name: `${lab.id}/${item.id}: ${item.title}`,
        status: TEST_STATUS[item.status],
        score: round2(item.earned),
        message: item.status === 'passed' ? null : item.feedback,
        test_code: `labgrade explain ${lab.id}/${item.id}`,
        filename: first?.file ?? '',
        line_no: first?.line ?? 0,
        duration: 0,
      };
    }),
  );
  const status = tests.some((t) => t.status === 'error')
    ? 'error'
    : report.score >= report.maxScore
      ? 'pass'
      : 'fail';
  return { version: 1, status, max_score: report.maxScore, tests };
}

export function classroomResultBase64(report: Report): string {
  return Buffer.from(JSON.stringify(classroomResult(report)), 'utf8').toString('base64');
}

/** Classroom 50 passes its context in environment variables; they are copied when present. */
export function classroom50Result(
  report: Report,
  env: NodeJS.ProcessEnv,
  gradedAt: Date,
): Record<string, unknown> {
  const ctx: Record<string, unknown> = {};
  const copy: [string, string][] = [
    ['classroom', 'CLASSROOM'],
    ['assignment', 'ASSIGNMENT'],
    ['assignment_type', 'ASSIGNMENT_TYPE'],
    ['owner', 'OWNER'],
    ['submission', 'SUBMISSION_TAG'],
    ['commit', 'COMMIT_URL'],
    ['release', 'RELEASE_URL'],
    ['review', 'REVIEW_URL'],
  ];
  for (const [key, name] of copy) if (env[name]) ctx[key] = env[name];
  return {
    schema: 'classroom50/result/v1',
    ...ctx,
    graded_at: gradedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    score: round2(report.score),
    'max-score': report.maxScore,
    tests: report.labs.flatMap((lab) =>
      lab.items.map((item) => ({
        'test-name': `${lab.id}/${item.id}`,
        passed: item.status === 'passed',
        score: round2(item.earned),
        'max-score': item.points,
      })),
    ),
  };
}
