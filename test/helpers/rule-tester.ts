// ESLint-style valid/invalid tables for rules: each case is a file's text (and, for rules that take them, the
// rule's options); invalid cases name the messageIds (and optionally lines) the rule must report. Expected prose
// is never repeated in tests.
import { beforeAll, describe, expect, it } from 'vitest';
import { runRule } from '../../graders/engine/run-rule.js';
import type { FileKind, Rule, RuleOutcome } from '../../graders/engine/types.js';
import { parseAs } from '../../graders/engine/parsers/index.js';

export interface ValidCase<O = undefined> {
  name: string;
  code: string;
  /** File name to parse as (matters for CloudFormation JSON vs YAML). */
  file?: string;
  /** The rule's options (ESLint's `options`), for rules that take them, such as the sandbox guard's. */
  options?: O;
}

export interface InvalidCase<O = undefined> extends ValidCase<O> {
  /** Each expected finding, in order: its messageId, and where given its line and the values it was filled with. */
  errors: { messageId: string; line?: number; data?: Readonly<Record<string, string | number>> }[];
}

export interface RuleTable<O = undefined> {
  valid: ValidCase<O>[];
  invalid: InvalidCase<O>[];
}

const DEFAULT_FILE: Record<FileKind, string> = {
  dockerfile: 'Dockerfile',
  text: '.dockerignore',
  json: 'task-definition.json',
  yaml: 'appspec.yaml',
  cloudformation: 'template.yaml',
  kubernetes: 'manifests.yaml',
  // A file-set rule sees the case's code as the one file of the lab folder.
  files: 'labs/lab/config.env',
};

export function runOn<K extends FileKind, O = undefined>(
  rule: Rule<K, string, O>,
  code: string,
  file?: string,
  options?: O,
): RuleOutcome {
  const name = file ?? DEFAULT_FILE[rule.meta.target];
  const parsed = parseAs(rule.meta.target, name, code);
  if (!parsed.ok)
    throw new Error(`test input did not parse: ${parsed.findings.map((f) => f.message).join('; ')}`);
  // A case that leaves out the options a rule needs makes the rule crash, which the table reports.
  return runRule(rule, parsed.doc, options as O);
}

export function testRule<K extends FileKind, O = undefined>(
  rule: Rule<K, string, O>,
  table: RuleTable<O>,
  skip = false,
): void {
  describe.skipIf(skip)(`${rule.meta.id} ${rule.meta.name}`, () => {
    // What the engine does before a run that uses the rule (the Kubernetes schemas, for EKS001).
    beforeAll(async () => {
      await rule.prepare?.();
    });
    for (const c of table.valid) {
      it(`valid: ${c.name}`, () => {
        const out = runOn(rule, c.code, c.file, c.options);
        expect(out.crash, out.crash?.message).toBeNull();
        expect(out.findings.map((f) => f.message)).toEqual([]);
      });
    }
    for (const c of table.invalid) {
      it(`invalid: ${c.name}`, () => {
        const out = runOn(rule, c.code, c.file, c.options);
        expect(out.crash, out.crash?.message).toBeNull();
        expect(out.findings.length, `findings: ${JSON.stringify(out.findings)}`).toBe(c.errors.length);
        c.errors.forEach((e, i) => {
          const f = out.findings[i];
          expect(f?.messageId, `finding ${i}: ${f?.message}`).toBe(e.messageId);
          expect(Object.keys(rule.meta.messages)).toContain(f?.messageId);
          if (e.line !== undefined) expect(f?.line, `finding ${i}: ${f?.message}`).toBe(e.line);
          if (e.data !== undefined) expect(f?.data, `finding ${i}: ${f?.message}`).toMatchObject(e.data);
        });
      });
    }
    it('has at least one valid and one invalid case', () => {
      expect(table.valid.length).toBeGreaterThan(0);
      expect(table.invalid.length).toBeGreaterThan(0);
    });
  });
}

/**
 * testRule for a table built from fixtures that may be absent: with `condition` true the rule's cases are
 * registered as skipped (built from empty text, so nothing is run) and one skipped test says why.
 */
testRule.skipIf =
  (condition: boolean, reason: string) =>
  <K extends FileKind, O = undefined>(rule: Rule<K, string, O>, table: RuleTable<O>): void => {
    testRule(rule, table, condition);
    if (condition) it.skip(`${rule.meta.id}: ${reason}`, () => {});
  };
