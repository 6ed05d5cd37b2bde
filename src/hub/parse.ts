/**
 * The Hub's model API as data: repo ids, API paths, and the normalising of `GET /api/models/{id}[/revision/{rev}]`
 * into a HubModelInfo. Pure functions, no I/O.
 */
import { HUB_ADDRESS_START_RE, readHubAddress } from '../core/hub-hosts.js';
import type { HubModelInfo } from '../core/types.js';
import { redactUrl } from '../core/sanitize.js';

export const SHA_RE = /^[0-9a-f]{40}$/i;

/** Longest string field kept from a model's card (license names, links, base model ids): longer ones are dropped. */
export const MAX_FIELD_CHARS = 2048;

/** Whether `id` has the shape of a Hub repo id (`name` or `namespace/name`, as huggingface_hub's validate_repo_id). */
export function isValidRepoId(id: string): boolean {
  if (id.length > 256) return false;
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

/** A revision trimmed, a 40-hex commit in lower case; undefined for none. */
export function normRevision(revision: string | undefined): string | undefined {
  const r = revision?.trim();
  if (!r) return undefined;
  return SHA_RE.test(r) ? r.toLowerCase() : r;
}

/** Key of a lookup in the memo and in the cache file: lower-case id, `@`, revision (empty for the default branch). */
export function hubCacheKey(id: string, revision?: string): string {
  return `${id.trim().toLowerCase()}@${normRevision(revision) ?? ''}`;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A trimmed, non-empty string of at most MAX_FIELD_CHARS characters; undefined otherwise. */
function str(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t && t.length <= MAX_FIELD_CHARS ? t : undefined;
}

function strList(v: unknown): string[] {
  const list = Array.isArray(v) ? v : [v];
  return list.map(str).filter((s): s is string => s !== undefined);
}

const BASE_RELATIONS = new Set(['adapter', 'merge', 'quantized', 'finetune']);

/**
 * `https://huggingface.co/org/name` (as some cards write base_model, also with `/tree/main` after it) to `org/name`;
 * another Hub address to its path (`huggingface.co/gpt2` → `gpt2`).
 */
function repoIdOf(ref: string): string {
  const hub = readHubAddress(ref);
  if (hub) return hub.namespace === undefined ? hub.name : `${hub.namespace}/${hub.name}`;
  return HUB_ADDRESS_START_RE.test(ref)
    ? ref
        .replace(HUB_ADDRESS_START_RE, '')
        .replace(/[?#].*$/s, '')
        .replace(/\/+$/, '')
    : ref;
}

/** The `error` text of a JSON error body (`{"error": "Repository not found"}`); undefined for anything else. */
export function jsonError(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as unknown;
    if (isObject(body) && typeof body.error === 'string') return body.error;
  } catch {
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
  baseModels = baseModels.map((b) => b.trim()).filter(Boolean);
  const files = Array.isArray(body.siblings)
    ? body.siblings.map((s) => (isObject(s) ? str(s.rfilename) : undefined)).filter((s): s is string => !!s)
    : [];
  const gated = body.gated;
  const ownId = [str(body.id), str(body.modelId)].find((x) => x !== undefined && isValidRepoId(x));
  const sha = str(body.sha);
  const info: HubModelInfo = {
    ok: true,
    id: ownId ?? askedId,
    baseModels: [...new Set(baseModels)],
    files,
  };
  const set = <K extends keyof HubModelInfo>(k: K, v: HubModelInfo[K] | undefined) => {
    if (v !== undefined) info[k] = v;
  };
  set('author', str(body.author));
  set('sha', sha && SHA_RE.test(sha) ? sha.toLowerCase() : undefined);
  set('lastModified', str(body.lastModified));
  set('gated', gated === true || gated === false || gated === 'auto' || gated === 'manual' ? gated : undefined);
  set('license', strList(card.license)[0] ?? str(licenseTag));
  set('licenseName', strList(card.license_name)[0]);
  // A link is shown in findings and reports: no credentials in it, whoever wrote the card.
  const link = strList(card.license_link)[0];
  set('licenseLink', link === undefined ? undefined : redactUrl(link));
  set('pipelineTag', str(body.pipeline_tag));
  set('libraryName', str(body.library_name));
  return info;
}
