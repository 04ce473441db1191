// The cfn-lint cache: a template whose text, format, cfn-lint version and grader configuration are unchanged is not
// linted again, and grading through a warm cache gives the report a real cfn-lint run gives. Anything that changes
// the findings (the text, the version) misses, and a run whose cfn-lint reports another version than the one the
// cache assumed lints everything again.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCfnLint, type CfnLintRequest, type CfnLintResult } from '../../../graders/engine/cfn-lint.js';
import { gradeSubmission } from '../../../graders/engine/grade.js';
import {
  isCachedFindings,
  lintCacheKey,
  restoreFindings,
  snapshotFindings,
  type CachedFinding,
  type LintCache,
} from '../../../graders/engine/lint-cache.js';
import type { Finding, Report } from '../../../graders/engine/types.js';
import { LABS, RULES } from '../../../graders/index.js';
import { fakeCfnLint, HAS_CFN_LINT } from '../../helpers/cfn-lint.js';
import { copyTree, HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON } from '../../helpers/tmp.js';
import { CFN_LINT_TEST_TIMEOUT_MS, PROCESS_TEST_TIMEOUT_MS } from '../../helpers/timeouts.js';

function memoryCache(version: string | undefined, salt = 'test') {
  const entries = new Map<string, string>();
  const cache: LintCache & { hits: number; sets: number; entries: Map<string, string> } = {
    salt,
    hits: 0,
    sets: 0,
    entries,
    cfnLintVersion: () => Promise.resolve(version),
    get(key) {
      const e = entries.get(key);
      if (e === undefined) return undefined;
      cache.hits++;
      // Through JSON, as the disk store keeps it: nothing a run does to its findings may reach the next run.
      return JSON.parse(e) as CachedFinding[];
    },
    set(key, findings) {
      cache.sets++;
      entries.set(key, JSON.stringify(findings));
    },
  };
  return cache;
}

const without = (r: Report) => ({ ...r, durationMs: 0 });
const SOLUTIONS = path.join(REPO, 'test/fixtures/solutions');
/** Three labs whose graded templates are CloudFormation, enough to see one change among several. */
const CFN_LABS = LABS.filter((l) => l.files.some((f) => f.cfnLint)).slice(0, 3);
const templateOf = (root: string, labId: string) =>
  ['template.yaml', 'template.yml', 'template.json']
    .map((f) => path.join(root, 'labs', labId, f))
    .find((f) => fs.existsSync(f))!;

describe('lintCacheKey', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  const scope = { regions: ['us-east-1'], mandatory: ['E3012'] };
  const cache = { salt: 's' };
  const key = lintCacheKey(cache, '1.51.0', scope, 'labs/a/template.yaml', 'Resources: {}\n');

  it('is the same for the same text under another path with the same extension', () => {
    expect(lintCacheKey(cache, '1.51.0', scope, 'labs/b/template.yaml', 'Resources: {}\n')).toBe(key);
  });

  it.each([
    ['the text', [cache, '1.51.0', scope, 'labs/a/template.yaml', 'Resources: {} \n']],
    ['the extension', [cache, '1.51.0', scope, 'labs/a/template.json', 'Resources: {}\n']],
    ['the cfn-lint version', [cache, '1.52.0', scope, 'labs/a/template.yaml', 'Resources: {}\n']],
    [
      'the regions',
      [cache, '1.51.0', { ...scope, regions: ['eu-west-1'] }, 'labs/a/template.yaml', 'Resources: {}\n'],
    ],
    [
      'the mandatory rules',
      [
        cache,
        '1.51.0',
        { ...scope, mandatory: ['E3012', 'W3011'] },
        'labs/a/template.yaml',
        'Resources: {}\n',
      ],
    ],
    ['the salt', [{ salt: 't' }, '1.51.0', scope, 'labs/a/template.yaml', 'Resources: {}\n']],
  ] satisfies [string, Parameters<typeof lintCacheKey>][])('changes with %s', (_, args) => {
    expect(lintCacheKey(...args)).not.toBe(key);
  });
});

describe('kept findings', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('leave the path out and take the path graded now', () => {
    const f: Finding = {
      file: 'a/t.yaml',
      line: 3,
      column: 5,
      severity: 'error',
      ruleId: 'E3012',
      message: 'm',
    };
    const kept = snapshotFindings([f]);
    expect(JSON.stringify(kept)).not.toContain('a/t.yaml');
    expect(isCachedFindings(JSON.parse(JSON.stringify(kept)))).toBe(true);
    expect(restoreFindings('b/t.yaml', kept)).toEqual([{ ...f, file: 'b/t.yaml' }]);
  });

  it.each([
    ['not a list', { line: 1 }],
    ['a finding without a line', [{ column: 1, severity: 'error', ruleId: 'E1', message: 'm' }]],
    ['a line of 0', [{ line: 0, column: 1, severity: 'error', ruleId: 'E1', message: 'm' }]],
    ['an unknown severity', [{ line: 1, column: 1, severity: 'fatal', ruleId: 'E1', message: 'm' }]],
    ['a path kept', [{ file: 'x', line: 1, column: 1, severity: 'error', ruleId: 'E1', message: 'm' }]],
  ])('are refused when %s', (_, value) => {
    expect(isCachedFindings(value)).toBe(false);
  });
});

describe.skipIf(!HAS_SOLUTIONS)(
  'grading through a lint cache (fake cfn-lint)',
  { timeout: PROCESS_TEST_TIMEOUT_MS },
  () => {
    it('lints nothing the second time, and gives the same report', async () => {
      const cache = memoryCache('1.51.0');
      const first = fakeCfnLint();
      const a = await gradeSubmission({
        root: SOLUTIONS,
        labs: CFN_LABS,
        rules: RULES,
        lintCache: cache,
        cfnLint: first.run,
      });
      expect(first.linted.flat()).toHaveLength(CFN_LABS.length);
      expect(cache.sets).toBe(CFN_LABS.length);
      const second = fakeCfnLint();
      const b = await gradeSubmission({
        root: SOLUTIONS,
        labs: CFN_LABS,
        rules: RULES,
        lintCache: cache,
        cfnLint: second.run,
      });
      expect(second.linted).toEqual([]);
      expect(cache.hits).toBe(CFN_LABS.length);
      expect(without(b)).toEqual(without(a));
      expect(b.tool.cfnLint).toBe('1.51.0');
    });

    it('lints only the template whose text changed', async () => {
      const root = copyTree(SOLUTIONS);
      const cache = memoryCache('1.51.0');
      await gradeSubmission({
        root,
        labs: CFN_LABS,
        rules: RULES,
        lintCache: cache,
        cfnLint: fakeCfnLint().run,
      });
      const edited = templateOf(root, CFN_LABS[1]!.id);
      fs.appendFileSync(edited, '# edited\n');
      const again = fakeCfnLint();
      const r = await gradeSubmission({
        root,
        labs: CFN_LABS,
        rules: RULES,
        lintCache: cache,
        cfnLint: again.run,
      });
      expect(again.linted).toEqual([[path.relative(root, edited).split(path.sep).join('/')]]);
      // The edited template's finding is from this run (its new length), the others' from the cache.
      const notices = r.labs.flatMap((l) => l.notices).filter((f) => f.ruleId === 'W9999');
      expect(notices).toHaveLength(CFN_LABS.length);
      expect(notices.find((f) => edited.endsWith(f.file))?.message).toBe(
        `seen ${fs.readFileSync(edited, 'utf8').length} characters`,
      );
    });

    it('misses every entry under another cfn-lint version', async () => {
      const cache = memoryCache('1.51.0');
      await gradeSubmission({
        root: SOLUTIONS,
        labs: CFN_LABS,
        rules: RULES,
        lintCache: cache,
        cfnLint: fakeCfnLint().run,
      });
      const upgraded = memoryCache('1.52.0');
      for (const [k, v] of cache.entries) upgraded.entries.set(k, v);
      const run = fakeCfnLint('1.52.0');
      const r = await gradeSubmission({
        root: SOLUTIONS,
        labs: CFN_LABS,
        rules: RULES,
        lintCache: upgraded,
        cfnLint: run.run,
      });
      expect(run.linted.flat()).toHaveLength(CFN_LABS.length);
      expect(upgraded.hits).toBe(0);
      expect(r.tool.cfnLint).toBe('1.52.0');
    });

    it('lints everything again when cfn-lint reports another version than the cache assumed', async () => {
      const root = copyTree(SOLUTIONS);
      const cache = memoryCache('1.51.0');
      await gradeSubmission({
        root,
        labs: CFN_LABS,
        rules: RULES,
        lintCache: cache,
        cfnLint: fakeCfnLint().run,
      });
      fs.appendFileSync(templateOf(root, CFN_LABS[0]!.id), '# edited\n');
      // The cache still believes 1.51.0 is installed, but cfn-lint says 1.52.0 when it runs.
      const run = fakeCfnLint('1.52.0');
      const r = await gradeSubmission({
        root,
        labs: CFN_LABS,
        rules: RULES,
        lintCache: cache,
        cfnLint: run.run,
      });
      expect(run.linted.map((l) => l.length)).toEqual([1, CFN_LABS.length]);
      expect(r.tool.cfnLint).toBe('1.52.0');
    });

    it('lints everything when the version is not known, and keeps the results under the version cfn-lint reports', async () => {
      const unknown = memoryCache(undefined);
      const run = fakeCfnLint();
      await gradeSubmission({
        root: SOLUTIONS,
        labs: CFN_LABS,
        rules: RULES,
        lintCache: unknown,
        cfnLint: run.run,
      });
      expect(run.linted.flat()).toHaveLength(CFN_LABS.length);
      expect(unknown.hits).toBe(0);
      const known = memoryCache('1.51.0');
      for (const [k, v] of unknown.entries) known.entries.set(k, v);
      const again = fakeCfnLint();
      await gradeSubmission({
        root: SOLUTIONS,
        labs: CFN_LABS,
        rules: RULES,
        lintCache: known,
        cfnLint: again.run,
      });
      expect(again.linted).toEqual([]);
    });

    it('keeps nothing cfn-lint did not finish with', async () => {
      const cache = memoryCache('1.51.0');
      const run = (req: CfnLintRequest): Promise<CfnLintResult> =>
        Promise.resolve({
          status: 'ok',
          version: '1.51.0',
          byTemplate: req.templates.map(() => []),
          linted: req.templates.map(() => false),
        });
      await gradeSubmission({
        root: SOLUTIONS,
        labs: CFN_LABS,
        rules: RULES,
        lintCache: cache,
        cfnLint: run,
      });
      expect(cache.sets).toBe(0);
    });
  },
);

if (!HAS_SOLUTIONS)
  it.skip(`grading through a lint cache: ${SOLUTIONS_SKIP_REASON}`, () => {}, PROCESS_TEST_TIMEOUT_MS);

describe.skipIf(!HAS_CFN_LINT || !HAS_SOLUTIONS)('grading through a lint cache (real cfn-lint)', () => {
  it(
    'a warm cache gives the report a real cfn-lint run gives, without running it',
    async () => {
      // The common-mistakes fixtures: some of their templates carry cfn-lint warnings (W3010, W3696) to keep.
      const root = path.join(REPO, 'test/fixtures/naive');
      const plain = await gradeSubmission({ root, labs: LABS, rules: RULES });
      const cache = memoryCache(plain.tool.cfnLint ?? undefined);
      await gradeSubmission({ root, labs: LABS, rules: RULES, lintCache: cache });
      expect(cache.sets).toBeGreaterThan(0);
      let calls = 0;
      const counted = (req: CfnLintRequest) => {
        calls += req.templates.length;
        return runCfnLint(req);
      };
      const warm = await gradeSubmission({
        root,
        labs: LABS,
        rules: RULES,
        lintCache: cache,
        cfnLint: counted,
      });
      expect(calls).toBe(0);
      expect(without(warm)).toEqual(without(plain));
      // Findings came through the cache, not only clean templates.
      expect(JSON.stringify(warm.labs)).toMatch(/"ruleId":"[EWI]\d{4}"/);
    },
    CFN_LINT_TEST_TIMEOUT_MS,
  );
});
