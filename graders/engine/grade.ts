// The engine: reads each lab's files through the workspace reader, parses them, runs the rules and
// cfn-lint, and scores each rubric item. It never throws for anything a learner can put in a
// submission; a crashing rule or check becomes a `grader-error` item and the run goes on.
import { runCfnLint, INSTALL_HINT, type CfnLintResult, type CfnLintTemplate } from './cfn-lint.js';
import { parseAs } from './parsers/index.js';
import { isRecord } from './parsers/cloudformation.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';
import { Workspace } from './workspace.js';
import { silentLog, type Log } from './log.js';
import { outcomeFraction, runRule, sortFindings } from './run-rule.js';
import type {
  DocOfKind,
  FileKind,
  Finding,
  ItemCheckContext,
  ItemReport,
  ItemStatus,
  Lab,
  LabFile,
  LabReport,
  LabStatus,
  ParsedDoc,
  Report,
  Rule,
  RubricItem,
  RuleOutcome,
} from './types.js';

export interface GradeOptions {
  /** The submission root: the folder that holds `labs/<id>/`. */
  root: string;
  labs: readonly Lab[];
  rules: readonly Rule[];
  /** Run cfn-lint (default true). When false, cfn-lint items are skipped. */
  lint?: boolean;
  regions?: readonly string[];
  maxFileBytes?: number;
  /** Replaceable for tests; defaults to the real batched runner. */
  cfnLint?: typeof runCfnLint;
  log?: Log;
  now?: () => number;
}

/** Where a lab's files are, relative to the submission root. */
export function labDir(labId: string): string {
  return `labs/${labId}`;
}

type FileState =
  | { state: 'ok'; path: string; doc: ParsedDoc }
  | { state: 'missing'; tried: string[] }
  | { state: 'bad'; path: string; findings: Finding[] };

interface LabContext {
  lab: Lab;
  files: Map<string, FileState>;
  notices: Finding[];
  started: boolean;
}

export async function gradeSubmission(opts: GradeOptions): Promise<Report> {
  const now = opts.now ?? (() => performance.now());
  const t0 = now();
  const log = opts.log ?? silentLog;
  const ws = new Workspace(
    opts.root,
    opts.maxFileBytes === undefined ? {} : { maxFileBytes: opts.maxFileBytes },
  );
  const rulesById = new Map(opts.rules.map((r) => [r.meta.id, r]));

  const contexts = opts.labs.map((lab) => loadLab(ws, lab));

  // One cfn-lint process for every template of every lab.
  const templates: CfnLintTemplate[] = [];
  const mandatory = new Set<string>();
  for (const ctx of contexts) {
    for (const file of ctx.lab.files) {
      const st = ctx.files.get(file.id);
      if (file.cfnLint && st?.state === 'ok') templates.push({ path: st.path, text: st.doc.text });
    }
    for (const item of ctx.lab.items) for (const id of item.cfnLint ?? []) mandatory.add(id);
  }
  let lint: CfnLintResult | null = null;
  if (templates.length > 0 && opts.lint !== false) {
    lint = await (opts.cfnLint ?? runCfnLint)({
      templates,
      mandatory: [...mandatory].sort(),
      regions: opts.regions ?? ['us-east-1'],
    });
    if (lint.status === 'unavailable') log.warn(lint.reason);
  }

  const labs = contexts.map((ctx) => gradeLab(ctx, rulesById, lint, opts.lint !== false, log));
  const score = labs.reduce((s, l) => s + l.score, 0);
  const maxScore = labs.reduce((s, l) => s + l.maxScore, 0);
  return {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION, cfnLint: lint?.status === 'ok' ? lint.version : null },
    score,
    maxScore,
    labs,
    durationMs: Math.round(now() - t0),
  };
}

function loadLab(ws: Workspace, lab: Lab): LabContext {
  const dir = labDir(lab.id);
  const files = new Map<string, FileState>();
  const notices: Finding[] = [];
  let started = false;
  for (const spec of lab.files) {
    const st = loadFile(ws, dir, spec);
    files.set(spec.id, st);
    if (st.state !== 'missing') started = true;
    if (st.state === 'bad') notices.push(...st.findings);
  }
  // cfn-lint never sees these (it runs on copies elsewhere), but the learner should know they are ignored.
  for (const name of ws.list(dir)) {
    if (/^\.cfnlintrc(\.ya?ml)?$/.test(name)) {
      notices.push({
        file: `${dir}/${name}`,
        line: 1,
        column: 1,
        severity: 'warning',
        ruleId: 'labgrade/ignored-config',
        message: `'${dir}/${name}' is ignored: the grader runs cfn-lint with its own configuration, so local settings cannot change the grade.`,
      });
    }
  }
  for (const st of files.values())
    if (st.state === 'ok' && st.doc.kind === 'cloudformation') notices.push(...suppressionAttempts(st.doc));
  return { lab, files, notices, started };
}

function loadFile(ws: Workspace, dir: string, spec: LabFile): FileState {
  const tried = spec.paths.map((p) => `${dir}/${p}`);
  const found = tried.find((p) => ws.stat(p) !== 'missing');
  if (found === undefined) return { state: 'missing', tried };
  const read = ws.read(found);
  if (!read.ok) return { state: 'bad', path: found, findings: [read.finding] };
  const parsed = parseAs(spec.kind, read.path, read.text);
  if (!parsed.ok) return { state: 'bad', path: read.path, findings: parsed.findings };
  return { state: 'ok', path: read.path, doc: parsed.doc };
}

/** Template or resource Metadata that tries to switch cfn-lint checks off. */
function suppressionAttempts(doc: DocOfKind['cloudformation']): Finding[] {
  const out: Finding[] = [];
  const check = (meta: unknown, path: (string | number)[]) => {
    if (!isRecord(meta)) return;
    const cfg = isRecord(meta['cfn-lint']) ? meta['cfn-lint']['config'] : undefined;
    if (isRecord(cfg) && cfg['ignore_checks'] !== undefined) {
      const at = doc.locate([...path, 'cfn-lint', 'config', 'ignore_checks']);
      out.push({
        file: doc.file,
        ...at,
        severity: 'warning',
        ruleId: 'labgrade/suppression',
        message:
          'This Metadata asks cfn-lint to ignore checks. The grader always runs the checks it grades, so this changes nothing; remove it and fix the findings instead.',
      });
    }
  };
  check(doc.template.Metadata, ['Metadata']);
  for (const [name, res] of Object.entries(doc.template.Resources))
    check(res.Metadata, ['Resources', name, 'Metadata']);
  return out;
}

function gradeLab(
  ctx: LabContext,
  rulesById: Map<string, Rule>,
  lint: CfnLintResult | null,
  lintEnabled: boolean,
  log: Log,
): LabReport {
  const { lab } = ctx;
  const outcomes = new Map<string, RuleOutcome>();
  const lintFindingsByFile = new Map<string, Finding[]>();
  if (lint?.status === 'ok')
    for (const f of lint.findings)
      lintFindingsByFile.set(f.file, [...(lintFindingsByFile.get(f.file) ?? []), f]);

  const items = lab.items.map((item) =>
    gradeItem(ctx, item, rulesById, outcomes, lint, lintEnabled, lintFindingsByFile, log),
  );

  // cfn-lint findings no item grades are still worth showing, once, as lab notices.
  const graded = new Set(lab.items.flatMap((i) => i.cfnLint ?? []));
  const notices = [...ctx.notices];
  for (const spec of lab.files) {
    const st = ctx.files.get(spec.id);
    if (spec.cfnLint && st?.state === 'ok') {
      for (const f of lintFindingsByFile.get(st.path) ?? []) if (!graded.has(f.ruleId)) notices.push(f);
      if (lint?.status === 'unavailable') {
        notices.push({
          file: st.path,
          line: 1,
          column: 1,
          severity: 'info',
          ruleId: 'labgrade/cfn-lint-unavailable',
          message: lint.reason,
        });
      }
    }
  }

  const score = items.reduce((s, i) => s + i.earned, 0);
  const maxScore = items.reduce((s, i) => s + i.points, 0);
  return {
    id: lab.id,
    title: lab.title,
    score,
    maxScore,
    status: labStatus(ctx, items, score, maxScore),
    notices: sortFindings(notices),
    items,
  };
}

function labStatus(ctx: LabContext, items: ItemReport[], score: number, maxScore: number): LabStatus {
  if (!ctx.started) return 'not-started';
  if (items.some((i) => i.status === 'grader-error')) return 'grader-error';
  if (items.every((i) => i.status === 'not-gradable')) return 'not-gradable';
  if (score >= maxScore) return 'passed';
  return score === 0 ? 'failed' : 'partial';
}

function gradeItem(
  ctx: LabContext,
  item: RubricItem,
  rulesById: Map<string, Rule>,
  outcomes: Map<string, RuleOutcome>,
  lint: CfnLintResult | null,
  lintEnabled: boolean,
  lintFindingsByFile: Map<string, Finding[]>,
  log: Log,
): ItemReport {
  const base = {
    id: item.id,
    title: item.title,
    points: item.points,
    docs: item.docsUrl,
    evidence: [...item.evidence],
  };
  const result = (
    status: ItemStatus,
    fraction: number,
    feedback: string,
    findings: Finding[] = [],
  ): ItemReport => ({
    ...base,
    earned: fraction * item.points,
    status,
    feedback,
    findings: sortFindings(findings),
  });

  const spec = ctx.lab.files.find((f) => f.id === item.file);
  const st = ctx.files.get(item.file);
  if (!spec || !st)
    return result('grader-error', 0, graderError(`item '${item.id}' names an unknown file '${item.file}'`));
  if (st.state === 'missing') {
    const where = st.tried.map((p) => `'${p}'`).join(' or ');
    return result(
      'not-gradable',
      0,
      `Not graded yet: create ${where}. ${spec.required ? '' : 'This file is optional, but this item needs it.'}`.trim(),
    );
  }
  if (st.state === 'bad') {
    const first = st.findings[0];
    const at = first ? `${first.file}:${first.line}` : st.path;
    return result(
      'not-gradable',
      0,
      `Could not grade this item because '${st.path}' could not be read: ${first?.message ?? 'unknown problem'} Fix ${at} and push again.`,
    );
  }
  const doc = st.doc;

  const components: number[] = [];
  const findings: Finding[] = [];
  const notes: string[] = [];
  let checkFeedback = '';

  for (const id of item.rules ?? []) {
    const rule = rulesById.get(id);
    if (!rule)
      return result(
        'grader-error',
        0,
        graderError(`rubric item '${item.id}' refers to an unknown rule '${id}'`),
      );
    if (rule.meta.target !== doc.kind && !(rule.meta.target === 'json' && doc.kind === 'json')) {
      return result(
        'grader-error',
        0,
        graderError(`rule '${id}' reads ${rule.meta.target} files but '${doc.file}' is ${doc.kind}`),
      );
    }
    const key = `${id}\u0000${doc.file}`;
    let outcome = outcomes.get(key);
    if (!outcome) {
      outcome = runRule(rule, doc as DocOfKind[FileKind]);
      outcomes.set(key, outcome);
    }
    if (outcome.crash) {
      log.debug(`rule ${id} crashed on ${doc.file}:\n${outcome.crash.stack}`);
      return result('grader-error', 0, graderError(`rule ${id} failed: ${outcome.crash.message}`));
    }
    if (outcome.notApplicable !== null) {
      notes.push(outcome.notApplicable);
      continue;
    }
    findings.push(...outcome.findings);
    components.push(outcomeFraction(outcome));
  }

  if (item.cfnLint?.length) {
    // Without cfn-lint the item cannot be scored, but what the grader's own rules found is still shown,
    // so a learner working offline sees every problem it can see.
    const own = findings.length
      ? ` The grader's own checks for this item found ${findings.length} problem${findings.length === 1 ? '' : 's'}, listed here.`
      : '';
    if (!lintEnabled)
      return result(
        'skipped',
        0,
        `Skipped: cfn-lint was turned off for this run (--no-lint).${own}`,
        findings,
      );
    if (!lint || lint.status === 'unavailable') {
      const why = lint?.status === 'unavailable' ? lint.reason : INSTALL_HINT;
      return result('skipped', 0, `Skipped: ${why}${own}`, findings);
    }
    const wanted = new Set(item.cfnLint);
    const hits = (lintFindingsByFile.get(doc.file) ?? []).filter((f) => wanted.has(f.ruleId));
    findings.push(...hits);
    components.push(hits.length === 0 ? 1 : 0);
  }

  if (item.check) {
    const checkCtx: ItemCheckContext = {
      lab: ctx.lab,
      doc: <K extends FileKind>(fileId: string, kind: K) => {
        const s = ctx.files.get(fileId);
        return s?.state === 'ok' && s.doc.kind === kind ? (s.doc as DocOfKind[K]) : undefined;
      },
      pathOf: (fileId: string) => {
        const s = ctx.files.get(fileId);
        return s && s.state !== 'missing' ? s.path : undefined;
      },
    };
    try {
      const r = item.check(checkCtx);
      const fraction = Number.isFinite(r.fraction) ? Math.min(1, Math.max(0, r.fraction)) : 0;
      findings.push(...(r.findings ?? []));
      components.push(fraction);
      if (r.feedback) checkFeedback = r.feedback;
    } catch (e) {
      const err = e instanceof Error ? e : new Error(String(e));
      log.debug(`check for item ${item.id} crashed:\n${err.stack ?? err.message}`);
      return result('grader-error', 0, graderError(`the check for '${item.id}' failed: ${err.message}`));
    }
  }

  if (components.length === 0) {
    return result(
      'passed',
      1,
      `${item.praise ?? 'Nothing to fix here.'}${notes.length ? ` (${notes.join('; ')})` : ''}`,
    );
  }
  const fraction =
    (item.scoring ?? 'all') === 'all'
      ? components.every((c) => c >= 1)
        ? 1
        : 0
      : components.reduce((a, b) => a + b, 0) / components.length;
  const status: ItemStatus = fraction >= 1 ? 'passed' : fraction <= 0 ? 'failed' : 'partial';
  const feedback =
    status === 'passed'
      ? // A check's own feedback (say, the cost estimate beside the budget) is worth showing on a pass too.
        [item.praise ?? 'Done.', checkFeedback].filter(Boolean).join(' ')
      : [checkFeedback, item.hint].filter(Boolean).join(' ');
  return result(status, fraction, feedback, findings);
}

export function graderError(detail: string): string {
  return `The grader failed on this item; this is not your fault. Please tell your instructor (${detail}).`;
}
