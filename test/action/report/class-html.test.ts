// The HTML class report, opened in headless Chromium: built from real grading of the fixtures (the reference
// solutions, the naive submission and the untouched starters, as three learners), plus a submission that could not
// be graded and a pair of copy flags. The page must draw its charts (counted in the DOM), name its rows and columns,
// list the late labs, the copies and the most-missed items with their docs links, and load nothing at all.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ClassReportSchema,
  type ClassReport,
  type SubmissionEntry,
} from '../../../action/batch/class-report.js';
import { MARK_NAMES, renderClassHtml } from '../../../action/report/class-html.js';
import { BIN_LABELS, copyPairs, mostMissed } from '../../../action/report/class-html-data.js';
import { applyCourse, defaultCourse, type CourseConfig } from '../../../graders/engine/course.js';
import { gradeSubmissions } from '../../../graders/engine/grade.js';
import type { ItemReport, LabReport, Report } from '../../../graders/engine/report.js';
import { LABS, RULES } from '../../../graders/index.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON, tmpDir } from '../../helpers/tmp.js';
import { CFN_LINT_TEST_TIMEOUT_MS, PROCESS_TEST_TIMEOUT_MS } from '../../helpers/timeouts.js';

const CHROMIUM = process.env['LABGRADE_CHROMIUM'] ?? '/usr/bin/chromium';
const HAS_CHROMIUM = fs.existsSync(CHROMIUM);
const CHROMIUM_SKIP_REASON = `needs Chromium at '${CHROMIUM}' (Debian: apt-get install -y chromium; CI installs it)`;

const DAY_MS = 24 * 60 * 60 * 1000;
const DUE = '2027-01-15T23:59:00Z';
/** An id that would be markup if anything put it in the page raw: it must show as text, never as an image. */
const HOSTILE_ID = 'error-<img src=x onerror=alert(1)>';
const ERROR_MESSAGE = "labs/ is not a folder in 'broken': <script>alert(1)</script>";

/**
 * The class: three real reports under a course whose first two labs have due dates and a late policy (10% a day,
 * 3 days' cutoff). The naive learner hands in 2 days and 1 second after the first due date: 3 days late there,
 * and 13 days late for the second lab, whose due date is 10 days earlier, so past the cutoff. The others are on
 * time. The naive submission and the starters are flagged as copies of each other in lab 3, and naive also of a
 * reference solution.
 */
async function buildClass(): Promise<ClassReport> {
  const roots = [path.join(REPO, 'test/fixtures/solutions'), path.join(REPO, 'test/fixtures/naive'), REPO];
  const reports = await gradeSubmissions(roots, { labs: LABS, rules: RULES, lint: false });
  const [l1, l2, l3] = [LABS[0]!.id, LABS[1]!.id, LABS[2]!.id];
  const course: CourseConfig = {
    ...defaultCourse(),
    late: { penaltyPerDay: 10, cutoffDays: 3 },
    lab: { [l1]: { due: DUE }, [l2]: { due: new Date(Date.parse(DUE) - 10 * DAY_MS).toISOString() } },
  };
  const onTime = new Date(Date.parse(DUE) - 11 * DAY_MS);
  const late = new Date(Date.parse(DUE) + 2 * DAY_MS + 1000);
  const [solutions, naive, starters] = [
    applyCourse(reports[0]!, course, onTime),
    applyCourse(reports[1]!, course, late),
    applyCourse(reports[2]!, course, onTime),
  ];
  const entry = (id: string, report: Report, flags: SubmissionEntry['flags'] = []): SubmissionEntry => ({
    id,
    path: `/class/${id}`,
    status: 'graded',
    report,
    flags,
    fingerprints: {},
  });
  const first = solutions!;
  return ClassReportSchema.parse({
    schemaVersion: 1,
    kind: 'labgrade-class',
    tool: first.tool,
    gradedAt: '2027-01-20T12:00:00Z',
    labs: first.labs.map((l) => ({ id: l.id, title: l.title, maxScore: l.maxScore })),
    maxScore: first.maxScore,
    submissions: [
      entry('solutions', solutions!),
      entry('naive', naive!, [
        {
          lab: l3,
          matches: [
            { kind: 'submission', with: 'starters' },
            { kind: 'reference', with: 'reference' },
          ],
        },
      ]),
      entry('starters', starters!, [{ lab: l3, matches: [{ kind: 'submission', with: 'naive' }] }]),
      {
        id: HOSTILE_ID,
        path: '/class/broken',
        status: 'error',
        error: ERROR_MESSAGE,
        report: null,
        flags: [],
        fingerprints: {},
      },
    ],
  } satisfies ClassReport);
}

/** The bars the distribution must draw: one per lab and score band that some graded submission falls in. */
function expectedBars(report: ClassReport): number {
  let bars = 0;
  for (const lab of report.labs) {
    const bands = new Set<number>();
    for (const s of report.submissions) {
      const l = s.report?.labs.find((x) => x.id === lab.id);
      if (!l || l.maxScore === 0) continue;
      const pct = Math.round((l.score / l.maxScore) * 100);
      bands.add(pct === 100 ? 10 : Math.floor(pct / 10));
    }
    bars += bands.size;
  }
  return bars;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const chartText = (page: Page, chart: string, selector: string) =>
  page.$$eval(`[data-chart="${chart}"] ${selector}`, (els) => els.map((e) => e.textContent ?? ''));

describe.skipIf(!HAS_CHROMIUM || !HAS_SOLUTIONS)('the HTML class report in headless Chromium', () => {
  let report: ClassReport;
  let html: string;
  let browser: Browser;
  let page: Page;
  let pageUrl: string;
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  // LABGRADE_CLASS_HTML_OUT keeps the page and its screenshot (CI can upload them); a temporary folder otherwise.
  const dir = process.env['LABGRADE_CLASS_HTML_OUT'] ?? tmpDir('labgrade-class-html-');

  beforeAll(async () => {
    report = await buildClass();
    html = await renderClassHtml(report);
    const file = path.join(dir, 'class-report.html');
    fs.writeFileSync(file, html);
    pageUrl = `file://${file}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      // Root in a container has no user namespace for Chromium's sandbox; the page is our own file.
      args: ['--no-sandbox'],
      timeout: PROCESS_TEST_TIMEOUT_MS,
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // Every request is recorded and refused, but the page itself: a self-contained page makes none.
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    await page.route('**/*', (route) =>
      route.request().url() === pageUrl ? route.continue() : route.abort('blockedbyclient'),
    );
    await page.goto(pageUrl, { waitUntil: 'load', timeout: PROCESS_TEST_TIMEOUT_MS });
  }, CFN_LINT_TEST_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
  }, PROCESS_TEST_TIMEOUT_MS);

  it(
    'renders, and the screenshot is a real picture of a long page',
    async () => {
      const png = await page.screenshot({ fullPage: true, path: path.join(dir, 'class-report.png') });
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      const { width, height } = pngSize(png);
      expect(width).toBe(1400);
      expect(height).toBeGreaterThan(1500);
      expect(png.length).toBeGreaterThan(50_000);
      expect(fs.statSync(path.join(dir, 'class-report.png')).size).toBe(png.length);
      expect(await page.title()).toBe(
        `Class report: 4 submissions, ${report.labs.length} labs (graded 2027-01-20 12:00 UTC)`,
      );
      expect(await page.getAttribute('html', 'lang')).toBe('en');
    },
    PROCESS_TEST_TIMEOUT_MS,
  );

  it(
    'loads nothing from the network and has no script, image, frame, stylesheet or font to load',
    async () => {
      expect(requests).toEqual([pageUrl]);
      expect(consoleErrors).toEqual([]);
      const loaders = await page.$$eval(
        'script, img, image, iframe, frame, object, embed, link, video, audio, source, use, [style*="url("]',
        (els) => els.map((e) => e.outerHTML.slice(0, 120)),
      );
      expect(loaders).toEqual([]);
      // Every URL in the page is a docs link's href: no attribute anywhere else holds one.
      const urlAttrs = await page.$$eval('*', (els) =>
        els.flatMap((e) =>
          [...e.attributes]
            .filter((a) => /https?:|\/\//i.test(a.value))
            .map((a) => `${e.tagName.toLowerCase()}[${a.name}]`),
        ),
      );
      expect(urlAttrs.length).toBeGreaterThan(0);
      expect(new Set(urlAttrs)).toEqual(new Set(['a[href]']));
      expect([...html.matchAll(/https?:\/\//g)].length).toBe(urlAttrs.length);
    },
    PROCESS_TEST_TIMEOUT_MS,
  );

  it(
    'draws one bar per lab and score band, each labelled with its count, and one panel per lab',
    async () => {
      const bars = await page.$$(`[data-chart="distribution"] g.${MARK_NAMES.bars}_marks > path`);
      const bars0 = expectedBars(report);
      expect(bars0).toBeGreaterThanOrEqual(report.labs.length);
      expect(bars).toHaveLength(bars0);
      // The bars' own accessible names say which lab, how many and which band.
      const names = await page.$$eval(
        `[data-chart="distribution"] g.${MARK_NAMES.bars}_marks > path`,
        (els) => els.map((e) => e.getAttribute('aria-label') ?? ''),
      );
      for (const n of names) expect(n).toMatch(/^Lab \S+: \d+ submissions? scored \d+(–\d+)?%$/);
      // Panel titles are the lab ids, in course order; the band axis names every band.
      const texts = await chartText(page, 'distribution', 'text');
      for (const lab of report.labs) expect(texts).toContain(lab.id);
      for (const band of BIN_LABELS) expect(texts).toContain(band);
      expect(texts).toContain('Submissions');
      // The table under the chart has a row per lab and the same counts.
      const rows = await page.$$eval('table.distribution tbody tr', (trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].slice(-11).map((td) => Number(td.textContent))),
      );
      expect(rows).toHaveLength(report.labs.length);
      expect(rows.flat().filter((n) => n > 0)).toHaveLength(bars0);
      expect(rows.flat().reduce((a, b) => a + b, 0)).toBe(3 * report.labs.length);
    },
    PROCESS_TEST_TIMEOUT_MS,
  );

  it(
    'draws a heatmap cell, with its number, for every learner and lab, the error row as such',
    async () => {
      const labs = report.labs.length;
      const cells = await page.$$(`[data-chart="heatmap"] g.${MARK_NAMES.cells}_marks > path`);
      expect(cells).toHaveLength(4 * labs);
      const cellTexts = await chartText(page, 'heatmap', `g.${MARK_NAMES.cellText}_marks > text`);
      expect(cellTexts).toHaveLength(4 * labs);
      // Rows in the class report's order: the last one is the submission that could not be graded.
      expect(cellTexts.slice(3 * labs)).toEqual(Array(labs).fill('error'));
      for (const t of cellTexts.slice(0, 3 * labs)) expect(t).toMatch(/^(\d{1,3}%\*?|n\/s)$/);
      // Each graded cell is its lab's percentage, starred when late, or n/s for a lab left at its starters.
      const expected = report.submissions
        .slice(0, 3)
        .flatMap((sub) =>
          sub.report!.labs.map((l) =>
            l.status === 'not-started'
              ? 'n/s'
              : `${Math.round((l.score / l.maxScore) * 100)}%${(l.late?.daysLate ?? 0) > 0 ? '*' : ''}`,
          ),
        );
      expect(cellTexts.slice(0, 3 * labs)).toEqual(expected);
      expect(cellTexts[labs]).toMatch(/^\d+%\*$/); // naive, lab 1: 3 days late
      expect(cellTexts.slice(2 * labs, 3 * labs)).toEqual(Array(labs).fill('n/s')); // the starters
      expect(cellTexts.slice(0, labs)).not.toContain('n/s'); // the solutions start every lab
      const axisLabels = await chartText(page, 'heatmap', 'g.role-axis-label > text');
      expect(axisLabels).toEqual(
        expect.arrayContaining([
          ...report.labs.map((l) => l.id),
          'solutions',
          'naive',
          'starters',
          HOSTILE_ID,
        ]),
      );
      expect(axisLabels).toHaveLength(labs + 4);
      const titles = await chartText(page, 'heatmap', 'g.role-axis-title > text');
      expect(titles.sort()).toEqual(['Lab', 'Submission']);
      expect(await chartText(page, 'heatmap', 'g.role-legend-title > text')).toEqual([
        'Score (% of the lab)',
      ]);
      // The error row reads as one in the table too, with its message as text.
      const errorRow = await page.$eval('table.heatmap tr.error', (tr) => tr.textContent ?? '');
      expect(errorRow).toContain(HOSTILE_ID);
      expect(errorRow).toContain('error');
      expect(errorRow).toContain(ERROR_MESSAGE);
      expect(await page.$$('table.heatmap tbody tr')).toHaveLength(4);
    },
    PROCESS_TEST_TIMEOUT_MS,
  );

  it(
    'lists the most-missed items with https docs links, the late labs and the copy pairs',
    async () => {
      const missed = await page.$$eval('table.missed tbody tr', (trs) =>
        trs.map((tr) => ({
          count: Number(/^\d+/.exec(tr.children[3]?.textContent ?? '')?.[0]),
          href: tr.querySelector('a')?.getAttribute('href') ?? null,
        })),
      );
      expect(missed.length).toBeGreaterThan(0);
      expect(missed.length).toBeLessThanOrEqual(10);
      // Most missed first; only naive misses items (the starters started no lab), so each count is 1.
      expect(missed.map((m) => m.count)).toEqual(missed.map(() => 1));
      for (const m of missed) expect(m.href).toMatch(/^https:\/\//);

      const late = await page.$$eval('table.late tbody tr', (trs) =>
        trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim())),
      );
      expect(late).toEqual([
        [
          'naive',
          expect.stringContaining(LABS[0]!.id),
          '2027-01-15 23:59 UTC',
          '2027-01-17 23:59 UTC',
          '3',
          expect.stringMatching(/^30%$/),
          expect.any(String),
          'no',
        ],
        [
          'naive',
          expect.stringContaining(LABS[1]!.id),
          '2027-01-05 23:59 UTC',
          '2027-01-17 23:59 UTC',
          '13',
          '100%',
          expect.any(String),
          'yes: earns 0',
        ],
      ]);

      const copies = await page.$$eval('table.copies tbody tr', (trs) =>
        trs.map((tr) => [...tr.children].slice(1).map((c) => c.textContent?.trim())),
      );
      expect(copies).toEqual([
        ['naive', 'starters'],
        ['naive', 'a reference solution'],
      ]);
      const headings = await page.$$eval('h1, h2', (hs) => hs.map((h) => h.textContent));
      expect(headings).toEqual([
        'Class report',
        'Score distribution per lab',
        'Scores by learner and lab',
        'Most-missed rubric items',
        'Late submissions',
        'Copy flags',
        'Submissions that could not be graded',
      ]);
    },
    PROCESS_TEST_TIMEOUT_MS,
  );
});

// Without a browser: what the page says, for a class built by hand, hostile where a learner controls the text.

const ATTACK = '<script>alert(1)</script><img src=x onerror=alert(1)>\u202e"\'&';

function item(id: string, status: ItemReport['status'], earned: number, docs: string): ItemReport {
  return {
    id,
    title: `Item ${id} ${ATTACK}`,
    points: 5,
    earned,
    status,
    feedback: '',
    docs,
    evidence: [],
    findings: [],
  };
}

function lab(id: string, items: ItemReport[], status: LabReport['status'] = 'partial'): LabReport {
  const score = items.reduce((a, i) => a + i.earned, 0);
  return { id, title: `Lab ${id}`, score, maxScore: 5 * items.length, status, notices: [], items };
}

function learner(id: string, labs: LabReport[], flags: SubmissionEntry['flags'] = []): SubmissionEntry {
  const report: Report = {
    schemaVersion: 1,
    tool: { name: 'labgrade', version: '0.1.0', cfnLint: null },
    score: labs.reduce((a, l) => a + l.score, 0),
    maxScore: labs.reduce((a, l) => a + l.maxScore, 0),
    labs,
    durationMs: 1,
  };
  return { id, path: `/class/${id}`, status: 'graded', report, flags, fingerprints: {} };
}

function handMadeClass(submissions: SubmissionEntry[]): ClassReport {
  return ClassReportSchema.parse({
    schemaVersion: 1,
    kind: 'labgrade-class',
    tool: { name: 'labgrade', version: '0.1.0', cfnLint: null },
    gradedAt: '2027-01-20T12:00:00Z',
    labs: [
      { id: 'l1', title: `Lab one ${ATTACK}`, maxScore: 60 },
      { id: 'l2', title: 'Lab two', maxScore: 10 },
    ],
    maxScore: 70,
    submissions,
  } satisfies ClassReport);
}

const DOCS = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/x.html';

describe('the HTML class report’s content', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('counts the most-missed items over started labs, most missed then most points lost, at most ten', () => {
    // l1 has fourteen items. Learner a misses them all (i9 partly: 2 of 5), b misses i3 and i9 (partly), c left
    // l1 at its starters: its failed items do not count.
    const l1 = (who: 'a' | 'b' | 'c') =>
      lab(
        'l1',
        Array.from({ length: 14 }, (_, k) => {
          if (k === 9 && who !== 'c') return item('i9', 'partial', 2, DOCS);
          const missed = who === 'b' ? k === 3 : true;
          return missed ? item(`i${k}`, 'failed', 0, DOCS) : item(`i${k}`, 'passed', 5, DOCS);
        }),
        who === 'c' ? 'not-started' : 'partial',
      );
    const report = handMadeClass([learner('a', [l1('a')]), learner('b', [l1('b')]), learner('c', [l1('c')])]);
    const top = mostMissed(report);
    expect(top).toHaveLength(10);
    // Missed by both: i3 (10 points lost), then i9 (3 + 3). Then those missed once (5 points each), in course order.
    expect(top.slice(0, 2).map((m) => [m.itemId, m.missed, m.graded, m.pointsLost])).toEqual([
      ['i3', 2, 2, 10],
      ['i9', 2, 2, 6],
    ]);
    expect(top.slice(2).map((m) => [m.itemId, m.missed, m.graded, m.pointsLost])).toEqual(
      ['i0', 'i1', 'i2', 'i4', 'i5', 'i6', 'i7', 'i8'].map((id) => [id, 1, 2, 5]),
    );
    expect(top.every((m) => m.docs === DOCS)).toBe(true);
  });

  it('links docs only when they are https URLs', () => {
    const report = handMadeClass([
      learner('a', [
        lab('l1', [
          item('https', 'failed', 0, DOCS),
          item('http', 'failed', 0, 'http://docs.aws.amazon.com/x.html'),
          item('js', 'failed', 0, 'javascript:alert(1)'),
          item('quote', 'failed', 0, 'https://x.example/"><script>'),
        ]),
      ]),
    ]);
    expect(Object.fromEntries(mostMissed(report).map((m) => [m.itemId, m.docs]))).toEqual({
      https: DOCS,
      http: null,
      js: null,
      quote: null,
    });
  });

  it('shows each copy pair once, whichever side recorded it', () => {
    const report = handMadeClass([
      learner('a', [], [{ lab: 'l2', matches: [{ kind: 'submission', with: 'b' }] }]),
      learner(
        'b',
        [],
        [
          { lab: 'l1', matches: [{ kind: 'reference', with: 'reference' }] },
          { lab: 'l2', matches: [{ kind: 'submission', with: 'a' }] },
        ],
      ),
    ]);
    expect(copyPairs(report)).toEqual([
      { labId: 'l1', a: 'b', b: null },
      { labId: 'l2', a: 'a', b: 'b' },
    ]);
  });

  it('puts no learner text in the page as markup, in the tables or in the charts', async () => {
    const report = handMadeClass([
      learner(
        `a${ATTACK}`,
        [lab('l1', [item('x', 'failed', 0, DOCS)]), lab('l2', [item('y', 'passed', 5, DOCS)])],
        [{ lab: 'l1', matches: [{ kind: 'submission', with: `b${ATTACK}` }] }],
      ),
      { ...learner(`b${ATTACK}`, []), status: 'error', report: null, error: `failed ${ATTACK}` },
    ]);
    const html = await renderClassHtml(report);
    expect(html).not.toMatch(/<script|<img|<iframe|javascript:/i);
    expect(html).not.toContain('\u202e');
    // Shown, escaped and with the hidden character made visible, in the tables and in the SVG.
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('\\u202E');
    expect(html).toContain(
      '<title>Class report: 2 submissions, 2 labs (graded 2027-01-20 12:00 UTC)</title>',
    );
    expect(html).toContain(`<a href="${DOCS}" rel="noreferrer">docs.aws.amazon.com docs</a>`);
  });

  it('renders a class with no submissions and says there is nothing to chart', async () => {
    const html = await renderClassHtml(handMadeClass([]));
    expect(html).not.toContain('<svg');
    expect(html).toContain('No submission has a score yet');
    expect(html).toContain('There are no submissions or no labs');
    expect(html).toContain('No rubric item was missed.');
    expect(html).toContain('Every submission was graded.');
  });

  it('loads the chart library only when it draws: no module imports vega or vega-lite statically', () => {
    for (const file of ['class-html.ts', 'class-html-charts.ts', 'class-html-data.ts']) {
      const src = fs.readFileSync(path.join(REPO, 'action/report', file), 'utf8');
      // `import type` is erased; `import('vega')` is the lazy load.
      expect(src).not.toMatch(/^import\s+(?!type\b)[^;]*from\s+'vega(-lite)?'/m);
    }
    const charts = fs.readFileSync(path.join(REPO, 'action/report/class-html-charts.ts'), 'utf8');
    expect(charts).toMatch(/import\('vega-lite'\)/);
  });
});

if (!HAS_CHROMIUM) it.skip(CHROMIUM_SKIP_REASON, () => {}, PROCESS_TEST_TIMEOUT_MS);
if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, PROCESS_TEST_TIMEOUT_MS);
