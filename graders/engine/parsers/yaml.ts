// YAML with source positions, on the `yaml` package. Its own limits guard against hostile input:
// `maxAliasCount` against alias bombs ("billion laughs") and RESOURCE_EXHAUSTION errors for deep nesting.
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  type Document,
  type Node,
  type Tags,
} from 'yaml';
import type { DataPath, Finding, Position, YamlDoc } from '../types.js';
import { MAX_NESTING, PARSE_RULE, type ParseResult } from './findings.js';

/** Aliases are rare in lab files; CloudFormation does not support them at all (cfn-lint W1100). */
const MAX_ALIAS_COUNT = 50;

export interface YamlOptions {
  customTags?: Tags;
}

export function parseYamlStream(
  file: string,
  text: string,
  options: YamlOptions = {},
): ParseResult<YamlDoc[]> {
  const lineCounter = new LineCounter();
  let docs: Document.Parsed[] | { empty: true };
  try {
    const parsed = parseAllDocuments(text, {
      lineCounter,
      uniqueKeys: true,
      prettyErrors: false,
      ...(options.customTags ? { customTags: options.customTags } : {}),
    });
    docs = Array.isArray(parsed) ? parsed : { empty: true };
  } catch (e) {
    return yamlFailure(file, PARSE_RULE.yaml, `'${file}' could not be parsed as YAML (${String(e)}).`, {
      line: 1,
      column: 1,
    });
  }
  if (!Array.isArray(docs)) return { ok: true, doc: [] };
  const pos = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const out: YamlDoc[] = [];
  for (const [index, doc] of docs.entries()) {
    const err = doc.errors[0];
    if (err) {
      const at = pos(err.pos[0]);
      if (err.code === 'RESOURCE_EXHAUSTION') {
        return yamlFailure(
          file,
          PARSE_RULE.tooDeep,
          `'${file}' nests too deeply for the grader to read safely; no lab file needs this.`,
          at,
        );
      }
      return yamlFailure(
        file,
        PARSE_RULE.yaml,
        `'${file}' is not valid YAML: ${firstLine(err.message)} (line ${at.line}, column ${at.column}). ${yamlHint(err.code)}`,
        at,
      );
    }
    const tagWarning = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
    if (tagWarning && options.customTags) {
      const at = pos(tagWarning.pos[0]);
      return yamlFailure(
        file,
        PARSE_RULE.yaml,
        `'${file}' uses an unknown YAML tag: ${firstLine(tagWarning.message)}.`,
        at,
      );
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      if (e instanceof ReferenceError && /alias/i.test(e.message)) {
        return yamlFailure(
          file,
          PARSE_RULE.aliases,
          `'${file}' expands YAML aliases (*name) more than ${MAX_ALIAS_COUNT} times, the pattern of an "alias bomb"; ` +
            'the grader stopped reading it. Write the values out instead of using anchors and aliases.',
          { line: 1, column: 1 },
        );
      }
      return yamlFailure(
        file,
        PARSE_RULE.yaml,
        `'${file}' could not be read as YAML data: ${firstLine(String(e))}.`,
        { line: 1, column: 1 },
      );
    }
    if (depthOf(value) > MAX_NESTING) {
      return yamlFailure(
        file,
        PARSE_RULE.tooDeep,
        `'${file}' nests more than ${MAX_NESTING} levels deep, which no lab file needs.`,
        { line: 1, column: 1 },
      );
    }
    out.push({
      kind: 'yaml',
      file,
      text,
      index,
      value,
      locate: (path) => locateYaml(doc, path, pos),
    });
  }
  return { ok: true, doc: out };
}

function yamlFailure(
  file: string,
  ruleId: string,
  message: string,
  at: Position,
): { ok: false; findings: Finding[] } {
  return {
    ok: false,
    findings: [{ file, line: at.line, column: at.column, severity: 'error', ruleId, message }],
  };
}

/** Position of the node at a data path, or of its nearest ancestor that exists in the source. */
export function locateYaml(doc: Document, path: DataPath, pos: (offset: number) => Position): Position {
  let node: unknown = doc.contents;
  let best: number | undefined = rangeStart(node);
  for (const seg of path) {
    let next: unknown;
    let keyAt: number | undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && (isScalar(p.key) ? p.key.value : p.key) === seg);
      if (pair) {
        next = pair.value;
        keyAt = rangeStart(pair.key);
      }
    } else if (isSeq(node) && typeof seg === 'number') {
      next = node.items[seg];
    }
    if (next === undefined && keyAt === undefined) break;
    node = next;
    // Point at the key of a mapping entry: that is where learners look and where cfn-lint points.
    best = keyAt ?? rangeStart(next) ?? best;
  }
  return best === undefined ? { line: 1, column: 1 } : pos(best);
}

function rangeStart(node: unknown): number | undefined {
  const r = (node as Node | null | undefined)?.range;
  return r ? r[0] : undefined;
}

function depthOf(value: unknown): number {
  // Iterative, so a deep value cannot overflow the stack while being measured.
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  const seen = new Set<object>();
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (d > max) max = d;
    if (max > MAX_NESTING) return max;
    if (v && typeof v === 'object' && !seen.has(v)) {
      seen.add(v);
      for (const child of Object.values(v)) stack.push([child, d + 1]);
    }
  }
  return max;
}

function yamlHint(code: string): string {
  if (code === 'DUPLICATE_KEY')
    return 'Each key may appear once per mapping; merge or rename the repeated one.';
  if (code === 'TAB_AS_INDENT') return 'YAML indents with spaces, never tabs.';
  if (code.includes('INDENT')) return 'Check the indentation there: items of one mapping line up exactly.';
  return 'Check the syntax there; an editor with YAML support highlights it.';
}

function firstLine(s: string): string {
  return (s.split('\n')[0] ?? s).trim();
}
