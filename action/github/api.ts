// The few GitHub REST calls the action makes, each paginated where GitHub paginates and retried where a
// failure can pass. Everything here goes through GITHUB_API_URL, so tests point it at a loopback server.
import * as github from '@actions/github';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { errorMessage } from '../util/errors.js';
import { retry } from '../util/retry.js';

/** Files of a PR read before the list is called incomplete (5 pages). */
export const MAX_PR_FILES = 500;

export type Octokit = ReturnType<typeof github.getOctokit>;

export interface Repo {
  owner: string;
  repo: string;
}

export interface PullRequest {
  number: number;
  state: string;
  head: { sha: string; repo: { full_name: string } | null };
  base: { ref: string; repo: { full_name: string } };
}

export interface IssueComment {
  id: number;
  body?: string;
  user: { login: string; type?: string } | null;
  html_url?: string;
}

/** HTTP status of an Octokit error, if it is one. */
export function statusOf(e: unknown): number | undefined {
  const s = (e as { status?: unknown })?.status;
  return typeof s === 'number' ? s : undefined;
}

/** 5xx and rate limits pass; a 403 that is not a rate limit (a read-only token) does not. */
function retryable(e: unknown): number | boolean {
  const status = statusOf(e);
  const headers = ((e as { response?: { headers?: Record<string, string> } })?.response?.headers ??
    {}) as Record<string, string>;
  if (
    status === 429 ||
    (status === 403 && (headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined))
  ) {
    const after = Number(headers['retry-after']);
    return Number.isFinite(after) && after > 0 ? after * 1000 : true;
  }
  return status !== undefined && status >= 500;
}

export class GitHubApi {
  constructor(
    private readonly octokit: Octokit,
    readonly repo: Repo,
    private readonly log: (m: string) => void = () => {},
  ) {}

  static create(token: string, repo: Repo, log?: (m: string) => void): GitHubApi {
    // getOctokit reads GITHUB_API_URL for the base URL (GitHub Enterprise, or a test server).
    return new GitHubApi(github.getOctokit(token), repo, log);
  }

  private call<T>(label: string, fn: () => Promise<T>): Promise<T> {
    // The action's end-to-end tests run it as a child process, where no clock can be injected: they shorten the
    // back-off through this variable instead.
    const base = Number(process.env['LABGRADE_RETRY_BASE_MS']);
    return retry(fn, {
      label,
      retryable,
      log: this.log,
      ...(Number.isFinite(base) && base >= 0 ? { baseMs: base } : {}),
    });
  }

  /** The repository's open pull requests, oldest first, reading at most `max` of them (pages of 100). */
  async listOpenPulls(max: number): Promise<{ pulls: PullRequest[]; complete: boolean }> {
    let complete = true;
    const pulls = await this.call('list the open pull requests', () => {
      complete = true;
      let read = 0;
      return this.octokit.paginate(
        'GET /repos/{owner}/{repo}/pulls',
        { ...this.repo, state: 'open', sort: 'created', direction: 'asc', per_page: 100 },
        (response, done) => {
          const page = response.data as unknown as PullRequest[];
          read += page.length;
          if (read >= max && response.headers.link?.includes('rel="next"')) {
            complete = false;
            done();
          }
          return page;
        },
      );
    });
    return { pulls: pulls as unknown as PullRequest[], complete };
  }

  /**
   * When a commit was handed in: when GitHub first started a `pull_request` workflow run for it, the moment the
   * workflow_run path counts (its run's `created_at`), recorded by GitHub rather than written by the learner's
   * git. Null when no such run can be read (none left, or the job lacks `actions: read`).
   */
  async firstPullRequestRun(sha: string): Promise<Date | null> {
    try {
      const r = await this.call(`list the runs of ${sha.slice(0, 7)}`, () =>
        this.octokit.request('GET /repos/{owner}/{repo}/actions/runs', {
          ...this.repo,
          head_sha: sha,
          event: 'pull_request',
          per_page: 100,
        }),
      );
      const runs = (r.data as { workflow_runs?: { created_at?: unknown }[] }).workflow_runs ?? [];
      const times = runs
        .map((w) => (typeof w.created_at === 'string' ? Date.parse(w.created_at) : NaN))
        .filter((t) => Number.isFinite(t));
      return times.length ? new Date(Math.min(...times)) : null;
    } catch (e) {
      this.log(`Could not read the workflow runs of ${sha.slice(0, 7)}: ${errorMessage(e)}`);
      return null;
    }
  }

  async getPull(number: number): Promise<PullRequest> {
    const r = await this.call(`get PR #${number}`, () =>
      this.octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
        ...this.repo,
        pull_number: number,
      }),
    );
    return r.data as unknown as PullRequest;
  }

  /**
   * The paths a PR touches, reading at most `maxFiles` of them (pages of 100): a push of thousands of files must
   * not cost thousands of calls. `complete` is false when there were more.
   */
  async listPullFiles(
    number: number,
    maxFiles = MAX_PR_FILES,
  ): Promise<{ files: string[]; complete: boolean }> {
    let complete = true;
    const files = await this.call(`list files of PR #${number}`, () => {
      complete = true;
      let read = 0;
      return this.octokit.paginate(
        'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
        { ...this.repo, pull_number: number, per_page: 100 },
        (response, done) => {
          const page = response.data as { filename: string; previous_filename?: string }[];
          read += page.length;
          if (read >= maxFiles && response.headers.link?.includes('rel="next"')) {
            complete = false;
            done();
          }
          return page;
        },
      );
    });
    // A renamed file touches both names.
    return {
      files: files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename])),
      complete,
    };
  }

  async listComments(issue: number): Promise<IssueComment[]> {
    const comments = await this.call(`list comments of #${issue}`, () =>
      this.octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...this.repo,
        issue_number: issue,
        per_page: 100,
      }),
    );
    return comments as unknown as IssueComment[];
  }

  async createComment(issue: number, body: string): Promise<IssueComment> {
    const r = await this.call(`comment on #${issue}`, () =>
      this.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...this.repo,
        issue_number: issue,
        body,
      }),
    );
    return r.data as unknown as IssueComment;
  }

  async updateComment(id: number, body: string): Promise<IssueComment> {
    const r = await this.call(`update comment ${id}`, () =>
      this.octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        ...this.repo,
        comment_id: id,
        body,
      }),
    );
    return r.data as unknown as IssueComment;
  }

  async createStatus(
    sha: string,
    status: {
      state: 'success' | 'failure' | 'error';
      context: string;
      description: string;
      target_url: string;
    },
  ): Promise<void> {
    await this.call(`set status on ${sha.slice(0, 7)}`, () =>
      this.octokit.request('POST /repos/{owner}/{repo}/statuses/{sha}', { ...this.repo, sha, ...status }),
    );
  }

  /**
   * The repository at `ref` as one gzipped tarball, streamed: one API call, whatever the number of files. GitHub
   * answers with a redirect to its archive host, which fetch follows (dropping the token on the way, as fetch does
   * for another origin; the redirect URL carries its own short-lived grant).
   */
  async downloadTarball(ref: string): Promise<Readable> {
    const r = await this.call(`download the tarball of ${ref.slice(0, 7)}`, () =>
      this.octokit.request('GET /repos/{owner}/{repo}/tarball/{ref}', {
        ...this.repo,
        ref,
        request: { parseSuccessResponseBody: false },
      }),
    );
    const body = r.data as unknown;
    if (body instanceof ReadableStream) return Readable.fromWeb(body as WebReadableStream<Uint8Array>);
    // Without a body stream (another fetch), octokit hands back what it read.
    if (body instanceof ArrayBuffer) return Readable.from([Buffer.from(body)]);
    if (Buffer.isBuffer(body)) return Readable.from([body]);
    throw new Error('GitHub sent no archive for the tarball request');
  }
}
