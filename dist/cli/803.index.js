export const id = 803;
export const ids = [803];
export const modules = {

/***/ 4810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ submissionTime),
/* harmony export */   e: () => (/* binding */ readCourse)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _graders_engine_course_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(591);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9411);
/* harmony import */ var _usage_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9516);
// Options more than one command reads: the course configuration and the hand-in time.





/**
 * The course configuration: the file `--config` names (which must exist), else the submission's own
 * `.github/course.yml` when there is one, else every lab with no due date. A file that does not validate is a
 * usage error listing each field at fault.
 */
async function readCourse(option, root, labs) {
    const file = option ?? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, _graders_engine_course_js__WEBPACK_IMPORTED_MODULE_2__/* .COURSE_CONFIG_PATH */ .Zp);
    if (option === undefined && !node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(file))
        return (0,_graders_engine_course_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultCourse */ .fE)();
    let text;
    try {
        text = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(file, 'utf8');
    }
    catch (e) {
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`--config '${option ?? file}' cannot be read: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .g)(e)}`);
    }
    const shown = option ?? node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(process.cwd(), file);
    const { parseCourse } = await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(269)]).then(__webpack_require__.bind(__webpack_require__, 2269));
    const parsed = parseCourse(shown, text, labs);
    if (!parsed.ok)
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`the course configuration is not valid:\n  ${parsed.errors.join('\n  ')}`);
    return parsed.config;
}
function submissionTime(option) {
    if (option === undefined)
        return new Date();
    const d = new Date(option);
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(option) ||
        Number.isNaN(d.getTime()))
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`--submitted-at must be an ISO 8601 time with its offset (2027-01-15T23:59:00Z), got '${option}'`);
    return d;
}


/***/ }),

/***/ 8803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./graders/engine/cfn-lint.ts
var cfn_lint = __webpack_require__(5719);
// EXTERNAL MODULE: ./action/cli/cache-store.ts
var cache_store = __webpack_require__(746);
// EXTERNAL MODULE: ./action/cli/cfn-lint-install.ts
var cfn_lint_install = __webpack_require__(3513);
// EXTERNAL MODULE: ./graders/engine/builtins.ts
var builtins = __webpack_require__(8978);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./graders/engine/lint-cache.ts
var lint_cache = __webpack_require__(7368);
;// CONCATENATED MODULE: ./action/cli/lint-cache.ts
// The CLI's cfn-lint cache on disk: one file per template text under node_modules/.cache/labgrade/lint/ of the
// repository that holds the CLI, beside the parse cache (parse-cache.ts), with the same design: keyed by content
// hash and versions, written aside and renamed, and an entry that cannot be read is a miss. Only the CLI keeps one
// (`grade`, `batch`): the action grades each commit once, and in the trusted job nothing the PR can write may feed
// the grade.
//
// An entry is only as good as the cfn-lint version in its key, and that version must be known before cfn-lint
// starts, or a cached run would cost the ~1 s start-up it exists to save (more with pyenv's shims, ~1 s each).
// So the version is remembered with where it came from: the installed distribution's METADATA file, found once by
// a small Python probe (importlib.metadata, no cfn-lint import), for one interpreter and environment. A later run
// that finds the same interpreter and environment, and that METADATA file unchanged (an upgrade or reinstall
// replaces it), takes the version from the memo without starting Python. Anything else: the memo is not used, every
// template is linted, and the probe runs beside cfn-lint to renew it. The engine checks the memo as well: when
// cfn-lint runs and reports another version than the memo said, every template is linted again.







/**
 * Enough for every template of a course several times over; past it the oldest entries go (a version memo among
 * them only costs one more probe).
 */
const MAX_ENTRIES = 400;
const PROBE_TIMEOUT_MS = 30_000;
function diskLintCache(dir, salt, install, maxEntries = MAX_ENTRIES) {
    // The version memos sit among the entries and count towards maxEntries (losing one costs one more probe).
    const entries = (0,cache_store/* jsonEntries */.TP)(dir, (v) => ((0,lint_cache/* isCachedFindings */.N6)(v) ? v : undefined), maxEntries);
    let version;
    return {
        salt,
        cfnLintVersion() {
            version ??= rememberedVersion(dir, install);
            return version;
        },
        get: (key) => entries.get(key),
        set: (key, findings) => entries.set(key, [...findings]),
    };
}
/**
 * The CLI's cache for the repository at `repoRoot`, for the build `salt` describes (buildSalt); none when
 * LABGRADE_CACHE is `off`.
 */
function cliLintCache(repoRoot, salt, env) {
    const dir = (0,cache_store/* cliCacheDir */.O)(repoRoot, env, 'lint');
    return dir === undefined ? undefined : diskLintCache(dir, salt, (0,cfn_lint_install/* cfnLintInstall */.K9)(env));
}
/** The memo's version when it still holds; otherwise undefined, with a probe started to renew it. */
async function rememberedVersion(dir, install) {
    const identity = (0,cfn_lint_install/* installIdentity */.gO)(install);
    const known = (0,cfn_lint_install/* rememberedInstall */.mF)(dir, install, identity)?.version;
    if (known !== undefined)
        return known;
    // Not awaited: this run lints every template anyway, and the probe (Python without cfn-lint) ends before it.
    void probeInstall(install).then((found) => {
        if (!found)
            return;
        try {
            const st = external_node_fs_default().statSync(found.metadata);
            const memo = { identity, ...found, size: st.size, mtimeMs: st.mtimeMs };
            (0,cache_store/* writeAtomic */.vZ)(dir, (0,cfn_lint_install/* memoFile */.Z2)(dir, identity), JSON.stringify(memo));
        }
        catch {
            // The METADATA file it named is gone: nothing to remember.
        }
    });
    return undefined;
}
const PROBE = [
    'import json',
    'from importlib.metadata import distribution',
    'd = distribution("cfn-lint")',
    'p = getattr(d, "_path", None)',
    'print(json.dumps({"version": d.version, "metadata": str(p / "METADATA") if p is not None else None}))',
].join('\n');
/**
 * The installed cfn-lint's version and METADATA file, as the runner would find it: through its interpreter, else
 * through the interpreter named by the standalone executable's `#!` line (pip's console scripts, so pipx and
 * virtual environments). Undefined when neither tells.
 */
async function probeInstall(install) {
    const viaPython = await probe(install.python, install.env);
    if (viaPython)
        return viaPython;
    const exe = (0,cfn_lint_install/* which */.K7)(install.executable, (0,cfn_lint/* cfnLintEnv */.yn)(install.env));
    if (!exe)
        return undefined;
    let first = '';
    try {
        const fd = external_node_fs_default().openSync(exe, 'r');
        const buf = Buffer.alloc(512);
        const n = external_node_fs_default().readSync(fd, buf, 0, buf.length, 0);
        external_node_fs_default().closeSync(fd);
        first = buf.subarray(0, n).toString('utf8').split('\n')[0] ?? '';
    }
    catch {
        return undefined;
    }
    const interpreter = /^#!\s*(\/\S*python[\d.]*)\s*$/.exec(first)?.[1];
    return interpreter ? probe(interpreter, install.env) : undefined;
}
function probe(python, env) {
    return new Promise((resolve) => {
        let out = '';
        let child;
        try {
            // Run where the runner runs cfn-lint (a temporary folder), so a `.python-version` in the learner's folder
            // cannot pick another Python for the probe than for cfn-lint.
            child = (0,builtins/* spawn */.cH)(python, ['-c', PROBE], {
                cwd: external_node_os_default().tmpdir(),
                env: (0,cfn_lint/* cfnLintEnv */.yn)(env),
                stdio: ['ignore', 'pipe', 'ignore'],
                windowsHide: true,
                timeout: PROBE_TIMEOUT_MS,
            });
        }
        catch {
            return resolve(undefined);
        }
        child.stdout.on('data', (b) => (out += b.toString('utf8')));
        child.once('error', () => resolve(undefined));
        child.once('close', (code) => {
            if (code !== 0)
                return resolve(undefined);
            try {
                const r = JSON.parse(out);
                resolve(typeof r.version === 'string' && typeof r.metadata === 'string'
                    ? { version: r.version, metadata: r.metadata, python }
                    : undefined);
            }
            catch {
                resolve(undefined);
            }
        });
    });
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./graders/engine/course.ts
var engine_course = __webpack_require__(591);
// EXTERNAL MODULE: ./graders/engine/grade.ts + 3 modules
var grade = __webpack_require__(548);
// EXTERNAL MODULE: ./graders/engine/plural.ts
var plural = __webpack_require__(5792);
// EXTERNAL MODULE: ./graders/engine/result-cache.ts
var result_cache = __webpack_require__(1084);
;// CONCATENATED MODULE: ./graders/engine/select.ts
/** A lab id the registry does not know; the message lists the known ones. */
class UnknownLabError extends Error {
    labId;
    constructor(labId, known) {
        super(`unknown lab '${labId}'; known labs: ${known.join(', ')}`);
        this.labId = labId;
        this.name = 'UnknownLabError';
    }
}
/** The labs to grade, in registry order. Throws UnknownLabError for an id the registry does not know. */
function selectLabs(registry, request) {
    if (request.kind === 'all' || (request.kind === 'changed' && request.labIds === null))
        return [...registry.labs];
    const wanted = request.labIds ?? [];
    if (request.kind === 'ids') {
        const unknown = wanted.find((id) => !registry.labs.some((l) => l.id === id));
        if (unknown !== undefined)
            throw new UnknownLabError(unknown, registry.labs.map((l) => l.id));
    }
    return registry.labs.filter((l) => wanted.includes(l.id));
}

// EXTERNAL MODULE: ./action/report/format.ts
var report_format = __webpack_require__(329);
;// CONCATENATED MODULE: ./action/report/json.ts
function renderJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}
/** The report with timing fields zeroed, for determinism checks and golden files. */
function withoutTiming(report) {
    return { ...report, durationMs: 0 };
}

// EXTERNAL MODULE: ./action/report/sanitize.ts
var sanitize = __webpack_require__(3769);
;// CONCATENATED MODULE: ./action/report/markdown.ts


// Kept for callers written before sanitize.ts (action/run/modes.ts builds its banners with these).
// `codeSpan` is exact outside tables only; in a table cell use `cellCode`, or a `|` in the text splits the cell.

/** Prose, safe in a table cell and anywhere else inline (outside tables a `|` inside code shows as `\|`). */
const escapeCell = (/* unused pure expression or super */ null && (cellText));
/** Lab statuses, and the row of a lab this run did not grade. */
const STATUS_EMOJI = {
    passed: '✅',
    partial: '🟡',
    failed: '❌',
    'not-gradable': '⚠️',
    'grader-error': '🛠️',
    'not-started': '⬜',
    'not-graded': '➖',
};
function renderMarkdown(full, opts = {}) {
    const report = (0,report_format/* visibleReport */.zE)(full);
    const out = [];
    if (opts.marker)
        out.push(opts.marker);
    out.push(`### Lab grade: **${(0,report_format/* formatPoints */.Xf)(report.score)} / ${report.maxScore}** (${(0,report_format/* percent */.KN)(report.score, report.maxScore)}) \`${(0,report_format/* scoreBar */.Ei)(report.score, report.maxScore)}\``);
    out.push('');
    const graded = (0,report_format/* gradedLine */.CB)(report);
    if (graded !== undefined)
        out.push(`${(0,sanitize/* mdText */.bC)(graded)}`, '');
    for (const b of opts.banners ?? [])
        out.push(b, '');
    const changed = new Set(opts.changedLabs ?? []);
    const byId = new Map(report.labs.map((l) => [l.id, l]));
    const course = opts.course ?? report.labs.map((l) => ({ id: l.id, title: l.title }));
    const order = [...course.filter((l) => changed.has(l.id)), ...course.filter((l) => !changed.has(l.id))];
    out.push('| Lab | Score | Progress | Status |');
    out.push('|---|---:|---|---|');
    for (const meta of order) {
        const lab = byId.get(meta.id);
        const name = `${(0,sanitize/* cellText */.Ie)((0,report_format/* labNumber */.fp)(meta.id))} · ${(0,sanitize/* cellText */.Ie)(meta.title)}${changed.has(meta.id) ? ' *(changed)*' : ''}`;
        if (!lab) {
            out.push(`| ${name} | – | | ${STATUS_EMOJI['not-graded']} not graded in this run |`);
            continue;
        }
        const late = lab.late && lab.late.deducted > 0 ? ` (late −${(0,report_format/* formatPoints */.Xf)(lab.late.deducted)})` : '';
        const due = (0,report_format/* dueLabel */.d2)(lab);
        out.push(`| ${changed.has(meta.id) ? `**${name}**` : name} | ${(0,report_format/* formatPoints */.Xf)(lab.score)}/${lab.maxScore}${late} | \`${(0,report_format/* scoreBar */.Ei)(lab.score, lab.maxScore)}\` | ${STATUS_EMOJI[lab.status]} ${lab.status}${due === undefined ? '' : ` · ${(0,sanitize/* cellText */.Ie)(due)}`} |`);
    }
    out.push('');
    const details = opts.labDetails ?? 'all';
    for (const meta of order) {
        const lab = byId.get(meta.id);
        if (!lab || details === 'none' || (details === 'changed' && !changed.has(lab.id)))
            continue;
        const listFindings = opts.findingsFor !== 'changed' || changed.has(lab.id);
        out.push(...renderLab(lab, listFindings ? opts : { ...opts, maxFindingsPerItem: 0 }));
    }
    if (report.deploy)
        out.push(...renderDeploy(report));
    // `<sub>` with text after it is inline HTML inside a paragraph, so its content is Markdown: prose rules.
    const tool = `${(0,sanitize/* mdText */.bC)(report.tool.name)} ${(0,sanitize/* mdText */.bC)(report.tool.version)}${report.tool.cfnLint ? ` · cfn-lint ${(0,sanitize/* mdText */.bC)(report.tool.cfnLint)}` : ''} · report schema v${report.schemaVersion}`;
    out.push(`<sub>${tool}${opts.footer ? ` · ${opts.footer}` : ''}</sub>`);
    return `${out.join('\n')}\n`;
}
function renderLab(lab, opts) {
    const open = lab.status !== 'passed' && lab.status !== 'not-started';
    const out = [`<details${open ? ' open' : ''}>`];
    out.push(
    // The summary line sits inside the `<details>` HTML block, where Markdown is not parsed: HTML rules.
    `<summary>${STATUS_EMOJI[lab.status]} <b>${(0,sanitize/* htmlText */.js)((0,report_format/* labNumber */.fp)(lab.id))} · ${(0,sanitize/* htmlText */.js)(lab.title)}</b> — ${(0,report_format/* formatPoints */.Xf)(lab.score)}/${lab.maxScore}</summary>`);
    out.push('');
    // The note (why a lab is not started) is grader text but names learner paths: prose, through the sanitizer.
    if (lab.note !== undefined)
        out.push((0,sanitize/* mdText */.bC)((0,sanitize/* truncate */.xv)(lab.note, 500)), '');
    // Grader text around the template's path and stack name, which the app chose: those go through codeSpan.
    const synthesized = (0,report_format/* synthesizedLine */.pE)(lab, (s) => (0,sanitize/* codeSpan */.SS)((0,sanitize/* truncate */.xv)(s, 200)));
    if (synthesized !== undefined)
        out.push(synthesized, '');
    const late = (0,report_format/* lateLine */.FB)(lab);
    if (late !== undefined)
        out.push(`🕒 ${(0,sanitize/* mdText */.bC)(late)}`, '');
    if (lab.feedback === 'score-only' || lab.feedback === 'hints')
        out.push(`*${report_format/* FEEDBACK_NOTE */.j6[lab.feedback]}*`, '');
    if (lab.feedback === 'score-only')
        return [...out, '</details>', ''];
    // Notices say why a lab could not be read, so even a cut-down comment keeps a few of each lab's.
    const maxNotices = opts.maxFindingsPerItem === 0 ? 3 : (opts.maxFindingsPerItem ?? Infinity);
    for (const n of lab.notices.slice(0, maxNotices))
        out.push(`> ${findingMd(n, opts)}`);
    if (lab.notices.length > maxNotices)
        out.push(`> …and ${lab.notices.length - maxNotices} more notices for this lab (see the job summary)`);
    if (lab.notices.length)
        out.push('');
    out.push('| | Item | Points | Feedback |');
    out.push('|---|---|---:|---|');
    for (const item of lab.items) {
        out.push(`| ${report_format/* STATUS_SYMBOL */.Sy[item.status]} | ${docsLink((0,sanitize/* cellText */.Ie)(item.title), item.docs)} | ${(0,report_format/* formatPoints */.Xf)(item.earned)}/${item.points} | ${item.status === 'passed' ? '' : (0,sanitize/* cellText */.Ie)((0,sanitize/* truncate */.xv)(item.feedback, opts.maxFeedbackChars ?? 400))} |`);
    }
    const withFindings = lab.items.filter((i) => i.findings.length > 0);
    if (withFindings.length && opts.maxFindingsPerItem !== 0) {
        out.push('');
        for (const item of withFindings)
            out.push(...itemFindings(item, opts));
    }
    out.push('', '</details>', '');
    return out;
}
function itemFindings(item, opts) {
    const max = opts.maxFindingsPerItem ?? Infinity;
    const shown = item.findings.slice(0, max);
    const out = shown.map((f) => `- ${findingMd(f, opts)}`);
    const rest = item.findings.length - shown.length;
    if (rest > 0)
        out.push(`- …and ${rest} more for *${(0,sanitize/* mdText */.bC)(item.title)}* (see the job summary)`);
    return out;
}
function renderDeploy(report) {
    const d = report.deploy;
    const out = [
        `#### Sandbox deploy (${(0,sanitize/* mdText */.bC)(d.region)}): ${(0,report_format/* formatPoints */.Xf)(d.score)}/${d.maxScore}, reported beside the static grade`,
        '',
    ];
    out.push('| Lab | Stack | Status | Estimate |', '|---|---|---|---|');
    for (const l of d.labs) {
        const est = l.estimate
            ? `$${l.estimate.runUsd.toFixed(2)} of $${l.estimate.budgetUsd.toFixed(2)} budget`
            : '–';
        out.push(`| ${(0,sanitize/* cellText */.Ie)((0,report_format/* labNumber */.fp)(l.id))} | ${l.stackName ? (0,sanitize/* cellCode */.GA)(l.stackName) : '–'} | ${(0,sanitize/* cellText */.Ie)(l.status)} | ${est} |`);
    }
    out.push('');
    return out;
}
function findingMd(f, opts = {}) {
    const where = (0,sanitize/* codeSpan */.SS)(`${f.file}:${f.line}:${f.column}`);
    const loc = opts.links ? `[${where}](${blobUrl(opts.links, f.file, f.line)})` : where;
    return `${loc} **${(0,sanitize/* mdText */.bC)(f.severity)}** ${(0,sanitize/* codeSpan */.SS)(f.ruleId)} ${(0,sanitize/* mdText */.bC)((0,sanitize/* truncate */.xv)(f.message, 500))}`;
}
function blobUrl(l, file, line) {
    // encodeURIComponent leaves parentheses, which would end a Markdown link destination early.
    const p = file
        .split('/')
        .map((s) => encodeURIComponent(s).replace(/\(/g, '%28').replace(/\)/g, '%29'))
        .join('/');
    return `${l.serverUrl}/${l.repo}/blob/${encodeURIComponent(l.sha)}/${p}#L${line}`;
}
/** A documentation link, or the plain title when the report's URL is not one we would link to. */
function docsLink(title, url) {
    const safe = (0,sanitize/* safeUrl */.Pl)(url);
    return safe ? `[${title}](${safe})` : title;
}

;// CONCATENATED MODULE: ./action/report/pretty.ts


// Not Markdown, but the same hostile text: a lone CR or an ESC sequence in a learner value would overwrite or
// recolour what the terminal shows (a forged "✓ 450/450"), and bidi controls reorder it. `t` shows them as escapes.

const ANSI = { red: 31, green: 32, yellow: 33, blue: 34, gray: 90, bold: 1, dim: 2 };
// Keyed by the report's unions, so a status or severity added there does not compile until it is styled.
const ITEM_COLOUR = {
    passed: 'green',
    partial: 'yellow',
    failed: 'red',
    skipped: 'gray',
    'not-gradable': 'red',
    'grader-error': 'red',
};
/** Said after a lab's score in the summary table; most statuses speak for themselves through the bar. */
const LAB_NOTE = {
    passed: '',
    partial: '',
    failed: '',
    'not-started': '  not started',
    'not-gradable': '',
    'grader-error': '  grader error',
};
/** Padded to one width so messages line up. */
const SEVERITY_LABEL = {
    error: { style: 'red', text: 'error  ' },
    warning: { style: 'yellow', text: 'warning' },
    info: { style: 'blue', text: 'info   ' },
};
function renderPretty(full, opts) {
    const report = (0,report_format/* visibleReport */.zE)(full);
    const c = (style, s) => (opts.color ? `\u001b[${ANSI[style]}m${s}\u001b[0m` : s);
    const out = [];
    const findings = report.labs.flatMap((l) => [...l.notices, ...l.items.flatMap((i) => i.findings)]);
    out.push(c('bold', `${(0,sanitize/* visibleCode */.yy)(report.tool.name)}  ${(0,report_format/* formatPoints */.Xf)(report.score)}/${report.maxScore} (${(0,report_format/* percent */.KN)(report.score, report.maxScore)})`));
    const graded = (0,report_format/* gradedLine */.CB)(report);
    if (graded !== undefined)
        out.push(c('gray', (0,sanitize/* visibleCode */.yy)(graded)));
    out.push('');
    for (const lab of report.labs)
        out.push(...pretty_renderLab(lab, c));
    out.push(c('bold', 'Lab  Score    Progress'));
    for (const lab of report.labs) {
        out.push(`${(0,sanitize/* visibleCode */.yy)((0,report_format/* labNumber */.fp)(lab.id)).padEnd(4)} ${`${(0,report_format/* formatPoints */.Xf)(lab.score)}/${lab.maxScore}`.padEnd(8)} ${(0,report_format/* scoreBar */.Ei)(lab.score, lab.maxScore)}${LAB_NOTE[lab.status]}`);
    }
    out.push('');
    if (report.deploy)
        out.push(...pretty_renderDeploy(report, c), '');
    const count = (severity) => findings.filter((f) => f.severity === severity).length;
    // Every severity is counted, so the parts always add up to the total the line gives.
    const bySeverity = [
        (0,plural/* countNoun */.y)(count('error'), 'error'),
        (0,plural/* countNoun */.y)(count('warning'), 'warning'),
        (0,plural/* countNoun */.y)(count('info'), 'info', 'info'),
    ].join(', ');
    const complete = report.labs.filter((l) => l.status === 'passed').length;
    const allDone = complete === report.labs.length;
    const tail = `${allDone ? '✓' : '✖'} ${(0,report_format/* formatPoints */.Xf)(report.score)}/${report.maxScore} (${(0,report_format/* percent */.KN)(report.score, report.maxScore)}) · ${(0,plural/* countNoun */.y)(findings.length, 'finding')} (${bySeverity}) · ${complete}/${report.labs.length} labs complete`;
    out.push(c('bold', c(allDone ? 'green' : findings.length ? 'red' : 'yellow', tail)));
    return `${out.join('\n')}\n`;
}
function pretty_renderLab(lab, c) {
    const head = `${(0,sanitize/* visibleCode */.yy)(lab.title)} (${(0,sanitize/* visibleCode */.yy)(lab.id)})`;
    const score = `${(0,report_format/* formatPoints */.Xf)(lab.score)}/${lab.maxScore}`;
    const out = [`${c('bold', head)}  ${c(lab.status === 'passed' ? 'green' : 'yellow', score)}`];
    // The note says what the status alone does not (which starter files are untouched); a report from a grader
    // that predates notes has none, so a not-started lab falls back to the general advice.
    const note = lab.note ??
        (lab.status === 'not-started' ? `not started: add your files under labs/${lab.id}/` : undefined);
    if (note !== undefined)
        out.push(`  ${c('gray', (0,sanitize/* visibleCode */.yy)(note))}`);
    const synthesized = (0,report_format/* synthesizedLine */.pE)(lab, (s) => `'${(0,sanitize/* visibleCode */.yy)(s)}'`);
    if (synthesized !== undefined)
        out.push(`  ${c('gray', synthesized)}`);
    const late = (0,report_format/* lateLine */.FB)(lab);
    if (late !== undefined)
        out.push(`  ${c(lab.late?.deducted ? 'yellow' : 'gray', (0,sanitize/* visibleCode */.yy)(late))}`);
    if (lab.feedback === 'score-only' || lab.feedback === 'hints')
        out.push(`  ${c('gray', report_format/* FEEDBACK_NOTE */.j6[lab.feedback])}`);
    if (lab.status === 'passed' && lab.notices.length === 0)
        return [...out, ''];
    for (const n of lab.notices)
        out.push(`  ${findingLine(n, c)}`);
    if (lab.status === 'not-started')
        return [...out, ''];
    for (const item of lab.items)
        out.push(...renderItem(item, c));
    return [...out, ''];
}
/** The sandbox deploy, beside the static score (never added to it). */
function pretty_renderDeploy(report, c) {
    const d = report.deploy;
    const out = [
        c('bold', `Sandbox deploy (${(0,sanitize/* visibleCode */.yy)(d.region)})  ${(0,report_format/* formatPoints */.Xf)(d.score)}/${d.maxScore}  (reported beside the static score)`),
    ];
    for (const lab of d.labs) {
        const est = lab.estimate
            ? `  est. $${lab.estimate.runUsd.toFixed(2)} of $${lab.estimate.budgetUsd.toFixed(2)} budget`
            : '';
        out.push(`  ${(0,sanitize/* visibleCode */.yy)(lab.id)}  ${lab.status}${lab.stackName ? `  ${(0,sanitize/* visibleCode */.yy)(lab.stackName)}` : ''}${est}`);
        for (const item of lab.items)
            out.push(...renderItem(item, c).map((l) => `  ${l}`));
        if (lab.leaks.length)
            out.push(`    ${c('red', `left behind: ${(0,sanitize/* visibleCode */.yy)(lab.leaks.join(', '))}`)}`);
    }
    return out;
}
function renderItem(item, c) {
    const line = `  ${c(ITEM_COLOUR[item.status], report_format/* STATUS_SYMBOL */.Sy[item.status])} ${(0,sanitize/* visibleCode */.yy)(item.title)}  ${c('dim', `${(0,report_format/* formatPoints */.Xf)(item.earned)}/${item.points}`)}  ${c('gray', (0,sanitize/* visibleCode */.yy)(item.id))}`;
    // A passed item can still carry advice (an App Mesh resource beside a working Service Connect setup).
    if (item.status === 'passed')
        return [line, ...item.findings.map((f) => `      ${findingLine(f, c)}`)];
    const out = [line];
    for (const f of item.findings)
        out.push(`      ${findingLine(f, c)}`);
    out.push(`      ${c('gray', 'hint')}  ${(0,sanitize/* visibleCode */.yy)(item.feedback)}`);
    out.push(`      ${c('gray', 'docs')}  ${(0,sanitize/* visibleCode */.yy)(item.docs)}`);
    return out;
}
function findingLine(f, c) {
    const { style, text } = SEVERITY_LABEL[f.severity];
    const sev = c(style, text);
    return `${(0,sanitize/* visibleCode */.yy)(f.file)}:${f.line}:${f.column}  ${sev}  ${(0,sanitize/* visibleCode */.yy)(f.message.replace(/\.$/, ''))}  ${c('dim', (0,sanitize/* visibleCode */.yy)(f.ruleId))}`;
}
/** ANSI colour only on a TTY, never under NO_COLOR; FORCE_COLOR turns it on anyway. */
function useColor(stream, env) {
    if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '')
        return false;
    if (env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '0')
        return true;
    return stream.isTTY === true;
}

// EXTERNAL MODULE: ./graders/engine/version.ts
var version = __webpack_require__(7236);
// EXTERNAL MODULE: ./action/util/errors.ts
var errors = __webpack_require__(9411);
// EXTERNAL MODULE: ./action/cli/options.ts
var cli_options = __webpack_require__(4810);
// EXTERNAL MODULE: ./action/cli/sources.ts
var sources = __webpack_require__(8042);
// EXTERNAL MODULE: ./action/cli/usage-error.ts
var usage_error = __webpack_require__(9516);
;// CONCATENATED MODULE: ./action/cli/main.ts
// `labgrade grade | list | explain`. The report goes to stdout (or --out), logs to stderr, so
// `--format json` pipes cleanly. Exit codes: 0 grading ran (whatever the score), 2 usage error, 3 internal error.


















const EXIT = { ok: 0, usage: 2, internal: 3 };
const USAGE = `Usage: labgrade <command> [options]

Commands:
  grade     Grade the labs under <root>/labs/ and print the report
  list      List the labs and their points
  explain   Describe a rule (e.g. DKR001) or a rubric item (e.g. 01-production-dockerfile/multi-stage-build)
  sandbox plan    Show, per lab, whether the sandbox would deploy its template and what a run would cost
                  (no AWS call, no credentials)
  sandbox sweep   Delete sandbox stacks (with labgrade's tags) whose TTL has passed
  batch     Grade a class: each <dir> is one learner's checkout; exports CSV, JSON, HTML, Gradescope, Classroom 50
  merge     Merge class reports (collect.yml's shards) into one, with the same exports

grade options:
  --root DIR                  Submission root holding labs/ (default: .)
  --lab ID                    Grade only this lab; repeatable (default: all)
  --format pretty|json|markdown   Output format (default: pretty)
  --out FILE                  Write the report to FILE instead of stdout
  --no-lint                   Do not run cfn-lint (its items are skipped)
  --no-cache                  Parse and lint every template afresh (parsed templates and cfn-lint's
                              findings are kept by content in node_modules/.cache/labgrade, so an
                              unchanged template is not linted again; LABGRADE_CACHE=off also turns
                              this off)
  --no-synth                  Do not run CDK apps; grade hand-written templates only
  --region R                  cfn-lint region; repeatable (default: us-east-1)
  --config FILE               Course configuration: enabled labs, points, due dates, late policy,
                              feedback levels (default: <root>/.github/course.yml when it exists)
  --submitted-at TIME         When the work was submitted, for due dates: an ISO 8601 time with its
                              offset (default: now)
  --debug                     Log grader internals (stack traces) to stderr

batch options:
  batch <dir>... [--config FILE] [--format csv|json] [--out FILE] [--html FILE] [--gradescope DIR]
                 [--classroom50 DIR] [--no-lint] [--no-cache] [--synth] [--jobs N] [--names FILE]
                 [--references DIR]... [--submitted-at TIME|commit]
  --synth                     Run each submission's CDK apps to grade what they synthesize (default: off;
                              a class's files are graded as data, and no learner code runs)
  --no-cache                  Lint every template afresh (cfn-lint's findings are kept by content in
                              node_modules/.cache/labgrade, shared with 'grade')
  --names FILE                JSON object mapping each <dir> (as given) to the learner's name
  --references DIR            A folder holding reference solutions (labs/<id>/): submissions equal to one are
                              flagged; repeatable (default: test/fixtures/solutions when present)
  --submitted-at TIME|commit  One hand-in time for every submission, or each checkout's last commit time
                              (default: now)
  --jobs N                    Groups graded at once, each with its own cfn-lint (default: the number of CPUs)

merge options:
  merge <class.json>... [--format csv|json] [--out FILE] [--html FILE] [--gradescope DIR] [--classroom50 DIR]

sandbox plan options:
  --root DIR                  Submission root holding labs/ (default: .)
  --lab ID                    Plan only this lab; repeatable (default: all)
  --format pretty|json        Output format (default: pretty)
  --parameters JSON           The 'deploy-parameters' an instructor would configure (default: {})

sandbox sweep options:
  --region R                  AWS region (default: $AWS_REGION)
  --prefix P                  Only stacks whose name starts with P- (default: labgrade)
  --dry-run                   List what would be deleted; delete nothing

Exit codes: 0 grading (or the plan) ran, whatever the score or verdicts; 2 usage error; 3 internal error.
`;
/**
 * Runs one command. `registry` is the course (tests pass their own); by default the course's labs, and its rules
 * only for a command that needs them: `grade` loads the rules when some lab is graded anew, not when the result
 * cache holds every lab, since the rules are most of the grader's code.
 */
async function main(argv, io, registry) {
    const course = async () => registry ?? (await Promise.all(/* import() */[__webpack_require__.e(839), __webpack_require__.e(804), __webpack_require__.e(174), __webpack_require__.e(959), __webpack_require__.e(806)]).then(__webpack_require__.bind(__webpack_require__, 7806))).REGISTRY;
    try {
        const [command, ...rest] = argv;
        switch (command) {
            case 'grade':
                return await main_grade(rest, io, registry);
            case 'list':
                return list(rest, io, registry?.labs ?? (await Promise.all(/* import() */[__webpack_require__.e(174), __webpack_require__.e(959)]).then(__webpack_require__.bind(__webpack_require__, 6959))).LABS);
            case 'explain':
                return explain(rest, io, await course());
            case 'sandbox':
                return await sandbox(rest, io, await course());
            // The class exports (CSV, Gradescope, the HTML report) load only for the commands that make them.
            case 'batch':
                return await (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(789), __webpack_require__.e(698)]).then(__webpack_require__.bind(__webpack_require__, 5698))).batch(rest, io, await course());
            case 'merge':
                return await (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(789), __webpack_require__.e(698)]).then(__webpack_require__.bind(__webpack_require__, 5698))).merge(rest, io);
            case '--version':
            case '-v':
                io.stdout.write(`${version/* TOOL_NAME */.lH} ${version/* TOOL_VERSION */.wr}\n`);
                return EXIT.ok;
            case '--help':
            case '-h':
            case 'help':
                io.stdout.write(USAGE);
                return EXIT.ok;
            case undefined:
                throw new usage_error/* UsageError */.e('a command is required');
            default:
                throw new usage_error/* UsageError */.e(`unknown command '${command}'`);
        }
    }
    catch (e) {
        if (e instanceof usage_error/* UsageError */.e ||
            e instanceof UnknownLabError ||
            e.code?.startsWith('ERR_PARSE_ARGS')) {
            io.stderr.write(`labgrade: ${(0,errors/* errorMessage */.g)(e)}\n\n${USAGE}`);
            return EXIT.usage;
        }
        io.stderr.write(`labgrade: internal error: ${(0,errors/* errorMessage */.g)(e)}\n`);
        if (io.env['LABGRADE_DEBUG'])
            io.stderr.write(`${e.stack ?? ''}\n`);
        return EXIT.internal;
    }
}
async function main_grade(args, io, registry) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            root: { type: 'string', default: '.' },
            lab: { type: 'string', multiple: true },
            format: { type: 'string', default: 'pretty' },
            out: { type: 'string' },
            lint: { type: 'boolean', default: true },
            'no-lint': { type: 'boolean', default: false },
            cache: { type: 'boolean', default: true },
            'no-cache': { type: 'boolean', default: false },
            synth: { type: 'boolean', default: true },
            'no-synth': { type: 'boolean', default: false },
            region: { type: 'string', multiple: true },
            config: { type: 'string' },
            'submitted-at': { type: 'string' },
            debug: { type: 'boolean', default: false },
        },
    });
    if (positionals.length)
        throw new usage_error/* UsageError */.e(`unexpected argument '${positionals[0]}'`);
    const format = values.format;
    if (format !== 'pretty' && format !== 'json' && format !== 'markdown') {
        throw new usage_error/* UsageError */.e(`--format must be 'pretty', 'json' or 'markdown', got '${format}'`);
    }
    const root = external_node_path_default().resolve(values.root);
    if (!external_node_fs_default().existsSync(root) || !external_node_fs_default().statSync(root).isDirectory())
        throw new usage_error/* UsageError */.e(`--root '${values.root}' is not a directory`);
    const request = values.lab?.length ? { kind: 'ids', labIds: values.lab } : { kind: 'all' };
    const cache = values.cache && !values['no-cache'];
    const resultCache = cache ? io.resultCache : undefined;
    // The outlines of this build's labs, kept by an earlier run: enough to take an unchanged course from the result
    // cache without loading the rubrics (gradeKept). Only the build's own course has them: a test's registry is used
    // as it is given.
    const outlines = registry ? undefined : resultCache?.outlines?.get();
    const loadLabs = async () => registry?.labs ?? (await Promise.all(/* import() */[__webpack_require__.e(174), __webpack_require__.e(959)]).then(__webpack_require__.bind(__webpack_require__, 6959))).LABS;
    const known = outlines ?? (await loadLabs());
    const course = await (0,cli_options/* readCourse */.e)(values.config, root, known);
    // Chosen now, so an unknown --lab is a usage error before anything is read.
    const chosen = new Set(selectLabs({ labs: known }, request).map((l) => l.id));
    const submittedAt = (0,cli_options/* submissionTime */.A)(values['submitted-at']);
    const debug = values.debug || Boolean(io.env['LABGRADE_DEBUG']);
    const log = {
        info: (m) => io.stderr.write(`${m}\n`),
        debug: (m) => {
            if (debug)
                io.stderr.write(`debug: ${m}\n`);
        },
        warn: (m) => io.stderr.write(`warning: ${m}\n`),
    };
    if (!external_node_fs_default().existsSync(external_node_path_default().join(root, 'labs')))
        log.warn(`no 'labs' folder under '${values.root}'; every lab is reported as not started`);
    const prestarted = io.prestartedCfnLint;
    const options = {
        lint: values.lint && !values['no-lint'],
        sources: (0,sources/* cliSources */.r)({
            synth: values.synth && !values['no-synth'],
            cache: cache ? io.synthCache : undefined,
            log: log.info,
        }),
        ...(values.region ? { regions: values.region } : {}),
        ...(io.parseCache && cache ? { parseCache: io.parseCache } : {}),
        ...(io.lintCache && cache ? { lintCache: io.lintCache } : {}),
        // One lookup per lab, shared by the two tries below.
        ...(resultCache ? { resultCache, verdicts: new Map() } : {}),
        ...(prestarted ? { cfnLint: (req) => (0,cfn_lint/* runCfnLint */.YC)(req, { prestarted }) } : {}),
        log,
    };
    let graded = outlines && resultCache
        ? await (0,grade/* gradeKept */.Ql)(root, (0,engine_course/* courseLabs */.iE)(outlines.filter((l) => chosen.has(l.id)), course), options, resultCache)
        : undefined;
    if (!graded) {
        const all = await loadLabs();
        // Missing, or unlike the build's own (then its keys found nothing): kept for the next run.
        if (!registry && resultCache?.outlines && JSON.stringify(outlines) !== JSON.stringify(all.map(result_cache/* outlineOf */.W4)))
            resultCache.outlines.set(all);
        const rules = registry?.rules ?? (async () => (await Promise.all(/* import() */[__webpack_require__.e(839), __webpack_require__.e(804), __webpack_require__.e(174), __webpack_require__.e(959), __webpack_require__.e(806)]).then(__webpack_require__.bind(__webpack_require__, 7806))).RULES);
        graded = await (0,grade/* gradeSubmission */.QT)({
            root,
            labs: (0,engine_course/* courseLabs */.iE)(all.filter((l) => chosen.has(l.id)), course),
            rules,
            ...options,
        });
    }
    const report = (0,engine_course/* applyCourse */.Od)(graded, course, submittedAt);
    const text = render(report, format, io, values.out === undefined);
    if (values.out !== undefined) {
        external_node_fs_default().mkdirSync(external_node_path_default().dirname(external_node_path_default().resolve(values.out)), { recursive: true });
        external_node_fs_default().writeFileSync(values.out, text);
        io.stderr.write(
        // Scores are exact fractions in the report (14.142857…); shown rounded, as every reporter shows them.
        `${version/* TOOL_NAME */.lH}: ${(0,report_format/* formatPoints */.Xf)(report.score)}/${report.maxScore}; report written to ${values.out}\n`);
    }
    else {
        io.stdout.write(text);
    }
    return EXIT.ok;
}
function render(report, format, io, toStdout) {
    if (format === 'json')
        return renderJson(report);
    if (format === 'markdown')
        return renderMarkdown(report);
    return renderPretty(report, { color: toStdout && useColor(io.stdout, io.env) });
}
function list(args, io, labs) {
    if (args.length)
        throw new usage_error/* UsageError */.e(`'list' takes no arguments`);
    const total = labs.reduce((s, l) => s + l.items.reduce((a, i) => a + i.points, 0), 0);
    for (const lab of labs) {
        const points = lab.items.reduce((a, i) => a + i.points, 0);
        io.stdout.write(`${lab.id.padEnd(28)} ${String(points).padStart(3)} pts  ${(0,plural/* countNoun */.y)(lab.items.length, 'item')}  ${lab.title}\n`);
    }
    io.stdout.write(`${(0,plural/* countNoun */.y)(labs.length, 'lab')}, ${(0,plural/* countNoun */.y)(total, 'point')}\n`);
    return EXIT.ok;
}
function explain(args, io, registry) {
    const [id, extra] = args;
    if (!id || extra)
        throw new usage_error/* UsageError */.e(`'explain' takes one rule id or lab-id/item-id`);
    const rule = registry.rules.find((r) => r.meta.id.toLowerCase() === id.toLowerCase() || r.meta.name === id);
    if (rule) {
        const m = rule.meta;
        io.stdout.write([
            `${m.id} ${m.name} (${m.severity}, ${m.target} files)`,
            m.title,
            '',
            m.description,
            '',
            `Corresponds to: ${m.evidence.join(', ') || '—'}`,
            `Learn more: ${m.docsUrl}`,
            `Used by: ${usedBy(m.id, registry).join(', ') || 'no rubric item'}`,
            '',
        ].join('\n'));
        return EXIT.ok;
    }
    const [labId, itemId] = id.split('/');
    const lab = registry.labs.find((l) => l.id === labId);
    const item = lab?.items.find((i) => i.id === itemId);
    if (lab && item) {
        io.stdout.write([
            `${lab.id}/${item.id}: ${item.title} (${(0,plural/* countNoun */.y)(item.points, 'point')})`,
            '',
            item.hint,
            '',
            `Rules: ${[...(item.rules ?? []), ...(item.cfnLint ?? []).map((c) => `cfn-lint ${c}`)].join(', ') || 'custom check'}`,
            `Evidence: ${item.evidence.map((e) => (e.id ? `${e.id} (${e.url})` : e.url)).join('; ')}`,
            `Learn more: ${item.docsUrl}`,
            '',
        ].join('\n'));
        return EXIT.ok;
    }
    if (lab && !itemId) {
        io.stdout.write(`${lab.id}: ${lab.title}\n${lab.summary}\n\n`);
        for (const i of lab.items)
            io.stdout.write(`  ${String(i.points).padStart(2)}  ${i.id}  ${i.title}\n`);
        return EXIT.ok;
    }
    throw new usage_error/* UsageError */.e(`no rule or rubric item named '${id}'. Try 'labgrade list'.`);
}
// The sandbox module loads the AWS SDK, so it is imported only here: `labgrade grade` never pays for it.
// `sandbox plan` imports only the guard (action/sandbox/plan.ts), never the SDK.
async function sandbox(args, io, registry) {
    const [sub, ...rest] = args;
    if (sub === 'plan')
        return await sandboxPlan(rest, io, registry);
    if (sub !== 'sweep')
        throw new usage_error/* UsageError */.e(`'sandbox' takes the subcommand 'plan' or 'sweep', got '${sub ?? ''}'`);
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args: rest,
        allowPositionals: true,
        options: {
            region: { type: 'string' },
            prefix: { type: 'string', default: 'labgrade' },
            'dry-run': { type: 'boolean', default: false },
        },
    });
    if (positionals.length)
        throw new usage_error/* UsageError */.e(`unexpected argument '${positionals[0]}'`);
    const region = values.region ?? io.env['AWS_REGION'] ?? '';
    if (!region)
        throw new usage_error/* UsageError */.e('--region is required when AWS_REGION is not set');
    const { sweep } = await Promise.all(/* import() */[__webpack_require__.e(995), __webpack_require__.e(174), __webpack_require__.e(752), __webpack_require__.e(727)]).then(__webpack_require__.bind(__webpack_require__, 1727));
    const swept = await sweep({
        region,
        prefix: values.prefix,
        dryRun: values['dry-run'],
        log: {
            info: (m) => io.stderr.write(`${m}\n`),
            warn: (m) => io.stderr.write(`warning: ${m}\n`),
            debug: () => { },
        },
    });
    for (const s of swept) {
        io.stdout.write(`${s.action.padEnd(12)} ${s.stackName}  ${s.status}  expired ${s.expiresAt}${s.error ? `  ${s.error}` : ''}\n`);
    }
    io.stdout.write(`${(0,plural/* countNoun */.y)(swept.length, 'expired stack')} in ${region}${values['dry-run'] ? ' (dry run)' : ''}\n`);
    return swept.some((s) => s.action === 'failed') ? EXIT.internal : EXIT.ok;
}
async function sandboxPlan(args, io, registry) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            root: { type: 'string', default: '.' },
            lab: { type: 'string', multiple: true },
            format: { type: 'string', default: 'pretty' },
            parameters: { type: 'string', default: '{}' },
        },
    });
    if (positionals.length)
        throw new usage_error/* UsageError */.e(`unexpected argument '${positionals[0]}'`);
    const format = values.format;
    if (format !== 'pretty' && format !== 'json')
        throw new usage_error/* UsageError */.e(`--format must be 'pretty' or 'json', got '${format}'`);
    const root = external_node_path_default().resolve(values.root);
    if (!external_node_fs_default().existsSync(root) || !external_node_fs_default().statSync(root).isDirectory())
        throw new usage_error/* UsageError */.e(`--root '${values.root}' is not a directory`);
    const labs = selectLabs(registry, values.lab?.length ? { kind: 'ids', labIds: values.lab } : { kind: 'all' });
    const { parseSandboxSettings } = await __webpack_require__.e(/* import() */ 372).then(__webpack_require__.bind(__webpack_require__, 4372));
    let settings;
    try {
        // The action's defaults for every cap and the budget; no region, because nothing is called.
        const inputs = { 'deploy-parameters': values.parameters };
        settings = parseSandboxSettings((name) => inputs[name] ?? '', {});
    }
    catch (e) {
        throw new usage_error/* UsageError */.e((0,errors/* errorMessage */.g)(e).replace("Input 'deploy-parameters'", '--parameters'));
    }
    const { loadSubmission } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3492));
    const { planSandbox, renderPlanJson, renderPlanPretty } = await Promise.all(/* import() */[__webpack_require__.e(174), __webpack_require__.e(752), __webpack_require__.e(945)]).then(__webpack_require__.bind(__webpack_require__, 4945));
    const plan = planSandbox(await loadSubmission(root, labs), settings);
    const reasons = Object.fromEntries(labs.flatMap((l) => (l.sandbox.deployable ? [] : [[l.id, l.sandbox.reason]])));
    io.stdout.write(format === 'json' ? renderPlanJson(plan) : renderPlanPretty(plan, reasons));
    return EXIT.ok;
}
function usedBy(ruleId, registry) {
    return registry.labs.flatMap((l) => l.items.filter((i) => i.rules?.includes(ruleId)).map((i) => `${l.id}/${i.id}`));
}

;// CONCATENATED MODULE: ./action/cli/parse-cache.ts
// The CLI's parse cache on disk: one file per template text under node_modules/.cache/labgrade/parse/ of the
// repository that holds the CLI, where tools keep caches and git ignores them. A learner grades the same files
// again and again while working on one lab; every template they did not touch is then read back instead of
// parsed. Only the CLI keeps one: the action grades each commit once, and in the trusted job nothing the PR can
// write may feed the grade.




// Loaded on first use: a run whose labs all come from the result cache reads no parsed template.
const v8 = () => (0,builtins/* builtin */.S2)('node:v8');
/** Enough for every template of a course several times over; past it the oldest entries go. */
const parse_cache_MAX_ENTRIES = 400;
function diskParseCache(dir, salt, maxEntries = parse_cache_MAX_ENTRIES) {
    const file = (key) => external_node_path_default().join(dir, `${key}.v8`);
    return {
        salt,
        get(key) {
            try {
                const entry = v8().deserialize(external_node_fs_default().readFileSync(file(key)));
                if (!entry || typeof entry !== 'object')
                    return undefined;
                const ok = 'documents' in entry
                    ? Array.isArray(entry.documents)
                    : Array.isArray(entry.positions) && typeof entry.template === 'object';
                return ok ? entry : undefined;
            }
            catch {
                // Missing, truncated or from another Node: parse again.
                return undefined;
            }
        },
        set(key, entry) {
            (0,cache_store/* writeAtomic */.vZ)(dir, file(key), v8().serialize(entry));
            (0,cache_store/* prune */.R3)(dir, '.v8', maxEntries);
        },
    };
}
/**
 * The CLI's cache for the repository at `repoRoot`, for the build `salt` describes (buildSalt); none when
 * LABGRADE_CACHE is `off`.
 */
function cliParseCache(repoRoot, salt, env) {
    const dir = (0,cache_store/* cliCacheDir */.O)(repoRoot, env, 'parse');
    return dir === undefined ? undefined : diskParseCache(dir, salt);
}

;// CONCATENATED MODULE: ./action/cli/result-cache.ts
// The CLI's result cache on disk: one JSON file per graded lab under node_modules/.cache/labgrade/results/ of the
// repository that holds the CLI, where tools keep caches and git ignores them. A learner grades the whole course
// again and again while working on one lab; every lab whose files did not change is then read back instead of
// graded (graders/engine/result-cache.ts says when an entry still holds). Only the CLI keeps one: the action grades
// each commit once, and in the trusted job nothing the PR can write may feed the grade.
//
// A file is named after its key's first line (the lab and the options a learner switches between) and holds the
// whole key: an entry under another build, points or regions is a miss, and the next write replaces it. Beside
// them, labs.outline holds the outlines of the build's labs, with the build's salt (see gradeKept).




/** Every lab of a course under a few sets of options; past it the oldest entries go. */
const result_cache_MAX_ENTRIES = 200;
function isKept(v) {
    return (typeof v === 'object' &&
        v !== null &&
        typeof v.key === 'string' &&
        (0,result_cache/* isCachedLab */.om)(v.entry));
}
function diskResultCache(dir, salt, maxEntries = result_cache_MAX_ENTRIES) {
    const files = (0,cache_store/* jsonEntries */.TP)(dir, (v) => (isKept(v) ? v : undefined), maxEntries);
    return {
        salt,
        get(key) {
            const kept = files.get((0,result_cache/* resultCacheName */.Ni)(key));
            return kept?.key === key ? kept.entry : undefined;
        },
        set: (key, entry) => files.set((0,result_cache/* resultCacheName */.Ni)(key), { key, entry }),
        outlines: diskOutlines(dir, salt),
    };
}
/** The build's lab outlines, in one file that pruning (of `.json` files) leaves alone; another build's is a miss. */
function diskOutlines(dir, salt) {
    const file = external_node_path_default().join(dir, 'labs.outline');
    return {
        get() {
            try {
                const kept = JSON.parse(external_node_fs_default().readFileSync(file, 'utf8'));
                return kept.salt === salt && (0,result_cache/* isOutlineList */.zd)(kept.labs) ? kept.labs : undefined;
            }
            catch {
                return undefined;
            }
        },
        set: (labs) => (0,cache_store/* writeAtomic */.vZ)(dir, file, JSON.stringify({ salt, labs: labs.map(result_cache/* outlineOf */.W4) })),
    };
}
/**
 * The CLI's result cache for the repository at `repoRoot`, for the build `salt` describes (buildSalt); none when
 * LABGRADE_CACHE is `off`.
 */
function cliResultCache(repoRoot, salt, env) {
    const dir = (0,cache_store/* cliCacheDir */.O)(repoRoot, env, 'results');
    return dir === undefined ? undefined : diskResultCache(dir, salt);
}

;// CONCATENATED MODULE: ./action/cli/run.ts
// What `labgrade` does once its entry (index.ts) has started cfn-lint: builds the disk caches of the repository
// that holds the CLI, takes the warm cfn-lint the previous run left (warm-cfn-lint.ts) and runs main, then leaves
// one for the next run. Kept out of the entry so the entry chunk stays small: it is compiled on every run, before
// Node's compile cache is on.








/**
 * Runs the CLI with `args` for the bundle in `buildDir` (dist/cli), two folders below the repository root. `python`
 * is the interpreter cfn-lint was started with, when the version memo chose it; `out` is where it prints.
 */
async function runCli(args, buildDir, prestarted, warm, python, out) {
    const repoRoot = external_node_path_default().resolve(buildDir, '..', '..');
    const debug = args.includes('--debug') || Boolean(process.env['LABGRADE_DEBUG']);
    if (debug && prestarted && python)
        out.stderr.write(`debug: cfn-lint: started with ${python}, the interpreter that imported it last time\n`);
    let cfnLint = prestarted;
    let claimed;
    if (warm && !prestarted) {
        claimed = await warm.claim();
        if (debug)
            out.stderr.write(claimed
                ? `debug: cfn-lint: using the warm interpreter recorded in ${warm.record}\n`
                : 'debug: cfn-lint: the recorded warm interpreter did not answer; starting a new one\n');
        cfnLint = claimed ?? (0,cfn_lint/* prestartCfnLint */.O5)(python ? { python } : {});
    }
    const salt = (0,cache_store/* buildSalt */.vs)(buildDir);
    const lintCache = cliLintCache(repoRoot, salt, process.env);
    try {
        return await main(args, {
            stdout: out.stdout,
            stderr: out.stderr,
            env: process.env,
            parseCache: cliParseCache(repoRoot, salt, process.env),
            lintCache,
            resultCache: cliResultCache(repoRoot, salt, process.env),
            // It checks entries with zod, which a run that synthesizes nothing need not load.
            synthCache: args.includes('--no-synth')
                ? undefined
                : (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(861)]).then(__webpack_require__.bind(__webpack_require__, 2861))).cliSynthCache(repoRoot, salt, process.env),
            prestartedCfnLint: cfnLint,
        });
    }
    finally {
        if (cfnLint !== prestarted)
            cfnLint?.cancel();
        // Only where cfn-lint is known to be installed (its version memo holds), and with the interpreter that imported
        // it (a pipx install's own, when the runner's python3 has none), so no run leaves one that cannot import it.
        const known = warm
            ? (0,cfn_lint_install/* rememberedInstall */.mF)(external_node_path_default().dirname(warm.record), (0,cfn_lint_install/* cfnLintInstall */.K9)(process.env))
            : undefined;
        if (warm && known) {
            const pid = warm.replenish(known.python);
            if (debug && pid !== undefined)
                out.stderr.write(`debug: cfn-lint: left a warm interpreter (pid ${pid})\n`);
        }
    }
}


/***/ }),

/***/ 8042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ cliSources)
/* harmony export */ });
/* harmony import */ var _graders_engine_cdk_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1679);
/* harmony import */ var _graders_engine_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3492);
// Where the CLI reads lab files from: a lab folder with a CDK app is graded from what the app synthesizes, run in
// the sandbox on this machine (the learner's own), unless the user asked for no learner code to run.


function cliSources(opts) {
    const cdk = opts.synth
        ? (0,_graders_engine_cdk_source_js__WEBPACK_IMPORTED_MODULE_0__/* .cdkSynthSource */ .m5)({ ...(opts.log ? { log: opts.log } : {}), ...(opts.cache ? { cache: opts.cache } : {}) })
        : (0,_graders_engine_cdk_source_js__WEBPACK_IMPORTED_MODULE_0__/* .cdkNotRunSource */ .on)("this run does not synthesize ('--no-synth', or 'labgrade batch' without '--synth')");
    return [cdk, _graders_engine_load_js__WEBPACK_IMPORTED_MODULE_1__/* .workspaceSource */ .$];
}


/***/ }),

/***/ 9516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
/** A command line the CLI cannot run as given: exit code 2, with the usage text. */
class UsageError extends Error {
}


/***/ }),

/***/ 329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ gradedLine),
/* harmony export */   Ei: () => (/* binding */ scoreBar),
/* harmony export */   FB: () => (/* binding */ lateLine),
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   Sy: () => (/* binding */ STATUS_SYMBOL),
/* harmony export */   Xf: () => (/* binding */ formatPoints),
/* harmony export */   d2: () => (/* binding */ dueLabel),
/* harmony export */   fp: () => (/* binding */ labNumber),
/* harmony export */   j6: () => (/* binding */ FEEDBACK_NOTE),
/* harmony export */   pE: () => (/* binding */ synthesizedLine),
/* harmony export */   r4: () => (/* binding */ formatInstant),
/* harmony export */   zE: () => (/* binding */ visibleReport)
/* harmony export */ });
function formatPoints(n) {
    const r = Math.round(n * 10) / 10;
    return Number.isInteger(r) ? String(r) : r.toFixed(1);
}
function percent(score, max) {
    return max > 0 ? `${Math.round((score / max) * 100)}%` : '–';
}
/** A ten-cell bar; ASCII fallback keeps it readable in logs that mangle block characters. */
function scoreBar(score, max, cells = 10, ascii = false) {
    const filled = max > 0 ? Math.round((score / max) * cells) : 0;
    return (ascii ? '#' : '█').repeat(filled) + (ascii ? '.' : '░').repeat(cells - filled);
}
// Keyed by the status unions, so a status added to the report does not compile until it has a symbol.
const STATUS_SYMBOL = {
    passed: '✓',
    partial: '◐',
    failed: '✗',
    skipped: '○',
    'not-gradable': '!',
    'grader-error': '⚠',
    'not-started': '·',
};
/** Short lab label used in tables: "01". */
function labNumber(id) {
    return /^\d+/.exec(id)?.[0] ?? id;
}
/** `2027-01-15T23:59:00-05:00` as `2027-01-16 04:59 UTC`: one time zone for a whole class. */
function formatInstant(iso) {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime()))
        return iso;
    return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
/** "Graded 2026-12-02 21:40 UTC", when the report says when; grader text, still passed through a sanitizer. */
function gradedLine(report) {
    return report.gradedAt === undefined ? undefined : `Graded ${formatInstant(report.gradedAt)}`;
}
/** "due 2027-01-16 04:59 UTC" for a lab the course gives a due date; grader text, still sanitized by the caller. */
function dueLabel(lab) {
    return lab.late ? `due ${formatInstant(lab.late.due)}` : undefined;
}
/**
 * Where a lab graded from its CDK app's synthesized template got it, in one sentence, with the template's path and
 * stack name given to `code` (each reporter's own sanitizer for code); nothing for a hand-written template.
 */
function synthesizedLine(lab, code) {
    const s = lab.synthesized;
    if (!s)
        return undefined;
    const what = `(${code(s.template)}, stack ${code(s.stack)})`;
    return s.by === 'artifact'
        ? `Graded from the template your CDK app synthesized in this pull request's own run ${what}; the trusted grader graded that template itself, as data.`
        : `Graded from the template your CDK app synthesized ${what}.`;
}
/**
 * What a course's due date did to a lab, in one sentence, or nothing when the lab has no due date. Grader text
 * built from the report's numbers and dates; the caller still passes it through its sanitizer.
 */
function lateLine(lab) {
    const late = lab.late;
    if (!late)
        return undefined;
    const due = `Due ${formatInstant(late.due)}`;
    if (late.daysLate === 0)
        return `${due}; submitted on time (${formatInstant(late.submittedAt)}).`;
    const days = `${late.daysLate} ${late.daysLate === 1 ? 'day' : 'days'} late`;
    if (late.pastCutoff)
        return `${due}; submitted ${formatInstant(late.submittedAt)}, ${days}, past the late cutoff: this lab earns 0 (−${formatPoints(late.deducted)} points).`;
    if (late.penaltyPercent === 0)
        return `${due}; submitted ${formatInstant(late.submittedAt)}, ${days} (no late penalty).`;
    return `${due}; submitted ${formatInstant(late.submittedAt)}, ${days}: −${formatPoints(late.penaltyPercent)}% (−${formatPoints(late.deducted)} points).`;
}
/** Said in place of what a course's feedback level hides, so a learner knows it is hidden, not missing. */
const FEEDBACK_NOTE = {
    hints: 'Your instructor shows each item with its hint for this lab; the findings (file and line) are not shown.',
    'score-only': 'Your instructor shows the score only for this lab.',
};
/**
 * The report as a learner may see it: a `hints` lab keeps its items and their hints but not their findings; a
 * `score-only` lab keeps its score and its note. Every renderer a learner reads applies this, so no reporter can
 * show what the course hides.
 */
function visibleReport(report) {
    if (report.labs.every((l) => l.feedback === undefined || l.feedback === 'full'))
        return report;
    return {
        ...report,
        labs: report.labs.map((lab) => {
            if (lab.feedback === 'hints')
                return { ...lab, items: lab.items.map((i) => ({ ...i, findings: [] })) };
            if (lab.feedback === 'score-only')
                return { ...lab, notices: [], items: [] };
            return lab;
        }),
    };
}


/***/ }),

/***/ 3769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GA: () => (/* binding */ cellCode),
/* harmony export */   Ie: () => (/* binding */ cellText),
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   Q6: () => (/* binding */ visibleText),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   bC: () => (/* binding */ mdText),
/* harmony export */   js: () => (/* binding */ htmlText),
/* harmony export */   xv: () => (/* binding */ truncate),
/* harmony export */   yy: () => (/* binding */ visibleCode)
/* harmony export */ });
/* unused harmony exports escapeChar, codeBlock */
// The one gate between learner-controlled text and Markdown. Everything a report carries (finding messages,
// which quote learner values, file paths, titles, feedback, lab ids, tool names) reaches the PR comment, the
// job summary and `--format markdown` through these functions, and through nothing else.
//
// Threats (issue 9, ux.md §3.5 and §6): a line break (CR, LF, CRLF, U+2028/2029, NEL) would end the line we
// put the text on and start a block of the learner's choosing (`# heading`, `![img](…)`, a table, raw HTML);
// Markdown and HTML metacharacters would make links, images, emphasis or tags; GFM autolinks `www.`, URLs
// and e-mail addresses, and GitHub itself links `@user`, `@org/team`, `#12`, `owner/repo#12`, `GH-12`, commit
// SHAs and `:emoji:` and renders `$…$` as math, in every text node that is not inside `<code>`, `<pre>` or
// `<a>`; invisible format characters (bidi overrides and isolates, zero-width characters, tag characters)
// make text read differently from what it is.
//
// Two rules make the output both inert and exact:
// - Prose is escaped character by character (backslash escapes and entities render as the original
//   character), and any word that could autolink or mention is put, whole, in a code span instead of having
//   a zero-width space inserted: code neither links nor mentions in GFM, and what the reader copies is exactly
//   what the learner wrote (`node@sha256:…`, `http://localhost:8080/health`).
// - Code spans and code blocks never get anything inserted. The fence is longer than any backtick run in
//   the text; the only change is that characters which cannot stand raw in an inline span (line breaks) or
//   that hide what the text is (other controls, bidi and invisible format characters) are shown as
//   JSON-style escapes (`\r`, `\n`, `\u202E`). Text without those characters comes out byte for byte.
/**
 * Characters that never reach Markdown raw: C0 controls except TAB, DEL, C1 controls, the Unicode line and
 * paragraph separators, every format character (Cf: bidi embeddings, overrides and isolates, zero-width
 * space/joiners, word joiner, BOM, soft hyphen, tag characters…), every other default-ignorable code point
 * (Hangul fillers, variation selectors, U+034F…), and lone surrogates (not text; GitHub would store U+FFFD).
 */
/* eslint-disable no-control-regex -- matching control characters is the point */
const HIDDEN = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\p{Cf}\p{Default_Ignorable_Code_Point}]|[\ud800-\udfff]/gu;
/* eslint-enable no-control-regex */
/** How a hidden character is shown: the escape a JSON string would use, so people recognise it. */
function escapeChar(ch) {
    const cp = ch.codePointAt(0);
    if (cp === 0x0a)
        return '\\n';
    if (cp === 0x0d)
        return '\\r';
    return cp > 0xffff
        ? `\\u{${cp.toString(16).toUpperCase()}}`
        : `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}
/**
 * Code text: every hidden character as a visible escape, TAB kept (it is printable, cannot start a block
 * inside a span, and pasted commands need it). Also the safe form for terminals and annotations, where a CR
 * or an ESC sequence would overwrite or recolour what the reader sees.
 */
function visibleCode(text) {
    return text.replace(HIDDEN, escapeChar);
}
/** Line breaks and the other whitespace controls read as one space in prose. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const PROSE_SPACE = /\r\n|[\t\n\u000b\u000c\r\u0085\u2028\u2029]/g;
/** Prose text: line breaks become spaces (one line, so no block can start), other hidden characters escapes. */
function visibleText(text) {
    return visibleCode(text.replace(PROSE_SPACE, ' '));
}
/**
 * A word that GitHub or a GFM renderer could turn into a link, a mention, a reference, an emoji image or
 * math. Deliberately broader than GitHub (bare `host.tld` and IPv4 addresses, which linkify libraries link
 * in their fuzzy mode): a false positive only shows a word as code.
 */
const LINKISH = [
    /[@#$]/, // mentions, e-mail autolinks, #12 and owner/repo#12 references, $…$ math
    /:\S/, // schemes (http:, mailto:, xmpp:…), :emoji: shortcodes, user:sha
    /\/\//, // protocol-relative URLs
    /www\./i, // GFM extended www. autolinks
    // host.tld: a label, a dot, then a label of two or more. A label character is anything linkify-it counts as one
    // (any character but white space, punctuation and controls: CJK, symbols, unassigned code points), plus _ and -.
    /(?:[^\s\p{P}\p{Z}\p{Cc}<>|]|[_-])\.\p{L}[\p{L}\p{N}]/u,
    /\d\.\d+\.\d+\.\d/, // IPv4 addresses
    /\bGH-\d/i, // GH-12 references
    /(?=[0-9a-f]*\d)[0-9a-f]{7,}/i, // commit SHAs
];
function linkish(word) {
    return LINKISH.some((re) => re.test(word));
}
/** Punctuation that stays outside the code span when a linkish word is wrapped (quotes, brackets, full stop). */
const PEEL = /^([('"[{]*)([\s\S]*?)([)'"\]},.;:!?]*)$/;
const OPENER = { ')': '(', ']': '[', '}': '{', '"': '"', "'": "'" };
/**
 * Splits a linkish word into the punctuation around it and the part that goes in code. A closing quote or
 * bracket that the code part opened stays with it (`source="…"` keeps its last quote), so code is not cut
 * mid-value.
 */
function peel(word) {
    const [, pre = '', core0 = '', post0 = ''] = PEEL.exec(word) ?? [];
    let core = core0;
    let post = post0;
    const count = (s, c) => s.split(c).length - 1;
    for (;;) {
        const c = post[0];
        const open = c === undefined ? undefined : OPENER[c];
        if (c === undefined || open === undefined)
            break;
        const unbalanced = open === c ? count(core, c) % 2 === 1 : count(core, open) > count(core, c);
        if (!unbalanced)
            break;
        core += c;
        post = post.slice(1);
    }
    return [pre, core, post];
}
/**
 * Prose (a paragraph, list item, table cell, heading, link text or emphasis): safe at any position of a
 * line, including its start, and never more than one line.
 */
function mdText(text, where = {}) {
    const parts = visibleText(text).split(/(\s+)/u);
    const out = parts.map((word, i) => {
        if (i % 2 === 1 || word === '')
            return word; // whitespace (only spaces remain)
        if (!linkish(word))
            return escapeProse(word);
        const [pre, core, post] = peel(word);
        // `core` can be empty only when the word is all brackets and punctuation, which escape fine as prose.
        return core ? `${escapeProse(pre)}${code(core, where)}${escapeProse(post)}` : escapeProse(word);
    });
    // Leading spaces would make an indented code block at the start of a line, and trailing ones a hard break;
    // neither carries meaning in a sentence.
    return escapeLineStart(out.join('').trim());
}
/** Every character that can mean something inline, as a backslash escape or an entity. */
function escapeProse(s) {
    return s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]|~#$]/g, '\\$&');
}
/**
 * Block starters that escaping inline metacharacters leaves: a list bullet (`-`, `+`), an ordered list
 * (`1.`, `1)`), a setext underline (`=`). `#`, `>`, `*`, `|`, `` ` ``, `~` and `<` are escaped everywhere.
 */
function escapeLineStart(s) {
    // Only where they would start a block: `-x`, `+1` and `0.1.0` are text anyway.
    return s.replace(/^([-+=])(?=[\s\-+=]|$)/, '\\$1').replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}
/**
 * A code span showing `text` exactly (see visibleCode for the only change). Outside tables `|` stays raw;
 * in a table cell it is written `\|`, which GFM turns back into `|` before the span is parsed.
 */
function code(text, where) {
    const flat = visibleCode(text);
    // CommonMark has no empty code span; an empty HTML one keeps the cell or sentence shaped as expected.
    if (flat === '')
        return '<code></code>';
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(longest + 1);
    // CommonMark strips one space from each end when both ends have one (and the text is not all spaces), and
    // a backtick at either end would touch the fence: pad with one space on each side in those cases.
    const pad = /^`|`$/.test(flat) || (/^ [\s\S]* $/.test(flat) && /[^ ]/.test(flat)) ? ' ' : '';
    const body = where.cell ? flat.replace(/\|/g, '\\|') : flat;
    return `${fence}${pad}${body}${pad}${fence}`;
}
/**
 * A code span outside tables (lists, paragraphs, quotes, headings). Never in a table cell: a `|` in the text
 * would end the cell there and leave the rest of the text outside code. Use cellCode.
 */
function codeSpan(text) {
    return code(text, {});
}
/** A code span in a GFM table cell. */
function cellCode(text) {
    return code(text, { cell: true });
}
/** Prose in a GFM table cell. */
function cellText(text) {
    return mdText(text, { cell: true });
}
/**
 * A fenced code block (lines joined with LF, CRLF read as a line break). A lone CR would be read as a line
 * break by every Markdown parser, so it is shown as `\r`, like the other hidden characters.
 */
function codeBlock(text, info = '') {
    const lines = text.split(/\r\n|\n/).map(visibleCode);
    const longest = Math.max(0, ...lines.flatMap((l) => (l.match(/`+/g) ?? []).map((r) => r.length)));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return [`${fence}${visibleCode(info).replace(/[`\s]/g, '')}`, ...lines, fence].join('\n');
}
/**
 * Text inside raw HTML that Markdown does not parse (the `<summary>` of a `<details>` block): one line, so
 * the HTML block cannot end early, `& < > " '` as entities, and linkish words in `<code>` because GitHub
 * still mentions and links in the text nodes of raw HTML.
 */
function htmlText(text) {
    return visibleText(text)
        .split(/(\s+)/u)
        .map((word, i) => {
        if (i % 2 === 1 || word === '' || !linkish(word))
            return escapeHtmlChars(word);
        const [pre, core, post] = peel(word);
        return core
            ? `${escapeHtmlChars(pre)}<code>${escapeHtmlChars(core)}</code>${escapeHtmlChars(post)}`
            : escapeHtmlChars(word);
    })
        .join('');
}
function escapeHtmlChars(s) {
    return s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
/**
 * Link targets from a report: only https URLs made of URL characters, without the parentheses, spaces,
 * angle brackets and controls that could end a Markdown link destination early. Anything else gets no link.
 */
function safeUrl(url) {
    return /^https:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]+$/.test(url) ? url : null;
}
/** Cuts to `max` code points (never between the halves of a surrogate pair), marking the cut with `…`. */
function truncate(s, max) {
    const cps = Array.from(s);
    return cps.length <= max ? s : `${cps.slice(0, max - 1).join('')}…`;
}


/***/ }),

/***/ 9411:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ errorMessage)
/* harmony export */ });
// The single way to turn anything thrown into text.
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}


/***/ }),

/***/ 1679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  on: () => (/* binding */ cdkNotRunSource),
  m5: () => (/* binding */ cdkSynthSource)
});

// UNUSED EXPORTS: appFiles, defaultJobs, errorLines, synthesizable, unreadable

// EXTERNAL MODULE: ./graders/engine/builtins.ts
var builtins = __webpack_require__(8978);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
// EXTERNAL MODULE: ./graders/engine/load.ts + 1 modules
var load = __webpack_require__(3492);
// EXTERNAL MODULE: ./graders/engine/starters.ts
var starters = __webpack_require__(1234);
// EXTERNAL MODULE: ./graders/engine/version.ts
var version = __webpack_require__(7236);
// EXTERNAL MODULE: ./graders/engine/parsers/json.ts
var json = __webpack_require__(2369);
// EXTERNAL MODULE: ./graders/engine/parsers/record.ts
var record = __webpack_require__(1290);
;// CONCATENATED MODULE: ./graders/engine/cdk/app.ts
// What a lab's CDK app is, read as data from `cdk.json` through the workspace reader: the entry file its `app`
// command names, and the context the CDK CLI would pass. The CLI runs `app` through a shell; the grader never does.
// It takes the one script file out of the command and runs that itself, in the sandbox (sandbox.ts), so a command
// such as `npx tsx bin/app.ts && curl …` runs nothing but `bin/app.ts`.


const CDK_JSON = 'cdk.json';
const CDK_CONTEXT_JSON = 'cdk.context.json';
/** Script files the sandbox can run: TypeScript through the `typescript` package, JavaScript as it is. */
const ENTRY = /^[\w@./-]+\.(?:ts|cts|mts|js|cjs|mjs)$/;
/**
 * Context every synth gets, as `cdk synth` gives it: construct paths in the template's Metadata (how a finding
 * names the construct, also in the trusted job, which sees only the template), and no version-reporting
 * resource, which only serves AWS's usage metrics.
 */
const GRADER_CONTEXT = {
    'aws:cdk:enable-path-metadata': true,
    'aws:cdk:enable-asset-metadata': true,
    'aws:cdk:version-reporting': false,
};
/** Whether the lab folder holds a CDK app (a `cdk.json`, whatever it says). */
function hasCdkApp(workspace, dir) {
    return workspace.stat(`${dir}/${CDK_JSON}`) === 'file';
}
/** Reads `<dir>/cdk.json` (and `cdk.context.json`) as data. */
function readCdkApp(workspace, dir) {
    const file = `${dir}/${CDK_JSON}`;
    const read = workspace.read(file);
    if (!read.ok)
        return { ok: false, finding: read.finding };
    const parsed = (0,json.parseJson)(read.path, read.text);
    if (!parsed.ok)
        return { ok: false, finding: parsed.findings[0] };
    const value = parsed.doc.value;
    const at = (path) => ({ file: read.path, ...parsed.doc.locate(path) });
    const fail = (path, message) => ({
        ok: false,
        finding: { ...at(path), severity: 'error', ruleId: 'cdk/app', message },
    });
    if (!(0,record/* isRecord */.u)(value) || typeof value['app'] !== 'string')
        return fail([], `'${file}' has no "app" command, so there is no CDK app to synthesize. Add "app": "npx tsx bin/app.ts" (the file that creates your App and stack).`);
    const command = value['app'];
    const entries = command
        .split(/[\s;&|()<>`'"]+/)
        .filter((w) => ENTRY.test(w) && !w.startsWith('-') && !w.startsWith('/') && !w.split('/').includes('..'));
    const entry = entries[0]?.replace(/^\.\//, '');
    if (entries.length !== 1 || entry === undefined)
        return fail(['app'], `The "app" command in '${file}' must name one TypeScript or JavaScript file in the lab folder, such as "npx tsx bin/app.ts"; ${JSON.stringify(command.slice(0, 120))} names ${entries.length === 0 ? 'none' : entries.length}. The grader runs that one file itself, never the command.`);
    if (workspace.stat(`${dir}/${entry}`) !== 'file')
        return fail(['app'], `The "app" command in '${file}' runs '${entry}', which is not a file in '${dir}/'. Create it, or point "app" at the file that creates your App.`);
    const notices = [];
    const context = {};
    // The CLI's order: cdk.context.json (cached lookups) first, then cdk.json's own context, which wins.
    const ctxFile = `${dir}/${CDK_CONTEXT_JSON}`;
    if (workspace.stat(ctxFile) !== 'missing') {
        const r = workspace.read(ctxFile);
        const p = r.ok ? (0,json.parseJson)(r.path, r.text) : null;
        if (p?.ok && (0,record/* isRecord */.u)(p.doc.value))
            Object.assign(context, p.doc.value);
        else
            notices.push({
                file: ctxFile,
                line: 1,
                column: 1,
                severity: 'warning',
                ruleId: 'cdk/app',
                message: `'${ctxFile}' could not be read as a JSON object, so the synth ran without its values. Fix it or delete it; the CDK CLI rewrites it when it looks values up.`,
            });
    }
    if ((0,record/* isRecord */.u)(value['context']))
        Object.assign(context, value['context']);
    return { ok: true, dir, entry, context: { ...context, ...GRADER_CONTEXT }, notices };
}

;// CONCATENATED MODULE: ./graders/engine/cdk/runner.ts
// The script the sandboxed child runs: it compiles the learner's TypeScript in-process and requires the app's
// entry file, whose `App` writes the cloud assembly to CDK_OUTDIR when the process is about to exit, as under
// `cdk synth`. It is written into the synth's private folder, so the child needs no read access to the grader.
//
// Why not tsx: tsx compiles with esbuild, whose synchronous API runs in a worker thread or a child process,
// and the permission model allows neither without weakening it (`--allow-worker` runs workers without the
// model's limits). `typescript`'s own transpileModule is plain JavaScript and needs neither. It strips types
// without checking them, as tsx does; syntax errors are reported with their file, line and column.
const RUNNER_FILE = 'labgrade-cdk-runner.cjs';
/** The exit code the runner uses when the app cannot be compiled or loaded for a reason it names. */
const RUNNER_SETUP_EXIT = 3;
const RUNNER_SOURCE = String.raw `'use strict';
const Module = require('node:module');
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
process.setSourceMapsEnabled(true);
const entry = path.resolve(process.argv[2]);
const req = Module.createRequire(entry);
const fail = (message) => {
  process.stderr.write('labgrade: ' + message + '\n');
  process.exit(${RUNNER_SETUP_EXIT});
};
let ts = null;
const compiler = () => {
  if (ts) return ts;
  try {
    ts = req('typescript');
  } catch {
    fail("the 'typescript' package is not installed where the app can find it. Run 'npm ci' at the repository root.");
  }
  return ts;
};
const compile = (module, filename) => {
  const t = compiler();
  const out = t.transpileModule(fs.readFileSync(filename, 'utf8'), {
    fileName: filename,
    reportDiagnostics: true,
    compilerOptions: {
      module: t.ModuleKind.CommonJS,
      target: t.ScriptTarget.ES2022,
      esModuleInterop: true,
      experimentalDecorators: true,
      inlineSourceMap: true,
    },
  });
  const errors = (out.diagnostics || []).filter((d) => d.category === t.DiagnosticCategory.Error);
  if (errors.length > 0) {
    const lines = errors.slice(0, 5).map((d) => {
      const pos = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : null;
      const where = pos ? path.relative(process.cwd(), filename) + '(' + (pos.line + 1) + ',' + (pos.character + 1) + ')' : filename;
      return where + ': error TS' + d.code + ': ' + t.flattenDiagnosticMessageText(d.messageText, ' ');
    });
    fail('TypeScript could not compile the app:\n' + lines.join('\n'));
  }
  module._compile(out.outputText, filename);
};
for (const ext of ['.ts', '.cts', '.mts']) Module._extensions[ext] = compile;
// A NodeNext-style import names the compiled file ('./stack.js'); in the sources it is './stack.ts'.
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  try {
    return resolve.call(this, request, parent, ...rest);
  } catch (e) {
    if (/^\.{1,2}\//.test(request) && /\.[cm]?js$/.test(request))
      return resolve.call(this, request.replace(/\.([cm]?)js$/, '.$1ts'), parent, ...rest);
    throw e;
  }
};
if (/\.[cm]?ts$/.test(entry)) req(entry);
else import(pathToFileURL(entry).href).catch((e) => {
  process.stderr.write((e && e.stack) || String(e));
  process.stderr.write('\n');
  process.exit(1);
});
`;

;// CONCATENATED MODULE: ./graders/engine/cdk/sandbox.ts
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





const DEFAULT_SYNTH_TIMEOUT_MS = 180_000;
/** About 400 MB is what a VPC + Fargate + ALB app used here; the cap leaves room, and stops a runaway. */
const HEAP_MB = 2048;
/** stderr kept for the feedback; the rest of a flood is dropped. */
const MAX_STDERR_BYTES = 64 * 1024;
/** The permission flag of the running Node: `--permission` since 22.13 and 23.5, experimental before. */
function permissionFlag(version = process.versions.node) {
    const [major = 0, minor = 0] = version.split('.').map(Number);
    const stable = major > 23 || (major === 23 && minor >= 5) || (major === 22 && minor >= 13);
    return stable ? '--permission' : '--experimental-permission';
}
/**
 * Folders the app may read: its own lab folder, and every `node_modules` above it (both as written and as the
 * link resolves, since the model checks the path as asked), where `aws-cdk-lib` and `typescript` are found.
 */
function readablePaths(labDir) {
    const out = new Set([labDir]);
    for (let dir = labDir;; dir = external_node_path_default().dirname(dir)) {
        const nm = external_node_path_default().join(dir, 'node_modules');
        if (external_node_fs_default().existsSync(nm)) {
            out.add(nm);
            out.add(external_node_fs_default().realpathSync(nm));
        }
        if (external_node_path_default().dirname(dir) === dir)
            break;
    }
    return [...out];
}
/** Runs the app in a fresh private folder. The caller removes `tmp` when it has read the assembly. */
async function synthesize(req) {
    const started = (0,builtins/* monotonicMs */.dR)();
    const tmp = external_node_fs_default().mkdtempSync(external_node_path_default().join(external_node_os_default().tmpdir(), 'labgrade-synth-'));
    const outdir = external_node_path_default().join(tmp, 'cdk.out');
    external_node_fs_default().mkdirSync(outdir);
    const runner = external_node_path_default().join(tmp, RUNNER_FILE);
    external_node_fs_default().writeFileSync(runner, RUNNER_SOURCE);
    const labDir = external_node_fs_default().realpathSync(req.labDir);
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
        external_node_path_default().join(labDir, req.entry),
    ];
    const env = {
        CDK_OUTDIR: outdir,
        CDK_CONTEXT_JSON: JSON.stringify(req.context),
        // Deterministic output whatever the machine's settings.
        TZ: 'UTC',
        LANG: 'C.UTF-8',
        HOME: tmp,
    };
    return new Promise((resolve) => {
        const child = (0,builtins/* spawn */.cH)(process.execPath, args, { cwd: labDir, env, stdio: ['ignore', 'ignore', 'pipe'] });
        const chunks = [];
        let kept = 0;
        child.stderr.on('data', (b) => {
            if (kept >= MAX_STDERR_BYTES)
                return;
            chunks.push(b.subarray(0, MAX_STDERR_BYTES - kept));
            kept += b.length;
        });
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
        }, req.timeoutMs ?? DEFAULT_SYNTH_TIMEOUT_MS);
        const done = (code, error) => {
            clearTimeout(timer);
            const durationMs = Math.round((0,builtins/* monotonicMs */.dR)() - started);
            const stderr = Buffer.concat(chunks).toString('utf8') + (error ? `\n${error.message}` : '');
            if (timedOut)
                resolve({ ok: false, reason: 'timeout', stderr, durationMs, tmp });
            else if (code === 0 && !error)
                resolve({ ok: true, outdir, tmp, durationMs });
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

;// CONCATENATED MODULE: ./graders/engine/cdk/source.ts
// The CDK synth as one more file source of the loader: for a lab file that allows it, a lab folder holding
// `cdk.json` is graded from the template its app synthesizes, with exactly the rules of a hand-written template.
// Synths start for every lab at once when the submission is loaded, as many at a time as the machine has cores
// (and memory for), each in its own process and folder, so one app's failure touches no other lab.










/** Memory one synth may take (about 400 MB measured, plus headroom); parallelism never exceeds what is free. */
const MB_PER_SYNTH = 700;
/** Lines of the app's error output shown in the feedback. */
const ERROR_LINES = 12;
/** Whether a lab file may come from a CDK app. */
function synthesizable(spec) {
    return spec.kind === 'cloudformation' && spec.cdk !== undefined;
}
/** The files of a CDK app in the lab folder, relative to it: what the starter comparison looks at. */
function appFiles(workspace, dir) {
    return workspace
        .walk(dir)
        .files.map((p) => p.slice(dir.length + 1))
        .filter(starters/* isCdkAppFile */.sP);
}
function defaultJobs() {
    const byMemory = Math.floor(external_node_os_default().freemem() / (MB_PER_SYNTH * 1024 * 1024));
    return Math.max(1, Math.min(external_node_os_default().availableParallelism(), byMemory));
}
function cdkSynthSource(options = {}) {
    const limit = (0,p_limit/* default */.A)(options.jobs ?? defaultJobs());
    // One synth per submission and lab as the caller declares it: the same lab id may come with its starters' hashes
    // or without them (graded as work), and only the first decides not to run an untouched starter.
    const pending = new WeakMap();
    const run = (workspace, lab) => {
        let byRoot = pending.get(lab);
        if (!byRoot)
            pending.set(lab, (byRoot = new Map()));
        let p = byRoot.get(workspace.root);
        if (!p) {
            p = synthLab(workspace, lab, limit, options);
            byRoot.set(workspace.root, p);
        }
        return p;
    };
    return {
        name: 'cdk-synth',
        prepare(workspace, labs) {
            for (const lab of labs)
                if (lab.files.some(synthesizable) && hasCdkApp(workspace, (0,load/* labDir */.l)(lab.id)))
                    void run(workspace, lab);
        },
        load({ workspace, lab, spec }) {
            if (!synthesizable(spec))
                return { found: false, tried: [] };
            const dir = (0,load/* labDir */.l)(lab.id);
            if (!hasCdkApp(workspace, dir))
                return { found: false, tried: [`${dir}/${CDK_JSON}`] };
            return run(workspace, lab);
        },
    };
}
async function synthLab(workspace, lab, limit, options) {
    const dir = (0,load/* labDir */.l)(lab.id);
    const app = readCdkApp(workspace, dir);
    if (!app.ok)
        return unreadable(app.finding);
    // An untouched starter app earns nothing whatever it synthesizes, so it is not run at all.
    if (isStarterApp(workspace, lab, dir))
        return { found: true, starterApp: `${dir}/${app.entry}` };
    const labAbs = external_node_path_default().join(workspace.root, dir);
    const key = options.cache &&
        synthKey(options.cache, workspace, dir, { entry: app.entry, context: app.context }, options.maxFileBytes);
    const kept = key === undefined ? undefined : options.cache.get(key);
    if (kept) {
        options.log?.(`The CDK app of ${lab.id} is unchanged since its last synth: its template is reused.`);
        return synthesized(app.notices, kept);
    }
    const run = await limit(() => synthesize({
        labDir: labAbs,
        entry: app.entry,
        context: app.context,
        timeoutMs: options.timeoutMs ?? DEFAULT_SYNTH_TIMEOUT_MS,
    }));
    try {
        options.log?.(`${run.ok ? 'Synthesized' : 'Could not synthesize'} the CDK app of ${lab.id} (${(run.durationMs / 1000).toFixed(1)} s).`);
        const fallback = `${dir}/${CDK_JSON}`;
        if (!run.ok)
            return unreadable(synthFailure(run, fallback, labAbs, dir, options.timeoutMs));
        // It checks the cloud assembly with zod, which a run that synthesizes nothing need not load.
        const { readAssembly } = await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(615)]).then(__webpack_require__.bind(__webpack_require__, 1615));
        const read = readAssembly(run.outdir, {
            labDir: external_node_fs_default().realpathSync(labAbs),
            labRel: dir,
            fallback,
            ...(options.maxFileBytes === undefined ? {} : { maxFileBytes: options.maxFileBytes }),
        });
        if (!read.ok)
            return unreadable(read.finding);
        if (key !== undefined)
            options.cache.set(key, { text: read.text, info: read.info });
        return synthesized(app.notices, read);
    }
    finally {
        external_node_fs_default().rmSync(run.tmp, { recursive: true, force: true });
    }
}
function synthesized(notices, { text, info }) {
    return {
        found: true,
        read: { ok: true, path: info.templatePath, text },
        synth: { ...info, annotations: [...notices, ...info.annotations] },
    };
}
/**
 * The key of one lab's synth: every file of the lab folder (what the sandbox lets the app read there, but for a
 * `cdk.out` or `node_modules` of its own), the installed packages as npm recorded them (each `node_modules/.package-lock.json`
 * above the folder, which the app may read too), the entry and context, the Node version and the grader's build.
 * Undefined, so the app runs, whenever one of these cannot be told for sure: a file the reader refuses, a link, too
 * many files, or no record of the installed packages.
 */
function synthKey(cache, workspace, dir, app, maxFileBytes) {
    const walked = workspace.walk(dir);
    if (walked.truncated || walked.links.length > 0)
        return undefined;
    const hash = (0,builtins/* createHash */.n1)('sha256');
    hash.update(JSON.stringify([version/* TOOL_VERSION */.wr, cache.salt, process.version, maxFileBytes ?? null, app]));
    for (const file of [...walked.files].sort()) {
        if (/(^|\/)(cdk\.out|node_modules)\//.test(file.slice(dir.length + 1)))
            continue;
        const r = workspace.read(file);
        if (!r.ok)
            return undefined;
        hash.update(`\0${file}\0${(0,starters/* contentHash */.Ae)(r.text)}`);
    }
    let packages = 0;
    for (let d = external_node_path_default().resolve(workspace.root, dir);; d = external_node_path_default().dirname(d)) {
        try {
            const lock = external_node_fs_default().readFileSync(external_node_path_default().join(d, 'node_modules', '.package-lock.json'), 'utf8');
            // By how far up, not where: the same app and packages in another learner's folder are the same synth.
            hash.update(`\0${packages++}\0${(0,starters/* contentHash */.Ae)(lock)}`);
        }
        catch {
            // No packages installed here.
        }
        if (external_node_path_default().dirname(d) === d)
            break;
    }
    return packages > 0 ? hash.digest('hex') : undefined;
}
/** Whether every file of the lab's app is its starter's, unchanged (never, for a lab graded without starters). */
function isStarterApp(workspace, lab, dir) {
    return (lab.starters !== undefined &&
        appFiles(workspace, dir).every((f) => {
            const r = workspace.read(`${dir}/${f}`);
            return r.ok && (0,starters/* isStarterFile */.y1)(lab, f, r.text);
        }));
}
/** A lab file this source answers for, which cannot be graded: the finding says why. */
function unreadable(finding) {
    return { found: true, read: { ok: false, path: finding.file, finding } };
}
/** Why the synth failed, with the first lines of the app's own error, paths shown relative to the submission. */
function synthFailure(run, fallback, labAbs, dir, timeoutMs) {
    const seconds = Math.round((timeoutMs ?? DEFAULT_SYNTH_TIMEOUT_MS) / 1000);
    const why = {
        timeout: `it did not finish within ${seconds} s and was stopped. Look for a loop or a wait that never ends (an unresolved promise, a timer, a server left listening).`,
        denied: 'it tried something the grader does not allow during a synth: writing outside its output folder, starting a process or a worker, or reading outside the lab folder and node_modules. A CDK app only needs to build constructs; the CDK writes the template itself.',
        setup: 'it could not be started.',
        failed: 'it stopped with an error.',
    }[run.reason];
    const shown = errorLines(run.stderr, labAbs, dir, run.tmp);
    return {
        file: fallback,
        line: 1,
        column: 1,
        severity: 'error',
        ruleId: `cdk/synth-${run.reason}`,
        message: `The CDK app in '${dir}/' could not be synthesized, so its template cannot be graded: ${why}` +
            (shown ? ` The app's error output begins:\n${shown}` : '') +
            `\nRun 'npm run grade -- --lab ${dir.slice('labs/'.length)}' to see it again.`,
    };
}
/** The first meaningful lines of stderr: no Node internals or runner frames, paths relative to the submission. */
function errorLines(stderr, labAbs, dir, tmp) {
    const real = external_node_fs_default().existsSync(labAbs) ? external_node_fs_default().realpathSync(labAbs) : labAbs;
    return stderr
        .split('\n')
        .map((l) => l.replaceAll(real, dir).replaceAll(labAbs, dir).replaceAll(tmp, '<synth folder>'))
        .filter((l) => l.trim() !== '' && !/\(node:internal|^\s+at node:|labgrade-cdk-runner|^Node\.js v/.test(l))
        .slice(0, ERROR_LINES)
        .map((l) => l.slice(0, 300))
        .join('\n');
}
/**
 * For runs that must not run learner code (`labgrade batch` without `--synth`, `--no-synth`): a lab whose folder
 * holds a CDK app is not graded, with a finding that says why, rather than graded from a template it does not use.
 */
function cdkNotRunSource(why) {
    return {
        name: 'cdk-not-run',
        journaled: true,
        load({ workspace, lab, spec }) {
            if (!synthesizable(spec))
                return { found: false, tried: [] };
            const dir = (0,load/* labDir */.l)(lab.id);
            if (!hasCdkApp(workspace, dir))
                return { found: false, tried: [`${dir}/${CDK_JSON}`] };
            // The untouched starter is not started, whether or not anything would run it.
            if (isStarterApp(workspace, lab, dir)) {
                const app = readCdkApp(workspace, dir);
                return { found: true, starterApp: `${dir}/${app.ok ? app.entry : CDK_JSON}` };
            }
            return unreadable({
                file: `${dir}/${CDK_JSON}`,
                line: 1,
                column: 1,
                severity: 'warning',
                ruleId: 'cdk/not-synthesized',
                message: `'${dir}/' holds a CDK app, which ${why}, so this lab is not graded. Its template is the one the app synthesizes, never a hand-written one beside it.`,
            });
        },
    };
}


/***/ }),

/***/ 591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Od: () => (/* binding */ applyCourse),
/* harmony export */   VJ: () => (/* binding */ labPoints),
/* harmony export */   Zp: () => (/* binding */ COURSE_CONFIG_PATH),
/* harmony export */   fE: () => (/* binding */ defaultCourse),
/* harmony export */   iE: () => (/* binding */ courseLabs)
/* harmony export */ });
/* unused harmony exports deployAllowed, feedbackLevel */
/** Where the CLI and the action look for the configuration, relative to the repository root. */
const COURSE_CONFIG_PATH = '.github/course.yml';
const DAY_MS = 24 * 60 * 60 * 1000;
/** The configuration in effect when there is no file: every lab, full feedback, deploy allowed, no due dates. */
function defaultCourse() {
    return { version: 1, feedback: 'full', deploy: true, lab: {} };
}
/** A lab's points: the sum of its items'. */
function labPoints(lab) {
    return lab.items.reduce((s, i) => s + i.points, 0);
}
/**
 * The labs a course grades: the enabled ones, in the registry's order, each with its items scaled to the points the
 * configuration gives it. Scaled points are whole numbers that add up to the lab's points exactly (largest
 * remainder; ties go to the earlier item), so no total drifts by rounding.
 */
function courseLabs(labs, config) {
    const enabled = config.labs ? labs.filter((l) => config.labs.includes(l.id)) : [...labs];
    return enabled.map((lab) => {
        const points = config.lab[lab.id]?.points;
        return points === undefined || points === labPoints(lab)
            ? lab
            : { ...lab, items: scaleItems(lab.items, points) };
    });
}
function scaleItems(items, total) {
    const base = items.reduce((s, i) => s + i.points, 0);
    const exact = items.map((i) => (i.points * total) / base);
    const floors = exact.map(Math.floor);
    let left = total - floors.reduce((s, n) => s + n, 0);
    const order = exact
        .map((e, k) => ({ k, rem: e - Math.floor(e) }))
        .sort((a, b) => b.rem - a.rem || a.k - b.k);
    for (const { k } of order) {
        if (left <= 0)
            break;
        floors[k] += 1;
        left--;
    }
    return items.map((item, k) => ({ ...item, points: floors[k] }));
}
/** Whether the configuration lets the sandbox deploy a lab. */
function deployAllowed(config, labId) {
    return config.lab[labId]?.deploy ?? config.deploy;
}
function feedbackLevel(config, labId) {
    return config.lab[labId]?.feedback ?? config.feedback;
}
/**
 * The report as the course grades it: each lab carries its feedback level and, when it has a due date, how late
 * the submission was and what that cost. Days late are counted in started days: one second after the due date is
 * one day late. Within the cutoff the lab loses `penaltyPerDay` percent of its score per day (never more than all
 * of it); past the cutoff it earns nothing. Without a late policy a due date is shown but costs nothing.
 */
function applyCourse(report, config, submittedAt) {
    const labs = report.labs.map((lab) => {
        const feedback = feedbackLevel(config, lab.id);
        const due = config.lab[lab.id]?.due ?? config.due;
        const withFeedback = feedback === 'full' ? lab : { ...lab, feedback };
        if (due === undefined)
            return withFeedback;
        const lateMs = submittedAt.getTime() - Date.parse(due);
        const daysLate = lateMs <= 0 ? 0 : Math.ceil(lateMs / DAY_MS);
        const policy = config.late;
        const pastCutoff = policy !== undefined && daysLate > policy.cutoffDays;
        const penaltyPercent = daysLate === 0 || policy === undefined
            ? 0
            : pastCutoff
                ? 100
                : Math.min(100, daysLate * policy.penaltyPerDay);
        const deducted = (lab.score * penaltyPercent) / 100;
        return {
            ...withFeedback,
            score: lab.score - deducted,
            late: { due, submittedAt: submittedAt.toISOString(), daysLate, penaltyPercent, deducted, pastCutoff },
        };
    });
    return {
        ...report,
        score: labs.reduce((s, l) => s + l.score, 0),
        labs,
    };
}


/***/ }),

/***/ 3773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HS: () => (/* binding */ isManifestPath),
/* harmony export */   Uj: () => (/* binding */ manifestSet),
/* harmony export */   ky: () => (/* binding */ isFolderPath)
/* harmony export */ });
/** A lab file path naming a folder (`k8s/`) rather than a file. */
function isFolderPath(p) {
    return p.endsWith('/');
}
/** Whether a path names a manifest file: the extensions `kubectl apply -f <folder>` reads (JSON is YAML too). */
function isManifestPath(file) {
    return /\.(ya?ml|json)$/i.test(file);
}
/** Several parsed manifest files as one set, in path order: what a rule sees of a manifest folder. */
function manifestSet(dir, parts) {
    const sorted = [...parts].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    return {
        kind: 'kubernetes',
        file: dir,
        text: '',
        documents: sorted.flatMap((p) => p.documents),
        files: sorted.flatMap((p) => p.files),
    };
}


/***/ }),

/***/ 548:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hj: () => (/* binding */ DEFAULT_SOURCES),
  Ql: () => (/* binding */ gradeKept),
  l: () => (/* binding */ gradeLoaded),
  QT: () => (/* binding */ gradeSubmission)
});

// UNUSED EXPORTS: gradeSubmissions

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./graders/engine/cfn-lint.ts
var cfn_lint = __webpack_require__(5719);
// EXTERNAL MODULE: ./graders/engine/builtins.ts
var builtins = __webpack_require__(8978);
// EXTERNAL MODULE: ./graders/engine/parsers/record.ts
var record = __webpack_require__(1290);
;// CONCATENATED MODULE: ./graders/engine/cdk/origin.ts
// Puts a finding on a synthesized template back where the learner can act on it: the construct that made the
// resource, by its path, and, when the synth recorded the construct's creation stack, the line of the learner's own
// code that created it. The trusted job has only the template, so it names the construct path alone.

/** Each resource's construct, from the assembly where it was read, else from the template's `aws:cdk:path`. */
function resourcesOf(doc, known) {
    const out = {};
    for (const [id, res] of Object.entries(doc.template.Resources)) {
        const meta = (0,record/* isRecord */.u)(res.Metadata) ? res.Metadata['aws:cdk:path'] : undefined;
        const fromTemplate = typeof meta === 'string' ? meta : undefined;
        const k = known[id];
        if (k)
            out[id] = k;
        else if (fromTemplate)
            out[id] = { path: fromTemplate };
    }
    return out;
}
/** Maps each finding on the synthesized template; every other finding is returned as it is. */
function remapper(doc, info) {
    const resources = resourcesOf(doc, info.resources);
    const tops = Object.keys(doc.template)
        .map((k) => ({ k, line: doc.locate([k]).line }))
        .sort((a, b) => a.line - b.line);
    const resStart = tops.find((t) => t.k === 'Resources')?.line ?? 0;
    const resEnd = tops.find((t) => t.line > resStart)?.line ?? Number.MAX_SAFE_INTEGER;
    const starts = Object.keys(doc.template.Resources)
        .map((id) => ({ id, line: doc.locate(['Resources', id]).line }))
        .sort((a, b) => a.line - b.line);
    const shown = info.templatePath.split('/').pop() ?? info.templatePath;
    return (f) => {
        if (f.file !== info.templatePath || f.line < resStart || f.line >= resEnd)
            return f;
        let id;
        for (const s of starts)
            if (s.line <= f.line)
                id = s.id;
        const res = id === undefined ? undefined : resources[id];
        if (id === undefined || !res)
            return f;
        const where = `construct '${res.path}', synthesized as '${id}' at ${shown}:${f.line}`;
        if (!res.source)
            return { ...f, message: `${f.message} (${where})` };
        return { ...f, ...res.source, message: `${f.message} (${where})` };
    };
}

// EXTERNAL MODULE: ./graders/engine/cdk/source.ts + 3 modules
var source = __webpack_require__(1679);
// EXTERNAL MODULE: ./graders/engine/run-rule.ts
var run_rule = __webpack_require__(3900);
;// CONCATENATED MODULE: ./graders/engine/collect.ts

function collectItem(ctx, item) {
    const { lab, files } = ctx.loaded;
    const st = files.get(item.file);
    if (!st)
        return { kind: 'grader-error', detail: `item '${item.id}' names an unknown file '${item.file}'` };
    const app = unsynthesizedApp(ctx.loaded);
    if (app) {
        // A lab solved in the CDK only is its app: without the template it synthesizes there is no stack to judge, and
        // points for its other files alone (its tests, its nag setup) would grade a stack nobody has seen.
        const at = app.findings[0]?.file ?? app.path;
        return {
            kind: 'not-gradable',
            feedback: `Not graded: the lab's CDK app gave no template to grade. The note on '${at}' says why, and what to do.`,
        };
    }
    if (st.state === 'missing') {
        const where = st.tried.map((p) => `'${p}'`).join(' or ');
        return {
            kind: 'not-gradable',
            feedback: `Not graded yet: create ${where}. ${st.spec.required ? '' : 'This file is optional, but this item needs it.'}`.trim(),
        };
    }
    if (st.state !== 'parsed') {
        const first = st.findings[0];
        const at = first ? `${first.file}:${first.line}` : st.path;
        return {
            kind: 'not-gradable',
            feedback: `Could not grade this item because '${st.path}' could not be read: ${first?.message ?? 'unknown problem'} Fix ${at} and push again.`,
        };
    }
    const doc = st.doc;
    const components = [];
    const findings = [];
    const notes = [];
    for (const id of item.rules ?? []) {
        const rule = ctx.rules.get(id);
        if (!rule)
            return { kind: 'grader-error', detail: `rubric item '${item.id}' refers to an unknown rule '${id}'` };
        if (rule.meta.target !== doc.kind)
            return {
                kind: 'grader-error',
                detail: `rule '${id}' reads ${rule.meta.target} files but '${doc.file}' is ${doc.kind}`,
            };
        const key = `${id}\u0000${doc.file}`;
        let outcome = ctx.outcomes.get(key);
        if (!outcome) {
            outcome = (0,run_rule/* runRule */.OA)(rule, doc);
            ctx.outcomes.set(key, outcome);
        }
        if (outcome.crash) {
            ctx.log.debug(`rule ${id} crashed on ${doc.file}:\n${outcome.crash.stack}`);
            return { kind: 'grader-error', detail: `rule ${id} failed: ${outcome.crash.message}` };
        }
        if (outcome.notApplicable !== null) {
            notes.push(outcome.notApplicable);
            continue;
        }
        findings.push(...outcome.findings);
        components.push((0,run_rule/* outcomeFraction */.tw)(outcome));
    }
    if (item.cfnLint?.length) {
        if (ctx.lint.kind !== 'ok') {
            const why = ctx.lint.kind === 'off' ? 'cfn-lint was turned off for this run (--no-lint).' : ctx.lint.reason;
            return { kind: 'skipped', why, findings };
        }
        const blind = ctx.lint.unreadable.get(doc.file);
        if (blind)
            return {
                kind: 'unread-by-cfn-lint',
                feedback: unreadFeedback(doc.file, blind),
                findings: [...findings, blind],
            };
        const wanted = new Set(item.cfnLint);
        const hits = (ctx.lint.byFile.get(doc.file) ?? []).filter((f) => wanted.has(f.ruleId));
        findings.push(...hits);
        components.push(hits.length === 0 ? 1 : 0);
    }
    let checkFeedback = '';
    if (item.check) {
        const checkCtx = {
            lab,
            doc: (fileId, kind) => {
                const s = files.get(fileId);
                return s?.state === 'parsed' && s.doc.kind === kind ? s.doc : undefined;
            },
            pathOf: (fileId) => {
                const s = files.get(fileId);
                return s && s.state !== 'missing' ? s.path : undefined;
            },
        };
        try {
            const r = item.check(checkCtx);
            const fraction = Number.isFinite(r.fraction) ? Math.min(1, Math.max(0, r.fraction)) : 0;
            findings.push(...(r.findings ?? []));
            components.push(fraction);
            if (r.feedback)
                checkFeedback = r.feedback;
        }
        catch (e) {
            const err = e instanceof Error ? e : new Error(String(e));
            ctx.log.debug(`check for item ${item.id} crashed:\n${err.stack ?? err.message}`);
            return { kind: 'grader-error', detail: `the check for '${item.id}' failed: ${err.message}` };
        }
    }
    return { kind: 'collected', components, findings, notes, checkFeedback };
}
/** What a learner is told when cfn-lint could not read the file an item is graded on. */
function unreadFeedback(file, why) {
    const say = why.message.replace(/\s+/g, ' ').trim();
    const quoted = `"${say.length > 300 ? `${say.slice(0, 297)}...` : say}"`;
    if (why.ruleId === 'E0001') {
        return (`cfn-lint could not transform '${file}' (E0001 at line ${why.line}: ${quoted}), so none of its other checks ` +
            'ran on it and this item cannot pass until they do. Fix the resource that message names and push again.');
    }
    if (why.ruleId === 'E0000') {
        return (`cfn-lint could not read '${file}' (E0000 at line ${why.line}: ${quoted}), so none of its checks ran on it ` +
            'and this item cannot pass until they do. Make the template parse for cfn-lint (run ' +
            `'cfn-lint ${file}' locally) and push again.`);
    }
    return (`${say} This item cannot pass without cfn-lint's checks. If the template looks right, run ` +
        `'cfn-lint ${file}' locally; if it is clean there, tell your instructor.`);
}
/** The synthesized template of a lab solved in the CDK only, when the app gave none (not run, failed, or missing). */
function unsynthesizedApp(loaded) {
    for (const st of loaded.files.values())
        if (st.spec.cdk === 'only' &&
            st.state === 'unreadable' &&
            st.findings.some((f) => f.ruleId.startsWith('cdk/')))
            return st;
    return undefined;
}

// EXTERNAL MODULE: ./graders/engine/load.ts + 1 modules
var load = __webpack_require__(3492);
// EXTERNAL MODULE: ./graders/engine/lint-cache.ts
var lint_cache = __webpack_require__(7368);
// EXTERNAL MODULE: ./graders/engine/log.ts
var engine_log = __webpack_require__(7626);
// EXTERNAL MODULE: ./graders/engine/result-cache.ts
var result_cache = __webpack_require__(1084);
// EXTERNAL MODULE: ./graders/engine/starters.ts
var starters = __webpack_require__(1234);
// EXTERNAL MODULE: ./graders/engine/plural.ts
var plural = __webpack_require__(5792);
;// CONCATENATED MODULE: ./graders/engine/score.ts


function scoreItem(item, collected) {
    const result = (status, fraction, feedback, findings = []) => ({
        id: item.id,
        title: item.title,
        points: item.points,
        docs: item.docsUrl,
        evidence: [...item.evidence],
        earned: fraction * item.points,
        status,
        feedback,
        findings: (0,run_rule/* sortFindings */.Tc)(findings),
    });
    switch (collected.kind) {
        case 'not-gradable':
            return result('not-gradable', 0, collected.feedback);
        case 'grader-error':
            return result('grader-error', 0, graderErrorFeedback(collected.detail));
        case 'skipped': {
            // The item cannot be scored without cfn-lint, but what the grader's own rules found is still shown,
            // so a learner working offline sees every problem it can see.
            const n = collected.findings.length;
            const own = n
                ? ` The grader's own checks for this item found ${(0,plural/* countNoun */.y)(n, 'problem')}, listed here.`
                : '';
            return result('skipped', 0, `Skipped: ${collected.why}${own}`, collected.findings);
        }
        case 'unread-by-cfn-lint':
            // Never a silent pass: cfn-lint reporting none of the item's ids means nothing when it read nothing.
            return result('failed', 0, collected.feedback, collected.findings);
        case 'collected':
            break;
    }
    const { components, findings, notes, checkFeedback } = collected;
    if (components.length === 0) {
        return result('passed', 1, `${item.praise ?? 'Nothing to fix here.'}${notes.length ? ` (${notes.join('; ')})` : ''}`);
    }
    const fraction = (item.scoring ?? 'all') === 'all'
        ? components.every((c) => c >= 1)
            ? 1
            : 0
        : components.reduce((a, b) => a + b, 0) / components.length;
    const status = fraction >= 1 ? 'passed' : fraction <= 0 ? 'failed' : 'partial';
    const feedback = status === 'passed'
        ? // A check's own feedback (say, the cost estimate beside the budget) is worth showing on a pass too.
            [item.praise ?? 'Done.', checkFeedback].filter(Boolean).join(' ')
        : [checkFeedback, item.hint].filter(Boolean).join(' ');
    return result(status, fraction, feedback, findings);
}
/** The feedback of an item the grader failed on: always says it is not the learner's fault. */
function graderErrorFeedback(detail) {
    return `The grader failed on this item; this is not your fault. Please tell your instructor (${detail}).`;
}

// EXTERNAL MODULE: ./graders/engine/version.ts
var engine_version = __webpack_require__(7236);
// EXTERNAL MODULE: ./graders/engine/workspace.ts
var engine_workspace = __webpack_require__(6009);
;// CONCATENATED MODULE: ./graders/engine/grade.ts
// The engine's pipeline, for one submission or a whole class: load every submission's lab files (load.ts), run
// cfn-lint once over every template of every submission, then collect (collect.ts) and score (score.ts) each
// rubric item. It never throws for anything a learner can put in a submission: a crashing rule or check becomes
// a `grader-error` item and the run goes on.















/**
 * Where lab files come from when the caller does not say: the submission's own files, read as data. A lab folder
 * with a CDK app is then not graded (its template is the one the app synthesizes, and running the app is the
 * caller's choice to make: the CLI's `grade` does, in its sandbox; the trusted job never does).
 */
const DEFAULT_SOURCES = [
    (0,source/* cdkNotRunSource */.on)('nothing in this run synthesizes'),
    load/* workspaceSource */.$,
];
/** Grades one submission: the folder that holds `labs/<id>/`. */
async function gradeSubmission(opts) {
    const [report] = await gradeSubmissions([opts.root], opts);
    return report;
}
/**
 * Grades many submissions in one run (a class, or the mutation tables' copies): everything is loaded first,
 * so cfn-lint starts once for every template of every submission. Each report is the one that grading its
 * submission alone gives, apart from `durationMs`.
 */
async function gradeSubmissions(roots, opts) {
    if (opts.resultCache && roots.length === 1)
        return [await gradeCached(roots[0], opts, opts.resultCache)];
    const now = opts.now ?? builtins/* monotonicMs */.dR;
    const t0 = now();
    const sources = opts.sources ?? DEFAULT_SOURCES;
    const loadOptions = {
        ...(opts.maxFileBytes === undefined ? {} : { maxFileBytes: opts.maxFileBytes }),
        ...(opts.parseCache ? { parseCache: opts.parseCache } : {}),
    };
    const loaded = [];
    for (const root of roots)
        loaded.push(await (0,load.loadSubmission)(root, opts.labs, sources, loadOptions));
    const loadMs = (now() - t0) / roots.length;
    const reports = await gradeLoaded(loaded, { ...opts, rules: await rulesOf(opts.rules) });
    return reports.map((r) => ({ ...r, durationMs: Math.round(r.durationMs + loadMs) }));
}
/** A run's note that cfn-lint could not run (see gradeLab). */
const LINT_UNAVAILABLE = 'labgrade/cfn-lint-unavailable';
/**
 * One submission, through the result cache: a lab whose journal still holds is taken as it was graded, and the
 * others are loaded (noting their journals), graded and kept. cfn-lint gets the mandatory checks of every started
 * lab, kept or not, as when all are loaded. When a kept lab turns out not to match the run (cfn-lint is another
 * version than the lint cache said, or it could not run, or a lab was started or emptied, which changes the
 * mandatory checks), every lab is graded afresh: the report is always the one grading without the cache gives.
 */
async function gradeCached(root, opts, cache) {
    const now = opts.now ?? builtins/* monotonicMs */.dR;
    const t0 = now();
    const kept = await findKept(root, opts.labs, opts, cache);
    const whole = keptReport(kept, t0, now);
    if (whole)
        return whole;
    const { lint, keys, version, hits } = kept;
    const given = opts.sources ?? DEFAULT_SOURCES;
    // What a source that reads more than the workspace gives (a synthesized template) is not kept.
    const unjournaled = new Set();
    const sources = given.map((s) => s.journaled
        ? s
        : {
            name: s.name,
            ...(s.prepare ? { prepare: (w, labs) => s.prepare(w, labs) } : {}),
            load: async (req) => {
                const r = await s.load(req);
                if (r.found)
                    unjournaled.add(req.lab.id);
                return r;
            },
        });
    const loaded = await (0,load.loadSubmission)(root, opts.labs.filter((lab) => !hits.has(lab)), sources, {
        ...(opts.maxFileBytes === undefined ? {} : { maxFileBytes: opts.maxFileBytes }),
        ...(opts.parseCache ? { parseCache: opts.parseCache } : {}),
        journal: true,
    });
    // Nothing taken from the cache, nor from the verdicts reached on it.
    const rest = { ...opts };
    delete rest.verdicts;
    const afresh = async () => (await gradeSubmissions([root], {
        ...rest,
        resultCache: { salt: cache.salt, get: () => undefined, set: (k, v) => cache.set(k, v) },
    }))[0];
    const started = [
        ...loaded.labs.filter((l) => l.started).map((l) => l.lab),
        ...[...hits].filter(([, e]) => e.started).map(([lab]) => lab),
    ];
    const mandatory = lint ? mandatoryChecks(started) : [];
    if ([...hits.values()].some((e) => e.lint && !sameList(e.lint.mandatory, mandatory)))
        return afresh();
    const rules = loaded.labs.length > 0 ? await rulesOf(opts.rules) : [];
    const [graded] = await gradeLoaded([loaded], { ...opts, rules, mandatory });
    const unavailable = graded.labs.some((l) => l.notices.some((n) => n.ruleId === LINT_UNAVAILABLE));
    const linted = graded.tool.cfnLint;
    if (hits.size > 0 && lint && (unavailable || (linted !== null && linted !== version)))
        return afresh();
    const lintVersion = lint ? (linted ?? version ?? null) : null;
    const linting = (l) => templatesToLint(l).length > 0;
    loaded.labs.forEach((l, j) => {
        const report = graded.labs[j];
        if (!l.journal || unjournaled.has(l.lab.id) || !keepable(report) || (lint && lintVersion === null))
            return;
        if (l.journal.reduce((n, e) => n + e.answer.length, 0) > result_cache/* MAX_JOURNAL_CHARS */.be)
            return;
        cache.set(keys.get(l.lab), {
            journal: l.journal,
            report,
            started: l.started,
            lint: lint ? { version: lintVersion, mandatory, templates: linting(l) } : null,
        });
    });
    const byLab = new Map(loaded.labs.map((l, j) => [l.lab, graded.labs[j]]));
    const labs = opts.labs.map((lab) => hits.get(lab)?.report ?? byLab.get(lab));
    // As lintAll reports it: a version when some started lab had a template to lint, kept or linted now.
    const anyTemplate = loaded.labs.some(linting) || [...hits.values()].some((e) => e.lint?.templates);
    return {
        ...graded,
        tool: { ...graded.tool, cfnLint: lint && anyTemplate ? lintVersion : null },
        score: labs.reduce((s, l) => s + l.score, 0),
        maxScore: labs.reduce((s, l) => s + l.maxScore, 0),
        labs,
        durationMs: Math.round(now() - t0),
    };
}
async function findKept(root, labs, opts, cache) {
    const lint = opts.lint !== false;
    const scope = {
        lint,
        regions: opts.regions ?? ['us-east-1'],
        maxFileBytes: opts.maxFileBytes ?? engine_workspace/* DEFAULT_MAX_FILE_BYTES */.CR,
        sources: (opts.sources ?? DEFAULT_SOURCES).map((s) => s.name),
    };
    const keys = new Map(labs.map((lab) => [lab, (0,result_cache/* resultCacheKey */.R2)(cache, lab, scope)]));
    // With cfn-lint, a kept lab stands only for the version that would lint it now, as far as the lint cache knows.
    const version = lint ? await opts.lintCache?.cfnLintVersion() : undefined;
    const hits = new Map();
    if (!lint || version !== undefined) {
        let workspace;
        for (const lab of labs) {
            const key = keys.get(lab);
            let held = opts.verdicts?.get(key);
            if (held === undefined) {
                const entry = cache.get(key);
                const sameLint = lint ? entry?.lint?.version === version : entry?.lint === null;
                workspace ??= new engine_workspace/* Workspace */.aR(root, { maxFileBytes: scope.maxFileBytes });
                held = entry && sameLint && (0,result_cache/* journalHolds */.ou)(workspace, entry.journal) ? entry : null;
                opts.verdicts?.set(key, held);
            }
            if (held)
                hits.set(lab, held);
        }
    }
    opts.log?.debug(`result cache: ${hits.size} of ${labs.length} labs read exactly as when they were graded, so their reports are reused`);
    return { lint, labs, keys, version, hits };
}
/**
 * The report when every lab comes from the result cache, as gradeCached gives it; otherwise undefined. With
 * cfn-lint, each kept lab was linted with the mandatory checks of the labs then started: when this run's started labs
 * are others (a course or `--lab` leaves one out), its checks differ, and the labs must be graded afresh.
 */
function keptReport(kept, t0, now) {
    const { lint, labs, hits, version } = kept;
    if (hits.size !== labs.length)
        return undefined;
    const entries = labs.map((lab) => hits.get(lab));
    if (lint) {
        const mandatory = mandatoryChecks(labs.filter((lab) => hits.get(lab).started));
        if (entries.some((e) => !e.lint || !sameList(e.lint.mandatory, mandatory)))
            return undefined;
    }
    const reports = entries.map((e) => e.report);
    // As lintAll reports it: a version when some started lab had a template to lint.
    const linted = lint && entries.some((e) => e.lint?.templates);
    return {
        schemaVersion: 1,
        tool: { name: engine_version/* TOOL_NAME */.lH, version: engine_version/* TOOL_VERSION */.wr, cfnLint: linted ? (version ?? null) : null },
        score: reports.reduce((s, l) => s + l.score, 0),
        maxScore: reports.reduce((s, l) => s + l.maxScore, 0),
        labs: reports,
        durationMs: Math.round(now() - t0),
    };
}
/**
 * One submission's report when every lab of `labs` comes from the result cache, exactly as gradeSubmission with
 * the cache would give it; undefined when some lab must be graded. It needs only the labs' outlines, so the CLI
 * tries it before loading the rubrics and rules: a run over an unchanged course then loads neither.
 */
async function gradeKept(root, labs, opts, cache) {
    const now = opts.now ?? builtins/* monotonicMs */.dR;
    const t0 = now();
    return keptReport(await findKept(root, labs, opts, cache), t0, now);
}
/** A lab graded with every rule and cfn-lint answering: nothing in it may come out otherwise next time. */
function keepable(report) {
    if (report.status === 'grader-error' || report.items.some((i) => i.status === 'grader-error'))
        return false;
    const transient = [cfn_lint/* NO_RESULT_RULE */.H1, LINT_UNAVAILABLE];
    return ![...report.notices, ...report.items.flatMap((i) => i.findings)].some((f) => transient.includes(f.ruleId));
}
function rulesOf(rules) {
    return typeof rules === 'function' ? rules() : rules;
}
function sameList(a, b) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
}
/**
 * Grades submissions already loaded (the action loads once, then grades and deploys from the same result).
 * Grades the labs each submission was loaded with; `opts.labs` is not consulted.
 */
async function gradeLoaded(loaded, opts) {
    const now = opts.now ?? builtins/* monotonicMs */.dR;
    const t0 = now();
    const log = opts.log ?? engine_log/* silentLog */.a;
    const rules = new Map(opts.rules.map((r) => [r.meta.id, r]));
    // cfn-lint's process starts before lintAll first awaits; everything that does not wait for it is collected
    // while its Python starts up and lints, so grading adds little to cfn-lint's own time.
    const linting = lintAll(loaded, opts, log);
    // Awaited only when some rule needs it: an await here would let cfn-lint's answer in before the rules run.
    const preparing = prepareRules(loaded, rules);
    if (preparing)
        await preparing;
    const early = loaded.map((s) => s.labs.map((l) => collectEarly(l, rules, log)));
    const lint = await linting;
    // cfn-lint is shared; each report counts its share of it, and its own scoring.
    const lintMs = (now() - t0) / Math.max(1, loaded.length);
    return loaded.map((submission, i) => {
        const started = now();
        const state = lint[i];
        const labs = submission.labs.map((l, j) => {
            const { outcomes, collected } = early[i][j];
            return gradeLab({ loaded: l, rules, lint: state, log, outcomes }, collected);
        });
        return {
            schemaVersion: 1,
            tool: { name: engine_version/* TOOL_NAME */.lH, version: engine_version/* TOOL_VERSION */.wr, cfnLint: state.kind === 'ok' ? state.version : null },
            score: labs.reduce((s, l) => s + l.score, 0),
            maxScore: labs.reduce((s, l) => s + l.maxScore, 0),
            labs,
            durationMs: Math.round(lintMs + now() - started),
        };
    });
}
/**
 * Awaits the `prepare` of every rule a started lab grades with, while cfn-lint starts. A prepare that fails is left
 * to surface as that rule's crash, a grader error on its items, when its check runs without what it needed.
 */
function prepareRules(loaded, rules) {
    const used = new Set();
    for (const s of loaded)
        for (const l of s.labs)
            if (l.started)
                for (const item of l.lab.items)
                    for (const id of item.rules ?? []) {
                        const rule = rules.get(id);
                        if (rule?.prepare)
                            used.add(rule);
                    }
    if (used.size === 0)
        return undefined;
    return Promise.all([...used].map((r) => r.prepare().catch(() => undefined))).then(() => undefined);
}
/**
 * Lints each distinct template text once: a class of learners who left one lab's starter as it was, or a mutation
 * table's copies, hand cfn-lint the same text many times. Findings are the same for the same text and format
 * (extension), apart from the path they carry, which is each copy's own. With a cache (the CLI's), a text linted in
 * an earlier run under the same cfn-lint version and configuration is not linted again; when every text is cached,
 * cfn-lint does not run at all.
 */
async function lintEachTextOnce(run, req, cache) {
    const byText = new Map();
    const unique = [];
    const slot = req.templates.map((t) => {
        const id = `${external_node_path_default().extname(t.path).toLowerCase()}\u0000${t.text}`;
        let k = byText.get(id);
        if (k === undefined) {
            k = unique.length;
            byText.set(id, k);
            unique.push(t);
        }
        return k;
    });
    if (!cache && unique.length === req.templates.length)
        return run(req);
    const assumed = cache ? await cache.cfnLintVersion() : undefined;
    const keyOf = (version, t) => (0,lint_cache/* lintCacheKey */.PP)(cache, version, req, t.path, t.text);
    let cached = unique.map((t) => {
        const hit = assumed === undefined ? undefined : cache.get(keyOf(assumed, t));
        return hit && (0,lint_cache/* restoreFindings */.Zj)(t.path, hit);
    });
    let todo = unique.flatMap((_, k) => (cached[k] ? [] : [k]));
    let r = { status: 'ok', version: assumed ?? null, byTemplate: [], linted: [] };
    if (todo.length > 0) {
        r = await run({ ...req, templates: todo.map((k) => unique[k]) });
        // cfn-lint says which version it is: entries read under another one are stale, so their texts are linted now.
        if (r.status === 'ok' && todo.length < unique.length && r.version !== assumed) {
            cached = unique.map(() => undefined);
            todo = unique.map((_, k) => k);
            r = await run({ ...req, templates: unique });
        }
    }
    if (r.status !== 'ok')
        return r;
    const found = cached.map((c) => c ?? []);
    const linted = cached.map((c) => c !== undefined);
    todo.forEach((k, j) => {
        const t = unique[k];
        const findings = r.byTemplate[j] ?? [];
        found[k] = findings;
        linted[k] = r.linted ? (r.linted[j] ?? false) : true;
        // Only what cfn-lint finished with is kept, and only findings on the template itself (all of them, today).
        if (cache && r.version !== null && linted[k] && findings.every((f) => f.file === t.path))
            cache.set(keyOf(r.version, t), (0,lint_cache/* snapshotFindings */.N9)(findings));
    });
    const byTemplate = req.templates.map((t, i) => {
        const from = unique[slot[i]].path;
        return found[slot[i]].map((f) => (f.file === from ? { ...f, file: t.path } : f));
    });
    return { ...r, byTemplate, linted: req.templates.map((_, i) => linted[slot[i]]) };
}
/** The cfn-lint rules that the items of the started labs grade: cfn-lint runs them whatever a template asks. */
function mandatoryChecks(started) {
    return [...new Set(started.flatMap((lab) => lab.items.flatMap((item) => item.cfnLint ?? [])))].sort();
}
/** What cfn-lint gets of a lab: its parsed templates, when it is started (a lab not started is not graded). */
function templatesToLint({ files, started }) {
    if (!started)
        return [];
    return [...files.values()].flatMap((st) => st.spec.cfnLint && st.state === 'parsed' ? [{ path: st.path, text: st.doc.text }] : []);
}
/** One cfn-lint run over every template of every submission, split back per submission. */
async function lintAll(loaded, opts, log) {
    if (opts.lint === false)
        return loaded.map(() => ({ kind: 'off' }));
    const templates = [];
    const owner = [];
    const mandatory = opts.mandatory ??
        mandatoryChecks(loaded.flatMap((s) => s.labs.filter((l) => l.started).map((l) => l.lab)));
    loaded.forEach((submission, i) => {
        for (const l of submission.labs)
            for (const t of templatesToLint(l)) {
                templates.push(t);
                owner.push(i);
            }
    });
    let result = { status: 'ok', version: null, byTemplate: [] };
    if (templates.length > 0) {
        result = await lintEachTextOnce(opts.cfnLint ?? cfn_lint/* runCfnLint */.YC, {
            templates,
            mandatory,
            regions: opts.regions ?? ['us-east-1'],
        }, opts.lintCache);
        if (result.status === 'unavailable')
            log.warn(result.reason);
    }
    return loaded.map((_, i) => {
        const mine = owner.flatMap((o, k) => (o === i ? [k] : []));
        // A submission with no template to lint reports no cfn-lint version, as when linting was not needed.
        if (mine.length === 0)
            return { kind: 'ok', version: null, byFile: new Map(), unreadable: new Map() };
        if (result.status === 'unavailable')
            return { kind: 'unavailable', reason: result.reason };
        const byFile = new Map();
        const unreadable = new Map();
        for (const k of mine) {
            const file = templates[k].path;
            byFile.set(file, result.byTemplate[k] ?? []);
            const why = (0,cfn_lint/* cfnLintUnreadable */.KG)(file, byFile.get(file), result.linted?.[k] ?? true);
            if (why)
                unreadable.set(file, why);
        }
        return { kind: 'ok', version: result.version, byFile, unreadable };
    });
}
/**
 * What one lab's items give before cfn-lint answers: the items cfn-lint has no part in, collected in full, and the
 * outcomes of every rule the others name (their cfn-lint part and check wait for gradeLab). Collecting with
 * cfn-lint 'off' stops an item at its cfn-lint part, so its check runs once, later, and its rule crashes are
 * logged once, then.
 */
function collectEarly(loaded, rules, log) {
    const outcomes = new Map();
    const collected = new Map();
    if (!loaded.started)
        return { outcomes, collected };
    const off = { kind: 'off' };
    for (const item of loaded.lab.items) {
        if (item.cfnLint?.length)
            collectItem({ loaded, rules, lint: off, log: engine_log/* silentLog */.a, outcomes }, item);
        else
            collected.set(item, collectItem({ loaded, rules, lint: off, log, outcomes }, item));
    }
    return { outcomes, collected };
}
function gradeLab(ctx, early) {
    const { lab, files, notices: loadNotices } = ctx.loaded;
    if (!ctx.loaded.started)
        return (0,starters/* notStartedLab */.aH)(lab, files, (0,run_rule/* sortFindings */.Tc)(loadNotices));
    const items = lab.items.map((item) => scoreItem(item, early.get(item) ?? collectItem(ctx, item)));
    // cfn-lint findings no item grades are still worth showing, once, as lab notices.
    const graded = new Set(lab.items.flatMap((i) => i.cfnLint ?? []));
    const notices = [...loadNotices];
    for (const st of files.values()) {
        if (!st.spec.cfnLint || st.state !== 'parsed')
            continue;
        if (ctx.lint.kind === 'ok')
            for (const f of ctx.lint.byFile.get(st.path) ?? [])
                if (!graded.has(f.ruleId))
                    notices.push(f);
        if (ctx.lint.kind === 'unavailable') {
            notices.push({
                file: st.path,
                line: 1,
                column: 1,
                severity: 'info',
                ruleId: 'labgrade/cfn-lint-unavailable',
                message: ctx.lint.reason,
            });
        }
    }
    const score = items.reduce((s, i) => s + i.earned, 0);
    const maxScore = items.reduce((s, i) => s + i.points, 0);
    const report = {
        id: lab.id,
        title: lab.title,
        score,
        maxScore,
        status: labStatus(ctx.loaded.started, items, score, maxScore),
        notices: (0,run_rule/* sortFindings */.Tc)(notices),
        items,
    };
    return fromSynth(report, files);
}
/**
 * A lab graded from a CDK app's template: each finding on that template is put back on the construct (and the
 * learner's line) that made it, and the report says which template it graded.
 */
function fromSynth(report, files) {
    for (const st of files.values()) {
        if ((st.state !== 'parsed' && st.state !== 'invalid') || !st.synth)
            continue;
        const synthesized = { template: st.synth.templatePath, stack: st.synth.stack, by: st.synth.by };
        if (st.state !== 'parsed' || st.doc.kind !== 'cloudformation')
            return { ...report, synthesized };
        const map = remapper(st.doc, st.synth);
        return {
            ...report,
            synthesized,
            notices: (0,run_rule/* sortFindings */.Tc)(report.notices.map(map)),
            items: report.items.map((i) => ({ ...i, findings: (0,run_rule/* sortFindings */.Tc)(i.findings.map(map)) })),
        };
    }
    return report;
}
function labStatus(started, items, score, maxScore) {
    if (!started)
        return 'not-started';
    if (items.some((i) => i.status === 'grader-error'))
        return 'grader-error';
    if (items.every((i) => i.status === 'not-gradable'))
        return 'not-gradable';
    if (score >= maxScore)
        return 'passed';
    return score === 0 ? 'failed' : 'partial';
}


/***/ }),

/***/ 7368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N6: () => (/* binding */ isCachedFindings),
/* harmony export */   N9: () => (/* binding */ snapshotFindings),
/* harmony export */   PP: () => (/* binding */ lintCacheKey),
/* harmony export */   Zj: () => (/* binding */ restoreFindings)
/* harmony export */ });
/* harmony import */ var _builtins_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8978);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _cfn_lint_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5719);
/* harmony import */ var _report_enums_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6435);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7236);
// cfn-lint's findings kept by content hash, so a template linted once is never linted again while nothing that
// decides its findings has changed: its text, its format (the extension), the cfn-lint version, and what the
// grader asks of cfn-lint (regions, mandatory and ignored rules, its own version). A learner who edits one lab
// and grades again then waits for cfn-lint on that lab only. The engine only defines the contract; where entries
// live is the caller's choice (the CLI keeps them under node_modules/.cache/labgrade/lint; the action keeps none,
// because in the trusted job nothing the PR can write may feed the grade).





/**
 * The key of one template. `runCfnLint` passes the regions and `-m` (the unreadable ids and `mandatory`) from the
 * request; its ignored list and output format are the grader's own code, covered by TOOL_VERSION and the salt.
 */
function lintCacheKey(cache, cfnLintVersion, scope, file, text) {
    const config = JSON.stringify({
        regions: scope.regions,
        mandatory: [...new Set([..._cfn_lint_js__WEBPACK_IMPORTED_MODULE_2__/* .CFN_LINT_UNREADABLE_IDS */ .Xt, ...scope.mandatory])].sort(),
    });
    return (0,_builtins_js__WEBPACK_IMPORTED_MODULE_0__/* .createHash */ .n1)('sha256')
        .update([_version_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOL_VERSION */ .wr, cache.salt, cfnLintVersion, config, node_path__WEBPACK_IMPORTED_MODULE_1___default().extname(file).toLowerCase(), ''].join('\u0000'))
        .update(text, 'utf8')
        .digest('hex');
}
/** A template's findings as kept: without its path. */
function snapshotFindings(findings) {
    return findings.map(({ file: _file, ...rest }) => rest);
}
/** Kept findings on the template graded now. */
function restoreFindings(file, cached) {
    return cached.map((f) => ({ file, ...f }));
}
const severities = _report_enums_js__WEBPACK_IMPORTED_MODULE_4__/* .SEVERITIES */ .oC;
const isPosition = (n) => typeof n === 'number' && Number.isInteger(n) && n >= 1;
/** Whether a value read back from a store is a list of kept findings; anything else is a miss. */
function isCachedFindings(value) {
    return (Array.isArray(value) &&
        value.every((f) => {
            if (typeof f !== 'object' || f === null)
                return false;
            const r = f;
            return (isPosition(r['line']) &&
                isPosition(r['column']) &&
                typeof r['severity'] === 'string' &&
                severities.includes(r['severity']) &&
                typeof r['ruleId'] === 'string' &&
                typeof r['message'] === 'string' &&
                !('file' in r));
        }));
}


/***/ }),

/***/ 3492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ labDir),
  loadSubmission: () => (/* binding */ loadSubmission),
  $: () => (/* binding */ workspaceSource)
});

// EXTERNAL MODULE: ./graders/engine/builtins.ts
var builtins = __webpack_require__(8978);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./graders/engine/parsers/record.ts
var record = __webpack_require__(1290);
;// CONCATENATED MODULE: ./graders/engine/parse-cache.ts
// Parsed templates and YAML files (manifests, eksctl configs, appspecs) kept by content hash, so grading the same
// text again skips the YAML parser, which is most of a static run's cost in a fresh process. An entry holds the
// document's value and the position of every node in it,
// both taken from a real parse, so a cached document answers `locate` exactly as the parsed one did. The engine only
// defines the contract; where entries live is the caller's choice (the CLI keeps them under
// node_modules/.cache/labgrade; the action and the tests keep none).



/** The key of one file's text parsed as `kind`; the format follows from the extension, so it is part of the key. */
function cacheKey(cache, kind, file, text) {
    return (0,builtins/* createHash */.n1)('sha256')
        .update(`${cache.salt}\u0000${kind}\u0000${external_node_path_default().extname(file).toLowerCase()}\u0000`)
        .update(text, 'utf8')
        .digest('hex');
}
function positionsOf(root, locate) {
    const positions = [];
    const visit = (value, at) => {
        const p = locate(at);
        positions.push([JSON.stringify(at), p.line, p.column]);
        if (Array.isArray(value))
            value.forEach((v, i) => visit(v, [...at, i]));
        else if ((0,record/* isRecord */.u)(value))
            for (const [k, v] of Object.entries(value))
                visit(v, [...at, k]);
    };
    visit(root, []);
    return positions;
}
/**
 * A locator over recorded positions: it answers for the longest prefix of the path that is a node, which is what a
 * parsed document's locator does for a path that does not exist. The table is built on the first lookup: a
 * document that earns every point is never asked where anything is.
 */
function locatorOf(positions) {
    let table;
    return (at) => {
        table ??= new Map(positions.map(([k, line, column]) => [k, { line, column }]));
        for (let n = at.length; n >= 0; n--) {
            const hit = table.get(JSON.stringify(at.slice(0, n)));
            if (hit)
                return hit;
        }
        return { line: 1, column: 1 };
    };
}
/** What to keep of parsed YAML documents: each one's value and where each of its nodes is. */
function snapshotYaml(documents) {
    return {
        documents: documents.map((d) => ({
            index: d.index,
            value: d.value,
            positions: positionsOf(d.value, d.locate),
        })),
    };
}
function restoreYaml(file, text, entry) {
    return entry.documents.map((d) => ({
        kind: 'yaml',
        file,
        text,
        index: d.index,
        value: d.value,
        locate: locatorOf(d.positions),
    }));
}
/** A manifest file from a cache entry, as parseKubernetes gives it. */
function restoreKubernetes(file, text, entry) {
    return { kind: 'kubernetes', file, text, documents: restoreYaml(file, text, entry), files: [file] };
}
function isCachedYaml(entry) {
    return 'documents' in entry;
}
/** The key of one template text. */
function templateCacheKey(cache, file, text) {
    return cacheKey(cache, 'cloudformation', file, text);
}
/** What to keep of a parsed template: its value and where each of its nodes is. */
function snapshotTemplate(doc) {
    return { template: doc.template, positions: positionsOf(doc.template, doc.locate) };
}
/** A template document from a cache entry. */
function restoreTemplate(file, text, entry) {
    return {
        kind: 'cloudformation',
        file,
        text,
        format: /\.json$/i.test(file) ? 'json' : 'yaml',
        template: entry.template,
        locate: locatorOf(entry.positions),
    };
}

// EXTERNAL MODULE: ./graders/engine/parsers/file-set.ts
var file_set = __webpack_require__(6772);
// EXTERNAL MODULE: ./graders/engine/parsers/text.ts
var parsers_text = __webpack_require__(8492);
// EXTERNAL MODULE: ./graders/engine/folders.ts
var folders = __webpack_require__(3773);
// EXTERNAL MODULE: ./graders/engine/result-cache.ts
var result_cache = __webpack_require__(1084);
// EXTERNAL MODULE: ./graders/engine/starters.ts
var starters = __webpack_require__(1234);
// EXTERNAL MODULE: ./graders/engine/workspace.ts
var engine_workspace = __webpack_require__(6009);
;// CONCATENATED MODULE: ./graders/engine/load.ts
// The loader: the one place a submission's lab files are found, read and parsed. Grading, the sandbox and the
// trusted regrade all work from what it returns, so no caller reads the disk a second time or with other
// rules. Where a file's text comes from is a source: the workspace today; a CDK synth or an artifact carrying
// a synthesized template later. Whatever the source, the text is parsed here, by the same parsers, so a
// template is graded the same way however it arrived.








/** Where a lab's files are, relative to the submission root. */
function labDir(labId) {
    return `labs/${labId}`;
}
/**
 * The lab folder in the submission: the first of the file's candidate paths that exists wins, except that an
 * untouched starter gives way to a later candidate the learner wrote. A learner who prefers JSON writes
 * `template.json` beside the starter `template.yaml`; that is work in another valid style, and it is graded.
 */
const workspaceSource = {
    name: 'workspace',
    journaled: true,
    load({ workspace, lab, spec }) {
        // A lab solved in CDK only never reads a hand-written template: the synth source supplies it, or nothing does.
        if (spec.cdk === 'only')
            return { found: false, tried: [`${labDir(lab.id)}/cdk.json`] };
        const tried = spec.paths.map((p) => `${labDir(lab.id)}/${p}`);
        const existing = tried.filter((p) => workspace.stat(p) !== 'missing');
        if (existing.length === 0)
            return { found: false, tried };
        for (const p of existing) {
            const read = workspace.read(p);
            if (!read.ok || !(0,starters/* isStarterText */.zG)(lab, spec, read.text))
                return { found: true, read };
        }
        // Every candidate present is an untouched starter: the lab is not started, and the first is the one named.
        return { found: true, read: workspace.read(existing[0]) };
    },
};
async function loadSubmission(root, labs, sources = [workspaceSource], options = {}) {
    const workspace = new engine_workspace/* Workspace */.aR(root, options.maxFileBytes === undefined ? {} : { maxFileBytes: options.maxFileBytes });
    for (const source of sources)
        source.prepare?.(workspace, labs);
    const loaded = [];
    for (const lab of labs) {
        if (!options.journal) {
            loaded.push(await loadLab(workspace, lab, sources, options.parseCache));
            continue;
        }
        const journaling = new result_cache/* JournalingWorkspace */.Jg(workspace);
        const l = await loadLab(journaling, lab, sources, options.parseCache);
        loaded.push({ ...l, journal: journaling.journal });
    }
    return { root: workspace.root, labs: loaded };
}
async function loadLab(workspace, lab, sources, cache) {
    const dir = labDir(lab.id);
    const files = new Map();
    const notices = [];
    let started = false;
    for (const spec of lab.files) {
        const st = await loadFile(workspace, lab, spec, sources, cache);
        files.set(spec.id, st);
        if (st.state === 'unreadable' || ((st.state === 'parsed' || st.state === 'invalid') && !st.starter))
            started = true;
        if (st.state === 'unreadable' || st.state === 'invalid')
            notices.push(...st.findings);
        if ((st.state === 'parsed' || st.state === 'invalid') && st.synth) {
            notices.push(...st.synth.annotations);
            notices.push(...templatesBesideApp(workspace, lab, spec));
        }
        else if (st.state !== 'missing' && spec.kind !== 'files')
            notices.push(...shadowedCandidates(workspace, lab, spec, st.path));
        if (st.state === 'parsed' && st.doc.kind === 'kubernetes')
            notices.push(...skippedLinks(workspace, st.doc));
    }
    // cfn-lint never sees these (it runs on copies elsewhere), but the learner should know they are ignored.
    for (const name of workspace.list(dir)) {
        if (/^\.cfnlintrc(\.ya?ml)?$/.test(name)) {
            notices.push({
                file: `${dir}/${name}`,
                line: 1,
                column: 1,
                severity: 'warning',
                ruleId: 'labgrade/ignored-config',
                message: `'${dir}/${name}' is ignored: the grader runs cfn-lint with its own configuration, so local settings cannot change the grade.`,
            });
        }
    }
    for (const st of files.values())
        if (st.state === 'parsed' && st.doc.kind === 'cloudformation')
            notices.push(...suppressionAttempts(st.doc));
    return { lab, files, notices, started };
}
async function loadFile(workspace, lab, spec, sources, cache) {
    // A file set is the lab folder itself, whichever source supplies the graded files: it never makes a lab
    // "started" on its own, since the starter folder already holds files.
    if (spec.kind === 'files') {
        const dir = fileSetFolder(workspace, lab, spec);
        return { state: 'parsed', spec, path: dir, doc: readFileSet(workspace, dir), starter: true };
    }
    // A manifest folder is read from the submission itself: no other source produces Kubernetes manifests.
    if (spec.kind === 'kubernetes' && spec.paths.some(folders/* isFolderPath */.ky))
        return loadManifests(workspace, lab, spec, cache);
    const tried = [];
    for (const source of sources) {
        const r = await source.load({ workspace, lab, spec });
        if (!r.found) {
            tried.push(...r.tried.filter((p) => !tried.includes(p)));
            continue;
        }
        // The untouched starter app: not started, like an untouched starter template, and nothing to show.
        if ('starterApp' in r)
            return { state: 'invalid', spec, path: r.starterApp, findings: [], starter: true };
        if (!r.read.ok)
            return { state: 'unreadable', spec, path: r.read.path, findings: [r.read.finding] };
        const synth = r.synth ? { synth: r.synth } : {};
        const starter = !r.synth && (0,starters/* isStarterText */.zG)(lab, spec, r.read.text);
        const parsed = await parse(spec.kind, r.read.path, r.read.text, cache);
        if (!parsed.ok)
            return { state: 'invalid', spec, path: r.read.path, findings: parsed.findings, starter, ...synth };
        return { state: 'parsed', spec, path: r.read.path, doc: parsed.doc, starter, ...synth };
    }
    return { state: 'missing', spec, tried };
}
/** Each kind's parser, loaded when a file of that kind is first parsed (a Dockerfile never loads the YAML library). */
const PARSERS = {
    dockerfile: async () => (await Promise.all(/* import() */[__webpack_require__.e(839), __webpack_require__.e(429)]).then(__webpack_require__.bind(__webpack_require__, 5810))).parseDockerfile,
    text: async () => parsers_text/* parseText */.r,
    json: async () => (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2369))).parseJson,
    yaml: async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(580)]).then(__webpack_require__.bind(__webpack_require__, 9580))).parseYamlDocument,
    cloudformation: async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(835)]).then(__webpack_require__.bind(__webpack_require__, 835))).parseCloudFormation,
    kubernetes: async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(375)]).then(__webpack_require__.bind(__webpack_require__, 7375))).parseKubernetes,
    files: async () => (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6772))).parseFileSet,
};
/**
 * Parses one file, through the cache for templates and YAML files. The parsers are loaded on the first miss only: a
 * run whose files are all cached never loads the YAML library.
 */
async function parse(kind, file, text, cache) {
    const cached = cache && (kind === 'cloudformation' || kind === 'yaml' || kind === 'kubernetes');
    const key = cached ? cacheKey(cache, kind, file, text) : undefined;
    const hit = key === undefined ? undefined : cache?.get(key);
    if (hit) {
        if (kind === 'cloudformation' && !isCachedYaml(hit))
            return { ok: true, doc: restoreTemplate(file, text, hit) };
        if (kind === 'kubernetes' && isCachedYaml(hit))
            return { ok: true, doc: restoreKubernetes(file, text, hit) };
        if (kind === 'yaml' && isCachedYaml(hit) && hit.documents.length === 1)
            return { ok: true, doc: restoreYaml(file, text, hit)[0] };
    }
    const parsed = (await PARSERS[kind]())(file, text);
    if (key !== undefined && parsed.ok) {
        const doc = parsed.doc;
        if (doc.kind === 'cloudformation')
            cache?.set(key, snapshotTemplate(doc));
        else if (doc.kind === 'kubernetes')
            cache?.set(key, snapshotYaml(doc.documents));
        else if (doc.kind === 'yaml')
            cache?.set(key, snapshotYaml([doc]));
    }
    return parsed;
}
/** The folder a file set reads: the lab folder for `**`, else the first candidate subfolder that exists. */
function fileSetFolder(workspace, lab, spec) {
    const dir = labDir(lab.id);
    for (const p of spec.paths) {
        if (p === '**')
            return dir;
        const sub = `${dir}/${p.replace(/\/+$/, '')}`;
        if (workspace.stat(sub) === 'dir')
            return sub;
    }
    const first = spec.paths[0] ?? '**';
    return first === '**' ? dir : `${dir}/${first.replace(/\/+$/, '')}`;
}
/**
 * A lab file that is a folder of Kubernetes manifests (or, among its candidates, a single file): every manifest
 * under the first candidate that holds one, parsed into one set. The set is unreadable or invalid as a whole when
 * one of its files is, listing every such file's findings, as a template with one bad line is; it is the starter
 * when every manifest in it is an untouched starter file.
 */
async function loadManifests(workspace, lab, spec, cache) {
    const dir = labDir(lab.id);
    const tried = [];
    for (const candidate of spec.paths) {
        const rel = `${dir}/${candidate.replace(/\/+$/, '')}`;
        tried.push((0,folders/* isFolderPath */.ky)(candidate) ? `${rel}/` : rel);
        const kind = workspace.stat(rel);
        if (kind === 'missing')
            continue;
        const paths = kind === 'dir' ? workspace.walk(rel).files.filter(folders/* isManifestPath */.HS) : [rel];
        if (paths.length === 0)
            continue;
        const unreadable = [];
        const invalid = [];
        const parts = [];
        let starter = true;
        for (const p of paths) {
            const read = workspace.read(p);
            if (!read.ok) {
                unreadable.push(read.finding);
                continue;
            }
            starter &&= (0,starters/* isStarterFile */.y1)(lab, p.slice(dir.length + 1), read.text);
            const parsed = await parse('kubernetes', read.path, read.text, cache);
            if (parsed.ok && parsed.doc.kind === 'kubernetes')
                parts.push(parsed.doc);
            else if (parsed.ok)
                throw new Error(`the kubernetes parser returned a ${parsed.doc.kind} document`);
            else
                invalid.push(...parsed.findings);
        }
        if (unreadable.length > 0)
            return { state: 'unreadable', spec, path: rel, findings: unreadable };
        if (invalid.length > 0)
            return { state: 'invalid', spec, path: rel, findings: invalid, starter };
        return {
            state: 'parsed',
            spec,
            path: rel,
            doc: kind === 'dir' ? (0,folders/* manifestSet */.Uj)(rel, parts) : parts[0],
            starter,
        };
    }
    return { state: 'missing', spec, tried };
}
/** Links inside a manifest folder: never followed, so the learner is told the manifest behind one is not graded. */
function skippedLinks(workspace, doc) {
    if (doc.text !== '' || workspace.stat(doc.file) !== 'dir')
        return [];
    return workspace.walk(doc.file).links.map((p) => ({
        file: p,
        line: 1,
        column: 1,
        severity: 'warning',
        ruleId: 'labgrade/ignored-link',
        message: `'${p}' is a symbolic link, which the grader does not follow, so nothing behind it is graded. Put the manifest itself in the folder.`,
    }));
}
/** Every text file of a lab folder, read through the workspace; what cannot be read is listed as skipped. */
function readFileSet(workspace, dir) {
    const walked = workspace.walk(dir);
    const texts = [];
    const skipped = walked.links.map((p) => ({
        path: p,
        reason: 'a symbolic link, which the grader does not follow',
    }));
    for (const p of walked.files) {
        const read = workspace.read(p);
        if (!read.ok) {
            skipped.push({ path: p, reason: read.finding.message });
            continue;
        }
        const parsed = (0,parsers_text/* parseText */.r)(read.path, read.text);
        if (parsed.ok)
            texts.push(parsed.doc);
    }
    skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return (0,file_set.fileSet)(dir, texts, skipped, walked.truncated);
}
/**
 * The other candidates of a lab file that also exist in the lab folder (`template.json` beside `template.yaml`):
 * only one is graded, so each other one gets a warning on its line 1 naming the file that is.
 */
function shadowedCandidates(workspace, lab, spec, graded) {
    const dir = labDir(lab.id);
    const gradedName = graded.startsWith(`${dir}/`) ? graded.slice(dir.length + 1) : graded;
    return spec.paths
        .filter((p) => !(0,folders/* isFolderPath */.ky)(p))
        .map((p) => `${dir}/${p}`)
        .filter((p) => p !== graded && workspace.stat(p) !== 'missing')
        .map((p) => ignoredFile(p, `'${p}' is not graded because '${gradedName}' is: the grader reads one file of ` +
        `${spec.paths.map((c) => `'${c}'`).join(', ')} in '${dir}/', the first that exists and is not the ` +
        `untouched starter. Delete the other, keeping the file that holds your work.`));
}
/** A warning on a lab file the grader does not grade, at its first line. */
function ignoredFile(file, message) {
    return { file, line: 1, column: 1, severity: 'warning', ruleId: 'labgrade/ignored-file', message };
}
/**
 * Hand-written templates in a lab graded from its CDK app: only the synthesized template is graded, so a
 * template the learner edited (not the untouched starter, which every lab folder holds) gets a warning saying so.
 */
function templatesBesideApp(workspace, lab, spec) {
    const dir = labDir(lab.id);
    return spec.paths
        .filter((p) => !(0,folders/* isFolderPath */.ky)(p))
        .map((p) => `${dir}/${p}`)
        .filter((p) => {
        if (workspace.stat(p) !== 'file')
            return false;
        const r = workspace.read(p);
        return !r.ok || !(0,starters/* isStarterText */.zG)(lab, spec, r.text);
    })
        .map((p) => ignoredFile(p, `'${p}' is not graded: '${dir}/' holds a CDK app ('cdk.json'), so the grader grades the template the app synthesizes. Delete '${p.slice(dir.length + 1)}' if the app is your solution, or delete 'cdk.json' to have the template graded.`));
}
/** Template or resource Metadata that tries to switch cfn-lint checks off. */
function suppressionAttempts(doc) {
    const out = [];
    const check = (meta, path) => {
        if (!(0,record/* isRecord */.u)(meta))
            return;
        const cfg = (0,record/* isRecord */.u)(meta['cfn-lint']) ? meta['cfn-lint']['config'] : undefined;
        if ((0,record/* isRecord */.u)(cfg) && cfg['ignore_checks'] !== undefined) {
            const at = doc.locate([...path, 'cfn-lint', 'config', 'ignore_checks']);
            out.push({
                file: doc.file,
                ...at,
                severity: 'warning',
                ruleId: 'labgrade/suppression',
                message: 'This Metadata asks cfn-lint to ignore checks. The grader always runs the checks it grades, so this changes nothing; remove it and fix the findings instead.',
            });
        }
    };
    check(doc.template.Metadata, ['Metadata']);
    for (const [name, res] of Object.entries(doc.template.Resources))
        check(res.Metadata, ['Resources', name, 'Metadata']);
    return out;
}


/***/ }),

/***/ 7626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ silentLog)
/* harmony export */ });
const silentLog = { info: () => { }, warn: () => { }, debug: () => { } };


/***/ }),

/***/ 6772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fileSet: () => (/* binding */ fileSet),
/* harmony export */   parseFileSet: () => (/* binding */ parseFileSet)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8492);
// A lab folder's text files as one document, for rules that must look at every file (hard-coded credentials can
// sit in a config file, a script or a notebook). The loader walks the folder through the workspace reader and
// builds the set; parsing one text as a set of one file serves the rule tester and the fuzzers.


function fileSet(dir, files, skipped = [], truncated = false) {
    const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    return { kind: 'files', file: dir, text: '', files: sorted, skipped: [...skipped], truncated };
}
function parseFileSet(file, text) {
    const one = (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .parseText */ .r)(file, text);
    if (!one.ok)
        return one;
    return { ok: true, doc: fileSet(node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(file), [one.doc]) };
}


/***/ }),

/***/ 2421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hc: () => (/* binding */ PARSE_RULE),
/* harmony export */   M1: () => (/* binding */ MAX_NESTING),
/* harmony export */   mH: () => (/* binding */ parseFailure),
/* harmony export */   rr: () => (/* binding */ LineIndex)
/* harmony export */ });
const PARSE_RULE = {
    json: 'parse/json',
    yaml: 'parse/yaml',
    controlChar: 'parse/control-char',
    aliases: 'parse/yaml-aliases',
    tooDeep: 'parse/too-deep',
    shape: 'parse/shape',
    dockerfile: 'parse/dockerfile',
};
/** Nesting deeper than this is refused: no lab file comes near it, and deep input is a way to exhaust a parser. */
const MAX_NESTING = 100;
function parseFailure(file, ruleId, message, at = { line: 1, column: 1 }) {
    return {
        ok: false,
        findings: [{ file, line: at.line, column: at.column, severity: 'error', ruleId, message }],
    };
}
/** 1-based line/column of a 0-based offset, computed from precomputed line starts. */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = 0; i < text.length; i++)
            if (text.charCodeAt(i) === 10)
                this.starts.push(i + 1);
    }
    position(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((this.starts[mid] ?? 0) <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 };
    }
}


/***/ }),

/***/ 2369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   locateJson: () => (/* binding */ locateJson),
/* harmony export */   parseJson: () => (/* binding */ parseJson)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2421);
// JSON with source positions (jsonc-parser keeps offsets on every node). Comments and trailing commas are
// reported, because AWS APIs reject them even where editors tolerate them.


function parseJson(file, text) {
    const lines = new _findings_js__WEBPACK_IMPORTED_MODULE_1__/* .LineIndex */ .rr(text);
    const depth = maxBracketDepth(text);
    if (depth.depth > _findings_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NESTING */ .M1) {
        return (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFailure */ .mH)(file, _findings_js__WEBPACK_IMPORTED_MODULE_1__/* .PARSE_RULE */ .Hc.tooDeep, `'${file}' nests more than ${_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NESTING */ .M1} levels deep, which no lab file needs; the grader stopped reading it.`, lines.position(depth.offset));
    }
    const errors = [];
    const root = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text, errors, {
        disallowComments: true,
        allowTrailingComma: false,
        allowEmptyContent: false,
    });
    const first = errors[0];
    if (first || root === undefined) {
        const at = lines.position(first?.offset ?? 0);
        const what = first ? describeJsonError((0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(first.error)) : 'the file is empty';
        return (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFailure */ .mH)(file, _findings_js__WEBPACK_IMPORTED_MODULE_1__/* .PARSE_RULE */ .Hc.json, `'${file}' is not valid JSON: ${what} at line ${at.line}, column ${at.column}. Fix the syntax there; an editor with JSON support highlights it.`, at);
    }
    const value = nodeValue(root);
    return {
        ok: true,
        doc: {
            kind: 'json',
            file,
            text,
            value,
            locate: (path) => locateJson(root, path, lines),
        },
    };
}
function locateJson(root, path, lines) {
    for (let n = path.length; n >= 0; n--) {
        const node = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.findNodeAtLocation)(root, path.slice(0, n));
        if (node) {
            // A property's value is found; point at its key, which is where learners look.
            const at = node.parent?.type === 'property' ? node.parent.offset : node.offset;
            return lines.position(at);
        }
    }
    return { line: 1, column: 1 };
}
/** Converts the tree to plain data iteratively-safe (depth is already bounded). Duplicate keys: last wins, as JSON.parse. */
function nodeValue(node) {
    switch (node.type) {
        case 'object': {
            const out = {};
            for (const prop of node.children ?? []) {
                const [k, v] = prop.children ?? [];
                if (k && v) {
                    // Object.defineProperty keeps a learner key named "__proto__" as data, not a prototype change.
                    Object.defineProperty(out, String(k.value), {
                        value: nodeValue(v),
                        enumerable: true,
                        writable: true,
                        configurable: true,
                    });
                }
            }
            return out;
        }
        case 'array':
            return (node.children ?? []).map(nodeValue);
        default:
            return node.value;
    }
}
function maxBracketDepth(text) {
    let depth = 0;
    let max = 0;
    let maxAt = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 92)
                i++;
            else if (c === 34)
                inString = false;
        }
        else if (c === 34)
            inString = true;
        else if (c === 123 || c === 91) {
            depth++;
            if (depth > max) {
                max = depth;
                maxAt = i;
                if (max > _findings_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NESTING */ .M1)
                    break;
            }
        }
        else if (c === 125 || c === 93)
            depth--;
    }
    return { depth: max, offset: maxAt };
}
function describeJsonError(code) {
    const map = {
        InvalidSymbol: 'an unexpected character',
        InvalidNumberFormat: 'a badly formed number',
        PropertyNameExpected: 'a property name (in double quotes) was expected',
        ValueExpected: 'a value was expected',
        ColonExpected: "a ':' was expected",
        CommaExpected: "a ',' was expected",
        CloseBraceExpected: "a closing '}' was expected",
        CloseBracketExpected: "a closing ']' was expected",
        EndOfFileExpected: 'extra content after the end of the JSON value',
        InvalidCommentToken: 'a comment (JSON does not allow comments)',
        UnexpectedEndOfComment: 'an unfinished comment',
        UnexpectedEndOfString: 'an unfinished string',
        UnexpectedEndOfNumber: 'an unfinished number',
        InvalidUnicode: 'a bad \\u escape',
        InvalidEscapeCharacter: 'a bad escape character',
        InvalidCharacter: 'a control character inside a string',
    };
    return map[code] ?? code;
}


/***/ }),

/***/ 1290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ isRecord)
/* harmony export */ });
// The one "is this a plain object" check, in a module of its own so that rules and the sandbox can use it without
// loading the parsers (and the YAML library) that a cached parse does not need.
/**
 * A plain object (not null, not a list): the one check every parser, rule and the sandbox use on data a learner
 * wrote, so "object" means the same thing everywhere.
 */
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}


/***/ }),

/***/ 8492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ parseText)
/* harmony export */ });
function parseText(file, text) {
    return { ok: true, doc: { kind: 'text', file, text, lines: text.split('\n') } };
}


/***/ }),

/***/ 5792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ countNoun)
/* harmony export */ });
// Counts in messages read naturally ("1 subnet", "2 subnets"), never "1 subnet(s)". English only: the course is.
/** `count` and the noun that agrees with it: `countNoun(1, 'task')` is "1 task", `countNoun(2, 'task')` "2 tasks". */
function countNoun(count, singular, plural = `${singular}s`) {
    return `${count} ${count === 1 ? singular : plural}`;
}


/***/ }),

/***/ 6435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   At: () => (/* binding */ EVIDENCE_KINDS),
/* harmony export */   J4: () => (/* binding */ ITEM_STATUSES),
/* harmony export */   fM: () => (/* binding */ LAB_STATUSES),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   uq: () => (/* binding */ FEEDBACK_LEVELS),
/* harmony export */   zf: () => (/* binding */ DEPLOY_LAB_STATUSES)
/* harmony export */ });
// The report's enumerations (report.ts holds the schema that uses them): severities, statuses, feedback levels and
// evidence kinds. Apart from report.ts so that what needs only these (the lint cache, the course schema) does not
// load zod with it.
const SEVERITIES = ['error', 'warning', 'info'];
const ITEM_STATUSES = [
    'passed',
    'partial',
    'failed',
    'skipped',
    'not-gradable',
    'grader-error',
];
const LAB_STATUSES = [
    'passed',
    'partial',
    'failed',
    'not-started',
    'not-gradable',
    'grader-error',
];
const DEPLOY_LAB_STATUSES = [
    'passed',
    'partial',
    'failed',
    'refused',
    'skipped',
    'grader-error',
];
/** How much of a lab's grade a learner sees (Gradescope's visibility, Classroom 50's failure details). */
const FEEDBACK_LEVELS = ['full', 'hints', 'score-only'];
const EVIDENCE_KINDS = [
    'aws-doc',
    'security-hub',
    'cfn-lint',
    'hadolint',
    'checkov',
    'cdk-nag',
    'control-tower',
    'docker-doc',
];


/***/ }),

/***/ 1084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jg: () => (/* binding */ JournalingWorkspace),
/* harmony export */   Ni: () => (/* binding */ resultCacheName),
/* harmony export */   R2: () => (/* binding */ resultCacheKey),
/* harmony export */   W4: () => (/* binding */ outlineOf),
/* harmony export */   be: () => (/* binding */ MAX_JOURNAL_CHARS),
/* harmony export */   om: () => (/* binding */ isCachedLab),
/* harmony export */   ou: () => (/* binding */ journalHolds),
/* harmony export */   zd: () => (/* binding */ isOutlineList)
/* harmony export */ });
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6009);

/** A lab whose journal holds more than this (its files' texts, mostly) is not kept. */
const MAX_JOURNAL_CHARS = 4 * 1024 * 1024;
/** A lab's outline alone, as a store keeps it: what the rest of a Lab holds is not the store's to keep. */
function outlineOf(lab) {
    return {
        id: lab.id,
        items: lab.items.map((i) => ({
            id: i.id,
            points: i.points,
            ...(i.cfnLint === undefined ? {} : { cfnLint: [...i.cfnLint] }),
        })),
    };
}
/** Whether `value` is a list of lab outlines (a store's file may be truncated or from another build). */
function isOutlineList(value) {
    const strings = (v) => Array.isArray(v) && v.every((s) => typeof s === 'string');
    return (Array.isArray(value) &&
        value.every((lab) => typeof lab === 'object' &&
            lab !== null &&
            typeof lab.id === 'string' &&
            Array.isArray(lab.items) &&
            lab.items.every((i) => typeof i === 'object' &&
                i !== null &&
                typeof i.id === 'string' &&
                typeof i.points === 'number' &&
                (i.cfnLint === undefined || strings(i.cfnLint)))));
}
/**
 * The key of one lab graded in `scope`: a first line that names the lab and the options a learner switches between
 * (a store may name its file after it), then everything else that decides the grade. The build (the salt) decides
 * every field of a lab but the points, which a course configuration rescales.
 */
function resultCacheKey(cache, lab, scope) {
    const name = `${lab.id}.${scope.lint ? 'lint' : 'no-lint'}.${scope.sources.join('+')}`;
    const points = lab.items.map((i) => [i.id, i.points]);
    const rest = { salt: cache.salt, points, regions: scope.regions, maxFileBytes: scope.maxFileBytes };
    return `${name}\n${JSON.stringify(rest)}`;
}
/** Where a key's first line ends: what a store may name an entry's file after. */
function resultCacheName(key) {
    const end = key.indexOf('\n');
    return end === -1 ? key : key.slice(0, end);
}
/**
 * A workspace reader that notes, in `journal`, every call made to it from outside (a `list` that stats its
 * folder is one call) and its answer.
 */
class JournalingWorkspace extends _workspace_js__WEBPACK_IMPORTED_MODULE_0__/* .Workspace */ .aR {
    journal = [];
    depth = 0;
    constructor(base) {
        super(base.root, { maxFileBytes: base.maxFileBytes });
    }
    /** Calls already noted, each with its answer: loading asks some paths many times. */
    noted = new Map();
    note(entry, call) {
        this.depth++;
        try {
            const answer = call();
            if (this.depth === 1) {
                const e = entry(JSON.stringify(answer));
                const id = `${e.op}\u0000${e.path}\u0000${'max' in e ? e.max : ''}`;
                // The same call with the same answer adds nothing to replay: the files cannot differ between the two.
                if (this.noted.get(id) !== e.answer) {
                    this.noted.set(id, e.answer);
                    this.journal.push(e);
                }
            }
            return answer;
        }
        finally {
            this.depth--;
        }
    }
    stat(rel) {
        return this.note((a) => ({ op: 'stat', path: rel, answer: a }), () => super.stat(rel));
    }
    list(relDir) {
        return this.note((a) => ({ op: 'list', path: relDir, answer: a }), () => super.list(relDir));
    }
    walk(relDir, maxFiles) {
        return this.note((a) => ({ op: 'walk', path: relDir, ...(maxFiles === undefined ? {} : { max: maxFiles }), answer: a }), () => (maxFiles === undefined ? super.walk(relDir) : super.walk(relDir, maxFiles)));
    }
    read(rel) {
        return this.note((a) => ({ op: 'read', path: rel, answer: a }), () => super.read(rel));
    }
}
/** Whether every call of `journal` gets the same answer from `workspace` now. Never throws. */
function journalHolds(workspace, journal) {
    try {
        return journal.every((e) => {
            const answer = e.op === 'stat'
                ? workspace.stat(e.path)
                : e.op === 'list'
                    ? workspace.list(e.path)
                    : e.op === 'read'
                        ? workspace.read(e.path)
                        : 'max' in e && e.max !== undefined
                            ? workspace.walk(e.path, e.max)
                            : workspace.walk(e.path);
            return JSON.stringify(answer) === e.answer;
        });
    }
    catch {
        return false;
    }
}
/** Whether `value` has the shape of a cached lab (a cache file may be truncated or from another build). */
function isCachedLab(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const v = value;
    return (Array.isArray(v.journal) &&
        typeof v.report === 'object' &&
        v.report !== null &&
        Array.isArray(v.report.items) &&
        typeof v.started === 'boolean' &&
        (v.lint === null || (typeof v.lint === 'object' && Array.isArray(v.lint?.mandatory))));
}


/***/ }),

/***/ 3900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OA: () => (/* binding */ runRule),
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   e4: () => (/* binding */ renderMessage),
/* harmony export */   tw: () => (/* binding */ outcomeFraction)
/* harmony export */ });
/* unused harmony export compareFindings */
function renderMessage(template, data = {}) {
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key) => Object.hasOwn(data, key) ? String(data[key]) : whole);
}
function runRule(rule, doc, options) {
    const findings = [];
    let checked = null;
    let failed = null;
    let notApplicable = null;
    const toPosition = (at) => {
        if (at === undefined)
            return { file: doc.file, line: 1, column: 1 };
        if (Array.isArray(at)) {
            const p = 'locate' in doc ? doc.locate(at) : { line: 1, column: 1 };
            return { file: doc.file, line: p.line, column: p.column };
        }
        const p = at;
        return { file: 'file' in p ? p.file : doc.file, line: p.line, column: p.column };
    };
    const ctx = {
        report(messageId, data, at) {
            const template = rule.meta.messages[messageId];
            if (template === undefined)
                throw new Error(`rule ${rule.meta.id} reported unknown messageId '${messageId}'`);
            const p = toPosition(at);
            findings.push({
                file: p.file,
                line: p.line,
                column: p.column,
                severity: rule.meta.severity,
                ruleId: rule.meta.id,
                message: renderMessage(template, data),
                messageId,
                ...(data === undefined ? {} : { data: { ...data } }),
            });
        },
        tally(c, f) {
            checked = (checked ?? 0) + c;
            if (f !== undefined)
                failed = (failed ?? 0) + f;
        },
        notApplicable(reason) {
            notApplicable = reason;
        },
        // Only the first overload omits options, and there O is undefined.
        options: options,
    };
    try {
        rule.check(doc, ctx);
    }
    catch (e) {
        const err = e instanceof Error ? e : new Error(String(e));
        return {
            ruleId: rule.meta.id,
            findings: [],
            checked: null,
            failed: null,
            notApplicable: null,
            crash: { message: err.message, stack: err.stack ?? err.message },
        };
    }
    return {
        ruleId: rule.meta.id,
        findings: sortFindings(findings),
        checked,
        failed,
        notApplicable,
        crash: null,
    };
}
/** Fraction of instances that pass, from the rule's tally; with no tally, all or nothing. */
function outcomeFraction(o) {
    if (o.checked !== null && o.checked > 0) {
        const failed = Math.min(o.checked, o.failed ?? distinctInstances(o.findings));
        return (o.checked - failed) / o.checked;
    }
    return o.findings.length === 0 ? 1 : 0;
}
function distinctInstances(findings) {
    return new Set(findings.map((f) => `${f.file}:${f.line}:${f.column}`)).size;
}
function compareFindings(a, b) {
    return (cmp(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        cmp(a.ruleId, b.ruleId) ||
        cmp(a.message, b.message));
}
function sortFindings(fs) {
    return [...fs].sort(compareFindings);
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 1234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ contentHash),
/* harmony export */   Re: () => (/* binding */ withStarters),
/* harmony export */   aH: () => (/* binding */ notStartedLab),
/* harmony export */   sP: () => (/* binding */ isCdkAppFile),
/* harmony export */   y1: () => (/* binding */ isStarterFile),
/* harmony export */   zG: () => (/* binding */ isStarterText)
/* harmony export */ });
/* unused harmony exports readStarters, notStartedNote */
/* harmony import */ var _builtins_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8978);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6009);
// Starter files: what a learner receives in labs/<id>/ before doing anything. A lab whose graded files are all
// missing or still their starters is "not started" and earns nothing, however many points the starter's own
// content would collect. The grader knows the starters as content hashes recorded at build time
// (graders/starters.generated.ts, written by `npm run docs`), never by reading the default branch: the trusted
// job grades a tree it fetched, and a learner's clone holds the edited files.



/** A file of a CDK app, relative to the lab folder: its configuration and its code, not its README. */
function isCdkAppFile(rel) {
    return /^(?:cdk(?:\.context)?\.json|tsconfig\.json|package\.json)$/.test(rel) || /\.[cm]?[jt]s$/.test(rel);
}
/** sha256 (hex) of a file's text as the workspace reader returns it: UTF-8 without BOM, LF line endings. */
function contentHash(text) {
    return (0,_builtins_js__WEBPACK_IMPORTED_MODULE_0__/* .createHash */ .n1)('sha256').update(text, 'utf8').digest('hex');
}
/** Whether `text`, read for one of the lab's files, is that file's starter, unchanged. */
function isStarterText(lab, spec, text) {
    if (!lab.starters)
        return false;
    const hash = contentHash(text);
    return spec.paths.some((p) => lab.starters?.[p] === hash);
}
/** Whether `text`, read from `rel` (a path relative to the lab folder), is the starter file at that path. */
function isStarterFile(lab, rel, text) {
    return lab.starters?.[rel] !== undefined && lab.starters[rel] === contentHash(text);
}
/**
 * The starter hashes of one lab, read from the repository's own labs/<id>/ through the workspace reader (so
 * they are normalised exactly as a learner's files will be): every candidate path of every graded file that
 * exists, by path relative to the lab folder, sorted. What `npm run docs` records.
 */
function readStarters(root, lab) {
    const workspace = new Workspace(root);
    const out = {};
    const dir = `labs/${lab.id}/`;
    // A manifest folder's starter is each manifest in it, by its own path.
    const inFolders = lab.files
        .filter((f) => f.kind === 'kubernetes')
        .flatMap((f) => f.paths.filter(isFolderPath))
        .flatMap((p) => workspace.walk(`${dir}${p}`).files.filter(isManifestPath))
        .map((p) => p.slice(dir.length));
    // A lab solved in CDK only starts from an app: each of its files, as the synth source compares them.
    const app = lab.files.some((f) => f.cdk === 'only')
        ? workspace
            .walk(dir.slice(0, -1))
            .files.map((p) => p.slice(dir.length))
            .filter(isCdkAppFile)
        : [];
    const paths = [...new Set([...lab.files.flatMap((f) => f.paths), ...inFolders, ...app])].sort();
    for (const p of paths) {
        const rel = `labs/${lab.id}/${p}`;
        if (workspace.stat(rel) !== 'file')
            continue;
        const read = workspace.read(rel);
        if (!read.ok)
            throw new Error(`starter file '${rel}' cannot be read: ${read.finding.message}`);
        out[p] = contentHash(read.text);
    }
    return out;
}
/** Adds the recorded starters to each lab; a lab the record does not name is returned as it is. */
function withStarters(labs, starters) {
    return labs.map((lab) => {
        const s = starters[lab.id];
        return s ? { ...lab, starters: s } : lab;
    });
}
/** The note a not-started lab carries in the report, in place of its items' feedback. */
function notStartedNote(labId, starterFiles) {
    const readme = `labs/${labId}/README.md`;
    if (starterFiles.length === 0)
        return `Not started: no lab file is in 'labs/${labId}/' yet. Start with task 1 in '${readme}'.`;
    const quoted = starterFiles.map((f) => `'${f}'`);
    const files = quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}` : quoted[0];
    const are = starterFiles.length === 1 ? 'is still the starter file' : 'are still the starter files';
    return `Not started: ${files} ${are}, so nothing is graded yet. Start with task 1 in '${readme}'.`;
}
/**
 * The report of a lab that is not started: every item at 0 and not graded, with no findings, because findings
 * on the starter's own gaps would only repeat the tasks. An item whose file is missing says which file to create,
 * as it would in a started lab; the others point to the note.
 */
function notStartedLab(lab, files, notices) {
    const starterFiles = [...files.values()].flatMap((f) => (f.state !== 'missing' && f.path ? [f.path] : []));
    const note = notStartedNote(lab.id, starterFiles);
    const items = lab.items.map((item) => {
        const st = files.get(item.file);
        const common = {
            id: item.id,
            title: item.title,
            points: item.points,
            docs: item.docsUrl,
            evidence: [...item.evidence],
            earned: 0,
        };
        if (!st || st.state === 'missing') {
            const where = (st?.tried ?? []).map((p) => `'${p}'`).join(' or ');
            const optional = st && !st.spec.required ? ' This file is optional, but this item needs it.' : '';
            return {
                ...common,
                status: 'not-gradable',
                feedback: `Not graded yet: create ${where || `the file '${item.file}'`}.${optional}`,
                findings: [],
            };
        }
        return {
            ...common,
            status: 'skipped',
            feedback: `Not graded yet: '${st.path}' is still the starter file. Start with task 1 in 'labs/${lab.id}/README.md'.`,
            findings: [],
        };
    });
    return {
        id: lab.id,
        title: lab.title,
        score: 0,
        maxScore: items.reduce((s, i) => s + i.points, 0),
        status: 'not-started',
        note,
        notices: [...notices],
        items,
    };
}


/***/ }),

/***/ 6009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* binding */ DEFAULT_MAX_FILE_BYTES),
/* harmony export */   aR: () => (/* binding */ Workspace)
/* harmony export */ });
/* unused harmony exports WALK_MAX_FILES, WORKSPACE_RULE, decodeText, formatBytes */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5792);
// The only way graders read learner files. A submission is untrusted input: it may hold symlinks out of the
// tree, huge or binary files, or text in encodings the parsers cannot read. Every such case becomes a
// finding on that file, so the rest of the course is still graded.



const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
/** git's own heuristic: a NUL byte in the first 8000 bytes means binary. */
const BINARY_SNIFF_BYTES = 8000;
/** More files than any lab folder needs; a folder past it is read this far and says so. */
const WALK_MAX_FILES = 500;
const WALK_SKIP_DIRS = new Set(['.git', 'node_modules', 'cdk.out']);
/**
 * A relative path already in the form normalize gives: `/`-separated names, none empty, `.` or `..`, and no `\`
 * or `:` (a separator or a drive on Windows). It is its own normal form, and joins the root without resolving. A
 * first name that starts with `..` is left to the full check, which takes any such path for one that climbs out.
 */
const PLAIN_RELATIVE = /^(?!\.\.|\.(?:\/|$))[^/\\:]+(?:\/(?!\.\.?(?:\/|$))[^/\\:]+)*$/;
const WORKSPACE_RULE = {
    outside: 'workspace/outside-root',
    symlink: 'workspace/symlink-escape',
    tooLarge: 'workspace/too-large',
    binary: 'workspace/binary',
    encoding: 'workspace/encoding',
    unreadable: 'workspace/unreadable',
    notFile: 'workspace/not-a-file',
};
class Workspace {
    root;
    maxFileBytes;
    realRoot;
    /** The roots with a trailing separator: a path under one starts with it. */
    rootPrefix;
    realRootPrefix;
    constructor(root, options = {}) {
        this.root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root);
        // The native realpath(3): one system call, where fs.realpathSync walks the path an lstat per component.
        this.realRoot = node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync.native(this.root);
        this.rootPrefix = this.root.endsWith((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)) ? this.root : this.root + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep);
        this.realRootPrefix = this.realRoot.endsWith((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)) ? this.realRoot : this.realRoot + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep);
        this.maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    }
    /** Normalises a submission-relative path to `/` separators, or null when it points outside the root. */
    normalize(rel) {
        // Loading asks for the same plain paths (labs/<id>/template.yaml) again and again: they need no resolving.
        if (PLAIN_RELATIVE.test(rel))
            return rel;
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(this.root, rel);
        const fromRoot = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(this.root, abs);
        if (fromRoot === '' || fromRoot.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(fromRoot))
            return null;
        return fromRoot.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
    }
    /**
     * What sits at a path, without following a symlink that leaves the root. Symlinks inside the root are
     * followed, as git checkouts of a repository can legitimately contain them.
     */
    stat(rel) {
        const norm = this.normalize(rel);
        if (norm === null)
            return 'escapes';
        const abs = this.absolute(norm);
        // lstat first: most paths loading asks about do not exist (the template names a lab folder may use), and
        // lstat says so without the exception realpath would throw.
        let link;
        try {
            link = node_fs__WEBPACK_IMPORTED_MODULE_0___default().lstatSync(abs, { throwIfNoEntry: false });
        }
        catch {
            return 'missing'; // A component is not a folder.
        }
        if (!link)
            return 'missing';
        let real;
        try {
            real = node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync.native(abs);
        }
        catch {
            // A dangling link is "missing", unless it points out of the tree.
            return this.linkTargetEscapes(abs) ? 'escapes' : 'missing';
        }
        if (!this.inside(real))
            return 'escapes';
        // The path itself is no link: lstat described what it is. A folder on the way may be one, which realpath and
        // the check above have seen to.
        const st = link.isSymbolicLink() ? node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(real) : link;
        return st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'missing';
    }
    /** Where a normalized path is on disk. */
    absolute(norm) {
        return (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep) === '/' ? this.rootPrefix + norm : node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.root, norm);
    }
    /** Names in a directory, sorted so every run visits files in the same order. */
    list(relDir) {
        if (this.stat(relDir) !== 'dir')
            return [];
        const norm = this.normalize(relDir);
        if (norm === null)
            return [];
        return node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(this.absolute(norm)).sort();
    }
    /**
     * The regular files under a folder, recursively, as sorted submission-relative paths. Symbolic links are never
     * followed (they are listed in `links`), and folders that hold tools' output rather than the learner's work
     * (`.git`, `node_modules`, `cdk.out`) are not entered. At most `maxFiles` are returned; `truncated` says more
     * were there.
     */
    walk(relDir, maxFiles = WALK_MAX_FILES) {
        const files = [];
        const links = [];
        let truncated = false;
        const start = this.normalize(relDir);
        if (start === null || this.stat(start) !== 'dir')
            return { files, links, truncated };
        const visit = (dir) => {
            const entries = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(this.absolute(dir), { withFileTypes: true });
            entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
            for (const e of entries) {
                const rel = `${dir}/${e.name}`;
                if (e.isSymbolicLink())
                    links.push(rel);
                else if (e.isDirectory()) {
                    if (!WALK_SKIP_DIRS.has(e.name))
                        visit(rel);
                }
                else if (e.isFile()) {
                    if (files.length < maxFiles)
                        files.push(rel);
                    else
                        truncated = true;
                }
            }
        };
        visit(start);
        return { files: files.sort(), links: links.sort(), truncated };
    }
    read(rel) {
        const norm = this.normalize(rel);
        const shown = norm ?? rel.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
        const fail = (ruleId, message) => ({
            ok: false,
            path: shown,
            finding: { file: shown, line: 1, column: 1, severity: 'error', ruleId, message },
        });
        if (norm === null) {
            return fail(WORKSPACE_RULE.outside, `The path '${rel}' is outside the submission, so it was not read.`);
        }
        const abs = this.absolute(norm);
        let real;
        try {
            real = node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync.native(abs);
        }
        catch {
            return fail(WORKSPACE_RULE.unreadable, `'${norm}' could not be found or read. Check that the file exists and is committed.`);
        }
        if (!this.inside(real)) {
            return fail(WORKSPACE_RULE.symlink, `'${norm}' is a symbolic link to a place outside the repository, so the grader will not read it. ` +
                'Replace the link with the file itself.');
        }
        let fd;
        try {
            fd = node_fs__WEBPACK_IMPORTED_MODULE_0___default().openSync(real, (node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).O_RDONLY);
        }
        catch {
            return fail(WORKSPACE_RULE.unreadable, `'${norm}' could not be opened. Check the file's permissions.`);
        }
        try {
            const st = node_fs__WEBPACK_IMPORTED_MODULE_0___default().fstatSync(fd);
            if (!st.isFile()) {
                return fail(WORKSPACE_RULE.notFile, `'${norm}' is not a regular file (it is a directory or a device).`);
            }
            if (st.size > this.maxFileBytes) {
                return fail(WORKSPACE_RULE.tooLarge, `'${norm}' is ${formatBytes(st.size)}, over the grader's limit of ${formatBytes(this.maxFileBytes)}. ` +
                    'Lab files are small text files; remove generated or bundled content from it.');
            }
            // Read at most one byte past the cap in case the file grew since fstat.
            const buf = Buffer.alloc(Math.min(st.size, this.maxFileBytes) + 1);
            const n = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readSync(fd, buf, 0, buf.length, 0);
            if (n > this.maxFileBytes) {
                return fail(WORKSPACE_RULE.tooLarge, `'${norm}' is over the grader's limit of ${formatBytes(this.maxFileBytes)}.`);
            }
            const decoded = decodeText(buf.subarray(0, n));
            if (!decoded.ok)
                return fail(decoded.ruleId, decoded.message(norm));
            return { ok: true, path: norm, text: decoded.text };
        }
        finally {
            node_fs__WEBPACK_IMPORTED_MODULE_0___default().closeSync(fd);
        }
    }
    inside(real) {
        // Canonical paths (realpath's, or resolved ones) hold no `..`: one that starts with the root's is under it.
        if (real.startsWith(this.realRootPrefix))
            return true;
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(this.realRoot, real);
        return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
    }
    linkTargetEscapes(abs) {
        try {
            const target = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readlinkSync(abs);
            return !this.inside(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(abs), target));
        }
        catch {
            return false;
        }
    }
}
/** One decoder for every read: making one costs more than decoding a lab file, and each decode starts afresh. */
let utf8;
/**
 * Decodes learner text: UTF-8 with or without a BOM, CRLF or LF. UTF-16 (which Windows editors and
 * PowerShell's `>` produce) and binary content are refused with a message saying how to fix the file.
 */
function decodeText(buf) {
    const b0 = buf[0];
    const b1 = buf[1];
    const utf16 = (b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff) || looksLikeBomlessUtf16(buf);
    if (utf16) {
        return {
            ok: false,
            ruleId: WORKSPACE_RULE.encoding,
            message: (f) => `'${f}' is saved as UTF-16, which the grader (and most AWS tools) cannot read. ` +
                'Save it as UTF-8: in VS Code, click the encoding in the status bar and choose "Save with Encoding" > "UTF-8".',
        };
    }
    const sniff = buf.subarray(0, BINARY_SNIFF_BYTES);
    if (sniff.includes(0)) {
        return {
            ok: false,
            ruleId: WORKSPACE_RULE.binary,
            message: (f) => `'${f}' looks like a binary file, not text, so it cannot be graded. Commit the text source instead.`,
        };
    }
    let text;
    try {
        text = (utf8 ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })).decode(buf);
    }
    catch {
        return {
            ok: false,
            ruleId: WORKSPACE_RULE.encoding,
            message: (f) => `'${f}' is not valid UTF-8 text. Save it as UTF-8 (without special characters from another encoding).`,
        };
    }
    // CRLF and lone CR become LF; line numbers are unchanged, so positions still match the learner's editor.
    return { ok: true, text: text.replace(/\r\n?/g, '\n') };
}
/** UTF-16 without a BOM: in ASCII-heavy text, every other byte is zero. */
function looksLikeBomlessUtf16(buf) {
    const n = Math.min(buf.length, 512) & ~1;
    if (n < 8)
        return false;
    let evenZeros = 0;
    let oddZeros = 0;
    for (let i = 0; i < n; i += 2) {
        if (buf[i] === 0)
            evenZeros++;
        if (buf[i + 1] === 0)
            oddZeros++;
    }
    const pairs = n / 2;
    return (oddZeros > pairs * 0.7 && evenZeros === 0) || (evenZeros > pairs * 0.7 && oddZeros === 0);
}
function formatBytes(n) {
    if (n >= 1024 * 1024)
        return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
    if (n >= 1024)
        return `${(n / 1024).toFixed(1)} KiB`;
    return (0,_plural_js__WEBPACK_IMPORTED_MODULE_2__/* .countNoun */ .y)(n, 'byte');
}


/***/ })

};
