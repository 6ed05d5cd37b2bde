import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { UserError } from '../../src/core/errors.js';
import { OctokitApi } from '../../src/github/api.js';
import { createOctokit } from '../../src/github/client.js';
import { GitHubPolicyReader } from '../../src/github/policy-reader.js';
import { loadPolicy } from '../../src/policy/load.js';
import { testCatalog } from '../helpers/catalog.js';
import { runCli } from '../helpers/cli.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { errorOf } from '../helpers/tmp.js';

/** A central policy repository served through a loopback server playing the GitHub contents API. */
const catalog = testCatalog();
const now = new Date('2026-11-28T10:00:00Z');
let gh: FakeGitHub;
let reader: GitHubPolicyReader;
const dirs: string[] = [];

const ORG = [
  'version: 1',
  'name: acme-org',
  'extends: [./base.yml]',
  'rules:',
  '  provenance.unpinned: block',
  '  obligation.attribution: block',
  'use:',
  '  commercial: true',
  'governance:',
  '  overridable: [rules.obligation.attribution]',
  '  local_exceptions: true',
  '  exception_max_days: 60',
  '',
].join('\n');
const BASE = 'version: 1\nlicenses:\n  deny_categories: [non-commercial]\n  allow: [apache-2.0, mit, llama3.1]\n';

beforeAll(async () => {
  gh = await FakeGitHub.start();
  gh.setFile('main', 'acme/.github/policies/org.yml', ORG);
  gh.setFile('main', 'acme/.github/policies/base.yml', BASE);
  gh.setFile('main', 'acme/.github/policies/loop-a.yml', 'version: 1\nextends: [./loop-b.yml]\n');
  gh.setFile(
    'main',
    'acme/.github/policies/loop-b.yml',
    'version: 1\nextends: [acme/.github/policies/loop-a.yml@main]\n',
  );
  gh.setFile('main', 'acme/.github/policies/orphan.yml', 'version: 1\nextends:\n  - ./gone.yml\n');
  reader = new GitHubPolicyReader(
    new OctokitApi(
      createOctokit({ token: 'ghs_test', baseUrl: gh.url, env: { MODEL_GATE_GITHUB_RETRY_BASE_MS: '1' } }),
    ),
    { authenticated: true, baseUrl: gh.url },
  );
});
afterAll(async () => {
  await gh.close();
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

function repo(policy: string): string {
  const d = mkdtempSync(join(tmpdir(), 'model-gate-remote-'));
  dirs.push(d);
  writeFileSync(join(d, 'policy.yml'), policy);
  return d;
}

async function errLines(dir: string): Promise<string[]> {
  const e = await errorOf(() => loadPolicy('policy.yml', { cwd: dir, catalog, now, remote: reader }));
  expect(e).toBeInstanceOf(UserError);
  return e.message.split('\n');
}

describe('extends owner/repo/path@ref through the contents API', () => {
  it('resolves a three-level chain, parents first, and reads each file once with the token', async () => {
    gh.clearRequests();
    const p = await loadPolicy('policy.yml', {
      cwd: repo(
        'version: 1\nname: team\nextends: [acme/.github/policies/org.yml@main]\nlicenses:\n  allow: [apache-2.0, mit]\n',
      ),
      catalog,
      now,
      remote: reader,
    });
    expect(p.chain).toEqual([
      'acme/.github/policies/base.yml@main',
      'acme/.github/policies/org.yml@main',
      'policy.yml',
    ]);
    expect(p.name).toBe('team');
    expect(p.rules['provenance.unpinned']).toBe('block');
    expect(p.licenses.deny_categories).toEqual(['non-commercial']);
    expect(p.licenses.allow_layers.map((l) => l.allow)).toEqual([
      ['apache-2.0', 'mit', 'llama3.1'],
      ['apache-2.0', 'mit'],
    ]);
    expect(p.origins['rules.provenance.unpinned']).toEqual({
      path: 'acme/.github/policies/org.yml@main',
      line: 5,
      column: 24,
    });
    expect(gh.requests.map((r) => `${r.method} ${r.path}?ref=${r.query.ref}`)).toEqual([
      'GET /repos/acme/.github/contents/policies/org.yml?ref=main',
      'GET /repos/acme/.github/contents/policies/base.yml?ref=main',
    ]);
    expect(gh.requests[0].headers.authorization).toBe('token ghs_test');
  });

  it('refuses a loosening attempt with its line, naming the central setting', async () => {
    expect(
      await errLines(
        repo(
          'version: 1\nextends: [acme/.github/policies/org.yml@main]\nrules:\n  provenance.unpinned: warn\n  obligation.attribution: off\nuse:\n  commercial: false\n',
        ),
      ),
    ).toEqual([
      'policy.yml:4:24: provenance.unpinned: warn would lower the severity block set by acme/.github/policies/org.yml@main:5, which its governance.overridable does not allow; a child policy may only raise severities',
      "policy.yml:7:15: commercial: false would loosen use.commercial set by acme/.github/policies/org.yml@main:8, which its governance.overridable does not allow; remove it or ask the parent policy's owners",
    ]);
  });

  it('allows the override the central policy lists, and local exceptions within exception_max_days', async () => {
    const p = await loadPolicy('policy.yml', {
      cwd: repo(
        'version: 1\nextends: [acme/.github/policies/org.yml@main]\nrules:\n  obligation.attribution: warn\nexceptions:\n  - models: [acme/*]\n    reason: LEGAL-7\n    expires: 2027-01-15\n',
      ),
      catalog,
      now,
      remote: reader,
    });
    expect(p.rules['obligation.attribution']).toBe('warn');
    expect(p.exceptions.map((e) => e.expires)).toEqual(['2027-01-15']);
    expect(
      await errLines(
        repo(
          'version: 1\nextends: [acme/.github/policies/org.yml@main]\nexceptions:\n  - models: [acme/*]\n    reason: LEGAL-7\n    expires: 2027-06-30\n',
        ),
      ),
    ).toEqual([
      'policy.yml:6:14: exception expires 2027-06-30, 214 days from today; governance.exception_max_days allows at most 60 days',
    ]);
  });

  it('refuses local exceptions when the central policy does not allow them', async () => {
    expect(
      await errLines(
        repo(
          'version: 1\nextends: [acme/.github/policies/base.yml@main]\nexceptions:\n  - models: [acme/*]\n    reason: LEGAL-7\n    expires: 2027-01-15\n',
        ),
      ),
    ).toEqual([
      "policy.yml:4:5: this policy may not grant exceptions: no parent policy sets governance.local_exceptions: true; ask the parent policy's owners to add the exception there",
    ]);
  });

  it('reports a cycle and a missing parent, naming the chain, never falling back', async () => {
    expect(await errLines(repo('version: 1\nextends: [acme/.github/policies/loop-a.yml@main]\n'))).toEqual([
      'acme/.github/policies/loop-b.yml@main:2:11: extends forms a cycle: policy.yml → acme/.github/policies/loop-a.yml@main → acme/.github/policies/loop-b.yml@main → acme/.github/policies/loop-a.yml@main',
    ]);
    const missing = await errLines(repo('version: 1\nextends: [acme/.github/policies/orphan.yml@main]\n'));
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatch(
      /^acme\/\.github\/policies\/orphan\.yml@main:3:5: cannot read policy acme\/\.github\/policies\/gone\.yml@main: not found \(404\)/,
    );
    gh.fail({ path: /contents\/policies\/org\.yml$/, status: 403, times: 1 });
    const denied = await errLines(repo('version: 1\nextends: [acme/.github/policies/org.yml@main]\n'));
    expect(denied[0]).toMatch(
      /^policy\.yml:2:11: cannot read policy acme\/\.github\/policies\/org\.yml@main: access denied \(403\)/,
    );
  });

  it('the CLI says when it tries a failed read again, and in how long, then reads the policy', async () => {
    const dir = repo('version: 1\nextends: [acme/.github/policies/base.yml@main]\n');
    gh.clearRequests();
    gh.fail({ path: /contents\/policies\/base\.yml/, status: 502, times: 2 });
    const out = await runCli(['validate', 'policy.yml'], {
      cwd: dir,
      env: { GITHUB_API_URL: gh.url, GITHUB_TOKEN: 'ghp_cli', MODEL_GATE_GITHUB_RETRY_BASE_MS: '10' },
    });
    const url = `${gh.url}/repos/acme/.github/contents/policies%2Fbase.yml`;
    expect(out.stderr.split('\n')).toEqual([
      `GitHub API GET ${url}: status 502; trying again in 0.01 s (1 of 3)`,
      `GitHub API GET ${url}: status 502; trying again in 0.04 s (2 of 3)`,
      '',
    ]);
    expect(out.code).toBe(0);
    expect(gh.requests.filter((r) => r.path.includes('base.yml'))).toHaveLength(3);
  });

  it('the CLI says each wait for a GitHub it cannot reach, then fails with the reason (exit 2)', async () => {
    const dir = repo('version: 1\nextends: [acme/.github/policies/base.yml@main]\n');
    gh.fail({ path: /contents\/policies\/base\.yml/, status: 0, drop: true, times: 4 });
    const out = await runCli(['validate', 'policy.yml'], {
      cwd: dir,
      env: { GITHUB_API_URL: gh.url, MODEL_GATE_GITHUB_RETRY_BASE_MS: '10' },
    });
    const lines = out.stderr.trim().split('\n');
    expect(lines.slice(0, 3).map((l) => l.replace(/\(([^()]|\([^()]*\))*\); trying/, '(…); trying'))).toEqual(
      [1, 2, 3].map(
        (k) =>
          `GitHub API GET ${gh.url}/repos/acme/.github/contents/policies%2Fbase.yml: no answer (…); trying again in ${(k * k) / 100} s (${k} of 3)`,
      ),
    );
    expect(lines).toHaveLength(4);
    expect(lines[3]).toMatch(
      /^policy\.yml:2:\d+: cannot read policy acme\/\.github\/policies\/base\.yml@main: could not reach the GitHub API at /,
    );
    expect(out.code).toBe(2);
  });

  it('offline (nothing listening at the API address): one attempt, at once, and one line saying what to do', async () => {
    // a port that was just closed: connection refused, as on a machine without network or with a wrong address
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    await new Promise<void>((r) => server.close(() => r()));
    const dir = repo('version: 1\nextends: [acme/.github/policies/base.yml@main]\n');
    const started = Date.now();
    // the real back-off (1, 4 and 9 s) unless the request fails at once
    const out = await runCli(['validate', 'policy.yml'], {
      cwd: dir,
      env: { GITHUB_API_URL: `http://127.0.0.1:${port}` },
    });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(out.stderr).toMatch(
      new RegExp(
        `^policy\\.yml:2:\\d+: cannot read policy acme/\\.github/policies/base\\.yml@main: could not reach the GitHub API at http://127\\.0\\.0\\.1:${port} \\(.*ECONNREFUSED.*\\); check the network and the API's address \\(GITHUB_API_URL\\), or name a copy of the policy kept in the repository \\(its local path instead of owner/repo/path@ref\\) \\(extends chain: policy\\.yml → [^\\n]+\\)\\n$`,
      ),
    );
    expect(out.code).toBe(2);
  });

  it('the CLI reads central policies with GITHUB_TOKEN through GITHUB_API_URL', async () => {
    const dir = repo('version: 1\nextends: [acme/.github/policies/org.yml@main]\n');
    gh.clearRequests();
    const out = await runCli(['validate', 'policy.yml'], {
      cwd: dir,
      env: { GITHUB_API_URL: gh.url, GITHUB_TOKEN: 'ghp_cli' },
    });
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(
      'policy.yml: valid policy "policy" (chain: acme/.github/policies/base.yml@main → acme/.github/policies/org.yml@main → policy.yml)\n',
    );
    expect(gh.requests[0].headers.authorization).toBe('token ghp_cli');
  });
});
