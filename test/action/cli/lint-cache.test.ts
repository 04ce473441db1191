// The CLI's cfn-lint cache on disk: entries round-trip, a damaged entry is a miss, the folder is bounded,
// LABGRADE_CACHE=off turns it off, and the cfn-lint version is remembered with the METADATA file it came from, so a
// changed install is never taken for the remembered one. Then `labgrade grade` itself: a second run lints nothing,
// a run after editing one lab lints that lab's template only, and `--no-cache` lints everything.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cfnLintInstall, installIdentity, rememberedInstall } from '../../../action/cli/cfn-lint-install.js';
import { cliLintCache, diskLintCache, rememberedVersion } from '../../../action/cli/lint-cache.js';
import { EXIT, main, type CliIO } from '../../../action/cli/main.js';
import type { CachedFinding } from '../../../graders/engine/lint-cache.js';
import type { Report } from '../../../graders/engine/types.js';
import { LABS } from '../../../graders/index.js';
import { countingPython, HAS_CFN_LINT } from '../../helpers/cfn-lint.js';
import { copyTree, HAS_SOLUTIONS, makeTree, REPO, tmpDir } from '../../helpers/tmp.js';
import {
  CFN_LINT_TEST_TIMEOUT_MS,
  PROCESS_TEST_TIMEOUT_MS,
  SLOW_PROCESS_TEST_TIMEOUT_MS,
} from '../../helpers/timeouts.js';

const FINDINGS: CachedFinding[] = [
  { line: 2, column: 3, severity: 'warning', ruleId: 'W3010', message: "Don't hardcode 'us-east-1a'" },
];
const install = (python: string) => cfnLintInstall({ PATH: process.env['PATH'], LABGRADE_PYTHON: python });

/** A stand-in interpreter that answers the version probe as a real one would, naming `metadata`. */
function probePython(version: string, metadata: string): string {
  const python = path.join(
    makeTree({ python: `#!/bin/sh\necho '{"version": "${version}", "metadata": "${metadata}"}'\n` }),
    'python',
  );
  fs.chmodSync(python, 0o755);
  return python;
}

const memoWritten = (dir: string) =>
  fs.existsSync(dir) && fs.readdirSync(dir).some((f) => f.startsWith('cfn-lint-version-'));

async function until(check: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('diskLintCache', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('gives back exactly what it was given', () => {
    const cache = diskLintCache(path.join(tmpDir('labgrade-cache-'), 'lint'), 'salt', install('python3'));
    expect(cache.get('k')).toBeUndefined();
    cache.set('k', FINDINGS);
    expect(cache.get('k')).toEqual(FINDINGS);
    cache.set('empty', []);
    expect(cache.get('empty')).toEqual([]);
  });

  it('treats a damaged or foreign entry as a miss', () => {
    const dir = tmpDir('labgrade-cache-');
    const cache = diskLintCache(dir, 'salt', install('python3'));
    fs.writeFileSync(path.join(dir, 'bad.json'), '[{"line": 2, "col');
    fs.writeFileSync(path.join(dir, 'empty.json'), '');
    fs.writeFileSync(path.join(dir, 'shape.json'), JSON.stringify([{ ...FINDINGS[0], line: '2' }]));
    fs.writeFileSync(path.join(dir, 'object.json'), JSON.stringify({ findings: FINDINGS }));
    for (const k of ['bad', 'empty', 'shape', 'object']) expect(cache.get(k), k).toBeUndefined();
  });

  it('keeps at most its maximum number of entries, dropping the oldest', () => {
    const dir = tmpDir('labgrade-cache-');
    const cache = diskLintCache(dir, 'salt', install('python3'), 3);
    for (const [i, k] of ['a', 'b', 'c', 'd', 'e'].entries()) {
      cache.set(k, FINDINGS);
      const at = new Date(Date.UTC(2026, 0, 1, 0, 0, i));
      fs.utimesSync(path.join(dir, `${k}.json`), at, at);
    }
    expect(fs.readdirSync(dir).sort()).toEqual(['c.json', 'd.json', 'e.json']);
  });

  it('is off when LABGRADE_CACHE is off', () => {
    expect(cliLintCache(tmpDir(), 'salt', { LABGRADE_CACHE: 'off' })).toBeUndefined();
    expect(cliLintCache(tmpDir(), 'salt', {})).toBeDefined();
  });
});

describe('the remembered cfn-lint version', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('is unknown until probed, then known while the METADATA file and the interpreter stay the same', async () => {
    const dir = tmpDir('labgrade-cache-');
    const metadata = path.join(makeTree({ METADATA: 'Name: cfn-lint\nVersion: 9.9.9\n' }), 'METADATA');
    const python = probePython('9.9.9', metadata);
    expect(await rememberedVersion(dir, install(python))).toBeUndefined();
    await until(() => memoWritten(dir));
    expect(await rememberedVersion(dir, install(python))).toBe('9.9.9');
    // Another interpreter: the memo is not its answer.
    expect(await rememberedVersion(dir, install(probePython('9.9.9', metadata)))).toBeUndefined();
  });

  it('is forgotten when cfn-lint is upgraded or reinstalled (its METADATA file changes)', async () => {
    const dir = tmpDir('labgrade-cache-');
    const metadata = path.join(makeTree({ METADATA: 'Version: 9.9.9\n' }), 'METADATA');
    const python = probePython('9.9.9', metadata);
    await rememberedVersion(dir, install(python));
    await until(() => memoWritten(dir));
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(metadata, later, later);
    expect(await rememberedVersion(dir, install(python))).toBeUndefined();
    fs.rmSync(metadata);
    expect(await rememberedVersion(dir, install(python))).toBeUndefined();
  });

  it('is not remembered when the probe fails', async () => {
    const dir = tmpDir('labgrade-cache-');
    const python = path.join(makeTree({ python: '#!/bin/sh\nexit 1\n' }), 'python');
    fs.chmodSync(python, 0o755);
    expect(await rememberedVersion(dir, install(python))).toBeUndefined();
    await new Promise((r) => setTimeout(r, 500));
    expect(memoWritten(dir)).toBe(false);
  });

  it("remembers a pipx install's own interpreter, named by the cfn-lint executable's #! line", async () => {
    const dir = tmpDir('labgrade-cache-');
    const metadata = path.join(makeTree({ METADATA: 'Version: 9.9.9\n' }), 'METADATA');
    const own = probePython('9.9.9', metadata);
    const bin = makeTree({ 'cfn-lint': `#!${own}\n# a console script\n` });
    fs.chmodSync(path.join(bin, 'cfn-lint'), 0o755);
    const none = path.join(makeTree({ python: '#!/bin/sh\nexit 1\n' }), 'python');
    fs.chmodSync(none, 0o755);
    const pipx = cfnLintInstall({ PATH: `${bin}:${process.env['PATH']}`, LABGRADE_PYTHON: none });
    expect(await rememberedVersion(dir, pipx)).toBeUndefined();
    await until(() => memoWritten(dir));
    expect(rememberedInstall(dir, pipx)).toEqual({ version: '9.9.9', python: own });
  });

  it("depends on the interpreter's environment", () => {
    const a = installIdentity(cfnLintInstall({ PATH: '/usr/bin', LABGRADE_PYTHON: '/x/python' }));
    expect(installIdentity(cfnLintInstall({ PATH: '/usr/bin', LABGRADE_PYTHON: '/x/python' }))).toBe(a);
    expect(installIdentity(cfnLintInstall({ PATH: '/usr/bin', LABGRADE_PYTHON: '/y/python' }))).not.toBe(a);
    expect(
      installIdentity(cfnLintInstall({ PATH: '/usr/bin', LABGRADE_PYTHON: '/x/python', VIRTUAL_ENV: '/v' })),
    ).not.toBe(a);
    // Variables cfn-lint never sees do not matter.
    expect(
      installIdentity(cfnLintInstall({ PATH: '/usr/bin', LABGRADE_PYTHON: '/x/python', GITHUB_TOKEN: 't' })),
    ).toBe(a);
  });
});

describe.skipIf(!HAS_CFN_LINT || !HAS_SOLUTIONS)('labgrade grade with the lint cache', () => {
  const saved = process.env['LABGRADE_PYTHON'];
  afterEach(() => {
    if (saved === undefined) delete process.env['LABGRADE_PYTHON'];
    else process.env['LABGRADE_PYTHON'] = saved;
  });

  it(
    'lints nothing the second time, only the edited template after an edit, and everything with --no-cache',
    async () => {
      const counting = countingPython();
      // The runner reads LABGRADE_PYTHON from the process (the CLI's entry point sets it to a .venv/ Python).
      process.env['LABGRADE_PYTHON'] = counting.python;
      const root = copyTree(path.join(REPO, 'test/fixtures/solutions'));
      const labs = LABS.filter((l) => l.files.some((f) => f.cfnLint)).slice(0, 3);
      const cacheDir = tmpDir('labgrade-cache-');
      // Each cfn-lint run, as the templates it was handed (the probe is not one).
      const runs = () =>
        counting
          .calls()
          .filter((args) => args.some((a) => a.endsWith('labgrade-cfnlintrc.yaml')))
          .map((args) => args.slice(args.indexOf('--') + 1));
      const grade = async (...extra: string[]) => {
        let out = '';
        const cli: CliIO = {
          stdout: { write: (s: string) => (out += s) },
          stderr: { write: () => {} },
          env: {},
          lintCache: diskLintCache(cacheDir, 'salt', install(counting.python)),
        };
        const args = ['grade', '--root', root, '--format', 'json', ...labs.flatMap((l) => ['--lab', l.id])];
        expect(await main([...args, ...extra], cli)).toBe(EXIT.ok);
        const r = JSON.parse(out) as Report;
        return { ...r, durationMs: 0 };
      };

      const cold = await grade();
      expect(runs()).toHaveLength(1);
      expect(runs()[0]).toHaveLength(labs.length);
      await until(() => memoWritten(cacheDir));

      const warm = await grade();
      expect(runs()).toHaveLength(1);
      expect(warm).toEqual(cold);

      const edited = path.join(root, 'labs', labs[1]!.id);
      const file = fs.readdirSync(edited).find((f) => /^template\.(ya?ml|json)$/.test(f))!;
      fs.appendFileSync(path.join(edited, file), file.endsWith('.json') ? '\n' : '# edited\n');
      await grade();
      expect(runs()).toHaveLength(2);
      expect(runs()[1]).toEqual([`t0/${file}`]);

      const nocache = await grade('--no-cache');
      expect(runs()).toHaveLength(3);
      expect(runs()[2]).toHaveLength(labs.length);
      expect(nocache.score).toBe(cold.score);
    },
    CFN_LINT_TEST_TIMEOUT_MS,
  );
});

/**
 * The entry point wires the store: `labgrade grade` run as a learner runs it (from source, through tsx), twice. The
 * stand-in interpreter records what cfn-lint is handed, on its command line or, started ahead of time, on its input.
 */
describe.skipIf(!HAS_CFN_LINT || !HAS_SOLUTIONS)('the labgrade command keeps its lint cache', () => {
  it(
    'hands cfn-lint no template on a second run of unchanged files',
    async () => {
      const dir = tmpDir();
      const log = path.join(dir, 'handed.log');
      const real = (process.env['LABGRADE_PYTHON'] ?? 'python3').includes('/')
        ? process.env['LABGRADE_PYTHON']!
        : 'python3';
      const shim = path.join(dir, 'python3');
      fs.writeFileSync(
        shim,
        [
          '#!/bin/sh',
          `for a in "$@"; do case "$a" in *labgrade-cfnlintrc.yaml) echo "argv" >> "${log}";; esac; done`,
          `if [ "$3" = "--labgrade-args-on-stdin" ]; then tee -a "${log}" | ${real} "$@"; else exec ${real} "$@"; fi`,
          '',
        ].join('\n'),
        { mode: 0o755 },
      );
      const root = copyTree(path.join(REPO, 'test/fixtures/solutions'));
      const labs = LABS.filter((l) => l.files.some((f) => f.cfnLint)).slice(0, 2);
      const run = (extra: string[] = []) => {
        const r = spawnSync(
          path.join(REPO, 'node_modules', '.bin', 'tsx'),
          [
            path.join(REPO, 'action/cli/index.ts'),
            'grade',
            '--root',
            root,
            '--format',
            'json',
            ...labs.flatMap((l) => ['--lab', l.id]),
            ...extra,
          ],
          { cwd: REPO, encoding: 'utf8', env: { ...process.env, LABGRADE_PYTHON: shim, LABGRADE_CACHE: '' } },
        );
        expect(r.status, r.stderr).toBe(0);
        return { ...(JSON.parse(r.stdout) as Report), durationMs: 0 };
      };
      // Each line is one cfn-lint run: its arguments (a JSON list ending in the templates) or `argv`.
      const handed = () => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n') : []);
      // Unique text, so no earlier run's entries can answer for it.
      fs.appendFileSync(path.join(root, 'labs', labs[0]!.id, 'template.yaml'), `# ${path.basename(dir)}\n`);
      const first = run(['--no-synth']);
      expect(handed().length).toBe(1);
      expect(handed()[0]).toContain('template.yaml');
      // This run may synthesize (neither lab has a CDK app), so the result cache, keyed on the sources, has nothing
      // for it: the lint cache alone must spare cfn-lint.
      const second = run();
      expect(handed().length).toBe(1);
      expect(second).toEqual(first);
    },
    SLOW_PROCESS_TEST_TIMEOUT_MS,
  );
});
