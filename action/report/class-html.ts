// The HTML class report (`labgrade batch --html FILE`): one self-contained page an instructor opens from the
// collect workflow's artifact. It is a pure rendering of the class report (action/batch/class-report.ts), like every
// other export, and it shows: the score distribution per lab, a heatmap of learners × labs, the most-missed rubric
// items with their docs links, late submissions, copy flags and the submissions that could not be graded.
//
// Self-contained and inert: the charts are SVG rendered here (class-html-charts.ts), the style is inline, and there
// is no script, font, image or stylesheet to fetch; a Content-Security-Policy says so to the browser as well, so even
// a renderer bug could not make the page load or run anything. The only URLs are the docs links, which sanitize.ts's
// safeUrl lets through (https only). Every learner-controlled string (ids, titles, paths, error messages) goes
// through sanitize.ts: htmlText in HTML, visibleText for chart labels (Vega escapes those as XML).
//
// Accessible: headings for each section, a table with the same numbers under each chart, numbers written in every
// heatmap cell so colour never carries a value alone, and an `aria-label` on every bar and cell.
import type { ClassReport } from '../batch/class-report.js';
import {
  MARK_NAMES,
  NO_SCORE_FILL,
  heatmapSpec,
  distributionSpec,
  renderSvg,
  type BarDatum,
  type CellDatum,
} from './class-html-charts.js';
import {
  BIN_LABELS,
  copyPairs,
  distributions,
  heatmapCells,
  lateRows,
  mostMissed,
  wholePercent,
  type HeatCell,
} from './class-html-data.js';
import { formatInstant, formatPoints } from './format.js';
import { htmlText, truncate, visibleText } from './sanitize.js';

/** How many of the most-missed items the page lists. */
export const MOST_MISSED_LIMIT = 10;

/** Longest submission id or error message shown before it is cut (the class report keeps them whole). */
const MAX_LABEL = 48;
const MAX_MESSAGE = 400;

/** The page's sections, in order: ids for the table of contents and for readers (and tests) to find them. */
export const SECTIONS = {
  distribution: 'Score distribution per lab',
  heatmap: 'Scores by learner and lab',
  missed: 'Most-missed rubric items',
  late: 'Late submissions',
  copies: 'Copy flags',
  errors: 'Submissions that could not be graded',
} as const;

/** Blocks everything but the page's own inline style: no script, no fetch, no image, no frame, no form. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const STYLE = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  margin: 0 auto; max-width: 78rem; padding: 1rem 1.5rem 3rem; color: #1b1b1b; background: #fff; line-height: 1.45; }
h1 { margin-bottom: 0.25rem; }
h2 { margin-top: 2.5rem; border-bottom: 1px solid #ccc; padding-bottom: 0.25rem; }
nav ul { padding-left: 1.2rem; }
figure { margin: 1rem 0; }
figcaption { font-size: 0.9rem; color: #444; margin-top: 0.5rem; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; margin: 0.75rem 0; font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.35rem; }
th, td { border: 1px solid #bbb; padding: 0.25rem 0.5rem; vertical-align: top; text-align: left; }
tbody th { font-weight: normal; }
thead th { background: #f0f0f0; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.error th, tr.error td { background: #fdecea; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.95em; }
details { margin: 0.5rem 0 1rem; }
summary { cursor: pointer; }
.note { color: #444; }
.legend-swatch { display: inline-block; width: 0.9em; height: 0.9em; vertical-align: -0.1em;
  border: 1px solid #888; margin-right: 0.25em; }
.legend-swatch.no-score { background: ${NO_SCORE_FILL}; }
`;

/** Values for attributes that the page itself makes (ids, numbers) or that safeUrl has checked: XML-escaped. */
function attr(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Text where markup cannot go (the `<title>`, which is plain text to the browser) or would only get in the way (the
 * report's own timestamps, `23:59`, which htmlText would put in `<code>` because GitHub could link it; a browser
 * links nothing): visible characters only (sanitize.ts's visibleText), then escaped.
 */
function plain(text: string): string {
  return attr(visibleText(text));
}

/** A learner-controlled label for a chart: visible characters only, one line, cut to fit. */
function chartLabel(text: string, max = MAX_LABEL): string {
  return truncate(visibleText(text), max);
}

/** Chart labels that stay distinct after cutting, so two long ids never share a heatmap row. */
function uniqueLabels(values: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const v of values) {
    let label = chartLabel(v);
    for (let n = 2; used.has(label); n++) label = `${chartLabel(v, MAX_LABEL - 4)} #${n}`;
    used.add(label);
    out.set(v, label);
  }
  return out;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function cellText(c: HeatCell): string {
  switch (c.kind) {
    case 'error':
      return 'error';
    case 'missing':
      return '—';
    case 'no-points':
      return 'n/a';
    case 'not-started':
      return 'n/s';
    case 'score':
      return `${wholePercent(c.score!, c.maxScore!)}%${c.daysLate > 0 ? '*' : ''}`;
  }
}

function cellLabel(c: HeatCell, row: string): string {
  const where = `${row}, lab ${c.labId}`;
  switch (c.kind) {
    case 'error':
      return `${where}: not graded (error)`;
    case 'missing':
      return `${where}: not in this submission's report`;
    case 'no-points':
      return `${where}: the lab is worth no points`;
    case 'not-started':
    case 'score': {
      const late = c.daysLate > 0 ? `, ${plural(c.daysLate, 'day')} late` : '';
      const started = c.kind === 'not-started' ? ', not started' : '';
      return `${where}: ${formatPoints(c.score!)} of ${formatPoints(c.maxScore!)} points (${wholePercent(c.score!, c.maxScore!)}%)${started}${late}`;
    }
  }
}

/** Viridis is dark below about the middle of the scale: light text there keeps the number readable. */
const darkCell = (c: HeatCell) => c.ratio !== null && c.ratio < 0.55;

function table(caption: string, head: string[], rows: string[], cls = ''): string {
  return [
    `<div class="scroll"><table${cls ? ` class="${attr(cls)}"` : ''}>`,
    `<caption>${caption}</caption>`,
    `<thead><tr>${head.join('')}</tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table></div>',
  ].join('\n');
}

const th = (text: string, cls = '') => `<th scope="col"${cls ? ` class="${attr(cls)}"` : ''}>${text}</th>`;
const num = (text: string) => `<td class="num">${text}</td>`;

function section(id: keyof typeof SECTIONS, body: string[]): string {
  return [
    `<section id="${attr(id)}" aria-labelledby="${attr(`${id}-h`)}">`,
    `<h2 id="${attr(`${id}-h`)}">${SECTIONS[id]}</h2>`,
    ...body,
    '</section>',
  ].join('\n');
}

function labCell(report: ClassReport, labId: string): string {
  const lab = report.labs.find((l) => l.id === labId);
  return `<code>${htmlText(labId)}</code>${lab ? ` ${htmlText(lab.title)}` : ''}`;
}

async function distributionSection(report: ClassReport): Promise<string> {
  const dists = distributions(report);
  const gradedCount = report.submissions.filter((s) => s.status === 'graded' && s.report).length;
  const labLabel = uniqueLabels(report.labs.map((l) => l.id));
  const bars: BarDatum[] = dists.flatMap((d) =>
    d.bins.flatMap((n, i) => {
      if (n === 0) return [];
      const lab = labLabel.get(d.labId)!;
      const bin = BIN_LABELS[i]!;
      return [{ lab, bin, n, label: `Lab ${lab}: ${plural(n, 'submission')} scored ${bin}` }];
    }),
  );
  const body: string[] = [
    `<p>How the ${plural(gradedCount, 'graded submission')} scored in each lab, as a percentage of the lab's points ` +
      `rounded to a whole number: one panel per lab, one bar per band of ten, full marks on their own. ` +
      `A lab left at its starter files scores 0%.</p>`,
  ];
  if (bars.length === 0) {
    body.push('<p class="note">No submission has a score yet, so there is nothing to chart.</p>');
  } else {
    const svg = await renderSvg(
      distributionSpec(
        report.labs.map((l) => labLabel.get(l.id)!),
        bars,
      ),
    );
    body.push(
      `<figure aria-labelledby="distribution-cap"><div class="chart" data-chart="distribution">${svg}</div>`,
      `<figcaption id="distribution-cap">Submissions per score band, per lab (${plural(bars.length, 'bar')}). ` +
        `The number above each bar is its count; the table below has the same numbers.</figcaption></figure>`,
    );
  }
  const rows = dists.map(
    (d) =>
      `<tr><th scope="row">${labCell(report, d.labId)}</th>${num(String(d.graded))}` +
      [d.mean, d.median, d.min, d.max].map((v) => num(v === null ? '—' : formatPoints(v))).join('') +
      num(formatPoints(report.labs.find((l) => l.id === d.labId)!.maxScore)) +
      d.bins.map((n) => num(String(n))).join('') +
      '</tr>',
  );
  body.push(
    '<details><summary>The same numbers as a table</summary>',
    table(
      'Submissions per score band, per lab (scores in points)',
      [
        th('Lab'),
        th('Graded', 'num'),
        th('Mean', 'num'),
        th('Median', 'num'),
        th('Lowest', 'num'),
        th('Highest', 'num'),
        th('Max', 'num'),
        ...BIN_LABELS.map((b) => th(b, 'num')),
      ],
      rows,
      'distribution',
    ),
    '</details>',
  );
  return section('distribution', body);
}

async function heatmapSection(report: ClassReport): Promise<string> {
  const cells = heatmapCells(report);
  const rowLabel = uniqueLabels(report.submissions.map((s) => s.id));
  const colLabel = uniqueLabels(report.labs.map((l) => l.id));
  const data: CellDatum[] = cells.map((c) => {
    const row = rowLabel.get(c.submissionId)!;
    return {
      row,
      col: colLabel.get(c.labId)!,
      ratio: c.ratio,
      text: cellText(c),
      dark: darkCell(c),
      label: cellLabel(c, row),
    };
  });
  const body: string[] = [
    `<p>One row per submission (${plural(report.submissions.length, 'row')}), one column per lab ` +
      `(${plural(report.labs.length, 'column')}). Each cell is the lab's score as a percentage of its points, ` +
      `written in the cell and shown by its colour, from dark (0%) to yellow (100%).</p>`,
    `<p class="note">Key: <b>*</b> submitted late (see <a href="#late">${SECTIONS.late}</a>); ` +
      `<b>n/s</b> not started (starter files, 0 points); <b>n/a</b> a lab worth no points; ` +
      `<span class="legend-swatch no-score"></span><b>error</b> the submission could not be ` +
      `graded (see <a href="#errors">${SECTIONS.errors}</a>).</p>`,
  ];
  if (data.length === 0) {
    body.push('<p class="note">There are no submissions or no labs, so there is nothing to chart.</p>');
  } else {
    const svg = await renderSvg(
      heatmapSpec(
        report.submissions.map((s) => rowLabel.get(s.id)!),
        report.labs.map((l) => colLabel.get(l.id)!),
        data,
      ),
    );
    body.push(
      `<figure aria-labelledby="heatmap-cap"><div class="chart" data-chart="heatmap">${svg}</div>`,
      `<figcaption id="heatmap-cap">Scores by submission and lab ` +
        `(${report.submissions.length} × ${report.labs.length} cells); the table below has the points.` +
        `</figcaption></figure>`,
    );
  }
  const byRow = new Map<string, HeatCell[]>();
  for (const c of cells) byRow.set(c.submissionId, [...(byRow.get(c.submissionId) ?? []), c]);
  const rows = report.submissions.map((s) => {
    const id = `<th scope="row"><code>${htmlText(s.id)}</code></th>`;
    if (s.status === 'error' || !s.report) {
      const why = htmlText(truncate(s.error ?? 'no report', MAX_MESSAGE));
      return `<tr class="error">${id}<td>error</td><td colspan="${report.labs.length + 1}">${why}</td></tr>`;
    }
    const labCells = (byRow.get(s.id) ?? []).map((c) => {
      if (c.score === null || c.maxScore === null) return num(cellText(c));
      const marks = `${c.kind === 'not-started' ? ' n/s' : ''}${c.daysLate > 0 ? ' *' : ''}`;
      return num(`${formatPoints(c.score)}/${formatPoints(c.maxScore)}${marks}`);
    });
    const total = `${formatPoints(s.report.score)}/${formatPoints(s.report.maxScore)}`;
    return `<tr>${id}<td>graded</td>${labCells.join('')}${num(total)}</tr>`;
  });
  body.push(
    '<details><summary>The same numbers as a table (points)</summary>',
    table(
      'Points per submission and lab',
      [
        th('Submission'),
        th('Status'),
        ...report.labs.map((l) => th(`<code>${htmlText(l.id)}</code>`, 'num')),
        th('Total', 'num'),
      ],
      rows,
      'heatmap',
    ),
    '</details>',
  );
  return section('heatmap', body);
}

/** A docs link's text: its host, so the reader knows where it goes (`docs.aws.amazon.com docs`). */
function linkText(url: string): string {
  try {
    return `${new URL(url).hostname} docs`;
  } catch {
    // safeUrl checks characters, not the URL grammar: an odd host still gets a link, with plain text.
    return 'docs';
  }
}

function missedSection(report: ClassReport): string {
  const items = mostMissed(report, MOST_MISSED_LIMIT);
  const body = [
    `<p>The rubric items that graded submissions failed or got partly, counted over the labs each submission ` +
      `started, most missed first (at most ${MOST_MISSED_LIMIT}). Reteaching these helps the most learners.</p>`,
  ];
  if (items.length === 0) {
    body.push('<p class="note">No rubric item was missed.</p>');
    return section('missed', body);
  }
  const rows = items.map((m, i) => {
    const docs = m.docs ? `<a href="${attr(m.docs)}" rel="noreferrer">${plain(linkText(m.docs))}</a>` : '—';
    return (
      `<tr>${num(String(i + 1))}<td>${labCell(report, m.labId)}</td>` +
      `<th scope="row">${htmlText(m.title)} <code>${htmlText(m.itemId)}</code></th>` +
      `${num(`${m.missed} of ${m.graded}`)}${num(formatPoints(m.pointsLost))}<td>${docs}</td></tr>`
    );
  });
  body.push(
    table(
      `The ${plural(items.length, 'most-missed rubric item')}`,
      [th('#', 'num'), th('Lab'), th('Item'), th('Missed by', 'num'), th('Points lost', 'num'), th('Docs')],
      rows,
      'missed',
    ),
  );
  return section('missed', body);
}

function lateSection(report: ClassReport): string {
  const late = lateRows(report);
  const body: string[] = [];
  if (late.length === 0) {
    body.push('<p class="note">No lab was submitted after its due date.</p>');
    return section('late', body);
  }
  const learners = new Set(late.map((r) => r.submissionId)).size;
  body.push(
    `<p>${plural(late.length, 'lab')} from ${plural(learners, 'submission')} came in after the due date. ` +
      `Scores elsewhere in this report are already net of the penalty; past the cutoff a lab earns nothing.</p>`,
  );
  const rows = late.map(
    (r) =>
      `<tr><th scope="row"><code>${htmlText(r.submissionId)}</code></th><td>${labCell(report, r.labId)}</td>` +
      `<td>${plain(formatInstant(r.due))}</td><td>${plain(formatInstant(r.submittedAt))}</td>` +
      `${num(String(r.daysLate))}${num(`${formatPoints(r.penaltyPercent)}%`)}${num(formatPoints(r.deducted))}` +
      `<td>${r.pastCutoff ? 'yes: earns 0' : 'no'}</td></tr>`,
  );
  body.push(
    table(
      'Late labs',
      [
        th('Submission'),
        th('Lab'),
        th('Due'),
        th('Submitted'),
        th('Days late', 'num'),
        th('Penalty', 'num'),
        th('Points deducted', 'num'),
        th('Past cutoff'),
      ],
      rows,
      'late',
    ),
  );
  return section('late', body);
}

function copiesSection(report: ClassReport): string {
  const pairs = copyPairs(report);
  const body = [
    `<p>Labs whose content, read as data (not whitespace or key order), equals a reference solution or another ` +
      `submission. A flag is a reason to look, not a verdict: a starter-sized lab can match by chance.</p>`,
  ];
  if (pairs.length === 0) {
    body.push('<p class="note">No lab was flagged.</p>');
    return section('copies', body);
  }
  const rows = pairs.map(
    (p) =>
      `<tr><td>${labCell(report, p.labId)}</td><th scope="row"><code>${htmlText(p.a)}</code></th>` +
      `<td>${p.b === null ? 'a reference solution' : `<code>${htmlText(p.b)}</code>`}</td></tr>`,
  );
  body.push(
    table(
      `${plural(pairs.length, 'matching pair')}`,
      [th('Lab'), th('Submission'), th('Matches')],
      rows,
      'copies',
    ),
  );
  return section('copies', body);
}

function errorsSection(report: ClassReport): string {
  const errors = report.submissions.filter((s) => s.status === 'error' || !s.report);
  if (errors.length === 0) return section('errors', ['<p class="note">Every submission was graded.</p>']);
  const rows = errors.map(
    (s) =>
      `<tr class="error"><th scope="row"><code>${htmlText(s.id)}</code></th>` +
      `<td>${htmlText(truncate(s.error ?? 'no report', MAX_MESSAGE))}</td></tr>`,
  );
  return section('errors', [
    `<p>${plural(errors.length, 'submission')} could not be graded; each row says why. They score nothing here ` +
      `and count in no chart but the heatmap, where their row reads <b>error</b>.</p>`,
    table('Submissions not graded', [th('Submission'), th('Error')], rows, 'errors'),
  ]);
}

/**
 * The class report as one self-contained HTML page. Async because the chart library is loaded on first use (a
 * dynamic import), which keeps Vega out of every other command.
 */
export async function renderClassHtml(report: ClassReport): Promise<string> {
  const graded = report.submissions.filter((s) => s.status === 'graded' && s.report).length;
  const when = plain(formatInstant(report.gradedAt));
  const title =
    `Class report: ${plural(report.submissions.length, 'submission')}, ` +
    `${plural(report.labs.length, 'lab')} (graded ${when})`;
  const tool = `${htmlText(report.tool.name)} ${htmlText(report.tool.version)}`;
  // Sequential: the two charts share one Vega instance, and the second render is cheap once it is loaded.
  const distribution = await distributionSection(report);
  const heatmap = await heatmapSection(report);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${attr(CSP)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${title}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    '<h1>Class report</h1>',
    `<p>${plural(report.submissions.length, 'submission')} (${graded} graded, ` +
      `${report.submissions.length - graded} not), ${plural(report.labs.length, 'lab')} worth ` +
      `${formatPoints(report.maxScore)} points in all; graded ${when} by ${tool}` +
      `${report.tool.cfnLint ? ` with cfn-lint ${htmlText(report.tool.cfnLint)}` : ''}.</p>`,
    '<nav aria-label="Sections"><ul>',
    ...Object.entries(SECTIONS).map(([id, name]) => `<li><a href="#${attr(id)}">${name}</a></li>`),
    '</ul></nav>',
    '</header>',
    '<main>',
    distribution,
    heatmap,
    missedSection(report),
    lateSection(report),
    copiesSection(report),
    errorsSection(report),
    '</main>',
    `<footer><p class="note">Generated by ${tool}. This page runs no script and loads nothing; ` +
      `only the docs links leave it.</p></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The names the page gives its chart marks, for tests and tools that read the SVG. */
export { MARK_NAMES };
