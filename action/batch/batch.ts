// `labgrade batch`: a whole class graded in one run. Every submission is loaded through the engine's loader, then
// graded in a few groups, one per job, each group one gradeLoaded call, so cfn-lint starts once per group and
// lints each distinct template text once (an unchanged starter costs one lint for the whole class). A submission
// that cannot be graded is a row with its error; the batch goes on.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { applyCourse, courseLabs, type CourseConfig } from '../../graders/engine/course.js';
import { DEFAULT_SOURCES, gradeLoaded } from '../../graders/engine/grade.js';
import { loadSubmission, type FileSource, type LoadedSubmission } from '../../graders/engine/load.js';
import type { LintCache } from '../../graders/engine/lint-cache.js';
import type { Log } from '../../graders/engine/log.js';
import type { Registry } from '../../graders/engine/select.js';
import type { Lab, Report } from '../../graders/engine/types.js';
import { TOOL_NAME, TOOL_VERSION } from '../../graders/engine/version.js';
import { errorMessage } from '../util/errors.js';
import type { ClassReport, SubmissionEntry } from './class-report.js';
import { fingerprints, flagCopies, referencePrints } from './copies.js';

/** When each submission counts as handed in: one time for all, each checkout's last commit, or now. */
export type SubmittedAt = { kind: 'time'; at: Date } | { kind: 'commit' } | { kind: 'now' };

export interface BatchOptions {
  registry: Registry;
  course: CourseConfig;
  lint: boolean;
  /** cfn-lint's findings kept between runs (the CLI's store); none by default. */
  lintCache?: LintCache;
  /** Where lab files come from, in order (default: each submission's own folder, no CDK app run). */
  sources?: readonly FileSource[];
  /** Groups graded at once, each with its own cfn-lint process. */
  jobs: number;
  submittedAt: SubmittedAt;
  /** Submission ids by folder (as given), from a roster; the folder's base name otherwise. */
  names?: ReadonlyMap<string, string>;
  /** Folders holding reference solutions (`labs/<id>/`), for copy detection. */
  references?: readonly string[];
  log: Log;
  /** Called after each submission is graded (for a progress bar). */
  onGraded?: (done: number, total: number) => void;
  now?: () => Date;
}

/** Unique, readable submission ids: a repeated base name gets `-2`, `-3`… in the order given. */
export function submissionIds(dirs: readonly string[], names?: ReadonlyMap<string, string>): string[] {
  const seen = new Map<string, number>();
  return dirs.map((d) => {
    const base = names?.get(d) ?? (path.basename(path.resolve(d)) || d);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

const git = promisify(execFile);

/** The committer date of a checkout's HEAD, read by git from its metadata (no learner code runs). */
async function commitTime(dir: string): Promise<Date> {
  const { stdout } = await git('git', ['-C', dir, 'log', '-1', '--format=%cI'], { timeout: 10_000 });
  const d = new Date(stdout.trim());
  if (Number.isNaN(d.getTime())) throw new Error(`git gave no commit time for '${dir}'`);
  return d;
}

export async function runBatch(dirs: readonly string[], opts: BatchOptions): Promise<ClassReport> {
  const now = opts.now ?? (() => new Date());
  const labs: Lab[] = courseLabs(opts.registry.labs, opts.course);
  const ids = submissionIds(dirs, opts.names);
  const entries: SubmissionEntry[] = dirs.map((d, i) => ({
    id: ids[i]!,
    path: d,
    status: 'error',
    error: 'not graded',
    report: null,
    flags: [],
    fingerprints: {},
  }));
  const fail = (i: number, why: string) => {
    entries[i] = { ...entries[i]!, status: 'error', error: why, report: null };
  };

  // Load every submission first: copy detection reads what was loaded, and grading groups share a cfn-lint run.
  const loaded: (LoadedSubmission | null)[] = [];
  for (const [i, d] of dirs.entries()) {
    try {
      if (!fs.existsSync(d) || !fs.statSync(d).isDirectory()) throw new Error(`'${d}' is not a directory`);
      loaded.push(await loadSubmission(path.resolve(d), labs, opts.sources ?? DEFAULT_SOURCES));
    } catch (e) {
      loaded.push(null);
      fail(i, `could not read the submission: ${errorMessage(e)}`);
    }
  }

  const times: (Date | null)[] = [];
  for (const [i, d] of dirs.entries()) {
    if (!loaded[i]) {
      times.push(null);
      continue;
    }
    if (opts.submittedAt.kind === 'time') times.push(opts.submittedAt.at);
    else if (opts.submittedAt.kind === 'now') times.push(now());
    else
      try {
        times.push(await commitTime(d));
      } catch (e) {
        times.push(null);
        fail(i, `could not read the submission's commit time: ${errorMessage(e)}`);
        loaded[i] = null;
      }
  }

  const gradable = loaded.flatMap((s, i) => (s ? [i] : []));
  const jobs = Math.max(1, Math.min(opts.jobs, gradable.length));
  const groups = Array.from({ length: jobs }, (_, g) => gradable.filter((_, k) => k % jobs === g));
  let done = dirs.length - gradable.length;
  opts.onGraded?.(done, dirs.length);
  await Promise.all(
    groups.map(async (group) => {
      let reports: Report[];
      try {
        reports = await gradeLoaded(
          group.map((i) => loaded[i]!),
          {
            rules: opts.registry.rules,
            lint: opts.lint,
            log: opts.log,
            ...(opts.lintCache ? { lintCache: opts.lintCache } : {}),
          },
        );
      } catch (e) {
        // The engine does not throw for anything a submission holds; if it did, say so per row and go on.
        for (const i of group) fail(i, `the grader failed (not your fault): ${errorMessage(e)}`);
        done += group.length;
        opts.onGraded?.(done, dirs.length);
        return;
      }
      group.forEach((i, k) => {
        const e = entries[i]!;
        entries[i] = {
          id: e.id,
          path: e.path,
          status: 'graded',
          report: applyCourse(reports[k]!, opts.course, times[i]!),
          flags: e.flags,
          fingerprints: e.fingerprints,
        };
        done++;
        opts.onGraded?.(done, dirs.length);
      });
    }),
  );

  const references: LoadedSubmission[] = [];
  for (const r of opts.references ?? []) references.push(await loadSubmission(path.resolve(r), labs));
  const refs = referencePrints(references);
  const printed = gradable.map((i) => {
    const prints = fingerprints(loaded[i]!);
    const referenceLabs = new Set(Object.keys(prints).filter((lab) => refs.get(lab)?.has(prints[lab]!)));
    return { id: entries[i]!.id, fingerprints: prints, referenceLabs };
  });
  const copies = flagCopies(printed);
  gradable.forEach((i, k) => {
    entries[i] = {
      ...entries[i]!,
      flags: copies.get(entries[i]!.id) ?? [],
      fingerprints: printed[k]!.fingerprints,
    };
  });

  const cfnLint = entries.find((e) => e.report?.tool.cfnLint)?.report?.tool.cfnLint ?? null;
  return {
    schemaVersion: 1,
    kind: 'labgrade-class',
    tool: { name: TOOL_NAME, version: TOOL_VERSION, cfnLint },
    gradedAt: now().toISOString(),
    labs: labs.map((l) => {
      const due = opts.course.lab[l.id]?.due ?? opts.course.due;
      return {
        id: l.id,
        title: l.title,
        maxScore: l.items.reduce((s, i) => s + i.points, 0),
        ...(due === undefined ? {} : { due }),
      };
    }),
    maxScore: labs.reduce((s, l) => s + l.items.reduce((a, i) => a + i.points, 0), 0),
    submissions: entries,
  };
}
