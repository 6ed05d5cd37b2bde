export const id = 643;
export const ids = [643];
export const modules = {

/***/ 5881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderSarif: () => (/* binding */ renderSarif)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2430);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2702);



const INFO_URI = 'https://github.com/model-gate/model-gate';
function level(f) {
    if (f.waived)
        return 'note';
    return f.severity === 'block' ? 'error' : 'warning';
}
/** SARIF 2.1.0: one rule per rule id with help text, one result per finding, stable partialFingerprints. */
function renderSarif(report) {
    const rules = _rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES */ .y.map((r) => ({
        id: r.meta.id,
        name: r.meta.id.replace(/[.-](\w)/g, (_, c) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
        shortDescription: { text: r.meta.description },
        fullDescription: { text: r.meta.description },
        help: { text: r.meta.help, markdown: `${r.meta.help}\n\n[Documentation](${r.meta.docs.url})` },
        helpUri: r.meta.docs.url,
        defaultConfiguration: {
            level: r.meta.defaultSeverity === 'block' ? 'error' : r.meta.defaultSeverity === 'warn' ? 'warning' : 'none',
        },
        properties: { tags: ['ai-model', r.meta.id.split('.')[0]] },
    }));
    const index = new Map(_rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES */ .y.map((r, i) => [r.meta.id, i]));
    const results = [];
    const ordinal = new Map();
    const add = (f, modelId, status) => {
        const key = `${f.rule}|${(modelId ?? '').toLowerCase()}|${f.path}`;
        const n = ordinal.get(key) ?? 0;
        ordinal.set(key, n + 1);
        const r = {
            ruleId: f.rule,
            ruleIndex: index.get(f.rule),
            level: level(f),
            message: { text: f.help ? `${f.message}. ${f.help}` : f.message },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri: f.path.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
                        region: { startLine: f.line, ...(f.column ? { startColumn: f.column } : {}) },
                    },
                },
            ],
            partialFingerprints: { 'modelGateFinding/v1': (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${key}|${n}`).digest('hex') },
            properties: { ...(modelId ? { model: modelId } : {}), ...(status ? { status } : {}), severity: f.severity },
        };
        if (f.waived && f.exception) {
            r.suppressions = [
                { kind: 'external', status: 'accepted', justification: `${f.exception.reason} (until ${f.exception.expires})` },
            ];
        }
        results.push(r);
    };
    for (const m of report.models)
        for (const f of m.findings)
            add(f, m.id, m.status);
    for (const f of report.policy_findings)
        add(f, undefined);
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'model-gate',
                        version: (0,_version_js__WEBPACK_IMPORTED_MODULE_2__/* .toolVersion */ .f)(),
                        semanticVersion: (0,_version_js__WEBPACK_IMPORTED_MODULE_2__/* .toolVersion */ .f)(),
                        informationUri: INFO_URI,
                        rules,
                    },
                },
                results,
                properties: { verdict: report.verdict, policy: report.policy },
            },
        ],
    };
    return JSON.stringify(log, null, 2) + '\n';
}


/***/ })

};

//# sourceMappingURL=643.index.js.map