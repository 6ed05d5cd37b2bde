/**
 * GET of JSON from the Hub: a first-byte timeout and an overall deadline per attempt, a cap on the bytes read,
 * retries with backoff (honouring `Retry-After`), a limit of requests in flight, and a circuit breaker that stops
 * asking a Hub that stopped answering. Every outcome, bad ones included, is an `Exchange`; nothing throws.
 */
import { errorText as messageOf } from '../core/errors.js';
import { redactSecrets } from '../core/sanitize.js';
import { jsonError } from './parse.js';

export interface HubHttpOptions {
  /** Time allowed until the answer's status line and headers arrive. */
  timeoutMs: number;
  /** Time allowed for one attempt as a whole, body included (a trickled answer ends here). */
  deadlineMs: number;
  /** Most bytes read of a successful answer; a longer one is cut off and reported. */
  maxBytes: number;
  /** Retries after the first attempt on 429, 5xx, cut-off or empty answers, timeouts and network errors. */
  retries: number;
  /** First backoff delay, doubled at each retry (with jitter). */
  baseDelayMs: number;
  /** Cap of any wait between attempts, `Retry-After` included. */
  maxDelayMs: number;
  /** Requests in flight at most. */
  maxInFlight: number;
  /** Lookups failing in a row for want of an answer after which the Hub is deemed unreachable; 0 never. */
  breakAfter: number;
  /** Base address shown in the breaker's message (no credentials). */
  endpoint: string;
  /** Headers of every request (Accept, User-Agent, Authorization). */
  headers: Record<string, string>;
  /** Secrets never to show in a message (the token). */
  secrets: string[];
  /** Whether a token is sent (for the rate-limit hint). */
  tokenUsed: boolean;
}

/** Most bytes read of an error answer (its JSON `error` or an HTML page title is all that is used). */
export const ERROR_BODY_MAX_BYTES = 64 * 1024;

/** What one HTTP exchange (after retries) came to. */
export type Exchange =
  | { kind: 'json'; body: unknown }
  | { kind: 'status'; status: number; errorCode?: string; errorMessage?: string }
  | { kind: 'error'; message: string };

interface Attempt {
  outcome: Exchange;
  /** Worth another attempt (429, 5xx, cut-off or empty answer, timeout, network error). */
  retry: boolean;
  /** Wait the server asked for (`Retry-After`), in ms. */
  retryAfterMs?: number;
  /** No answer in time: retried once only, since a silent Hub rarely answers the third time. */
  timedOut?: boolean;
  /** The Hub's host name does not resolve: no lookup of this run can succeed. */
  hostUnknown?: boolean;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** An error's text; for a failed fetch, its cause's (`ECONNREFUSED (connect ...)` rather than "fetch failed"). */
export function errorText(e: unknown): string {
  return messageOf(e, { cause: true });
}

/** `Retry-After` in ms: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const v = value.trim();
  if (/^\d{1,10}(\.\d{1,6})?$/.test(v)) return Math.round(Number(v) * 1000);
  if (v.length > 64) return undefined;
  const date = Date.parse(v);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** `1.5 MiB`, `312 KiB`, `90 bytes`. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KiB`;
  return `${n} byte${n === 1 ? '' : 's'}`;
}

/**
 * Whether text that is not valid JSON looks like the beginning of a JSON document that was cut off: it opens an
 * object or array (or a string) that it never closes. One pass, linear.
 */
export function looksCutOff(text: string): boolean {
  let depth = 0;
  let inString = false;
  let opened = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      opened = true;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth < 0) return false;
    }
  }
  return inString || (opened && depth > 0);
}

/** Whether a body is an HTML page (a captive portal, a proxy's error page, a web server's index). */
function isHtml(contentType: string | null, text: string): boolean {
  if (contentType && /^\s*(text\/html|application\/xhtml\+xml)/i.test(contentType)) return true;
  return /^\uFEFF?\s*</.test(text.slice(0, 1024));
}

/** The `<title>` of an HTML page (for the message), trimmed and short; undefined without one. */
function htmlTitle(text: string): string | undefined {
  const m = /<title[^>]{0,200}>([^<]{1,200})<\/title>/i.exec(text.slice(0, ERROR_BODY_MAX_BYTES));
  const t = m?.[1].replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}

interface Body {
  bytes: number;
  text: string;
  /** More bytes were on their way than the cap allowed. */
  overCap: boolean;
}

/**
 * Reads a body up to `cap` bytes; past it, stops reading and cancels the stream (the connection is dropped), so an
 * endless answer never costs more than `cap` bytes of memory. Throws what the stream throws (cut connection,
 * abort), with `bytesRead` on the error.
 */
async function readCapped(res: Response, cap: number): Promise<Body> {
  const reader = res.body?.getReader();
  if (!reader) return { bytes: 0, text: '', overCap: false };
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (bytes + value.byteLength > cap) {
        const room = cap - bytes;
        if (room > 0) chunks.push(value.subarray(0, room));
        bytes = cap;
        await reader.cancel().catch(() => undefined);
        return { bytes, text: decode(chunks, bytes), overCap: true };
      }
      chunks.push(value);
      bytes += value.byteLength;
    }
  } catch (e) {
    throw Object.assign(new Error(errorText(e)), { cause: (e as { cause?: unknown }).cause, bytesRead: bytes });
  }
  return { bytes, text: decode(chunks, bytes), overCap: false };
}

function decode(chunks: Uint8Array[], bytes: number): string {
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
export class HubHttp {
  /** HTTP requests sent so far (every attempt counts). */
  requests = 0;
  private inFlight = 0;
  private readonly waiters: (() => void)[] = [];
  private failuresInARow = 0;
  private unreachable?: string;

  constructor(private readonly o: HubHttpOptions) {}

  /** One GET with retries, backoff and the in-flight limit. */
  async get(url: string): Promise<Exchange> {
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
      if (attempt < (a.timedOut ? Math.min(1, this.o.retries) : this.o.retries)) {
        await sleep(this.delay(attempt, a.retryAfterMs));
        continue;
      }
      const tries = `${attempt + 1} attempt${attempt > 0 ? 's' : ''}`;
      let message: string;
      if (a.outcome.kind === 'status') {
        const { status } = a.outcome;
        if (status === 429) {
          const asked =
            a.retryAfterMs !== undefined
              ? `it asked to wait ${Math.ceil(a.retryAfterMs / 1000)} s (Retry-After)`
              : 'without a Retry-After';
          const hint = this.o.tokenUsed
            ? 'wait and run again, or lower the number of models looked up at once'
            : 'a token (HF_TOKEN, action input hf-token) raises the limit';
          message = `the Hub rate-limited GET ${url} (HTTP 429, ${asked}; ${tries}): ${hint}`;
        } else {
          const detail = a.outcome.errorMessage ? `: ${a.outcome.errorMessage}` : '';
          message = `the Hub answered HTTP ${status} to GET ${url} (${tries})${detail}`;
        }
      } else {
        message = `${a.outcome.kind === 'error' ? a.outcome.message : `unexpected answer to GET ${url}`} (${tries})`;
      }
      this.noteUnanswered(message);
      return { kind: 'error', message };
    }
  }

  private noteUnanswered(message: string): void {
    this.failuresInARow++;
    if (this.o.breakAfter > 0 && this.failuresInARow >= this.o.breakAfter && !this.unreachable) {
      this.unreachable = `skipped: the Hub at ${this.o.endpoint} failed ${this.failuresInARow} lookups in a row (last: ${message})`;
    }
  }

  private delay(attempt: number, retryAfterMs: number | undefined): number {
    if (retryAfterMs !== undefined) return Math.min(retryAfterMs, this.o.maxDelayMs);
    const exp = this.o.baseDelayMs * 2 ** attempt;
    return Math.min(this.o.maxDelayMs, Math.round(exp * (0.75 + Math.random() * 0.5)));
  }

  private async withSlot<T>(fn: () => Promise<T>): Promise<T> {
    while (this.inFlight >= this.o.maxInFlight) {
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

  /** A message safe to show: one line, no credentials. */
  private say(message: string): string {
    return redactSecrets(message.replace(/[\r\n]+/g, ' '), this.o.secrets);
  }

  /** One request; undefined, without asking, once the Hub is deemed unreachable. */
  private async once(url: string): Promise<Attempt | undefined> {
    if (this.unreachable) return undefined;
    const controller = new AbortController();
    let stage: 'headers' | 'body' = 'headers';
    let expired: 'first-byte' | 'deadline' | undefined;
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
            message: this.say(
              `the Hub's answer to GET ${url} is ${formatBytes(declared)}, more than the ${formatBytes(this.o.maxBytes)} model-gate reads; it was not read`,
            ),
          },
          retry: false,
        };
      }
      const body = await readCapped(res, ok ? this.o.maxBytes : ERROR_BODY_MAX_BYTES);
      received = body.bytes;
      if (body.overCap) controller.abort();
      const contentType = res.headers.get('content-type');
      if (ok) return this.classify(url, body, contentType);
      const errorCode = res.headers.get('x-error-code') ?? undefined;
      let errorMessage = res.headers.get('x-error-message') ?? jsonError(body.text);
      if (errorMessage === undefined && isHtml(contentType, body.text)) {
        const title = htmlTitle(body.text);
        errorMessage = `an HTML page${title ? ` titled "${title}"` : ''} instead of the Hub's JSON (a proxy or gateway error?)`;
      }
      const outcome: Exchange = {
        kind: 'status',
        status: res.status,
        errorCode: errorCode && this.say(errorCode),
        errorMessage: errorMessage && this.say(errorMessage.slice(0, 500)),
      };
      if (res.status === 429 || res.status >= 500) {
        return { outcome, retry: true, retryAfterMs: parseRetryAfter(res.headers.get('retry-after')) };
      }
      return { outcome, retry: false };
    } catch (e) {
      received = (e as { bytesRead?: number }).bytesRead ?? received;
      let message: string;
      if (expired === 'first-byte') {
        message = `the Hub did not answer GET ${url} within ${this.o.timeoutMs} ms`;
      } else if (expired === 'deadline') {
        message =
          stage === 'headers'
            ? `the Hub did not answer GET ${url} within ${this.o.deadlineMs} ms`
            : `the Hub's answer to GET ${url} did not complete within ${this.o.deadlineMs} ms (${formatBytes(received)} received)`;
      } else if (stage === 'body') {
        message = `the Hub's answer to GET ${url} was cut off after ${formatBytes(received)} (${errorText(e)})`;
      } else {
        message = `could not reach the Hub at GET ${url}: ${errorText(e)}`;
      }
      const code = (e as { cause?: { code?: string } }).cause?.code;
      return {
        outcome: { kind: 'error', message: this.say(message) },
        retry: true,
        timedOut: expired !== undefined,
        hostUnknown: stage === 'headers' && code === 'ENOTFOUND',
      };
    } finally {
      clearTimeout(firstByte);
      clearTimeout(deadline);
    }
  }

  /** A 200 answer: JSON, or what it is instead (too large, empty, HTML, cut off, malformed). */
  private classify(url: string, body: Body, contentType: string | null): Attempt {
    const fail = (message: string, retry: boolean): Attempt => ({
      outcome: { kind: 'error', message: this.say(message) },
      retry,
    });
    if (body.overCap) {
      return fail(
        `the Hub's answer to GET ${url} is larger than the ${formatBytes(this.o.maxBytes)} model-gate reads; it stopped reading there`,
        false,
      );
    }
    if (!body.text.trim()) return fail(`the Hub answered GET ${url} with an empty body`, true);
    if (isHtml(contentType, body.text)) {
      const title = htmlTitle(body.text);
      return fail(
        `the Hub answered GET ${url} with an HTML page${title ? ` titled "${title}"` : ''}, not JSON: a captive portal or proxy in the way, or HF_ENDPOINT is not the Hub's API`,
        false,
      );
    }
    try {
      return { outcome: { kind: 'json', body: JSON.parse(body.text) as unknown }, retry: false };
    } catch (e) {
      if (looksCutOff(body.text)) {
        return fail(
          `the Hub's answer to GET ${url} was cut off: ${formatBytes(body.bytes)} of JSON that ends before it closes`,
          true,
        );
      }
      return fail(`the Hub answered GET ${url} with malformed JSON (${errorText(e)})`, false);
    }
  }
}
