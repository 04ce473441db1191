// `npm run tools` (.github/scripts/ensure-tools.mjs): what it decides to install, and, run as a process against a
// fake python and pipx, what it detects, runs and reports. No real install ever runs here.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  TOOLS,
  planInstall,
  toolsFor,
  type Found,
  type InstallEnv,
} from '../../.github/scripts/ensure-tools.mjs';
import { PROCESS_TEST_TIMEOUT_MS } from '../helpers/timeouts.js';
import { REPO, tmpDir } from '../helpers/tmp.js';

const SCRIPT = path.join(REPO, '.github/scripts/ensure-tools.mjs');
const CFN = { where: '/usr/bin/python3 (/usr)', version: '1.51.0' } satisfies Found;
const MOTO = { where: '/home/me/.local/bin/moto_server', version: '5.2.1' } satisfies Found;

const env = (over: Partial<InstallEnv> = {}): InstallEnv => ({
  platform: 'linux',
  repoRoot: '/repo',
  python: 'python3',
  venvExists: false,
  pipx: false,
  venv: true,
  ...over,
});

describe('toolsFor', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('wants only cfn-lint for grading, and cfn-lint and moto for the tests', () => {
    expect(toolsFor('grade').map((t) => t.name)).toEqual(['cfn-lint']);
    expect(toolsFor('test').map((t) => t.name)).toEqual(['cfn-lint', 'moto']);
    expect(() => toolsFor('deploy')).toThrow(/--for must be 'grade' or 'test'/);
  });

  it('pins each tool to the version the rubrics and tests were written against', () => {
    expect(TOOLS.map((t) => t.spec)).toEqual(['cfn-lint==1.51.0', 'moto[server]==5.2.1']);
  });
});

describe('planInstall', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  const both = toolsFor('test');

  it('does nothing when every tool is present', () => {
    const steps = planInstall(both, { 'cfn-lint': CFN, moto: MOTO }, env({ pipx: true }));
    expect(steps).toEqual([
      { tool: 'cfn-lint', action: 'present', where: CFN.where, version: '1.51.0', mismatch: false },
      { tool: 'moto', action: 'present', where: MOTO.where, version: '5.2.1', mismatch: false },
    ]);
  });

  it('leaves another version alone and flags it', () => {
    const [step] = planInstall(toolsFor('grade'), { 'cfn-lint': { ...CFN, version: '1.40.2' } }, env());
    expect(step).toMatchObject({ action: 'present', mismatch: true });
    const [unknown] = planInstall(toolsFor('grade'), { 'cfn-lint': { ...CFN, version: null } }, env());
    expect(unknown).toMatchObject({ action: 'present', mismatch: false });
  });

  it('installs a missing tool with pipx when pipx is there, and only the missing one', () => {
    const steps = planInstall(both, { 'cfn-lint': CFN }, env({ pipx: true }));
    expect(steps[0]!.action).toBe('present');
    expect(steps[1]).toEqual({
      tool: 'moto',
      action: 'pipx',
      argv: ['pipx', 'install', 'moto[server]==5.2.1'],
    });
  });

  it('without pipx, makes .venv/ once in the repository and links each executable into node_modules/.bin', () => {
    const steps = planInstall(both, {}, env());
    expect(steps).toEqual([
      {
        tool: 'cfn-lint',
        action: 'venv',
        create: ['python3', '-m', 'venv', '/repo/.venv'],
        argv: [
          '/repo/.venv/bin/python',
          '-m',
          'pip',
          'install',
          '--disable-pip-version-check',
          'cfn-lint==1.51.0',
        ],
        link: { from: '/repo/.venv/bin/cfn-lint', to: '/repo/node_modules/.bin/cfn-lint' },
      },
      {
        tool: 'moto',
        action: 'venv',
        create: null,
        argv: [
          '/repo/.venv/bin/python',
          '-m',
          'pip',
          'install',
          '--disable-pip-version-check',
          'moto[server]==5.2.1',
        ],
        link: { from: '/repo/.venv/bin/moto_server', to: '/repo/node_modules/.bin/moto_server' },
      },
    ]);
  });

  it('reuses an existing .venv/, and uses its Windows layout on Windows', () => {
    const [step] = planInstall(toolsFor('grade'), {}, env({ venvExists: true, platform: 'win32' }));
    expect(step).toMatchObject({ action: 'venv', create: null });
    if (step?.action !== 'venv') return;
    expect(step.argv[0]).toBe(path.join('/repo', '.venv', 'Scripts', 'python.exe'));
  });

  it('says what to run when neither pipx nor a venv-capable Python is there', () => {
    const [noVenv] = planInstall(toolsFor('grade'), {}, env({ venv: false }));
    expect(noVenv).toMatchObject({ action: 'manual' });
    if (noVenv?.action === 'manual') expect(noVenv.hint).toContain(`pipx install "cfn-lint==1.51.0"`);
    const [noPython] = planInstall(toolsFor('grade'), {}, env({ python: null, venv: false }));
    if (noPython?.action === 'manual') expect(noPython.hint).toMatch(/^install Python 3\.9\+ and pipx/);
    expect(noPython?.action).toBe('manual');
  });

  it('never installs into the system Python: no --break-system-packages and no bare pip, in any situation', () => {
    for (const pipx of [true, false])
      for (const venv of [true, false])
        for (const python of ['python3', null])
          for (const venvExists of [true, false])
            for (const step of planInstall(both, {}, env({ pipx, venv, python, venvExists }))) {
              const argvs = step.action === 'pipx' ? [step.argv] : step.action === 'venv' ? [step.argv] : [];
              for (const argv of argvs) {
                expect(argv).not.toContain('--break-system-packages');
                expect(argv).not.toContain('--user');
                // pip runs only as the virtual environment's own interpreter.
                if (argv.includes('pip')) expect(argv[0]).toBe('/repo/.venv/bin/python');
              }
              if (step.action === 'manual') expect(step.hint).not.toContain('--break-system-packages');
            }
    // Nor is it anywhere in the script outside its comments.
    const code = fs
      .readFileSync(SCRIPT, 'utf8')
      .split('\n')
      .filter((l) => !l.trim().startsWith('//'))
      .join('\n');
    expect(code).not.toContain('break-system-packages');
  });
});

// The script as `npm run grade` and `npm test` run it, with a fake python3 (answers the metadata probe as the
// FAKE_* variables say; has no venv module, so the script can never reach for .venv/ here) and an optional fake
// pipx that logs what it is asked to install.
function fakeTools(opts: { pipx: boolean; motoServer?: boolean }) {
  const dir = tmpDir('labgrade-tools-');
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(bin);
  const log = path.join(dir, 'calls.log');
  const python = path.join(bin, 'python3');
  fs.writeFileSync(
    python,
    [
      '#!/bin/sh',
      `printf 'python %s\\n' "$1" >> '${log}'`,
      'case "$1" in --version) echo "Python 3.12.3"; exit 0;; esac',
      'case "$2" in',
      `  *'find_spec("cfnlint")'*) [ -n "$FAKE_CFNLINT" ] || exit 1; echo "$FAKE_CFNLINT"; echo /fake/prefix; exit 0;;`,
      `  *'find_spec("moto")'*) [ -n "$FAKE_MOTO" ] || exit 1; echo "$FAKE_MOTO"; echo /fake/prefix; exit 0;;`,
      'esac',
      'exit 1',
      '',
    ].join('\n'),
    { mode: 0o755 },
  );
  if (opts.pipx)
    fs.writeFileSync(
      path.join(bin, 'pipx'),
      `#!/bin/sh\nprintf 'pipx %s\\n' "$*" >> '${log}'\n[ "$1" = environment ] && echo ${bin}\nexit 0\n`,
      { mode: 0o755 },
    );
  if (opts.motoServer)
    fs.writeFileSync(path.join(bin, 'moto_server'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
  return {
    run(purpose: 'grade' | 'test', fake: { FAKE_CFNLINT?: string; FAKE_MOTO?: string } = {}) {
      const r = spawnSync(process.execPath, [SCRIPT, '--for', purpose], {
        encoding: 'utf8',
        env: { PATH: bin, LABGRADE_PYTHON: python, ...fake },
        timeout: PROCESS_TEST_TIMEOUT_MS,
      });
      const calls = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n') : [];
      return { status: r.status, stderr: r.stderr, calls };
    },
  };
}

describe('ensure-tools as a process', () => {
  it(
    'reports a present cfn-lint and installs nothing; --for grade never looks for moto',
    () => {
      const r = fakeTools({ pipx: true }).run('grade', { FAKE_CFNLINT: '1.51.0' });
      expect(r.status).toBe(0);
      expect(r.stderr).toContain('tools: cfn-lint 1.51.0 is present at');
      expect(r.stderr).not.toMatch(/moto/);
      expect(r.calls.filter((c) => c.startsWith('pipx'))).toEqual([]);
    },
    PROCESS_TEST_TIMEOUT_MS,
  );

  it(
    'reports both tools for the tests when both are present',
    () => {
      const r = fakeTools({ pipx: true, motoServer: true }).run('test', {
        FAKE_CFNLINT: '1.51.0',
        FAKE_MOTO: '5.2.1',
      });
      expect(r.stderr).toContain('tools: cfn-lint 1.51.0 is present');
      expect(r.stderr).toContain('tools: moto 5.2.1 is present');
      expect(r.calls.filter((c) => c.startsWith('pipx'))).toEqual([]);
    },
    PROCESS_TEST_TIMEOUT_MS,
  );

  it(
    'says when the present cfn-lint is not the pinned version',
    () => {
      const r = fakeTools({ pipx: false }).run('grade', { FAKE_CFNLINT: '1.30.0' });
      expect(r.stderr).toContain('cfn-lint 1.30.0 is present');
      expect(r.stderr).toContain('The rubrics were written against 1.51.0');
    },
    PROCESS_TEST_TIMEOUT_MS,
  );

  it(
    'installs a missing cfn-lint with pipx, and only cfn-lint for grading, and says where it went',
    () => {
      const r = fakeTools({ pipx: true }).run('grade');
      expect(r.status).toBe(0);
      expect(r.calls.filter((c) => c.startsWith('pipx install'))).toEqual(['pipx install cfn-lint==1.51.0']);
      expect(r.stderr).toMatch(/tools: installed cfn-lint==1\.51\.0 with pipx; its 'cfn-lint' is in \S+/);
    },
    PROCESS_TEST_TIMEOUT_MS,
  );

  it(
    'installs both with pipx for the tests',
    () => {
      const r = fakeTools({ pipx: true }).run('test');
      expect(r.calls.filter((c) => c.startsWith('pipx install'))).toEqual([
        'pipx install cfn-lint==1.51.0',
        'pipx install moto[server]==5.2.1',
      ]);
    },
    PROCESS_TEST_TIMEOUT_MS,
  );

  it(
    'without pipx or a venv module, installs nothing, says what to run, and does not fail the caller',
    () => {
      const r = fakeTools({ pipx: false }).run('grade');
      expect(r.status).toBe(0);
      expect(r.stderr).toContain('tools: cfn-lint is missing and cannot be installed safely here');
      expect(r.stderr).toContain('pipx install "cfn-lint==1.51.0"');
      // The interpreter was only asked questions: its version, the probe, whether it has venv.
      expect(r.calls.every((c) => c === 'python --version' || c === 'python -c')).toBe(true);
    },
    PROCESS_TEST_TIMEOUT_MS,
  );
});
