/**
 * The Hugging Face Hub client the core sees (`ModelResolver`): per-run memo, configuration, and the meaning of
 * the Hub's answers. The HTTP exchange is in `http.ts`, the cache file in `cache.ts`, the answer's normalising in
 * `parse.ts`.
 */
import type { HubLookup, HubLookupFailure, ModelResolver } from '../core/types.js';
import { isPinnedRevision } from '../core/manifest.js';
import { redactSecrets, redactUrl } from '../core/sanitize.js';
import { HubCache, hubCacheFileKey } from './cache.js';
import { errorText, HubHttp, type Exchange } from './http.js';
import { hubCacheKey, isValidRepoId, modelApiPath, normaliseModelInfo, normRevision } from './parse.js';

export { hubCacheKey, isValidRepoId, modelApiPath, normaliseModelInfo } from './parse.js';
export { parseRetryAfter } from './http.js';
export { hubCacheFileKey } from './cache.js';

/** Options of the Hugging Face Hub client. Every one has a default suited to a CI run. */
export interface HubClientOptions {
  /**
   * Base address of the Hub. Default `HF_ENDPOINT`, else `https://huggingface.co`; a trailing slash is tolerated.
   * Credentials in it (`https://user:pass@mirror/`) are sent as HTTP Basic authentication when no token is, and
   * never shown.
   */
  endpoint?: string;
  /** Access token sent as `Authorization: Bearer`. Default `HF_TOKEN`; `null` never sends one. */
  token?: string | null;
  /** Make no request at all: every lookup answers `{ ok: false, reason: 'offline' }`. Also on `HF_HUB_OFFLINE=1`. */
  offline?: boolean;
  /** Time allowed until an answer starts (status line and headers). Default 10 000 ms. */
  timeoutMs?: number;
  /** Time allowed for one attempt as a whole, body included. Default 30 000 ms (never less than `timeoutMs`). */
  deadlineMs?: number;
  /** Most bytes read of an answer; a longer one is an error for that model. Default 8 MiB. */
  maxResponseBytes?: number;
  /** Retries after the first attempt on 429, 5xx, cut-off or empty answers, timeouts and network errors. Default 3. */
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
  /** JSON file caching answers between runs (keep it out of the checkout). No cache when absent. */
  cachePath?: string;
  /** Lifetime of cached answers, except pinned revisions (40-hex commit) which never expire. Default 24 h. */
  cacheTtlMs?: number;
  /** `User-Agent` header. Default `model-gate`. */
  userAgent?: string;
  /** Receives warnings (cache file ignored or not written). Default: dropped. */
  log?: (message: string) => void;
}

export const DEFAULT_ENDPOINT = 'https://huggingface.co';
/** Default of `maxResponseBytes`: 8 MiB, eight times the largest model description measured (see docs/security.md). */
export const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether a revision names an immutable commit. */
export { isPinnedRevision };

/** Truthy spellings of boolean environment variables, as huggingface_hub reads them. */
function envFlag(v: string | undefined): boolean {
  return ['1', 'true', 'yes', 'on'].includes((v ?? '').trim().toLowerCase());
}

function failure(id: string, reason: HubLookupFailure['reason'], message: string): HubLookupFailure {
  return { ok: false, id, reason, message };
}

function positive(v: number | undefined, dflt: number): number {
  return v !== undefined && Number.isFinite(v) && v > 0 ? v : dflt;
}

interface Endpoint {
  /** Base address to request, without credentials and without a trailing slash. */
  base: string;
  /** `Authorization` value from credentials in the address, if any. */
  basic?: string;
  error?: string;
}

/** The endpoint's address split from its credentials; an error (credentials masked) when it is not usable. */
function parseEndpoint(raw: string): Endpoint {
  const shown = redactUrl(raw);
  const bad = (why: string): Endpoint => ({
    base: shown.replace(/\/+$/, ''),
    error: `the Hub endpoint "${shown}" (HF_ENDPOINT) ${why}`,
  });
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return bad('is not an http(s) address');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return bad('is not an http(s) address');
  if (u.search || u.hash || raw.includes('?') || raw.includes('#')) {
    return bad('has a query or fragment; give the base address only, e.g. https://huggingface.co');
  }
  let basic: string | undefined;
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
export class HubClient implements ModelResolver {
  /** The Hub's base address, without credentials. */
  readonly endpoint: string;
  readonly offline: boolean;
  /** Identity of the cache (format, endpoint, token or not), e.g. to name the cache file or an actions/cache key. */
  readonly cacheKey: string;
  private readonly token?: string;
  private readonly configError?: string;
  private readonly http: HubHttp;
  private readonly cache?: HubCache;
  private readonly memo = new Map<string, Promise<HubLookup>>();

  constructor(options: HubClientOptions = {}) {
    const raw = (options.endpoint ?? process.env.HF_ENDPOINT ?? '').trim() || DEFAULT_ENDPOINT;
    const endpoint = parseEndpoint(raw);
    this.endpoint = endpoint.base;
    this.configError = endpoint.error;
    const token = options.token === null ? undefined : (options.token ?? process.env.HF_TOKEN);
    this.token = token?.trim() || undefined;
    this.offline = options.offline ?? envFlag(process.env.HF_HUB_OFFLINE);
    const timeoutMs = positive(options.timeoutMs, 10_000);
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'User-Agent': options.userAgent ?? 'model-gate',
    };
    const authorization = this.token ? `Bearer ${this.token}` : endpoint.basic;
    if (authorization) headers.Authorization = authorization;
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
      secrets: [this.token, authorization].filter((s): s is string => !!s),
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
  get requests(): number {
    return this.http.requests;
  }

  /** What the Hub says of a model (at a revision when given). Memoised per (id, revision), id case-insensitive. */
  resolve(id: string, revision?: string): Promise<HubLookup> {
    const cleanId = id.trim();
    if (this.offline) {
      return Promise.resolve(
        failure(cleanId, 'offline', 'offline mode (--offline, hub: false or HF_HUB_OFFLINE=1): the Hub was not asked'),
      );
    }
    const key = hubCacheKey(cleanId, revision);
    let pending = this.memo.get(key);
    if (!pending) {
      pending = this.lookup(cleanId, normRevision(revision), key).catch((e: unknown) =>
        failure(
          cleanId,
          'error',
          redactSecrets(`unexpected failure while asking the Hub about ${cleanId}: ${errorText(e)}`, [this.token]),
        ),
      );
      this.memo.set(key, pending);
    }
    return pending;
  }

  /** Wait for pending lookups, then write the cache file (atomically) when anything new was learnt. Never throws. */
  async flush(): Promise<void> {
    await Promise.allSettled([...this.memo.values()]);
    await this.cache?.flush();
  }

  private async lookup(id: string, revision: string | undefined, key: string): Promise<HubLookup> {
    if (this.configError) return failure(id, 'error', this.configError);
    if (!isValidRepoId(id)) {
      return failure(id, 'not-found', `"${id}" is not a Hugging Face repo id (expected "namespace/name")`);
    }
    const cached = await this.cache?.get(key);
    if (cached) return cached;
    const result = revision ? await this.fetchRevision(id, revision) : await this.fetchModel(id);
    if (result.ok) this.cache?.set(key, result);
    else if (result.reason === 'not-found') this.cache?.set(key, { ...result, reason: 'not-found' });
    return result;
  }

  private async fetchModel(id: string): Promise<HubLookup> {
    const url = this.endpoint + modelApiPath(id);
    const ex = await this.http.get(url);
    if (ex.kind === 'json') return this.info(id, ex.body, url);
    if (ex.kind === 'error') return failure(id, 'error', ex.message);
    return this.statusFailure(id, ex, url);
  }

  private async fetchRevision(id: string, revision: string): Promise<HubLookup> {
    const url = this.endpoint + modelApiPath(id, revision);
    const ex = await this.http.get(url);
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

  private statusFailure(id: string, ex: Extract<Exchange, { kind: 'status' }>, url: string): HubLookupFailure {
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
    if (ex.status === 401 && this.token && ex.errorCode !== 'GatedRepo') {
      return failure(
        id,
        'unauthorized',
        `the Hub refused the token in HF_TOKEN (action input hf-token) for ${id} (HTTP 401${code}): it is invalid or expired; create a new one at huggingface.co/settings/tokens`,
      );
    }
    if (ex.status === 401 || ex.status === 403) {
      const what =
        ex.errorCode === 'GatedRepo'
          ? `is gated: accept its terms on huggingface.co with the token's account, and ${this.token ? 'give that account access' : 'set HF_TOKEN (action input hf-token) to a token of that account'}`
          : `is gated or private; ${tokenHint}`;
      return failure(id, 'unauthorized', `the Hub refused access to ${id} (HTTP ${ex.status}${code}): it ${what}`);
    }
    const detail = ex.errorMessage ? `: ${ex.errorMessage}` : '';
    return failure(id, 'error', `the Hub answered HTTP ${ex.status}${code} to GET ${url}${detail}`);
  }
}
