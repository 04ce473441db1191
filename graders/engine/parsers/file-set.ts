// A lab folder's text files as one document, for rules that must look at every file (hard-coded credentials can
// sit in a config file, a script or a notebook). The loader walks the folder through the workspace reader and
// builds the set; parsing one text as a set of one file serves the rule tester and the fuzzers.
import path from 'node:path';
import type { FileSetDoc, TextDoc } from '../types.js';
import type { ParseResult } from './findings.js';
import { parseText } from './text.js';

export function fileSet(
  dir: string,
  files: readonly TextDoc[],
  skipped: FileSetDoc['skipped'] = [],
  truncated = false,
): FileSetDoc {
  const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { kind: 'files', file: dir, text: '', files: sorted, skipped: [...skipped], truncated };
}

export function parseFileSet(file: string, text: string): ParseResult<FileSetDoc> {
  const one = parseText(file, text);
  if (!one.ok) return one;
  return { ok: true, doc: fileSet(path.posix.dirname(file), [one.doc]) };
}
