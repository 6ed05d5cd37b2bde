/**
 * The git side of the action: what is checked out, fetching one commit, and the lines a change adds, read from
 * `git diff` as a stream (only hunk headers are kept, so a huge diff costs time, not memory). git runs without a
 * shell, without prompts, pagers, external diff drivers or text conversions, each call with a timeout.
 */
import { spawn } from 'node:child_process';
import { unquotePath } from '../core/diff.js';

export const ZERO_SHA = /^0+$/;
/** Time for one git command (a fetch included). */
const GIT_TIMEOUT_MS = 120_000;
/** Output kept from a git command read whole (rev-parse, cat-file -p...). */
const SMALL_OUTPUT = 1024 * 1024;
/** Added lines remembered over a whole diff; past it, files get no list (every line of them counts as added). */
export const ADDED_LINES_MAX = 2_000_000;

export class GitError extends Error {
  constructor(
    message: string,
    readonly code: number | null,
  ) {
    super(message);
    this.name = 'GitError';
  }
}

const ENV: NodeJS.ProcessEnv = {
  GIT_TERMINAL_PROMPT: '0',
  GIT_PAGER: 'cat',
  GIT_OPTIONAL_LOCKS: '0',
  GIT_LFS_SKIP_SMUDGE: '1',
  LC_ALL: 'C',
};

const CONFIG = ['-c', 'core.quotePath=false', '-c', 'diff.noprefix=false', '-c', 'color.ui=false'];

interface RunOptions {
  /** Called with each line of stdout (without the newline); then stdout is not kept. */
  onLine?: (line: string) => void;
  input?: string;
  timeoutMs?: number;
}

/** Runs git in `dir`; resolves with stdout (up to 1 MiB) unless `onLine` takes the lines. */
export function git(dir: string, args: string[], opts: RunOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...CONFIG, ...args], {
      cwd: dir,
      env: { ...process.env, ...ENV },
      stdio: [opts.input !== undefined ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let pending = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new GitError(`git ${args[0]}: no result within ${(opts.timeoutMs ?? GIT_TIMEOUT_MS) / 1000} s`, null));
    }, opts.timeoutMs ?? GIT_TIMEOUT_MS);
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (d: string) => {
      if (opts.onLine) {
        pending += d;
        let i: number;
        while ((i = pending.indexOf('\n')) >= 0) {
          opts.onLine(pending.slice(0, i));
          pending = pending.slice(i + 1);
        }
        // A line longer than this is content, never a header: keep only its start.
        if (pending.length > 65_536) pending = pending.slice(0, 65_536);
      } else if (out.length < SMALL_OUTPUT) {
        out += d;
      }
    });
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (d: string) => {
      if (err.length < 8192) err += d;
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new GitError(`git could not run: ${e.message}`, null));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (opts.onLine && pending) opts.onLine(pending);
      if (code === 0) resolve(out);
      else
        reject(new GitError(`git ${args[0]} failed: ${err.trim().split('\n').slice(-1)[0] || `exit ${code}`}`, code));
    });
    if (opts.input !== undefined) child.stdin!.end(opts.input);
  });
}

export interface Checkout {
  /** The work tree's top folder. */
  top: string;
  /** `dir` relative to `top` ('' at the top). */
  prefix: string;
  /** The checked-out commit. */
  head: string;
  /** Whether the clone is shallow (actions/checkout's default). */
  shallow: boolean;
}

/** What is checked out at `dir`; undefined when it is not a git work tree (or git is missing). */
export async function checkoutAt(dir: string): Promise<Checkout | undefined> {
  try {
    const out = (
      await git(dir, [
        'rev-parse',
        '--is-inside-work-tree',
        '--show-toplevel',
        '--show-prefix',
        '--is-shallow-repository',
      ])
    ).split('\n');
    if (out[0] !== 'true') return undefined;
    const head = (await git(dir, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])).trim();
    return { top: out[1], prefix: out[2].replace(/\/$/, ''), head, shallow: out[3] === 'true' };
  } catch {
    return undefined;
  }
}

/** Whether the work tree holds any tracked file (under `dir`). */
export async function hasTrackedFiles(dir: string): Promise<boolean> {
  let any = false;
  try {
    await git(dir, ['ls-files', '-z', '--', '.'], {
      onLine: (l) => {
        if (l.length > 0) any = true;
      },
    });
  } catch {
    return false;
  }
  return any;
}

/** The parents of a commit, read from the commit object (works in a shallow clone, where `HEAD^` does not). */
export async function commitParents(dir: string, sha: string): Promise<string[]> {
  const text = await git(dir, ['cat-file', 'commit', sha]);
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (line === '') break;
    const m = /^parent ([0-9a-f]{40,64})$/.exec(line);
    if (m) out.push(m[1]);
  }
  return out;
}

export async function hasCommit(dir: string, sha: string): Promise<boolean> {
  if (!/^[0-9a-f]{40,64}$/i.test(sha)) return false;
  try {
    await git(dir, ['cat-file', '-e', `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/** Fetches commits from `origin` with a depth of 1, nothing else (no tags, submodules or FETCH_HEAD). */
function fetchShallow(dir: string, shas: string[]): Promise<unknown> {
  return git(dir, [
    'fetch',
    '--no-tags',
    '--no-recurse-submodules',
    '--no-write-fetch-head',
    '--depth=1',
    'origin',
    ...shas,
  ]);
}

/**
 * Makes `sha` present: fetched from `origin` with a depth of 1 when it is not (actions/checkout leaves the token
 * in the local config, so this works on a runner). Returns whether the commit is now there.
 */
export async function ensureCommit(dir: string, sha: string, log?: (m: string) => void): Promise<boolean> {
  if (await hasCommit(dir, sha)) return true;
  try {
    await fetchShallow(dir, [sha]);
  } catch (e) {
    log?.(`git fetch of ${sha.slice(0, 12)} failed: ${e instanceof Error ? e.message : String(e)}`);
    return false;
  }
  return hasCommit(dir, sha);
}

/**
 * Makes the commits present, fetching the missing ones in one `git fetch` (one by one if that fails, so that one
 * unknown commit does not cost the others). Returns those now present.
 */
export async function ensureCommits(dir: string, shas: string[], log?: (m: string) => void): Promise<Set<string>> {
  const present = new Set<string>();
  const missing: string[] = [];
  for (const sha of new Set(shas)) {
    if (await hasCommit(dir, sha)) present.add(sha);
    else if (/^[0-9a-f]{40,64}$/i.test(sha)) missing.push(sha);
  }
  if (missing.length > 1) {
    try {
      await fetchShallow(dir, missing);
      for (const sha of missing) if (await hasCommit(dir, sha)) present.add(sha);
      return present;
    } catch {
      // One at a time below.
    }
  }
  for (const sha of missing) if (await ensureCommit(dir, sha, log)) present.add(sha);
  return present;
}

export interface ChangedFile {
  path: string;
  /** A (added), M, D, R (renamed), T (type), C. */
  status: string;
  previous?: string;
}

export interface LocalDiff {
  files: ChangedFile[];
  /** Lines each file adds on the new side; a changed file without an entry counts as wholly new (binary, cap). */
  added: Record<string, number[]>;
}

/** The path of a `---`/`+++` line: git ends it with a tab when the name has a space. */
function headerPath(s: string): string {
  return unquotePath(s.endsWith('\t') ? s.slice(0, -1) : s);
}

const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/** A hunk of a `-U0` diff: old lines [oldStart, oldStart + oldCount), new lines [newStart, newStart + newCount). */
export interface Hunk {
  oldStart: number;
  oldCount: number;
  newStart: number;
  newCount: number;
}

/**
 * Streams a `git diff -U0` and hands each file's hunks to `onFile`. Content lines are counted, never kept, so that
 * a content line that looks like a header cannot be taken for one.
 */
function diffParser(onFile: (path: string, previous: string | undefined, hunks: Hunk[] | null) => void) {
  let path: string | undefined;
  let from: string | undefined;
  let hunks: Hunk[] | null = null;
  let left = 0;
  let right = 0;
  const flush = () => {
    if (path !== undefined) onFile(path, from !== path ? from : undefined, hunks);
    path = undefined;
    from = undefined;
    hunks = null;
  };
  return {
    line(l: string) {
      if (left > 0 || right > 0) {
        if (l.startsWith('-') && left > 0) left--;
        else if (l.startsWith('+') && right > 0) right--;
        else if (l.startsWith('\\')) {
          /* "\ No newline at end of file" */
        } else {
          left = right = 0;
        }
        if (left > 0 || right > 0) return;
        return;
      }
      if (l.startsWith('diff --git ')) {
        flush();
        path = '';
        return;
      }
      if (path === undefined) return;
      let m: RegExpExecArray | null;
      if ((m = HUNK.exec(l))) {
        const h: Hunk = {
          oldStart: Number(m[1]),
          oldCount: m[2] === undefined ? 1 : Number(m[2]),
          newStart: Number(m[3]),
          newCount: m[4] === undefined ? 1 : Number(m[4]),
        };
        (hunks ??= []).push(h);
        left = h.oldCount;
        right = h.newCount;
        return;
      }
      if (l.startsWith('--- ')) {
        const p = headerPath(l.slice(4));
        if (p !== '/dev/null') from = p.replace(/^a\//, '');
      } else if (l.startsWith('+++ ')) {
        const p = headerPath(l.slice(4));
        path = p === '/dev/null' ? (from ?? '') : p.replace(/^b\//, '');
      } else if (l.startsWith('rename from ')) from = unquotePath(l.slice(12));
      else if (l.startsWith('rename to ')) path = unquotePath(l.slice(10));
    },
    end: flush,
  };
}

/**
 * The files `head` changes against `base`, and the lines each adds (new-side numbers), with paths relative to
 * `dir` (only files under it). Renames are followed.
 */
export async function diffLocal(dir: string, base: string, head: string): Promise<LocalDiff> {
  const files: ChangedFile[] = [];
  const raw = await gitNul(dir, [
    'diff',
    '--no-ext-diff',
    '--no-textconv',
    '--relative',
    '-M',
    '--name-status',
    '-z',
    base,
    head,
  ]);
  for (let i = 0; i < raw.length;) {
    const status = raw[i++];
    if (!status) break;
    const kind = status[0];
    if (kind === 'R' || kind === 'C') {
      const previous = raw[i++];
      const path = raw[i++];
      files.push({ path, status: kind, previous });
    } else {
      files.push({ path: raw[i++], status: kind });
    }
  }
  const added: Record<string, number[]> = {};
  let total = 0;
  const parser = diffParser((path, _previous, hunks) => {
    if (!path || !hunks) return;
    const lines: number[] = [];
    for (const h of hunks) for (let n = 0; n < h.newCount; n++) lines.push(h.newStart + n);
    total += lines.length;
    if (total <= ADDED_LINES_MAX) added[path] = lines;
  });
  await git(
    dir,
    [
      'diff',
      '--no-ext-diff',
      '--no-textconv',
      '--relative',
      '-M',
      '-U0',
      '--src-prefix=a/',
      '--dst-prefix=b/',
      base,
      head,
    ],
    { onLine: (l) => parser.line(l) },
  );
  parser.end();
  return { files, added };
}

/** A git command's NUL-separated output. */
async function gitNul(dir: string, args: string[]): Promise<string[]> {
  const parts: string[] = [];
  let pending = '';
  await git(dir, args, {
    onLine: (l) => {
      const chunks = (pending + l + '\n').split('\0');
      pending = chunks.pop() ?? '';
      parts.push(...chunks);
    },
  });
  if (pending.replace(/\n$/, '')) parts.push(pending.replace(/\n$/, ''));
  return parts;
}

/** Maps line numbers of a file at one commit to the same lines at another; undefined for lines the other lacks. */
export type LineMap = (line: number) => number | undefined;

/** The line map of one file from the hunks of `git diff -U0 from to`. */
export function lineMapFromHunks(hunks: Hunk[]): LineMap {
  const sorted = [...hunks].sort((a, b) => a.oldStart - b.oldStart);
  return (line) => {
    let offset = 0;
    for (const h of sorted) {
      const end = h.oldCount > 0 ? h.oldStart + h.oldCount - 1 : h.oldStart;
      if (h.oldCount > 0 && line >= h.oldStart && line <= end) return undefined;
      if (line > end || (h.oldCount === 0 && line > h.oldStart)) offset += h.newCount - h.oldCount;
      else break;
    }
    return line + offset;
  };
}

/** Line maps from `from` to `to` of `paths` (relative to `dir`); a path missing from the result is unchanged. */
export async function lineMaps(
  dir: string,
  from: string,
  to: string,
  paths: string[],
): Promise<Map<string, LineMap | null>> {
  const out = new Map<string, LineMap | null>();
  if (paths.length === 0) return out;
  for (let i = 0; i < paths.length; i += 500) {
    const parser = diffParser((path, previous, hunks) => {
      // A file the other commit does not have (or binary): no line of it maps.
      out.set(previous ?? path, hunks ? lineMapFromHunks(hunks) : null);
    });
    await git(
      dir,
      [
        'diff',
        '--no-ext-diff',
        '--no-textconv',
        '--relative',
        '--no-renames',
        '-U0',
        '--src-prefix=a/',
        '--dst-prefix=b/',
        from,
        to,
        '--',
        ...paths.slice(i, i + 500).map((p) => `:(literal)${p}`),
      ],
      { onLine: (l) => parser.line(l) },
    );
    parser.end();
  }
  return out;
}

export interface GitBlob {
  path: string;
  /** Undefined when the blob is over the size limit or missing. */
  data?: Buffer;
  size?: number;
  missing?: boolean;
}

/** Bytes of file contents held at once while reading blobs. */
const BLOB_BATCH_BYTES = 32 * 1024 * 1024;

/**
 * Reads files of a commit with `git cat-file` (no checkout, no filters): sizes first, then the contents of those
 * within `maxBytes`, in batches of at most 32 MiB handed to `onBlob`. Paths with a newline cannot be asked for and
 * are reported missing.
 */
export async function readBlobs(
  dir: string,
  sha: string,
  paths: string[],
  maxBytes: number | ((path: string) => number),
  onBlob: (b: GitBlob) => void | Promise<void>,
): Promise<void> {
  const asked = paths.filter((p) => !p.includes('\n'));
  for (const path of paths) if (path.includes('\n')) await onBlob({ path, missing: true });
  const sizes = asked.length
    ? await git(dir, ['cat-file', '--batch-check=%(objectname) %(objecttype) %(objectsize)'], {
        input: asked.map((p) => `${sha}:./${p}\n`).join(''),
      })
    : '';
  const lines = sizes.split('\n');
  const wanted: { path: string; oid: string; size: number }[] = [];
  for (const [i, path] of asked.entries()) {
    const m = /^([0-9a-f]{40,64}) (\w+) (\d+)$/.exec(lines[i] ?? '');
    if (!m || m[2] !== 'blob') await onBlob({ path, missing: true });
    else if (Number(m[3]) > (typeof maxBytes === 'number' ? maxBytes : maxBytes(path)))
      await onBlob({ path, size: Number(m[3]) });
    else wanted.push({ path, oid: m[1], size: Number(m[3]) });
  }
  for (let i = 0; i < wanted.length;) {
    const batch: typeof wanted = [];
    let bytes = 0;
    while (i < wanted.length && (batch.length === 0 || bytes + wanted[i].size <= BLOB_BATCH_BYTES)) {
      bytes += wanted[i].size;
      batch.push(wanted[i++]);
    }
    const data = await catFileBatch(
      dir,
      batch.map((w) => w.oid),
    );
    let at = 0;
    for (const w of batch) {
      const nl = data.indexOf(10, at);
      const m = nl < 0 ? null : /^[0-9a-f]+ blob (\d+)$/.exec(data.subarray(at, nl).toString('utf8'));
      if (!m) {
        await onBlob({ path: w.path, missing: true });
        if (nl >= 0) at = nl + 1;
        continue;
      }
      const size = Number(m[1]);
      await onBlob({ path: w.path, size, data: data.subarray(nl + 1, nl + 1 + size) });
      at = nl + 1 + size + 1;
    }
  }
}

function catFileBatch(dir: string, oids: string[]): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const child = spawn('git', [...CONFIG, 'cat-file', '--batch'], { cwd: dir, env: { ...process.env, ...ENV } });
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new GitError('git cat-file: no result in time', null));
    }, GIT_TIMEOUT_MS);
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    child.stderr.resume();
    child.on('error', (e) => reject(new GitError(`git could not run: ${e.message}`, null)));
    child.on('close', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    });
    child.stdin.end(oids.map((o) => `${o}\n`).join(''));
  });
}
