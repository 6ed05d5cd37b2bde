export const id = 79;
export const ids = [79];
export const modules = {

/***/ 1079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HubClient: () => (/* binding */ HubClient),
  u: () => (/* reexport */ isValidRepoId)
});

// UNUSED EXPORTS: DEFAULT_ENDPOINT, DEFAULT_MAX_RESPONSE_BYTES, hubCacheFileKey, hubCacheKey, isPinnedRevision, modelApiPath, normaliseModelInfo, parseRetryAfter

// EXTERNAL MODULE: ./src/core/manifest.ts
var manifest = __webpack_require__(4414);
// EXTERNAL MODULE: ./src/core/sanitize.ts
var sanitize = __webpack_require__(9528);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/hub-hosts.ts
var hub_hosts = __webpack_require__(4594);
;// CONCATENATED MODULE: ./src/hub/parse.ts
/**
 * The Hub's model API as data: repo ids, API paths, and the normalising of `GET /api/models/{id}[/revision/{rev}]`
 * into a HubModelInfo. Pure functions, no I/O.
 */


const SHA_RE = /^[0-9a-f]{40}$/i;
/** Longest string field kept from a model's card (license names, links, base model ids): longer ones are dropped. */
const MAX_FIELD_CHARS = 2048;
/** Whether `id` has the shape of a Hub repo id (`name` or `namespace/name`, as huggingface_hub's validate_repo_id). */
function isValidRepoId(id) {
    if (id.length > 256)
        return false;
    const segs = id.split('/');
    if (segs.length > 2)
        return false;
    return segs.every((s, i) => /^[\w.-]+$/.test(s) &&
        /^\w/.test(s) &&
        /\w$/.test(s) &&
        !s.includes('--') &&
        !s.includes('..') &&
        (i < segs.length - 1 || (s.length <= 96 && !s.toLowerCase().endsWith('.git'))));
}
/** Path of a model in the Hub API: each segment encoded, the `/` between namespace and name kept. */
function modelApiPath(id, revision) {
    const repo = id
        .split('/')
        .map((s) => encodeURIComponent(s))
        .join('/');
    return `/api/models/${repo}${revision ? `/revision/${encodeURIComponent(revision)}` : ''}`;
}
/** A revision trimmed, a 40-hex commit in lower case; undefined for none. */
function normRevision(revision) {
    const r = revision?.trim();
    if (!r)
        return undefined;
    return SHA_RE.test(r) ? r.toLowerCase() : r;
}
/** Key of a lookup in the memo and in the cache file: lower-case id, `@`, revision (empty for the default branch). */
function hubCacheKey(id, revision) {
    return `${id.trim().toLowerCase()}@${normRevision(revision) ?? ''}`;
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** A trimmed, non-empty string of at most MAX_FIELD_CHARS characters; undefined otherwise. */
function str(v) {
    if (typeof v !== 'string')
        return undefined;
    const t = v.trim();
    return t && t.length <= MAX_FIELD_CHARS ? t : undefined;
}
function strList(v) {
    const list = Array.isArray(v) ? v : [v];
    return list.map(str).filter((s) => s !== undefined);
}
const BASE_RELATIONS = new Set(['adapter', 'merge', 'quantized', 'finetune']);
/**
 * `https://huggingface.co/org/name` (as some cards write base_model, also with `/tree/main` after it) to `org/name`;
 * another Hub address to its path (`huggingface.co/gpt2` → `gpt2`).
 */
function repoIdOf(ref) {
    const hub = (0,hub_hosts/* readHubAddress */.yc)(ref);
    if (hub)
        return hub.namespace === undefined ? hub.name : `${hub.namespace}/${hub.name}`;
    return hub_hosts/* HUB_ADDRESS_START_RE */.ET.test(ref)
        ? ref
            .replace(hub_hosts/* HUB_ADDRESS_START_RE */.ET, '')
            .replace(/[?#].*$/s, '')
            .replace(/\/+$/, '')
        : ref;
}
/** The `error` text of a JSON error body (`{"error": "Repository not found"}`); undefined for anything else. */
function jsonError(text) {
    try {
        const body = JSON.parse(text);
        if (isObject(body) && typeof body.error === 'string')
            return body.error;
    }
    catch {
        /* not JSON */
    }
    return undefined;
}
/**
 * A HubModelInfo from the JSON of `GET /api/models/{id}[/revision/{rev}]`; undefined when the JSON is not an object.
 * Tolerant of missing or oddly typed fields: a card's YAML can hold anything. Keeps only what the cache schema
 * (`cache.ts`) accepts: a `sha` only when it is a 40-hex commit, an `id` only when it is a repo id (else the id
 * asked for), strings trimmed and at most MAX_FIELD_CHARS long.
 */
function normaliseModelInfo(body, askedId) {
    if (!isObject(body))
        return undefined;
    const card = isObject(body.cardData) ? body.cardData : {};
    const tags = Array.isArray(body.tags) ? strList(body.tags) : [];
    const licenseTag = tags.find((t) => t.toLowerCase().startsWith('license:'))?.slice('license:'.length);
    let baseModels = strList(card.base_model).map(repoIdOf);
    if (baseModels.length === 0) {
        baseModels = tags
            .filter((t) => t.startsWith('base_model:'))
            .map((t) => t.slice('base_model:'.length))
            .map((t) => {
            const i = t.indexOf(':');
            return i > 0 && BASE_RELATIONS.has(t.slice(0, i)) ? t.slice(i + 1) : t;
        });
    }
    baseModels = baseModels.map((b) => b.trim()).filter(Boolean);
    const files = Array.isArray(body.siblings)
        ? body.siblings.map((s) => (isObject(s) ? str(s.rfilename) : undefined)).filter((s) => !!s)
        : [];
    const gated = body.gated;
    const ownId = [str(body.id), str(body.modelId)].find((x) => x !== undefined && isValidRepoId(x));
    const sha = str(body.sha);
    const info = {
        ok: true,
        id: ownId ?? askedId,
        baseModels: [...new Set(baseModels)],
        files,
    };
    const set = (k, v) => {
        if (v !== undefined)
            info[k] = v;
    };
    set('author', str(body.author));
    set('sha', sha && SHA_RE.test(sha) ? sha.toLowerCase() : undefined);
    set('lastModified', str(body.lastModified));
    set('gated', gated === true || gated === false || gated === 'auto' || gated === 'manual' ? gated : undefined);
    set('license', strList(card.license)[0] ?? str(licenseTag));
    set('licenseName', strList(card.license_name)[0]);
    // A link is shown in findings and reports: no credentials in it, whoever wrote the card.
    const link = strList(card.license_link)[0];
    set('licenseLink', link === undefined ? undefined : (0,sanitize/* redactUrl */.BO)(link));
    set('pipelineTag', str(body.pipeline_tag));
    set('libraryName', str(body.library_name));
    return info;
}

;// CONCATENATED MODULE: ./src/hub/http.ts
/**
 * GET of JSON from the Hub: a first-byte timeout and an overall deadline per attempt, a cap on the bytes read,
 * retries with backoff (honouring `Retry-After`), a limit of requests in flight, and a circuit breaker that stops
 * asking a Hub that stopped answering. Every outcome, bad ones included, is an `Exchange`; nothing throws.
 */



/** Most bytes read of an error answer (its JSON `error` or an HTML page title is all that is used). */
const ERROR_BODY_MAX_BYTES = 64 * 1024;
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
/** An error's text; for a failed fetch, its cause's (`ECONNREFUSED (connect ...)` rather than "fetch failed"). */
function errorText(e) {
    return (0,errors/* errorText */.kc)(e, { cause: true });
}
/** `Retry-After` in ms: delta-seconds or an HTTP date; undefined when absent or unreadable. */
function parseRetryAfter(value, now = Date.now()) {
    if (value === null)
        return undefined;
    const v = value.trim();
    if (/^\d{1,10}(\.\d{1,6})?$/.test(v))
        return Math.round(Number(v) * 1000);
    if (v.length > 64)
        return undefined;
    const date = Date.parse(v);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
/** `1.5 MiB`, `312 KiB`, `90 bytes`. */
function formatBytes(n) {
    if (n >= 1024 * 1024)
        return `${+(n / (1024 * 1024)).toFixed(1)} MiB`;
    if (n >= 1024)
        return `${+(n / 1024).toFixed(1)} KiB`;
    return `${n} byte${n === 1 ? '' : 's'}`;
}
/**
 * Whether text that is not valid JSON looks like the beginning of a JSON document that was cut off: it opens an
 * object or array (or a string) that it never closes. One pass, linear.
 */
function looksCutOff(text) {
    let depth = 0;
    let inString = false;
    let opened = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 0x5c)
                i++; // backslash: skip the escaped character
            else if (c === 0x22)
                inString = false;
            continue;
        }
        if (c === 0x22)
            inString = true;
        else if (c === 0x7b || c === 0x5b) {
            depth++;
            opened = true;
        }
        else if (c === 0x7d || c === 0x5d) {
            depth--;
            if (depth < 0)
                return false;
        }
    }
    return inString || (opened && depth > 0);
}
/** Whether a body is an HTML page (a captive portal, a proxy's error page, a web server's index). */
function isHtml(contentType, text) {
    if (contentType && /^\s*(text\/html|application\/xhtml\+xml)/i.test(contentType))
        return true;
    return /^\uFEFF?\s*</.test(text.slice(0, 1024));
}
/** The `<title>` of an HTML page (for the message), trimmed and short; undefined without one. */
function htmlTitle(text) {
    const m = /<title[^>]{0,200}>([^<]{1,200})<\/title>/i.exec(text.slice(0, ERROR_BODY_MAX_BYTES));
    const t = m?.[1].replace(/\s+/g, ' ').trim();
    return t ? t : undefined;
}
/**
 * Reads a body up to `cap` bytes; past it, stops reading and cancels the stream (the connection is dropped), so an
 * endless answer never costs more than `cap` bytes of memory. Throws what the stream throws (cut connection,
 * abort), with `bytesRead` on the error.
 */
async function readCapped(res, cap) {
    const reader = res.body?.getReader();
    if (!reader)
        return { bytes: 0, text: '', overCap: false };
    const chunks = [];
    let bytes = 0;
    try {
        for (;;) {
            const { done, value } = await reader.read();
            if (done)
                break;
            if (bytes + value.byteLength > cap) {
                const room = cap - bytes;
                if (room > 0)
                    chunks.push(value.subarray(0, room));
                bytes = cap;
                await reader.cancel().catch(() => undefined);
                return { bytes, text: decode(chunks, bytes), overCap: true };
            }
            chunks.push(value);
            bytes += value.byteLength;
        }
    }
    catch (e) {
        throw Object.assign(new Error(errorText(e)), { cause: e.cause, bytesRead: bytes });
    }
    return { bytes, text: decode(chunks, bytes), overCap: false };
}
function decode(chunks, bytes) {
    const all = new Uint8Array(bytes);
    let at = 0;
    for (const c of chunks) {
        all.set(c, at);
        at += c.byteLength;
    }
    return new TextDecoder('utf-8').decode(all);
}
/**
 * The HTTP side of the Hub client. `get` never throws: it answers JSON, an HTTP status the caller interprets, or
 * an error message that says what happened (one line, credentials redacted).
 */
class HubHttp {
    o;
    /** HTTP requests sent so far (every attempt counts). */
    requests = 0;
    inFlight = 0;
    waiters = [];
    failuresInARow = 0;
    unreachable;
    constructor(o) {
        this.o = o;
    }
    /** One GET with retries, backoff and the in-flight limit. */
    async get(url) {
        for (let attempt = 0;; attempt++) {
            const a = await this.withSlot(() => this.once(url));
            if (!a)
                return { kind: 'error', message: this.unreachable ?? 'the Hub is unreachable' };
            if (!a.retry) {
                this.failuresInARow = 0;
                return a.outcome;
            }
            if (a.hostUnknown && a.outcome.kind === 'error') {
                // DNS does not know the Hub: every other lookup would fail the same way, so stop asking now.
                this.unreachable ??= `skipped: ${a.outcome.message}`;
                return { kind: 'error', message: a.outcome.message };
            }
            if (attempt < (a.timedOut ? Math.min(1, this.o.retries) : this.o.retries)) {
                await sleep(this.delay(attempt, a.retryAfterMs));
                continue;
            }
            const tries = `${attempt + 1} attempt${attempt > 0 ? 's' : ''}`;
            let message;
            if (a.outcome.kind === 'status') {
                const { status } = a.outcome;
                if (status === 429) {
                    const asked = a.retryAfterMs !== undefined
                        ? `it asked to wait ${Math.ceil(a.retryAfterMs / 1000)} s (Retry-After)`
                        : 'without a Retry-After';
                    const hint = this.o.tokenUsed
                        ? 'wait and run again, or lower the number of models looked up at once'
                        : 'a token (HF_TOKEN, action input hf-token) raises the limit';
                    message = `the Hub rate-limited GET ${url} (HTTP 429, ${asked}; ${tries}): ${hint}`;
                }
                else {
                    const detail = a.outcome.errorMessage ? `: ${a.outcome.errorMessage}` : '';
                    message = `the Hub answered HTTP ${status} to GET ${url} (${tries})${detail}`;
                }
            }
            else {
                message = `${a.outcome.kind === 'error' ? a.outcome.message : `unexpected answer to GET ${url}`} (${tries})`;
            }
            this.noteUnanswered(message);
            return { kind: 'error', message };
        }
    }
    noteUnanswered(message) {
        this.failuresInARow++;
        if (this.o.breakAfter > 0 && this.failuresInARow >= this.o.breakAfter && !this.unreachable) {
            this.unreachable = `skipped: the Hub at ${this.o.endpoint} failed ${this.failuresInARow} lookups in a row (last: ${message})`;
        }
    }
    delay(attempt, retryAfterMs) {
        if (retryAfterMs !== undefined)
            return Math.min(retryAfterMs, this.o.maxDelayMs);
        const exp = this.o.baseDelayMs * 2 ** attempt;
        return Math.min(this.o.maxDelayMs, Math.round(exp * (0.75 + Math.random() * 0.5)));
    }
    async withSlot(fn) {
        while (this.inFlight >= this.o.maxInFlight) {
            await new Promise((resolve) => this.waiters.push(resolve));
        }
        this.inFlight++;
        try {
            return await fn();
        }
        finally {
            this.inFlight--;
            this.waiters.shift()?.();
        }
    }
    /** A message safe to show: one line, no credentials. */
    say(message) {
        return (0,sanitize/* redactSecrets */.fp)(message.replace(/[\r\n]+/g, ' '), this.o.secrets);
    }
    /** One request; undefined, without asking, once the Hub is deemed unreachable. */
    async once(url) {
        if (this.unreachable)
            return undefined;
        const controller = new AbortController();
        let stage = 'headers';
        let expired;
        const firstByte = setTimeout(() => {
            expired = 'first-byte';
            controller.abort();
        }, this.o.timeoutMs);
        const deadline = setTimeout(() => {
            expired ??= 'deadline';
            controller.abort();
        }, this.o.deadlineMs);
        this.requests++;
        let received = 0;
        try {
            const res = await fetch(url, { headers: this.o.headers, signal: controller.signal, redirect: 'follow' });
            clearTimeout(firstByte);
            stage = 'body';
            const ok = res.status === 200;
            const declared = Number(res.headers.get('content-length') ?? NaN);
            if (ok && declared > this.o.maxBytes) {
                controller.abort();
                return {
                    outcome: {
                        kind: 'error',
                        message: this.say(`the Hub's answer to GET ${url} is ${formatBytes(declared)}, more than the ${formatBytes(this.o.maxBytes)} model-gate reads; it was not read`),
                    },
                    retry: false,
                };
            }
            const body = await readCapped(res, ok ? this.o.maxBytes : ERROR_BODY_MAX_BYTES);
            received = body.bytes;
            if (body.overCap)
                controller.abort();
            const contentType = res.headers.get('content-type');
            if (ok)
                return this.classify(url, body, contentType);
            const errorCode = res.headers.get('x-error-code') ?? undefined;
            let errorMessage = res.headers.get('x-error-message') ?? jsonError(body.text);
            if (errorMessage === undefined && isHtml(contentType, body.text)) {
                const title = htmlTitle(body.text);
                errorMessage = `an HTML page${title ? ` titled "${title}"` : ''} instead of the Hub's JSON (a proxy or gateway error?)`;
            }
            const outcome = {
                kind: 'status',
                status: res.status,
                errorCode: errorCode && this.say(errorCode),
                errorMessage: errorMessage && this.say(errorMessage.slice(0, 500)),
            };
            if (res.status === 429 || res.status >= 500) {
                return { outcome, retry: true, retryAfterMs: parseRetryAfter(res.headers.get('retry-after')) };
            }
            return { outcome, retry: false };
        }
        catch (e) {
            received = e.bytesRead ?? received;
            let message;
            if (expired === 'first-byte') {
                message = `the Hub did not answer GET ${url} within ${this.o.timeoutMs} ms`;
            }
            else if (expired === 'deadline') {
                message =
                    stage === 'headers'
                        ? `the Hub did not answer GET ${url} within ${this.o.deadlineMs} ms`
                        : `the Hub's answer to GET ${url} did not complete within ${this.o.deadlineMs} ms (${formatBytes(received)} received)`;
            }
            else if (stage === 'body') {
                message = `the Hub's answer to GET ${url} was cut off after ${formatBytes(received)} (${errorText(e)})`;
            }
            else {
                message = `could not reach the Hub at GET ${url}: ${errorText(e)}`;
            }
            const code = e.cause?.code;
            return {
                outcome: { kind: 'error', message: this.say(message) },
                retry: true,
                timedOut: expired !== undefined,
                hostUnknown: stage === 'headers' && code === 'ENOTFOUND',
            };
        }
        finally {
            clearTimeout(firstByte);
            clearTimeout(deadline);
        }
    }
    /** A 200 answer: JSON, or what it is instead (too large, empty, HTML, cut off, malformed). */
    classify(url, body, contentType) {
        const fail = (message, retry) => ({
            outcome: { kind: 'error', message: this.say(message) },
            retry,
        });
        if (body.overCap) {
            return fail(`the Hub's answer to GET ${url} is larger than the ${formatBytes(this.o.maxBytes)} model-gate reads; it stopped reading there`, false);
        }
        if (!body.text.trim())
            return fail(`the Hub answered GET ${url} with an empty body`, true);
        if (isHtml(contentType, body.text)) {
            const title = htmlTitle(body.text);
            return fail(`the Hub answered GET ${url} with an HTML page${title ? ` titled "${title}"` : ''}, not JSON: a captive portal or proxy in the way, or HF_ENDPOINT is not the Hub's API`, false);
        }
        try {
            return { outcome: { kind: 'json', body: JSON.parse(body.text) }, retry: false };
        }
        catch (e) {
            if (looksCutOff(body.text)) {
                return fail(`the Hub's answer to GET ${url} was cut off: ${formatBytes(body.bytes)} of JSON that ends before it closes`, true);
            }
            return fail(`the Hub answered GET ${url} with malformed JSON (${errorText(e)})`, false);
        }
    }
}

;// CONCATENATED MODULE: ./src/hub/cache.ts
/**
 * The Hub cache file: answers kept between runs, for one Hub endpoint and one kind of access (with or without a
 * token). A file is used only when it is a regular file of bounded size, written by this format version for the
 * same endpoint and access, and every entry in it is exactly what the client writes (`CACHE_SCHEMA`, and checks
 * that tie each entry to its key). Anything else is ignored as a whole, with a warning, and replaced at the end
 * of the run: a cache can only repeat what a Hub answer said, never add to it.
 */








/** Version of the file format; a file of another version is not read. */
const CACHE_FORMAT = 2;
/** Largest cache file read. */
const CACHE_MAX_BYTES = 64 * 1024 * 1024;
/** Most entries kept in the file (the most recent ones). */
const CACHE_MAX_ENTRIES = 20_000;
/** Longest message of a cached not-found answer. */
const MESSAGE_MAX_CHARS = 1024;
/**
 * A short, file-name-safe key of the cache's identity (format version, Hub endpoint, token or not), to name the file
 * or an actions/cache key: `hub-v2-1a2b3c4d5e6f7a8b`.
 */
function hubCacheFileKey(endpoint, tokenUsed) {
    const digest = (0,external_node_crypto_.createHash)('sha256').update(`${CACHE_FORMAT}\n${endpoint}\n${tokenUsed}`).digest('hex');
    return `hub-v${CACHE_FORMAT}-${digest.slice(0, 16)}`;
}
const TRIMMED = {
    type: 'string',
    minLength: 1,
    maxLength: MAX_FIELD_CHARS,
    // Trimmed, as the client writes every string: no leading or trailing white space.
    pattern: '^\\S(?:[\\s\\S]*\\S)?$',
};
const REPO_ID = { type: 'string', minLength: 1, maxLength: 256, pattern: '^[\\w.-]+(?:/[\\w.-]+)?$' };
/** Exactly what `HubCache` writes: no other field, each of its type. */
const CACHE_SCHEMA = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    additionalProperties: false,
    required: ['version', 'endpoint', 'token', 'entries'],
    properties: {
        version: { const: CACHE_FORMAT },
        endpoint: { type: 'string', minLength: 1, maxLength: 2048 },
        token: { type: 'boolean' },
        entries: {
            type: 'object',
            maxProperties: CACHE_MAX_ENTRIES,
            propertyNames: { maxLength: 600, pattern: '^[a-z0-9_.-]+(?:/[a-z0-9_.-]+)?@' },
            additionalProperties: {
                type: 'object',
                additionalProperties: false,
                required: ['at', 'result'],
                properties: {
                    at: { type: 'integer', minimum: 0 },
                    result: {
                        oneOf: [
                            {
                                type: 'object',
                                additionalProperties: false,
                                required: ['ok', 'id', 'baseModels', 'files'],
                                properties: {
                                    ok: { const: true },
                                    id: REPO_ID,
                                    author: TRIMMED,
                                    sha: { type: 'string', pattern: '^[0-9a-f]{40}$' },
                                    lastModified: TRIMMED,
                                    gated: { enum: [true, false, 'auto', 'manual'] },
                                    license: TRIMMED,
                                    licenseName: TRIMMED,
                                    licenseLink: TRIMMED,
                                    baseModels: { type: 'array', maxItems: 10_000, items: TRIMMED },
                                    files: { type: 'array', maxItems: 1_000_000, items: TRIMMED },
                                    revisionFound: { type: 'boolean' },
                                    pipelineTag: TRIMMED,
                                    libraryName: TRIMMED,
                                },
                            },
                            {
                                type: 'object',
                                additionalProperties: false,
                                required: ['ok', 'id', 'reason', 'message'],
                                properties: {
                                    ok: { const: false },
                                    id: REPO_ID,
                                    reason: { const: 'not-found' },
                                    message: { type: 'string', minLength: 1, maxLength: MESSAGE_MAX_CHARS },
                                },
                            },
                        ],
                    },
                },
            },
        },
    },
};
let ajv;
let fileValidator;
let entryValidator;
function firstError(v) {
    const e = v.errors?.[0];
    return e ? `${e.instancePath || '/'} ${e.message ?? 'is invalid'}` : 'does not match the cache format';
}
/** Why a parsed file does not match CACHE_SCHEMA; undefined when it does. */
function validateFile(data) {
    ajv ??= new _2020.Ajv2020({ strict: true, allErrors: false, allowUnionTypes: true });
    fileValidator ??= ajv.compile(CACHE_SCHEMA);
    return fileValidator(data) ? undefined : firstError(fileValidator);
}
/** Why an entry about to be written would not pass CACHE_SCHEMA and the key checks; undefined when it would. */
function cacheEntryProblem(key, entry) {
    ajv ??= new _2020.Ajv2020({ strict: true, allErrors: false, allowUnionTypes: true });
    entryValidator ??= ajv.compile(CACHE_SCHEMA.properties.entries.additionalProperties);
    if (key.length > CACHE_SCHEMA.properties.entries.propertyNames.maxLength)
        return 'has too long a key';
    if (!entryValidator(entry))
        return firstError(entryValidator);
    return entryProblem(key, entry);
}
/**
 * What ties an entry to its key, as a real Hub answer would: the key's id is a repo id in lower case, a revision in
 * its normal form; an answer for the default branch says nothing of a revision; an answer for a revision says
 * whether it was found, and a 40-hex revision found is the commit the answer describes.
 */
function entryProblem(key, e) {
    // A repo id has no `@`: the first one ends it (a revision may hold more).
    const at = key.indexOf('@');
    if (at < 0)
        return 'is not a key of the cache';
    const id = key.slice(0, at);
    const revision = key.slice(at + 1);
    if (!isValidRepoId(id) || id !== id.toLowerCase())
        return 'is not a repo id';
    if (revision && normRevision(revision) !== revision)
        return 'has a revision that is not in its normal form';
    if (e.result.id.toLowerCase() !== id && e.result.ok === false)
        return 'answers for another model';
    if (!e.result.ok)
        return undefined;
    if (!revision && e.result.revisionFound !== undefined)
        return 'has revisionFound without a revision';
    if (revision && e.result.revisionFound === undefined)
        return 'lacks revisionFound for a revision';
    if ((0,manifest/* isPinnedRevision */.Gh)(revision) && e.result.revisionFound && e.result.sha !== revision) {
        return 'describes another commit than the one asked for';
    }
    return undefined;
}
/** A cache file, read once (on first use) and written atomically by `flush`. Never throws. */
class HubCache {
    o;
    loaded;
    fresh = new Map();
    dirty = false;
    constructor(o) {
        this.o = o;
    }
    /** The cached answer for a key, when fresh. */
    async get(key) {
        this.loaded ??= this.read();
        const e = (await this.loaded).get(key);
        return e && this.isFresh(key, e, Date.now()) ? e.result : undefined;
    }
    /** Remember an answer (a model, or not-found) to write at `flush`. */
    set(key, result) {
        const entry = { at: Date.now(), result };
        // Only what a later run will accept is written (an over-long revision, say, is simply not cached).
        if (cacheEntryProblem(key, entry))
            return;
        this.fresh.set(key, entry);
        this.dirty = true;
    }
    /** Write the file (atomically) when anything new was learnt, keeping the fresh entries this run did not use. */
    async flush() {
        if (!this.dirty)
            return;
        const path = this.o.path;
        this.loaded ??= this.read();
        const loaded = await this.loaded;
        const now = Date.now();
        const kept = [...new Map([...loaded, ...this.fresh])]
            .filter(([k, e]) => this.isFresh(k, e, now))
            .sort((a, b) => b[1].at - a[1].at)
            .slice(0, CACHE_MAX_ENTRIES);
        const file = {
            version: CACHE_FORMAT,
            endpoint: this.o.endpoint,
            token: this.o.tokenUsed,
            entries: Object.fromEntries(kept),
        };
        const tmp = `${path}.${process.pid}.${now}.${Math.random().toString(36).slice(2)}.tmp`;
        try {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
            await (0,promises_.writeFile)(tmp, `${JSON.stringify(file)}\n`, { encoding: 'utf8', mode: 0o600 });
            await (0,promises_.rename)(tmp, path);
            this.dirty = false;
        }
        catch (e) {
            this.o.log(`model-gate: could not write the Hub cache ${path}: ${errorText(e)}`);
            await (0,promises_.unlink)(tmp).catch(() => undefined);
        }
    }
    isFresh(key, e, now) {
        const revision = key.slice(key.indexOf('@') + 1);
        const immutable = (0,manifest/* isPinnedRevision */.Gh)(revision) && e.result.ok && e.result.revisionFound !== false;
        return immutable || (now - e.at < this.o.ttlMs && e.at <= now + 60_000);
    }
    ignore(why) {
        this.o.log(`model-gate: ignoring the Hub cache ${this.o.path}: ${why}; it is not trusted and will be replaced`);
        return new Map();
    }
    async read() {
        const path = this.o.path;
        let text;
        try {
            // Non-blocking: a FIFO or device given as the cache must not hang the run.
            const fh = await (0,promises_.open)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
            try {
                const st = await fh.stat();
                if (!st.isFile())
                    return this.ignore('it is not a regular file');
                if (st.size > CACHE_MAX_BYTES) {
                    return this.ignore(`it is ${formatBytes(st.size)}, more than the ${formatBytes(CACHE_MAX_BYTES)} model-gate reads`);
                }
                const buf = Buffer.alloc(st.size);
                const { bytesRead } = await fh.read(buf, 0, st.size, 0);
                text = buf.subarray(0, bytesRead).toString('utf8');
            }
            finally {
                await fh.close();
            }
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return new Map();
            return this.ignore(`it cannot be read (${errorText(e)})`);
        }
        let data;
        try {
            data = JSON.parse(text);
        }
        catch (e) {
            return this.ignore(`it is not JSON (${errorText(e)})`);
        }
        if (!isObject(data))
            return this.ignore('it is not a model-gate Hub cache');
        if (data.version !== CACHE_FORMAT) {
            return this.ignore(`it is in format ${JSON.stringify(data.version ?? null).slice(0, 20)}, this model-gate reads format ${CACHE_FORMAT}`);
        }
        if (data.endpoint !== this.o.endpoint) {
            return this.ignore(`it holds answers of another Hub endpoint than ${this.o.endpoint}`);
        }
        if (data.token !== this.o.tokenUsed) {
            return this.ignore(`it holds answers obtained ${data.token ? 'with' : 'without'} a token, and this run has ${this.o.tokenUsed ? 'one' : 'none'}`);
        }
        const invalid = validateFile(data);
        if (invalid)
            return this.ignore(`it is not what model-gate writes (${invalid})`);
        const file = data;
        const entries = new Map();
        for (const [key, entry] of Object.entries(file.entries)) {
            const problem = entryProblem(key, entry);
            if (problem)
                return this.ignore(`its entry "${key.slice(0, 200)}" ${problem}`);
            entries.set(key, entry);
        }
        return entries;
    }
}

;// CONCATENATED MODULE: ./src/hub/client.ts








const DEFAULT_ENDPOINT = 'https://huggingface.co';
/** Default of `maxResponseBytes`: 8 MiB, eight times the largest model description measured (see docs/security.md). */
const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Whether a revision names an immutable commit. */

/** Truthy spellings of boolean environment variables, as huggingface_hub reads them. */
function envFlag(v) {
    return ['1', 'true', 'yes', 'on'].includes((v ?? '').trim().toLowerCase());
}
function failure(id, reason, message) {
    return { ok: false, id, reason, message };
}
function positive(v, dflt) {
    return v !== undefined && Number.isFinite(v) && v > 0 ? v : dflt;
}
/** The endpoint's address split from its credentials; an error (credentials masked) when it is not usable. */
function parseEndpoint(raw) {
    const shown = (0,sanitize/* redactUrl */.BO)(raw);
    const bad = (why) => ({
        base: shown.replace(/\/+$/, ''),
        error: `the Hub endpoint "${shown}" (HF_ENDPOINT) ${why}`,
    });
    let u;
    try {
        u = new URL(raw);
    }
    catch {
        return bad('is not an http(s) address');
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
        return bad('is not an http(s) address');
    if (u.search || u.hash || raw.includes('?') || raw.includes('#')) {
        return bad('has a query or fragment; give the base address only, e.g. https://huggingface.co');
    }
    let basic;
    if (u.username || u.password) {
        const user = decodeURIComponent(u.username);
        const pass = decodeURIComponent(u.password);
        basic = `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
        u.username = '';
        u.password = '';
    }
    return { base: u.href.replace(/\/+$/, ''), basic };
}
/**
 * The Hugging Face Hub's model API, as the core needs it: one request per model and revision per run, at most
 * `maxInFlight` at once, retries with backoff, an optional cache file. `resolve` never throws and never hangs, and
 * no message it gives shows a credential.
 */
class HubClient {
    /** The Hub's base address, without credentials. */
    endpoint;
    offline;
    /** Identity of the cache (format, endpoint, token or not), e.g. to name the cache file or an actions/cache key. */
    cacheKey;
    token;
    configError;
    http;
    cache;
    memo = new Map();
    constructor(options = {}) {
        const raw = (options.endpoint ?? process.env.HF_ENDPOINT ?? '').trim() || DEFAULT_ENDPOINT;
        const endpoint = parseEndpoint(raw);
        this.endpoint = endpoint.base;
        this.configError = endpoint.error;
        const token = options.token === null ? undefined : (options.token ?? process.env.HF_TOKEN);
        this.token = token?.trim() || undefined;
        this.offline = options.offline ?? envFlag(process.env.HF_HUB_OFFLINE);
        const timeoutMs = positive(options.timeoutMs, 10_000);
        const headers = {
            Accept: 'application/json',
            'User-Agent': options.userAgent ?? 'model-gate',
        };
        const authorization = this.token ? `Bearer ${this.token}` : endpoint.basic;
        if (authorization)
            headers.Authorization = authorization;
        this.http = new HubHttp({
            timeoutMs,
            deadlineMs: Math.max(timeoutMs, positive(options.deadlineMs, 30_000)),
            maxBytes: Math.floor(positive(options.maxResponseBytes, DEFAULT_MAX_RESPONSE_BYTES)),
            retries: Math.max(0, Math.floor(options.retries ?? 3)),
            baseDelayMs: Math.max(0, options.baseDelayMs ?? 500),
            maxDelayMs: Math.max(0, options.maxDelayMs ?? 30_000),
            maxInFlight: Math.max(1, Math.floor(options.maxInFlight ?? 8)),
            breakAfter: Math.max(0, Math.floor(options.breakAfter ?? 3)),
            endpoint: this.endpoint,
            headers,
            secrets: [this.token, authorization].filter((s) => !!s),
            tokenUsed: !!this.token,
        });
        this.cacheKey = hubCacheFileKey(this.endpoint, !!this.token);
        if (options.cachePath) {
            this.cache = new HubCache({
                path: options.cachePath,
                ttlMs: Math.max(0, options.cacheTtlMs ?? DAY_MS),
                endpoint: this.endpoint,
                tokenUsed: !!this.token,
                log: options.log ?? (() => undefined),
            });
        }
    }
    /** HTTP requests sent so far (every attempt counts). */
    get requests() {
        return this.http.requests;
    }
    /** What the Hub says of a model (at a revision when given). Memoised per (id, revision), id case-insensitive. */
    resolve(id, revision) {
        const cleanId = id.trim();
        if (this.offline) {
            return Promise.resolve(failure(cleanId, 'offline', 'offline mode (--offline, hub: false or HF_HUB_OFFLINE=1): the Hub was not asked'));
        }
        const key = hubCacheKey(cleanId, revision);
        let pending = this.memo.get(key);
        if (!pending) {
            pending = this.lookup(cleanId, normRevision(revision), key).catch((e) => failure(cleanId, 'error', (0,sanitize/* redactSecrets */.fp)(`unexpected failure while asking the Hub about ${cleanId}: ${errorText(e)}`, [this.token])));
            this.memo.set(key, pending);
        }
        return pending;
    }
    /** Wait for pending lookups, then write the cache file (atomically) when anything new was learnt. Never throws. */
    async flush() {
        await Promise.allSettled([...this.memo.values()]);
        await this.cache?.flush();
    }
    async lookup(id, revision, key) {
        if (this.configError)
            return failure(id, 'error', this.configError);
        if (!isValidRepoId(id)) {
            return failure(id, 'not-found', `"${id}" is not a Hugging Face repo id (expected "namespace/name")`);
        }
        const cached = await this.cache?.get(key);
        if (cached)
            return cached;
        const result = revision ? await this.fetchRevision(id, revision) : await this.fetchModel(id);
        if (result.ok)
            this.cache?.set(key, result);
        else if (result.reason === 'not-found')
            this.cache?.set(key, { ...result, reason: 'not-found' });
        return result;
    }
    async fetchModel(id) {
        const url = this.endpoint + modelApiPath(id);
        const ex = await this.http.get(url);
        if (ex.kind === 'json')
            return this.info(id, ex.body, url);
        if (ex.kind === 'error')
            return failure(id, 'error', ex.message);
        return this.statusFailure(id, ex, url);
    }
    async fetchRevision(id, revision) {
        const url = this.endpoint + modelApiPath(id, revision);
        const ex = await this.http.get(url);
        if (ex.kind === 'json') {
            const info = this.info(id, ex.body, url);
            return info.ok ? { ...info, revisionFound: true } : info;
        }
        if (ex.kind === 'error')
            return failure(id, 'error', ex.message);
        if (ex.status === 404 && ex.errorCode !== 'RepoNotFound') {
            // The revision is missing, or the whole repository: the repository's own address tells which.
            const repo = await this.resolve(id);
            if (repo.ok)
                return { ...repo, revisionFound: false };
            return repo;
        }
        return this.statusFailure(id, ex, url);
    }
    info(id, body, url) {
        const info = normaliseModelInfo(body, id);
        return info ?? failure(id, 'error', `the Hub answered ${url} with JSON that is not a model description`);
    }
    statusFailure(id, ex, url) {
        const code = ex.errorCode ? `, ${ex.errorCode}` : '';
        const tokenHint = this.token
            ? 'the token in HF_TOKEN (action input hf-token) does not grant access to it'
            : 'set HF_TOKEN (action input hf-token) to a token with access to it';
        if (ex.errorCode === 'RepoNotFound' || ex.status === 404) {
            return failure(id, 'not-found', this.token
                ? `the Hub has no model ${id} (HTTP ${ex.status}${code})`
                : `the Hub has no public model ${id} (HTTP ${ex.status}${code}); if it is private, ${tokenHint}`);
        }
        if (ex.status === 401 && this.token && ex.errorCode !== 'GatedRepo') {
            return failure(id, 'unauthorized', `the Hub refused the token in HF_TOKEN (action input hf-token) for ${id} (HTTP 401${code}): it is invalid or expired; create a new one at huggingface.co/settings/tokens`);
        }
        if (ex.status === 401 || ex.status === 403) {
            const what = ex.errorCode === 'GatedRepo'
                ? `is gated: accept its terms on huggingface.co with the token's account, and ${this.token ? 'give that account access' : 'set HF_TOKEN (action input hf-token) to a token of that account'}`
                : `is gated or private; ${tokenHint}`;
            return failure(id, 'unauthorized', `the Hub refused access to ${id} (HTTP ${ex.status}${code}): it ${what}`);
        }
        const detail = ex.errorMessage ? `: ${ex.errorMessage}` : '';
        return failure(id, 'error', `the Hub answered HTTP ${ex.status}${code} to GET ${url}${detail}`);
    }
}


/***/ })

};

//# sourceMappingURL=79.index.js.map