// Documentation generated from rubric and rule metadata, so the READMEs never drift from what is graded.
// `npm run docs` writes it; test/graders/docs.test.ts fails when a committed file is out of date.
import type { Lab, Rule } from './engine/types.js';

export const RUBRIC_START = '<!-- rubric:start -->';
export const RUBRIC_END = '<!-- rubric:end -->';
export const LABS_START = '<!-- labs:start -->';
export const LABS_END = '<!-- labs:end -->';
export const RULES_START = '<!-- rules:start -->';
export const RULES_END = '<!-- rules:end -->';
export const SANDBOX_START = '<!-- sandbox:start -->';
export const SANDBOX_END = '<!-- sandbox:end -->';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function rubricTable(lab: Lab): string {
  const rows = lab.items.map((item) => {
    const evidence = item.evidence.map((e) => `[${e.id ?? docLabel(e.url)}](${e.url})`).join(', ');
    return `| <a id="${item.id}"></a>${cell(item.title)} | ${item.points} | ${item.scoring === 'proportional' ? 'partial credit' : 'all or nothing'} | ${evidence} |`;
  });
  const total = lab.items.reduce((s, i) => s + i.points, 0);
  return [
    '| Item | Points | Scoring | Evidence |',
    '|---|---:|---|---|',
    ...rows,
    `| **Total** | **${total}** | | |`,
  ].join('\n');
}

export function labsTable(labs: readonly Lab[]): string {
  const rows = labs.map((lab) => {
    const points = lab.items.reduce((s, i) => s + i.points, 0);
    return `| [${lab.id}](labs/${lab.id}/README.md) | ${cell(lab.title)} | ${cell(lab.part)} | ${points} |`;
  });
  return ['| Lab | Title | Course part | Points |', '|---|---|---|---:|', ...rows].join('\n');
}

/** What each lab may deploy to the sandbox, from the `sandbox` declaration in its rubric. */
export function sandboxTable(labs: readonly Lab[]): string {
  const rows = labs.map((lab) => {
    const s = lab.sandbox;
    if (!s.deployable) return `| ${lab.id} | not deployed: ${cell(s.reason)} | – | – |`;
    const types = s.types.length
      ? [...s.types]
          .sort()
          .map((t) => `\`${t}\``)
          .join(', ')
      : 'nothing more';
    return `| ${lab.id} | ${types} | ${s.maxLoadBalancers} | ${s.maxNatGateways} |`;
  });
  return ['| Lab | Also allowed | Load balancers | NAT gateways |', '|---|---|---:|---:|', ...rows].join(
    '\n',
  );
}

export function rulesTable(rules: readonly Rule[]): string {
  const rows = [...rules]
    .sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1))
    .map(
      (r) =>
        `| ${r.meta.id} | [${r.meta.name}](${r.meta.docsUrl}) | ${r.meta.target} | ${r.meta.severity} | ${cell(r.meta.title)} | ${r.meta.evidence.join(', ')} |`,
    );
  return [
    '| Id | Rule | Reads | Severity | Checks | Corresponds to |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** Replaces what stands between two marker lines; throws when the markers are missing. */
export function replaceBetween(text: string, start: string, end: string, body: string, file: string): string {
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a)
    throw new Error(`${file}: add the marker lines '${start}' and '${end}' where the generated table goes`);
  return `${text.slice(0, a + start.length)}\n${body}\n${text.slice(b)}`;
}

function docLabel(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname.replace(/^docs\./, '')}${u.pathname.length > 1 ? ' ' + (u.pathname.split('/').filter(Boolean).pop() ?? '') : ''}`.replace(
      /\.html$/,
      '',
    );
  } catch {
    return url;
  }
}
