// Collecting what decides a rubric item: the rules' outcomes, cfn-lint's hits and the item's own check, each
// as a fraction with the findings behind it. Nothing here knows points or writes feedback; score.ts does.
import type { FileState, LoadedLab } from './load.js';
import type { Log } from './log.js';
import type { Finding } from './report.js';
import { outcomeFraction, runRule } from './run-rule.js';
import type { DocOfKind, FileKind, ItemCheckContext, Rule, RubricItem, RuleOutcome } from './types.js';

/** What cfn-lint gave one submission. */
export type CfnLintState =
  /** Turned off for this run (`--no-lint`). */
  | { kind: 'off' }
  /** Wanted but could not run (not installed, timed out, unreadable output); `reason` says which. */
  | { kind: 'unavailable'; reason: string }
  /**
   * Ran; its findings keyed by submission-relative template path. `unreadable` holds the templates cfn-lint
   * could not read (E0000, E0001, or no result at all), with the finding that says why: on those, the absence
   * of a graded id proves nothing, so every cfn-lint item on them fails (see `cfnLintUnreadable`).
   */
  | {
      kind: 'ok';
      version: string | null;
      byFile: ReadonlyMap<string, readonly Finding[]>;
      unreadable: ReadonlyMap<string, Finding>;
    };

/** Everything one lab's items are collected against. */
export interface LabContext {
  loaded: LoadedLab;
  rules: ReadonlyMap<string, Rule>;
  lint: CfnLintState;
  log: Log;
  /** Rule outcomes by rule and file, so a rule that several items name runs once. */
  outcomes: Map<string, RuleOutcome>;
}

export type Collected =
  /** The item's file is missing or could not be read. */
  | { kind: 'not-gradable'; feedback: string }
  /** The grader failed: never the learner's fault. */
  | { kind: 'grader-error'; detail: string }
  /** cfn-lint is needed and did not run; what the grader's own rules found is kept. */
  | { kind: 'skipped'; why: string; findings: Finding[] }
  /** cfn-lint ran but could not read the item's file: the item fails, whatever else was found. */
  | { kind: 'unread-by-cfn-lint'; feedback: string; findings: Finding[] }
  | {
      kind: 'collected';
      /** One fraction (0..1) per rule, cfn-lint and check that spoke. */
      components: number[];
      findings: Finding[];
      /** Why rules did not apply (`notApplicable`), shown on a pass. */
      notes: string[];
      /** The check's own feedback, if it gave any. */
      checkFeedback: string;
    };

export function collectItem(ctx: LabContext, item: RubricItem): Collected {
  const { lab, files } = ctx.loaded;
  const st = files.get(item.file);
  if (!st) return { kind: 'grader-error', detail: `item '${item.id}' names an unknown file '${item.file}'` };
  const app = unsynthesizedApp(ctx.loaded);
  if (app) {
    // A lab solved in the CDK only is its app: without the template it synthesizes there is no stack to judge, and
    // points for its other files alone (its tests, its nag setup) would grade a stack nobody has seen.
    const at = app.findings[0]?.file ?? app.path;
    return {
      kind: 'not-gradable',
      feedback: `Not graded: the lab's CDK app gave no template to grade. The note on '${at}' says why, and what to do.`,
    };
  }
  if (st.state === 'missing') {
    const where = st.tried.map((p) => `'${p}'`).join(' or ');
    return {
      kind: 'not-gradable',
      feedback:
        `Not graded yet: create ${where}. ${st.spec.required ? '' : 'This file is optional, but this item needs it.'}`.trim(),
    };
  }
  if (st.state !== 'parsed') {
    const first = st.findings[0];
    const at = first ? `${first.file}:${first.line}` : st.path;
    return {
      kind: 'not-gradable',
      feedback: `Could not grade this item because '${st.path}' could not be read: ${first?.message ?? 'unknown problem'} Fix ${at} and push again.`,
    };
  }
  const doc = st.doc;
  const components: number[] = [];
  const findings: Finding[] = [];
  const notes: string[] = [];

  for (const id of item.rules ?? []) {
    const rule = ctx.rules.get(id);
    if (!rule)
      return { kind: 'grader-error', detail: `rubric item '${item.id}' refers to an unknown rule '${id}'` };
    if (rule.meta.target !== doc.kind)
      return {
        kind: 'grader-error',
        detail: `rule '${id}' reads ${rule.meta.target} files but '${doc.file}' is ${doc.kind}`,
      };
    const key = `${id}\u0000${doc.file}`;
    let outcome = ctx.outcomes.get(key);
    if (!outcome) {
      outcome = runRule(rule, doc as DocOfKind[FileKind]);
      ctx.outcomes.set(key, outcome);
    }
    if (outcome.crash) {
      ctx.log.debug(`rule ${id} crashed on ${doc.file}:\n${outcome.crash.stack}`);
      return { kind: 'grader-error', detail: `rule ${id} failed: ${outcome.crash.message}` };
    }
    if (outcome.notApplicable !== null) {
      notes.push(outcome.notApplicable);
      continue;
    }
    findings.push(...outcome.findings);
    components.push(outcomeFraction(outcome));
  }

  if (item.cfnLint?.length) {
    if (ctx.lint.kind !== 'ok') {
      const why =
        ctx.lint.kind === 'off' ? 'cfn-lint was turned off for this run (--no-lint).' : ctx.lint.reason;
      return { kind: 'skipped', why, findings };
    }
    const blind = ctx.lint.unreadable.get(doc.file);
    if (blind)
      return {
        kind: 'unread-by-cfn-lint',
        feedback: unreadFeedback(doc.file, blind),
        findings: [...findings, blind],
      };
    const wanted = new Set(item.cfnLint);
    const hits = (ctx.lint.byFile.get(doc.file) ?? []).filter((f) => wanted.has(f.ruleId));
    findings.push(...hits);
    components.push(hits.length === 0 ? 1 : 0);
  }

  let checkFeedback = '';
  if (item.check) {
    const checkCtx: ItemCheckContext = {
      lab,
      doc: <K extends FileKind>(fileId: string, kind: K) => {
        const s = files.get(fileId);
        return s?.state === 'parsed' && s.doc.kind === kind ? (s.doc as DocOfKind[K]) : undefined;
      },
      pathOf: (fileId: string) => {
        const s = files.get(fileId);
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
      ctx.log.debug(`check for item ${item.id} crashed:\n${err.stack ?? err.message}`);
      return { kind: 'grader-error', detail: `the check for '${item.id}' failed: ${err.message}` };
    }
  }
  return { kind: 'collected', components, findings, notes, checkFeedback };
}

/** What a learner is told when cfn-lint could not read the file an item is graded on. */
function unreadFeedback(file: string, why: Finding): string {
  const say = why.message.replace(/\s+/g, ' ').trim();
  const quoted = `"${say.length > 300 ? `${say.slice(0, 297)}...` : say}"`;
  if (why.ruleId === 'E0001') {
    return (
      `cfn-lint could not transform '${file}' (E0001 at line ${why.line}: ${quoted}), so none of its other checks ` +
      'ran on it and this item cannot pass until they do. Fix the resource that message names and push again.'
    );
  }
  if (why.ruleId === 'E0000') {
    return (
      `cfn-lint could not read '${file}' (E0000 at line ${why.line}: ${quoted}), so none of its checks ran on it ` +
      'and this item cannot pass until they do. Make the template parse for cfn-lint (run ' +
      `'cfn-lint ${file}' locally) and push again.`
    );
  }
  return (
    `${say} This item cannot pass without cfn-lint's checks. If the template looks right, run ` +
    `'cfn-lint ${file}' locally; if it is clean there, tell your instructor.`
  );
}

/** The synthesized template of a lab solved in the CDK only, when the app gave none (not run, failed, or missing). */
function unsynthesizedApp(
  loaded: LabContext['loaded'],
): Extract<FileState, { state: 'unreadable' }> | undefined {
  for (const st of loaded.files.values())
    if (
      st.spec.cdk === 'only' &&
      st.state === 'unreadable' &&
      st.findings.some((f) => f.ruleId.startsWith('cdk/'))
    )
      return st;
  return undefined;
}
