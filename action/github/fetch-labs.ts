// The trusted regrade reads a PR's lab files as data, and only as data. It downloads ONE tarball of the PR's head
// commit (one API call, whatever the number of files: per-file fetching let one push spend the repository's hourly
// API budget) and extracts it in-process, keeping only `labs/<id>/` of the labs being graded, into a private folder
// outside the workspace. Nothing from the PR is executed, and the grader, its config and its tests always come from
// the default branch.
//
// The folder this writes is uploaded as an artifact (report.yml → deploy.yml), and upload-artifact follows links:
// a symlink to /proc/self/environ once put the runner's token into a downloadable artifact. So the tree holds
// regular files and folders and nothing else. A symlink, hard link or special entry is never created: it becomes a
// finding on its path, which the grade shows on the lab. Every write is checked against real paths, an oversized file
// becomes a small placeholder (never a sparse file: the upload would read it in full), and entries and bytes are
// capped so no archive can exhaust the runner.
import fs from 'node:fs';
import path from 'node:path';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import * as tar from 'tar-stream';
import {
  labDir,
  workspaceSource,
  type FileSource,
  type LoadedSubmission,
} from '../../graders/engine/load.js';
import type { Finding } from '../../graders/engine/report.js';
import { DEFAULT_MAX_FILE_BYTES, WORKSPACE_RULE, formatBytes } from '../../graders/engine/workspace.js';
import type { GitHubApi } from './api.js';
import { countNoun } from '../../graders/engine/plural.js';

/** Entries kept under the selected labs; more is not a lab submission. */
export const MAX_FETCHED_ENTRIES = 5000;
/** Entries looked at in the whole archive (most are skipped unread: they are outside labs/). */
export const MAX_ARCHIVE_ENTRIES = 100_000;
/** A file over this is not written; the grader's reader refuses the same size anyway. */
export const MAX_FETCHED_FILE_BYTES = DEFAULT_MAX_FILE_BYTES;
/** Bytes written for all lab files together. */
export const MAX_FETCHED_TOTAL_BYTES = 64 * 1024 * 1024;
/** Bytes read from the archive (compressed, then uncompressed), skipped entries included. */
export const MAX_ARCHIVE_BYTES = 512 * 1024 * 1024;

export const FETCH_RULE = {
  link: 'fetch/not-followed',
  special: 'fetch/special-entry',
  tooLarge: WORKSPACE_RULE.tooLarge,
  unsafePath: 'fetch/unsafe-path',
  capped: 'fetch/too-many-files',
} as const;

/** A path in the PR that was not written as it stands, and why; the grade shows it as a finding there. */
export interface Refusal {
  /** Submission-relative, `/`-separated: `labs/<id>/…`. */
  path: string;
  finding: Finding;
}

export interface FetchResult {
  root: string;
  /** Regular files written. */
  files: number;
  /** By path. */
  refused: Map<string, Refusal>;
  /** Labs where a cap stopped the extraction, so a file that is absent may just not have been read. */
  capped: Map<string, Finding>;
}

export interface FetchLimits {
  maxEntries?: number;
  maxFileBytes?: number;
  maxTotalBytes?: number;
  maxArchiveEntries?: number;
  maxArchiveBytes?: number;
}

function finding(
  file: string,
  ruleId: string,
  message: string,
  severity: Finding['severity'] = 'error',
): Finding {
  return { file, line: 1, column: 1, severity, ruleId, message };
}

/** Counts bytes through a stream and stops it past a cap (gunzip has no streaming output limit of its own). */
function byteCap(max: number, what: string): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback) {
      seen += chunk.length;
      if (seen > max) cb(new Error(`${what} is over ${formatBytes(max)}`));
      else cb(null, chunk);
    },
  });
}

async function readAll(stream: AsyncIterable<unknown>, max: number): Promise<Buffer | null> {
  const parts: Buffer[] = [];
  let n = 0;
  for await (const c of stream) {
    n += (c as Uint8Array).length;
    // The header's size was checked first; this only guards a stream that delivers more than it declared.
    if (n > max) return null;
    parts.push(Buffer.from(c as Uint8Array));
  }
  return Buffer.concat(parts);
}

async function drain(stream: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of stream) void _;
}

/** GitHub tarballs put everything under one `<owner>-<repo>-<sha>/` folder; the rest is the repository path. */
function repoPath(name: string): { rel: string; safe: boolean } | null {
  const parts = name.split('/');
  const rest = parts.slice(1);
  while (rest.length && rest[rest.length - 1] === '') rest.pop(); // folders end with '/'
  if (rest.length === 0) return null;
  const safe =
    !name.startsWith('/') && rest.every((s) => s !== '' && s !== '.' && s !== '..' && !s.includes('\0'));
  return { rel: rest.join('/'), safe };
}

/**
 * Downloads the tarball of `sha` and writes the regular files and folders under `labs/<id>/` of `labIds` into
 * `dest` (a fresh, empty folder). Throws only when the archive itself cannot be read (the API failed, the archive is
 * corrupt or over the byte cap); anything a learner can commit becomes a refusal.
 */
export async function fetchLabFiles(
  api: GitHubApi,
  sha: string,
  dest: string,
  labIds: readonly string[],
  limits: FetchLimits = {},
): Promise<FetchResult> {
  const body = await api.downloadTarball(sha);
  return extractLabs(body, dest, labIds, limits);
}

/** The extraction half of fetchLabFiles, on any gzipped tar stream. */
export async function extractLabs(
  gz: Readable,
  dest: string,
  labIds: readonly string[],
  limits: FetchLimits = {},
): Promise<FetchResult> {
  const maxEntries = limits.maxEntries ?? MAX_FETCHED_ENTRIES;
  const maxFile = limits.maxFileBytes ?? MAX_FETCHED_FILE_BYTES;
  const maxTotal = limits.maxTotalBytes ?? MAX_FETCHED_TOTAL_BYTES;
  const maxArchiveEntries = limits.maxArchiveEntries ?? MAX_ARCHIVE_ENTRIES;
  const maxArchive = limits.maxArchiveBytes ?? MAX_ARCHIVE_BYTES;

  const root = path.resolve(dest);
  const realRoot = fs.realpathSync(root);
  const result: FetchResult = { root, files: 0, refused: new Map(), capped: new Map() };
  const prefixes = labIds.map((id) => `${labDir(id)}/`);
  const labOf = (rel: string) => labIds.find((id) => rel.startsWith(`${labDir(id)}/`));
  const refuse = (rel: string, ruleId: string, message: string) => {
    if (!result.refused.has(rel))
      result.refused.set(rel, { path: rel, finding: finding(rel, ruleId, message) });
  };
  let kept = 0;
  let written = 0;
  let seen = 0;

  /**
   * The real folder for `relDir`, created one component at a time. Each component must be a real folder inside
   * dest: nothing is ever written through a link, even one that some other process put there.
   */
  const ensureDir = (relDir: string): string | null => {
    let cur = realRoot;
    for (const part of relDir.split('/')) {
      const next = path.join(cur, part);
      let st: fs.Stats | undefined;
      try {
        st = fs.lstatSync(next);
      } catch {
        fs.mkdirSync(next);
        st = fs.lstatSync(next);
      }
      if (!st.isDirectory() || st.isSymbolicLink()) return null;
      cur = next;
    }
    const real = fs.realpathSync(cur);
    const fromRoot = path.relative(realRoot, real);
    return fromRoot.startsWith('..') || path.isAbsolute(fromRoot) ? null : real;
  };

  /** Writes a new regular file, refusing to follow or replace anything that is not one. */
  const writeFile = (rel: string, data: Buffer | string): boolean => {
    const dir = ensureDir(path.posix.dirname(rel));
    if (dir === null) return false;
    const target = path.join(dir, path.posix.basename(rel));
    try {
      const st = fs.lstatSync(target);
      if (!st.isFile()) return false;
      fs.unlinkSync(target); // a later entry for the same path wins, as in tar
    } catch {
      // absent: the normal case
    }
    // O_EXCL|O_CREAT never follows a link, and O_NOFOLLOW says so twice.
    const fd = fs.openSync(
      target,
      fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_NOFOLLOW,
      0o644,
    );
    try {
      fs.writeSync(fd, typeof data === 'string' ? Buffer.from(data) : data);
    } finally {
      fs.closeSync(fd);
    }
    return true;
  };

  const extract = tar.extract();
  const done = pipeline(
    gz,
    byteCap(maxArchive, 'the compressed archive'),
    zlib.createGunzip(),
    byteCap(maxArchive, 'the archive'),
    extract,
  );
  // The consumer below may stop early (a cap); the pipeline's own failure is then reported by `await done`.
  done.catch(() => {});
  try {
    for await (const entry of extract) {
      const header = entry.header;
      if (++seen > maxArchiveEntries)
        throw new Error(`the archive has more than ${maxArchiveEntries} entries`);
      const p = repoPath(header.name);
      if (p === null || !prefixes.some((pre) => `${p.rel}/`.startsWith(pre))) {
        await drain(entry);
        continue;
      }
      const { rel } = p;
      const lab = labOf(`${rel}/`)!;
      if (!p.safe) {
        refuse(rel, FETCH_RULE.unsafePath, `'${rel}' has an unsafe path, so it was not read.`);
        await drain(entry);
        continue;
      }
      if (++kept > maxEntries) {
        if (!result.capped.has(lab))
          result.capped.set(
            lab,
            finding(
              labDir(lab),
              FETCH_RULE.capped,
              `The pull request holds more than ${maxEntries} files under 'labs/', so the grader stopped reading them here. ` +
                'Lab folders hold a few small text files: remove generated or copied folders (such as node_modules) and push again.',
            ),
          );
        await drain(entry);
        continue;
      }
      switch (header.type) {
        case 'directory': {
          if (ensureDir(rel) === null)
            refuse(rel, FETCH_RULE.unsafePath, `'${rel}' could not be created safely.`);
          await drain(entry);
          break;
        }
        case 'file':
        case 'contiguous-file': {
          if (header.size > maxFile || written + header.size > maxTotal) {
            await drain(entry);
            const why =
              header.size > maxFile
                ? `is ${formatBytes(header.size)}, over the grader's limit of ${formatBytes(maxFile)}`
                : `would take the lab files over ${formatBytes(maxTotal)} in all`;
            // A small placeholder, never a sparse file of the declared size: the artifact upload reads files in full.
            writeFile(rel, `labgrade: this file ${why} in the pull request, so it was not downloaded.\n`);
            refuse(
              rel,
              FETCH_RULE.tooLarge,
              `'${rel}' ${why}, so it was not read. Lab files are small text files; remove generated or bundled content from it.`,
            );
            break;
          }
          const data = await readAll(entry, header.size);
          if (data === null || !writeFile(rel, data)) {
            refuse(rel, FETCH_RULE.unsafePath, `'${rel}' could not be written safely, so it was not read.`);
            break;
          }
          written += data.length;
          result.files++;
          break;
        }
        case 'symlink':
        case 'link': {
          await drain(entry);
          const kind = header.type === 'symlink' ? 'a symbolic link' : 'a hard link';
          refuse(
            rel,
            FETCH_RULE.link,
            `'${rel}' is ${kind}. Links are not followed here: the trusted grader reads only the files themselves. ` +
              'Replace the link with a copy of what it points to (the file or folder itself), and commit that.',
          );
          break;
        }
        default: {
          await drain(entry);
          refuse(
            rel,
            FETCH_RULE.special,
            `'${rel}' is a ${header.type} entry, not a regular file, so it was not read. Commit the file's text instead.`,
          );
        }
      }
    }
  } catch (e) {
    extract.destroy();
    throw e;
  }
  await done;
  assertPlainTree(realRoot);
  return result;
}

/**
 * Every entry under `root` is a regular file or a folder. The extraction never creates anything else; this checks
 * it once more before the tree is graded and uploaded, and removes anything else rather than let it leave.
 */
export function assertPlainTree(root: string): void {
  const bad: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (!e.isFile()) {
        bad.push(p);
        fs.rmSync(p, { force: true });
      }
    }
  };
  walk(root);
  if (bad.length)
    throw new Error(
      `the fetched tree held ${countNoun(bad.length, 'entry', 'entries')} that are not regular files; they were removed`,
    );
}

/**
 * The fetched tree as a file source: a lab file whose path the fetch refused is found, unreadable, with the reason
 * (so the item says why instead of calling the file missing); any other path is read from the tree by the normal
 * workspace reader. In a lab where a cap stopped the extraction, a file that is absent is reported as not read.
 */
export function fetchedSource(fetched: FetchResult): FileSource {
  return {
    name: 'fetched',
    async load(request) {
      const { lab, spec } = request;
      const dir = labDir(lab.id);
      for (const p of spec.paths) {
        const rel = `${dir}/${p}`;
        const refusal = fetched.refused.get(rel);
        if (refusal) return { found: true, read: { ok: false, path: rel, finding: refusal.finding } };
        if (request.workspace.stat(rel) !== 'missing') return workspaceSource.load(request);
      }
      const capped = fetched.capped.get(lab.id);
      if (capped) {
        const rel = `${dir}/${spec.paths[0]}`;
        return { found: true, read: { ok: false, path: rel, finding: { ...capped, file: rel } } };
      }
      return workspaceSource.load(request);
    },
  };
}

/**
 * Refused paths that are not lab files (a linked folder, a FIFO beside the template) still deserve a word on the
 * lab: they are added to its notices once. Lab files already carry theirs through fetchedSource.
 */
export function addFetchNotices(submission: LoadedSubmission, fetched: FetchResult, maxPerLab = 20): void {
  for (const loaded of submission.labs) {
    const prefix = `${labDir(loaded.lab.id)}/`;
    const already = new Set(loaded.notices.map((n) => `${n.file}\u0000${n.ruleId}`));
    const extra = [...fetched.refused.values()].filter(
      (r) => r.path.startsWith(prefix) && !already.has(`${r.path}\u0000${r.finding.ruleId}`),
    );
    for (const r of extra.slice(0, maxPerLab)) loaded.notices.push(r.finding);
    if (extra.length > maxPerLab)
      loaded.notices.push(
        finding(
          labDir(loaded.lab.id),
          FETCH_RULE.special,
          `…and ${extra.length - maxPerLab} more entries that are not regular files were not read.`,
          'warning',
        ),
      );
    const capped = fetched.capped.get(loaded.lab.id);
    if (capped && !already.has(`${capped.file}\u0000${capped.ruleId}`)) loaded.notices.push(capped);
  }
}
