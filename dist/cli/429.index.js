export const id = 429;
export const ids = [429];
export const modules = {

/***/ 5810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseDockerfile: () => (/* binding */ parseDockerfile)
/* harmony export */ });
/* harmony import */ var dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8390);
// Dockerfiles via dockerfile-ast, which never throws on malformed input: every text has an AST, and
// syntax problems are left to the dockerfile-utils rule.

function parseDockerfile(file, text) {
    const ast = dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.DockerfileParser.parse(text);
    return { ok: true, doc: { kind: 'dockerfile', file, text, ast, lines: text.split('\n') } };
}


/***/ })

};
