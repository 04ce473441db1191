// Graded labs kept between runs, so a lab whose files have not changed is not graded again: what `eslint --cache`
// does for a file, for a lab. A learner grades the whole course again and again while working on one lab; every
// other lab then costs a few file reads instead of loading, parsing and running its rules.
//
// An entry is valid while everything its grading saw is unchanged. Loading is the only step that looks at the
// submission, and it looks only through the workspace reader, so a lab is loaded with a journaling reader that
// notes each call it makes (stat, list, walk, read) and its answer. A later run replays the calls; when every
// answer is the same, to the letter, the lab's loading, and so its grading, would go exactly as before, since
// rules and rubrics see nothing but what loading gives them. Whatever else decides a grade is part of the key:
// the grader's build (the salt), the lab's definition as the course configures it, and the run's options.
//
// The engine only defines the contract and decides what may be kept; where entries live is the caller's choice
// (the CLI keeps them under node_modules/.cache/labgrade; the action and the tests keep none).
import type { LabReport } from './report.js';
import type { LabOutline } from './types.js';
import { Workspace, type ReadResult } from './workspace.js';

/**
 * One call the loader made to the workspace reader: what was asked, and the answer as JSON. Answers are kept whole
 * rather than as digests: comparing them is exact, and a run that replays journals then loads no hash function
 * (node:crypto alone costs more than the rest of the replay).
 */
export type JournalEntry =
  | { op: 'stat' | 'list' | 'read'; path: string; answer: string }
  | { op: 'walk'; path: string; max?: number; answer: string };

/** A lab whose journal holds more than this (its files' texts, mostly) is not kept. */
export const MAX_JOURNAL_CHARS = 4 * 1024 * 1024;

export interface CachedLab {
  /** Every call to the workspace reader that loading this lab made, in order. */
  journal: JournalEntry[];
  report: LabReport;
  /** Whether the lab was started (its cfn-lint rules then join the run's mandatory checks). */
  started: boolean;
  /**
   * With cfn-lint: the version that linted the lab's templates, the run's mandatory checks, which decide its
   * findings as much as the text does, and whether the lab had a template to lint. Null when the run did not lint.
   */
  lint: { version: string; mandatory: string[]; templates: boolean } | null;
}

export interface ResultCache {
  /** Mixed into every key: whatever makes an entry stale, such as the grader's own build. */
  readonly salt: string;
  get(key: string): CachedLab | undefined;
  set(key: string, entry: CachedLab): void;
  /**
   * The outlines of every lab the build (the salt) defines, kept by a run that loaded the labs, so a later run can
   * find its labs' entries without loading them (gradeKept).
   */
  outlines?: {
    get(): LabOutline[] | undefined;
    set(labs: readonly LabOutline[]): void;
  };
}

/** A lab's outline alone, as a store keeps it: what the rest of a Lab holds is not the store's to keep. */
export function outlineOf(lab: LabOutline): LabOutline {
  return {
    id: lab.id,
    items: lab.items.map((i) => ({
      id: i.id,
      points: i.points,
      ...(i.cfnLint === undefined ? {} : { cfnLint: [...i.cfnLint] }),
    })),
  };
}

/** Whether `value` is a list of lab outlines (a store's file may be truncated or from another build). */
export function isOutlineList(value: unknown): value is LabOutline[] {
  const strings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');
  return (
    Array.isArray(value) &&
    value.every(
      (lab: Partial<LabOutline> | null) =>
        typeof lab === 'object' &&
        lab !== null &&
        typeof lab.id === 'string' &&
        Array.isArray(lab.items) &&
        lab.items.every(
          (i: Partial<LabOutline['items'][number]> | null) =>
            typeof i === 'object' &&
            i !== null &&
            typeof i.id === 'string' &&
            typeof i.points === 'number' &&
            (i.cfnLint === undefined || strings(i.cfnLint)),
        ),
    )
  );
}

/** What, besides the lab and the files it read, decides its grade: one per run. */
export interface ResultScope {
  lint: boolean;
  regions: readonly string[];
  maxFileBytes: number;
  /** The sources' names, in order: a run that synthesizes CDK apps grades a CDK lab otherwise than one that does not. */
  sources: readonly string[];
}

/**
 * The key of one lab graded in `scope`: a first line that names the lab and the options a learner switches between
 * (a store may name its file after it), then everything else that decides the grade. The build (the salt) decides
 * every field of a lab but the points, which a course configuration rescales.
 */
export function resultCacheKey(cache: ResultCache, lab: LabOutline, scope: ResultScope): string {
  const name = `${lab.id}.${scope.lint ? 'lint' : 'no-lint'}.${scope.sources.join('+')}`;
  const points = lab.items.map((i) => [i.id, i.points]);
  const rest = { salt: cache.salt, points, regions: scope.regions, maxFileBytes: scope.maxFileBytes };
  return `${name}\n${JSON.stringify(rest)}`;
}

/** Where a key's first line ends: what a store may name an entry's file after. */
export function resultCacheName(key: string): string {
  const end = key.indexOf('\n');
  return end === -1 ? key : key.slice(0, end);
}

/**
 * A workspace reader that notes, in `journal`, every call made to it from outside (a `list` that stats its
 * folder is one call) and its answer.
 */
export class JournalingWorkspace extends Workspace {
  readonly journal: JournalEntry[] = [];
  private depth = 0;

  constructor(base: Workspace) {
    super(base.root, { maxFileBytes: base.maxFileBytes });
  }

  /** Calls already noted, each with its answer: loading asks some paths many times. */
  private readonly noted = new Map<string, string>();

  private note<T>(entry: (answer: string) => JournalEntry, call: () => T): T {
    this.depth++;
    try {
      const answer = call();
      if (this.depth === 1) {
        const e = entry(JSON.stringify(answer));
        const id = `${e.op}\u0000${e.path}\u0000${'max' in e ? e.max : ''}`;
        // The same call with the same answer adds nothing to replay: the files cannot differ between the two.
        if (this.noted.get(id) !== e.answer) {
          this.noted.set(id, e.answer);
          this.journal.push(e);
        }
      }
      return answer;
    } finally {
      this.depth--;
    }
  }

  override stat(rel: string): 'file' | 'dir' | 'missing' | 'escapes' {
    return this.note(
      (a) => ({ op: 'stat', path: rel, answer: a }),
      () => super.stat(rel),
    );
  }

  override list(relDir: string): string[] {
    return this.note(
      (a) => ({ op: 'list', path: relDir, answer: a }),
      () => super.list(relDir),
    );
  }

  override walk(relDir: string, maxFiles?: number): { files: string[]; links: string[]; truncated: boolean } {
    return this.note(
      (a) => ({ op: 'walk', path: relDir, ...(maxFiles === undefined ? {} : { max: maxFiles }), answer: a }),
      () => (maxFiles === undefined ? super.walk(relDir) : super.walk(relDir, maxFiles)),
    );
  }

  override read(rel: string): ReadResult {
    return this.note(
      (a) => ({ op: 'read', path: rel, answer: a }),
      () => super.read(rel),
    );
  }
}

/** Whether every call of `journal` gets the same answer from `workspace` now. Never throws. */
export function journalHolds(workspace: Workspace, journal: readonly JournalEntry[]): boolean {
  try {
    return journal.every((e) => {
      const answer =
        e.op === 'stat'
          ? workspace.stat(e.path)
          : e.op === 'list'
            ? workspace.list(e.path)
            : e.op === 'read'
              ? workspace.read(e.path)
              : 'max' in e && e.max !== undefined
                ? workspace.walk(e.path, e.max)
                : workspace.walk(e.path);
      return JSON.stringify(answer) === e.answer;
    });
  } catch {
    return false;
  }
}

/** Whether `value` has the shape of a cached lab (a cache file may be truncated or from another build). */
export function isCachedLab(value: unknown): value is CachedLab {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<CachedLab>;
  return (
    Array.isArray(v.journal) &&
    typeof v.report === 'object' &&
    v.report !== null &&
    Array.isArray(v.report.items) &&
    typeof v.started === 'boolean' &&
    (v.lint === null || (typeof v.lint === 'object' && Array.isArray(v.lint?.mandatory)))
  );
}
