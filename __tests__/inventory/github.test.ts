import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cmdInventoryIssue, cmdOrgMatrix } from '../../src/cli/inventory.js';
import type { CliIO } from '../../src/cli/io.js';
import { createOctokit } from '../../src/github/client.js';
import { OctokitInventoryGitHub } from '../../src/inventory/github.js';
import { issueMarker, upsertInventoryIssue } from '../../src/inventory/issue.js';
import { orgMatrix } from '../../src/inventory/matrix.js';
import { FakeGitHubOrg, type FakeRepo } from '../helpers/fake-github-org.js';

let gh: FakeGitHubOrg;
let api: OctokitInventoryGitHub;
const dirs: string[] = [];

beforeAll(async () => {
  gh = await FakeGitHubOrg.start();
  api = new OctokitInventoryGitHub(
    createOctokit({ token: 'ghp_test', baseUrl: gh.url, env: { MODEL_GATE_GITHUB_RETRY_BASE_MS: '1' } }),
  );
});
afterAll(async () => {
  await gh.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
afterEach(() => {
  gh.requests.length = 0;
  gh.issues.length = 0;
  gh.comments.length = 0;
  gh.orgs.clear();
  gh.users.clear();
  gh.user = { login: 'inventory-bot', type: 'User' };
});

/** An organisation of n active repositories (names as real organisations have them), plus archived ones and forks. */
function org(n: number, extra: FakeRepo[] = []): FakeRepo[] {
  const kinds = ['api', 'web', 'ml-pipeline', 'infra.terraform', 'docs_site', 'chat-service'];
  const repos: FakeRepo[] = [];
  for (let i = 0; i < n; i++)
    repos.push({ full_name: `acme-corp/${kinds[i % kinds.length]}-${String(i).padStart(4, '0')}` });
  return [...repos, ...extra];
}

function io(env: Record<string, string> = {}): CliIO & { out: string; err: string } {
  const cwd = mkdtempSync(join(tmpdir(), 'model-gate-org-'));
  dirs.push(cwd);
  const o = {
    out: '',
    err: '',
    env: { ...env },
    cwd,
    stdout: { write: (t: string) => void (o.out += t) },
    stderr: { write: (t: string) => void (o.err += t) },
  };
  return o;
}

describe('listing an organisation', () => {
  it('follows Link headers over every page and skips archived repositories and forks unless asked', async () => {
    gh.orgs.set(
      'acme-corp',
      org(250, [
        { full_name: 'acme-corp/old-monolith', archived: true },
        { full_name: 'acme-corp/transformers', fork: true },
        { full_name: 'acme-corp/frozen', disabled: true },
      ]),
    );
    const r = await orgMatrix(api, 'acme-corp');
    expect(r.repositories).toHaveLength(250);
    expect(r.skipped).toEqual({ archived: 1, forks: 1, disabled: 1 });
    const pages = gh.requests.filter((q) => q.path === '/orgs/acme-corp/repos');
    expect(pages.map((p) => p.query.page ?? '1')).toEqual(['1', '2', '3']);
    expect(pages.every((p) => p.query.per_page === '100')).toBe(true);

    const all = await orgMatrix(api, 'acme-corp', { includeArchived: true, includeForks: true });
    expect(all.repositories).toContain('acme-corp/old-monolith');
    expect(all.repositories).toContain('acme-corp/transformers');
    expect(all.repositories).not.toContain('acme-corp/frozen');
  });

  it('falls back to a user account when no organisation has the name', async () => {
    gh.users.set('jdoe', [{ full_name: 'jdoe/dotfiles' }, { full_name: 'jdoe/llm-playground' }]);
    const r = await orgMatrix(api, 'jdoe');
    expect(r.repositories).toEqual(['jdoe/dotfiles', 'jdoe/llm-playground']);
    expect(gh.requests.map((q) => q.path)).toEqual(['/orgs/jdoe/repos', '/users/jdoe/repos']);
  });

  it.each([
    [1, 1, [1]],
    [256, 256, [1]],
    [1000, 256, [3, 4]],
  ])('shards %i repositories into %i matrix jobs', async (n, jobs, sizes) => {
    gh.orgs.set('acme-corp', org(n));
    const o = io();
    const code = await cmdOrgMatrix(['acme-corp', '--output', 'matrix.json', '--list', 'repos.txt'], o, api);
    expect(code).toBe(0);
    const matrix = JSON.parse(readFileSync(join(o.cwd, 'matrix.json'), 'utf8')) as {
      include: { shard: number; repos: string }[];
    };
    expect(Object.keys(matrix)).toEqual(['include']);
    expect(matrix.include).toHaveLength(jobs);
    expect(matrix.include.map((e) => e.shard)).toEqual(Array.from({ length: jobs }, (_, i) => i + 1));
    const listed = readFileSync(join(o.cwd, 'repos.txt'), 'utf8').trim().split('\n');
    const sharded = matrix.include.flatMap((e) => e.repos.split(' '));
    expect(sharded).toEqual(listed);
    expect(new Set(sharded).size).toBe(n);
    expect([...new Set(matrix.include.map((e) => e.repos.split(' ').length))].sort()).toEqual(sizes);
    expect(o.out).toMatch(new RegExp(`^acme-corp: ${n} repositories in ${jobs} jobs?`));
    expect(gh.requests.filter((q) => q.path === '/orgs/acme-corp/repos')).toHaveLength(Math.ceil(n / 100));
  });

  it('writes the matrix and counts to GITHUB_OUTPUT for the workflow', async () => {
    gh.orgs.set('acme-corp', org(3));
    const o = io();
    const out = join(o.cwd, 'github_output');
    writeFileSync(out, 'earlier=1\n');
    o.env.GITHUB_OUTPUT = out;
    expect(await cmdOrgMatrix(['acme-corp', '--github-output', '--max-jobs', '2'], o, api)).toBe(0);
    const lines = readFileSync(out, 'utf8').split('\n');
    expect(lines[0]).toBe('earlier=1');
    expect(JSON.parse(lines.find((l) => l.startsWith('matrix='))!.slice(7))).toEqual({
      include: [
        { shard: 1, repos: 'acme-corp/api-0000 acme-corp/ml-pipeline-0002' },
        { shard: 2, repos: 'acme-corp/web-0001' },
      ],
    });
    expect(lines).toContain('repositories=3');
    expect(lines).toContain('jobs=2');
  });

  it('says plainly when the organisation is empty or unknown', async () => {
    gh.orgs.set('empty-org', []);
    const o = io();
    expect(await cmdOrgMatrix(['empty-org'], o, api)).toBe(0);
    expect(JSON.parse(o.out)).toEqual({ include: [] });
    expect(o.err).toMatch(/empty-org: 0 repositories in 0 jobs/);
    await expect(cmdOrgMatrix(['no-such-org'], io(), api)).rejects.toThrow(
      /^model-gate: listing the repositories of no-such-org: GET \/users\/\{username\}\/repos: 404 Not Found; check the name/,
    );
    await expect(cmdOrgMatrix(['acme-corp', '--max-jobs', '300'], io(), api)).rejects.toThrow(
      /--max-jobs must be a whole number from 1 to 256/,
    );
    await expect(cmdOrgMatrix(['../etc'], io(), api)).rejects.toThrow(/not an organisation or user name/);
  });
});

describe('the inventory issue', () => {
  const repo = { owner: 'acme-corp', repo: 'ai-governance' };
  const target = { repo, title: 'Model inventory: acme-corp', key: 'acme-corp' };

  it('opens one issue, then edits it in place: a second and third run never duplicate it', async () => {
    gh.addIssue('acme-corp/ai-governance', 'Quarterly review', 'unrelated');
    const first = await upsertInventoryIssue(api, target, '## Model inventory\n\n5 models\n');
    expect(first).toMatchObject({ action: 'created', kind: 'issue' });
    const second = await upsertInventoryIssue(api, target, '## Model inventory\n\n6 models\n');
    expect(second).toMatchObject({ action: 'updated', kind: 'issue', number: first.number });
    const third = await upsertInventoryIssue(api, target, '## Model inventory\n\n6 models\n');
    expect(third).toMatchObject({ action: 'unchanged', number: first.number });
    const issues = gh.issuesOf('acme-corp/ai-governance');
    expect(issues).toHaveLength(2);
    const inv = issues.find((i) => i.number === first.number)!;
    expect(inv.title).toBe('Model inventory: acme-corp');
    expect(inv.body).toBe(`${issueMarker('acme-corp')}\n## Model inventory\n\n6 models\n`);
    expect(gh.writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      'POST /repos/acme-corp/ai-governance/issues',
      `PATCH /repos/acme-corp/ai-governance/issues/${first.number}`,
    ]);
  });

  it("never edits an issue someone else wrote, even with the marker, nor another organisation's inventory", async () => {
    const planted = gh.addIssue(
      'acme-corp/ai-governance',
      'Model inventory: acme-corp',
      `${issueMarker('acme-corp')}\nplanted`,
      'mallory',
    );
    const other = gh.addIssue(
      'acme-corp/ai-governance',
      'Model inventory: acme-labs',
      `${issueMarker('acme-labs')}\nlabs`,
      'inventory-bot',
    );
    const r = await upsertInventoryIssue(api, target, 'inventory\n');
    expect(r.action).toBe('created');
    expect(planted.body).toBe(`${issueMarker('acme-corp')}\nplanted`);
    expect(other.body).toBe(`${issueMarker('acme-labs')}\nlabs`);
  });

  it('finds its issue among several pages of open issues, and skips pull requests', async () => {
    for (let i = 0; i < 230; i++) gh.addIssue('acme-corp/ai-governance', `Bug ${i}`, 'text');
    gh.addIssue('acme-corp/ai-governance', 'PR', `${issueMarker('acme-corp')}\npr`, 'inventory-bot', {
      pull_request: { url: 'x' },
    });
    const mine = gh.addIssue(
      'acme-corp/ai-governance',
      'Model inventory',
      `${issueMarker('acme-corp')}\nold`,
      'inventory-bot',
    );
    const r = await upsertInventoryIssue(api, target, 'new\n');
    expect(r).toMatchObject({ action: 'updated', number: mine.number });
    expect(gh.requests.filter((q) => q.method === 'GET' && q.path.endsWith('/issues')).length).toBe(3);
  });

  it('with --number, keeps its own comment on an issue a person opened', async () => {
    const issue = gh.addIssue(
      'acme-corp/ai-governance',
      'AI inventory (audit 2026)',
      'Tracking issue for the audit',
      'cfo',
    );
    gh.addComment('acme-corp/ai-governance', issue.number, `${issueMarker('acme-corp')}\nquoted by a person`, 'cfo');
    const first = await upsertInventoryIssue(api, { ...target, number: issue.number }, 'v1\n');
    expect(first).toMatchObject({ action: 'created', kind: 'comment', number: issue.number });
    const second = await upsertInventoryIssue(api, { ...target, number: issue.number }, 'v2\n');
    expect(second).toMatchObject({ action: 'updated', kind: 'comment' });
    expect(issue.body).toBe('Tracking issue for the audit');
    const own = gh.comments.filter((c) => c.user.login === 'inventory-bot');
    expect(own).toHaveLength(1);
    expect(own[0].body).toBe(`${issueMarker('acme-corp')}\nv2\n`);
    expect(gh.comments.find((c) => c.user.login === 'cfo')!.body).toMatch(/quoted by a person/);
  });

  it('with --number, edits the body of its own marked issue', async () => {
    const issue = gh.addIssue(
      'acme-corp/ai-governance',
      'Model inventory',
      `${issueMarker('acme-corp')}\nold`,
      'inventory-bot',
    );
    expect(await upsertInventoryIssue(api, { ...target, number: issue.number }, 'new\n')).toMatchObject({
      action: 'updated',
      kind: 'issue',
    });
    expect(issue.body).toBe(`${issueMarker('acme-corp')}\nnew\n`);
    expect(gh.comments).toHaveLength(0);
  });

  it('an installation token needs --author; with it, the bot finds its own issue', async () => {
    gh.user = null;
    await expect(upsertInventoryIssue(api, target, 'x\n')).rejects.toThrow(/pass --author: APP-SLUG\[bot\]/);
    const mine = gh.addIssue(
      'acme-corp/ai-governance',
      'Model inventory',
      `${issueMarker('acme-corp')}\nold`,
      'acme-inventory[bot]',
    );
    const r = await upsertInventoryIssue(api, { ...target, author: 'acme-inventory[bot]' }, 'new\n');
    expect(r).toMatchObject({ action: 'updated', number: mine.number });
  });

  it('refuses a body GitHub would refuse, and names a missing issue', async () => {
    await expect(upsertInventoryIssue(api, target, 'x'.repeat(65_500))).rejects.toThrow(/an issue holds 65,536/);
    await expect(upsertInventoryIssue(api, { ...target, number: 999 }, 'x\n')).rejects.toThrow(
      /acme-corp\/ai-governance#999: no such issue/,
    );
    expect(gh.writes()).toHaveLength(0);
  });

  it('inventory-issue command: reads the Markdown file and prints what it did', async () => {
    const o = io();
    writeFileSync(join(o.cwd, 'inventory.md'), '## Model inventory\n');
    expect(
      await cmdInventoryIssue(
        ['inventory.md', '--repo', 'acme-corp/ai-governance', '--key', 'acme-corp', '--title', 'Models of acme-corp'],
        o,
        api,
      ),
    ).toBe(0);
    expect(o.out).toMatch(
      /^created the inventory issue on acme-corp\/ai-governance#\d+: https:\/\/github\.example\/acme-corp\/ai-governance\/issues\/\d+\n$/,
    );
    expect(gh.issues[0].title).toBe('Models of acme-corp');
    o.out = '';
    expect(
      await cmdInventoryIssue(['inventory.md', '--repo', 'acme-corp/ai-governance', '--key', 'acme-corp'], o, api),
    ).toBe(0);
    expect(o.out).toMatch(/^unchanged the inventory issue/);
    await expect(cmdInventoryIssue(['inventory.md', '--repo', 'acme-corp'], io(), api)).rejects.toThrow(
      /--repo must be OWNER\/REPO/,
    );
    await expect(cmdInventoryIssue(['missing.md', '--repo', 'a/b'], io(), api)).rejects.toThrow(
      /^missing\.md:1:1: cannot read the inventory \(no such file\)/,
    );
  });
});

describe('issueMarker', () => {
  it('keeps the key readable and cannot be closed early', () => {
    expect(issueMarker('acme-corp')).toBe('<!-- model-gate-inventory:acme-corp -->');
    expect(issueMarker('x --> <script>')).toBe('<!-- model-gate-inventory:x script -->');
    expect(issueMarker('a\n-->b').match(/-->/g)).toHaveLength(1);
  });
});
