// V8's compiled code of a bundle, kept between runs (Node.js 20 has no compile cache of its own for ES modules):
// the CLI's (dist/cli/bundle.js, compiled by cli/start.ts) and the scan worker threads' (dist/scan-worker/bundle.js,
// compiled by discover/pool.ts's WORKER_BOOT), both wrapped in a function by .ci/build.mjs and compiled by node:vm
// with the cached data. After a run that had none, or whose data V8 rejected (another Node.js, another bundle), the
// code V8 compiled during the run, the functions that ran included, is written for the next run.
//
// A cache can only make a run faster, never change what it does or make it fail: V8 checks that the data was
// made by the same V8 with the same flags for a source of the same length; the file's name carries a hash of
// the bundle's contents, so that another bundle never meets it; any error reading or writing it is ignored.
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { join, posix, win32 } from 'node:path';

/** The most cache files kept in the directory (other versions of model-gate, other versions of Node.js). */
export const KEEP_FILES = 4;

/** Cache data larger than this is neither read nor written (the CLI's is about 2 MB). */
const MAX_BYTES = 64 * 1024 * 1024;

type Env = Record<string, string | undefined>;

/** True in a CI job (`CI` set, as GitHub Actions and most CI services set it), where a cache would not outlive the job. */
export function inCI(env: Env): boolean {
  const ci = env.CI?.trim().toLowerCase();
  return (ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0') || env.GITHUB_ACTIONS === 'true';
}

/**
 * The directory of the compile cache, or undefined when none is kept: in CI, with `NODE_DISABLE_COMPILE_CACHE`
 * set (the variable Node.js's own compile cache obeys), or without a home directory. The user's cache directory:
 * `$XDG_CACHE_HOME` or `~/.cache` (Linux and others), `~/Library/Caches` (macOS), `%LOCALAPPDATA%` (Windows).
 */
export function compileCacheDir(
  env: Env,
  platform: NodeJS.Platform = process.platform,
  home = safeHome(),
): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE || inCI(env)) return undefined;
  const path = platform === 'win32' ? win32 : posix;
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA;
    if (local && path.isAbsolute(local)) return path.join(local, 'model-gate', 'Cache', 'v8');
  }
  if (!home || !path.isAbsolute(home)) return undefined;
  if (platform === 'win32') return path.join(home, 'AppData', 'Local', 'model-gate', 'Cache', 'v8');
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'model-gate', 'v8');
  const xdg = env.XDG_CACHE_HOME;
  return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(home, '.cache'), 'model-gate', 'v8');
}

function safeHome(): string | undefined {
  try {
    return homedir();
  } catch {
    return undefined;
  }
}

/**
 * The key of a bundle's cache: the hash its build wrote on its first line (`model-gate-bundle sha256:HEX`), or
 * undefined (a bundle built otherwise gets no cache).
 */
export function bundleKey(source: string): string | undefined {
  const end = source.indexOf('\n');
  const first = source.slice(0, end < 0 ? Math.min(source.length, 300) : Math.min(end, 300));
  return /\bmodel-gate-bundle sha256:([0-9a-f]{32,64})\b/.exec(first)?.[1];
}

/**
 * The first line of a bundle file, where its key is (see bundleKey), without reading the rest: the scan workers
 * read the bundle themselves. Empty when it cannot be read (the workers then fail to start, and need no cache).
 */
export function bundleHead(file: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const buf = Buffer.alloc(512);
    return buf.toString('latin1', 0, readSync(fd, buf, 0, buf.length, 0));
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export interface CompileCache {
  /** The cached data to compile with, if any was found. */
  readonly data: Uint8Array | undefined;
  /** Writes the data for the next run (atomically; errors are ignored). */
  save(data: Uint8Array): void;
}

/**
 * The compile cache of a bundle named `name` ("cli", "scan-worker"), from its source (or its first line, see
 * bundleHead), or undefined when none is kept (see compileCacheDir) or the bundle carries no key. `v8` and `arch` name the V8 and the machine the data is for.
 */
export function openCompileCache(
  name: string,
  source: string,
  env: Env,
  dir = compileCacheDir(env),
  v8 = process.versions.v8,
  arch = process.arch,
): CompileCache | undefined {
  const key = bundleKey(source);
  if (!dir || !key) return undefined;
  const prefix = `${name}-`;
  const file = join(dir, `${prefix}${key.slice(0, 32)}-${v8.replace(/[^\w.-]/g, '_')}-${arch}.cache`);
  return {
    data: readOwnFile(file),
    save(data) {
      if (data.length === 0 || data.length > MAX_BYTES) return;
      try {
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
        writeFileSync(tmp, data, { mode: 0o600 });
        renameSync(tmp, file);
        prune(dir, prefix, file);
      } catch {
        /* a cache that cannot be written is no cache */
      }
    },
  };
}

/** The file's bytes when it is a regular file of this user's (another user's file is never trusted) and not too large. */
function readOwnFile(file: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const st = fstatSync(fd);
    if (!st.isFile() || st.size === 0 || st.size > MAX_BYTES) return undefined;
    if (typeof process.getuid === 'function' && st.uid !== process.getuid()) return undefined;
    const data = Buffer.allocUnsafe(st.size);
    let got = 0;
    while (got < st.size) {
      const n = readSync(fd, data, got, st.size - got, got);
      if (n === 0) return undefined;
      got += n;
    }
    return data;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Removes this bundle's cache files beyond the KEEP_FILES most recently written (keeping `current`). */
function prune(dir: string, prefix: string, current: string): void {
  const others = readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && (f.endsWith('.cache') || f.endsWith('.tmp')) && join(dir, f) !== current)
    .map((f) => {
      const path = join(dir, f);
      try {
        return { path, mtime: statSync(path).mtimeMs };
      } catch {
        return { path, mtime: 0 };
      }
    })
    .sort((a, b) => b.mtime - a.mtime);
  for (const { path } of others.slice(KEEP_FILES - 1)) rmSync(path, { force: true });
}
