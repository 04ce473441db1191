// The CLI's result cache on disk: one JSON file per graded lab under node_modules/.cache/labgrade/results/ of the
// repository that holds the CLI, where tools keep caches and git ignores them. A learner grades the whole course
// again and again while working on one lab; every lab whose files did not change is then read back instead of
// graded (graders/engine/result-cache.ts says when an entry still holds). Only the CLI keeps one: the action grades
// each commit once, and in the trusted job nothing the PR can write may feed the grade.
//
// A file is named after its key's first line (the lab and the options a learner switches between) and holds the
// whole key: an entry under another build, points or regions is a miss, and the next write replaces it. Beside
// them, labs.outline holds the outlines of the build's labs, with the build's salt (see gradeKept).
import fs from 'node:fs';
import path from 'node:path';
import {
  isCachedLab,
  isOutlineList,
  outlineOf,
  resultCacheName,
  type CachedLab,
  type ResultCache,
} from '../../graders/engine/result-cache.js';
import { cliCacheDir, jsonEntries, writeAtomic } from './cache-store.js';

/** Every lab of a course under a few sets of options; past it the oldest entries go. */
export const MAX_ENTRIES = 200;

interface Kept {
  key: string;
  entry: CachedLab;
}

function isKept(v: unknown): v is Kept {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as Kept).key === 'string' &&
    isCachedLab((v as Kept).entry)
  );
}

export function diskResultCache(dir: string, salt: string, maxEntries = MAX_ENTRIES): ResultCache {
  const files = jsonEntries(dir, (v) => (isKept(v) ? v : undefined), maxEntries);
  return {
    salt,
    get(key) {
      const kept = files.get(resultCacheName(key));
      return kept?.key === key ? kept.entry : undefined;
    },
    set: (key, entry) => files.set(resultCacheName(key), { key, entry }),
    outlines: diskOutlines(dir, salt),
  };
}

/** The build's lab outlines, in one file that pruning (of `.json` files) leaves alone; another build's is a miss. */
function diskOutlines(dir: string, salt: string): NonNullable<ResultCache['outlines']> {
  const file = path.join(dir, 'labs.outline');
  return {
    get() {
      try {
        const kept = JSON.parse(fs.readFileSync(file, 'utf8')) as { salt?: unknown; labs?: unknown };
        return kept.salt === salt && isOutlineList(kept.labs) ? kept.labs : undefined;
      } catch {
        return undefined;
      }
    },
    set: (labs) => writeAtomic(dir, file, JSON.stringify({ salt, labs: labs.map(outlineOf) })),
  };
}

/**
 * The CLI's result cache for the repository at `repoRoot`, for the build `salt` describes (buildSalt); none when
 * LABGRADE_CACHE is `off`.
 */
export function cliResultCache(
  repoRoot: string,
  salt: string,
  env: NodeJS.ProcessEnv,
): ResultCache | undefined {
  const dir = cliCacheDir(repoRoot, env, 'results');
  return dir === undefined ? undefined : diskResultCache(dir, salt);
}
