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
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import type { RetryOptions } from '@octokit/plugin-retry';
import { connectionFailure, networkDetail } from './api.js';
import { DEFAULT_DEADLINE_MS, DEFAULT_TIMEOUT_MS, guardFetch, type GuardOptions } from './fetch.js';

export interface ClientLog {
  debug: (message: string) => void;
  info: (message: string) => void;
  warn: (message: string) => void;
}

const silentLog: ClientLog = { debug: () => {}, info: () => {}, warn: () => {} };

export const DEFAULT_API_URL = 'https://api.github.com';
export const USER_AGENT = 'model-gate';

/** Milliseconds per second of back-off; 1000 unless `MODEL_GATE_GITHUB_RETRY_BASE_MS` says otherwise. */
export function retryBaseMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.MODEL_GATE_GITHUB_RETRY_BASE_MS;
  if (raw === undefined || raw.trim() === '') return 1000;
  const n = Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : 1000;
}

export function apiBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.GITHUB_API_URL || DEFAULT_API_URL).replace(/\/+$/, '');
}

/**
 * A stand-in for a Bottleneck group that spaces the jobs of each key `minTime` ms apart (used when the base is
 * scaled down, so tests do not wait a second between writes).
 */
function spacingGroup(minTime: number) {
  const next = new Map<string, number>();
  return {
    key(id: string) {
      return {
        async schedule(...args: unknown[]) {
          const fnIndex = typeof args[0] === 'function' ? 0 : 1;
          const fn = args[fnIndex] as (...a: unknown[]) => unknown;
          const now = Date.now();
          const at = Math.max(now, next.get(id) ?? 0);
          next.set(id, at + minTime);
          if (at > now) await new Promise((r) => setTimeout(r, at - now));
          return fn(...args.slice(fnIndex + 1));
        },
      };
    },
  };
}

export interface ClientConfigOptions {
  log?: ClientLog;
  env?: NodeJS.ProcessEnv;
  /** Retries of a failed request (5xx, network); default 3. */
  retries?: number;
}

/** Options for the retry and throttling plugins, shared by the CLI's client and the action's `getOctokit`. */
export function clientConfig(opts: ClientConfigOptions = {}): {
  retry: RetryOptions;
  throttle: ThrottlingOptions;
} {
  const log = opts.log ?? silentLog;
  const base = retryBaseMs(opts.env);
  const throttle: Record<string, unknown> = {
    retryAfterBaseValue: base,
    fallbackSecondaryRateRetryAfter: 60,
    // guardFetch has already waited out what could be waited out (and logged it): what reaches the plugin is
    // a rate limit too long to wait for, reported as such by the caller.
    onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }) => {
      log.debug(`GitHub secondary rate limit on ${options.method} ${options.url} (retry after ${retryAfter} s)`);
      return false;
    },
    onRateLimit: (retryAfter: number, options: { method: string; url: string }) => {
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
    throttle: throttle as unknown as ThrottlingOptions,
  };
}

/** The Octokit option that receives retryNotice's messages. */
export const RETRY_NOTICE = 'retryNotice';

/** Statuses never retried (the retry plugin's default list, given to it explicitly so that the notice agrees). */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 451] as const;

interface RetryHookOptions {
  method?: string;
  url?: string;
  baseUrl?: string;
  request?: { retries?: number; retryCount?: number };
}

/**
 * Tells when a failed request is going to be tried again, and in how long: the retry plugin waits in silence
 * (1, 4, then 9 s), so that a GitHub it cannot reach looked like a hang of 14 s. Applied before the retry
 * plugin, its error hook sees each failure first and tells what that plugin does with it: the same statuses (a
 * request Octokit could not send counts as 500), the same count and back-off. It says so to the constructor's
 * `retryNotice` (see `RETRY_NOTICE`), else to `log.warn`.
 */
export function retryNotice(
  octokit: { hook: Octokit['hook']; log: Octokit['log'] },
  options: { retry?: RetryOptions; [RETRY_NOTICE]?: (message: string) => void },
): void {
  const notice =
    options[RETRY_NOTICE] ??
    ((m: string) => {
      octokit.log.warn(m);
    });
  const base = options.retry?.retryAfterBaseValue ?? 1000;
  const retries = options.retry?.retries ?? 3;
  const doNotRetry: readonly number[] = options.retry?.doNotRetry ?? DO_NOT_RETRY;
  octokit.hook.error('request', (error: unknown, options: unknown) => {
    const req = options as RetryHookOptions;
    const status = (error as { status?: unknown }).status;
    const done = req.request?.retryCount ?? 0;
    // A request that could not connect (DNS, refused, unreachable) fails at once, or after one more try for a
    // resolver that did not answer in time: the retry plugin reads this count next.
    const refused = !(error as { response?: unknown }).response ? connectionFailure(error) : undefined;
    if (refused) {
      req.request ??= {};
      req.request.retries = Math.min(req.request.retries ?? retries, refused === 'EAI_AGAIN' ? 1 : 0);
    }
    const max = req.request?.retries ?? retries;
    if (typeof status === 'number' && status >= 400 && !doNotRetry.includes(status) && done < max) {
      const wait = ((done + 1) ** 2 * base) / 1000;
      const what =
        status === 500 && !(error as { response?: unknown }).response
          ? `no answer (${networkDetail(error)})`
          : `status ${status}`;
      const sent = (error as { request?: { url?: unknown } }).request?.url;
      const route = `${req.method ?? 'GET'} ${(typeof sent === 'string' ? sent : describeRoute(req)).split('?')[0]}`;
      notice(`GitHub API ${route}: ${what}; trying again in ${wait} s (${done + 1} of ${max})`);
    }
    throw error;
  });
}

/** The request's route, when the error does not hold the URL sent (a query is cut off by the caller). */
function describeRoute(req: RetryHookOptions): string {
  const url = req.url ?? '';
  return url.startsWith('/') ? (req.baseUrl ?? '') + url : url;
}

/** First-byte timeout in ms: `MODEL_GATE_GITHUB_TIMEOUT_MS`, else 30 s. */
export function timeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.MODEL_GATE_GITHUB_TIMEOUT_MS;
  const n = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
  return Number.isFinite(n) && n > 0 ? n : DEFAULT_TIMEOUT_MS;
}

/** The guards of every request (timeouts, size cap, rate-limit waits), from the environment unless given. */
export function guardOptions(opts: ClientConfigOptions & { guard?: GuardOptions } = {}): GuardOptions {
  const log = opts.log ?? silentLog;
  const t = timeoutMs(opts.env);
  return {
    timeoutMs: t,
    deadlineMs: t === DEFAULT_TIMEOUT_MS ? DEFAULT_DEADLINE_MS : 4 * t,
    secondMs: retryBaseMs(opts.env),
    log: (m) => log.warn(m),
    ...opts.guard,
  };
}

/** `inner` (default: the global fetch) behind the guards. */
export function guardedFetch(
  inner: typeof fetch | undefined,
  opts: ClientConfigOptions & { guard?: GuardOptions } = {},
): typeof fetch {
  const base = inner ?? ((url: string, init?: RequestInit) => fetch(url, init));
  return guardFetch(base, guardOptions(opts)) as unknown as typeof fetch;
}

export const clientPlugins = [retryNotice, retry, throttling] as const;

const GitHubOctokit = Octokit.plugin(retryNotice, retry, throttling);
export type GitHubOctokit = InstanceType<typeof GitHubOctokit>;

export interface CreateClientOptions extends ClientConfigOptions {
  token?: string;
  /** REST base URL; default `GITHUB_API_URL`, else https://api.github.com. */
  baseUrl?: string;
  userAgent?: string;
  /** A fetch implementation (e.g. one going through a proxy); it is wrapped in the guards. */
  fetch?: typeof fetch;
  /** Overrides of the guards (timeouts, size cap). */
  guard?: GuardOptions;
}

/** A standalone Octokit with retries and throttling (the CLI; the action uses @actions/github's with the same config). */
export function createOctokit(opts: CreateClientOptions = {}): GitHubOctokit {
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
