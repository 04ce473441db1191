// The CLI's synth cache on disk: one file per synthesized template under node_modules/.cache/labgrade/synth/, keyed
// by everything the synth could read (graders/engine/cdk/source.ts), so an app that has not changed is not run
// again. Only the CLI keeps one (`grade`, and `batch --synth`): the action grades each commit once, and the trusted
// job never synthesizes. An entry that cannot be read or does not have the expected shape is a miss.
import { z } from 'zod';
import type { CachedSynth, SynthCache } from '../../graders/engine/cdk/source.js';
import { FindingSchema } from '../../graders/engine/report.js';
import { cliCacheDir, jsonEntries } from './cache-store.js';

/** Every CDK lab of a course a few times over; a template is up to 1 MiB, so past this the oldest go. */
export const MAX_ENTRIES = 60;

const Location = z.object({ file: z.string(), line: z.number(), column: z.number() });
const Entry = z.object({
  text: z.string(),
  info: z.object({
    stack: z.string(),
    templatePath: z.string(),
    by: z.enum(['grader', 'artifact']),
    resources: z.record(z.string(), z.object({ path: z.string(), source: Location.exactOptional() })),
    annotations: z.array(FindingSchema),
  }),
});

export function diskSynthCache(dir: string, salt: string, maxEntries = MAX_ENTRIES): SynthCache {
  const entries = jsonEntries(
    dir,
    (v) => {
      const entry = Entry.safeParse(v);
      return entry.success ? (entry.data as CachedSynth) : undefined;
    },
    maxEntries,
  );
  return { salt, get: (key) => entries.get(key), set: (key, value) => entries.set(key, value) };
}

/**
 * The CLI's synth cache for the repository at `repoRoot`, for the build `salt` describes (buildSalt); none when
 * LABGRADE_CACHE is `off`.
 */
export function cliSynthCache(
  repoRoot: string,
  salt: string,
  env: NodeJS.ProcessEnv,
): SynthCache | undefined {
  const dir = cliCacheDir(repoRoot, env, 'synth');
  return dir === undefined ? undefined : diskSynthCache(dir, salt);
}
