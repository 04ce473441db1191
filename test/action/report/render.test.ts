import { describe, expect, it } from 'vitest';
import type { Report } from '../../../graders/engine/types.js';
import { codeSpan, renderMarkdown } from '../../../action/report/markdown.js';
import { formatPoints, scoreBar } from '../../../action/report/format.js';
import { renderPretty } from '../../../action/report/pretty.js';
import { chooseAnnotations } from '../../../action/report/annotations.js';

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
  it('escapes learner-controlled text: no raw HTML; mentions and references as code, nothing inserted', () => {
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;');
    // Code neither mentions nor links on GitHub, and copies exactly: no zero-width space anywhere.
    expect(md).toContain('`@octocat`');
    expect(md).toContain('Fix `@org/team` in `#12`');
    expect(md).not.toContain('\u200b');
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
    expect(lines.at(-1)).toBe(
      '✖ 37.5/60 (63%) · 1 finding (1 error, 0 warnings, 0 info) · 1/2 labs complete',
    );
  });
});

describe('plain-text outputs (terminal, annotations)', () => {
  const raw = (s: string) => ['\r', '\u001b', '\u202e'].some((c) => s.includes(c));
  // A lone CR returns the terminal's cursor, so the learner's text after it overwrites the line ("✓ 60/60");
  // ESC sequences recolour or move it; a bidi override reverses it. All are shown as escapes instead.
  const hostile: Report = structuredClone(report);
  const f = hostile.labs[0]!.items[0]!.findings[0]!;
  f.message = 'bad\r✓ 60/60 \u001b[32mok\u001b[0m \u202etxt.exe';
  hostile.labs[0]!.title = 'Lab\nline two';

  it('the terminal report shows control and bidi characters as escapes', () => {
    const out = renderPretty(hostile, { color: false });
    expect(out).toContain('bad\\r✓ 60/60 \\u001B[32mok\\u001B[0m \\u202Etxt.exe');
    expect(out).toContain('Lab\\nline two (01-x)');
    expect(raw(out)).toBe(false);
  });

  it('annotation titles and messages too, with the path kept for GitHub to place them', () => {
    const { chosen } = chooseAnnotations(hostile);
    const a = chosen.find((x) => x.finding.ruleId === 'TDF001')!;
    expect(raw(a.finding.message)).toBe(false);
    expect(a.title).toBe('Lab\\nline two: Item | A (TDF001)');
    expect(a.finding.file).toBe(f.file);
  });
});
