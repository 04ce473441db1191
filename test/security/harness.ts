// What the attack tests share: a loopback GitHub with one open fork PR, the untrusted `evaluate` job and the trusted
// `report` job, each run as the runner runs them (the built bundle as a child process, configured through the
// environment; see test/helpers/run-action.ts for which bundle).
import fs from 'node:fs';
import path from 'node:path';
import { FakeGitHub, type CommitEntry } from '../helpers/github-server.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { tmpDir } from '../helpers/tmp.js';
import { LABS } from '../../graders/index.js';
import type { Report } from '../../graders/engine/types.js';

export const REPO_NAME = 'course/aws-container-labs';
export const HEAD = '5f1e2d3c4b5a69788796a5b4c3d2e1f001122334';
export const PR = 7;
export const TOTAL = LABS.reduce((n, l) => n + l.items.reduce((a, i) => a + i.points, 0), 0);
/** One run of the bundle can take several seconds on a busy 2-core machine; a test may start two. */
export const PROCESS_TIMEOUT = 60_000;

export async function startGitHub(): Promise<FakeGitHub> {
  const gh = await new FakeGitHub({ repo: REPO_NAME }).start();
  gh.pulls.set(PR, {
    number: PR,
    state: 'open',
    head: { sha: HEAD, ref: 'my-work', repo: { full_name: 'learner/aws-container-labs' } },
    base: { ref: 'main', repo: { full_name: REPO_NAME } },
  });
  return gh;
}

const pullRequestPayload = () => ({
  action: 'synchronize',
  number: PR,
  pull_request: {
    number: PR,
    state: 'open',
    head: { sha: HEAD, repo: { full_name: 'learner/aws-container-labs' } },
  },
  repository: { full_name: REPO_NAME, name: 'aws-container-labs', owner: { login: 'course' } },
});

const workflowRunPayload = () => ({
  action: 'completed',
  workflow_run: {
    id: 9001,
    name: 'Grade',
    path: '.github/workflows/grade.yml',
    event: 'pull_request',
    conclusion: 'success',
    head_sha: HEAD,
    pull_requests: [],
    repository: { full_name: REPO_NAME },
    head_repository: { full_name: 'learner/aws-container-labs' },
  },
  repository: { full_name: REPO_NAME, name: 'aws-container-labs', owner: { login: 'course' } },
});

/** The untrusted job on a learner's checkout: what it writes is the artifact the trusted job reads. */
export async function evaluate(gh: FakeGitHub, workspace: string): Promise<string> {
  const out = path.join(tmpDir(), 'artifact');
  const r = await runAction({
    cwd: workspace,
    inputs: { mode: 'evaluate', 'github-token': '', 'report-dir': out, lint: 'false' },
    eventName: 'pull_request',
    payload: pullRequestPayload(),
    repository: REPO_NAME,
    apiUrl: gh.url,
  });
  if (r.code !== 0) throw new Error(`evaluate failed:\n${r.stdout}\n${r.stderr}`);
  return out;
}

/** An artifact written by hand (what a fork's edited workflow can upload). */
export function artifact(report?: unknown): string {
  const dir = tmpDir('labgrade-artifact-');
  fs.writeFileSync(path.join(dir, 'pr-number'), `${PR}\n`);
  fs.writeFileSync(path.join(dir, 'head-sha'), `${HEAD}\n`);
  if (report !== undefined) fs.writeFileSync(path.join(dir, 'report.json'), JSON.stringify(report));
  return dir;
}

/** The trusted job: workflow_run on the default branch, in a workspace that holds nothing from the PR. */
export function report(
  gh: FakeGitHub,
  artifactDir: string,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
): Promise<ActionRun> {
  return runAction({
    cwd: tmpDir(),
    inputs: {
      mode: 'report',
      'github-token': 'bot-token',
      'report-dir': artifactDir,
      lint: 'false',
      ...inputs,
    },
    eventName: 'workflow_run',
    payload: workflowRunPayload(),
    repository: REPO_NAME,
    apiUrl: gh.url,
    env,
  });
}

export function readReport(run: ActionRun): Report {
  return JSON.parse(fs.readFileSync(run.outputs['report']!, 'utf8')) as Report;
}

/** Every path under `root` (not following links), with what it is. */
export function walk(root: string): { path: string; kind: 'file' | 'dir' | 'symlink' | 'other' }[] {
  const out: { path: string; kind: 'file' | 'dir' | 'symlink' | 'other' }[] = [];
  const visit = (dir: string) => {
    for (const name of fs.readdirSync(dir)) {
      const p = path.join(dir, name);
      const st = fs.lstatSync(p);
      const kind = st.isSymbolicLink()
        ? 'symlink'
        : st.isDirectory()
          ? 'dir'
          : st.isFile()
            ? 'file'
            : 'other';
      out.push({ path: p, kind });
      if (kind === 'dir') visit(p);
    }
  };
  visit(root);
  return out;
}

/** A commit's files from a folder on disk (regular files only), under a prefix. */
export function filesOf(dir: string, prefix = ''): Record<string, CommitEntry> {
  const files: Record<string, CommitEntry> = {};
  for (const e of walk(dir))
    if (e.kind === 'file')
      files[`${prefix}${path.relative(dir, e.path).split(path.sep).join('/')}`] = fs.readFileSync(e.path);
  return files;
}
