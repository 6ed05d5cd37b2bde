/** .ci/release tags vX.Y.Z and moves vX, and refuses what would make a bad release. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sh } from '../helpers/git-repo.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
let repo: string;

function release(...args: string[]) {
  return spawnSync(join(repo, '.ci', 'release'), args, {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_NOSYSTEM: '1' },
  });
}
function commit(version: string) {
  writeFileSync(join(repo, 'package.json'), JSON.stringify({ name: 'model-gate', version }));
  sh(repo, ['add', '-A']);
  sh(repo, ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', `v${version}`]);
  return sh(repo, ['rev-parse', 'HEAD']);
}
const tagged = (t: string) => sh(repo, ['rev-parse', `${t}^{commit}`]);

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'mg-release-'));
  mkdirSync(join(repo, '.ci'));
  copyFileSync(join(ROOT, '.ci', 'release'), join(repo, '.ci', 'release'));
  sh(repo, ['init', '-q']);
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('.ci/release', () => {
  it('tags vX.Y.Z, moves vX; a later release moves vX again; refuses bad versions, mismatches, re-tags and dirty trees', () => {
    const first = commit('1.0.0');
    let r = release('1.0.0', '--skip-build');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('to publish: git push origin refs/tags/v1.0.0 && git push --force origin refs/tags/v1');
    expect([tagged('v1.0.0'), tagged('v1')]).toEqual([first, first]);

    const second = commit('1.1.0');
    expect(release('v1.1.0', '--skip-build').status).toBe(0);
    expect([tagged('v1.0.0'), tagged('v1.1.0'), tagged('v1')]).toEqual([first, second, second]);

    r = release('1.1', '--skip-build');
    expect([r.status, r.stderr.trim()]).toEqual([2, 'release: 1.1 is not a version X.Y.Z']);
    r = release('1.2.0', '--skip-build');
    expect(r.stderr).toContain('package.json says 1.1.0');
    r = release('1.1.0', '--skip-build');
    expect(r.stderr).toContain('v1.1.0 exists already');
    writeFileSync(join(repo, 'dirty.txt'), 'x');
    commit('1.2.0');
    writeFileSync(join(repo, 'dirty.txt'), 'y');
    r = release('1.2.0', '--skip-build');
    expect(r.stderr).toContain('the working tree has changes');
  });
});
