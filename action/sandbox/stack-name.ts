// Stack names and tags. A name carries the prefix, the repository, the PR (or the run), the run id and attempt,
// the lab and the short SHA, so a re-run never adopts someone else's stack and an instructor can tell from the
// console whose stack it is. Tags carry the same facts plus the TTL the janitor reads.
import type { Tag } from '@aws-sdk/client-cloudformation';

/** Who and what a deploy belongs to; built from the GitHub environment by `runContextFromEnv`. */
export interface RunContext {
  /** owner/name */
  repository: string;
  runId: string;
  runAttempt: string;
  /** Full commit SHA of the graded submission. */
  sha: string;
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

export function runContextFromEnv(env: NodeJS.ProcessEnv, prNumber: number | null): RunContext {
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

export function stackName(prefix: string, ctx: RunContext, labId: string): string {
  const who = ctx.prNumber === null ? `run${slug(ctx.runId)}` : `pr${ctx.prNumber}-${slug(ctx.runId)}`;
  const tail = [who, slug(ctx.runAttempt) || '1', slug(labId), slug(ctx.sha).slice(0, 7) || 'nosha']
    .filter(Boolean)
    .join('-');
  const repo = slug(ctx.repository.split('/').pop() ?? '') || 'repo';
  // The repository name is the only part without a natural bound, so it is the part that gets shortened.
  const room = MAX_STACK_NAME - prefix.length - tail.length - 2;
  const parts = room > 0 ? [prefix, repo.slice(0, room).replace(/-+$/, ''), tail] : [prefix, tail];
  let name = parts.filter(Boolean).join('-').slice(0, MAX_STACK_NAME).replace(/-+$/, '');
  if (!/^[A-Za-z]/.test(name)) name = `s${name}`.slice(0, MAX_STACK_NAME);
  return name;
}

export function stackTags(ctx: RunContext, labId: string, expiresAt: Date): Tag[] {
  return [
    { Key: TAG.managedBy, Value: MANAGED_BY },
    { Key: TAG.lab, Value: labId },
    { Key: TAG.repository, Value: ctx.repository },
    { Key: TAG.pr, Value: ctx.prNumber === null ? 'none' : String(ctx.prNumber) },
    { Key: TAG.runId, Value: `${ctx.runId}-${ctx.runAttempt}` },
    { Key: TAG.sha, Value: ctx.sha },
    { Key: TAG.expiresAt, Value: expiresAt.toISOString() },
  ];
}
