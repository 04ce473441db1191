// `labgrade batch` over the fixtures as three learners (the reference solutions, the common mistakes and the
// untouched starters): the CSV's totals equal what grading each submission alone gives, each submission gets a
// Gradescope results.json and a Classroom 50 result.json, a folder that cannot be graded is a row with its error,
// and copies (of a reference, of each other, across shards) are flagged with the matching pairs.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT, main, type CliIO } from '../../../action/cli/main.js';
import { runBatch } from '../../../action/batch/batch.js';
import { ClassReportSchema, type ClassReport } from '../../../action/batch/class-report.js';
import { mergeClassReports } from '../../../action/batch/merge.js';
import { defaultCourse } from '../../../graders/engine/course.js';
import { gradeSubmission } from '../../../graders/engine/grade.js';
import { silentLog } from '../../../graders/engine/log.js';
import { LABS, REGISTRY, RULES } from '../../../graders/index.js';
import { HAS_CFN_LINT } from '../../helpers/cfn-lint.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON, makeTree, tmpDir } from '../../helpers/tmp.js';
import { CFN_LINT_TEST_TIMEOUT_MS } from '../../helpers/timeouts.js';

function io(): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => (out += s), isTTY: false },
    stderr: { write: (s: string) => (err += s) },
    env: {},
    out: () => out,
    err: () => err,
  };
}

/** Three learners, each a folder named after them. */
function classFolders(): string[] {
  const root = tmpDir();
  const learners: [string, string][] = [
    ['solutions', path.join(REPO, 'test/fixtures/solutions')],
    ['naive', path.join(REPO, 'test/fixtures/naive')],
    ['starters', REPO],
  ];
  return learners.map(([name, from]) => {
    const dir = path.join(root, name);
    fs.mkdirSync(dir);
    fs.cpSync(path.join(from, 'labs'), path.join(dir, 'labs'), { recursive: true });
    return dir;
  });
}

describe.skipIf(!HAS_SOLUTIONS)(
  'labgrade batch over three learners',
  { timeout: CFN_LINT_TEST_TIMEOUT_MS },
  () => {
    let dirs: string[];
    let out: string;
    let csvRows: Record<string, string>[];
    let report: ClassReport;
    const t = io();

    beforeAll(async () => {
      dirs = classFolders();
      out = tmpDir();
      const args = ['batch', ...dirs, '--format', 'csv', '--out', path.join(out, 'grades.csv')];
      args.push('--gradescope', path.join(out, 'gradescope'), '--classroom50', path.join(out, 'c50'));
      args.push(
        '--jobs',
        '2',
        '--submitted-at',
        '2027-01-15T12:00:00Z',
        '--references',
        path.join(out, 'none'),
      );
      fs.mkdirSync(path.join(out, 'none'));
      if (!HAS_CFN_LINT) args.push('--no-lint');
      expect(await main(args, t, REGISTRY)).toBe(EXIT.ok);
      csvRows = parse(fs.readFileSync(path.join(out, 'grades.csv'), 'utf8'), { columns: true }) as Record<
        string,
        string
      >[];
      const json = io();
      const jsonArgs = ['batch', ...dirs, '--format', 'json', '--submitted-at', '2027-01-15T12:00:00Z'];
      if (!HAS_CFN_LINT) jsonArgs.push('--no-lint');
      expect(await main(jsonArgs, json, REGISTRY)).toBe(EXIT.ok);
      report = ClassReportSchema.parse(JSON.parse(json.out()));
    }, 300_000);

    it('writes a CSV row per learner whose totals equal the single-submission reports', async () => {
      expect(csvRows.map((r) => r['learner'])).toEqual(['solutions', 'naive', 'starters']);
      for (const [i, dir] of dirs.entries()) {
        const alone = await gradeSubmission({ root: dir, labs: LABS, rules: RULES, lint: HAS_CFN_LINT });
        const row = csvRows[i]!;
        expect(Number(row['total'])).toBeCloseTo(alone.score, 2);
        for (const lab of alone.labs) expect(Number(row[lab.id]), lab.id).toBeCloseTo(lab.score, 2);
        expect(row['status']).toBe('graded');
      }
      // A batch runs no learner code unless asked (--synth): a lab solved in the CDK only (15) is not graded.
      const cdkOnly = LABS.filter((l) => l.files.some((f) => f.cdk === 'only'));
      expect(cdkOnly.map((l) => l.id)).toEqual(['15-cdk-capstone']);
      expect(Number(csvRows[0]!['total'])).toBe(30 * (LABS.length - cdkOnly.length));
      expect(Number(csvRows[0]!['15-cdk-capstone'])).toBe(0);
      expect(Number(csvRows[2]!['total'])).toBe(0);
      expect(Number(csvRows[1]!['total'])).toBeGreaterThan(0);
    }, 300_000);

    it('writes a Gradescope results.json and a Classroom 50 result.json per submission', () => {
      for (const [i, name] of ['solutions', 'naive', 'starters'].entries()) {
        const gs = JSON.parse(
          fs.readFileSync(path.join(out, 'gradescope', name, 'results.json'), 'utf8'),
        ) as {
          score: number;
          tests: { score: number; max_score: number; visibility: string; name: string }[];
        };
        expect(gs.score).toBeCloseTo(Number(csvRows[i]!['total']), 2);
        expect(gs.tests.reduce((s, x) => s + x.max_score, 0)).toBe(30 * LABS.length);
        expect(gs.tests.every((x) => x.visibility === 'visible')).toBe(true);
        const c50 = JSON.parse(fs.readFileSync(path.join(out, 'c50', name, 'result.json'), 'utf8')) as {
          schema: string;
          owner: string;
          score: number;
        };
        expect(c50).toMatchObject({ schema: 'classroom50/result/v1', owner: name });
        expect(c50.score).toBeCloseTo(gs.score, 2);
      }
    });

    it('gives the JSON class report the same scores, and says how the run went on stderr', () => {
      // The CSV rounds to hundredths; the report keeps exact fractions.
      const round2 = (n: number) => Math.round(n * 100) / 100;
      expect(report.submissions.map((s) => [s.id, round2(s.report!.score)])).toEqual(
        csvRows.map((r) => [r['learner'], Number(r['total'])]),
      );
      expect(report.maxScore).toBe(30 * LABS.length);
      expect(t.err()).toMatch(/3 submissions, mean [\d.]+\/\d+, 0 not graded, 0 flagged as possible copies/);
    });
  },
);

describe.skipIf(!HAS_SOLUTIONS)(
  'batch rows, copies and shards',
  { timeout: CFN_LINT_TEST_TIMEOUT_MS },
  () => {
    const LAB = '02-ecs-task-definition';
    const labs = REGISTRY.labs.filter((l) => l.id === LAB || l.id === '01-production-dockerfile');
    const registry = { labs, rules: RULES };
    const naive = path.join(REPO, 'test/fixtures/naive/labs', LAB, 'task-definition.json');
    const solution = path.join(REPO, 'test/fixtures/solutions/labs', LAB, 'task-definition.json');
    const reformat = (file: string) => {
      // The same data, keys in another order and other indentation: still a copy.
      const reorder = (v: unknown): unknown =>
        Array.isArray(v)
          ? v.map(reorder)
          : v && typeof v === 'object'
            ? Object.fromEntries(
                Object.entries(v)
                  .reverse()
                  .map(([k, x]) => [k, reorder(x)]),
              )
            : v;
      return JSON.stringify(reorder(JSON.parse(fs.readFileSync(file, 'utf8'))), null, 4);
    };
    const learner = (text: string) => makeTree({ [`labs/${LAB}/task-definition.json`]: text });
    const opts = {
      registry,
      course: defaultCourse(),
      lint: false,
      jobs: 2,
      submittedAt: { kind: 'now' as const },
      log: silentLog,
      references: [path.join(REPO, 'test/fixtures/solutions')],
    };

    it('flags two identical submissions with each other and one equal to a reference, and no other', async () => {
      const dirs = [
        learner(fs.readFileSync(naive, 'utf8')),
        learner(reformat(naive)),
        learner(reformat(solution)),
        learner(fs.readFileSync(naive, 'utf8').replace('"essential": true', '"essential": false')),
      ];
      const names = new Map(dirs.map((d, i) => [d, ['ana', 'ben', 'cy', 'dee'][i]!]));
      const r = await runBatch(dirs, { ...opts, names });
      expect(r.submissions.map((s) => [s.id, s.flags])).toEqual([
        ['ana', [{ lab: LAB, matches: [{ kind: 'submission', with: 'ben' }] }]],
        ['ben', [{ lab: LAB, matches: [{ kind: 'submission', with: 'ana' }] }]],
        ['cy', [{ lab: LAB, matches: [{ kind: 'reference', with: 'reference' }] }]],
        ['dee', []],
      ]);
    }, 120_000);

    it('never flags untouched starters, which every learner shares', async () => {
      const starters = () => {
        const dir = tmpDir();
        for (const lab of labs)
          fs.cpSync(path.join(REPO, 'labs', lab.id), path.join(dir, 'labs', lab.id), { recursive: true });
        return dir;
      };
      const r = await runBatch([starters(), starters()], opts);
      expect(r.submissions.map((s) => s.report!.labs.map((l) => l.status))).toEqual([
        ['not-started', 'not-started'],
        ['not-started', 'not-started'],
      ]);
      expect(r.submissions.every((s) => s.flags.length === 0)).toBe(true);
    }, 120_000);

    it('makes a folder that cannot be graded a row with its error, and grades the others', async () => {
      const ok = learner(fs.readFileSync(solution, 'utf8'));
      const r = await runBatch([path.join(tmpDir(), 'missing'), ok], opts);
      expect(r.submissions[0]).toMatchObject({ status: 'error', report: null });
      expect(r.submissions[0]!.error).toMatch(/is not a directory/);
      expect(r.submissions[1]).toMatchObject({ status: 'graded' });
      expect(r.submissions[1]!.report!.labs.find((l) => l.id === LAB)!.score).toBe(30);
    }, 120_000);

    it('finds copies across shards when merging, and refuses shards graded under other labs', async () => {
      const a = learner(fs.readFileSync(naive, 'utf8'));
      const b = learner(reformat(naive));
      const [s1, s2] = [
        await runBatch([a], { ...opts, names: new Map([[a, 'ana']]) }),
        await runBatch([b], { ...opts, names: new Map([[b, 'ben']]) }),
      ];
      expect(s1.submissions[0]!.flags).toEqual([]);
      const merged = mergeClassReports([s1, s2], ['s1.json', 's2.json']);
      expect(merged.submissions.map((s) => [s.id, s.flags.map((f) => f.matches.map((m) => m.with))])).toEqual(
        [
          ['ana', [['ben']]],
          ['ben', [['ana']]],
        ],
      );
      const other = { ...s2, labs: s2.labs.slice(0, 1) };
      expect(() => mergeClassReports([s1, other], ['s1.json', 's2.json'])).toThrow(
        /other labs, points or due dates/,
      );
      expect(() => mergeClassReports([s1, s1], ['s1.json', 's1-again.json'])).toThrow(/more than one shard/);
    }, 120_000);

    it('merges shard files from the command line into the same CSV a single batch gives', async () => {
      const dirs = [learner(fs.readFileSync(naive, 'utf8')), learner(fs.readFileSync(solution, 'utf8'))];
      const names = path.join(tmpDir(), 'names.json');
      fs.writeFileSync(names, JSON.stringify({ [dirs[0]!]: 'ana', [dirs[1]!]: 'ben' }));
      const out = tmpDir();
      const run = async (args: string[]) => {
        const t = io();
        const code = await main(args, t, registry);
        return { code, t };
      };
      const common = ['--no-lint', '--names', names, '--submitted-at', '2027-01-15T12:00:00Z'];
      for (const [i, d] of dirs.entries())
        expect((await run(['batch', d, ...common, '--out', path.join(out, `shard-${i}.json`)])).code).toBe(
          EXIT.ok,
        );
      const whole = await run(['batch', ...dirs, ...common, '--format', 'csv']);
      const merged = await run([
        'merge',
        path.join(out, 'shard-0.json'),
        path.join(out, 'shard-1.json'),
        '--format',
        'csv',
      ]);
      expect(merged.code).toBe(EXIT.ok);
      expect(merged.t.out()).toBe(whole.t.out());
      const bad = path.join(out, 'bad.json');
      fs.writeFileSync(bad, '{"schemaVersion": 1}');
      const refused = await run(['merge', bad]);
      expect(refused.code).toBe(EXIT.usage);
      expect(refused.t.err()).toMatch(/is not a labgrade class report/);
    }, 120_000);

    it('exits 2 on a bad --jobs, a missing folder list, or --names that is not a map', async () => {
      const t = io();
      expect(await main(['batch', '--jobs', '0', '.'], t, registry)).toBe(EXIT.usage);
      expect(await main(['batch'], io(), registry)).toBe(EXIT.usage);
      const names = path.join(tmpDir(), 'n.json');
      fs.writeFileSync(names, '["a"]');
      expect(await main(['batch', '.', '--names', names], io(), registry)).toBe(EXIT.usage);
      expect(t.err()).toContain('--jobs must be a whole number from 1 to 64');
    });
  },
);

// Both suites read the reference solutions, which the published learner template leaves out.
if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, CFN_LINT_TEST_TIMEOUT_MS);
