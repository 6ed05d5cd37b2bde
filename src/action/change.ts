/**
 * Change awareness on pull requests: the base side (the manifest at `pull_request.base.sha` and the changed
 * files) read through the API, never from the checkout (which may be shallow) and never by running the PR's code.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import type { GitHubApi, PullFile, RepoRef } from '../github/api.js';
import type { BaseInfo } from '../engine/check.js';
import { addedLines } from '../core/diff.js';
import type { PullRequestInfo } from './event.js';

/** What `check()` takes as `base`. */
export type BaseSnapshot = BaseInfo;

/**
 * Lines each changed file adds, from the files API's patches; files without a patch (binary, or too large
 * for the API to include one) get no entry, so every line of them counts as changed.
 */
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

/**
 * Reads the base manifest (the first of `manifestPaths` that exists at the base; 404: none) and the pull
 * request's files (paginated).
 */
export async function readBase(
  api: GitHubApi,
  repo: RepoRef,
  pull: PullRequestInfo,
  manifestPaths: string[],
): Promise<{ base: BaseSnapshot; files: PullFile[]; manifestPath?: string }> {
  const files = await api.listPullFiles(repo, pull.number);
  for (const path of manifestPaths) {
    const manifest = await api.getContent(repo, path, pull.baseSha);
    if (!manifest) continue;
    if (manifest.text === undefined) {
      throw new Error(
        `${path} at the base (${pull.baseSha}) is too large to read through the API (${manifest.size} bytes)`,
      );
    }
    return {
      base: { ref: pull.baseSha, manifestText: manifest.text, changedFiles: changedPaths(files), addedLines: addedLinesOf(files) },
      files,
      manifestPath: path,
    };
  }
  return { base: { ref: pull.baseSha, manifestText: null, changedFiles: changedPaths(files), addedLines: addedLinesOf(files) }, files };
}

/** A repository path that is safe to write under a directory (relative, no `..`, not inside .git). */
export function safeRelativePath(p: string): string | undefined {
  if (!p || p.includes('\0') || p.includes('\\')) return undefined;
  const n = posix.normalize(p);
  if (n.startsWith('/') || n === '..' || n.startsWith('../') || n === '.' || /^[a-zA-Z]:/.test(n))
    return undefined;
  if (n.split('/').some((s) => s === '..' || s.toLowerCase() === '.git')) return undefined;
  return n;
}

export interface MaterializeOptions {
  /** Manifest paths to fetch (the first that exists is enough). */
  manifestPaths: string[];
  /** Also fetch the changed files, for the code scanners. */
  scan: boolean;
  dir: string;
  maxFiles?: number;
  maxBytes?: number;
}

/**
 * `pull_request_target`: the workspace holds the base branch, so the PR's manifest and changed files are read
 * through the API, as data, into `dir` (nothing is checked out or run). Files over `maxBytes` (and binaries that
 * GitHub sends without content) are skipped.
 */
export async function materializeHead(
  api: GitHubApi,
  repo: RepoRef,
  headSha: string,
  files: PullFile[],
  opts: MaterializeOptions,
): Promise<{ written: string[]; skipped: string[] }> {
  const maxFiles = opts.maxFiles ?? 300;
  const maxBytes = opts.maxBytes ?? 1_000_000;
  const manifests = new Set(opts.manifestPaths);
  const wanted = new Set<string>(opts.manifestPaths);
  if (opts.scan) for (const f of files) if (f.status !== 'removed') wanted.add(f.filename);
  const written: string[] = [];
  const skipped: string[] = [];
  mkdirSync(opts.dir, { recursive: true });
  let n = 0;
  for (const path of wanted) {
    const rel = safeRelativePath(path);
    if (!rel || (n >= maxFiles && !manifests.has(path))) {
      skipped.push(path);
      continue;
    }
    n++;
    let file;
    try {
      file = await api.getContent(repo, rel, headSha);
    } catch (e) {
      if (manifests.has(path)) throw e;
      skipped.push(path);
      continue;
    }
    if (!file || file.text === undefined || file.size > maxBytes) {
      if (file) skipped.push(path);
      continue;
    }
    const target = join(opts.dir, ...rel.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.text, { mode: 0o644 });
    written.push(rel);
  }
  return { written, skipped };
}
