/**
 * Which repository a report describes (the report's `repository` field, read by `model-gate inventory`):
 * - the work tree at GITHUB_WORKSPACE is GITHUB_REPOSITORY (at the checked-out commit, else GITHUB_SHA);
 * - any other git work tree is what its `origin` remote names (credentials in the address are dropped);
 * - otherwise nothing is said.
 */
import { execFile } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { resolve, sep } from 'node:path';

export interface RepositoryIdentity {
  /** `owner/repo`. */
  full_name: string;
  /** `https://github.com/owner/repo`. */
  url?: string;
  /** The commit checked. */
  commit?: string;
}

/** Runs git in a folder; resolves with its trimmed output, or undefined when it fails. */
export type GitRunner = (dir: string, args: string[]) => Promise<string | undefined>;

export const runGit: GitRunner = (dir, args) =>
  new Promise((done) => {
    execFile(
      'git',
      ['-C', dir, ...args],
      { timeout: 10_000, maxBuffer: 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } },
      (err, stdout) => {
        done(err ? undefined : stdout.trim() || undefined);
      },
    );
  });

const SEGMENT = /^[A-Za-z0-9_.-]+$/;

/** `https://host/owner/repo` and `owner/repo` from a remote's address; undefined for local or odd ones. */
export function parseRemote(remote: string): { url: string; full_name: string } | undefined {
  const text = remote.trim();
  let host: string;
  let path: string;
  let scheme = 'https';
  const scp = /^(?:[^@/\s]+@)?([A-Za-z0-9.-]+):(?!\/)([^\s]+)$/.exec(text);
  if (scp && !/^[A-Za-z]:[\\/]/.test(text)) {
    host = scp[1];
    path = scp[2];
  } else {
    let u: URL;
    try {
      u = new URL(text);
    } catch {
      return undefined;
    }
    if (!['https:', 'http:', 'ssh:', 'git:', 'git+ssh:', 'ssh+git:'].includes(u.protocol)) return undefined;
    if (u.protocol === 'http:') scheme = 'http';
    host = u.protocol === 'https:' || u.protocol === 'http:' ? u.host : u.hostname;
    path = decodeURIComponent(u.pathname);
  }
  const segments = path
    .replace(/^\/+/, '')
    .replace(/\/+$/, '')
    .replace(/\.git$/i, '')
    .split('/');
  if (segments.length < 2 || !segments.every((s) => SEGMENT.test(s) && s !== '.' && s !== '..')) return undefined;
  if (!/^[A-Za-z0-9.-]+(:\d+)?$/.test(host)) return undefined;
  const full = segments.join('/');
  return { url: `${scheme}://${host.toLowerCase()}/${full}`, full_name: full };
}

function real(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
}

function within(child: string, parent: string): boolean {
  return child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);
}

export async function repositoryOf(
  dir: string,
  env: NodeJS.ProcessEnv = process.env,
  git: GitRunner = runGit,
): Promise<RepositoryIdentity | undefined> {
  // two git processes at once, the remote's too though a GitHub workspace does not need it: a process started
  // while the CLI is small costs less than one started once the catalog is loaded
  const [both, remote] = await Promise.all([
    git(dir, ['rev-parse', '--show-toplevel', 'HEAD']),
    // The configured address, as written (not rewritten by url.*.insteadOf): the repository's public name.
    git(dir, ['config', '--get', 'remote.origin.url']),
  ]);
  // (a work tree without a commit yet has no HEAD to show: its top level alone)
  const [top, head] = both?.split('\n') ?? [await git(dir, ['rev-parse', '--show-toplevel'])];
  const commit = top && head && /^[0-9a-f]{40,64}$/.test(head) ? head : undefined;
  const workspace = env.GITHUB_WORKSPACE ? real(env.GITHUB_WORKSPACE) : undefined;
  const ghRepo = env.GITHUB_REPOSITORY;
  if (
    ghRepo &&
    /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(ghRepo) &&
    workspace &&
    (top ? real(top) === workspace : within(real(dir), workspace))
  ) {
    const server =
      env.GITHUB_SERVER_URL && /^https?:\/\/[A-Za-z0-9.-]+(:\d+)?\/?$/.test(env.GITHUB_SERVER_URL)
        ? env.GITHUB_SERVER_URL.replace(/\/+$/, '')
        : 'https://github.com';
    const sha = commit ?? (env.GITHUB_SHA && /^[0-9a-f]{40,64}$/.test(env.GITHUB_SHA) ? env.GITHUB_SHA : undefined);
    return { full_name: ghRepo, url: `${server}/${ghRepo}`, ...(sha ? { commit: sha } : {}) };
  }
  if (!top) return undefined;
  const parsed = remote ? parseRemote(remote) : undefined;
  if (!parsed) return undefined;
  return { full_name: parsed.full_name, url: parsed.url, ...(commit ? { commit } : {}) };
}
