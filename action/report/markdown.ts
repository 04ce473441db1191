// A Markdown rendering of the report (the basis of the PR comment and job summary). Learner-controlled
// text (paths, messages quoting learner values) goes into code spans and is defused so that it cannot
// ping (@), link (#123) or inject HTML (ux.md §6).
import type { Finding, LabReport, Report } from '../engine/types.js';
import { STATUS_SYMBOL, formatPoints, labNumber, percent, scoreBar } from './format.js';

const STATUS_EMOJI: Record<string, string> = {
  passed: '✅',
  partial: '🟡',
  failed: '❌',
  skipped: '⏭️',
  'not-gradable': '⚠️',
  'grader-error': '🛠️',
  'not-started': '⬜',
};

export function renderMarkdown(report: Report): string {
  const out: string[] = [];
  out.push(
    `### Lab grade: **${formatPoints(report.score)} / ${report.maxScore}** (${percent(report.score, report.maxScore)})`,
  );
  out.push('');
  out.push('| Lab | Score | Progress | Status |');
  out.push('|---|---:|---|---|');
  for (const lab of report.labs) {
    out.push(
      `| ${labNumber(lab.id)} · ${escapeCell(lab.title)} | ${formatPoints(lab.score)}/${lab.maxScore} | \`${scoreBar(lab.score, lab.maxScore)}\` | ${STATUS_EMOJI[lab.status] ?? ''} ${lab.status} |`,
    );
  }
  out.push('');
  for (const lab of report.labs) out.push(...renderLab(lab));
  out.push(
    `<sub>${escapeHtml(report.tool.name)} ${escapeHtml(report.tool.version)}${report.tool.cfnLint ? ` · cfn-lint ${escapeHtml(report.tool.cfnLint)}` : ''} · report schema v${report.schemaVersion}</sub>`,
  );
  return `${out.join('\n')}\n`;
}

function renderLab(lab: LabReport): string[] {
  const out = [`<details${lab.status === 'passed' || lab.status === 'not-started' ? '' : ' open'}>`];
  out.push(
    `<summary>${STATUS_EMOJI[lab.status] ?? ''} <b>${escapeHtml(lab.title)}</b> — ${formatPoints(lab.score)}/${lab.maxScore}</summary>`,
  );
  out.push('');
  for (const n of lab.notices) out.push(`> ${findingMd(n)}`);
  if (lab.notices.length) out.push('');
  out.push('| | Item | Points | Feedback |');
  out.push('|---|---|---:|---|');
  for (const item of lab.items) {
    out.push(
      `| ${STATUS_SYMBOL[item.status] ?? ''} | [${escapeCell(item.title)}](${item.docs}) | ${formatPoints(item.earned)}/${item.points} | ${escapeCell(item.status === 'passed' ? '' : item.feedback)} |`,
    );
  }
  const findings = lab.items.flatMap((i) => i.findings);
  if (findings.length) {
    out.push('');
    for (const f of findings) out.push(`- ${findingMd(f)}`);
  }
  out.push('', '</details>', '');
  return out;
}

function findingMd(f: Finding): string {
  return `${codeSpan(`${f.file}:${f.line}:${f.column}`)} **${f.severity}** ${codeSpan(f.ruleId)} ${defuse(escapeMarkdownText(f.message))}`;
}

/** Inline code that no backtick run inside the text can close early. */
export function codeSpan(text: string): string {
  const runs = text.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${defuse(text.replace(/\n/g, ' '))}${pad}${fence}`;
}

/** Breaks @mentions and #123 references with a zero-width space so nobody is pinged and nothing links. */
export function defuse(text: string): string {
  return text.replace(/@/g, '@\u200b').replace(/#(?=\d)/g, '#\u200b');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text outside code spans: Markdown and HTML metacharacters are escaped. */
export function escapeMarkdownText(text: string): string {
  return escapeHtml(text)
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/\n/g, ' ');
}

function escapeCell(text: string): string {
  return defuse(escapeMarkdownText(text));
}
