#!/usr/bin/env node
// The `labgrade` command. All logic lives in main.ts so tests can call it in-process.
// This entry stays small and loads main.ts (its own chunk in the bundle) only after turning on Node's compile
// cache: a learner runs the same bundle again and again, and compiling it is most of a static run's cost
// (https://nodejs.org/api/module.html#module-compile-cache). Node 22.1+ has it; older ones just compile.
import module from 'node:module';
import path from 'node:path';
import { prestartCfnLint } from '../../graders/engine/cfn-lint.js';
import { dropDependencyDeprecations } from '../util/deprecations.js';
import { cliLintCache } from './lint-cache.js';
import { cliParseCache } from './parse-cache.js';
import { cliSynthCache } from './synth-cache.js';
import { venvPython } from './venv.js';

if (typeof module.enableCompileCache === 'function') module.enableCompileCache();
dropDependencyDeprecations();

// dist/cli/index.js and action/cli/index.ts both sit two folders below the repository root.
const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const python = process.env['LABGRADE_PYTHON'] ? undefined : venvPython(repoRoot);
if (python) process.env['LABGRADE_PYTHON'] = python;

// cfn-lint's Python spends about a second importing cfn-lint; started now, that overlaps loading the grader and
// reading the labs. A run that turns out to need no linting ends it unused.
const args = process.argv.slice(2);
const cfnLint =
  args[0] === 'grade' && !args.includes('--no-lint') && !args.includes('--help')
    ? prestartCfnLint()
    : undefined;

const { main } = await import('./main.js');
try {
  process.exitCode = await main(args, {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    parseCache: cliParseCache(repoRoot, import.meta.dirname, process.env),
    lintCache: cliLintCache(repoRoot, import.meta.dirname, process.env),
    synthCache: cliSynthCache(repoRoot, import.meta.dirname, process.env),
    prestartedCfnLint: cfnLint,
  });
} finally {
  cfnLint?.cancel();
}
