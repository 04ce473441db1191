// The course configuration: the schema names each bad field with its line and what was expected; enabled labs and
// point overrides change what is graded while every total stays whole and coherent; the late policy is applied
// exactly as documented at its boundaries (on time, one second late, at the cutoff, one second past it); feedback
// levels reach the report.
import { describe, expect, it } from 'vitest';
import {
  applyCourse,
  courseLabs,
  defaultCourse,
  deployAllowed,
  type CourseConfig,
} from '../../../graders/engine/course.js';
import { parseCourse } from '../../../graders/engine/course-schema.js';
import type { LabReport, Report } from '../../../graders/engine/types.js';
import { RUBRICS } from '../../../graders/index.js';

const FILE = '.github/course.yml';
const parse = (text: string) => parseCourse(FILE, text, RUBRICS);
const config = (text: string): CourseConfig => {
  const r = parse(text);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.config;
};
const errors = (text: string): string[] => {
  const r = parse(text);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
};

const LAB_A = RUBRICS[0]!.id;
const LAB_B = RUBRICS[2]!.id;

describe('parseCourse', () => {
  it('fills the defaults: every lab, full feedback, deploy allowed', () => {
    expect(config('version: 1\n')).toEqual(defaultCourse());
    expect(courseLabs(RUBRICS, defaultCourse())).toEqual(RUBRICS);
  });

  it('names the field, its line and the expected value for each error', () => {
    const text = [
      'version: 1',
      'labs:',
      `  - ${LAB_A}`,
      '  - 99-no-such-lab',
      'late:',
      '  penaltyPerDay: 150',
      '  cutoffDays: 3',
      'lab:',
      `  ${LAB_B}:`,
      '    points: -5',
      "    due: 'next friday'",
      '    feedback: secret',
      '',
    ].join('\n');
    const e = errors(text);
    expect(e).toHaveLength(5);
    expect(e).toContainEqual(
      expect.stringMatching(
        /^\.github\/course\.yml:4: labs\.1: expected one of the course's lab ids \(.*\), got '99-no-such-lab'$/,
      ),
    );
    expect(e).toContainEqual(
      expect.stringMatching(/^\.github\/course\.yml:6: late\.penaltyPerDay: .*100.*, got 150$/),
    );
    expect(e).toContainEqual(
      expect.stringMatching(
        new RegExp(`^\\.github/course\\.yml:10: lab\\.${LAB_B}\\.points: .*0.*, got -5$`),
      ),
    );
    expect(e).toContainEqual(
      expect.stringMatching(
        new RegExp(`^\\.github/course\\.yml:11: lab\\.${LAB_B}\\.due: .*, got 'next friday'$`),
      ),
    );
    expect(e).toContainEqual(
      expect.stringMatching(/:12: .*feedback: .*"full"\|"hints"\|"score-only".*, got 'secret'$/),
    );
  });

  it('refuses unknown keys, a wrong version, a lab id it does not know, and YAML that does not parse', () => {
    expect(errors('version: 1\nlabz: []\n')).toEqual([
      `${FILE}:2: labz: not a setting here; check its spelling against docs/course-config.md`,
    ]);
    expect(errors('version: 2\n')).toEqual([`${FILE}:1: version: expected 1, got 2`]);
    expect(errors('version: 1\nlate:\n  penaltyPerDay: 5\n')).toEqual([
      `${FILE}:2: late.cutoffDays: required: expected number`,
    ]);
    expect(errors(`version: 1\nlab:\n  00-nope:\n    points: 10\n`)[0]).toMatch(
      /:3: lab\.00-nope: expected one of/,
    );
    expect(errors('version: 1\nlabs: [\n')[0]).toMatch(/^\.github\/course\.yml:\d+: /);
  });

  it('keeps a stated total coherent with the enabled labs and their points', () => {
    const ok = `version: 1\nlabs: [${LAB_A}, ${LAB_B}]\nlab:\n  ${LAB_B}:\n    points: 50\ntotal: 80\n`;
    expect(config(ok).total).toBe(80);
    expect(errors(ok.replace('total: 80', 'total: 60'))).toEqual([
      `${FILE}:6: total: expected 80, the sum of the enabled labs' points, got 60`,
    ]);
  });
});

describe('courseLabs', () => {
  it('keeps the enabled labs in the course order, whatever order the file lists them in', () => {
    const labs = courseLabs(RUBRICS, config(`version: 1\nlabs: [${LAB_B}, ${LAB_A}]\n`));
    expect(labs.map((l) => l.id)).toEqual([LAB_A, LAB_B]);
  });

  it('scales a lab to its override in whole points that add up exactly', () => {
    for (const points of [1, 7, 10, 29, 31, 45, 100]) {
      const [lab] = courseLabs(
        RUBRICS,
        config(`version: 1\nlabs: [${LAB_B}]\nlab:\n  ${LAB_B}:\n    points: ${points}\n`),
      );
      expect(lab!.items.reduce((s, i) => s + i.points, 0)).toBe(points);
      for (const i of lab!.items) expect(Number.isInteger(i.points)).toBe(true);
    }
    const original = RUBRICS[2]!;
    const [doubled] = courseLabs(
      RUBRICS,
      config(`version: 1\nlabs: [${LAB_B}]\nlab:\n  ${LAB_B}:\n    points: 60\n`),
    );
    expect(doubled!.items.map((i) => i.points)).toEqual(original.items.map((i) => i.points * 2));
  });

  it('lets a lab refuse the sandbox while the course allows it', () => {
    const c = config(`version: 1\nlab:\n  ${LAB_B}:\n    deploy: false\n`);
    expect(deployAllowed(c, LAB_B)).toBe(false);
    expect(deployAllowed(c, LAB_A)).toBe(true);
    expect(deployAllowed(config('version: 1\ndeploy: false\n'), LAB_A)).toBe(false);
  });
});

describe('applyCourse: the late policy', () => {
  const lab = (id: string, score: number): LabReport => ({
    id,
    title: id,
    score,
    maxScore: 30,
    status: score === 30 ? 'passed' : 'partial',
    notices: [],
    items: [],
  });
  const report = (): Report => ({
    schemaVersion: 1,
    tool: { name: 'labgrade', version: '0', cfnLint: null },
    score: 50,
    maxScore: 60,
    labs: [lab(LAB_A, 30), lab(LAB_B, 20)],
    durationMs: 0,
  });
  // 10% a day, work up to 3 days late accepted. Lab B is due a day later than the course.
  const course = config(
    `version: 1\ndue: '2027-01-15T23:59:00Z'\nlate:\n  penaltyPerDay: 10\n  cutoffDays: 3\nlab:\n  ${LAB_B}:\n    due: '2027-01-16T18:59:00-05:00'\n`,
  );
  const at = (iso: string) => applyCourse(report(), course, new Date(iso));
  const labA = (r: Report) => r.labs[0]!;

  it('costs nothing on time, to the second', () => {
    const r = at('2027-01-15T23:59:00Z');
    expect(labA(r).score).toBe(30);
    expect(labA(r).late).toEqual({
      due: '2027-01-15T23:59:00Z',
      submittedAt: '2027-01-15T23:59:00.000Z',
      daysLate: 0,
      penaltyPercent: 0,
      deducted: 0,
      pastCutoff: false,
    });
    expect(r.score).toBe(50);
  });

  it('counts one second late as one started day', () => {
    const r = at('2027-01-15T23:59:01Z');
    expect(labA(r)).toMatchObject({
      score: 27,
      late: { daysLate: 1, penaltyPercent: 10, deducted: 3, pastCutoff: false },
    });
    // Lab B's own due date (23:59 UTC on the 16th) has not passed.
    expect(r.labs[1]).toMatchObject({ score: 20, late: { daysLate: 0 } });
    expect(r.score).toBe(47);
  });

  it('still accepts work at the cutoff, with every day counted', () => {
    const r = at('2027-01-18T23:59:00Z');
    expect(labA(r)).toMatchObject({
      score: 21,
      late: { daysLate: 3, penaltyPercent: 30, pastCutoff: false },
    });
    expect(r.labs[1]).toMatchObject({ score: 16, late: { daysLate: 2, penaltyPercent: 20 } });
  });

  it('gives nothing one second past the cutoff', () => {
    const r = at('2027-01-18T23:59:01Z');
    expect(labA(r)).toMatchObject({
      score: 0,
      late: { daysLate: 4, penaltyPercent: 100, deducted: 30, pastCutoff: true },
    });
    expect(r.labs[1]).toMatchObject({ score: 14, late: { daysLate: 3 } });
    expect(r.score).toBe(14);
    expect(r.maxScore).toBe(60);
  });

  it('shows a due date without a policy, at no cost, and never takes more than the score', () => {
    const noPolicy = config(`version: 1\ndue: '2027-01-15T23:59:00Z'\n`);
    expect(labA(applyCourse(report(), noPolicy, new Date('2027-02-01T00:00:00Z')))).toMatchObject({
      score: 30,
      late: { daysLate: 17, penaltyPercent: 0, deducted: 0, pastCutoff: false },
    });
    const steep = config(
      `version: 1\ndue: '2027-01-15T23:59:00Z'\nlate:\n  penaltyPerDay: 60\n  cutoffDays: 5\n`,
    );
    expect(labA(applyCourse(report(), steep, new Date('2027-01-17T00:00:00Z')))).toMatchObject({
      score: 0,
      late: { daysLate: 2, penaltyPercent: 100, pastCutoff: false },
    });
  });

  it('leaves a lab without a due date, and a full-feedback lab, as they were', () => {
    const r = applyCourse(report(), defaultCourse(), new Date());
    expect(r).toEqual(report());
  });

  it('marks the feedback level of each lab that shows less than everything', () => {
    const c = config(`version: 1\nfeedback: hints\nlab:\n  ${LAB_B}:\n    feedback: score-only\n`);
    const r = applyCourse(report(), c, new Date());
    expect(r.labs.map((l) => l.feedback)).toEqual(['hints', 'score-only']);
  });
});
