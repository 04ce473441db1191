// Shared display helpers. Scores are kept exact in the report and rounded only here.
import type { ItemStatus, LabStatus } from '../../graders/engine/types.js';

export function formatPoints(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Number.isInteger(r) ? String(r) : r.toFixed(1);
}

export function percent(score: number, max: number): string {
  return max > 0 ? `${Math.round((score / max) * 100)}%` : '–';
}

/** A ten-cell bar; ASCII fallback keeps it readable in logs that mangle block characters. */
export function scoreBar(score: number, max: number, cells = 10, ascii = false): string {
  const filled = max > 0 ? Math.round((score / max) * cells) : 0;
  return (ascii ? '#' : '█').repeat(filled) + (ascii ? '.' : '░').repeat(cells - filled);
}

// Keyed by the status unions, so a status added to the report does not compile until it has a symbol.
export const STATUS_SYMBOL: Readonly<Record<ItemStatus | LabStatus, string>> = {
  passed: '✓',
  partial: '◐',
  failed: '✗',
  skipped: '○',
  'not-gradable': '!',
  'grader-error': '⚠',
  'not-started': '·',
};

/** Short lab label used in tables: "01". */
export function labNumber(id: string): string {
  return /^\d+/.exec(id)?.[0] ?? id;
}
