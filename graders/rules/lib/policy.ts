// IAM policy documents as templates hold them: an object, or JSON text (older templates, and ECR's
// RepositoryPolicyText), with `Statement` either one statement or a list, and string-or-list fields. The ECR rules
// and the sandbox guard read policies through these, so both see the same statements.
import { isRecord } from '../../engine/parsers/record.js';

/** A policy document given as JSON text, parsed; `undefined` when the text is not JSON; anything else as given. */
export function policyDocument(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return undefined;
  }
}

export interface PolicyStatement {
  statement: Record<string, unknown>;
  /** Where it sits in the `Statement` list; null when `Statement` is a single object. */
  index: number | null;
}

/** A policy document's statements (a single statement object counts as one); entries that are not objects are skipped. */
export function policyStatements(document: unknown): PolicyStatement[] {
  const st = isRecord(document) ? document['Statement'] : undefined;
  if (Array.isArray(st))
    return st.flatMap((statement: unknown, index) => (isRecord(statement) ? [{ statement, index }] : []));
  return isRecord(st) ? [{ statement: st, index: null }] : [];
}

/** A string-or-list IAM field (Action, Resource, a Principal's values) as a list of strings; non-strings are dropped. */
export function stringList(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return [];
}

/**
 * Whether an IAM action pattern (`ecr:*`, `xray:Put*`, `s3:Get?bject`, `*`) matches an action as IAM matches them:
 * `*` any run of characters, `?` one character, case-insensitively.
 */
export function actionMatches(pattern: string, action: string): boolean {
  const re = new RegExp(
    `^${[...pattern].map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('')}$`,
    'i',
  );
  return re.test(action);
}
