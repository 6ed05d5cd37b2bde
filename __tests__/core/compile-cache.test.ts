import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import {
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleKey, compileCacheDir, inCI, KEEP_FILES, openCompileCache } from '../../src/core/compile-cache.js';
import { CLI_BUNDLE } from '../helpers/bundle.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'model-gate-v8cache-'));
  dirs.push(d);
  return d;
}

const KEY = '0123456789abcdef0123456789abcdef';
const BUNDLE = `(function(e,m,i){"use strict";// model-gate-bundle sha256:${KEY}, a script\nvar x = 1;\n})\n`;

describe('where the compile cache lives', () => {
  it('is the user cache directory: XDG_CACHE_HOME or ~/.cache, ~/Library/Caches, LOCALAPPDATA', () => {
    expect(compileCacheDir({}, 'linux', '/home/ada')).toBe('/home/ada/.cache/model-gate/v8');
    expect(compileCacheDir({ XDG_CACHE_HOME: '/var/cache/ada' }, 'linux', '/home/ada')).toBe(
      '/var/cache/ada/model-gate/v8',
    );
    // a relative XDG_CACHE_HOME is invalid by the XDG spec: ignored
    expect(compileCacheDir({ XDG_CACHE_HOME: 'cache' }, 'linux', '/home/ada')).toBe('/home/ada/.cache/model-gate/v8');
    expect(compileCacheDir({}, 'darwin', '/Users/ada')).toBe('/Users/ada/Library/Caches/model-gate/v8');
    expect(compileCacheDir({ LOCALAPPDATA: 'C:\\Users\\ada\\AppData\\Local' }, 'win32', 'C:\\Users\\ada')).toBe(
      'C:\\Users\\ada\\AppData\\Local\\model-gate\\Cache\\v8',
    );
    expect(compileCacheDir({}, 'win32', 'C:\\Users\\ada')).toBe(
      'C:\\Users\\ada\\AppData\\Local\\model-gate\\Cache\\v8',
    );
  });

  it('is none in CI, with NODE_DISABLE_COMPILE_CACHE, or without a home directory', () => {
    expect(compileCacheDir({ CI: 'true' }, 'linux', '/home/ada')).toBeUndefined();
    expect(compileCacheDir({ CI: '1' }, 'linux', '/home/ada')).toBeUndefined();
    expect(compileCacheDir({ GITHUB_ACTIONS: 'true' }, 'linux', '/home/ada')).toBeUndefined();
    expect(compileCacheDir({ NODE_DISABLE_COMPILE_CACHE: '1' }, 'linux', '/home/ada')).toBeUndefined();
    expect(compileCacheDir({}, 'linux', '')).toBeUndefined();
    expect(compileCacheDir({}, 'linux', 'relative/home')).toBeUndefined();
    // CI=false (set by some tools to say "not CI") keeps the cache
    expect(inCI({ CI: 'false' })).toBe(false);
    expect(inCI({ CI: '' })).toBe(false);
    expect(compileCacheDir({ CI: 'false' }, 'linux', '/home/ada')).toBe('/home/ada/.cache/model-gate/v8');
  });
});

describe('the key of a bundle', () => {
  it('is the hash its build wrote on its first line, and nothing else', () => {
    expect(bundleKey(BUNDLE)).toBe(KEY);
    expect(bundleKey('(function(){\n// model-gate-bundle sha256:' + KEY + '\n})')).toBeUndefined();
    expect(bundleKey('console.log(1)')).toBeUndefined();
    expect(bundleKey('// model-gate-bundle sha256:XYZ\n')).toBeUndefined();
  });

  it('gives no cache to a bundle without one', () => {
    expect(openCompileCache('cli', 'var x = 1;\n', {}, tempDir())).toBeUndefined();
  });
});

describe('the cache files', () => {
  it('are written atomically, private to the user, and read back', () => {
    const dir = join(tempDir(), 'model-gate', 'v8');
    const first = openCompileCache('cli', BUNDLE, {}, dir, '11.3-node', 'x64')!;
    expect(first.data).toBeUndefined();
    first.save(Buffer.from('compiled code'));
    const files = readdirSync(dir);
    expect(files).toEqual([`cli-${KEY}-11.3-node-x64.cache`]);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, files[0])).mode & 0o777).toBe(0o600);
    expect(openCompileCache('cli', BUNDLE, {}, dir, '11.3-node', 'x64')!.data?.toString()).toBe('compiled code');
    // another V8, another file
    expect(openCompileCache('cli', BUNDLE, {}, dir, '12.4-node', 'x64')!.data).toBeUndefined();
  });

  it('keep the most recent few and remove the rest, with stale temporary files', () => {
    const dir = tempDir();
    const old = Date.now() / 1000 - 3600;
    for (let i = 0; i < 6; i++) {
      const f = join(dir, `cli-${String(i).repeat(32)}-11.3-x64.cache`);
      writeFileSync(f, 'x');
      utimesSync(f, old + i, old + i);
    }
    writeFileSync(join(dir, 'cli-stale.cache.123.tmp'), 'x');
    utimesSync(join(dir, 'cli-stale.cache.123.tmp'), old - 10, old - 10);
    writeFileSync(join(dir, 'other-file'), 'kept: not a cache file');
    openCompileCache('cli', BUNDLE, {}, dir, '11.3', 'x64')!.save(Buffer.from('new'));
    const left = readdirSync(dir).sort();
    expect(left).toContain(`cli-${KEY}-11.3-x64.cache`);
    expect(left).toContain('other-file');
    expect(left.filter((f) => f.startsWith('cli-'))).toHaveLength(KEEP_FILES);
    // the newest old ones stay
    expect(left).toContain(`cli-${'5'.repeat(32)}-11.3-x64.cache`);
    expect(left).not.toContain(`cli-${'0'.repeat(32)}-11.3-x64.cache`);
    expect(left).not.toContain('cli-stale.cache.123.tmp');
  });

  it('never fail a run: a cache directory that cannot be made, or a file that is not one', () => {
    const base = tempDir();
    writeFileSync(join(base, 'file'), 'not a directory');
    const cache = openCompileCache('cli', BUNDLE, {}, join(base, 'file', 'v8'))!;
    expect(cache.data).toBeUndefined();
    expect(() => cache.save(Buffer.from('x'))).not.toThrow();
    const dir = tempDir();
    mkdirSync(join(dir, `cli-${KEY}-1-x64.cache`));
    expect(openCompileCache('cli', BUNDLE, {}, dir, '1', 'x64')!.data).toBeUndefined();
  });

  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  // only root can give a file to another user; elsewhere the case cannot be made
  (root ? it : it.skip)("ignore another user's file", () => {
    const dir = tempDir();
    const cache = openCompileCache('cli', BUNDLE, {}, dir, '1', 'x64')!;
    cache.save(Buffer.from('mine'));
    const file = join(dir, `cli-${KEY}-1-x64.cache`);
    expect(openCompileCache('cli', BUNDLE, {}, dir, '1', 'x64')!.data?.toString()).toBe('mine');
    chownSync(file, 12345, 12345);
    expect(openCompileCache('cli', BUNDLE, {}, dir, '1', 'x64')!.data).toBeUndefined();
  });
});

describe('the CLI with its compile cache (the bundle, run as users run it)', () => {
  const example = join(process.cwd(), 'examples', 'chat-app');
  function run(home: string, extra: Record<string, string> = {}) {
    const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: home, XDG_CACHE_HOME: join(home, 'xdg') };
    const r = spawnSync(process.execPath, [CLI_BUNDLE, 'check', example, '--offline', '--format', 'json'], {
      env: { ...env, ...extra },
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    return JSON.parse(r.stdout) as { verdict: string; models: Array<{ id: string; status: string }> };
  }
  const cacheFiles = (home: string) => {
    const dir = join(home, 'xdg', 'model-gate', 'v8');
    return existsSync(dir) ? readdirSync(dir).map((f) => join(dir, f)) : [];
  };

  it('writes the cache once, uses it, and recovers from a corrupt one', () => {
    const home = tempDir();
    const first = run(home);
    const [file] = cacheFiles(home);
    expect(cacheFiles(home)).toHaveLength(1);
    expect(file).toMatch(/cli-[0-9a-f]{32}-.+\.cache$/);
    const written = statSync(file);
    expect(written.size).toBeGreaterThan(100_000);
    // accepted: the same report, and the file is not written again (a rewrite is a new file renamed over it)
    expect(run(home)).toEqual(first);
    expect(statSync(file).ino).toBe(written.ino);
    // garbage of the same length: V8 rejects it, the run is the same, and the cache is written anew
    writeFileSync(file, Buffer.alloc(written.size, 0x5a));
    expect(run(home)).toEqual(first);
    expect(statSync(file).ino).not.toBe(written.ino);
    expect(readFileSync(file).subarray(0, 64).equals(Buffer.alloc(64, 0x5a))).toBe(false);
    // truncated: the same
    writeFileSync(file, readFileSync(file).subarray(0, 1000));
    expect(run(home)).toEqual(first);
    expect(statSync(file).size).toBeGreaterThan(100_000);
    expect(first.verdict).toBe('fail');
  });

  it('keeps none in CI or with NODE_DISABLE_COMPILE_CACHE, and runs the same when it cannot write one', () => {
    const home = tempDir();
    const plain = run(home, { CI: 'true' });
    expect(cacheFiles(home)).toHaveLength(0);
    expect(run(home, { NODE_DISABLE_COMPILE_CACHE: '1' })).toEqual(plain);
    expect(existsSync(join(home, 'xdg'))).toBe(false);
    // a cache directory that cannot be made (a file where it would be; root writes through permissions)
    writeFileSync(join(home, 'xdg'), 'not a directory');
    expect(run(home)).toEqual(plain);
  });
});
