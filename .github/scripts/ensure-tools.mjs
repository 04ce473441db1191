#!/usr/bin/env node
// Makes sure the Python tools are present: cfn-lint (pinned to the version the rubrics were written against) for
// grading, and moto's server for the tests. `--for grade` (npm run grade) wants cfn-lint only; `--for test`
// (npm test, and the default) wants both. A tool that is already there, in any install, is left alone.
//
// A missing tool is installed without touching the system Python: with pipx when it is on PATH (its own
// environment, executable in pipx's bin folder), otherwise into a virtual environment at `.venv/` in the
// repository (gitignored), linked into node_modules/.bin so `npm run grade` and `npm test` find it on PATH.
// Never `pip install --break-system-packages` (PEP 668: https://peps.python.org/pep-0668/); when neither pipx
// nor the venv module is available, it says what to run and goes on. Never fails the caller: without
// cfn-lint its items are skipped with a hint, and the tests that need a tool skip saying why.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const TOOLS = [
  {
    name: 'cfn-lint',
    module: 'cfnlint',
    dist: 'cfn-lint',
    version: '1.51.0',
    spec: 'cfn-lint==1.51.0',
    bin: 'cfn-lint',
    for: ['grade', 'test'],
  },
  {
    name: 'moto',
    module: 'moto',
    dist: 'moto',
    version: '5.2.1',
    spec: 'moto[server]==5.2.1',
    bin: 'moto_server',
    for: ['test'],
  },
];

/** The tools one purpose needs: 'grade' (cfn-lint) or 'test' (cfn-lint and moto). */
export function toolsFor(purpose) {
  if (purpose !== 'grade' && purpose !== 'test')
    throw new Error(`--for must be 'grade' or 'test', got '${purpose}'`);
  return TOOLS.filter((t) => t.for.includes(purpose));
}

/**
 * What to do, decided from what was found; no process is started here, so the choice is unit-tested.
 * `found[name]` is where a tool already is (`{ where, version }`) or absent. `env` says what can install:
 * `python` (a working interpreter's command or null), `pipx` (boolean), `venv` (the interpreter has the venv
 * module and ensurepip), and `repoRoot`. Returns one step per wanted tool, in order:
 * - `present`: nothing to do; `mismatch` is set when its version is not the pinned one (left alone, reported).
 * - `pipx`: `argv` installs it into its own pipx environment.
 * - `venv`: `create` (or null when `.venv/` already exists) then `argv` installs it into `.venv/`, and `link`
 *   says which executable to link into node_modules/.bin.
 * - `manual`: nothing can install it safely here; `hint` says what the learner can run.
 */
export function planInstall(tools, found, env) {
  const isWin = env.platform === 'win32';
  const venvDir = path.join(env.repoRoot, '.venv');
  const venvBin = path.join(venvDir, isWin ? 'Scripts' : 'bin');
  const venvPython = path.join(venvBin, isWin ? 'python.exe' : 'python');
  let venvCreated = env.venvExists;
  return tools.map((tool) => {
    const have = found[tool.name];
    if (have) {
      return {
        tool: tool.name,
        action: 'present',
        where: have.where,
        version: have.version,
        mismatch: have.version !== null && have.version !== tool.version,
      };
    }
    if (env.pipx) {
      return { tool: tool.name, action: 'pipx', argv: ['pipx', 'install', tool.spec] };
    }
    if (env.python && env.venv) {
      const create = venvCreated ? null : [env.python, '-m', 'venv', venvDir];
      venvCreated = true;
      return {
        tool: tool.name,
        action: 'venv',
        create,
        argv: [venvPython, '-m', 'pip', 'install', '--disable-pip-version-check', tool.spec],
        link: {
          from: path.join(venvBin, tool.bin),
          to: path.join(env.repoRoot, 'node_modules', '.bin', tool.bin),
        },
      };
    }
    const hint = env.python
      ? `install pipx (https://pipx.pypa.io/) and run 'pipx install "${tool.spec}"', or '${env.python} -m venv .venv && .venv/bin/pip install "${tool.spec}"' and put .venv/bin on PATH`
      : `install Python 3.9+ and pipx (https://pipx.pypa.io/), then run 'pipx install "${tool.spec}"'`;
    return { tool: tool.name, action: 'manual', hint };
  });
}

function run(argv, opts = {}) {
  return spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', timeout: 300_000, ...opts });
}

/** The first file on PATH with this name (what a process started by name would run), or null. */
function onPath(bin, env = process.env) {
  const exts = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD').split(';') : [''];
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean))
    for (const ext of exts) {
      const p = path.join(dir, bin + ext);
      try {
        fs.accessSync(p, fs.constants.X_OK);
        return p;
      } catch {
        // not here
      }
    }
  return null;
}

/**
 * Where a tool already is, as the grader and the tests look for it: cfn-lint importable by the interpreter the
 * grader starts (or a `cfn-lint` executable, its fallback); moto's `moto_server` executable (what the tests
 * start). Asked of package metadata, not by importing the tool: importing cfn-lint takes seconds, and this runs
 * before every `npm run grade`.
 */
function probe(tool, python) {
  const meta = python
    ? run([
        python,
        '-c',
        `import importlib.util as u, importlib.metadata as m, sys\nif u.find_spec("${tool.module}") is None: sys.exit(1)\nprint(m.version("${tool.dist}")); print(sys.prefix)`,
      ])
    : { status: 1, stdout: '' };
  const [version, prefix] = meta.status === 0 ? meta.stdout.trim().split('\n') : [];
  if (tool.name === 'cfn-lint' && meta.status === 0)
    return { where: `${python} (${prefix})`, version: version ?? null };
  const exe = onPath(tool.bin);
  if (!exe) return undefined;
  return { where: exe, version: version ?? null };
}

function main(argv) {
  const i = argv.indexOf('--for');
  const purpose = i >= 0 ? argv[i + 1] : 'test';
  const tools = toolsFor(purpose);
  const repoRoot = path.resolve(import.meta.dirname, '..', '..');
  const python = process.env.LABGRADE_PYTHON || 'python3';
  const pyOk = run([python, '--version']).status === 0;
  // npm puts node_modules/.bin on PATH for scripts; make the same true when this runs on its own.
  process.env.PATH = [path.join(repoRoot, 'node_modules', '.bin'), process.env.PATH].join(path.delimiter);
  const found = Object.fromEntries(tools.map((t) => [t.name, probe(t, pyOk ? python : null)]));
  const needsInstall = tools.some((t) => !found[t.name]);
  const env = {
    platform: process.platform,
    repoRoot,
    python: pyOk ? python : null,
    venvExists: fs.existsSync(path.join(repoRoot, '.venv')),
    pipx: needsInstall && run(['pipx', '--version']).status === 0,
    venv: needsInstall && pyOk && run([python, '-c', 'import venv, ensurepip']).status === 0,
  };
  for (const step of planInstall(tools, found, env)) {
    const spec = TOOLS.find((t) => t.name === step.tool);
    if (step.action === 'present') {
      console.error(
        `tools: ${step.tool} ${step.version ?? '(version unknown)'} is present at ${step.where}; nothing to install.` +
          (step.mismatch ? ` The rubrics were written against ${spec.version}; results may differ.` : ''),
      );
      continue;
    }
    if (step.action === 'manual') {
      console.error(`tools: ${step.tool} is missing and cannot be installed safely here: ${step.hint}.`);
      continue;
    }
    if (step.action === 'pipx') {
      console.error(`tools: installing ${spec.spec} with pipx …`);
      const r = run(step.argv, { stdio: ['ignore', 'inherit', 'inherit'] });
      const bin = run(['pipx', 'environment', '--value', 'PIPX_BIN_DIR']).stdout?.trim() || '~/.local/bin';
      if (r.status === 0) {
        console.error(`tools: installed ${spec.spec} with pipx; its '${spec.bin}' is in ${bin}.`);
        if (!onPath(spec.bin)) console.error(`tools: ${bin} is not on PATH; run 'pipx ensurepath'.`);
      } else console.error(`tools: 'pipx install ${spec.spec}' failed; continuing without ${step.tool}.`);
      continue;
    }
    console.error(`tools: installing ${spec.spec} into ${path.join(repoRoot, '.venv')} …`);
    const made = step.create ? run(step.create, { stdio: ['ignore', 'inherit', 'inherit'] }) : { status: 0 };
    const r = made.status === 0 ? run(step.argv, { stdio: ['ignore', 'inherit', 'inherit'] }) : made;
    if (r.status !== 0 || !fs.existsSync(step.link.from)) {
      console.error(`tools: could not install ${spec.spec} into .venv/; continuing without ${step.tool}.`);
      continue;
    }
    fs.mkdirSync(path.dirname(step.link.to), { recursive: true });
    fs.rmSync(step.link.to, { force: true });
    fs.symlinkSync(step.link.from, step.link.to);
    console.error(
      `tools: installed ${spec.spec} into ${path.join(repoRoot, '.venv')}; '${spec.bin}' is linked at ${step.link.to}, on PATH in npm scripts.`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(fs.realpathSync(process.argv[1])).href) {
  main(process.argv.slice(2));
}
