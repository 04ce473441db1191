// The lab note (why a lab is not started) in the terminal and Markdown reports, and the terminal summary line,
// which counts findings of every severity so its parts add up to its total.
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../action/report/markdown.js';
import { renderPretty } from '../../../action/report/pretty.js';
import { validateReport } from '../../../action/report/validate.js';
import { gradeSubmission } from '../../../graders/engine/grade.js';
import { LABS, RULES } from '../../../graders/index.js';
import { REPO } from '../../helpers/tmp.js';
import type { Finding, LabReport, Report } from '../../../graders/engine/types.js';
import { PROCESS_TEST_TIMEOUT_MS } from '../../helpers/timeouts.js';

const finding = (severity: Finding['severity'], ruleId: string): Finding => ({
  file: 'labs/01-x/Dockerfile',
  line: 2,
  column: 1,
  severity,
  ruleId,
  message: `A ${severity} finding.`,
});

const NOTE =
  "Not started: 'labs/02-y/task-definition.json' is still the starter file, so nothing is graded yet. " +
  "Start with task 1 in 'labs/02-y/README.md'.";

const started: LabReport = {
  id: '01-x',
  title: 'Lab one',
  score: 5,
  maxScore: 30,
  status: 'partial',
  notices: [finding('warning', 'labgrade/ignored-file')],
  items: [
    {
      id: 'a',
      title: 'Item A',
      points: 30,
      earned: 5,
      status: 'partial',
      feedback: 'Do better.',
      docs: 'https://docs.aws.amazon.com/x',
      evidence: [],
      findings: [finding('error', 'DKR001'), finding('info', 'DKR013'), finding('info', 'DKR013')],
    },
  ],
};

const notStarted: LabReport = {
  id: '02-y',
  title: 'Lab two',
  score: 0,
  maxScore: 30,
  status: 'not-started',
  note: NOTE,
  notices: [],
  items: [
    {
      id: 'b',
      title: 'Item B',
      points: 30,
      earned: 0,
      status: 'skipped',
      feedback: "Not graded yet: 'labs/02-y/task-definition.json' is still the starter file.",
      docs: 'https://docs.aws.amazon.com/y',
      evidence: [],
      findings: [],
    },
  ],
};

const report = (labs: LabReport[]): Report => ({
  schemaVersion: 1,
  tool: { name: 'labgrade', version: '0.1.0', cfnLint: null },
  score: labs.reduce((s, l) => s + l.score, 0),
  maxScore: labs.reduce((s, l) => s + l.maxScore, 0),
  durationMs: 1,
  labs,
});

describe('terminal summary line', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  const last = (r: Report) => renderPretty(r, { color: false }).trimEnd().split('\n').at(-1);

  it('counts info findings, so errors, warnings and info add up to the total', () => {
    expect(last(report([started, notStarted]))).toBe(
      '✖ 5/60 (8%) · 4 findings (1 error, 1 warning, 2 info) · 0/2 labs complete',
    );
  });

  it('reads naturally for a single finding of each kind and for none', () => {
    const one = structuredClone(started);
    one.notices = [];
    one.items[0]!.findings = [finding('info', 'DKR013')];
    expect(last(report([one]))).toBe(
      '✖ 5/30 (17%) · 1 finding (0 errors, 0 warnings, 1 info) · 0/1 labs complete',
    );
    expect(last(report([notStarted]))).toBe(
      '✖ 0/30 (0%) · 0 findings (0 errors, 0 warnings, 0 info) · 0/1 labs complete',
    );
  });
});

describe('the lab note', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('is shown under a not-started lab in the terminal, in place of the generic advice', () => {
    const out = renderPretty(report([notStarted]), { color: false });
    expect(out).toContain(`Lab two (02-y)  0/30\n  ${NOTE}\n`);
    expect(out).not.toContain('add your files under');
  });

  it('falls back to the generic advice for a report without a note', () => {
    const old: LabReport = { ...notStarted };
    delete old.note;
    const out = renderPretty(report([old]), { color: false });
    expect(out).toContain('  not started: add your files under labs/02-y/');
  });

  it('is a paragraph of the lab section in Markdown, through the sanitizer', () => {
    const md = renderMarkdown(report([notStarted]));
    const section = md.slice(md.indexOf('<details>'));
    // Paths are linkish (they hold '.' and '/'), so the sanitizer puts them in code spans.
    expect(section).toContain(
      "Not started: '`labs/02-y/task-definition.json`' is still the starter file, so nothing is graded yet. " +
        "Start with task 1 in '`labs/02-y/README.md`'.\n",
    );
    expect(section.indexOf('Not started:')).toBeLessThan(section.indexOf('| | Item |'));
  });

  it('cannot start a block or raw HTML when it carries hostile text', () => {
    const hostile = { ...notStarted, note: 'Line one\n# heading <img src=x onerror=alert(1)>\r\n| a | b |' };
    const md = renderMarkdown(report([hostile]));
    expect(md).not.toMatch(/^# heading/m);
    expect(md).not.toContain('<img');
    const out = renderPretty(report([hostile]), { color: false });
    expect(out).toContain('Line one\\n# heading');
    expect(out).not.toContain('\r');
  });

  it('is absent from labs without one', () => {
    const md = renderMarkdown(report([started]));
    expect(md).not.toContain('Not started');
  });
});

describe('the lab note in an artifact report', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('is accepted as the grader writes it, and capped like the other text', async () => {
    // The untouched course: every lab not started, each with a note.
    const graded = await gradeSubmission({ root: REPO, labs: LABS, rules: RULES, lint: false });
    const copy = () => JSON.parse(JSON.stringify(graded)) as Report;
    expect(copy().labs.every((l) => typeof l.note === 'string')).toBe(true);
    expect(validateReport(copy(), LABS).ok).toBe(true);

    const long = copy();
    long.labs[0]!.note = 'x'.repeat(2001);
    const v = validateReport(long, LABS);
    expect(v.ok).toBe(false);
    expect(!v.ok && v.errors[0]).toMatch(/^labs\[0\]\.note: /);

    const wrongType = copy() as unknown as { labs: { note: unknown }[] };
    wrongType.labs[0]!.note = 42;
    expect(validateReport(wrongType, LABS).ok).toBe(false);
  });
});
