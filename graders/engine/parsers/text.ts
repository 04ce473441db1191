// Line-oriented text (`.dockerignore`, every file of a lab's file set): nothing to parse, so never a finding. In a
// module of its own so that reading a file set does not load the Dockerfile parser.
import type { TextDoc } from '../types.js';
import type { ParseResult } from './findings.js';

export function parseText(file: string, text: string): ParseResult<TextDoc> {
  return { ok: true, doc: { kind: 'text', file, text, lines: text.split('\n') } };
}
