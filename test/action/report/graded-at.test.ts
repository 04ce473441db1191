// When a report was graded, against which due date, and from which synthesized template: the comment and job
// summary (renderMarkdown, renderComment) and the terminal (renderPretty) say all three, the app-chosen template
// path and stack name only through the sanitizer, and publish() stamps the time every rendering shows.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { renderComment } from '../../../action/report/comment.js';
import { renderMarkdown } from '../../../action/report/markdown.js';
import { renderPretty } from '../../../action/report/pretty.js';
import type { LabReport, Report } from '../../../graders/engine/types.js';
import { ReportSchema } from '../../../graders/engine/report.js';
import { tmpDir } from '../../helpers/tmp.js';
import { analyse, renderGfm } from './gfm.js';

vi.mock('@actions/core', async (orig) => {
  const m = await orig<typeof import('@actions/core')>();
  return { ...m, setOutput: () => {}, error: () => {}, warning: () => {}, notice: () => {}, debug: () => {} };
});

function lab(over: Partial<LabReport> = {}): LabReport {
  return {
    id: '03-cfn',
    title: 'CloudFormation',
    score: 27,
    maxScore: 30,
    status: 'partial',
    notices: [],
    items: [
      {
        id: 'a',
        title: 'Item A',
        points: 30,
        earned: 27,
        status: 'partial',
        feedback: 'Add the alarm.',
        docs: 'https://docs.aws.amazon.com/x',
        evidence: [],
        findings: [],
      },
    ],
    ...over,
  };
}

function report(labs: LabReport[], gradedAt?: string): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'labgrade', version: '0.1.0', cfnLint: '1.51.0' },
    score: labs.reduce((s, l) => s + l.score, 0),
    maxScore: labs.reduce((s, l) => s + l.maxScore, 0),
    labs,
    durationMs: 5,
    ...(gradedAt === undefined ? {} : { gradedAt }),
  };
}

const LATE = {
  due: '2027-01-15T23:59:00-05:00',
  submittedAt: '2027-01-17T10:00:00Z',
  daysLate: 2,
  penaltyPercent: 10,
  deducted: 3,
  pastCutoff: false,
};

describe('graded at', () => {
  it('is in the schema, optional', () => {
    expect(ReportSchema.safeParse(report([lab()], '2026-12-02T21:40:05.123Z')).success).toBe(true);
    expect(ReportSchema.safeParse(report([lab()])).success).toBe(true);
    expect(ReportSchema.safeParse({ ...report([lab()]), gradedAt: 5 }).success).toBe(false);
  });

  it('is shown under the headline of the comment, the summary and the terminal, in UTC', () => {
    const r = report([lab()], '2026-12-03T04:40:05.123+07:00');
    // The sanitizer sets the times in code (a `:` run could be an emoji code); the rendered text reads as written.
    for (const md of [renderMarkdown(r), renderComment(r, {})]) {
      const line = md.split('\n')[md.split('\n').findIndex((l) => l.startsWith('### Lab grade')) + 2]!;
      expect(analyse(renderGfm(line)).text.trim()).toBe('Graded 2026-12-02 21:40 UTC');
    }
    expect(renderPretty(r, { color: false }).split('\n')[1]).toBe('Graded 2026-12-02 21:40 UTC');
  });

  it('is left out when the report does not say (the CLI, reports from older graders)', () => {
    const r = report([lab()]);
    expect(renderMarkdown(r)).not.toContain('Graded ');
    expect(renderPretty(r, { color: false })).not.toContain('Graded ');
  });

  it('is stamped by publish() on the report the caller comments with, once', async () => {
    const { publish } = await import('../../../action/run/publish.js');
    const r = report([lab()]);
    const dir = tmpDir();
    const saved = process.env['GITHUB_STEP_SUMMARY'];
    delete process.env['GITHUB_STEP_SUMMARY'];
    try {
      await publish(r, dir, {}, {}, () => new Date('2026-12-02T21:40:05Z'));
      expect(r.gradedAt).toBe('2026-12-02T21:40:05.000Z');
      const written = JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8')) as Report;
      expect(written.gradedAt).toBe(r.gradedAt);
      const md = fs.readFileSync(path.join(dir, 'comment.md'), 'utf8');
      expect(analyse(renderGfm(md)).text).toContain('Graded 2026-12-02 21:40 UTC');
      // A second publish (another folder) keeps the time the first one gave.
      await publish(r, tmpDir(), {}, {}, () => new Date('2030-01-01T00:00:00Z'));
      expect(r.gradedAt).toBe('2026-12-02T21:40:05.000Z');
    } finally {
      if (saved !== undefined) process.env['GITHUB_STEP_SUMMARY'] = saved;
    }
  });
});

describe('due date', () => {
  it("is in the lab's row of the table, and the late line in its details", () => {
    const md = renderMarkdown(report([lab({ late: LATE }), lab({ id: '04-x', title: 'Second lab' })]));
    const rows = md.split('\n').filter((l) => l.startsWith('| 0'));
    const cells = (row: string) => analyse(renderGfm(`| a | b | c | d |\n|---|---|---|---|\n${row}`)).text;
    expect(cells(rows[0]!)).toContain('🟡 partial · due 2027-01-16 04:59 UTC');
    expect(rows[0]).toContain('(late −3)');
    expect(rows[1]).not.toContain('due');
    expect(analyse(renderGfm(md)).text).toContain(
      '🕒 Due 2027-01-16 04:59 UTC; submitted 2027-01-17 10:00 UTC, 2 days late: −10% (−3 points).',
    );
  });
});

describe('synthesized', () => {
  const synth = { template: 'labs/03-cfn/cdk.out/Web.template.json', stack: 'Web' };

  it('says which template and stack a lab was graded from, when the grader synthesized it', () => {
    const md = renderMarkdown(report([lab({ synthesized: { ...synth, by: 'grader' } })]));
    expect(md).toContain(
      'Graded from the template your CDK app synthesized (`labs/03-cfn/cdk.out/Web.template.json`, stack `Web`).',
    );
    const pretty = renderPretty(report([lab({ synthesized: { ...synth, by: 'grader' } })]), { color: false });
    expect(pretty).toContain(
      "  Graded from the template your CDK app synthesized ('labs/03-cfn/cdk.out/Web.template.json', stack 'Web').",
    );
  });

  it("says the trusted grader graded the PR run's template as data, when it came from the artifact", () => {
    const md = renderMarkdown(report([lab({ synthesized: { ...synth, by: 'artifact' } })]));
    expect(md).toContain(
      "Graded from the template your CDK app synthesized in this pull request's own run (`labs/03-cfn/cdk.out/Web.template.json`, stack `Web`); the trusted grader graded that template itself, as data.",
    );
  });

  it('is absent for a hand-written template', () => {
    expect(renderMarkdown(report([lab()]))).not.toContain('synthesized');
    expect(renderPretty(report([lab()]), { color: false })).not.toContain('synthesized');
  });

  it('renders a hostile stack name and path as code, linking and mentioning nothing', () => {
    const hostile = {
      template: 'labs/03-cfn/cdk.out/`x` [a](https://evil.example) @octocat.template.json',
      stack: '</details><h1>x</h1> #12 `',
      by: 'grader' as const,
    };
    const md = renderMarkdown(report([lab({ synthesized: hostile })]));
    const a = analyse(renderGfm(md));
    expect(a.links.map((l) => l.href)).toEqual(['https://docs.aws.amazon.com/x']);
    expect(a.headings).toEqual(['Lab grade: 27 / 30 (90%) █████████░']);
    expect(a.github).toEqual([]);
    expect(a.codes).toContain(hostile.template);
    expect(a.codes).toContain(hostile.stack);
    const pretty = renderPretty(report([lab({ synthesized: { ...hostile, stack: 'W\u001b[2Jeb\r' } })]), {
      color: false,
    });
    expect(pretty).not.toContain('\u001b[2J');
    expect(pretty).not.toContain('\r');
  });
});
