// collect.yml grades a class in shards, one runner each; the final job merges the shards' class reports into one.
// Shards must come from the same grader and course (same labs and points), or their scores would not compare.
// Copies across shards are found again from the fingerprints each shard recorded; reference matches are kept as
// each shard found them (every shard compares with the same references).
import type { ClassReport } from './class-report.js';
import { ClassReportSchema } from './class-report.js';
import { flagCopies } from './copies.js';

export class MergeError extends Error {}

/** Reads one shard's JSON, refusing anything that is not a class report (named by `source` in the error). */
export function parseClassReport(source: string, text: string): ClassReport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new MergeError(`'${source}' is not JSON: ${(e as Error).message}`);
  }
  const r = ClassReportSchema.safeParse(json);
  if (!r.success) {
    const first = r.error.issues[0]!;
    throw new MergeError(
      `'${source}' is not a labgrade class report: ${first.path.map(String).join('.') || '(top level)'}: ${first.message}`,
    );
  }
  return r.data;
}

export function mergeClassReports(shards: readonly ClassReport[], sources: readonly string[]): ClassReport {
  const [first] = shards;
  if (!first) throw new MergeError('no class report to merge');
  const labsKey = (r: ClassReport) => JSON.stringify(r.labs);
  shards.forEach((s, i) => {
    if (labsKey(s) !== labsKey(first))
      throw new MergeError(
        `'${sources[i]}' was graded with other labs, points or due dates than '${sources[0]}'; grade every shard with the same course configuration`,
      );
    if (s.tool.version !== first.tool.version)
      throw new MergeError(
        `'${sources[i]}' was graded by ${s.tool.name} ${s.tool.version}, '${sources[0]}' by ${first.tool.version}; grade every shard with the same grader`,
      );
  });
  const seen = new Set<string>();
  const submissions = shards.flatMap((s) => s.submissions);
  for (const s of submissions) {
    if (seen.has(s.id))
      throw new MergeError(
        `submission '${s.id}' is in more than one shard; each learner belongs to one shard`,
      );
    seen.add(s.id);
  }
  const flags = flagCopies(
    submissions.map((s) => ({
      id: s.id,
      fingerprints: s.fingerprints,
      referenceLabs: new Set(
        s.flags.filter((f) => f.matches.some((m) => m.kind === 'reference')).map((f) => f.lab),
      ),
    })),
  );
  return {
    ...first,
    tool: { ...first.tool, cfnLint: shards.find((s) => s.tool.cfnLint)?.tool.cfnLint ?? null },
    gradedAt: shards
      .map((s) => s.gradedAt)
      .sort()
      .at(-1)!,
    submissions: submissions.map((s) => ({ ...s, flags: flags.get(s.id) ?? [] })),
  };
}
