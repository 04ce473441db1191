export const id = 71;
export const ids = [71];
export const modules = {

/***/ 2071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderClassHtml: () => (/* binding */ renderClassHtml)
});

// UNUSED EXPORTS: MARK_NAMES, MOST_MISSED_LIMIT, SECTIONS

// EXTERNAL MODULE: ./action/report/sanitize.ts
var sanitize = __webpack_require__(3769);
;// CONCATENATED MODULE: ./action/report/class-html-data.ts

/**
 * The distribution's bins, on the lab score as a whole percentage of the lab's points (rounded, as the heatmap
 * and the learner's own report show it): ten bins of ten points, and full marks on its own, since 100% and
 * 95% mean different things to a grader.
 */
const BIN_LABELS = [
    '0–9%',
    '10–19%',
    '20–29%',
    '30–39%',
    '40–49%',
    '50–59%',
    '60–69%',
    '70–79%',
    '80–89%',
    '90–99%',
    '100%',
];
/** The whole percentage a score is of its maximum, or null when the lab is worth nothing. */
function wholePercent(score, max) {
    if (!(max > 0))
        return null;
    return Math.min(100, Math.max(0, Math.round((score / max) * 100)));
}
/** The bin (index into BIN_LABELS) of a whole percentage. */
function binOf(pct) {
    return pct >= 100 ? 10 : Math.floor(pct / 10);
}
function graded(report) {
    return report.submissions.filter((s) => s.status === 'graded' && s.report !== null);
}
function labOf(s, labId) {
    return s.report?.labs.find((l) => l.id === labId);
}
function median(sorted) {
    if (sorted.length === 0)
        return null;
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
/** Per lab, in course order: how the graded submissions' scores spread over the bins. */
function distributions(report) {
    const subs = graded(report);
    return report.labs.map((lab) => {
        const bins = BIN_LABELS.map(() => 0);
        const scores = [];
        for (const s of subs) {
            const l = labOf(s, lab.id);
            if (!l)
                continue;
            const pct = wholePercent(l.score, l.maxScore);
            if (pct === null)
                continue;
            bins[binOf(pct)]++;
            scores.push(l.score);
        }
        scores.sort((a, b) => a - b);
        return {
            labId: lab.id,
            graded: scores.length,
            bins,
            mean: scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length,
            median: median(scores),
            min: scores[0] ?? null,
            max: scores.at(-1) ?? null,
        };
    });
}
/** One cell per submission and lab, rows in the class report's order, columns in course order. */
function heatmapCells(report) {
    return report.submissions.flatMap((s) => report.labs.map((lab) => {
        const base = { submissionId: s.id, labId: lab.id, daysLate: 0 };
        if (s.status === 'error' || s.report === null)
            return { ...base, kind: 'error', ratio: null, score: null, maxScore: null };
        const l = labOf(s, lab.id);
        if (!l)
            return { ...base, kind: 'missing', ratio: null, score: null, maxScore: null };
        const daysLate = l.late?.daysLate ?? 0;
        const nums = { score: l.score, maxScore: l.maxScore, daysLate };
        if (!(l.maxScore > 0))
            return { ...base, ...nums, kind: 'no-points', ratio: null };
        const ratio = Math.min(1, l.score / l.maxScore);
        return { ...base, ...nums, kind: l.status === 'not-started' ? 'not-started' : 'score', ratio };
    }));
}
/** Item statuses that count as missed: the learner's work was graded and lost points. */
const MISSED = new Set(['failed', 'partial']);
/** Item statuses that count as graded for an item (skipped, not-gradable and grader errors say nothing). */
const GRADED = new Set(['passed', 'partial', 'failed']);
/**
 * The rubric items the class missed most: counted over graded submissions, in labs they started (a lab left at
 * its starter files would otherwise put all its items on top), most missed first, then most points lost, then
 * course order.
 */
function mostMissed(report, limit = 10) {
    const byKey = new Map();
    const labOrder = new Map(report.labs.map((l, i) => [l.id, i]));
    let seen = 0;
    for (const s of graded(report)) {
        for (const lab of s.report.labs) {
            if (lab.status === 'not-started' || !labOrder.has(lab.id))
                continue;
            for (const item of lab.items) {
                if (!GRADED.has(item.status))
                    continue;
                // NUL cannot occur in a YAML or JSON key a rubric is written in, so the key is unambiguous.
                const key = `${lab.id}\u0000${item.id}`;
                let m = byKey.get(key);
                if (!m) {
                    m = {
                        labId: lab.id,
                        itemId: item.id,
                        title: item.title,
                        missed: 0,
                        graded: 0,
                        pointsLost: 0,
                        docs: null,
                        order: labOrder.get(lab.id) * 1e6 + seen++,
                    };
                    byKey.set(key, m);
                }
                m.graded++;
                if (MISSED.has(item.status)) {
                    m.missed++;
                    m.pointsLost += Math.max(0, item.points - item.earned);
                }
                m.docs ??= (0,sanitize/* safeUrl */.Pl)(item.docs);
            }
        }
    }
    return [...byKey.values()]
        .filter((m) => m.missed > 0)
        .sort((a, b) => b.missed - a.missed || b.pointsLost - a.pointsLost || a.order - b.order)
        .slice(0, limit)
        .map(({ order: _order, ...m }) => m);
}
/** Every lab handed in after its due date, by submission then course order. */
function lateRows(report) {
    return graded(report).flatMap((s) => report.labs.flatMap((lab) => {
        const late = labOf(s, lab.id)?.late;
        if (!late || late.daysLate <= 0)
            return [];
        return [
            {
                submissionId: s.id,
                labId: lab.id,
                due: late.due,
                submittedAt: late.submittedAt,
                daysLate: late.daysLate,
                penaltyPercent: late.penaltyPercent,
                deducted: late.deducted,
                pastCutoff: late.pastCutoff,
            },
        ];
    }));
}
/**
 * The flagged pairs, each once: a match between two submissions is recorded on both, and shown once, in the
 * order the class report first names it; a match with a reference solution is its own pair.
 */
function copyPairs(report) {
    const out = [];
    const seen = new Set();
    const labOrder = new Map(report.labs.map((l, i) => [l.id, i]));
    for (const s of report.submissions)
        for (const flag of s.flags)
            for (const m of flag.matches) {
                const b = m.kind === 'reference' ? null : m.with;
                const pair = b === null ? [s.id] : [s.id, b].sort();
                const key = JSON.stringify([flag.lab, m.kind, ...pair]);
                if (seen.has(key))
                    continue;
                seen.add(key);
                out.push({ labId: flag.lab, a: s.id, b });
            }
    // Stable: pairs of the same lab keep the order the report gave them.
    return out.sort((x, y) => (labOrder.get(x.labId) ?? 1e9) - (labOrder.get(y.labId) ?? 1e9));
}

;// CONCATENATED MODULE: ./action/report/class-html-charts.ts

/** The marks the page's tests count: each bar, and each heatmap cell (and its text). */
const MARK_NAMES = { bars: 'bars', cells: 'cells', cellText: 'celltext' };
/** The fill of cells with no score: a grey that is on no point of the colour scale. */
const NO_SCORE_FILL = '#d9d9d9';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const CONFIG = {
    font: FONT,
    view: { stroke: null },
    axis: { labelFontSize: 11, titleFontSize: 12 },
    header: { labelFontSize: 12, labelFontWeight: 'bold' },
};
/** Small multiples: one histogram per lab, the same bins and the same count axis, so labs compare at a glance. */
function distributionSpec(labs, bars) {
    const x = {
        field: 'bin',
        type: 'ordinal',
        scale: { domain: [...BIN_LABELS] },
        sort: null,
        axis: { title: 'Lab score (% of the lab’s points)', labelAngle: -60, labelFontSize: 9 },
    };
    const y = {
        field: 'n',
        type: 'quantitative',
        axis: { title: 'Submissions', tickMinStep: 1, format: 'd' },
    };
    return {
        description: 'Histogram of lab scores, one panel per lab: submissions per score band.',
        data: { values: bars.map((b) => ({ ...b })) },
        facet: { field: 'lab', type: 'nominal', sort: [...labs], title: null },
        columns: Math.min(4, Math.max(1, labs.length)),
        spec: {
            width: 230,
            height: 100,
            layer: [
                {
                    name: MARK_NAMES.bars,
                    mark: { type: 'bar', color: '#3b6ea5' },
                    encoding: { x, y, description: { field: 'label' } },
                },
                {
                    // The count above each bar: the height is never the only way to read it.
                    mark: { type: 'text', dy: -6, fontSize: 10 },
                    encoding: { x, y, text: { field: 'n' }, description: { field: 'label' } },
                },
            ],
        },
        config: CONFIG,
    };
}
/** Learners × labs: colour on a colour-blind-safe scale, and the percentage written in every cell. */
function heatmapSpec(rows, cols, cells) {
    const spec = {
        description: 'Heatmap of each submission’s score in each lab, as a percentage of the lab’s points.',
        data: { values: cells.map((c) => ({ ...c })) },
        width: { step: 48 },
        height: { step: 22 },
        encoding: {
            x: {
                field: 'col',
                type: 'nominal',
                // A scale domain, not a sort array: Vega-Lite compiles a sort array into one expression, which a class of a
                // thousand learners overflows; a domain is plain data.
                scale: { domain: [...cols] },
                sort: null,
                axis: { title: 'Lab', orient: 'top', labelAngle: -40, labelLimit: 0 },
            },
            y: {
                field: 'row',
                type: 'nominal',
                scale: { domain: [...rows] },
                sort: null,
                axis: { title: 'Submission', labelLimit: 0 },
            },
        },
        layer: [
            {
                name: MARK_NAMES.cells,
                // `invalid: null` keeps them: by default Vega-Lite drops marks whose encoded field is null.
                mark: { type: 'rect', stroke: 'white', strokeWidth: 1, invalid: null },
                encoding: {
                    color: {
                        // Cells without a score (errors, labs worth nothing) stay grey instead of being dropped.
                        condition: { test: 'datum.ratio === null', value: NO_SCORE_FILL },
                        field: 'ratio',
                        type: 'quantitative',
                        scale: { domain: [0, 1], scheme: 'viridis' },
                        legend: { title: 'Score (% of the lab)', format: '.0%', gradientLength: 160 },
                    },
                    description: { field: 'label' },
                },
            },
            {
                name: MARK_NAMES.cellText,
                mark: { type: 'text', fontSize: 10 },
                encoding: {
                    text: { field: 'text' },
                    color: { condition: { test: 'datum.dark', value: 'white' }, value: 'black' },
                    description: { field: 'label' },
                },
            },
        ],
        config: CONFIG,
    };
    return spec;
}
/** Data comes inline; a chart that tried to load anything would be a bug, so the loader refuses. */
const refuse = (what) => () => Promise.reject(new Error(`the HTML class report loads nothing, but a chart asked to load ${what}`));
/**
 * Compiles a Vega-Lite specification and renders it to an SVG element string for inline use in HTML5 (the
 * namespace declarations, which HTML does not need, are dropped, so the page holds no URL but its links).
 */
async function renderSvg(spec) {
    const [vegaLite, vega] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(972), __webpack_require__.e(994)]).then(__webpack_require__.bind(__webpack_require__, 994)), __webpack_require__.e(/* import() */ 972).then(__webpack_require__.bind(__webpack_require__, 3972))]);
    const compiled = vegaLite.compile(spec).spec;
    const view = new vega.View(vega.parse(compiled), {
        renderer: 'none',
        loader: {
            load: refuse('data'),
            sanitize: refuse('a URL'),
            http: refuse('a URL'),
            file: refuse('a file'),
        },
        logLevel: vega.Error,
    });
    try {
        const svg = await view.toSVG();
        return svg.replace(/^<svg\b[^>]*>/, (open) => open.replace(/\s+xmlns(?::\w+)?="[^"]*"/g, ''));
    }
    finally {
        view.finalize();
    }
}

// EXTERNAL MODULE: ./action/report/format.ts
var format = __webpack_require__(329);
;// CONCATENATED MODULE: ./action/report/class-html.ts




/** How many of the most-missed items the page lists. */
const MOST_MISSED_LIMIT = 10;
/** Longest submission id or error message shown before it is cut (the class report keeps them whole). */
const MAX_LABEL = 48;
const MAX_MESSAGE = 400;
/** The page's sections, in order: ids for the table of contents and for readers (and tests) to find them. */
const SECTIONS = {
    distribution: 'Score distribution per lab',
    heatmap: 'Scores by learner and lab',
    missed: 'Most-missed rubric items',
    late: 'Late submissions',
    copies: 'Copy flags',
    errors: 'Submissions that could not be graded',
};
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
function attr(value) {
    return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
/**
 * Text where markup cannot go (the `<title>`, which is plain text to the browser) or would only get in the way (the
 * report's own timestamps, `23:59`, which htmlText would put in `<code>` because GitHub could link it; a browser
 * links nothing): visible characters only (sanitize.ts's visibleText), then escaped.
 */
function plain(text) {
    return attr((0,sanitize/* visibleText */.Q6)(text));
}
/** A learner-controlled label for a chart: visible characters only, one line, cut to fit. */
function chartLabel(text, max = MAX_LABEL) {
    return (0,sanitize/* truncate */.xv)((0,sanitize/* visibleText */.Q6)(text), max);
}
/** Chart labels that stay distinct after cutting, so two long ids never share a heatmap row. */
function uniqueLabels(values) {
    const out = new Map();
    const used = new Set();
    for (const v of values) {
        let label = chartLabel(v);
        for (let n = 2; used.has(label); n++)
            label = `${chartLabel(v, MAX_LABEL - 4)} #${n}`;
        used.add(label);
        out.set(v, label);
    }
    return out;
}
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function cellText(c) {
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
            return `${wholePercent(c.score, c.maxScore)}%${c.daysLate > 0 ? '*' : ''}`;
    }
}
function cellLabel(c, row) {
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
            return `${where}: ${(0,format/* formatPoints */.Xf)(c.score)} of ${(0,format/* formatPoints */.Xf)(c.maxScore)} points (${wholePercent(c.score, c.maxScore)}%)${started}${late}`;
        }
    }
}
/** Viridis is dark below about the middle of the scale: light text there keeps the number readable. */
const darkCell = (c) => c.ratio !== null && c.ratio < 0.55;
function table(caption, head, rows, cls = '') {
    return [
        `<div class="scroll"><table${cls ? ` class="${attr(cls)}"` : ''}>`,
        `<caption>${caption}</caption>`,
        `<thead><tr>${head.join('')}</tr></thead>`,
        `<tbody>${rows.join('\n')}</tbody>`,
        '</table></div>',
    ].join('\n');
}
const th = (text, cls = '') => `<th scope="col"${cls ? ` class="${attr(cls)}"` : ''}>${text}</th>`;
const num = (text) => `<td class="num">${text}</td>`;
function section(id, body) {
    return [
        `<section id="${attr(id)}" aria-labelledby="${attr(`${id}-h`)}">`,
        `<h2 id="${attr(`${id}-h`)}">${SECTIONS[id]}</h2>`,
        ...body,
        '</section>',
    ].join('\n');
}
function labCell(report, labId) {
    const lab = report.labs.find((l) => l.id === labId);
    return `<code>${(0,sanitize/* htmlText */.js)(labId)}</code>${lab ? ` ${(0,sanitize/* htmlText */.js)(lab.title)}` : ''}`;
}
async function distributionSection(report) {
    const dists = distributions(report);
    const gradedCount = report.submissions.filter((s) => s.status === 'graded' && s.report).length;
    const labLabel = uniqueLabels(report.labs.map((l) => l.id));
    const bars = dists.flatMap((d) => d.bins.flatMap((n, i) => {
        if (n === 0)
            return [];
        const lab = labLabel.get(d.labId);
        const bin = BIN_LABELS[i];
        return [{ lab, bin, n, label: `Lab ${lab}: ${plural(n, 'submission')} scored ${bin}` }];
    }));
    const body = [
        `<p>How the ${plural(gradedCount, 'graded submission')} scored in each lab, as a percentage of the lab's points ` +
            `rounded to a whole number: one panel per lab, one bar per band of ten, full marks on their own. ` +
            `A lab left at its starter files scores 0%.</p>`,
    ];
    if (bars.length === 0) {
        body.push('<p class="note">No submission has a score yet, so there is nothing to chart.</p>');
    }
    else {
        const svg = await renderSvg(distributionSpec(report.labs.map((l) => labLabel.get(l.id)), bars));
        body.push(`<figure aria-labelledby="distribution-cap"><div class="chart" data-chart="distribution">${svg}</div>`, `<figcaption id="distribution-cap">Submissions per score band, per lab (${plural(bars.length, 'bar')}). ` +
            `The number above each bar is its count; the table below has the same numbers.</figcaption></figure>`);
    }
    const rows = dists.map((d) => `<tr><th scope="row">${labCell(report, d.labId)}</th>${num(String(d.graded))}` +
        [d.mean, d.median, d.min, d.max].map((v) => num(v === null ? '—' : (0,format/* formatPoints */.Xf)(v))).join('') +
        num((0,format/* formatPoints */.Xf)(report.labs.find((l) => l.id === d.labId).maxScore)) +
        d.bins.map((n) => num(String(n))).join('') +
        '</tr>');
    body.push('<details><summary>The same numbers as a table</summary>', table('Submissions per score band, per lab (scores in points)', [
        th('Lab'),
        th('Graded', 'num'),
        th('Mean', 'num'),
        th('Median', 'num'),
        th('Lowest', 'num'),
        th('Highest', 'num'),
        th('Max', 'num'),
        ...BIN_LABELS.map((b) => th(b, 'num')),
    ], rows, 'distribution'), '</details>');
    return section('distribution', body);
}
async function heatmapSection(report) {
    const cells = heatmapCells(report);
    const rowLabel = uniqueLabels(report.submissions.map((s) => s.id));
    const colLabel = uniqueLabels(report.labs.map((l) => l.id));
    const data = cells.map((c) => {
        const row = rowLabel.get(c.submissionId);
        return {
            row,
            col: colLabel.get(c.labId),
            ratio: c.ratio,
            text: cellText(c),
            dark: darkCell(c),
            label: cellLabel(c, row),
        };
    });
    const body = [
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
    }
    else {
        const svg = await renderSvg(heatmapSpec(report.submissions.map((s) => rowLabel.get(s.id)), report.labs.map((l) => colLabel.get(l.id)), data));
        body.push(`<figure aria-labelledby="heatmap-cap"><div class="chart" data-chart="heatmap">${svg}</div>`, `<figcaption id="heatmap-cap">Scores by submission and lab ` +
            `(${report.submissions.length} × ${report.labs.length} cells); the table below has the points.` +
            `</figcaption></figure>`);
    }
    const byRow = new Map();
    for (const c of cells)
        byRow.set(c.submissionId, [...(byRow.get(c.submissionId) ?? []), c]);
    const rows = report.submissions.map((s) => {
        const id = `<th scope="row"><code>${(0,sanitize/* htmlText */.js)(s.id)}</code></th>`;
        if (s.status === 'error' || !s.report) {
            const why = (0,sanitize/* htmlText */.js)((0,sanitize/* truncate */.xv)(s.error ?? 'no report', MAX_MESSAGE));
            return `<tr class="error">${id}<td>error</td><td colspan="${report.labs.length + 1}">${why}</td></tr>`;
        }
        const labCells = (byRow.get(s.id) ?? []).map((c) => {
            if (c.score === null || c.maxScore === null)
                return num(cellText(c));
            const marks = `${c.kind === 'not-started' ? ' n/s' : ''}${c.daysLate > 0 ? ' *' : ''}`;
            return num(`${(0,format/* formatPoints */.Xf)(c.score)}/${(0,format/* formatPoints */.Xf)(c.maxScore)}${marks}`);
        });
        const total = `${(0,format/* formatPoints */.Xf)(s.report.score)}/${(0,format/* formatPoints */.Xf)(s.report.maxScore)}`;
        return `<tr>${id}<td>graded</td>${labCells.join('')}${num(total)}</tr>`;
    });
    body.push('<details><summary>The same numbers as a table (points)</summary>', table('Points per submission and lab', [
        th('Submission'),
        th('Status'),
        ...report.labs.map((l) => th(`<code>${(0,sanitize/* htmlText */.js)(l.id)}</code>`, 'num')),
        th('Total', 'num'),
    ], rows, 'heatmap'), '</details>');
    return section('heatmap', body);
}
/** A docs link's text: its host, so the reader knows where it goes (`docs.aws.amazon.com docs`). */
function linkText(url) {
    try {
        return `${new URL(url).hostname} docs`;
    }
    catch {
        // safeUrl checks characters, not the URL grammar: an odd host still gets a link, with plain text.
        return 'docs';
    }
}
function missedSection(report) {
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
        return (`<tr>${num(String(i + 1))}<td>${labCell(report, m.labId)}</td>` +
            `<th scope="row">${(0,sanitize/* htmlText */.js)(m.title)} <code>${(0,sanitize/* htmlText */.js)(m.itemId)}</code></th>` +
            `${num(`${m.missed} of ${m.graded}`)}${num((0,format/* formatPoints */.Xf)(m.pointsLost))}<td>${docs}</td></tr>`);
    });
    body.push(table(`The ${plural(items.length, 'most-missed rubric item')}`, [th('#', 'num'), th('Lab'), th('Item'), th('Missed by', 'num'), th('Points lost', 'num'), th('Docs')], rows, 'missed'));
    return section('missed', body);
}
function lateSection(report) {
    const late = lateRows(report);
    const body = [];
    if (late.length === 0) {
        body.push('<p class="note">No lab was submitted after its due date.</p>');
        return section('late', body);
    }
    const learners = new Set(late.map((r) => r.submissionId)).size;
    body.push(`<p>${plural(late.length, 'lab')} from ${plural(learners, 'submission')} came in after the due date. ` +
        `Scores elsewhere in this report are already net of the penalty; past the cutoff a lab earns nothing.</p>`);
    const rows = late.map((r) => `<tr><th scope="row"><code>${(0,sanitize/* htmlText */.js)(r.submissionId)}</code></th><td>${labCell(report, r.labId)}</td>` +
        `<td>${plain((0,format/* formatInstant */.r4)(r.due))}</td><td>${plain((0,format/* formatInstant */.r4)(r.submittedAt))}</td>` +
        `${num(String(r.daysLate))}${num(`${(0,format/* formatPoints */.Xf)(r.penaltyPercent)}%`)}${num((0,format/* formatPoints */.Xf)(r.deducted))}` +
        `<td>${r.pastCutoff ? 'yes: earns 0' : 'no'}</td></tr>`);
    body.push(table('Late labs', [
        th('Submission'),
        th('Lab'),
        th('Due'),
        th('Submitted'),
        th('Days late', 'num'),
        th('Penalty', 'num'),
        th('Points deducted', 'num'),
        th('Past cutoff'),
    ], rows, 'late'));
    return section('late', body);
}
function copiesSection(report) {
    const pairs = copyPairs(report);
    const body = [
        `<p>Labs whose content, read as data (not whitespace or key order), equals a reference solution or another ` +
            `submission. A flag is a reason to look, not a verdict: a starter-sized lab can match by chance.</p>`,
    ];
    if (pairs.length === 0) {
        body.push('<p class="note">No lab was flagged.</p>');
        return section('copies', body);
    }
    const rows = pairs.map((p) => `<tr><td>${labCell(report, p.labId)}</td><th scope="row"><code>${(0,sanitize/* htmlText */.js)(p.a)}</code></th>` +
        `<td>${p.b === null ? 'a reference solution' : `<code>${(0,sanitize/* htmlText */.js)(p.b)}</code>`}</td></tr>`);
    body.push(table(`${plural(pairs.length, 'matching pair')}`, [th('Lab'), th('Submission'), th('Matches')], rows, 'copies'));
    return section('copies', body);
}
function errorsSection(report) {
    const errors = report.submissions.filter((s) => s.status === 'error' || !s.report);
    if (errors.length === 0)
        return section('errors', ['<p class="note">Every submission was graded.</p>']);
    const rows = errors.map((s) => `<tr class="error"><th scope="row"><code>${(0,sanitize/* htmlText */.js)(s.id)}</code></th>` +
        `<td>${(0,sanitize/* htmlText */.js)((0,sanitize/* truncate */.xv)(s.error ?? 'no report', MAX_MESSAGE))}</td></tr>`);
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
async function renderClassHtml(report) {
    const graded = report.submissions.filter((s) => s.status === 'graded' && s.report).length;
    const when = plain((0,format/* formatInstant */.r4)(report.gradedAt));
    const title = `Class report: ${plural(report.submissions.length, 'submission')}, ` +
        `${plural(report.labs.length, 'lab')} (graded ${when})`;
    const tool = `${(0,sanitize/* htmlText */.js)(report.tool.name)} ${(0,sanitize/* htmlText */.js)(report.tool.version)}`;
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
            `${(0,format/* formatPoints */.Xf)(report.maxScore)} points in all; graded ${when} by ${tool}` +
            `${report.tool.cfnLint ? ` with cfn-lint ${(0,sanitize/* htmlText */.js)(report.tool.cfnLint)}` : ''}.</p>`,
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



/***/ })

};
