/**
 * The little of the Hugging Face Hub API the catalog refresh needs: one model's metadata, and the list of the most
 * downloaded models, page by page through the `Link` header. Every answer is size-capped and time-limited; a `next`
 * link is followed only on the endpoint's own origin. Kept here (not in src/hub/) so that src/catalog/ depends on
 * nothing to its right.
 */

/** What the refresh reads of a model (normalised from `GET /api/models/{id}` or one row of `GET /api/models`). */
export interface HubSummary {
  id: string;
  /** `cardData.license`, else the `license:` tag. */
  license?: string;
  licenseName?: string;
  gated?: boolean | string;
  downloads?: number;
}

export type ModelAnswer = { ok: true; model: HubSummary } | { ok: false; status: number; message: string };

export interface RefreshHub {
  model(id: string): Promise<ModelAnswer>;
  /** The most downloaded models, at most `pages` pages of `limit`. */
  top(limit: number, pages: number): Promise<HubSummary[]>;
}

export interface HttpHubOptions {
  /** Base address (HF_ENDPOINT), default https://huggingface.co. */
  endpoint?: string;
  token?: string;
  timeoutMs?: number;
  /** Largest body read, in bytes. */
  maxBytes?: number;
  /** Wait before the one retry of a 429 or 5xx answer. */
  retryDelayMs?: number;
}

const MAX_ID = 200;

function summary(raw: unknown): HubSummary | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const o = raw as Record<string, unknown>;
  const id = typeof o.id === 'string' ? o.id : typeof o.modelId === 'string' ? o.modelId : undefined;
  if (!id || id.length > MAX_ID) return undefined;
  const card = (o.cardData && typeof o.cardData === 'object' ? o.cardData : {}) as Record<string, unknown>;
  const tags = Array.isArray(o.tags) ? o.tags.filter((t): t is string => typeof t === 'string') : [];
  const tagLicense = tags.find((t) => t.startsWith('license:'))?.slice('license:'.length);
  const s: HubSummary = { id };
  const license =
    typeof card.license === 'string'
      ? card.license
      : Array.isArray(card.license) && typeof card.license[0] === 'string'
        ? card.license[0]
        : tagLicense;
  if (license) s.license = license;
  if (typeof card.license_name === 'string') s.licenseName = card.license_name;
  if (typeof o.gated === 'boolean' || typeof o.gated === 'string') s.gated = o.gated;
  if (typeof o.downloads === 'number') s.downloads = o.downloads;
  return s;
}

/** The `rel="next"` address of a `Link` header. */
export function nextLink(header: string | null): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(',')) {
    const m = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
    if (m && /\brel="?next"?/.test(m[2])) return m[1];
  }
  return undefined;
}

export class HttpRefreshHub implements RefreshHub {
  private readonly endpoint: string;
  private readonly origin: string;
  constructor(private readonly opts: HttpHubOptions = {}) {
    this.endpoint = (opts.endpoint ?? 'https://huggingface.co').replace(/\/+$/, '');
    this.origin = new URL(this.endpoint).origin;
  }

  private async get(url: string): Promise<{ status: number; body?: unknown; link: string | null; message?: string }> {
    for (let attempt = 0; ; attempt++) {
      const ctl = new AbortController();
      const timer = setTimeout(() => ctl.abort(), this.opts.timeoutMs ?? 30_000);
      try {
        const res = await fetch(url, {
          headers: {
            accept: 'application/json',
            ...(this.opts.token ? { authorization: `Bearer ${this.opts.token}` } : {}),
          },
          signal: ctl.signal,
          redirect: 'error',
        });
        if ((res.status === 429 || res.status >= 500) && attempt === 0) {
          await res.body?.cancel();
          await new Promise((r) => setTimeout(r, this.opts.retryDelayMs ?? 2_000));
          continue;
        }
        if (!res.ok) {
          await res.body?.cancel();
          return { status: res.status, link: null, message: `HTTP ${res.status}` };
        }
        const text = await readCapped(res, this.opts.maxBytes ?? 8 * 1024 * 1024);
        try {
          return { status: res.status, body: JSON.parse(text), link: res.headers.get('link') };
        } catch {
          return { status: 502, link: null, message: 'malformed JSON' };
        }
      } catch (e) {
        return {
          status: 0,
          link: null,
          message: (e as Error).name === 'AbortError' ? 'timed out' : (e as Error).message,
        };
      } finally {
        clearTimeout(timer);
      }
    }
  }

  async model(id: string): Promise<ModelAnswer> {
    const path = id.split('/').map(encodeURIComponent).join('/');
    const r = await this.get(`${this.endpoint}/api/models/${path}`);
    if (r.status !== 200) return { ok: false, status: r.status, message: r.message ?? `HTTP ${r.status}` };
    const s = summary(r.body);
    return s ? { ok: true, model: s } : { ok: false, status: 502, message: 'no model id in the answer' };
  }

  async top(limit: number, pages: number): Promise<HubSummary[]> {
    const out: HubSummary[] = [];
    let url: string | undefined =
      `${this.endpoint}/api/models?sort=downloads&direction=-1&limit=${limit}&full=true&expand[]=cardData&expand[]=gated&expand[]=downloads&expand[]=tags`;
    for (let page = 0; url && page < pages; page++) {
      const r = await this.get(url);
      if (r.status !== 200 || !Array.isArray(r.body))
        throw new Error(`the Hub's model list at ${url} answered ${r.message ?? 'no list'}`);
      for (const row of r.body.slice(0, limit)) {
        const s = summary(row);
        if (s) out.push(s);
      }
      const next = nextLink(r.link);
      // Follow the cursor only on the endpoint's own origin.
      url = next && new URL(next, this.endpoint).origin === this.origin ? new URL(next, this.endpoint).href : undefined;
    }
    return out;
  }
}

async function readCapped(res: Response, max: number): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw new Error(`answer larger than ${max} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
