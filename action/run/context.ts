// What the action needs from the workflow run's environment, read once from @actions/github's context
// (GITHUB_EVENT_PATH, GITHUB_REPOSITORY, GITHUB_SERVER_URL, GITHUB_RUN_ID…).
import * as github from '@actions/github';

export interface RunContext {
  eventName: string;
  payload: Record<string, unknown>;
  owner: string;
  repo: string;
  sha: string;
  serverUrl: string;
  runId: number;
  /** The ref GitHub checked out: `refs/pull/<N>/merge` for a pull_request run. */
  ref: string;
  /** The PR the triggering event is about (pull_request events), if any. */
  pr: { number: number; headSha: string } | null;
}

export function readContext(): RunContext {
  const c = github.context;
  const pr = c.payload.pull_request as { number?: unknown; head?: { sha?: unknown } } | undefined;
  const [owner = '', repo = ''] = (process.env['GITHUB_REPOSITORY'] ?? '/').split('/');
  return {
    eventName: c.eventName,
    payload: c.payload as Record<string, unknown>,
    owner,
    repo,
    sha: c.sha,
    serverUrl: c.serverUrl,
    runId: c.runId,
    ref: c.ref,
    pr:
      pr && typeof pr.number === 'number' && typeof pr.head?.sha === 'string'
        ? { number: pr.number, headSha: pr.head.sha }
        : null,
  };
}

export function runUrl(ctx: RunContext): string {
  return `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}`;
}

/**
 * The pull request a run's sandbox stacks belong to (their names and `labgrade:pr` tag), decided here and nowhere
 * else. The 'pr-number' input wins, because deploy.yml runs on workflow_run or workflow_dispatch, whose events
 * carry no pull request; then the triggering pull_request event; then the PR ref GitHub checked out
 * (`refs/pull/<N>/merge` or `/head`). Null when there is none: the stack name then carries the run id.
 */
export function pullRequestNumber(input: number | null, ctx: Pick<RunContext, 'pr' | 'ref'>): number | null {
  if (input !== null) return input;
  if (ctx.pr) return ctx.pr.number;
  const m = /^refs\/pull\/([1-9][0-9]{0,9})\/(merge|head)$/.exec(ctx.ref);
  return m?.[1] ? Number(m[1]) : null;
}
