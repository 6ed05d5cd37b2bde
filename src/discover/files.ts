import { execFile } from 'node:child_process';
import { isUtf8 } from 'node:buffer';
import { constants, type Stats } from 'node:fs';
import * as fsCb from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import type { GitIgnore } from './gitignore.js';

/** Files larger than this are not read. */
export const MAX_FILE_BYTES = 1024 * 1024;
/**
 * Jupyter notebooks larger than this are not read: a notebook carries its cells' outputs (plots and images as base64),
 * often megabytes around a few kilobytes of code, so it is read up to this size; only its cells are scanned.
 */
export const MAX_NOTEBOOK_BYTES = 16 * 1024 * 1024;

/** The size over which the file at `path` is not read: MAX_NOTEBOOK_BYTES for a notebook, else MAX_FILE_BYTES. */
export function maxFileBytes(path: string): number {
  return /\.ipynb$/i.test(path) ? MAX_NOTEBOOK_BYTES : MAX_FILE_BYTES;
}
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
  /**
   * `changedFiles` is what git lists in this work tree (tracked files `git diff` reports, untracked ones `git ls-files
   * -o --exclude-standard` reports: `check --base`): taken as git's answer, without a second `git ls-files`.
   */
  changedListed?: boolean;
  /**
   * Take .gitignore rules from this directory (its .gitignore files, at the same relative places) instead of
   * from `root`: on `pull_request_target` the pull request's files are read into a temporary directory, and
   * the base's ignore rules apply, never a .gitignore that the pull request adds. The tree is then walked,
   * not listed by git.
   */
  ignoreRoot?: string;
}

/** A file or folder that was not scanned, and why (listed in the report's `not_scanned`). */
export interface NotScanned {
  path: string;
  reason: string;
}

export interface FileList {
  /** POSIX paths relative to the root, sorted. */
  files: string[];
  /** Files and folders left out for a reason the report must show (names with line breaks, unreadable folders). */
  notScanned: NotScanned[];
  /** Files and folders a walk's ignore rules left out (listed in notScanned up to MAX_IGNORED_LISTED). */
  ignored?: number;
}

/** Line breaks in a name would let it forge lines of the text report, of annotations and workflow commands. */
const LINE_BREAK_RE = /[\n\r\u2028\u2029]/;
const LINE_BREAKS_RE = /[\n\r\u2028\u2029]/g;
const NAME_REASON = 'its name holds a line break (\\n, \\r, U+2028 or U+2029); rename it to have it scanned';

/** Whether a relative POSIX path lies in a directory that is never scanned. */
export function inSkippedDir(path: string): boolean {
  for (let from = 0, slash = path.indexOf('/'); slash !== -1; from = slash + 1, slash = path.indexOf('/', from)) {
    if (SKIPPED_DIRS.has(path.slice(from, slash))) return true;
  }
  return false;
}

function globMatcher(globs: string[] | undefined, fallback: string[]): (p: string) => boolean {
  const list = globs && globs.length ? globs : fallback;
  if (list.length === 0) return () => false;
  // every path (those with line breaks are tested with a stand-in): the default of scan.paths
  if (list.length === 1 && list[0] === '**') return () => true;
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

function git(root: string, args: string[], input?: string, onData?: (chunk: string) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      ['-C', root, ...args],
      { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8', windowsHide: true },
      (err: Error | null, stdout) => (err ? reject(err) : resolve(stdout)),
    );
    if (onData) child.stdout?.on('data', onData);
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

const prefetched = new Map<string, Promise<string[] | undefined>>();

/**
 * How many files git's index at `root` (`.git/index`) tracks, from its header; undefined when `root` has no
 * index git 2.x would read (not the top of a work tree, a linked work tree, an unreadable file). An estimate
 * that starts worker threads early: the listing stays what is scanned.
 */
export function trackedFileCount(root: string): number | undefined {
  let fd: number | undefined;
  try {
    fd = fsCb.openSync(join(root, '.git', 'index'), READ_FLAGS);
    const head = Buffer.alloc(12);
    if (fsCb.readSync(fd, head, 0, 12, 0) !== 12 || head.toString('latin1', 0, 4) !== 'DIRC') return undefined;
    const version = head.readUInt32BE(4);
    return version >= 2 && version <= 4 ? head.readUInt32BE(8) : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fsCb.closeSync(fd);
  }
}

/**
 * Starts listing the files of `root` through git now, so that the git process runs while the caller loads its
 * policy; the next full listing of `root` (no changed files, no ignoreRoot) takes the answer (`files` too: its
 * count decides whether scan workers start early). About 10 ms less wall time for a small repository.
 * `onMany(count)` is called once, while git still writes, as soon as it has listed `many` paths (a large
 * repository: scan workers can start before the list is complete). `drop()` forgets an answer nobody took (call
 * it when the run ends).
 */
export function prefetchFileList(
  root: string,
  early?: { many: number; onMany: (count: number) => void },
): { files: Promise<string[] | undefined>; drop(): void } {
  let seen = 0;
  const onData = early
    ? (chunk: string) => {
        if (seen < early.many) {
          for (let at = chunk.indexOf('\0'); at !== -1 && seen < early.many; at = chunk.indexOf('\0', at + 1)) seen++;
          if (seen >= early.many) early.onMany(seen);
        }
      }
    : undefined;
  const p = git(root, ['ls-files', '-c', '-o', '--exclude-standard', '-z'], undefined, onData).then(
    (out) => out.split('\0').filter(Boolean),
    () => undefined,
  );
  prefetched.set(root, p);
  return {
    files: p,
    drop: () => {
      if (prefetched.get(root) === p) prefetched.delete(root);
    },
  };
}

/**
 * Files git would track under `root` (tracked, and untracked but not ignored), or undefined when `root` is not
 * in a git work tree (or git is missing). One git process: with `only`, git looks at those paths alone.
 */
async function gitListFiles(root: string, only?: string[]): Promise<string[] | undefined> {
  const base = ['ls-files', '-c', '-o', '--exclude-standard', '-z'];
  if (!only) {
    const early = prefetched.get(root);
    if (early) {
      prefetched.delete(root);
      return early;
    }
  }
  try {
    if (!only) return (await git(root, base)).split('\0').filter(Boolean);
    const out: string[] = [];
    for (let i = 0; i < only.length; i += 500) {
      const chunk = only.slice(i, i + 500).map((p) => `:(literal)${p}`);
      out.push(...(await git(root, [...base, '--', ...chunk])).split('\0').filter(Boolean));
    }
    return out;
  } catch {
    return undefined;
  }
}

/** Reads the .gitignore of `dir` (relative) under `ignoreRoot` into `ig`, through the guarded reader. */
async function addGitIgnore(ig: GitIgnore, ignoreRoot: string, dir: string): Promise<void> {
  const r = await readRepoFile(ignoreRoot, dir ? `${dir}/.gitignore` : '.gitignore');
  if (r.ok) ig.add(decodeText(r.data), dir);
}

/** Files and folders that ignore rules left out of a walk, listed by name at most (the rest counted). */
const MAX_IGNORED_LISTED = 50;

/**
 * A file or folder that ignore rules leave out of a walk: shown as not scanned, as git was not asked whether it
 * is tracked (a tree without `.git`, such as a downloaded archive), or the rules are the base's (pull_request_target).
 */
function ignoredEntry(out: FileList, path: string, baseRules: boolean): void {
  out.ignored = (out.ignored ?? 0) + 1;
  if (out.ignored <= MAX_IGNORED_LISTED)
    out.notScanned.push({
      path,
      reason: baseRules
        ? "matched the base's .gitignore"
        : 'matched .gitignore, and no git work tree says whether it is tracked; check a clone to scan tracked files',
    });
}

async function walk(root: string, ig: GitIgnore, ignoreRoot: string, out: FileList, dir = ''): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir ? join(root, dir) : root, { withFileTypes: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // a folder that vanished is nothing to report; one that cannot be read hides what it holds
    if (code !== 'ENOENT' && code !== 'ENOTDIR')
      out.notScanned.push({ path: `${dir || '.'}/`, reason: `unreadable folder (${code ?? 'error'})` });
    return;
  }
  if (dir && (ignoreRoot !== root || entries.some((e) => e.name === '.gitignore' && e.isFile()))) {
    await addGitIgnore(ig, ignoreRoot, dir);
  }
  const subdirs: string[] = [];
  for (const e of entries) {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    if (e.name === '.git') continue;
    if (e.isDirectory()) {
      if (SKIPPED_DIRS.has(e.name)) continue;
      if (ig.ignores(rel, true)) {
        ignoredEntry(out, `${rel}/`, ignoreRoot !== root);
        continue;
      }
      if (LINE_BREAK_RE.test(e.name)) out.notScanned.push({ path: `${rel}/`, reason: NAME_REASON });
      else subdirs.push(rel);
    } else if (e.isFile() || e.isSymbolicLink()) {
      // symbolic links are listed as files; reading them checks where they lead (directories are not walked)
      if (!ig.ignores(rel, false)) out.files.push(rel);
      else ignoredEntry(out, rel, ignoreRoot !== root);
    }
  }
  for (const d of subdirs) await walk(root, ig, ignoreRoot, out, d);
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

/**
 * The files to scan under `root` and those left out for a reason to show. Files git would track (`git ls-files
 * -co --exclude-standard`, one process) when `root` is in a work tree, else a walk honouring .gitignore files
 * (read from `ignoreRoot` when given, and then always a walk); minus SKIPPED_DIRS, minus `ignore`, limited to
 * `paths` and, when given, to `changedFiles` (only those paths are looked at: the cost follows the change).
 */
export async function listRepositoryFiles(root: string, opts: ListOptions = {}): Promise<FileList> {
  const include = globMatcher(opts.paths, ['**']);
  const exclude = globMatcher(opts.ignore, []);
  const out: FileList = { files: [], notScanned: [] };
  let changed = opts.changedFiles?.map(normaliseRel).filter((p): p is string => p !== undefined);
  if (changed) changed = await withoutLinkedDirs(root, [...new Set(changed)]);
  const fromGit =
    opts.ignoreRoot !== undefined
      ? undefined
      : changed && opts.changedListed
        ? changed
        : await gitListFiles(root, changed);
  let files: string[];
  if (fromGit) {
    files = fromGit;
  } else {
    const ignoreRoot = opts.ignoreRoot ?? root;
    // the matcher is loaded for walks only: in a git work tree, git applies the ignore rules
    const { GitIgnore } = await import('./gitignore.js');
    const ig = new GitIgnore();
    await addGitIgnore(ig, ignoreRoot, '');
    if (changed) {
      files = [];
      const read = new Set<string>();
      for (const p of changed) {
        // nested .gitignore files along the path
        const parts = p.split('/');
        for (let i = 1; i < parts.length; i++) {
          const d = parts.slice(0, i).join('/');
          if (read.has(d)) continue;
          read.add(d);
          await addGitIgnore(ig, ignoreRoot, d);
        }
        if (!ig.ignoresFile(p)) files.push(p);
        else ignoredEntry(out, p, ignoreRoot !== root);
      }
    } else {
      await walk(root, ig, ignoreRoot, out);
      files = out.files;
    }
    const more = (out.ignored ?? 0) - MAX_IGNORED_LISTED;
    if (more > 0) out.notScanned.push({ path: '.', reason: `${more} more files and folders matched .gitignore` });
  }
  const set = new Set<string>();
  for (const f of files) {
    // globs never match a line break (a regular expression's `.`): test such names with a stand-in for it
    const bad = LINE_BREAK_RE.test(f);
    const g = bad ? f.replace(LINE_BREAKS_RE, '_') : f;
    if (inSkippedDir(g) || !include(g) || exclude(g)) continue;
    if (bad) out.notScanned.push({ path: f, reason: NAME_REASON });
    else set.add(f);
  }
  out.files = [...set].sort();
  out.notScanned.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return out;
}

/** The files to scan under `root` (see listRepositoryFiles), without the list of those left out. */
export async function listFiles(root: string, opts: ListOptions = {}): Promise<string[]> {
  return (await listRepositoryFiles(root, opts)).files;
}

export type ReadResult =
  | { ok: true; data: Buffer }
  | { ok: false; reason: string }
  /** The file is gone (deleted in the work tree) or is not a file: nothing to report. */
  | { ok: false; reason?: undefined };

const O_NOFOLLOW = (constants as { O_NOFOLLOW?: number }).O_NOFOLLOW;
/** O_NONBLOCK: opening a FIFO (a named pipe in the tree) returns at once instead of waiting for a writer forever. */
const READ_FLAGS = constants.O_RDONLY | ((constants as { O_NONBLOCK?: number }).O_NONBLOCK ?? 0);

/** Whether `real` (a resolved path) lies inside `realRoot`. */
function inside(realRoot: string, real: string): boolean {
  const rel = relative(realRoot, real);
  return rel !== '' && !rel.startsWith('..' + sep) && rel !== '..' && !rel.startsWith('/') && !/^[A-Za-z]:/.test(rel);
}

/** Promisified callback-style fs calls: cheaper per call than FileHandle promises, which matters at 20,000 files. */
function fsOpen(path: string, flags: number): Promise<number> {
  return new Promise((resolve, reject) => fsCb.open(path, flags, (e, fd) => (e ? reject(e) : resolve(fd))));
}
function fsFstat(fd: number): Promise<Stats> {
  return new Promise((resolve, reject) => fsCb.fstat(fd, (e, st) => (e ? reject(e) : resolve(st))));
}
function fsRead(fd: number, buf: Buffer, off: number, len: number, pos: number): Promise<number> {
  return new Promise((resolve, reject) => fsCb.read(fd, buf, off, len, pos, (e, n) => (e ? reject(e) : resolve(n))));
}
function fsClose(fd: number): Promise<void> {
  return new Promise((resolve) => fsCb.close(fd, () => resolve()));
}

/** Whether the bytes start with a UTF-16 byte-order mark (text with NUL bytes, not a binary file). */
export function hasUtf16Bom(data: Buffer): boolean {
  return data.length >= 2 && ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff));
}

function looksBinary(data: Buffer): boolean {
  return !hasUtf16Bom(data) && data.subarray(0, BINARY_SNIFF_BYTES).indexOf(0) !== -1;
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
  const abs = join(root, rel);
  let fd: number;
  try {
    if (O_NOFOLLOW !== undefined) {
      fd = await fsOpen(abs, READ_FLAGS | O_NOFOLLOW);
    } else {
      const st = await lstat(abs);
      if (st.isSymbolicLink()) throw Object.assign(new Error('symlink'), { code: 'ELOOP' });
      fd = await fsOpen(abs, READ_FLAGS);
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false };
    if (code !== 'ELOOP' && code !== 'EMLINK') return { ok: false, reason: `unreadable (${code ?? 'error'})` };
    // a symbolic link: follow it only inside the repository, and only to a regular file
    let target: string;
    try {
      realRoot ??= await realpath(root);
      target = await realpath(abs);
    } catch {
      return { ok: false, reason: 'broken symbolic link' };
    }
    const refused = linkRefusal(realRoot, target, await stat(target).catch(() => undefined));
    if (refused) return refused;
    try {
      fd = await fsOpen(target, READ_FLAGS);
    } catch (e2) {
      return { ok: false, reason: `unreadable (${(e2 as NodeJS.ErrnoException).code ?? 'error'})` };
    }
  }
  try {
    const st = await fsFstat(fd);
    if (!st.isFile()) return { ok: false };
    const max = maxFileBytes(rel);
    if (st.size > max) {
      const head = Buffer.allocUnsafe(BINARY_SNIFF_BYTES);
      return oversized(st.size, head.subarray(0, await fsRead(fd, head, 0, BINARY_SNIFF_BYTES, 0)), max);
    }
    const data = Buffer.allocUnsafe(st.size);
    let off = 0;
    if (opts.sniffFirst) {
      // likely binary (by its name): look at the first 8 KiB before reading the rest
      off = await fsRead(fd, data, 0, Math.min(BINARY_SNIFF_BYTES, st.size), 0);
      if (looksBinary(data.subarray(0, off))) return { ok: false, reason: 'binary file' };
    }
    while (off < st.size) {
      const n = await fsRead(fd, data, off, st.size - off, off);
      if (n === 0) break;
      off += n;
    }
    return readResult(data, off);
  } catch (e) {
    return { ok: false, reason: `unreadable (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  } finally {
    await fsClose(fd);
  }
}

/**
 * A file over MAX_FILE_BYTES, from its first bytes: a large image or archive is binary (not listed), only large
 * text is listed as not scanned.
 */
function oversized(size: number, head: Buffer, max = MAX_FILE_BYTES): ReadResult {
  const limit = `${max / (1024 * 1024)} MiB`;
  return { ok: false, reason: looksBinary(head) ? 'binary file' : `larger than ${limit} (${size} bytes)` };
}

/** The bytes read (the first `length` of `data`), or why they are not scanned (binary). */
function readResult(data: Buffer, length: number): ReadResult {
  const buf = length === data.length ? data : data.subarray(0, length);
  return looksBinary(buf) ? { ok: false, reason: 'binary file' } : { ok: true, data: buf };
}

/** Why a symbolic link resolving to `target` (stat `st`) is not read; undefined when it may be. */
function linkRefusal(realRoot: string, target: string, st: Stats | undefined): ReadResult | undefined {
  if (!inside(realRoot, target)) return { ok: false, reason: 'symbolic link leading outside the repository' };
  if (!st) return { ok: false, reason: 'broken symbolic link' };
  if (st.isDirectory()) return { ok: false, reason: 'symbolic link to a directory' };
  if (!st.isFile()) return { ok: false };
  return undefined;
}

/**
 * readRepoFile with blocking calls, for worker threads: one thread reading page-cached files this way is about
 * four times faster than the same reads through the libuv pool (20,000 files: 0.3 s against 1.1 s), and each
 * worker thread reads its own share. Same rules and results as readRepoFile.
 *
 * The bytes are read into `scratch` (a buffer of MAX_FILE_BYTES + 1 bytes, from `readScratch()`, one per thread),
 * and the data returned is a view of it, valid until the next read into the same buffer: no allocation and no
 * fstat per file (a read that fills the first SCRATCH_FIRST bytes, or returns nothing, asks fstat whether the file
 * is regular and how large it is), and a file shorter than SCRATCH_FIRST is one read.
 */
export function readRepoFileSync(root: string, rel: string, realRoot: string, scratch: Buffer): ReadResult {
  const opened = openRepoFileSync(join(root, rel), realRoot);
  if (typeof opened !== 'number') return opened;
  const fd = opened;
  try {
    return readInto(fd, scratch, maxFileBytes(rel));
  } catch (e) {
    return { ok: false, reason: `unreadable (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  } finally {
    fsCb.closeSync(fd);
  }
}

/** A buffer for readRepoFileSync's `scratch`: the largest file scanned and one byte more. */
export function readScratch(): Buffer {
  return Buffer.allocUnsafe(MAX_FILE_BYTES + 1);
}

/** Bytes read into a scratch buffer first: a file that fills them is asked its size before the rest is read. */
const SCRATCH_FIRST = 64 * 1024;

/** Opens a repository file for reading (a symbolic link only to a regular file inside the repository). */
function openRepoFileSync(abs: string, realRoot: string): number | ReadResult {
  try {
    if (O_NOFOLLOW !== undefined) return fsCb.openSync(abs, READ_FLAGS | O_NOFOLLOW);
    if (fsCb.lstatSync(abs).isSymbolicLink()) throw Object.assign(new Error('symlink'), { code: 'ELOOP' });
    return fsCb.openSync(abs, READ_FLAGS);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false };
    if (code !== 'ELOOP' && code !== 'EMLINK') return { ok: false, reason: `unreadable (${code ?? 'error'})` };
  }
  let target: string;
  try {
    target = fsCb.realpathSync(abs);
  } catch {
    return { ok: false, reason: 'broken symbolic link' };
  }
  let st: Stats | undefined;
  try {
    st = fsCb.statSync(target);
  } catch {
    st = undefined;
  }
  const refused = linkRefusal(realRoot, target, st);
  if (refused) return refused;
  try {
    return fsCb.openSync(target, READ_FLAGS);
  } catch (e2) {
    return { ok: false, reason: `unreadable (${(e2 as NodeJS.ErrnoException).code ?? 'error'})` };
  }
}

/**
 * An open file read into `buf` (see readRepoFileSync): a view of it, or why it is not scanned. A file over `buf`
 * but within `max` (a notebook, see maxFileBytes) is read into a buffer of its own.
 */
function readInto(fd: number, buf: Buffer, max: number): ReadResult {
  let off: number;
  try {
    off = fsCb.readSync(fd, buf, 0, SCRATCH_FIRST, 0);
  } catch (e) {
    // a directory (EISDIR), a named pipe without a writer (EAGAIN): not a file, nothing to report
    if (!isRegular(fd)) return { ok: false };
    throw e;
  }
  // nothing (an empty file, or no file at all), or as much as asked: what is it, how large?
  if (off === 0 || off === SCRATCH_FIRST) {
    const st = fsCb.fstatSync(fd);
    if (!st.isFile()) return { ok: false };
    if (st.size > max) return oversized(st.size, buf.subarray(0, Math.min(off, BINARY_SNIFF_BYTES)), max);
    if (st.size >= buf.length) {
      // larger than the scratch buffer, allowed by its kind: a buffer of its own, the bytes read so far first
      const own = Buffer.allocUnsafe(st.size + 1);
      buf.copy(own, 0, 0, off);
      buf = own;
    }
  }
  // a read shorter than asked ends a regular file (a local file's read is short only at its end: signals do not
  // interrupt it), so no second read looks for the end: one system call in four, at 20,000 files in two threads
  // whose system calls contend in the kernel
  if (off === SCRATCH_FIRST) {
    for (;;) {
      const n = fsCb.readSync(fd, buf, off, buf.length - off, off);
      if (n === 0) break;
      off += n;
      // the file grew past the limit (or past its buffer) while it was read
      if (off >= buf.length) return oversized(fsCb.fstatSync(fd).size, buf.subarray(0, BINARY_SNIFF_BYTES), max);
    }
  }
  return readResult(buf, off);
}

function isRegular(fd: number): boolean {
  try {
    return fsCb.fstatSync(fd).isFile();
  } catch {
    return false;
  }
}

/** Decodes a file's bytes as UTF-8 text, without a byte-order mark (UTF-16 text with a byte-order mark too). */
export function decodeText(data: Buffer): string {
  if (hasUtf16Bom(data)) return new TextDecoder(data[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(data);
  const text = data.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Offset of the first byte that is not valid UTF-8, or -1 (UTF-16 text with a byte-order mark counts as valid). */
export function invalidUtf8Offset(data: Buffer): number {
  if (isUtf8(data) || hasUtf16Bom(data)) return -1;
  // only for invalid files: find where, for the report
  let i = 0;
  while (i < data.length) {
    const b = data[i];
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0 || i + n >= data.length) return i;
    if (!isUtf8(data.subarray(i, i + n + 1))) return i;
    i += n + 1;
  }
  return -1;
}

/** The text of a repository file, or undefined when it is missing, binary, too large or a link out of the repository. */
export async function readTextFile(root: string, rel: string): Promise<string | undefined> {
  const r = await readRepoFile(root, rel);
  return r.ok ? decodeText(r.data) : undefined;
}
