import { describe, expect, it } from 'vitest';
import rule from '../../../../graders/rules/dockerignore/excludes-git.js';
import { isExcluded } from '../../../../graders/rules/dockerignore/patterns.js';
import { testRule } from '../../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'plain .git', code: '.git\n' },
    { name: 'trailing slash', code: 'node_modules\n.git/\n' },
    { name: 'leading slash', code: '/.git\n' },
    { name: 'any depth', code: '**/.git\n' },
    { name: 'wildcard', code: '.git*\n' },
    { name: 'allow-list style', code: '*\n!server.js\n!package*.json\n' },
    { name: 'CRLF line endings', code: '# ignore\r\n.git\r\n' },
  ],
  invalid: [
    { name: 'empty file', code: '', errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'only comments', code: '# .git\n', errors: [{ messageId: 'missing', line: 1 }] },
    { name: '.gitignore is not .git', code: '.gitignore\n', errors: [{ messageId: 'missing', line: 1 }] },
    { name: 're-included', code: '*\n!.git\n', errors: [{ messageId: 'reincluded', line: 2 }] },
    { name: 'malformed pattern is skipped', code: '[z-a]\n', errors: [{ messageId: 'missing', line: 1 }] },
  ],
});

describe('isExcluded', () => {
  const cases: [string, string, boolean][] = [
    ['node_modules', 'node_modules/a/index.js', true],
    ['node_modules/', 'node_modules/a/index.js', true],
    ['**/node_modules', 'node_modules/a/index.js', true],
    ['*/node_modules', 'node_modules/a/index.js', false],
    ['node_modules/**', 'node_modules/a/index.js', true],
    ['.env*', '.env', true],
    ['*.env', '.env', true],
    ['.e?v', '.env', true],
    ['.[de]nv', '.env', true],
    ['src/.env', '.env', false],
  ];
  it.each(cases)('%s excludes %s: %s', (pattern, path, expected) => {
    expect(isExcluded([pattern], path).excluded).toBe(expected);
  });
  it('the last matching line wins', () => {
    expect(isExcluded(['.env', '!.env'], '.env')).toEqual({
      excluded: false,
      decidedBy: { line: 2, pattern: '!.env' },
    });
    expect(isExcluded(['!.env', '.env*'], '.env').excluded).toBe(true);
  });
});
