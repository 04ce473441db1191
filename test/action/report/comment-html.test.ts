// The real PR comment, rendered to HTML as GitHub would (markdown-it + linkify + GitHub's mention, reference,
// emoji and math passes; gfm.ts), for a report whose every learner-controlled field carries every attack of
// issue 9: the only headings, links and images in the HTML are the ones the renderer itself makes.
import { describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../../action/constants.js';
import type { Finding, Report } from '../../../graders/engine/types.js';
import { renderComment } from '../../../action/report/comment.js';
import { codeSpan, escapeCell } from '../../../action/report/markdown.js';
import { analyse, blockTypes, renderGfm } from './gfm.js';

/** Everything that used to get out: block starters after every kind of line break, links, mentions, HTML. */
const ATTACK = [
  'x\n# heading-lf',
  '\r## heading-cr',
  '\r\n### heading-crlf',
  '\u2028#### heading-ls \u2029##### heading-ps \u0085###### heading-nel',
  '\n\n![img](http://attacker.example/i.png) [link](http://attacker.example/l) <http://attacker.example/a>',
  'www.evil.com evil.com http://attacker.example/u ftp://attacker.example mailto:a@attacker.example a@attacker.example',
  '@org/team @octocat #12 o/r#3 GH-4 :tada: $x$',
  '\u202eevil\u202c \u2066iso\u2069 zero\u200bwidth',
  '<script>alert(1)</script> <img src=x onerror=alert(1)> &#10;# entity',
  '| a | b |\n|---|---|\n`tick` **bold** </details></summary>\n\n# after-details',
].join(' ');

const finding = (message: string, file = `labs/01-x/${ATTACK}`): Finding => ({
  file,
  line: 3,
  column: 1,
  severity: 'error',
  ruleId: `R${ATTACK}`,
  message,
});

const DOCS = 'https://docs.aws.amazon.com/ok.html';
const report: Report = {
  schemaVersion: 1,
  tool: { name: `labgrade ${ATTACK}`, version: ATTACK, cfnLint: ATTACK },
  score: 5,
  maxScore: 60,
  durationMs: 1,
  labs: [
    {
      id: '01-x',
      title: `Lab ${ATTACK}`,
      score: 5,
      maxScore: 30,
      status: 'partial',
      notices: [finding(`notice ${ATTACK}`)],
      items: [
        {
          id: 'a',
          title: `Item ${ATTACK}`,
          points: 10,
          earned: 5,
          status: 'partial',
          feedback: `Feedback ${ATTACK}`,
          docs: DOCS,
          evidence: [],
          findings: [
            finding(`Value '${ATTACK}' is bad`),
            finding('health check http://localhost:8080/health'),
          ],
        },
        {
          id: 'b',
          title: `Evil docs ${ATTACK}`,
          points: 20,
          earned: 0,
          status: 'failed',
          feedback: 'x',
          docs: 'https://x/)](http://attacker.example/docs',
          evidence: [],
          findings: [],
        },
      ],
    },
    { id: `x${ATTACK}`, title: ATTACK, score: 0, maxScore: 30, status: 'failed', notices: [], items: [] },
  ],
  deploy: {
    region: ATTACK,
    score: 0,
    maxScore: 10,
    durationMs: 1,
    labs: [
      {
        id: `01${ATTACK}`,
        stackName: `stack|${ATTACK}`,
        status: 'failed',
        estimate: null,
        items: [],
        leaks: [ATTACK],
      },
    ],
  },
};

const BLOB = 'https://github.com/o/r/blob/0123abc/';
const body = renderComment(report, {
  links: { serverUrl: 'https://github.com', repo: 'o/r', sha: '0123abc' },
  changedLabs: ['01-x'],
  // Banners are built by action/run/modes.ts with these same helpers (the tamper banner lists file names).
  banners: [`> [!WARNING]\n> Files: ${codeSpan(ATTACK)}, ${escapeCell(ATTACK)}`],
  summaryUrl: 'https://github.com/o/r/actions/runs/1',
});
const html = renderGfm(body);
const a = analyse(html);

describe('the PR comment rendered as GitHub would', () => {
  it('has only the renderer’s own headings', () => {
    expect(a.headings).toHaveLength(2);
    expect(a.headings[0]).toMatch(/^Lab grade: 5 \/ 60 \(8%\)/);
    expect(a.headings[1]).toMatch(/^Sandbox deploy \(x # heading-lf/);
    expect(html).not.toMatch(/<h[1-6]>[^<]*heading-/);
  });

  it('links only to the graded files, the rubric’s docs and nothing a learner wrote', () => {
    expect(a.links.length).toBeGreaterThan(0);
    for (const l of a.links) expect(l.href.startsWith(BLOB) || l.href === DOCS).toBe(true);
    // The renderer's own links are all still there: one per finding and notice, and the good docs link.
    const findings = report.labs[0]!.notices.length + report.labs[0]!.items[0]!.findings.length;
    expect(a.links.filter((l) => l.href.startsWith(BLOB))).toHaveLength(findings);
    expect(a.links.filter((l) => l.href === DOCS)).toHaveLength(1);
    expect(html).not.toContain('attacker.example/docs"');
  });

  it('has no image, no tag from the report, no mention, reference, emoji or math', () => {
    expect(a.images).toEqual([]);
    expect(a.otherTags).toEqual([]);
    expect(a.github).toEqual([]);
  });

  it('keeps the tables, details and banner whole', () => {
    const types = blockTypes(body);
    // Lab table, each lab's item table, the deploy table.
    expect(types.filter((t) => t === 'table_open')).toHaveLength(4);
    // Header + 2 labs; header + 2 items; header only (no items); header + 1 deploy lab.
    expect(types.filter((t) => t === 'tr_open')).toHaveLength(3 + 3 + 1 + 2);
    expect(types.filter((t) => t === 'blockquote_open')).toHaveLength(2); // banner, notice
    expect(html.match(/<details/g)).toHaveLength(2);
    expect(html.match(/<\/details>/g)).toHaveLength(2);
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
  });

  it('shows the learner text, with hidden characters as escapes and nothing inserted', () => {
    expect(body).not.toMatch(/[\r\u2028\u2029\u0085\u202a-\u202e\u2066-\u2069\u200b]/);
    expect(a.text).toContain('\\u202Eevil\\u202C');
    expect(a.codes).toContain('@org/team');
    expect(a.codes).toContain('www.evil.com');
    expect(a.codes).toContain('http://localhost:8080/health');
    expect(a.text).toContain('<script>alert(1)</script>');
  });
});
