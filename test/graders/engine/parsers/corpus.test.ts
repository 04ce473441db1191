// Real public files (../shared/corpus) all parse, or give a clear finding; none crashes a parser.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAs } from '../../../../graders/engine/parsers/index.js';
import { decodeText } from '../../../../graders/engine/workspace.js';
import type { FileKind } from '../../../../graders/engine/types.js';
import { HAS_SHARED, SHARED } from '../../../helpers/tmp.js';

const SETS: [string, FileKind][] = [
  ['dockerfiles', 'dockerfile'],
  ['taskdefs', 'json'],
  ['cfn', 'cloudformation'],
  ['k8s', 'kubernetes'],
];

describe.skipIf(!HAS_SHARED)('corpus files parse or give a clear finding', () => {
  for (const [dir, kind] of SETS) {
    const folder = path.join(SHARED, 'corpus', dir);
    const files = HAS_SHARED ? fs.readdirSync(folder).sort() : [];
    it(`${dir}: ${files.length} files`, () => {
      expect(files.length).toBeGreaterThan(0);
      const failures: string[] = [];
      for (const name of files) {
        const decoded = decodeText(fs.readFileSync(path.join(folder, name)));
        if (!decoded.ok) {
          failures.push(`${name}: ${decoded.message(name)}`);
          continue;
        }
        // Task-definition files in the corpus are JSON; CloudFormation may be either, named by extension.
        const r = parseAs(kind, name, decoded.text);
        if (!r.ok) {
          for (const f of r.findings) {
            expect(f.message).toMatch(
              new RegExp(`'${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}'|Resource '`),
            );
            failures.push(`${name}: ${f.message}`);
          }
        }
      }
      // Recorded so a parser regression shows up as a changed list.
      expect(failures).toMatchSnapshot();
    });
  }
});

if (!HAS_SHARED) {
  it.skip('corpus tests need ../shared/corpus (present in CI; absent in a learner clone)', () => {});
}
