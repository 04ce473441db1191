import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { venvPython } from '../../../action/cli/venv.js';
import { makeTree } from '../../helpers/tmp.js';

// The layout ensure-tools.mjs makes when it installs cfn-lint without pipx (its planInstall tests pin the same).
describe('venvPython', () => {
  it('points the grader at .venv/ when npm run tools installed cfn-lint there', () => {
    const root = makeTree({ '.venv/bin/python': '', '.venv/bin/cfn-lint': '' });
    expect(venvPython(root, 'linux')).toBe(path.join(root, '.venv', 'bin', 'python'));
  });

  it('uses the Windows layout on Windows', () => {
    const root = makeTree({ '.venv/Scripts/python.exe': '', '.venv/Scripts/cfn-lint.exe': '' });
    expect(venvPython(root, 'win32')).toBe(path.join(root, '.venv', 'Scripts', 'python.exe'));
  });

  it('leaves the choice alone without a .venv/, or with one that has no cfn-lint (made for moto alone)', () => {
    expect(venvPython(makeTree({ 'labs/.keep': '' }), 'linux')).toBeUndefined();
    expect(
      venvPython(makeTree({ '.venv/bin/python': '', '.venv/bin/moto_server': '' }), 'linux'),
    ).toBeUndefined();
  });
});
