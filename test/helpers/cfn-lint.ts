// Whether the real cfn-lint is importable here; tests that need it skip, saying so, when it is not.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tmpDir } from './tmp.js';

export const PYTHON = process.env['LABGRADE_PYTHON'] ?? 'python3';
export const HAS_CFN_LINT = spawnSync(PYTHON, ['-c', 'import cfnlint'], { stdio: 'ignore' }).status === 0;

/** A python3 stand-in that logs each invocation, then runs the real interpreter. */
export function countingPython(): { python: string; calls: () => string[][] } {
  const dir = tmpDir();
  const log = path.join(dir, 'calls.log');
  const real = PYTHON.includes('/') ? PYTHON : 'python3';
  const shim = path.join(dir, 'python3');
  fs.writeFileSync(
    shim,
    // One append per call, line and newline together: a shim killed mid-way (a cancelled prestart) leaves either
    // its whole line or none, never half a line that the next call's line would join.
    `#!/bin/sh\nline=$(printf '%s' "$*" | tr '\\n' ' ')\nprintf '%s\\n' "$line" >> "${log}"\nexec ${real} "$@"\n`,
    { mode: 0o755 },
  );
  return {
    python: shim,
    calls: () =>
      fs.existsSync(log)
        ? fs
            .readFileSync(log, 'utf8')
            .trim()
            .split('\n')
            .filter(Boolean)
            .map((l) => l.split(' '))
        : [],
  };
}

// Kept here too, where the cfn-lint tests already import it from.
export { CFN_LINT_TEST_TIMEOUT_MS } from './timeouts.js';
