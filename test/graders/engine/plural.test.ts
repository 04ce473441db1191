import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { countNoun } from '../../../graders/engine/plural.js';
import { formatBytes } from '../../../graders/engine/workspace.js';
import { REPO } from '../../helpers/tmp.js';

describe('countNoun', () => {
  it.each([
    [0, 'subnet', undefined, '0 subnets'],
    [1, 'subnet', undefined, '1 subnet'],
    [2, 'task', undefined, '2 tasks'],
    [1, 'Availability Zone', undefined, '1 Availability Zone'],
    [3, 'policy', 'policies', '3 policies'],
    [1, 'policy', 'policies', '1 policy'],
  ])('%i %s', (n, singular, plural, expected) => {
    expect(countNoun(n, singular, plural)).toBe(expected);
  });
});

describe('counts in the engine and reporters', () => {
  it('a file size under 1 KiB', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(2)).toBe('2 bytes');
    expect(formatBytes(2048)).toBe('2.0 KiB');
  });

  it('no "(s)" plural in any engine, reporter or CLI message', () => {
    // Only string literals and template text, which learners read; comments may say what they like.
    const offenders: string[] = [];
    const visit = (sf: ts.SourceFile, n: ts.Node): void => {
      if (
        (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateLiteralToken(n)) &&
        /[a-z]\(s\)/i.test(n.text)
      )
        offenders.push(
          `${sf.fileName}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}: ${n.text}`,
        );
      n.forEachChild((c) => visit(sf, c));
    };
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(path.join(REPO, dir), { withFileTypes: true })) {
        const rel = `${dir}/${e.name}`;
        if (e.isDirectory()) walk(rel);
        else if (rel.endsWith('.ts')) {
          const text = fs.readFileSync(path.join(REPO, rel), 'utf8');
          const sf = ts.createSourceFile(rel, text, ts.ScriptTarget.Latest, true);
          visit(sf, sf);
        }
      }
    };
    for (const dir of ['graders/engine', 'action/report', 'action/cli', 'action/run']) walk(dir);
    // Not vacuous: the same scan finds the pattern where it is.
    const probe = ts.createSourceFile(
      'probe.ts',
      'const m = `${n} subnet(s)`;',
      ts.ScriptTarget.Latest,
      true,
    );
    const before = offenders.length;
    visit(probe, probe);
    expect(offenders.slice(before)).toEqual(['probe.ts:1:  subnet(s)']);
    expect(offenders.slice(0, before)).toEqual([]);
  });
});
