import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRemote, repositoryOf, type GitRunner } from '../../src/inventory/repository.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('parseRemote', () => {
  it.each([
    [
      'https://github.com/acme-corp/chat-service.git',
      'https://github.com/acme-corp/chat-service',
      'acme-corp/chat-service',
    ],
    [
      'https://x-access-token:ghs_SECRET@github.com/acme-corp/chat-service',
      'https://github.com/acme-corp/chat-service',
      'acme-corp/chat-service',
    ],
    ['git@github.com:acme-corp/ml.pipeline.git', 'https://github.com/acme-corp/ml.pipeline', 'acme-corp/ml.pipeline'],
    ['ssh://git@github.example.com:2222/acme/web.git', 'https://github.example.com/acme/web', 'acme/web'],
    ['http://ghes.internal:8080/acme/web/', 'http://ghes.internal:8080/acme/web', 'acme/web'],
    ['https://gitlab.com/acme/platform/api.git', 'https://gitlab.com/acme/platform/api', 'acme/platform/api'],
  ])('%s', (remote, url, full_name) => {
    expect(parseRemote(remote)).toEqual({ url, full_name });
  });

  it.each([
    '/srv/git/web.git',
    'file:///srv/git/web.git',
    'C:\\repos\\web',
    'https://github.com/only-owner',
    'https://github.com/a/../b',
    'https://github.com/a/b c',
    'ftp://x/a/b',
  ])('ignores %s', (remote) => {
    expect(parseRemote(remote)).toBeUndefined();
  });
});

describe('repositoryOf', () => {
  const sha = 'ab'.repeat(20);
  const fakeGit =
    (answers: Record<string, string | undefined>): GitRunner =>
    (_dir, args) =>
      Promise.resolve(answers[args.join(' ')]);

  it('is GITHUB_REPOSITORY for the workspace of a GitHub Actions run', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'model-gate-ws-'));
    dirs.push(ws);
    const git = fakeGit({
      'rev-parse --show-toplevel HEAD': `${ws}\n${sha}`,
      'config --get remote.origin.url': 'https://github.com/someone/else',
    });
    const env = {
      GITHUB_WORKSPACE: ws,
      GITHUB_REPOSITORY: 'acme-corp/web',
      GITHUB_SERVER_URL: 'https://ghes.acme.example',
      GITHUB_SHA: 'cd'.repeat(20),
    };
    expect(await repositoryOf(join(ws, 'services/api'), env, git)).toEqual({
      full_name: 'acme-corp/web',
      url: 'https://ghes.acme.example/acme-corp/web',
      commit: sha,
    });
    // Without git (a downloaded tarball in the workspace): GITHUB_SHA.
    expect(await repositoryOf(ws, env, fakeGit({}))).toEqual({
      full_name: 'acme-corp/web',
      url: 'https://ghes.acme.example/acme-corp/web',
      commit: 'cd'.repeat(20),
    });
  });

  it('is the origin remote for another checkout in the workspace (the organisation run)', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'model-gate-ws-'));
    dirs.push(ws);
    const target = join(ws, 'repos', 'acme-corp__api');
    const git = fakeGit({
      'rev-parse --show-toplevel HEAD': `${target}\n${sha}`,
      'config --get remote.origin.url': 'https://github.com/acme-corp/api',
    });
    expect(await repositoryOf(target, { GITHUB_WORKSPACE: ws, GITHUB_REPOSITORY: 'acme-corp/.github' }, git)).toEqual({
      full_name: 'acme-corp/api',
      url: 'https://github.com/acme-corp/api',
      commit: sha,
    });
  });

  it('says nothing outside git and Actions, or for a local remote', async () => {
    expect(await repositoryOf('/nowhere', {}, fakeGit({}))).toBeUndefined();
    expect(
      await repositoryOf(
        '/r',
        {},
        fakeGit({ 'rev-parse --show-toplevel': '/r', 'config --get remote.origin.url': '/srv/git/r.git' }),
      ),
    ).toBeUndefined();
  });

  it('reads a real git work tree, dropping the credentials of its remote', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'model-gate-git-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'app'));
    writeFileSync(join(dir, 'app', 'x.py'), 'print(1)\n');
    const g = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' }).trim();
    g('init', '-q');
    g('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', 'init');
    g('remote', 'add', 'origin', 'https://x-access-token:ghs_SECRET@github.com/acme-corp/web.git');
    const r = await repositoryOf(join(dir, 'app'), {});
    expect(r).toEqual({
      full_name: 'acme-corp/web',
      url: 'https://github.com/acme-corp/web',
      commit: g('rev-parse', 'HEAD'),
    });
    expect(JSON.stringify(r)).not.toContain('SECRET');
  });

  it('names a work tree without a commit yet, without one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'model-gate-git-'));
    dirs.push(dir);
    const g = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' }).trim();
    g('init', '-q');
    g('remote', 'add', 'origin', 'git@github.com:acme-corp/new-service.git');
    expect(await repositoryOf(dir, {})).toEqual({
      full_name: 'acme-corp/new-service',
      url: 'https://github.com/acme-corp/new-service',
    });
  });
});
