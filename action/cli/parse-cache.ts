// The CLI's parse cache on disk: one file per template text under node_modules/.cache/labgrade/parse/ of the
// repository that holds the CLI, where tools keep caches and git ignores them. A learner grades the same files
// again and again while working on one lab; every template they did not touch is then read back instead of
// parsed. Only the CLI keeps one: the action grades each commit once, and in the trusted job nothing the PR can
// write may feed the grade.
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import type { CacheEntry, ParseCache } from '../../graders/engine/parse-cache.js';
import { TOOL_VERSION } from '../../graders/engine/version.js';
import { cliCacheDir, prune, writeAtomic } from './cache-store.js';

/** Enough for every template of a course several times over; past it the oldest entries go. */
export const MAX_ENTRIES = 400;

/**
 * What makes an entry stale: the grader's version, and the size and time of every file of the build that runs
 * (a rebuilt bundle may parse differently, whatever its version says).
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
    const st = fs.statSync(path.join(buildDir, f));
    return `${f}:${st.size}:${Math.trunc(st.mtimeMs)}`;
  });
  return [TOOL_VERSION, ...stamp].join('|');
}

export function diskParseCache(dir: string, salt: string, maxEntries = MAX_ENTRIES): ParseCache {
  const file = (key: string) => path.join(dir, `${key}.v8`);
  return {
    salt,
    get(key) {
      try {
        const entry = v8.deserialize(fs.readFileSync(file(key))) as CacheEntry | null;
        if (!entry || typeof entry !== 'object') return undefined;
        const ok =
          'documents' in entry
            ? Array.isArray(entry.documents)
            : Array.isArray(entry.positions) && typeof entry.template === 'object';
        return ok ? entry : undefined;
      } catch {
        // Missing, truncated or from another Node: parse again.
        return undefined;
      }
    },
    set(key, entry) {
      writeAtomic(dir, file(key), v8.serialize(entry));
      prune(dir, '.v8', maxEntries);
    },
  };
}

/** The CLI's cache for the repository at `repoRoot`, built by `buildDir`; none when LABGRADE_CACHE is `off`. */
export function cliParseCache(
  repoRoot: string,
  buildDir: string,
  env: NodeJS.ProcessEnv,
): ParseCache | undefined {
  const dir = cliCacheDir(repoRoot, env, 'parse');
  return dir === undefined ? undefined : diskParseCache(dir, buildSalt(buildDir));
}
