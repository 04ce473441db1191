// Annotations on the PR's files. GitHub shows at most 10 of each level per step (platform.md §7.1), so
// the most useful are chosen: errors first, then findings on the items that lost the most points.
import type { Finding, Report, Severity } from '../../graders/engine/types.js';
import { visibleCode } from './sanitize.js';

export const ANNOTATIONS_PER_LEVEL = 10;

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  finding: Finding;
  title: string;
}

const LEVEL: Record<Severity, Annotation['level']> = { error: 'error', warning: 'warning', info: 'notice' };

export function chooseAnnotations(
  report: Report,
  perLevel = ANNOTATIONS_PER_LEVEL,
): { chosen: Annotation[]; omitted: number } {
  const candidates: { a: Annotation; weight: number }[] = [];
  for (const lab of report.labs) {
    for (const n of lab.notices)
      candidates.push({
        a: { level: LEVEL[n.severity], finding: shown(n), title: visibleCode(`${lab.title}: ${n.ruleId}`) },
        weight: 100,
      });
    for (const item of lab.items) {
      const lost = item.points - item.earned;
      for (const f of item.findings) {
        candidates.push({
          a: {
            level: LEVEL[f.severity],
            finding: shown(f),
            title: visibleCode(`${lab.title}: ${item.title} (${f.ruleId})`),
          },
          weight: lost,
        });
      }
    }
  }
  // Stable order: weight, then position, so the same report gives the same annotations.
  candidates.sort(
    (x, y) =>
      y.weight - x.weight ||
      (x.a.finding.file < y.a.finding.file ? -1 : x.a.finding.file > y.a.finding.file ? 1 : 0) ||
      x.a.finding.line - y.a.finding.line ||
      x.a.finding.column - y.a.finding.column,
  );
  const counts = { error: 0, warning: 0, notice: 0 };
  const chosen: Annotation[] = [];
  for (const { a } of candidates) {
    if (counts[a.level] < perLevel) {
      counts[a.level]++;
      chosen.push(a);
    }
  }
  return { chosen, omitted: candidates.length - chosen.length };
}

/**
 * Annotation titles and messages are plain text on the PR's diff: hidden characters (bidi overrides, a lone
 * CR) are shown as escapes there too. The path is kept as is, because GitHub matches it against the diff.
 */
function shown(f: Finding): Finding {
  return { ...f, message: visibleCode(f.message) };
}
