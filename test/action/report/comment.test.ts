import { describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../../action/constants.js';
import type { Finding, Report } from '../../../graders/engine/types.js';
import { chooseAnnotations } from '../../../action/report/annotations.js';
import { classroom50Result, classroomResult } from '../../../action/report/classroom.js';
import { renderComment } from '../../../action/report/comment.js';
import { LABS } from '../../../graders/index.js';

const finding = (i: number, severity: Finding['severity'] = 'warning'): Finding => ({
  file: `labs/01-production-dockerfile/Dockerfile`,
  line: i + 1,
  column: 1,
  severity,
  ruleId: 'DKR001',
  message: `Problem number ${i} ${'x'.repeat(200)}`,
});

/** A report shaped like labs 01 and 02, with as many findings per item as asked (sizes do not depend on how many labs exist). */
function bigReport(perItem: number): Report {
  const labs = LABS.slice(0, 2).map((lab) => ({
    id: lab.id,
    title: lab.title,
    score: 0,
    maxScore: 30,
    status: 'failed' as const,
    notices: [],
    items: lab.items.map((it) => ({
      id: it.id,
      title: it.title,
      points: it.points,
      earned: 0,
      status: 'failed' as const,
      feedback: it.hint,
      docs: it.docsUrl,
      evidence: [...it.evidence],
      findings: Array.from({ length: perItem }, (_, i) => finding(i, i % 3 === 0 ? 'error' : 'warning')),
    })),
  }));
  return {
    schemaVersion: 1,
    tool: { name: 'labgrade', version: '0.1.0', cfnLint: null },
    score: 0,
    maxScore: 30 * labs.length,
    labs,
    durationMs: 1,
  };
}

describe('renderComment', () => {
  it('keeps everything when it fits', () => {
    const body = renderComment(bigReport(2), {});
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(body).not.toMatch(/to fit GitHub's comment limit/);
    expect(body).toContain('Problem number 1');
  });

  it.each([
    [40, 65_536, /only the first 5 findings/],
    [40, 12_000, /findings are left out|only the labs changed|only the score table/],
  ])(
    'cuts detail to stay under the limit, and says what was cut (%i findings per item, %i chars)',
    (n, max, said) => {
      const body = renderComment(bigReport(n), {
        summaryUrl: 'https://github.com/o/r/actions/runs/1',
        maxChars: max,
      });
      expect(body.length).toBeLessThanOrEqual(max);
      expect(body).toMatch(said);
      expect(body).toContain('[the job summary](https://github.com/o/r/actions/runs/1)');
      expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    },
  );

  it('when findings must go, keeps them for the labs the PR changed before dropping them everywhere', () => {
    const report = bigReport(6);
    const changed = report.labs[1]!.id;
    const full = renderComment(report, { changedLabs: [changed] });
    // A limit between "findings for the changed lab only" and "5 findings for every lab".
    const fiveEach = renderComment(report, { changedLabs: [changed], maxChars: full.length - 1 });
    expect(fiveEach).toMatch(/only the first 5 findings/);
    const body = renderComment(report, { changedLabs: [changed], maxChars: fiveEach.length - 1 });
    expect(body.length).toBeLessThan(fiveEach.length);
    expect(body).toMatch(/findings are listed for the labs changed in this PR only/);
    const section = (id: string) => {
      const title = report.labs.find((l) => l.id === id)!.title;
      const from = body.indexOf(`${title}</b>`);
      return body.slice(from, body.indexOf('</details>', from));
    };
    expect(section(changed)).toContain('Problem number 1');
    expect(section(report.labs[0]!.id)).not.toContain('Problem number');
  });

  it('honours a smaller limit down to the score table', () => {
    const body = renderComment(bigReport(3), { maxChars: 3000 });
    expect(body.length).toBeLessThanOrEqual(3000);
    expect(body).toContain('| Lab | Score |');
  });
});

describe('chooseAnnotations', () => {
  it('keeps at most 10 per level, errors and costly items first, deterministically', () => {
    const r = bigReport(15);
    const a = chooseAnnotations(r);
    const count = (l: string) => a.chosen.filter((x) => x.level === l).length;
    expect(count('error')).toBe(10);
    expect(count('warning')).toBe(10);
    expect(a.omitted).toBe(r.labs.reduce((n, l) => n + l.items.length * 15, 0) - 20);
    expect(chooseAnnotations(r)).toEqual(a);
    const topItemPoints = Math.max(...r.labs.flatMap((l) => l.items.map((i) => i.points)));
    expect(a.chosen[0]!.title).toContain(
      r.labs.flatMap((l) => l.items).find((i) => i.points === topItemPoints)!.title,
    );
  });
});

describe('classroom exports', () => {
  it('sum to the report and carry one test per rubric item', () => {
    const r = bigReport(1);
    r.labs[0]!.items[0]!.earned = r.labs[0]!.items[0]!.points;
    r.labs[0]!.items[0]!.status = 'passed';
    r.labs[0]!.score = r.labs[0]!.items[0]!.points;
    r.score = r.labs[0]!.score;
    const c = classroomResult(r);
    expect(c.max_score).toBe(r.maxScore);
    expect(c.tests.reduce((s, t) => s + t.score, 0)).toBe(r.score);
    expect(c.tests[0]).toMatchObject({ status: 'pass', message: null });
    expect(c.tests[1]).toMatchObject({
      status: 'fail',
      filename: 'labs/01-production-dockerfile/Dockerfile',
      line_no: 1,
    });
    const c50 = classroom50Result(
      r,
      { ASSIGNMENT: 'labs', OWNER: 'alice' },
      new Date('2026-11-26T10:00:00.123Z'),
    );
    expect(c50).toMatchObject({
      schema: 'classroom50/result/v1',
      assignment: 'labs',
      owner: 'alice',
      graded_at: '2026-11-26T10:00:00Z',
      score: r.score,
      'max-score': r.maxScore,
    });
  });
});
