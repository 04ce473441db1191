// The warm cfn-lint a learner's terminal keeps between runs (action/cli/warm-cfn-lint.ts): when it is kept, that it
// lints exactly as a fresh cfn-lint does and then exits, that a run needing no linting gives it back, that it
// answers only its token, idles out, and is never used once gone or by another install; then the built CLI, whose
// second run uses the interpreter its first run left and grades exactly as a cold run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCfnLint, type CfnLintRequest } from '../../../graders/engine/cfn-lint.js';
import { cfnLintInstall, installIdentity } from '../../../action/cli/cfn-lint-install.js';
import { claimWarm, startWarm, warmEnabled } from '../../../action/cli/warm-cfn-lint.js';
import { HAS_CFN_LINT, PYTHON } from '../../helpers/cfn-lint.js';
import {
  CFN_LINT_TEST_TIMEOUT_MS,
  PROCESS_TEST_TIMEOUT_MS,
  SLOW_PROCESS_TEST_TIMEOUT_MS,
} from '../../helpers/timeouts.js';
import { HAS_SOLUTIONS, REPO, copyTree, makeTree, tmpDir } from '../../helpers/tmp.js';

describe('when a warm interpreter is kept', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it.each([
    ['a terminal', {}, true, 'linux', true],
    ['a script (no TTY)', {}, false, 'linux', false],
    ['CI, even on a TTY', { CI: 'true' }, true, 'linux', false],
    ['LABGRADE_WARM=on in a script', { LABGRADE_WARM: 'on' }, false, 'linux', true],
    ['LABGRADE_WARM=on in CI', { LABGRADE_WARM: 'on', CI: 'true' }, false, 'linux', true],
    ['LABGRADE_WARM=off on a terminal', { LABGRADE_WARM: 'off' }, true, 'linux', false],
    ['LABGRADE_CACHE=off', { LABGRADE_CACHE: 'off', LABGRADE_WARM: 'on' }, true, 'linux', false],
    ['Windows (no Unix socket)', { LABGRADE_WARM: 'on' }, true, 'win32', false],
  ] as const)('%s: %s', (_label, env, tty, platform, expected) => {
    expect(warmEnabled(env, tty, platform)).toBe(expected);
  });
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function waitFor(what: string, ok: () => boolean, ms = 60_000) {
  const until = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const socketOf = (record: string) =>
  (JSON.parse(fs.readFileSync(record, 'utf8')) as { socket: string }).socket;

// E3002: a property S3 buckets do not have. One finding, so a run that lints nothing cannot pass for this one.
const TEMPLATE = 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketNam: x\n';
const REQUEST: CfnLintRequest = {
  templates: [{ path: 'labs/x/template.yaml', text: TEMPLATE }],
  mandatory: [],
  regions: ['us-east-1'],
};

describe.skipIf(!HAS_CFN_LINT)('a warm interpreter', { timeout: CFN_LINT_TEST_TIMEOUT_MS }, () => {
  const pids: number[] = [];
  const homes: string[] = [];
  afterEach(() => {
    for (const pid of pids.splice(0)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Exited, as it should have.
      }
    }
    // A killed interpreter cannot remove its socket folder.
    for (const home of homes.splice(0)) fs.rmSync(home, { recursive: true, force: true });
  });

  /**
   * Starts one in a fresh cache folder and waits until it has imported cfn-lint. `python` is the interpreter it is
   * given; `env`, the run's environment (its LABGRADE_PYTHON names the default interpreter).
   */
  async function start(idleSeconds = 120, env: NodeJS.ProcessEnv = process.env, python?: string) {
    const dir = tmpDir();
    const record = path.join(dir, 'w.warm');
    const identity = installIdentity(cfnLintInstall(env));
    const pid = startWarm(dir, record, identity, env, python, idleSeconds);
    expect(pid).toBeTypeOf('number');
    pids.push(pid!);
    const socket = socketOf(record);
    homes.push(path.dirname(socket));
    await waitFor('the warm interpreter to import cfn-lint', () =>
      fs.existsSync(path.join(path.dirname(socket), 'ready')),
    );
    return { record, identity, pid: pid!, socket };
  }

  it('lints as a fresh cfn-lint does, then exits and removes its socket folder', async () => {
    const w = await start();
    const warm = await claimWarm(w.record, w.identity);
    expect(warm).toBeDefined();
    expect(fs.existsSync(w.record)).toBe(false); // claimed: no other run can take it
    const viaWarm = await runCfnLint(REQUEST, { prestarted: warm! });
    const fresh = await runCfnLint(REQUEST);
    expect(viaWarm.status).toBe('ok');
    if (viaWarm.status !== 'ok') return;
    expect(viaWarm.byTemplate[0]!.map((f) => f.ruleId)).toContain('E3002');
    expect(viaWarm.linted).toEqual([true]);
    expect(viaWarm).toEqual(fresh);
    await waitFor('the interpreter to exit after its one run', () => !alive(w.pid));
    expect(fs.existsSync(path.dirname(w.socket))).toBe(false);
  });

  it("runs the interpreter it is given (a pipx install's own), whatever LABGRADE_PYTHON names", async () => {
    const env = { ...process.env, LABGRADE_PYTHON: path.join(tmpDir(), 'no-such-python') };
    const w = await start(120, env, PYTHON);
    const r = await runCfnLint(REQUEST, { prestarted: (await claimWarm(w.record, w.identity))! });
    expect(r.status === 'ok' && r.byTemplate[0]!.some((f) => f.ruleId === 'E3002')).toBe(true);
  });

  it('is given back, still waiting, by a run that needed no linting', async () => {
    const w = await start();
    const first = await claimWarm(w.record, w.identity);
    expect(first).toBeDefined();
    first!.cancel();
    expect(fs.existsSync(w.record)).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    expect(alive(w.pid)).toBe(true);
    const second = await claimWarm(w.record, w.identity);
    const r = await runCfnLint(REQUEST, { prestarted: second! });
    expect(r.status === 'ok' && r.byTemplate[0]!.some((f) => f.ruleId === 'E3002')).toBe(true);
  });

  it('ignores a request without its token, then serves the run that has it', async () => {
    const w = await start();
    await new Promise<void>((resolve, reject) => {
      const s = net.createConnection(w.socket, () => s.end('{"token":"not-the-token","quit":true}\n'));
      s.once('close', () => resolve());
      s.once('error', reject);
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(alive(w.pid)).toBe(true);
    const warm = await claimWarm(w.record, w.identity);
    const r = await runCfnLint(REQUEST, { prestarted: warm! });
    expect(r.status).toBe('ok');
  });

  it('exits after its idle time, removing its socket folder', async () => {
    const w = await start(1);
    await waitFor('the idle interpreter to exit', () => !alive(w.pid), 30_000);
    expect(fs.existsSync(path.dirname(w.socket))).toBe(false);
  });

  it('removes its socket folder when terminated', async () => {
    const w = await start();
    process.kill(w.pid, 'SIGTERM');
    await waitFor('the terminated interpreter to exit', () => !alive(w.pid));
    expect(fs.existsSync(path.dirname(w.socket))).toBe(false);
  });

  it('is not used once its interpreter is gone, and its record is removed', async () => {
    const w = await start();
    process.kill(w.pid, 'SIGKILL');
    await waitFor('the interpreter to die', () => !alive(w.pid));
    expect(await claimWarm(w.record, w.identity)).toBeUndefined();
    expect(fs.existsSync(w.record)).toBe(false);
    expect(fs.existsSync(path.dirname(w.socket))).toBe(false);
  });

  it('is not used by a run that would start another cfn-lint', async () => {
    const w = await start();
    const other = installIdentity(
      cfnLintInstall({ ...process.env, PATH: `/elsewhere:${process.env['PATH']}` }),
    );
    expect(await claimWarm(w.record, other)).toBeUndefined();
  });

  it('gives the run a fresh cfn-lint when it dies before answering', async () => {
    const w = await start();
    const warm = await claimWarm(w.record, w.identity);
    process.kill(w.pid, 'SIGKILL');
    await waitFor('the interpreter to die', () => !alive(w.pid));
    const r = await runCfnLint(REQUEST, { prestarted: warm! });
    expect(r).toEqual(await runCfnLint(REQUEST));
  });
});

/** The report without what differs between two runs of the same files (timing). */
function normalized(json: string): unknown {
  return JSON.parse(json, (k, v: unknown) => (k === 'durationMs' || k === 'gradedAt' ? undefined : v));
}

describe.skipIf(!HAS_CFN_LINT || !HAS_SOLUTIONS)(
  'the built CLI with a warm interpreter',
  { timeout: SLOW_PROCESS_TEST_TIMEOUT_MS },
  () => {
    const lab = '03-ecs-service-alb';
    const lintDirs: string[] = [];
    type Recorded = { pid: number; socket: string };
    const records = (lintDir: string): Recorded[] =>
      (fs.existsSync(lintDir) ? fs.readdirSync(lintDir).filter((f) => f.endsWith('.warm')) : []).map(
        (f) => JSON.parse(fs.readFileSync(path.join(lintDir, f), 'utf8')) as Recorded,
      );
    afterEach(() => {
      for (const r of lintDirs.splice(0).flatMap(records)) {
        try {
          process.kill(r.pid, 'SIGKILL');
        } catch {
          // Gone already.
        }
        // Killed, it cannot remove its socket folder itself.
        fs.rmSync(path.dirname(r.socket), { recursive: true, force: true });
      }
    });

    /**
     * A copy of the bundle in a folder of its own, so its caches and warm record are this test's alone, and a
     * submission holding lab 03's reference solution.
     */
    function bundleCopy() {
      const repo = tmpDir();
      copyTree(path.join(REPO, 'dist', 'cli'), path.join(repo, 'dist', 'cli'));
      const root = makeTree({});
      copyTree(path.join(REPO, 'test', 'fixtures', 'solutions', 'labs', lab), path.join(root, 'labs', lab));
      const lintDir = path.join(repo, 'node_modules', '.cache', 'labgrade', 'lint');
      lintDirs.push(lintDir);
      return {
        lintDir,
        template: path.join(root, 'labs', lab, 'template.yaml'),
        records: () => records(lintDir),
        grade: (env: NodeJS.ProcessEnv, ...extra: string[]) =>
          spawnSync(
            process.execPath,
            [
              path.join(repo, 'dist', 'cli', 'index.js'),
              'grade',
              '--root',
              root,
              '--lab',
              lab,
              '--format',
              'json',
              '--no-synth',
              '--debug',
              ...extra,
            ],
            { encoding: 'utf8', env: { ...process.env, ...env }, timeout: CFN_LINT_TEST_TIMEOUT_MS },
          ),
      };
    }

    it('uses the one its previous run left, and grades exactly as a cold run', async () => {
      const b = bundleCopy();
      const grade = (warm: string, ...extra: string[]) =>
        b.grade({ LABGRADE_WARM: warm, LABGRADE_DEBUG: '' }, ...extra);
      // Not on a terminal and not told to: no interpreter is left behind.
      const script = grade('');
      expect(script.status, script.stderr).toBe(0);
      expect(b.records()).toEqual([]);

      // The first run learns cfn-lint's version (its memo), so it may take a second run to leave one.
      for (let i = 0; i < 2 && b.records().length === 0; i++) expect(grade('on').status).toBe(0);
      expect(b.records()).toHaveLength(1);
      const first = b.records()[0]!;
      await waitFor('the warm interpreter to import cfn-lint', () =>
        fs.existsSync(path.join(path.dirname(first.socket), 'ready')),
      );

      fs.appendFileSync(b.template, '# an edit, so cfn-lint must run\n');
      const warm = grade('on');
      expect(warm.status, warm.stderr).toBe(0);
      expect(warm.stderr).toContain('using the warm interpreter');
      await waitFor('the used interpreter to exit', () => !alive(first.pid));
      // It left the next one.
      expect(b.records()).toHaveLength(1);

      const cold = grade('off', '--no-cache');
      expect(cold.status, cold.stderr).toBe(0);
      expect(normalized(warm.stdout)).toEqual(normalized(cold.stdout));
      expect((JSON.parse(warm.stdout) as { tool: { cfnLint: string | null } }).tool.cfnLint).toMatch(
        /^\d+\.\d+/,
      );
    });

    it('with a pipx install, starts cfn-lint, and leaves the warm one, with the interpreter that imports it', async () => {
      const real = spawnSync(PYTHON, ['-c', 'import sys; print(sys.executable)'], {
        encoding: 'utf8',
      }).stdout.trim();
      // pipx's layout: `cfn-lint` on PATH names its own interpreter; the runner's python3 cannot import cfn-lint
      // (here: the same Python without site-packages).
      const bin = makeTree({
        'cfn-lint': `#!${real}\nimport sys\nfrom cfnlint.runner import main\nsys.exit(main())\n`,
        python3: `#!/bin/sh\nexec ${real} -S "$@"\n`,
      });
      fs.chmodSync(path.join(bin, 'cfn-lint'), 0o755);
      fs.chmodSync(path.join(bin, 'python3'), 0o755);
      const b = bundleCopy();
      let edits = 0;
      const grade = (warm: string) => {
        fs.appendFileSync(b.template, `# edit ${++edits}\n`);
        const r = b.grade({
          PATH: `${bin}:${process.env['PATH']}`,
          LABGRADE_PYTHON: path.join(bin, 'python3'),
          LABGRADE_WARM: warm,
        });
        expect(r.status, r.stderr).toBe(0);
        return {
          stdout: r.stdout,
          stderr: r.stderr,
          report: JSON.parse(r.stdout) as { score: number; tool: { cfnLint: string | null } },
        };
      };
      const first = grade('off'); // python3 fails, the executable lints; the probe remembers its interpreter
      expect(first.report.tool.cfnLint).toMatch(/^\d+\.\d+/);
      await waitFor(
        'the version memo',
        () =>
          fs.existsSync(b.lintDir) &&
          fs.readdirSync(b.lintDir).some((f) => f.startsWith('cfn-lint-version-')),
      );
      const second = grade('off');
      expect(second.stderr).toContain(`started with ${real}`);
      expect(normalized(second.stdout)).toEqual(normalized(first.stdout));
      grade('on');
      expect(b.records()).toHaveLength(1);
      const rec = b.records()[0]!;
      await waitFor('the warm interpreter to import cfn-lint', () =>
        fs.existsSync(path.join(path.dirname(rec.socket), 'ready')),
      );
      // Its command line (Linux's /proc; elsewhere the warm run below still shows it imports cfn-lint).
      if (fs.existsSync('/proc/self/cmdline'))
        expect(fs.readFileSync(`/proc/${rec.pid}/cmdline`, 'utf8').split('\0')[0]).toBe(real);
      const warm = grade('on');
      expect(warm.stderr).toContain('using the warm interpreter');
      expect(warm.report.score).toBe(first.report.score);
    });
  },
);
