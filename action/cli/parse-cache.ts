// The CLI's parse cache on disk: one file per template text under node_modules/.cache/labgrade/parse/ of the
// repository that holds the CLI, where tools keep caches and git ignores them. A learner grades the same files
// again and again while working on one lab; every template they did not touch is then read back instead of
// parsed. Only the CLI keeps one: the action grades each commit once, and in the trusted job nothing the PR can
// write may feed the grade.
import fs from 'node:fs';
import path from 'node:path';
import type * as V8 from 'node:v8';
import { builtin } from '../../graders/engine/builtins.js';
import type { CacheEntry, ParseCache } from '../../graders/engine/parse-cache.js';
import { cliCacheDir, prune, writeAtomic } from './cache-store.js';

// Loaded on first use: a run whose labs all come from the result cache reads no parsed template.
const v8 = () => builtin<typeof V8>('node:v8');

/** Enough for every template of a course several times over; past it the oldest entries go. */
export const MAX_ENTRIES = 400;

export function diskParseCache(dir: string, salt: string, maxEntries = MAX_ENTRIES): ParseCache {
  const file = (key: string) => path.join(dir, `${key}.v8`);
  return {
    salt,
    get(key) {
      try {
        const entry = v8().deserialize(fs.readFileSync(file(key))) as CacheEntry | null;
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
      writeAtomic(dir, file(key), v8().serialize(entry));
      prune(dir, '.v8', maxEntries);
    },
  };
}

/**
 * The CLI's cache for the repository at `repoRoot`, for the build `salt` describes (buildSalt); none when
 * LABGRADE_CACHE is `off`.
 */
export function cliParseCache(
  repoRoot: string,
  salt: string,
  env: NodeJS.ProcessEnv,
): ParseCache | undefined {
  const dir = cliCacheDir(repoRoot, env, 'parse');
  return dir === undefined ? undefined : diskParseCache(dir, salt);
}
