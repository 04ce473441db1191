// Terminal output, modelled on ESLint's stylish format: `path:line:col  severity  message  rule`, with the
// path on the same line so terminals can open it. Total first and last; passing labs take one line each.
import type {
  Finding,
  ItemReport,
  ItemStatus,
  LabReport,
  LabStatus,
  Report,
  Severity,
} from '../../graders/engine/types.js';
import { countNoun } from '../../graders/engine/plural.js';
import {
  FEEDBACK_NOTE,
  STATUS_SYMBOL,
  formatPoints,
  gradedLine,
  labNumber,
  lateLine,
  percent,
  scoreBar,
  synthesizedLine,
  visibleReport,
} from './format.js';
// Not Markdown, but the same hostile text: a lone CR or an ESC sequence in a learner value would overwrite or
// recolour what the terminal shows (a forged "✓ 450/450"), and bidi controls reorder it. `t` shows them as escapes.
import { visibleCode as t } from './sanitize.js';

export interface PrettyOptions {
  color: boolean;
}

const ANSI = { red: 31, green: 32, yellow: 33, blue: 34, gray: 90, bold: 1, dim: 2 } as const;
type Style = keyof typeof ANSI;

// Keyed by the report's unions, so a status or severity added there does not compile until it is styled.
const ITEM_COLOUR: Readonly<Record<ItemStatus, Style>> = {
  passed: 'green',
  partial: 'yellow',
  failed: 'red',
  skipped: 'gray',
  'not-gradable': 'red',
  'grader-error': 'red',
};
/** Said after a lab's score in the summary table; most statuses speak for themselves through the bar. */
const LAB_NOTE: Readonly<Record<LabStatus, string>> = {
  passed: '',
  partial: '',
  failed: '',
  'not-started': '  not started',
  'not-gradable': '',
  'grader-error': '  grader error',
};
/** Padded to one width so messages line up. */
const SEVERITY_LABEL: Readonly<Record<Severity, { style: Style; text: string }>> = {
  error: { style: 'red', text: 'error  ' },
  warning: { style: 'yellow', text: 'warning' },
  info: { style: 'blue', text: 'info   ' },
};

export function renderPretty(full: Report, opts: PrettyOptions): string {
  const report = visibleReport(full);
  const c = (style: Style, s: string): string => (opts.color ? `\u001b[${ANSI[style]}m${s}\u001b[0m` : s);
  const out: string[] = [];
  const findings = report.labs.flatMap((l) => [...l.notices, ...l.items.flatMap((i) => i.findings)]);
  out.push(
    c(
      'bold',
      `${t(report.tool.name)}  ${formatPoints(report.score)}/${report.maxScore} (${percent(report.score, report.maxScore)})`,
    ),
  );
  const graded = gradedLine(report);
  if (graded !== undefined) out.push(c('gray', t(graded)));
  out.push('');
  for (const lab of report.labs) out.push(...renderLab(lab, c));
  out.push(c('bold', 'Lab  Score    Progress'));
  for (const lab of report.labs) {
    out.push(
      `${t(labNumber(lab.id)).padEnd(4)} ${`${formatPoints(lab.score)}/${lab.maxScore}`.padEnd(8)} ${scoreBar(lab.score, lab.maxScore)}${LAB_NOTE[lab.status]}`,
    );
  }
  out.push('');
  if (report.deploy) out.push(...renderDeploy(report, c), '');
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  // Every severity is counted, so the parts always add up to the total the line gives.
  const bySeverity = [
    countNoun(count('error'), 'error'),
    countNoun(count('warning'), 'warning'),
    countNoun(count('info'), 'info', 'info'),
  ].join(', ');
  const complete = report.labs.filter((l) => l.status === 'passed').length;
  const allDone = complete === report.labs.length;
  const tail = `${allDone ? '✓' : '✖'} ${formatPoints(report.score)}/${report.maxScore} (${percent(report.score, report.maxScore)}) · ${countNoun(findings.length, 'finding')} (${bySeverity}) · ${complete}/${report.labs.length} labs complete`;
  out.push(c('bold', c(allDone ? 'green' : findings.length ? 'red' : 'yellow', tail)));
  return `${out.join('\n')}\n`;
}

function renderLab(lab: LabReport, c: (s: Style, t: string) => string): string[] {
  const head = `${t(lab.title)} (${t(lab.id)})`;
  const score = `${formatPoints(lab.score)}/${lab.maxScore}`;
  const out = [`${c('bold', head)}  ${c(lab.status === 'passed' ? 'green' : 'yellow', score)}`];
  // The note says what the status alone does not (which starter files are untouched); a report from a grader
  // that predates notes has none, so a not-started lab falls back to the general advice.
  const note =
    lab.note ??
    (lab.status === 'not-started' ? `not started: add your files under labs/${lab.id}/` : undefined);
  if (note !== undefined) out.push(`  ${c('gray', t(note))}`);
  const synthesized = synthesizedLine(lab, (s) => `'${t(s)}'`);
  if (synthesized !== undefined) out.push(`  ${c('gray', synthesized)}`);
  const late = lateLine(lab);
  if (late !== undefined) out.push(`  ${c(lab.late?.deducted ? 'yellow' : 'gray', t(late))}`);
  if (lab.feedback === 'score-only' || lab.feedback === 'hints')
    out.push(`  ${c('gray', FEEDBACK_NOTE[lab.feedback])}`);
  if (lab.status === 'passed' && lab.notices.length === 0) return [...out, ''];
  for (const n of lab.notices) out.push(`  ${findingLine(n, c)}`);
  if (lab.status === 'not-started') return [...out, ''];
  for (const item of lab.items) out.push(...renderItem(item, c));
  return [...out, ''];
}

/** The sandbox deploy, beside the static score (never added to it). */
function renderDeploy(report: Report, c: (s: Style, t: string) => string): string[] {
  const d = report.deploy!;
  const out = [
    c(
      'bold',
      `Sandbox deploy (${t(d.region)})  ${formatPoints(d.score)}/${d.maxScore}  (reported beside the static score)`,
    ),
  ];
  for (const lab of d.labs) {
    const est = lab.estimate
      ? `  est. $${lab.estimate.runUsd.toFixed(2)} of $${lab.estimate.budgetUsd.toFixed(2)} budget`
      : '';
    out.push(`  ${t(lab.id)}  ${lab.status}${lab.stackName ? `  ${t(lab.stackName)}` : ''}${est}`);
    for (const item of lab.items) out.push(...renderItem(item, c).map((l) => `  ${l}`));
    if (lab.leaks.length) out.push(`    ${c('red', `left behind: ${t(lab.leaks.join(', '))}`)}`);
  }
  return out;
}

function renderItem(item: ItemReport, c: (s: Style, t: string) => string): string[] {
  const line = `  ${c(ITEM_COLOUR[item.status], STATUS_SYMBOL[item.status])} ${t(item.title)}  ${c('dim', `${formatPoints(item.earned)}/${item.points}`)}  ${c('gray', t(item.id))}`;
  // A passed item can still carry advice (an App Mesh resource beside a working Service Connect setup).
  if (item.status === 'passed') return [line, ...item.findings.map((f) => `      ${findingLine(f, c)}`)];
  const out = [line];
  for (const f of item.findings) out.push(`      ${findingLine(f, c)}`);
  out.push(`      ${c('gray', 'hint')}  ${t(item.feedback)}`);
  out.push(`      ${c('gray', 'docs')}  ${t(item.docs)}`);
  return out;
}

function findingLine(f: Finding, c: (s: Style, t: string) => string): string {
  const { style, text } = SEVERITY_LABEL[f.severity];
  const sev = c(style, text);
  return `${t(f.file)}:${f.line}:${f.column}  ${sev}  ${t(f.message.replace(/\.$/, ''))}  ${c('dim', t(f.ruleId))}`;
}

/** ANSI colour only on a TTY, never under NO_COLOR; FORCE_COLOR turns it on anyway. */
export function useColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '0') return true;
  return stream.isTTY === true;
}
