// The CLI's cfn-lint cache on disk: one file per template text under node_modules/.cache/labgrade/lint/ of the
// repository that holds the CLI, beside the parse cache (parse-cache.ts), with the same design: keyed by content
// hash and versions, written aside and renamed, and an entry that cannot be read is a miss. Only the CLI keeps one
// (`grade`, `batch`): the action grades each commit once, and in the trusted job nothing the PR can write may feed
// the grade.
//
// An entry is only as good as the cfn-lint version in its key, and that version must be known before cfn-lint
// starts, or a cached run would cost the ~1 s start-up it exists to save (more with pyenv's shims, ~1 s each).
// So the version is remembered with where it came from: the installed distribution's METADATA file, found once by
// a small Python probe (importlib.metadata, no cfn-lint import), for one interpreter and environment. A later run
// that finds the same interpreter and environment, and that METADATA file unchanged (an upgrade or reinstall
// replaces it), takes the version from the memo without starting Python. Anything else: the memo is not used, every
// template is linted, and the probe runs beside cfn-lint to renew it. The engine checks the memo as well: when
// cfn-lint runs and reports another version than the memo said, every template is linted again.
import { spawn } from '../../graders/engine/builtins.js';
import fs from 'node:fs';
import os from 'node:os';
import { cfnLintEnv } from '../../graders/engine/cfn-lint.js';
import { isCachedFindings, type LintCache } from '../../graders/engine/lint-cache.js';
import { cliCacheDir, jsonEntries, writeAtomic } from './cache-store.js';
import {
  cfnLintInstall,
  installIdentity,
  memoFile,
  rememberedInstall,
  which,
  type CfnLintInstall,
  type Memo,
} from './cfn-lint-install.js';

/**
 * Enough for every template of a course several times over; past it the oldest entries go (a version memo among
 * them only costs one more probe).
 */
export const MAX_ENTRIES = 400;
const PROBE_TIMEOUT_MS = 30_000;

export function diskLintCache(
  dir: string,
  salt: string,
  install: CfnLintInstall,
  maxEntries = MAX_ENTRIES,
): LintCache {
  // The version memos sit among the entries and count towards maxEntries (losing one costs one more probe).
  const entries = jsonEntries(dir, (v) => (isCachedFindings(v) ? v : undefined), maxEntries);
  let version: Promise<string | undefined> | undefined;
  return {
    salt,
    cfnLintVersion() {
      version ??= rememberedVersion(dir, install);
      return version;
    },
    get: (key) => entries.get(key),
    set: (key, findings) => entries.set(key, [...findings]),
  };
}

/**
 * The CLI's cache for the repository at `repoRoot`, for the build `salt` describes (buildSalt); none when
 * LABGRADE_CACHE is `off`.
 */
export function cliLintCache(repoRoot: string, salt: string, env: NodeJS.ProcessEnv): LintCache | undefined {
  const dir = cliCacheDir(repoRoot, env, 'lint');
  return dir === undefined ? undefined : diskLintCache(dir, salt, cfnLintInstall(env));
}

/** The memo's version when it still holds; otherwise undefined, with a probe started to renew it. */
export async function rememberedVersion(dir: string, install: CfnLintInstall): Promise<string | undefined> {
  const identity = installIdentity(install);
  const known = rememberedInstall(dir, install, identity)?.version;
  if (known !== undefined) return known;
  // Not awaited: this run lints every template anyway, and the probe (Python without cfn-lint) ends before it.
  void probeInstall(install).then((found) => {
    if (!found) return;
    try {
      const st = fs.statSync(found.metadata);
      const memo: Memo = { identity, ...found, size: st.size, mtimeMs: st.mtimeMs };
      writeAtomic(dir, memoFile(dir, identity), JSON.stringify(memo));
    } catch {
      // The METADATA file it named is gone: nothing to remember.
    }
  });
  return undefined;
}

const PROBE = [
  'import json',
  'from importlib.metadata import distribution',
  'd = distribution("cfn-lint")',
  'p = getattr(d, "_path", None)',
  'print(json.dumps({"version": d.version, "metadata": str(p / "METADATA") if p is not None else None}))',
].join('\n');

/**
 * The installed cfn-lint's version and METADATA file, as the runner would find it: through its interpreter, else
 * through the interpreter named by the standalone executable's `#!` line (pip's console scripts, so pipx and
 * virtual environments). Undefined when neither tells.
 */
export async function probeInstall(
  install: CfnLintInstall,
): Promise<{ version: string; metadata: string; python: string } | undefined> {
  const viaPython = await probe(install.python, install.env);
  if (viaPython) return viaPython;
  const exe = which(install.executable, cfnLintEnv(install.env));
  if (!exe) return undefined;
  let first = '';
  try {
    const fd = fs.openSync(exe, 'r');
    const buf = Buffer.alloc(512);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    fs.closeSync(fd);
    first = buf.subarray(0, n).toString('utf8').split('\n')[0] ?? '';
  } catch {
    return undefined;
  }
  const interpreter = /^#!\s*(\/\S*python[\d.]*)\s*$/.exec(first)?.[1];
  return interpreter ? probe(interpreter, install.env) : undefined;
}

function probe(
  python: string,
  env: NodeJS.ProcessEnv,
): Promise<{ version: string; metadata: string; python: string } | undefined> {
  return new Promise((resolve) => {
    let out = '';
    let child;
    try {
      // Run where the runner runs cfn-lint (a temporary folder), so a `.python-version` in the learner's folder
      // cannot pick another Python for the probe than for cfn-lint.
      child = spawn(python, ['-c', PROBE], {
        cwd: os.tmpdir(),
        env: cfnLintEnv(env),
        stdio: ['ignore', 'pipe', 'ignore'],
        windowsHide: true,
        timeout: PROBE_TIMEOUT_MS,
      });
    } catch {
      return resolve(undefined);
    }
    child.stdout.on('data', (b: Buffer) => (out += b.toString('utf8')));
    child.once('error', () => resolve(undefined));
    child.once('close', (code) => {
      if (code !== 0) return resolve(undefined);
      try {
        const r = JSON.parse(out) as { version?: unknown; metadata?: unknown };
        resolve(
          typeof r.version === 'string' && typeof r.metadata === 'string'
            ? { version: r.version, metadata: r.metadata, python }
            : undefined,
        );
      } catch {
        resolve(undefined);
      }
    });
  });
}
