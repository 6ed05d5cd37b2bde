import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeChange, mapAdditionsByContent, type ChangeContext } from '../../src/action/change.js';
import { parseEvent } from '../../src/action/event.js';
import { DEFAULT_MANIFESTS } from '../../src/core/manifest-names.js';
import {
  checkoutAt,
  commitParents,
  diffLocal,
  ensureCommit,
  hasTrackedFiles,
  lineMapFromHunks,
  readBlobs,
} from '../../src/action/git.js';
import { unquotePath } from '../../src/core/diff.js';
import { OctokitApi } from '../../src/github/api.js';
import { createOctokit } from '../../src/github/client.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { GitRepo } from '../helpers/git-repo.js';
import { cycloneDxJson } from '../helpers/bom.js';

let tmp: string;
let gh: FakeGitHub;
let api: OctokitApi;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'mg-git-'));
  gh = await FakeGitHub.start();
  api = new OctokitApi(createOctokit({ token: 't', baseUrl: gh.url, env: { MODEL_GATE_GITHUB_RETRY_BASE_MS: '1' } }));
});
afterAll(async () => {
  await gh.close();
  rmSync(tmp, { recursive: true, force: true });
});

function dir(name: string): string {
  const d = join(tmp, name);
  mkdirSync(d, { recursive: true });
  return d;
}

const CHAT_PY = [
  'from transformers import AutoModelForCausalLM, AutoTokenizer',
  '',
  'MODEL_ID = "mistralai/Mistral-7B-Instruct-v0.3"',
  '',
  'def load():',
  '    return AutoModelForCausalLM.from_pretrained(MODEL_ID)',
  '',
].join('\n');

describe('git', () => {
  it('says what is checked out, shallow or not; a folder that is no work tree is undefined', async () => {
    const repo = GitRepo.create(dir('a'), { 'README.md': '# app\n' });
    const ws = repo.checkoutLikeActions(dir('a-ws'), repo.sha('main'));
    expect(await checkoutAt(ws)).toMatchObject({ head: repo.sha('main'), shallow: true, prefix: '' });
    expect(await hasTrackedFiles(ws)).toBe(true);
    expect(await checkoutAt(dir('not-git'))).toBeUndefined();
    mkdirSync(join(ws, 'sub'));
    expect(await checkoutAt(join(ws, 'sub'))).toMatchObject({ prefix: 'sub' });
  });

  it('reads the parents of a shallow merge commit, and fetches a missing commit with a depth of 1', async () => {
    const repo = GitRepo.create(dir('b'), { 'a.txt': '1\n' });
    const base = repo.sha('main');
    repo.checkout('feature', true);
    const head = repo.commit({ 'a.txt': '1\n2\n' });
    const merge = repo.pullMerge(3, base, head);
    const ws = repo.checkoutLikeActions(dir('b-ws'), merge);
    expect(await commitParents(ws, merge)).toEqual([base, head]);
    expect(await ensureCommit(ws, base)).toBe(true);
    expect(await ensureCommit(ws, 'f'.repeat(40))).toBe(false);
  });

  it('lists changed files and added lines; renames, odd names, and content that looks like a header', async () => {
    const repo = GitRepo.create(dir('c'), {
      'app/chat.py': CHAT_PY,
      'old name.py': 'x = 1\n',
    });
    const base = repo.sha('main');
    const head = repo.commit({
      'app/chat.py': CHAT_PY.replace('def load():', 'def load():\n    # +++ b/evil.py\n    pass'),
      'old name.py': null,
      'new näme.py': 'x = 1\n',
      'docs/++ weird.md': '+++ b/other\n@@ -1 +1 @@\n',
    });
    const d = await diffLocal(repo.work, base, head);
    expect(d.files).toEqual(
      expect.arrayContaining([
        { path: 'app/chat.py', status: 'M' },
        { path: 'new näme.py', status: 'R', previous: 'old name.py' },
        { path: 'docs/++ weird.md', status: 'A' },
      ]),
    );
    expect(d.added['app/chat.py']).toEqual([6, 7]);
    expect(d.added['docs/++ weird.md']).toEqual([1, 2]);
    expect(Object.keys(d.added)).not.toContain('b/evil.py');
    expect(Object.keys(d.added)).not.toContain('other');
  });

  it('maps lines through -U0 hunks', () => {
    // Three lines inserted after line 2, line 10 removed.
    const map = lineMapFromHunks([
      { oldStart: 2, oldCount: 0, newStart: 3, newCount: 3 },
      { oldStart: 10, oldCount: 1, newStart: 12, newCount: 0 },
    ]);
    expect([1, 2, 3, 9, 10, 11].map(map)).toEqual([1, 2, 6, 12, undefined, 13]);
  });

  it('decodes quoted paths', () => {
    expect(unquotePath('"a\\tb"')).toBe('a\tb');
    expect(unquotePath('"n\\303\\244me.py"')).toBe('näme.py');
    expect(unquotePath('plain.py')).toBe('plain.py');
  });

  it('reads blobs of a commit without checking it out, large ones by size only', async () => {
    const repo = GitRepo.create(dir('d'), { 'small.py': 'x = 1\n', 'big.bin': 'y'.repeat(5000) });
    const got: Record<string, unknown> = {};
    await readBlobs(repo.work, repo.sha('main'), ['small.py', 'big.bin', 'gone.py'], 1000, (b) => {
      got[b.path] = b.data ? b.data.toString() : (b.size ?? 'missing');
    });
    expect(got).toEqual({ 'small.py': 'x = 1\n', 'big.bin': 5000, 'gone.py': 'missing' });
  });
});

describe('mapAdditionsByContent', () => {
  it("places the head patch's added lines in the merge commit by their text, in order", () => {
    const patch = '@@ -3,2 +3,4 @@\n x\n y\n+pipe("a")\n+pipe("b")';
    // Main added two lines at the top since: the added lines sit two lines lower in the merge commit.
    const merged = 'top1\ntop2\nh1\nh2\nx\ny\npipe("a")\npipe("b")\n';
    expect(mapAdditionsByContent(patch, merged)).toEqual({
      added: [7, 8],
      toHead: new Map([
        [7, 5],
        [8, 6],
      ]),
    });
  });

  it('stays linear on repeated lines', () => {
    const patch = '@@ -0,0 +1,20000 @@\n' + Array.from({ length: 20000 }, () => '+same').join('\n');
    const text = Array.from({ length: 20000 }, () => 'same').join('\n');
    expect(mapAdditionsByContent(patch, text).added).toHaveLength(20000);
  });
});

describe('computeChange', () => {
  const ctx = (
    over: Partial<ChangeContext> & Pick<ChangeContext, 'event' | 'workspace' | 'checkout'>,
  ): ChangeContext => ({
    api,
    repo: { owner: 'acme', repo: 'app' },
    manifestPaths: ['models.yaml', 'models.yml'],
    scan: true,
    headDir: join(tmp, `head-${Math.random().toString(36).slice(2)}`),
    log: { info: () => {}, debug: () => {} },
    ...over,
  });

  it('pull_request when main moved: added lines of the merge commit against its first parent, mapped back to the head', async () => {
    const repo = GitRepo.create(dir('e'), { 'app/chat.py': CHAT_PY, 'models.yaml': 'models: []\n' });
    const forkPoint = repo.sha('main');
    repo.checkout('feature', true);
    const head = repo.commit({
      'app/chat.py': CHAT_PY + 'IMAGE = pipeline("text-to-image", model="black-forest-labs/FLUX.1-dev")\n',
    });
    repo.checkout('main');
    const mainNow = repo.commit({
      'app/chat.py': '"""Chat service."""\n# maintained by the platform team\n' + CHAT_PY,
    });
    repo.push('main');
    const merge = repo.pullMerge(7, mainNow, head);
    const ws = repo.checkoutLikeActions(dir('e-ws'), merge);
    const event = parseEvent(
      'pull_request',
      {
        action: 'synchronize',
        number: 7,
        pull_request: {
          number: 7,
          state: 'open',
          base: { sha: mainNow, ref: 'main', repo: { full_name: 'acme/app' } },
          head: { sha: head, ref: 'feature', repo: { full_name: 'acme/app' } },
        },
      },
      { GITHUB_REPOSITORY: 'acme/app', GITHUB_SHA: merge },
    );
    const checkout = (await checkoutAt(ws))!;
    const change = await computeChange(ctx({ event, workspace: ws, checkout }));
    expect(change.base?.ref).toBe(mainNow);
    expect(change.base?.changedFiles).toEqual(['app/chat.py']);
    // In the merge commit the new line is line 9 (main added 2 lines above); on the head it is line 7.
    const mergeLines = readFileSync(join(ws, 'app/chat.py'), 'utf8').split('\n');
    expect(mergeLines[8]).toContain('FLUX.1-dev');
    expect(change.base?.addedLines).toEqual({ 'app/chat.py': [9] });
    const view = await change.onHead(['app/chat.py']);
    expect(view.toHead('app/chat.py', 9)).toBe(7);
    expect(view.toHead('app/chat.py', 5)).toBe(3);
    // Main's own lines are not on the head.
    expect(view.toHead('app/chat.py', 1)).toBeUndefined();
    expect([...view.reviewable.get('app/chat.py')!]).toEqual([7]);
    expect(change.notes).toEqual([]);
    expect(change.base?.manifestText).toBe('models: []\n');
    void forkPoint;
  });

  it('push: before..after with local git; a forced push checks the whole tree', async () => {
    const repo = GitRepo.create(dir('f'), { 'models.yaml': 'models:\n  - id: openai-community/gpt2\n' });
    const before = repo.sha('main');
    const after = repo.commit({
      'models.yaml': 'models:\n  - id: openai-community/gpt2\n  - id: black-forest-labs/FLUX.1-dev\n',
    });
    repo.push('main');
    const ws = repo.checkoutLikeActions(dir('f-ws'), after);
    const checkout = (await checkoutAt(ws))!;
    const env = { GITHUB_REPOSITORY: 'acme/app', GITHUB_SHA: after };
    const push = parseEvent(
      'push',
      { ref: 'refs/heads/main', before, after, created: false, deleted: false, forced: false },
      env,
    );
    const c = await computeChange(ctx({ event: push, workspace: ws, checkout }));
    expect(c.base).toMatchObject({ ref: before, changedFiles: ['models.yaml'], addedLines: { 'models.yaml': [3] } });
    expect(c.base?.manifestText).toContain('gpt2');
    const forced = parseEvent('push', { ref: 'refs/heads/main', before, after, forced: true }, env);
    expect((await computeChange(ctx({ event: forced, workspace: ws, checkout }))).base).toBeUndefined();
  });

  it('reads the manifest at the base as discovery does: models.yaml first, else a BOM of models, never a software SBOM', async () => {
    const bom = (type: string, name: string) => cycloneDxJson([{ type, name }]);
    const sbom = bom('library', 'torch');
    const mlbom = bom('machine-learning-model', 'openai-community/gpt2');
    const baseOf = async (name: string, files: Record<string, string>, manifestPaths = [...DEFAULT_MANIFESTS]) => {
      const repo = GitRepo.create(dir(name), files);
      const before = repo.sha('main');
      const after = repo.commit({ 'app.py': 'x = 1\n' });
      repo.push('main');
      const ws = repo.checkoutLikeActions(dir(`${name}-ws`), after);
      const env = { GITHUB_REPOSITORY: 'acme/app', GITHUB_SHA: after };
      const push = parseEvent('push', { ref: 'refs/heads/main', before, after, forced: false }, env);
      const c = await computeChange(
        ctx({ event: push, workspace: ws, checkout: (await checkoutAt(ws))!, manifestPaths }),
      );
      return c.base?.manifestText;
    };
    expect(await baseOf('m1', { 'bom.json': sbom, 'bom.cdx.json': mlbom })).toBe(mlbom);
    expect(await baseOf('m2', { 'bom.json': mlbom, 'models.yml': 'models: []\n' })).toBe('models: []\n');
    expect(await baseOf('m3', { 'bom.json': sbom })).toBeNull();
    // an ordinary SBOM too large to read is passed over
    expect(await baseOf('m4', { 'bom.json': sbom + ' '.repeat(1100 * 1024), 'bom.cdx.json': mlbom })).toBe(mlbom);
    // a manifest named by the input is the manifest, whatever it holds
    expect(await baseOf('m5', { 'bom.json': sbom }, ['bom.json'])).toBe(sbom);
  });

  it('a base git cannot fetch: the compare API lists the files, and says it did', async () => {
    const repo = GitRepo.create(dir('g'), { 'a.py': 'x = 1\n' });
    const after = repo.commit({ 'a.py': 'x = 1\ny = 2\n' });
    repo.push('main');
    const ws = repo.checkoutLikeActions(dir('g-ws'), after);
    const missing = 'c'.repeat(40);
    gh.comparisons.set(`${missing}...${after}`, [
      { filename: 'a.py', status: 'modified', patch: '@@ -1 +1,2 @@\n x = 1\n+y = 2' },
    ]);
    const event = parseEvent(
      'merge_group',
      { action: 'checks_requested', merge_group: { base_sha: missing, head_sha: after } },
      {
        GITHUB_REPOSITORY: 'acme/app',
        GITHUB_SHA: after,
      },
    );
    const c = await computeChange(ctx({ event, workspace: ws, checkout: (await checkoutAt(ws))! }));
    expect(c.base).toMatchObject({ ref: missing, changedFiles: ['a.py'], addedLines: { 'a.py': [2] } });
    expect(c.notes.join('\n')).toMatch(
      /could not be fetched with git: the changed files were listed through the compare API/,
    );
  });

  it('a checkout at another commit says which commit was checked', async () => {
    const repo = GitRepo.create(dir('h'), { 'a.py': 'x = 1\n' });
    const old = repo.sha('main');
    const after = repo.commit({ 'a.py': 'x = 2\n' });
    repo.push('main');
    const ws = repo.checkoutLikeActions(dir('h-ws'), old);
    const event = parseEvent(
      'workflow_dispatch',
      { ref: 'refs/heads/main', inputs: {} },
      { GITHUB_REPOSITORY: 'acme/app', GITHUB_SHA: after },
    );
    const c = await computeChange(ctx({ event, workspace: ws, checkout: (await checkoutAt(ws))! }));
    expect(c.notes).toEqual([
      `checked commit ${old.slice(0, 12)}, which is neither the event's commit ${after.slice(0, 12)}; the results are for that commit`,
    ]);
  });
});
