import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
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
import { makeReport, model, sampleReport } from './reports.js';

let gh: FakeGitHub;
let dir: string;

beforeAll(async () => {
  gh = await FakeGitHub.start();
});
afterAll(() => gh.close());
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
});

interface Recorded {
  port: ActionPort;
  outputs: Record<string, string>;
  summary: string[];
  failed: string[];
  logs: { level: string; message: string; props?: AnnotationProperties }[];
  checks: CheckOptions[];
}

const PR_EVENT = {
  number: 7,
  pull_request: {
    number: 7,
    base: { sha: 'base111', ref: 'main', repo: { full_name: 'acme/app' } },
    head: { sha: 'head222', ref: 'feature', repo: { full_name: 'acme/app' } },
  },
};

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
  };
  const inputs: Record<string, string> = { token: 'ghs_token', hub: 'false', ...opts.inputs };
  const log = (level: string) => (message: string, props?: AnnotationProperties) =>
    rec.logs.push({ level, message, props });
  rec.port = {
    getInput: (n) => inputs[n] ?? '',
    env: {
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_SHA: 'merge000',
      GITHUB_WORKSPACE: dir,
      RUNNER_TEMP: dir,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '42',
      GITHUB_API_URL: gh.url,
    },
    eventName: opts.event ?? 'pull_request',
    payload: opts.payload ?? PR_EVENT,
    debug: log('debug'),
    info: log('info'),
    warning: log('warning'),
    error: log('error'),
    notice: log('notice'),
    setOutput: (n, v) => (rec.outputs[n] = v),
    setSecret: () => {},
    writeSummary: async (md) => void rec.summary.push(md),
    setFailed: (m) => void rec.failed.push(m),
    github: (token) =>
      new OctokitApi(
        createOctokit({ token, baseUrl: gh.url, env: { MODEL_GATE_GITHUB_RETRY_BASE_MS: '1' } }),
      ),
  };
  const engine: Engine = {
    loadPolicy: async () => {
      if (opts.error) throw opts.error;
      return {
        name: 'acme-production',
        chain: ['policy.yml'],
        governance: { overridable: [], local_exceptions: true },
      } as unknown as Policy;
    },
    loadCatalog: () => ({}) as Catalog,
    check: async (o) => {
      rec.checks.push(o);
      return opts.report ?? sampleReport();
    },
    createResolver: () => ({
      resolve: async (id) => ({ ok: false, id, reason: 'offline', message: 'offline' }),
    }),
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
      head_sha: 'head222',
      conclusion: 'failure',
      details_url: 'https://github.com/acme/app/actions/runs/42',
    });
    expect(run.annotations).toHaveLength(5);
    expect(gh.commentsOn(7)).toHaveLength(1);
    expect(
      gh
        .commentsOn(7)[0]
        .body.startsWith('<!-- model-gate:model-gate -->\n## ❌ model-gate: 1 model blocked'),
    ).toBe(true);

    expect(rec.outputs).toEqual({
      verdict: 'fail',
      blocked: '1',
      warnings: '1',
      report: join(dir, 'model-gate-model-gate.json'),
    });
    expect(JSON.parse(readFileSync(rec.outputs.report, 'utf8')).verdict).toBe('fail');
    expect(readFileSync(join(dir, 'out/model-gate.sarif'), 'utf8')).toBe('{"version":"2.1.0"}');
    expect(readFileSync(join(dir, 'out/ai-bom.json'), 'utf8')).toBe('{"bomFormat":"CycloneDX"}');
    expect(rec.summary.join('')).toContain('### Models added or changed');
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
    expect(warnings[0].message).toMatch(/may not write checks: write or pull-requests: write \(HTTP 403\)/);
    expect(warnings[0].message).toMatch(/forks get a read-only token/);
    expect(rec.summary.join('')).toContain('[!WARNING]');
    expect(rec.failed).toHaveLength(1);
  });

  it('audit mode: neutral check run, the step does not fail', async () => {
    const { rec, engine } = setup({ inputs: { mode: 'audit' } });
    const outcome = await runAction(rec.port, engine);
    expect(gh.checkRuns[0].conclusion).toBe('neutral');
    expect(gh.checkRuns[0].output?.title).toBe('1 model blocked (audit mode)');
    expect(rec.failed).toEqual([]);
    expect(outcome.failed).toBe(false);
    expect(
      rec.logs.some((l) => l.level === 'warning' && /audit mode: the step does not fail/.test(l.message)),
    ).toBe(true);
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
    const { rec, engine } = setup({ event: 'pull_request_target' });
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
    const { rec, engine } = setup({ event: 'push', payload: { after: 'merge000' }, report });
    const outcome = await runAction(rec.port, engine);
    expect(rec.checks[0].base).toBeUndefined();
    expect(gh.checkRuns[0]).toMatchObject({ head_sha: 'merge000', conclusion: 'success' });
    expect(outcome.comment).toBeUndefined();
    expect(gh.requestsTo('GET', /comments/)).toEqual([]);
  });

  it('a user error: the message without a stack, a failed check run saying so', async () => {
    const { rec, engine } = setup({
      error: new UserError({ path: 'policy.yml', line: 3, column: 5, message: 'unknown key `licences`' }),
    });
    const outcome = await runAction(rec.port, engine);
    expect(rec.failed).toEqual(['policy.yml:3:5: unknown key `licences`']);
    expect(outcome.failed).toBe(true);
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
      head_sha: 'head222',
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
      head_sha: 'merge000',
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
    expect(rec.failed[0]).toMatch(
      /^model-gate: cannot read the pull request's base through the GitHub API: GET .*: 503/,
    );
    expect(rec.checks).toHaveLength(0);
  });
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
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
