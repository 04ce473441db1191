// JSON with source positions (jsonc-parser keeps offsets on every node). Comments and trailing commas are
// reported, because AWS APIs reject them even where editors tolerate them.
import { parseTree, findNodeAtLocation, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { DataPath, JsonDoc, Position } from '../types.js';
import { LineIndex, MAX_NESTING, PARSE_RULE, parseFailure, type ParseResult } from './findings.js';

export function parseJson(file: string, text: string): ParseResult<JsonDoc> {
  const lines = new LineIndex(text);
  const depth = maxBracketDepth(text);
  if (depth.depth > MAX_NESTING) {
    return parseFailure(
      file,
      PARSE_RULE.tooDeep,
      `'${file}' nests more than ${MAX_NESTING} levels deep, which no lab file needs; the grader stopped reading it.`,
      lines.position(depth.offset),
    );
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const first = errors[0];
  if (first || root === undefined) {
    const at = lines.position(first?.offset ?? 0);
    const what = first ? describeJsonError(printParseErrorCode(first.error)) : 'the file is empty';
    return parseFailure(
      file,
      PARSE_RULE.json,
      `'${file}' is not valid JSON: ${what} at line ${at.line}, column ${at.column}. Fix the syntax there; an editor with JSON support highlights it.`,
      at,
    );
  }
  const value = nodeValue(root);
  return {
    ok: true,
    doc: {
      kind: 'json',
      file,
      text,
      value,
      locate: (path) => locateJson(root, path, lines),
    },
  };
}

export function locateJson(root: Node, path: DataPath, lines: LineIndex): Position {
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n) as (string | number)[]);
    if (node) {
      // A property's value is found; point at its key, which is where learners look.
      const at = node.parent?.type === 'property' ? node.parent.offset : node.offset;
      return lines.position(at);
    }
  }
  return { line: 1, column: 1 };
}

/** Converts the tree to plain data iteratively-safe (depth is already bounded). Duplicate keys: last wins, as JSON.parse. */
function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (k && v) {
          // Object.defineProperty keeps a learner key named "__proto__" as data, not a prototype change.
          Object.defineProperty(out, String(k.value), {
            value: nodeValue(v),
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

function maxBracketDepth(text: string): { depth: number; offset: number } {
  let depth = 0;
  let max = 0;
  let maxAt = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > max) {
        max = depth;
        maxAt = i;
        if (max > MAX_NESTING) break;
      }
    } else if (c === 125 || c === 93) depth--;
  }
  return { depth: max, offset: maxAt };
}

function describeJsonError(code: string): string {
  const map: Record<string, string> = {
    InvalidSymbol: 'an unexpected character',
    InvalidNumberFormat: 'a badly formed number',
    PropertyNameExpected: 'a property name (in double quotes) was expected',
    ValueExpected: 'a value was expected',
    ColonExpected: "a ':' was expected",
    CommaExpected: "a ',' was expected",
    CloseBraceExpected: "a closing '}' was expected",
    CloseBracketExpected: "a closing ']' was expected",
    EndOfFileExpected: 'extra content after the end of the JSON value',
    InvalidCommentToken: 'a comment (JSON does not allow comments)',
    UnexpectedEndOfComment: 'an unfinished comment',
    UnexpectedEndOfString: 'an unfinished string',
    UnexpectedEndOfNumber: 'an unfinished number',
    InvalidUnicode: 'a bad \\u escape',
    InvalidEscapeCharacter: 'a bad escape character',
    InvalidCharacter: 'a control character inside a string',
  };
  return map[code] ?? code;
}
