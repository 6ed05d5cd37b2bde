/**
 * End to end: runs the action bundled from the current src/ (ACTION_BUNDLE, built by jest's globalSetup) exactly as
 * a runner runs dist/index.js, against the fake GitHub API, and asserts the requests it makes.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '../../src/core/types.js';
import { ACTION_BUNDLE } from '../helpers/bundle.js';
import { FakeGitHub } from '../helpers/fake-github.js';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(here, '..', '..');
const FIXTURE = join(ROOT, '__tests__', 'fixtures', 'action', 'repo');
const BASE_MANIFEST = `models:
  - id: mistralai/Mistral-7B-Instruct-v0.3
    revision: e0bc86c23ce5aae1db576c8cca6f06f1f73af2db
    purpose: support chat assistant
`;
const MARKER = '<!-- model-gate:model-gate -->';

let gh: FakeGitHub;
let tmp: string;

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  report?: Report;
}

function prEvent(over: { headRepo?: string } = {}) {
  return {
    action: 'synchronize',
    number: 7,
    pull_request: {
      number: 7,
      base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: 'acme/app' } },
      head: { sha: 'h'.repeat(40), ref: 'feature', repo: { full_name: over.headRepo ?? 'acme/app' } },
    },
    repository: { full_name: 'acme/app', name: 'app', owner: { login: 'acme' } },
  };
}

/** A workspace: the fixture repository, optionally with another manifest. */
function workspace(manifest?: string): string {
  const ws = mkdtempSync(join(tmp, 'ws-'));
  cpSync(FIXTURE, ws, { recursive: true });
  if (manifest !== undefined) writeFileSync(join(ws, 'models.yaml'), manifest);
  return ws;
}

/** GITHUB_OUTPUT's `name<<delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]] = m[3];
  return out;
}

async function runBundle(opts: {
  event: string;
  payload: unknown;
  ws: string;
  inputs?: Record<string, string>;
}): Promise<RunResult> {
  const run = mkdtempSync(join(tmp, 'run-'));
  const eventPath = join(run, 'event.json');
  writeFileSync(eventPath, JSON.stringify(opts.payload));
  const outputFile = join(run, 'output');
  const summaryFile = join(run, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const runnerTemp = join(run, 'temp');
  mkdirSync(runnerTemp);
  const inputs: Record<string, string> = { token: 'ghs_faketoken', hub: 'false', ...opts.inputs };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: opts.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_SHA: 'm'.repeat(40),
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKSPACE: opts.ws,
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    MODEL_GATE_GITHUB_RETRY_BASE_MS: '2',
  };
  // @actions/core reads INPUT_<NAME> upper-cased with spaces as underscores and dashes kept.
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  const child = spawn(process.execPath, [ACTION_BUNDLE], { cwd: opts.ws, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((res) => child.on('close', res));
  const outputs = parseOutputs(readFileSync(outputFile, 'utf8'));
  const report =
    outputs.report && existsSync(outputs.report)
      ? (JSON.parse(readFileSync(outputs.report, 'utf8')) as Report)
      : undefined;
  return { code, stdout, stderr, outputs, summary: readFileSync(summaryFile, 'utf8'), report };
}

function allFindings(report: Report) {
  return report.models.flatMap((m) => m.findings.map((f) => ({ model: m, f })));
}

beforeAll(async () => {
  gh = await FakeGitHub.start();
  tmp = mkdtempSync(join(tmpdir(), 'mg-e2e-'));
});

afterAll(async () => {
  await gh?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

beforeEach(() => {
  gh.clearRequests();
  gh.failures.length = 0;
  gh.checkRuns.length = 0;
  gh.issueComments.length = 0;
  gh.contents.clear();
  gh.pullFiles.clear();
  gh.setFile('b'.repeat(40), 'models.yaml', BASE_MANIFEST);
  gh.pullFiles.set(7, [
    {
      filename: 'models.yaml',
      status: 'modified',
      patch:
        '@@ -2,3 +2,8 @@ models:\n   - id: mistralai/Mistral-7B-Instruct-v0.3\n     revision: e0bc86c23ce5aae1db576c8cca6f06f1f73af2db\n     purpose: support chat assistant\n+  - id: black-forest-labs/FLUX.1-dev\n+    revision: 0ef5fff789c832c5c7f4e127f94c8b54bbcced44\n+    purpose: marketing images\n+  - id: acme/in-house-classifier\n+    purpose: ticket triage',
    },
  ]);
});

describe('the action bundle on a pull request', () => {
  it('creates a check run on the head with annotations at the right lines, comments once, fails the step; a rerun updates the comment', async () => {
    const ws = workspace();
    const first = await runBundle({ event: 'pull_request', payload: prEvent(), ws });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(1);
    expect(first.outputs.verdict).toBe('fail');
    expect(Number(first.outputs.blocked)).toBeGreaterThanOrEqual(1);
    expect(first.outputs.report.startsWith(join(tmp, 'run-'))).toBe(true);
    const report = first.report!;
    expect(report.base).toBe('b'.repeat(40));

    // The base side was read through the API, at the base sha.
    const contents = gh.requestsTo('GET', /\/contents\/models\.yaml$/);
    expect(contents.map((r) => r.query.ref)).toEqual(['b'.repeat(40)]);
    expect(gh.requestsTo('GET', /\/pulls\/7\/files$/)).toHaveLength(1);

    // Only what the PR adds counts: Mistral is existing, FLUX.1-dev (line 5) is new and blocked.
    const byId = new Map(report.models.map((m) => [m.id.toLowerCase(), m]));
    expect(byId.get('mistralai/mistral-7b-instruct-v0.3')?.new).toBe(false);
    const flux = byId.get('black-forest-labs/flux.1-dev')!;
    expect(flux).toMatchObject({ new: true, status: 'blocked' });

    // The check run: on the PR head, failure, one annotation per finding at its line.
    expect(gh.checkRuns).toHaveLength(1);
    const run = gh.checkRuns[0];
    expect(run).toMatchObject({
      name: 'model-gate',
      head_sha: 'h'.repeat(40),
      status: 'completed',
      conclusion: 'failure',
    });
    const findings = allFindings(report);
    expect(run.annotations).toHaveLength(findings.length);
    for (const { model, f } of findings) {
      expect(run.annotations).toContainEqual(
        expect.objectContaining({
          path: f.path,
          start_line: f.line,
          title: expect.stringContaining(`${model.id}: ${f.rule}`),
        }),
      );
    }
    const fluxBlock = run.annotations.filter(
      (a) => a.title?.startsWith('black-forest-labs/FLUX.1-dev') && a.annotation_level === 'failure',
    );
    expect(fluxBlock.length).toBeGreaterThan(0);
    for (const a of fluxBlock) expect([a.path, a.start_line]).toEqual(['models.yaml', 5]);
    expect(run.batches.every((n) => n <= 50)).toBe(true);

    // One comment, verdict first.
    const comments = gh.commentsOn(7);
    expect(comments).toHaveLength(1);
    expect(comments[0].body.startsWith(`${MARKER}\n## ❌ model-gate:`)).toBe(true);
    expect(comments[0].body).toContain('<code>black-forest-labs/FLUX.1-dev</code>');
    expect(comments[0].body).toContain('```yaml\nexceptions:');
    expect(comments[0].body).toContain('[job summary](https://github.com/acme/app/actions/runs/4242)');
    expect(gh.requestsTo('POST', /\/issues\/7\/comments$/)).toHaveLength(1);

    // Job summary and the failure message.
    expect(first.summary).toContain('## ❌ model-gate:');
    expect(first.stdout).toMatch(/^::error::model-gate: \d+ models? blocked by policy default: /m);

    // Second run, after the PR drops FLUX: the same comment is updated into an all clear.
    gh.clearRequests();
    writeFileSync(join(ws, 'models.yaml'), BASE_MANIFEST);
    gh.pullFiles.set(7, []);
    const second = await runBundle({ event: 'pull_request', payload: prEvent(), ws });
    expect(second.code).toBe(0);
    expect(second.outputs.verdict).toBe('pass');
    expect(gh.requestsTo('POST', /\/issues\/7\/comments$/)).toHaveLength(0);
    expect(gh.requestsTo('PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(1);
    expect(gh.commentsOn(7)).toHaveLength(1);
    expect(gh.commentsOn(7)[0].body.startsWith(`${MARKER}\n## ✅ model-gate: all clear`)).toBe(true);
    expect(gh.checkRuns[1].conclusion).toBe('success');
  });

  it('a fork (403 on checks and comments): workflow-command annotations, one warning naming the permissions, exit code still blocks', async () => {
    gh.forbidChecks();
    gh.forbidComments();
    const r = await runBundle({
      event: 'pull_request',
      payload: prEvent({ headRepo: 'mallory/app' }),
      ws: workspace(),
    });
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    expect(gh.checkRuns).toHaveLength(0);
    expect(r.stdout).toMatch(
      /^::error title=black-forest-labs\/FLUX\.1-dev%3A [^\n]*,file=models\.yaml,line=5::/m,
    );
    const warnings = r.stdout.split('\n').filter((l) => l.startsWith('::warning::'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/the token may not write checks: write or pull-requests: write \(HTTP 403\)/);
    expect(r.summary).toContain('[!WARNING]');
    expect(r.summary).toContain('## ❌ model-gate:');
  });

  it('audit mode: neutral check run, the step passes; SARIF and the AI-BOM are written', async () => {
    const ws = workspace();
    const r = await runBundle({
      event: 'pull_request',
      payload: prEvent(),
      ws,
      inputs: { mode: 'audit', 'sarif-file': 'out/gate.sarif', 'bom-file': 'out/ai-bom.json' },
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(ws, 'out', 'gate.sarif'), 'utf8')).version).toBe('2.1.0');
    const bom = JSON.parse(readFileSync(join(ws, 'out', 'ai-bom.json'), 'utf8'));
    expect(bom).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.6' });
    expect(bom.components.every((c: { type: string }) => c.type === 'machine-learning-model')).toBe(true);
    expect(r.outputs.verdict).toBe('fail');
    expect(gh.checkRuns[0].conclusion).toBe('neutral');
    expect(r.stdout).not.toMatch(/^::error::/m);
  });

  it('escapes hostile model ids and purposes in the comment', async () => {
    const hostile = [
      'models:',
      '  - id: acme/<script>alert(1)</script>',
      '    purpose: "<img src=x onerror=alert(1)> @everyone | pipe\\nnew line [x](javascript:alert(1))"',
      '  - id: "@everyone/x|y"',
      '  - id: "[x](javascript:alert(1))"',
      '  - id: acme/#1',
      '',
    ].join('\n');
    gh.pullFiles.set(7, [{ filename: 'models.yaml', status: 'modified' }]);
    const r = await runBundle({
      event: 'pull_request',
      payload: prEvent(),
      ws: workspace(hostile),
      inputs: { comment: 'always' },
    });
    expect(r.stderr).toBe('');
    const body = gh.commentsOn(7)[0].body;
    expect(body.length).toBeLessThan(65_536);
    expect(body).not.toMatch(/<script|<img/i);
    expect(body).not.toMatch(/@everyone/);
    expect(body).toContain('@\u200deveryone');
    const prose = body.replace(/```yaml\n[\s\S]*?```/g, '');
    expect(prose).not.toMatch(/(^|[^\\])\]\(javascript:/m);
    for (const t of body.match(/<\/?([a-z]+)[^>]*>/gi) ?? [])
      expect(t).toMatch(/^<\/?(code|details|summary|sub|br)>$/);
    for (const row of body.split('\n').filter((l) => l.startsWith('|')))
      expect(row.split('|').length).toBe(7);
    // The check run's text is escaped the same way.
    expect(gh.checkRuns[0].output?.text ?? '').not.toMatch(/<script|<img/i);
  });
});

describe('the action bundle on pull_request_target', () => {
  it('never uses the checkout for the PR side: reads the head manifest through the API', async () => {
    // The workspace is the base branch (what actions/checkout gives on pull_request_target).
    const ws = workspace(BASE_MANIFEST);
    gh.setFile('h'.repeat(40), 'models.yaml', readFileSync(join(FIXTURE, 'models.yaml'), 'utf8'));
    const r = await runBundle({
      event: 'pull_request_target',
      payload: prEvent({ headRepo: 'mallory/app' }),
      ws,
    });
    expect(r.code).toBe(1);
    const refs = gh.requestsTo('GET', /\/contents\/models\.yaml$/).map((q) => q.query.ref);
    expect(refs.sort()).toEqual(['b'.repeat(40), 'h'.repeat(40)].sort());
    const flux = r.report!.models.find((m) => m.id === 'black-forest-labs/FLUX.1-dev')!;
    expect(flux).toMatchObject({
      new: true,
      status: 'blocked',
      locations: [{ path: 'models.yaml', line: 5 }],
    });
    expect(gh.checkRuns[0]).toMatchObject({ head_sha: 'h'.repeat(40), conclusion: 'failure' });
    expect(gh.commentsOn(7)).toHaveLength(1);
    // The workspace (base branch) is untouched.
    expect(readFileSync(join(ws, 'models.yaml'), 'utf8')).toBe(BASE_MANIFEST);
  });
});

describe('the action bundle against a flaky GitHub', () => {
  it('retries 5xx and waits out secondary rate limits (Octokit retry and throttling plugins)', async () => {
    gh.secondaryRateLimit('POST', /\/check-runs$/, 1, 1);
    gh.fail({ method: 'POST', path: /\/issues\/7\/comments$/, status: 500, times: 1 });
    gh.fail({ method: 'GET', path: /\/pulls\/7\/files$/, status: 502, times: 2 });
    const r = await runBundle({ event: 'pull_request', payload: prEvent(), ws: workspace() });
    expect(r.code).toBe(1);
    expect(gh.requestsTo('GET', /\/pulls\/7\/files$/)).toHaveLength(3);
    expect(gh.requestsTo('POST', /\/check-runs$/)).toHaveLength(2);
    expect(gh.requestsTo('POST', /\/issues\/7\/comments$/)).toHaveLength(2);
    expect(gh.checkRuns).toHaveLength(1);
    expect(gh.commentsOn(7)).toHaveLength(1);
    expect(r.stdout).toMatch(
      /^::warning::GitHub secondary rate limit on POST [^\n]*check-runs; retrying in 1 s$/m,
    );
  });
});

describe('the action bundle on push', () => {
  it('delivers 120+ findings as annotations in batches of at most 50', async () => {
    const lines = ['models:'];
    for (let i = 0; i < 45; i++) lines.push(`  - id: unknown-org-${i}/model-${i}`);
    const r = await runBundle({
      event: 'push',
      payload: { after: 'm'.repeat(40) },
      ws: workspace(lines.join('\n') + '\n'),
    });
    expect(r.code).toBe(1);
    const total = allFindings(r.report!).length;
    expect(total).toBeGreaterThanOrEqual(120);
    const run = gh.checkRuns[0];
    expect(run.head_sha).toBe('m'.repeat(40));
    expect(run.annotations).toHaveLength(total);
    expect(run.batches.every((n) => n <= 50 && n > 0)).toBe(true);
    expect(run.batches).toHaveLength(Math.ceil(total / 50));
    expect(gh.requestsTo('POST', /\/check-runs$/)).toHaveLength(1);
    expect(gh.requestsTo('PATCH', /\/check-runs\/\d+$/)).toHaveLength(Math.ceil(total / 50) - 1);
    // Manifest lines: entry i is on line i + 2 (app/chat.py also loads an undeclared model).
    const manifestAnns = run.annotations.filter((a) => a.title?.startsWith('unknown-org-'));
    for (const a of manifestAnns) {
      const i = Number(/^unknown-org-(\d+)\//.exec(a.title!)![1]);
      expect([a.path, a.start_line]).toEqual(['models.yaml', i + 2]);
    }
    expect(new Set(manifestAnns.map((a) => a.start_line)).size).toBe(45);
    // No PR: no comment.
    expect(gh.requestsTo('GET', /comments/)).toHaveLength(0);
  });

  it('a bad policy: the file:line:col message, no stack trace, exit code 1', async () => {
    const ws = workspace();
    writeFileSync(join(ws, 'policy.yml'), 'version: 1\nlicences:\n  deny: [mit]\n');
    const r = await runBundle({ event: 'push', payload: {}, ws, inputs: { policy: 'policy.yml' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error::[^\n]*policy\.yml:2:1: /m);
    // Each problem is also an annotation of the policy file at its line and column.
    expect(r.stdout).toMatch(
      /^::error title=model-gate%3A configuration error,file=policy\.yml,line=2,col=1::policy\.yml:2:1: /m,
    );
    expect(r.stdout).not.toMatch(/\n\s+at .*\.js:\d+/);
    expect(gh.checkRuns[0]).toMatchObject({
      conclusion: 'failure',
      output: { title: 'Configuration error' },
    });
  });

  it('bad input values: a Configuration error check run, every problem, no stack trace, exit code 1', async () => {
    const r = await runBundle({
      event: 'push',
      payload: {},
      ws: workspace(),
      inputs: { mode: 'strict', comment: 'sometimes', scan: 'maybe' },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(
      '::error::input `mode`: expected one of enforce, audit, got "strict"%0Ainput `comment`: expected one of auto, always, never, got "sometimes"%0Ainput `scan`: expected true or false, got "maybe"',
    );
    expect(r.stdout).not.toMatch(/\n\s+at .*\.js:\d+/);
    expect(r.outputs.verdict).toBeUndefined();
    expect(gh.checkRuns).toHaveLength(1);
    expect(gh.checkRuns[0]).toMatchObject({
      name: 'model-gate',
      head_sha: 'm'.repeat(40),
      conclusion: 'failure',
      output: { title: 'Configuration error' },
    });
    expect(gh.checkRuns[0].output?.summary).toContain('got "strict"');
  });

  it('a remote policy GitHub does not answer for: says the API could not be reached, not a 500', async () => {
    gh.fail({ method: 'GET', path: /\/repos\/acme\/\.github\/contents\//, status: 0, drop: true });
    const r = await runBundle({
      event: 'push',
      payload: {},
      ws: workspace(),
      inputs: { policy: 'acme/.github/policies/org.yml@main' },
    });
    expect(r.code).toBe(1);
    const error = r.stdout.split('\n').find((l) => l.startsWith('::error::'));
    expect(error).toMatch(
      new RegExp(
        `^::error::acme/\\.github/policies/org\\.yml@main(:1:1)?: cannot read policy acme/\\.github/policies/org\\.yml@main: could not reach the GitHub API at ${gh.url.replace(/\./g, '\\.')} \\(.+\\)$`,
      ),
    );
    expect(error).not.toMatch(/\b500\b/);
    expect(gh.requestsTo('GET', /\/contents\/policies\/org\.yml$/)).toHaveLength(4);
    expect(gh.checkRuns[0]).toMatchObject({ conclusion: 'failure', output: { title: 'Configuration error' } });
  });
});
