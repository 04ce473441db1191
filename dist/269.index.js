export const id = 269;
export const ids = [269,580];
export const modules = {

/***/ 2269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseCourse: () => (/* binding */ parseCourse)
});

// UNUSED EXPORTS: courseConfigSchema

// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(3759);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 10 modules
var schemas = __webpack_require__(3798);
;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/iso.js



function datetime(params) {
    return api/* _isoDateTime */.G1(schemas/* ZodISODateTime */.You, params);
}
function date(params) {
    return core._isoDate(ZodISODate, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}

// EXTERNAL MODULE: ./graders/engine/course.ts
var course = __webpack_require__(591);
// EXTERNAL MODULE: ./graders/engine/parsers/yaml.ts
var parsers_yaml = __webpack_require__(7199);
// EXTERNAL MODULE: ./graders/engine/report.ts + 1 modules
var report = __webpack_require__(6079);
;// CONCATENATED MODULE: ./graders/engine/course-schema.ts
// The course configuration's schema (zod) and reader: every error names the file, the line, the field, what was
// expected and what was found. Loaded by the CLI and the action only when a configuration file exists, so a run
// without one pays for neither zod nor the YAML reader. docs/course-config.md documents every field.




/** An instant with its offset, as a learner in another time zone would read it: `2027-01-15T23:59:00-05:00`. */
const instant = datetime({
    offset: true,
    error: 'expected an ISO 8601 date and time with its offset, such as 2027-01-15T23:59:00Z',
});
const labSettings = schemas/* strictObject */.rej({
    /** The lab's points: its items are scaled to add up to exactly this. */
    points: schemas/* int */.Whr().positive().max(1000).optional(),
    /** Overrides the course's `due` for this lab. */
    due: instant.optional(),
    feedback: schemas/* enum */.k5n(report/* FEEDBACK_LEVELS */.uq).optional(),
    /** Whether the sandbox may deploy this lab (the action's `deploy` input still has to be on). */
    deploy: schemas/* boolean */.zMY().optional(),
});
const latePolicy = schemas/* strictObject */.rej({
    /** Percent of the lab's score taken off per day late, each started day counting as a whole one. */
    penaltyPerDay: schemas/* number */.aig().min(0).max(100),
    /** Whole days after the due date beyond which late work earns nothing; 0 takes no late work at all. */
    cutoffDays: schemas/* int */.Whr().min(0).max(365),
});
/** The configuration file's schema, checked against the labs the grader knows and their points. */
function courseConfigSchema(labs) {
    const knownLabs = labs.map((l) => l.id);
    const defaultPoints = new Map(labs.map((l) => [l.id, (0,course/* labPoints */.VJ)(l)]));
    const labId = schemas/* string */.YjP().refine((id) => knownLabs.includes(id), {
        error: (issue) => `expected one of the course's lab ids (${knownLabs.join(', ')}), got '${String(issue.input)}'`,
    });
    return schemas/* strictObject */.rej({
        version: schemas/* literal */.euz(1),
        /** The labs the class takes, in any order; every lab when absent. */
        labs: schemas/* array */.YOg(labId).min(1).optional(),
        /** The default due date of every lab. */
        due: instant.optional(),
        late: latePolicy.optional(),
        /** How much a learner sees of each lab's grade: every finding, the hints only, or the score only. */
        feedback: schemas/* enum */.k5n(report/* FEEDBACK_LEVELS */.uq).default('full'),
        /** Whether the sandbox may deploy labs, unless a lab says otherwise. */
        deploy: schemas/* boolean */.zMY().default(true),
        /** Per-lab settings, keyed by lab id. */
        lab: schemas/* record */.g1P(labId, labSettings).default({}),
        /** The course's total, if stated: it must equal the enabled labs' points, so the two cannot drift apart. */
        total: schemas/* int */.Whr().positive().optional(),
    })
        .superRefine((c, ctx) => {
        if (c.total === undefined)
            return;
        const enabled = c.labs ?? knownLabs;
        const sum = enabled.reduce((s, id) => s + (c.lab[id]?.points ?? defaultPoints.get(id) ?? 0), 0);
        if (sum !== c.total)
            ctx.addIssue({
                code: 'custom',
                path: ['total'],
                message: `expected ${sum}, the sum of the enabled labs' points, got ${c.total}`,
            });
    });
}
/**
 * Reads a configuration file's text. Errors name the file, the line, the field and what was expected:
 * `.github/course.yml:7: lab.03-ecs-service-alb.points: expected an integer greater than 0, got -5`.
 */
function parseCourse(file, text, labs) {
    const yaml = (0,parsers_yaml.parseYamlDocument)(file, text);
    if (!yaml.ok)
        return { ok: false, errors: yaml.findings.map((f) => `${f.file}:${f.line}: ${f.message}`) };
    const parsed = courseConfigSchema(labs).safeParse(yaml.doc.value ?? {});
    if (parsed.success)
        return { ok: true, config: parsed.data };
    return { ok: false, errors: parsed.error.issues.flatMap((issue) => describeIssue(file, yaml.doc, issue)) };
}
/** One zod issue as `file:line: field: expected …, got …`; an unknown key is named at its own line. */
function describeIssue(file, doc, issue) {
    const path = issue.path.filter((k) => typeof k !== 'symbol');
    const field = (p) => (p.length ? p.map(String).join('.') : '(top level)');
    if (issue.code === 'unrecognized_keys')
        return issue.keys.map((key) => `${file}:${doc.locate([...path, key]).line}: ${field([...path, key])}: not a setting here; check its spelling against docs/course-config.md`);
    // A bad key of a record: the key itself is the value at fault.
    if (issue.code === 'invalid_key') {
        const why = issue.issues.map((i) => i.message).join('; ');
        return [`${file}:${doc.locate(path).line}: ${field(path)}: ${why}`];
    }
    const got = receivedValue(doc.value, path);
    // zod's wording, without its category prefix and its "received <type>", which the value itself says better.
    let message = issue.message
        .replace(/^(Invalid input|Invalid option|Too big|Too small): /, '')
        .replace(/, received \w+$/, '')
        .replace(/^expected (\w+) to be ([<>]=?)(\S+)$/, (_, type, op, n) => `expected a ${type} ${OPS[op] ?? op} ${n}`);
    if (got === undefined && issue.code === 'invalid_type')
        message = `required: ${message}`;
    else if (got !== undefined && !message.includes(', got '))
        message = `${message}, got ${got}`;
    return [`${file}:${doc.locate(path).line}: ${field(path)}: ${message}`];
}
const OPS = {
    '<': 'below',
    '<=': 'of at most',
    '>': 'above',
    '>=': 'of at least',
};
/** What the file holds at a path, quoted as the learner wrote it, for "expected …, got …". */
function receivedValue(value, path) {
    let v = value;
    for (const k of path) {
        if (v === null || typeof v !== 'object')
            return undefined;
        v = v[k];
    }
    if (v === undefined)
        return undefined;
    return typeof v === 'string' ? `'${v}'` : JSON.stringify(v);
}


/***/ }),

/***/ 7199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeCharacter: () => (/* binding */ describeCharacter),
/* harmony export */   locateYaml: () => (/* binding */ locateYaml),
/* harmony export */   parseYamlDocument: () => (/* binding */ parseYamlDocument),
/* harmony export */   parseYamlStream: () => (/* binding */ parseYamlStream),
/* harmony export */   refuseControlCharacters: () => (/* binding */ refuseControlCharacters)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2421);
// YAML with source positions, on the `yaml` package. Its own limits guard against hostile input:
// `maxAliasCount` against alias bombs ("billion laughs") and RESOURCE_EXHAUSTION errors for deep nesting.


/** Aliases are rare in lab files; CloudFormation does not support them at all (cfn-lint W1100). */
const MAX_ALIAS_COUNT = 50;
function parseYamlStream(file, text, options = {}) {
    const refused = refuseControlCharacters(file, text);
    if (refused)
        return refused;
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    let docs;
    try {
        const parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, {
            lineCounter,
            uniqueKeys: true,
            prettyErrors: false,
            ...(options.customTags ? { customTags: options.customTags } : {}),
        });
        docs = Array.isArray(parsed) ? parsed : { empty: true };
    }
    catch (e) {
        return yamlFailure(file, _findings_js__WEBPACK_IMPORTED_MODULE_1__/* .PARSE_RULE */ .Hc.yaml, `'${file}' could not be parsed as YAML (${String(e)}).`, {
            line: 1,
            column: 1,
        });
    }
    if (!Array.isArray(docs))
        return { ok: true, doc: [] };
    const pos = (offset) => {
        const p = lineCounter.linePos(offset);
        return { line: p.line, column: p.col };
    };
    const out = [];
    for (const [index, doc] of docs.entries()) {
        const err = doc.errors[0];
        if (err) {
            const at = pos(err.pos[0]);
            if (err.code === 'RESOURCE_EXHAUSTION') {
                return yamlFailure(file, _findings_js__WEBPACK_IMPORTED_MODULE_1__/* .PARSE_RULE */ .Hc.tooDeep, `'${file}' nests too deeply for the grader to read safely; no lab file needs this.`, at);
            }
            return yamlFailure(file, _findings_js__WEBPACK_IMPORTED_MODULE_1__/* .PARSE_RULE */ .Hc.yaml, `'${file}' is not valid YAML: ${firstLine(err.message)} (line ${at.line}, column ${at.column}). ${yamlHint(err.code)}`, at);
        }
        const tagWarning = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
        if (tagWarning && options.customTags) {
            const at = pos(tagWarning.pos[0]);
            return yamlFailure(file, _findings_js__WEBPACK_IMPORTED_MODULE_1__/* .PARSE_RULE */ .Hc.yaml, `'${file}' uses an unknown YAML tag: ${firstLine(tagWarning.message)}.`, at);
        }
        let value;
        try {
            value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        }
        catch (e) {
            if (e instanceof ReferenceError && /alias/i.test(e.message)) {
                return yamlFailure(file, _findings_js__WEBPACK_IMPORTED_MODULE_1__/* .PARSE_RULE */ .Hc.aliases, `'${file}' expands YAML aliases (*name) more than ${MAX_ALIAS_COUNT} times, the pattern of an "alias bomb"; ` +
                    'the grader stopped reading it. Write the values out instead of using anchors and aliases.', { line: 1, column: 1 });
            }
            return yamlFailure(file, _findings_js__WEBPACK_IMPORTED_MODULE_1__/* .PARSE_RULE */ .Hc.yaml, `'${file}' could not be read as YAML data: ${firstLine(String(e))}.`, { line: 1, column: 1 });
        }
        if (depthOf(value) > _findings_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NESTING */ .M1) {
            return yamlFailure(file, _findings_js__WEBPACK_IMPORTED_MODULE_1__/* .PARSE_RULE */ .Hc.tooDeep, `'${file}' nests more than ${_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NESTING */ .M1} levels deep, which no lab file needs.`, { line: 1, column: 1 });
        }
        out.push({
            kind: 'yaml',
            file,
            text,
            index,
            value,
            locate: (path) => locateYaml(doc, path, pos),
        });
    }
    return { ok: true, doc: out };
}
function yamlFailure(file, ruleId, message, at) {
    return {
        ok: false,
        findings: [{ file, line: at.line, column: at.column, severity: 'error', ruleId, message }],
    };
}
/** Position of the node at a data path, or of its nearest ancestor that exists in the source. */
function locateYaml(doc, path, pos) {
    let node = doc.contents;
    let best = rangeStart(node);
    for (const seg of path) {
        let next;
        let keyAt;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const pair = node.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(p) && ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) ? p.key.value : p.key) === seg);
            if (pair) {
                next = pair.value;
                keyAt = rangeStart(pair.key);
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof seg === 'number') {
            next = node.items[seg];
        }
        if (next === undefined && keyAt === undefined)
            break;
        node = next;
        // Point at the key of a mapping entry: that is where learners look and where cfn-lint points.
        best = keyAt ?? rangeStart(next) ?? best;
    }
    return best === undefined ? { line: 1, column: 1 } : pos(best);
}
function rangeStart(node) {
    const r = node?.range;
    return r ? r[0] : undefined;
}
function depthOf(value) {
    // Iterative, so a deep value cannot overflow the stack while being measured.
    let max = 0;
    const stack = [[value, 0]];
    const seen = new Set();
    while (stack.length) {
        const [v, d] = stack.pop();
        if (d > max)
            max = d;
        if (max > _findings_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NESTING */ .M1)
            return max;
        if (v && typeof v === 'object' && !seen.has(v)) {
            seen.add(v);
            for (const child of Object.values(v))
                stack.push([child, d + 1]);
        }
    }
    return max;
}
function yamlHint(code) {
    if (code === 'DUPLICATE_KEY')
        return 'Each key may appear once per mapping; merge or rename the repeated one.';
    if (code === 'TAB_AS_INDENT')
        return 'YAML indents with spaces, never tabs.';
    if (code.includes('INDENT'))
        return 'Check the indentation there: items of one mapping line up exactly.';
    return 'Check the syntax there; an editor with YAML support highlights it.';
}
function firstLine(s) {
    return (s.split('\n')[0] ?? s).trim();
}
/**
 * The characters a YAML 1.1 stream may hold, as PyYAML's reader (`yaml.reader.Reader.NON_PRINTABLE`) and libyaml
 * (`yaml_parser_update_buffer`) check them: TAB, LF, CR, printable ASCII, NEL, U+00A0–U+D7FF, U+E000–U+FFFD and
 * the astral planes. Anything else (C0 controls, DEL, C1 controls but NEL, U+FFFE/U+FFFF, lone surrogates) makes
 * cfn-lint refuse the whole file (E0000), even inside a comment, while the `yaml` package accepts it; refusing it
 * here keeps the grader from grading a template cfn-lint cannot read.
 */
const NOT_YAML_PRINTABLE = /[^\t\n\r\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
/**
 * NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR are line breaks in YAML 1.1 (PyYAML, libyaml, hence cfn-lint) and
 * ordinary characters in YAML 1.2 (the `yaml` package). In a comment or a plain value they end the line for
 * cfn-lint, and the rest of the line becomes YAML it refuses (observed with cfn-lint 1.51.0: E0000 "did not find
 * expected key"); the grader would read something else. Refused in YAML, so both read the same.
 */
const YAML11_LINE_BREAKS = /[\x85\u2028\u2029]/u;
const C0_NAMES = 'NUL SOH STX ETX EOT ENQ ACK BEL BS TAB LF VT FF CR SO SI DLE DC1 DC2 DC3 DC4 NAK SYN ETB CAN EM SUB ESC FS GS RS US'.split(' ');
/** "U+007F (DEL, a control character)" and the like. */
function describeCharacter(code) {
    const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    if (code < 0x20)
        return `${hex} (${C0_NAMES[code]}, a control character)`;
    if (code === 0x7f)
        return `${hex} (DEL, a control character)`;
    if (code === 0x85)
        return `${hex} (NEL, NEXT LINE)`;
    if (code >= 0x80 && code <= 0x9f)
        return `${hex} (a C1 control character)`;
    if (code === 0x2028)
        return `${hex} (LINE SEPARATOR)`;
    if (code === 0x2029)
        return `${hex} (PARAGRAPH SEPARATOR)`;
    if (code >= 0xd800 && code <= 0xdfff)
        return `${hex} (half of a UTF-16 surrogate pair, alone)`;
    if (code === 0xfffe || code === 0xffff)
        return `${hex} (a Unicode noncharacter)`;
    return hex;
}
/**
 * A finding at the first character YAML readers refuse, or null when there is none. With `yamlLineBreaks`, also
 * at NEL, U+2028 and U+2029 (see YAML11_LINE_BREAKS); CloudFormation templates in JSON are checked without it:
 * cfn-lint reads JSON through PyYAML first, so it refuses the same non-printable characters there, and JSON has
 * those three only inside strings, where YAML 1.1 accepts them.
 */
function refuseControlCharacters(file, text, { yamlLineBreaks = true } = {}) {
    const bad = NOT_YAML_PRINTABLE.exec(text);
    const brk = yamlLineBreaks ? YAML11_LINE_BREAKS.exec(text) : null;
    const m = bad && (!brk || bad.index < brk.index) ? bad : brk;
    if (!m)
        return null;
    const at = new _findings_js__WEBPACK_IMPORTED_MODULE_1__/* .LineIndex */ .rr(text).position(m.index);
    const code = m[0].codePointAt(0);
    const why = m === brk
        ? 'cfn-lint and other YAML 1.1 tools read it as a line break, even in a comment, so they read this file ' +
            'differently from the grader, or not at all.'
        : 'YAML forbids it anywhere in a file, comments included, so cfn-lint and other YAML tools cannot read the ' +
            'file at all.';
    return (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFailure */ .mH)(file, _findings_js__WEBPACK_IMPORTED_MODULE_1__/* .PARSE_RULE */ .Hc.controlChar, `'${file}' contains the character ${describeCharacter(code)} at line ${at.line}, column ${at.column}. ${why} ` +
        "Delete it (editors often show it as a box, '?' or '^?'; search for it with the regular expression " +
        `'\\u${code.toString(16).toUpperCase().padStart(4, '0')}') and push again.`, at);
}
/**
 * A file that holds one YAML document (a CodeDeploy appspec). An empty file is one document whose value is null;
 * a second `---` document is refused, since the tools that read such files take the first and drop the rest.
 */
function parseYamlDocument(file, text) {
    const r = parseYamlStream(file, text);
    if (!r.ok)
        return r;
    const [first, second] = r.doc.filter((d) => d.value !== null && d.value !== undefined);
    if (second) {
        const at = second.locate([]);
        return yamlFailure(file, _findings_js__WEBPACK_IMPORTED_MODULE_1__/* .PARSE_RULE */ .Hc.shape, `'${file}' holds more than one YAML document (a second one starts near line ${at.line}), but it is read as one. Remove the '---' and everything after it, or merge the two.`, at);
    }
    if (first)
        return { ok: true, doc: first };
    return {
        ok: true,
        doc: { kind: 'yaml', file, text, index: 0, value: null, locate: () => ({ line: 1, column: 1 }) },
    };
}


/***/ })

};
