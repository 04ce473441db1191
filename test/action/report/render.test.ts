import { describe, expect, it } from 'vitest';
import type { Report } from '../../../graders/engine/types.js';
import { codeSpan, defuse, renderMarkdown } from '../../../action/report/markdown.js';
import { formatPoints, scoreBar } from '../../../action/report/format.js';
import { renderPretty } from '../../../action/report/pretty.js';

const report: Report = {
  schemaVersion: 1,
  tool: { name: 'labgrade', version: '0.1.0', cfnLint: '1.51.0' },
  score: 37.5,
  maxScore: 60,
  durationMs: 5,
  labs: [
    {
      id: '01-x',
      title: 'Lab <one>',
      score: 7.5,
      maxScore: 30,
      status: 'partial',
      notices: [],
      items: [
        {
          id: 'a',
          title: 'Item | A',
          points: 10,
          earned: 7.5,
          status: 'partial',
          feedback: 'Fix @org/team in #12',
          docs: 'https://docs.aws.amazon.com/x',
          evidence: [],
          findings: [
            {
              file: 'labs/01-x/we`ird.json',
              line: 3,
              column: 1,
              severity: 'error',
              ruleId: 'TDF001',
              message: "Value '<script>alert(1)</script>' from @octocat is bad",
            },
          ],
        },
        {
          id: 'b',
          title: 'B',
          points: 20,
          earned: 0,
          status: 'grader-error',
          feedback: 'not your fault',
          docs: 'https://docs.aws.amazon.com/y',
          evidence: [],
          findings: [],
        },
      ],
    },
    { id: '02-y', title: 'Lab two', score: 30, maxScore: 30, status: 'passed', notices: [], items: [] },
  ],
};

describe('markdown', () => {
  const md = renderMarkdown(report);
  it('escapes learner-controlled text: no raw HTML, no pings, no references', () => {
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;');
    expect(md).not.toMatch(/@octocat|@org\/team/);
    expect(md).toContain('@\u200boctocat');
    expect(md).toContain('#\u200b12');
    expect(md).toContain('Item \\| A');
    expect(md).toContain('Lab &lt;one&gt;');
  });
  it('puts paths in code spans that backticks cannot break', () => {
    expect(md).toContain('``labs/01-x/we`ird.json:3:1``');
    expect(codeSpan('`a`')).toBe('`` `a` ``');
  });
  it('shows the total and a table row per lab', () => {
    expect(md).toMatch(/^### Lab grade: \*\*37\.5 \/ 60\*\* \(63%\)/);
    expect(md).toContain('| 02 · Lab two | 30/30 |');
  });
  it('defuse leaves other text alone', () => {
    expect(defuse('a@b #x #1')).toBe('a@\u200bb #x #\u200b1');
  });
});

describe('format', () => {
  it('rounds only for display', () => {
    expect(formatPoints(10 / 3)).toBe('3.3');
    expect(formatPoints(7.5)).toBe('7.5');
    expect(formatPoints(30)).toBe('30');
    expect(scoreBar(15, 30)).toBe('█████░░░░░');
    expect(scoreBar(0, 0)).toBe('░░░░░░░░░░');
  });
});

describe('pretty', () => {
  it('puts the total first and last, and lists unfinished items with their findings', () => {
    const out = renderPretty(report, { color: false });
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('labgrade  37.5/60 (63%)');
    expect(out).toContain(
      "labs/01-x/we`ird.json:3:1  error    Value '<script>alert(1)</script>' from @octocat is bad  TDF001",
    );
    expect(out).toContain('  ⚠ B  0/20  b');
    expect(lines.at(-1)).toBe('✖ 37.5/60 (63%) · 1 finding (1 error, 0 warnings) · 1/2 labs complete');
  });
});
