/**
 * What the change is, per event: the base to compare with, the files it changes and the lines it adds, computed
 * against the tree that is scanned, plus how to place a scanned line on the check run's commit.
 *
 * - `pull_request`: the workspace is GitHub's merge commit; the change is its diff against its first parent (the
 *   base branch as merged), read with local git (the parent fetched with a depth of 1 when the clone is shallow).
 *   Lines are moved to the PR's head (where the check run and review comments live) through `git diff` between
 *   the merge commit and the head. When git cannot fetch, the PR's files come from the API (every page, up to
 *   its 3,000) and their patches are mapped onto the scanned files by content.
 * - `pull_request_target`: the workspace is the base branch and the PR's files are data: read from the head
 *   commit with git (fetched, never checked out), or through the contents API; the API lists the changed files.
 *   Ignore rules (.gitignore) come from the base, never from the PR.
 * - `merge_group` and `push`: local `git diff` between the two commits, else the compare API (300 files at most).
 * - Anything not seen (files past an API limit, files too large or not read) is counted in `unseen`.
 */
import { copyFileSync, existsSync, lstatSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import type { BaseInfo } from '../engine/check.js';
import { addedLines } from '../core/diff.js';
import { UserError } from '../core/errors.js';
import { DEFAULT_BOMS, DEFAULT_MANIFESTS, isDefaultManifest } from '../core/manifest-names.js';
import { MAX_FILE_BYTES, maxFileBytes } from '../discover/files.js';
import { COMPARE_FILES_MAX, type GitHubApi, PULL_FILES_MAX, type PullFile, type RepoRef } from '../github/api.js';
import type { EventInfo, PullRequestInfo } from './event.js';
import {
  type Checkout,
  commitParents,
  diffLocal,
  ensureCommit,
  ensureCommits,
  git,
  lineMaps,
  readBlobs,
} from './git.js';

/** What `check()` takes as `base`. */
export type BaseSnapshot = BaseInfo;

/** Manifest files read at the base or the head, at most (a larger one is an error, as in the scan). */
const MANIFEST_MAX = MAX_FILE_BYTES;
/** Files read through the contents API when git cannot give them (each costs a request of the hourly budget). */
export const API_READS_MAX = 1000;

export interface Unseen {
  /** Changed files no listing gave (past the API's 3,000, or the compare API's 300). */
  unlisted: number;
  /** Whether `unlisted` is a lower bound (the compare API does not say how many files there are). */
  atLeast?: boolean;
  /** Files not read because of their size. */
  tooLarge: string[];
  /** Files that could not be read (API limit, errors). */
  notRead: string[];
}

export interface Change {
  /** Where the files that are checked are: the workspace, or the head read as data on pull_request_target. */
  root: string;
  /** Undefined: the whole tree is checked. */
  base?: BaseSnapshot;
  /** How the change was read, for the log and the reports. */
  how: string;
  /** The commit whose tree is scanned. */
  scanned: string;
  /**
   * How lines of the scanned tree (of `paths`) sit on the check run's commit, and which of them (on that commit)
   * inline review comments may target: the lines the PR adds.
   */
  onHead(paths: string[]): Promise<HeadView>;
  unseen: Unseen;
  /** Visible notes: which commit was checked when it is not the expected one, a base that could not be fetched. */
  notes: string[];
}

export interface HeadView {
  /** A line of the scanned tree on the check run's commit; undefined when that commit does not have it. */
  toHead: (path: string, line: number) => number | undefined;
  reviewable: Map<string, Set<number>>;
}

export interface ChangeContext {
  api: GitHubApi;
  repo: RepoRef;
  event: EventInfo;
  /** The checkout (`path`) and what git says of it. */
  workspace: string;
  checkout: Checkout;
  manifestPaths: string[];
  scan: boolean;
  /** A folder of its own for the head's files on pull_request_target. */
  headDir: string;
  log: { info(m: string): void; debug(m: string): void };
}

const identity = (_p: string, line: number) => line;

/** The scanned tree is the check run's commit: lines stay; `added` (by path) are reviewable. */
function sameTree(added: Record<string, number[]> | Map<string, Set<number>> = {}): Change['onHead'] {
  const reviewable =
    added instanceof Map ? added : new Map(Object.entries(added).map(([p, l]) => [p, new Set(l)] as const));
  return () => Promise.resolve({ toHead: identity, reviewable });
}

function noUnseen(): Unseen {
  return { unlisted: 0, tooLarge: [], notRead: [] };
}

/** Lines each changed file adds, from the files API's patches; files without a patch get no entry. */
export function addedLinesOf(files: PullFile[]): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const f of files) if (f.patch !== undefined && f.patch !== null) out[f.filename] = [...addedLines(f.patch)];
  return out;
}

/** Changed paths: current names, plus the old names of renamed files. */
export function changedPaths(files: PullFile[]): string[] {
  const out = new Set<string>();
  for (const f of files) {
    out.add(f.filename);
    if (f.previous_filename) out.add(f.previous_filename);
  }
  return [...out];
}

/** A repository path that is safe to write under a directory (relative, no `..`, not inside .git). */
export function safeRelativePath(p: string): string | undefined {
  if (!p || p.includes('\0') || p.includes('\\')) return undefined;
  const n = posix.normalize(p);
  if (n.startsWith('/') || n === '..' || n.startsWith('../') || n === '.' || /^[a-zA-Z]:/.test(n)) return undefined;
  if (n.split('/').some((s) => s === '..' || s.toLowerCase() === '.git')) return undefined;
  return n;
}

/** API paths are relative to the repository; the checkout may be a folder of it (`prefix`). */
function underPrefix(files: PullFile[], prefix: string): PullFile[] {
  if (!prefix) return files;
  const p = `${prefix}/`;
  const strip = (s: string | undefined) => (s !== undefined && s.startsWith(p) ? s.slice(p.length) : undefined);
  const out: PullFile[] = [];
  for (const f of files) {
    const filename = strip(f.filename);
    if (filename === undefined && strip(f.previous_filename) === undefined) continue;
    out.push({ ...f, filename: filename ?? f.filename, previous_filename: strip(f.previous_filename) });
  }
  return out;
}

/** Added lines of a patch with their text, on the new side. */
function patchAdditions(patch: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let line = 0;
  let inHunk = false;
  for (const raw of patch.split('\n')) {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const h = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (h) {
      line = Number(h[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    if (text[0] === '+') out.push({ line: line++, text: text.slice(1) });
    else if (text[0] === ' ' || text === '') line++;
  }
  return out;
}

/**
 * Places a patch's added lines (numbered on the PR's head) in a file of another tree (the merge commit) by their
 * text, in order: each added line goes to the first later line of the file with the same text. Linear in the
 * size of the file and the patch (an index of line texts; binary search for the next position).
 */
export function mapAdditionsByContent(patch: string, text: string): { added: number[]; toHead: Map<number, number> } {
  const index = new Map<string, number[]>();
  const lines = text.split('\n');
  lines.forEach((l, i) => {
    const key = l.endsWith('\r') ? l.slice(0, -1) : l;
    const list = index.get(key);
    if (list) list.push(i + 1);
    else index.set(key, [i + 1]);
  });
  const added: number[] = [];
  const toHead = new Map<number, number>();
  let after = 0;
  for (const a of patchAdditions(patch)) {
    const list = index.get(a.text);
    if (!list) continue;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid] <= after) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= list.length) continue;
    after = list[lo];
    added.push(after);
    toHead.set(after, a.line);
  }
  return { added, toHead };
}

/**
 * A BOM of the default lookup (core/manifest-names.ts): the manifest only when it lists models, so one that is too
 * large or unreadable is passed over (an ordinary software SBOM may be large), never an error.
 */
function optionalManifest(ctx: ChangeContext, path: string): boolean {
  return defaultLookup(ctx) && DEFAULT_BOMS.includes(path);
}

/** Whether the manifest is looked for at the default names (none was named). */
function defaultLookup(ctx: ChangeContext): boolean {
  return (
    ctx.manifestPaths.length === DEFAULT_MANIFESTS.length &&
    ctx.manifestPaths.every((p, i) => p === DEFAULT_MANIFESTS[i])
  );
}

/** Whether a manifest path that exists at the base is the manifest (a BOM of the default lookup must list models). */
function isManifestAt(ctx: ChangeContext, path: string, text: string): boolean {
  return !defaultLookup(ctx) || isDefaultManifest(path, text);
}

async function manifestAtBase(ctx: ChangeContext, baseSha: string, local: boolean): Promise<string | null> {
  // The manifest at the base, looked for as discovery looks for it in the head; a manifest too large there: every
  // entry counts as new.
  if (local) {
    const found = new Map<string, string | null>();
    await readBlobs(ctx.workspace, baseSha, ctx.manifestPaths, MANIFEST_MAX, (b) => {
      if (!b.missing) found.set(b.path, b.data ? b.data.toString('utf8') : null);
    });
    for (const path of ctx.manifestPaths) {
      if (!found.has(path)) continue;
      const text = found.get(path)!;
      if (text === null) {
        if (optionalManifest(ctx, path)) continue;
        return null;
      }
      if (isManifestAt(ctx, path, text)) return text;
    }
    return null;
  }
  for (const path of ctx.manifestPaths) {
    const file = await ctx.api.getContent(ctx.repo, joinPrefix(ctx.checkout.prefix, path), baseSha);
    if (!file) continue;
    if (file.text === undefined) {
      if (optionalManifest(ctx, path)) continue;
      return null;
    }
    if (isManifestAt(ctx, path, file.text)) return file.text;
  }
  return null;
}

function joinPrefix(prefix: string, path: string): string {
  return prefix ? `${prefix}/${path}` : path;
}

function short(sha: string): string {
  return sha.slice(0, 12);
}

/** The checked-out commit is neither the event's nor the PR's head: say which one was checked. */
function checkedNote(ctx: ChangeContext): string | undefined {
  const { event, checkout } = ctx;
  if (event.expected.length === 0 || event.expected.includes(checkout.head)) return undefined;
  const parts = [`the event's commit ${short(event.expected[0])}`];
  if (event.pull && event.pull.headSha !== event.expected[0])
    parts.push(`the pull request's head ${short(event.pull.headSha)}`);
  return `checked commit ${short(checkout.head)}, which is neither ${parts.join(' nor ')}; the results are for that commit`;
}

/** The change of the event, or undefined (whole tree) when there is nothing to compare with. */
export async function computeChange(ctx: ChangeContext): Promise<Change> {
  const { event, checkout } = ctx;
  const notes: string[] = [];
  const mismatch = checkedNote(ctx);
  if (mismatch) notes.push(mismatch);
  if (event.pull?.target) return targetChange(ctx, event.pull, notes);
  if (event.pull) return pullChange(ctx, event.pull, notes);
  if (event.compare) return compareChange(ctx, event.compare.base, event.compare.head, notes);
  return {
    root: ctx.workspace,
    how: `${event.whole ?? 'no change to compare'}: every model of the repository counts`,
    scanned: checkout.head,
    onHead: sameTree(),
    unseen: noUnseen(),
    notes,
  };
}

function localBase(
  ctx: ChangeContext,
  baseSha: string,
  diff: Awaited<ReturnType<typeof diffLocal>>,
  manifestText: string | null,
): BaseSnapshot {
  const changed = new Set<string>();
  for (const f of diff.files) {
    changed.add(f.path);
    if (f.previous) changed.add(f.previous);
  }
  return { ref: baseSha, manifestText, changedFiles: [...changed], addedLines: diff.added };
}

async function pullChange(ctx: ChangeContext, pull: PullRequestInfo, notes: string[]): Promise<Change> {
  const { checkout, workspace } = ctx;
  const scanned = checkout.head;
  const parents = await commitParents(workspace, scanned).catch(() => [] as string[]);
  const isMerge = parents.length === 2 && parents[1] === pull.headSha;
  const log = (m: string) => ctx.log.debug(`model-gate: ${m}`);

  // The base of the diff: the merge commit's first parent, or (checkout at the head) the merge base.
  let baseCommit: string | undefined;
  if (isMerge) {
    // The parent and the head (to move lines onto it) in one fetch.
    if ((await ensureCommits(workspace, [parents[0], pull.headSha], log)).has(parents[0])) baseCommit = parents[0];
  } else if (await ensureCommit(workspace, pull.baseSha, log)) {
    try {
      baseCommit = (await git(workspace, ['merge-base', pull.baseSha, scanned])).trim() || undefined;
    } catch {
      // A shallow clone has no merge base: the API's patches are exact for the head.
      baseCommit = scanned === pull.headSha ? undefined : pull.baseSha;
    }
  }

  if (baseCommit) {
    const diff = await diffLocal(workspace, baseCommit, scanned);
    const base = localBase(ctx, baseCommit, diff, await manifestAtBase(ctx, baseCommit, true));
    let onHead = sameTree(diff.added);
    if (scanned !== pull.headSha) {
      // Lines of the merge commit on the PR's head: through git diff, the head fetched when needed. Files main
      // changed since the PR's base differ too, so every file with a finding is mapped, not only the PR's.
      const headThere = await ensureCommit(workspace, pull.headSha, log);
      if (!headThere) {
        notes.push(
          `the pull request's head ${short(pull.headSha)} could not be fetched: annotations use the lines of the merge commit ${short(scanned)}`,
        );
      } else {
        onHead = async (paths) => {
          const all = [...new Set([...paths, ...Object.keys(diff.added)])];
          const maps = await lineMaps(workspace, scanned, pull.headSha, all).catch(() => undefined);
          const toHead = (path: string, line: number) => {
            if (!maps || !maps.has(path)) return line;
            const f = maps.get(path);
            return f ? f(line) : undefined;
          };
          const reviewable = new Map<string, Set<number>>();
          for (const [path, lines] of Object.entries(diff.added)) {
            const set = new Set<number>();
            for (const l of lines) {
              const h = toHead(path, l);
              if (h !== undefined) set.add(h);
            }
            reviewable.set(path, set);
          }
          return { toHead, reviewable };
        };
      }
    }
    return {
      root: workspace,
      base,
      how: `pull request #${pull.number}: ${isMerge ? `merge commit ${short(scanned)} against its first parent` : `${short(scanned)} against ${short(baseCommit)}`} (local git, ${diff.files.length} changed files)`,
      scanned,
      onHead,
      unseen: noUnseen(),
      notes,
    };
  }

  // No local history: the PR's files through the API.
  const listed = await ctx.api.listPullFiles(ctx.repo, pull.number);
  const files = underPrefix(listed, checkout.prefix);
  const unseen = noUnseen();
  unseen.unlisted = Math.max(0, (pull.changedFiles ?? listed.length) - listed.length);
  if (listed.length >= PULL_FILES_MAX && pull.changedFiles === undefined) unseen.atLeast = true;
  let added = addedLinesOf(files);
  const reviewable = new Map<string, Set<number>>();
  for (const f of files) if (f.status !== 'removed') reviewable.set(f.filename, addedLines(f.patch));
  let onHead = sameTree(reviewable);
  if (scanned !== pull.headSha) {
    // The workspace is the merge commit: place the head's added lines in it by their text.
    added = {};
    const maps = new Map<string, Map<number, number>>();
    for (const f of files) {
      if (f.patch === undefined || f.patch === null || f.status === 'removed') continue;
      const abs = join(workspace, ...f.filename.split('/'));
      let text: string;
      try {
        const st = lstatSync(abs);
        if (!st.isFile() || st.size > maxFileBytes(f.filename)) continue;
        text = readFileSync(abs, 'utf8');
      } catch {
        continue;
      }
      const m = mapAdditionsByContent(f.patch, text);
      added[f.filename] = m.added;
      maps.set(f.filename, m.toHead);
    }
    onHead = () => Promise.resolve({ toHead: (path, line) => maps.get(path)?.get(line) ?? line, reviewable });
    notes.push(
      `the base could not be fetched with git: the pull request's changes were read through the API and placed in the merge commit ${short(scanned)} by their text`,
    );
  }
  return {
    root: workspace,
    base: {
      ref: pull.baseSha,
      manifestText: await manifestAtBase(ctx, pull.baseSha, false),
      changedFiles: changedPaths(files),
      addedLines: added,
    },
    how: `pull request #${pull.number}: ${listed.length} changed files listed through the API`,
    scanned,
    onHead,
    unseen,
    notes,
  };
}

async function compareChange(ctx: ChangeContext, baseSha: string, headSha: string, notes: string[]): Promise<Change> {
  const { checkout, workspace } = ctx;
  const scanned = checkout.head;
  const log = (m: string) => ctx.log.debug(`model-gate: ${m}`);
  if (await ensureCommit(workspace, baseSha, log)) {
    const diff = await diffLocal(workspace, baseSha, scanned);
    return {
      root: workspace,
      base: localBase(ctx, baseSha, diff, await manifestAtBase(ctx, baseSha, true)),
      how: `${ctx.event.compare?.why ?? 'the change'}: ${short(scanned)} against ${short(baseSha)} (local git, ${diff.files.length} changed files)`,
      scanned,
      onHead: sameTree(),
      unseen: noUnseen(),
      notes,
    };
  }
  const cmp = await ctx.api.compareCommits(ctx.repo, baseSha, headSha);
  const files = underPrefix(cmp.files, checkout.prefix);
  const unseen = noUnseen();
  if (cmp.files.length >= COMPARE_FILES_MAX) {
    unseen.unlisted = 1;
    unseen.atLeast = true;
  }
  notes.push(
    `the base ${short(baseSha)} could not be fetched with git: the changed files were listed through the compare API`,
  );
  return {
    root: workspace,
    base: {
      ref: baseSha,
      manifestText: await manifestAtBase(ctx, baseSha, false),
      changedFiles: changedPaths(files),
      addedLines: addedLinesOf(files),
    },
    how: `${ctx.event.compare?.why ?? 'the change'}: ${cmp.files.length} changed files listed through the compare API`,
    scanned,
    onHead: sameTree(),
    unseen,
    notes,
  };
}

async function targetChange(ctx: ChangeContext, pull: PullRequestInfo, notes: string[]): Promise<Change> {
  const { checkout, workspace } = ctx;
  const listed = await ctx.api.listPullFiles(ctx.repo, pull.number);
  const files = underPrefix(listed, checkout.prefix);
  const unseen = noUnseen();
  unseen.unlisted = Math.max(0, (pull.changedFiles ?? listed.length) - listed.length);
  if (listed.length >= PULL_FILES_MAX && pull.changedFiles === undefined) unseen.atLeast = true;
  const log = (m: string) => ctx.log.debug(`model-gate: ${m}`);
  const localBaseOk = await ensureCommit(workspace, pull.baseSha, log);
  const manifestText = await manifestAtBase(ctx, pull.baseSha, localBaseOk);
  const m = await materializeHead(ctx, pull, files, unseen);
  const reviewable = new Map<string, Set<number>>();
  for (const f of files) if (f.status !== 'removed') reviewable.set(f.filename, addedLines(f.patch));
  return {
    root: ctx.headDir,
    base: { ref: pull.baseSha, manifestText, changedFiles: changedPaths(files), addedLines: addedLinesOf(files) },
    how: `pull_request_target #${pull.number}: ${listed.length} changed files listed through the API, ${m.written} read from the head ${short(pull.headSha)} ${m.via}`,
    scanned: pull.headSha,
    onHead: sameTree(reviewable),
    unseen,
    notes,
  };
}

/**
 * `pull_request_target`: writes the head's manifest and changed files into `ctx.headDir`, as data (nothing is
 * checked out or run): with git from the head commit (fetched with a depth of 1), else through the contents API
 * (at most API_READS_MAX files). The head's `.gitignore` files are never written; the base's are copied instead,
 * so that a pull request cannot hide its own files.
 */
async function materializeHead(
  ctx: ChangeContext,
  pull: PullRequestInfo,
  files: PullFile[],
  unseen: Unseen,
): Promise<{ written: number; via: string }> {
  const dir = ctx.headDir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // the manifest's paths may be missing; one that exists must be read (a BOM of the default lookup is read as any
  // other file)
  const manifests = new Set(ctx.manifestPaths);
  const required = new Set(ctx.manifestPaths.filter((p) => !optionalManifest(ctx, p)));
  // such a BOM too large to read is listed as not scanned only when the pull request changes it
  const changedFiles = new Set(ctx.scan ? files.filter((f) => f.status !== 'removed').map((f) => f.filename) : []);
  const tooLarge = (rel: string) => {
    if (!optionalManifest(ctx, rel) || changedFiles.has(rel)) unseen.tooLarge.push(rel);
  };
  const wanted: string[] = [];
  const seen = new Set<string>();
  const add = (p: string) => {
    const rel = safeRelativePath(p);
    if (!rel) {
      if (!manifests.has(p)) unseen.notRead.push(p);
      return;
    }
    if (seen.has(rel) || posix.basename(rel) === '.gitignore') return;
    seen.add(rel);
    wanted.push(rel);
  };
  for (const p of ctx.manifestPaths) add(p);
  if (ctx.scan) for (const f of files) if (f.status !== 'removed') add(f.filename);

  let written = 0;
  const write = (rel: string, data: Buffer | string) => {
    const target = join(dir, ...rel.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data, { mode: 0o644 });
    written++;
  };
  const tooLargeManifest = (rel: string, size: number) => {
    throw new UserError({ path: rel, message: `cannot read the manifest: larger than 1 MiB (${size} bytes)` });
  };

  let via: string;
  const log = (m: string) => ctx.log.debug(`model-gate: ${m}`);
  if (await ensureCommit(ctx.workspace, pull.headSha, log)) {
    via = 'with git';
    await readBlobs(
      ctx.workspace,
      pull.headSha,
      wanted,
      // (a manifest is no notebook: its limit is MANIFEST_MAX)
      maxFileBytes,
      (b) => {
        if (b.data) write(b.path, b.data);
        else if (b.size !== undefined) {
          if (required.has(b.path)) tooLargeManifest(b.path, b.size);
          tooLarge(b.path);
        } else if (!manifests.has(b.path)) unseen.notRead.push(b.path);
      },
    );
  } else {
    via = 'through the contents API';
    let reads = 0;
    for (const rel of wanted) {
      const isManifest = required.has(rel);
      if (!isManifest && reads >= API_READS_MAX) {
        unseen.notRead.push(rel);
        continue;
      }
      reads++;
      let file;
      try {
        file = await ctx.api.getContent(ctx.repo, joinPrefix(ctx.checkout.prefix, rel), pull.headSha);
      } catch (e) {
        if (isManifest) throw e;
        unseen.notRead.push(rel);
        continue;
      }
      if (!file) continue;
      if (file.text === undefined || file.size > maxFileBytes(rel)) {
        if (isManifest) tooLargeManifest(rel, file.size);
        tooLarge(rel);
        continue;
      }
      write(rel, file.text);
    }
  }

  // Ignore rules from the base (the workspace), for the folders of what was written.
  const dirs = new Set<string>(['']);
  for (const rel of wanted) {
    const parts = rel.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  for (const d of dirs) {
    const from = join(ctx.workspace, ...d.split('/').filter(Boolean), '.gitignore');
    try {
      if (existsSync(from) && lstatSync(from).isFile()) {
        const to = join(dir, ...d.split('/').filter(Boolean), '.gitignore');
        mkdirSync(dirname(to), { recursive: true });
        copyFileSync(from, to);
      }
    } catch {
      // An unreadable ignore file of the base: none.
    }
  }
  return { written, via };
}
