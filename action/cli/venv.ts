// Where `npm run tools` put cfn-lint when it had to install it without pipx: a virtual environment at `.venv/`
// in the repository that holds this CLI (.github/scripts/ensure-tools.mjs). The grader runs cfn-lint through
// an interpreter (graders/engine/cfn-lint.ts: its launcher marks each template cfn-lint finished), so it is
// pointed at that environment's Python; `cfn-lint` on PATH alone would lose those marks, and is not on PATH at
// all when the CLI runs outside an npm script.
import fs from 'node:fs';
import path from 'node:path';

/**
 * The `.venv/` interpreter under `repoRoot` when that environment has cfn-lint (its `cfn-lint` script exists),
 * else undefined. A `.venv/` made for moto alone is not used: the interpreter the learner already has may be
 * the one with cfn-lint.
 */
export function venvPython(
  repoRoot: string,
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  const win = platform === 'win32';
  const bin = path.join(repoRoot, '.venv', win ? 'Scripts' : 'bin');
  if (!fs.existsSync(path.join(bin, win ? 'cfn-lint.exe' : 'cfn-lint'))) return undefined;
  const python = path.join(bin, win ? 'python.exe' : 'python');
  return fs.existsSync(python) ? python : undefined;
}
