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
  /** The PR this run is about (pull_request events), if any. */
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
    pr:
      pr && typeof pr.number === 'number' && typeof pr.head?.sha === 'string'
        ? { number: pr.number, headSha: pr.head.sha }
        : null,
  };
}

export function runUrl(ctx: RunContext): string {
  return `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}`;
}
