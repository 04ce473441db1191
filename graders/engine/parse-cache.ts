// Parsed templates and YAML files (manifests, eksctl configs, appspecs) kept by content hash, so grading the same
// text again skips the YAML parser, which is most of a static run's cost in a fresh process. An entry holds the
// document's value and the position of every node in it,
// both taken from a real parse, so a cached document answers `locate` exactly as the parsed one did. The engine only
// defines the contract; where entries live is the caller's choice (the CLI keeps them under
// node_modules/.cache/labgrade; the action and the tests keep none).
import { createHash } from './builtins.js';
import path from 'node:path';
import { isRecord } from './parsers/record.js';
import type { CfnTemplate, CfnTemplateDoc, DataPath, KubernetesDoc, Position, YamlDoc } from './types.js';

/** `[JSON.stringify(path), line, column]` for every node of a document, the root included. */
export type Positions = [string, number, number][];

export interface CachedTemplate {
  template: CfnTemplate;
  positions: Positions;
}

/** The documents of a YAML file (one for the `yaml` kind, every non-empty one for `kubernetes`). */
export interface CachedYaml {
  documents: { index: number; value: unknown; positions: Positions }[];
}

export type CacheEntry = CachedTemplate | CachedYaml;

export interface ParseCache {
  /** Mixed into every key: whatever makes an entry stale, such as the grader's own build. */
  readonly salt: string;
  get(key: string): CacheEntry | undefined;
  set(key: string, entry: CacheEntry): void;
}

/** The key of one file's text parsed as `kind`; the format follows from the extension, so it is part of the key. */
export function cacheKey(
  cache: ParseCache,
  kind: 'cloudformation' | 'yaml' | 'kubernetes',
  file: string,
  text: string,
): string {
  return createHash('sha256')
    .update(`${cache.salt}\u0000${kind}\u0000${path.extname(file).toLowerCase()}\u0000`)
    .update(text, 'utf8')
    .digest('hex');
}

function positionsOf(root: unknown, locate: (at: DataPath) => Position): Positions {
  const positions: Positions = [];
  const visit = (value: unknown, at: (string | number)[]) => {
    const p = locate(at);
    positions.push([JSON.stringify(at), p.line, p.column]);
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...at, i]));
    else if (isRecord(value)) for (const [k, v] of Object.entries(value)) visit(v, [...at, k]);
  };
  visit(root, []);
  return positions;
}

/**
 * A locator over recorded positions: it answers for the longest prefix of the path that is a node, which is what a
 * parsed document's locator does for a path that does not exist. The table is built on the first lookup: a
 * document that earns every point is never asked where anything is.
 */
function locatorOf(positions: Positions): (at: DataPath) => Position {
  let table: Map<string, Position> | undefined;
  return (at) => {
    table ??= new Map(positions.map(([k, line, column]) => [k, { line, column }]));
    for (let n = at.length; n >= 0; n--) {
      const hit = table.get(JSON.stringify(at.slice(0, n)));
      if (hit) return hit;
    }
    return { line: 1, column: 1 };
  };
}

/** What to keep of parsed YAML documents: each one's value and where each of its nodes is. */
export function snapshotYaml(documents: readonly YamlDoc[]): CachedYaml {
  return {
    documents: documents.map((d) => ({
      index: d.index,
      value: d.value,
      positions: positionsOf(d.value, d.locate),
    })),
  };
}

export function restoreYaml(file: string, text: string, entry: CachedYaml): YamlDoc[] {
  return entry.documents.map((d) => ({
    kind: 'yaml',
    file,
    text,
    index: d.index,
    value: d.value,
    locate: locatorOf(d.positions),
  }));
}

/** A manifest file from a cache entry, as parseKubernetes gives it. */
export function restoreKubernetes(file: string, text: string, entry: CachedYaml): KubernetesDoc {
  return { kind: 'kubernetes', file, text, documents: restoreYaml(file, text, entry), files: [file] };
}

export function isCachedYaml(entry: CacheEntry): entry is CachedYaml {
  return 'documents' in entry;
}

/** The key of one template text. */
export function templateCacheKey(cache: ParseCache, file: string, text: string): string {
  return cacheKey(cache, 'cloudformation', file, text);
}

/** What to keep of a parsed template: its value and where each of its nodes is. */
export function snapshotTemplate(doc: CfnTemplateDoc): CachedTemplate {
  return { template: doc.template, positions: positionsOf(doc.template, doc.locate) };
}

/** A template document from a cache entry. */
export function restoreTemplate(file: string, text: string, entry: CachedTemplate): CfnTemplateDoc {
  return {
    kind: 'cloudformation',
    file,
    text,
    format: /\.json$/i.test(file) ? 'json' : 'yaml',
    template: entry.template,
    locate: locatorOf(entry.positions),
  };
}
