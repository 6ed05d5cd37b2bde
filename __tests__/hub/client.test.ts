import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { HubClient, hubCacheKey, isValidRepoId, modelApiPath, parseRetryAfter } from '../../src/hub/client.js';
import { hubLicense, isPickleOnly, weightFormats } from '../../src/hub/license.js';
import type { HubLookup, HubModelInfo } from '../../src/core/types.js';
import { startFakeHub, type FakeHub, type FakeHubStep } from '../helpers/fake-hub.js';
import { testCatalog } from '../helpers/catalog.js';
import { SHA_A, SHA_B } from './fixtures.js';

const ENV_KEYS = ['HF_ENDPOINT', 'HF_TOKEN', 'HF_HUB_OFFLINE'] as const;
let savedEnv: Record<string, string | undefined> = {};
beforeEach(() => {
  savedEnv = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
  for (const k of ENV_KEYS) delete process.env[k];
});
afterEach(() => {
  for (const k of ENV_KEYS) {
    if (savedEnv[k] === undefined) delete process.env[k];
    else process.env[k] = savedEnv[k];
  }
});

const MODELS = {
  'acme/uncatalogued-7b': {
    author: 'acme',
    sha: SHA_A,
    lastModified: '2025-01-02T03:04:05.000Z',
    gated: false,
    pipeline_tag: 'text-generation',
    library_name: 'transformers',
    tags: ['transformers', 'license:apache-2.0'],
    cardData: { license: 'apache-2.0' },
    siblings: [
      { rfilename: 'config.json' },
      { rfilename: 'model-00001-of-00002.safetensors' },
      { rfilename: 'model-00002-of-00002.safetensors' },
    ],
  },
  'Qwen/Qwen2.5-3B': {
    author: 'Qwen',
    sha: SHA_B,
    gated: false,
    cardData: {
      license: 'other',
      license_name: 'qwen-research',
      license_link: 'https://huggingface.co/Qwen/Qwen2.5-3B/blob/main/LICENSE',
    },
    siblings: [{ rfilename: 'model.safetensors' }],
  },
  'acme/weird': {
    cardData: { license: 'other', license_name: 'acme-weird', license_link: 'https://acme.example/terms' },
    siblings: [],
  },
  'acme/merged': {
    cardData: {
      license: 'llama3.1',
      base_model: ['meta-llama/Llama-3.1-8B-Instruct', 'https://huggingface.co/acme/other-8b'],
    },
    siblings: [{ rfilename: 'model.safetensors' }],
  },
  'acme/finetune': {
    cardData: { license: 'Llama 3.1 Community License', base_model: 'meta-llama/Llama-3.1-8B' },
  },
  'acme/pickled': {
    tags: ['license:mit', 'base_model:finetune:acme/base'],
    siblings: [{ rfilename: 'pytorch_model.bin' }, { rfilename: 'training_args.bin' }, { rfilename: 'config.json' }],
  },
  'acme/gated': { gated: 'manual', cardData: { license: 'llama3.1' } },
};

let hub: FakeHub;
beforeEach(async () => {
  hub = await startFakeHub({
    models: MODELS,
    revisions: { 'acme/uncatalogued-7b': ['v1.0', 'refs/pr/1', SHA_B] },
  });
});
afterEach(async () => {
  await hub.close();
});

function client(extra: ConstructorParameters<typeof HubClient>[0] = {}): HubClient {
  return new HubClient({ endpoint: hub.url, baseDelayMs: 5, ...extra });
}

function ok(r: HubLookup): HubModelInfo {
  if (!r.ok) throw new Error(`expected a model, got ${r.reason}: ${r.message}`);
  return r;
}

describe('HubClient: answers', () => {
  it('resolves a model no catalog knows from its card', async () => {
    const info = ok(await client().resolve('acme/uncatalogued-7b'));
    expect(info).toEqual({
      ok: true,
      id: 'acme/uncatalogued-7b',
      author: 'acme',
      sha: SHA_A,
      lastModified: '2025-01-02T03:04:05.000Z',
      gated: false,
      license: 'apache-2.0',
      baseModels: [],
      files: ['config.json', 'model-00001-of-00002.safetensors', 'model-00002-of-00002.safetensors'],
      pipelineTag: 'text-generation',
      libraryName: 'transformers',
    });
    const catalog = testCatalog([]);
    expect(catalog.model(info.id)).toBeUndefined();
    expect(hubLicense(info, catalog)).toEqual({ id: 'apache-2.0' });
    expect(hub.requests).toHaveLength(1);
    expect(hub.requests[0]).toMatchObject({ method: 'GET', url: '/api/models/acme/uncatalogued-7b' });
    expect(hub.requests[0].headers['user-agent']).toBe('model-gate');
    expect(hub.requests[0].headers.accept).toBe('application/json');
  });

  it('maps `other` + license_name through the catalog, and keeps unmapped text as raw', async () => {
    const c = client();
    const qwen = ok(await c.resolve('Qwen/Qwen2.5-3B'));
    expect(qwen).toMatchObject({ license: 'other', licenseName: 'qwen-research' });
    expect(hubLicense(qwen, testCatalog([]))).toEqual({ id: 'qwen-research' });
    const weird = ok(await c.resolve('acme/weird'));
    expect(hubLicense(weird, testCatalog([]))).toEqual({
      raw: 'other (license_name: acme-weird, https://acme.example/terms)',
    });
  });

  it('reads base_model as a list (a merge), strips Hub addresses, and takes a single string too', async () => {
    const c = client();
    expect(ok(await c.resolve('acme/merged')).baseModels).toEqual([
      'meta-llama/Llama-3.1-8B-Instruct',
      'acme/other-8b',
    ]);
    const ft = ok(await c.resolve('acme/finetune'));
    expect(ft.baseModels).toEqual(['meta-llama/Llama-3.1-8B']);
    expect(hubLicense(ft, testCatalog([]))).toEqual({ id: 'llama3.1' });
  });

  it('falls back on license: and base_model: tags, and detects pickle-only weights', async () => {
    const info = ok(await client().resolve('acme/pickled'));
    expect(info.license).toBe('mit');
    expect(info.baseModels).toEqual(['acme/base']);
    const formats = weightFormats(info.files);
    expect(formats).toEqual(['bin']);
    expect(isPickleOnly(formats)).toBe(true);
    expect(isPickleOnly(weightFormats(ok(await client().resolve('acme/uncatalogued-7b')).files))).toBe(false);
  });

  it('answers not-found for a missing repo, without retrying', async () => {
    const r = await client().resolve('acme/nope');
    expect(r).toMatchObject({ ok: false, id: 'acme/nope', reason: 'not-found' });
    expect(r.ok || r.message).toMatch(/no public model acme\/nope.*HF_TOKEN/);
    expect(hub.requests).toHaveLength(1);
  });

  it('keeps gated as the Hub says', async () => {
    expect(ok(await client().resolve('acme/gated')).gated).toBe('manual');
  });

  it('answers unauthorized on 401/403, telling to set HF_TOKEN', async () => {
    hub.addScript('acme/private', [{ status: 403, headers: { 'X-Error-Code': 'GatedRepo' } }]);
    hub.addScript('acme/private2', [{ status: 401 }]);
    const c = client();
    const r = await c.resolve('acme/private');
    expect(r).toMatchObject({ ok: false, reason: 'unauthorized' });
    expect(r.ok || r.message).toMatch(/HF_TOKEN.*hf-token/);
    expect(await c.resolve('acme/private2')).toMatchObject({ ok: false, reason: 'unauthorized' });
    // The real Hub answers 401 RepoNotFound to anonymous requests for missing (or private) repos.
    hub.addScript('acme/ghost', [{ status: 401, headers: { 'X-Error-Code': 'RepoNotFound' } }]);
    expect(await c.resolve('acme/ghost')).toMatchObject({ ok: false, reason: 'not-found' });
  });
});

describe('HubClient: revisions', () => {
  it('asks the revision route and marks the revision found', async () => {
    const info = ok(await client().resolve('acme/uncatalogued-7b', SHA_B.toUpperCase()));
    expect(info.revisionFound).toBe(true);
    expect(info.sha).toBe(SHA_B);
    expect(hub.requests.map((r) => r.url)).toEqual([`/api/models/acme/uncatalogued-7b/revision/${SHA_B}`]);
  });

  it('encodes the revision as one path segment but keeps the slash of the id', async () => {
    const info = ok(await client().resolve('acme/uncatalogued-7b', 'refs/pr/1'));
    expect(info.revisionFound).toBe(true);
    expect(hub.requests[0].url).toBe('/api/models/acme/uncatalogued-7b/revision/refs%2Fpr%2F1');
    expect(modelApiPath('a b/c?d', 'x#y')).toBe('/api/models/a%20b/c%3Fd/revision/x%23y');
  });

  it('gives revisionFound: false when the revision is missing but the repo exists', async () => {
    const c = client();
    const info = ok(await c.resolve('acme/uncatalogued-7b', 'deadbeef'.repeat(5)));
    expect(info.revisionFound).toBe(false);
    expect(info.id).toBe('acme/uncatalogued-7b');
    expect(info.sha).toBe(SHA_A);
    expect(hub.requests.map((r) => r.url)).toEqual([
      `/api/models/acme/uncatalogued-7b/revision/${'deadbeef'.repeat(5)}`,
      '/api/models/acme/uncatalogued-7b',
    ]);
    // The repo answer is shared with a later unpinned lookup.
    ok(await c.resolve('acme/uncatalogued-7b'));
    expect(hub.requests).toHaveLength(2);
  });

  it('tells a missing revision from a missing repo when the 404 carries no error code', async () => {
    hub.addScript(`acme/finetune@v9`, [{ status: 404, body: { error: 'not here' } }]);
    hub.addScript(`acme/nope@v9`, [{ status: 404, body: { error: 'not here' } }]);
    const c = client();
    expect(ok(await c.resolve('acme/finetune', 'v9')).revisionFound).toBe(false);
    expect(await c.resolve('acme/nope', 'v9')).toMatchObject({ ok: false, reason: 'not-found' });
    expect(hub.count('acme/nope')).toBe(2);
  });

  it('answers not-found at once when the revision route says RepoNotFound', async () => {
    expect(await client().resolve('acme/nope', 'main')).toMatchObject({ ok: false, reason: 'not-found' });
    expect(hub.requests).toHaveLength(1);
  });
});

describe('HubClient: retries, timeouts, bad answers', () => {
  it('retries a 429 after the Retry-After the Hub asked for', async () => {
    hub.addScript('acme/uncatalogued-7b', [{ status: 429, headers: { 'Retry-After': '1' } }]);
    const start = Date.now();
    const info = ok(await client({ baseDelayMs: 1 }).resolve('acme/uncatalogued-7b'));
    const elapsed = Date.now() - start;
    expect(info.license).toBe('apache-2.0');
    expect(hub.requests).toHaveLength(2);
    expect(elapsed).toBeGreaterThanOrEqual(950);
    expect(elapsed).toBeLessThan(5000);
  });

  it('caps a long Retry-After at maxDelayMs', async () => {
    hub.addScript('acme/uncatalogued-7b', [{ status: 429, headers: { 'Retry-After': '3600' } }]);
    const start = Date.now();
    ok(await client({ maxDelayMs: 50 }).resolve('acme/uncatalogued-7b'));
    expect(Date.now() - start).toBeLessThan(2000);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Tue, 31 Dec 2024 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('retries a 500 then succeeds', async () => {
    hub.addScript('acme/uncatalogued-7b', [{ status: 500 }]);
    ok(await client().resolve('acme/uncatalogued-7b'));
    expect(hub.requests).toHaveLength(2);
  });

  it('gives up after the retries with a clear error, and does not throw', async () => {
    hub.addScript('acme/uncatalogued-7b', Array<FakeHubStep>(5).fill({ status: 503 }));
    const r = await client({ retries: 2 }).resolve('acme/uncatalogued-7b');
    expect(r).toMatchObject({ ok: false, reason: 'error' });
    expect(r.ok || r.message).toMatch(/HTTP 503.*3 attempts/);
    expect(hub.requests).toHaveLength(3);
  });

  it('bounds a Hub that never answers by the timeout', async () => {
    hub.addScript('acme/uncatalogued-7b', Array<FakeHubStep>(5).fill({ hang: true }));
    const start = Date.now();
    const r = await client({ timeoutMs: 150, retries: 1 }).resolve('acme/uncatalogued-7b');
    const elapsed = Date.now() - start;
    expect(r).toMatchObject({ ok: false, reason: 'error' });
    expect(r.ok || r.message).toMatch(/did not answer .* within 150 ms \(2 attempts\)/);
    expect(hub.requests).toHaveLength(2);
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(2000);
  });

  it('retries a silent Hub once only, whatever the retry count', async () => {
    hub.addScript('acme/uncatalogued-7b', Array<FakeHubStep>(5).fill({ hang: true }));
    const r = await client({ timeoutMs: 100, retries: 3 }).resolve('acme/uncatalogued-7b');
    expect(r.ok || r.message).toMatch(/within 100 ms \(2 attempts\)/);
    expect(hub.requests).toHaveLength(2);
  });

  it('stops at once when the Hub host name does not resolve', async () => {
    // .invalid never resolves (RFC 2606).
    const c = new HubClient({
      endpoint: 'http://model-gate-test.invalid',
      retries: 3,
      baseDelayMs: 1,
      timeoutMs: 5000,
    });
    const first = await c.resolve('acme/a');
    expect(first).toMatchObject({ ok: false, reason: 'error' });
    expect(first.ok || first.message).toMatch(/ENOTFOUND|could not reach/);
    const sent = c.requests;
    expect(sent).toBe(1);
    const second = await c.resolve('acme/b');
    expect(second.ok || second.message).toMatch(/^skipped: /);
    expect(c.requests).toBe(sent);
  });

  it('stops asking a Hub that failed several lookups in a row', async () => {
    const ids = Array.from({ length: 10 }, (_, i) => `acme/hang-${i}`);
    for (const id of ids) hub.addScript(id, [{ hang: true }]);
    const c = client({ timeoutMs: 100, retries: 0, maxInFlight: 1, breakAfter: 3 });
    const start = Date.now();
    const results = await Promise.all(ids.map((id) => c.resolve(id)));
    expect(Date.now() - start).toBeLessThan(2000);
    // breakAfter lookups, plus at most maxInFlight already on their way.
    expect(hub.requests.length).toBeLessThanOrEqual(4);
    expect(results.every((r) => !r.ok && r.reason === 'error')).toBe(true);
    expect(results[9].ok || results[9].message).toMatch(/skipped: the Hub at .* failed 3 lookups in a row/);
  });

  it('reports a network error after retrying', async () => {
    const dead = await startFakeHub();
    const url = dead.url;
    await dead.close();
    const r = await new HubClient({ endpoint: url, retries: 1, baseDelayMs: 1 }).resolve('acme/x');
    expect(r).toMatchObject({ ok: false, reason: 'error' });
    expect(r.ok || r.message).toMatch(/could not reach the Hub.*ECONNREFUSED.*2 attempts/);
  });

  it('reports malformed JSON without retrying', async () => {
    hub.addScript('acme/uncatalogued-7b', [{ status: 200, body: '{"id": acme/uncatalogued-7b}' }]);
    hub.addScript('acme/weird', [{ status: 200, body: '["not", "an", "object"]' }]);
    const c = client();
    const r = await c.resolve('acme/uncatalogued-7b');
    expect(r).toMatchObject({ ok: false, reason: 'error' });
    expect(r.ok || r.message).toMatch(/malformed JSON/);
    const r2 = await c.resolve('acme/weird');
    expect(r2.ok || r2.message).toMatch(/not a model description/);
    expect(hub.requests).toHaveLength(2);
  });

  it('tolerates oddly typed card fields', async () => {
    hub.setModel('acme/odd', {
      id: 42,
      gated: 'sometimes',
      tags: 'nope',
      cardData: {
        license: ['mit', 'apache-2.0'],
        base_model: [null, 'acme/base', 7],
        license_name: { x: 1 },
      },
      siblings: [{ rfilename: 'a.gguf' }, null, { nope: 1 }, 'b.bin'],
    });
    const info = ok(await client().resolve('acme/odd'));
    expect(info).toEqual({
      ok: true,
      id: 'acme/odd',
      license: 'mit',
      baseModels: ['acme/base'],
      files: ['a.gguf'],
    });
  });

  it('refuses ids that cannot be Hub repos, without a request', async () => {
    for (const bad of ['../etc/passwd', 'a/b/c', 'acme/..', 'acme/x--y', '', 'acme/model.git', 'ollama:llama3']) {
      expect(isValidRepoId(bad)).toBe(false);
      expect(await client().resolve(bad)).toMatchObject({ ok: false, reason: 'not-found' });
    }
    expect(isValidRepoId('gpt2')).toBe(true);
    expect(isValidRepoId('meta-llama/Llama-3.1-8B-Instruct')).toBe(true);
    expect(hub.requests).toHaveLength(0);
  });

  it('reports a bad HF_ENDPOINT as an error without a request', async () => {
    process.env.HF_ENDPOINT = 'not a url';
    expect(await new HubClient().resolve('acme/x')).toMatchObject({ ok: false, reason: 'error' });
  });
});

describe('HubClient: configuration', () => {
  it('takes the endpoint from HF_ENDPOINT (trailing slash tolerated)', async () => {
    process.env.HF_ENDPOINT = `${hub.url}/`;
    const c = new HubClient();
    expect(c.endpoint).toBe(hub.url);
    expect(ok(await c.resolve('acme/uncatalogued-7b')).license).toBe('apache-2.0');
    expect(hub.requests).toHaveLength(1);
  });

  it('makes no request at all in offline mode (option or HF_HUB_OFFLINE=1)', async () => {
    expect(await client({ offline: true }).resolve('acme/uncatalogued-7b')).toMatchObject({
      ok: false,
      id: 'acme/uncatalogued-7b',
      reason: 'offline',
    });
    process.env.HF_HUB_OFFLINE = '1';
    const c = client();
    expect(c.offline).toBe(true);
    expect(await c.resolve('acme/uncatalogued-7b', SHA_A)).toMatchObject({ ok: false, reason: 'offline' });
    await c.flush();
    expect(hub.requests).toHaveLength(0);
    expect(client({ offline: false }).offline).toBe(false);
  });

  it('sends the token as a Bearer (option or HF_TOKEN), and none without one', async () => {
    await client({ token: 'hf_option' }).resolve('acme/uncatalogued-7b');
    process.env.HF_TOKEN = 'hf_env';
    await client().resolve('acme/uncatalogued-7b');
    await client({ token: null }).resolve('acme/uncatalogued-7b');
    expect(hub.requests.map((r) => r.headers.authorization)).toEqual(['Bearer hf_option', 'Bearer hf_env', undefined]);
  });

  it('asks once per (id, revision) in a run, ids compared case-insensitively', async () => {
    const c = client();
    const [a, b] = await Promise.all([c.resolve('acme/uncatalogued-7b'), c.resolve('ACME/Uncatalogued-7B')]);
    expect(a).toBe(b);
    await c.resolve('acme/uncatalogued-7b');
    expect(hub.requests).toHaveLength(1);
    await c.resolve('acme/uncatalogued-7b', SHA_A);
    await c.resolve('acme/uncatalogued-7b', SHA_A.toUpperCase());
    expect(hub.requests).toHaveLength(2);
    expect(c.requests).toBe(2);
    expect(hubCacheKey('ACME/X', SHA_A.toUpperCase())).toBe(`acme/x@${SHA_A}`);
  });

  it('keeps at most 8 requests in flight', async () => {
    const slow = await startFakeHub({ latencyMs: 40 });
    try {
      for (let i = 0; i < 40; i++) slow.setModel(`acme/m${i}`, { cardData: { license: 'mit' } });
      const c = new HubClient({ endpoint: slow.url });
      const results = await Promise.all(Array.from({ length: 40 }, (_, i) => c.resolve(`acme/m${i}`)));
      expect(results.every((r) => r.ok)).toBe(true);
      expect(slow.requests).toHaveLength(40);
      expect(slow.peakInFlight).toBe(8);
    } finally {
      await slow.close();
    }
  });

  it('honours a smaller maxInFlight', async () => {
    const slow = await startFakeHub({ latencyMs: 30 });
    try {
      for (let i = 0; i < 12; i++) slow.setModel(`acme/m${i}`, {});
      const c = new HubClient({ endpoint: slow.url, maxInFlight: 3 });
      await Promise.all(Array.from({ length: 12 }, (_, i) => c.resolve(`acme/m${i}`)));
      expect(slow.peakInFlight).toBe(3);
    } finally {
      await slow.close();
    }
  });
});
