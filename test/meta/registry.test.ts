// Our `checkRuleFiles`: every rule is registered, documented and tested; every lab has a rubric that
// sums to 30 and cites evidence. Each failure message says how to fix it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../graders/engine/types.js';
import { LABS, RULES } from '../../graders/index.js';
import { REPO } from '../helpers/tmp.js';

const RULE_SETS = path.join(REPO, 'graders/rules');
const RUBRICS = path.join(REPO, 'graders/rubrics');
const ruleSets = fs
  .readdirSync(RULE_SETS, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'lib')
  .map((d) => d.name);

describe('rules', () => {
  it.each(ruleSets)(
    'every rule file in graders/rules/%s is registered, named after its file, and tested',
    async (set) => {
      const files = fs
        .readdirSync(path.join(RULE_SETS, set))
        .filter((f) => f.endsWith('.ts') && f !== 'index.ts');
      let found = 0;
      for (const f of files) {
        const mod = (await import(path.join(RULE_SETS, set, f))) as { default?: Rule };
        const rule = mod.default;
        if (!rule || typeof rule !== 'object' || !('meta' in rule)) continue; // data or helper module
        found++;
        const name = f.replace(/\.ts$/, '');
        expect(
          RULES.includes(rule),
          `graders/rules/${set}/${f} is not listed in graders/rules/${set}/index.ts (or graders/index.ts)`,
        ).toBe(true);
        expect(
          rule.meta.name,
          `meta.name of graders/rules/${set}/${f} must equal the file name '${name}'`,
        ).toBe(name);
        const test = path.join(REPO, 'test/graders/rules', set, `${name}.test.ts`);
        expect(
          fs.existsSync(test),
          `add test/graders/rules/${set}/${name}.test.ts with valid/invalid cases`,
        ).toBe(true);
      }
      expect(found, `graders/rules/${set} holds no rule`).toBeGreaterThan(0);
    },
  );

  it('ids are unique and every rule is documented', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(
      ids.filter((id, i) => ids.indexOf(id) !== i),
      'duplicate rule ids',
    ).toEqual([]);
    for (const r of RULES) {
      const m = r.meta;
      expect(m.docsUrl, `${m.id}: docsUrl must be an https URL`).toMatch(/^https:\/\//);
      expect(m.title.length, `${m.id}: add a title`).toBeGreaterThan(5);
      expect(m.description.length, `${m.id}: add a description`).toBeGreaterThan(20);
      expect(m.evidence.length, `${m.id}: cite at least one external ID (rules.md §8)`).toBeGreaterThan(0);
      expect(Object.keys(m.messages).length, `${m.id}: needs messages`).toBeGreaterThan(0);
      expect(m.id, `${m.id}: ids are a prefix and three digits`).toMatch(/^[A-Z]{3}\d{3}$/);
    }
  });
});

describe('labs', () => {
  const labDirs = fs
    .readdirSync(path.join(REPO, 'labs'))
    .filter((d) => fs.statSync(path.join(REPO, 'labs', d)).isDirectory());

  it('every labs/<id>/ has a rubric graders/rubrics/<id>.ts that is registered, and vice versa', () => {
    expect(labDirs.sort()).toEqual(LABS.map((l) => l.id).sort());
    for (const id of labDirs)
      expect(fs.existsSync(path.join(RUBRICS, `${id}.ts`)), `add graders/rubrics/${id}.ts`).toBe(true);
  });

  it.each(LABS.map((l) => [l.id, l]))('%s: rubric is well formed', (_id, lab) => {
    expect(lab.items.length, 'a lab has at least 6 items').toBeGreaterThanOrEqual(6);
    expect(
      lab.items.reduce((s, i) => s + i.points, 0),
      'points sum to 30',
    ).toBe(30);
    const ids = lab.items.map((i) => i.id);
    expect(new Set(ids).size, 'item ids are unique').toBe(ids.length);
    expect(fs.existsSync(path.join(REPO, 'labs', lab.id, 'README.md')), 'add a README').toBe(true);
    for (const item of lab.items) {
      expect(item.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(item.points).toBeGreaterThan(0);
      expect(item.evidence.length, `${item.id}: cite evidence`).toBeGreaterThan(0);
      for (const e of item.evidence) expect(e.url, `${item.id}: evidence needs a URL`).toMatch(/^https:\/\//);
      expect(item.docsUrl).toMatch(/^https:\/\//);
      expect(item.hint.length, `${item.id}: write a hint`).toBeGreaterThan(20);
      const file = lab.files.find((f) => f.id === item.file);
      expect(file, `${item.id}: unknown file '${item.file}'`).toBeDefined();
      expect(
        item.rules?.length || item.cfnLint?.length || item.check,
        `${item.id}: grade something`,
      ).toBeTruthy();
      for (const ruleId of item.rules ?? []) {
        const rule = RULES.find((r) => r.meta.id === ruleId);
        expect(rule, `${item.id}: rule '${ruleId}' is not registered`).toBeDefined();
        expect(
          rule!.meta.target,
          `${item.id}: rule '${ruleId}' reads ${rule!.meta.target}, file is ${file!.kind}`,
        ).toBe(file!.kind);
      }
      for (const c of item.cfnLint ?? [])
        expect(file!.cfnLint, `${item.id}: cfn-lint ${c} on a file cfn-lint does not lint`).toBe(true);
    }
  });
});
