// The committed bundle is what `npm run build` makes from the current source: a stale dist/ fails here.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, tmpDir } from '../helpers/tmp.js';

function listFiles(dir: string, base = dir): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const p = path.join(dir, e.name);
      return e.isDirectory() ? listFiles(p, base) : [path.relative(base, p)];
    })
    .sort();
}

describe('dist/', () => {
  it('ships only the bundle: no lab file, solution or fixture was copied in as an asset', () => {
    // ncc copies a folder a path expression resolves to at build time; the reference solutions must never ship.
    const files = listFiles(path.join(REPO, 'dist'));
    expect(
      files.filter(
        (f) =>
          !/^((cli|post)\/)?((\d+\.)?index\.js|package\.json)$|^licenses\.txt$/.test(
            f.split(path.sep).join('/'),
          ),
      ),
    ).toEqual([]);
  }, 10_000);

  it('is current: rebuilding from source gives the committed files', () => {
    const out = tmpDir('labgrade-dist-');
    execFileSync(process.execPath, ['.github/scripts/build.mjs', out], { cwd: REPO, stdio: 'pipe' });
    const committed = path.join(REPO, 'dist');
    expect(
      listFiles(committed),
      "dist/ has other files than a build makes: run 'npm run build' and commit dist/",
    ).toEqual(listFiles(out));
    for (const f of listFiles(out)) {
      const same = fs.readFileSync(path.join(out, f)).equals(fs.readFileSync(path.join(committed, f)));
      expect(same, `dist/${f} is stale: run 'npm run build' and commit dist/`).toBe(true);
    }
  }, 180_000);
});
