/**
 * End to end: runs the action bundled from the current src/ (ACTION_BUNDLE, built by jest's globalSetup; never the
 * committed dist/) exactly as a runner runs `node dist/index.js` (GITHUB_* and INPUT_*
 * variables, an event file shaped like GitHub's webhook payloads, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY) against the
 * fake GitHub API, on workspaces that are real git checkouts made the way actions/checkout makes them (shallow,
 * from an `origin` that is a local bare repository), and asserts what it posts.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import type { Log } from 'sarif';
import type { Report } from '../../src/core/types.js';
import { ACTION_BUNDLE } from '../helpers/bundle.js';
import { CONTRACT_INPUTS } from '../helpers/contract.js';
import { FakeGitHub, type FakePullFile } from '../helpers/fake-github.js';
import { startFakeHub, type FakeHub } from '../helpers/fake-hub.js';
import { GitRepo, sh } from '../helpers/git-repo.js';
import { mergeGroupPayload, pullRequestPayload, pushPayload, schedulePayload } from '../helpers/payloads.js';
import { cycloneDxJson } from '../helpers/bom.js';

// Each test runs the built action one to three times as a runner would (a second or two each on an idle machine); a
// loaded 2-core runner takes several times that, over jest's 30 s.
jest.setTimeout(120_000);

const MARKER = '<!-- model-gate:model-gate -->';

const BASE_MANIFEST = `# The AI models this service depends on.
models:
  - id: mistralai/Mistral-7B-Instruct-v0.3
    revision: e0bc86c23ce5aae1db576c8cca6f06f1f73af2db
    license: apache-2.0
    purpose: support chat assistant
`;
const CHAT_PY = `from transformers import pipeline

# The assistant's model, declared in models.yaml.
chat = pipeline("text-generation", model="mistralai/Mistral-7B-Instruct-v0.3", revision="e0bc86c23ce5aae1db576c8cca6f06f1f73af2db")
`;
const FLUX = `  - id: black-forest-labs/FLUX.1-dev
    revision: 0ef5fff789c832c5c7f4e127f94c8b54bbcced44
    purpose: marketing images
`;

let gh: FakeGitHub;
let tmp: string;
/** One repository for the tests of a plain pull request: `main`, and a branch `f` adding FLUX, merged as PR #7. */
let simple: { repo: GitRepo; base: string; head: string; merge: string };

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  report?: Report;
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
  sha: string;
  ref?: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
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
    GITHUB_SHA: opts.sha,
    GITHUB_REF: opts.ref ?? 'refs/heads/main',
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKFLOW: 'model-gate',
    GITHUB_JOB: 'gate',
    GITHUB_WORKSPACE: opts.ws,
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    MODEL_GATE_GITHUB_RETRY_BASE_MS: '2',
    GIT_CONFIG_NOSYSTEM: '1',
    ...opts.env,
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

/** A repository with `main` holding the base files. */
function newRepo(
  files: Record<string, string> = {
    'models.yaml': BASE_MANIFEST,
    'app/chat.py': CHAT_PY,
    'README.md': '# Support chat\n',
  },
): GitRepo {
  return GitRepo.create(mkdtempSync(join(tmp, 'repo-')), files);
}

function ws(): string {
  return join(mkdtempSync(join(tmp, 'ws-')), 'app');
}

/** The files API's view of a change (GitHub sends these when git cannot give them), from one `git diff`. */
function apiFiles(repo: GitRepo, base: string, head: string): FakePullFile[] {
  const diff = sh(repo.work, ['diff', '-U3', '--no-renames', '--src-prefix=a/', '--dst-prefix=b/', base, head]);
  return diff
    .split(/^diff --git /m)
    .slice(1)
    .map((chunk) => {
      const filename = /^\+\+\+ b\/(.+)$/m.exec(chunk)?.[1] ?? /^--- a\/(.+)$/m.exec(chunk)![1];
      const status = /^new file/m.test(chunk) ? 'added' : /^deleted file/m.test(chunk) ? 'removed' : 'modified';
      const at = chunk.indexOf('\n@@');
      return { filename, status, patch: at >= 0 ? chunk.slice(at + 1).trimEnd() : undefined };
    });
}

beforeAll(async () => {
  gh = await FakeGitHub.start();
  tmp = mkdtempSync(join(tmpdir(), 'mg-e2e-'));
  const repo = newRepo();
  const base = repo.sha('main');
  repo.checkout('f', true);
  const head = repo.commit({ 'models.yaml': BASE_MANIFEST + FLUX }, 'Add FLUX');
  repo.push('f');
  repo.checkout('main');
  simple = { repo, base, head, merge: repo.pullMerge(7, base, head) };
}, 320_000);

afterAll(async () => {
  await gh?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

beforeEach(() => {
  gh.clearRequests();
  gh.failures.length = 0;
  gh.checkRuns.length = 0;
  gh.issueComments.length = 0;
  gh.reviewComments.length = 0;
  gh.reviews.length = 0;
  gh.snapshots.length = 0;
  gh.contents.clear();
  gh.pullFiles.clear();
  gh.comparisons.clear();
});

describe('pull_request: the merge commit as actions/checkout leaves it', () => {
  it('main moved above the change: the new blocked model counts, annotations and review comments land on the head lines, links point at the head', async () => {
    const repo = newRepo();
    const fork = repo.sha('main');
    repo.checkout('feature/flux', true);
    const head = repo.commit(
      {
        'models.yaml': BASE_MANIFEST + FLUX,
        'app/chat.py': CHAT_PY + 'hero = pipeline("text-to-image", model="black-forest-labs/FLUX.1-dev")\n',
      },
      'Add FLUX for the marketing page',
    );
    repo.checkout('main');
    const main = repo.commit(
      {
        'models.yaml': '# Reviewed by legal, see LEGAL-12.\n# Keep entries sorted.\n' + BASE_MANIFEST,
        'app/chat.py': '"""Support chat."""\nimport os\n\n' + CHAT_PY,
      },
      'Document the models',
    );
    repo.push('main');
    const merge = repo.pullMerge(7, main, head);
    const workspace = repo.checkoutLikeActions(ws(), merge);
    // What the API would say: GitHub's patches, relative to the fork point, on the head's lines.
    gh.pullFiles.set(7, apiFiles(repo, fork, head));
    const payload = pullRequestPayload({ baseSha: main, headSha: head, mergeCommitSha: merge, changedFiles: 2 });
    const r = await runBundle({
      event: 'pull_request',
      payload,
      ws: workspace,
      sha: merge,
      ref: 'refs/pull/7/merge',
      inputs: { review: 'true' },
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    expect(JSON.parse(r.outputs['blocked-models'])).toEqual(['black-forest-labs/FLUX.1-dev']);
    // Read with local git: the files API was not needed.
    expect(gh.requestsTo('GET', /\/pulls\/7\/files$/)).toHaveLength(0);
    const flux = r.report!.models.find((m) => m.id === 'black-forest-labs/FLUX.1-dev')!;
    expect(flux).toMatchObject({ new: true, status: 'blocked' });
    // In the merge commit (scanned), main's lines sit above: the manifest entry is on line 9, the code on line 8.
    expect(flux.locations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'models.yaml', line: 9 }),
        expect.objectContaining({ path: 'app/chat.py', line: 8 }),
      ]),
    );
    // Mistral is existing (main already had it).
    expect(r.report!.models.find((m) => m.id.startsWith('mistralai/'))?.new).toBe(false);
    // The JSON report names what was checked: the merge commit scanned (model-gate inventory merges by it).
    expect(r.report!.repository).toEqual({ full_name: 'acme/app', url: 'https://github.com/acme/app', commit: merge });

    // The check run is on the PR's head, its annotations on the head's lines (7 and 5).
    const run = gh.checkRuns[0];
    expect(run).toMatchObject({ head_sha: head, conclusion: 'failure' });
    const fluxAnns = run.annotations.filter(
      (a) => a.title?.startsWith('black-forest-labs/FLUX.1-dev') && a.annotation_level === 'failure',
    );
    expect(fluxAnns.length).toBeGreaterThan(0);
    for (const a of fluxAnns) expect([a.path, a.start_line]).toEqual(['models.yaml', 7]);
    // Review comments on lines of the head that the PR adds.
    expect(gh.reviews[0]).toMatchObject({ commit_id: head });
    expect(gh.reviewComments.map((c) => [c.path, c.line])).toEqual([['models.yaml', 7]]);

    // One comment: verdict first, links to the Hub page, the license text and the file at the head's line.
    const [comment] = gh.commentsOn(7);
    expect(comment.body.startsWith(`${MARKER}\n## ❌ model-gate: 1 model blocked`)).toBe(true);
    expect(comment.body).toContain(
      '[black-forest-labs/FLUX.1-dev](https://huggingface.co/black-forest-labs/FLUX.1-dev)',
    );
    expect(comment.body).toContain(`(https://github.com/acme/app/blob/${head}/models.yaml#L7)`);
    expect(comment.body).toMatch(
      /\]\(https:\/\/github\.com\/black-forest-labs\/flux\/blob\/main\/model_licenses\/LICENSE-FLUX1-dev\)/,
    );
    expect(comment.body).toContain('```yaml\nexceptions:');
    expect(r.outputs['comment-content']).toBe(comment.body);
    expect(r.summary).toContain('## ❌ model-gate: 1 model blocked');
  });

  it('a closed pull request posts nothing', async () => {
    const { repo, base, head, merge } = simple;
    const closed = pullRequestPayload({ action: 'closed', baseSha: base, headSha: head, merged: true });
    const c = await runBundle({
      event: 'pull_request',
      payload: closed,
      ws: repo.checkoutLikeActions(ws(), merge),
      sha: merge,
    });
    expect(c.code).toBe(0);
    expect(c.stdout).toContain('model-gate: pull request #7 is merged: nothing to check, nothing posted');
    expect(gh.requests).toHaveLength(0);
    expect(c.outputs).toEqual({});
  });

  it('a fork (403 on checks and comments): workflow-command annotations, advice that works for forks, the exit code still blocks', async () => {
    gh.forbidChecks();
    gh.forbidComments();
    const { repo, base, head, merge } = simple;
    const r = await runBundle({
      event: 'pull_request',
      payload: pullRequestPayload({
        baseSha: base,
        headSha: head,
        mergeCommitSha: merge,
        headRepo: { owner: 'mallory', name: 'app' },
      }),
      ws: repo.checkoutLikeActions(ws(), merge),
      sha: merge,
    });
    expect(r.code).toBe(1);
    expect(gh.checkRuns).toHaveLength(0);
    expect(r.stdout).toMatch(/^::error title=black-forest-labs\/FLUX\.1-dev%3A [^\n]*,file=models\.yaml,line=7::/m);
    const warnings = r.stdout.split('\n').filter((l) => l.startsWith('::warning::'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/comes from a fork, whose token may not write checks: write or pull-requests: write/);
    expect(warnings[0]).toMatch(/`pull_request_target`.*`comment-content`.*`workflow_run`/);
    expect(r.summary).toContain('[!WARNING]');
    expect(r.outputs['comment-content']).toContain('## ❌ model-gate: 1 model blocked');
  });

  it('audit mode: says so at the top of the comment, check run and summary; the step passes; SARIF and the AI-BOM are written', async () => {
    const { repo, base, head, merge } = simple;
    const workspace = repo.checkoutLikeActions(ws(), merge);
    const r = await runBundle({
      event: 'pull_request',
      payload: pullRequestPayload({ baseSha: base, headSha: head, mergeCommitSha: merge }),
      ws: workspace,
      sha: merge,
      inputs: { mode: 'audit', 'sarif-file': 'out/gate.sarif', 'bom-file': 'out/ai-bom.json' },
    });
    expect(r.code).toBe(0);
    const banner = 'Audit mode: nothing is blocked; in enforce mode this change would fail.';
    expect(gh.commentsOn(7)[0].body.split('\n').slice(0, 4).join('\n')).toContain(banner);
    expect(gh.checkRuns[0].output?.summary?.split('\n')[0]).toContain(banner);
    expect(r.summary.split('\n').slice(0, 4).join('\n')).toContain(banner);
    expect(gh.checkRuns[0].conclusion).toBe('neutral');
    expect((JSON.parse(readFileSync(join(workspace, 'out', 'gate.sarif'), 'utf8')) as Log).version).toBe('2.1.0');
    const bom: unknown = JSON.parse(readFileSync(join(workspace, 'out', 'ai-bom.json'), 'utf8'));
    expect(bom).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.6' });
    expect(r.stdout).not.toMatch(/^::error::/m);
  });

  it('comment auto over the pushes of one pull request: none while no model is touched, then one comment, updated in place', async () => {
    const repo = newRepo();
    const base = repo.sha('main');
    repo.checkout('docs-then-flux', true);
    const run = async (head: string) => {
      const merge = repo.pullMerge(8, base, head);
      return runBundle({
        event: 'pull_request',
        payload: pullRequestPayload({ number: 8, baseSha: base, headSha: head, mergeCommitSha: merge }),
        ws: repo.checkoutLikeActions(ws(), merge),
        sha: merge,
        ref: 'refs/pull/8/merge',
      });
    };
    // 1. The change touches no model: a check run, no comment (and the comment's Markdown still as an output).
    const first = await run(repo.commit({ 'README.md': '# Support chat\n\nHow to run it.\n' }, 'Docs'));
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(gh.checkRuns.map((c) => c.conclusion)).toEqual(['success']);
    expect(gh.commentsOn(8)).toHaveLength(0);
    expect(gh.requestsTo('POST', /\/issues\/8\/comments$/)).toHaveLength(0);
    expect(first.outputs['comment-content']).toContain('model-gate');
    // 2. A push adds a blocked model: one comment, with the hidden marker.
    const second = await run(repo.commit({ 'models.yaml': BASE_MANIFEST + FLUX }, 'Add FLUX'));
    expect(second.code).toBe(1);
    const [created] = gh.commentsOn(8);
    expect(gh.commentsOn(8)).toHaveLength(1);
    expect(created.body.startsWith(`${MARKER}\n## ❌ model-gate: 1 model blocked`)).toBe(true);
    // 3. The next push takes it out again: no model is touched any more, but a comment exists, so it is updated in
    // place (found by its marker), never posted twice.
    const third = await run(repo.commit({ 'models.yaml': BASE_MANIFEST }, 'Drop FLUX'));
    expect(third.code).toBe(0);
    expect(gh.commentsOn(8).map((c) => c.id)).toEqual([created.id]);
    expect(gh.commentsOn(8)[0].body.startsWith(`${MARKER}\n## ✅ model-gate: all clear`)).toBe(true);
    expect(gh.requestsTo('POST', /\/issues\/8\/comments$/)).toHaveLength(1);
    expect(gh.requestsTo('PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(1);
    expect(third.outputs['comment-content']).toBe(gh.commentsOn(8)[0].body);
  });

  it('escapes hostile model ids and purposes in the comment', async () => {
    const hostile = [
      'models:',
      '  - id: acme/<script>alert(1)</script>',
      '    purpose: "<img src=x onerror=alert(1)> @everyone | pipe\\nnew line [x](javascript:alert(1)) https://evil.example www.evil.example GH-1"',
      '  - id: "@everyone/x|y"',
      '  - id: "[x](javascript:alert(1))"',
      '  - id: acme/#1',
      '',
    ].join('\n');
    const repo = newRepo();
    const base = repo.sha('main');
    repo.checkout('f', true);
    const head = repo.commit({ 'models.yaml': hostile });
    const merge = repo.pullMerge(7, base, head);
    const r = await runBundle({
      event: 'pull_request',
      payload: pullRequestPayload({ baseSha: base, headSha: head, mergeCommitSha: merge }),
      ws: repo.checkoutLikeActions(ws(), merge),
      sha: merge,
      inputs: { comment: 'always' },
    });
    expect(r.stderr).toBe('');
    const body = gh.commentsOn(7)[0].body;
    expect(body.length).toBeLessThan(65_536);
    expect(body).not.toMatch(/<script|<img/i);
    expect(body).not.toMatch(/@everyone/);
    expect(body).toContain('@\u200deveryone');
    expect(body).not.toMatch(/https:\/\/evil|www\.evil|GH-1/);
    const prose = body.replace(/```yaml\n[\s\S]*?```/g, '');
    expect(prose).not.toMatch(/(^|[^\\])\]\(javascript:/m);
    for (const t of body.match(/<\/?([a-z]+)[^>]*>/gi) ?? []) expect(t).toMatch(/^<\/?(code|details|summary|sub|br)>$/);
    for (const row of body.split('\n').filter((l) => l.startsWith('|'))) expect(row.split('|').length).toBe(6);
    expect(gh.checkRuns[0].output?.text ?? '').not.toMatch(/<script|<img/i);
  });
});

describe('inputs as a runner passes them', () => {
  const ACTION_YML = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'action.yml');
  /** Every input of action.yml at its default, as the runner sets them: INPUT_ names keep their dashes. */
  function runnerDefaults(): Record<string, string> {
    const action = load(readFileSync(ACTION_YML, 'utf8')) as { inputs: Record<string, { default?: string }> };
    const inputs: Record<string, string> = {};
    for (const [name, def] of Object.entries(action.inputs))
      inputs[name] = def.default === '${{ github.token }}' ? 'ghs_faketoken' : String(def.default ?? '');
    return inputs;
  }
  let hub: FakeHub;
  beforeAll(async () => {
    hub = await startFakeHub({
      models: {
        'mistralai/Mistral-7B-Instruct-v0.3': {
          sha: 'e0bc86c23ce5aae1db576c8cca6f06f1f73af2db',
          cardData: { license: 'apache-2.0' },
          siblings: [{ rfilename: 'model.safetensors' }],
        },
        'black-forest-labs/FLUX.1-dev': {
          sha: '0ef5fff789c832c5c7f4e127f94c8b54bbcced44',
          gated: 'auto',
          cardData: { license: 'other', license_name: 'flux-1-dev-non-commercial-license' },
          siblings: [{ rfilename: 'flux1-dev.safetensors' }],
        },
      },
    });
  });
  afterAll(async () => {
    await hub?.close();
  });
  beforeEach(() => {
    hub.requests.length = 0;
  });

  it('every input at its action.yml default: the Hub asked without a token, one check run and one comment, every output set', async () => {
    const inputs = runnerDefaults();
    // the contract's inputs, each as the runner would set it
    expect(Object.keys(inputs)).toEqual(expect.arrayContaining([...CONTRACT_INPUTS]));
    expect(inputs).toMatchObject({ hub: 'true', scan: 'true', review: 'false', 'hf-token': '', 'sarif-file': '' });
    const { repo, base, head, merge } = simple;
    const r = await runBundle({
      event: 'pull_request',
      payload: pullRequestPayload({ baseSha: base, headSha: head, mergeCommitSha: merge }),
      ws: repo.checkoutLikeActions(ws(), merge),
      sha: merge,
      inputs,
      env: { HF_ENDPOINT: hub.url },
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(hub.requests.length).toBeGreaterThan(0);
    for (const q of hub.requests) expect(q.headers.authorization).toBeUndefined();
    expect(r.report!.models.find((m) => m.id === 'black-forest-labs/FLUX.1-dev')).toMatchObject({
      status: 'blocked',
      gated: 'auto', // the Hub's word: it was asked
    });
    expect(gh.checkRuns.map((c) => [c.name, c.conclusion])).toEqual([['model-gate', 'failure']]);
    expect(gh.commentsOn(7)).toHaveLength(1);
    expect(gh.reviews).toHaveLength(0);
    expect(gh.snapshots).toHaveLength(0);
    const s = r.report!.summary;
    expect(r.outputs).toEqual({
      verdict: 'fail',
      blocked: String(s.blocked),
      warnings: String(s.warning),
      report: expect.stringMatching(/\.json$/),
      'blocked-models': '["black-forest-labs/FLUX.1-dev"]',
      'comment-content': gh.commentsOn(7)[0].body,
    });
    expect(s.blocked).toBe(1);
  });

  it('every input set otherwise: manifest, check-name, scan false, comment never, hf-token sent to the Hub and masked', async () => {
    const repo = newRepo({
      'ml/models.yaml': BASE_MANIFEST,
      'app/chat.py': CHAT_PY,
    });
    const base = repo.sha('main');
    repo.checkout('f', true);
    const head = repo.commit(
      {
        'ml/models.yaml': BASE_MANIFEST + FLUX,
        // loaded, undeclared: `scan: false` reads the manifest only
        'app/gen.py':
          'from transformers import pipeline\ngen = pipeline("text-generation", model="openai-community/gpt2")\n',
      },
      'Add FLUX',
    );
    repo.push('f');
    repo.checkout('main');
    const merge = repo.pullMerge(7, base, head);
    const r = await runBundle({
      event: 'pull_request',
      payload: pullRequestPayload({ baseSha: base, headSha: head, mergeCommitSha: merge }),
      ws: repo.checkoutLikeActions(ws(), merge),
      sha: merge,
      inputs: {
        ...runnerDefaults(),
        manifest: 'ml/models.yaml',
        'check-name': 'gate / models',
        scan: 'false',
        comment: 'never',
        'hf-token': 'hf_e2e_secret_token',
      },
      env: { HF_ENDPOINT: hub.url },
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.report!.models.map((m) => m.id).sort()).toEqual([
      'black-forest-labs/FLUX.1-dev',
      'mistralai/Mistral-7B-Instruct-v0.3',
    ]);
    expect(r.report!.models.every((m) => m.locations.every((l) => l.path === 'ml/models.yaml'))).toBe(true);
    expect(hub.requests.length).toBeGreaterThan(0);
    for (const q of hub.requests) expect(q.headers.authorization).toBe('Bearer hf_e2e_secret_token');
    // the token is masked before anything could print it
    const mentions = r.stdout.split('\n').filter((l) => l.includes('hf_e2e_secret_token'));
    expect(mentions).toEqual(['::add-mask::hf_e2e_secret_token']);
    expect(gh.checkRuns.map((c) => [c.name, c.conclusion])).toEqual([['gate / models', 'failure']]);
    // comment: never posts nothing, and still gives the comment as an output
    expect(gh.commentsOn(7)).toHaveLength(0);
    expect(gh.requestsTo('GET', /\/issues\/7\/comments/)).toHaveLength(0);
    expect(r.outputs['comment-content']).toContain('## ❌ gate / models: 1 model blocked');
    expect(r.outputs).toMatchObject({
      verdict: 'fail',
      blocked: '1',
      'blocked-models': '["black-forest-labs/FLUX.1-dev"]',
    });
    expect(r.outputs.warnings).toBe(String(r.report!.summary.warning));
  });
});

describe('never pass what was not seen', () => {
  it('no checkout: one line saying what to do, a failed check run, exit code 2', async () => {
    const empty = mkdtempSync(join(tmp, 'empty-'));
    const sha = 'a'.repeat(40);
    const r = await runBundle({
      event: 'push',
      payload: pushPayload({ before: 'b'.repeat(40), after: sha }),
      ws: empty,
      sha,
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(
      '::error::model-gate: no checkout of acme/app in the workspace; add actions/checkout before model-gate (or set path:)',
    );
    expect(gh.checkRuns[0]).toMatchObject({
      head_sha: sha,
      conclusion: 'failure',
      output: { title: 'Configuration error' },
    });
    expect(r.outputs.verdict).toBeUndefined();
  });

  it('a checkout in a subfolder: found with `path`, otherwise the same error', async () => {
    const repo = newRepo({ 'models.yaml': BASE_MANIFEST + FLUX, 'README.md': '# x\n' });
    const sha = repo.sha('main');
    const workspace = mkdtempSync(join(tmp, 'ws-'));
    repo.checkoutLikeActions(join(workspace, 'service'), sha);
    const payload = pushPayload({ before: '0'.repeat(40), after: sha, created: true });
    const wrong = await runBundle({ event: 'push', payload, ws: workspace, sha });
    expect(wrong.code).toBe(2);
    expect(wrong.stdout).toMatch(
      /::error::model-gate: no checkout of acme\/app in the workspace; add actions\/checkout/,
    );
    const right = await runBundle({ event: 'push', payload, ws: workspace, sha, inputs: { path: 'service' } });
    expect(right.code).toBe(1);
    expect(right.outputs.verdict).toBe('fail');
    expect(gh.checkRuns.at(-1)!.annotations.some((a) => a.path === 'models.yaml' && a.start_line === 7)).toBe(true);
  });

  it('pull_request_target from a fork with 350 changed files: every file read from the head (fetched, never checked out), the blocked one found past the 300th', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 350; i++) {
      files[`services/svc${String(i).padStart(3, '0')}/handler.py`] =
        i === 340
          ? 'from diffusers import FluxPipeline\n\npipe = FluxPipeline.from_pretrained("black-forest-labs/FLUX.1-dev")\n'
          : `def handler(event):\n    return {"status": ${i}}\n`;
    }
    const repo = newRepo();
    const base = repo.sha('main');
    repo.checkout('contrib', true);
    const head = repo.commit(files, 'Add 350 services');
    repo.checkout('main');
    repo.push(`${head}:refs/pull/7/head`);
    // pull_request_target checks out the base branch.
    const workspace = repo.checkoutLikeActions(ws(), base);
    gh.pullFiles.set(7, apiFiles(repo, base, head));
    const r = await runBundle({
      event: 'pull_request_target',
      payload: pullRequestPayload({
        baseSha: base,
        headSha: head,
        headRepo: { owner: 'mallory', name: 'app' },
        changedFiles: 350,
      }),
      ws: workspace,
      sha: base,
    });
    expect(r.code).toBe(1);
    // Every page of the file list: 100 per page.
    expect(gh.requestsTo('GET', /\/pulls\/7\/files$/)).toHaveLength(4);
    // The head's files came from git, not one API request each.
    expect(gh.requestsTo('GET', /\/contents\//)).toHaveLength(0);
    const flux = r.report!.models.find((m) => m.id === 'black-forest-labs/FLUX.1-dev')!;
    expect(flux).toMatchObject({
      new: true,
      status: 'blocked',
      locations: [expect.objectContaining({ path: 'services/svc340/handler.py', line: 3 })],
    });
    expect(gh.checkRuns[0]).toMatchObject({ head_sha: head, conclusion: 'failure' });
    expect(gh.commentsOn(7)[0].body).not.toMatch(/not everything was seen/i);
    // The base's workspace is untouched.
    expect(existsSync(join(workspace, 'services'))).toBe(false);
  });

  it('pull_request_target when the API lists fewer files than the PR changes: the rest is counted everywhere, never an all clear', async () => {
    const repo = newRepo();
    const base = repo.sha('main');
    repo.checkout('contrib', true);
    const head = repo.commit({ 'docs/a.md': 'hello\n' });
    repo.checkout('main');
    repo.push(`${head}:refs/pull/7/head`);
    gh.pullFiles.set(7, apiFiles(repo, base, head));
    const r = await runBundle({
      event: 'pull_request_target',
      payload: pullRequestPayload({ baseSha: base, headSha: head, changedFiles: 3200 }),
      ws: repo.checkoutLikeActions(ws(), base),
      sha: base,
      inputs: { comment: 'always' },
    });
    expect(r.code).toBe(0);
    expect(gh.checkRuns[0]).toMatchObject({
      conclusion: 'neutral',
      output: { title: 'Passed, but not everything was seen' },
    });
    expect(gh.checkRuns[0].output?.summary).toContain('3,199 changed files not listed by the API');
    expect(gh.commentsOn(7)[0].body).toContain("3,199 changed files past the GitHub API's listing limit were not seen");
    expect(r.summary).not.toMatch(/all clear/i);
  });
});

describe('code no scanner analyses', () => {
  it('a push that changes C++ code: read for Hugging Face addresses only, so the check says not everything was seen', async () => {
    const repo = newRepo({ 'models.yaml': BASE_MANIFEST, 'app/chat.py': CHAT_PY });
    const before = repo.sha('main');
    const after = repo.commit({
      'native/pull.cpp':
        '#include "common.h"\n\nint main() {\n    common_params params;\n    params.model.hf_repo = "Qwen/Qwen2.5-0.5B-Instruct-GGUF";\n}\n',
      'native/pull_test.cpp': '// a test\n',
    });
    repo.push('main');
    const r = await runBundle({
      event: 'push',
      payload: pushPayload({ before, after }),
      ws: repo.checkoutLikeActions(ws(), after),
      sha: after,
    });
    expect(r.code).toBe(0);
    expect(r.report!.not_analyzed).toEqual([{ language: 'C/C++', files: 1, path: 'native/pull.cpp' }]);
    expect(gh.checkRuns[0]).toMatchObject({
      conclusion: 'neutral',
      output: { title: 'Passed, but not everything was seen' },
    });
    expect(r.summary).toContain('1 C/C++ file (native/pull.cpp) was read for Hugging Face addresses only');
    expect(r.summary).not.toMatch(/all clear/i);
  });
});

describe('merge queue, pushes and scheduled runs', () => {
  it('merge_group: a blocked model already on main does not fail the queued change', async () => {
    const repo = newRepo({ 'models.yaml': BASE_MANIFEST + FLUX, 'app/chat.py': CHAT_PY });
    const main = repo.sha('main');
    repo.checkout('gh-readonly-queue/main/pr-7', true);
    const group = repo.commit({
      'models.yaml':
        BASE_MANIFEST +
        FLUX +
        '  - id: sentence-transformers/all-MiniLM-L6-v2\n    revision: c9745ed1d9f207416be6d2e6f8de32d1f16199bf\n    license: apache-2.0\n',
    });
    repo.push('gh-readonly-queue/main/pr-7');
    const r = await runBundle({
      event: 'merge_group',
      payload: mergeGroupPayload({ baseSha: main, headSha: group }),
      ws: repo.checkoutLikeActions(ws(), group),
      sha: group,
      ref: 'refs/heads/gh-readonly-queue/main/pr-7',
    });
    expect(r.code).toBe(0);
    expect(r.report!.base).toBe(main);
    expect(r.report!.models.find((m) => m.id === 'black-forest-labs/FLUX.1-dev')).toMatchObject({
      new: false,
      status: 'blocked',
    });
    expect(gh.checkRuns[0]).toMatchObject({ head_sha: group, conclusion: 'success' });
  });

  it('push: after against before; a new branch checks the whole tree; models go to the dependency graph', async () => {
    const repo = newRepo({ 'models.yaml': BASE_MANIFEST + FLUX, 'app/chat.py': CHAT_PY });
    const before = repo.sha('main');
    const after = repo.commit({ 'app/chat.py': CHAT_PY + '# tidy\n' });
    repo.push('main');
    const workspace = repo.checkoutLikeActions(ws(), after);
    const r = await runBundle({
      event: 'push',
      payload: pushPayload({ before, after }),
      ws: workspace,
      sha: after,
      inputs: { 'dependency-graph': 'true' },
    });
    // FLUX was there before the push: not counted.
    expect(r.code).toBe(0);
    expect(r.report!.base).toBe(before);
    expect(gh.snapshots).toHaveLength(1);
    expect(gh.snapshots[0]).toMatchObject({
      sha: after,
      ref: 'refs/heads/main',
      manifests: {
        'models.yaml': {
          resolved: {
            'pkg:huggingface/black-forest-labs/FLUX.1-dev@0ef5fff789c832c5c7f4e127f94c8b54bbcced44': {
              relationship: 'direct',
              scope: 'runtime',
            },
          },
        },
      },
    });
  });

  it('push with the manifest input at its default: a bom.json of models is the manifest, at the base too', async () => {
    const component = (purl: string, license: string) => ({
      type: 'machine-learning-model',
      purl,
      licenses: [{ license: { id: license } }],
    });
    const bomOf = (...components: unknown[]) => cycloneDxJson(components);
    const musicgen = component(
      'pkg:huggingface/facebook/musicgen-small@fb8a9fa5ed5e3bc0c9b6c3a8b7b0ea2d0b9f0a4b',
      'CC-BY-NC-4.0',
    );
    const gpt2 = component('pkg:huggingface/openai-community/gpt2@607a30d783dfa663caf39e06633721c8d4cfcd7e', 'MIT');
    const repo = newRepo({
      'bom.json': bomOf(gpt2),
      'app/chat.py': CHAT_PY.replace('declared in models.yaml', 'declared in bom.json'),
    });
    const before = repo.sha('main');
    const after = repo.commit({ 'bom.json': bomOf(gpt2, musicgen) });
    repo.push('main');
    const r = await runBundle({
      event: 'push',
      payload: pushPayload({ before, after }),
      ws: repo.checkoutLikeActions(ws(), after),
      sha: after,
    });
    // MusicGen, added to the BOM by this push, is blocked; GPT-2 was declared before it
    expect(r.code).toBe(1);
    expect(r.report!.models.map((m) => [m.id, m.declared, m.new, m.locations[0].path]).sort()).toEqual([
      ['facebook/musicgen-small', true, true, 'bom.json'],
      ['openai-community/gpt2', true, false, 'bom.json'],
    ]);
  });

  it('schedule audits the whole tree; 120+ findings go out in batches of at most 50', async () => {
    const lines = ['models:'];
    for (let i = 0; i < 45; i++) lines.push(`  - id: unknown-org-${i}/model-${i}`);
    const repo = newRepo({ 'models.yaml': lines.join('\n') + '\n', 'app/chat.py': CHAT_PY });
    const sha = repo.sha('main');
    const workspace = repo.checkoutLikeActions(ws(), sha);
    const r = await runBundle({ event: 'schedule', payload: schedulePayload(), ws: workspace, sha });
    expect(r.code).toBe(1);
    const total = r.report!.models.flatMap((m) => m.findings).length;
    expect(total).toBeGreaterThanOrEqual(120);
    const run = gh.checkRuns[0];
    expect(run.head_sha).toBe(sha);
    expect(run.annotations).toHaveLength(total);
    expect(run.batches.every((n) => n <= 50 && n > 0)).toBe(true);
    expect(gh.requestsTo('PATCH', /\/check-runs\/\d+$/)).toHaveLength(Math.ceil(total / 50) - 1);
    for (const a of run.annotations.filter((x) => x.title?.startsWith('unknown-org-'))) {
      const i = Number(/^unknown-org-(\d+)\//.exec(a.title!)![1]);
      expect([a.path, a.start_line]).toEqual(['models.yaml', i + 2]);
    }
    expect(gh.requestsTo('GET', /comments/)).toHaveLength(0);
  });
});

describe('compact comments at scale', () => {
  it('5, 40 and 400 new models: the comment fits (a screen, 20,000 and 65,536 characters), blocked models and fixes first', async () => {
    const known = [
      'mistralai/Mistral-7B-Instruct-v0.3',
      'black-forest-labs/FLUX.1-dev',
      'sentence-transformers/all-MiniLM-L6-v2',
      'meta-llama/Llama-3.1-8B-Instruct',
      'google/gemma-2-9b-it',
    ];
    const repo = newRepo({ 'models.yaml': 'models: []\n', 'README.md': '# x\n' });
    const base = repo.sha('main');
    const lengths: number[] = [];
    for (const n of [5, 40, 400]) {
      const entries = Array.from(
        { length: n },
        (_, i) => `  - id: ${i < known.length ? known[i] : `acme-lab/model-${i}`}\n    purpose: feature ${i}\n`,
      );
      repo.checkout(`f${n}`, true);
      const head = repo.commit({ 'models.yaml': 'models:\n' + entries.join('') });
      repo.checkout('main');
      const merge = repo.pullMerge(n, base, head);
      gh.issueComments.length = 0;
      const r = await runBundle({
        event: 'pull_request',
        payload: pullRequestPayload({ number: n, baseSha: base, headSha: head, mergeCommitSha: merge }),
        ws: repo.checkoutLikeActions(ws(), merge),
        sha: merge,
      });
      expect(r.code).toBe(1);
      const body = gh.commentsOn(n)[0].body;
      lengths.push(body.length);
      expect(body.indexOf('### Blocked')).toBeGreaterThan(0);
      expect(body.indexOf('### Blocked')).toBeLessThan(body.indexOf('### How to fix'));
      // 5 models fit a laptop screen: at most 30 lines of text before anything folded.
      if (n === 5)
        expect(
          body
            .split('<details>')[0]
            .split('\n')
            .filter((l) => l.trim()).length,
        ).toBeLessThanOrEqual(30);
    }
    expect(lengths[1]).toBeLessThan(20_000);
    expect(lengths[2]).toBeLessThanOrEqual(65_536);
  });
});

describe('errors and a hostile or broken GitHub', () => {
  it('a bad policy: the file:line:col message, annotated, no stack trace, exit code 2', async () => {
    const repo = newRepo({ 'models.yaml': BASE_MANIFEST, 'policy.yml': 'version: 1\nlicences:\n  deny: [mit]\n' });
    const sha = repo.sha('main');
    const r = await runBundle({
      event: 'push',
      payload: pushPayload({ before: '0'.repeat(40), after: sha, created: true }),
      ws: repo.checkoutLikeActions(ws(), sha),
      sha,
      inputs: { policy: 'policy.yml' },
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^::error::[^\n]*policy\.yml:2:1: /m);
    expect(r.stdout).toMatch(
      /^::error title=model-gate%3A configuration error,file=policy\.yml,line=2,col=1::policy\.yml:2:1: /m,
    );
    expect(r.stdout).not.toMatch(/\n\s+at .*\.js:\d+/);
    expect(gh.checkRuns[0]).toMatchObject({ conclusion: 'failure', output: { title: 'Configuration error' } });
  });

  it('a remote policy GitHub does not answer for: says the API could not be reached, not a 500', async () => {
    gh.fail({ method: 'GET', path: /\/repos\/acme\/\.github\/contents\//, status: 0, drop: true });
    const repo = newRepo();
    const sha = repo.sha('main');
    const r = await runBundle({
      event: 'push',
      payload: pushPayload({ before: '0'.repeat(40), after: sha, created: true }),
      ws: repo.checkoutLikeActions(ws(), sha),
      sha,
      inputs: { policy: 'acme/.github/policies/org.yml@main' },
    });
    expect(r.code).toBe(2);
    const error = r.stdout.split('\n').find((l) => l.startsWith('::error::'));
    expect(error).toMatch(
      /cannot read policy acme\/\.github\/policies\/org\.yml@main: could not reach the GitHub API at /,
    );
    expect(error).not.toMatch(/\b500\b/);
    expect(gh.requestsTo('GET', /\/contents\/policies\/org\.yml$/)).toHaveLength(4);
  });

  it('a flaky GitHub: 5xx retried, secondary rate limits waited out, the file list read through the API when git has no base', async () => {
    gh.secondaryRateLimit('POST', /\/check-runs$/, 1, 1);
    gh.fail({ method: 'POST', path: /\/issues\/7\/comments$/, status: 500, times: 1 });
    gh.fail({ method: 'GET', path: /\/pulls\/7\/files$/, status: 502, times: 2 });
    const { repo, base, head } = simple;
    // Checked out at the head, shallow: no merge base, so the files come from the API.
    const workspace = repo.checkoutLikeActions(ws(), head);
    gh.pullFiles.set(7, apiFiles(repo, base, head));
    gh.setFile(base, 'models.yaml', BASE_MANIFEST);
    const r = await runBundle({
      event: 'pull_request',
      payload: pullRequestPayload({ baseSha: base, headSha: head }),
      ws: workspace,
      sha: head,
    });
    expect(r.code).toBe(1);
    expect(gh.requestsTo('GET', /\/pulls\/7\/files$/)).toHaveLength(3);
    expect(gh.requestsTo('POST', /\/check-runs$/)).toHaveLength(2);
    expect(gh.requestsTo('POST', /\/issues\/7\/comments$/)).toHaveLength(2);
    expect(gh.checkRuns).toHaveLength(1);
    expect(gh.commentsOn(7)).toHaveLength(1);
    expect(r.stdout).toMatch(/^::warning::GitHub secondary rate limit on POST [^\n]*check-runs; retrying in 1 s$/m);
    // each retry of a 5xx is said in the log (not as an annotation), with its wait
    for (const k of [1, 2])
      expect(r.stdout).toMatch(
        new RegExp(
          `^GitHub API GET [^\\n]*/pulls/7/files: status 502; trying again in [\\d.]+ s \\(${k} of 3\\)$`,
          'm',
        ),
      );
    expect(r.stdout).not.toMatch(/^::warning::[^\n]*trying again/m);
    expect(r.report!.models.find((m) => m.id === 'black-forest-labs/FLUX.1-dev')).toMatchObject({
      new: true,
      status: 'blocked',
    });
  });

  it('a GitHub that never answers: every call times out, the result still decides the exit code', async () => {
    gh.fail({ method: 'POST', path: /\/check-runs$/, status: 0, hang: true });
    gh.fail({ method: 'GET', path: /\/issues\/7\/comments$/, status: 200, trickle: true, trickleMs: 20 });
    const { repo, base, head, merge } = simple;
    const r = await runBundle({
      event: 'pull_request',
      payload: pullRequestPayload({ baseSha: base, headSha: head, mergeCommitSha: merge }),
      ws: repo.checkoutLikeActions(ws(), merge),
      sha: merge,
      env: { MODEL_GATE_GITHUB_TIMEOUT_MS: '300' },
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::warning::model-gate: could not create the check run: .*no answer within 0\.3 s/);
    expect(r.stdout).toMatch(
      /::warning::model-gate: could not write the pull request comment: .*no complete answer within 1\.2 s/,
    );
    expect(r.summary).toContain('## ❌ model-gate: 1 model blocked');
    expect(r.outputs.verdict).toBe('fail');
  });
});
