import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GitHubError, isNetworkError, OctokitApi } from '../../src/github/api.js';
import { apiBaseUrl, createOctokit, retryBaseMs } from '../../src/github/client.js';
import { GitHubPolicyReader, policyReaderFromEnv } from '../../src/github/policy-reader.js';
import { FakeGitHub } from '../helpers/fake-github.js';

const repo = { owner: 'acme', repo: 'app' };
let gh: FakeGitHub;
let api: OctokitApi;
const warnings: string[] = [];

beforeAll(async () => {
  gh = await FakeGitHub.start();
  api = new OctokitApi(
    createOctokit({
      token: 't0ken',
      baseUrl: `${gh.url}/api/v3`,
      env: { MODEL_GATE_GITHUB_RETRY_BASE_MS: '5' },
      log: { debug: () => {}, info: () => {}, warn: (m) => warnings.push(m) },
    }),
  );
});
afterAll(() => gh.close());
beforeEach(() => {
  gh.clearRequests();
  gh.failures.length = 0;
  warnings.length = 0;
});

describe('client configuration', () => {
  it('reads the back-off base and the API URL (GHES) from the environment', () => {
    expect(retryBaseMs({})).toBe(1000);
    expect(retryBaseMs({ MODEL_GATE_GITHUB_RETRY_BASE_MS: '10' })).toBe(10);
    expect(retryBaseMs({ MODEL_GATE_GITHUB_RETRY_BASE_MS: 'x' })).toBe(1000);
    expect(apiBaseUrl({})).toBe('https://api.github.com');
    expect(apiBaseUrl({ GITHUB_API_URL: 'https://ghe.acme.com/api/v3/' })).toBe('https://ghe.acme.com/api/v3');
  });

  it('sends the token and works under a GHES-style base path', async () => {
    gh.setFile('abc', 'models.yaml', 'models: []\n');
    await api.getContent(repo, 'models.yaml', 'abc');
    const [r] = gh.requests;
    expect(r.path).toBe('/api/v3/repos/acme/app/contents/models.yaml');
    expect(r.query).toEqual({ ref: 'abc' });
    expect(r.headers.authorization).toBe('token t0ken');
  });
});

describe('contents', () => {
  it('decodes base64 content, nested paths included', async () => {
    gh.setFile('abc', 'config/models.yaml', 'models:\n  - id: a/b # é\n');
    const f = await api.getContent(repo, 'config/models.yaml', 'abc');
    expect(f?.text).toBe('models:\n  - id: a/b # é\n');
  });

  it('answers null on 404', async () => {
    expect(await api.getContent(repo, 'nope.yaml', 'abc')).toBeNull();
  });
});

describe('retries and rate limits', () => {
  it('retries a 500 and succeeds', async () => {
    gh.fail({ method: 'POST', path: /check-runs$/, status: 500, times: 2 });
    const run = await api.createCheckRun(repo, { name: 'x', head_sha: 'abc' });
    expect(run.id).toBeGreaterThan(0);
    expect(gh.requestsTo('POST', /check-runs$/)).toHaveLength(3);
  });

  it('gives up after 3 retries with the status', async () => {
    gh.fail({ method: 'POST', path: /check-runs$/, status: 502 });
    await expect(api.createCheckRun(repo, { name: 'x', head_sha: 'abc' })).rejects.toMatchObject({
      status: 502,
    });
    expect(gh.requestsTo('POST', /check-runs$/)).toHaveLength(4);
  });

  it('waits out a secondary rate limit (403 with retry-after) and retries', async () => {
    gh.secondaryRateLimit('POST', /issues\/1\/comments$/, 1, 1);
    const c = await api.createIssueComment(repo, 1, 'hello');
    expect(c.id).toBeGreaterThan(0);
    expect(gh.requestsTo('POST', /issues\/1\/comments$/)).toHaveLength(2);
    expect(warnings.join('\n')).toMatch(/secondary rate limit/);
  });

  it('does not retry a 403 that is a missing permission', async () => {
    gh.forbidChecks();
    const err = await api.createCheckRun(repo, { name: 'x', head_sha: 'abc' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubError);
    expect((err as GitHubError).status).toBe(403);
    expect((err as GitHubError).message).toMatch(/Resource not accessible by integration/);
    expect(gh.requestsTo('POST', /check-runs$/)).toHaveLength(1);
  });
});

describe('pagination', () => {
  it('lists every issue comment and pull request file', async () => {
    for (let i = 0; i < 230; i++)
      gh.issueComments.push({ id: i + 1, issue: 9, body: `c${i}`, user: { login: 'u', type: 'User' } });
    gh.pullFiles.set(
      9,
      Array.from({ length: 150 }, (_, i) => ({ filename: `f${i}.py`, status: 'added' })),
    );
    expect(await api.listIssueComments(repo, 9)).toHaveLength(230);
    expect(await api.listPullFiles(repo, 9)).toHaveLength(150);
    expect(gh.requestsTo('GET', /issues\/9\/comments$/).map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
  });
});

describe('policy reader', () => {
  it('reads owner/repo/path@ref through the contents API', async () => {
    gh.setFile('v2', 'policies/models.yml', 'version: 1\nname: acme\n');
    const reader = new GitHubPolicyReader(api, { authenticated: true, tokenRepository: 'acme/app' });
    expect(await reader.read('acme', '.github', 'policies/models.yml', 'v2')).toBe('version: 1\nname: acme\n');
    expect(gh.requests[0].path).toBe('/api/v3/repos/acme/.github/contents/policies/models.yml');
    expect(gh.requests[0].query.ref).toBe('v2');
  });

  it('says what failed', async () => {
    const reader = new GitHubPolicyReader(api, { authenticated: true, tokenRepository: 'acme/app' });
    await expect(reader.read('acme', '.github', 'missing.yml', 'main')).rejects.toThrow(
      "cannot read policy acme/.github/missing.yml@main: not found (404); check the repository, path and ref, or the workflow's GITHUB_TOKEN can read only acme/app; pass a token with contents: read on acme/.github (input `token`)",
    );
    gh.fail({ path: /contents/, status: 403, body: { message: 'Forbidden' } });
    await expect(reader.read('acme', '.github', 'p.yml', 'main')).rejects.toThrow(/access denied \(403\)/);
  });

  it('from the environment: GITHUB_TOKEN or GH_TOKEN, GITHUB_API_URL', async () => {
    gh.setFile('main', 'p.yml', 'version: 1\n');
    const reader = policyReaderFromEnv({
      GH_TOKEN: 'gh-tok',
      GITHUB_API_URL: gh.url,
      MODEL_GATE_GITHUB_RETRY_BASE_MS: '5',
    });
    expect(await reader.read('acme', 'policies', 'p.yml', 'main')).toBe('version: 1\n');
    expect(gh.requests[0].headers.authorization).toBe('token gh-tok');
    const anonymous = policyReaderFromEnv({ GITHUB_API_URL: gh.url });
    await expect(anonymous.read('acme', 'policies', 'nope.yml', 'main')).rejects.toThrow(/no token was given/);
  });
});

/** A port nothing listens on (connection refused). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** An API whose requests never get an answer: `fetch` rejects the way Node's does. */
function unreachableApi(error: () => Error): { api: OctokitApi; calls: () => number } {
  let calls = 0;
  const fetch = (() => {
    calls++;
    return Promise.reject(error());
  }) as unknown as typeof globalThis.fetch;
  const octokit = createOctokit({ token: 't0ken', fetch, env: { MODEL_GATE_GITHUB_RETRY_BASE_MS: '1' } });
  return { api: new OctokitApi(octokit), calls: () => calls };
}

const dnsFailure = () =>
  new TypeError('fetch failed', {
    cause: Object.assign(new Error('getaddrinfo ENOTFOUND api.github.com'), { code: 'ENOTFOUND' }),
  });

describe('no answer from GitHub (network errors)', () => {
  it('a DNS failure is a network error, not a 500, at once: no retry for a host that does not resolve', async () => {
    const { api: offline, calls } = unreachableApi(dnsFailure);
    const err = await offline.getContent(repo, 'p.yml', 'main').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubError);
    expect(isNetworkError(err)).toBe(true);
    expect(err).toMatchObject({ status: 0, network: true, detail: 'getaddrinfo ENOTFOUND api.github.com' });
    expect((err as GitHubError).message).toBe(
      'GET /repos/{owner}/{repo}/contents/{path}: could not reach the GitHub API (getaddrinfo ENOTFOUND api.github.com)',
    );
    expect(calls()).toBe(1);
  });

  it('a resolver that did not answer in time is tried once more; a dropped connection is retried as a 5xx', async () => {
    const code = (c: string, m: string) => () =>
      new TypeError('fetch failed', { cause: Object.assign(new Error(m), { code: c }) });
    const cases: Array<[() => Error, number]> = [
      [code('EAI_AGAIN', 'getaddrinfo EAI_AGAIN api.github.com'), 2],
      [code('ECONNREFUSED', 'connect ECONNREFUSED 10.0.0.1:443'), 1],
      [code('ENETUNREACH', 'connect ENETUNREACH 10.0.0.1:443'), 1],
      // node tries each address of the host: every one refused
      [
        () =>
          new TypeError('fetch failed', {
            cause: Object.assign(
              new AggregateError([Object.assign(new Error('connect ECONNREFUSED ::1:443'), { code: 'ECONNREFUSED' })]),
              { code: 'ECONNREFUSED' },
            ),
          }),
        1,
      ],
      [code('ECONNRESET', 'read ECONNRESET'), 4],
      [code('UND_ERR_SOCKET', 'other side closed'), 4],
      // (a timeout already waited 30 s and is not retried: src/github/fetch.ts)
      [() => Object.assign(new Error('This operation was aborted'), { name: 'AbortError' }), 1],
    ];
    for (const [error, attempts] of cases) {
      const { api: offline, calls } = unreachableApi(error);
      expect(isNetworkError(await offline.getContent(repo, 'p.yml', 'main').catch((e: unknown) => e))).toBe(true);
      expect([error().message, calls()]).toEqual([error().message, attempts]);
    }
  });

  it('the policy reader says the API could not be reached, and where', async () => {
    const reader = new GitHubPolicyReader(unreachableApi(dnsFailure).api, {
      authenticated: true,
      tokenRepository: 'acme/app',
      baseUrl: 'https://api.github.com',
    });
    const err = (await reader.read('acme', '.github', 'p.yml', 'main').catch((e: unknown) => e)) as Error;
    expect(err.message).toBe(
      "cannot read policy acme/.github/p.yml@main: could not reach the GitHub API at https://api.github.com (getaddrinfo ENOTFOUND api.github.com); check the network and the API's address (GITHUB_API_URL), or name a copy of the policy kept in the repository (its local path instead of owner/repo/path@ref)",
    );
    // Without a base URL, the default one is named.
    const bare = new GitHubPolicyReader(unreachableApi(dnsFailure).api);
    await expect(bare.read('acme', '.github', 'p.yml', 'main')).rejects.toThrow(
      /^cannot read policy acme\/\.github\/p\.yml@main: could not reach the GitHub API at https:\/\/api\.github\.com \(getaddrinfo ENOTFOUND/,
    );
  });

  it('a timeout (aborted request) is a network error too', async () => {
    const timeout = () => Object.assign(new Error('This operation was aborted'), { name: 'AbortError' });
    const reader = new GitHubPolicyReader(unreachableApi(timeout).api, { baseUrl: 'https://ghe.acme.com/api/v3' });
    const err = (await reader.read('acme', '.github', 'p.yml', 'main').catch((e: unknown) => e)) as Error;
    expect(err.message).toBe(
      "cannot read policy acme/.github/p.yml@main: could not reach the GitHub API at https://ghe.acme.com/api/v3 (This operation was aborted); check the network and the API's address (GITHUB_API_URL), or name a copy of the policy kept in the repository (its local path instead of owner/repo/path@ref)",
    );
  });

  it('connection refused (a real socket), through the reader of the CLI', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const reader = policyReaderFromEnv({
      GITHUB_TOKEN: 't',
      GITHUB_API_URL: url,
      MODEL_GATE_GITHUB_RETRY_BASE_MS: '1',
    });
    const err = (await reader.read('acme', '.github', 'p.yml', 'main').catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(
      new RegExp(
        `^cannot read policy acme/\\.github/p\\.yml@main: could not reach the GitHub API at ${url.replace(/\./g, '\\.')} \\(.*ECONNREFUSED`,
      ),
    );
    expect(err.message).not.toMatch(/\b500\b/);
  });

  it('a connection closed without an answer is a network error', async () => {
    gh.fail({ path: /contents/, status: 0, drop: true });
    const reader = new GitHubPolicyReader(api, { authenticated: true, baseUrl: `${gh.url}/api/v3` });
    const err = (await reader.read('acme', '.github', 'p.yml', 'main').catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(
      /^cannot read policy acme\/\.github\/p\.yml@main: could not reach the GitHub API at http:\/\/127\.0\.0\.1:\d+\/api\/v3 \(.+\)$/,
    );
    expect(err.message).not.toMatch(/Unknown Error|\b500\b/);
    expect(gh.requestsTo('GET', /contents/)).toHaveLength(4);
  });

  it('a real 5xx answer stays an HTTP status', async () => {
    gh.fail({ path: /contents/, status: 503, body: { message: 'Service Unavailable' } });
    const err = await api.getContent(repo, 'p.yml', 'main').catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 503, network: false, detail: 'Service Unavailable' });
    const reader = new GitHubPolicyReader(api, { authenticated: true });
    const read = (await reader.read('acme', '.github', 'p.yml', 'main').catch((e: unknown) => e)) as Error;
    expect(read.message).toMatch(/^cannot read policy acme\/\.github\/p\.yml@main: .*: 503 Service Unavailable$/);
    expect(read.message).not.toMatch(/could not reach/);
  });
});
