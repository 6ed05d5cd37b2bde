/** What the triggering event means for model-gate: which commit to report on, and what to compare with. */
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
}

export interface EventInfo {
  name: string;
  repo: RepoRef;
  /** The commit the check run belongs to: the PR's head, else GITHUB_SHA. */
  sha: string;
  /** Set on pull request events: only what the PR adds or alters counts. */
  pull?: PullRequestInfo;
}

/** Events that evaluate everything (no base). Other non-PR events are treated the same way. */
export const FULL_EVENTS = ['push', 'schedule', 'workflow_dispatch', 'merge_group'] as const;
export const PULL_EVENTS = ['pull_request', 'pull_request_target'] as const;

type Json = Record<string, unknown>;

function obj(v: unknown): Json | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

export function parseRepo(env: NodeJS.ProcessEnv, payload: unknown): RepoRef {
  const full = str(env.GITHUB_REPOSITORY) ?? str(obj(obj(payload)?.repository)?.full_name);
  const m = full ? /^([^/\s]+)\/([^/\s]+)$/.exec(full) : null;
  if (!m)
    throw new Error('GITHUB_REPOSITORY is not set (expected owner/repo); is this running in GitHub Actions?');
  return { owner: m[1], repo: m[2] };
}

/**
 * Reads the event. `pull_request` and `pull_request_target` (and other `pull_request*` events carrying a pull
 * request) compare with `pull_request.base.sha`; everything else evaluates the whole repository.
 */
export function parseEvent(name: string, payload: unknown, env: NodeJS.ProcessEnv): EventInfo {
  const repo = parseRepo(env, payload);
  const p = obj(payload) ?? {};
  const pr = obj(p.pull_request);
  const base = obj(pr?.base);
  const head = obj(pr?.head);
  const baseSha = str(base?.sha);
  const headSha = str(head?.sha);
  const number =
    typeof pr?.number === 'number' ? pr.number : typeof p.number === 'number' ? p.number : undefined;
  if (name.startsWith('pull_request') && pr && baseSha && headSha && number !== undefined) {
    const headRepo = str(obj(head?.repo)?.full_name);
    const baseRepo = str(obj(base?.repo)?.full_name) ?? `${repo.owner}/${repo.repo}`;
    return {
      name,
      repo,
      sha: headSha,
      pull: {
        number,
        baseSha,
        baseRef: str(base?.ref),
        headSha,
        headRef: str(head?.ref),
        headRepo,
        baseRepo,
        fork: headRepo !== undefined && headRepo.toLowerCase() !== baseRepo.toLowerCase(),
        target: name === 'pull_request_target',
      },
    };
  }
  const sha = str(env.GITHUB_SHA) ?? str(obj(p.merge_group)?.head_sha) ?? str(p.after) ?? '';
  return { name, repo, sha };
}
