// The HTML class report's two charts, as Vega-Lite specifications compiled and rendered to SVG in Node: the page
// carries the SVG inline and no script, so it opens anywhere (an artifact download, a file:// URL, an e-mail
// attachment) and can fetch nothing. Vega and Vega-Lite are loaded here, lazily, so `labgrade grade` and the action
// never load them; only writing an HTML class report does.
//
// Every value a chart shows (submission ids, lab ids) arrives here already made visible by sanitize.ts (the caller
// passes display labels); Vega's SVG renderer escapes text and attribute values as XML.
import type { TopLevelSpec } from 'vega-lite';
import { BIN_LABELS } from './class-html-data.js';

/** One bar of the distribution: how many submissions scored in one bin of one lab (only non-empty bins). */
export interface BarDatum {
  lab: string;
  bin: (typeof BIN_LABELS)[number];
  n: number;
  /** What a screen reader says for the bar. */
  label: string;
}

/** One heatmap cell. */
export interface CellDatum {
  row: string;
  col: string;
  /** Position on the colour scale (score ÷ maxScore), or null for a cell without a score (grey). */
  ratio: number | null;
  /** The cell's text: the percentage, or what stands in for it (`error`, `n/s`, `n/a`). */
  text: string;
  /** Whether the cell's fill is dark enough to need light text. */
  dark: boolean;
  label: string;
}

/** The marks the page's tests count: each bar, and each heatmap cell (and its text). */
export const MARK_NAMES = { bars: 'bars', cells: 'cells', cellText: 'celltext' } as const;

/** The fill of cells with no score: a grey that is on no point of the colour scale. */
export const NO_SCORE_FILL = '#d9d9d9';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const CONFIG = {
  font: FONT,
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 12 },
  header: { labelFontSize: 12, labelFontWeight: 'bold' },
} as const;

/** Small multiples: one histogram per lab, the same bins and the same count axis, so labs compare at a glance. */
export function distributionSpec(labs: readonly string[], bars: readonly BarDatum[]): TopLevelSpec {
  const x = {
    field: 'bin',
    type: 'ordinal' as const,
    scale: { domain: [...BIN_LABELS] },
    sort: null,
    axis: { title: 'Lab score (% of the lab’s points)', labelAngle: -60, labelFontSize: 9 },
  };
  const y = {
    field: 'n',
    type: 'quantitative' as const,
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
export function heatmapSpec(rows: readonly string[], cols: readonly string[], cells: readonly CellDatum[]) {
  const spec: TopLevelSpec = {
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
const refuse = (what: string) => () =>
  Promise.reject(new Error(`the HTML class report loads nothing, but a chart asked to load ${what}`));

/**
 * Compiles a Vega-Lite specification and renders it to an SVG element string for inline use in HTML5 (the
 * namespace declarations, which HTML does not need, are dropped, so the page holds no URL but its links).
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const [vegaLite, vega] = await Promise.all([import('vega-lite'), import('vega')]);
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
  } finally {
    view.finalize();
  }
}
