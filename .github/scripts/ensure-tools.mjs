#!/usr/bin/env node
// Makes sure the Python tools the grader and tests use are present: cfn-lint (pinned to the version the
// rubrics were written against) and moto's server. Present tools are left alone; missing ones are
// installed with pip when pip can reach an index. Never fails the caller: without cfn-lint its items are
// skipped with a hint, and the tests that need a tool skip saying why.
import { spawnSync } from 'node:child_process';

const PY = process.env.LABGRADE_PYTHON || 'python3';
const TOOLS = [
  { name: 'cfn-lint', module: 'cfnlint', spec: 'cfn-lint==1.51.0' },
  { name: 'moto', module: 'moto', spec: 'moto[server]==5.2.1' },
];

function has(module) {
  const r = spawnSync(PY, ['-c', `import ${module}`], { stdio: 'ignore' });
  return r.status === 0;
}

const quiet = process.argv.includes('--quiet');
const missing = TOOLS.filter((t) => !has(t.module));
if (missing.length === 0) {
  if (!quiet) console.error('tools: cfn-lint and moto are present; nothing to install.');
  process.exit(0);
}
const pyOk = spawnSync(PY, ['--version'], { stdio: 'ignore' }).status === 0;
if (!pyOk) {
  console.error(
    `tools: no Python interpreter ('${PY}'); install Python 3.9+ and run 'npm run tools' again. Grading still works without cfn-lint.`,
  );
  process.exit(0);
}
for (const tool of missing) {
  console.error(`tools: installing ${tool.spec} …`);
  const pip = (...extra) =>
    spawnSync(
      PY,
      ['-m', 'pip', 'install', '--user', '--quiet', '--disable-pip-version-check', ...extra, tool.spec],
      {
        stdio: 'inherit',
        timeout: 300_000,
      },
    );
  let r = pip();
  // Debian and Ubuntu mark the system Python "externally managed" (PEP 668); a --user install is still safe there.
  if (r.status !== 0 && !has(tool.module)) r = pip('--break-system-packages');
  if (r.status !== 0 || !has(tool.module)) {
    console.error(
      `tools: could not install ${tool.name}; try '${PY} -m pip install "${tool.spec}"' yourself. Continuing without it.`,
    );
  }
}
