/**
 * What the triggering event means for model-gate: which commit to report on, what to compare it with, and what to
 * leave alone.
 *
 * | event | compared with | check run on |
 * | --- | --- | --- |
 * | `pull_request*` (open) | the PR's base | the PR's head |
 * | `pull_request*` closed | nothing is checked or posted | |
 * | `merge_group` | `merge_group.base_sha` | `merge_group.head_sha` |
 * | `push` | `before` (a new branch, a forced push or a zero sha: the whole tree) | `after` |
 * | `push` deleting a branch | nothing is checked or posted | |
 * | `schedule`, `workflow_dispatch`, others | the whole tree | `GITHUB_SHA` |
 */
import type { RepoRef } from '../github/api.js';

export interface PullRequestInfo {
  number: number;
  baseSha: string;
  baseRef?: string;
  headSha: string;
  headRef?: string;
  /** `owner/repo` of the head and base repositories. */
  headRepo?: string;
  baseRepo?: string;
  /** The head lives in another repository (a fork): the token of `pull_request` is then read-only. */
  fork: boolean;
  /** `pull_request_target`: the workspace holds the base branch; the PR's files must be read through the API. */
  target: boolean;
  draft: boolean;
  /** The test merge commit GitHub made, when the payload names it. */
  mergeCommitSha?: string;
  /** How many files the PR changes, per the payload. */
  changedFiles?: number;
  /** Who opened it (Dependabot PRs get a read-only token on `pull_request`). */
  author?: string;
}

export interface EventInfo {
  name: string;
  /** The payload's `action` (opened, synchronize, closed, checks_requested...). */
  action?: string;
  repo: RepoRef;
  /** The commit the check run belongs to: the PR's head, the merge group's head, the push's `after`, else GITHUB_SHA. */
  sha: string;
  /** The ref the run is for (`refs/heads/main`, `refs/pull/7/merge`...). */
  ref?: string;
  /** Set on pull request events: only what the PR adds or alters counts. */
  pull?: PullRequestInfo;
  /** `merge_group` and ordinary pushes: compare these two commits. */
  compare?: { base: string; head: string; why: string };
  /** Why the whole tree is checked (no base to compare with). */
  whole?: string;
  /** Why nothing is checked or posted (a closed pull request, a deleted branch). */
  skip?: string;
  /** Commits the checkout may legitimately be at. */
  expected: string[];
}

type Json = Record<string, unknown>;

function obj(v: unknown): Json | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;
const ZERO = /^0+$/;
function sha(v: unknown): string | undefined {
  const s = str(v);
  return s && SHA.test(s) ? s.toLowerCase() : s;
}

export function parseRepo(env: NodeJS.ProcessEnv, payload: unknown): RepoRef {
  const full = str(env.GITHUB_REPOSITORY) ?? str(obj(obj(payload)?.repository)?.full_name);
  const m = full ? /^([^/\s]+)\/([^/\s]+)$/.exec(full) : null;
  if (!m) throw new Error('GITHUB_REPOSITORY is not set (expected owner/repo); is this running in GitHub Actions?');
  return { owner: m[1], repo: m[2] };
}

function unique(list: (string | undefined)[]): string[] {
  return [...new Set(list.filter((s): s is string => Boolean(s)))];
}

/** Reads the event (name, payload of GITHUB_EVENT_PATH, environment). */
export function parseEvent(name: string, payload: unknown, env: NodeJS.ProcessEnv): EventInfo {
  const repo = parseRepo(env, payload);
  const p = obj(payload) ?? {};
  const action = str(p.action);
  const githubSha = sha(env.GITHUB_SHA);
  const ref = str(env.GITHUB_REF) ?? str(p.ref);

  const pr = obj(p.pull_request);
  const base = obj(pr?.base);
  const head = obj(pr?.head);
  const baseSha = sha(base?.sha);
  const headSha = sha(head?.sha);
  const number = typeof pr?.number === 'number' ? pr.number : typeof p.number === 'number' ? p.number : undefined;
  if (name.startsWith('pull_request') && pr && baseSha && headSha && number !== undefined) {
    const headRepo = str(obj(head?.repo)?.full_name);
    const baseRepo = str(obj(base?.repo)?.full_name) ?? `${repo.owner}/${repo.repo}`;
    const mergeCommitSha = sha(pr.merge_commit_sha);
    const pull: PullRequestInfo = {
      number,
      baseSha,
      baseRef: str(base?.ref),
      headSha,
      headRef: str(head?.ref),
      headRepo,
      baseRepo,
      fork: headRepo !== undefined && headRepo.toLowerCase() !== baseRepo.toLowerCase(),
      target: name === 'pull_request_target',
      draft: pr.draft === true,
      mergeCommitSha,
      changedFiles: typeof pr.changed_files === 'number' ? pr.changed_files : undefined,
      author: str(obj(pr.user)?.login),
    };
    const closed = action === 'closed' || pr.state === 'closed';
    return {
      name,
      action,
      repo,
      sha: headSha,
      ref,
      pull,
      skip: closed ? `pull request #${number} is ${pr.merged === true ? 'merged' : 'closed'}` : undefined,
      // pull_request checks out GitHub's merge commit (GITHUB_SHA), or the head when asked to.
      expected: unique([githubSha, headSha, mergeCommitSha]),
    };
  }

  const group = obj(p.merge_group);
  if (name === 'merge_group' && group) {
    const groupHead = sha(group.head_sha) ?? githubSha ?? '';
    const groupBase = sha(group.base_sha);
    return {
      name,
      action,
      repo,
      sha: groupHead,
      ref: str(group.head_ref) ?? ref,
      compare: groupBase ? { base: groupBase, head: groupHead, why: 'the merge group against its base' } : undefined,
      whole: groupBase ? undefined : 'the merge group event names no base commit',
      expected: unique([groupHead, githubSha]),
    };
  }

  if (name === 'push') {
    const after = sha(p.after) ?? githubSha ?? '';
    const before = sha(p.before);
    if (p.deleted === true || ZERO.test(after)) {
      return { name, action, repo, sha: after, ref, skip: 'the push deletes a branch', expected: [] };
    }
    let whole: string | undefined;
    if (p.created === true) whole = 'the push creates a new branch';
    else if (p.forced === true) whole = 'the push is forced (its parent history was rewritten)';
    else if (!before || ZERO.test(before)) whole = 'the push names no earlier commit';
    return {
      name,
      action,
      repo,
      sha: after,
      ref,
      compare:
        whole || !before ? undefined : { base: before, head: after, why: 'the push against the commit before it' },
      whole,
      expected: unique([after, githubSha]),
    };
  }

  const what =
    name === 'schedule'
      ? 'a scheduled run audits the whole tree'
      : name === 'workflow_dispatch'
        ? 'a manual run audits the whole tree'
        : `the ${name || 'unknown'} event has no change to compare`;
  return { name, action, repo, sha: githubSha ?? '', ref, whole: what, expected: unique([githubSha]) };
}
