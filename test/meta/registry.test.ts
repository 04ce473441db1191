// Our `checkRuleFiles`: every rule (the grader's and the sandbox guard's) is registered, documented and tested;
// every lab has a rubric that sums to 30, cites evidence and declares what the sandbox may deploy; and no sandbox
// allow-list lives anywhere but in a registered lab. Each failure message says how to fix it.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isRecord } from '../../graders/engine/parsers/cloudformation.js';
import type { Lab, Rule, RuleMeta } from '../../graders/engine/types.js';
import { LABS, RUBRICS as RUBRIC_LABS, RULES } from '../../graders/index.js';
import { sandboxDeclarationProblems, service } from '../../graders/rubrics/lib/sandbox.js';
import { GUARD_RULES } from '../../action/sandbox/guard/index.js';
import { REPO } from '../helpers/tmp.js';

const RULE_SETS = path.join(REPO, 'graders/rules');
const RUBRICS = path.join(REPO, 'graders/rubrics');
const GUARD = path.join(REPO, 'action/sandbox/guard');
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

  it('ids are unique, across the grader and the sandbox guard, and every rule is documented', () => {
    const ids = [...RULES, ...GUARD_RULES].map((r) => r.meta.id);
    expect(
      ids.filter((id, i) => ids.indexOf(id) !== i),
      'duplicate rule ids',
    ).toEqual([]);
    for (const r of RULES) expectDocumented(r.meta);
  });
});

function expectDocumented(m: RuleMeta): void {
  expect(m.docsUrl, `${m.id}: docsUrl must be an https URL`).toMatch(/^https:\/\//);
  expect(m.title.length, `${m.id}: add a title`).toBeGreaterThan(5);
  expect(m.description.length, `${m.id}: add a description`).toBeGreaterThan(20);
  expect(m.evidence.length, `${m.id}: cite at least one external ID (rules.md §8)`).toBeGreaterThan(0);
  expect(Object.keys(m.messages).length, `${m.id}: needs messages`).toBeGreaterThan(0);
  expect(m.id, `${m.id}: ids are a prefix and three digits`).toMatch(/^[A-Z]{3}\d{3}$/);
}

/** The .ts files under a folder, recursively, as paths relative to it. */
function tsFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

describe('sandbox guard rules', () => {
  const files = fs
    .readdirSync(GUARD, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && e.name !== 'index.ts')
    .map((e) => e.name);

  it('every rule file in action/sandbox/guard is in GUARD_RULES, named after its file, and tested', async () => {
    const found: Rule<'cloudformation', string, never>[] = [];
    for (const f of files) {
      const mod = (await import(path.join(GUARD, f))) as { default?: unknown };
      const rule = mod.default as Rule<'cloudformation', string, never> | undefined;
      expect(
        rule && 'meta' in rule,
        `action/sandbox/guard/${f} must export one rule as its default (helpers go in util/)`,
      ).toBe(true);
      if (!rule) continue;
      found.push(rule);
      const name = f.replace(/\.ts$/, '');
      expect(
        (GUARD_RULES as readonly unknown[]).includes(rule),
        `action/sandbox/guard/${f} is not listed in GUARD_RULES (action/sandbox/guard/index.ts)`,
      ).toBe(true);
      expect(
        rule.meta.name,
        `meta.name of action/sandbox/guard/${f} must equal the file name '${name}'`,
      ).toBe(name);
      expect(
        fs.existsSync(path.join(REPO, 'test/action/sandbox/guard', `${name}.test.ts`)),
        `add test/action/sandbox/guard/${name}.test.ts with valid/invalid cases (test/helpers/rule-tester.ts)`,
      ).toBe(true);
    }
    expect(found.length, 'GUARD_RULES lists a rule that has no file of its own').toBe(GUARD_RULES.length);
  });

  it.each(GUARD_RULES.map((r) => [r.meta.id, r]))(
    '%s is documented, reads templates and refuses',
    (_id, rule) => {
      expectDocumented(rule.meta);
      expect(rule.meta.id, 'guard rule ids are SBX and three digits').toMatch(/^SBX\d{3}$/);
      expect(rule.meta.target).toBe('cloudformation');
      expect(rule.meta.severity, 'a guard finding refuses the deploy, so it is an error').toBe('error');
    },
  );
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

  it('every rubric module that declares a lab is registered in LABS', async () => {
    const rubrics = fs.readdirSync(RUBRICS).filter((f) => f.endsWith('.ts'));
    expect(rubrics.length).toBeGreaterThan(0);
    for (const f of rubrics) {
      const mod = (await import(path.join(RUBRICS, f))) as Record<string, unknown>;
      const labs = Object.values(mod).filter(looksLikeLab);
      expect(
        labs.length,
        `graders/rubrics/${f} must export its lab (defineLab) as its default`,
      ).toBeGreaterThan(0);
      for (const lab of labs)
        expect(
          RUBRIC_LABS.includes(lab),
          `graders/rubrics/${f} declares lab '${lab.id}'; add it to RUBRICS in graders/labs.ts`,
        ).toBe(true);
    }
  });

  it.each(LABS.map((l) => [l.id, l]))('%s: declares what the sandbox may deploy', (_id, lab) => {
    expect(sandboxDeclarationProblems(lab.sandbox)).toEqual([]);
    if (lab.sandbox.deployable)
      expect(
        lab.files.some((f) => f.kind === 'cloudformation'),
        'a deployable lab needs a CloudFormation template to deploy; declare notDeployed(reason) instead',
      ).toBe(true);
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

function looksLikeLab(v: unknown): v is Lab {
  return isRecord(v) && typeof v['id'] === 'string' && Array.isArray(v['items']) && Array.isArray(v['files']);
}

function looksLikeSandboxDeclaration(v: unknown): boolean {
  return isRecord(v) && typeof v['deployable'] === 'boolean';
}

/** Exports of one module that declare a sandbox outside a registered lab. */
function strayDeclarations(file: string, mod: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [name, value] of Object.entries(mod)) {
    if ((RUBRIC_LABS as readonly unknown[]).includes(value)) continue;
    if (looksLikeSandboxDeclaration(value)) out.push(`${file}: '${name}' is a sandbox declaration`);
    else if (isRecord(value) && Object.values(value).some(looksLikeSandboxDeclaration))
      out.push(`${file}: '${name}' maps keys to sandbox declarations`);
  }
  return out;
}

describe('sandbox declarations', () => {
  it('the check rejects a lab without one, and declarations that could not be meant', () => {
    const [lab] = LABS;
    if (!lab) throw new Error('no labs registered');
    const withoutSandbox: Partial<Lab> = { ...lab };
    delete withoutSandbox.sandbox;
    expect(sandboxDeclarationProblems(withoutSandbox.sandbox)).toEqual([
      "the lab has no sandbox declaration; declare it with service(), deployable() or notDeployed() from 'graders/rubrics/lib/sandbox.ts'",
    ]);
    expect(sandboxDeclarationProblems({ deployable: 'yes' })).toHaveLength(1);
    expect(sandboxDeclarationProblems({ deployable: false, reason: '' })).toHaveLength(1);
    expect(
      sandboxDeclarationProblems({
        deployable: true,
        types: ['AWS::EFS::FileSystem', 'AWS::EFS::FileSystem', 'AWS::ECS::Service', 'EFS'],
        maxLoadBalancers: -1,
        maxNatGateways: 1.5,
      }),
    ).toHaveLength(5);
    expect(sandboxDeclarationProblems(service(['AWS::EFS::FileSystem']))).toEqual([]);
  });

  // A lab is declared once: its allow-list is part of its defineLab and comes and goes with it. An exported
  // declaration, or a map of them by lab id, would be a policy without a lab (as action/sandbox/policy.ts was).
  it('finds a policy map keyed by lab id, and a lone declaration, but not a registered lab', () => {
    const lab = RUBRIC_LABS.find((l) => l.sandbox.deployable);
    expect(
      strayDeclarations('fake.ts', {
        LAB_POLICIES: { '08-iam-security': service(['AWS::SSM::Parameter']) },
        LAB03: service(),
        policyFor: () => service(),
        default: lab,
      }),
    ).toEqual([
      "fake.ts: 'LAB_POLICIES' maps keys to sandbox declarations",
      "fake.ts: 'LAB03' is a sandbox declaration",
    ]);
  });

  it('no module under action/ or graders/ exports a sandbox declaration or a map of them outside a registered lab', async () => {
    // Importing these runs the action or the CLI.
    const ENTRY_POINTS = new Set(['action/index.ts', 'action/post.ts', 'action/cli/index.ts']);
    const modules = ['action', 'graders']
      .flatMap((dir) => tsFiles(path.join(REPO, dir)).map((f) => `${dir}/${f}`))
      .filter((f) => !ENTRY_POINTS.has(f));
    expect(modules).toContain('action/sandbox/index.ts');
    const offenders: string[] = [];
    for (const file of modules) {
      const mod = (await import(pathToFileURL(path.join(REPO, file)).href)) as Record<string, unknown>;
      offenders.push(...strayDeclarations(file, mod));
    }
    expect(
      offenders,
      "declare a lab's sandbox in its defineLab (graders/rubrics/<lab>.ts), nowhere else",
    ).toEqual([]);
  }, 60_000);
});
