import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradeSubmission } from '../../../graders/engine/grade.js';
import {
  DEPLOY_LAB_STATUSES,
  DeployLabStatusSchema,
  EVIDENCE_KINDS,
  EvidenceSchema,
  FindingSchema,
  ITEM_STATUSES,
  ItemStatusSchema,
  LAB_STATUSES,
  LabStatusSchema,
  ReportSchema,
  SEVERITIES,
  SeveritySchema,
} from '../../../graders/engine/report.js';
import type { Finding, Report } from '../../../graders/engine/types.js';
import { LABS, RULES } from '../../../graders/index.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON } from '../../helpers/tmp.js';
import { CFN_LINT_TEST_TIMEOUT_MS } from '../../helpers/timeouts.js';

/** The report as a reader gets it: JSON, with no prototype or `undefined` left from the engine. */
const asJson = (r: Report): Report => JSON.parse(JSON.stringify(r)) as Report;

const grade = async (fixture: string): Promise<Report> =>
  asJson(
    await gradeSubmission({
      root: path.join(REPO, 'test/fixtures', fixture),
      labs: LABS,
      rules: RULES,
      lint: false,
    }),
  );

let real: Report;
/** The common mistakes: rule findings with their messageId and data. */
let naive: Report;
beforeAll(async () => {
  [real, naive] = await Promise.all([grade('solutions'), grade('naive')]);
}, 60_000);

const issues = (value: unknown) => {
  const r = ReportSchema.safeParse(value);
  expect(r.success, 'the schema accepted it').toBe(false);
  return r.error!.issues.map((i) => ({ path: i.path, message: i.message }));
};

describe.skipIf(!HAS_SOLUTIONS)(
  'ReportSchema accepts what the engine writes',
  { timeout: CFN_LINT_TEST_TIMEOUT_MS },
  () => {
    it.each(['solutions', 'naive'] as const)('parses the %s report and keeps every field', (name) => {
      const report = name === 'solutions' ? real : naive;
      const parsed = ReportSchema.safeParse(report);
      expect(parsed.error?.issues).toBeUndefined();
      // Unknown keys are dropped, so equality means the schema names every field the engine writes.
      expect(parsed.data).toEqual(report);
      expect(report.labs.length).toBe(LABS.length);
    });

    it('the naive report has rule findings with messageId and data, so the test above covers them', () => {
      const findings = naive.labs.flatMap((l) => l.items.flatMap((i) => i.findings));
      expect(
        findings.filter((f) => f.messageId !== undefined && f.data !== undefined).length,
      ).toBeGreaterThan(0);
    });

    it('keeps messageId and data on rule findings', () => {
      const finding: Finding = {
        file: 'labs/02-ecs-task-definition/task-definition.json',
        line: 4,
        column: 3,
        severity: 'error',
        ruleId: 'TDF001',
        message: 'Fargate has no size with cpu 1024 and memory 1024 MiB.',
        messageId: 'invalidPair',
        data: { cpu: 1024, vcpu: '1' },
      };
      expect(FindingSchema.parse(finding)).toEqual(finding);
    });

    // The golden files hold reports with cfn-lint findings and every corpus oddity (minus timing).
    // Absent in the published learner template, where these tests skip.
    const goldens = HAS_SOLUTIONS ? fs.readdirSync(path.join(REPO, 'test/fixtures/golden')) : [];
    it.each(goldens.filter((f) => f.endsWith('.golden')))('parses the recorded report %s', (name) => {
      const recorded = JSON.parse(
        fs.readFileSync(path.join(REPO, 'test/fixtures/golden', name), 'utf8'),
      ) as Record<string, unknown>;
      const parsed = ReportSchema.safeParse({ ...recorded, durationMs: 0 });
      expect(parsed.error?.issues.slice(0, 3)).toBeUndefined();
    });

    it('accepts fields a newer labgrade adds, and drops them', () => {
      const newer = { ...real, generatedBy: 'labgrade 9', labs: [{ ...real.labs[0]!, hint: 'x' }] };
      const parsed = ReportSchema.parse(newer);
      expect(parsed).not.toHaveProperty('generatedBy');
      expect(parsed.labs[0]).not.toHaveProperty('hint');
      expect(parsed.labs[0]!.items).toEqual(real.labs[0]!.items);
    });

    it('accepts a sandbox deploy beside the static score', () => {
      const item = real.labs[0]!.items[0]!;
      const deploy = {
        region: 'eu-west-1',
        score: 0,
        maxScore: 10,
        durationMs: 1,
        labs: [{ id: 'x', stackName: null, status: 'refused', estimate: null, items: [item], leaks: [] }],
      };
      expect(ReportSchema.parse({ ...real, deploy }).deploy).toEqual(deploy);
    });
  },
);

describe.skipIf(!HAS_SOLUTIONS)(
  'ReportSchema refuses a malformed report, saying where and why',
  { timeout: CFN_LINT_TEST_TIMEOUT_MS },
  () => {
    it('an unknown item status', () => {
      const r = asJson(real);
      (r.labs[1]!.items[2] as { status: string }).status = 'excellent';
      expect(issues(r)).toEqual([
        {
          path: ['labs', 1, 'items', 2, 'status'],
          message: expect.stringMatching(/expected one of .*"passed".*"grader-error"/),
        },
      ]);
    });

    it('an unknown lab status', () => {
      const r = asJson(real);
      (r.labs[0] as { status: string }).status = 'skipped';
      expect(issues(r)).toEqual([
        { path: ['labs', 0, 'status'], message: expect.stringMatching(/not-started/) },
      ]);
    });

    it.each([
      ['negative', -1, />=0/],
      ['NaN', NaN, /expected number, received NaN/],
      ['infinite', Infinity, /expected number/],
      ['a string', '44.5', /expected number, received string/],
    ])('a %s score', (_name, score, message) => {
      expect(issues({ ...real, score })).toEqual([
        { path: ['score'], message: expect.stringMatching(message) },
      ]);
    });

    it('a negative earned', () => {
      const r = asJson(real);
      r.labs[0]!.items[0]!.earned = -0.5;
      expect(issues(r)).toEqual([
        { path: ['labs', 0, 'items', 0, 'earned'], message: expect.stringMatching(/>=0/) },
      ]);
    });

    it('a missing field', () => {
      const r = asJson(real);
      delete (r.labs[0] as Partial<Report['labs'][number]>).title;
      delete (r.tool as Partial<Report['tool']>).cfnLint;
      expect(issues(r)).toEqual([
        { path: ['tool', 'cfnLint'], message: expect.stringMatching(/expected string, received undefined/) },
        { path: ['labs', 0, 'title'], message: expect.stringMatching(/expected string, received undefined/) },
      ]);
    });

    it.each([2, '1', undefined])('schemaVersion %s', (schemaVersion) => {
      expect(issues({ ...real, schemaVersion })).toEqual([
        { path: ['schemaVersion'], message: expect.stringMatching(/expected 1/) },
      ]);
    });

    it('a finding at line 0 or a fractional column', () => {
      const base = {
        file: 'Dockerfile',
        line: 1,
        column: 1,
        severity: 'warning',
        ruleId: 'DKR001',
        message: 'm',
      } as const;
      expect(FindingSchema.safeParse(base).success).toBe(true);
      expect(FindingSchema.safeParse({ ...base, line: 0 }).error?.issues[0]?.path).toEqual(['line']);
      expect(FindingSchema.safeParse({ ...base, column: 1.5 }).error?.issues[0]?.path).toEqual(['column']);
      expect(FindingSchema.safeParse({ ...base, severity: 'fatal' }).error?.issues[0]?.path).toEqual([
        'severity',
      ]);
    });

    it('an optional field set to undefined, as exactOptionalPropertyTypes forbids in the types', () => {
      const base: Finding = { file: 'a', line: 1, column: 1, severity: 'info', ruleId: 'X', message: 'm' };
      // @ts-expect-error an optional field is left out, never set to undefined
      const withUndefined: Finding = { ...base, messageId: undefined };
      expect(FindingSchema.safeParse(base).success).toBe(true);
      expect(FindingSchema.safeParse(withUndefined).error?.issues[0]?.path).toEqual(['messageId']);
      expect(EvidenceSchema.safeParse({ kind: 'aws-doc', url: 'https://x', id: undefined }).success).toBe(
        false,
      );
    });

    it('data values other than text and numbers', () => {
      const base = { file: 'a', line: 1, column: 1, severity: 'info', ruleId: 'X', message: 'm' };
      expect(FindingSchema.safeParse({ ...base, data: { n: 1, s: 't' } }).success).toBe(true);
      expect(FindingSchema.safeParse({ ...base, data: { o: { deep: 1 } } }).error?.issues[0]?.path).toEqual([
        'data',
        'o',
      ]);
    });
  },
);

describe.skipIf(!HAS_SOLUTIONS)(
  'the status lists and the schema agree',
  { timeout: CFN_LINT_TEST_TIMEOUT_MS },
  () => {
    it.each([
      ['SEVERITIES', SEVERITIES, SeveritySchema],
      ['ITEM_STATUSES', ITEM_STATUSES, ItemStatusSchema],
      ['LAB_STATUSES', LAB_STATUSES, LabStatusSchema],
      ['DEPLOY_LAB_STATUSES', DEPLOY_LAB_STATUSES, DeployLabStatusSchema],
    ] as const)('%s', (_name, list, schema) => {
      expect(new Set(list).size).toBe(list.length);
      expect(schema.options).toEqual(list);
      for (const s of list) expect(schema.safeParse(s).success, s).toBe(true);
      expect(schema.safeParse(`${list[0]}!`).success).toBe(false);
    });

    it('every item status, lab status, severity and evidence kind parses inside a report', () => {
      const r = asJson(real);
      const lab = r.labs[0]!;
      const item = lab.items[0]!;
      const variants = [
        ...ITEM_STATUSES.map((status) => ({ ...r, labs: [{ ...lab, items: [{ ...item, status }] }] })),
        ...LAB_STATUSES.map((status) => ({ ...r, labs: [{ ...lab, status }] })),
        ...SEVERITIES.map((severity) => ({
          ...r,
          labs: [
            { ...lab, notices: [{ file: 'a', line: 1, column: 1, severity, ruleId: 'X', message: 'm' }] },
          ],
        })),
        ...EVIDENCE_KINDS.map((kind) => ({
          ...r,
          labs: [{ ...lab, items: [{ ...item, evidence: [{ kind, url: 'https://docs.aws.amazon.com/' }] }] }],
        })),
      ];
      for (const v of variants) expect(ReportSchema.safeParse(v).error?.issues).toBeUndefined();
    });

    it('evidence kinds in the schema are the list', () => {
      expect(EvidenceSchema.shape.kind.options).toEqual(EVIDENCE_KINDS);
      expect(EvidenceSchema.safeParse({ kind: 'blog', url: 'https://x' }).success).toBe(false);
    });
  },
);

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, CFN_LINT_TEST_TIMEOUT_MS);
