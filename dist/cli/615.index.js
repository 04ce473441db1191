export const id = 615;
export const ids = [615];
export const modules = {

/***/ 1615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readAssembly: () => (/* binding */ readAssembly)
/* harmony export */ });
/* unused harmony export learnerFrame */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2857);
/* harmony import */ var _parsers_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2369);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6009);
// Reads what a synth wrote (the cloud assembly) as data, through a workspace reader rooted at the output folder,
// so a link the app left there is never followed and a template over the reader's cap is refused. Only the fields
// the grader uses are read, with a schema of its own: the CDK's own reader refuses an assembly from a newer
// aws-cdk-lib than the one it ships with, and a learner may well have the newer one.




const MetadataEntry = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    type: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    data: zod__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J().optional(),
    trace: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()).optional(),
});
const Metadata = zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(MetadataEntry));
const Artifact = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    type: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    displayName: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    properties: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ templateFile: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional() }).loose().optional(),
    metadata: Metadata.optional(),
    additionalMetadataFile: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
});
const Manifest = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ version: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), artifacts: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), Artifact).optional() });
const MAX_ANNOTATIONS = 50;
const FRAME = /\(?((?:[A-Za-z]:)?[^\s()][^()]*?):(\d+):(\d+)\)?\s*$/;
/**
 * The first frame of a creation stack that is the learner's own code: in the lab folder, not in a dependency.
 * `labDir` is the lab folder's real absolute path; `labRel` its submission-relative path.
 */
function learnerFrame(frames, labDir, labRel) {
    for (const frame of frames) {
        const m = FRAME.exec(frame);
        if (!m)
            continue;
        const rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(labDir, m[1]);
        if (rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(rel) || rel.split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).includes('node_modules'))
            continue;
        return { file: `${labRel}/${rel.split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/')}`, line: Number(m[2]), column: Number(m[3]) };
    }
    return undefined;
}
/**
 * Reads the one stack of the assembly in `outdir`. `labDir`/`labRel` place creation stacks in the lab folder;
 * `fallback` is where a finding goes when there is no better place (the lab's `cdk.json`).
 */
function readAssembly(outdir, opts) {
    const ws = new _workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .Workspace */ .aR(outdir, opts.maxFileBytes === undefined ? {} : { maxFileBytes: opts.maxFileBytes });
    const fail = (message, stack) => ({
        ok: false,
        finding: { file: opts.fallback, line: 1, column: 1, severity: 'error', ruleId: 'cdk/synth', message },
        ...(stack === undefined ? {} : { stack }),
    });
    const readJson = (name) => {
        const r = ws.read(name);
        if (!r.ok)
            return undefined;
        const p = (0,_parsers_json_js__WEBPACK_IMPORTED_MODULE_1__.parseJson)(name, r.text);
        return p.ok ? p.doc.value : undefined;
    };
    const manifest = Manifest.safeParse(readJson('manifest.json'));
    if (!manifest.success)
        return fail('The CDK app ran but wrote no readable cloud assembly (manifest.json), so there is no template to grade. Check that bin/app.ts creates an App and at least one Stack; the CDK synthesizes when the app exits.');
    const stacks = Object.entries(manifest.data.artifacts ?? {}).filter(([, a]) => a.type === 'aws:cloudformation:stack');
    if (stacks.length !== 1) {
        const names = stacks.map(([n]) => `'${n}'`).join(', ');
        return fail(stacks.length === 0
            ? "The CDK app synthesized no stack, so there is no template to grade. Create your stack in bin/app.ts: new MyStack(app, 'MyStack')."
            : `The CDK app synthesized ${stacks.length} stacks (${names}); a lab grades one. Put the lab's resources in one stack, or create only that stack in bin/app.ts.`);
    }
    const [name, artifact] = stacks[0];
    const templateFile = artifact.properties?.templateFile ?? `${name}.template.json`;
    const templatePath = `${opts.labRel}/cdk.out/${templateFile}`;
    const read = ws.read(templateFile);
    if (!read.ok)
        return fail(`The template the CDK app synthesized for stack '${name}' cannot be read: ${read.finding.message.replace(/'[^']*'/, `'${templateFile}'`)}`, name);
    const metadata = { ...(artifact.metadata ?? {}) };
    if (artifact.additionalMetadataFile) {
        const extra = Metadata.safeParse(readJson(artifact.additionalMetadataFile));
        if (extra.success)
            for (const [k, v] of Object.entries(extra.data))
                metadata[k] = [...(metadata[k] ?? []), ...v];
    }
    const resources = {};
    const annotations = [];
    for (const [constructPath, entries] of Object.entries(metadata)) {
        const frames = entries.find((e) => e.type === 'aws:cdk:creationStack');
        const source = Array.isArray(frames?.data)
            ? learnerFrame(frames.data.filter((f) => typeof f === 'string'), opts.labDir, opts.labRel)
            : undefined;
        const shownPath = constructPath.replace(/^\//, '');
        for (const e of entries) {
            if (e.type === 'aws:cdk:logicalId' && typeof e.data === 'string')
                resources[e.data] = { path: shownPath, ...(source ? { source } : {}) };
            const severity = ANNOTATION[e.type];
            if (severity && typeof e.data === 'string' && annotations.length < MAX_ANNOTATIONS) {
                const at = learnerFrame(e.trace ?? [], opts.labDir, opts.labRel) ?? source;
                annotations.push({
                    file: at?.file ?? opts.fallback,
                    line: at?.line ?? 1,
                    column: at?.column ?? 1,
                    severity,
                    ruleId: 'cdk/annotation',
                    message: `The CDK reported on construct '${shownPath}': ${e.data}`,
                });
            }
        }
    }
    return {
        ok: true,
        text: read.text,
        info: { stack: name, templatePath, by: 'grader', resources, annotations },
    };
}
const ANNOTATION = {
    'aws:cdk:error': 'error',
    'aws:cdk:warning': 'warning',
    'aws:cdk:info': 'info',
};


/***/ })

};
