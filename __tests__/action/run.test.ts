import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionPort, AnnotationProperties, Engine } from '../../src/action/port.js';
import { emitWorkflowAnnotations, runAction, summaryMarkdown } from '../../src/action/run.js';
import type { Catalog } from '../../src/catalog/catalog.js';
import type { CheckOptions } from '../../src/engine/check.js';
import { formatErrorItem, UserError } from '../../src/core/errors.js';
import type { Policy, Report } from '../../src/core/types.js';
import { OctokitApi } from '../../src/github/api.js';
import { createOctokit } from '../../src/github/client.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { sh } from '../helpers/git-repo.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { finding, makeReport, model, sampleReport } from './reports.js';

let gh: FakeGitHub;
let dir: string;
/** The commit checked out in `dir` (the PR's head in these tests, and GITHUB_SHA). */
let HEAD: string;

beforeAll(async () => {
  gh = await FakeGitHub.start();
});
afterAll(() => gh.close());
// Each test's checkout is its own; none is left behind in the temporary folder.
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  gh.clearRequests();
  gh.failures.length = 0;
  gh.checkRuns.length = 0;
  gh.issueComments.length = 0;
  gh.reviewComments.length = 0;
  gh.reviews.length = 0;
  gh.contents.clear();
  gh.pullFiles.clear();
  dir = mkdtempSync(join(tmpdir(), 'mg-run-'));
  writeFileSync(join(dir, 'models.yaml'), 'models: []\n');
  // A checkout (without an origin: the base is read through the API).
  sh(dir, ['init', '-q']);
  sh(dir, ['add', '-A']);
  sh(dir, ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'init']);
  HEAD = sh(dir, ['rev-parse', 'HEAD']);
  PR_EVENT.pull_request.head.sha = HEAD;
});

interface Recorded {
  port: ActionPort;
  outputs: Record<string, string>;
  summary: string[];
  failed: string[];
  logs: { level: string; message: string; props?: AnnotationProperties }[];
  checks: CheckOptions[];
  resolvers: { token?: string; cachePath?: string }[];
}

const PR_EVENT = {
  number: 7,
  pull_request: {
    number: 7,
    base: { sha: 'base111', ref: 'main', repo: { full_name: 'acme/app' } },
    head: { sha: 'head222', ref: 'feature', repo: { full_name: 'acme/app' } },
  },
};

/** The PR event with another head (not the checkout: read through the API). */
function prWithHead(sha: string) {
  const p = structuredClone(PR_EVENT);
  p.pull_request.head.sha = sha;
  return p;
}

function setup(opts: {
  inputs?: Record<string, string>;
  event?: string;
  payload?: unknown;
  report?: Report;
  error?: Error;
}): { rec: Recorded; engine: Engine } {
  const rec: Recorded = {
    port: undefined as unknown as ActionPort,
    outputs: {},
    summary: [],
    failed: [],
    logs: [],
    checks: [],
    resolvers: [],
  };
  const inputs: Record<string, string> = { token: 'ghs_token', hub: 'false', ...opts.inputs };
  const log = (level: string) => (message: string, props?: AnnotationProperties) =>
    rec.logs.push({ level, message, props });
  rec.port = {
    getInput: (n) => inputs[n] ?? '',
    env: {
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_SHA: HEAD,
      GITHUB_WORKSPACE: dir,
      RUNNER_TEMP: dir,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '42',
      GITHUB_API_URL: gh.url,
    },
    eventName: opts.event ?? 'pull_request',
    payload: opts.payload ?? structuredClone(PR_EVENT),
    debug: log('debug'),
    info: log('info'),
    warning: log('warning'),
    error: log('error'),
    notice: log('notice'),
    setOutput: (n, v) => (rec.outputs[n] = v),
    setSecret: () => {},
    writeSummary: (md) => {
      rec.summary.push(md);
      return Promise.resolve();
    },
    setFailed: (m) => void rec.failed.push(m),
    github: (token) =>
      new OctokitApi(createOctokit({ token, baseUrl: gh.url, env: { MODEL_GATE_GITHUB_RETRY_BASE_MS: '1' } })),
  };
  const engine: Engine = {
    loadPolicy: () => {
      if (opts.error) return Promise.reject(opts.error);
      return Promise.resolve({
        name: 'acme-production',
        chain: ['policy.yml'],
        governance: { overridable: [], local_exceptions: true },
      } as unknown as Policy);
    },
    loadCatalog: () => ({}) as Catalog,
    check: (o) => {
      rec.checks.push(o);
      return Promise.resolve(opts.report ?? sampleReport());
    },
    createResolver: (o) => (
      rec.resolvers.push({ token: o.token, cachePath: o.cachePath }),
      {
        resolve: (id) => Promise.resolve({ ok: false, id, reason: 'offline', message: 'offline' }),
      }
    ),
    renderJson: (r) => JSON.stringify(r),
    renderSarif: () => '{"version":"2.1.0"}',
    renderCycloneDx: () => '{"bomFormat":"CycloneDX"}',
  };
  return { rec, engine };
}

describe('runAction on a pull request', () => {
  it('without a token input, uses GITHUB_TOKEN from the environment', async () => {
    gh.setFile('base111', 'models.yaml', 'models: []\n');
    gh.pullFiles.set(7, []);
    const { rec, engine } = setup({ inputs: { token: '' } });
    (rec.port.env as Record<string, string>).GITHUB_TOKEN = 'ghs_from_env';
    await runAction(rec.port, engine);
    expect(gh.checkRuns).toHaveLength(1);
    expect(gh.requests.every((r) => r.headers.authorization === 'token ghs_from_env')).toBe(true);
  });

  it('compares with the base through the API, reports on the head, comments, fails the step', async () => {
    gh.setFile('base111', 'models.yaml', 'models:\n  - id: old/model\n');
    gh.pullFiles.set(7, [
      { filename: 'models.yaml', status: 'modified', patch: '@@ -1 +1,2 @@\n models:\n+  - id: x' },
    ]);
    const { rec, engine } = setup({ inputs: { 'sarif-file': 'out/model-gate.sarif', 'bom-file': 'out/ai-bom.json' } });
    const outcome = await runAction(rec.port, engine);

    expect(rec.checks[0].base).toEqual({
      ref: 'base111',
      manifestText: 'models:\n  - id: old/model\n',
      changedFiles: ['models.yaml'],
      // Only models loaded on added lines count as new (an unrelated edit of a file does not).
      addedLines: { 'models.yaml': [2] },
    });
    expect(rec.checks[0].root).toBe(dir);
    expect(rec.checks[0].manifestPath).toBeUndefined();
    expect(rec.checks[0].resolver).toBeUndefined(); // hub: false
    expect(gh.requestsTo('GET', /contents\/models\.yaml$/)[0].query.ref).toBe('base111');

    const run = gh.checkRuns[0];
    expect(run).toMatchObject({
      name: 'model-gate',
      head_sha: HEAD,
      conclusion: 'failure',
      details_url: 'https://github.com/acme/app/actions/runs/42',
    });
    expect(run.annotations).toHaveLength(5);
    expect(gh.commentsOn(7)).toHaveLength(1);
    expect(
      gh.commentsOn(7)[0].body.startsWith('<!-- model-gate:model-gate -->\n## ❌ model-gate: 1 model blocked'),
    ).toBe(true);

    expect(rec.outputs).toMatchObject({
      verdict: 'fail',
      blocked: '1',
      warnings: '1',
      report: join(dir, 'model-gate-model-gate.json'),
      'blocked-models': '["meta-llama/Llama-3.1-8B-Instruct"]',
    });
    // The comment's Markdown, for a workflow_run job to post (forks).
    expect(rec.outputs['comment-content']).toBe(gh.commentsOn(7)[0].body);
    expect((JSON.parse(readFileSync(rec.outputs.report, 'utf8')) as Report).verdict).toBe('fail');
    expect(readFileSync(join(dir, 'out/model-gate.sarif'), 'utf8')).toBe('{"version":"2.1.0"}');
    expect(readFileSync(join(dir, 'out/ai-bom.json'), 'utf8')).toBe('{"bomFormat":"CycloneDX"}');
    expect(rec.summary.join('')).toContain('### Blocked');
    expect(rec.summary.join('')).toContain('### Other models added or changed');
    expect(rec.failed).toEqual([
      'model-gate: 1 model blocked by policy acme-production: meta-llama/Llama-3.1-8B-Instruct',
    ]);
    expect(outcome).toMatchObject({
      failed: true,
      fallback: false,
      missingPermissions: [],
      comment: 'created',
    });
    // No workflow-command annotations when the check run carries them.
    expect(rec.logs.filter((l) => l.props?.file)).toEqual([]);
  });

  it('no manifest at the base (404): manifestText null; an explicit manifest is passed on', async () => {
    gh.pullFiles.set(7, []);
    const { rec, engine } = setup({ inputs: { manifest: 'ml/models.yaml' } });
    await runAction(rec.port, engine);
    expect(rec.checks[0].base).toEqual({ ref: 'base111', manifestText: null, changedFiles: [], addedLines: {} });
    expect(rec.checks[0].manifestPath).toBe('ml/models.yaml');
  });

  it('a fork (403 on checks and comments): workflow annotations, one warning naming the permissions, still fails', async () => {
    gh.forbidChecks();
    gh.forbidComments();
    const payload = structuredClone(PR_EVENT);
    payload.pull_request.head.repo.full_name = 'mallory/app';
    const { rec, engine } = setup({ payload });
    const outcome = await runAction(rec.port, engine);
    expect(outcome.fallback).toBe(true);
    expect(outcome.missingPermissions).toEqual(['checks: write', 'pull-requests: write']);
    const annotated = rec.logs.filter((l) => l.props?.file);
    expect(annotated.map((l) => [l.level, l.props!.file, l.props!.startLine])).toEqual([
      ['error', 'models.yaml', 2],
      ['warning', 'models.yaml', 2],
      ['warning', 'models.yaml', 5],
      ['warning', 'scripts/old.py', 3],
      ['notice', 'models.yaml', 8],
    ]);
    const warnings = rec.logs.filter((l) => l.level === 'warning' && !l.props);
    expect(warnings).toHaveLength(1);
    // Advice that works for a fork: no permissions to grant, but the pull_request_target / workflow_run patterns.
    expect(warnings[0].message).toMatch(
      /comes from a fork, whose token may not write checks: write or pull-requests: write \(no `permissions:` setting can change that\)/,
    );
    expect(warnings[0].message).toMatch(
      /`pull_request_target`.*`comment-content` output from a `workflow_run` workflow/,
    );
    expect(warnings[0].message).not.toMatch(/grant/i);
    expect(rec.summary.join('')).toContain('[!WARNING]');
    expect(rec.failed).toHaveLength(1);
  });

  it('audit mode: neutral check run, the step does not fail', async () => {
    const { rec, engine } = setup({ inputs: { mode: 'audit' } });
    const outcome = await runAction(rec.port, engine);
    expect(gh.checkRuns[0].conclusion).toBe('neutral');
    expect(gh.checkRuns[0].output?.title).toBe('Audit mode: 1 model would be blocked');
    expect(gh.checkRuns[0].output?.summary).toMatch(
      /^\*\*Audit mode: nothing is blocked; in enforce mode this change would fail\.\*\*/,
    );
    expect(gh.commentsOn(7)[0].body).toContain(
      '> **Audit mode: nothing is blocked; in enforce mode this change would fail.**',
    );
    expect(rec.summary.join('')).toContain(
      '> **Audit mode: nothing is blocked; in enforce mode this change would fail.**',
    );
    expect(rec.failed).toEqual([]);
    expect(outcome.failed).toBe(false);
    expect(rec.logs.some((l) => l.level === 'warning' && /audit mode: the step does not fail/.test(l.message))).toBe(
      true,
    );
  });

  it('a pass after a fail turns the comment into an all clear', async () => {
    const first = setup({});
    await runAction(first.rec.port, first.engine);
    const second = setup({ report: makeReport([model({ license: 'apache-2.0' })], { base: 'base111' }) });
    const outcome = await runAction(second.rec.port, second.engine);
    expect(outcome.comment).toBe('updated');
    expect(gh.commentsOn(7)).toHaveLength(1);
    expect(gh.commentsOn(7)[0].body).toContain('## ✅ model-gate: all clear');
    expect(second.rec.failed).toEqual([]);
    expect(gh.checkRuns[1].conclusion).toBe('success');
  });

  it('comment auto: nothing when the change touches no models', async () => {
    const { rec, engine } = setup({ report: makeReport([model({ new: false })], { base: 'base111' }) });
    const outcome = await runAction(rec.port, engine);
    expect(outcome.comment).toBe('skipped');
    expect(gh.commentsOn(7)).toHaveLength(0);
  });

  it('review: inline comments on added lines with blocking findings', async () => {
    gh.pullFiles.set(7, [
      {
        filename: 'models.yaml',
        status: 'modified',
        patch: '@@ -0,0 +1,3 @@\n+models:\n+  - id: meta-llama/Llama-3.1-8B-Instruct\n+x',
      },
    ]);
    const { rec, engine } = setup({ inputs: { review: 'true' } });
    const outcome = await runAction(rec.port, engine);
    expect(outcome.review).toEqual({ created: 1, updated: 0, deleted: 0, unchanged: 0 });
    expect(gh.reviewComments.map((c) => [c.path, c.line])).toEqual([['models.yaml', 2]]);
  });

  it('pull_request_target: reads the head manifest and changed files through the API into a temp dir', async () => {
    gh.setFile('head222', 'models.yaml', 'models:\n  - id: new/model\n');
    gh.setFile('head222', 'app/x.py', 'pipeline("new/model")\n');
    gh.pullFiles.set(7, [
      { filename: 'models.yaml', status: 'modified' },
      { filename: 'app/x.py', status: 'added' },
      { filename: '../escape.py', status: 'added' },
      { filename: 'gone.py', status: 'removed' },
    ]);
    const { rec, engine } = setup({ event: 'pull_request_target', payload: prWithHead('head222') });
    await runAction(rec.port, engine);
    const root = rec.checks[0].root;
    expect(root).not.toBe(dir);
    expect(readFileSync(join(root, 'models.yaml'), 'utf8')).toBe('models:\n  - id: new/model\n');
    expect(readFileSync(join(root, 'app/x.py'), 'utf8')).toBe('pipeline("new/model")\n');
    expect(existsSync(join(root, 'gone.py'))).toBe(false);
    expect(gh.requests.some((r) => r.path.includes('escape'))).toBe(false);
    expect(gh.checkRuns[0].head_sha).toBe('head222');
  });
});

describe('runAction elsewhere', () => {
  it('push: evaluates everything, check run on GITHUB_SHA, no comment', async () => {
    const report = makeReport([model()]);
    const { rec, engine } = setup({ event: 'push', payload: { after: HEAD, created: true }, report });
    const outcome = await runAction(rec.port, engine);
    expect(rec.checks[0].base).toBeUndefined();
    expect(gh.checkRuns[0]).toMatchObject({ head_sha: HEAD, conclusion: 'success' });
    expect(outcome.comment).toBeUndefined();
    expect(gh.requestsTo('GET', /comments/)).toEqual([]);
  });

  it('a user error: the message without a stack, a failed check run saying so', async () => {
    const { rec, engine } = setup({
      error: new UserError({ path: 'policy.yml', line: 3, column: 5, message: 'unknown key `licences`' }),
    });
    const outcome = await runAction(rec.port, engine);
    expect(rec.failed).toEqual(['policy.yml:3:5: unknown key `licences`']);
    expect(outcome).toMatchObject({ failed: true, exitCode: 2 });
    expect(gh.checkRuns[0]).toMatchObject({
      conclusion: 'failure',
      output: { title: 'Configuration error' },
    });
    expect(rec.summary.join('')).toContain('policy.yml:3:5: unknown key \\`licences\\`');
  });

  it('a user error in audit mode does not fail the step', async () => {
    const { rec, engine } = setup({
      inputs: { mode: 'audit' },
      error: new UserError({ message: 'bad policy' }),
    });
    const outcome = await runAction(rec.port, engine);
    expect(rec.failed).toEqual([]);
    expect(outcome.failed).toBe(false);
    expect(rec.logs.find((l) => l.level === 'error')?.message).toBe('bad policy');
    expect(gh.checkRuns[0].conclusion).toBe('neutral');
  });

  it('bad inputs fail with every problem, in a Configuration error check run (a bad mode means enforce)', async () => {
    const { rec, engine } = setup({ inputs: { mode: 'strict', comment: 'sometimes', scan: 'maybe' } });
    const outcome = await runAction(rec.port, engine);
    const problems = [
      'input `mode`: expected one of enforce, audit, got "strict"',
      'input `comment`: expected one of auto, always, never, got "sometimes"',
      'input `scan`: expected true or false, got "maybe"',
    ];
    expect(rec.failed).toEqual([problems.join('\n')]);
    expect(outcome.failed).toBe(true);
    expect(rec.checks).toHaveLength(0);
    expect(gh.checkRuns).toHaveLength(1);
    expect(gh.checkRuns[0]).toMatchObject({
      name: 'model-gate',
      head_sha: HEAD,
      status: 'completed',
      conclusion: 'failure',
      output: { title: 'Configuration error' },
    });
    expect(gh.checkRuns[0].output?.summary).toBe(problems.map((p) => `- ${p.replace(/`/g, '\\`')}`).join('\n'));
    expect(gh.requests.every((r) => r.headers.authorization === 'token ghs_token')).toBe(true);
    expect(rec.summary.join('')).toContain('## ❌ model-gate: configuration error');
    // No annotations without a file, and nothing said twice: setFailed carries the problems.
    expect(rec.logs.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('bad inputs in audit mode: a neutral Configuration error check run under the check name, one error each, the step passes', async () => {
    const { rec, engine } = setup({
      inputs: { mode: 'Audit', comment: 'sometimes', review: 'maybe', 'check-name': 'gate / models' },
      event: 'push',
      payload: {},
    });
    const outcome = await runAction(rec.port, engine);
    expect(rec.failed).toEqual([]);
    expect(outcome.failed).toBe(false);
    expect(gh.checkRuns[0]).toMatchObject({
      name: 'gate / models',
      head_sha: HEAD,
      conclusion: 'neutral',
      output: { title: 'Configuration error' },
    });
    expect(rec.logs.filter((l) => l.level === 'error')).toEqual([
      {
        level: 'error',
        message: 'input `comment`: expected one of auto, always, never, got "sometimes"',
        props: undefined,
      },
      { level: 'error', message: 'input `review`: expected true or false, got "maybe"', props: undefined },
    ]);
  });

  it('a check name over 100 characters: the Configuration error check run uses the default name', async () => {
    const { rec, engine } = setup({ inputs: { 'check-name': 'x'.repeat(101) } });
    await runAction(rec.port, engine);
    expect(rec.failed).toEqual(['input `check-name`: at most 100 characters']);
    expect(gh.checkRuns[0]).toMatchObject({ name: 'model-gate', output: { title: 'Configuration error' } });
  });

  it('bad inputs outside a repository (no GITHUB_REPOSITORY): the input errors are still what fails the step', async () => {
    const { rec, engine } = setup({ inputs: { mode: 'strict' }, payload: {} });
    delete (rec.port.env as Record<string, string>).GITHUB_REPOSITORY;
    await runAction(rec.port, engine);
    expect(rec.failed).toEqual(['input `mode`: expected one of enforce, audit, got "strict"']);
    expect(gh.checkRuns).toHaveLength(0);
  });

  it('a user error with positions: one annotated error per problem at its file, line and column', async () => {
    writeFileSync(join(dir, 'policy.yml'), 'version: 1\nlicences: {}\nrules: {}\n');
    const { rec, engine } = setup({
      error: new UserError([
        { path: 'policy.yml', line: 2, column: 1, message: 'unknown key `licences`' },
        { path: 'policy.yml', line: 3, column: 8, message: '/rules must not be empty' },
        { path: 'acme/.github/policies/org.yml@main', line: 4, column: 3, message: 'bad parent' },
        { path: 'policy.yml', message: 'no line for this one' },
        { message: 'a problem without a file' },
      ]),
    });
    const outcome = await runAction(rec.port, engine);
    const title = 'model-gate: configuration error';
    expect(rec.logs.filter((l) => l.level === 'error')).toEqual([
      {
        level: 'error',
        message: 'policy.yml:2:1: unknown key `licences`',
        props: { file: 'policy.yml', startLine: 2, startColumn: 1, title },
      },
      {
        level: 'error',
        message: 'policy.yml:3:8: /rules must not be empty',
        props: { file: 'policy.yml', startLine: 3, startColumn: 8, title },
      },
      {
        level: 'error',
        message: formatErrorItem({ path: 'policy.yml', message: 'no line for this one' }),
        props: { file: 'policy.yml', startLine: undefined, startColumn: undefined, title },
      },
    ]);
    // setFailed keeps every problem, joined (the remote policy and the one without a file are said there).
    expect(rec.failed).toEqual([
      [
        'policy.yml:2:1: unknown key `licences`',
        'policy.yml:3:8: /rules must not be empty',
        'acme/.github/policies/org.yml@main:4:3: bad parent',
        formatErrorItem({ path: 'policy.yml', message: 'no line for this one' }),
        'a problem without a file',
      ].join('\n'),
    ]);
    expect(outcome.failed).toBe(true);
    expect(gh.checkRuns[0]).toMatchObject({ conclusion: 'failure', output: { title: 'Configuration error' } });
  });

  it('a user error with positions in audit mode: annotated errors, plain ones for the rest, the step passes', async () => {
    const { rec, engine } = setup({
      inputs: { mode: 'audit' },
      error: new UserError([
        { path: 'policy.yml', line: 3, column: 5, message: 'unknown key `licences`' },
        { path: '/etc/model-gate/policy.yml', line: 1, message: 'outside the repository' },
        { message: 'a problem without a file' },
      ]),
    });
    const outcome = await runAction(rec.port, engine);
    expect(outcome.failed).toBe(false);
    expect(rec.failed).toEqual([]);
    expect(rec.logs.filter((l) => l.level === 'error')).toEqual([
      {
        level: 'error',
        message: 'policy.yml:3:5: unknown key `licences`',
        props: { file: 'policy.yml', startLine: 3, startColumn: 5, title: 'model-gate: configuration error' },
      },
      {
        level: 'error',
        message: formatErrorItem({ path: '/etc/model-gate/policy.yml', line: 1, message: 'outside the repository' }),
        props: undefined,
      },
      { level: 'error', message: 'a problem without a file', props: undefined },
    ]);
    expect(gh.checkRuns[0].conclusion).toBe('neutral');
  });

  it('the base cannot be read (GitHub keeps failing): a clear error', async () => {
    gh.fail({ method: 'GET', path: /pulls\/7\/files$/, status: 503 });
    const { rec, engine } = setup({});
    await runAction(rec.port, engine);
    expect(rec.failed[0]).toMatch(/^model-gate: cannot read the change through the GitHub API: GET .*: 503/);
    expect(rec.checks).toHaveLength(0);
  });
});

describe('never pass what was not seen', () => {
  it('no checkout in the workspace: one line saying what to do, a failed check run, exit code 2', async () => {
    rmSync(join(dir, '.git'), { recursive: true, force: true });
    const { rec, engine } = setup({});
    const outcome = await runAction(rec.port, engine);
    expect(rec.failed).toEqual([
      'model-gate: no checkout of acme/app in the workspace; add actions/checkout before model-gate (or set path:)',
    ]);
    expect(outcome).toMatchObject({ failed: true, exitCode: 2 });
    expect(rec.checks).toHaveLength(0);
    expect(gh.checkRuns[0]).toMatchObject({ conclusion: 'failure', output: { title: 'Configuration error' } });
    expect(rec.outputs.verdict).toBeUndefined();
  });

  it('a checkout in a subfolder with path left at "."; and an empty checkout', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'mg-ws-'));
    const sub = join(ws, 'app');
    mkdirSync(sub);
    sh(sub, ['init', '-q']);
    writeFileSync(join(sub, 'models.yaml'), 'models: []\n');
    sh(sub, ['add', '-A']);
    sh(sub, ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'init']);
    const { rec, engine } = setup({ payload: prWithHead(sh(sub, ['rev-parse', 'HEAD'])) });
    (rec.port.env as Record<string, string>).GITHUB_WORKSPACE = ws;
    await runAction(rec.port, engine);
    expect(rec.failed[0]).toMatch(/^model-gate: no checkout of acme\/app in the workspace; add actions\/checkout/);
    // With `path: app` it is found, and the check reads that folder.
    const ok = setup({ inputs: { path: 'app' }, payload: prWithHead(sh(sub, ['rev-parse', 'HEAD'])) });
    (ok.rec.port.env as Record<string, string>).GITHUB_WORKSPACE = ws;
    await runAction(ok.rec.port, ok.engine);
    expect(ok.rec.checks[0].root).toBe(sub);
    // A work tree with no files is no checkout either.
    const empty = join(ws, 'empty');
    mkdirSync(empty);
    sh(empty, ['init', '-q']);
    const e = setup({ inputs: { path: 'empty' } });
    (e.rec.port.env as Record<string, string>).GITHUB_WORKSPACE = ws;
    await runAction(e.rec.port, e.engine);
    expect(e.rec.failed[0]).toMatch(/^model-gate: no checkout of acme\/app in the workspace at path "empty"/);
    rmSync(ws, { recursive: true, force: true });
  });

  it('a closed pull request: nothing is checked, nothing is posted', async () => {
    const payload = { action: 'closed', ...structuredClone(PR_EVENT) };
    (payload.pull_request as Record<string, unknown>).state = 'closed';
    const { rec, engine } = setup({ payload });
    const outcome = await runAction(rec.port, engine);
    expect(outcome).toMatchObject({ skipped: 'pull request #7 is closed', failed: false, exitCode: 0 });
    expect(rec.checks).toHaveLength(0);
    expect(gh.requests).toHaveLength(0);
  });

  it('a draft pull request gets the check run; its comment follows `comment`', async () => {
    const payload = structuredClone(PR_EVENT);
    (payload.pull_request as Record<string, unknown>).draft = true;
    const { rec, engine } = setup({ payload, inputs: { comment: 'never' } });
    const outcome = await runAction(rec.port, engine);
    expect(gh.checkRuns).toHaveLength(1);
    expect(outcome.comment).toBe('skipped');
    expect(gh.commentsOn(7)).toHaveLength(0);
  });

  it('files the run could not see and a Hub that did not answer: counted in the check run, comment and summary; never "All clear"', async () => {
    gh.pullFiles.set(7, [{ filename: 'models.yaml', status: 'modified', patch: '@@ -1 +1 @@\n-a\n+models: []' }]);
    const payload = structuredClone(PR_EVENT);
    (payload.pull_request as Record<string, unknown>).changed_files = 3350;
    const report = makeReport([model({ license: 'apache-2.0' })], {
      base: 'base111',
      not_scanned: [{ path: 'vendor/huge.py', reason: 'larger than 1 MiB (2000000 bytes)' }],
    });
    const { rec, engine } = setup({ payload, report, inputs: { hub: 'true' } });
    engine.createResolver = () => ({
      resolve: (id) => Promise.resolve({ ok: false, id, reason: 'error', message: 'timeout' }),
    });
    engine.check = async (o) => {
      await o.resolver!.resolve('org/unknown');
      return report;
    };
    await runAction(rec.port, engine);
    const run = gh.checkRuns[0];
    expect(run.conclusion).toBe('neutral');
    expect(run.output?.title).toBe('Passed, but not everything was seen');
    expect(run.output?.summary).toContain(
      'Not everything was seen: 3,349 changed files not listed by the API, 1 file not scanned, 1 model the Hugging Face Hub did not answer for.',
    );
    for (const text of [gh.commentsOn(7)[0].body, rec.summary.join('')]) {
      expect(text).not.toMatch(/all clear/i);
      expect(text).toContain("3,349 changed files past the GitHub API's listing limit were not seen");
      expect(text).toContain('the Hugging Face Hub did not answer for 1 model');
    }
  });
});

describe('trust: what a pull request cannot control', () => {
  it('a `cache` path inside the workspace is not used: the Hub cache lives under RUNNER_TEMP', async () => {
    writeFileSync(
      join(dir, '.model-gate-cache.json'),
      '{"version":1,"entries":{"evil/model":{"license":"apache-2.0"}}}',
    );
    const { rec, engine } = setup({ inputs: { hub: 'true', cache: '.model-gate-cache.json' } });
    (rec.port.env as Record<string, string>).RUNNER_TEMP = join(dir, '..', `runner-temp-${Date.now()}`);
    await runAction(rec.port, engine);
    const temp = rec.port.env.RUNNER_TEMP!;
    expect(rec.resolvers[0].cachePath).toBe(join(temp, 'model-gate', 'hub-cache.json'));
    expect(
      rec.logs.some((l) => l.level === 'warning' && /input `cache`: .* is inside the workspace/.test(l.message)),
    ).toBe(true);
    // `true` and an absolute path outside the workspace (for actions/cache) are used as they are.
    const t = setup({ inputs: { hub: 'true', cache: 'true' } });
    (t.rec.port.env as Record<string, string>).RUNNER_TEMP = temp;
    await runAction(t.rec.port, t.engine);
    expect(t.rec.resolvers[0].cachePath).toBe(join(temp, 'model-gate', 'hub-cache.json'));
    const outside = join(temp, 'elsewhere.json');
    const a = setup({ inputs: { hub: 'true', cache: outside } });
    await runAction(a.rec.port, a.engine);
    expect(a.rec.resolvers[0].cachePath).toBe(outside);
    const none = setup({ inputs: { hub: 'true' } });
    await runAction(none.rec.port, none.engine);
    expect(none.rec.resolvers[0].cachePath).toBeUndefined();
    rmSync(temp, { recursive: true, force: true });
  });

  it('pull_request_target: a manifest over 1 MiB at the head is an error, as on pull_request', async () => {
    const big = 'models:\n' + '  - id: org/m\n'.repeat(80_000);
    gh.setFile('head222', 'models.yaml', big);
    gh.pullFiles.set(7, [{ filename: 'models.yaml', status: 'modified' }]);
    const { rec, engine } = setup({ event: 'pull_request_target', payload: prWithHead('head222') });
    const outcome = await runAction(rec.port, engine);
    expect(rec.failed).toEqual([`models.yaml:1:1: cannot read the manifest: larger than 1 MiB (${big.length} bytes)`]);
    expect(outcome.exitCode).toBe(2);
    expect(rec.checks).toHaveLength(0);
  });

  it("pull_request_target: the head's .gitignore is not written; the base's is", async () => {
    writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
    gh.setFile('head222', '.gitignore', '*.py\n');
    gh.setFile('head222', 'app/x.py', 'pipeline("new/model")\n');
    gh.pullFiles.set(7, [
      { filename: '.gitignore', status: 'modified' },
      { filename: 'app/x.py', status: 'added' },
    ]);
    const { rec, engine } = setup({ event: 'pull_request_target', payload: prWithHead('head222') });
    await runAction(rec.port, engine);
    const root = rec.checks[0].root;
    expect(readFileSync(join(root, '.gitignore'), 'utf8')).toBe('node_modules/\n');
    expect(readFileSync(join(root, 'app/x.py'), 'utf8')).toBe('pipeline("new/model")\n');
    expect(gh.requests.some((r) => r.path.endsWith('/.gitignore'))).toBe(false);
  });
});

describe('output writes that fail lose nothing', () => {
  it('a directory as sarif-file and an unwritable GITHUB_OUTPUT: check run, comment and summary first, then one error each; audit exits 0', async () => {
    mkdirSync(join(dir, 'gate.sarif'));
    const { rec, engine } = setup({ inputs: { mode: 'audit', 'sarif-file': 'gate.sarif' } });
    rec.port.setOutput = () => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    const outcome = await runAction(rec.port, engine);
    expect(gh.checkRuns).toHaveLength(1);
    expect(gh.commentsOn(7)).toHaveLength(1);
    expect(rec.summary.join('')).toContain('### Blocked');
    const errors = rec.logs.filter((l) => l.level === 'error').map((l) => l.message);
    expect(errors[0]).toBe('model-gate: SARIF: cannot write gate.sarif: it is a directory; give the path of a file');
    expect(errors.filter((e) => /^model-gate: output \S+: ENOSPC/.test(e))).toHaveLength(6);
    expect(outcome).toMatchObject({ failed: false, exitCode: 0 });
    expect(rec.failed).toEqual([]);
  });

  it('in enforce mode a pass with a failed write fails the step with exit code 2; output paths under /proc, a FIFO or a link do not hang or escape', async () => {
    const { rec, engine } = setup({
      inputs: { 'sarif-file': '/proc/self/fd/0', 'bom-file': 'link.json' },
      report: makeReport([model({ license: 'apache-2.0' })], { base: 'base111' }),
    });
    writeFileSync(join(dir, 'target.txt'), 'keep');
    symlinkSync(join(dir, 'target.txt'), join(dir, 'link.json'));
    const outcome = await runAction(rec.port, engine);
    const errors = rec.logs.filter((l) => l.level === 'error').map((l) => l.message);
    expect(errors).toEqual([
      'model-gate: SARIF: cannot write /proc/self/fd/0: a path under /proc is not a file to write',
      'model-gate: CycloneDX AI-BOM: cannot write link.json: it is a symbolic link',
    ]);
    // A FIFO nobody reads (opening it for writing would wait forever).
    execFileSync('mkfifo', [join(dir, 'gate.sarif')]);
    const fifo = setup({ inputs: { 'sarif-file': 'gate.sarif', mode: 'audit' } });
    await runAction(fifo.rec.port, fifo.engine);
    expect(fifo.rec.logs.filter((l) => l.level === 'error').map((l) => l.message)).toEqual([
      'model-gate: SARIF: cannot write gate.sarif: it is not a regular file (a FIFO, socket or device)',
    ]);
    expect(readFileSync(join(dir, 'target.txt'), 'utf8')).toBe('keep');
    expect(outcome).toMatchObject({ failed: true, exitCode: 2 });
    expect(gh.checkRuns[0].conclusion).toBe('success');
  });
});

describe('errors at scale', () => {
  it('74,000 errors: the summary, check run and failure message list 50 and count the rest', async () => {
    const items = Array.from({ length: 74_000 }, (_, i) => ({
      path: 'policy.yml',
      line: i + 1,
      column: 1,
      message: `problem ${i}`,
    }));
    const { rec, engine } = setup({ error: new UserError(items) });
    const outcome = await runAction(rec.port, engine);
    const summary = rec.summary.join('');
    expect(Buffer.byteLength(summary)).toBeLessThan(10_000);
    expect(summary).toContain('… and 73,950 more problems');
    expect(rec.failed[0].split('\n')).toHaveLength(51);
    expect(gh.checkRuns[0].output!.summary!.length).toBeLessThan(10_000);
    expect(rec.logs.filter((l) => l.level === 'error')).toHaveLength(50);
    expect(outcome.exitCode).toBe(2);
  });
});

describe('rate limits', () => {
  it('a rate-limited check run is a warning that says so, not a missing permission', async () => {
    gh.fail({
      method: 'POST',
      path: /check-runs$/,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) },
      body: { message: 'API rate limit exceeded for installation ID 1.' },
    });
    const { rec, engine } = setup({});
    const outcome = await runAction(rec.port, engine);
    expect(outcome.missingPermissions).toEqual([]);
    expect(outcome.fallback).toBe(true);
    const w = rec.logs.filter((l) => l.level === 'warning' && !l.props).map((l) => l.message);
    expect(w.some((m) => /could not create the check run: .*rate limit exceeded \(resets at/.test(m))).toBe(true);
    expect(w.some((m) => /may not write/.test(m))).toBe(false);
  });
});

describe('dependency graph', () => {
  /** The documented body of POST /repos/{owner}/{repo}/dependency-graph/snapshots, as a JSON Schema. */
  const SNAPSHOT_SCHEMA = {
    type: 'object',
    required: ['version', 'sha', 'ref', 'job', 'detector', 'scanned'],
    additionalProperties: false,
    properties: {
      version: { type: 'integer' },
      sha: { type: 'string', minLength: 40, maxLength: 40 },
      ref: { type: 'string', pattern: '^refs/' },
      job: {
        type: 'object',
        required: ['id', 'correlator'],
        additionalProperties: false,
        properties: { id: { type: 'string' }, correlator: { type: 'string' }, html_url: { type: 'string' } },
      },
      detector: {
        type: 'object',
        required: ['name', 'version', 'url'],
        additionalProperties: false,
        properties: { name: { type: 'string' }, version: { type: 'string' }, url: { type: 'string' } },
      },
      scanned: { type: 'string', pattern: '^\\d{4}-\\d\\d-\\d\\dT' },
      metadata: { type: 'object', maxProperties: 8 },
      manifests: {
        type: 'object',
        additionalProperties: {
          type: 'object',
          required: ['name'],
          additionalProperties: false,
          properties: {
            name: { type: 'string' },
            file: { type: 'object', additionalProperties: false, properties: { source_location: { type: 'string' } } },
            metadata: { type: 'object', maxProperties: 8 },
            resolved: {
              type: 'object',
              additionalProperties: {
                type: 'object',
                additionalProperties: false,
                properties: {
                  package_url: { type: 'string', pattern: '^pkg' },
                  metadata: {
                    type: 'object',
                    maxProperties: 8,
                    additionalProperties: { type: ['string', 'number', 'boolean'] },
                  },
                  relationship: { enum: ['direct', 'indirect'] },
                  scope: { enum: ['runtime', 'development'] },
                  dependencies: { type: 'array', items: { type: 'string' } },
                },
              },
            },
          },
        },
      },
    },
  };

  it('submits the models as a snapshot shaped as documented', async () => {
    const report = makeReport([
      model({
        status: 'blocked',
        kind: 'hub',
        revision: 'e0bc86c23ce5aae1db576c8cca6f06f1f73af2db',
        findings: [finding()],
      }),
      model({
        id: 'ollama:llama3.1:8b',
        kind: 'ollama',
        declared: false,
        locations: [{ path: 'app/chat.py', line: 4 }],
      }),
    ]);
    const { rec, engine } = setup({
      event: 'push',
      payload: { after: HEAD, created: true },
      report,
      inputs: { 'dependency-graph': 'true' },
    });
    Object.assign(rec.port.env, { GITHUB_REF: 'refs/heads/main', GITHUB_WORKFLOW: 'CI', GITHUB_JOB: 'gate' });
    const outcome = await runAction(rec.port, engine);
    expect(gh.snapshots).toHaveLength(1);
    const body = gh.snapshots[0] as Record<string, unknown>;
    const validate = new Ajv2020({ strict: false }).compile(SNAPSHOT_SCHEMA);
    expect(validate(body) ? [] : validate.errors).toEqual([]);
    expect(body).toMatchObject({
      sha: HEAD,
      ref: 'refs/heads/main',
      job: { correlator: 'CI gate model-gate model-gate', id: '42' },
      detector: { name: 'model-gate', url: 'https://github.com/model-gate/model-gate' },
      manifests: {
        'models.yaml': {
          name: 'models.yaml',
          file: { source_location: 'models.yaml' },
          resolved: {
            'pkg:huggingface/meta-llama/Llama-3.1-8B-Instruct@e0bc86c23ce5aae1db576c8cca6f06f1f73af2db': {
              package_url: 'pkg:huggingface/meta-llama/Llama-3.1-8B-Instruct@e0bc86c23ce5aae1db576c8cca6f06f1f73af2db',
              relationship: 'direct',
              scope: 'runtime',
            },
          },
        },
        'app/chat.py': {
          resolved: {
            'pkg:generic/ollama/llama3.1@8b': { relationship: 'indirect', scope: 'runtime' },
          },
        },
      },
    });
    expect(outcome.snapshot?.result).toBe('SUCCESS');
  });

  it('without contents: write: a visible warning naming the permission, never a failure', async () => {
    gh.fail({
      method: 'POST',
      path: /dependency-graph\/snapshots$/,
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    const report = makeReport([model({ license: 'apache-2.0' })]);
    const { rec, engine } = setup({
      event: 'push',
      payload: { after: HEAD, created: true },
      report,
      inputs: { 'dependency-graph': 'true' },
    });
    (rec.port.env as Record<string, string>).GITHUB_REF = 'refs/heads/main';
    const outcome = await runAction(rec.port, engine);
    expect(outcome).toMatchObject({ failed: false, exitCode: 0, missingPermissions: ['contents: write'] });
    expect(
      rec.logs.some(
        (l) => l.level === 'warning' && /may not write contents: write .*permissions: contents: write/.test(l.message),
      ),
    ).toBe(true);
    expect(gh.checkRuns[0].conclusion).toBe('success');
  });
});

describe('limits', () => {
  it('the job summary stays under its byte limit, multi-byte text included', () => {
    const models = Array.from({ length: 3000 }, (_, i) =>
      model({ id: `org/模型-${i}`, status: 'warning', purpose: '日本語の説明 '.repeat(10), findings: [] }),
    );
    const md = summaryMarkdown(makeReport(models), {}, 200_000);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(200_000);
    expect(md).toContain('cut to fit');
  });

  it('workflow-command annotations are capped at 50', () => {
    const { rec } = setup({});
    const anns = Array.from({ length: 80 }, (_, i) => ({
      path: 'models.yaml',
      start_line: i + 1,
      end_line: i + 1,
      annotation_level: 'failure' as const,
      message: 'm',
      title: 't',
    }));
    expect(emitWorkflowAnnotations(rec.port, anns)).toBe(50);
    expect(rec.logs.filter((l) => l.level === 'error')).toHaveLength(50);
    expect(rec.logs.at(-1)?.message).toMatch(/30 more findings are listed in the job summary/);
  });
});
