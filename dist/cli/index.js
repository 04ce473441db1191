#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 746:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ cliCacheDir),
/* harmony export */   R3: () => (/* binding */ prune),
/* harmony export */   TP: () => (/* binding */ jsonEntries),
/* harmony export */   vZ: () => (/* binding */ writeAtomic),
/* harmony export */   vs: () => (/* binding */ buildSalt)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _graders_engine_version_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7236);
// What the CLI's disk caches (parse-cache.ts, lint-cache.ts, result-cache.ts, synth-cache.ts) share: where they live,
// what makes their entries stale, how an entry is written so a concurrent run never reads half of it, and how the
// oldest entries go. A cache that cannot be read or written only costs speed, so nothing here throws.



/**
 * The folder of one cache of the repository at `repoRoot` (node_modules/.cache/labgrade/<name>, where tools keep
 * caches and git ignores them), or undefined when LABGRADE_CACHE is `off`.
 */
function cliCacheDir(repoRoot, env, name) {
    if ((env['LABGRADE_CACHE'] ?? '').toLowerCase() === 'off')
        return undefined;
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(repoRoot, 'node_modules', '.cache', 'labgrade', name);
}
/**
 * What makes an entry of any of these caches stale: the grader's version, and the size and time of every file of
 * the build that runs (a rebuilt bundle may parse, lint or grade differently, whatever its version says). A run
 * computes it once and gives it to each cache.
 */
function buildSalt(buildDir) {
    let files = [];
    try {
        files = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(buildDir)
            .filter((f) => f.endsWith('.js'))
            .sort();
    }
    catch {
        // No build to describe (run from source): the version alone.
    }
    const stamp = files.map((f) => {
        try {
            const st = node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(buildDir, f));
            return `${f}:${st.size}:${Math.trunc(st.mtimeMs)}`;
        }
        catch {
            return `${f}:gone`; // Replaced while listed: a build under way, which the next run describes again.
        }
    });
    return [_graders_engine_version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_VERSION */ .wr, ...stamp].join('|');
}
/** Writes `data` to `to` inside `dir`: aside first (created with `mode`), then renamed over it. */
function writeAtomic(dir, to, data, mode) {
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().mkdirSync(dir, { recursive: true });
        const tmp = `${to}.${process.pid}.tmp`;
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().writeFileSync(tmp, data, mode === undefined ? undefined : { mode });
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().renameSync(tmp, to);
    }
    catch {
        // Not written: the next run computes it again.
    }
}
/** Keeps the newest `maxEntries` files ending in `ext` in `dir`, deleting the oldest. */
function prune(dir, ext, maxEntries) {
    try {
        const names = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(dir).filter((f) => f.endsWith(ext));
        if (names.length <= maxEntries)
            return;
        const byAge = names
            .map((f) => ({ f, t: node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, f)).mtimeMs }))
            .sort((a, b) => a.t - b.t || (a.f < b.f ? -1 : 1));
        for (const { f } of byAge.slice(0, names.length - maxEntries))
            node_fs__WEBPACK_IMPORTED_MODULE_0___default().rmSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, f), { force: true });
    }
    catch {
        // Another run pruned at the same time.
    }
}
/**
 * Entries as JSON files in `dir`, one per key. `accept` turns what a file holds into an entry, or undefined when it
 * is not one (then, as for a missing, truncated or unparsable file, the caller computes it again). Each write
 * prunes the folder to its newest `maxEntries` JSON files.
 */
function jsonEntries(dir, accept, maxEntries) {
    const file = (key) => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, `${key}.json`);
    return {
        get(key) {
            try {
                return accept(JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(file(key), 'utf8')));
            }
            catch {
                return undefined;
            }
        },
        set(key, value) {
            writeAtomic(dir, file(key), JSON.stringify(value));
            prune(dir, '.json', maxEntries);
        },
    };
}


/***/ }),

/***/ 3513:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ which),
/* harmony export */   K9: () => (/* binding */ cfnLintInstall),
/* harmony export */   Z2: () => (/* binding */ memoFile),
/* harmony export */   gO: () => (/* binding */ installIdentity),
/* harmony export */   mF: () => (/* binding */ rememberedInstall)
/* harmony export */ });
/* harmony import */ var _graders_engine_builtins_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8978);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _graders_engine_cfn_lint_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5719);
// Which cfn-lint the grader would start, and an identity for it: the interpreter and executable as found on PATH,
// and the variables that choose a Python. The CLI's cfn-lint version memo (lint-cache.ts) and its warm interpreter
// (warm-cfn-lint.ts) are both kept per identity, so neither is used by a run that would start another cfn-lint.
// The memo is read here and written by lint-cache.ts's probe. Kept apart from lint-cache.ts, whose imports the CLI's
// entry must not load: the entry reads the memo to start cfn-lint with the interpreter that imports it.




/** The interpreter and executable the engine's runner uses under `env` (graders/engine/cfn-lint.ts). */
function cfnLintInstall(env) {
    return { python: env['LABGRADE_PYTHON'] ?? 'python3', executable: 'cfn-lint', env };
}
/**
 * What decides which cfn-lint the runner starts: the commands as found on PATH (the file each resolves to, and when
 * it last changed), the variables that choose a Python (those cfn-lint is run with), and pyenv's global version.
 */
function installIdentity(install) {
    const env = (0,_graders_engine_cfn_lint_js__WEBPACK_IMPORTED_MODULE_3__/* .cfnLintEnv */ .yn)(install.env);
    const stamp = (cmd) => {
        const found = which(cmd, env);
        if (!found)
            return null;
        try {
            const real = node_fs__WEBPACK_IMPORTED_MODULE_1___default().realpathSync(found);
            return `${real}:${Math.trunc(node_fs__WEBPACK_IMPORTED_MODULE_1___default().statSync(real).mtimeMs)}`;
        }
        catch {
            return null;
        }
    };
    const pyenvRoot = env['PYENV_ROOT'] ?? (env['HOME'] ? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(env['HOME'], '.pyenv') : undefined);
    let pyenvGlobal = null;
    try {
        if (pyenvRoot)
            pyenvGlobal = node_fs__WEBPACK_IMPORTED_MODULE_1___default().readFileSync(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(pyenvRoot, 'version'), 'utf8').trim();
    }
    catch {
        // No pyenv.
    }
    const chosen = ['PATH', 'PYTHONPATH', 'PYTHONHOME', 'VIRTUAL_ENV', 'PYENV_ROOT', 'PYENV_VERSION'];
    return JSON.stringify({
        python: [install.python, stamp(install.python)],
        executable: [install.executable, stamp(install.executable)],
        env: chosen.map((k) => env[k] ?? null),
        pyenvGlobal,
    });
}
/** A command as the operating system would find it on PATH (or the path itself, when it holds a separator). */
function which(cmd, env) {
    const exts = process.platform === 'win32' ? ['', '.exe', '.cmd', '.bat'] : [''];
    const candidates = cmd.includes('/') || cmd.includes((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)) ? [node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(cmd)] : [];
    if (candidates.length === 0)
        for (const d of (env['PATH'] ?? '').split((node_path__WEBPACK_IMPORTED_MODULE_2___default().delimiter)))
            if (d)
                candidates.push(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(d, cmd));
    for (const c of candidates)
        for (const e of exts) {
            try {
                if (node_fs__WEBPACK_IMPORTED_MODULE_1___default().statSync(c + e).isFile())
                    return c + e;
            }
            catch {
                // Not here.
            }
        }
    return undefined;
}
/** Version memos, one per interpreter and environment (`npm run` puts other folders on PATH than a shell does). */
const MEMO_PREFIX = 'cfn-lint-version-';
const memoFile = (dir, identity) => node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, `${MEMO_PREFIX}${(0,_graders_engine_builtins_js__WEBPACK_IMPORTED_MODULE_0__/* .createHash */ .n1)('sha256').update(identity).digest('hex').slice(0, 16)}.json`);
/**
 * The memo's version, and the interpreter that can import that cfn-lint, when it still holds (the same install, its
 * METADATA file unchanged); otherwise undefined.
 */
function rememberedInstall(dir, install, identity = installIdentity(install)) {
    try {
        const memo = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_1___default().readFileSync(memoFile(dir, identity), 'utf8'));
        if (memo.identity === identity && typeof memo.version === 'string') {
            const st = node_fs__WEBPACK_IMPORTED_MODULE_1___default().statSync(memo.metadata);
            if (st.size === memo.size && st.mtimeMs === memo.mtimeMs)
                return {
                    version: memo.version,
                    python: typeof memo.python === 'string' ? memo.python : install.python,
                };
        }
    }
    catch {
        // No memo, or one that cannot be read.
    }
    return undefined;
}


/***/ }),

/***/ 164:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _graders_engine_cfn_lint_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5719);
/* harmony import */ var _util_deprecations_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4895);
/* harmony import */ var _cache_store_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(746);
/* harmony import */ var _cfn_lint_install_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(3513);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(4259);
/* harmony import */ var _venv_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(63);
/* harmony import */ var _warm_cfn_lint_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(4169);
// The `labgrade` command. All logic lives in main.ts so tests can call it in-process.
// This entry stays small and loads the rest (run.ts and main.ts, their own chunks in the bundle) only after turning
// on Node's compile cache and starting cfn-lint: a learner runs the same bundle again and again, and compiling it is
// most of a static run's cost (https://nodejs.org/api/module.html#module-compile-cache). Node 22.1+ has the cache;
// older ones just compile. The entry itself is compiled on every run, so it imports only what starting needs.









if (typeof (node_module__WEBPACK_IMPORTED_MODULE_0___default().enableCompileCache) === 'function')
    node_module__WEBPACK_IMPORTED_MODULE_0___default().enableCompileCache();
(0,_util_deprecations_js__WEBPACK_IMPORTED_MODULE_3__/* .dropDependencyDeprecations */ ._)();
// dist/cli/index.js and action/cli/index.ts both sit two folders below the repository root.
const repoRoot = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(import.meta.dirname, '..', '..');
const python = process.env['LABGRADE_PYTHON'] ? undefined : (0,_venv_js__WEBPACK_IMPORTED_MODULE_7__/* .venvPython */ .q)(repoRoot);
if (python)
    process.env['LABGRADE_PYTHON'] = python;
// cfn-lint's Python spends about 1.5 s importing cfn-lint; started now, that overlaps loading the grader and
// reading the labs. A run that turns out to need no linting ends it unused. On a learner's terminal the previous run
// may have left one that has imported it already (warm-cfn-lint.ts): then that one is used instead.
const args = process.argv.slice(2);
const lints = args[0] === 'grade' && !args.includes('--no-lint') && !args.includes('--help');
const cached = lints && !args.includes('--no-cache');
const out = { stdout: (0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .fdOutput */ .W)(1, () => process.stdout), stderr: (0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .fdOutput */ .W)(2, () => process.stderr) };
const warm = cached ? (0,_warm_cfn_lint_js__WEBPACK_IMPORTED_MODULE_8__/* .warmCfnLint */ .m6)(repoRoot, process.env, out.stdout.isTTY === true) : undefined;
// Started with the interpreter that imported cfn-lint last time (the version memo's), so a pipx install, whose
// cfn-lint python3 cannot import, is not first tried with python3 and then run without the launcher.
const lintDir = cached ? (0,_cache_store_js__WEBPACK_IMPORTED_MODULE_4__/* .cliCacheDir */ .O)(repoRoot, process.env, 'lint') : undefined;
const known = lintDir ? (0,_cfn_lint_install_js__WEBPACK_IMPORTED_MODULE_5__/* .rememberedInstall */ .mF)(lintDir, (0,_cfn_lint_install_js__WEBPACK_IMPORTED_MODULE_5__/* .cfnLintInstall */ .K9)(process.env)) : undefined;
const cfnLint = lints && !warm?.waiting() ? (0,_graders_engine_cfn_lint_js__WEBPACK_IMPORTED_MODULE_2__/* .prestartCfnLint */ .O5)(known ? { python: known.python } : {}) : undefined;
const { runCli } = await Promise.all(/* import() */[__nccwpck_require__.e(388), __nccwpck_require__.e(803)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8803));
try {
    process.exitCode = await runCli(args, import.meta.dirname, cfnLint, warm, known?.python, out);
}
finally {
    cfnLint?.cancel();
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4259:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ fdOutput)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// Where the CLI prints. process.stdout is made on first use, and when fd 1 is a pipe or a socket (a shell's
// `| jq`; a script or CI step capturing the report, to which Node's child_process gives a socket) making it loads
// node:net and node:stream: a few milliseconds of every such run, more than printing costs. So a pipe, a socket or
// a regular file is written with write(2) directly, whole and in order; a terminal, or anything else, gets
// process.stdout as before.

/**
 * The output for `fd`. `fallback` gives the stream to use where writing directly does not fit: fd is no pipe,
 * socket or file, or it is non-blocking and full (EAGAIN), from which point everything goes to the stream so the
 * order holds. When the reader has gone (EPIPE, `labgrade grade | head -1`), the rest is dropped, as a pipeline
 * expects.
 */
function fdOutput(fd, fallback, writeSync = (node_fs__WEBPACK_IMPORTED_MODULE_0___default().writeSync)) {
    let direct;
    try {
        const st = node_fs__WEBPACK_IMPORTED_MODULE_0___default().fstatSync(fd);
        direct = st.isFIFO() || st.isSocket() || st.isFile();
    }
    catch {
        direct = false;
    }
    if (!direct) {
        let stream;
        return {
            write: (s) => (stream ??= fallback()).write(s),
            get isTTY() {
                return (stream ??= fallback()).isTTY === true;
            },
        };
    }
    let stream;
    let closed = false;
    return {
        isTTY: false,
        write(s) {
            if (closed)
                return false;
            if (stream)
                return stream.write(s);
            const buf = Buffer.from(s, 'utf8');
            let off = 0;
            while (off < buf.length) {
                try {
                    off += writeSync(fd, buf, off, buf.length - off);
                }
                catch (e) {
                    const code = e.code;
                    if (code === 'EPIPE') {
                        closed = true;
                        return false;
                    }
                    if (code !== 'EAGAIN')
                        throw e;
                    stream = fallback();
                    return stream.write(buf.subarray(off));
                }
            }
            return true;
        },
    };
}


/***/ }),

/***/ 63:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ venvPython)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Where `npm run tools` put cfn-lint when it had to install it without pipx: a virtual environment at `.venv/`
// in the repository that holds this CLI (.github/scripts/ensure-tools.mjs). The grader runs cfn-lint through
// an interpreter (graders/engine/cfn-lint.ts: its launcher marks each template cfn-lint finished), so it is
// pointed at that environment's Python; `cfn-lint` on PATH alone would lose those marks, and is not on PATH at
// all when the CLI runs outside an npm script.


/**
 * The `.venv/` interpreter under `repoRoot` when that environment has cfn-lint (its `cfn-lint` script exists),
 * else undefined. A `.venv/` made for moto alone is not used: the interpreter the learner already has may be
 * the one with cfn-lint.
 */
function venvPython(repoRoot, platform = process.platform) {
    const win = platform === 'win32';
    const bin = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(repoRoot, '.venv', win ? 'Scripts' : 'bin');
    if (!node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(bin, win ? 'cfn-lint.exe' : 'cfn-lint')))
        return undefined;
    const python = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(bin, win ? 'python.exe' : 'python');
    return node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(python) ? python : undefined;
}


/***/ }),

/***/ 4169:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m6: () => (/* binding */ warmCfnLint)
/* harmony export */ });
/* unused harmony exports WARM_IDLE_SECONDS, warmEnabled, startWarm, claimWarm */
/* harmony import */ var _graders_engine_builtins_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8978);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _graders_engine_cfn_lint_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(5719);
/* harmony import */ var _cache_store_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(746);
/* harmony import */ var _cfn_lint_install_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(3513);
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







/** How long a warm interpreter waits for the next run: a learner's edit, not a lunch break. */
const WARM_IDLE_SECONDS = 600;
const CONNECT_TIMEOUT_MS = 2_000;
function isWarmRecord(v) {
    if (typeof v !== 'object' || v === null)
        return false;
    const r = v;
    return (typeof r['pid'] === 'number' &&
        typeof r['socket'] === 'string' &&
        typeof r['token'] === 'string' &&
        typeof r['identity'] === 'string');
}
/** Whether this run keeps (and may use) a warm interpreter; see the policy above. */
function warmEnabled(env, tty, platform = process.platform) {
    if (platform === 'win32')
        return false;
    if ((env['LABGRADE_CACHE'] ?? '').toLowerCase() === 'off')
        return false;
    const set = (env['LABGRADE_WARM'] ?? '').toLowerCase();
    if (['off', '0', 'false', 'no'].includes(set))
        return false;
    if (['on', '1', 'true', 'yes'].includes(set))
        return true;
    return tty && !env['CI'];
}
/**
 * The warm interpreter of the CLI in the repository at `repoRoot`, for the cfn-lint `env` would start; undefined
 * when the policy says no (warmEnabled).
 */
function warmCfnLint(repoRoot, env, tty) {
    if (!warmEnabled(env, tty))
        return undefined;
    const dir = (0,_cache_store_js__WEBPACK_IMPORTED_MODULE_5__/* .cliCacheDir */ .O)(repoRoot, env, 'lint');
    if (dir === undefined)
        return undefined;
    const identity = (0,_cfn_lint_install_js__WEBPACK_IMPORTED_MODULE_6__/* .installIdentity */ .gO)((0,_cfn_lint_install_js__WEBPACK_IMPORTED_MODULE_6__/* .cfnLintInstall */ .K9)(env));
    const record = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, `warm-${(0,_graders_engine_builtins_js__WEBPACK_IMPORTED_MODULE_0__/* .createHash */ .n1)('sha256').update(identity).digest('hex').slice(0, 16)}.warm`);
    return {
        record,
        waiting: () => node_fs__WEBPACK_IMPORTED_MODULE_1___default().existsSync(record),
        claim: () => claimWarm(record, identity),
        replenish: (python) => node_fs__WEBPACK_IMPORTED_MODULE_1___default().existsSync(record) ? undefined : startWarm(dir, record, identity, env, python),
    };
}
/** Starts an interpreter that imports cfn-lint and waits (detached: it outlives this process) and records it. */
function startWarm(dir, record, identity, env, python = env['LABGRADE_PYTHON'] ?? 'python3', idleSeconds = WARM_IDLE_SECONDS) {
    let home;
    try {
        // mkdtemp makes the folder readable by its user alone (0700), so no other user can reach the socket.
        home = node_fs__WEBPACK_IMPORTED_MODULE_1___default().mkdtempSync(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_os__WEBPACK_IMPORTED_MODULE_2___default().tmpdir(), 'labgrade-warm-'));
    }
    catch {
        return undefined;
    }
    const socket = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(home, 's');
    const token = (0,_graders_engine_builtins_js__WEBPACK_IMPORTED_MODULE_0__/* .randomBytes */ .po)(24).toString('hex');
    let pid;
    try {
        const child = (0,_graders_engine_builtins_js__WEBPACK_IMPORTED_MODULE_0__/* .spawn */ .cH)(python, ['-c', (0,_graders_engine_cfn_lint_js__WEBPACK_IMPORTED_MODULE_4__/* .warmLauncher */ .y)(), socket, String(idleSeconds)], {
            cwd: home,
            env: { ...(0,_graders_engine_cfn_lint_js__WEBPACK_IMPORTED_MODULE_4__/* .cfnLintEnv */ .yn)(env), LABGRADE_WARM_TOKEN: token },
            detached: true,
            stdio: 'ignore',
            windowsHide: true,
        });
        child.once('error', () => {
            node_fs__WEBPACK_IMPORTED_MODULE_1___default().rmSync(home, { recursive: true, force: true });
            node_fs__WEBPACK_IMPORTED_MODULE_1___default().rmSync(record, { force: true });
        });
        child.unref();
        pid = child.pid;
    }
    catch {
        pid = undefined;
    }
    if (pid === undefined) {
        node_fs__WEBPACK_IMPORTED_MODULE_1___default().rmSync(home, { recursive: true, force: true });
        return undefined;
    }
    const body = { pid, socket, token, identity, startedAt: new Date().toISOString() };
    // The token stays with its user, like the socket's folder. Not recorded: nobody claims it, and it idles out.
    (0,_cache_store_js__WEBPACK_IMPORTED_MODULE_5__/* .writeAtomic */ .vZ)(dir, record, JSON.stringify(body), 0o600);
    return pid;
}
/** The socket folder of an interpreter that was killed (it removes its own on a normal exit). */
function removeIfGone(rec) {
    try {
        process.kill(rec.pid, 0);
        return; // Still running (a slow start): it exits on its own once idle.
    }
    catch {
        // Gone.
    }
    const home = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(rec.socket);
    if (node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(home).startsWith('labgrade-warm-'))
        node_fs__WEBPACK_IMPORTED_MODULE_1___default().rmSync(home, { recursive: true, force: true });
}
function connect(socket) {
    return new Promise((resolve) => {
        const s = (0,_graders_engine_builtins_js__WEBPACK_IMPORTED_MODULE_0__/* .builtin */ .S2)('node:net').createConnection(socket);
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
async function claimWarm(record, identity) {
    const claimed = `${record}.${process.pid}.${(0,_graders_engine_builtins_js__WEBPACK_IMPORTED_MODULE_0__/* .randomUUID */ .N4)()}.claimed`;
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_1___default().renameSync(record, claimed);
    }
    catch {
        return undefined; // None waiting, or another run took it first.
    }
    let rec;
    try {
        rec = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_1___default().readFileSync(claimed, 'utf8'));
    }
    catch {
        rec = undefined;
    }
    const socket = isWarmRecord(rec) && rec.identity === identity ? await connect(rec.socket) : undefined;
    if (!socket || !isWarmRecord(rec)) {
        // Its interpreter is gone (it idled out, was killed, the machine restarted) or was never this install's.
        node_fs__WEBPACK_IMPORTED_MODULE_1___default().rmSync(claimed, { force: true });
        if (isWarmRecord(rec) && !socket)
            removeIfGone(rec);
        return undefined;
    }
    const warm = rec;
    // Listened to from now on: the interpreter may end before this run has anything to send.
    let reply = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => (reply += chunk));
    socket.on('error', () => { });
    const ended = new Promise((resolve) => socket.once('close', () => resolve(reply)));
    const dir = node_fs__WEBPACK_IMPORTED_MODULE_1___default().mkdtempSync(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_os__WEBPACK_IMPORTED_MODULE_2___default().tmpdir(), 'labgrade-cfn-'));
    let state = 'waiting';
    return {
        dir,
        take() {
            if (state !== 'waiting')
                return undefined;
            state = 'taken';
            node_fs__WEBPACK_IMPORTED_MODULE_1___default().rmSync(claimed, { force: true });
            const nonce = (0,_graders_engine_builtins_js__WEBPACK_IMPORTED_MODULE_0__/* .randomUUID */ .N4)();
            let send;
            const args = new Promise((resolve) => (send = resolve));
            const run = args.then((a) => serve(warm, socket, ended, dir, nonce, a));
            return { dir, nonce, run, send };
        },
        cancel() {
            if (state !== 'waiting')
                return;
            state = 'cancelled';
            node_fs__WEBPACK_IMPORTED_MODULE_1___default().rmSync(dir, { recursive: true, force: true });
            try {
                // Given back for the next run; linkSync does not replace a record another run made meanwhile.
                node_fs__WEBPACK_IMPORTED_MODULE_1___default().linkSync(claimed, record);
                socket.destroy();
            }
            catch {
                socket.end(`${JSON.stringify({ token: warm.token, quit: true })}\n`);
            }
            node_fs__WEBPACK_IMPORTED_MODULE_1___default().rmSync(claimed, { force: true });
        },
    };
}
/** Sends the run and waits for its exit code; the output is in the files it names. */
async function serve(warm, socket, ended, dir, nonce, args) {
    const stdout = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, 'labgrade-stdout.txt');
    const stderr = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, 'labgrade-stderr.txt');
    if (!socket.destroyed)
        socket.write(`${JSON.stringify({ token: warm.token, nonce, cwd: dir, args, stdout, stderr })}\n`);
    let timer;
    const timedOut = new Promise((resolve) => {
        timer = setTimeout(() => resolve('timeout'), _graders_engine_cfn_lint_js__WEBPACK_IMPORTED_MODULE_4__/* .CFN_LINT_TIMEOUT_MS */ .n_);
    });
    const reply = await Promise.race([ended, timedOut]);
    clearTimeout(timer);
    if (reply === 'timeout') {
        try {
            process.kill(warm.pid, 'SIGKILL');
        }
        catch {
            // Gone already.
        }
        socket.destroy();
        return { kind: 'timeout' };
    }
    let code;
    try {
        code = JSON.parse(reply.split('\n')[0] ?? '').exit;
    }
    catch {
        code = undefined;
    }
    const read = (f) => {
        try {
            return node_fs__WEBPACK_IMPORTED_MODULE_1___default().readFileSync(f, 'utf8');
        }
        catch {
            return '';
        }
    };
    if (typeof code === 'number')
        return { kind: 'done', exitCode: code, stdout: read(stdout), stderr: read(stderr) };
    // It ended without answering: the run gets a fresh cfn-lint, as if none had been waiting.
    node_fs__WEBPACK_IMPORTED_MODULE_1___default().rmSync(stdout, { force: true });
    node_fs__WEBPACK_IMPORTED_MODULE_1___default().rmSync(stderr, { force: true });
    return (0,_graders_engine_cfn_lint_js__WEBPACK_IMPORTED_MODULE_4__/* .spawnCfnLint */ .O)(args, dir, nonce);
}


/***/ }),

/***/ 4895:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ dropDependencyDeprecations)
/* harmony export */ });
// kubernetes-models' schema validator reaches Node's built-in 'punycode' module (ajv-formats-draft2019's
// idn-hostname format requires it by that name, so the bundler cannot swap in the userland package). Node 21+
// deprecates the built-in (DEP0040) and prints a warning on stderr whenever lab 12 is graded, which a learner would
// read as something wrong with their work or their set-up. That one warning is dropped; every other still prints.
const DROPPED = new Set(['DEP0040']);
/** Drops Node's warnings that only concern the grader's own dependencies, once per process. */
function dropDependencyDeprecations(proc = process) {
    const marker = Symbol.for('labgrade.dropDependencyDeprecations');
    const holder = proc;
    if (holder[marker])
        return;
    holder[marker] = true;
    const emit = proc.emitWarning.bind(proc);
    proc.emitWarning = ((warning, ...rest) => {
        // emitWarning(warning, type, code) or emitWarning(warning, { type, code }).
        const options = rest[0];
        const code = typeof options === 'object' && options !== null ? options.code : rest[1];
        if (typeof code === 'string' && DROPPED.has(code))
            return;
        emit(warning, ...rest);
    });
}


/***/ }),

/***/ 8978:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N4: () => (/* binding */ randomUUID),
/* harmony export */   S2: () => (/* binding */ builtin),
/* harmony export */   cH: () => (/* binding */ spawn),
/* harmony export */   dR: () => (/* binding */ monotonicMs),
/* harmony export */   n1: () => (/* binding */ createHash),
/* harmony export */   po: () => (/* binding */ randomBytes)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);

let requireHere;
/** The built-in `id` (`node:…`), loaded on this first call. */
function builtin(id) {
    return (process.getBuiltinModule?.(id) ??
        (requireHere ??= (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url))(id));
}
const childProcess = () => builtin('node:child_process');
const crypto = () => builtin('node:crypto');
const spawn = ((...args) => childProcess().spawn(...args));
const createHash = ((...args) => crypto().createHash(...args));
const randomUUID = ((...args) => crypto().randomUUID(...args));
const randomBytes = ((...args) => crypto().randomBytes(...args));
/**
 * Milliseconds on a monotonic clock, for durations. The global `performance` is itself loaded on first use, with
 * node:perf_hooks behind it (about 3 ms); process.hrtime is there from the start.
 */
const monotonicMs = () => Number(process.hrtime.bigint()) / 1e6;


/***/ }),

/***/ 5719:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H1: () => (/* binding */ NO_RESULT_RULE),
/* harmony export */   KG: () => (/* binding */ cfnLintUnreadable),
/* harmony export */   O: () => (/* binding */ spawnCfnLint),
/* harmony export */   O5: () => (/* binding */ prestartCfnLint),
/* harmony export */   Xt: () => (/* binding */ CFN_LINT_UNREADABLE_IDS),
/* harmony export */   YC: () => (/* binding */ runCfnLint),
/* harmony export */   n_: () => (/* binding */ CFN_LINT_TIMEOUT_MS),
/* harmony export */   y: () => (/* binding */ warmLauncher),
/* harmony export */   yn: () => (/* binding */ cfnLintEnv)
/* harmony export */ });
/* unused harmony exports INSTALL_HINT, toFindings */
/* harmony import */ var _builtins_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8978);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




const CFN_LINT_TIMEOUT_MS = 120_000;
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
const launcherCore = (nonce) => [
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
const launcher = (nonce) => [
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
const warmLauncher = () => [
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
function prestartCfnLint(opts = {}) {
    const dir = node_fs__WEBPACK_IMPORTED_MODULE_1___default().mkdtempSync(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_os__WEBPACK_IMPORTED_MODULE_2___default().tmpdir(), 'labgrade-cfn-'));
    const nonce = (0,_builtins_js__WEBPACK_IMPORTED_MODULE_0__/* .randomUUID */ .N4)();
    const started = spawnProcess(pythonOf(opts.python), ['-c', launcher(nonce), ARGS_ON_STDIN], dir, opts.timeoutMs ?? CFN_LINT_TIMEOUT_MS, cfnLintEnv(), true);
    let state = 'waiting';
    const send = (line) => {
        try {
            started.child?.stdin?.end(line);
        }
        catch {
            // The process is gone already; its outcome says why.
        }
    };
    return {
        dir,
        take() {
            if (state !== 'waiting')
                return undefined;
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
                void started.run.then(() => node_fs__WEBPACK_IMPORTED_MODULE_1___default().rmSync(dir, { recursive: true, force: true }));
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
const CFN_LINT_UNREADABLE_IDS = ['E0000', 'E0001'];
/** The finding that stands for "cfn-lint gave no result for this file". */
const NO_RESULT_RULE = 'labgrade/cfn-lint-no-result';
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
];
/** The environment cfn-lint runs with: the allowed variables of `from`, and no .pyc files in site-packages. */
function cfnLintEnv(from = process.env) {
    const env = {};
    for (const k of PASSED_ENV)
        if (from[k] !== undefined)
            env[k] = from[k];
    env['PYTHONDONTWRITEBYTECODE'] = '1';
    return env;
}
/** Checks that are noise for learners: unused parameters and obsolete DependsOn. */
const IGNORED = ['W2001', 'W3005'];
const INSTALL_HINT = "Install cfn-lint to grade these items locally: run 'npm run tools' (it installs cfn-lint with pipx, or into a .venv/ folder the grader then uses), or 'pipx install cfn-lint'. CI always has it.";
async function runCfnLint(req, opts = {}) {
    if (req.templates.length === 0)
        return { status: 'ok', version: null, byTemplate: [] };
    const warm = opts.prestarted?.take();
    const dir = warm ? warm.dir : node_fs__WEBPACK_IMPORTED_MODULE_1___default().mkdtempSync(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_os__WEBPACK_IMPORTED_MODULE_2___default().tmpdir(), 'labgrade-cfn-'));
    try {
        const byTemp = new Map();
        req.templates.forEach((t, i) => {
            const rel = node_path__WEBPACK_IMPORTED_MODULE_3___default().posix.join(`t${i}`, node_path__WEBPACK_IMPORTED_MODULE_3___default().posix.basename(t.path));
            node_fs__WEBPACK_IMPORTED_MODULE_1___default().mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, `t${i}`));
            node_fs__WEBPACK_IMPORTED_MODULE_1___default().writeFileSync(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, rel), t.text);
            byTemp.set(rel, t.path);
        });
        const config = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, 'labgrade-cfnlintrc.yaml');
        node_fs__WEBPACK_IMPORTED_MODULE_1___default().writeFileSync(config, `regions:\n${req.regions.map((r) => `  - ${r}\n`).join('')}`);
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
        const nonce = warm ? warm.nonce : (0,_builtins_js__WEBPACK_IMPORTED_MODULE_0__/* .randomUUID */ .N4)();
        let run;
        if (warm) {
            warm.send(args);
            run = await warm.run;
        }
        else {
            run = await spawnCfnLint(args, dir, nonce, { python: opts.python, timeoutMs: timeout });
        }
        let version = null;
        let viaLauncher = true;
        if (run.kind === 'done' && run.exitCode === MISSING_EXIT)
            run = { kind: 'missing' };
        if (run.kind === 'done' && run.exitCode === UNSUPPORTED_EXIT) {
            return {
                status: 'unavailable',
                version: null,
                reason: "this cfn-lint's runner is not the one the grader knows (cfn-lint 1.x), so the grader cannot tell which templates it read. This is not your fault; the grader needs an update.",
            };
        }
        if (run.kind === 'missing') {
            // The interpreter lacks cfn-lint; a standalone executable (pipx, brew) may still exist.
            run = await exec(opts.executable ?? 'cfn-lint', args, dir, timeout, env);
            viaLauncher = false;
            if (run.kind === 'done')
                version = await executableVersion(opts.executable ?? 'cfn-lint', dir, env);
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
        if (mark)
            version = mark.slice(VERSION_MARK.length).trim();
        let parsed;
        try {
            parsed = JSON.parse(run.stdout || '[]');
        }
        catch {
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
        const marked = new Set(run.stderr
            .split('\n')
            .filter((l) => l.startsWith(`${LINTED_MARK}-${nonce} `))
            .flatMap((l) => {
            try {
                const f = JSON.parse(l.slice(`${LINTED_MARK}-${nonce} `.length));
                return typeof f === 'string' ? [f.split((node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)).join('/')] : [];
            }
            catch {
                return [];
            }
        }));
        const linted = [...byTemp.keys()].map((rel) => !viaLauncher || marked.has(rel));
        return { status: 'ok', version, byTemplate, linted };
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_1___default().rmSync(dir, { recursive: true, force: true });
    }
}
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;
/** The interpreter cfn-lint runs with: the one given, else `LABGRADE_PYTHON`, else `python3`. */
const pythonOf = (python) => python ?? process.env['LABGRADE_PYTHON'] ?? 'python3';
/**
 * One cfn-lint process through the launcher, in `dir`, with `args` (as runCfnLint builds them) and the marks'
 * `nonce`: runCfnLint's own, and a warm interpreter's caller's (action/cli/warm-cfn-lint.ts) whose interpreter is
 * gone.
 */
function spawnCfnLint(args, dir, nonce, opts = {}) {
    return exec(pythonOf(opts.python), ['-c', launcher(nonce), ...args], dir, opts.timeoutMs ?? CFN_LINT_TIMEOUT_MS, cfnLintEnv());
}
/**
 * Starts the process at once (synchronously, before the first await), so the engine can grade statically while
 * cfn-lint's Python starts up. Plain child_process rather than execa: execa was a fifth of the CLI bundle, loaded
 * by every `grade`, even with `--no-lint`.
 */
function exec(cmd, args, cwd, timeout, env) {
    return spawnProcess(cmd, args, cwd, timeout, env, false).run;
}
/** `exec`, with the child kept for a caller that writes to its standard input (`withStdin`). */
function spawnProcess(cmd, args, cwd, timeout, env, withStdin) {
    let child;
    try {
        child = (0,_builtins_js__WEBPACK_IMPORTED_MODULE_0__/* .spawn */ .cH)(cmd, args, {
            cwd,
            env,
            stdio: [withStdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
            windowsHide: true,
        });
    }
    catch {
        return { child: undefined, run: Promise.resolve({ kind: 'missing' }) };
    }
    // A process that exits before reading its input must not fail the grader with EPIPE.
    child.stdin?.on('error', () => { });
    const run = new Promise((resolve) => {
        const out = [];
        const err = [];
        let size = 0;
        let timedOut = false;
        let overflow = false;
        const take = (into) => (b) => {
            size += b.length;
            if (size <= MAX_OUTPUT_BYTES)
                into.push(b);
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
        const settle = (o) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            resolve(o);
        };
        // A command that cannot be started (ENOENT, EACCES) is one that is not there to run.
        child.once('error', () => settle(timedOut ? { kind: 'timeout' } : { kind: 'missing' }));
        child.once('close', (code) => {
            if (timedOut)
                return settle({ kind: 'timeout' });
            const stderr = Buffer.concat(err).toString('utf8');
            if (overflow)
                return settle({
                    kind: 'done',
                    exitCode: code ?? -1,
                    stdout: '',
                    stderr: `${stderr}\noutput over 64 MiB`,
                });
            // Killed by a signal it was not sent by us: it gave no result, as when it could not start.
            if (code === null)
                return settle({ kind: 'missing' });
            settle({ kind: 'done', exitCode: code, stdout: Buffer.concat(out).toString('utf8'), stderr });
        });
    });
    return { child, run };
}
async function executableVersion(cmd, cwd, env) {
    const r = await exec(cmd, ['--version'], cwd, 30_000, env);
    if (r.kind !== 'done')
        return null;
    return /(\d+\.\d+\.\d+)/.exec(r.stdout + r.stderr)?.[1] ?? null;
}
/**
 * Why cfn-lint could not read one template, as the finding to show, or null when it read it: its first E0000
 * or E0001 finding, or, when it never finished with the file (`linted` false), a finding that says so.
 */
function cfnLintUnreadable(file, findings, linted) {
    const ids = CFN_LINT_UNREADABLE_IDS;
    const first = findings.find((f) => ids.includes(f.ruleId));
    if (first)
        return first;
    if (linted)
        return null;
    return {
        file,
        line: 1,
        column: 1,
        severity: 'error',
        ruleId: NO_RESULT_RULE,
        message: `cfn-lint gave no result for '${file}': it did not finish linting it, so none of its checks can be trusted on this file.`,
    };
}
const LEVELS = { Error: 'error', Warning: 'warning', Informational: 'info' };
/** cfn-lint's JSON (rules.md §1.2) → findings on the learner's paths. */
function toFindings(raw, byTemp) {
    if (!Array.isArray(raw))
        return [];
    const out = [];
    for (const m of raw) {
        const rule = m['Rule'];
        const loc = m['Location'];
        const filename = typeof m['Filename'] === 'string' ? m['Filename'].split((node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)).join('/') : null;
        const file = filename ? byTemp.get(filename) : undefined;
        if (!file || !rule || typeof rule['Id'] !== 'string')
            continue;
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


/***/ }),

/***/ 7236:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   lH: () => (/* binding */ TOOL_NAME),
/* harmony export */   wr: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/* unused harmony export SCHEMA_VERSION */
// Kept in step with package.json by test/action/version.test.ts; a constant keeps package.json out of the bundle.
const TOOL_NAME = 'labgrade';
const TOOL_VERSION = '0.1.0';
const SCHEMA_VERSION = 1;


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 4876:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("punycode");

/***/ }),

/***/ 3785:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("readline");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(164);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
