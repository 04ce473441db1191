export const id = 861;
export const ids = [861];
export const modules = {

/***/ 2861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_ENTRIES: () => (/* binding */ MAX_ENTRIES),
/* harmony export */   cliSynthCache: () => (/* binding */ cliSynthCache),
/* harmony export */   diskSynthCache: () => (/* binding */ diskSynthCache)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2857);
/* harmony import */ var _graders_engine_report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7364);
/* harmony import */ var _cache_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(746);
// The CLI's synth cache on disk: one file per synthesized template under node_modules/.cache/labgrade/synth/, keyed
// by everything the synth could read (graders/engine/cdk/source.ts), so an app that has not changed is not run
// again. Only the CLI keeps one (`grade`, and `batch --synth`): the action grades each commit once, and the trusted
// job never synthesizes. An entry that cannot be read or does not have the expected shape is a miss.



/** Every CDK lab of a course a few times over; a template is up to 1 MiB, so past this the oldest go. */
const MAX_ENTRIES = 60;
const Location = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), line: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), column: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig() });
const Entry = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    text: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    info: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        stack: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        templatePath: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        by: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['grader', 'artifact']),
        resources: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), source: Location.exactOptional() })),
        annotations: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(_graders_engine_report_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingSchema */ .p_),
    }),
});
function diskSynthCache(dir, salt, maxEntries = MAX_ENTRIES) {
    const entries = (0,_cache_store_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonEntries */ .TP)(dir, (v) => {
        const entry = Entry.safeParse(v);
        return entry.success ? entry.data : undefined;
    }, maxEntries);
    return { salt, get: (key) => entries.get(key), set: (key, value) => entries.set(key, value) };
}
/**
 * The CLI's synth cache for the repository at `repoRoot`, for the build `salt` describes (buildSalt); none when
 * LABGRADE_CACHE is `off`.
 */
function cliSynthCache(repoRoot, salt, env) {
    const dir = (0,_cache_store_js__WEBPACK_IMPORTED_MODULE_1__/* .cliCacheDir */ .O)(repoRoot, env, 'synth');
    return dir === undefined ? undefined : diskSynthCache(dir, salt);
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
