// Runs the built action (dist/index.js) as the runner does: a child process configured only through
// the environment protocol (INPUT_*, GITHUB_EVENT_PATH, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_STATE…).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO, tmpDir } from './tmp.js';

/**
 * The bundle every test runs: dist/index.js, or another build of it (LABGRADE_ACTION_BUNDLE, for example one built
 * into a temporary folder with `node .github/scripts/build.mjs /tmp/dist`) without touching the committed dist/.
 */
export const ACTION_BUNDLE = process.env['LABGRADE_ACTION_BUNDLE']
  ? path.resolve(process.env['LABGRADE_ACTION_BUNDLE'])
  : path.join(REPO, 'dist', 'index.js');

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  state: Record<string, string>;
  ms: number;
  /** The runner's folder for this run (event, output, summary, RUNNER_TEMP): what the job wrote is under it. */
  dir: string;
}

export interface ActionRunOptions {
  cwd: string;
  inputs: Record<string, string>;
  eventName: string;
  payload: unknown;
  repository: string;
  apiUrl: string;
  /** Command that runs node (default: this node). */
  node?: string[];
  env?: Record<string, string>;
  entry?: string;
}

/** Parses GITHUB_OUTPUT / GITHUB_STATE files (`name<<DELIM\nvalue\nDELIM`). */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

export async function runAction(o: ActionRunOptions): Promise<ActionRun> {
  const dir = tmpDir('labgrade-runner-');
  const files = {
    event: path.join(dir, 'event.json'),
    output: path.join(dir, 'output'),
    summary: path.join(dir, 'summary.md'),
    state: path.join(dir, 'state'),
  };
  fs.writeFileSync(files.event, JSON.stringify(o.payload));
  for (const f of [files.output, files.summary, files.state]) fs.writeFileSync(f, '');
  fs.mkdirSync(path.join(dir, 'temp'));
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? dir,
    ...(process.env['PYENV_ROOT'] ? { PYENV_ROOT: process.env['PYENV_ROOT'] } : {}),
    ...(process.env['LABGRADE_PYTHON'] ? { LABGRADE_PYTHON: process.env['LABGRADE_PYTHON'] } : {}),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: o.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: o.repository,
    GITHUB_API_URL: o.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: `${o.apiUrl}/graphql`,
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKSPACE: o.cwd,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    RUNNER_TEMP: path.join(dir, 'temp'),
    LABGRADE_RETRY_BASE_MS: '1',
    ...o.env,
  };
  // The runner keeps hyphens in input names (platform.md §6).
  for (const [k, v] of Object.entries(o.inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const [cmd, ...pre] = o.node ?? [process.execPath];
  const t0 = performance.now();
  const child = spawn(cmd!, [...pre, o.entry ?? ACTION_BUNDLE], {
    cwd: o.cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    code,
    stdout,
    stderr,
    outputs: parseCommandFile(fs.readFileSync(files.output, 'utf8')),
    summary: fs.readFileSync(files.summary, 'utf8'),
    state: parseCommandFile(fs.readFileSync(files.state, 'utf8')),
    ms: performance.now() - t0,
    dir,
  };
}
