// Which cfn-lint the grader would start, and an identity for it: the interpreter and executable as found on PATH,
// and the variables that choose a Python. The CLI's cfn-lint version memo (lint-cache.ts) and its warm interpreter
// (warm-cfn-lint.ts) are both kept per identity, so neither is used by a run that would start another cfn-lint.
// The memo is read here and written by lint-cache.ts's probe. Kept apart from lint-cache.ts, whose imports the CLI's
// entry must not load: the entry reads the memo to start cfn-lint with the interpreter that imports it.
import { createHash } from '../../graders/engine/builtins.js';
import fs from 'node:fs';
import path from 'node:path';
import { cfnLintEnv } from '../../graders/engine/cfn-lint.js';

/** What the version memo needs: how cfn-lint would be started, and in what environment. */
export interface CfnLintInstall {
  /** The interpreter the grader runs cfn-lint with (`LABGRADE_PYTHON`, else `python3`). */
  python: string;
  /** The standalone executable it falls back to (`cfn-lint`, e.g. a pipx install). */
  executable: string;
  env: NodeJS.ProcessEnv;
}

/** The interpreter and executable the engine's runner uses under `env` (graders/engine/cfn-lint.ts). */
export function cfnLintInstall(env: NodeJS.ProcessEnv): CfnLintInstall {
  return { python: env['LABGRADE_PYTHON'] ?? 'python3', executable: 'cfn-lint', env };
}

/**
 * What decides which cfn-lint the runner starts: the commands as found on PATH (the file each resolves to, and when
 * it last changed), the variables that choose a Python (those cfn-lint is run with), and pyenv's global version.
 */
export function installIdentity(install: CfnLintInstall): string {
  const env = cfnLintEnv(install.env);
  const stamp = (cmd: string) => {
    const found = which(cmd, env);
    if (!found) return null;
    try {
      const real = fs.realpathSync(found);
      return `${real}:${Math.trunc(fs.statSync(real).mtimeMs)}`;
    } catch {
      return null;
    }
  };
  const pyenvRoot = env['PYENV_ROOT'] ?? (env['HOME'] ? path.join(env['HOME'], '.pyenv') : undefined);
  let pyenvGlobal: string | null = null;
  try {
    if (pyenvRoot) pyenvGlobal = fs.readFileSync(path.join(pyenvRoot, 'version'), 'utf8').trim();
  } catch {
    // No pyenv.
  }
  const chosen = ['PATH', 'PYTHONPATH', 'PYTHONHOME', 'VIRTUAL_ENV', 'PYENV_ROOT', 'PYENV_VERSION'];
  return JSON.stringify({
    python: [install.python, stamp(install.python)],
    executable: [install.executable, stamp(install.executable)],
    env: chosen.map((k) => env[k] ?? null),
    pyenvGlobal,
  });
}

/** A command as the operating system would find it on PATH (or the path itself, when it holds a separator). */
export function which(cmd: string, env: NodeJS.ProcessEnv): string | undefined {
  const exts = process.platform === 'win32' ? ['', '.exe', '.cmd', '.bat'] : [''];
  const candidates = cmd.includes('/') || cmd.includes(path.sep) ? [path.resolve(cmd)] : [];
  if (candidates.length === 0)
    for (const d of (env['PATH'] ?? '').split(path.delimiter)) if (d) candidates.push(path.join(d, cmd));
  for (const c of candidates)
    for (const e of exts) {
      try {
        if (fs.statSync(c + e).isFile()) return c + e;
      } catch {
        // Not here.
      }
    }
  return undefined;
}

/** Version memos, one per interpreter and environment (`npm run` puts other folders on PATH than a shell does). */
const MEMO_PREFIX = 'cfn-lint-version-';
export const memoFile = (dir: string, identity: string) =>
  path.join(dir, `${MEMO_PREFIX}${createHash('sha256').update(identity).digest('hex').slice(0, 16)}.json`);
export interface Memo {
  identity: string;
  version: string;
  metadata: string;
  /** The interpreter that found it: the runner's, or the one the standalone executable names (pipx). */
  python?: string;
  size: number;
  mtimeMs: number;
}

/**
 * The memo's version, and the interpreter that can import that cfn-lint, when it still holds (the same install, its
 * METADATA file unchanged); otherwise undefined.
 */
export function rememberedInstall(
  dir: string,
  install: CfnLintInstall,
  identity = installIdentity(install),
): { version: string; python: string } | undefined {
  try {
    const memo = JSON.parse(fs.readFileSync(memoFile(dir, identity), 'utf8')) as Memo;
    if (memo.identity === identity && typeof memo.version === 'string') {
      const st = fs.statSync(memo.metadata);
      if (st.size === memo.size && st.mtimeMs === memo.mtimeMs)
        return {
          version: memo.version,
          python: typeof memo.python === 'string' ? memo.python : install.python,
        };
    }
  } catch {
    // No memo, or one that cannot be read.
  }
  return undefined;
}
