// The engine's pipeline, for one submission or a whole class: load every submission's lab files (load.ts), run
// cfn-lint once over every template of every submission, then collect (collect.ts) and score (score.ts) each
// rubric item. It never throws for anything a learner can put in a submission: a crashing rule or check becomes
// a `grader-error` item and the run goes on.
import path from 'node:path';
import {
  cfnLintUnreadable,
  NO_RESULT_RULE,
  runCfnLint,
  type CfnLintRequest,
  type CfnLintResult,
  type CfnLintTemplate,
} from './cfn-lint.js';
import { monotonicMs } from './builtins.js';
import { remapper } from './cdk/origin.js';
import { cdkNotRunSource } from './cdk/source.js';
import { collectItem, type CfnLintState, type Collected, type LabContext } from './collect.js';
import {
  loadSubmission,
  workspaceSource,
  type FileSource,
  type LoadedLab,
  type LoadedSubmission,
} from './load.js';
import { lintCacheKey, restoreFindings, snapshotFindings, type LintCache } from './lint-cache.js';
import { silentLog, type Log } from './log.js';
import type { ParseCache } from './parse-cache.js';
import {
  journalHolds,
  MAX_JOURNAL_CHARS,
  resultCacheKey,
  type CachedLab,
  type ResultCache,
  type ResultScope,
} from './result-cache.js';
import type { Finding, LabReport, LabStatus, ItemReport, Report } from './report.js';
import { sortFindings } from './run-rule.js';
import { notStartedLab } from './starters.js';
import { scoreItem } from './score.js';
import type { Lab, LabOutline, RubricItem, Rule, RuleOutcome } from './types.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';
import { DEFAULT_MAX_FILE_BYTES, Workspace } from './workspace.js';

export interface GradeOptions {
  labs: readonly Lab[];
  /**
   * Every rule the labs' items may name, or a loader for them, called only when some lab is graded anew (with the
   * result cache, an unchanged course grades none, and the CLI then never loads the rules' code).
   */
  rules: readonly Rule[] | (() => Promise<readonly Rule[]>);
  /** Run cfn-lint (default true). When false, cfn-lint items are skipped. */
  lint?: boolean;
  regions?: readonly string[];
  maxFileBytes?: number;
  /** Parsed templates by content hash, kept between runs by the caller (the CLI); none by default. */
  parseCache?: ParseCache;
  /** Where lab files come from, in order (default: the submission's own folder). */
  sources?: readonly FileSource[];
  /**
   * cfn-lint's findings by content hash, kept between runs by the caller (the CLI's `grade` and `batch`); none by
   * default, and never in the action.
   */
  lintCache?: LintCache;
  /**
   * Graded labs by what their grading saw (result-cache.ts), kept between runs by the caller (the CLI's `grade`); none
   * by default, and never in the action. Used when one submission is graded.
   */
  resultCache?: ResultCache;
  /**
   * The result cache's verdicts already reached for this submission in this run, by key: the entry whose journal
   * held, or null. Filled as labs are looked up; the CLI shares one between gradeKept and the gradeSubmission that
   * follows when some lab must be graded, so no entry is read and replayed twice.
   */
  verdicts?: Map<string, CachedLab | null>;
  /** Replaceable for tests; defaults to the real batched runner. */
  cfnLint?: typeof runCfnLint;
  log?: Log;
  now?: () => number;
}

/**
 * Where lab files come from when the caller does not say: the submission's own files, read as data. A lab folder
 * with a CDK app is then not graded (its template is the one the app synthesizes, and running the app is the
 * caller's choice to make: the CLI's `grade` does, in its sandbox; the trusted job never does).
 */
export const DEFAULT_SOURCES: readonly FileSource[] = [
  cdkNotRunSource('nothing in this run synthesizes'),
  workspaceSource,
];

/** Grades one submission: the folder that holds `labs/<id>/`. */
export async function gradeSubmission(opts: GradeOptions & { root: string }): Promise<Report> {
  const [report] = await gradeSubmissions([opts.root], opts);
  return report!;
}

/**
 * Grades many submissions in one run (a class, or the mutation tables' copies): everything is loaded first,
 * so cfn-lint starts once for every template of every submission. Each report is the one that grading its
 * submission alone gives, apart from `durationMs`.
 */
export async function gradeSubmissions(roots: readonly string[], opts: GradeOptions): Promise<Report[]> {
  if (opts.resultCache && roots.length === 1) return [await gradeCached(roots[0]!, opts, opts.resultCache)];
  const now = opts.now ?? monotonicMs;
  const t0 = now();
  const sources = opts.sources ?? DEFAULT_SOURCES;
  const loadOptions = {
    ...(opts.maxFileBytes === undefined ? {} : { maxFileBytes: opts.maxFileBytes }),
    ...(opts.parseCache ? { parseCache: opts.parseCache } : {}),
  };
  const loaded: LoadedSubmission[] = [];
  for (const root of roots) loaded.push(await loadSubmission(root, opts.labs, sources, loadOptions));
  const loadMs = (now() - t0) / roots.length;
  const reports = await gradeLoaded(loaded, { ...opts, rules: await rulesOf(opts.rules) });
  return reports.map((r) => ({ ...r, durationMs: Math.round(r.durationMs + loadMs) }));
}

/** A run's note that cfn-lint could not run (see gradeLab). */
const LINT_UNAVAILABLE = 'labgrade/cfn-lint-unavailable';

/**
 * One submission, through the result cache: a lab whose journal still holds is taken as it was graded, and the
 * others are loaded (noting their journals), graded and kept. cfn-lint gets the mandatory checks of every started
 * lab, kept or not, as when all are loaded. When a kept lab turns out not to match the run (cfn-lint is another
 * version than the lint cache said, or it could not run, or a lab was started or emptied, which changes the
 * mandatory checks), every lab is graded afresh: the report is always the one grading without the cache gives.
 */
async function gradeCached(root: string, opts: GradeOptions, cache: ResultCache): Promise<Report> {
  const now = opts.now ?? monotonicMs;
  const t0 = now();
  const kept = await findKept(root, opts.labs, opts, cache);
  const whole = keptReport(kept, t0, now);
  if (whole) return whole;
  const { lint, keys, version, hits } = kept;
  const given = opts.sources ?? DEFAULT_SOURCES;
  // What a source that reads more than the workspace gives (a synthesized template) is not kept.
  const unjournaled = new Set<string>();
  const sources = given.map((s): FileSource =>
    s.journaled
      ? s
      : {
          name: s.name,
          ...(s.prepare ? { prepare: (w: Workspace, labs: readonly Lab[]) => s.prepare!(w, labs) } : {}),
          load: async (req) => {
            const r = await s.load(req);
            if (r.found) unjournaled.add(req.lab.id);
            return r;
          },
        },
  );
  const loaded = await loadSubmission(
    root,
    opts.labs.filter((lab) => !hits.has(lab)),
    sources,
    {
      ...(opts.maxFileBytes === undefined ? {} : { maxFileBytes: opts.maxFileBytes }),
      ...(opts.parseCache ? { parseCache: opts.parseCache } : {}),
      journal: true,
    },
  );
  // Nothing taken from the cache, nor from the verdicts reached on it.
  const rest: GradeOptions = { ...opts };
  delete rest.verdicts;
  const afresh = async () =>
    (
      await gradeSubmissions([root], {
        ...rest,
        resultCache: { salt: cache.salt, get: () => undefined, set: (k, v) => cache.set(k, v) },
      })
    )[0]!;
  const started = [
    ...loaded.labs.filter((l) => l.started).map((l) => l.lab),
    ...[...hits].filter(([, e]) => e.started).map(([lab]) => lab),
  ];
  const mandatory = lint ? mandatoryChecks(started) : [];
  if ([...hits.values()].some((e) => e.lint && !sameList(e.lint.mandatory, mandatory))) return afresh();
  const rules = loaded.labs.length > 0 ? await rulesOf(opts.rules) : [];
  const [graded] = await gradeLoaded([loaded], { ...opts, rules, mandatory });
  const unavailable = graded!.labs.some((l) => l.notices.some((n) => n.ruleId === LINT_UNAVAILABLE));
  const linted = graded!.tool.cfnLint;
  if (hits.size > 0 && lint && (unavailable || (linted !== null && linted !== version))) return afresh();

  const lintVersion = lint ? (linted ?? version ?? null) : null;
  const linting = (l: LoadedLab) => templatesToLint(l).length > 0;
  loaded.labs.forEach((l, j) => {
    const report = graded!.labs[j]!;
    if (!l.journal || unjournaled.has(l.lab.id) || !keepable(report) || (lint && lintVersion === null))
      return;
    if (l.journal.reduce((n, e) => n + e.answer.length, 0) > MAX_JOURNAL_CHARS) return;
    cache.set(keys.get(l.lab)!, {
      journal: l.journal,
      report,
      started: l.started,
      lint: lint ? { version: lintVersion!, mandatory, templates: linting(l) } : null,
    });
  });
  const byLab = new Map(loaded.labs.map((l, j) => [l.lab, graded!.labs[j]!]));
  const labs = opts.labs.map((lab) => hits.get(lab)?.report ?? byLab.get(lab)!);
  // As lintAll reports it: a version when some started lab had a template to lint, kept or linted now.
  const anyTemplate = loaded.labs.some(linting) || [...hits.values()].some((e) => e.lint?.templates);
  return {
    ...graded!,
    tool: { ...graded!.tool, cfnLint: lint && anyTemplate ? lintVersion : null },
    score: labs.reduce((s, l) => s + l.score, 0),
    maxScore: labs.reduce((s, l) => s + l.maxScore, 0),
    labs,
    durationMs: Math.round(now() - t0),
  };
}

/** What gradeKept needs of the grading options: neither the rules nor more of a lab than its outline. */
export type KeptOptions = Pick<
  GradeOptions,
  'lint' | 'regions' | 'maxFileBytes' | 'sources' | 'lintCache' | 'verdicts' | 'log' | 'now'
>;

/** The labs of a run that the result cache holds for it, each found by its key and its journal replayed. */
interface Kept<L extends LabOutline> {
  lint: boolean;
  labs: readonly L[];
  keys: Map<L, string>;
  /** The cfn-lint version the lint cache's memo says would lint now; undefined without cfn-lint. */
  version: string | undefined;
  hits: Map<L, CachedLab>;
}

async function findKept<L extends LabOutline>(
  root: string,
  labs: readonly L[],
  opts: KeptOptions,
  cache: ResultCache,
): Promise<Kept<L>> {
  const lint = opts.lint !== false;
  const scope: ResultScope = {
    lint,
    regions: opts.regions ?? ['us-east-1'],
    maxFileBytes: opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    sources: (opts.sources ?? DEFAULT_SOURCES).map((s) => s.name),
  };
  const keys = new Map(labs.map((lab) => [lab, resultCacheKey(cache, lab, scope)]));
  // With cfn-lint, a kept lab stands only for the version that would lint it now, as far as the lint cache knows.
  const version = lint ? await opts.lintCache?.cfnLintVersion() : undefined;
  const hits = new Map<L, CachedLab>();
  if (!lint || version !== undefined) {
    let workspace: Workspace | undefined;
    for (const lab of labs) {
      const key = keys.get(lab)!;
      let held = opts.verdicts?.get(key);
      if (held === undefined) {
        const entry = cache.get(key);
        const sameLint = lint ? entry?.lint?.version === version : entry?.lint === null;
        workspace ??= new Workspace(root, { maxFileBytes: scope.maxFileBytes });
        held = entry && sameLint && journalHolds(workspace, entry.journal) ? entry : null;
        opts.verdicts?.set(key, held);
      }
      if (held) hits.set(lab, held);
    }
  }
  opts.log?.debug(
    `result cache: ${hits.size} of ${labs.length} labs read exactly as when they were graded, so their reports are reused`,
  );
  return { lint, labs, keys, version, hits };
}

/**
 * The report when every lab comes from the result cache, as gradeCached gives it; otherwise undefined. With
 * cfn-lint, each kept lab was linted with the mandatory checks of the labs then started: when this run's started labs
 * are others (a course or `--lab` leaves one out), its checks differ, and the labs must be graded afresh.
 */
function keptReport<L extends LabOutline>(kept: Kept<L>, t0: number, now: () => number): Report | undefined {
  const { lint, labs, hits, version } = kept;
  if (hits.size !== labs.length) return undefined;
  const entries = labs.map((lab) => hits.get(lab)!);
  if (lint) {
    const mandatory = mandatoryChecks(labs.filter((lab) => hits.get(lab)!.started));
    if (entries.some((e) => !e.lint || !sameList(e.lint.mandatory, mandatory))) return undefined;
  }
  const reports = entries.map((e) => e.report);
  // As lintAll reports it: a version when some started lab had a template to lint.
  const linted = lint && entries.some((e) => e.lint?.templates);
  return {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION, cfnLint: linted ? (version ?? null) : null },
    score: reports.reduce((s, l) => s + l.score, 0),
    maxScore: reports.reduce((s, l) => s + l.maxScore, 0),
    labs: reports,
    durationMs: Math.round(now() - t0),
  };
}

/**
 * One submission's report when every lab of `labs` comes from the result cache, exactly as gradeSubmission with
 * the cache would give it; undefined when some lab must be graded. It needs only the labs' outlines, so the CLI
 * tries it before loading the rubrics and rules: a run over an unchanged course then loads neither.
 */
export async function gradeKept(
  root: string,
  labs: readonly LabOutline[],
  opts: KeptOptions,
  cache: ResultCache,
): Promise<Report | undefined> {
  const now = opts.now ?? monotonicMs;
  const t0 = now();
  return keptReport(await findKept(root, labs, opts, cache), t0, now);
}

/** A lab graded with every rule and cfn-lint answering: nothing in it may come out otherwise next time. */
function keepable(report: LabReport): boolean {
  if (report.status === 'grader-error' || report.items.some((i) => i.status === 'grader-error')) return false;
  const transient = [NO_RESULT_RULE, LINT_UNAVAILABLE];
  return ![...report.notices, ...report.items.flatMap((i) => i.findings)].some((f) =>
    transient.includes(f.ruleId),
  );
}

function rulesOf(rules: GradeOptions['rules']): Promise<readonly Rule[]> | readonly Rule[] {
  return typeof rules === 'function' ? rules() : rules;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Grades submissions already loaded (the action loads once, then grades and deploys from the same result).
 * Grades the labs each submission was loaded with; `opts.labs` is not consulted.
 */
export async function gradeLoaded(
  loaded: readonly LoadedSubmission[],
  opts: Omit<GradeOptions, 'labs' | 'sources' | 'maxFileBytes' | 'rules'> & {
    rules: readonly Rule[];
    /** cfn-lint's mandatory checks, when labs graded from the result cache add to the loaded ones'. */
    mandatory?: readonly string[];
  },
): Promise<Report[]> {
  const now = opts.now ?? monotonicMs;
  const t0 = now();
  const log = opts.log ?? silentLog;
  const rules = new Map(opts.rules.map((r) => [r.meta.id, r]));
  // cfn-lint's process starts before lintAll first awaits; everything that does not wait for it is collected
  // while its Python starts up and lints, so grading adds little to cfn-lint's own time.
  const linting = lintAll(loaded, opts, log);
  // Awaited only when some rule needs it: an await here would let cfn-lint's answer in before the rules run.
  const preparing = prepareRules(loaded, rules);
  if (preparing) await preparing;
  const early = loaded.map((s) => s.labs.map((l) => collectEarly(l, rules, log)));
  const lint = await linting;
  // cfn-lint is shared; each report counts its share of it, and its own scoring.
  const lintMs = (now() - t0) / Math.max(1, loaded.length);

  return loaded.map((submission, i): Report => {
    const started = now();
    const state = lint[i]!;
    const labs = submission.labs.map((l, j) => {
      const { outcomes, collected } = early[i]![j]!;
      return gradeLab({ loaded: l, rules, lint: state, log, outcomes }, collected);
    });
    return {
      schemaVersion: 1,
      tool: { name: TOOL_NAME, version: TOOL_VERSION, cfnLint: state.kind === 'ok' ? state.version : null },
      score: labs.reduce((s, l) => s + l.score, 0),
      maxScore: labs.reduce((s, l) => s + l.maxScore, 0),
      labs,
      durationMs: Math.round(lintMs + now() - started),
    };
  });
}

/**
 * Awaits the `prepare` of every rule a started lab grades with, while cfn-lint starts. A prepare that fails is left
 * to surface as that rule's crash, a grader error on its items, when its check runs without what it needed.
 */
function prepareRules(
  loaded: readonly LoadedSubmission[],
  rules: ReadonlyMap<string, Rule>,
): Promise<void> | undefined {
  const used = new Set<Rule>();
  for (const s of loaded)
    for (const l of s.labs)
      if (l.started)
        for (const item of l.lab.items)
          for (const id of item.rules ?? []) {
            const rule = rules.get(id);
            if (rule?.prepare) used.add(rule);
          }
  if (used.size === 0) return undefined;
  return Promise.all([...used].map((r) => r.prepare!().catch(() => undefined))).then(() => undefined);
}

/**
 * Lints each distinct template text once: a class of learners who left one lab's starter as it was, or a mutation
 * table's copies, hand cfn-lint the same text many times. Findings are the same for the same text and format
 * (extension), apart from the path they carry, which is each copy's own. With a cache (the CLI's), a text linted in
 * an earlier run under the same cfn-lint version and configuration is not linted again; when every text is cached,
 * cfn-lint does not run at all.
 */
async function lintEachTextOnce(
  run: typeof runCfnLint,
  req: CfnLintRequest,
  cache?: LintCache,
): Promise<CfnLintResult> {
  const byText = new Map<string, number>();
  const unique: CfnLintTemplate[] = [];
  const slot = req.templates.map((t) => {
    const id = `${path.extname(t.path).toLowerCase()}\u0000${t.text}`;
    let k = byText.get(id);
    if (k === undefined) {
      k = unique.length;
      byText.set(id, k);
      unique.push(t);
    }
    return k;
  });
  if (!cache && unique.length === req.templates.length) return run(req);
  const assumed = cache ? await cache.cfnLintVersion() : undefined;
  const keyOf = (version: string, t: CfnLintTemplate) => lintCacheKey(cache!, version, req, t.path, t.text);
  let cached = unique.map((t) => {
    const hit = assumed === undefined ? undefined : cache!.get(keyOf(assumed, t));
    return hit && restoreFindings(t.path, hit);
  });
  let todo = unique.flatMap((_, k) => (cached[k] ? [] : [k]));
  let r: CfnLintResult = { status: 'ok', version: assumed ?? null, byTemplate: [], linted: [] };
  if (todo.length > 0) {
    r = await run({ ...req, templates: todo.map((k) => unique[k]!) });
    // cfn-lint says which version it is: entries read under another one are stale, so their texts are linted now.
    if (r.status === 'ok' && todo.length < unique.length && r.version !== assumed) {
      cached = unique.map(() => undefined);
      todo = unique.map((_, k) => k);
      r = await run({ ...req, templates: unique });
    }
  }
  if (r.status !== 'ok') return r;
  const found: Finding[][] = cached.map((c) => c ?? []);
  const linted = cached.map((c) => c !== undefined);
  todo.forEach((k, j) => {
    const t = unique[k]!;
    const findings = r.byTemplate[j] ?? [];
    found[k] = findings;
    linted[k] = r.linted ? (r.linted[j] ?? false) : true;
    // Only what cfn-lint finished with is kept, and only findings on the template itself (all of them, today).
    if (cache && r.version !== null && linted[k] && findings.every((f) => f.file === t.path))
      cache.set(keyOf(r.version, t), snapshotFindings(findings));
  });
  const byTemplate = req.templates.map((t, i) => {
    const from = unique[slot[i]!]!.path;
    return found[slot[i]!]!.map((f) => (f.file === from ? { ...f, file: t.path } : f));
  });
  return { ...r, byTemplate, linted: req.templates.map((_, i) => linted[slot[i]!]!) };
}

/** The cfn-lint rules that the items of the started labs grade: cfn-lint runs them whatever a template asks. */
function mandatoryChecks(started: readonly LabOutline[]): string[] {
  return [...new Set(started.flatMap((lab) => lab.items.flatMap((item) => item.cfnLint ?? [])))].sort();
}

/** What cfn-lint gets of a lab: its parsed templates, when it is started (a lab not started is not graded). */
function templatesToLint({ files, started }: LoadedLab): CfnLintTemplate[] {
  if (!started) return [];
  return [...files.values()].flatMap((st) =>
    st.spec.cfnLint && st.state === 'parsed' ? [{ path: st.path, text: st.doc.text }] : [],
  );
}

/** One cfn-lint run over every template of every submission, split back per submission. */
async function lintAll(
  loaded: readonly LoadedSubmission[],
  opts: Pick<GradeOptions, 'lint' | 'regions' | 'cfnLint' | 'lintCache'> & { mandatory?: readonly string[] },
  log: Log,
): Promise<CfnLintState[]> {
  if (opts.lint === false) return loaded.map(() => ({ kind: 'off' }));
  const templates: CfnLintTemplate[] = [];
  const owner: number[] = [];
  const mandatory =
    opts.mandatory ??
    mandatoryChecks(loaded.flatMap((s) => s.labs.filter((l) => l.started).map((l) => l.lab)));
  loaded.forEach((submission, i) => {
    for (const l of submission.labs)
      for (const t of templatesToLint(l)) {
        templates.push(t);
        owner.push(i);
      }
  });
  let result: CfnLintResult = { status: 'ok', version: null, byTemplate: [] };
  if (templates.length > 0) {
    result = await lintEachTextOnce(
      opts.cfnLint ?? runCfnLint,
      {
        templates,
        mandatory,
        regions: opts.regions ?? ['us-east-1'],
      },
      opts.lintCache,
    );
    if (result.status === 'unavailable') log.warn(result.reason);
  }
  return loaded.map((_, i): CfnLintState => {
    const mine = owner.flatMap((o, k) => (o === i ? [k] : []));
    // A submission with no template to lint reports no cfn-lint version, as when linting was not needed.
    if (mine.length === 0) return { kind: 'ok', version: null, byFile: new Map(), unreadable: new Map() };
    if (result.status === 'unavailable') return { kind: 'unavailable', reason: result.reason };
    const byFile = new Map<string, Finding[]>();
    const unreadable = new Map<string, Finding>();
    for (const k of mine) {
      const file = templates[k]!.path;
      byFile.set(file, result.byTemplate[k] ?? []);
      const why = cfnLintUnreadable(file, byFile.get(file)!, result.linted?.[k] ?? true);
      if (why) unreadable.set(file, why);
    }
    return { kind: 'ok', version: result.version, byFile, unreadable };
  });
}

/**
 * What one lab's items give before cfn-lint answers: the items cfn-lint has no part in, collected in full, and the
 * outcomes of every rule the others name (their cfn-lint part and check wait for gradeLab). Collecting with
 * cfn-lint 'off' stops an item at its cfn-lint part, so its check runs once, later, and its rule crashes are
 * logged once, then.
 */
function collectEarly(
  loaded: LoadedLab,
  rules: ReadonlyMap<string, Rule>,
  log: Log,
): { outcomes: Map<string, RuleOutcome>; collected: Map<RubricItem, Collected> } {
  const outcomes = new Map<string, RuleOutcome>();
  const collected = new Map<RubricItem, Collected>();
  if (!loaded.started) return { outcomes, collected };
  const off: CfnLintState = { kind: 'off' };
  for (const item of loaded.lab.items) {
    if (item.cfnLint?.length) collectItem({ loaded, rules, lint: off, log: silentLog, outcomes }, item);
    else collected.set(item, collectItem({ loaded, rules, lint: off, log, outcomes }, item));
  }
  return { outcomes, collected };
}

function gradeLab(ctx: LabContext, early: ReadonlyMap<RubricItem, Collected>): LabReport {
  const { lab, files, notices: loadNotices } = ctx.loaded;
  if (!ctx.loaded.started) return notStartedLab(lab, files, sortFindings(loadNotices));
  const items = lab.items.map((item) => scoreItem(item, early.get(item) ?? collectItem(ctx, item)));

  // cfn-lint findings no item grades are still worth showing, once, as lab notices.
  const graded = new Set(lab.items.flatMap((i) => i.cfnLint ?? []));
  const notices = [...loadNotices];
  for (const st of files.values()) {
    if (!st.spec.cfnLint || st.state !== 'parsed') continue;
    if (ctx.lint.kind === 'ok')
      for (const f of ctx.lint.byFile.get(st.path) ?? []) if (!graded.has(f.ruleId)) notices.push(f);
    if (ctx.lint.kind === 'unavailable') {
      notices.push({
        file: st.path,
        line: 1,
        column: 1,
        severity: 'info',
        ruleId: 'labgrade/cfn-lint-unavailable',
        message: ctx.lint.reason,
      });
    }
  }

  const score = items.reduce((s, i) => s + i.earned, 0);
  const maxScore = items.reduce((s, i) => s + i.points, 0);
  const report: LabReport = {
    id: lab.id,
    title: lab.title,
    score,
    maxScore,
    status: labStatus(ctx.loaded.started, items, score, maxScore),
    notices: sortFindings(notices),
    items,
  };
  return fromSynth(report, files);
}

/**
 * A lab graded from a CDK app's template: each finding on that template is put back on the construct (and the
 * learner's line) that made it, and the report says which template it graded.
 */
function fromSynth(report: LabReport, files: LoadedLab['files']): LabReport {
  for (const st of files.values()) {
    if ((st.state !== 'parsed' && st.state !== 'invalid') || !st.synth) continue;
    const synthesized = { template: st.synth.templatePath, stack: st.synth.stack, by: st.synth.by };
    if (st.state !== 'parsed' || st.doc.kind !== 'cloudformation') return { ...report, synthesized };
    const map = remapper(st.doc, st.synth);
    return {
      ...report,
      synthesized,
      notices: sortFindings(report.notices.map(map)),
      items: report.items.map((i) => ({ ...i, findings: sortFindings(i.findings.map(map)) })),
    };
  }
  return report;
}

function labStatus(started: boolean, items: ItemReport[], score: number, maxScore: number): LabStatus {
  if (!started) return 'not-started';
  if (items.some((i) => i.status === 'grader-error')) return 'grader-error';
  if (items.every((i) => i.status === 'not-gradable')) return 'not-gradable';
  if (score >= maxScore) return 'passed';
  return score === 0 ? 'failed' : 'partial';
}
