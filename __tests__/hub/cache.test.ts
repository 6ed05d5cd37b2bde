import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HubClient } from '../../src/hub/client.js';
import { startFakeHub, type FakeHub } from '../helpers/fake-hub.js';
import { SHA_A } from './fixtures.js';

let hub: FakeHub;
let dir: string;
let cachePath: string;
let savedToken: string | undefined;

beforeEach(async () => {
  savedToken = process.env.HF_TOKEN;
  delete process.env.HF_TOKEN;
  delete process.env.HF_HUB_OFFLINE;
  hub = await startFakeHub({
    models: {
      'acme/a': { sha: SHA_A, cardData: { license: 'mit' }, siblings: [{ rfilename: 'model.safetensors' }] },
      'acme/b': { cardData: { license: 'apache-2.0' } },
    },
  });
  dir = mkdtempSync(join(tmpdir(), 'model-gate-hub-cache-'));
  cachePath = join(dir, 'sub', 'hub-cache.json');
});
afterEach(async () => {
  await hub.close();
  rmSync(dir, { recursive: true, force: true });
  if (savedToken !== undefined) process.env.HF_TOKEN = savedToken;
});

function client(extra: ConstructorParameters<typeof HubClient>[0] = {}): HubClient {
  return new HubClient({ endpoint: hub.url, cachePath, baseDelayMs: 1, retries: 0, ...extra });
}

interface CacheShape {
  version: number;
  entries: Record<string, { at: number; result: { ok: boolean; reason?: string; revisionFound?: boolean } }>;
}
const readCache = (): CacheShape => JSON.parse(readFileSync(cachePath, 'utf8')) as CacheShape;

describe('HubClient cache file', () => {
  it('writes answers and not-found once at the end, never errors, atomically', async () => {
    hub.addScript('acme/flaky', [{ status: 500 }]);
    const c = client();
    await Promise.all([
      c.resolve('Acme/A'),
      c.resolve('acme/a', SHA_A),
      c.resolve('acme/missing'),
      c.resolve('acme/flaky'),
    ]);
    expect(() => readFileSync(cachePath)).toThrow();
    await c.flush();
    const file = readCache();
    expect(file).toMatchObject({ version: 2, endpoint: hub.url, token: false });
    expect(Object.keys(file.entries).sort()).toEqual(['acme/a@', `acme/a@${SHA_A}`, 'acme/missing@']);
    expect(file.entries['acme/missing@'].result).toMatchObject({ ok: false, reason: 'not-found' });
    expect(readdirSync(join(dir, 'sub'))).toEqual(['hub-cache.json']);
  });

  it('answers from the cache on a new client without a request', async () => {
    const first = client();
    const a = await first.resolve('acme/a');
    const pinned = await first.resolve('acme/a', SHA_A);
    await first.resolve('acme/missing');
    await first.flush();
    expect(hub.requests).toHaveLength(3);

    const second = client();
    expect(await second.resolve('ACME/a')).toEqual(a);
    expect(await second.resolve('acme/a', SHA_A.toUpperCase())).toEqual(pinned);
    expect(await second.resolve('acme/missing')).toMatchObject({ ok: false, reason: 'not-found' });
    expect(hub.requests).toHaveLength(3);
    expect(second.requests).toBe(0);
  });

  it('never expires a pinned revision; other entries expire after the TTL', async () => {
    const old = 1_000; // 1970: far beyond any TTL
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(
      cachePath,
      JSON.stringify({
        version: 2,
        endpoint: hub.url,
        token: false,
        entries: {
          [`acme/a@${SHA_A}`]: {
            at: old,
            result: {
              ok: true,
              id: 'acme/a',
              sha: SHA_A,
              license: 'cached-license',
              baseModels: [],
              files: [],
              revisionFound: true,
            },
          },
          'acme/a@': {
            at: old,
            result: { ok: true, id: 'acme/a', license: 'stale', baseModels: [], files: [] },
          },
          'acme/b@': {
            at: Date.now(),
            result: { ok: true, id: 'acme/b', license: 'fresh-cached', baseModels: [], files: [] },
          },
        },
      }),
    );
    const c = client();
    expect(await c.resolve('acme/a', SHA_A)).toMatchObject({ ok: true, license: 'cached-license' });
    expect(await c.resolve('acme/b')).toMatchObject({ ok: true, license: 'fresh-cached' });
    expect(await c.resolve('acme/a')).toMatchObject({ ok: true, license: 'mit' });
    expect(hub.requests.map((r) => r.url)).toEqual(['/api/models/acme/a']);

    const shortTtl = client({ cacheTtlMs: 1 });
    await new Promise((r) => setTimeout(r, 5));
    expect(await shortTtl.resolve('acme/b')).toMatchObject({ ok: true, license: 'apache-2.0' });
    expect(await shortTtl.resolve('acme/a', SHA_A)).toMatchObject({ ok: true, license: 'cached-license' });
  });

  it('does not keep a missing pinned revision forever', async () => {
    const first = client();
    expect(await first.resolve('acme/b', SHA_A)).toMatchObject({ ok: true, revisionFound: false });
    await first.flush();
    expect(readCache().entries[`acme/b@${SHA_A}`].result.revisionFound).toBe(false);
    const later = client({ cacheTtlMs: 1 });
    await new Promise((r) => setTimeout(r, 5));
    await later.resolve('acme/b', SHA_A);
    expect(hub.count('acme/b', SHA_A)).toBe(2);
  });

  it('keeps entries of the file that this run did not look at', async () => {
    const first = client();
    await first.resolve('acme/a');
    await first.flush();
    const second = client();
    await second.resolve('acme/b');
    await second.flush();
    expect(Object.keys(readCache().entries).sort()).toEqual(['acme/a@', 'acme/b@']);
  });

  it('ignores a corrupt cache file without crashing, and replaces it', async () => {
    for (const corrupt of [
      '{not json',
      '[]',
      '{"version":3,"entries":{}}',
      `{"version":2,"endpoint":"${hub.url}","token":false,"entries":{"acme/a@":{"at":"x"}}}`,
    ]) {
      mkdirSync(join(dir, 'sub'), { recursive: true });
      writeFileSync(cachePath, corrupt);
      const warnings: string[] = [];
      const c = client({ log: (m) => warnings.push(m) });
      expect(await c.resolve('acme/a')).toMatchObject({ ok: true, license: 'mit' });
      await c.flush();
      expect(Object.keys(readCache().entries)).toEqual(['acme/a@']);
      expect(warnings.join('\n')).toMatch(/ignoring the Hub cache .*hub-cache\.json: .*not trusted/);
    }
  });

  it('does not throw when the cache cannot be written', async () => {
    writeFileSync(join(dir, 'sub'), 'a file where a directory should be');
    const warnings: string[] = [];
    const c = client({ log: (m) => warnings.push(m) });
    expect(await c.resolve('acme/a')).toMatchObject({ ok: true });
    await expect(c.flush()).resolves.toBeUndefined();
    expect(warnings.join('\n')).toMatch(/could not write the Hub cache/);
  });

  it('writes nothing when nothing was learnt', async () => {
    const c = client({ offline: true });
    await c.resolve('acme/a');
    await c.flush();
    expect(() => readFileSync(cachePath)).toThrow();
  });
});
