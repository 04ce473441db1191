import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateReport } from '../../../action/report/validate.js';
import { gradeSubmission } from '../../../graders/engine/grade.js';
import type { Report } from '../../../graders/engine/types.js';
import { LABS, RULES } from '../../../graders/index.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON } from '../../helpers/tmp.js';
import { PROCESS_TEST_TIMEOUT_MS } from '../../helpers/timeouts.js';

let real: Report;
beforeAll(async () => {
  const r = await gradeSubmission({
    root: path.join(REPO, 'test/fixtures/solutions'),
    labs: LABS,
    rules: RULES,
    lint: false,
  });
  real = JSON.parse(JSON.stringify(r)) as Report;
}, 60_000);

/** A fresh deep copy, as an artifact is read from disk. */
const valid = (): Report => JSON.parse(JSON.stringify(real)) as Report;

const errorsOf = (value: unknown): string[] => {
  const v = validateReport(value, LABS);
  expect(v.ok, 'the artifact was accepted').toBe(false);
  return v.ok ? [] : v.errors;
};

describe.skipIf(!HAS_SOLUTIONS)('validateReport', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('accepts a real report and returns it', () => {
    const v = validateReport(valid(), LABS);
    expect(v).toEqual({ ok: true, report: real });
  });

  it('accepts a report with fields from a newer labgrade, and hands on only the known ones', () => {
    const newer = { ...valid(), generatedBy: 'labgrade 9' };
    const v = validateReport(newer, LABS);
    expect(v.ok).toBe(true);
    expect(v.ok && v.report).not.toHaveProperty('generatedBy');
  });

  it.each([
    ['wrong schema', (r: Report) => ({ ...r, schemaVersion: 2 }), /^schemaVersion: .*expected 1/],
    ['not an object', () => [], /^the report: .*expected object, received array/],
    ['inflated total', (r: Report) => ({ ...r, score: 450 }), /^score: is not the sum of the labs$/],
    ['wrong maximum', (r: Report) => ({ ...r, maxScore: 1000 }), /^maxScore: must be \d+$/],
    [
      'item over its points',
      (r: Report) => {
        r.labs[0]!.items[0]!.earned = 99;
        return r;
      },
      /^labs\[0\]\.items\[0\]\.earned: must be between 0 and \d+$/,
    ],
    [
      'negative earned',
      (r: Report) => {
        r.labs[0]!.items[0]!.earned = -1;
        return r;
      },
      /^labs\[0\]\.items\[0\]\.earned: .*>=0/,
    ],
    [
      'points changed',
      (r: Report) => {
        r.labs[0]!.items[0]!.points = 99;
        return r;
      },
      /^labs\[0\]\.items\[0\]\.points: must be \d+$/,
    ],
    [
      'unknown lab',
      (r: Report) => {
        r.labs[0]!.id = '99-nope';
        return r;
      },
      /^labs\[0\]\.id: names an unknown lab$/,
    ],
    [
      'lab listed twice',
      (r: Report) => ({ ...r, labs: [...r.labs, r.labs[0]!] }),
      /^labs\[\d+\]\.id: lab 01-production-dockerfile appears twice$/,
    ],
    [
      'lab maximum changed',
      (r: Report) => {
        r.labs[1]!.maxScore = 60;
        return r;
      },
      /^labs\[1\]\.maxScore: must be 30$/,
    ],
    [
      'item list changed',
      (r: Report) => {
        r.labs[0]!.items.pop();
        return r;
      },
      /^labs\[0\]\.items: expected \d+ items$/,
    ],
    [
      'items reordered',
      (r: Report) => {
        r.labs[0]!.items.reverse();
        return r;
      },
      /^labs\[0\]\.items\[0\]\.id: does not match the rubric$/,
    ],
    [
      'lab score that does not add up',
      (r: Report) => {
        r.labs[0]!.score = 1;
        return r;
      },
      /^labs\[0\]\.score: does not add up$/,
    ],
    [
      'bad finding',
      (r: Report) => {
        r.labs[0]!.notices.push({
          file: 'a',
          line: 0,
          column: 1,
          severity: 'error',
          ruleId: 'X',
          message: 'm',
        });
        return r;
      },
      /^labs\[0\]\.notices\[0\]\.line: .*>=1/,
    ],
    [
      'unknown status',
      (r: Report) => {
        (r.labs[2]!.items[1] as { status: string }).status = 'perfect';
        return r;
      },
      /^labs\[2\]\.items\[1\]\.status: Invalid option/,
    ],
    [
      'over-long message',
      (r: Report) => {
        r.labs[0]!.notices.push({
          file: 'a',
          line: 1,
          column: 1,
          severity: 'error',
          ruleId: 'X',
          message: 'x'.repeat(5001),
        });
        return r;
      },
      /^labs\[0\]\.notices\[0\]\.message: .*<=5000 characters/,
    ],
    [
      'over-long tool version',
      (r: Report) => ({ ...r, tool: { ...r.tool, version: '1'.repeat(101) } }),
      /^tool\.version: .*<=100 characters/,
    ],
    [
      'too many findings',
      (r: Report) => {
        const f = { file: 'a', line: 1, column: 1, severity: 'error', ruleId: 'X', message: 'm' } as const;
        r.labs[0]!.items[0]!.findings = Array.from({ length: 1001 }, () => f);
        return r;
      },
      /^labs\[0\]\.items\[0\]\.findings: .*<=1000 items/,
    ],
  ])('refuses %s, saying where', (_n, mutate, message) => {
    const errors = errorsOf(mutate(valid()));
    expect(errors[0]).toMatch(message);
  });

  it('lists a few errors, each of bounded length', () => {
    const r = valid();
    for (const lab of r.labs) (lab as { status: string }).status = 'nope';
    r.labs[0]!.notices.push({
      file: 'a',
      line: 1,
      column: 1,
      severity: 'info',
      ruleId: 'X',
      message: 'm',
      data: { ['k'.repeat(10_000)]: [] as unknown as string },
    });
    const errors = errorsOf(r);
    expect(errors).toHaveLength(5);
    expect(errors[0]).toMatch(/^labs\[0\]\.status: /);
    expect(errors[1]).toMatch(/^labs\[0\]\.notices\[0\]\.data\.kkk+…$/);
    for (const e of errors) expect(e.length).toBeLessThanOrEqual(300);
  });
});

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, PROCESS_TEST_TIMEOUT_MS);
