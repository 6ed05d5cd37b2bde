/**
 * .github/workflows/org-inventory.yml: its shape (triggers, inputs, jobs, the matrix expression, permissions,
 * actions pinned by sha), and its scripts run for real, in order, the way the jobs would: the listing against a
 * loopback GitHub API, each shard's clone-and-check against local git repositories, the merge, and the issue.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CLI_BUNDLE } from '../helpers/bundle.js';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { FakeGitHubOrg } from '../helpers/fake-github-org.js';
import { inventoryJson } from '../helpers/json.js';

const root = process.cwd();
const cli = CLI_BUNDLE;
const text = readFileSync(join(root, '.github', 'workflows', 'org-inventory.yml'), 'utf8');
type Step = {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  if?: string;
};
type Job = {
  needs?: string | string[];
  if?: string;
  permissions?: Record<string, string>;
  strategy?: Record<string, unknown>;
  steps: Step[];
  outputs?: Record<string, string>;
};
const wf = load(text, { maxAliases: 0 }) as {
  on: {
    workflow_call: {
      inputs: Record<string, { type: string; default?: unknown }>;
      secrets: Record<string, unknown>;
      outputs: Record<string, unknown>;
    };
    schedule: Array<{ cron: string }>;
  };
  permissions: Record<string, string>;
  env: Record<string, string>;
  jobs: Record<string, Job>;
};
const step = (job: string, name: RegExp) => wf.jobs[job].steps.find((s) => name.test(s.name ?? ''))!;

describe('org-inventory.yml', () => {
  it('is a reusable and scheduled workflow with the inputs the issue names', () => {
    expect(wf.on.schedule[0].cron).toMatch(/^\S+ \S+ \S+ \S+ \S+$/);
    const inputs = wf.on.workflow_call.inputs;
    expect(inputs.org.type).toBe('string');
    expect(inputs.policy).toEqual(expect.objectContaining({ type: 'string', default: 'default' }));
    expect(inputs['max-parallel']).toEqual(expect.objectContaining({ type: 'number', default: 20 }));
    for (const k of ['issue-repository', 'issue-number', 'issue-title', 'include-archived', 'include-forks'])
      expect(inputs[k]).toBeDefined();
    expect(Object.keys(wf.on.workflow_call.secrets).sort()).toEqual(['app-private-key', 'hf-token', 'token']);
    expect(wf.env.ORG).toBe('${{ inputs.org || github.repository_owner }}');
  });

  it('lists, then checks in a matrix built from the listing, then merges even when a shard failed', () => {
    expect(Object.keys(wf.jobs)).toEqual(['list', 'check', 'merge']);
    expect(step('list', /List the repositories/).run).toMatch(/org-matrix "\$ORG" --max-jobs 256 --github-output/);
    expect(wf.jobs.list.outputs).toEqual(
      expect.objectContaining({ matrix: '${{ steps.list.outputs.matrix }}', jobs: '${{ steps.list.outputs.jobs }}' }),
    );
    const check = wf.jobs.check;
    expect(check.needs).toBe('list');
    expect(check.if).toBe("${{ needs.list.outputs.jobs != '0' }}");
    expect(check.strategy).toEqual({
      'fail-fast': false,
      'max-parallel': '${{ inputs.max-parallel || 20 }}',
      matrix: '${{ fromJSON(needs.list.outputs.matrix) }}',
    });
    expect(step('check', /Check each repository/).env!.REPOS).toBe('${{ matrix.repos }}');
    expect(step('check', /Upload the reports/)).toMatchObject({
      if: '${{ always() }}',
      with: { name: 'model-gate-report-${{ matrix.shard }}', path: 'reports/' },
    });
    const merge = wf.jobs.merge;
    expect(merge.needs).toEqual(['list', 'check']);
    expect(merge.if).toBe("${{ !cancelled() && needs.list.result == 'success' }}");
    expect(step('merge', /Download the reports/).with).toEqual({
      pattern: 'model-gate-report-*',
      path: 'reports',
      'merge-multiple': true,
    });
    const run = step('merge', /Merge the reports/).run!;
    expect(run).toMatch(/for format in markdown html csv json/);
    expect(run).toMatch(/--expected repositories\.txt/);
    expect(run).toMatch(/>> "\$GITHUB_STEP_SUMMARY"/);
    expect(step('merge', /Upload the inventory/).with).toMatchObject({
      name: 'model-gate-inventory',
      path: 'inventory/',
    });
    expect(step('merge', /issue/).run).toMatch(/inventory-issue inventory\/inventory\.md/);
  });

  it('asks for the least permissions: read everywhere, issues: write only to merge', () => {
    expect(wf.permissions).toEqual({ contents: 'read' });
    expect(wf.jobs.list.permissions).toEqual({ contents: 'read' });
    expect(wf.jobs.check.permissions).toEqual({ contents: 'read' });
    expect(wf.jobs.merge.permissions).toEqual({ contents: 'read', issues: 'write' });
    for (const s of Object.values(wf.jobs)
      .flatMap((j) => j.steps)
      .filter((s) => s.uses?.startsWith('actions/checkout'))) {
      expect(s.with?.['persist-credentials']).toBe(false);
    }
  });

  it('pins every action by commit sha (or uses a local path)', () => {
    const uses = Object.values(wf.jobs).flatMap((j) => j.steps.map((s) => s.uses).filter(Boolean)) as string[];
    expect(uses.length).toBeGreaterThanOrEqual(10);
    for (const u of uses) expect(u).toMatch(/^(\.\/\S+|[\w.-]+\/[\w./-]+@[0-9a-f]{40})$/);
    // The version each sha stands for is written beside it.
    for (const line of text.split('\n').filter((l) => /uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40}/.test(l)))
      expect(line).toMatch(/ # v\d+\.\d+\.\d+$/);
  });

  it('splices no expression into a shell script, and every script parses', () => {
    const runs = Object.values(wf.jobs).flatMap((j) => j.steps.map((s) => s.run).filter(Boolean)) as string[];
    expect(runs.length).toBe(4);
    for (const r of runs) {
      expect(r).not.toContain('${{');
      const res = spawnSync('bash', ['-n'], { input: r, encoding: 'utf8' });
      expect(res.stderr).toBe('');
      expect(res.status).toBe(0);
    }
  });
});

describe('org-inventory.yml, run', () => {
  let gh: FakeGitHubOrg;
  let base: string;

  beforeAll(async () => {
    gh = await FakeGitHubOrg.start();
    base = mkdtempSync(join(tmpdir(), 'model-gate-wf-'));
  }, 180_000);
  afterAll(async () => {
    await gh?.close();
    if (base) rmSync(base, { recursive: true, force: true });
  });

  /** A repository on the local "server", as a bare git repository. */
  function serve(full: string, files: Record<string, string>): void {
    const work = join(base, 'work', full);
    mkdirSync(work, { recursive: true });
    for (const [p, t] of Object.entries(files)) {
      mkdirSync(join(work, p, '..'), { recursive: true });
      writeFileSync(join(work, p), t);
    }
    const g = (...a: string[]) => execFileSync('git', ['-C', work, ...a], { stdio: 'pipe' });
    g('init', '-q', '-b', 'main');
    g('add', '-A');
    g('-c', 'user.name=dev', '-c', 'user.email=dev@example.com', 'commit', '-q', '-m', 'init');
    execFileSync('git', ['clone', '-q', '--bare', work, join(base, 'server', `${full}.git`)], { stdio: 'pipe' });
  }

  /** Run a step's script with bash (asynchronously: the fake API answers from this process meanwhile). */
  function runScript(
    script: string,
    cwd: string,
    env: Record<string, string>,
  ): Promise<{ status: number | null; stdout: string; stderr: string }> {
    return new Promise((done) => {
      const child = spawn('bash', ['-c', script], {
        cwd,
        env: {
          PATH: process.env.PATH!,
          HOME: base,
          ORG: 'acme-corp',
          MODEL_GATE: cli,
          MODEL_GATE_GITHUB_RETRY_BASE_MS: '1',
          HF_HUB_OFFLINE: '1',
          GITHUB_API_URL: gh.url,
          ...env,
        },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (status) => done({ status, stdout, stderr }));
    });
  }

  it('lists, checks each shard, merges with the missing repository shown, and keeps one issue', async () => {
    serve('acme-corp/chat-service', {
      'models.yaml':
        'models:\n  - id: meta-llama/Llama-3.1-8B-Instruct\n    revision: 0e9e39f249a16976918f6564b8830bc894c89659\n    license: llama3.1\n  - id: facebook/musicgen-small\n',
      'app/chat.py':
        'from transformers import pipeline\n\nchat = pipeline("text-generation", model="meta-llama/Llama-3.1-8B-Instruct")\n',
    });
    serve('acme-corp/search', {
      'search/embed.py':
        'from sentence_transformers import SentenceTransformer\n\nmodel = SentenceTransformer("sentence-transformers/all-MiniLM-L6-v2")\n',
    });
    serve('acme-corp/website', { 'README.md': '# Website\n' });
    gh.orgs.set('acme-corp', [
      { full_name: 'acme-corp/chat-service' },
      { full_name: 'acme-corp/search' },
      { full_name: 'acme-corp/website' },
      { full_name: 'acme-corp/gone-missing' },
      { full_name: 'acme-corp/legacy', archived: true },
    ]);

    // Job "list".
    const listDir = join(base, 'list');
    mkdirSync(listDir);
    const out = join(listDir, 'output');
    writeFileSync(out, '');
    const listed = await runScript(step('list', /List the repositories/).run!, listDir, {
      GITHUB_TOKEN: 'ghs_x',
      GITHUB_OUTPUT: out,
      INCLUDE_ARCHIVED: 'false',
      INCLUDE_FORKS: 'false',
    });
    expect(listed.stderr).toBe('');
    expect(listed.status).toBe(0);
    const outputs = Object.fromEntries(
      readFileSync(out, 'utf8')
        .trim()
        .split('\n')
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
    expect(outputs.repositories).toBe('4');
    const matrix = JSON.parse(outputs.matrix) as { include: Array<{ shard: number; repos: string }> };
    expect(matrix.include).toHaveLength(4);

    // Jobs "check", one per shard, each in its own workspace; then their artifacts merged into one folder.
    // The runner reaches "github.com" here: the local bare repositories stand in for it.
    writeFileSync(
      join(base, '.gitconfig'),
      `[url "file://${join(base, 'server')}/"]\n\tinsteadOf = https://github.com/\n`,
    );
    const merged = join(base, 'merge');
    mkdirSync(join(merged, 'reports'), { recursive: true });
    const statuses: Record<string, number | null> = {};
    for (const entry of matrix.include) {
      const ws = join(base, `shard-${entry.shard}`);
      mkdirSync(ws);
      const r = await runScript(step('check', /Check each repository/).run!, ws, {
        REPOS: entry.repos,
        POLICY: 'default',
        OFFLINE: 'true',
        GH_TOKEN: 'ghs_secret_token',
        GITHUB_WORKSPACE: ws,
        GITHUB_REPOSITORY: 'acme-corp/.github',
      });
      statuses[entry.repos] = r.status;
      expect(r.stdout).not.toContain('ghs_secret_token');
      if (existsSync(join(ws, 'reports'))) cpSync(join(ws, 'reports'), join(merged, 'reports'), { recursive: true });
      expect(existsSync(join(ws, 'repos', entry.repos.replace('/', '__')))).toBe(false);
    }
    expect(statuses).toEqual({
      'acme-corp/chat-service': 0,
      'acme-corp/gone-missing': 1,
      'acme-corp/search': 0,
      'acme-corp/website': 0,
    });
    expect(readdirSync(join(merged, 'reports')).sort()).toEqual([
      'acme-corp__chat-service.json',
      'acme-corp__search.json',
      'acme-corp__website.json',
    ]);

    // Job "merge".
    const summary = join(merged, 'summary.md');
    const mergeOut = join(merged, 'output');
    writeFileSync(mergeOut, '');
    const m = await runScript(step('merge', /Merge the reports/).run!, merged, {
      MATRIX: outputs.matrix,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: mergeOut,
    });
    expect(m.status).toBe(0);
    expect(m.stderr).toMatch(/warning: 1 expected repository has no report .*acme-corp\/gone-missing/);
    expect(readdirSync(join(merged, 'inventory')).sort()).toEqual([
      'inventory.csv',
      'inventory.html',
      'inventory.json',
      'inventory.md',
    ]);
    const inv = inventoryJson(readFileSync(join(merged, 'inventory', 'inventory.json'), 'utf8'));
    expect(inv.missing).toEqual(['acme-corp/gone-missing']);
    expect(inv.repositories.map((r: { name: string }) => r.name)).toEqual([
      'acme-corp/chat-service',
      'acme-corp/search',
      'acme-corp/website',
    ]);
    // Each report names its repository (the clone's origin) and commit: every place links to GitHub at that commit.
    expect(inv.repositories[0]).toMatchObject({
      name: 'acme-corp/chat-service',
      url: 'https://github.com/acme-corp/chat-service',
      commit: expect.stringMatching(/^[0-9a-f]{40}$/),
    });
    const csv = readFileSync(join(merged, 'inventory', 'inventory.csv'), 'utf8');
    expect(csv).toMatch(
      /^meta-llama\/Llama-3\.1-8B-Instruct,llama3\.1,community,warning,warning,acme-corp\/chat-service,yes,0e9e39f249a16976918f6564b8830bc894c89659,[^,]*,models\.yaml:2; app\/chat\.py:3,https:\/\/github\.com\/acme-corp\/chat-service\/blob\/[0-9a-f]{40}\/models\.yaml#L2,\r$/m,
    );
    expect(inv.models.find((x: { id: string }) => x.id === 'facebook/musicgen-small')?.status).toBe('blocked');
    expect(readFileSync(summary, 'utf8')).toMatch(/^## Model inventory: acme-corp/);
    expect(readFileSync(mergeOut, 'utf8')).toMatch(/^repositories=3\nmissing=1\nmodels=3\nblocked=1\n$/);

    // The issue: opened on the first run, edited in place on the second.
    const issueEnv = {
      GITHUB_TOKEN: 'ghp_x',
      ISSUE_REPOSITORY: 'acme-corp/ai-governance',
      ISSUE_NUMBER: '0',
      ISSUE_TITLE: '',
      AUTHOR: '',
    };
    const first = await runScript(step('merge', /issue/).run!, merged, issueEnv);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/^created the inventory issue on acme-corp\/ai-governance#\d+/);
    const second = await runScript(step('merge', /issue/).run!, merged, issueEnv);
    expect(second.stdout).toMatch(/^(updated|unchanged) the inventory issue on acme-corp\/ai-governance#\d+/);
    const issues = gh.issuesOf('acme-corp/ai-governance');
    expect(issues).toHaveLength(1);
    expect(issues[0].title).toBe('Model inventory: acme-corp');
    expect(issues[0].body).toMatch(/^<!-- model-gate-inventory:acme-corp -->\n## Model inventory: acme-corp/);
    expect(issues[0].body).toContain('### Not checked (1)');
  }, 180_000);
});
