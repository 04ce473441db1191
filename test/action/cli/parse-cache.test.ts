// The CLI's parse cache on disk: entries survive a round trip through v8 serialization exactly, a damaged entry is
// a miss rather than an error, the folder is bounded, a rebuilt bundle makes every entry stale, and
// LABGRADE_CACHE=off turns the cache off.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSalt } from '../../../action/cli/cache-store.js';
import { cliParseCache, diskParseCache } from '../../../action/cli/parse-cache.js';
import { snapshotTemplate } from '../../../graders/engine/parse-cache.js';
import { parseCloudFormation } from '../../../graders/engine/parsers/cloudformation.js';
import { tmpDir } from '../../helpers/tmp.js';

const TEXT =
  'Resources:\n  Cluster:\n    Type: AWS::ECS::Cluster\n    Properties:\n      Tags: [{ Key: n, Value: .nan }]\n';

function entry() {
  const r = parseCloudFormation('template.yaml', TEXT);
  if (!r.ok) throw new Error('fixture does not parse');
  return snapshotTemplate(r.doc);
}

describe('diskParseCache', () => {
  it('gives back exactly what it was given, NaN included', () => {
    const cache = diskParseCache(path.join(tmpDir('labgrade-cache-'), 'parse'), 'salt');
    const e = entry();
    expect(cache.get('k')).toBeUndefined();
    cache.set('k', e);
    expect(cache.get('k')).toEqual(e);
  });

  it('treats a damaged or foreign entry as a miss', () => {
    const dir = tmpDir('labgrade-cache-');
    const cache = diskParseCache(dir, 'salt');
    fs.writeFileSync(path.join(dir, 'bad.v8'), 'not v8 data');
    fs.writeFileSync(path.join(dir, 'empty.v8'), '');
    expect(cache.get('bad')).toBeUndefined();
    expect(cache.get('empty')).toBeUndefined();
  });

  it('keeps at most its maximum number of entries, dropping the oldest', () => {
    const dir = tmpDir('labgrade-cache-');
    const cache = diskParseCache(dir, 'salt', 3);
    const e = entry();
    for (const [i, k] of ['a', 'b', 'c', 'd', 'e'].entries()) {
      cache.set(k, e);
      const at = new Date(Date.UTC(2026, 0, 1, 0, 0, i));
      fs.utimesSync(path.join(dir, `${k}.v8`), at, at);
    }
    expect(fs.readdirSync(dir).sort()).toEqual(['c.v8', 'd.v8', 'e.v8']);
  });

  it('only costs speed when the folder cannot be written', () => {
    const file = path.join(tmpDir('labgrade-cache-'), 'a-file');
    fs.writeFileSync(file, '');
    const cache = diskParseCache(path.join(file, 'parse'), 'salt');
    expect(() => cache.set('k', entry())).not.toThrow();
    expect(cache.get('k')).toBeUndefined();
  });
});

describe('buildSalt and cliParseCache', () => {
  it('changes when any file of the build changes', () => {
    const build = tmpDir('labgrade-build-');
    fs.writeFileSync(path.join(build, 'index.js'), 'a');
    fs.writeFileSync(path.join(build, '1.index.js'), 'b');
    const before = buildSalt(build);
    expect(buildSalt(build)).toBe(before);
    fs.writeFileSync(path.join(build, '1.index.js'), 'bb');
    expect(buildSalt(build)).not.toBe(before);
  });

  it('lives under node_modules/.cache/labgrade of the repository, and is off with LABGRADE_CACHE=off', () => {
    const repo = tmpDir('labgrade-repo-');
    const cache = cliParseCache(repo, buildSalt(repo), {});
    cache?.set('k', entry());
    expect(fs.existsSync(path.join(repo, 'node_modules/.cache/labgrade/parse/k.v8'))).toBe(true);
    expect(cliParseCache(repo, 'salt', { LABGRADE_CACHE: 'off' })).toBeUndefined();
    expect(cliParseCache(repo, 'salt', { LABGRADE_CACHE: 'OFF' })).toBeUndefined();
  });
});
