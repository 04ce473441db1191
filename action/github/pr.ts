// What a pull request changed: the labs it touched, and any grader files it touched (tamper detection).
import { PROTECTED_PATHS } from '../constants.js';

export function changedLabIds(files: readonly string[], known: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const f of files) {
    const m = /^labs\/([^/]+)\//.exec(f);
    if (m && known.includes(m[1]!)) ids.add(m[1]!);
  }
  return known.filter((id) => ids.has(id));
}

/** Files under the grader's own paths; in `report` mode the grade never depends on them. */
export function protectedFilesTouched(files: readonly string[]): string[] {
  return [
    ...new Set(
      files.filter((f) => PROTECTED_PATHS.some((p) => (p.endsWith('/') ? f.startsWith(p) : f === p))),
    ),
  ].sort();
}
