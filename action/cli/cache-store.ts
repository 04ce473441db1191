// What the CLI's disk caches (parse-cache.ts, lint-cache.ts, result-cache.ts, synth-cache.ts) share: where they live,
// what makes their entries stale, how an entry is written so a concurrent run never reads half of it, and how the
// oldest entries go. A cache that cannot be read or written only costs speed, so nothing here throws.
import fs from 'node:fs';
import path from 'node:path';
import { TOOL_VERSION } from '../../graders/engine/version.js';

/**
 * The folder of one cache of the repository at `repoRoot` (node_modules/.cache/labgrade/<name>, where tools keep
 * caches and git ignores them), or undefined when LABGRADE_CACHE is `off`.
 */
export function cliCacheDir(repoRoot: string, env: NodeJS.ProcessEnv, name: string): string | undefined {
  if ((env['LABGRADE_CACHE'] ?? '').toLowerCase() === 'off') return undefined;
  return path.join(repoRoot, 'node_modules', '.cache', 'labgrade', name);
}

/**
 * What makes an entry of any of these caches stale: the grader's version, and the size and time of every file of
 * the build that runs (a rebuilt bundle may parse, lint or grade differently, whatever its version says). A run
 * computes it once and gives it to each cache.
 */
export function buildSalt(buildDir: string): string {
  let files: string[] = [];
  try {
    files = fs
      .readdirSync(buildDir)
      .filter((f) => f.endsWith('.js'))
      .sort();
  } catch {
    // No build to describe (run from source): the version alone.
  }
  const stamp = files.map((f) => {
    try {
      const st = fs.statSync(path.join(buildDir, f));
      return `${f}:${st.size}:${Math.trunc(st.mtimeMs)}`;
    } catch {
      return `${f}:gone`; // Replaced while listed: a build under way, which the next run describes again.
    }
  });
  return [TOOL_VERSION, ...stamp].join('|');
}

/** Writes `data` to `to` inside `dir`: aside first (created with `mode`), then renamed over it. */
export function writeAtomic(
  dir: string,
  to: string,
  data: string | NodeJS.ArrayBufferView,
  mode?: number,
): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const tmp = `${to}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, data, mode === undefined ? undefined : { mode });
    fs.renameSync(tmp, to);
  } catch {
    // Not written: the next run computes it again.
  }
}

/** Keeps the newest `maxEntries` files ending in `ext` in `dir`, deleting the oldest. */
export function prune(dir: string, ext: string, maxEntries: number): void {
  try {
    const names = fs.readdirSync(dir).filter((f) => f.endsWith(ext));
    if (names.length <= maxEntries) return;
    const byAge = names
      .map((f) => ({ f, t: fs.statSync(path.join(dir, f)).mtimeMs }))
      .sort((a, b) => a.t - b.t || (a.f < b.f ? -1 : 1));
    for (const { f } of byAge.slice(0, names.length - maxEntries))
      fs.rmSync(path.join(dir, f), { force: true });
  } catch {
    // Another run pruned at the same time.
  }
}

/**
 * Entries as JSON files in `dir`, one per key. `accept` turns what a file holds into an entry, or undefined when it
 * is not one (then, as for a missing, truncated or unparsable file, the caller computes it again). Each write
 * prunes the folder to its newest `maxEntries` JSON files.
 */
export function jsonEntries<T>(
  dir: string,
  accept: (value: unknown) => T | undefined,
  maxEntries: number,
): { get(key: string): T | undefined; set(key: string, value: T): void } {
  const file = (key: string) => path.join(dir, `${key}.json`);
  return {
    get(key) {
      try {
        return accept(JSON.parse(fs.readFileSync(file(key), 'utf8')));
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      writeAtomic(dir, file(key), JSON.stringify(value));
      prune(dir, '.json', maxEntries);
    },
  };
}
