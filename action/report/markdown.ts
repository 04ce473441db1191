// Markdown renderings of the report: the PR comment, the job summary and `labgrade --format markdown`
// are all this one renderer with different options. Every piece of text that comes from a report (titles,
// feedback, messages quoting learner values, paths, ids, tool names) goes through sanitize.ts, chosen by
// where it lands: prose (mdText/cellText), code (codeSpan/cellCode) or raw HTML (htmlText). Nothing here
// escapes on its own.
import type { Finding, ItemReport, LabReport, LabStatus, Report } from '../../graders/engine/types.js';
import {
  FEEDBACK_NOTE,
  STATUS_SYMBOL,
  dueLabel,
  formatPoints,
  gradedLine,
  labNumber,
  lateLine,
  percent,
  scoreBar,
  synthesizedLine,
  visibleReport,
} from './format.js';
import { cellCode, cellText, codeSpan, htmlText, mdText, safeUrl, truncate } from './sanitize.js';

// Kept for callers written before sanitize.ts (action/run/modes.ts builds its banners with these).
// `codeSpan` is exact outside tables only; in a table cell use `cellCode`, or a `|` in the text splits the cell.
export { codeSpan } from './sanitize.js';
/** Prose, safe in a table cell and anywhere else inline (outside tables a `|` inside code shows as `\|`). */
export const escapeCell = cellText;

/** Lab statuses, and the row of a lab this run did not grade. */
const STATUS_EMOJI: Readonly<Record<LabStatus | 'not-graded', string>> = {
  passed: '✅',
  partial: '🟡',
  failed: '❌',
  'not-gradable': '⚠️',
  'grader-error': '🛠️',
  'not-started': '⬜',
  'not-graded': '➖',
};

export interface MarkdownOptions {
  /** Link findings to `${serverUrl}/${repo}/blob/${sha}/${path}#L${line}`. */
  links?: { serverUrl: string; repo: string; sha: string };
  /** Labs changed in the PR: listed first and marked. */
  changedLabs?: readonly string[];
  /** Every lab of the course, so labs not graded in this run still appear in the table. */
  course?: readonly { id: string; title: string }[];
  /** Pre-rendered Markdown blocks shown under the headline (tamper and trust notices). */
  banners?: readonly string[];
  /** Findings listed per item; the rest are counted. */
  maxFindingsPerItem?: number;
  /** Which labs get a collapsible details section. */
  labDetails?: 'all' | 'changed' | 'none';
  /** Item feedback longer than this is cut (default 400 characters): the comment's last resort before the table. */
  maxFeedbackChars?: number;
  /** Which detailed labs list their findings (default all): the comment keeps the changed labs' longest. */
  findingsFor?: 'all' | 'changed';
  /** Extra footer text (Markdown, trusted). */
  footer?: string;
  /** Prepended verbatim (the comment marker). */
  marker?: string;
}

export function renderMarkdown(full: Report, opts: MarkdownOptions = {}): string {
  const report = visibleReport(full);
  const out: string[] = [];
  if (opts.marker) out.push(opts.marker);
  out.push(
    `### Lab grade: **${formatPoints(report.score)} / ${report.maxScore}** (${percent(report.score, report.maxScore)}) \`${scoreBar(report.score, report.maxScore)}\``,
  );
  out.push('');
  const graded = gradedLine(report);
  if (graded !== undefined) out.push(`${mdText(graded)}`, '');
  for (const b of opts.banners ?? []) out.push(b, '');
  const changed = new Set(opts.changedLabs ?? []);
  const byId = new Map(report.labs.map((l) => [l.id, l]));
  const course = opts.course ?? report.labs.map((l) => ({ id: l.id, title: l.title }));
  const order = [...course.filter((l) => changed.has(l.id)), ...course.filter((l) => !changed.has(l.id))];
  out.push('| Lab | Score | Progress | Status |');
  out.push('|---|---:|---|---|');
  for (const meta of order) {
    const lab = byId.get(meta.id);
    const name = `${cellText(labNumber(meta.id))} · ${cellText(meta.title)}${changed.has(meta.id) ? ' *(changed)*' : ''}`;
    if (!lab) {
      out.push(`| ${name} | – | | ${STATUS_EMOJI['not-graded']} not graded in this run |`);
      continue;
    }
    const late = lab.late && lab.late.deducted > 0 ? ` (late −${formatPoints(lab.late.deducted)})` : '';
    const due = dueLabel(lab);
    out.push(
      `| ${changed.has(meta.id) ? `**${name}**` : name} | ${formatPoints(lab.score)}/${lab.maxScore}${late} | \`${scoreBar(lab.score, lab.maxScore)}\` | ${STATUS_EMOJI[lab.status]} ${lab.status}${due === undefined ? '' : ` · ${cellText(due)}`} |`,
    );
  }
  out.push('');
  const details = opts.labDetails ?? 'all';
  for (const meta of order) {
    const lab = byId.get(meta.id);
    if (!lab || details === 'none' || (details === 'changed' && !changed.has(lab.id))) continue;
    const listFindings = opts.findingsFor !== 'changed' || changed.has(lab.id);
    out.push(...renderLab(lab, listFindings ? opts : { ...opts, maxFindingsPerItem: 0 }));
  }
  if (report.deploy) out.push(...renderDeploy(report));
  // `<sub>` with text after it is inline HTML inside a paragraph, so its content is Markdown: prose rules.
  const tool = `${mdText(report.tool.name)} ${mdText(report.tool.version)}${report.tool.cfnLint ? ` · cfn-lint ${mdText(report.tool.cfnLint)}` : ''} · report schema v${report.schemaVersion}`;
  out.push(`<sub>${tool}${opts.footer ? ` · ${opts.footer}` : ''}</sub>`);
  return `${out.join('\n')}\n`;
}

function renderLab(lab: LabReport, opts: MarkdownOptions): string[] {
  const open = lab.status !== 'passed' && lab.status !== 'not-started';
  const out = [`<details${open ? ' open' : ''}>`];
  out.push(
    // The summary line sits inside the `<details>` HTML block, where Markdown is not parsed: HTML rules.
    `<summary>${STATUS_EMOJI[lab.status]} <b>${htmlText(labNumber(lab.id))} · ${htmlText(lab.title)}</b> — ${formatPoints(lab.score)}/${lab.maxScore}</summary>`,
  );
  out.push('');
  // The note (why a lab is not started) is grader text but names learner paths: prose, through the sanitizer.
  if (lab.note !== undefined) out.push(mdText(truncate(lab.note, 500)), '');
  // Grader text around the template's path and stack name, which the app chose: those go through codeSpan.
  const synthesized = synthesizedLine(lab, (s) => codeSpan(truncate(s, 200)));
  if (synthesized !== undefined) out.push(synthesized, '');
  const late = lateLine(lab);
  if (late !== undefined) out.push(`🕒 ${mdText(late)}`, '');
  if (lab.feedback === 'score-only' || lab.feedback === 'hints')
    out.push(`*${FEEDBACK_NOTE[lab.feedback]}*`, '');
  if (lab.feedback === 'score-only') return [...out, '</details>', ''];
  // Notices say why a lab could not be read, so even a cut-down comment keeps a few of each lab's.
  const maxNotices = opts.maxFindingsPerItem === 0 ? 3 : (opts.maxFindingsPerItem ?? Infinity);
  for (const n of lab.notices.slice(0, maxNotices)) out.push(`> ${findingMd(n, opts)}`);
  if (lab.notices.length > maxNotices)
    out.push(`> …and ${lab.notices.length - maxNotices} more notices for this lab (see the job summary)`);
  if (lab.notices.length) out.push('');
  out.push('| | Item | Points | Feedback |');
  out.push('|---|---|---:|---|');
  for (const item of lab.items) {
    out.push(
      `| ${STATUS_SYMBOL[item.status]} | ${docsLink(cellText(item.title), item.docs)} | ${formatPoints(item.earned)}/${item.points} | ${item.status === 'passed' ? '' : cellText(truncate(item.feedback, opts.maxFeedbackChars ?? 400))} |`,
    );
  }
  const withFindings = lab.items.filter((i) => i.findings.length > 0);
  if (withFindings.length && opts.maxFindingsPerItem !== 0) {
    out.push('');
    for (const item of withFindings) out.push(...itemFindings(item, opts));
  }
  out.push('', '</details>', '');
  return out;
}

function itemFindings(item: ItemReport, opts: MarkdownOptions): string[] {
  const max = opts.maxFindingsPerItem ?? Infinity;
  const shown = item.findings.slice(0, max);
  const out = shown.map((f) => `- ${findingMd(f, opts)}`);
  const rest = item.findings.length - shown.length;
  if (rest > 0) out.push(`- …and ${rest} more for *${mdText(item.title)}* (see the job summary)`);
  return out;
}

function renderDeploy(report: Report): string[] {
  const d = report.deploy!;
  const out = [
    `#### Sandbox deploy (${mdText(d.region)}): ${formatPoints(d.score)}/${d.maxScore}, reported beside the static grade`,
    '',
  ];
  out.push('| Lab | Stack | Status | Estimate |', '|---|---|---|---|');
  for (const l of d.labs) {
    const est = l.estimate
      ? `$${l.estimate.runUsd.toFixed(2)} of $${l.estimate.budgetUsd.toFixed(2)} budget`
      : '–';
    out.push(
      `| ${cellText(labNumber(l.id))} | ${l.stackName ? cellCode(l.stackName) : '–'} | ${cellText(l.status)} | ${est} |`,
    );
  }
  out.push('');
  return out;
}

export function findingMd(f: Finding, opts: MarkdownOptions = {}): string {
  const where = codeSpan(`${f.file}:${f.line}:${f.column}`);
  const loc = opts.links ? `[${where}](${blobUrl(opts.links, f.file, f.line)})` : where;
  return `${loc} **${mdText(f.severity)}** ${codeSpan(f.ruleId)} ${mdText(truncate(f.message, 500))}`;
}

function blobUrl(l: { serverUrl: string; repo: string; sha: string }, file: string, line: number): string {
  // encodeURIComponent leaves parentheses, which would end a Markdown link destination early.
  const p = file
    .split('/')
    .map((s) => encodeURIComponent(s).replace(/\(/g, '%28').replace(/\)/g, '%29'))
    .join('/');
  return `${l.serverUrl}/${l.repo}/blob/${encodeURIComponent(l.sha)}/${p}#L${line}`;
}

/** A documentation link, or the plain title when the report's URL is not one we would link to. */
function docsLink(title: string, url: string): string {
  const safe = safeUrl(url);
  return safe ? `[${title}](${safe})` : title;
}
