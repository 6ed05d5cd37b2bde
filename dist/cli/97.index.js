export const id = 97;
export const ids = [97];
export const modules = {

/***/ 3097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitIgnore: () => (/* binding */ GitIgnore)
/* harmony export */ });
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(298);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ignore__WEBPACK_IMPORTED_MODULE_0__);

/**
 * .gitignore rules, for trees that are not git work trees (or whose ignore rules come from elsewhere), matched
 * by the `ignore` package (the matcher of ESLint and Prettier, built on non-backtracking expressions: a
 * hostile pattern costs linear time, where a naive glob-to-regex translation can take seconds on a 60-character
 * name). As in git: a deeper .gitignore overrides a shallower one, later rules win, `!pattern` re-includes, and
 * a file inside an ignored directory cannot be re-included.
 */
class GitIgnore {
    levels = [];
    /** Adds the rules of a .gitignore found in directory `base`. */
    add(text, base = '') {
        const lines = text.split(/\r?\n/).filter((l) => l.trim() && !l.startsWith('#'));
        if (!lines.length)
            return;
        let level = this.levels.find((l) => l.base === base);
        if (!level) {
            level = { base, rules: ignore__WEBPACK_IMPORTED_MODULE_0___default()({ ignorecase: false }), count: 0 };
            this.levels.push(level);
            // deepest first: a deeper .gitignore decides before a shallower one
            this.levels.sort((a, b) => depth(b.base) - depth(a.base));
        }
        level.rules.add(lines);
        level.count += lines.length;
    }
    get size() {
        return this.levels.reduce((n, l) => n + l.count, 0);
    }
    /** Whether `path` (a file, or a directory when `isDir`) is ignored by the rules alone (parents not checked). */
    ignores(path, isDir) {
        for (const l of this.levels) {
            let rel = path;
            if (l.base) {
                if (!path.startsWith(l.base + '/'))
                    continue;
                rel = path.slice(l.base.length + 1);
            }
            const r = test(l.rules, isDir ? `${rel}/` : rel);
            if (r.ignored)
                return true;
            if (r.unignored)
                return false;
        }
        return false;
    }
    /** Whether a file is ignored, itself or through one of its directories. */
    ignoresFile(path) {
        const parts = path.split('/');
        for (let i = 1; i < parts.length; i++)
            if (this.ignores(parts.slice(0, i).join('/'), true))
                return true;
        return this.ignores(path, false);
    }
}
function depth(base) {
    return base ? base.split('/').length : 0;
}
function test(rules, rel) {
    try {
        return rules.test(rel);
    }
    catch {
        // a name `ignore` cannot take as a relative path: no rule applies to it
        return { ignored: false, unignored: false };
    }
}


/***/ })

};

//# sourceMappingURL=97.index.js.map