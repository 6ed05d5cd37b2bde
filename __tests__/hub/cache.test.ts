import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
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

describe('HubClient cache file: trust', () => {
  const entryA = (extra: Record<string, unknown> = {}) => ({
    at: Date.now(),
    result: { ok: true, id: 'acme/a', license: 'apache-2.0', baseModels: [], files: ['model.safetensors'], ...extra },
  });
  const write = (file: unknown) => {
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(cachePath, typeof file === 'string' ? file : JSON.stringify(file));
  };
  const v2 = (entries: Record<string, unknown>, header: Record<string, unknown> = {}) => ({
    version: 2,
    endpoint: hub.url,
    token: false,
    entries,
    ...header,
  });

  /** Resolves acme/a with a new client: what it answers, whether it asked the Hub, and the warnings. */
  async function lookUp(extra: ConstructorParameters<typeof HubClient>[0] = {}, revision?: string) {
    const warnings: string[] = [];
    const before = hub.requests.length;
    const c = client({ log: (m) => warnings.push(m), ...extra });
    const result = await c.resolve('acme/a', revision);
    return { result, asked: hub.requests.length > before, warnings: warnings.join('\n') };
  }

  it('uses a file exactly as the client writes it', async () => {
    write(v2({ 'acme/a@': entryA() }));
    const r = await lookUp();
    expect(r).toMatchObject({ asked: false, warnings: '', result: { ok: true, license: 'apache-2.0' } });
  });

  it('ignores as a whole, with a warning, a file with a field the client would not write', async () => {
    write(v2({ 'acme/b@': entryA({ id: 'acme/b' }), 'acme/a@': entryA({ allowed: true, trusted_publisher: true }) }));
    const r = await lookUp();
    expect(r.asked).toBe(true);
    expect(r.result).toMatchObject({ ok: true, license: 'mit' });
    expect(r.warnings).toMatch(/ignoring the Hub cache .*: it is not what model-gate writes .*not trusted/);
    // The well-formed entry of the same file is not used either.
    const b = await client().resolve('acme/b');
    expect(b).toMatchObject({ ok: true, license: 'apache-2.0' });
    expect(hub.count('acme/b')).toBe(1);
  });

  it('ignores entries of the wrong type, a sha that is not a sha, untrimmed text, a key that is not an id', async () => {
    for (const bad of [
      v2({ 'acme/a@': entryA({ sha: 'not-a-commit' }) }),
      v2({ 'acme/a@': entryA({ license: ['apache-2.0'] }) }),
      v2({ 'acme/a@': entryA({ license: ' apache-2.0' }) }),
      v2({ 'acme/a@': entryA({ gated: 'no' }) }),
      v2({ 'acme/a@': { ...entryA(), at: 1.5 } }),
      v2({ 'acme/a@': { ...entryA(), extra: 1 } }),
      v2({ 'ACME/A@': entryA() }),
      v2({ '../etc@': entryA() }),
      v2({ 'acme/a@': { at: Date.now(), result: { ok: false, id: 'acme/a', reason: 'error', message: 'x' } } }),
      v2({ 'acme/a@': { at: Date.now(), result: { ok: false, id: 'acme/zzz', reason: 'not-found', message: 'x' } } }),
      v2({ 'acme/a@': entryA({ revisionFound: true }) }),
      { ...v2({ 'acme/a@': entryA() }), extra: true },
    ]) {
      write(bad);
      const r = await lookUp();
      expect(r.asked).toBe(true);
      expect(r.result).toMatchObject({ ok: true, license: 'mit' });
      expect(r.warnings).toMatch(/ignoring the Hub cache .*not trusted/);
    }
  });

  it('ignores a pinned entry that describes another commit than its key', async () => {
    write(v2({ [`acme/a@${SHA_A}`]: entryA({ sha: 'b'.repeat(40), revisionFound: true }) }));
    const r = await lookUp({}, SHA_A);
    expect(r.asked).toBe(true);
    expect(r.warnings).toMatch(/describes another commit than the one asked for/);
  });

  it('is keyed: a file of another format, Hub endpoint, or kind of access is not used', async () => {
    write({ version: 1, entries: { 'acme/a@': entryA() } });
    expect(await lookUp()).toMatchObject({
      asked: true,
      warnings: expect.stringMatching(/format 1, this model-gate reads format 2/),
    });
    write(v2({ 'acme/a@': entryA() }, { endpoint: 'https://huggingface.co' }));
    expect(await lookUp()).toMatchObject({ asked: true, warnings: expect.stringMatching(/another Hub endpoint/) });
    write(v2({ 'acme/a@': entryA() }));
    expect(await lookUp({ token: 'hf_x' })).toMatchObject({
      asked: true,
      warnings: expect.stringMatching(/obtained without a token, and this run has one/),
    });
    const anonymous = new HubClient({ endpoint: hub.url });
    expect(anonymous.cacheKey).toMatch(/^hub-v2-[0-9a-f]{16}$/);
    expect(new HubClient({ endpoint: hub.url, token: 'hf_x' }).cacheKey).not.toBe(anonymous.cacheKey);
    expect(new HubClient({ endpoint: 'https://huggingface.co' }).cacheKey).not.toBe(anonymous.cacheKey);
  });

  it('does not hang on a FIFO, and does not read a file over 64 MiB', async () => {
    mkdirSync(join(dir, 'sub'), { recursive: true });
    execFileSync('mkfifo', [cachePath]);
    expect(await lookUp()).toMatchObject({ asked: true, warnings: expect.stringMatching(/not a regular file/) });
    rmSync(cachePath);
    writeFileSync(cachePath, '');
    truncateSync(cachePath, 65 * 1024 * 1024); // sparse: no disk used
    expect(await lookUp()).toMatchObject({
      asked: true,
      warnings: expect.stringMatching(/65 MiB, more than the 64 MiB/),
    });
  });

  it('reads back, without a warning, whatever the client wrote of odd answers; private to its owner; no credentials', async () => {
    hub.setModel('acme/odd', {
      id: 42,
      sha: 'main',
      gated: 'sometimes',
      author: '   ',
      lastModified: ' 2025-01-01T00:00:00Z ',
      tags: ['license:', 'base_model:  '],
      cardData: { license: `  ${'x'.repeat(5000)}  `, license_name: ['  mit  '], base_model: ['acme/base', '', '  '] },
      siblings: [{ rfilename: ' a.gguf ' }, { rfilename: '' }, { rfilename: 'b'.repeat(3000) }],
    });
    hub.setModel('acme/renamed', { id: 'Acme/New-Name', sha: SHA_A.toUpperCase() });
    const port = new URL(hub.url).port;
    const first = new HubClient({ endpoint: `http://u:S3cretPW@127.0.0.1:${port}`, cachePath, retries: 0 });
    const answers = await Promise.all([
      first.resolve('acme/odd'),
      first.resolve('acme/renamed'),
      first.resolve('acme/a', 'refs/pr/1@x'),
      first.resolve('acme/a', 'r'.repeat(700)),
      first.resolve('acme/missing', 'v1'),
    ]);
    await first.flush();
    const text = readFileSync(cachePath, 'utf8');
    expect(text).not.toMatch(/S3cretPW/);
    expect(statSync(cachePath).mode & 0o777).toBe(0o600);
    const warnings: string[] = [];
    const second = new HubClient({
      endpoint: `http://u:S3cretPW@127.0.0.1:${port}`,
      cachePath,
      log: (m) => warnings.push(m),
    });
    const sent = hub.requests.length;
    expect(await second.resolve('acme/odd')).toEqual(answers[0]);
    expect(await second.resolve('acme/renamed')).toEqual(answers[1]);
    expect(await second.resolve('acme/missing', 'v1')).toEqual(answers[4]);
    expect(warnings).toEqual([]);
    expect(hub.requests.length).toBe(sent);
    expect(answers[1]).toMatchObject({ id: 'Acme/New-Name', sha: SHA_A });
  });
});
