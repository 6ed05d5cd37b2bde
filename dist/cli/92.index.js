export const id = 92;
export const ids = [92];
export const modules = {

/***/ 92:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  INVENTORY_HELP: () => (/* reexport */ inventory_help/* INVENTORY_HELP */.B),
  cmdInventory: () => (/* binding */ cmdInventory),
  cmdInventoryIssue: () => (/* binding */ cmdInventoryIssue),
  cmdOrgMatrix: () => (/* binding */ cmdOrgMatrix)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/suggest.ts
var suggest = __webpack_require__(2085);
// EXTERNAL MODULE: ./src/github/api.ts
var api = __webpack_require__(8943);
// EXTERNAL MODULE: ./src/report/version.ts
var version = __webpack_require__(2702);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./src/catalog/catalog.ts + 2 modules
var catalog_catalog = __webpack_require__(7831);
;// CONCATENATED MODULE: ./src/inventory/categories.ts




/**
 * A license's category, from the catalog's licenses alone: the inventory needs no model facts, and reading the
 * licenses only is a third of the catalog's load time. Falls back to the whole catalog if its layout differs.
 */
function licenseCategories() {
    let catalog;
    try {
        const doc = (0,js_yaml/* load */.Hh)((0,external_node_fs_.readFileSync)((0,external_node_path_.join)((0,catalog_catalog/* catalogDataDir */.F5)(), 'licenses.yml'), 'utf8'), { maxAliases: 0 });
        if (!Array.isArray(doc?.licenses) || !doc.licenses.length)
            throw new Error('no licenses');
        catalog = new catalog_catalog/* Catalog */.WC(doc.licenses, []);
    }
    catch {
        catalog = (0,catalog_catalog/* loadCatalog */.ak)();
    }
    return (license) => catalog.license(license)?.category ?? 'unknown';
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/inventory/types.ts
/** Statuses, most severe first (the order of the contract). */
const STATUS_ORDER = ['blocked', 'waived', 'warning', 'allowed'];
function zeroCounts() {
    return { blocked: 0, waived: 0, warning: 0, allowed: 0 };
}

;// CONCATENATED MODULE: ./src/inventory/read.ts
/**
 * Reading the JSON reports the inventory merges: each one checked to be a model-gate report of a version this
 * build reads, field by field for the fields the inventory uses (unknown, additive fields are ignored), with
 * every count capped. A bad file is one `file:line:col: message` error.
 */



/** Limits: a report larger or longer than this is refused rather than merged slowly. */
const LIMITS = {
    /** Bytes of one report. */
    reportBytes: 64 * 1024 * 1024,
    /** Models in one report. */
    modelsPerReport: 100_000,
    /** Locations kept per model and repository (the rest are counted). */
    locationsPerUsage: 100,
    /** Report files in one inventory. */
    reports: 100_000,
};
const KINDS = ['hub', 'ollama', 'url', 'local-file'];
const RULE_ID = /^[a-z]+\.[a-z][a-z-]*$/;
class Bad extends Error {
}
function fail(message) {
    throw new Bad(message);
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function describe(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'an array';
    if (typeof v === 'object')
        return 'an object';
    if (typeof v === 'string')
        return `a string`;
    if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' || v === undefined)
        return `${typeof v} ${String(v)}`;
    return typeof v;
}
function str(o, key, where) {
    const v = o[key];
    if (typeof v !== 'string')
        fail(`${where}/${key} must be a string, not ${describe(v)}`);
    return v;
}
function optStr(o, key, where) {
    const v = o[key];
    if (v === undefined || v === null)
        return undefined;
    if (typeof v !== 'string')
        fail(`${where}/${key} must be a string, not ${describe(v)}`);
    return v;
}
function line(v, where) {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1)
        fail(`${where} must be a line number (an integer from 1), not ${describe(v)}`);
    return v;
}
/** Offset of the first syntax error of a JSON text (only called once JSON.parse has failed); linear. */
function jsonErrorOffset(t) {
    const n = t.length;
    const stack = [];
    let i = 0;
    let state = 'value';
    let opened = false;
    const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    const string = () => {
        for (let k = i + 1; k < n; k++) {
            const c = t.charCodeAt(k);
            if (c === 0x22)
                return k + 1;
            if (c < 0x20)
                return -k - 1;
            if (c === 0x5c) {
                const e = t[k + 1];
                if (e === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(t.slice(k + 2, k + 6)))
                        return -k - 1;
                    k += 5;
                }
                else if (e !== undefined && '"\\/bfnrt'.includes(e))
                    k++;
                else
                    return -k - 1;
            }
        }
        return -n - 1;
    };
    for (;;) {
        while (i < n && (t[i] === ' ' || t[i] === '\t' || t[i] === '\n' || t[i] === '\r'))
            i++;
        if (i >= n)
            return state === 'after' && stack.length === 0 ? -1 : n;
        const c = t[i];
        if (state === 'value') {
            if (c === '{' || c === '[') {
                stack.push(c);
                i++;
                state = c === '{' ? 'key' : 'value';
                opened = true;
                continue;
            }
            if (c === ']' && opened && stack[stack.length - 1] === '[') {
                stack.pop();
                i++;
                state = 'after';
                opened = false;
                continue;
            }
            opened = false;
            if (c === '"') {
                const j = string();
                if (j < 0)
                    return -j - 1;
                i = j;
                state = 'after';
                continue;
            }
            NUMBER.lastIndex = i;
            const num = NUMBER.exec(t);
            const word = ['true', 'false', 'null'].find((w) => t.startsWith(w, i));
            if (num && num[0] !== '-')
                i += num[0].length;
            else if (word)
                i += word.length;
            else
                return i;
            state = 'after';
        }
        else if (state === 'key') {
            if (c === '}' && opened) {
                stack.pop();
                i++;
                state = 'after';
                opened = false;
                continue;
            }
            opened = false;
            if (c !== '"')
                return i;
            const j = string();
            if (j < 0)
                return -j - 1;
            i = j;
            state = 'colon';
        }
        else if (state === 'colon') {
            if (c !== ':')
                return i;
            i++;
            state = 'value';
        }
        else {
            const top = stack[stack.length - 1];
            if (!top)
                return i;
            if (c === ',') {
                i++;
                state = top === '{' ? 'key' : 'value';
            }
            else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
                stack.pop();
                i++;
            }
            else
                return i;
        }
    }
}
/** Line and column of the first syntax error of a JSON text. */
function jsonPosition(text) {
    const pos = Math.max(0, Math.min(jsonErrorOffset(text), text.length));
    let ln = 1;
    let start = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < pos; i = text.indexOf('\n', i + 1)) {
        ln++;
        start = i + 1;
    }
    return { line: ln, column: pos - start + 1 };
}
/** What a JSON document that is not a model-gate report is, when it is recognisable. */
function otherFormat(doc) {
    if (doc.bomFormat === 'CycloneDX')
        return 'a CycloneDX BOM';
    if (typeof doc.$schema === 'string' && /sarif/i.test(doc.$schema))
        return 'a SARIF log';
    if (Array.isArray(doc.runs) && typeof doc.version === 'string')
        return 'a SARIF log';
    if (Array.isArray(doc.repositories) && doc.tool && isObject(doc.summary))
        return 'a model-gate inventory';
    return undefined;
}
function parseRepository(v) {
    if (v === undefined || v === null)
        return undefined;
    if (!isObject(v))
        fail(`/repository must be an object, not ${describe(v)}`);
    const full_name = str(v, 'full_name', '/repository').trim();
    if (!full_name)
        fail('/repository/full_name must not be empty');
    const url = optStr(v, 'url', '/repository');
    if (url !== undefined && !/^https?:\/\/[^\s/?#@]+(\/[^\s?#]*)?$/i.test(url))
        fail(`/repository/url must be an http(s) address without credentials, not "${url.slice(0, 100)}"`);
    const commit = optStr(v, 'commit', '/repository');
    if (commit !== undefined && !/^[0-9a-f]{7,64}$/i.test(commit))
        fail('/repository/commit must be a commit sha (7 to 64 hexadecimal digits)');
    return {
        full_name,
        ...(url ? { url: url.replace(/(\.git)?\/*$/, '') } : {}),
        ...(commit ? { commit: commit.toLowerCase() } : {}),
    };
}
/** Whether a model entry has every field the inventory reads, of the right type (no allocation: the hot path). */
function modelIsValid(v) {
    if (!isObject(v))
        return false;
    if (typeof v.id !== 'string' || !/\S/.test(v.id))
        return false;
    if (v.status !== 'blocked' && v.status !== 'waived' && v.status !== 'warning' && v.status !== 'allowed')
        return false;
    if (v.license !== null && typeof v.license !== 'string')
        return false;
    if (typeof v.declared !== 'boolean' || !Array.isArray(v.locations) || !Array.isArray(v.findings))
        return false;
    for (const l of v.locations) {
        if (!isObject(l) ||
            typeof l.path !== 'string' ||
            typeof l.line !== 'number' ||
            !Number.isInteger(l.line) ||
            l.line < 1)
            return false;
    }
    for (const f of v.findings) {
        if (!isObject(f) || typeof f.rule !== 'string' || !RULE_ID.test(f.rule))
            return false;
    }
    for (const k of ['kind', 'publisher', 'revision', 'commit', 'purpose']) {
        const x = v[k];
        if (x !== undefined && x !== null && typeof x !== 'string')
            return false;
    }
    return v.kind === undefined || v.kind === null || KINDS.includes(v.kind);
}
/** Why a model entry is not valid (the slow path, only for a bad report): throws the first problem. */
function explainModel(v, i) {
    const where = `/models/${i}`;
    if (!isObject(v))
        fail(`${where} must be an object, not ${describe(v)}`);
    const id = str(v, 'id', where);
    if (!id.trim())
        fail(`${where}/id must not be empty`);
    if (!STATUS_ORDER.includes(v.status))
        fail(`${where}/status must be one of ${STATUS_ORDER.join(', ')}, not ${JSON.stringify(v.status)?.slice(0, 60)}`);
    if (v.license !== null && typeof v.license !== 'string')
        fail(`${where}/license must be a string or null, not ${describe(v.license)}`);
    if (typeof v.declared !== 'boolean')
        fail(`${where}/declared must be true or false, not ${describe(v.declared)}`);
    if (!Array.isArray(v.locations))
        fail(`${where}/locations must be an array, not ${describe(v.locations)}`);
    v.locations.forEach((l, j) => {
        const lw = `${where}/locations/${j}`;
        if (!isObject(l))
            fail(`${lw} must be an object, not ${describe(l)}`);
        str(l, 'path', lw);
        line(l.line, `${lw}/line`);
    });
    if (!Array.isArray(v.findings))
        fail(`${where}/findings must be an array, not ${describe(v.findings)}`);
    v.findings.forEach((f, j) => {
        if (!isObject(f))
            fail(`${where}/findings/${j} must be an object, not ${describe(f)}`);
        const rule = str(f, 'rule', `${where}/findings/${j}`);
        if (!RULE_ID.test(rule))
            fail(`${where}/findings/${j}/rule is not a rule id: "${rule.slice(0, 60)}"`);
    });
    for (const k of ['publisher', 'revision', 'commit', 'purpose'])
        optStr(v, k, where);
    const kind = optStr(v, 'kind', where);
    if (kind !== undefined && !KINDS.includes(kind))
        fail(`${where}/kind must be one of ${KINDS.join(', ')}`);
    fail(`${where} is not a model entry`);
}
const NO_RULES = [];
function optional(v) {
    return typeof v === 'string' ? v : undefined;
}
function parseModel(v, i) {
    if (!modelIsValid(v))
        explainModel(v, i);
    const m = v;
    let rules = NO_RULES;
    if (m.findings.length) {
        rules = [];
        for (const f of m.findings)
            if (!rules.includes(f.rule))
                rules.push(f.rule);
        if (rules.length > 1)
            rules.sort();
    }
    const license = m.license === null ? null : m.license.trim() || null;
    return {
        id: m.id.trim(),
        status: m.status,
        license,
        declared: m.declared,
        locations: m.locations,
        rules,
        kind: optional(m.kind),
        publisher: optional(m.publisher),
        revision: optional(m.revision),
        commit: optional(m.commit),
        purpose: optional(m.purpose),
    };
}
/** Parse one report's text; `file` names it in errors. Throws a UserError (`file:line:col: message`). */
function parseReport(text, file) {
    let doc;
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (!/\S/.test(body))
        throw new core_errors/* UserError */.yo({
            path: file,
            message: 'empty file; expected a model-gate JSON report (model-gate check --format json)',
        });
    try {
        doc = JSON.parse(body);
    }
    catch (e) {
        const msg = e.message;
        throw new core_errors/* UserError */.yo({
            path: file,
            ...jsonPosition(body),
            message: `not JSON (${msg.split('\n')[0].slice(0, 160)}); expected a model-gate JSON report (model-gate check --format json)`,
        });
    }
    try {
        if (!isObject(doc))
            fail(`not a model-gate report: the document is ${describe(doc)}, not an object; expected the output of model-gate check --format json`);
        const other = otherFormat(doc);
        if (other)
            fail(`${other}, not a model-gate JSON report; write one with model-gate check --format json`);
        if (doc.version === undefined || !('models' in doc) || !('verdict' in doc)) {
            fail('not a model-gate report (no version, verdict and models); write one with model-gate check --format json');
        }
        if (doc.version !== 1) {
            fail(`report version ${JSON.stringify(doc.version)?.slice(0, 20)}: this model-gate reads version 1; merge reports written by the same model-gate version`);
        }
        if (doc.verdict !== 'pass' && doc.verdict !== 'fail')
            fail(`/verdict must be "pass" or "fail", not ${JSON.stringify(doc.verdict)?.slice(0, 40)}`);
        const policy = str(doc, 'policy', '');
        if (!Array.isArray(doc.models))
            fail(`/models must be an array, not ${describe(doc.models)}`);
        if (doc.models.length > LIMITS.modelsPerReport)
            fail(`${doc.models.length} models: more than the ${LIMITS.modelsPerReport.toLocaleString('en-US')} one report may hold`);
        const models = doc.models.map((m, i) => parseModel(m, i));
        const notScanned = Array.isArray(doc.not_scanned) ? doc.not_scanned.length : 0;
        return {
            file,
            verdict: doc.verdict,
            policy,
            repository: parseRepository(doc.repository),
            models,
            not_scanned: notScanned,
        };
    }
    catch (e) {
        if (e instanceof Bad)
            throw new core_errors/* UserError */.yo({ path: file, message: e.message });
        throw e;
    }
}
const GENERIC_NAMES = new Set(['report', 'model-gate', 'model-gate-report', 'models', 'inventory']);
/**
 * A repository name from a report's file name: `acme__web.json` -> `acme/web` (owners cannot hold `_`, so the
 * first `__` is the slash); a generic name (`report.json`) takes its folder's name instead.
 */
function nameFromFile(file) {
    let base = (0,external_node_path_.basename)(file).replace(/\.json$/i, '');
    if (GENERIC_NAMES.has(base.toLowerCase())) {
        const parent = (0,external_node_path_.basename)((0,external_node_path_.dirname)(file));
        if (parent && parent !== '.' && parent !== '/')
            base = parent;
    }
    const i = base.indexOf('__');
    return i > 0 && i < base.length - 2 ? `${base.slice(0, i)}/${base.slice(i + 2)}` : base;
}

;// CONCATENATED MODULE: ./src/inventory/files.ts
/**
 * Finding and reading the reports named on the command line: files, folders (their `*.json` files, a few
 * levels down: downloaded artifacts nest one folder per artifact) and quoted globs (`'reports/**\/*.json'`).
 */





const MAX_DEPTH = 4;
function walk(dir, depth, out, filter) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
        if (out.length > LIMITS.reports)
            return;
        const abs = (0,external_node_path_.join)(dir, e.name);
        if (e.isDirectory()) {
            if (depth < MAX_DEPTH && !e.name.startsWith('.') && e.name !== 'node_modules')
                walk(abs, depth + 1, out, filter);
        }
        else if (e.isFile() && filter(abs)) {
            out.push(abs);
        }
    }
}
const GLOB = /[*?[\]{}]/;
/** The report files the arguments name, in order, each once; errors for arguments that name nothing. */
function collectReportFiles(args, cwd = process.cwd(), opts = {}) {
    const files = [];
    const errors = [];
    for (const arg of args) {
        const abs = (0,external_node_path_.resolve)(cwd, arg);
        const st = (0,external_node_fs_.statSync)(abs, { throwIfNoEntry: false });
        if (st?.isDirectory()) {
            const found = [];
            walk(abs, 0, found, (f) => f.toLowerCase().endsWith('.json'));
            if (!found.length && !opts.allowEmptyFolders)
                errors.push({ path: arg, message: 'no .json report in this folder' });
            files.push(...found);
        }
        else if (st?.isFile()) {
            files.push(abs);
        }
        else if (GLOB.test(arg)) {
            // The fixed folders before the first pattern segment, then the pattern under them.
            const parts = arg.split(/[\\/]/);
            const first = parts.findIndex((p) => GLOB.test(p));
            const base = (0,external_node_path_.resolve)(cwd, parts.slice(0, first).join('/') || '.');
            const isMatch = picomatch_default()(parts.slice(first).join('/'), { dot: false });
            const found = [];
            walk(base, 0, found, (f) => isMatch((0,external_node_path_.relative)(base, f).split(external_node_path_.sep).join('/')));
            if (!found.length)
                errors.push({ path: arg, message: 'no file matches this pattern' });
            files.push(...found);
        }
        else {
            errors.push({ path: arg, message: 'no such file or folder' });
        }
    }
    if (errors.length)
        throw new core_errors/* UserError */.yo(errors);
    const unique = [...new Set(files)];
    if (unique.length > LIMITS.reports) {
        throw new core_errors/* UserError */.yo({
            message: `more than ${LIMITS.reports.toLocaleString('en-US')} reports; merge them in groups`,
        });
    }
    return unique;
}
/**
 * Read and check the reports one at a time, as the merge asks for them (so each one's text and parse can be
 * dropped once merged); a bad file is added to `errors` (one line each) and skipped.
 */
function* iterateReports(files, errors, opts = {}) {
    const cwd = opts.cwd ?? process.cwd();
    for (const abs of files) {
        const rel = (0,external_node_path_.relative)(cwd, abs);
        const shown = rel.startsWith('..') ? abs : rel || abs;
        let report;
        try {
            const size = (0,external_node_fs_.statSync)(abs).size;
            if (size > LIMITS.reportBytes) {
                errors.push({
                    path: shown,
                    message: `${(size / 1024 / 1024).toFixed(0)} MiB: larger than the ${LIMITS.reportBytes / 1024 / 1024} MiB a report may be`,
                });
                continue;
            }
            report = parseReport((0,external_node_fs_.readFileSync)(abs, 'utf8'), shown);
        }
        catch (e) {
            if (e instanceof core_errors/* UserError */.yo)
                errors.push(...e.items);
            else
                errors.push({
                    path: shown,
                    message: `cannot read it (${e.code ?? e.message})`,
                });
            continue;
        }
        const name = !opts.nameFromFileName && report.repository ? report.repository.full_name : nameFromFile(abs);
        yield { name, report };
    }
}
/** Read and check every report; all bad files are reported together (one line each). */
function readReports(files, opts = {}) {
    const errors = [];
    const out = [...iterateReports(files, errors, opts)];
    if (errors.length)
        throw new UserError(errors);
    return out;
}

// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
;// CONCATENATED MODULE: ./src/inventory/github.ts
/**
 * The GitHub calls of the organisation-wide run, behind a small interface (`InventoryGitHub`): listing an
 * organisation's repositories, and keeping one issue (or one comment) up to date. `OctokitInventoryGitHub`
 * implements it with model-gate's Octokit (`src/github/client.ts`: retries, rate limits, GHES base URL).
 * Every listing is paginated through Link headers and capped.
 */


function toError(e, route) {
    const err = e;
    const fromBody = err?.response?.data?.message;
    const message = typeof fromBody === 'string' && fromBody ? fromBody : typeof err?.message === 'string' ? err.message : String(e);
    // A request that got no answer: Octokit reports it as an HttpError (status 500) without a response.
    if (err &&
        typeof err === 'object' &&
        err.response === undefined &&
        (err.name === 'HttpError' || err.name === 'AbortError')) {
        const cause = e.cause;
        return new api/* GitHubError */.y_(0, route, cause?.cause?.code ?? cause?.cause?.message ?? cause?.message ?? message, {
            network: true,
        });
    }
    return new api/* GitHubError */.y_(typeof err?.status === 'number' ? err.status : 0, route, message);
}
function issueOf(d) {
    return {
        number: d.number,
        title: d.title ?? '',
        body: d.body ?? '',
        user: d.user?.login ?? null,
        html_url: d.html_url,
        state: d.state,
        ...(d.pull_request ? { pull_request: true } : {}),
    };
}
function commentOf(d) {
    return { id: d.id, body: d.body ?? '', user: d.user?.login ?? null, html_url: d.html_url };
}
class OctokitInventoryGitHub {
    octokit;
    constructor(octokit) {
        this.octokit = octokit;
    }
    /** From the environment: GITHUB_TOKEN (or GH_TOKEN), GITHUB_API_URL. */
    static fromEnv(env = process.env) {
        return new OctokitInventoryGitHub((0,client/* createOctokit */.Qi)({ token: env.GITHUB_TOKEN || env.GH_TOKEN || undefined, env }));
    }
    async call(route, params) {
        try {
            return (await this.octokit.request(route, params)).data;
        }
        catch (e) {
            throw toError(e, route);
        }
    }
    /** Up to `max` items of a paginated listing (100 per page, following Link headers). */
    async list(route, params, max) {
        const items = [];
        try {
            for await (const page of this.octokit.paginate.iterator(route, { per_page: 100, ...params })) {
                for (const item of page.data) {
                    if (items.length >= max)
                        return { items, truncated: true };
                    items.push(item);
                }
            }
        }
        catch (e) {
            throw toError(e, route);
        }
        return { items, truncated: false };
    }
    async listRepositories(owner, max) {
        let listing;
        try {
            listing = await this.list('GET /orgs/{org}/repos', { org: owner, type: 'all', sort: 'full_name' }, max);
        }
        catch (e) {
            if (!(e instanceof api/* GitHubError */.y_) || e.status !== 404)
                throw e;
            // Not an organisation: a user account's own repositories.
            listing = await this.list('GET /users/{username}/repos', { username: owner, type: 'owner', sort: 'full_name' }, max);
        }
        return {
            truncated: listing.truncated,
            items: listing.items.map((r) => ({
                full_name: r.full_name,
                archived: !!r.archived,
                fork: !!r.fork,
                disabled: !!r.disabled,
            })),
        };
    }
    async whoami() {
        try {
            return (await this.call('GET /user', {})).login;
        }
        catch (e) {
            // Installation tokens (GitHub Apps, GITHUB_TOKEN) may not read /user.
            if (e instanceof api/* GitHubError */.y_ && (e.status === 401 || e.status === 403 || e.status === 404))
                return undefined;
            throw e;
        }
    }
    async getIssue(r, number) {
        try {
            return issueOf(await this.call('GET /repos/{owner}/{repo}/issues/{issue_number}', { ...r, issue_number: number }));
        }
        catch (e) {
            if (e instanceof api/* GitHubError */.y_ && (e.status === 404 || e.status === 410))
                return null;
            throw e;
        }
    }
    async listOpenIssues(r, max) {
        const l = await this.list('GET /repos/{owner}/{repo}/issues', { ...r, state: 'open', sort: 'created', direction: 'asc' }, max);
        return { items: l.items.map(issueOf), truncated: l.truncated };
    }
    async createIssue(r, title, body) {
        return issueOf(await this.call('POST /repos/{owner}/{repo}/issues', { ...r, title, body }));
    }
    async updateIssueBody(r, number, body) {
        return issueOf(await this.call('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
            ...r,
            issue_number: number,
            body,
        }));
    }
    async listComments(r, issue, max) {
        const l = await this.list('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...r, issue_number: issue }, max);
        return { items: l.items.map(commentOf), truncated: l.truncated };
    }
    async createComment(r, issue, body) {
        return commentOf(await this.call('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            ...r,
            issue_number: issue,
            body,
        }));
    }
    async updateComment(r, id, body) {
        return commentOf(await this.call('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
            ...r,
            comment_id: id,
            body,
        }));
    }
}

;// CONCATENATED MODULE: ./src/inventory/issue.ts
/** GitHub's limit on an issue or comment body. */
const ISSUE_BODY_MAX = 65_536;
/** Open issues (or comments) looked through at most to find the marked one again. */
const ISSUE_SCAN_MAX = 3_000;
/** A problem the user fixes (wrong repository, token, number): one line, exit 2. */
class IssueError extends Error {
}
/** The hidden marker: an HTML comment (characters that could end it are dropped). */
function issueMarker(key) {
    return `<!-- model-gate-inventory:${key
        .replace(/--+|[<>\r\n]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 100)} -->`;
}
function hasMarker(body, marker) {
    return body.trimStart().startsWith(marker);
}
function same(a, b) {
    return !!a && a.toLowerCase() === b.toLowerCase();
}
async function upsertInventoryIssue(api, target, markdown) {
    const marker = issueMarker(target.key);
    const body = `${marker}\n${markdown}`;
    if (body.length > ISSUE_BODY_MAX) {
        throw new IssueError(`the inventory is ${body.length.toLocaleString('en-US')} characters with its marker; an issue holds ${ISSUE_BODY_MAX.toLocaleString('en-US')} (write it with model-gate inventory --format markdown, which fits it)`);
    }
    const where = `${target.repo.owner}/${target.repo.repo}`;
    const login = target.author || (await api.whoami());
    if (!login) {
        throw new IssueError('cannot tell which account the token belongs to (GitHub does not say for installation tokens); pass --author: APP-SLUG[bot] for a GitHub App, github-actions[bot] for GITHUB_TOKEN');
    }
    if (target.number === undefined) {
        const open = await api.listOpenIssues(target.repo, ISSUE_SCAN_MAX);
        const own = open.items.find((i) => !i.pull_request && same(i.user, login) && hasMarker(i.body, marker));
        if (own) {
            if (own.body === body)
                return { action: 'unchanged', kind: 'issue', number: own.number, url: own.html_url };
            const updated = await api.updateIssueBody(target.repo, own.number, body);
            return { action: 'updated', kind: 'issue', number: own.number, url: updated.html_url ?? own.html_url };
        }
        if (open.truncated) {
            throw new IssueError(`${where} has more than ${ISSUE_SCAN_MAX.toLocaleString('en-US')} open issues; pass the inventory issue's number (--number) so it is found again rather than opened twice`);
        }
        const created = await api.createIssue(target.repo, target.title, body);
        return { action: 'created', kind: 'issue', number: created.number, url: created.html_url };
    }
    const issue = await api.getIssue(target.repo, target.number);
    if (!issue)
        throw new IssueError(`${where}#${target.number}: no such issue (or the token cannot read it)`);
    if (same(issue.user, login) && hasMarker(issue.body, marker)) {
        if (issue.body === body)
            return { action: 'unchanged', kind: 'issue', number: issue.number, url: issue.html_url };
        const updated = await api.updateIssueBody(target.repo, issue.number, body);
        return { action: 'updated', kind: 'issue', number: issue.number, url: updated.html_url ?? issue.html_url };
    }
    const comments = await api.listComments(target.repo, issue.number, ISSUE_SCAN_MAX);
    const own = comments.items.find((c) => same(c.user, login) && hasMarker(c.body, marker));
    if (own) {
        if (own.body === body)
            return { action: 'unchanged', kind: 'comment', number: issue.number, url: own.html_url };
        const updated = await api.updateComment(target.repo, own.id, body);
        return { action: 'updated', kind: 'comment', number: issue.number, url: updated.html_url ?? own.html_url };
    }
    if (comments.truncated) {
        throw new IssueError(`${where}#${issue.number} has more than ${ISSUE_SCAN_MAX.toLocaleString('en-US')} comments; keep the inventory on an issue of its own`);
    }
    const created = await api.createComment(target.repo, issue.number, body);
    return { action: 'created', kind: 'comment', number: issue.number, url: created.html_url };
}

// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(3054);
;// CONCATENATED MODULE: ./src/inventory/merge.ts



const RANK = { blocked: 0, waived: 1, warning: 2, allowed: 3 };
function worse(a, b) {
    return RANK[a] <= RANK[b] ? a : b;
}
/** A path safe to put in an address: relative, no `..`, no control characters. */
function safePath(path) {
    return path.length > 0 && !path.startsWith('/') && !/(^|\/)\.\.?(\/|$)/.test(path) && !UNSAFE_PATH_CHAR_RE.test(path);
}
// eslint-disable-next-line no-control-regex -- rejects paths that hold control characters
const UNSAFE_PATH_CHAR_RE = /[\u0000-\u001f\u007f\\]/;
/** A path as it goes in an address (each segment percent-encoded), or undefined when it is not safe to link. */
function encodePath(path) {
    if (!safePath(path))
        return undefined;
    return /^[A-Za-z0-9._~/-]+$/.test(path) ? path : path.split('/').map(encodeURIComponent).join('/');
}
/** `https://github.com/OWNER/REPO/blob/SHA/path#Lnn`, or undefined when the repository's address is not known. */
function blobUrl(repoUrl, commit, path, line) {
    const encoded = repoUrl ? encodePath(path) : undefined;
    return encoded === undefined ? undefined : `${repoUrl}/blob/${commit ?? 'HEAD'}/${encoded}#L${line}`;
}
function cmp(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
/** Merge reports, one at a time (a report's parsed text is dropped as soon as it is merged). */
function mergeReports(reports, opts) {
    const warnings = [];
    const repos = new Map();
    const models = new Map();
    const policies = new Set();
    for (const { name, report } of reports) {
        const repoKey = name.toLowerCase();
        let repo = repos.get(repoKey);
        if (!repo) {
            repo = {
                name,
                key: repoKey,
                usageOf: new Map(),
                url: report.repository?.url,
                commit: report.repository?.commit,
                reports: [],
                policies: [],
                policySet: new Set(),
                verdict: 'pass',
                models: 0,
                counts: zeroCounts(),
                not_scanned: 0,
            };
            repos.set(repoKey, repo);
        }
        else if (report.repository?.commit && repo.commit && report.repository.commit !== repo.commit) {
            warnings.push(`${name}: ${report.file} describes commit ${report.repository.commit.slice(0, 12)}, ${repo.reports[0]} commit ${repo.commit.slice(0, 12)}; links use the first`);
        }
        repo.reports.push(report.file);
        repo.policySet.add(report.policy);
        policies.add(report.policy);
        if (report.verdict === 'fail')
            repo.verdict = 'fail';
        repo.not_scanned += report.not_scanned;
        repo.url ??= report.repository?.url;
        repo.commit ??= report.repository?.commit;
        for (const m of report.models) {
            const key = m.id.toLowerCase();
            let mb = models.get(key);
            if (!mb) {
                mb = { id: m.id, kind: m.kind, publisher: m.publisher, usages: [], repos: [] };
                models.set(key, mb);
            }
            mb.kind ??= m.kind;
            mb.publisher ??= m.publisher;
            if (m.revision)
                (mb.revisions ??= new Set()).add(m.revision);
            let u = repo.usageOf.get(key);
            if (!u) {
                u = {
                    repository: repo.name,
                    status: m.status,
                    declared: m.declared,
                    license: m.license,
                    rules: m.rules,
                    locations: [],
                };
                if (m.revision)
                    u.revision = m.revision;
                if (m.commit)
                    u.commit = m.commit;
                if (m.purpose)
                    u.purpose = m.purpose;
                repo.usageOf.set(key, u);
                mb.usages.push(u);
                mb.repos.push(repo);
            }
            else {
                // The same model in a second report of the same repository (a monorepo checked folder by folder).
                u.status = worse(u.status, m.status);
                u.declared ||= m.declared;
                u.license ??= m.license;
                u.revision ??= m.revision;
                u.commit ??= m.commit;
                u.purpose ??= m.purpose;
                if (m.rules.length)
                    u.rules = [...new Set([...u.rules, ...m.rules])].sort();
            }
            for (const l of m.locations) {
                if (u.locations.length >= LIMITS.locationsPerUsage) {
                    u.locations_omitted = (u.locations_omitted ?? 0) + 1;
                    continue;
                }
                // A copy of the fields the inventory shows (a report's object may carry anything else).
                u.locations.push(typeof l.column === 'number'
                    ? { path: l.path, line: l.line, column: l.column }
                    : { path: l.path, line: l.line });
            }
        }
    }
    const byStatus = zeroCounts();
    const byCategory = Object.fromEntries(types/* LICENSE_CATEGORIES */.l.map((c) => [c, 0]));
    const categoryCache = new Map();
    let usageCount = 0;
    const out = [];
    for (const mb of models.values()) {
        const statuses = zeroCounts();
        let status = 'allowed';
        let declaredIn = 0;
        let usages = mb.usages;
        if (usages.length > 1) {
            // By repository name.
            const order = mb.repos
                .map((r, i) => i)
                .sort((a, b) => (mb.repos[a].key < mb.repos[b].key ? -1 : mb.repos[a].key > mb.repos[b].key ? 1 : 0));
            usages = order.map((i) => mb.usages[i]);
        }
        for (let i = 0; i < mb.usages.length; i++) {
            const u = mb.usages[i];
            statuses[u.status]++;
            status = worse(status, u.status);
            if (u.declared)
                declaredIn++;
            mb.repos[i].models++;
            mb.repos[i].counts[u.status]++;
        }
        usageCount += usages.length;
        // The license most of its repositories report (ties: the first by name).
        let license = usages.length === 1 ? usages[0].license : null;
        let licenseVotes;
        if (usages.length > 1) {
            licenseVotes = new Map();
            for (const u of usages)
                if (u.license)
                    licenseVotes.set(u.license, (licenseVotes.get(u.license) ?? 0) + 1);
            let best = 0;
            for (const [l, n] of licenseVotes) {
                if (n > best || (n === best && license !== null && cmp(l, license) < 0)) {
                    license = l;
                    best = n;
                }
            }
        }
        let category = 'unknown';
        if (license) {
            category = categoryCache.get(license) ?? opts.categoryOf(license);
            categoryCache.set(license, category);
        }
        byStatus[status]++;
        byCategory[category]++;
        const model = {
            id: mb.id,
            license,
            category,
            status,
            statuses,
            repositories: usages.length,
            declared_in: declaredIn,
            revisions: mb.revisions ? [...mb.revisions].sort(cmp) : [],
            usages,
        };
        if (mb.kind)
            model.kind = mb.kind;
        if (mb.publisher)
            model.publisher = mb.publisher;
        if (licenseVotes && licenseVotes.size > 1)
            model.licenses = [...licenseVotes.keys()].sort(cmp);
        out.push(model);
    }
    const keyed = out.map((m) => ({ m, key: m.id.toLowerCase() }));
    keyed.sort((a, b) => RANK[a.m.status] - RANK[b.m.status] ||
        b.m.repositories - a.m.repositories ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : a.m.id < b.m.id ? -1 : a.m.id > b.m.id ? 1 : 0));
    const sorted = keyed.map((k) => k.m);
    const repositories = [...repos.values()]
        .sort((a, b) => cmp(a.name, b.name))
        .map(({ policySet, key: _key, usageOf: _usageOf, ...r }) => ({ ...r, policies: [...policySet].sort(cmp) }));
    for (const r of repositories) {
        if (r.reports.length > 1)
            warnings.push(`${r.name}: ${r.reports.length} reports (${r.reports.join(', ')}) merged into one repository`);
        if (r.not_scanned > 0)
            warnings.push(`${r.name}: ${r.not_scanned} file${r.not_scanned === 1 ? ' was' : 's were'} not scanned (see its report's not_scanned)`);
    }
    const missing = [];
    const seenExpected = new Set();
    for (const name of opts.expected ?? []) {
        const key = name.toLowerCase();
        if (seenExpected.has(key))
            continue;
        seenExpected.add(key);
        if (!repos.has(key))
            missing.push(name);
    }
    missing.sort(cmp);
    if (missing.length) {
        const shown = missing.slice(0, 20).join(', ');
        warnings.unshift(`${missing.length} expected ${missing.length === 1 ? 'repository has' : 'repositories have'} no report (not checked: their models are not in this inventory): ${shown}${missing.length > 20 ? ', …' : ''}`);
    }
    return {
        version: 1,
        generated_at: (opts.now ?? new Date()).toISOString(),
        tool: { name: 'model-gate', version: opts.toolVersion },
        policies: [...policies].sort(cmp),
        summary: {
            repositories: repositories.length,
            missing: missing.length,
            models: out.length,
            usages: usageCount,
            by_status: byStatus,
            by_category: byCategory,
            verdicts: {
                pass: repositories.filter((r) => r.verdict === 'pass').length,
                fail: repositories.filter((r) => r.verdict === 'fail').length,
            },
        },
        models: sorted,
        repositories,
        missing,
        warnings,
    };
}

;// CONCATENATED MODULE: ./src/inventory/matrix.ts
/** GitHub's limit on the jobs one matrix generates per workflow run. */
const MATRIX_MAX_JOBS = 256;
/** Repositories listed at most (1,000 pages of 100). */
const MAX_REPOSITORIES = 100_000;
/** A job's outputs may hold 1 MB in all: the matrix must stay under it. */
const MATRIX_MAX_BYTES = 900_000;
/** Which repositories to check: archived and forked ones only when asked, disabled ones never; sorted. */
function selectRepositories(all, opts = {}) {
    const skipped = { archived: 0, forks: 0, disabled: 0 };
    const repositories = [];
    const seen = new Set();
    for (const r of all) {
        if (r.disabled)
            skipped.disabled++;
        else if (r.archived && !opts.includeArchived)
            skipped.archived++;
        else if (r.fork && !opts.includeForks)
            skipped.forks++;
        else if (!seen.has(r.full_name.toLowerCase())) {
            seen.add(r.full_name.toLowerCase());
            repositories.push(r.full_name);
        }
    }
    repositories.sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
    return { repositories, skipped };
}
/** Split the repositories into at most `maxJobs` shards whose sizes differ by at most one. */
function shardMatrix(repositories, maxJobs = MATRIX_MAX_JOBS) {
    if (!Number.isInteger(maxJobs) || maxJobs < 1 || maxJobs > MATRIX_MAX_JOBS) {
        throw new RangeError(`the number of jobs must be an integer from 1 to ${MATRIX_MAX_JOBS}, not ${maxJobs}`);
    }
    for (const r of repositories) {
        if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(r))
            throw new RangeError(`not a repository name: ${JSON.stringify(r).slice(0, 80)}`);
    }
    const n = repositories.length;
    const jobs = Math.min(n, maxJobs);
    const include = [];
    const base = jobs ? Math.floor(n / jobs) : 0;
    const extra = jobs ? n % jobs : 0;
    let at = 0;
    for (let i = 0; i < jobs; i++) {
        const size = base + (i < extra ? 1 : 0);
        include.push({ shard: i + 1, repos: repositories.slice(at, at + size).join(' ') });
        at += size;
    }
    return { include };
}
/** List the owner's repositories, select them and shard them. */
async function orgMatrix(api, owner, opts = {}) {
    const listing = await api.listRepositories(owner, MAX_REPOSITORIES);
    if (listing.truncated) {
        throw new RangeError(`${owner} has more than ${MAX_REPOSITORIES.toLocaleString('en-US')} repositories; run one inventory per group of repositories`);
    }
    const selection = selectRepositories(listing.items, opts);
    const matrix = shardMatrix(selection.repositories, opts.maxJobs ?? MATRIX_MAX_JOBS);
    const bytes = Buffer.byteLength(JSON.stringify(matrix));
    if (bytes > MATRIX_MAX_BYTES) {
        throw new RangeError(`the matrix of ${selection.repositories.length} repositories is ${bytes} bytes, more than a job's outputs may hold; run one inventory per group of repositories`);
    }
    return { ...selection, matrix };
}

;// CONCATENATED MODULE: ./src/inventory/csv.ts
/**
 * The inventory as CSV (RFC 4180): one row per model and repository that uses it. Fields with a comma, quote or
 * line break are quoted (quotes doubled), lines end in CRLF, and a cell that a spreadsheet would read as a
 * formula (starting with `=`, `+`, `-`, `@`, or a tab or carriage return) is prefixed with `'`.
 */

const CSV_COLUMNS = [
    'model',
    'license',
    'category',
    'status',
    'model_status',
    'repository',
    'declared',
    'revision',
    'rules',
    'locations',
    'url',
    'purpose',
];
/** One cell: formula-looking text neutralised, then quoted when it must be. */
function csvCell(value) {
    let s = value === null || value === undefined ? '' : String(value);
    if (!NEEDS_CARE.test(s))
        return s;
    if (/^[=+\-@\t\r]/.test(s))
        s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const NEEDS_CARE = /^[=+\-@\t\r]|[",\r\n]/;
function renderInventoryCsv(inv) {
    const lines = [CSV_COLUMNS.join(',')];
    const repos = new Map(inv.repositories.map((r) => [r.name.toLowerCase(), r]));
    for (const m of inv.models) {
        for (const u of m.usages) {
            const repo = repos.get(u.repository.toLowerCase());
            const first = u.locations[0];
            const locations = u.locations.map((l) => `${l.path}:${l.line}`).join('; ') +
                (u.locations_omitted ? `; +${u.locations_omitted} more` : '');
            lines.push([
                m.id,
                u.license ?? m.license ?? 'unknown',
                m.category,
                u.status,
                m.status,
                u.repository,
                u.declared ? 'yes' : 'no',
                u.revision,
                u.rules.join(' '),
                locations,
                first ? blobUrl(repo?.url, repo?.commit, first.path, first.line) : undefined,
                u.purpose,
            ]
                .map(csvCell)
                .join(','));
        }
    }
    return lines.join('\r\n') + '\r\n';
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/inventory/html.ts
/**
 * The inventory as ONE self-contained static page: no network, nothing to install, inline CSS and JS allowed by
 * hash in a strict Content-Security-Policy. The tables are drawn by the page's script from an inline JSON block
 * (text inserted with `textContent`, never as HTML); the charts are inline SVG drawn here.
 *
 * Every text that comes from a report (ids, licenses, paths, purposes, repository and policy names) is escaped
 * for where it lands: HTML text and attributes (`escapeHtml`) and the inline JSON (`jsonForScript`: `<`, `>`,
 * `&`, U+2028 and U+2029 as `\u` escapes, so nothing in it can close the script element).
 */




function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
/** JSON that is safe inside `<script type="application/json">`. */
function jsonForScript(value) {
    return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function sha256(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('base64');
}
const STATUS_COLOR = {
    blocked: 'st-blocked',
    waived: 'st-waived',
    warning: 'st-warning',
    allowed: 'st-allowed',
};
/** A horizontal bar chart as inline SVG (labels escaped; no script, no style attribute). */
function barChart(title, id, rows) {
    const rowH = 24;
    const labelW = 130;
    const barW = 260;
    const width = labelW + barW + 60;
    const height = rows.length * rowH + 8;
    const max = Math.max(1, ...rows.map((r) => r.value));
    const bars = rows
        .map((r, i) => {
        const y = 4 + i * rowH;
        const w = r.value === 0 ? 0 : Math.max(2, Math.round((r.value / max) * barW));
        return (`<text x="${labelW - 8}" y="${y + 16}" text-anchor="end" class="lbl">${escapeHtml(r.label)}</text>` +
            `<rect x="${labelW}" y="${y + 3}" width="${w}" height="${rowH - 8}" rx="3" class="bar ${r.cls}"><title>${escapeHtml(`${r.label}: ${r.value}`)}</title></rect>` +
            `<text x="${labelW + w + 6}" y="${y + 16}" class="val">${r.value}</text>`);
    })
        .join('');
    return `<figure class="chart"><figcaption id="${id}">${escapeHtml(title)}</figcaption><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${bars}</svg></figure>`;
}
const CSS = `
:root{color-scheme:light dark;--fg:#1f2328;--muted:#59636e;--bg:#fff;--line:#d1d9e0;--head:#f6f8fa;--link:#0969da}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9198a1;--bg:#0d1117;--line:#3d444d;--head:#151b23;--link:#4493f8}}
*{box-sizing:border-box}
body{margin:0;padding:24px;font:14px/1.45 -apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif;color:var(--fg);background:var(--bg)}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px}
a{color:var(--link)}
.muted{color:var(--muted)}
.warnings{border-left:4px solid #d29922;padding:6px 12px;margin:12px 0;background:var(--head)}
.warnings li{margin:2px 0}
.charts{display:flex;flex-wrap:wrap;gap:24px;margin:16px 0}
.chart{margin:0}.chart figcaption{font-weight:600;margin-bottom:4px}
.chart .lbl,.chart .val{font-size:12px;fill:var(--fg)}
.bar{fill:#8c959f}.st-blocked{fill:#cf222e}.st-waived{fill:#bf8700}.st-warning{fill:#d29922}.st-allowed{fill:#1a7f37}
.cat-permissive{fill:#1a7f37}.cat-copyleft{fill:#0969da}.cat-open-rail{fill:#8250df}.cat-community{fill:#bf8700}.cat-non-commercial{fill:#cf222e}.cat-research-only{fill:#a40e26}.cat-proprietary{fill:#6e7781}.cat-unknown{fill:#8c959f}
.filters{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:8px 0}
.filters input,.filters select{font:inherit;padding:4px 8px;border:1px solid var(--line);border-radius:6px;background:var(--bg);color:var(--fg)}
.filters input{min-width:280px}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
th{background:var(--head);position:sticky;top:0;cursor:pointer;user-select:none;white-space:nowrap}
th[aria-sort=ascending]::after{content:" \\25B2"}th[aria-sort=descending]::after{content:" \\25BC"}
td.num,th.num{text-align:right}
td.id{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;word-break:break-all}
.badge{display:inline-block;padding:0 7px;border-radius:10px;font-size:12px;font-weight:600;color:#fff;white-space:nowrap}
.b-blocked{background:#cf222e}.b-waived{background:#9a6700}.b-warning{background:#bc4c00}.b-allowed{background:#1a7f37}.b-fail{background:#cf222e}.b-pass{background:#1a7f37}
button.toggle{border:0;background:none;color:var(--link);cursor:pointer;font:inherit;padding:0 4px 0 0}
tr.detail>td{background:var(--head);padding:6px 8px 10px 28px}
tr.detail table td,tr.detail table th{border-bottom:1px solid var(--line);padding:3px 6px;position:static;cursor:default}
tr.detail ul{margin:0;padding-left:16px}
code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12px}
footer{margin-top:32px;font-size:12px}
`;
/** The page's script. A constant: its hash goes into the CSP. It reads the data block and draws the tables. */
const JS = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('inventory-data').textContent);
  var RANK = { blocked: 0, waived: 1, warning: 2, allowed: 3 };
  var repos = data.repos;
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function link(href, text) {
    var a = el('a', null, text);
    if (/^https?:\\/\\//i.test(href)) { a.href = href; a.rel = 'noopener noreferrer'; }
    return a;
  }
  function badge(s) { return el('span', 'badge b-' + s, s); }
  function td(cls, text) { return el('td', cls, text); }
  function blob(repo, path, line) {
    return repo.b + path.split('/').map(encodeURIComponent).join('/') + '#L' + line;
  }

  function sorter(table, rows, keys, onSorted) {
    var ths = table.querySelectorAll('thead th');
    var current = null;
    function apply(key, dir) {
      var get = keys[key];
      rows.sort(function (a, b) {
        var x = get(a), y = get(b);
        var c = typeof x === 'number' ? x - y : String(x).localeCompare(String(y));
        return c * dir || a.order - b.order;
      });
      for (var i = 0; i < ths.length; i++) {
        if (ths[i].getAttribute('data-key') === key) ths[i].setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
        else ths[i].removeAttribute('aria-sort');
      }
      current = { key: key, dir: dir };
      onSorted();
    }
    for (var i = 0; i < ths.length; i++) {
      (function (th) {
        var key = th.getAttribute('data-key');
        if (!key || !keys[key]) return;
        th.tabIndex = 0;
        function go() { apply(key, current && current.key === key ? -current.dir : (th.getAttribute('data-dir') === 'desc' ? -1 : 1)); }
        th.addEventListener('click', go);
        th.addEventListener('keydown', function (ev) { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); go(); } });
      })(ths[i]);
    }
  }

  function detailRow(m) {
    var tr = el('tr', 'detail');
    var cell = el('td');
    cell.colSpan = 7;
    var t = el('table');
    var head = el('tr');
    ['Repository', 'Status', 'Declared', 'Revision', 'Rules', 'Where'].forEach(function (h) { head.appendChild(el('th', null, h)); });
    var thead = el('thead'); thead.appendChild(head); t.appendChild(thead);
    var body = el('tbody');
    m.u.forEach(function (u) {
      var repo = repos[u[0]];
      var row = el('tr', 'usage');
      var name = td();
      if (repo.u) name.appendChild(link(repo.u, repo.n)); else name.textContent = repo.n;
      row.appendChild(name);
      var st = td(); st.appendChild(badge(u[1])); row.appendChild(st);
      row.appendChild(td(null, u[2] ? 'yes' : 'no'));
      row.appendChild(td('id', u[3] || ''));
      row.appendChild(td(null, (u[6] || []).join(' ')));
      var where = td();
      var ul = el('ul');
      u[4].forEach(function (l) {
        var li = el('li');
        var label = l[0] + ':' + l[1];
        if (l[2] && repo.b) li.appendChild(link(blob(repo, l[0], l[1]), label)); else li.appendChild(el('code', null, label));
        ul.appendChild(li);
      });
      if (u[5]) ul.appendChild(el('li', 'muted', '+' + u[5] + ' more'));
      where.appendChild(ul);
      row.appendChild(where);
      body.appendChild(row);
    });
    t.appendChild(body);
    cell.appendChild(t);
    tr.appendChild(cell);
    return tr;
  }

  // Models.
  var mt = document.getElementById('models');
  var mbody = mt.querySelector('tbody');
  var rows = data.models.map(function (m, i) {
    var tr = el('tr', 'model');
    var idCell = td('id');
    var btn = el('button', 'toggle', '\\u25B8');
    btn.type = 'button';
    btn.setAttribute('aria-expanded', 'false');
    btn.setAttribute('aria-label', 'Show the repositories that use it');
    idCell.appendChild(btn);
    idCell.appendChild(el('span', 'model-id', m.i));
    tr.appendChild(idCell);
    tr.appendChild(td(null, m.l === null ? 'unknown' : m.l + (m.L ? ' (also ' + m.L.filter(function (x) { return x !== m.l; }).join(', ') + ')' : '')));
    tr.appendChild(td(null, m.c));
    var st = td(); st.appendChild(badge(m.s)); tr.appendChild(st);
    tr.appendChild(td('num', m.r));
    tr.appendChild(td('num', m.d + '/' + m.r));
    tr.appendChild(td('id', m.v.join(', ')));
    var row = { m: m, tr: tr, detail: null, order: i, hay: (m.i + ' ' + (m.l || 'unknown') + ' ' + (m.L || []).join(' ') + ' ' + m.c + ' ' + m.s + ' ' + m.u.map(function (u) { return repos[u[0]].n; }).join(' ')).toLowerCase() };
    btn.addEventListener('click', function () {
      var open = btn.getAttribute('aria-expanded') !== 'true';
      btn.setAttribute('aria-expanded', open ? 'true' : 'false');
      btn.textContent = open ? '\\u25BE' : '\\u25B8';
      if (open && !row.detail) { row.detail = detailRow(m); tr.parentNode.insertBefore(row.detail, tr.nextSibling); }
      if (row.detail) row.detail.hidden = !open || tr.hidden;
    });
    return row;
  });
  function drawModels() {
    var frag = document.createDocumentFragment();
    rows.forEach(function (r) { frag.appendChild(r.tr); if (r.detail) frag.appendChild(r.detail); });
    mbody.appendChild(frag);
  }
  var q = document.getElementById('filter');
  var fs = document.getElementById('filter-status');
  var fc = document.getElementById('filter-category');
  var count = document.getElementById('count');
  function filter() {
    var words = q.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var s = fs.value, c = fc.value, shown = 0;
    rows.forEach(function (r) {
      var ok = (!s || r.m.s === s) && (!c || r.m.c === c) && words.every(function (w) { return r.hay.indexOf(w) !== -1; });
      r.tr.hidden = !ok;
      if (r.detail) r.detail.hidden = !ok || r.tr.querySelector('button').getAttribute('aria-expanded') !== 'true';
      if (ok) shown++;
    });
    count.textContent = shown + ' of ' + rows.length + ' models';
  }
  sorter(mt, rows, {
    id: function (r) { return r.m.i.toLowerCase(); },
    license: function (r) { return (r.m.l || '\\uffff').toLowerCase(); },
    category: function (r) { return r.m.c; },
    status: function (r) { return RANK[r.m.s]; },
    repositories: function (r) { return r.m.r; },
    declared: function (r) { return r.m.r ? r.m.d / r.m.r : 0; },
    revisions: function (r) { return r.m.v.length; }
  }, drawModels);
  drawModels();
  [q, fs, fc].forEach(function (x) { x.addEventListener('input', filter); x.addEventListener('change', filter); });
  filter();

  // Repositories.
  var rt = document.getElementById('repos');
  var rbody = rt.querySelector('tbody');
  var rrows = repos.map(function (r, i) {
    var tr = el('tr', 'repo');
    var name = td();
    if (r.u) name.appendChild(link(r.u, r.n)); else name.textContent = r.n;
    tr.appendChild(name);
    var v = td(); v.appendChild(badge(r.v)); tr.appendChild(v);
    tr.appendChild(td('num', r.m));
    r.k.forEach(function (n) { tr.appendChild(td('num', n)); });
    tr.appendChild(td('num', r.x));
    return { r: r, tr: tr, order: i };
  });
  function drawRepos() {
    var frag = document.createDocumentFragment();
    rrows.forEach(function (x) { frag.appendChild(x.tr); });
    rbody.appendChild(frag);
  }
  sorter(rt, rrows, {
    name: function (x) { return x.r.n.toLowerCase(); },
    verdict: function (x) { return x.r.v; },
    models: function (x) { return x.r.m; },
    blocked: function (x) { return x.r.k[0]; },
    waived: function (x) { return x.r.k[1]; },
    warning: function (x) { return x.r.k[2]; },
    allowed: function (x) { return x.r.k[3]; },
    not_scanned: function (x) { return x.r.x; }
  }, drawRepos);
  drawRepos();
  document.documentElement.setAttribute('data-ready', 'true');
})();
`;
/** The compact data the page's script reads. */
function pageData(inv) {
    const index = new Map();
    const repos = inv.repositories.map((r, i) => {
        index.set(r.name.toLowerCase(), i);
        return {
            n: r.name,
            u: r.url ?? null,
            /** Prefix of the links to files (`…/blob/SHA/`), when the repository's address is known. */
            b: r.url ? `${r.url}/blob/${r.commit ?? 'HEAD'}/` : null,
            v: r.verdict,
            m: r.models,
            k: [r.counts.blocked, r.counts.waived, r.counts.warning, r.counts.allowed],
            x: r.not_scanned,
        };
    });
    const models = inv.models.map((m) => ({
        i: m.id,
        l: m.license,
        ...(m.licenses ? { L: m.licenses } : {}),
        c: m.category,
        s: m.status,
        r: m.repositories,
        d: m.declared_in,
        v: m.revisions,
        u: m.usages.map((u) => {
            const repo = inv.repositories[index.get(u.repository.toLowerCase()) ?? -1];
            const linkable = !!repo?.url;
            return [
                index.get(u.repository.toLowerCase()) ?? 0,
                u.status,
                u.declared ? 1 : 0,
                u.revision ?? null,
                u.locations.map((l) => [l.path, l.line, linkable && encodePath(l.path) !== undefined ? 1 : 0]),
                u.locations_omitted ?? 0,
                u.rules,
            ];
        }),
    }));
    return { repos, models };
}
function renderInventoryHtml(inv, opts = {}) {
    const title = opts.title ?? 'Model inventory';
    const s = inv.summary;
    const csp = [
        "default-src 'none'",
        `script-src 'sha256-${sha256(JS)}'`,
        `style-src 'sha256-${sha256(CSS)}'`,
        'img-src data:',
        "base-uri 'none'",
        "form-action 'none'",
    ].join('; ');
    const statusChart = barChart('Models by status', 'chart-status', STATUS_ORDER.map((st) => ({ label: st, value: s.by_status[st], cls: STATUS_COLOR[st] })));
    const categoryChart = barChart('Models by license category', 'chart-category', types/* LICENSE_CATEGORIES */.l.map((c) => ({ label: c, value: s.by_category[c], cls: `cat-${c}` })));
    const policies = inv.policies.length
        ? ` · ${inv.policies.length === 1 ? 'policy' : 'policies'} ${inv.policies.map((p) => `<code>${escapeHtml(p)}</code>`).join(', ')}`
        : '';
    const warnings = inv.warnings.length
        ? `<section class="warnings" id="warnings"><strong>Warnings</strong><ul>${inv.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul></section>`
        : '';
    const missing = inv.missing.length
        ? `<section id="missing"><h2>Not checked (${inv.missing.length})</h2><p class="muted">These repositories were listed but have no report: their models are not counted above.</p><p>${inv.missing.map((n) => `<code>${escapeHtml(n)}</code>`).join(', ')}</p></section>`
        : '';
    const options = (values) => values.map((v) => `<option value="${escapeHtml(v)}">${escapeHtml(v)}</option>`).join('');
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="model-gate ${escapeHtml(inv.tool.version)}">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="muted"><strong>${s.models}</strong> models in <strong>${s.repositories}</strong> repositories (${s.usages} uses; ${s.verdicts.fail} failing, ${s.verdicts.pass} passing)${policies} · generated ${escapeHtml(inv.generated_at)} by model-gate ${escapeHtml(inv.tool.version)}</p>
</header>
${warnings}
<section class="charts">${categoryChart}${statusChart}</section>
<section>
<h2>Models</h2>
<noscript><p>The tables need JavaScript; the JSON and CSV inventories hold the same data.</p></noscript>
<div class="filters">
<input id="filter" type="search" placeholder="Filter by model, license, repository…" aria-label="Filter models">
<select id="filter-status" aria-label="Status"><option value="">any status</option>${options(STATUS_ORDER)}</select>
<select id="filter-category" aria-label="License category"><option value="">any category</option>${options(types/* LICENSE_CATEGORIES */.l)}</select>
<span id="count" class="muted" aria-live="polite"></span>
</div>
<table id="models">
<thead><tr><th data-key="id">Model</th><th data-key="license">License</th><th data-key="category">Category</th><th data-key="status">Status</th><th data-key="repositories" data-dir="desc" class="num">Repositories</th><th data-key="declared" class="num">Declared</th><th data-key="revisions" data-dir="desc">Pinned revisions</th></tr></thead>
<tbody></tbody>
</table>
</section>
<section>
<h2>Repositories</h2>
<table id="repos">
<thead><tr><th data-key="name">Repository</th><th data-key="verdict">Verdict</th><th data-key="models" data-dir="desc" class="num">Models</th><th data-key="blocked" data-dir="desc" class="num">Blocked</th><th data-key="waived" data-dir="desc" class="num">Waived</th><th data-key="warning" data-dir="desc" class="num">Warning</th><th data-key="allowed" data-dir="desc" class="num">Allowed</th><th data-key="not_scanned" data-dir="desc" class="num">Not scanned</th></tr></thead>
<tbody></tbody>
</table>
</section>
${missing}
<footer class="muted">model-gate inventory · version ${inv.version}</footer>
<script type="application/json" id="inventory-data">${jsonForScript(pageData(inv))}</script>
<script>${JS}</script>
</body>
</html>
`;
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/inventory/markdown.ts
/**
 * The inventory in GitHub Markdown: the job summary and the issue kept up to date. It fits a length budget
 * (an issue body holds 65,536 characters): when the tables do not fit, rows are dropped from the end (the least
 * severe, least used models) and a notice says how many and where the rest is.
 */


/** Leaves room under GitHub's 65,536 for the issue's hidden marker. */
const INVENTORY_MARKDOWN_MAX = 65_000;
const LABEL = {
    blocked: '❌ blocked',
    waived: '🟡 waived',
    warning: '⚠️ warning',
    allowed: '✅ allowed',
};
const CELL = 120;
function cut(s, n = CELL) {
    return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
function code(s) {
    return (0,markdown/* codeText */.ph)(cut(s));
}
function plural(n, word, many = `${word}s`) {
    return `${n.toLocaleString('en-US')} ${n === 1 ? word : many}`;
}
function statusCell(m) {
    const present = STATUS_ORDER.filter((s) => m.statuses[s] > 0);
    if (present.length <= 1)
        return LABEL[m.status];
    return `${LABEL[m.status]} (${present.map((s) => `${s} in ${m.statuses[s]}`).join(', ')})`;
}
function reposCell(m) {
    const shown = m.usages.slice(0, 3).map((u) => code(u.repository));
    const more = m.usages.length - shown.length;
    return `${m.repositories}: ${shown.join(', ')}${more > 0 ? ` +${more}` : ''}`;
}
function licenseCell(m) {
    if (!m.license)
        return 'unknown';
    const others = (m.licenses ?? []).filter((l) => l !== m.license);
    return `${code(m.license)}${others.length
        ? ` (also ${others
            .slice(0, 2)
            .map((l) => code(l))
            .join(', ')}${others.length > 2 ? ', …' : ''})`
        : ''}`;
}
function modelRow(m) {
    const revisions = m.revisions.length
        ? `${m.revisions
            .slice(0, 2)
            .map((r) => code(r.length > 12 && /^[0-9a-f]+$/i.test(r) ? r.slice(0, 12) : r))
            .join(', ')}${m.revisions.length > 2 ? ` +${m.revisions.length - 2}` : ''}`
        : 'none';
    return `| ${code(m.id)} | ${licenseCell(m)} | ${m.category} | ${statusCell(m)} | ${reposCell(m)} | ${m.declared_in}/${m.repositories} | ${revisions} |`;
}
function repoRow(r) {
    const name = r.url && /^https?:\/\//.test(r.url) ? `[${code(r.name)}](${encodeURI(r.url)})` : code(r.name);
    const c = r.counts;
    return `| ${name} | ${r.verdict === 'fail' ? '❌ fail' : '✅ pass'} | ${r.models} | ${c.blocked} | ${c.waived} | ${c.warning} | ${c.allowed} |${r.not_scanned ? ` ${r.not_scanned}` : ' 0'} |`;
}
function renderInventoryMarkdown(inv, opts = {}) {
    const max = opts.maxLength ?? INVENTORY_MARKDOWN_MAX;
    const s = inv.summary;
    const head = [];
    head.push(`## ${(0,markdown/* escapeText */.X1)(opts.title ?? 'Model inventory')}`, '');
    const policies = inv.policies.length
        ? `; ${inv.policies.length === 1 ? 'policy' : 'policies'} ${inv.policies
            .slice(0, 5)
            .map((p) => code(p))
            .join(', ')}${inv.policies.length > 5 ? ', …' : ''}`
        : '';
    head.push(`**${plural(s.models, 'model')}** in **${plural(s.repositories, 'repository', 'repositories')}** (${plural(s.usages, 'use')})${policies}. Generated ${inv.generated_at.slice(0, 16).replace('T', ' ')} UTC by model-gate ${(0,markdown/* escapeText */.X1)(inv.tool.version)}.`, '');
    if (inv.warnings.length) {
        head.push('> [!WARNING]');
        for (const w of inv.warnings.slice(0, 10))
            head.push(`> - ${(0,markdown/* escapeText */.X1)(cut(w, 400))}`);
        if (inv.warnings.length > 10)
            head.push(`> - … ${plural(inv.warnings.length - 10, 'more warning')} in the JSON inventory`);
        head.push('');
    }
    head.push('| Status | Models |', '| --- | ---: |');
    for (const st of STATUS_ORDER)
        head.push(`| ${LABEL[st]} | ${s.by_status[st]} |`);
    head.push('', '| License category | Models |', '| --- | ---: |');
    for (const [cat, n] of Object.entries(s.by_category))
        if (n > 0)
            head.push(`| ${cat} | ${n} |`);
    head.push('');
    const modelsHead = [
        '### Models',
        '',
        '| Model | License | Category | Status | Repositories | Declared | Pinned revisions |',
        '| --- | --- | --- | --- | --- | ---: | --- |',
    ];
    const reposHead = [
        '',
        '### Repositories',
        '',
        '| Repository | Verdict | Models | Blocked | Waived | Warning | Allowed | Not scanned |',
        '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ];
    const missingLines = inv.missing.length
        ? [
            '',
            `### Not checked (${inv.missing.length})`,
            '',
            inv.missing
                .slice(0, 50)
                .map((n) => code(n))
                .join(', ') + (inv.missing.length > 50 ? `, … (${inv.missing.length - 50} more)` : ''),
            '',
        ]
        : [];
    const len = (lines) => lines.reduce((n, l) => n + l.length + 1, 0);
    const fixed = len(head) + len(modelsHead) + len(reposHead) + len(missingLines);
    const noteRoom = 400;
    const avail = max - fixed - noteRoom;
    // Rows are made only while they can fit (an organisation may have tens of thousands of models).
    const take = (items, row, budget) => {
        const rows = [];
        let size = 0;
        for (const item of items) {
            const r = row(item);
            if (size + r.length + 1 > budget)
                break;
            rows.push(r);
            size += r.length + 1;
        }
        return { rows, size };
    };
    let models = take(inv.models, modelRow, max - fixed);
    let repos = take(inv.repositories, repoRow, max - fixed);
    let note = '';
    if (models.rows.length < inv.models.length ||
        repos.rows.length < inv.repositories.length ||
        models.size + repos.size > max - fixed) {
        // Repositories get up to 30% of the room, models the rest (and what the repositories leave).
        const repoShare = Math.min(repos.size, Math.floor(avail * 0.3));
        models = take(inv.models, modelRow, avail - repoShare);
        repos = take(inv.repositories, repoRow, avail - models.size);
        const parts = [];
        if (models.rows.length < inv.models.length)
            parts.push(`${plural(inv.models.length - models.rows.length, 'model')} (the least severe, least used)`);
        if (repos.rows.length < inv.repositories.length)
            parts.push(plural(inv.repositories.length - repos.rows.length, 'repository', 'repositories'));
        const where = opts.fullUrl
            ? `[the complete inventory](${encodeURI(opts.fullUrl)})`
            : 'the complete inventory (HTML, CSV and JSON)';
        note = `> [!NOTE]\n> Cut to fit: ${parts.join(' and ')} not shown here; see ${where}.`;
    }
    const out = [
        ...head,
        ...modelsHead,
        ...(models.rows.length ? models.rows : ['| (no model found) | | | | | | |']),
        ...reposHead,
        ...(repos.rows.length ? repos.rows : ['| (no repository) | | | | | | | |']),
        ...missingLines,
    ];
    if (note)
        out.push('', note);
    let text = out.join('\n') + '\n';
    if (text.length > max)
        text = text.slice(0, Math.max(0, max - 2)).replace(/\n[^\n]*$/, '') + '\n…\n';
    return text;
}

;// CONCATENATED MODULE: ./src/inventory/render.ts



const INVENTORY_FORMATS = ['markdown', 'csv', 'html', 'json'];
/** The inventory in one of its formats (JSON: schemas/inventory.schema.json). */
function renderInventory(inv, format, opts = {}) {
    switch (format) {
        case 'json':
            // Compact: an organisation's inventory runs to tens of megabytes; pretty-printing doubles it.
            return JSON.stringify(inv) + '\n';
        case 'csv':
            return renderInventoryCsv(inv);
        case 'html':
            return renderInventoryHtml(inv, { title: opts.title });
        default:
            return renderInventoryMarkdown(inv, opts);
    }
}

// EXTERNAL MODULE: ./src/cli/inventory-help.ts
var inventory_help = __webpack_require__(2236);
;// CONCATENATED MODULE: ./src/cli/inventory.ts
/**
 * The inventory commands:
 *   model-gate inventory REPORT.json|DIR|'GLOB'... [--format markdown|csv|html|json] [--output FILE]
 *   model-gate org-matrix OWNER [--include-archived] [--include-forks] [--max-jobs N] [--output FILE] [--list FILE] [--github-output]
 *   model-gate inventory-issue INVENTORY.md --repo OWNER/REPO [--number N] [--title TITLE] [--author LOGIN] [--key KEY]
 */
















function usage(message) {
    throw new core_errors/* UserError */.yo({ message: `model-gate: ${message}` });
}
/** GitHub's failures as one line that says what to do. */
function gitHubFailure(e, what) {
    if (e instanceof api/* GitHubError */.y_) {
        const hint = e.network
            ? 'check the network and GITHUB_API_URL'
            : e.status === 401
                ? 'the token is missing or invalid: set GITHUB_TOKEN'
                : e.status === 403
                    ? 'the token may not do this: see docs/inventory.md for the permissions it needs'
                    : e.status === 404
                        ? 'check the name, and that the token can see it'
                        : 'try again later';
        usage(`${what}: ${e.message}; ${hint}`);
    }
    if (e instanceof IssueError || e instanceof RangeError)
        usage(`${what}: ${e.message}`);
    throw e;
}
function writeOut(file, text, io) {
    const out = (0,external_node_path_.resolve)(io.cwd, file);
    try {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(out), { recursive: true });
        (0,external_node_fs_.writeFileSync)(out, text);
    }
    catch (e) {
        const code = e.code;
        usage(`--output ${file}: cannot write it (${code === 'EISDIR' ? 'it is a folder; give a file name' : code === 'EACCES' ? 'permission denied' : e.message})`);
    }
}
function readText(file, io, what) {
    try {
        return (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(io.cwd, file), 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new core_errors/* UserError */.yo({
            path: file,
            message: `cannot read the ${what} (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (code ?? e.message)})`,
        });
    }
}
/** The time the inventory says it was made: SOURCE_DATE_EPOCH when set (reproducible output), else now. */
function generatedAt(env) {
    const epoch = env.SOURCE_DATE_EPOCH;
    if (epoch && /^\d+$/.test(epoch))
        return new Date(Number(epoch) * 1000);
    return new Date();
}
/** The GitHub Actions run's page (where the workflow uploads the complete inventory), when in a run. */
function runUrl(env) {
    const server = env.GITHUB_SERVER_URL;
    const repo = env.GITHUB_REPOSITORY;
    const id = env.GITHUB_RUN_ID;
    if (!server ||
        !repo ||
        !id ||
        !/^https?:\/\/[^\s/]+$/.test(server.replace(/\/+$/, '')) ||
        !/^[\w.-]+\/[\w.-]+$/.test(repo) ||
        !/^\d+$/.test(id))
        return undefined;
    return `${server.replace(/\/+$/, '')}/${repo}/actions/runs/${id}`;
}
async function cmdInventory(argv, io) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args: argv,
        allowPositionals: true,
        options: {
            format: { type: 'string', default: 'markdown' },
            output: { type: 'string' },
            expected: { type: 'string' },
            'repo-from-filename': { type: 'boolean', default: false },
            title: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help) {
        await io.stdout.write(inventory_help/* INVENTORY_HELP */.B.inventory + '\n');
        return 0;
    }
    const format = (0,suggest/* oneOfIgnoringCase */.NV)(values.format, INVENTORY_FORMATS);
    if (!format)
        usage((0,suggest/* notOneOf */.NR)('--format', values.format, INVENTORY_FORMATS));
    if (!positionals.length)
        usage('inventory takes one or more reports (files, folders or quoted globs); run model-gate inventory --help');
    let expected;
    if (values.expected) {
        expected = readText(values.expected, io, 'list of expected repositories')
            .split(/\r?\n/)
            .map((l) => l.trim())
            .filter((l) => l && !l.startsWith('#'));
    }
    // With the list of expected repositories, an empty folder is an inventory of nothing checked, not a mistake.
    const files = collectReportFiles(positionals, io.cwd, { allowEmptyFolders: expected !== undefined });
    const errors = [];
    const reports = iterateReports(files, errors, { nameFromFileName: values['repo-from-filename'], cwd: io.cwd });
    const inventory = mergeReports(reports, {
        categoryOf: licenseCategories(),
        expected,
        now: generatedAt(io.env),
        toolVersion: (0,version/* toolVersion */.f)(),
    });
    if (errors.length)
        throw new core_errors/* UserError */.yo(errors);
    for (const w of inventory.warnings)
        await io.stderr.write(`warning: ${w}\n`);
    const text = renderInventory(inventory, format, { title: values.title, fullUrl: runUrl(io.env) });
    if (values.output) {
        writeOut(values.output, text, io);
        const s = inventory.summary;
        await io.stdout.write(`inventory: ${s.models} models in ${s.repositories} repositories (${s.by_status.blocked} blocked, ${s.by_status.waived} waived, ${s.by_status.warning} with warnings, ${s.by_status.allowed} allowed${s.missing ? `; ${s.missing} not checked` : ''}) -> ${values.output} (${format}, ${Buffer.byteLength(text).toLocaleString('en-US')} bytes)\n`);
    }
    else {
        await io.stdout.write(text);
    }
    return 0;
}
async function cmdOrgMatrix(argv, io, api) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args: argv,
        allowPositionals: true,
        options: {
            'include-archived': { type: 'boolean', default: false },
            'include-forks': { type: 'boolean', default: false },
            'max-jobs': { type: 'string', default: String(MATRIX_MAX_JOBS) },
            output: { type: 'string' },
            list: { type: 'string' },
            'github-output': { type: 'boolean', default: false },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help) {
        await io.stdout.write(inventory_help/* INVENTORY_HELP */.B['org-matrix'] + '\n');
        return 0;
    }
    if (positionals.length !== 1)
        usage('org-matrix takes one OWNER (an organisation or user name)');
    const owner = positionals[0];
    if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(owner))
        usage(`"${owner.slice(0, 60)}" is not an organisation or user name`);
    const maxJobs = Number(values['max-jobs']);
    if (!/^\d+$/.test(values['max-jobs']) || maxJobs < 1 || maxJobs > MATRIX_MAX_JOBS)
        usage(`--max-jobs must be a whole number from 1 to ${MATRIX_MAX_JOBS}, not "${values['max-jobs']}"`);
    const outputFile = values['github-output'] ? io.env.GITHUB_OUTPUT : undefined;
    if (values['github-output'] && !outputFile)
        usage('--github-output: GITHUB_OUTPUT is not set (it is, in a GitHub Actions step)');
    let result;
    try {
        result = await orgMatrix(api ?? OctokitInventoryGitHub.fromEnv(io.env), owner, {
            includeArchived: values['include-archived'],
            includeForks: values['include-forks'],
            maxJobs,
        });
    }
    catch (e) {
        gitHubFailure(e, `listing the repositories of ${owner}`);
    }
    const json = JSON.stringify(result.matrix);
    const n = result.repositories.length;
    const jobs = result.matrix.include.length;
    if (values.list)
        writeOut(values.list, result.repositories.map((r) => r + '\n').join(''), io);
    if (values.output)
        writeOut(values.output, json + '\n', io);
    if (outputFile) {
        try {
            (0,external_node_fs_.appendFileSync)(outputFile, `matrix=${json}\nrepositories=${n}\njobs=${jobs}\n`);
        }
        catch (e) {
            usage(`--github-output: cannot write ${outputFile} (${e.message})`);
        }
    }
    const sk = result.skipped;
    const skipped = [
        sk.archived && `${sk.archived} archived`,
        sk.forks && `${sk.forks} forks`,
        sk.disabled && `${sk.disabled} disabled`,
    ]
        .filter(Boolean)
        .join(', ');
    const sizes = jobs ? `${Math.floor(n / jobs)}${n % jobs ? `-${Math.ceil(n / jobs)}` : ''} each` : 'none';
    const summary = `${owner}: ${n} repositories in ${jobs} job${jobs === 1 ? '' : 's'} (${sizes})${skipped ? `; skipped ${skipped}` : ''}\n`;
    if (values.output || outputFile)
        await io.stdout.write(summary);
    else {
        await io.stdout.write(json + '\n');
        await io.stderr.write(summary);
    }
    return 0;
}
async function cmdInventoryIssue(argv, io, api) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args: argv,
        allowPositionals: true,
        options: {
            repo: { type: 'string' },
            number: { type: 'string' },
            title: { type: 'string', default: 'Model inventory' },
            author: { type: 'string' },
            key: { type: 'string', default: 'inventory' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help) {
        await io.stdout.write(inventory_help/* INVENTORY_HELP */.B['inventory-issue'] + '\n');
        return 0;
    }
    if (positionals.length !== 1)
        usage('inventory-issue takes one Markdown file (model-gate inventory --format markdown --output FILE)');
    const m = /^([A-Za-z0-9-]+)\/([A-Za-z0-9_.-]+)$/.exec(values.repo ?? '');
    if (!m)
        usage(`--repo must be OWNER/REPO${values.repo ? `, not "${values.repo.slice(0, 80)}"` : ''}`);
    let number;
    if (values.number !== undefined && values.number !== '' && values.number !== '0') {
        if (!/^\d+$/.test(values.number))
            usage(`--number must be an issue number, not "${values.number.slice(0, 40)}"`);
        number = Number(values.number);
    }
    const markdown = readText(positionals[0], io, 'inventory');
    let result;
    try {
        result = await upsertInventoryIssue(api ?? OctokitInventoryGitHub.fromEnv(io.env), {
            repo: { owner: m[1], repo: m[2] },
            number,
            title: values.title.trim() || 'Model inventory',
            key: values.key,
            author: values.author || undefined,
        }, markdown.endsWith('\n') ? markdown : markdown + '\n');
    }
    catch (e) {
        gitHubFailure(e, `keeping the inventory on ${m[1]}/${m[2]}${number ? `#${number}` : ''}`);
    }
    await io.stdout.write(`${result.action} the inventory ${result.kind} on ${m[1]}/${m[2]}#${result.number}${result.url ? `: ${result.url}` : ''}\n`);
    return 0;
}


/***/ })

};

//# sourceMappingURL=92.index.js.map