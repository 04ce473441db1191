// Markdown renderings of the report: the PR comment, the job summary and `labgrade --format markdown`
// are all this one renderer with different options. Learner-controlled text (paths, messages quoting
// learner values) goes into code spans or is escaped, and is defused so that it cannot ping (@), link
// (#123) or inject HTML (ux.md §6).
import type { Finding, ItemReport, LabReport, LabStatus, Report } from '../../graders/engine/types.js';
import { STATUS_SYMBOL, formatPoints, labNumber, percent, scoreBar } from './format.js';

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
  /** Extra footer text (Markdown, trusted). */
  footer?: string;
  /** Prepended verbatim (the comment marker). */
  marker?: string;
}

export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const out: string[] = [];
  if (opts.marker) out.push(opts.marker);
  out.push(
    `### Lab grade: **${formatPoints(report.score)} / ${report.maxScore}** (${percent(report.score, report.maxScore)}) \`${scoreBar(report.score, report.maxScore)}\``,
  );
  out.push('');
  for (const b of opts.banners ?? []) out.push(b, '');
  const changed = new Set(opts.changedLabs ?? []);
  const graded = new Map(report.labs.map((l) => [l.id, l]));
  const course = opts.course ?? report.labs.map((l) => ({ id: l.id, title: l.title }));
  const order = [...course.filter((l) => changed.has(l.id)), ...course.filter((l) => !changed.has(l.id))];
  out.push('| Lab | Score | Progress | Status |');
  out.push('|---|---:|---|---|');
  for (const meta of order) {
    const lab = graded.get(meta.id);
    const name = `${labNumber(meta.id)} · ${escapeCell(meta.title)}${changed.has(meta.id) ? ' *(changed)*' : ''}`;
    if (!lab) {
      out.push(`| ${name} | – | | ${STATUS_EMOJI['not-graded']} not graded in this run |`);
      continue;
    }
    out.push(
      `| ${changed.has(meta.id) ? `**${name}**` : name} | ${formatPoints(lab.score)}/${lab.maxScore} | \`${scoreBar(lab.score, lab.maxScore)}\` | ${STATUS_EMOJI[lab.status]} ${lab.status} |`,
    );
  }
  out.push('');
  const details = opts.labDetails ?? 'all';
  for (const meta of order) {
    const lab = graded.get(meta.id);
    if (!lab || details === 'none' || (details === 'changed' && !changed.has(lab.id))) continue;
    out.push(...renderLab(lab, opts));
  }
  if (report.deploy) out.push(...renderDeploy(report));
  const tool = `${escapeHtml(report.tool.name)} ${escapeHtml(report.tool.version)}${report.tool.cfnLint ? ` · cfn-lint ${escapeHtml(report.tool.cfnLint)}` : ''} · report schema v${report.schemaVersion}`;
  out.push(`<sub>${tool}${opts.footer ? ` · ${opts.footer}` : ''}</sub>`);
  return `${out.join('\n')}\n`;
}

function renderLab(lab: LabReport, opts: MarkdownOptions): string[] {
  const open = lab.status !== 'passed' && lab.status !== 'not-started';
  const out = [`<details${open ? ' open' : ''}>`];
  out.push(
    `<summary>${STATUS_EMOJI[lab.status]} <b>${labNumber(lab.id)} · ${escapeHtml(lab.title)}</b> — ${formatPoints(lab.score)}/${lab.maxScore}</summary>`,
  );
  out.push('');
  for (const n of lab.notices) out.push(`> ${findingMd(n, opts)}`);
  if (lab.notices.length) out.push('');
  out.push('| | Item | Points | Feedback |');
  out.push('|---|---|---:|---|');
  for (const item of lab.items) {
    out.push(
      `| ${STATUS_SYMBOL[item.status]} | [${escapeCell(item.title)}](${safeUrl(item.docs)}) | ${formatPoints(item.earned)}/${item.points} | ${escapeCell(item.status === 'passed' ? '' : truncate(item.feedback, 400))} |`,
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
  if (rest > 0) out.push(`- …and ${rest} more for *${escapeCell(item.title)}* (see the job summary)`);
  return out;
}

function renderDeploy(report: Report): string[] {
  const d = report.deploy!;
  const out = [
    `#### Sandbox deploy (${escapeHtml(d.region)}): ${formatPoints(d.score)}/${d.maxScore}, reported beside the static grade`,
    '',
  ];
  out.push('| Lab | Stack | Status | Estimate |', '|---|---|---|---|');
  for (const l of d.labs) {
    const est = l.estimate
      ? `$${l.estimate.runUsd.toFixed(2)} of $${l.estimate.budgetUsd.toFixed(2)} budget`
      : '–';
    out.push(
      `| ${labNumber(l.id)} | ${l.stackName ? codeSpan(l.stackName) : '–'} | ${escapeCell(l.status)} | ${est} |`,
    );
  }
  out.push('');
  return out;
}

export function findingMd(f: Finding, opts: MarkdownOptions = {}): string {
  const where = codeSpan(`${f.file}:${f.line}:${f.column}`);
  const loc = opts.links ? `[${where}](${blobUrl(opts.links, f.file, f.line)})` : where;
  return `${loc} **${f.severity}** ${codeSpan(f.ruleId)} ${escapeCell(truncate(f.message, 500))}`;
}

function blobUrl(l: { serverUrl: string; repo: string; sha: string }, file: string, line: number): string {
  const p = file.split('/').map(encodeURIComponent).join('/');
  return `${l.serverUrl}/${l.repo}/blob/${encodeURIComponent(l.sha)}/${p}#L${line}`;
}

/** Only our own https documentation links become links; anything else is shown as code by callers. */
function safeUrl(url: string): string {
  return /^https:\/\/[^\s()<>]+$/.test(url) ? url : '#';
}

/** Inline code that no backtick run inside the text can close early. */
export function codeSpan(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ');
  const runs = flat.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  // In a table, a pipe ends the cell even inside a code span.
  return `${fence}${pad}${defuse(flat).replace(/\|/g, '\\|')}${pad}${fence}`;
}

/** Breaks @mentions and #123 references with a zero-width space so nobody is pinged and nothing links. */
export function defuse(text: string): string {
  return text.replace(/@/g, '@\u200b').replace(/#(?=\d)/g, '#\u200b');
}

/** Learner text never goes into an HTML attribute, so escaping & < > is enough to keep it inert. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text outside code spans: Markdown and HTML metacharacters are escaped. */
export function escapeMarkdownText(text: string): string {
  return escapeHtml(text)
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/(https?):\/\//g, '$1:/\u200b/')
    .replace(/\r?\n/g, ' ');
}

export function escapeCell(text: string): string {
  return defuse(escapeMarkdownText(text));
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}
