export const id = 698;
export const ids = [698];
export const modules = {

/***/ 5698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  batch: () => (/* binding */ batch),
  merge: () => (/* binding */ merge)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./graders/engine/course.ts
var course = __webpack_require__(591);
// EXTERNAL MODULE: ./graders/engine/grade.ts + 3 modules
var grade = __webpack_require__(548);
// EXTERNAL MODULE: ./graders/engine/load.ts + 1 modules
var load = __webpack_require__(3492);
// EXTERNAL MODULE: ./graders/engine/version.ts
var version = __webpack_require__(7236);
// EXTERNAL MODULE: ./action/util/errors.ts
var errors = __webpack_require__(9411);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./action/batch/copies.ts
// Copy detection: a lab submission whose content, read as data, equals a reference solution's or another
// learner's. Content is compared after parsing, so reformatting, reordering keys or editing comments does not hide a
// copy, and two learners who independently wrote the same valid file in different layouts still match (which is why
// a match is a flag for a person to look at, never a score). Untouched starters are never compared: every learner
// receives the same ones.

/** A value with its object keys sorted, so key order does not change its JSON text. */
function canonical(value) {
    if (Array.isArray(value))
        return value.map(canonical);
    if (value !== null && typeof value === 'object')
        return Object.fromEntries(Object.keys(value)
            .sort()
            .map((k) => [k, canonical(value[k])]));
    return value;
}
/** Instruction lines without comments, blank lines or runs of whitespace. */
function lines(text) {
    return text.map((l) => l.trim().replace(/\s+/g, ' ')).filter((l) => l !== '' && !l.startsWith('#'));
}
/** What a parsed file says, independent of its layout; undefined for kinds that are not a learner's one file. */
function content(doc) {
    switch (doc.kind) {
        case 'json':
        case 'yaml':
            return canonical(doc.value);
        case 'cloudformation':
            return canonical(doc.template);
        case 'kubernetes':
            // Splitting manifests across files, or reordering them, changes nothing kubectl applies.
            return doc.documents.map((d) => JSON.stringify(canonical(d.value))).sort();
        case 'dockerfile':
            return lines(doc.lines).map((l) => l.replace(/^(\w+)/, (k) => k.toUpperCase()));
        case 'text':
            return lines(doc.lines);
        case 'files':
            return undefined;
    }
}
/** The lab's fingerprint: a hash of what every graded file says, or undefined when there is no work to compare. */
function labFingerprint(lab) {
    if (!lab.started)
        return undefined;
    const parts = [];
    for (const [id, st] of lab.files) {
        if (st.state !== 'parsed' || st.starter)
            continue;
        const c = content(st.doc);
        if (c !== undefined)
            parts.push([id, c]);
    }
    if (parts.length === 0)
        return undefined;
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(parts)).digest('hex');
}
/** Each started lab's fingerprint, by lab id. */
function fingerprints(submission) {
    const out = {};
    for (const lab of submission.labs) {
        const f = labFingerprint(lab);
        if (f)
            out[lab.lab.id] = f;
    }
    return out;
}
/** The reference solutions' fingerprints, by lab id. */
function referencePrints(references) {
    const refs = new Map();
    for (const r of references)
        for (const [lab, f] of Object.entries(fingerprints(r)))
            refs.set(lab, (refs.get(lab) ?? new Set()).add(f));
    return refs;
}
/**
 * For each submission, the labs that equal a reference's or another submission's, with every match: references
 * first, then the other submissions in the order given, so the flags are the same however the class was split.
 */
function flagCopies(entries) {
    const out = new Map();
    for (const e of entries) {
        const flags = [];
        for (const [lab, print] of Object.entries(e.fingerprints).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
            const matches = e.referenceLabs.has(lab) ? [{ kind: 'reference', with: 'reference' }] : [];
            for (const other of entries)
                if (other !== e && other.fingerprints[lab] === print)
                    matches.push({ kind: 'submission', with: other.id });
            if (matches.length)
                flags.push({ lab, matches });
        }
        out.set(e.id, flags);
    }
    return out;
}

;// CONCATENATED MODULE: ./action/batch/batch.ts
// `labgrade batch`: a whole class graded in one run. Every submission is loaded through the engine's loader, then
// graded in a few groups, one per job, each group one gradeLoaded call, so cfn-lint starts once per group and
// lints each distinct template text once (an unchanged starter costs one lint for the whole class). A submission
// that cannot be graded is a row with its error; the batch goes on.










/** Unique, readable submission ids: a repeated base name gets `-2`, `-3`… in the order given. */
function submissionIds(dirs, names) {
    const seen = new Map();
    return dirs.map((d) => {
        const base = names?.get(d) ?? (external_node_path_default().basename(external_node_path_default().resolve(d)) || d);
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        return n === 1 ? base : `${base}-${n}`;
    });
}
const git = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** The committer date of a checkout's HEAD, read by git from its metadata (no learner code runs). */
async function commitTime(dir) {
    const { stdout } = await git('git', ['-C', dir, 'log', '-1', '--format=%cI'], { timeout: 10_000 });
    const d = new Date(stdout.trim());
    if (Number.isNaN(d.getTime()))
        throw new Error(`git gave no commit time for '${dir}'`);
    return d;
}
async function runBatch(dirs, opts) {
    const now = opts.now ?? (() => new Date());
    const labs = (0,course/* courseLabs */.iE)(opts.registry.labs, opts.course);
    const ids = submissionIds(dirs, opts.names);
    const entries = dirs.map((d, i) => ({
        id: ids[i],
        path: d,
        status: 'error',
        error: 'not graded',
        report: null,
        flags: [],
        fingerprints: {},
    }));
    const fail = (i, why) => {
        entries[i] = { ...entries[i], status: 'error', error: why, report: null };
    };
    // Load every submission first: copy detection reads what was loaded, and grading groups share a cfn-lint run.
    const loaded = [];
    for (const [i, d] of dirs.entries()) {
        try {
            if (!external_node_fs_default().existsSync(d) || !external_node_fs_default().statSync(d).isDirectory())
                throw new Error(`'${d}' is not a directory`);
            loaded.push(await (0,load.loadSubmission)(external_node_path_default().resolve(d), labs, opts.sources ?? grade/* DEFAULT_SOURCES */.hj));
        }
        catch (e) {
            loaded.push(null);
            fail(i, `could not read the submission: ${(0,errors/* errorMessage */.g)(e)}`);
        }
    }
    const times = [];
    for (const [i, d] of dirs.entries()) {
        if (!loaded[i]) {
            times.push(null);
            continue;
        }
        if (opts.submittedAt.kind === 'time')
            times.push(opts.submittedAt.at);
        else if (opts.submittedAt.kind === 'now')
            times.push(now());
        else
            try {
                times.push(await commitTime(d));
            }
            catch (e) {
                times.push(null);
                fail(i, `could not read the submission's commit time: ${(0,errors/* errorMessage */.g)(e)}`);
                loaded[i] = null;
            }
    }
    const gradable = loaded.flatMap((s, i) => (s ? [i] : []));
    const jobs = Math.max(1, Math.min(opts.jobs, gradable.length));
    const groups = Array.from({ length: jobs }, (_, g) => gradable.filter((_, k) => k % jobs === g));
    let done = dirs.length - gradable.length;
    opts.onGraded?.(done, dirs.length);
    await Promise.all(groups.map(async (group) => {
        let reports;
        try {
            reports = await (0,grade/* gradeLoaded */.l)(group.map((i) => loaded[i]), {
                rules: opts.registry.rules,
                lint: opts.lint,
                log: opts.log,
                ...(opts.lintCache ? { lintCache: opts.lintCache } : {}),
            });
        }
        catch (e) {
            // The engine does not throw for anything a submission holds; if it did, say so per row and go on.
            for (const i of group)
                fail(i, `the grader failed (not your fault): ${(0,errors/* errorMessage */.g)(e)}`);
            done += group.length;
            opts.onGraded?.(done, dirs.length);
            return;
        }
        group.forEach((i, k) => {
            const e = entries[i];
            entries[i] = {
                id: e.id,
                path: e.path,
                status: 'graded',
                report: (0,course/* applyCourse */.Od)(reports[k], opts.course, times[i]),
                flags: e.flags,
                fingerprints: e.fingerprints,
            };
            done++;
            opts.onGraded?.(done, dirs.length);
        });
    }));
    const references = [];
    for (const r of opts.references ?? [])
        references.push(await (0,load.loadSubmission)(external_node_path_default().resolve(r), labs));
    const refs = referencePrints(references);
    const printed = gradable.map((i) => {
        const prints = fingerprints(loaded[i]);
        const referenceLabs = new Set(Object.keys(prints).filter((lab) => refs.get(lab)?.has(prints[lab])));
        return { id: entries[i].id, fingerprints: prints, referenceLabs };
    });
    const copies = flagCopies(printed);
    gradable.forEach((i, k) => {
        entries[i] = {
            ...entries[i],
            flags: copies.get(entries[i].id) ?? [],
            fingerprints: printed[k].fingerprints,
        };
    });
    const cfnLint = entries.find((e) => e.report?.tool.cfnLint)?.report?.tool.cfnLint ?? null;
    return {
        schemaVersion: 1,
        kind: 'labgrade-class',
        tool: { name: version/* TOOL_NAME */.lH, version: version/* TOOL_VERSION */.wr, cfnLint },
        gradedAt: now().toISOString(),
        labs: labs.map((l) => {
            const due = opts.course.lab[l.id]?.due ?? opts.course.due;
            return {
                id: l.id,
                title: l.title,
                maxScore: l.items.reduce((s, i) => s + i.points, 0),
                ...(due === undefined ? {} : { due }),
            };
        }),
        maxScore: labs.reduce((s, l) => s + l.items.reduce((a, i) => a + i.points, 0), 0),
        submissions: entries,
    };
}

// EXTERNAL MODULE: ./node_modules/csv-stringify/lib/sync.js + 7 modules
var sync = __webpack_require__(6789);
;// CONCATENATED MODULE: ./action/report/classroom.ts
const round2 = (n) => Math.round(n * 100) / 100;
// Keyed by the report's union, so a status added there does not compile until it is mapped. Only our own
// failure is an `error`; whatever the learner's files lead to is a pass or a fail.
const TEST_STATUS = {
    passed: 'pass',
    partial: 'fail',
    failed: 'fail',
    skipped: 'fail',
    'not-gradable': 'fail',
    'grader-error': 'error',
};
function classroomResult(report) {
    const tests = report.labs.flatMap((lab) => lab.items.map((item) => {
        const first = item.findings[0];
        return {
            name: `${lab.id}/${item.id}: ${item.title}`,
            status: TEST_STATUS[item.status],
            score: round2(item.earned),
            message: item.status === 'passed' ? null : item.feedback,
            test_code: `labgrade explain ${lab.id}/${item.id}`,
            filename: first?.file ?? '',
            line_no: first?.line ?? 0,
            duration: 0,
        };
    }));
    const status = tests.some((t) => t.status === 'error')
        ? 'error'
        : report.score >= report.maxScore
            ? 'pass'
            : 'fail';
    return { version: 1, status, max_score: report.maxScore, tests };
}
function classroomResultBase64(report) {
    return Buffer.from(JSON.stringify(classroomResult(report)), 'utf8').toString('base64');
}
/** Classroom 50 passes its context in environment variables; they are copied when present. */
function classroom50Result(report, env, gradedAt) {
    const ctx = {};
    const copy = [
        ['classroom', 'CLASSROOM'],
        ['assignment', 'ASSIGNMENT'],
        ['assignment_type', 'ASSIGNMENT_TYPE'],
        ['owner', 'OWNER'],
        ['submission', 'SUBMISSION_TAG'],
        ['commit', 'COMMIT_URL'],
        ['release', 'RELEASE_URL'],
        ['review', 'REVIEW_URL'],
    ];
    for (const [key, name] of copy)
        if (env[name])
            ctx[key] = env[name];
    return {
        schema: 'classroom50/result/v1',
        ...ctx,
        graded_at: gradedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        score: round2(report.score),
        'max-score': report.maxScore,
        tests: report.labs.flatMap((lab) => lab.items.map((item) => ({
            'test-name': `${lab.id}/${item.id}`,
            passed: item.status === 'passed',
            score: round2(item.earned),
            'max-score': item.points,
        }))),
    };
}

// EXTERNAL MODULE: ./action/report/format.ts
var format = __webpack_require__(329);
;// CONCATENATED MODULE: ./action/batch/exports.ts
// The class report's exports: a CSV for a gradebook, and per submission a Gradescope `results.json` and a
// Classroom 50 `result.json`, each in a folder named after the submission. All are renderings of the ClassReport
// alone (class-report.ts).





const exports_round2 = (n) => Math.round(n * 100) / 100;
/** Points a submission lost to lateness, over every lab. */
function latePenalty(entry) {
    return exports_round2((entry.report?.labs ?? []).reduce((s, l) => s + (l.late?.deducted ?? 0), 0));
}
/** One line per flagged lab: `03-ecs-service-alb=reference+bob`. */
function flagText(entry) {
    return entry.flags.map((f) => `${f.lab}=${f.matches.map((m) => m.with).join('+')}`).join('; ');
}
/**
 * A row per learner, a column per lab (its score, net of any late penalty), the total, the late penalty, the status
 * and the copy flags. Spreadsheet tools treat a cell starting with `=`, `+`, `-` or `@` as a formula; no cell here
 * is learner text except the submission id, which is prefixed with `'` when it starts with one of those.
 */
function classCsv(report) {
    const header = [
        'learner',
        ...report.labs.map((l) => l.id),
        'total',
        'max',
        'late_penalty',
        'status',
        'copy_flags',
    ];
    const rows = report.submissions.map((s) => {
        const byLab = new Map((s.report?.labs ?? []).map((l) => [l.id, l]));
        return [
            /^[=+\-@\t\r]/.test(s.id) ? `'${s.id}` : s.id,
            ...report.labs.map((l) => {
                const lab = byLab.get(l.id);
                return lab ? exports_round2(lab.score) : '';
            }),
            s.report ? exports_round2(s.report.score) : '',
            report.maxScore,
            latePenalty(s),
            s.status === 'graded' ? 'graded' : `error: ${s.error ?? 'not graded'}`,
            flagText(s),
        ];
    });
    return (0,sync/* stringify */.A)([header, ...rows]);
}
/** Gradescope's results.json for one submission: one test per rubric item, visibility from the feedback level. */
function gradescopeResults(entry) {
    if (!entry.report)
        return {
            score: 0,
            output: `This submission could not be graded: ${entry.error ?? 'unknown error'}. This is not your fault: tell your instructor.`,
            visibility: 'visible',
            tests: [],
        };
    const tests = entry.report.labs.flatMap((lab) => lab.items.map((item) => gradescopeTest(lab, item)));
    const late = entry.report.labs.flatMap((l) => {
        const line = (0,format/* lateLine */.FB)(l);
        return line && l.late?.daysLate ? [`${(0,format/* labNumber */.fp)(l.id)} ${l.title}: ${line}`] : [];
    });
    return {
        // The top-level score wins over the tests' sum in Gradescope: it is the grade net of late penalties.
        score: exports_round2(entry.report.score),
        output: late.length ? `Late penalties:\n${late.join('\n')}` : '',
        visibility: 'visible',
        tests,
    };
}
function gradescopeTest(lab, item) {
    const level = lab.feedback ?? 'full';
    const findings = item.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`);
    const output = level === 'score-only' || item.status === 'passed'
        ? ''
        : level === 'hints'
            ? item.feedback
            : [item.feedback, ...findings].join('\n');
    return {
        name: `${(0,format/* labNumber */.fp)(lab.id)} ${lab.title}: ${item.title}`,
        score: exports_round2(item.earned),
        max_score: item.points,
        status: item.status === 'passed' ? 'passed' : 'failed',
        visibility: (level === 'score-only' ? 'hidden' : 'visible'),
        output,
    };
}
/** A folder name for a submission id: safe on every file system, and distinct for distinct ids. */
function folderName(id) {
    const safe = id.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_');
    return safe === id ? safe : `${safe}-${Buffer.from(id).toString('hex').slice(0, 8)}`;
}
/** Writes `<dir>/<submission>/results.json` for Gradescope. */
function writeGradescope(report, dir) {
    for (const s of report.submissions) {
        const out = external_node_path_default().join(dir, folderName(s.id));
        external_node_fs_default().mkdirSync(out, { recursive: true });
        external_node_fs_default().writeFileSync(external_node_path_default().join(out, 'results.json'), `${JSON.stringify(gradescopeResults(s), null, 2)}\n`);
    }
}
/** Writes `<dir>/<submission>/result.json` in Classroom 50's `classroom50/result/v1` format. */
function writeClassroom50(report, dir) {
    const gradedAt = new Date(report.gradedAt);
    for (const s of report.submissions) {
        const out = external_node_path_default().join(dir, folderName(s.id));
        external_node_fs_default().mkdirSync(out, { recursive: true });
        const result = s.report
            ? classroom50Result(s.report, { OWNER: s.id }, gradedAt)
            : {
                schema: 'classroom50/result/v1',
                owner: s.id,
                graded_at: gradedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
                score: 0,
                'max-score': report.maxScore,
                tests: [],
            };
        external_node_fs_default().writeFileSync(external_node_path_default().join(out, 'result.json'), `${JSON.stringify(result, null, 2)}\n`);
    }
}
/** One line for the terminal: the class average and how many submissions failed to grade. */
function classSummary(report) {
    const graded = report.submissions.filter((s) => s.report);
    const mean = graded.length ? graded.reduce((t, s) => t + s.report.score, 0) / graded.length : 0;
    const errors = report.submissions.length - graded.length;
    const flagged = report.submissions.filter((s) => s.flags.length > 0).length;
    return `${report.submissions.length} submissions, mean ${(0,format/* formatPoints */.Xf)(mean)}/${report.maxScore}, ${errors} not graded, ${flagged} flagged as possible copies`;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./graders/engine/report.ts
var report = __webpack_require__(7364);
;// CONCATENATED MODULE: ./action/batch/class-report.ts
// The class report: what `labgrade batch` produces for a whole class, the one contract the CSV, Gradescope and
// Classroom 50 exports, the HTML class report and collect.yml's merge of shards all read. Versioned like the
// learner report (graders/engine/report.ts), which each submission's entry embeds unchanged, so an instructor's
// export holds exactly what the learner was shown, apart from the course's feedback level.


/** Why a lab submission was flagged: it equals a reference solution, or another learner's submission. */
const CopyMatchSchema = schemas/* object */.Ikc({
    kind: schemas/* enum */.k5n(['reference', 'submission']),
    /** The other submission's id, or `reference`. */
    with: schemas/* string */.YjP(),
});
const SubmissionEntrySchema = schemas/* object */.Ikc({
    /** The submission's name: the folder's base name, or the roster's name for it (unique in the class). */
    id: schemas/* string */.YjP(),
    /** The folder graded, as given on the command line (for the instructor; never shown to learners). */
    path: schemas/* string */.YjP(),
    /** `error`: this submission could not be graded at all (the row says why); the batch went on. */
    status: schemas/* enum */.k5n(['graded', 'error']),
    error: schemas/* string */.YjP().exactOptional(),
    /** The learner report, as `labgrade grade --format json` gives it under the same course configuration. */
    report: report/* ReportSchema */.M9.nullable(),
    /** Labs whose normalized content equals a reference solution's or another submission's, with the matches. */
    flags: schemas/* array */.YOg(schemas/* object */.Ikc({ lab: schemas/* string */.YjP(), matches: schemas/* array */.YOg(CopyMatchSchema) })),
    /**
     * A hash of each started lab's content read as data (copies.ts): lets a merge of shards find copies across
     * shards without the files. Data to compare, never a verdict.
     */
    fingerprints: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/)),
});
const ClassReportSchema = schemas/* object */.Ikc({
    schemaVersion: schemas/* literal */.euz(1),
    kind: schemas/* literal */.euz('labgrade-class'),
    tool: schemas/* object */.Ikc({ name: schemas/* string */.YjP(), version: schemas/* string */.YjP(), cfnLint: schemas/* string */.YjP().nullable() }),
    /** When the batch ran (ISO 8601). */
    gradedAt: schemas/* string */.YjP(),
    /** The labs graded, in course order, with their points and due dates under the course configuration. */
    labs: schemas/* array */.YOg(schemas/* object */.Ikc({
        id: schemas/* string */.YjP(),
        title: schemas/* string */.YjP(),
        maxScore: schemas/* number */.aig().nonnegative(),
        due: schemas/* string */.YjP().exactOptional(),
    })),
    maxScore: schemas/* number */.aig().nonnegative(),
    submissions: schemas/* array */.YOg(SubmissionEntrySchema),
});

;// CONCATENATED MODULE: ./action/batch/merge.ts


class MergeError extends Error {
}
/** Reads one shard's JSON, refusing anything that is not a class report (named by `source` in the error). */
function parseClassReport(source, text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw new MergeError(`'${source}' is not JSON: ${e.message}`);
    }
    const r = ClassReportSchema.safeParse(json);
    if (!r.success) {
        const first = r.error.issues[0];
        throw new MergeError(`'${source}' is not a labgrade class report: ${first.path.map(String).join('.') || '(top level)'}: ${first.message}`);
    }
    return r.data;
}
function mergeClassReports(shards, sources) {
    const [first] = shards;
    if (!first)
        throw new MergeError('no class report to merge');
    const labsKey = (r) => JSON.stringify(r.labs);
    shards.forEach((s, i) => {
        if (labsKey(s) !== labsKey(first))
            throw new MergeError(`'${sources[i]}' was graded with other labs, points or due dates than '${sources[0]}'; grade every shard with the same course configuration`);
        if (s.tool.version !== first.tool.version)
            throw new MergeError(`'${sources[i]}' was graded by ${s.tool.name} ${s.tool.version}, '${sources[0]}' by ${first.tool.version}; grade every shard with the same grader`);
    });
    const seen = new Set();
    const submissions = shards.flatMap((s) => s.submissions);
    for (const s of submissions) {
        if (seen.has(s.id))
            throw new MergeError(`submission '${s.id}' is in more than one shard; each learner belongs to one shard`);
        seen.add(s.id);
    }
    const flags = flagCopies(submissions.map((s) => ({
        id: s.id,
        fingerprints: s.fingerprints,
        referenceLabs: new Set(s.flags.filter((f) => f.matches.some((m) => m.kind === 'reference')).map((f) => f.lab)),
    })));
    return {
        ...first,
        tool: { ...first.tool, cfnLint: shards.find((s) => s.tool.cfnLint)?.tool.cfnLint ?? null },
        gradedAt: shards
            .map((s) => s.gradedAt)
            .sort()
            .at(-1),
        submissions: submissions.map((s) => ({ ...s, flags: flags.get(s.id) ?? [] })),
    };
}

// EXTERNAL MODULE: ./action/cli/options.ts
var options = __webpack_require__(4810);
// EXTERNAL MODULE: ./action/cli/sources.ts
var sources = __webpack_require__(8042);
// EXTERNAL MODULE: ./action/cli/usage-error.ts
var usage_error = __webpack_require__(9516);
;// CONCATENATED MODULE: ./action/cli/batch.ts
// `labgrade batch <dir>...` grades a class; `labgrade merge <class.json>...` joins collect.yml's shards. Both write
// the same exports from one ClassReport: JSON (the report itself), CSV, an HTML class report, and per submission a
// Gradescope results.json and a Classroom 50 result.json.











const EXPORT_OPTIONS = {
    format: { type: 'string', default: 'json' },
    out: { type: 'string' },
    html: { type: 'string' },
    gradescope: { type: 'string' },
    classroom50: { type: 'string' },
};
/** Where the course repository keeps its reference solutions, relative to where the CLI runs. */
const DEFAULT_REFERENCES = 'test/fixtures/solutions';
/**
 * A path under the working directory, resolved at run time only: ncc copies into dist/ any folder a path expression
 * resolves to at build time, and the reference solutions must never ship with the grader.
 */
function inWorkingDirectory(rel) {
    return external_node_path_default().resolve(process.cwd(), ...rel.split('/'));
}
async function batch(args, io, registry) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            ...EXPORT_OPTIONS,
            config: { type: 'string' },
            lint: { type: 'boolean', default: true },
            'no-lint': { type: 'boolean', default: false },
            cache: { type: 'boolean', default: true },
            'no-cache': { type: 'boolean', default: false },
            synth: { type: 'boolean', default: false },
            jobs: { type: 'string' },
            names: { type: 'string' },
            references: { type: 'string', multiple: true },
            'submitted-at': { type: 'string' },
        },
    });
    if (positionals.length === 0)
        throw new usage_error/* UsageError */.e("'batch' needs at least one submission folder");
    checkFormat(values.format);
    const jobs = values.jobs === undefined ? external_node_os_default().availableParallelism() : Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)
        throw new usage_error/* UsageError */.e(`--jobs must be a whole number from 1 to 64, got '${values.jobs}'`);
    const course = await (0,options/* readCourse */.e)(values.config, process.cwd(), registry.labs);
    const submittedAt = values['submitted-at'] === 'commit'
        ? { kind: 'commit' }
        : values['submitted-at'] === undefined
            ? { kind: 'now' }
            : { kind: 'time', at: (0,options/* submissionTime */.A)(values['submitted-at']) };
    const names = values.names === undefined ? undefined : readNames(values.names);
    const defaultRefs = inWorkingDirectory(DEFAULT_REFERENCES);
    const references = values.references ?? (external_node_fs_default().existsSync(defaultRefs) ? [defaultRefs] : []);
    for (const r of references)
        if (!external_node_fs_default().existsSync(r) || !external_node_fs_default().statSync(r).isDirectory())
            throw new usage_error/* UsageError */.e(`--references '${r}' is not a directory`);
    const log = {
        info: () => { },
        debug: () => { },
        warn: (m) => io.stderr.write(`warning: ${m}\n`),
    };
    const progress = await progressBar(io);
    const report = await runBatch(positionals, {
        registry,
        course,
        lint: values.lint && !values['no-lint'],
        // Off unless asked: a batch grades a class's files as data, and runs no learner code.
        sources: (0,sources/* cliSources */.r)({
            synth: values.synth,
            cache: values.cache && !values['no-cache'] ? io.synthCache : undefined,
            log: (m) => io.stderr.write(`${m}\n`),
        }),
        ...(io.lintCache && values.cache && !values['no-cache'] ? { lintCache: io.lintCache } : {}),
        jobs,
        submittedAt,
        ...(names ? { names } : {}),
        references,
        log,
        onGraded: (done, total) => progress.update(done, total),
    });
    progress.stop();
    await writeExports(report, values, io);
    io.stderr.write(`labgrade: ${classSummary(report)}\n`);
    return 0;
}
async function merge(args, io) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({ args, allowPositionals: true, options: EXPORT_OPTIONS });
    if (positionals.length === 0)
        throw new usage_error/* UsageError */.e("'merge' needs at least one class report");
    checkFormat(values.format);
    let report;
    try {
        const shards = positionals.map((p) => parseClassReport(p, readText(p)));
        report = mergeClassReports(shards, positionals);
    }
    catch (e) {
        if (e instanceof MergeError)
            throw new usage_error/* UsageError */.e(e.message);
        throw e;
    }
    await writeExports(report, values, io);
    io.stderr.write(`labgrade: ${classSummary(report)}\n`);
    return 0;
}
function checkFormat(format) {
    if (format !== 'csv' && format !== 'json')
        throw new usage_error/* UsageError */.e(`--format must be 'csv' or 'json', got '${format}'`);
}
function readText(file) {
    try {
        return external_node_fs_default().readFileSync(file, 'utf8');
    }
    catch (e) {
        throw new usage_error/* UsageError */.e(`'${file}' cannot be read: ${(0,errors/* errorMessage */.g)(e)}`);
    }
}
/** `--names`: a JSON object from each folder, as given on the command line, to the learner's name. */
function readNames(file) {
    let json;
    try {
        json = JSON.parse(readText(file));
    }
    catch (e) {
        if (e instanceof usage_error/* UsageError */.e)
            throw e;
        throw new usage_error/* UsageError */.e(`--names '${file}' is not JSON: ${(0,errors/* errorMessage */.g)(e)}`);
    }
    if (json === null || typeof json !== 'object' || Array.isArray(json))
        throw new usage_error/* UsageError */.e(`--names '${file}' must be a JSON object mapping each folder to a name`);
    const out = new Map();
    for (const [dir, name] of Object.entries(json)) {
        if (typeof name !== 'string' || name.trim() === '')
            throw new usage_error/* UsageError */.e(`--names '${file}': the name for '${dir}' must be a non-empty string`);
        out.set(dir, name.trim());
    }
    return out;
}
function write(file, text) {
    external_node_fs_default().mkdirSync(external_node_path_default().dirname(external_node_path_default().resolve(file)), { recursive: true });
    external_node_fs_default().writeFileSync(file, text);
}
async function writeExports(report, values, io) {
    const text = values.format === 'csv' ? classCsv(report) : `${JSON.stringify(report, null, 2)}\n`;
    if (values.out === undefined)
        io.stdout.write(text);
    else
        write(values.out, text);
    if (values.gradescope !== undefined)
        writeGradescope(report, values.gradescope);
    if (values.classroom50 !== undefined)
        writeClassroom50(report, values.classroom50);
    if (values.html !== undefined) {
        // The chart library (Vega) loads only when a page is asked for.
        const { renderClassHtml } = await __webpack_require__.e(/* import() */ 71).then(__webpack_require__.bind(__webpack_require__, 2071));
        write(values.html, await renderClassHtml(report));
    }
}
/** A progress bar on a terminal (cli-progress, on stderr); nothing at all otherwise, so logs stay clean. */
async function progressBar(io) {
    const stream = io.stderr;
    if (!stream.isTTY || io.env['CI'])
        return { update: () => { }, stop: () => { } };
    const { SingleBar, Presets } = (await __webpack_require__.e(/* import() */ 502).then(__webpack_require__.t.bind(__webpack_require__, 8502, 23))).default;
    const bar = new SingleBar({ format: 'grading {bar} {value}/{total} submissions', stream: process.stderr, hideCursor: true }, Presets.shades_classic);
    let started = false;
    return {
        update(done, total) {
            if (!started) {
                bar.start(total, done);
                started = true;
            }
            else
                bar.update(done);
        },
        stop() {
            if (started)
                bar.stop();
        },
    };
}


/***/ }),

/***/ 7364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M9: () => (/* binding */ ReportSchema),
/* harmony export */   p_: () => (/* binding */ FindingSchema),
/* harmony export */   uq: () => (/* reexport safe */ _report_enums_js__WEBPACK_IMPORTED_MODULE_0__.uq)
/* harmony export */ });
/* unused harmony exports SeveritySchema, ItemStatusSchema, LabStatusSchema, DeployLabStatusSchema, MessageDataSchema, EvidenceSchema, ItemReportSchema, LabReportSchema, DeployLabReportSchema, DeployReportSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
/* harmony import */ var _report_enums_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6435);
// The report (schemaVersion 1): the one contract every reporter, the GitHub Action and the instructor
// exports read, and the findings and evidence it is made of. Fields may be added; none is ever renamed.
//
// The zod schemas below are the contract; every type is inferred from them, so the checks that reporters
// apply to an untrusted report cannot drift from the types the engine builds. Optional fields use
// `exactOptional()`, which infers `field?: T` rather than `field?: T | undefined`, as
// `exactOptionalPropertyTypes` expects. Objects are zod's default (not strict): unknown keys are
// accepted and dropped when parsing, because schema v1 only ever adds fields, so a reader must take a
// report from a newer labgrade, while what it hands on is only what it knows.

// The enumerations live apart, so code that only needs them (the lint cache) does not load zod.


/** Points, scores and durations: finite (zod refuses NaN and Infinity) and never negative. */
const amount = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative();
/** 1-based line or column. */
const position = zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1);
const SeveritySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_report_enums_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC);
const ItemStatusSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_report_enums_js__WEBPACK_IMPORTED_MODULE_0__/* .ITEM_STATUSES */ .J4);
const LabStatusSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_report_enums_js__WEBPACK_IMPORTED_MODULE_0__/* .LAB_STATUSES */ .fM);
const DeployLabStatusSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_report_enums_js__WEBPACK_IMPORTED_MODULE_0__/* .DEPLOY_LAB_STATUSES */ .zf);
const MessageDataSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()])).readonly();
/** One observation about one file. Paths are relative to the submission root, with `/` separators. */
const FindingSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    line: position,
    column: position,
    severity: SeveritySchema,
    ruleId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    message: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /**
     * The key of the message template in the rule's `meta.messages`, as ESLint's problems carry it: tests and
     * tools match on it, never on the rendered text. Absent where no rule template produced the message
     * (cfn-lint, parse errors).
     */
    messageId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().exactOptional(),
    /** The values the template's `{{placeholders}}` were filled with. */
    data: MessageDataSchema.exactOptional(),
});
/** Evidence a rubric item cites: an external ID from shared/reference/rules.md, or an AWS doc URL. */
const EvidenceSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_report_enums_js__WEBPACK_IMPORTED_MODULE_0__/* .EVIDENCE_KINDS */ .At),
    /** `DL3007`, `ECS.5`, `E3047`; absent for plain documentation links. */
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().exactOptional(),
    url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
});
const ItemReportSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    points: amount,
    earned: amount,
    status: ItemStatusSchema,
    feedback: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    docs: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    evidence: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(EvidenceSchema),
    findings: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(FindingSchema),
});
const LabReportSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    score: amount,
    maxScore: amount,
    status: LabStatusSchema,
    /**
     * What the status alone does not say, for the learner, in one or two sentences: set on a `not-started` lab
     * ("'labs/02-…/task-definition.json' is still the starter file…"), absent otherwise. Added to schema v1 by
     * labgrade 0.1.0; a reader that predates it drops it and still has the status and the items' feedback.
     */
    note: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().exactOptional(),
    /** Lab-level problems not tied to one item (unreadable file, cfn-lint unavailable, suppression attempts). */
    notices: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(FindingSchema),
    items: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(ItemReportSchema),
    /**
     * Set by a course configuration that shows learners less than everything (`hints`, `score-only`); absent means
     * `full`. Reporters that a learner reads honour it. Added to schema v1 by labgrade 0.1.0, as `note` was.
     */
    feedback: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_report_enums_js__WEBPACK_IMPORTED_MODULE_0__/* .FEEDBACK_LEVELS */ .uq).exactOptional(),
    /**
     * Set when the course gives the lab a due date: how late the submission was and what it cost. `score` is
     * already net of `deducted`. Added to schema v1 by labgrade 0.1.0.
     */
    late: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        due: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        submittedAt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        /** Started days after the due date: one second late is one day. */
        daysLate: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(0),
        penaltyPercent: amount,
        deducted: amount,
        /** Submitted more than the policy's cutoff after the due date: the lab earns nothing. */
        pastCutoff: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    })
        .exactOptional(),
    /**
     * Set when the lab's template came from its CDK app rather than a hand-written file: the app's synthesized
     * template, graded with exactly the rules of a hand-written one. `template` is where the synthesized file is
     * shown (`labs/<id>/cdk.out/<Stack>.template.json`, as `cdk synth` writes it); `by` says who synthesized it:
     * `grader`, in this run, or `artifact`, the PR's own run, whose template the trusted job graded as data.
     * Added to schema v1 by labgrade 0.1.0.
     */
    synthesized: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ template: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), stack: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), by: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['grader', 'artifact']) })
        .exactOptional(),
});
const DeployLabReportSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** The CloudFormation stack name used, or null when the guard refused before any AWS call. */
    stackName: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    status: DeployLabStatusSchema,
    /** Estimated cost of the deployed stack, shown beside the per-run budget. */
    estimate: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ hourlyUsd: amount, runUsd: amount, budgetUsd: amount }).nullable(),
    items: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(ItemReportSchema),
    /** Logical ids of resources that teardown could not delete. */
    leaks: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
});
/** The sandbox deploy's own items (stack created, services steady, targets healthy, HTTP answers, teardown). */
const DeployReportSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    region: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    score: amount,
    maxScore: amount,
    labs: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(DeployLabReportSchema),
    durationMs: amount,
});
const ReportSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1),
    tool: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), cfnLint: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable() }),
    score: amount,
    maxScore: amount,
    labs: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(LabReportSchema),
    durationMs: amount,
    /**
     * When the report was graded (ISO 8601, UTC), set by the caller that publishes it (the action), so the comment
     * can say how fresh it is. A timing field like `durationMs`: never part of a score, left out of golden
     * comparisons, and absent from the engine's own reports. Added to schema v1 by labgrade 0.1.0, as `note` was.
     */
    gradedAt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().exactOptional(),
    /** Present only when a sandbox deploy ran; reported beside the static score, never inside it. */
    deploy: DeployReportSchema.exactOptional(),
});


/***/ })

};
