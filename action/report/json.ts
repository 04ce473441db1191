// The report as JSON: the one contract every renderer and export reads. Key order follows construction,
// which is fixed, so the same files give byte-identical output apart from timing fields.
import type { Report } from '../../graders/engine/types.js';

export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** The report with timing fields zeroed, for determinism checks and golden files. */
export function withoutTiming(report: Report): Report {
  return { ...report, durationMs: 0 };
}
