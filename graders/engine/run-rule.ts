// Runs one rule on one document. A rule that throws is the grader's failure, never the learner's: it becomes
// a crash outcome (shown as a `grader-error` item) and the run goes on.
import type {
  DataPath,
  DocOfKind,
  FileKind,
  FilePosition,
  Finding,
  MessageData,
  Position,
  Rule,
  RuleOutcome,
} from './types.js';

export function renderMessage(template: string, data: MessageData = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) =>
    Object.hasOwn(data, key) ? String(data[key]) : whole,
  );
}

/**
 * Runs `rule` on `doc`. A rule that declares options (ESLint-style settings such as the sandbox guard's caps)
 * must be given them; every other rule is called without.
 */
export function runRule<K extends FileKind>(rule: Rule<K>, doc: DocOfKind[K]): RuleOutcome;
export function runRule<K extends FileKind, O>(
  rule: Rule<K, string, O>,
  doc: DocOfKind[K],
  options: O,
): RuleOutcome;
export function runRule<K extends FileKind, O>(
  rule: Rule<K, string, O>,
  doc: DocOfKind[K],
  options?: O,
): RuleOutcome {
  const findings: Finding[] = [];
  let checked: number | null = null;
  let failed: number | null = null;
  let notApplicable: string | null = null;
  const toPosition = (at: Position | FilePosition | DataPath | undefined): FilePosition => {
    if (at === undefined) return { file: doc.file, line: 1, column: 1 };
    if (Array.isArray(at)) {
      const p =
        'locate' in doc ? (doc as { locate(p: DataPath): Position }).locate(at) : { line: 1, column: 1 };
      return { file: doc.file, line: p.line, column: p.column };
    }
    const p = at as Position | FilePosition;
    return { file: 'file' in p ? p.file : doc.file, line: p.line, column: p.column };
  };
  const ctx = {
    report(messageId: string, data?: MessageData, at?: Position | FilePosition | DataPath) {
      const template = (rule.meta.messages as Record<string, string>)[messageId];
      if (template === undefined)
        throw new Error(`rule ${rule.meta.id} reported unknown messageId '${messageId}'`);
      const p = toPosition(at);
      findings.push({
        file: p.file,
        line: p.line,
        column: p.column,
        severity: rule.meta.severity,
        ruleId: rule.meta.id,
        message: renderMessage(template, data),
        messageId,
        ...(data === undefined ? {} : { data: { ...data } }),
      });
    },
    tally(c: number, f?: number) {
      checked = (checked ?? 0) + c;
      if (f !== undefined) failed = (failed ?? 0) + f;
    },
    notApplicable(reason: string) {
      notApplicable = reason;
    },
    // Only the first overload omits options, and there O is undefined.
    options: options as O,
  };
  try {
    rule.check(doc, ctx);
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    return {
      ruleId: rule.meta.id,
      findings: [],
      checked: null,
      failed: null,
      notApplicable: null,
      crash: { message: err.message, stack: err.stack ?? err.message },
    };
  }
  return {
    ruleId: rule.meta.id,
    findings: sortFindings(findings),
    checked,
    failed,
    notApplicable,
    crash: null,
  };
}

/** Fraction of instances that pass, from the rule's tally; with no tally, all or nothing. */
export function outcomeFraction(o: RuleOutcome): number {
  if (o.checked !== null && o.checked > 0) {
    const failed = Math.min(o.checked, o.failed ?? distinctInstances(o.findings));
    return (o.checked - failed) / o.checked;
  }
  return o.findings.length === 0 ? 1 : 0;
}

function distinctInstances(findings: Finding[]): number {
  return new Set(findings.map((f) => `${f.file}:${f.line}:${f.column}`)).size;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.message, b.message)
  );
}

export function sortFindings(fs: Finding[]): Finding[] {
  return [...fs].sort(compareFindings);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
