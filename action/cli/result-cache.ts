// The CLI's result cache on disk: one JSON file per graded lab under node_modules/.cache/labgrade/results/ of the
// repository that holds the CLI, where tools keep caches and git ignores them. A learner grades the whole course
// again and again while working on one lab; every lab whose files did not change is then read back instead of
// graded (graders/engine/result-cache.ts says when an entry still holds). Only the CLI keeps one: the action grades
// each commit once, and in the trusted job nothing the PR can write may feed the grade.
import { isCachedLab, type ResultCache } from '../../graders/engine/result-cache.js';
import { cliCacheDir, jsonEntries } from './cache-store.js';
import { buildSalt } from './parse-cache.js';

/** Every lab of a course under a few sets of options; past it the oldest entries go. */
export const MAX_ENTRIES = 200;

export function diskResultCache(dir: string, salt: string, maxEntries = MAX_ENTRIES): ResultCache {
  const entries = jsonEntries(dir, (v) => (isCachedLab(v) ? v : undefined), maxEntries);
  return { salt, get: (key) => entries.get(key), set: (key, value) => entries.set(key, value) };
}

/** The CLI's result cache for the repository at `repoRoot`, built by `buildDir`; none when LABGRADE_CACHE is `off`. */
export function cliResultCache(
  repoRoot: string,
  buildDir: string,
  env: NodeJS.ProcessEnv,
): ResultCache | undefined {
  const dir = cliCacheDir(repoRoot, env, 'results');
  return dir === undefined ? undefined : diskResultCache(dir, buildSalt(buildDir));
}
