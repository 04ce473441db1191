// Whether the real cfn-lint is importable here; tests that need it skip, saying so, when it is not.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { CfnLintRequest, CfnLintResult } from '../../graders/engine/cfn-lint.js';
import type { Finding } from '../../graders/engine/types.js';
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

/**
 * A cfn-lint stand-in reporting `version`: one finding per template, naming its length. Notes the templates of each
 * run it was given (`linted`) and the mandatory checks it was asked for (`mandatory`).
 */
export function fakeCfnLint(version = '1.51.0') {
  const linted: string[][] = [];
  const mandatory: string[][] = [];
  const run = (req: CfnLintRequest): Promise<CfnLintResult> => {
    linted.push(req.templates.map((t) => t.path));
    mandatory.push([...req.mandatory]);
    return Promise.resolve({
      status: 'ok',
      version,
      byTemplate: req.templates.map((t): Finding[] => [
        {
          file: t.path,
          line: 1,
          column: 1,
          severity: 'warning',
          ruleId: 'W9999',
          message: `seen ${t.text.length} characters`,
        },
      ]),
      linted: req.templates.map(() => true),
    });
  };
  return { run, linted, mandatory };
}

// Kept here too, where the cfn-lint tests already import it from.
export { CFN_LINT_TEST_TIMEOUT_MS } from './timeouts.js';
