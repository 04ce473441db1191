// Parse problems are findings on the file, with the position the parser gave, never exceptions.
import type { Finding, Position } from '../types.js';

export const PARSE_RULE = {
  json: 'parse/json',
  yaml: 'parse/yaml',
  controlChar: 'parse/control-char',
  aliases: 'parse/yaml-aliases',
  tooDeep: 'parse/too-deep',
  shape: 'parse/shape',
  dockerfile: 'parse/dockerfile',
} as const;

/** Nesting deeper than this is refused: no lab file comes near it, and deep input is a way to exhaust a parser. */
export const MAX_NESTING = 100;

export type ParseResult<D> = { ok: true; doc: D } | { ok: false; findings: Finding[] };

export function parseFailure(
  file: string,
  ruleId: string,
  message: string,
  at: Position = { line: 1, column: 1 },
): ParseResult<never> {
  return {
    ok: false,
    findings: [{ file, line: at.line, column: at.column, severity: 'error', ruleId, message }],
  };
}

/** 1-based line/column of a 0-based offset, computed from precomputed line starts. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 };
  }
}
