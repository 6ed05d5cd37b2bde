/**
 * What a hostile or broken GitHub API (or something in its place) can do to a request: never answer, trickle a
 * body, send an endless one, an HTML page, nothing, half an answer, or a rate limit. Each ends in bounded time and
 * memory with a message that says what happened.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { GitHubError, isPermissionError, OctokitApi } from '../../src/github/api.js';
import { createOctokit } from '../../src/github/client.js';
import { rateLimitWait } from '../../src/github/fetch.js';
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
      baseUrl: gh.url,
      env: { MODEL_GATE_GITHUB_RETRY_BASE_MS: '1' },
      log: { debug: () => {}, info: () => {}, warn: (m) => warnings.push(m) },
      guard: { timeoutMs: 300, deadlineMs: 800, maxBytes: 1024 * 1024 },
    }),
  );
});
afterAll(() => gh.close());
beforeEach(() => {
  gh.clearRequests();
  gh.failures.length = 0;
  gh.contents.clear();
  warnings.length = 0;
});

async function failure(p: Promise<unknown>): Promise<GitHubError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(GitHubError);
  return e as GitHubError;
}

describe('no answer, or one that never ends', () => {
  it('a server that never answers: the request fails after the first-byte timeout, and is not retried', async () => {
    gh.fail({ path: /contents/, status: 0, hang: true });
    const e = await failure(api.getContent(repo, 'models.yaml', 'main'));
    expect(e.message).toMatch(/no answer within 0\.3 s/);
    expect(e.message).not.toMatch(/\b500\b|too large/);
    // One request reached the server; the retries failed at once without asking again.
    expect(gh.requestsTo('GET', /contents/)).toHaveLength(1);
  });

  it('a trickled body (a byte at a time, forever) ends at the overall deadline', async () => {
    gh.fail({ path: /contents/, status: 200, trickle: true, trickleMs: 20 });
    const e = await failure(api.getContent(repo, 'models.yaml', 'main'));
    expect(e.message).toMatch(/no complete answer within 0\.8 s/);
    expect(gh.requestsTo('GET', /contents/)).toHaveLength(1);
  });

  it('an endless body is cut at the size cap, never read whole', async () => {
    gh.fail({ path: /issues\/1\/comments/, status: 200, endless: true });
    const before = process.memoryUsage().rss;
    const e = await failure(api.listIssueComments(repo, 1));
    expect(e.message).toMatch(/the answer is larger than 1 MiB/);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
    expect(gh.requestsTo('GET', /comments/)).toHaveLength(1);
  });
});

describe('answers that are not the API', () => {
  it('an HTML page with status 200 is named as such, not "file too large (0 bytes)"', async () => {
    gh.fail({
      path: /contents/,
      status: 200,
      raw: '<!DOCTYPE html><html><head><title>Sign in to the hotel Wi-Fi</title></head><body>...</body></html>',
    });
    const e = await failure(api.getContent(repo, 'models.yaml', 'main'));
    expect(e.message).toMatch(/answered with an HTML page \(HTTP 200, "Sign in to the hotel Wi-Fi"\)/);
    expect(e.message).not.toMatch(/too large|0 bytes/);
    expect(e.badAnswer).toBe(true);
  });

  it('an HTML error page from a proxy (502) says so too', async () => {
    gh.fail({ path: /contents/, status: 502, raw: '<html><body><h1>502 Bad Gateway</h1></body></html>' });
    const e = await failure(api.getContent(repo, 'models.yaml', 'main'));
    expect(e.message).toMatch(/HTML page \(HTTP 502\)/);
  });

  it('an empty answer with status 200', async () => {
    gh.fail({ path: /contents/, status: 200, raw: '', headers: { 'content-type': 'application/json' } });
    const e = await failure(api.getContent(repo, 'models.yaml', 'main'));
    expect(e.message).toMatch(/the API sent an empty answer \(HTTP 200\)/);
  });

  it('a cut-off answer is retried, and the retry is used', async () => {
    gh.setFile('main', 'models.yaml', 'models: []\n');
    gh.fail({ path: /contents/, status: 200, cutOff: true, times: 1 });
    const file = await api.getContent(repo, 'models.yaml', 'main');
    expect(file?.text).toBe('models: []\n');
    expect(gh.requestsTo('GET', /contents/)).toHaveLength(2);
  });

  it('an answer that keeps being cut off fails saying so', async () => {
    gh.fail({ path: /contents/, status: 200, cutOff: true });
    const e = await failure(api.getContent(repo, 'models.yaml', 'main'));
    expect(e.message).toMatch(/cut off/);
    expect(gh.requestsTo('GET', /contents/)).toHaveLength(4);
  });
});

describe('rate limits are not missing permissions', () => {
  it('429 with retry-after is waited out and retried', async () => {
    gh.fail({
      path: /contents/,
      status: 429,
      times: 1,
      headers: { 'retry-after': '1' },
      body: { message: 'Too many requests' },
    });
    gh.setFile('main', 'models.yaml', 'models: []\n');
    expect((await api.getContent(repo, 'models.yaml', 'main'))?.text).toBe('models: []\n');
    expect(warnings).toContainEqual(
      expect.stringMatching(/^GitHub rate limit reached on GET .*contents\/models\.yaml; retrying in 1 s$/),
    );
  });

  it('an exhausted primary limit that resets in an hour: a rate-limit error, not "access denied", and no long wait', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    gh.fail({
      method: 'POST',
      path: /check-runs/,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      body: { message: 'API rate limit exceeded for installation ID 1.' },
    });
    const e = await failure(api.createCheckRun(repo, { name: 'x', head_sha: 'a'.repeat(40) }));
    expect(e.rateLimited).toBe(true);
    expect(isPermissionError(e)).toBe(false);
    expect(e.message).toMatch(/GitHub API rate limit exceeded \(resets at \d\d:\d\d UTC\)/);
    expect(gh.requestsTo('POST', /check-runs/)).toHaveLength(1);
  });

  it('a 403 without rate-limit signs is a missing permission', async () => {
    gh.fail({
      method: 'POST',
      path: /check-runs/,
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    const e = await failure(api.createCheckRun(repo, { name: 'x', head_sha: 'a'.repeat(40) }));
    expect(isPermissionError(e)).toBe(true);
    expect(e.rateLimited).toBe(false);
  });

  it('computes the wait from retry-after, else x-ratelimit-reset', () => {
    const h = (o: Record<string, string>) => new Headers(o);
    expect(rateLimitWait(200, h({}), '')).toBeUndefined();
    expect(rateLimitWait(403, h({}), '{"message":"Resource not accessible"}')).toBeUndefined();
    expect(rateLimitWait(429, h({ 'retry-after': '7' }), '')).toBe(7);
    expect(rateLimitWait(403, h({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1010' }), '', 1_000_000)).toBe(
      11,
    );
    expect(rateLimitWait(403, h({}), '{"message":"You have exceeded a secondary rate limit"}')).toBe(60);
  });
});

describe('who the token is', () => {
  it('GET /user for a personal token; GraphQL viewer when /user is forbidden (installation tokens); undefined when neither', async () => {
    gh.user = { login: 'octo-bot', type: 'User' };
    gh.userEndpoint = 'user';
    expect(await api.authenticatedLogin()).toBe('octo-bot');
    gh.user = { login: 'acme-gate[bot]', type: 'Bot' };
    gh.userEndpoint = 'forbidden';
    expect(await api.authenticatedLogin()).toBe('acme-gate[bot]');
    gh.viewer = false;
    expect(await api.authenticatedLogin()).toBeUndefined();
    gh.viewer = true;
    gh.user = { login: 'github-actions[bot]', type: 'Bot' };
  });
});
