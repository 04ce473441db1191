#!/usr/bin/env node
// The `labgrade` command. All logic lives in main.ts so tests can call it in-process.
// This entry stays small and loads main.ts (its own chunk in the bundle) only after turning on Node's compile
// cache: a learner runs the same bundle again and again, and compiling it is most of a static run's cost
// (https://nodejs.org/api/module.html#module-compile-cache). Node 22.1+ has it; older ones just compile.
import module from 'node:module';
import path from 'node:path';
import { cliParseCache } from './parse-cache.js';
import { venvPython } from './venv.js';

if (typeof module.enableCompileCache === 'function') module.enableCompileCache();

// dist/cli/index.js and action/cli/index.ts both sit two folders below the repository root.
const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const python = process.env['LABGRADE_PYTHON'] ? undefined : venvPython(repoRoot);
if (python) process.env['LABGRADE_PYTHON'] = python;

const { main } = await import('./main.js');
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  parseCache: cliParseCache(repoRoot, import.meta.dirname, process.env),
});
