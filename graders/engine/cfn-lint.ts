// cfn-lint, run once per grading run for every template of every lab (start-up costs ~1.2 s; rules.md §1.4).
// Learner templates are copied, as the text the workspace reader read, into a private temporary folder,
// and cfn-lint runs there with an explicit config file: nothing in the learner's tree is ever read by it,
// so a `.cfnlintrc` with `append_rules` (which loads Python) cannot run (platform.md §9).
import type { ChildProcess } from 'node:child_process';
import { randomUUID, spawn } from './builtins.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Finding, Severity } from './types.js';

export const CFN_LINT_TIMEOUT_MS = 120_000;
const MISSING_EXIT = 97;
const UNSUPPORTED_EXIT = 98;
const VERSION_MARK = 'LABGRADE-CFNLINT-VERSION ';
const LINTED_MARK = 'LABGRADE-CFNLINT-LINTED';

/**
 * One Python process that reports cfn-lint's version and then runs its CLI, so the version in the report
 * costs no second start-up. Exit 97 means "cfn-lint is not importable from this Python".
 *
 * It also reports each template cfn-lint finished with. cfn-lint's JSON lists only problems, so a clean
 * template and one cfn-lint never got to look the same in it; a grade must not rest on the second. The
 * launcher wraps `run_template_by_file_path` (cfn-lint 1.x: decode one file, then run every rule on it), which
 * `run_template_by_file_paths` looks up by name for each file, and writes a mark to stderr once that
 * generator is exhausted: the file was decoded and every rule ran to the end. A cfn-lint whose runner no longer
 * has that function exits 98, and the run counts as unavailable (not the learner's fault) rather than as
 * every template unread. The mark carries a random nonce per run, so no text cfn-lint echoes from a template
 * onto stderr can pass for it.
 */
const launcherCore = (nonce: string) => [
  'import sys, json',
  'try:',
  '    from importlib.metadata import version',
  '    import cfnlint.runner',
  '    v = version("cfn-lint")',
  'except Exception:',
  `    sys.exit(${MISSING_EXIT})`,
  'try:',
  '    import cfnlint.runner.template.runner as _tr',
  '    _inner = _tr.run_template_by_file_path',
  'except Exception:',
  `    sys.exit(${UNSUPPORTED_EXIT})`,
  // A list, so a warm interpreter (warmLauncher) can set the nonce once its run's request arrives.
  `_nonce = [${JSON.stringify(nonce)}]`,
  'def _linted(filename, *args, **kwargs):',
  '    yield from _inner(filename, *args, **kwargs)',
  `    sys.stderr.write("${LINTED_MARK}-" + _nonce[0] + " " + json.dumps(filename) + "\\n")`,
  '_tr.run_template_by_file_path = _linted',
];

const launcher = (nonce: string) =>
  [
    ...launcherCore(nonce),
    `sys.stderr.write("${VERSION_MARK}" + v + "\\n")`,
    'sys.stderr.flush()',
    // Started ahead of time (prestartCfnLint), the arguments arrive as one JSON line once the templates are
    // written; end of input without one means the run needed no linting after all.
    `if sys.argv[1:] == ["${ARGS_ON_STDIN}"]:`,
    '    line = sys.stdin.readline()',
    '    if not line:',
    '        sys.exit(0)',
    '    sys.argv = ["cfn-lint"] + json.loads(line)',
    'else:',
    '    sys.argv = ["cfn-lint"] + sys.argv[1:]',
    'sys.exit(cfnlint.runner.main())',
  ].join('\n');

/**
 * A warm interpreter: the launcher above, kept waiting for its run on a Unix socket, so that a later grading run
 * (the CLI's next `grade`, seconds or minutes later) finds cfn-lint imported. It serves exactly one run, as a fresh
 * process would, and then exits; the CLI starts the next one (action/cli/warm-cfn-lint.ts, which documents the
 * protocol). Arguments: the socket's path (inside a folder only its user can enter, removed on exit) and the
 * seconds it waits for a run before exiting. `LABGRADE_WARM_TOKEN` in its environment is the secret a request
 * must carry. The socket is bound before cfn-lint is imported, so a run that comes early waits instead of
 * missing it. A connection that closes without a request (a run that needed no linting) leaves it waiting.
 * The run's output goes to the files the request names, at the file-descriptor level (as a process's standard
 * output would), then the exit code goes back on the socket.
 */
export const warmLauncher = (): string =>
  [
    'import os, socket, atexit',
    'import sys',
    '_path = sys.argv[1]',
    '_token = os.environ.pop("LABGRADE_WARM_TOKEN", "")',
    '_srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)',
    '_srv.bind(_path)',
    '_srv.listen(8)',
    'def _gone():',
    '    for f in (lambda: os.unlink(_path), lambda: os.unlink(os.path.join(os.path.dirname(_path), "ready")), lambda: os.rmdir(os.path.dirname(_path))):',
    '        try:',
    '            f()',
    '        except OSError:',
    '            pass',
    'atexit.register(_gone)',
    // Ended by a signal (`kill`, a logout), it still removes its socket folder: SystemExit runs atexit.
    'import signal',
    'signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))',
    'signal.signal(signal.SIGHUP, lambda *_: sys.exit(0))',
    ...launcherCore(''),
    'open(os.path.join(os.path.dirname(_path), "ready"), "w").close()',
    '_srv.settimeout(float(sys.argv[2]))',
    'while True:',
    '    try:',
    '        conn, _ = _srv.accept()',
    '    except socket.timeout:',
    '        sys.exit(0)',
    '    conn.settimeout(None)',
    '    try:',
    '        req = json.loads(conn.makefile("rb").readline() or b"null")',
    '    except Exception:',
    '        req = None',
    '    if not isinstance(req, dict) or req.get("token") != _token or not _token:',
    '        conn.close()',
    '        continue',
    '    if req.get("quit"):',
    '        conn.close()',
    '        sys.exit(0)',
    '    break',
    '_srv.close()',
    '_gone()',
    '_nonce[0] = str(req["nonce"])',
    'sys.stdout.flush()',
    'sys.stderr.flush()',
    'os.dup2(os.open(req["stdout"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), 1)',
    'os.dup2(os.open(req["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), 2)',
    'os.chdir(req["cwd"])',
    `sys.stderr.write("${VERSION_MARK}" + v + "\\n")`,
    'sys.argv = ["cfn-lint"] + [str(a) for a in req["args"]]',
    'try:',
    '    code = cfnlint.runner.main()',
    'except SystemExit as e:',
    '    code = e.code',
    'except BaseException:',
    '    import traceback',
    '    traceback.print_exc()',
    '    code = 1',
    'code = code if isinstance(code, int) else (0 if code is None else 1)',
    'sys.stdout.flush()',
    'sys.stderr.flush()',
    'conn.sendall((json.dumps({"exit": code}) + "\\n").encode())',
    'conn.close()',
    'os._exit(0)',
  ].join('\n');

const ARGS_ON_STDIN = '--labgrade-args-on-stdin';

/**
 * cfn-lint's interpreter, started before the grader knows what to lint: importing cfn-lint is most of its
 * start-up (~1.2 s), and the CLI can overlap that with loading itself and reading the labs. `runCfnLint` hands it
 * the templates and arguments; `cancel` ends it when nothing needs linting. One run only.
 */
export interface PrestartedCfnLint {
  /** The private folder it runs in, removed when its run ends. */
  readonly dir: string;
  /**
   * Gives the process to one run: the folder it works in, the nonce of its marks, its outcome, and how to send it
   * the arguments. Undefined once taken or cancelled.
   */
  take():
    | { dir: string; nonce: string; run: Promise<ExecOutcome>; send(args: readonly string[]): void }
    | undefined;
  cancel(): void;
}

export function prestartCfnLint(opts: CfnLintRunnerOptions & { timeoutMs?: number } = {}): PrestartedCfnLint {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'labgrade-cfn-'));
  const nonce = randomUUID();
  const started = spawnProcess(
    pythonOf(opts.python),
    ['-c', launcher(nonce), ARGS_ON_STDIN],
    dir,
    opts.timeoutMs ?? CFN_LINT_TIMEOUT_MS,
    cfnLintEnv(),
    true,
  );
  let state: 'waiting' | 'taken' | 'cancelled' = 'waiting';
  const send = (line: string) => {
    try {
      started.child?.stdin?.end(line);
    } catch {
      // The process is gone already; its outcome says why.
    }
  };
  return {
    dir,
    take() {
      if (state !== 'waiting') return undefined;
      state = 'taken';
      return { dir, nonce, run: started.run, send: (args) => send(`${JSON.stringify(args)}\n`) };
    },
    cancel() {
      if (state === 'waiting') {
        state = 'cancelled';
        send('');
        // Not left to finish importing cfn-lint (about a second) only to exit: the caller's process would wait for
        // it, and a regrade with every template cached would cost as much as the import it skipped.
        started.child?.kill();
        void started.run.then(() => fs.rmSync(dir, { recursive: true, force: true }));
      }
    },
  };
}

/**
 * cfn-lint's "I could not read this template" ids: E0000 (it could not parse the file) and E0001 (a transform
 * such as SAM failed). After either, no other rule runs on the file, so the absence of a graded id means
 * nothing. Both are always passed with `-m`, so template Metadata cannot hide them: `ignore_checks: [E0001]` in a
 * template's Metadata silences E0001 and every other rule (observed, cfn-lint 1.51.0, when no `-i` is given;
 * today our `-i` list happens to override it, and `-m` keeps that true whatever `-i` becomes).
 */
export const CFN_LINT_UNREADABLE_IDS = ['E0000', 'E0001'] as const;
/** The finding that stands for "cfn-lint gave no result for this file". */
export const NO_RESULT_RULE = 'labgrade/cfn-lint-no-result';

/**
 * The variables cfn-lint's Python needs, and nothing else: the runner's environment holds tokens
 * (GITHUB_TOKEN, ACTIONS_RUNTIME_TOKEN, AWS keys) that a linter never needs, and cfn-lint reads some variables
 * itself (AWS_REGION and AWS_DEFAULT_REGION pick its default regions; the grader passes its own).
 * - PATH, HOME: find the interpreter or the executable; HOME for `~/.cfnlintrc`-style lookups and caches.
 * - PYTHONPATH, PYTHONHOME, VIRTUAL_ENV, PYENV_ROOT, PYENV_VERSION: which Python and site-packages hold cfn-lint
 *   (a virtualenv, pyenv's shims, a PYTHONPATH install).
 * - LANG, LC_ALL, LC_CTYPE: the locale Python decodes and prints with.
 * - TMPDIR, TEMP, TMP; SYSTEMROOT, PATHEXT, COMSPEC: temporary files, and what Windows needs to start a process.
 */
const PASSED_ENV = [
  'PATH',
  'HOME',
  'PYTHONPATH',
  'PYTHONHOME',
  'VIRTUAL_ENV',
  'PYENV_ROOT',
  'PYENV_VERSION',
  'LANG',
  'LC_ALL',
  'LC_CTYPE',
  'TMPDIR',
  'TEMP',
  'TMP',
  'SYSTEMROOT',
  'PATHEXT',
  'COMSPEC',
] as const;

/** The environment cfn-lint runs with: the allowed variables of `from`, and no .pyc files in site-packages. */
export function cfnLintEnv(from: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const k of PASSED_ENV) if (from[k] !== undefined) env[k] = from[k];
  env['PYTHONDONTWRITEBYTECODE'] = '1';
  return env;
}

export interface CfnLintTemplate {
  /** Submission-relative path, used in findings. */
  path: string;
  text: string;
}

export interface CfnLintRequest {
  templates: readonly CfnLintTemplate[];
  /** Rule ids the rubrics grade: passed with `-m`, so template Metadata cannot silence them. */
  mandatory: readonly string[];
  regions: readonly string[];
  timeoutMs?: number;
}

export type CfnLintResult =
  /**
   * `byTemplate[i]` holds the findings on `templates[i]`, whose `path` they carry. `linted[i]` says whether
   * cfn-lint finished with `templates[i]` (absent: it finished with every one). See `cfnLintUnreadable`.
   */
  | { status: 'ok'; version: string | null; byTemplate: Finding[][]; linted?: boolean[] }
  | { status: 'unavailable'; version: null; reason: string };

export interface CfnLintRunnerOptions {
  /** Python interpreter that has cfn-lint installed (default `python3`). */
  python?: string;
  /** Fallback executable when the interpreter cannot import cfn-lint (e.g. a pipx install). */
  executable?: string;
  /** An interpreter already importing cfn-lint (see prestartCfnLint), used when it has not been used yet. */
  prestarted?: PrestartedCfnLint;
}

/** Checks that are noise for learners: unused parameters and obsolete DependsOn. */
const IGNORED = ['W2001', 'W3005'];

export const INSTALL_HINT =
  "Install cfn-lint to grade these items locally: run 'npm run tools' (it installs cfn-lint with pipx, or into a .venv/ folder the grader then uses), or 'pipx install cfn-lint'. CI always has it.";

export async function runCfnLint(
  req: CfnLintRequest,
  opts: CfnLintRunnerOptions = {},
): Promise<CfnLintResult> {
  if (req.templates.length === 0) return { status: 'ok', version: null, byTemplate: [] };
  const warm = opts.prestarted?.take();
  const dir = warm ? warm.dir : fs.mkdtempSync(path.join(os.tmpdir(), 'labgrade-cfn-'));
  try {
    const byTemp = new Map<string, string>();
    req.templates.forEach((t, i) => {
      const rel = path.posix.join(`t${i}`, path.posix.basename(t.path));
      fs.mkdirSync(path.join(dir, `t${i}`));
      fs.writeFileSync(path.join(dir, rel), t.text);
      byTemp.set(rel, t.path);
    });
    const config = path.join(dir, 'labgrade-cfnlintrc.yaml');
    fs.writeFileSync(config, `regions:\n${req.regions.map((r) => `  - ${r}\n`).join('')}`);
    const args = [
      '--config-file',
      config,
      '-f',
      'json',
      '--non-zero-exit-code',
      'none',
      '-r',
      ...req.regions,
      '-i',
      ...IGNORED,
      '-m',
      ...new Set([...CFN_LINT_UNREADABLE_IDS, ...req.mandatory]),
      '--',
      ...byTemp.keys(),
    ];
    const timeout = req.timeoutMs ?? CFN_LINT_TIMEOUT_MS;
    const env = cfnLintEnv();
    const nonce = warm ? warm.nonce : randomUUID();
    let run: ExecOutcome;
    if (warm) {
      warm.send(args);
      run = await warm.run;
    } else {
      run = await spawnCfnLint(args, dir, nonce, { python: opts.python, timeoutMs: timeout });
    }
    let version: string | null = null;
    let viaLauncher = true;
    if (run.kind === 'done' && run.exitCode === MISSING_EXIT) run = { kind: 'missing' };
    if (run.kind === 'done' && run.exitCode === UNSUPPORTED_EXIT) {
      return {
        status: 'unavailable',
        version: null,
        reason:
          "this cfn-lint's runner is not the one the grader knows (cfn-lint 1.x), so the grader cannot tell which templates it read. This is not your fault; the grader needs an update.",
      };
    }
    if (run.kind === 'missing') {
      // The interpreter lacks cfn-lint; a standalone executable (pipx, brew) may still exist.
      run = await exec(opts.executable ?? 'cfn-lint', args, dir, timeout, env);
      viaLauncher = false;
      if (run.kind === 'done') version = await executableVersion(opts.executable ?? 'cfn-lint', dir, env);
    }
    if (run.kind === 'missing')
      return { status: 'unavailable', version: null, reason: `cfn-lint is not installed. ${INSTALL_HINT}` };
    if (run.kind === 'timeout') {
      return {
        status: 'unavailable',
        version: null,
        reason: `cfn-lint did not finish within ${Math.round(timeout / 1000)} s, so its items were skipped. This is not your fault.`,
      };
    }
    const mark = run.stderr.split('\n').find((l) => l.startsWith(VERSION_MARK));
    if (mark) version = mark.slice(VERSION_MARK.length).trim();
    let parsed: unknown;
    try {
      parsed = JSON.parse(run.stdout || '[]');
    } catch {
      return {
        status: 'unavailable',
        version: null,
        reason: `cfn-lint gave no readable output (exit ${run.exitCode}): ${run.stderr.trim().split('\n').slice(-1)[0] ?? ''}. This is not your fault.`,
      };
    }
    // Several submissions may hold the same submission-relative path, so findings are kept per template.
    const byTemplate = [...byTemp].map(([rel, file]) => toFindings(parsed, new Map([[rel, file]])));
    // A standalone executable runs without the launcher, so it cannot mark the files it finished; then a JSON
    // array on stdout (cfn-lint wrote its report, so it went through every file) is the only evidence there is.
    const marked = new Set(
      run.stderr
        .split('\n')
        .filter((l) => l.startsWith(`${LINTED_MARK}-${nonce} `))
        .flatMap((l) => {
          try {
            const f: unknown = JSON.parse(l.slice(`${LINTED_MARK}-${nonce} `.length));
            return typeof f === 'string' ? [f.split(path.sep).join('/')] : [];
          } catch {
            return [];
          }
        }),
    );
    const linted = [...byTemp.keys()].map((rel) => !viaLauncher || marked.has(rel));
    return { status: 'ok', version, byTemplate, linted };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export type ExecOutcome =
  | { kind: 'done'; exitCode: number; stdout: string; stderr: string }
  | { kind: 'missing' }
  | { kind: 'timeout' };

const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

/** The interpreter cfn-lint runs with: the one given, else `LABGRADE_PYTHON`, else `python3`. */
const pythonOf = (python?: string) => python ?? process.env['LABGRADE_PYTHON'] ?? 'python3';

/**
 * One cfn-lint process through the launcher, in `dir`, with `args` (as runCfnLint builds them) and the marks'
 * `nonce`: runCfnLint's own, and a warm interpreter's caller's (action/cli/warm-cfn-lint.ts) whose interpreter is
 * gone.
 */
export function spawnCfnLint(
  args: readonly string[],
  dir: string,
  nonce: string,
  opts: { python?: string | undefined; timeoutMs?: number } = {},
): Promise<ExecOutcome> {
  return exec(
    pythonOf(opts.python),
    ['-c', launcher(nonce), ...args],
    dir,
    opts.timeoutMs ?? CFN_LINT_TIMEOUT_MS,
    cfnLintEnv(),
  );
}

/**
 * Starts the process at once (synchronously, before the first await), so the engine can grade statically while
 * cfn-lint's Python starts up. Plain child_process rather than execa: execa was a fifth of the CLI bundle, loaded
 * by every `grade`, even with `--no-lint`.
 */
function exec(
  cmd: string,
  args: string[],
  cwd: string,
  timeout: number,
  env: NodeJS.ProcessEnv,
): Promise<ExecOutcome> {
  return spawnProcess(cmd, args, cwd, timeout, env, false).run;
}

/** `exec`, with the child kept for a caller that writes to its standard input (`withStdin`). */
function spawnProcess(
  cmd: string,
  args: string[],
  cwd: string,
  timeout: number,
  env: NodeJS.ProcessEnv,
  withStdin: boolean,
): { child: ChildProcess | undefined; run: Promise<ExecOutcome> } {
  let child: ChildProcess;
  try {
    child = spawn(cmd, args, {
      cwd,
      env,
      stdio: [withStdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
  } catch {
    return { child: undefined, run: Promise.resolve({ kind: 'missing' }) };
  }
  // A process that exits before reading its input must not fail the grader with EPIPE.
  child.stdin?.on('error', () => {});
  const run = new Promise<ExecOutcome>((resolve) => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let timedOut = false;
    let overflow = false;
    const take = (into: Buffer[]) => (b: Buffer) => {
      size += b.length;
      if (size <= MAX_OUTPUT_BYTES) into.push(b);
      else if (!overflow) {
        overflow = true;
        child.kill('SIGKILL');
      }
    };
    child.stdout?.on('data', take(out));
    child.stderr?.on('data', take(err));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeout);
    let settled = false;
    const settle = (o: ExecOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(o);
    };
    // A command that cannot be started (ENOENT, EACCES) is one that is not there to run.
    child.once('error', () => settle(timedOut ? { kind: 'timeout' } : { kind: 'missing' }));
    child.once('close', (code) => {
      if (timedOut) return settle({ kind: 'timeout' });
      const stderr = Buffer.concat(err).toString('utf8');
      if (overflow)
        return settle({
          kind: 'done',
          exitCode: code ?? -1,
          stdout: '',
          stderr: `${stderr}\noutput over 64 MiB`,
        });
      // Killed by a signal it was not sent by us: it gave no result, as when it could not start.
      if (code === null) return settle({ kind: 'missing' });
      settle({ kind: 'done', exitCode: code, stdout: Buffer.concat(out).toString('utf8'), stderr });
    });
  });
  return { child, run };
}

async function executableVersion(cmd: string, cwd: string, env: NodeJS.ProcessEnv): Promise<string | null> {
  const r = await exec(cmd, ['--version'], cwd, 30_000, env);
  if (r.kind !== 'done') return null;
  return /(\d+\.\d+\.\d+)/.exec(r.stdout + r.stderr)?.[1] ?? null;
}

/**
 * Why cfn-lint could not read one template, as the finding to show, or null when it read it: its first E0000
 * or E0001 finding, or, when it never finished with the file (`linted` false), a finding that says so.
 */
export function cfnLintUnreadable(
  file: string,
  findings: readonly Finding[],
  linted: boolean,
): Finding | null {
  const ids: readonly string[] = CFN_LINT_UNREADABLE_IDS;
  const first = findings.find((f) => ids.includes(f.ruleId));
  if (first) return first;
  if (linted) return null;
  return {
    file,
    line: 1,
    column: 1,
    severity: 'error',
    ruleId: NO_RESULT_RULE,
    message: `cfn-lint gave no result for '${file}': it did not finish linting it, so none of its checks can be trusted on this file.`,
  };
}

const LEVELS: Record<string, Severity> = { Error: 'error', Warning: 'warning', Informational: 'info' };

/** cfn-lint's JSON (rules.md §1.2) → findings on the learner's paths. */
export function toFindings(raw: unknown, byTemp: ReadonlyMap<string, string>): Finding[] {
  if (!Array.isArray(raw)) return [];
  const out: Finding[] = [];
  for (const m of raw as Record<string, unknown>[]) {
    const rule = m['Rule'] as Record<string, unknown> | undefined;
    const loc = m['Location'] as { Start?: { LineNumber?: number; ColumnNumber?: number } } | undefined;
    const filename = typeof m['Filename'] === 'string' ? m['Filename'].split(path.sep).join('/') : null;
    const file = filename ? byTemp.get(filename) : undefined;
    if (!file || !rule || typeof rule['Id'] !== 'string') continue;
    out.push({
      file,
      line: loc?.Start?.LineNumber ?? 1,
      column: loc?.Start?.ColumnNumber ?? 1,
      severity: LEVELS[String(m['Level'])] ?? 'error',
      ruleId: rule['Id'],
      message: String(m['Message'] ?? rule['ShortDescription'] ?? ''),
    });
  }
  return out;
}
