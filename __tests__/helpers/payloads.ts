/**
 * Webhook payloads shaped like GitHub's (the documented `pull_request`, `merge_group`, `push`, `schedule` and
 * `workflow_dispatch` payloads, with the fields a workflow's event file carries), trimmed of the many `*_url`
 * fields nothing reads. Built around real commits of a test repository.
 */

export interface RepoInfo {
  owner: string;
  name: string;
}

const ACME: RepoInfo = { owner: 'acme', name: 'app' };

function user(login: string, type: 'User' | 'Bot' = 'User', id = 1) {
  return {
    login,
    id,
    node_id: `MDQ6VXNlcj${id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    html_url: `https://github.com/${login}`,
    type,
    site_admin: false,
  };
}

export function repository(r: RepoInfo = ACME, over: Record<string, unknown> = {}) {
  return {
    id: 186853002,
    node_id: 'MDEwOlJlcG9zaXRvcnkxODY4NTMwMDI=',
    name: r.name,
    full_name: `${r.owner}/${r.name}`,
    private: false,
    owner: user(r.owner, 'User', 21031067),
    html_url: `https://github.com/${r.owner}/${r.name}`,
    description: null,
    fork: false,
    url: `https://api.github.com/repos/${r.owner}/${r.name}`,
    clone_url: `https://github.com/${r.owner}/${r.name}.git`,
    default_branch: 'main',
    visibility: 'public',
    archived: false,
    ...over,
  };
}

export interface PullOptions {
  action?: 'opened' | 'synchronize' | 'reopened' | 'closed' | 'ready_for_review' | 'converted_to_draft';
  number?: number;
  baseSha: string;
  headSha: string;
  /** GitHub's test merge commit (null while it is being computed, and after closing). */
  mergeCommitSha?: string | null;
  headRepo?: RepoInfo;
  headRef?: string;
  draft?: boolean;
  merged?: boolean;
  changedFiles?: number;
  author?: string;
}

/** A `pull_request` (or `pull_request_target`: the same payload) event. */
export function pullRequestPayload(o: PullOptions) {
  const number = o.number ?? 7;
  const base = repository();
  const headRepo = o.headRepo ?? ACME;
  const fork = headRepo.owner !== ACME.owner || headRepo.name !== ACME.name;
  const closed = o.action === 'closed';
  const author = user(
    o.author ?? (fork ? headRepo.owner : 'octocat'),
    o.author?.endsWith('[bot]') ? 'Bot' : 'User',
    583231,
  );
  return {
    action: o.action ?? 'synchronize',
    number,
    ...(o.action === 'synchronize' ? { before: 'b'.repeat(40), after: o.headSha } : {}),
    pull_request: {
      url: `https://api.github.com/repos/acme/app/pulls/${number}`,
      id: 279147437,
      node_id: 'MDExOlB1bGxSZXF1ZXN0Mjc5MTQ3NDM3',
      html_url: `https://github.com/acme/app/pull/${number}`,
      number,
      state: closed ? 'closed' : 'open',
      locked: false,
      title: 'Add an image model',
      user: author,
      body: 'Adds text-to-image for the marketing page.',
      created_at: '2026-11-20T15:20:33Z',
      updated_at: '2026-11-28T10:01:02Z',
      closed_at: closed ? '2026-11-28T11:00:00Z' : null,
      merged_at: closed && o.merged ? '2026-11-28T11:00:00Z' : null,
      merge_commit_sha: o.mergeCommitSha ?? null,
      draft: o.draft ?? false,
      head: {
        label: `${headRepo.owner}:${o.headRef ?? 'feature/flux'}`,
        ref: o.headRef ?? 'feature/flux',
        sha: o.headSha,
        user: user(headRepo.owner),
        repo: repository(headRepo, fork ? { fork: true } : {}),
      },
      base: {
        label: 'acme:main',
        ref: 'main',
        sha: o.baseSha,
        user: user('acme'),
        repo: base,
      },
      author_association: fork ? 'CONTRIBUTOR' : 'MEMBER',
      merged: closed ? Boolean(o.merged) : false,
      mergeable: null,
      comments: 0,
      review_comments: 0,
      commits: 1,
      additions: 12,
      deletions: 1,
      changed_files: o.changedFiles ?? 1,
    },
    repository: base,
    sender: author,
  };
}

/** A `merge_group` `checks_requested` event. */
export function mergeGroupPayload(o: { baseSha: string; headSha: string; number?: number }) {
  return {
    action: 'checks_requested',
    merge_group: {
      head_sha: o.headSha,
      head_ref: `refs/heads/gh-readonly-queue/main/pr-${o.number ?? 7}-${o.baseSha}`,
      base_sha: o.baseSha,
      base_ref: 'refs/heads/main',
      head_commit: {
        id: o.headSha,
        tree_id: 'e'.repeat(40),
        message: `Merge pull request #${o.number ?? 7} from acme/feature/flux`,
        timestamp: '2026-11-28T12:00:00Z',
        author: { name: 'Mona Lisa', email: 'mona@example.com' },
        committer: { name: 'GitHub', email: 'noreply@github.com' },
      },
    },
    repository: repository(),
    sender: user('octocat'),
  };
}

/** A `push` event. */
export function pushPayload(o: {
  before: string;
  after: string;
  ref?: string;
  created?: boolean;
  deleted?: boolean;
  forced?: boolean;
}) {
  const ref = o.ref ?? 'refs/heads/main';
  return {
    ref,
    before: o.before,
    after: o.after,
    base_ref: null,
    compare: `https://github.com/acme/app/compare/${o.before.slice(0, 12)}...${o.after.slice(0, 12)}`,
    created: o.created ?? false,
    deleted: o.deleted ?? false,
    forced: o.forced ?? false,
    commits: o.deleted
      ? []
      : [
          {
            id: o.after,
            tree_id: 'e'.repeat(40),
            distinct: true,
            message: 'Add an image model',
            timestamp: '2026-11-28T12:00:00Z',
            url: `https://github.com/acme/app/commit/${o.after}`,
            author: { name: 'Mona Lisa', email: 'mona@example.com', username: 'octocat' },
            committer: { name: 'Mona Lisa', email: 'mona@example.com', username: 'octocat' },
            added: [],
            removed: [],
            modified: ['models.yaml'],
          },
        ],
    head_commit: o.deleted ? null : { id: o.after, message: 'Add an image model', timestamp: '2026-11-28T12:00:00Z' },
    repository: repository(),
    pusher: { name: 'octocat', email: 'octocat@example.com' },
    sender: user('octocat'),
  };
}

/** A `schedule` event: the event file holds the cron expression only. */
export function schedulePayload() {
  return { schedule: '17 3 * * 1' };
}

/** A `workflow_dispatch` event. */
export function workflowDispatchPayload() {
  return {
    inputs: {},
    ref: 'refs/heads/main',
    repository: repository(),
    organization: { login: 'acme', id: 9919 },
    sender: user('octocat'),
    workflow: '.github/workflows/model-gate.yml',
  };
}
