/**
 * What the Hub client does with answers that are too large, endless, trickled, cut off, empty, HTML, rate-limited
 * or refused, and with credentials: against a loopback fake Hub, each case as a real server would send it.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { HubClient, type HubClientOptions } from '../../src/hub/client.js';
import { looksCutOff } from '../../src/hub/http.js';
import type { HubLookup, HubModelInfo } from '../../src/core/types.js';
import { startFakeHub, type FakeHub, type FakeHubStep } from '../helpers/fake-hub.js';
import { largeModelInfo, SHA_A } from './fixtures.js';

const ENV_KEYS = ['HF_ENDPOINT', 'HF_TOKEN', 'HF_HUB_OFFLINE'] as const;
let savedEnv: Record<string, string | undefined> = {};
let hub: FakeHub;
beforeEach(async () => {
  savedEnv = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
  for (const k of ENV_KEYS) delete process.env[k];
  hub = await startFakeHub({
    models: {
      'acme/small': { sha: SHA_A, cardData: { license: 'mit' }, siblings: [{ rfilename: 'model.safetensors' }] },
      'acme/other': { cardData: { license: 'apache-2.0' } },
    },
  });
});
afterEach(async () => {
  await hub.close();
  for (const k of ENV_KEYS) {
    if (savedEnv[k] === undefined) delete process.env[k];
    else process.env[k] = savedEnv[k];
  }
});

function client(extra: HubClientOptions = {}): HubClient {
  return new HubClient({ endpoint: hub.url, baseDelayMs: 1, maxDelayMs: 20, ...extra });
}

function message(r: HubLookup): string {
  if (r.ok) throw new Error(`expected a failure, got the model ${r.id}`);
  return r.message;
}

function ok(r: HubLookup): HubModelInfo {
  if (!r.ok) throw new Error(`expected a model, got ${r.reason}: ${r.message}`);
  return r;
}

const MiB = 1024 * 1024;

describe('response size', () => {
  it('reads a large real answer (10,000 files, 5,000 Spaces: under 1 MiB) whole under the default cap', async () => {
    const big = largeModelInfo('meta-llama/Llama-3.1-8B-Instruct', { files: 10_000, spaces: 5_000 });
    const size = Buffer.byteLength(JSON.stringify(big));
    expect(size).toBeGreaterThan(0.8 * MiB);
    expect(size).toBeLessThan(1 * MiB);
    hub.setModel('meta-llama/Llama-3.1-8B-Instruct', big);
    const info = ok(await client().resolve('meta-llama/Llama-3.1-8B-Instruct'));
    expect(info.files).toHaveLength(10_000);
    expect(info).toMatchObject({ license: 'llama3.1', gated: 'manual', baseModels: ['meta-llama/Llama-3.1-8B'] });
  });

  it('stops reading an answer past the cap: an error for that model only, not retried', async () => {
    hub.setModel('acme/huge', largeModelInfo('acme/huge', { files: 10_000, spaces: 5_000 }));
    const c = client({ maxResponseBytes: 256 * 1024 });
    const r = await c.resolve('acme/huge');
    expect(r).toMatchObject({ ok: false, reason: 'error' });
    expect(message(r)).toMatch(
      /answer to GET http:\/\/127\.0\.0\.1:\d+\/api\/models\/acme\/huge is .* more than the 256 KiB model-gate reads/,
    );
    expect(hub.count('acme/huge')).toBe(1);
    expect(ok(await c.resolve('acme/small')).license).toBe('mit');
  });

  it('does not start reading an answer whose Content-Length is over the cap', async () => {
    hub.addScript('acme/small', [{ status: 200, headers: { 'Content-Length': String(3 * 1024 * MiB) } }]);
    const r = await client().resolve('acme/small');
    expect(message(r)).toMatch(/is 3072 MiB, more than the 8 MiB model-gate reads; it was not read/);
    expect(hub.requests).toHaveLength(1);
  });

  it('ends an endless body at the cap and drops the connection', async () => {
    hub.addScript('acme/small', [{ endless: true }]);
    const r = await client({ maxResponseBytes: MiB }).resolve('acme/small');
    expect(message(r)).toMatch(/is larger than the 1 MiB model-gate reads; it stopped reading there/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(hub.requests[0].cut).toBe(true);
    // What the server managed to push: the cap plus what the socket buffers held, not an endless stream.
    expect(hub.requests[0].sent).toBeLessThan(32 * MiB);
    expect(hub.requests).toHaveLength(1);
  });
});

describe('timeouts', () => {
  it('ends a trickled answer at the overall deadline, not only at the first-byte timeout, and retries it once', async () => {
    hub.addScript('acme/small', [{ trickleMs: 40 }, { trickleMs: 40 }]);
    const r = await client({ timeoutMs: 200, deadlineMs: 400, retries: 3 }).resolve('acme/small');
    expect(message(r)).toMatch(
      /the Hub's answer to GET \S+\/api\/models\/acme\/small did not complete within 400 ms \(\d+ bytes? received\) \(2 attempts\)/,
    );
    expect(hub.requests).toHaveLength(2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(hub.requests.every((q) => q.cut && q.sent > 0)).toBe(true);
  });

  it('bounds a Hub that never sends its headers by the first-byte timeout', async () => {
    hub.addScript('acme/small', [{ hang: true }, { hang: true }]);
    const r = await client({ timeoutMs: 100, deadlineMs: 5000, retries: 0 }).resolve('acme/small');
    expect(message(r)).toMatch(/did not answer GET \S+ within 100 ms \(1 attempt\)/);
  });
});

describe('answers that are not JSON', () => {
  it('says so of an HTML page (a captive portal), without retrying', async () => {
    hub.addScript('acme/small', [
      {
        status: 200,
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
        body: '<!DOCTYPE html>\n<html><head><title>Sign in to Guest Wi-Fi</title></head><body><form>...</form></body></html>',
      },
    ]);
    const r = await client().resolve('acme/small');
    expect(message(r)).toMatch(
      /answered GET \S+ with an HTML page titled "Sign in to Guest Wi-Fi", not JSON: a captive portal or proxy in the way, or HF_ENDPOINT is not the Hub's API$/,
    );
    expect(hub.requests).toHaveLength(1);
  });

  it('says so of a proxy error page, after retrying it as any 5xx', async () => {
    const page = '<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>';
    hub.addScript(
      'acme/small',
      Array<FakeHubStep>(3).fill({ status: 502, headers: { 'Content-Type': 'text/html' }, body: page }),
    );
    const r = await client({ retries: 2 }).resolve('acme/small');
    expect(message(r)).toMatch(
      /answered HTTP 502 to GET \S+ \(3 attempts\): an HTML page titled "502 Bad Gateway" instead of the Hub's JSON \(a proxy or gateway error\?\)/,
    );
  });

  it('retries an empty body, and says so when it stays empty', async () => {
    hub.addScript('acme/small', [{ status: 200, body: '' }]);
    hub.addScript('acme/other', Array<FakeHubStep>(2).fill({ status: 200, body: '  \n' }));
    const c = client({ retries: 1 });
    expect(ok(await c.resolve('acme/small')).license).toBe('mit');
    expect(message(await c.resolve('acme/other'))).toMatch(/answered GET \S+ with an empty body \(2 attempts\)/);
    expect(hub.count('acme/small')).toBe(2);
  });

  it('retries a JSON answer that ends before it closes', async () => {
    hub.addScript('acme/small', [{ status: 200, body: '{"id": "acme/small", "cardData": {"license": "mi' }]);
    hub.addScript(
      'acme/other',
      Array<FakeHubStep>(2).fill({ status: 200, body: '{"id": "acme/other", "siblings": [' }),
    );
    const c = client({ retries: 1 });
    expect(ok(await c.resolve('acme/small')).license).toBe('mit');
    expect(message(await c.resolve('acme/other'))).toMatch(
      /answer to GET \S+ was cut off: 34 bytes of JSON that ends before it closes \(2 attempts\)/,
    );
  });

  it('retries an answer whose connection was cut before its Content-Length', async () => {
    hub.addScript('acme/small', [{ cutAfter: 20 }]);
    hub.addScript('acme/other', Array<FakeHubStep>(2).fill({ cutAfter: 10 }));
    const c = client({ retries: 1 });
    expect(ok(await c.resolve('acme/small')).license).toBe('mit');
    expect(hub.count('acme/small')).toBe(2);
    expect(message(await c.resolve('acme/other'))).toMatch(
      /answer to GET \S+ was cut off after 10 bytes .*\(2 attempts\)/,
    );
  });

  it('tells a cut-off document from a malformed one', () => {
    expect(looksCutOff('{"a": [1, 2')).toBe(true);
    expect(looksCutOff('{"a": "unterminated')).toBe(true);
    expect(looksCutOff('{"a": "}\\"{", "b": {')).toBe(true);
    expect(looksCutOff('{"a": nope}')).toBe(false);
    expect(looksCutOff('not json')).toBe(false);
    expect(looksCutOff('}{')).toBe(false);
  });
});

describe('rate limits and refusals', () => {
  it('says what a 429 asked for after the retries, with and without Retry-After', async () => {
    hub.addScript('acme/small', Array<FakeHubStep>(2).fill({ status: 429, headers: { 'Retry-After': '0' } }));
    hub.addScript('acme/other', Array<FakeHubStep>(2).fill({ status: 429 }));
    const c = client({ retries: 1, breakAfter: 0 });
    expect(message(await c.resolve('acme/small'))).toMatch(
      /^the Hub rate-limited GET \S+ \(HTTP 429, it asked to wait 0 s \(Retry-After\); 2 attempts\): a token \(HF_TOKEN, action input hf-token\) raises the limit$/,
    );
    expect(message(await c.resolve('acme/other'))).toMatch(/\(HTTP 429, without a Retry-After; 2 attempts\)/);
    hub.addScript('acme/small', Array<FakeHubStep>(2).fill({ status: 429 }));
    const withToken = client({ retries: 1, token: 'hf_tok' });
    expect(message(await withToken.resolve('acme/small'))).toMatch(/wait and run again/);
  });

  it('tells an invalid token from a gated or private repo', async () => {
    hub.addScript('acme/small', [{ status: 401 }]);
    expect(message(await client({ token: 'hf_expired' }).resolve('acme/small'))).toMatch(
      /refused the token in HF_TOKEN \(action input hf-token\) for acme\/small \(HTTP 401\): it is invalid or expired/,
    );
    hub.addScript('acme/other', [{ status: 403, headers: { 'X-Error-Code': 'GatedRepo' } }]);
    expect(message(await client().resolve('acme/other'))).toMatch(
      /refused access to acme\/other \(HTTP 403, GatedRepo\): it is gated: accept its terms on huggingface\.co .* set HF_TOKEN \(action input hf-token\)/,
    );
  });
});

describe('credentials', () => {
  it('sends the credentials of HF_ENDPOINT as Basic auth, and never shows them', async () => {
    const port = new URL(hub.url).port;
    process.env.HF_ENDPOINT = `http://mirror-user:S3cretPW@127.0.0.1:${port}/`;
    hub.addScript('acme/other', Array<FakeHubStep>(4).fill({ status: 500, body: { error: 'boom' } }));
    const c = new HubClient({ baseDelayMs: 1 });
    expect(c.endpoint).toBe(`http://127.0.0.1:${port}`);
    expect(ok(await c.resolve('acme/small')).license).toBe('mit');
    expect(hub.requests[0].headers.authorization).toBe(
      `Basic ${Buffer.from('mirror-user:S3cretPW').toString('base64')}`,
    );
    const failed = message(await c.resolve('acme/other'));
    expect(failed).toMatch(/HTTP 500 to GET http:\/\/127\.0\.0\.1:\d+\/api\/models\/acme\/other \(4 attempts\): boom/);
    expect(failed).not.toMatch(/S3cret/);
    // A token, when given, is what authenticates.
    await new HubClient({ token: 'hf_tok' }).resolve('acme/small');
    expect(hub.requests.at(-1)?.headers.authorization).toBe('Bearer hf_tok');
  });

  it('refuses an endpoint with a query string, masking its token', async () => {
    const r = await new HubClient({ endpoint: `${hub.url}/?token=hf_leak` }).resolve('acme/small');
    expect(message(r)).toMatch(
      /the Hub endpoint "http:\/\/127\.0\.0\.1:\d+\/\?token=\*\*\*" \(HF_ENDPOINT\) has a query/,
    );
    expect(message(await new HubClient({ endpoint: 'u:pw@hub.internal' }).resolve('acme/small'))).toBe(
      'the Hub endpoint "***@hub.internal" (HF_ENDPOINT) is not an http(s) address',
    );
    expect(hub.requests).toHaveLength(0);
  });

  it('masks credentials in a license link that a card gives', async () => {
    hub.setModel('acme/linked', {
      cardData: {
        license: 'other',
        license_name: 'acme',
        license_link: 'https://bot:pw@acme.example/terms?X-Amz-Signature=abc&v=2',
      },
    });
    expect(ok(await client().resolve('acme/linked')).licenseLink).toBe(
      'https://***@acme.example/terms?X-Amz-Signature=***&v=2',
    );
  });

  it('never shows the token, even when a server echoes it', async () => {
    hub.addScript('acme/small', [
      { status: 418, headers: { 'X-Error-Message': 'bad credentials: my-very-own-token' } },
    ]);
    const r = await client({ token: 'my-very-own-token' }).resolve('acme/small');
    expect(message(r)).toBe(`the Hub answered HTTP 418 to GET ${hub.url}/api/models/acme/small: bad credentials: ***`);
  });
});
