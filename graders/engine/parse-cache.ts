// Parsed templates kept by content hash, so grading the same text again skips the YAML parser, which is most of a
// static run's cost in a fresh process. An entry holds the template's value and the position of every node in it,
// both taken from a real parse, so a cached document answers `locate` exactly as the parsed one did. The engine only
// defines the contract; where entries live is the caller's choice (the CLI keeps them under
// node_modules/.cache/labgrade; the action and the tests keep none).
import { createHash } from 'node:crypto';
import path from 'node:path';
import { isRecord } from './parsers/record.js';
import type { CfnTemplate, CfnTemplateDoc, DataPath, Position } from './types.js';

export interface CachedTemplate {
  template: CfnTemplate;
  /** `[JSON.stringify(path), line, column]` for every node of the template, the root included. */
  positions: [string, number, number][];
}

export interface ParseCache {
  /** Mixed into every key: whatever makes an entry stale, such as the grader's own build. */
  readonly salt: string;
  get(key: string): CachedTemplate | undefined;
  set(key: string, entry: CachedTemplate): void;
}

/** The key of one template text: the format follows from the file's extension, so it is part of the key. */
export function templateCacheKey(cache: ParseCache, file: string, text: string): string {
  return createHash('sha256')
    .update(`${cache.salt}\u0000cloudformation\u0000${path.extname(file).toLowerCase()}\u0000`)
    .update(text, 'utf8')
    .digest('hex');
}

/** What to keep of a parsed template: its value and where each of its nodes is. */
export function snapshotTemplate(doc: CfnTemplateDoc): CachedTemplate {
  const positions: CachedTemplate['positions'] = [];
  const visit = (value: unknown, at: (string | number)[]) => {
    const p = doc.locate(at);
    positions.push([JSON.stringify(at), p.line, p.column]);
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...at, i]));
    else if (isRecord(value)) for (const [k, v] of Object.entries(value)) visit(v, [...at, k]);
  };
  visit(doc.template, []);
  return { template: doc.template, positions };
}

/**
 * A template document from a cache entry. `locate` answers for the longest prefix of the path that is a node,
 * which is what a parsed document's locator does for a path that does not exist.
 */
export function restoreTemplate(file: string, text: string, entry: CachedTemplate): CfnTemplateDoc {
  // Built on the first lookup: a template that earns every point is never asked where anything is.
  let table: Map<string, Position> | undefined;
  const locate = (at: DataPath): Position => {
    table ??= new Map(entry.positions.map(([k, line, column]) => [k, { line, column }]));
    for (let n = at.length; n >= 0; n--) {
      const hit = table.get(JSON.stringify(at.slice(0, n)));
      if (hit) return hit;
    }
    return { line: 1, column: 1 };
  };
  return {
    kind: 'cloudformation',
    file,
    text,
    format: /\.json$/i.test(file) ? 'json' : 'yaml',
    template: entry.template,
    locate,
  };
}
