import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { HubLookup, HubLookupFailure, HubModelInfo, ModelResolver } from '../core/types.js';
import { errorText } from '../core/errors.js';
import { isPinnedRevision } from '../core/manifest.js';

/** Options of the Hugging Face Hub client. Every one has a default suited to a CI run. */
export interface HubClientOptions {
  /** Base address of the Hub. Default `HF_ENDPOINT`, else `https://huggingface.co`; a trailing slash is tolerated. */
  endpoint?: string;
  /** Access token sent as `Authorization: Bearer`. Default `HF_TOKEN`; `null` never sends one. */
  token?: string | null;
  /** Make no request at all: every lookup answers `{ ok: false, reason: 'offline' }`. Also on `HF_HUB_OFFLINE=1`. */
  offline?: boolean;
  /** Time allowed for one request, answer body included. Default 10 000 ms. */
  timeoutMs?: number;
  /** Retries after the first attempt on 429, 5xx, timeouts and network errors. Default 3. */
  retries?: number;
  /** First backoff delay; doubled at each retry (with jitter). Default 500 ms. */
  baseDelayMs?: number;
  /** Cap of any wait between attempts, `Retry-After` included. Default 30 000 ms. */
  maxDelayMs?: number;
  /** Requests in flight at most. Default 8. */
  maxInFlight?: number;
  /**
   * After this many lookups in a row fail for want of an answer (timeouts, network errors, 429/5xx after every retry),
   * the Hub is deemed unreachable and the remaining lookups fail at once instead of waiting in turn. Default 3; 0 never.
   */
  breakAfter?: number;
  /** JSON file caching answers between runs (hand it to actions/cache). No cache when absent. */
  cachePath?: string;
  /** Lifetime of cached answers, except pinned revisions (40-hex commit) which never expire. Default 24 h. */
  cacheTtlMs?: number;
  /** `User-Agent` header. Default `model-gate`. */
  userAgent?: string;
  /** Receives warnings (corrupt cache file, cache not written). Default: dropped. */
  log?: (message: string) => void;
}

export const DEFAULT_ENDPOINT = 'https://huggingface.co';
const DAY_MS = 24 * 60 * 60 * 1000;
const SHA_RE = /^[0-9a-f]{40}$/i;

/** What one HTTP exchange (after retries) came to. */
type Exchange =
  | { kind: 'json'; body: unknown }
  | { kind: 'status'; status: number; errorCode?: string; errorMessage?: string }
  | { kind: 'error'; message: string };

interface Attempt {
  outcome: Exchange;
  /** Worth another attempt (429, 5xx, timeout, network error). */
  retry: boolean;
  /** Wait the server asked for (`Retry-After`), in ms. */
  retryAfterMs?: number;
  /** No answer within the timeout: retried once only, since a silent Hub rarely answers the third time. */
  timedOut?: boolean;
  /** The Hub's host name does not resolve: no lookup of this run can succeed. */
  hostUnknown?: boolean;
}

interface CacheEntry {
  /** When the answer was obtained (ms since epoch). */
  at: number;
  result: HubLookup;
}

interface CacheFile {
  version: 1;
  entries: Record<string, CacheEntry>;
}

/** Truthy spellings of boolean environment variables, as huggingface_hub reads them. */
function envFlag(v: string | undefined): boolean {
  return ['1', 'true', 'yes', 'on'].includes((v ?? '').trim().toLowerCase());
}

/** Whether a revision names an immutable commit. */
export { isPinnedRevision };

function normRevision(revision: string | undefined): string | undefined {
  const r = revision?.trim();
  if (!r) return undefined;
  return SHA_RE.test(r) ? r.toLowerCase() : r;
}

/** Key of a lookup in the memo and in the cache file: lower-case id, `@`, revision (empty for the default branch). */
export function hubCacheKey(id: string, revision?: string): string {
  return `${id.trim().toLowerCase()}@${normRevision(revision) ?? ''}`;
}

/** Whether `id` has the shape of a Hub repo id (`name` or `namespace/name`, as huggingface_hub's validate_repo_id). */
export function isValidRepoId(id: string): boolean {
  const segs = id.split('/');
  if (segs.length > 2) return false;
  return segs.every(
    (s, i) =>
      /^[\w.-]+$/.test(s) &&
      /^\w/.test(s) &&
      /\w$/.test(s) &&
      !s.includes('--') &&
      !s.includes('..') &&
      (i < segs.length - 1 || (s.length <= 96 && !s.toLowerCase().endsWith('.git'))),
  );
}

/** Path of a model in the Hub API: each segment encoded, the `/` between namespace and name kept. */
export function modelApiPath(id: string, revision?: string): string {
  const repo = id
    .split('/')
    .map((s) => encodeURIComponent(s))
    .join('/');
  return `/api/models/${repo}${revision ? `/revision/${encodeURIComponent(revision)}` : ''}`;
}

function failure(id: string, reason: HubLookupFailure['reason'], message: string): HubLookupFailure {
  return { ok: false, id, reason, message };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** `Retry-After` in ms: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const date = Date.parse(v);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/**
 * The Hugging Face Hub's model API, as the core needs it: one request per model and revision per run, at most
 * `maxInFlight` at once, retries with backoff, an optional cache file. `resolve` never throws and never hangs.
 */
export class HubClient implements ModelResolver {
  readonly endpoint: string;
  readonly offline: boolean;
  private readonly token?: string;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly maxInFlight: number;
  private readonly breakAfter: number;
  private readonly cachePath?: string;
  private readonly cacheTtlMs: number;
  private readonly userAgent: string;
  private readonly log: (message: string) => void;
  private readonly configError?: string;

  private readonly memo = new Map<string, Promise<HubLookup>>();
  private inFlight = 0;
  private readonly waiters: (() => void)[] = [];
  private cacheLoad?: Promise<Map<string, CacheEntry>>;
  private readonly fresh = new Map<string, CacheEntry>();
  private dirty = false;
  private failuresInARow = 0;
  private unreachable?: string;
  /** HTTP requests sent so far (every attempt counts). */
  requests = 0;

  constructor(options: HubClientOptions = {}) {
    const raw = (options.endpoint ?? process.env.HF_ENDPOINT ?? '').trim() || DEFAULT_ENDPOINT;
    this.endpoint = raw.replace(/\/+$/, '');
    try {
      const u = new URL(this.endpoint);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('not http(s)');
    } catch {
      this.configError = `the Hub endpoint "${raw}" (HF_ENDPOINT) is not an http(s) address`;
    }
    const token = options.token === null ? undefined : (options.token ?? process.env.HF_TOKEN);
    this.token = token?.trim() || undefined;
    this.offline = options.offline ?? envFlag(process.env.HF_HUB_OFFLINE);
    this.timeoutMs = positive(options.timeoutMs, 10_000);
    this.retries = Math.max(0, Math.floor(options.retries ?? 3));
    this.baseDelayMs = Math.max(0, options.baseDelayMs ?? 500);
    this.maxDelayMs = Math.max(0, options.maxDelayMs ?? 30_000);
    this.maxInFlight = Math.max(1, Math.floor(options.maxInFlight ?? 8));
    this.breakAfter = Math.max(0, Math.floor(options.breakAfter ?? 3));
    this.cachePath = options.cachePath;
    this.cacheTtlMs = Math.max(0, options.cacheTtlMs ?? DAY_MS);
    this.userAgent = options.userAgent ?? 'model-gate';
    this.log = options.log ?? (() => undefined);
  }

  /** What the Hub says of a model (at a revision when given). Memoised per (id, revision), id case-insensitive. */
  resolve(id: string, revision?: string): Promise<HubLookup> {
    const cleanId = id.trim();
    if (this.offline) {
      return Promise.resolve(
        failure(
          cleanId,
          'offline',
          'offline mode (--offline, hub: false or HF_HUB_OFFLINE=1): the Hub was not asked',
        ),
      );
    }
    const key = hubCacheKey(cleanId, revision);
    let pending = this.memo.get(key);
    if (!pending) {
      pending = this.lookup(cleanId, normRevision(revision), key).catch((e: unknown) =>
        failure(
          cleanId,
          'error',
          `unexpected failure while asking the Hub about ${cleanId}: ${errorText(e, { cause: true })}`,
        ),
      );
      this.memo.set(key, pending);
    }
    return pending;
  }

  /** Wait for pending lookups, then write the cache file (atomically) when anything new was learnt. Never throws. */
  async flush(): Promise<void> {
    await Promise.allSettled([...this.memo.values()]);
    if (!this.cachePath || !this.dirty) return;
    const path = this.cachePath;
    // Entries of the file that this run never looked at are kept.
    this.cacheLoad ??= this.readCache(path);
    const loaded = await this.cacheLoad;
    const now = Date.now();
    const entries: Record<string, CacheEntry> = {};
    for (const [k, e] of [...loaded, ...this.fresh]) {
      if (this.isFresh(k, e, now)) entries[k] = e;
    }
    const file: CacheFile = { version: 1, entries };
    const tmp = `${path}.${process.pid}.${now}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(tmp, `${JSON.stringify(file)}\n`, 'utf8');
      await rename(tmp, path);
      this.dirty = false;
    } catch (e) {
      this.log(`model-gate: could not write the Hub cache ${path}: ${errorText(e, { cause: true })}`);
      await unlink(tmp).catch(() => undefined);
    }
  }

  private async lookup(id: string, revision: string | undefined, key: string): Promise<HubLookup> {
    if (this.configError) return failure(id, 'error', this.configError);
    if (!isValidRepoId(id)) {
      return failure(id, 'not-found', `"${id}" is not a Hugging Face repo id (expected "namespace/name")`);
    }
    const cached = await this.fromCache(key);
    if (cached) return cached;
    const result = revision ? await this.fetchRevision(id, revision) : await this.fetchModel(id);
    if (result.ok || result.reason === 'not-found') {
      this.fresh.set(key, { at: Date.now(), result });
      this.dirty = true;
    }
    return result;
  }

  private async fetchModel(id: string): Promise<HubLookup> {
    const url = this.endpoint + modelApiPath(id);
    const ex = await this.get(url);
    if (ex.kind === 'json') return this.info(id, ex.body, url);
    if (ex.kind === 'error') return failure(id, 'error', ex.message);
    return this.statusFailure(id, ex, url);
  }

  private async fetchRevision(id: string, revision: string): Promise<HubLookup> {
    const url = this.endpoint + modelApiPath(id, revision);
    const ex = await this.get(url);
    if (ex.kind === 'json') {
      const info = this.info(id, ex.body, url);
      return info.ok ? { ...info, revisionFound: true } : info;
    }
    if (ex.kind === 'error') return failure(id, 'error', ex.message);
    if (ex.status === 404 && ex.errorCode !== 'RepoNotFound') {
      // The revision is missing, or the whole repository: the repository's own address tells which.
      const repo = await this.resolve(id);
      if (repo.ok) return { ...repo, revisionFound: false };
      return repo;
    }
    return this.statusFailure(id, ex, url);
  }

  private info(id: string, body: unknown, url: string): HubLookup {
    const info = normaliseModelInfo(body, id);
    return info ?? failure(id, 'error', `the Hub answered ${url} with JSON that is not a model description`);
  }

  private statusFailure(
    id: string,
    ex: Extract<Exchange, { kind: 'status' }>,
    url: string,
  ): HubLookupFailure {
    const code = ex.errorCode ? `, ${ex.errorCode}` : '';
    const tokenHint = this.token
      ? 'the token in HF_TOKEN (action input hf-token) does not grant access to it'
      : 'set HF_TOKEN (action input hf-token) to a token with access to it';
    if (ex.errorCode === 'RepoNotFound' || ex.status === 404) {
      return failure(
        id,
        'not-found',
        this.token
          ? `the Hub has no model ${id} (HTTP ${ex.status}${code})`
          : `the Hub has no public model ${id} (HTTP ${ex.status}${code}); if it is private, ${tokenHint}`,
      );
    }
    if (ex.status === 401 || ex.status === 403) {
      const what = ex.errorCode === 'GatedRepo' ? 'is gated' : 'is gated or private';
      return failure(
        id,
        'unauthorized',
        `the Hub refused access to ${id} (HTTP ${ex.status}${code}): it ${what}; ${tokenHint}`,
      );
    }
    const detail = ex.errorMessage ? `: ${ex.errorMessage}` : '';
    return failure(id, 'error', `the Hub answered HTTP ${ex.status}${code} to GET ${url}${detail}`);
  }

  /** One GET with retries, backoff and the in-flight limit. */
  private async get(url: string): Promise<Exchange> {
    for (let attempt = 0; ; attempt++) {
      const a = await this.withSlot(() => this.once(url));
      if (!a) return { kind: 'error', message: this.unreachable ?? 'the Hub is unreachable' };
      if (!a.retry) {
        this.failuresInARow = 0;
        return a.outcome;
      }
      if (a.hostUnknown && a.outcome.kind === 'error') {
        // DNS does not know the Hub: every other lookup would fail the same way, so stop asking now.
        this.unreachable ??= `skipped: ${a.outcome.message}`;
        return { kind: 'error', message: a.outcome.message };
      }
      if (attempt < (a.timedOut ? Math.min(1, this.retries) : this.retries)) {
        await sleep(this.delay(attempt, a.retryAfterMs));
        continue;
      }
      const tries = `${attempt + 1} attempt${attempt > 0 ? 's' : ''}`;
      let message: string;
      if (a.outcome.kind === 'status') {
        const hint =
          a.outcome.status === 429 && !this.token
            ? '; rate limited: a token (HF_TOKEN) raises the limit'
            : '';
        message = `the Hub answered HTTP ${a.outcome.status} to GET ${url} (${tries}${hint})`;
      } else {
        message = `${a.outcome.kind === 'error' ? a.outcome.message : `unexpected answer to GET ${url}`} (${tries})`;
      }
      this.noteUnanswered(message);
      return { kind: 'error', message };
    }
  }

  private noteUnanswered(message: string): void {
    this.failuresInARow++;
    if (this.breakAfter > 0 && this.failuresInARow >= this.breakAfter && !this.unreachable) {
      this.unreachable = `skipped: the Hub at ${this.endpoint} failed ${this.failuresInARow} lookups in a row (last: ${message})`;
    }
  }

  private delay(attempt: number, retryAfterMs: number | undefined): number {
    if (retryAfterMs !== undefined) return Math.min(retryAfterMs, this.maxDelayMs);
    const exp = this.baseDelayMs * 2 ** attempt;
    return Math.min(this.maxDelayMs, Math.round(exp * (0.75 + Math.random() * 0.5)));
  }

  private async withSlot<T>(fn: () => Promise<T>): Promise<T> {
    while (this.inFlight >= this.maxInFlight) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    this.inFlight++;
    try {
      return await fn();
    } finally {
      this.inFlight--;
      this.waiters.shift()?.();
    }
  }

  /** One request; undefined, without asking, once the Hub is deemed unreachable. */
  private async once(url: string): Promise<Attempt | undefined> {
    if (this.unreachable) return undefined;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeoutMs);
    const headers: Record<string, string> = { Accept: 'application/json', 'User-Agent': this.userAgent };
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    this.requests++;
    try {
      const res = await fetch(url, { headers, signal: controller.signal, redirect: 'follow' });
      const text = await res.text();
      if (res.status === 200) {
        try {
          return { outcome: { kind: 'json', body: JSON.parse(text) }, retry: false };
        } catch (e) {
          return {
            outcome: {
              kind: 'error',
              message: `the Hub answered GET ${url} with malformed JSON (${errorText(e, { cause: true })})`,
            },
            retry: false,
          };
        }
      }
      const errorCode = res.headers.get('x-error-code') ?? undefined;
      const errorMessage = res.headers.get('x-error-message') ?? jsonError(text);
      const outcome: Exchange = { kind: 'status', status: res.status, errorCode, errorMessage };
      if (res.status === 429 || res.status >= 500) {
        return { outcome, retry: true, retryAfterMs: parseRetryAfter(res.headers.get('retry-after')) };
      }
      return { outcome, retry: false };
    } catch (e) {
      const message = timedOut
        ? `the Hub did not answer GET ${url} within ${this.timeoutMs} ms`
        : `could not reach the Hub at GET ${url}: ${errorText(e, { cause: true })}`;
      const code = (e as { cause?: { code?: string } }).cause?.code;
      return { outcome: { kind: 'error', message }, retry: true, timedOut, hostUnknown: code === 'ENOTFOUND' };
    } finally {
      clearTimeout(timer);
    }
  }

  private fromCache(key: string): Promise<HubLookup | undefined> | undefined {
    if (!this.cachePath) return undefined;
    this.cacheLoad ??= this.readCache(this.cachePath);
    return this.cacheLoad.then((entries) => {
      const e = entries.get(key);
      return e && this.isFresh(key, e, Date.now()) ? e.result : undefined;
    });
  }

  private isFresh(key: string, e: CacheEntry, now: number): boolean {
    const revision = key.slice(key.lastIndexOf('@') + 1);
    const immutable = isPinnedRevision(revision) && e.result.ok && e.result.revisionFound !== false;
    return immutable || (now - e.at < this.cacheTtlMs && e.at <= now + 60_000);
  }

  private async readCache(path: string): Promise<Map<string, CacheEntry>> {
    const entries = new Map<string, CacheEntry>();
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (e) {
      if ((e as { code?: string }).code !== 'ENOENT')
        this.log(`model-gate: ignoring unreadable Hub cache ${path}: ${errorText(e, { cause: true })}`);
      return entries;
    }
    try {
      const data = JSON.parse(text) as Partial<CacheFile>;
      if (!isObject(data) || data.version !== 1 || !isObject(data.entries))
        throw new Error('not a model-gate Hub cache');
      for (const [k, e] of Object.entries(data.entries)) {
        if (isCacheEntry(e)) entries.set(k, e);
      }
    } catch (e) {
      this.log(`model-gate: ignoring corrupt Hub cache ${path}: ${errorText(e, { cause: true })}`);
    }
    return entries;
  }
}

function positive(v: number | undefined, dflt: number): number {
  return v !== undefined && Number.isFinite(v) && v > 0 ? v : dflt;
}

function jsonError(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as unknown;
    if (isObject(body) && typeof body.error === 'string') return body.error;
  } catch {
    /* not JSON */
  }
  return undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isCacheEntry(e: unknown): e is CacheEntry {
  if (!isObject(e) || typeof e.at !== 'number' || !isObject(e.result)) return false;
  const r = e.result;
  if (typeof r.id !== 'string') return false;
  if (r.ok === true) return Array.isArray(r.baseModels) && Array.isArray(r.files);
  return r.ok === false && r.reason === 'not-found' && typeof r.message === 'string';
}

function str(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t ? t : undefined;
}

function strList(v: unknown): string[] {
  const list = Array.isArray(v) ? v : [v];
  return list.map(str).filter((s): s is string => s !== undefined);
}

const BASE_RELATIONS = new Set(['adapter', 'merge', 'quantized', 'finetune']);

/** `https://huggingface.co/org/name` (as some cards write base_model) to `org/name`. */
function repoIdOf(ref: string): string {
  const m = /^https?:\/\/(?:www\.)?(?:huggingface\.co|hf\.co)\/([^?#]+?)\/*(?:[?#].*)?$/i.exec(ref);
  return m ? m[1] : ref;
}

/**
 * A HubModelInfo from the JSON of `GET /api/models/{id}[/revision/{rev}]`; undefined when the JSON is not an object.
 * Tolerant of missing or oddly typed fields: a card's YAML can hold anything.
 */
export function normaliseModelInfo(body: unknown, askedId: string): HubModelInfo | undefined {
  if (!isObject(body)) return undefined;
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
  const files = Array.isArray(body.siblings)
    ? body.siblings.map((s) => (isObject(s) ? str(s.rfilename) : undefined)).filter((s): s is string => !!s)
    : [];
  const gated = body.gated;
  const info: HubModelInfo = {
    ok: true,
    id: str(body.id) ?? str(body.modelId) ?? askedId,
    baseModels: [...new Set(baseModels)],
    files,
  };
  const set = <K extends keyof HubModelInfo>(k: K, v: HubModelInfo[K] | undefined) => {
    if (v !== undefined) info[k] = v;
  };
  set('author', str(body.author));
  set('sha', str(body.sha));
  set('lastModified', str(body.lastModified));
  set(
    'gated',
    gated === true || gated === false || gated === 'auto' || gated === 'manual' ? gated : undefined,
  );
  set('license', strList(card.license)[0] ?? str(licenseTag));
  set('licenseName', strList(card.license_name)[0]);
  set('licenseLink', strList(card.license_link)[0]);
  set('pipelineTag', str(body.pipeline_tag));
  set('libraryName', str(body.library_name));
  return info;
}
