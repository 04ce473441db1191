// The result cache: a lab whose loading would see exactly what it saw last time is taken as it was graded, and
// every report through the cache is the report grading without it gives (apart from durationMs). Whatever changes a
// lab's grade (a file's text, a file appearing or going, a link, the run's options, cfn-lint's version, the
// mandatory checks) makes it be graded anew; what depends on more than the files (a synthesized template, a crash,
// cfn-lint not answering) is never kept.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CfnLintResult } from '../../../graders/engine/cfn-lint.js';
import { courseLabs } from '../../../graders/engine/course.js';
import { defineRule } from '../../../graders/engine/define.js';
import { gradeKept, gradeSubmission, type GradeOptions } from '../../../graders/engine/grade.js';
import type { LintCache } from '../../../graders/engine/lint-cache.js';
import { workspaceSource, type FileSource } from '../../../graders/engine/load.js';
import {
  isCachedLab,
  isOutlineList,
  journalHolds,
  JournalingWorkspace,
  outlineOf,
  resultCacheKey,
  type CachedLab,
  type ResultCache,
} from '../../../graders/engine/result-cache.js';
import { defaultCourse } from '../../../graders/engine/course.js';
import type { Lab, Report, Rule } from '../../../graders/engine/types.js';
import { Workspace } from '../../../graders/engine/workspace.js';
import { LABS, RULES } from '../../../graders/index.js';
import { copyTree, HAS_SOLUTIONS, makeTree, REPO, SOLUTIONS_SKIP_REASON, tmpDir } from '../../helpers/tmp.js';
import { fakeCfnLint } from '../../helpers/cfn-lint.js';
import { PROCESS_TEST_TIMEOUT_MS } from '../../helpers/timeouts.js';

/** Kept through JSON, as the disk store keeps it; counts what it is asked and given. */
function memoryCache(salt = 'test') {
  const entries = new Map<string, string>();
  const cache: ResultCache & { gets: number; sets: string[]; entries: Map<string, string> } = {
    salt,
    gets: 0,
    sets: [],
    entries,
    get(key) {
      cache.gets++;
      const e = entries.get(key);
      return e === undefined ? undefined : (JSON.parse(e) as CachedLab);
    },
    set(key, entry) {
      cache.sets.push(entry.report.id);
      entries.set(key, JSON.stringify(entry));
    },
  };
  return cache;
}

/** The rules, loaded through a loader that counts its calls: a run that grades nothing anew never calls it. */
function countedRules(rules: readonly Rule[] = RULES) {
  const loader = Object.assign(
    () => {
      loader.calls++;
      return Promise.resolve(rules);
    },
    { calls: 0 },
  );
  return loader;
}

/** A lint cache that keeps nothing but says which version would lint: what the result cache keys cfn-lint on. */
function versionOnly(version: string | undefined): LintCache {
  return { salt: 'x', cfnLintVersion: () => Promise.resolve(version), get: () => undefined, set: () => {} };
}

/** Grading with cfn-lint `run`, the lint cache saying `version` would lint, and the result cache `cache`. */
function linting(cache: ResultCache, version: string | undefined, run = fakeCfnLint().run) {
  return { lint: true, cfnLint: run, lintCache: versionOnly(version), resultCache: cache };
}

const without = (r: Report) => ({ ...r, durationMs: 0 });
const SOLUTIONS = path.join(REPO, 'test/fixtures/solutions');
const STARTERS = path.join(REPO, 'labs');

function grade(root: string, extra: Partial<GradeOptions> = {}) {
  return gradeSubmission({ root, labs: LABS, rules: RULES, lint: false, ...extra });
}

describe('JournalingWorkspace and journalHolds', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('notes each outside call once, a repeated one not again, and holds until an answer changes', () => {
    const root = makeTree({ 'labs/a/x.txt': 'one', 'labs/a/k8s/d.yaml': 'kind: A' });
    const w = new JournalingWorkspace(new Workspace(root));
    w.stat('labs/a/x.txt');
    // Asked again with the same answer: nothing to add.
    w.stat('labs/a/x.txt');
    w.list('labs/a');
    w.walk('labs/a/k8s');
    w.read('labs/a/x.txt');
    w.read('labs/../../etc/passwd');
    // list and walk stat their folder inside; only the calls made from outside are noted.
    expect(w.journal.map((e) => `${e.op} ${e.path}`)).toEqual([
      'stat labs/a/x.txt',
      'list labs/a',
      'walk labs/a/k8s',
      'read labs/a/x.txt',
      'read labs/../../etc/passwd',
    ]);
    const fresh = () => new Workspace(root);
    expect(journalHolds(fresh(), w.journal)).toBe(true);
    fs.writeFileSync(path.join(root, 'labs/a/x.txt'), 'two');
    expect(journalHolds(fresh(), w.journal)).toBe(false);
  });

  it.each([
    [
      'a file added to a listed folder',
      (root: string) => fs.writeFileSync(path.join(root, 'labs/a/.cfnlintrc'), ''),
    ],
    [
      'a manifest added to a walked folder',
      (root: string) => fs.writeFileSync(path.join(root, 'labs/a/k8s/e.yaml'), ''),
    ],
    ['a file deleted', (root: string) => fs.rmSync(path.join(root, 'labs/a/x.txt'))],
    [
      'a file replaced by a link out of the tree',
      (root: string) => {
        const outside = path.join(tmpDir(), 'x.txt');
        fs.writeFileSync(outside, 'one');
        fs.rmSync(path.join(root, 'labs/a/x.txt'));
        fs.symlinkSync(outside, path.join(root, 'labs/a/x.txt'));
      },
    ],
  ])('no longer holds after %s', (_, change) => {
    const root = makeTree({ 'labs/a/x.txt': 'one', 'labs/a/k8s/d.yaml': 'kind: A' });
    const w = new JournalingWorkspace(new Workspace(root));
    w.list('labs/a');
    w.walk('labs/a/k8s');
    w.read('labs/a/x.txt');
    expect(journalHolds(new Workspace(root), w.journal)).toBe(true);
    change(root);
    expect(journalHolds(new Workspace(root), w.journal)).toBe(false);
  });

  it('does not hold, and does not throw, when a journal names an operation it does not know', () => {
    const root = makeTree({ 'a.txt': 'a' });
    const bad = [{ op: 'exec', path: 'a.txt', answer: 'x' }] as never;
    expect(journalHolds(new Workspace(root), bad)).toBe(false);
  });
});

describe('isCachedLab', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it.each([
    null,
    1,
    'x',
    {},
    { journal: [], report: {}, started: true, lint: null },
    { journal: [], report: { items: [] }, started: 'yes', lint: null },
  ])('refuses %j', (v) => expect(isCachedLab(v)).toBe(false));
  it('takes an entry with the kept shape', () => {
    expect(isCachedLab({ journal: [], report: { items: [] }, started: false, lint: null })).toBe(true);
  });
});

describe.skipIf(!HAS_SOLUTIONS)(
  'grading through the result cache',
  { timeout: PROCESS_TEST_TIMEOUT_MS },
  () => {
    if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {});

    it('grades nothing anew the second time, loads no rule, and gives the report grading without it gives', async () => {
      const root = copyTree(SOLUTIONS);
      const cache = memoryCache();
      const first = await grade(root, { resultCache: cache, rules: countedRules() });
      expect(cache.sets).toEqual(LABS.map((l) => l.id));
      const rules = countedRules();
      const second = await grade(root, { resultCache: cache, rules });
      expect(rules.calls).toBe(0);
      expect(cache.sets).toHaveLength(LABS.length);
      const plain = await grade(root);
      expect(without(second)).toEqual(without(plain));
      expect(without(first)).toEqual(without(plain));
    });

    it("takes an unchanged course by the labs' outlines alone (gradeKept), as grading with the cache gives it", async () => {
      const root = copyTree(SOLUTIONS);
      const cache = memoryCache();
      expect(await gradeKept(root, LABS, { lint: false }, cache)).toBeUndefined();
      await grade(root, { resultCache: cache });
      // Outlines as a store keeps them: ids, points and cfn-lint checks, through JSON, without a check or a title.
      const outlines: unknown = JSON.parse(JSON.stringify(LABS.map(outlineOf)));
      expect(isOutlineList(outlines)).toBe(true);
      if (!isOutlineList(outlines)) return;
      expect(Object.keys(outlines[0]!)).toEqual(['id', 'items']);
      const kept = await gradeKept(root, outlines, { lint: false }, cache);
      expect(without(kept!)).toEqual(without(await grade(root)));
      expect(without(kept!)).toEqual(without(await grade(root, { resultCache: cache })));
      // A course's points apply to outlines as to labs, and find the labs graded under them.
      const config = { ...defaultCourse(), lab: { '02-ecs-task-definition': { points: 60 } } } as never;
      expect(await gradeKept(root, courseLabs(outlines, config), { lint: false }, cache)).toBeUndefined();
      await grade(root, { resultCache: cache, labs: courseLabs(LABS, config) });
      const scaled = await gradeKept(root, courseLabs(outlines, config), { lint: false }, cache);
      expect(scaled?.maxScore).toBe(480);
      expect(without(scaled!)).toEqual(without(await grade(root, { labs: courseLabs(LABS, config) })));
      // One edit: some lab must be graded, so nothing is taken.
      fs.appendFileSync(path.join(root, 'labs/06-vpc-networking/template.yaml'), '\n# edited\n');
      expect(await gradeKept(root, outlines, { lint: false }, cache)).toBeUndefined();
      // The grading that follows, given the try's verdicts, reads no entry again and grades lab 06 alone.
      const verdicts = new Map<string, CachedLab | null>();
      expect(await gradeKept(root, outlines, { lint: false, verdicts }, cache)).toBeUndefined();
      const [gets, sets] = [cache.gets, cache.sets.length];
      const after = await grade(root, { resultCache: cache, verdicts });
      expect(cache.gets).toBe(gets);
      expect(cache.sets.slice(sets)).toEqual(['06-vpc-networking']);
      expect(without(after)).toEqual(without(await grade(root)));
    });

    it('grades anew only the lab whose file changed, and its report is the one grading without the cache gives', async () => {
      const root = copyTree(SOLUTIONS);
      const cache = memoryCache();
      await grade(root, { resultCache: cache });
      const template = path.join(root, 'labs/03-ecs-service-alb/template.yaml');
      // A health check path the app does not answer: it costs points, so the kept report would be wrong.
      fs.writeFileSync(
        template,
        fs.readFileSync(template, 'utf8').replace(/HealthCheckPath: \/health\b/, 'HealthCheckPath: /status'),
      );
      cache.sets.length = 0;
      const cached = await grade(root, { resultCache: cache });
      expect(cache.sets).toEqual(['03-ecs-service-alb']);
      const plain = await grade(root);
      expect(without(cached)).toEqual(without(plain));
      expect(plain.labs.find((l) => l.id === '03-ecs-service-alb')!.score).toBeLessThan(30);
    });

    it.each([
      [
        'a template.json beside the graded template.yaml',
        '03-ecs-service-alb',
        (root: string) =>
          fs.writeFileSync(path.join(root, 'labs/03-ecs-service-alb/template.json'), '{"Resources": {}}'),
      ],
      [
        'a .cfnlintrc in the lab folder',
        '06-vpc-networking',
        (root: string) =>
          fs.writeFileSync(path.join(root, 'labs/06-vpc-networking/.cfnlintrc'), 'ignore_checks: [W]'),
      ],
      [
        'the graded Dockerfile deleted',
        '01-production-dockerfile',
        (root: string) => fs.rmSync(path.join(root, 'labs/01-production-dockerfile/Dockerfile')),
      ],
      [
        'a manifest replaced by a link out of the tree',
        '12-eks-workload',
        (root: string) => {
          const dir = path.join(root, 'labs/12-eks-workload/k8s');
          const name = fs.readdirSync(dir).find((f) => f.endsWith('.yaml'))!;
          const outside = path.join(tmpDir(), name);
          fs.copyFileSync(path.join(dir, name), outside);
          fs.rmSync(path.join(dir, name));
          fs.symlinkSync(outside, path.join(dir, name));
        },
      ],
      [
        "the lab's files put back to the starter",
        '05-ecr-registry',
        (root: string) => {
          fs.rmSync(path.join(root, 'labs/05-ecr-registry'), { recursive: true });
          fs.cpSync(path.join(STARTERS, '05-ecr-registry'), path.join(root, 'labs/05-ecr-registry'), {
            recursive: true,
          });
        },
      ],
    ])('grades the lab anew after %s', async (_, labId, change) => {
      const root = copyTree(SOLUTIONS);
      const cache = memoryCache();
      const before = await grade(root, { resultCache: cache });
      change(root);
      cache.sets.length = 0;
      const cached = await grade(root, { resultCache: cache });
      expect(cache.sets).toEqual([labId]);
      const plain = await grade(root);
      expect(without(cached)).toEqual(without(plain));
      // The change shows in the lab's report: a kept report would have hidden it.
      expect(cached.labs.find((l) => l.id === labId)).not.toEqual(before.labs.find((l) => l.id === labId));
    });

    it("keys on the run's options and the lab as the course configures it", async () => {
      const root = copyTree(SOLUTIONS);
      const cache = memoryCache();
      await grade(root, { resultCache: cache });
      const keysBefore = cache.entries.size;
      // Another region set, another file size limit: every lab is graded anew, under keys of its own.
      await grade(root, { resultCache: cache, regions: ['eu-west-1'] });
      await grade(root, { resultCache: cache, maxFileBytes: 512 * 1024 });
      expect(cache.entries.size).toBe(keysBefore * 3);
      const config = { ...defaultCourse(), lab: { '02-ecs-task-definition': { points: 60 } } };
      const scaled = courseLabs(LABS, config as never);
      const scope = {
        lint: false,
        regions: ['us-east-1'],
        maxFileBytes: 1024 * 1024,
        sources: ['workspace'],
      };
      const lab02 = (labs: readonly Lab[]) => labs.find((l) => l.id === '02-ecs-task-definition')!;
      expect(resultCacheKey(cache, lab02(scaled), scope)).not.toBe(resultCacheKey(cache, lab02(LABS), scope));
      const other = LABS.find((l) => l.id === '03-ecs-service-alb')!;
      expect(resultCacheKey(cache, other, scope)).not.toBe(
        resultCacheKey(cache, other, { ...scope, lint: true }),
      );
      expect(resultCacheKey(memoryCache('another build'), other, scope)).not.toBe(
        resultCacheKey(cache, other, scope),
      );
      cache.sets.length = 0;
      const points = await grade(root, { resultCache: cache, labs: scaled });
      expect(cache.sets).toEqual(['02-ecs-task-definition']);
      expect(without(points)).toEqual(without(await grade(root, { labs: scaled })));
    });

    it('never keeps a lab with a grader error', async () => {
      const crash = defineRule({
        meta: { ...RULES.find((r) => r.meta.id === 'SVC001')!.meta, messages: {} },
        check() {
          throw new Error('boom');
        },
      });
      const rules = RULES.map((r) => (r.meta.id === 'SVC001' ? crash : r)) as Rule[];
      const root = copyTree(SOLUTIONS);
      const cache = memoryCache();
      const report = await grade(root, { resultCache: cache, rules });
      const broken = report.labs.filter((l) => l.status === 'grader-error').map((l) => l.id);
      expect(broken.length).toBeGreaterThan(0);
      for (const id of broken) expect(cache.sets).not.toContain(id);
      expect(cache.sets).toHaveLength(LABS.length - broken.length);
    });

    it('never keeps a lab a source gave from outside the workspace (a synthesized template)', async () => {
      const root = copyTree(SOLUTIONS);
      const outside: FileSource = {
        name: 'elsewhere',
        load: ({ lab, spec }) =>
          lab.id === '02-ecs-task-definition' && spec.kind !== 'files'
            ? { found: true, read: { ok: true, path: `labs/${lab.id}/${spec.paths[0]}`, text: '{}' } }
            : { found: false, tried: [] },
      };
      const cache = memoryCache();
      await grade(root, { resultCache: cache, sources: [outside, workspaceSource] });
      expect(cache.sets).not.toContain('02-ecs-task-definition');
      expect(cache.sets).toHaveLength(LABS.length - 1);
    });

    describe('with cfn-lint', () => {
      it('runs no cfn-lint when every lab is kept under the version that would lint now, and reports that version', async () => {
        const root = copyTree(SOLUTIONS);
        const cache = memoryCache();
        const lint = fakeCfnLint('1.51.0');
        const opts = linting(cache, '1.51.0', lint.run);
        const first = await grade(root, opts);
        expect(lint.linted).toHaveLength(1);
        const second = await grade(root, opts);
        expect(lint.linted).toHaveLength(1);
        expect(second.tool.cfnLint).toBe('1.51.0');
        const plain = await grade(root, { lint: true, cfnLint: fakeCfnLint('1.51.0').run });
        expect(without(second)).toEqual(without(plain));
        expect(without(first)).toEqual(without(plain));
      });

      it('keeps nothing for another version, or when the lint cache cannot say which version would lint', async () => {
        const root = copyTree(SOLUTIONS);
        const cache = memoryCache();
        await grade(root, linting(cache, '1.51.0'));
        for (const version of ['1.52.0', undefined]) {
          const lint = fakeCfnLint(version ?? '1.51.0');
          await grade(root, linting(cache, version, lint.run));
          expect(lint.linted).toHaveLength(1);
          expect(lint.linted[0]!.length).toBeGreaterThan(5);
        }
      });

      it('grades every lab afresh when cfn-lint turns out to be another version than the lint cache said', async () => {
        const root = copyTree(SOLUTIONS);
        const cache = memoryCache();
        await grade(root, linting(cache, '1.51.0'));
        const template = path.join(root, 'labs/06-vpc-networking/template.yaml');
        fs.appendFileSync(template, '\n# edited\n');
        const lint = fakeCfnLint('1.52.0');
        const cached = await grade(root, linting(cache, '1.51.0', lint.run));
        // First the edited lab alone, then, seeing 1.52.0, every template.
        expect(lint.linted.map((l) => l.length)).toEqual([1, lint.linted[1]!.length]);
        expect(lint.linted[1]!.length).toBeGreaterThan(5);
        expect(cached.tool.cfnLint).toBe('1.52.0');
        expect(without(cached)).toEqual(
          without(await grade(root, { lint: true, cfnLint: fakeCfnLint('1.52.0').run })),
        );
      });

      it('gives cfn-lint the mandatory checks of every started lab, kept or not, and grades afresh when they change', async () => {
        const root = copyTree(SOLUTIONS);
        const started = '05-ecr-registry';
        fs.rmSync(path.join(root, 'labs', started), { recursive: true });
        fs.cpSync(path.join(STARTERS, started), path.join(root, 'labs', started), { recursive: true });
        const cache = memoryCache();
        await grade(root, linting(cache, '1.51.0'));
        // Edit one lab: cfn-lint lints its template alone, with the mandatory checks of the whole run.
        const template = path.join(root, 'labs/06-vpc-networking/template.yaml');
        fs.appendFileSync(template, '\n# edited\n');
        const one = fakeCfnLint();
        const plainLint = fakeCfnLint();
        const a = await grade(root, linting(cache, '1.51.0', one.run));
        const plain = await grade(root, { lint: true, cfnLint: plainLint.run });
        expect(one.linted[0]).toHaveLength(1);
        expect(one.mandatory[0]).toEqual(plainLint.mandatory[0]);
        expect(without(a)).toEqual(without(plain));
        // Starting a lab whose items grade cfn-lint rules changes the mandatory checks: nothing kept stands.
        fs.rmSync(path.join(root, 'labs', started), { recursive: true });
        fs.cpSync(path.join(SOLUTIONS, 'labs', started), path.join(root, 'labs', started), {
          recursive: true,
        });
        const all = fakeCfnLint();
        const b = await grade(root, linting(cache, '1.51.0', all.run));
        expect(all.linted[0]!.length).toBeGreaterThan(5);
        expect(without(b)).toEqual(without(await grade(root, { lint: true, cfnLint: fakeCfnLint().run })));
      });

      it('takes a whole course by the outlines alone (gradeKept) only while every lab fits the mandatory checks', async () => {
        const root = copyTree(SOLUTIONS);
        const cache = memoryCache();
        const opts = linting(cache, '1.51.0');
        await grade(root, opts);
        const outlines = JSON.parse(JSON.stringify(LABS.map(outlineOf))) as ReturnType<typeof outlineOf>[];
        const kept = await gradeKept(root, outlines, opts, cache);
        expect(kept?.tool.cfnLint).toBe('1.51.0');
        expect(without(kept!)).toEqual(without(await grade(root, opts)));
        expect(without(kept!)).toEqual(
          without(await grade(root, { lint: true, cfnLint: fakeCfnLint('1.51.0').run })),
        );
        // Another version would lint now: nothing is taken.
        expect(await gradeKept(root, outlines, linting(cache, '1.52.0'), cache)).toBeUndefined();
        // A course without lab 05 (or `--lab` naming the others): every other lab is kept, but each was linted with
        // lab 05's checks among the mandatory ones, which this run does not have. So nothing is taken, and grading
        // through the cache gives what grading without it gives.
        const others = outlines.filter((l) => l.id !== '05-ecr-registry');
        const mandatory = (labs: readonly { items: readonly { cfnLint?: readonly string[] }[] }[]) =>
          new Set(labs.flatMap((l) => l.items.flatMap((i) => i.cfnLint ?? [])));
        expect(mandatory(others).size).toBeLessThan(mandatory(outlines).size);
        // As the CLI does: one map of verdicts for the try and the grading after it, which must grade afresh.
        const verdicts = new Map<string, CachedLab | null>();
        expect(await gradeKept(root, others, { ...opts, verdicts }, cache)).toBeUndefined();
        expect(verdicts.size).toBe(others.length);
        const labs = LABS.filter((l) => l.id !== '05-ecr-registry');
        expect(without(await grade(root, { ...opts, labs, verdicts }))).toEqual(
          without(await grade(root, { lint: true, cfnLint: fakeCfnLint('1.51.0').run, labs })),
        );
      });

      it('keeps nothing when cfn-lint could not run', async () => {
        const root = copyTree(SOLUTIONS);
        const cache = memoryCache();
        const unavailable = () =>
          Promise.resolve<CfnLintResult>({
            status: 'unavailable',
            version: null,
            reason: 'no cfn-lint here',
          });
        const report = await grade(root, linting(cache, '1.51.0', unavailable));
        // The labs that say cfn-lint could not run are not kept; the others, which no cfn-lint finding decides, are.
        const told = report.labs
          .filter((l) => l.notices.some((n) => n.ruleId === 'labgrade/cfn-lint-unavailable'))
          .map((l) => l.id);
        expect(told.length).toBeGreaterThan(5);
        expect(cache.sets).toEqual(LABS.map((l) => l.id).filter((id) => !told.includes(id)));
      });
    });
  },
);
