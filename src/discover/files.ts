import { execFile } from 'node:child_process';
import { constants, type Stats } from 'node:fs';
import * as fsCb from 'node:fs';
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { GitIgnore } from './gitignore.js';

/** Files larger than this are not read. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** A NUL byte within this prefix makes a file binary. */
export const BINARY_SNIFF_BYTES = 8 * 1024;

/** Directories never scanned, wherever they are. */
export const SKIPPED_DIRS: ReadonlySet<string> = new Set([
  'node_modules',
  'vendor',
  '.git',
  'dist',
  'build',
  'out',
  'target',
  '.venv',
  'venv',
  '__pycache__',
  'site-packages',
]);

export interface ListOptions {
  /** picomatch globs of paths to scan (default `**`). */
  paths?: string[];
  /** picomatch globs of paths not to scan; `dir` and `dir/` also exclude everything below. */
  ignore?: string[];
  /** Only these files (a pull request's changes); paths relative to `root`. */
  changedFiles?: string[];
}

/** Whether a relative POSIX path lies in a directory that is never scanned. */
export function inSkippedDir(path: string): boolean {
  const parts = path.split('/');
  for (let i = 0; i < parts.length - 1; i++) if (SKIPPED_DIRS.has(parts[i])) return true;
  return false;
}

function globMatcher(globs: string[] | undefined, fallback: string[]): (p: string) => boolean {
  const list = globs && globs.length ? globs : fallback;
  if (list.length === 0) return () => false;
  const expanded = list.flatMap((g) => {
    const clean = g.replace(/^\.\//, '').replace(/\/+$/, '');
    return /[*?[\]{}!]/.test(clean) && clean.endsWith('/**') ? [clean] : [clean, `${clean}/**`];
  });
  return picomatch(expanded, { dot: true });
}

/** Normalises a changed-file path; undefined when it escapes the root. */
function normaliseRel(p: string): string | undefined {
  const s = p.replace(/\\/g, '/').replace(/^\.\//, '');
  if (!s || s.startsWith('/') || /^[A-Za-z]:\//.test(s)) return undefined;
  const parts: string[] = [];
  for (const part of s.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') return undefined;
    parts.push(part);
  }
  return parts.join('/');
}

function git(root: string, args: string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      ['-C', root, ...args],
      { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8', windowsHide: true },
      (err, stdout) => (err ? reject(err) : resolve(stdout)),
    );
    if (input !== undefined) child.stdin?.end(input);
  });
}

/** Whether `root` lies inside a git work tree (and git is available). */
export async function isGitWorkTree(root: string): Promise<boolean> {
  try {
    return (await git(root, ['rev-parse', '--is-inside-work-tree'])).trim() === 'true';
  } catch {
    return false;
  }
}

async function gitListFiles(root: string, only?: string[]): Promise<string[]> {
  const base = ['ls-files', '-c', '-o', '--exclude-standard', '-z'];
  if (!only) return (await git(root, base)).split('\0').filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < only.length; i += 500) {
    const chunk = only.slice(i, i + 500).map((p) => `:(literal)${p}`);
    out.push(...(await git(root, [...base, '--', ...chunk])).split('\0').filter(Boolean));
  }
  return out;
}

async function walk(root: string, ig: GitIgnore, dir = '', out: string[] = []): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir ? join(root, dir) : root, { withFileTypes: true });
  } catch {
    return out;
  }
  const gi = entries.find((e) => e.name === '.gitignore' && e.isFile());
  if (gi && dir) {
    try {
      ig.add(await readFile(join(root, dir, '.gitignore'), 'utf8'), dir);
    } catch {
      /* unreadable .gitignore: ignore it */
    }
  }
  const subdirs: string[] = [];
  for (const e of entries) {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    if (e.name === '.git') continue;
    if (e.isDirectory()) {
      if (SKIPPED_DIRS.has(e.name) || ig.ignores(rel, true)) continue;
      subdirs.push(rel);
    } else if (e.isFile() || e.isSymbolicLink()) {
      // symbolic links are listed as files; reading them checks where they lead (directories are not walked)
      if (!ig.ignores(rel, false)) out.push(rel);
    }
  }
  for (const d of subdirs) await walk(root, ig, d, out);
  return out;
}

/** Drops paths that go through a symbolically linked directory (git and the walk never enter those). */
async function withoutLinkedDirs(root: string, paths: string[]): Promise<string[]> {
  const checked = new Map<string, boolean>();
  const linked = async (dir: string): Promise<boolean> => {
    let v = checked.get(dir);
    if (v === undefined) {
      v = await lstat(join(root, dir)).then(
        (st) => st.isSymbolicLink(),
        () => false,
      );
      checked.set(dir, v);
    }
    return v;
  };
  const out: string[] = [];
  for (const p of paths) {
    const parts = p.split('/');
    let ok = true;
    for (let i = 1; i < parts.length && ok; i++) if (await linked(parts.slice(0, i).join('/'))) ok = false;
    if (ok) out.push(p);
  }
  return out;
}

async function rootGitIgnore(root: string): Promise<GitIgnore> {
  const ig = new GitIgnore();
  try {
    ig.add(await readFile(join(root, '.gitignore'), 'utf8'));
  } catch {
    /* none */
  }
  return ig;
}

/**
 * The files to scan under `root` (POSIX paths relative to it, sorted): files git would track (`git ls-files
 * -co --exclude-standard`) when `root` is in a work tree, else a walk honouring .gitignore files; minus
 * SKIPPED_DIRS, minus `ignore`, limited to `paths` and, when given, to `changedFiles`.
 */
export async function listFiles(root: string, opts: ListOptions = {}): Promise<string[]> {
  const include = globMatcher(opts.paths, ['**']);
  const exclude = globMatcher(opts.ignore, []);
  let files: string[];
  let changed = opts.changedFiles?.map(normaliseRel).filter((p): p is string => p !== undefined);
  if (changed) changed = await withoutLinkedDirs(root, [...new Set(changed)]);
  if (await isGitWorkTree(root)) {
    files = await gitListFiles(root, changed);
  } else {
    const ig = await rootGitIgnore(root);
    if (changed) {
      files = [];
      for (const p of changed) {
        if (ig.ignoresFile(p)) continue;
        // nested .gitignore files along the path
        const local = new GitIgnore();
        const parts = p.split('/');
        for (let i = 1; i < parts.length; i++) {
          const d = parts.slice(0, i).join('/');
          try {
            local.add(await readFile(join(root, d, '.gitignore'), 'utf8'), d);
          } catch {
            /* none */
          }
        }
        if (local.size && local.ignoresFile(p)) continue;
        files.push(p);
      }
    } else {
      files = await walk(root, ig);
    }
  }
  const set = new Set<string>();
  for (const f of files) {
    if (inSkippedDir(f) || !include(f) || exclude(f)) continue;
    set.add(f);
  }
  return [...set].sort();
}

export type ReadResult =
  | { ok: true; data: Buffer }
  | { ok: false; reason: string }
  /** The file is gone (deleted in the work tree) or is not a file: nothing to report. */
  | { ok: false; reason?: undefined };

const O_NOFOLLOW = (constants as { O_NOFOLLOW?: number }).O_NOFOLLOW;

/** Whether `real` (a resolved path) lies inside `realRoot`. */
function inside(realRoot: string, real: string): boolean {
  const rel = relative(realRoot, real);
  return (
    rel !== '' &&
    !rel.startsWith('..' + sep) &&
    rel !== '..' &&
    !rel.startsWith('/') &&
    !/^[A-Za-z]:/.test(rel)
  );
}

/** Promisified callback-style fs calls: cheaper per call than FileHandle promises, which matters at 20,000 files. */
function fsOpen(path: string, flags: number): Promise<number> {
  return new Promise((resolve, reject) => fsCb.open(path, flags, (e, fd) => (e ? reject(e) : resolve(fd))));
}
function fsFstat(fd: number): Promise<Stats> {
  return new Promise((resolve, reject) => fsCb.fstat(fd, (e, st) => (e ? reject(e) : resolve(st))));
}
function fsRead(fd: number, buf: Buffer, off: number, len: number, pos: number): Promise<number> {
  return new Promise((resolve, reject) =>
    fsCb.read(fd, buf, off, len, pos, (e, n) => (e ? reject(e) : resolve(n))),
  );
}
function fsClose(fd: number): Promise<void> {
  return new Promise((resolve) => fsCb.close(fd, () => resolve()));
}

/**
 * Reads a repository file for scanning: symbolic links are followed only to files inside the repository;
 * files over MAX_FILE_BYTES and binary files (a NUL byte in the first 8 KiB) are refused with a reason.
 * `realRoot` is realpath(root), computed by the caller once. `sniffFirst` reads the first 8 KiB alone first
 * (for files whose names say they are binary).
 */
export async function readRepoFile(
  root: string,
  rel: string,
  realRoot?: string,
  opts: { sniffFirst?: boolean } = {},
): Promise<ReadResult> {
  const abs = join(root, ...rel.split('/'));
  let fd: number;
  try {
    if (O_NOFOLLOW !== undefined) {
      fd = await fsOpen(abs, constants.O_RDONLY | O_NOFOLLOW);
    } else {
      const st = await lstat(abs);
      if (st.isSymbolicLink()) throw Object.assign(new Error('symlink'), { code: 'ELOOP' });
      fd = await fsOpen(abs, constants.O_RDONLY);
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false };
    if (code !== 'ELOOP' && code !== 'EMLINK')
      return { ok: false, reason: `unreadable (${code ?? 'error'})` };
    // a symbolic link: follow it only inside the repository, and only to a regular file
    let target: string;
    try {
      realRoot ??= await realpath(root);
      target = await realpath(abs);
    } catch {
      return { ok: false, reason: 'broken symbolic link' };
    }
    if (!inside(realRoot, target))
      return { ok: false, reason: 'symbolic link leading outside the repository' };
    const st = await stat(target).catch(() => undefined);
    if (!st) return { ok: false, reason: 'broken symbolic link' };
    if (st.isDirectory()) return { ok: false, reason: 'symbolic link to a directory' };
    if (!st.isFile()) return { ok: false };
    try {
      fd = await fsOpen(target, constants.O_RDONLY);
    } catch (e2) {
      return { ok: false, reason: `unreadable (${(e2 as NodeJS.ErrnoException).code ?? 'error'})` };
    }
  }
  try {
    const st = await fsFstat(fd);
    if (!st.isFile()) return { ok: false };
    if (st.size > MAX_FILE_BYTES) return { ok: false, reason: `larger than 1 MiB (${st.size} bytes)` };
    const data = Buffer.allocUnsafe(st.size);
    let off = 0;
    if (opts.sniffFirst) {
      // likely binary (by its name): look at the first 8 KiB before reading the rest
      off = await fsRead(fd, data, 0, Math.min(BINARY_SNIFF_BYTES, st.size), 0);
      if (data.subarray(0, off).indexOf(0) !== -1) return { ok: false, reason: 'binary file' };
    }
    while (off < st.size) {
      const n = await fsRead(fd, data, off, st.size - off, off);
      if (n === 0) break;
      off += n;
    }
    const buf = off === st.size ? data : data.subarray(0, off);
    if (buf.subarray(0, BINARY_SNIFF_BYTES).indexOf(0) !== -1) return { ok: false, reason: 'binary file' };
    return { ok: true, data: buf };
  } catch (e) {
    return { ok: false, reason: `unreadable (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  } finally {
    await fsClose(fd);
  }
}

/** Decodes a file's bytes as UTF-8 text, without a byte-order mark. */
export function decodeText(data: Buffer): string {
  const text = data.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The text of a repository file, or undefined when it is missing, binary, too large or a link out of the repository. */
export async function readTextFile(root: string, rel: string): Promise<string | undefined> {
  const r = await readRepoFile(root, rel);
  return r.ok ? decodeText(r.data) : undefined;
}
