// The CLI's result cache on disk: an entry comes back as it went in, a damaged or foreign entry is a miss rather than
// an error, the folder is bounded, and LABGRADE_CACHE=off turns it off; the labs' outlines are kept for their build
// alone. Through `main`, a second `grade` of the same files gives the report the first gave, from the outlines and
// the kept labs, under a course's points too, and `--no-cache` neither reads nor writes it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, main, type CliIO } from '../../../action/cli/main.js';
import { cliResultCache, diskResultCache } from '../../../action/cli/result-cache.js';
import { outlineOf, type CachedLab, type ResultCache } from '../../../graders/engine/result-cache.js';
import { LABS } from '../../../graders/labs.js';
import { copyTree, HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON, tmpDir } from '../../helpers/tmp.js';
import { PROCESS_TEST_TIMEOUT_MS } from '../../helpers/timeouts.js';

const ENTRY: CachedLab = {
  journal: [
    { op: 'read', path: 'labs/a/template.yaml', answer: '{"ok":true}' },
    { op: 'walk', path: 'labs/a/k8s', max: 10, answer: '[]' },
  ],
  report: {
    id: 'a',
    title: 'A',
    score: 10 / 7,
    maxScore: 30,
    status: 'partial',
    notices: [],
    items: [],
  },
  started: true,
  lint: { version: '1.51.0', mandatory: ['E3047'], templates: true },
};

describe('diskResultCache', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('gives back exactly what it was given, fractions included', () => {
    const cache = diskResultCache(path.join(tmpDir('labgrade-cache-'), 'results'), 'salt');
    expect(cache.get('k')).toBeUndefined();
    cache.set('k', ENTRY);
    expect(cache.get('k')).toEqual(ENTRY);
  });

  it('treats a damaged or foreign entry as a miss', () => {
    const dir = tmpDir('labgrade-cache-');
    const cache = diskResultCache(dir, 'salt');
    fs.writeFileSync(path.join(dir, 'cut.json'), JSON.stringify(ENTRY).slice(0, 40));
    fs.writeFileSync(path.join(dir, 'other.json'), JSON.stringify({ findings: [] }));
    fs.writeFileSync(
      path.join(dir, 'lint.json'),
      JSON.stringify({ key: 'lint', entry: { ...ENTRY, lint: 'yes' } }),
    );
    fs.writeFileSync(path.join(dir, 'bare.json'), JSON.stringify(ENTRY));
    for (const k of ['cut', 'other', 'lint', 'bare', 'missing']) expect(cache.get(k), k).toBeUndefined();
  });

  it('names the file after the first line of the key, and misses an entry kept under another key of that name', () => {
    const dir = tmpDir('labgrade-cache-');
    const cache = diskResultCache(dir, 'salt');
    cache.set('03-lab.no-lint.workspace\n{"salt":"build 1"}', ENTRY);
    expect(fs.readdirSync(dir)).toEqual(['03-lab.no-lint.workspace.json']);
    expect(cache.get('03-lab.no-lint.workspace\n{"salt":"build 1"}')).toEqual(ENTRY);
    // Another build: the same file, but not its entry; writing replaces it.
    expect(cache.get('03-lab.no-lint.workspace\n{"salt":"build 2"}')).toBeUndefined();
    cache.set('03-lab.no-lint.workspace\n{"salt":"build 2"}', { ...ENTRY, started: false });
    expect(cache.get('03-lab.no-lint.workspace\n{"salt":"build 1"}')).toBeUndefined();
    expect(cache.get('03-lab.no-lint.workspace\n{"salt":"build 2"}')?.started).toBe(false);
  });

  it('keeps at most its maximum number of entries, dropping the oldest', () => {
    const dir = tmpDir('labgrade-cache-');
    const cache = diskResultCache(dir, 'salt', 2);
    for (const [i, k] of ['a', 'b', 'c'].entries()) {
      cache.set(k, ENTRY);
      const at = new Date(Date.UTC(2026, 0, 1, 0, 0, i));
      fs.utimesSync(path.join(dir, `${k}.json`), at, at);
    }
    expect(fs.readdirSync(dir).sort()).toEqual(['b.json', 'c.json']);
  });

  it("keeps the labs' outlines for its build alone, in a file pruning leaves alone; a damaged one is a miss", () => {
    const dir = tmpDir('labgrade-cache-');
    const cache = diskResultCache(dir, 'build 1', 1);
    expect(cache.outlines?.get()).toBeUndefined();
    cache.outlines?.set(LABS);
    expect(cache.outlines?.get()).toEqual(LABS.map(outlineOf));
    expect(diskResultCache(dir, 'build 2').outlines?.get()).toBeUndefined();
    cache.set('a', ENTRY);
    cache.set('b', ENTRY);
    expect(fs.readdirSync(dir).sort()).toEqual(['b.json', 'labs.outline']);
    for (const damaged of ['{"salt":"build 1","labs":[{"id":"x"}]}', '{"salt":"build 1"', '[]']) {
      fs.writeFileSync(path.join(dir, 'labs.outline'), damaged);
      expect(cache.outlines?.get(), damaged).toBeUndefined();
    }
  });

  it('lives under node_modules/.cache/labgrade of the repository, and is off with LABGRADE_CACHE=off', () => {
    const repo = tmpDir('labgrade-repo-');
    cliResultCache(repo, 'salt', {})?.set('k', ENTRY);
    expect(fs.existsSync(path.join(repo, 'node_modules/.cache/labgrade/results/k.json'))).toBe(true);
    expect(cliResultCache(repo, 'salt', { LABGRADE_CACHE: 'off' })).toBeUndefined();
  });
});

function io(resultCache: ResultCache): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    env: {},
    resultCache,
    out: () => out,
    err: () => err,
  };
}

describe.skipIf(!HAS_SOLUTIONS)(
  'labgrade grade with a result cache',
  { timeout: PROCESS_TEST_TIMEOUT_MS },
  () => {
    if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {});

    it('gives the same report the second time, from the kept labs; --no-cache neither reads nor writes them', async () => {
      const root = copyTree(path.join(REPO, 'test/fixtures/solutions'));
      const dir = path.join(tmpDir('labgrade-cache-'), 'results');
      const cache = diskResultCache(dir, 'salt');
      const args = ['grade', '--root', root, '--format', 'json', '--no-lint', '--no-synth'];
      const strip = (s: string) => ({ ...JSON.parse(s), durationMs: 0 });

      const none = io(cache);
      expect(await main([...args, '--no-cache'], none)).toBe(0);
      expect(fs.existsSync(dir)).toBe(false);

      const first = io(cache);
      expect(await main(args, first)).toBe(0);
      const kept = fs.readdirSync(dir);
      expect(kept.filter((f) => f.endsWith('.json')).length).toBe(
        (JSON.parse(first.out()) as { labs: unknown[] }).labs.length,
      );
      // The run loaded the labs, and kept their outlines for the next.
      expect(kept).toContain('labs.outline');
      expect(cache.outlines?.get()).toEqual(LABS.map(outlineOf));
      const times = kept.map((f) => fs.statSync(path.join(dir, f)).mtimeMs);

      const second = io(cache);
      expect(await main(args, second)).toBe(0);
      expect(strip(second.out())).toEqual(strip(first.out()));
      expect(strip(second.out())).toEqual(strip(none.out()));
      // Read, not written again.
      expect(kept.map((f) => fs.statSync(path.join(dir, f)).mtimeMs)).toEqual(times);
    });

    it("finds the kept labs by their outlines under a course's points and --lab, and says what an unknown lab is", async () => {
      const root = copyTree(path.join(REPO, 'test/fixtures/solutions'));
      fs.mkdirSync(path.join(root, '.github'), { recursive: true });
      fs.writeFileSync(
        path.join(root, '.github/course.yml'),
        'version: 1\nlabs: [02-ecs-task-definition, 03-ecs-service-alb]\nlab:\n  02-ecs-task-definition:\n    points: 60\n',
      );
      const dir = path.join(tmpDir('labgrade-cache-'), 'results');
      const cache = diskResultCache(dir, 'salt');
      cache.outlines?.set(LABS);
      const args = ['grade', '--root', root, '--format', 'json', '--no-lint', '--no-synth'];
      const strip = (s: string) => ({ ...JSON.parse(s), durationMs: 0 });
      const plain = io(cache);
      expect(await main([...args, '--no-cache'], plain)).toBe(0);
      expect(JSON.parse(plain.out())).toMatchObject({ maxScore: 90 });
      for (const run of [1, 2]) {
        const t = io(cache);
        expect(await main(args, t), `run ${run}`).toBe(0);
        expect(strip(t.out()), `run ${run}`).toEqual(strip(plain.out()));
      }
      expect(
        fs
          .readdirSync(dir)
          .filter((f) => f.endsWith('.json'))
          .sort(),
      ).toEqual([
        '02-ecs-task-definition.no-lint.cdk-not-run+workspace.json',
        '03-ecs-service-alb.no-lint.cdk-not-run+workspace.json',
      ]);
      const one = io(cache);
      expect(await main([...args, '--lab', '03-ecs-service-alb'], one)).toBe(0);
      expect(JSON.parse(one.out()).labs.map((l: { id: string }) => l.id)).toEqual(['03-ecs-service-alb']);
      const unknown = io(cache);
      expect(await main([...args, '--lab', '99-nope'], unknown)).toBe(EXIT.usage);
      expect(unknown.err()).toContain("unknown lab '99-nope'; known labs: 01-production-dockerfile, ");
    });
  },
);
