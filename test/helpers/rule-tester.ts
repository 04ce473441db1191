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
  errors: { messageId: string; line?: number }[];
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

/** Maps a rendered message back to its messageId by matching the template's fixed text. */
export function messageIdOf(rule: Rule, message: string): string | undefined {
  for (const [id, template] of Object.entries(rule.meta.messages as Record<string, string>)) {
    const pattern = new RegExp(
      '^' +
        template
          .split(/\{\{\s*\w+\s*\}\}/)
          .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('[\\s\\S]*') +
        '$',
    );
    if (pattern.test(message)) return id;
  }
  return undefined;
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
        const got = out.findings.map((f) => ({
          messageId: messageIdOf(rule as Rule, f.message),
          line: f.line,
        }));
        expect(got.length, `findings: ${JSON.stringify(out.findings)}`).toBe(c.errors.length);
        c.errors.forEach((e, i) => {
          expect(got[i]?.messageId).toBe(e.messageId);
          if (e.line !== undefined) expect(got[i]?.line).toBe(e.line);
        });
      });
    }
    it('has at least one valid and one invalid case', () => {
      expect(table.valid.length).toBeGreaterThan(0);
      expect(table.invalid.length).toBeGreaterThan(0);
    });
  });
}
