// Whether the real cfn-lint is importable here; tests that need it skip, saying so, when it is not.
import { spawnSync } from 'node:child_process';

export const PYTHON = process.env['LABGRADE_PYTHON'] ?? 'python3';
export const HAS_CFN_LINT = spawnSync(PYTHON, ['-c', 'import cfnlint'], { stdio: 'ignore' }).status === 0;
