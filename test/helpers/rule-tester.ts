// ESLint-style valid/invalid tables for rules: each case is a file's text; invalid cases name the
// messageIds (and optionally lines) the rule must report. Expected prose is never repeated in tests.
import { describe, expect, it } from 'vitest';
import { runRule } from '../../graders/engine/run-rule.js';
import type { FileKind, Rule, RuleOutcome } from '../../graders/engine/types.js';
import { parseAs } from '../../graders/engine/parsers/index.js';

export interface ValidCase {
  name: string;
  code: string;
  /** File name to parse as (matters for CloudFormation JSON vs YAML). */
  file?: string;
}

export interface InvalidCase extends ValidCase {
  /** Each expected finding, in order: its messageId, and where given its line and the values it was filled with. */
  errors: { messageId: string; line?: number; data?: Readonly<Record<string, string | number>> }[];
}

export interface RuleTable {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

const DEFAULT_FILE: Record<FileKind, string> = {
  dockerfile: 'Dockerfile',
  text: '.dockerignore',
  json: 'task-definition.json',
  cloudformation: 'template.yaml',
  kubernetes: 'manifests.yaml',
};

export function runOn<K extends FileKind>(rule: Rule<K>, code: string, file?: string): RuleOutcome {
  const name = file ?? DEFAULT_FILE[rule.meta.target];
  const parsed = parseAs(rule.meta.target, name, code);
  if (!parsed.ok)
    throw new Error(`test input did not parse: ${parsed.findings.map((f) => f.message).join('; ')}`);
  return runRule(rule, parsed.doc);
}

export function testRule<K extends FileKind>(rule: Rule<K>, table: RuleTable): void {
  describe(`${rule.meta.id} ${rule.meta.name}`, () => {
    for (const c of table.valid) {
      it(`valid: ${c.name}`, () => {
        const out = runOn(rule, c.code, c.file);
        expect(out.crash).toBeNull();
        expect(out.findings.map((f) => f.message)).toEqual([]);
      });
    }
    for (const c of table.invalid) {
      it(`invalid: ${c.name}`, () => {
        const out = runOn(rule, c.code, c.file);
        expect(out.crash).toBeNull();
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
