// What `labgrade` does once its entry (index.ts) has started cfn-lint: builds the disk caches of the repository
// that holds the CLI, takes the warm cfn-lint the previous run left (warm-cfn-lint.ts) and runs main, then leaves
// one for the next run. Kept out of the entry so the entry chunk stays small: it is compiled on every run, before
// Node's compile cache is on.
import path from 'node:path';
import { prestartCfnLint, type PrestartedCfnLint } from '../../graders/engine/cfn-lint.js';
import { buildSalt } from './cache-store.js';
import { cfnLintInstall, rememberedInstall } from './cfn-lint-install.js';
import { cliLintCache } from './lint-cache.js';
import { main } from './main.js';
import type { Output } from './output.js';
import { cliParseCache } from './parse-cache.js';
import { cliResultCache } from './result-cache.js';
import type { WarmCfnLint } from './warm-cfn-lint.js';

/**
 * Runs the CLI with `args` for the bundle in `buildDir` (dist/cli), two folders below the repository root. `python`
 * is the interpreter cfn-lint was started with, when the version memo chose it; `out` is where it prints.
 */
export async function runCli(
  args: string[],
  buildDir: string,
  prestarted: PrestartedCfnLint | undefined,
  warm: WarmCfnLint | undefined,
  python: string | undefined,
  out: { stdout: Output; stderr: Output },
): Promise<number> {
  const repoRoot = path.resolve(buildDir, '..', '..');
  const debug = args.includes('--debug') || Boolean(process.env['LABGRADE_DEBUG']);
  if (debug && prestarted && python)
    out.stderr.write(`debug: cfn-lint: started with ${python}, the interpreter that imported it last time\n`);
  let cfnLint = prestarted;
  let claimed: PrestartedCfnLint | undefined;
  if (warm && !prestarted) {
    claimed = await warm.claim();
    if (debug)
      out.stderr.write(
        claimed
          ? `debug: cfn-lint: using the warm interpreter recorded in ${warm.record}\n`
          : 'debug: cfn-lint: the recorded warm interpreter did not answer; starting a new one\n',
      );
    cfnLint = claimed ?? prestartCfnLint(python ? { python } : {});
  }
  const salt = buildSalt(buildDir);
  const lintCache = cliLintCache(repoRoot, salt, process.env);
  try {
    return await main(args, {
      stdout: out.stdout,
      stderr: out.stderr,
      env: process.env,
      parseCache: cliParseCache(repoRoot, salt, process.env),
      lintCache,
      resultCache: cliResultCache(repoRoot, salt, process.env),
      // It checks entries with zod, which a run that synthesizes nothing need not load.
      synthCache: args.includes('--no-synth')
        ? undefined
        : (await import('./synth-cache.js')).cliSynthCache(repoRoot, salt, process.env),
      prestartedCfnLint: cfnLint,
    });
  } finally {
    if (cfnLint !== prestarted) cfnLint?.cancel();
    // Only where cfn-lint is known to be installed (its version memo holds), and with the interpreter that imported
    // it (a pipx install's own, when the runner's python3 has none), so no run leaves one that cannot import it.
    const known = warm
      ? rememberedInstall(path.dirname(warm.record), cfnLintInstall(process.env))
      : undefined;
    if (warm && known) {
      const pid = warm.replenish(known.python);
      if (debug && pid !== undefined)
        out.stderr.write(`debug: cfn-lint: left a warm interpreter (pid ${pid})\n`);
    }
  }
}
