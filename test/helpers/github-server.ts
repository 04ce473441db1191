// A loopback stand-in for the GitHub REST API, speaking its shapes for the endpoints the action uses,
// with Link pagination, per-token permissions and injectable faults (403, 422, 5xx, rate limits).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import * as tar from 'tar-stream';

/** What a path holds in a commit: file content, or an entry a learner can commit that is not a regular file. */
export type CommitEntry =
  | string
  | Buffer
  | { symlink: string }
  | { hardlink: string }
  | { special: 'fifo' | 'character-device' | 'block-device' }
  /** An empty folder: what `git archive` writes for a submodule. */
  | { dir: true };

export interface Comment {
  id: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
  created_at: string;
  updated_at: string;
}

export interface Pull {
  number: number;
  state: 'open' | 'closed';
  head: { sha: string; ref: string; repo: { full_name: string } };
  base: { ref: string; repo: { full_name: string } };
}

export interface Fault {
  method: string;
  /** Matched against the path without the query string. */
  path: RegExp;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** How many requests it answers before it is used up. */
  times?: number;
}

export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  token: string | null;
  body: unknown;
}

export interface FakeGitHubOptions {
  repo: string; // owner/name
  /** Tokens that may read but not write (a fork PR's token). */
  readOnlyTokens?: string[];
  /** Login each token acts as; default github-actions[bot]. */
  logins?: Record<string, string>;
  maxCommentChars?: number;
}

export interface TarEntry {
  header: Partial<tar.Header> & { name: string };
  body?: Buffer;
}

/** Packs raw entries (any name, any type, as an attacker could) into a gzipped tar, in-process. */
export async function gzipTar(entries: readonly TarEntry[]): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  const gz = zlib.createGzip();
  gz.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    gz.on('end', resolve);
    gz.on('error', reject);
  });
  pack.pipe(gz);
  for (const { header, body } of entries)
    await new Promise<void>((resolve, reject) => {
      const cb = (err?: Error | null) => (err ? reject(err) : resolve());
      if (body) pack.entry(header, body, cb);
      else (pack.entry(header, cb) as unknown as { end(): void }).end();
    });
  pack.finalize();
  await ended;
  return Buffer.concat(chunks);
}

/** A commit as GitHub's tarball lays it out: one `<top>` folder, then the repository's folders and entries. */
export function commitTarball(top: string, files: Record<string, CommitEntry>): Promise<Buffer> {
  const entries: TarEntry[] = [{ header: { name: top, type: 'directory', mode: 0o755 } }];
  const dirs = new Set<string>();
  for (const p of Object.keys(files).sort()) {
    const parts = p.split('/');
    for (let i = 1; i < parts.length; i++) {
      const d = parts.slice(0, i).join('/');
      if (!dirs.has(d)) {
        dirs.add(d);
        entries.push({ header: { name: `${top}${d}/`, type: 'directory', mode: 0o755 } });
      }
    }
    const e = files[p]!;
    const name = `${top}${p}`;
    if (typeof e === 'string' || Buffer.isBuffer(e))
      entries.push({ header: { name, type: 'file', mode: 0o644 }, body: Buffer.from(e) });
    else if ('symlink' in e)
      entries.push({ header: { name, type: 'symlink', linkname: e.symlink, mode: 0o777 } });
    else if ('hardlink' in e)
      entries.push({ header: { name, type: 'link', linkname: `${top}${e.hardlink}`, mode: 0o644 } });
    else if ('special' in e) entries.push({ header: { name, type: e.special, mode: 0o644 } });
    else entries.push({ header: { name: `${name}/`, type: 'directory', mode: 0o755 } });
  }
  return gzipTar(entries);
}

export class FakeGitHub {
  url = '';
  readonly comments = new Map<number, Comment[]>();
  readonly pulls = new Map<number, Pull>();
  readonly pullFiles = new Map<number, string[]>();
  /** Commits by SHA, served as tarballs built in-process like GitHub's (`<owner>-<repo>-<sha7>/…`). */
  readonly commits = new Map<string, Record<string, CommitEntry>>();
  readonly faults: Fault[] = [];
  readonly statuses: {
    sha: string;
    state: string;
    context: string;
    description: string;
    target_url: string;
  }[] = [];
  readonly requests: Recorded[] = [];
  private nextId = 1000;
  private server: http.Server | null = null;

  constructor(private readonly opts: FakeGitHubOptions) {}

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      req.on('end', () => this.handle(req, res, raw));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  addComment(issue: number, body: string, login = 'someone'): Comment {
    const c: Comment = {
      id: this.nextId++,
      body,
      user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      html_url: `https://github.com/${this.opts.repo}/pull/${issue}#issuecomment-${this.nextId}`,
      created_at: '2026-11-26T00:00:00Z',
      updated_at: '2026-11-26T00:00:00Z',
    };
    this.comments.set(issue, [...(this.comments.get(issue) ?? []), c]);
    return c;
  }

  /** Adds a commit (path → entry) so the trusted regrade can fetch it as a tarball. */
  addCommit(sha: string, files: Record<string, CommitEntry>): void {
    this.commits.set(sha, files);
  }

  /** Requests to the REST API (what the rate limit counts); the archive host's download is not one. */
  apiCalls(): Recorded[] {
    return this.requests.filter((r) => r.path.startsWith('/repos/'));
  }

  /** A gzipped tarball of a commit, as GitHub's archive host sends it. */
  private tarball(sha: string): Promise<Buffer> {
    return commitTarball(
      `${this.opts.repo.replace('/', '-')}-${sha.slice(0, 7)}/`,
      this.commits.get(sha) ?? {},
    );
  }

  private send(
    res: http.ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(body === undefined ? '' : JSON.stringify(body));
  }

  private paginate(res: http.ServerResponse, url: URL, items: unknown[]): void {
    const per = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
    const page = Number(url.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / per));
    const link = (p: number, rel: string) => {
      const u = new URL(url.toString());
      u.searchParams.set('page', String(p));
      u.searchParams.set('per_page', String(per));
      return `<${u.toString()}>; rel="${rel}"`;
    };
    const links = [];
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    this.send(
      res,
      200,
      items.slice((page - 1) * per, page * per),
      links.length ? { link: links.join(', ') } : {},
    );
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse, raw: string): void {
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const token = (req.headers.authorization ?? '').replace(/^(token|bearer)\s+/i, '') || null;
    let body: unknown = undefined;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    this.requests.push({ method, path: url.pathname, query: url.searchParams, token, body });

    const fault = this.faults.find(
      (f) => f.method === method && f.path.test(url.pathname) && (f.times ?? 1) > 0,
    );
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      return this.send(res, fault.status, fault.body ?? { message: `fault ${fault.status}` }, fault.headers);
    }
    const repo = `/repos/${this.opts.repo}`;
    const login = (token && this.opts.logins?.[token]) ?? 'github-actions[bot]';
    const readOnly = token !== null && (this.opts.readOnlyTokens ?? []).includes(token);
    const forbidden = () =>
      this.send(
        res,
        403,
        {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest',
          status: '403',
        },
        { 'x-accepted-github-permissions': 'issues=write; pull_requests=write' },
      );
    let m: RegExpExecArray | null;

    if (method === 'GET' && (m = new RegExp(`^${repo}/pulls/(\\d+)$`).exec(url.pathname))) {
      const pr = this.pulls.get(Number(m[1]));
      return pr ? this.send(res, 200, pr) : this.send(res, 404, { message: 'Not Found' });
    }
    if (method === 'GET' && (m = new RegExp(`^${repo}/pulls/(\\d+)/files$`).exec(url.pathname))) {
      const files = (this.pullFiles.get(Number(m[1])) ?? []).map((filename) => ({
        filename,
        status: 'modified',
        additions: 1,
        deletions: 0,
        changes: 1,
      }));
      return this.paginate(res, url, files);
    }
    if (method === 'GET' && (m = new RegExp(`^${repo}/issues/(\\d+)/comments$`).exec(url.pathname))) {
      return this.paginate(res, url, this.comments.get(Number(m[1])) ?? []);
    }
    if (method === 'POST' && (m = new RegExp(`^${repo}/issues/(\\d+)/comments$`).exec(url.pathname))) {
      if (readOnly) return forbidden();
      const text = String((body as { body?: unknown })?.body ?? '');
      if (text.length > (this.opts.maxCommentChars ?? 65_536)) return this.tooLong(res);
      return this.send(res, 201, this.addComment(Number(m[1]), text, login));
    }
    if (method === 'PATCH' && (m = new RegExp(`^${repo}/issues/comments/(\\d+)$`).exec(url.pathname))) {
      if (readOnly) return forbidden();
      const text = String((body as { body?: unknown })?.body ?? '');
      if (text.length > (this.opts.maxCommentChars ?? 65_536)) return this.tooLong(res);
      for (const list of this.comments.values()) {
        const c = list.find((x) => x.id === Number(m![1]));
        if (c) {
          if (c.user.login !== login) return forbidden();
          c.body = text;
          c.updated_at = '2026-11-26T01:00:00Z';
          return this.send(res, 200, c);
        }
      }
      return this.send(res, 404, { message: 'Not Found' });
    }
    if (method === 'POST' && (m = new RegExp(`^${repo}/statuses/([0-9a-f]{40})$`).exec(url.pathname))) {
      if (readOnly) return forbidden();
      const b = body as { state: string; context: string; description: string; target_url: string };
      this.statuses.push({
        sha: m[1]!,
        state: b.state,
        context: b.context,
        description: b.description,
        target_url: b.target_url,
      });
      return this.send(res, 201, { id: this.nextId++, ...b });
    }
    if (method === 'GET' && (m = new RegExp(`^${repo}/tarball/([^/]+)$`).exec(url.pathname))) {
      const ref = decodeURIComponent(m[1]!);
      if (!this.commits.has(ref)) return this.send(res, 404, { message: 'Not Found' });
      // GitHub redirects to its archive host; fetch follows the redirect.
      res.writeHead(302, { location: `${this.url}/_codeload/${encodeURIComponent(ref)}.tar.gz` });
      return void res.end();
    }
    if (method === 'GET' && (m = /^\/_codeload\/([^/]+)\.tar\.gz$/.exec(url.pathname))) {
      const ref = decodeURIComponent(m[1]!);
      if (!this.commits.has(ref)) return this.send(res, 404, { message: 'Not Found' });
      this.tarball(ref).then(
        (buf) => {
          res.writeHead(200, { 'content-type': 'application/x-gzip', 'content-length': String(buf.length) });
          res.end(buf);
        },
        (e: unknown) => this.send(res, 500, { message: String(e) }),
      );
      return;
    }
    return this.send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  }

  private tooLong(res: http.ServerResponse): void {
    this.send(res, 422, {
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'custom',
          field: 'body',
          message: 'body is too long (maximum is 65536 characters)',
        },
      ],
      documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      status: '422',
    });
  }

  commentsOn(issue: number): Comment[] {
    return this.comments.get(issue) ?? [];
  }
}
