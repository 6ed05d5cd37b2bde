/**
 * The Hub cache file: answers kept between runs, for one Hub endpoint and one kind of access (with or without a
 * token). A file is used only when it is a regular file of bounded size, written by this format version for the
 * same endpoint and access, and every entry in it is exactly what the client writes (`CACHE_SCHEMA`, and checks
 * that tie each entry to its key). Anything else is ignored as a whole, with a warning, and replaced at the end
 * of the run: a cache can only repeat what a Hub answer said, never add to it.
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { mkdir, open, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import type { HubLookup, HubLookupFailure, HubModelInfo } from '../core/types.js';
import { isPinnedRevision } from '../core/manifest.js';
import { errorText, formatBytes } from './http.js';
import { isObject, isValidRepoId, MAX_FIELD_CHARS, normRevision } from './parse.js';

/** Version of the file format; a file of another version is not read. */
export const CACHE_FORMAT = 2;
/** Largest cache file read. */
export const CACHE_MAX_BYTES = 64 * 1024 * 1024;
/** Most entries kept in the file (the most recent ones). */
export const CACHE_MAX_ENTRIES = 20_000;
/** Longest message of a cached not-found answer. */
const MESSAGE_MAX_CHARS = 1024;

/** A not-found answer, the only failure worth keeping. */
export type CachedNotFound = HubLookupFailure & { reason: 'not-found' };

export interface CacheEntry {
  /** When the answer was obtained (ms since epoch). */
  at: number;
  result: HubModelInfo | CachedNotFound;
}

interface CacheFile {
  version: typeof CACHE_FORMAT;
  /** The Hub the answers came from (no credentials). */
  endpoint: string;
  /** Whether they were obtained with a token (a token sees gated and private repos that anonymous access does not). */
  token: boolean;
  entries: Record<string, CacheEntry>;
}

export interface HubCacheOptions {
  path: string;
  /** Lifetime of entries, except pinned revisions found (40-hex commit), which never expire. */
  ttlMs: number;
  /** Hub address without credentials. */
  endpoint: string;
  tokenUsed: boolean;
  log: (message: string) => void;
}

/**
 * A short, file-name-safe key of the cache's identity (format version, Hub endpoint, token or not), to name the file
 * or an actions/cache key: `hub-v2-1a2b3c4d5e6f7a8b`.
 */
export function hubCacheFileKey(endpoint: string, tokenUsed: boolean): string {
  const digest = createHash('sha256').update(`${CACHE_FORMAT}\n${endpoint}\n${tokenUsed}`).digest('hex');
  return `hub-v${CACHE_FORMAT}-${digest.slice(0, 16)}`;
}

const TRIMMED = {
  type: 'string',
  minLength: 1,
  maxLength: MAX_FIELD_CHARS,
  // Trimmed, as the client writes every string: no leading or trailing white space.
  pattern: '^\\S(?:[\\s\\S]*\\S)?$',
} as const;
const REPO_ID = { type: 'string', minLength: 1, maxLength: 256, pattern: '^[\\w.-]+(?:/[\\w.-]+)?$' } as const;

/** Exactly what `HubCache` writes: no other field, each of its type. */
export const CACHE_SCHEMA = {
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
} as const;

let ajv: Ajv2020 | undefined;
let fileValidator: ValidateFunction | undefined;
let entryValidator: ValidateFunction | undefined;

function firstError(v: ValidateFunction): string {
  const e = v.errors?.[0];
  return e ? `${e.instancePath || '/'} ${e.message ?? 'is invalid'}` : 'does not match the cache format';
}

/** Why a parsed file does not match CACHE_SCHEMA; undefined when it does. */
function validateFile(data: unknown): string | undefined {
  ajv ??= new Ajv2020({ strict: true, allErrors: false, allowUnionTypes: true });
  fileValidator ??= ajv.compile(CACHE_SCHEMA);
  return fileValidator(data) ? undefined : firstError(fileValidator);
}

/** Why an entry about to be written would not pass CACHE_SCHEMA and the key checks; undefined when it would. */
export function cacheEntryProblem(key: string, entry: CacheEntry): string | undefined {
  ajv ??= new Ajv2020({ strict: true, allErrors: false, allowUnionTypes: true });
  entryValidator ??= ajv.compile(CACHE_SCHEMA.properties.entries.additionalProperties);
  if (key.length > CACHE_SCHEMA.properties.entries.propertyNames.maxLength) return 'has too long a key';
  if (!entryValidator(entry)) return firstError(entryValidator);
  return entryProblem(key, entry);
}

/**
 * What ties an entry to its key, as a real Hub answer would: the key's id is a repo id in lower case, a revision in
 * its normal form; an answer for the default branch says nothing of a revision; an answer for a revision says
 * whether it was found, and a 40-hex revision found is the commit the answer describes.
 */
function entryProblem(key: string, e: CacheEntry): string | undefined {
  // A repo id has no `@`: the first one ends it (a revision may hold more).
  const at = key.indexOf('@');
  if (at < 0) return 'is not a key of the cache';
  const id = key.slice(0, at);
  const revision = key.slice(at + 1);
  if (!isValidRepoId(id) || id !== id.toLowerCase()) return 'is not a repo id';
  if (revision && normRevision(revision) !== revision) return 'has a revision that is not in its normal form';
  if (e.result.id.toLowerCase() !== id && e.result.ok === false) return 'answers for another model';
  if (!e.result.ok) return undefined;
  if (!revision && e.result.revisionFound !== undefined) return 'has revisionFound without a revision';
  if (revision && e.result.revisionFound === undefined) return 'lacks revisionFound for a revision';
  if (isPinnedRevision(revision) && e.result.revisionFound && e.result.sha !== revision) {
    return 'describes another commit than the one asked for';
  }
  return undefined;
}

/** A cache file, read once (on first use) and written atomically by `flush`. Never throws. */
export class HubCache {
  private loaded?: Promise<Map<string, CacheEntry>>;
  private readonly fresh = new Map<string, CacheEntry>();
  private dirty = false;

  constructor(private readonly o: HubCacheOptions) {}

  /** The cached answer for a key, when fresh. */
  async get(key: string): Promise<HubLookup | undefined> {
    this.loaded ??= this.read();
    const e = (await this.loaded).get(key);
    return e && this.isFresh(key, e, Date.now()) ? e.result : undefined;
  }

  /** Remember an answer (a model, or not-found) to write at `flush`. */
  set(key: string, result: HubModelInfo | CachedNotFound): void {
    const entry = { at: Date.now(), result };
    // Only what a later run will accept is written (an over-long revision, say, is simply not cached).
    if (cacheEntryProblem(key, entry)) return;
    this.fresh.set(key, entry);
    this.dirty = true;
  }

  /** Write the file (atomically) when anything new was learnt, keeping the fresh entries this run did not use. */
  async flush(): Promise<void> {
    if (!this.dirty) return;
    const path = this.o.path;
    this.loaded ??= this.read();
    const loaded = await this.loaded;
    const now = Date.now();
    const kept = [...new Map([...loaded, ...this.fresh])]
      .filter(([k, e]) => this.isFresh(k, e, now))
      .sort((a, b) => b[1].at - a[1].at)
      .slice(0, CACHE_MAX_ENTRIES);
    const file: CacheFile = {
      version: CACHE_FORMAT,
      endpoint: this.o.endpoint,
      token: this.o.tokenUsed,
      entries: Object.fromEntries(kept),
    };
    const tmp = `${path}.${process.pid}.${now}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(tmp, `${JSON.stringify(file)}\n`, { encoding: 'utf8', mode: 0o600 });
      await rename(tmp, path);
      this.dirty = false;
    } catch (e) {
      this.o.log(`model-gate: could not write the Hub cache ${path}: ${errorText(e)}`);
      await unlink(tmp).catch(() => undefined);
    }
  }

  private isFresh(key: string, e: CacheEntry, now: number): boolean {
    const revision = key.slice(key.indexOf('@') + 1);
    const immutable = isPinnedRevision(revision) && e.result.ok && e.result.revisionFound !== false;
    return immutable || (now - e.at < this.o.ttlMs && e.at <= now + 60_000);
  }

  private ignore(why: string): Map<string, CacheEntry> {
    this.o.log(`model-gate: ignoring the Hub cache ${this.o.path}: ${why}; it is not trusted and will be replaced`);
    return new Map();
  }

  private async read(): Promise<Map<string, CacheEntry>> {
    const path = this.o.path;
    let text: string;
    try {
      // Non-blocking: a FIFO or device given as the cache must not hang the run.
      const fh = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
      try {
        const st = await fh.stat();
        if (!st.isFile()) return this.ignore('it is not a regular file');
        if (st.size > CACHE_MAX_BYTES) {
          return this.ignore(
            `it is ${formatBytes(st.size)}, more than the ${formatBytes(CACHE_MAX_BYTES)} model-gate reads`,
          );
        }
        const buf = Buffer.alloc(st.size);
        const { bytesRead } = await fh.read(buf, 0, st.size, 0);
        text = buf.subarray(0, bytesRead).toString('utf8');
      } finally {
        await fh.close();
      }
    } catch (e) {
      if ((e as { code?: string }).code === 'ENOENT') return new Map();
      return this.ignore(`it cannot be read (${errorText(e)})`);
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      return this.ignore(`it is not JSON (${errorText(e)})`);
    }
    if (!isObject(data)) return this.ignore('it is not a model-gate Hub cache');
    if (data.version !== CACHE_FORMAT) {
      return this.ignore(
        `it is in format ${JSON.stringify(data.version ?? null).slice(0, 20)}, this model-gate reads format ${CACHE_FORMAT}`,
      );
    }
    if (data.endpoint !== this.o.endpoint) {
      return this.ignore(`it holds answers of another Hub endpoint than ${this.o.endpoint}`);
    }
    if (data.token !== this.o.tokenUsed) {
      return this.ignore(
        `it holds answers obtained ${data.token ? 'with' : 'without'} a token, and this run has ${this.o.tokenUsed ? 'one' : 'none'}`,
      );
    }
    const invalid = validateFile(data);
    if (invalid) return this.ignore(`it is not what model-gate writes (${invalid})`);
    const file = data as unknown as CacheFile;
    const entries = new Map<string, CacheEntry>();
    for (const [key, entry] of Object.entries(file.entries)) {
      const problem = entryProblem(key, entry);
      if (problem) return this.ignore(`its entry "${key.slice(0, 200)}" ${problem}`);
      entries.set(key, entry);
    }
    return entries;
  }
}
