#!/usr/bin/env node
// The `labgrade` command. All logic lives in main.ts so tests can call it in-process.
// This entry stays small and loads the rest (run.ts and main.ts, their own chunks in the bundle) only after turning
// on Node's compile cache and starting cfn-lint: a learner runs the same bundle again and again, and compiling it is
// most of a static run's cost (https://nodejs.org/api/module.html#module-compile-cache). Node 22.1+ has the cache;
// older ones just compile. The entry itself is compiled on every run, so it imports only what starting needs.
import module from 'node:module';
import path from 'node:path';
import { prestartCfnLint } from '../../graders/engine/cfn-lint.js';
import { dropDependencyDeprecations } from '../util/deprecations.js';
import { cliCacheDir } from './cache-store.js';
import { cfnLintInstall, rememberedInstall } from './cfn-lint-install.js';
import { fdOutput } from './output.js';
import { venvPython } from './venv.js';
import { warmCfnLint } from './warm-cfn-lint.js';

if (typeof module.enableCompileCache === 'function') module.enableCompileCache();
dropDependencyDeprecations();

// dist/cli/index.js and action/cli/index.ts both sit two folders below the repository root.
const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const python = process.env['LABGRADE_PYTHON'] ? undefined : venvPython(repoRoot);
if (python) process.env['LABGRADE_PYTHON'] = python;

// cfn-lint's Python spends about 1.5 s importing cfn-lint; started now, that overlaps loading the grader and
// reading the labs. A run that turns out to need no linting ends it unused. On a learner's terminal the previous run
// may have left one that has imported it already (warm-cfn-lint.ts): then that one is used instead.
const args = process.argv.slice(2);
const lints = args[0] === 'grade' && !args.includes('--no-lint') && !args.includes('--help');
const cached = lints && !args.includes('--no-cache');
const out = { stdout: fdOutput(1, () => process.stdout), stderr: fdOutput(2, () => process.stderr) };
const warm = cached ? warmCfnLint(repoRoot, process.env, out.stdout.isTTY === true) : undefined;
// Started with the interpreter that imported cfn-lint last time (the version memo's), so a pipx install, whose
// cfn-lint python3 cannot import, is not first tried with python3 and then run without the launcher.
const lintDir = cached ? cliCacheDir(repoRoot, process.env, 'lint') : undefined;
const known = lintDir ? rememberedInstall(lintDir, cfnLintInstall(process.env)) : undefined;
const cfnLint =
  lints && !warm?.waiting() ? prestartCfnLint(known ? { python: known.python } : {}) : undefined;

const { runCli } = await import('./run.js');
try {
  process.exitCode = await runCli(args, import.meta.dirname, cfnLint, warm, known?.python, out);
} finally {
  cfnLint?.cancel();
}
