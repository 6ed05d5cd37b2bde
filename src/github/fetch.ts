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
import { errorText } from '../core/errors.js';

export interface GuardOptions {
  /** Milliseconds to wait for the answer's headers; default 30 s. */
  timeoutMs?: number;
  /** Milliseconds for the whole request, body included; default 120 s. */
  deadlineMs?: number;
  /** Largest answer read, in bytes; default 32 MiB. */
  maxBytes?: number;
  /** Longest rate-limit wait honoured, in seconds (a longer one fails at once); default 60. */
  maxRateLimitWaitS?: number;
  /** Rate-limit retries of one request; default 2. */
  rateLimitRetries?: number;
  /** Milliseconds per second of rate-limit wait (tests shrink it); default 1000. */
  secondMs?: number;
  log?: (message: string) => void;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_DEADLINE_MS = 120_000;
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

export type AnswerProblem = 'timeout' | 'deadline' | 'too-large' | 'html' | 'empty' | 'cut-off' | 'not-json';

/** An answer that is not a usable API answer, or none in time. `httpStatus`: the HTTP status, when there was one. */
export class GitHubAnswerError extends Error {
  readonly problem: AnswerProblem;
  readonly httpStatus: number;
  constructor(problem: AnswerProblem, message: string, httpStatus = 0) {
    super(message);
    this.problem = problem;
    this.httpStatus = httpStatus;
    // Not retried (see above): Octokit rethrows an AbortError as is, without the request the retry plugin needs.
    this.name = this.final ? 'AbortError' : 'GitHubAnswerError';
  }
  /** Problems that would only repeat. */
  get final(): boolean {
    return this.problem === 'too-large' || this.problem === 'deadline' || this.problem === 'timeout';
  }
}

type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

function mib(n: number): string {
  return `${Math.round((n / 1024 / 1024) * 10) / 10} MiB`;
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

/** Seconds to wait before retrying a rate-limited answer; undefined when the answer is not a rate limit. */
export function rateLimitWait(status: number, headers: Headers, body: string, now = Date.now()): number | undefined {
  const remaining = headers.get('x-ratelimit-remaining');
  const retryAfter = headers.get('retry-after');
  const secondary = /\bsecondary rate\b|\babuse\b/i.test(body);
  const limited = status === 429 || (status === 403 && (remaining === '0' || retryAfter !== null || secondary));
  if (!limited) return undefined;
  if (retryAfter !== null && /^\d+$/.test(retryAfter.trim())) return Number(retryAfter.trim());
  const reset = headers.get('x-ratelimit-reset');
  if (remaining === '0' && reset && /^\d+$/.test(reset.trim())) {
    return Math.max(0, Math.ceil((Number(reset.trim()) * 1000 - now) / 1000) + 1);
  }
  // Secondary limits without retry-after: GitHub asks for at least a minute.
  return 60;
}

function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return url;
  }
}

/** Wraps `inner` (the runner's proxy-aware fetch, or the global one) with the guards above. */
export function guardFetch(inner: FetchLike, opts: GuardOptions = {}): FetchLike {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadlineMs = opts.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxWait = opts.maxRateLimitWaitS ?? 60;
  const rateRetries = opts.rateLimitRetries ?? 2;
  const secondMs = opts.secondMs ?? 1000;

  async function once(url: string, init: RequestInit = {}): Promise<{ res: Response; body: Uint8Array<ArrayBuffer> }> {
    const ac = new AbortController();
    const outer = init.signal;
    const onAbort = () => ac.abort(outer?.reason);
    if (outer) {
      if (outer.aborted) ac.abort(outer.reason);
      else outer.addEventListener('abort', onAbort, { once: true });
    }
    let why: GitHubAnswerError | undefined;
    const fail = (e: GitHubAnswerError) => {
      why ??= e;
      ac.abort(e);
    };
    const deadline = setTimeout(
      () => fail(new GitHubAnswerError('deadline', `no complete answer within ${seconds(deadlineMs)}`)),
      deadlineMs,
    );
    let firstByte: ReturnType<typeof setTimeout> | undefined = setTimeout(
      () => fail(new GitHubAnswerError('timeout', `no answer within ${seconds(timeoutMs)}`)),
      timeoutMs,
    );
    try {
      let res: Response;
      try {
        res = await inner(url, { ...init, signal: ac.signal });
      } catch (e) {
        if (why) throw why;
        throw e;
      } finally {
        clearTimeout(firstByte);
        firstByte = undefined;
      }
      const declared = Number(res.headers.get('content-length') ?? NaN);
      if (Number.isFinite(declared) && declared > maxBytes) {
        ac.abort();
        throw new GitHubAnswerError(
          'too-large',
          `the answer is larger than ${mib(maxBytes)} (${mib(declared)})`,
          res.status,
        );
      }
      const chunks: Uint8Array[] = [];
      let total = 0;
      if (res.body) {
        const reader = res.body.getReader();
        try {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            total += value.byteLength;
            if (total > maxBytes) {
              fail(new GitHubAnswerError('too-large', `the answer is larger than ${mib(maxBytes)}`, res.status));
              break;
            }
            chunks.push(value);
          }
        } catch (e) {
          if (why) throw why;
          // The connection ended before the body did.
          throw new GitHubAnswerError(
            'cut-off',
            `the answer was cut off after ${total} bytes (${errorText(e)})`,
            res.status,
          );
        } finally {
          reader.releaseLock?.();
        }
      }
      if (why) throw why;
      if (Number.isFinite(declared) && total < declared) {
        throw new GitHubAnswerError(
          'cut-off',
          `the answer was cut off after ${total} of ${declared} bytes`,
          res.status,
        );
      }
      const body = new Uint8Array(total);
      let at = 0;
      for (const c of chunks) {
        body.set(c, at);
        at += c.byteLength;
      }
      return { res, body };
    } finally {
      clearTimeout(deadline);
      if (firstByte) clearTimeout(firstByte);
      outer?.removeEventListener('abort', onAbort);
    }
  }

  return async (url: string, init: RequestInit = {}) => {
    for (let attempt = 0; ; attempt++) {
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
function checkAnswer(res: Response, text: string, bytes: number, method: string): void {
  const status = res.status;
  if (status === 204 || status === 205 || status === 304 || method === 'HEAD') return;
  const type = (res.headers.get('content-type') ?? '').toLowerCase();
  const looksHtml = type.includes('text/html') || /^\s*<(!doctype|html|head|body)\b/i.test(text);
  if (looksHtml) {
    const title = /<title[^>]*>([^<]{1,120})/i.exec(text)?.[1]?.trim();
    throw new GitHubAnswerError(
      'html',
      `GitHub's address answered with an HTML page (HTTP ${status}${title ? `, "${title}"` : ''}) instead of the API's JSON; is a proxy or captive portal in the way?`,
      status,
    );
  }
  if (status < 200 || status >= 300) return;
  if (bytes === 0 || text.trim() === '') {
    throw new GitHubAnswerError('empty', `the API sent an empty answer (HTTP ${status})`, status);
  }
  if (type.includes('json') || type === '') {
    try {
      JSON.parse(text);
    } catch {
      throw new GitHubAnswerError(
        'cut-off',
        `the API's answer is not complete JSON (HTTP ${status}, ${bytes} bytes): cut off?`,
        status,
      );
    }
  }
}
