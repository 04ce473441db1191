// The trusted regrade reads a PR's lab files as data: blobs from the Git database at the PR's head
// commit, written into a private folder outside the workspace. Nothing from the PR is executed, and
// only labs/ is fetched, so the grader, its config and its tests always come from the default branch.
import fs from 'node:fs';
import path from 'node:path';
import type { GitHubApi } from './api.js';

export const MAX_FETCHED_FILES = 2000;
/** Blobs over this are not downloaded; a sparse file of the same size lets the reader report them. */
export const MAX_FETCHED_BYTES = 1024 * 1024;

export interface FetchResult {
  root: string;
  files: number;
  skipped: string[];
}

export async function fetchLabFiles(
  api: GitHubApi,
  sha: string,
  dest: string,
  labIds: readonly string[],
): Promise<FetchResult> {
  const { entries, truncated } = await api.getTree(sha);
  if (truncated)
    throw new Error(`the tree of ${sha.slice(0, 7)} is too large for GitHub to list in one response`);
  const wanted = entries.filter((e) => labIds.some((id) => e.path.startsWith(`labs/${id}/`)));
  if (wanted.length > MAX_FETCHED_FILES)
    throw new Error(`the PR has ${wanted.length} files under labs/, more than ${MAX_FETCHED_FILES}`);
  const skipped: string[] = [];
  let files = 0;
  for (const e of wanted) {
    // Paths come from GitHub, but are still checked: nothing may land outside dest.
    const target = path.resolve(dest, e.path);
    if (!target.startsWith(path.resolve(dest) + path.sep) || e.path.split('/').includes('..')) {
      skipped.push(e.path);
      continue;
    }
    if (e.type === 'tree') {
      fs.mkdirSync(target, { recursive: true });
      continue;
    }
    if (e.type !== 'blob') {
      skipped.push(e.path); // submodules
      continue;
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (e.mode === '120000') {
      // A symlink's blob is its target; recreate the link so the workspace reader can refuse it with a finding.
      fs.symlinkSync((await api.getBlob(e.sha)).toString('utf8'), target);
    } else if ((e.size ?? 0) > MAX_FETCHED_BYTES) {
      fs.writeFileSync(target, '');
      fs.truncateSync(target, e.size);
    } else {
      fs.writeFileSync(target, await api.getBlob(e.sha));
    }
    files++;
  }
  return { root: dest, files, skipped };
}
