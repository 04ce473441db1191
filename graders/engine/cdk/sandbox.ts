// Runs a learner's CDK app: the one place the grader runs learner code, and only where that can do no harm (the
// learner's machine, or the untrusted, read-only pull-request job; never the trusted job, which grades the
// template that run uploaded, as data).
//
// The mechanism is Node's permission model, enforced by the runtime while the app runs, not checked afterwards:
// - writes only to the synth's own temporary folder, outside the submission (`--allow-fs-write`);
// - reads only the lab folder, the node_modules folders module resolution walks through, and that temporary folder;
// - no child processes, worker threads, native addons or WASI (none is allowed, so each is refused);
// - an environment built from nothing: no AWS credentials, no GitHub token, no `ACTIONS_*` or `INPUT_*` variables;
// - a timeout, after which the process is killed, and a heap cap.
// What it cannot stop, as Node's own documentation says of the model: it is a seat belt for trusted code, not a
// boundary against code written to escape it. It does not limit network access, CPU time before the timeout, the
// bytes written into the output folder, or reads of the allowed folders. Those limits are why it runs only in
// jobs that hold no secrets.
import { monotonicMs, spawn } from '../builtins.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RUNNER_FILE, RUNNER_SETUP_EXIT, RUNNER_SOURCE } from './runner.js';

export const DEFAULT_SYNTH_TIMEOUT_MS = 180_000;
/** About 400 MB is what a VPC + Fargate + ALB app used here; the cap leaves room, and stops a runaway. */
const HEAP_MB = 2048;
/** stderr kept for the feedback; the rest of a flood is dropped. */
const MAX_STDERR_BYTES = 64 * 1024;

export interface SynthRequest {
  /** Absolute path of the lab folder, the app's working directory. */
  labDir: string;
  /** The entry script, relative to the lab folder. */
  entry: string;
  context: Record<string, unknown>;
  timeoutMs?: number;
}

export type SynthRun =
  | { ok: true; outdir: string; tmp: string; durationMs: number }
  | {
      ok: false;
      reason: 'failed' | 'timeout' | 'denied' | 'setup';
      /** The app's own error output (stderr), trimmed; never shown unsanitized. */
      stderr: string;
      durationMs: number;
      tmp: string;
    };

/** The permission flag of the running Node: `--permission` since 22.13 and 23.5, experimental before. */
export function permissionFlag(version = process.versions.node): string {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const stable = major > 23 || (major === 23 && minor >= 5) || (major === 22 && minor >= 13);
  return stable ? '--permission' : '--experimental-permission';
}

/**
 * Folders the app may read: its own lab folder, and every `node_modules` above it (both as written and as the
 * link resolves, since the model checks the path as asked), where `aws-cdk-lib` and `typescript` are found.
 */
export function readablePaths(labDir: string): string[] {
  const out = new Set<string>([labDir]);
  for (let dir = labDir; ; dir = path.dirname(dir)) {
    const nm = path.join(dir, 'node_modules');
    if (fs.existsSync(nm)) {
      out.add(nm);
      out.add(fs.realpathSync(nm));
    }
    if (path.dirname(dir) === dir) break;
  }
  return [...out];
}

/** Runs the app in a fresh private folder. The caller removes `tmp` when it has read the assembly. */
export async function synthesize(req: SynthRequest): Promise<SynthRun> {
  const started = monotonicMs();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'labgrade-synth-'));
  const outdir = path.join(tmp, 'cdk.out');
  fs.mkdirSync(outdir);
  const runner = path.join(tmp, RUNNER_FILE);
  fs.writeFileSync(runner, RUNNER_SOURCE);
  const labDir = fs.realpathSync(req.labDir);
  const args = [
    permissionFlag(),
    ...readablePaths(labDir).map((p) => `--allow-fs-read=${p}`),
    `--allow-fs-read=${tmp}`,
    `--allow-fs-write=${outdir}`,
    '--disable-warning=ExperimentalWarning',
    // Enough frames to reach the learner's own line through aws-cdk-lib's constructors.
    '--stack-trace-limit=60',
    `--max-old-space-size=${HEAP_MB}`,
    runner,
    path.join(labDir, req.entry),
  ];
  const env: NodeJS.ProcessEnv = {
    CDK_OUTDIR: outdir,
    CDK_CONTEXT_JSON: JSON.stringify(req.context),
    // Deterministic output whatever the machine's settings.
    TZ: 'UTC',
    LANG: 'C.UTF-8',
    HOME: tmp,
  };
  return new Promise<SynthRun>((resolve) => {
    const child = spawn(process.execPath, args, { cwd: labDir, env, stdio: ['ignore', 'ignore', 'pipe'] });
    const chunks: Buffer[] = [];
    let kept = 0;
    child.stderr.on('data', (b: Buffer) => {
      if (kept >= MAX_STDERR_BYTES) return;
      chunks.push(b.subarray(0, MAX_STDERR_BYTES - kept));
      kept += b.length;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, req.timeoutMs ?? DEFAULT_SYNTH_TIMEOUT_MS);
    const done = (code: number | null, error?: Error) => {
      clearTimeout(timer);
      const durationMs = Math.round(monotonicMs() - started);
      const stderr = Buffer.concat(chunks).toString('utf8') + (error ? `\n${error.message}` : '');
      if (timedOut) resolve({ ok: false, reason: 'timeout', stderr, durationMs, tmp });
      else if (code === 0 && !error) resolve({ ok: true, outdir, tmp, durationMs });
      else
        resolve({
          ok: false,
          reason: /ERR_ACCESS_DENIED/.test(stderr)
            ? 'denied'
            : code === RUNNER_SETUP_EXIT
              ? 'setup'
              : 'failed',
          stderr,
          durationMs,
          tmp,
        });
    };
    child.on('error', (e) => done(null, e));
    child.on('close', (code) => done(code));
  });
}
