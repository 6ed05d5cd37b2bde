export const id = 584;
export const ids = [584];
export const modules = {

/***/ 8943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dx: () => (/* binding */ connectionFailure),
/* harmony export */   TX: () => (/* binding */ isNetworkError),
/* harmony export */   c$: () => (/* binding */ networkDetail),
/* harmony export */   e0: () => (/* binding */ isGitHubError),
/* harmony export */   qH: () => (/* binding */ OctokitApi),
/* harmony export */   y_: () => (/* binding */ GitHubError)
/* harmony export */ });
/* unused harmony exports COMPARE_FILES_MAX, PULL_FILES_MAX, COMMENTS_MAX, isPermissionError */
/* harmony import */ var _fetch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6463);

/** The comparison API lists at most this many files. */
const COMPARE_FILES_MAX = 300;
/** The pull request files API lists at most this many files. */
const PULL_FILES_MAX = 3000;
/** Issue or review comments read from one pull request, at most. */
const COMMENTS_MAX = 5000;
/**
 * A failed GitHub request: `status` is the HTTP status, 0 when there is none (the request never got an answer, or
 * the answer was not what was asked for); `network` is set when the request never got an HTTP answer (DNS failure,
 * connection refused or reset, timeout).
 */
class GitHubError extends Error {
    status;
    route;
    /** The message without the route and status (GitHub's `message`, or the network error). */
    detail;
    network;
    /** A rate limit (429, or 403 with rate-limit headers): not a missing permission. */
    rateLimited;
    /** An answer that is not the API's (HTML page, empty, cut off, too large) or none in time. */
    badAnswer;
    constructor(status, route, message, opts = {}) {
        super(opts.network
            ? `${route}: could not reach the GitHub API (${message})`
            : `${route}: ${status && !opts.badAnswer ? `${status} ` : ''}${message}`);
        this.name = 'GitHubError';
        this.status = status;
        this.route = route;
        this.detail = message;
        this.network = Boolean(opts.network);
        this.rateLimited = Boolean(opts.rateLimited);
        this.badAnswer = Boolean(opts.badAnswer);
    }
}
/** Whether the token lacks a permission (401, or a 403 that is not a rate limit). */
function isPermissionError(e) {
    return e instanceof GitHubError && !e.rateLimited && (e.status === 403 || e.status === 401);
}
function isGitHubError(e, status) {
    return e instanceof GitHubError && (status === undefined || e.status === status);
}
/** Whether the request never got an HTTP answer (DNS, connection, timeout). */
function isNetworkError(e) {
    return e instanceof GitHubError && e.network;
}
/** A message of an error, or of the first of an AggregateError (a connection tried on several addresses). */
function ownMessage(e) {
    const x = e;
    if (typeof x?.message === 'string' && x.message.trim())
        return x.message.trim();
    if (Array.isArray(x?.errors) && x.errors.length > 0)
        return ownMessage(x.errors[0]);
    return typeof x?.code === 'string' ? x.code : '';
}
/**
 * Why a request got no answer: the innermost cause that says something (Octokit wraps fetch's `fetch failed`
 * TypeError, which wraps the socket's error, e.g. `getaddrinfo ENOTFOUND api.github.com`).
 */
function networkDetail(e) {
    const chain = [];
    let c = e;
    while (c && typeof c === 'object' && chain.length < 8) {
        chain.push(c);
        c = c.cause;
    }
    for (const link of chain.reverse()) {
        const m = ownMessage(link);
        if (m && m !== 'fetch failed' && m !== 'Unknown Error')
            return m;
    }
    return 'no answer';
}
/**
 * Codes of a request that could not connect at all: no address for the host, nothing listening, no route. Retrying
 * in seconds rarely helps (a machine offline, a wrong GITHUB_API_URL), so such a request fails at once; `EAI_AGAIN`
 * (the resolver did not answer in time) is tried once more. A reset or a timeout, after the connection was made, is
 * not among them: those are retried as 5xx answers are.
 */
const CONNECTION_FAILURES = new Set([
    'ENOTFOUND',
    'EAI_AGAIN',
    'ECONNREFUSED',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'EADDRNOTAVAIL',
]);
/** The code of a connection failure (`CONNECTION_FAILURES`) in an error's cause chain (and in an AggregateError's errors), if any. */
function connectionFailure(e) {
    const queue = [e];
    for (let i = 0; i < queue.length && i < 16; i++) {
        const c = queue[i];
        if (!c || typeof c !== 'object')
            continue;
        const code = c.code;
        if (typeof code === 'string' && CONNECTION_FAILURES.has(code))
            return code;
        queue.push(c.cause);
        const errors = c.errors;
        if (Array.isArray(errors))
            queue.push(...errors.slice(0, 4));
    }
    return undefined;
}
/** The guard's error (fetch.ts) in the cause chain of what Octokit threw. */
function answerErrorIn(e) {
    let c = e;
    for (let i = 0; i < 8 && c && typeof c === 'object'; i++) {
        if (c instanceof _fetch_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubAnswerError */ .cw)
            return c;
        c = c.cause;
    }
    return undefined;
}
function header(headers, name) {
    const h = headers;
    const v = h?.[name];
    return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}
/** "resets at 14:05 UTC" from `x-ratelimit-reset`, or "retry after 60 s" from `retry-after`. */
function rateLimitWhen(headers) {
    const after = header(headers, 'retry-after');
    if (after && /^\d+$/.test(after))
        return `retry after ${after} s`;
    const reset = header(headers, 'x-ratelimit-reset');
    if (reset && /^\d+$/.test(reset))
        return `resets at ${new Date(Number(reset) * 1000).toISOString().slice(11, 16)} UTC`;
    return 'try again later';
}
function toGitHubError(e, route) {
    const answer = answerErrorIn(e);
    if (answer) {
        return new GitHubError(answer.httpStatus, route, answer.message, {
            badAnswer: true,
            network: answer.problem === 'timeout' && answer.httpStatus === 0,
        });
    }
    const err = e;
    const fromBody = err?.response?.data?.message;
    const message = typeof fromBody === 'string' && fromBody ? fromBody : typeof err?.message === 'string' ? err.message : String(e);
    // Octokit reports a request that got no answer (fetch failed: DNS, refused, reset; or aborted on a timeout) as
    // an HttpError (RequestError) or AbortError with status 500 and no `response`: that 500 is not GitHub's.
    const network = typeof err === 'object' &&
        err !== null &&
        err.response === undefined &&
        (err.name === 'HttpError' || err.name === 'AbortError');
    if (network)
        return new GitHubError(0, route, networkDetail(e), { network: true });
    const status = typeof err?.status === 'number' ? err.status : 0;
    const headers = err?.response?.headers;
    const rateLimited = status === 429 ||
        (status === 403 &&
            (header(headers, 'x-ratelimit-remaining') === '0' ||
                header(headers, 'retry-after') !== undefined ||
                /rate limit/i.test(message)));
    if (rateLimited) {
        return new GitHubError(status, route, `GitHub API rate limit exceeded (${rateLimitWhen(headers)}): ${message}`, {
            rateLimited: true,
        });
    }
    return new GitHubError(status, route, message);
}
/** Data that should be a JSON object (or array) but is not: a string means the API did not answer with JSON. */
function expectJson(data, route, array) {
    const ok = array ? Array.isArray(data) : data !== null && typeof data === 'object';
    if (!ok) {
        const what = typeof data === 'string'
            ? data.trim() === ''
                ? 'an empty answer'
                : 'text that is not JSON'
            : `a ${typeof data}`;
        throw new GitHubError(0, route, `the API sent ${what} where it sends ${array ? 'a list' : 'an object'}`, {
            badAnswer: true,
        });
    }
}
class OctokitApi {
    octokit;
    constructor(octokit) {
        this.octokit = octokit;
    }
    async call(route, params, json = true) {
        let res;
        try {
            res = await this.octokit.request(route, params);
        }
        catch (e) {
            throw toGitHubError(e, route);
        }
        if (json && res.status !== 204)
            expectJson(res.data, route, false);
        return res.data;
    }
    /** Every page, up to `max` items (the rest is not read). */
    async all(route, params, max) {
        const out = [];
        try {
            for await (const page of this.octokit.paginate.iterator(route, { per_page: 100, ...params })) {
                expectJson(page.data, route, true);
                for (const item of page.data) {
                    if (out.length >= max)
                        return out;
                    out.push(item);
                }
                if (out.length >= max)
                    return out;
            }
        }
        catch (e) {
            throw e instanceof GitHubError ? e : toGitHubError(e, route);
        }
        return out;
    }
    async getContent(r, path, ref) {
        let data;
        try {
            data = await this.call('GET /repos/{owner}/{repo}/contents/{path}', { ...r, path, ref });
        }
        catch (e) {
            if (isGitHubError(e, 404))
                return null;
            throw e;
        }
        if (Array.isArray(data)) {
            throw new GitHubError(0, 'GET /repos/{owner}/{repo}/contents/{path}', `${path} is a directory, not a file`);
        }
        const d = data;
        if (d.type && d.type !== 'file') {
            throw new GitHubError(0, 'GET /repos/{owner}/{repo}/contents/{path}', `${path} is a ${d.type}, not a file`);
        }
        const size = typeof d.size === 'number' ? d.size : 0;
        let text;
        if (d.encoding === 'base64' && typeof d.content === 'string') {
            text = Buffer.from(d.content, 'base64').toString('utf8');
        }
        else if (typeof d.content === 'string' && d.encoding !== 'none' && (d.content !== '' || size === 0)) {
            text = d.content;
        }
        return { path: d.path ?? path, sha: d.sha, size, text };
    }
    listPullFiles(r, pull) {
        return this.all('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { ...r, pull_number: pull }, PULL_FILES_MAX);
    }
    async compareCommits(r, base, head) {
        const data = await this.call('GET /repos/{owner}/{repo}/compare/{basehead}', {
            ...r,
            basehead: `${base}...${head}`,
            per_page: 1,
        });
        const files = Array.isArray(data.files) ? data.files.slice(0, COMPARE_FILES_MAX) : [];
        return { files, status: data.status };
    }
    async authenticatedLogin() {
        try {
            const user = await this.call('GET /user', {});
            if (typeof user.login === 'string' && user.login)
                return user.login;
        }
        catch (e) {
            if (!isPermissionError(e) && !isGitHubError(e, 404))
                throw e;
        }
        // Installation tokens (GITHUB_TOKEN, GitHub Apps) may not read /user; GraphQL's viewer answers for them.
        try {
            const data = await this.call('POST /graphql', {
                query: 'query { viewer { login } }',
            });
            const login = data.data?.viewer?.login;
            return typeof login === 'string' && login ? login : undefined;
        }
        catch (e) {
            if (isPermissionError(e) || isGitHubError(e, 404))
                return undefined;
            throw e;
        }
    }
    async submitDependencySnapshot(r, body) {
        return this.call('POST /repos/{owner}/{repo}/dependency-graph/snapshots', {
            ...r,
            ...body,
        });
    }
    async createCheckRun(r, body) {
        return this.call('POST /repos/{owner}/{repo}/check-runs', { ...r, ...body });
    }
    async updateCheckRun(r, id, body) {
        await this.call('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
            ...r,
            check_run_id: id,
            ...body,
        });
    }
    listIssueComments(r, issue) {
        return this.all('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...r, issue_number: issue }, COMMENTS_MAX);
    }
    createIssueComment(r, issue, body) {
        return this.call('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            ...r,
            issue_number: issue,
            body,
        });
    }
    async updateIssueComment(r, id, body) {
        await this.call('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
            ...r,
            comment_id: id,
            body,
        });
    }
    async deleteIssueComment(r, id) {
        await this.call('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...r, comment_id: id }, false);
    }
    listReviewComments(r, pull) {
        return this.all('GET /repos/{owner}/{repo}/pulls/{pull_number}/comments', { ...r, pull_number: pull }, COMMENTS_MAX);
    }
    createReview(r, pull, body) {
        return this.call('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
            ...r,
            pull_number: pull,
            ...body,
        });
    }
    async updateReviewComment(r, id, body) {
        await this.call('PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}', {
            ...r,
            comment_id: id,
            body,
        });
    }
    async deleteReviewComment(r, id) {
        await this.call('DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}', { ...r, comment_id: id }, false);
    }
}


/***/ }),

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qi: () => (/* binding */ createOctokit),
/* harmony export */   rK: () => (/* binding */ DEFAULT_API_URL),
/* harmony export */   tj: () => (/* binding */ apiBaseUrl)
/* harmony export */ });
/* unused harmony exports USER_AGENT, retryBaseMs, clientConfig, RETRY_NOTICE, retryNotice, timeoutMs, guardOptions, guardedFetch, clientPlugins */
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9988);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6856);
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8943);
/* harmony import */ var _fetch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6463);
/**
 * The Octokit model-gate talks to GitHub with: REST, pagination, retries with backoff on 5xx and network errors
 * (plugin-retry), and waiting out primary and secondary rate limits (plugin-throttling). GHES works through
 * `GITHUB_API_URL`.
 *
 * Every request goes through `guardFetch` (fetch.ts): a first-byte timeout and an overall deadline, a cap on the
 * answer's size, answers that are not the API's JSON named as such, and rate limits waited out per `retry-after`.
 *
 * `MODEL_GATE_GITHUB_RETRY_BASE_MS` (read only here, meant for tests) sets how many milliseconds one second of
 * back-off or `retry-after` lasts, and the spacing between write requests (GitHub asks for one second).
 * `MODEL_GATE_GITHUB_TIMEOUT_MS` sets the first-byte timeout (default 30 s); the deadline of a whole request is
 * four times as long.
 */





const silentLog = { debug: () => { }, info: () => { }, warn: () => { } };
const DEFAULT_API_URL = 'https://api.github.com';
const USER_AGENT = 'model-gate';
/** Milliseconds per second of back-off; 1000 unless `MODEL_GATE_GITHUB_RETRY_BASE_MS` says otherwise. */
function retryBaseMs(env = process.env) {
    const raw = env.MODEL_GATE_GITHUB_RETRY_BASE_MS;
    if (raw === undefined || raw.trim() === '')
        return 1000;
    const n = Number(raw);
    return Number.isFinite(n) && n >= 0 ? n : 1000;
}
function apiBaseUrl(env = process.env) {
    return (env.GITHUB_API_URL || DEFAULT_API_URL).replace(/\/+$/, '');
}
/**
 * A stand-in for a Bottleneck group that spaces the jobs of each key `minTime` ms apart (used when the base is
 * scaled down, so tests do not wait a second between writes).
 */
function spacingGroup(minTime) {
    const next = new Map();
    return {
        key(id) {
            return {
                async schedule(...args) {
                    const fnIndex = typeof args[0] === 'function' ? 0 : 1;
                    const fn = args[fnIndex];
                    const now = Date.now();
                    const at = Math.max(now, next.get(id) ?? 0);
                    next.set(id, at + minTime);
                    if (at > now)
                        await new Promise((r) => setTimeout(r, at - now));
                    return fn(...args.slice(fnIndex + 1));
                },
            };
        },
    };
}
/** Options for the retry and throttling plugins, shared by the CLI's client and the action's `getOctokit`. */
function clientConfig(opts = {}) {
    const log = opts.log ?? silentLog;
    const base = retryBaseMs(opts.env);
    const throttle = {
        retryAfterBaseValue: base,
        fallbackSecondaryRateRetryAfter: 60,
        // guardFetch has already waited out what could be waited out (and logged it): what reaches the plugin is
        // a rate limit too long to wait for, reported as such by the caller.
        onSecondaryRateLimit: (retryAfter, options) => {
            log.debug(`GitHub secondary rate limit on ${options.method} ${options.url} (retry after ${retryAfter} s)`);
            return false;
        },
        onRateLimit: (retryAfter, options) => {
            log.debug(`GitHub rate limit reached on ${options.method} ${options.url} (resets in ${retryAfter} s)`);
            return false;
        },
    };
    if (base !== 1000) {
        // Scale the plugin's fixed spacing of writes (1 s) and notifications (3 s) with the base.
        throttle.write = spacingGroup(base);
        throttle.notifications = spacingGroup(3 * base);
    }
    return {
        retry: { retries: opts.retries ?? 3, retryAfterBaseValue: base, doNotRetry: [...DO_NOT_RETRY] },
        throttle: throttle,
    };
}
/** The Octokit option that receives retryNotice's messages. */
const RETRY_NOTICE = 'retryNotice';
/** Statuses never retried (the retry plugin's default list, given to it explicitly so that the notice agrees). */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 451];
/**
 * Tells when a failed request is going to be tried again, and in how long: the retry plugin waits in silence
 * (1, 4, then 9 s), so that a GitHub it cannot reach looked like a hang of 14 s. Applied before the retry
 * plugin, its error hook sees each failure first and tells what that plugin does with it: the same statuses (a
 * request Octokit could not send counts as 500), the same count and back-off. It says so to the constructor's
 * `retryNotice` (see `RETRY_NOTICE`), else to `log.warn`.
 */
function retryNotice(octokit, options) {
    const notice = options[RETRY_NOTICE] ??
        ((m) => {
            octokit.log.warn(m);
        });
    const base = options.retry?.retryAfterBaseValue ?? 1000;
    const retries = options.retry?.retries ?? 3;
    const doNotRetry = options.retry?.doNotRetry ?? DO_NOT_RETRY;
    octokit.hook.error('request', (error, options) => {
        const req = options;
        const status = error.status;
        const done = req.request?.retryCount ?? 0;
        // A request that could not connect (DNS, refused, unreachable) fails at once, or after one more try for a
        // resolver that did not answer in time: the retry plugin reads this count next.
        const refused = !error.response ? (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .connectionFailure */ .Dx)(error) : undefined;
        if (refused) {
            req.request ??= {};
            req.request.retries = Math.min(req.request.retries ?? retries, refused === 'EAI_AGAIN' ? 1 : 0);
        }
        const max = req.request?.retries ?? retries;
        if (typeof status === 'number' && status >= 400 && !doNotRetry.includes(status) && done < max) {
            const wait = ((done + 1) ** 2 * base) / 1000;
            const what = status === 500 && !error.response
                ? `no answer (${(0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .networkDetail */ .c$)(error)})`
                : `status ${status}`;
            const sent = error.request?.url;
            const route = `${req.method ?? 'GET'} ${(typeof sent === 'string' ? sent : describeRoute(req)).split('?')[0]}`;
            notice(`GitHub API ${route}: ${what}; trying again in ${wait} s (${done + 1} of ${max})`);
        }
        throw error;
    });
}
/** The request's route, when the error does not hold the URL sent (a query is cut off by the caller). */
function describeRoute(req) {
    const url = req.url ?? '';
    return url.startsWith('/') ? (req.baseUrl ?? '') + url : url;
}
/** First-byte timeout in ms: `MODEL_GATE_GITHUB_TIMEOUT_MS`, else 30 s. */
function timeoutMs(env = process.env) {
    const raw = env.MODEL_GATE_GITHUB_TIMEOUT_MS;
    const n = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
    return Number.isFinite(n) && n > 0 ? n : _fetch_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_TIMEOUT_MS */ .t1;
}
/** The guards of every request (timeouts, size cap, rate-limit waits), from the environment unless given. */
function guardOptions(opts = {}) {
    const log = opts.log ?? silentLog;
    const t = timeoutMs(opts.env);
    return {
        timeoutMs: t,
        deadlineMs: t === _fetch_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_TIMEOUT_MS */ .t1 ? _fetch_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_DEADLINE_MS */ .u8 : 4 * t,
        secondMs: retryBaseMs(opts.env),
        log: (m) => log.warn(m),
        ...opts.guard,
    };
}
/** `inner` (default: the global fetch) behind the guards. */
function guardedFetch(inner, opts = {}) {
    const base = inner ?? ((url, init) => fetch(url, init));
    return (0,_fetch_js__WEBPACK_IMPORTED_MODULE_1__/* .guardFetch */ .KB)(base, guardOptions(opts));
}
const clientPlugins = [retryNotice, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A];
const GitHubOctokit = _octokit_rest__WEBPACK_IMPORTED_MODULE_4__/* .Octokit */ .E.plugin(retryNotice, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
/** A standalone Octokit with retries and throttling (the CLI; the action uses @actions/github's with the same config). */
function createOctokit(opts = {}) {
    const log = opts.log ?? silentLog;
    return new GitHubOctokit({
        auth: opts.token || undefined,
        baseUrl: (opts.baseUrl ?? apiBaseUrl(opts.env)).replace(/\/+$/, ''),
        userAgent: opts.userAgent ?? USER_AGENT,
        // the request log's line for a failed request ("GET /x - 500") is said better by the caller's error
        log: { debug: log.debug, info: log.info, warn: log.warn, error: log.debug },
        request: { fetch: guardedFetch(opts.fetch, opts) },
        [RETRY_NOTICE]: log.warn,
        ...clientConfig(opts),
    });
}


/***/ }),

/***/ 6463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KB: () => (/* binding */ guardFetch),
/* harmony export */   cw: () => (/* binding */ GitHubAnswerError),
/* harmony export */   t1: () => (/* binding */ DEFAULT_TIMEOUT_MS),
/* harmony export */   u8: () => (/* binding */ DEFAULT_DEADLINE_MS)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_BYTES, rateLimitWait */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * A guard around `fetch` for the GitHub API: every request gets a first-byte timeout and an overall deadline (a
 * server that never answers, or trickles an endless body, cannot hold the run), every answer is read into memory
 * only up to a size cap, and an answer that is not what the API sends (an HTML page from a proxy, an empty or
 * cut-off body) fails with a message saying so. Rate-limit answers (429, or 403 with `retry-after` or
 * `x-ratelimit-remaining: 0`) are waited out here, per `retry-after` / `x-ratelimit-reset`, when the wait is short.
 *
 * Octokit turns an error thrown here into a `RequestError` (status 500) whose `cause` is this error, which the
 * retry plugin retries (an HTML page or a cut-off answer is often transient). The failures a retry would only
 * repeat (no answer in time, over the size cap) are named `AbortError`: Octokit passes those through as they are,
 * and the retry plugin leaves them alone.
 */

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_DEADLINE_MS = 120_000;
const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;
/** An answer that is not a usable API answer, or none in time. `httpStatus`: the HTTP status, when there was one. */
class GitHubAnswerError extends Error {
    problem;
    httpStatus;
    constructor(problem, message, httpStatus = 0) {
        super(message);
        this.problem = problem;
        this.httpStatus = httpStatus;
        // Not retried (see above): Octokit rethrows an AbortError as is, without the request the retry plugin needs.
        this.name = this.final ? 'AbortError' : 'GitHubAnswerError';
    }
    /** Problems that would only repeat. */
    get final() {
        return this.problem === 'too-large' || this.problem === 'deadline' || this.problem === 'timeout';
    }
}
function mib(n) {
    return `${Math.round((n / 1024 / 1024) * 10) / 10} MiB`;
}
function seconds(ms) {
    return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
/** Seconds to wait before retrying a rate-limited answer; undefined when the answer is not a rate limit. */
function rateLimitWait(status, headers, body, now = Date.now()) {
    const remaining = headers.get('x-ratelimit-remaining');
    const retryAfter = headers.get('retry-after');
    const secondary = /\bsecondary rate\b|\babuse\b/i.test(body);
    const limited = status === 429 || (status === 403 && (remaining === '0' || retryAfter !== null || secondary));
    if (!limited)
        return undefined;
    if (retryAfter !== null && /^\d+$/.test(retryAfter.trim()))
        return Number(retryAfter.trim());
    const reset = headers.get('x-ratelimit-reset');
    if (remaining === '0' && reset && /^\d+$/.test(reset.trim())) {
        return Math.max(0, Math.ceil((Number(reset.trim()) * 1000 - now) / 1000) + 1);
    }
    // Secondary limits without retry-after: GitHub asks for at least a minute.
    return 60;
}
function describeUrl(url) {
    try {
        const u = new URL(url);
        return `${u.origin}${u.pathname}`;
    }
    catch {
        return url;
    }
}
/** Wraps `inner` (the runner's proxy-aware fetch, or the global one) with the guards above. */
function guardFetch(inner, opts = {}) {
    const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const deadlineMs = opts.deadlineMs ?? DEFAULT_DEADLINE_MS;
    const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    const maxWait = opts.maxRateLimitWaitS ?? 60;
    const rateRetries = opts.rateLimitRetries ?? 2;
    const secondMs = opts.secondMs ?? 1000;
    async function once(url, init = {}) {
        const ac = new AbortController();
        const outer = init.signal;
        const onAbort = () => ac.abort(outer?.reason);
        if (outer) {
            if (outer.aborted)
                ac.abort(outer.reason);
            else
                outer.addEventListener('abort', onAbort, { once: true });
        }
        let why;
        const fail = (e) => {
            why ??= e;
            ac.abort(e);
        };
        const deadline = setTimeout(() => fail(new GitHubAnswerError('deadline', `no complete answer within ${seconds(deadlineMs)}`)), deadlineMs);
        let firstByte = setTimeout(() => fail(new GitHubAnswerError('timeout', `no answer within ${seconds(timeoutMs)}`)), timeoutMs);
        try {
            let res;
            try {
                res = await inner(url, { ...init, signal: ac.signal });
            }
            catch (e) {
                if (why)
                    throw why;
                throw e;
            }
            finally {
                clearTimeout(firstByte);
                firstByte = undefined;
            }
            const declared = Number(res.headers.get('content-length') ?? NaN);
            if (Number.isFinite(declared) && declared > maxBytes) {
                ac.abort();
                throw new GitHubAnswerError('too-large', `the answer is larger than ${mib(maxBytes)} (${mib(declared)})`, res.status);
            }
            const chunks = [];
            let total = 0;
            if (res.body) {
                const reader = res.body.getReader();
                try {
                    for (;;) {
                        const { done, value } = await reader.read();
                        if (done)
                            break;
                        total += value.byteLength;
                        if (total > maxBytes) {
                            fail(new GitHubAnswerError('too-large', `the answer is larger than ${mib(maxBytes)}`, res.status));
                            break;
                        }
                        chunks.push(value);
                    }
                }
                catch (e) {
                    if (why)
                        throw why;
                    // The connection ended before the body did.
                    throw new GitHubAnswerError('cut-off', `the answer was cut off after ${total} bytes (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorText */ .kc)(e)})`, res.status);
                }
                finally {
                    reader.releaseLock?.();
                }
            }
            if (why)
                throw why;
            if (Number.isFinite(declared) && total < declared) {
                throw new GitHubAnswerError('cut-off', `the answer was cut off after ${total} of ${declared} bytes`, res.status);
            }
            const body = new Uint8Array(total);
            let at = 0;
            for (const c of chunks) {
                body.set(c, at);
                at += c.byteLength;
            }
            return { res, body };
        }
        finally {
            clearTimeout(deadline);
            if (firstByte)
                clearTimeout(firstByte);
            outer?.removeEventListener('abort', onAbort);
        }
    }
    return async (url, init = {}) => {
        for (let attempt = 0;; attempt++) {
            const { res, body } = await once(url, init);
            const text = new TextDecoder().decode(body);
            const wait = rateLimitWait(res.status, res.headers, text);
            if (wait !== undefined && attempt < rateRetries && wait <= maxWait) {
                const kind = /\bsecondary rate\b|\babuse\b/i.test(text) ? 'secondary rate limit' : 'rate limit reached';
                opts.log?.(`GitHub ${kind} on ${init.method ?? 'GET'} ${describeUrl(url)}; retrying in ${wait} s`);
                await new Promise((r) => setTimeout(r, wait * secondMs));
                continue;
            }
            checkAnswer(res, text, body.byteLength, init.method ?? 'GET');
            return new Response(res.status === 204 || res.status === 205 || res.status === 304 ? null : body, {
                status: res.status,
                statusText: res.statusText,
                headers: res.headers,
            });
        }
    };
}
/**
 * An answer the API would send is JSON (or nothing, for 204/205/304 and HEAD). A 2xx answer that is an HTML page,
 * empty, or JSON that does not parse (cut off) is not an answer: say what it is. Error statuses are left to the
 * caller (their bodies are shown as the message), except HTML pages, which are named as such.
 */
function checkAnswer(res, text, bytes, method) {
    const status = res.status;
    if (status === 204 || status === 205 || status === 304 || method === 'HEAD')
        return;
    const type = (res.headers.get('content-type') ?? '').toLowerCase();
    const looksHtml = type.includes('text/html') || /^\s*<(!doctype|html|head|body)\b/i.test(text);
    if (looksHtml) {
        const title = /<title[^>]*>([^<]{1,120})/i.exec(text)?.[1]?.trim();
        throw new GitHubAnswerError('html', `GitHub's address answered with an HTML page (HTTP ${status}${title ? `, "${title}"` : ''}) instead of the API's JSON; is a proxy or captive portal in the way?`, status);
    }
    if (status < 200 || status >= 300)
        return;
    if (bytes === 0 || text.trim() === '') {
        throw new GitHubAnswerError('empty', `the API sent an empty answer (HTTP ${status})`, status);
    }
    if (type.includes('json') || type === '') {
        try {
            JSON.parse(text);
        }
        catch {
            throw new GitHubAnswerError('cut-off', `the API's answer is not complete JSON (HTTP ${status}, ${bytes} bytes): cut off?`, status);
        }
    }
}


/***/ })

};

//# sourceMappingURL=584.index.js.map