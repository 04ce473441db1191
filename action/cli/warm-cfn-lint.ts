// A warm cfn-lint for a learner's edit-and-grade loop. Importing cfn-lint costs its Python about 1.5 s, more than
// linting the one template a learner just edited (the lint cache serves the rest), so after a `labgrade grade` in a
// terminal the CLI leaves one interpreter behind that has imported cfn-lint and waits for the next run, as Gradle's
// daemon or eslint_d do for their tools. That run hands it its templates instead of starting Python, and the
// interpreter exits once it has served it: every run still gets a fresh cfn-lint, only started earlier.
//
// - When: `grade` with linting and the cache on, on a terminal (stdout is a TTY) outside CI. LABGRADE_WARM=on or off
//   decides instead (the benches turn it on); LABGRADE_CACHE=off and `--no-cache` turn it off. Never on Windows (it
//   talks over a Unix socket), never in `batch`, and never in the action: only the learner's own CLI keeps one.
// - Which: one per cfn-lint install identity (cfn-lint-install.ts), recorded in
//   node_modules/.cache/labgrade/lint/warm-<identity>.warm; a run with another interpreter or PATH ignores it.
// - How long: it exits after WARM_IDLE_SECONDS without a run, after its one run, or when told to quit.
// - Safety: the socket lives in a folder only its user can enter, and a request must carry the random token the
//   record holds. The interpreter gets the environment a fresh cfn-lint would (cfnLintEnv: no tokens, no AWS keys).
//   It runs cfn-lint exactly as the launcher does (graders/engine/cfn-lint.ts, warmLauncher), on the templates the
//   grader copied into a private folder, and reports the version it imported, which the engine checks against
//   the cached findings' version as for any run.
// - Claiming: a run takes the record by renaming it, so two runs at once never share one interpreter; a run that
//   needs no linting after all gives the record back. A record whose interpreter is gone is removed, and that run
//   starts cfn-lint afresh, as does one whose interpreter fails before answering.
import { builtin, createHash, randomBytes, randomUUID, spawn } from '../../graders/engine/builtins.js';
import fs from 'node:fs';
import type * as Net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  CFN_LINT_TIMEOUT_MS,
  cfnLintEnv,
  spawnCfnLint,
  warmLauncher,
  type ExecOutcome,
  type PrestartedCfnLint,
} from '../../graders/engine/cfn-lint.js';
import { cliCacheDir, writeAtomic } from './cache-store.js';
import { cfnLintInstall, installIdentity } from './cfn-lint-install.js';

/** How long a warm interpreter waits for the next run: a learner's edit, not a lunch break. */
export const WARM_IDLE_SECONDS = 600;
const CONNECT_TIMEOUT_MS = 2_000;

interface WarmRecord {
  pid: number;
  socket: string;
  token: string;
  identity: string;
  startedAt: string;
}

function isWarmRecord(v: unknown): v is WarmRecord {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    typeof r['pid'] === 'number' &&
    typeof r['socket'] === 'string' &&
    typeof r['token'] === 'string' &&
    typeof r['identity'] === 'string'
  );
}

/** Whether this run keeps (and may use) a warm interpreter; see the policy above. */
export function warmEnabled(
  env: NodeJS.ProcessEnv,
  tty: boolean,
  platform: NodeJS.Platform = process.platform,
): boolean {
  if (platform === 'win32') return false;
  if ((env['LABGRADE_CACHE'] ?? '').toLowerCase() === 'off') return false;
  const set = (env['LABGRADE_WARM'] ?? '').toLowerCase();
  if (['off', '0', 'false', 'no'].includes(set)) return false;
  if (['on', '1', 'true', 'yes'].includes(set)) return true;
  return tty && !env['CI'];
}

export interface WarmCfnLint {
  /** The record file of this install's warm interpreter (it may not exist). */
  readonly record: string;
  /** Whether an interpreter is recorded as waiting (not yet claimed by this or another run). */
  waiting(): boolean;
  /** Takes the waiting interpreter for this run, or undefined when there is none that answers. */
  claim(): Promise<PrestartedCfnLint | undefined>;
  /**
   * Leaves an interpreter for the next run, unless one is waiting already: `python`, the one that can import
   * cfn-lint (the version memo's). Returns its process id.
   */
  replenish(python: string): number | undefined;
}

/**
 * The warm interpreter of the CLI in the repository at `repoRoot`, for the cfn-lint `env` would start; undefined
 * when the policy says no (warmEnabled).
 */
export function warmCfnLint(repoRoot: string, env: NodeJS.ProcessEnv, tty: boolean): WarmCfnLint | undefined {
  if (!warmEnabled(env, tty)) return undefined;
  const dir = cliCacheDir(repoRoot, env, 'lint');
  if (dir === undefined) return undefined;
  const identity = installIdentity(cfnLintInstall(env));
  const record = path.join(
    dir,
    `warm-${createHash('sha256').update(identity).digest('hex').slice(0, 16)}.warm`,
  );
  return {
    record,
    waiting: () => fs.existsSync(record),
    claim: () => claimWarm(record, identity),
    replenish: (python) =>
      fs.existsSync(record) ? undefined : startWarm(dir, record, identity, env, python),
  };
}

/** Starts an interpreter that imports cfn-lint and waits (detached: it outlives this process) and records it. */
export function startWarm(
  dir: string,
  record: string,
  identity: string,
  env: NodeJS.ProcessEnv,
  python: string = env['LABGRADE_PYTHON'] ?? 'python3',
  idleSeconds = WARM_IDLE_SECONDS,
): number | undefined {
  let home: string;
  try {
    // mkdtemp makes the folder readable by its user alone (0700), so no other user can reach the socket.
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'labgrade-warm-'));
  } catch {
    return undefined;
  }
  const socket = path.join(home, 's');
  const token = randomBytes(24).toString('hex');
  let pid: number | undefined;
  try {
    const child = spawn(python, ['-c', warmLauncher(), socket, String(idleSeconds)], {
      cwd: home,
      env: { ...cfnLintEnv(env), LABGRADE_WARM_TOKEN: token },
      detached: true,
      stdio: 'ignore',
      windowsHide: true,
    });
    child.once('error', () => {
      fs.rmSync(home, { recursive: true, force: true });
      fs.rmSync(record, { force: true });
    });
    child.unref();
    pid = child.pid;
  } catch {
    pid = undefined;
  }
  if (pid === undefined) {
    fs.rmSync(home, { recursive: true, force: true });
    return undefined;
  }
  const body: WarmRecord = { pid, socket, token, identity, startedAt: new Date().toISOString() };
  // The token stays with its user, like the socket's folder. Not recorded: nobody claims it, and it idles out.
  writeAtomic(dir, record, JSON.stringify(body), 0o600);
  return pid;
}

/** The socket folder of an interpreter that was killed (it removes its own on a normal exit). */
function removeIfGone(rec: WarmRecord): void {
  try {
    process.kill(rec.pid, 0);
    return; // Still running (a slow start): it exits on its own once idle.
  } catch {
    // Gone.
  }
  const home = path.dirname(rec.socket);
  if (path.basename(home).startsWith('labgrade-warm-')) fs.rmSync(home, { recursive: true, force: true });
}

function connect(socket: string): Promise<Net.Socket | undefined> {
  return new Promise((resolve) => {
    const s = builtin<typeof Net>('node:net').createConnection(socket);
    const timer = setTimeout(() => {
      s.destroy();
      resolve(undefined);
    }, CONNECT_TIMEOUT_MS);
    s.once('connect', () => {
      clearTimeout(timer);
      resolve(s);
    });
    s.once('error', () => {
      clearTimeout(timer);
      resolve(undefined);
    });
  });
}

/** The run's side of the protocol (warmLauncher): claim, connect, then one request or a hang-up. */
export async function claimWarm(record: string, identity: string): Promise<PrestartedCfnLint | undefined> {
  const claimed = `${record}.${process.pid}.${randomUUID()}.claimed`;
  try {
    fs.renameSync(record, claimed);
  } catch {
    return undefined; // None waiting, or another run took it first.
  }
  let rec: unknown;
  try {
    rec = JSON.parse(fs.readFileSync(claimed, 'utf8'));
  } catch {
    rec = undefined;
  }
  const socket = isWarmRecord(rec) && rec.identity === identity ? await connect(rec.socket) : undefined;
  if (!socket || !isWarmRecord(rec)) {
    // Its interpreter is gone (it idled out, was killed, the machine restarted) or was never this install's.
    fs.rmSync(claimed, { force: true });
    if (isWarmRecord(rec) && !socket) removeIfGone(rec);
    return undefined;
  }
  const warm = rec;
  // Listened to from now on: the interpreter may end before this run has anything to send.
  let reply = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => (reply += chunk));
  socket.on('error', () => {});
  const ended = new Promise<string>((resolve) => socket.once('close', () => resolve(reply)));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'labgrade-cfn-'));
  let state: 'waiting' | 'taken' | 'cancelled' = 'waiting';
  return {
    dir,
    take() {
      if (state !== 'waiting') return undefined;
      state = 'taken';
      fs.rmSync(claimed, { force: true });
      const nonce = randomUUID();
      let send!: (args: readonly string[]) => void;
      const args = new Promise<readonly string[]>((resolve) => (send = resolve));
      const run = args.then((a) => serve(warm, socket, ended, dir, nonce, a));
      return { dir, nonce, run, send };
    },
    cancel() {
      if (state !== 'waiting') return;
      state = 'cancelled';
      fs.rmSync(dir, { recursive: true, force: true });
      try {
        // Given back for the next run; linkSync does not replace a record another run made meanwhile.
        fs.linkSync(claimed, record);
        socket.destroy();
      } catch {
        socket.end(`${JSON.stringify({ token: warm.token, quit: true })}\n`);
      }
      fs.rmSync(claimed, { force: true });
    },
  };
}

/** Sends the run and waits for its exit code; the output is in the files it names. */
async function serve(
  warm: WarmRecord,
  socket: Net.Socket,
  ended: Promise<string>,
  dir: string,
  nonce: string,
  args: readonly string[],
): Promise<ExecOutcome> {
  const stdout = path.join(dir, 'labgrade-stdout.txt');
  const stderr = path.join(dir, 'labgrade-stderr.txt');
  if (!socket.destroyed)
    socket.write(`${JSON.stringify({ token: warm.token, nonce, cwd: dir, args, stdout, stderr })}\n`);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), CFN_LINT_TIMEOUT_MS);
  });
  const reply = await Promise.race([ended, timedOut]);
  clearTimeout(timer);
  if (reply === 'timeout') {
    try {
      process.kill(warm.pid, 'SIGKILL');
    } catch {
      // Gone already.
    }
    socket.destroy();
    return { kind: 'timeout' };
  }
  let code: unknown;
  try {
    code = (JSON.parse(reply.split('\n')[0] ?? '') as { exit?: unknown }).exit;
  } catch {
    code = undefined;
  }
  const read = (f: string) => {
    try {
      return fs.readFileSync(f, 'utf8');
    } catch {
      return '';
    }
  };
  if (typeof code === 'number')
    return { kind: 'done', exitCode: code, stdout: read(stdout), stderr: read(stderr) };
  // It ended without answering: the run gets a fresh cfn-lint, as if none had been waiting.
  fs.rmSync(stdout, { force: true });
  fs.rmSync(stderr, { force: true });
  return spawnCfnLint(args, dir, nonce);
}
