export const id = 369;
export const ids = [369];
export const modules = {

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


/***/ })

};
