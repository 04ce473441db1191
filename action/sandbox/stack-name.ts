// Stack names and tags. A name carries the prefix, the repository, the PR (or the run), the run id and attempt,
// the lab and the short SHA, so a re-run never adopts someone else's stack and an instructor can tell from the
// console whose stack it is. Tags carry the same facts plus the TTL the janitor reads.
import type { Tag } from '@aws-sdk/client-cloudformation';

/**
 * Which run a deploy belongs to, as stack names and tags record it; built from the GitHub environment by
 * `runIdentityFromEnv`. Not the GitHub event context (action/run/context.ts): only what identifies the run.
 */
export interface RunIdentity {
  /** owner/name */
  repository: string;
  runId: string;
  runAttempt: string;
  /** Full commit SHA of the graded submission. */
  sha: string;
  /** Decided by `pullRequestNumber` (action/run/context.ts); null: the run id stands in. */
  prNumber: number | null;
}

/** CloudFormation: a letter, then letters, digits and hyphens, 128 characters at most. */
export const STACK_NAME_PATTERN = /^[A-Za-z][-A-Za-z0-9]*$/;
export const MAX_STACK_NAME = 128;

export const TAG = {
  managedBy: 'labgrade:managed-by',
  lab: 'labgrade:lab',
  repository: 'labgrade:repository',
  pr: 'labgrade:pr',
  runId: 'labgrade:run-id',
  sha: 'labgrade:sha',
  expiresAt: 'labgrade:expires-at',
} as const;

/** The value of the managed-by tag; the janitor deletes nothing without it. */
export const MANAGED_BY = 'labgrade';

export function runIdentityFromEnv(env: NodeJS.ProcessEnv, prNumber: number | null): RunIdentity {
  return {
    repository: env['GITHUB_REPOSITORY'] || 'local/repository',
    runId: env['GITHUB_RUN_ID'] || String(Date.now()),
    runAttempt: env['GITHUB_RUN_ATTEMPT'] || '1',
    sha: env['GITHUB_SHA'] || '0000000',
    prNumber,
  };
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function stackName(prefix: string, run: RunIdentity, labId: string): string {
  const who = run.prNumber === null ? `run${slug(run.runId)}` : `pr${run.prNumber}-${slug(run.runId)}`;
  const tail = [who, slug(run.runAttempt) || '1', slug(labId), slug(run.sha).slice(0, 7) || 'nosha']
    .filter(Boolean)
    .join('-');
  const repo = slug(run.repository.split('/').pop() ?? '') || 'repo';
  // The repository name is the only part without a natural bound, so it is the part that gets shortened.
  const room = MAX_STACK_NAME - prefix.length - tail.length - 2;
  const parts = room > 0 ? [prefix, repo.slice(0, room).replace(/-+$/, ''), tail] : [prefix, tail];
  let name = parts.filter(Boolean).join('-').slice(0, MAX_STACK_NAME).replace(/-+$/, '');
  if (!/^[A-Za-z]/.test(name)) name = `s${name}`.slice(0, MAX_STACK_NAME);
  return name;
}

export function stackTags(run: RunIdentity, labId: string, expiresAt: Date): Tag[] {
  return [
    { Key: TAG.managedBy, Value: MANAGED_BY },
    { Key: TAG.lab, Value: labId },
    { Key: TAG.repository, Value: run.repository },
    { Key: TAG.pr, Value: run.prNumber === null ? 'none' : String(run.prNumber) },
    { Key: TAG.runId, Value: `${run.runId}-${run.runAttempt}` },
    { Key: TAG.sha, Value: run.sha },
    { Key: TAG.expiresAt, Value: expiresAt.toISOString() },
  ];
}
