// The extraction rules behind attacks 2 and 7, on archives an attacker can shape entry by entry (names with '..',
// a link followed by a file "through" it, duplicates, more entries or bytes than the caps). In-process: the attack
// tests run the same code through the built bundle.
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { extractLabs, fetchedSource, type FetchLimits } from '../../action/github/fetch-labs.js';
import { loadSubmission } from '../../graders/engine/load.js';
import { LABS } from '../../graders/index.js';
import { commitTarball, gzipTar, type CommitEntry, type TarEntry } from '../helpers/github-server.js';
import { tmpDir } from '../helpers/tmp.js';
import { walk } from './harness.js';
import { SLOW_PROCESS_TEST_TIMEOUT_MS } from '../helpers/timeouts.js';

const TOP = 'course-labs-abc1234/';
const LAB = '01-production-dockerfile';

async function extract(entries: TarEntry[] | Record<string, CommitEntry>, limits: FetchLimits = {}) {
  const gz = Array.isArray(entries) ? await gzipTar(entries) : await commitTarball(TOP, entries);
  const parent = tmpDir();
  const dest = path.join(parent, 'dest');
  fs.mkdirSync(dest);
  const result = await extractLabs(Readable.from([gz]), dest, [LAB], limits);
  return { result, dest, parent };
}

const file = (name: string, text: string): TarEntry => ({
  header: { name: `${TOP}${name}`, type: 'file', mode: 0o644 },
  body: Buffer.from(text),
});

describe('extracting the PR head', { timeout: SLOW_PROCESS_TEST_TIMEOUT_MS }, () => {
  it('keeps only labs/<id>/ of the selected labs', async () => {
    const { result, dest } = await extract({
      [`labs/${LAB}/Dockerfile`]: 'FROM node:22\n',
      'labs/02-ecs-task-definition/task-definition.json': '{}',
      'graders/evil.ts': 'throw 1',
      '.github/workflows/x.yml': 'on: push',
    });
    expect(result.files).toBe(1);
    expect(walk(dest).map((e) => path.relative(dest, e.path))).toEqual([
      'labs',
      `labs/${LAB}`,
      `labs/${LAB}/Dockerfile`,
    ]);
  });

  it("never writes outside dest: '..' names are refused", async () => {
    const { result, dest, parent } = await extract([
      file(`labs/${LAB}/../../../escaped.txt`, 'x'),
      file(`labs/${LAB}/./Dockerfile`, 'x'),
    ]);
    expect(walk(parent).map((e) => path.relative(parent, e.path))).toEqual(['dest']);
    expect(walk(dest)).toEqual([]);
    expect([...result.refused.values()].map((r) => r.finding.ruleId)).toEqual([
      'fetch/unsafe-path',
      'fetch/unsafe-path',
    ]);
  });

  it('writes nothing through a link: a file "inside" a refused link lands in a real folder in dest', async () => {
    const outside = tmpDir();
    const { result, dest } = await extract([
      { header: { name: `${TOP}labs/${LAB}/d`, type: 'symlink', linkname: outside } },
      file(`labs/${LAB}/d/Dockerfile`, 'FROM x\n'),
    ]);
    expect(fs.readdirSync(outside)).toEqual([]);
    expect(fs.lstatSync(path.join(dest, `labs/${LAB}/d`)).isDirectory()).toBe(true);
    expect(result.refused.get(`labs/${LAB}/d`)?.finding.ruleId).toBe('fetch/not-followed');
    expect(walk(dest).every((e) => e.kind === 'file' || e.kind === 'dir')).toBe(true);
  });

  it('a later entry for the same path replaces the earlier one, as tar does', async () => {
    const { dest } = await extract([
      file(`labs/${LAB}/Dockerfile`, 'one'),
      file(`labs/${LAB}/Dockerfile`, 'two'),
    ]);
    expect(fs.readFileSync(path.join(dest, `labs/${LAB}/Dockerfile`), 'utf8')).toBe('two');
  });

  it('caps the number of entries, and the lab says so instead of calling its files missing', async () => {
    const files: Record<string, CommitEntry> = {};
    for (let i = 0; i < 20; i++) files[`labs/${LAB}/a${String(i).padStart(2, '0')}.txt`] = 'x';
    files[`labs/${LAB}/z/Dockerfile`] = 'FROM x\n';
    const { result, dest } = await extract(files, { maxEntries: 10 });
    expect(result.files).toBeLessThan(10);
    expect(result.capped.get(LAB)?.ruleId).toBe('fetch/too-many-files');
    const lab = LABS.find((l) => l.id === LAB)!;
    const loaded = await loadSubmission(dest, [lab], [fetchedSource(result)]);
    const dockerfile = loaded.labs[0]!.files.get('dockerfile')!;
    expect(dockerfile.state).toBe('unreadable');
    expect(loaded.labs[0]!.notices.some((n) => n.ruleId === 'fetch/too-many-files')).toBe(true);
  });

  it('caps the bytes written: past the total, files become placeholders with a finding', async () => {
    const { result, dest } = await extract(
      { [`labs/${LAB}/a.txt`]: 'x'.repeat(600), [`labs/${LAB}/b.txt`]: 'y'.repeat(600) },
      { maxTotalBytes: 1000 },
    );
    expect(fs.readFileSync(path.join(dest, `labs/${LAB}/a.txt`), 'utf8')).toHaveLength(600);
    expect(fs.readFileSync(path.join(dest, `labs/${LAB}/b.txt`), 'utf8')).toMatch(
      /^labgrade: this file would take/,
    );
    expect(result.refused.get(`labs/${LAB}/b.txt`)?.finding.ruleId).toBe('workspace/too-large');
  });

  it('stops reading an archive over the byte cap', async () => {
    await expect(
      extract({ 'big.bin': Buffer.alloc(4 * 1024 * 1024) }, { maxArchiveBytes: 1024 * 1024 }),
    ).rejects.toThrow(/over 1\.0 MiB/);
  });

  it('a refused lab file is found and unreadable with its reason; other paths read from the tree', async () => {
    const { result, dest } = await extract({
      [`labs/${LAB}/Dockerfile`]: { symlink: '/proc/self/environ' },
      [`labs/${LAB}/.dockerignore`]: '.git\nnode_modules\n.env\n',
    });
    const lab = LABS.find((l) => l.id === LAB)!;
    const loaded = (await loadSubmission(dest, [lab], [fetchedSource(result)])).labs[0]!;
    const d = loaded.files.get('dockerfile')!;
    expect(d.state).toBe('unreadable');
    expect(d.state === 'unreadable' && d.findings[0]!.message).toMatch(/Links are not followed here/);
    expect(loaded.files.get('dockerignore')!.state).toBe('parsed');
  });

  it('a submodule (an empty folder in the archive) where a lab file belongs is a finding, not a file', async () => {
    const { result, dest } = await extract({ [`labs/${LAB}/Dockerfile`]: { dir: true } });
    const lab = LABS.find((l) => l.id === LAB)!;
    const loaded = (await loadSubmission(dest, [lab], [fetchedSource(result)])).labs[0]!;
    const d = loaded.files.get('dockerfile')!;
    expect(d.state).toBe('unreadable');
    expect(d.state === 'unreadable' && d.findings[0]!.ruleId).toBe('workspace/not-a-file');
  });
});
