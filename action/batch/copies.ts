// Copy detection: a lab submission whose content, read as data, equals a reference solution's or another
// learner's. Content is compared after parsing, so reformatting, reordering keys or editing comments does not hide a
// copy, and two learners who independently wrote the same valid file in different layouts still match (which is why
// a match is a flag for a person to look at, never a score). Untouched starters are never compared: every learner
// receives the same ones.
import { createHash } from 'node:crypto';
import type { LoadedLab, LoadedSubmission } from '../../graders/engine/load.js';
import type { ParsedDoc } from '../../graders/engine/types.js';
import type { CopyMatch } from './class-report.js';

/** A value with its object keys sorted, so key order does not change its JSON text. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  return value;
}

/** Instruction lines without comments, blank lines or runs of whitespace. */
function lines(text: readonly string[]): string[] {
  return text.map((l) => l.trim().replace(/\s+/g, ' ')).filter((l) => l !== '' && !l.startsWith('#'));
}

/** What a parsed file says, independent of its layout; undefined for kinds that are not a learner's one file. */
function content(doc: ParsedDoc): unknown {
  switch (doc.kind) {
    case 'json':
    case 'yaml':
      return canonical(doc.value);
    case 'cloudformation':
      return canonical(doc.template);
    case 'kubernetes':
      // Splitting manifests across files, or reordering them, changes nothing kubectl applies.
      return doc.documents.map((d) => JSON.stringify(canonical(d.value))).sort();
    case 'dockerfile':
      return lines(doc.lines).map((l) => l.replace(/^(\w+)/, (k) => k.toUpperCase()));
    case 'text':
      return lines(doc.lines);
    case 'files':
      return undefined;
  }
}

/** The lab's fingerprint: a hash of what every graded file says, or undefined when there is no work to compare. */
export function labFingerprint(lab: LoadedLab): string | undefined {
  if (!lab.started) return undefined;
  const parts: [string, unknown][] = [];
  for (const [id, st] of lab.files) {
    if (st.state !== 'parsed' || st.starter) continue;
    const c = content(st.doc);
    if (c !== undefined) parts.push([id, c]);
  }
  if (parts.length === 0) return undefined;
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** Each started lab's fingerprint, by lab id. */
export function fingerprints(submission: LoadedSubmission): Record<string, string> {
  const out: Record<string, string> = {};
  for (const lab of submission.labs) {
    const f = labFingerprint(lab);
    if (f) out[lab.lab.id] = f;
  }
  return out;
}

/** The reference solutions' fingerprints, by lab id. */
export function referencePrints(references: readonly LoadedSubmission[]): Map<string, Set<string>> {
  const refs = new Map<string, Set<string>>();
  for (const r of references)
    for (const [lab, f] of Object.entries(fingerprints(r)))
      refs.set(lab, (refs.get(lab) ?? new Set()).add(f));
  return refs;
}

export interface Printed {
  id: string;
  fingerprints: Readonly<Record<string, string>>;
  /** Labs already known to equal a reference solution. */
  referenceLabs: ReadonlySet<string>;
}

/**
 * For each submission, the labs that equal a reference's or another submission's, with every match: references
 * first, then the other submissions in the order given, so the flags are the same however the class was split.
 */
export function flagCopies(
  entries: readonly Printed[],
): Map<string, { lab: string; matches: CopyMatch[] }[]> {
  const out = new Map<string, { lab: string; matches: CopyMatch[] }[]>();
  for (const e of entries) {
    const flags: { lab: string; matches: CopyMatch[] }[] = [];
    for (const [lab, print] of Object.entries(e.fingerprints).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    )) {
      const matches: CopyMatch[] = e.referenceLabs.has(lab) ? [{ kind: 'reference', with: 'reference' }] : [];
      for (const other of entries)
        if (other !== e && other.fingerprints[lab] === print)
          matches.push({ kind: 'submission', with: other.id });
      if (matches.length) flags.push({ lab, matches });
    }
    out.set(e.id, flags);
  }
  return out;
}
