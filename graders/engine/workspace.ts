// The only way graders read learner files. A submission is untrusted input: it may hold symlinks out of the
// tree, huge or binary files, or text in encodings the parsers cannot read. Every such case becomes a
// finding on that file, so the rest of the course is still graded.
import fs from 'node:fs';
import path from 'node:path';
import { countNoun } from './plural.js';
import type { Finding } from './types.js';

export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
/** git's own heuristic: a NUL byte in the first 8000 bytes means binary. */
const BINARY_SNIFF_BYTES = 8000;

/** More files than any lab folder needs; a folder past it is read this far and says so. */
export const WALK_MAX_FILES = 500;
const WALK_SKIP_DIRS = new Set(['.git', 'node_modules', 'cdk.out']);

/**
 * A relative path already in the form normalize gives: `/`-separated names, none empty, `.` or `..`, and no `\`
 * or `:` (a separator or a drive on Windows). It is its own normal form, and joins the root without resolving. A
 * first name that starts with `..` is left to the full check, which takes any such path for one that climbs out.
 */
const PLAIN_RELATIVE = /^(?!\.\.|\.(?:\/|$))[^/\\:]+(?:\/(?!\.\.?(?:\/|$))[^/\\:]+)*$/;

export type ReadResult =
  { ok: true; path: string; text: string } | { ok: false; path: string; finding: Finding };

export interface WorkspaceOptions {
  maxFileBytes?: number;
}

export const WORKSPACE_RULE = {
  outside: 'workspace/outside-root',
  symlink: 'workspace/symlink-escape',
  tooLarge: 'workspace/too-large',
  binary: 'workspace/binary',
  encoding: 'workspace/encoding',
  unreadable: 'workspace/unreadable',
  notFile: 'workspace/not-a-file',
} as const;

export class Workspace {
  readonly root: string;
  readonly maxFileBytes: number;
  private readonly realRoot: string;
  /** The roots with a trailing separator: a path under one starts with it. */
  private readonly rootPrefix: string;
  private readonly realRootPrefix: string;

  constructor(root: string, options: WorkspaceOptions = {}) {
    this.root = path.resolve(root);
    // The native realpath(3): one system call, where fs.realpathSync walks the path an lstat per component.
    this.realRoot = fs.realpathSync.native(this.root);
    this.rootPrefix = this.root.endsWith(path.sep) ? this.root : this.root + path.sep;
    this.realRootPrefix = this.realRoot.endsWith(path.sep) ? this.realRoot : this.realRoot + path.sep;
    this.maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  }

  /** Normalises a submission-relative path to `/` separators, or null when it points outside the root. */
  normalize(rel: string): string | null {
    // Loading asks for the same plain paths (labs/<id>/template.yaml) again and again: they need no resolving.
    if (PLAIN_RELATIVE.test(rel)) return rel;
    const abs = path.resolve(this.root, rel);
    const fromRoot = path.relative(this.root, abs);
    if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) return null;
    return fromRoot.split(path.sep).join('/');
  }

  /**
   * What sits at a path, without following a symlink that leaves the root. Symlinks inside the root are
   * followed, as git checkouts of a repository can legitimately contain them.
   */
  stat(rel: string): 'file' | 'dir' | 'missing' | 'escapes' {
    const norm = this.normalize(rel);
    if (norm === null) return 'escapes';
    const abs = this.absolute(norm);
    // lstat first: most paths loading asks about do not exist (the template names a lab folder may use), and
    // lstat says so without the exception realpath would throw.
    let link: fs.Stats | undefined;
    try {
      link = fs.lstatSync(abs, { throwIfNoEntry: false });
    } catch {
      return 'missing'; // A component is not a folder.
    }
    if (!link) return 'missing';
    let real: string;
    try {
      real = fs.realpathSync.native(abs);
    } catch {
      // A dangling link is "missing", unless it points out of the tree.
      return this.linkTargetEscapes(abs) ? 'escapes' : 'missing';
    }
    if (!this.inside(real)) return 'escapes';
    // The path itself is no link: lstat described what it is. A folder on the way may be one, which realpath and
    // the check above have seen to.
    const st = link.isSymbolicLink() ? fs.statSync(real) : link;
    return st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'missing';
  }

  /** Where a normalized path is on disk. */
  private absolute(norm: string): string {
    return path.sep === '/' ? this.rootPrefix + norm : path.join(this.root, norm);
  }

  /** Names in a directory, sorted so every run visits files in the same order. */
  list(relDir: string): string[] {
    if (this.stat(relDir) !== 'dir') return [];
    const norm = this.normalize(relDir);
    if (norm === null) return [];
    return fs.readdirSync(this.absolute(norm)).sort();
  }

  /**
   * The regular files under a folder, recursively, as sorted submission-relative paths. Symbolic links are never
   * followed (they are listed in `links`), and folders that hold tools' output rather than the learner's work
   * (`.git`, `node_modules`, `cdk.out`) are not entered. At most `maxFiles` are returned; `truncated` says more
   * were there.
   */
  walk(relDir: string, maxFiles = WALK_MAX_FILES): { files: string[]; links: string[]; truncated: boolean } {
    const files: string[] = [];
    const links: string[] = [];
    let truncated = false;
    const start = this.normalize(relDir);
    if (start === null || this.stat(start) !== 'dir') return { files, links, truncated };
    const visit = (dir: string) => {
      const entries = fs.readdirSync(this.absolute(dir), { withFileTypes: true });
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const e of entries) {
        const rel = `${dir}/${e.name}`;
        if (e.isSymbolicLink()) links.push(rel);
        else if (e.isDirectory()) {
          if (!WALK_SKIP_DIRS.has(e.name)) visit(rel);
        } else if (e.isFile()) {
          if (files.length < maxFiles) files.push(rel);
          else truncated = true;
        }
      }
    };
    visit(start);
    return { files: files.sort(), links: links.sort(), truncated };
  }

  read(rel: string): ReadResult {
    const norm = this.normalize(rel);
    const shown = norm ?? rel.split(path.sep).join('/');
    const fail = (ruleId: string, message: string): ReadResult => ({
      ok: false,
      path: shown,
      finding: { file: shown, line: 1, column: 1, severity: 'error', ruleId, message },
    });
    if (norm === null) {
      return fail(WORKSPACE_RULE.outside, `The path '${rel}' is outside the submission, so it was not read.`);
    }
    const abs = this.absolute(norm);
    let real: string;
    try {
      real = fs.realpathSync.native(abs);
    } catch {
      return fail(
        WORKSPACE_RULE.unreadable,
        `'${norm}' could not be found or read. Check that the file exists and is committed.`,
      );
    }
    if (!this.inside(real)) {
      return fail(
        WORKSPACE_RULE.symlink,
        `'${norm}' is a symbolic link to a place outside the repository, so the grader will not read it. ` +
          'Replace the link with the file itself.',
      );
    }
    let fd: number;
    try {
      fd = fs.openSync(real, fs.constants.O_RDONLY);
    } catch {
      return fail(WORKSPACE_RULE.unreadable, `'${norm}' could not be opened. Check the file's permissions.`);
    }
    try {
      const st = fs.fstatSync(fd);
      if (!st.isFile()) {
        return fail(
          WORKSPACE_RULE.notFile,
          `'${norm}' is not a regular file (it is a directory or a device).`,
        );
      }
      if (st.size > this.maxFileBytes) {
        return fail(
          WORKSPACE_RULE.tooLarge,
          `'${norm}' is ${formatBytes(st.size)}, over the grader's limit of ${formatBytes(this.maxFileBytes)}. ` +
            'Lab files are small text files; remove generated or bundled content from it.',
        );
      }
      // Read at most one byte past the cap in case the file grew since fstat.
      const buf = Buffer.alloc(Math.min(st.size, this.maxFileBytes) + 1);
      const n = fs.readSync(fd, buf, 0, buf.length, 0);
      if (n > this.maxFileBytes) {
        return fail(
          WORKSPACE_RULE.tooLarge,
          `'${norm}' is over the grader's limit of ${formatBytes(this.maxFileBytes)}.`,
        );
      }
      const decoded = decodeText(buf.subarray(0, n));
      if (!decoded.ok) return fail(decoded.ruleId, decoded.message(norm));
      return { ok: true, path: norm, text: decoded.text };
    } finally {
      fs.closeSync(fd);
    }
  }

  private inside(real: string): boolean {
    // Canonical paths (realpath's, or resolved ones) hold no `..`: one that starts with the root's is under it.
    if (real.startsWith(this.realRootPrefix)) return true;
    const rel = path.relative(this.realRoot, real);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  }

  private linkTargetEscapes(abs: string): boolean {
    try {
      const target = fs.readlinkSync(abs);
      return !this.inside(path.resolve(path.dirname(abs), target));
    } catch {
      return false;
    }
  }
}

type Decoded = { ok: true; text: string } | { ok: false; ruleId: string; message: (file: string) => string };

/** One decoder for every read: making one costs more than decoding a lab file, and each decode starts afresh. */
let utf8: InstanceType<typeof TextDecoder> | undefined;

/**
 * Decodes learner text: UTF-8 with or without a BOM, CRLF or LF. UTF-16 (which Windows editors and
 * PowerShell's `>` produce) and binary content are refused with a message saying how to fix the file.
 */
export function decodeText(buf: Uint8Array): Decoded {
  const b0 = buf[0];
  const b1 = buf[1];
  const utf16 = (b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff) || looksLikeBomlessUtf16(buf);
  if (utf16) {
    return {
      ok: false,
      ruleId: WORKSPACE_RULE.encoding,
      message: (f) =>
        `'${f}' is saved as UTF-16, which the grader (and most AWS tools) cannot read. ` +
        'Save it as UTF-8: in VS Code, click the encoding in the status bar and choose "Save with Encoding" > "UTF-8".',
    };
  }
  const sniff = buf.subarray(0, BINARY_SNIFF_BYTES);
  if (sniff.includes(0)) {
    return {
      ok: false,
      ruleId: WORKSPACE_RULE.binary,
      message: (f) =>
        `'${f}' looks like a binary file, not text, so it cannot be graded. Commit the text source instead.`,
    };
  }
  let text: string;
  try {
    text = (utf8 ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })).decode(buf);
  } catch {
    return {
      ok: false,
      ruleId: WORKSPACE_RULE.encoding,
      message: (f) =>
        `'${f}' is not valid UTF-8 text. Save it as UTF-8 (without special characters from another encoding).`,
    };
  }
  // CRLF and lone CR become LF; line numbers are unchanged, so positions still match the learner's editor.
  return { ok: true, text: text.replace(/\r\n?/g, '\n') };
}

/** UTF-16 without a BOM: in ASCII-heavy text, every other byte is zero. */
function looksLikeBomlessUtf16(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 512) & ~1;
  if (n < 8) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZeros++;
    if (buf[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  return (oddZeros > pairs * 0.7 && evenZeros === 0) || (evenZeros > pairs * 0.7 && oddZeros === 0);
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return countNoun(n, 'byte');
}
