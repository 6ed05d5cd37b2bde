/**
 * The few GitHub REST endpoints model-gate uses, behind a small interface (the action's code and tests only see
 * `GitHubApi`). `OctokitApi` implements it over any Octokit with `request` and `paginate`.
 */

export interface ContentFile {
  path: string;
  sha?: string;
  size: number;
  /** The decoded text; undefined when GitHub did not send the content (files over 1 MB). */
  text?: string;
}

export interface PullFile {
  filename: string;
  status: string;
  previous_filename?: string;
  /** Unified diff of the file; absent for binary files and very large diffs. */
  patch?: string;
}

export interface GitHubUser {
  login: string;
  type?: string;
}

export interface IssueComment {
  id: number;
  body?: string;
  user?: GitHubUser | null;
  html_url?: string;
}

export interface ReviewComment {
  id: number;
  body?: string;
  path: string;
  /** Line in the file on the diff side; null when the comment is outdated. */
  line?: number | null;
  side?: string;
  commit_id?: string;
  user?: GitHubUser | null;
}

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

export interface CheckRunOutput {
  title: string;
  summary: string;
  text?: string;
  annotations?: CheckAnnotation[];
}

export type CheckConclusion =
  'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required';

export interface CreateCheckRun {
  name: string;
  head_sha: string;
  status?: 'queued' | 'in_progress' | 'completed';
  conclusion?: CheckConclusion;
  started_at?: string;
  completed_at?: string;
  details_url?: string;
  external_id?: string;
  output?: CheckRunOutput;
}

export interface UpdateCheckRun {
  status?: 'queued' | 'in_progress' | 'completed';
  conclusion?: CheckConclusion;
  completed_at?: string;
  output?: CheckRunOutput;
}

export interface NewReviewComment {
  path: string;
  line: number;
  side: 'RIGHT';
  body: string;
}

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface GitHubApi {
  /** A file's content at a ref; null when the file (or the ref) does not exist (404). */
  getContent(r: RepoRef, path: string, ref: string): Promise<ContentFile | null>;
  listPullFiles(r: RepoRef, pull: number): Promise<PullFile[]>;
  createCheckRun(r: RepoRef, body: CreateCheckRun): Promise<{ id: number; html_url?: string }>;
  updateCheckRun(r: RepoRef, id: number, body: UpdateCheckRun): Promise<void>;
  listIssueComments(r: RepoRef, issue: number): Promise<IssueComment[]>;
  createIssueComment(r: RepoRef, issue: number, body: string): Promise<IssueComment>;
  updateIssueComment(r: RepoRef, id: number, body: string): Promise<void>;
  deleteIssueComment(r: RepoRef, id: number): Promise<void>;
  listReviewComments(r: RepoRef, pull: number): Promise<ReviewComment[]>;
  createReview(
    r: RepoRef,
    pull: number,
    body: { commit_id: string; body: string; event: 'COMMENT'; comments: NewReviewComment[] },
  ): Promise<{ id: number }>;
  updateReviewComment(r: RepoRef, id: number, body: string): Promise<void>;
  deleteReviewComment(r: RepoRef, id: number): Promise<void>;
}

/**
 * A failed GitHub request: `status` is the HTTP status, 0 when there is none (the request never got an answer, or
 * the answer was not what was asked for); `network` is set when the request never got an HTTP answer (DNS failure,
 * connection refused or reset, timeout).
 */
export class GitHubError extends Error {
  readonly status: number;
  readonly route: string;
  /** The message without the route and status (GitHub's `message`, or the network error). */
  readonly detail: string;
  readonly network: boolean;
  constructor(status: number, route: string, message: string, opts: { network?: boolean } = {}) {
    super(
      opts.network
        ? `${route}: could not reach the GitHub API (${message})`
        : `${route}: ${status ? `${status} ` : ''}${message}`,
    );
    this.name = 'GitHubError';
    this.status = status;
    this.route = route;
    this.detail = message;
    this.network = Boolean(opts.network);
  }
}

export function isGitHubError(e: unknown, status?: number): e is GitHubError {
  return e instanceof GitHubError && (status === undefined || e.status === status);
}

/** Whether the request never got an HTTP answer (DNS, connection, timeout). */
export function isNetworkError(e: unknown): e is GitHubError {
  return e instanceof GitHubError && e.network;
}

/** What model-gate needs of an Octokit. */
export interface OctokitLike {
  request(route: string, params?: Record<string, unknown>): Promise<{ status: number; data: unknown }>;
  paginate(route: string, params?: Record<string, unknown>): Promise<unknown[]>;
}

/** A message of an error, or of the first of an AggregateError (a connection tried on several addresses). */
function ownMessage(e: unknown): string {
  const x = e as { message?: unknown; errors?: unknown; code?: unknown };
  if (typeof x?.message === 'string' && x.message.trim()) return x.message.trim();
  if (Array.isArray(x?.errors) && x.errors.length > 0) return ownMessage(x.errors[0]);
  return typeof x?.code === 'string' ? x.code : '';
}

/**
 * Why a request got no answer: the innermost cause that says something (Octokit wraps fetch's `fetch failed`
 * TypeError, which wraps the socket's error, e.g. `getaddrinfo ENOTFOUND api.github.com`).
 */
function networkDetail(e: unknown): string {
  const chain: unknown[] = [];
  let c: unknown = e;
  while (c && typeof c === 'object' && chain.length < 8) {
    chain.push(c);
    c = (c as { cause?: unknown }).cause;
  }
  for (const link of chain.reverse()) {
    const m = ownMessage(link);
    if (m && m !== 'fetch failed' && m !== 'Unknown Error') return m;
  }
  return 'no answer';
}

function toGitHubError(e: unknown, route: string): GitHubError {
  const err = e as {
    name?: unknown;
    status?: unknown;
    message?: unknown;
    response?: { data?: { message?: unknown } };
  };
  const fromBody = err?.response?.data?.message;
  const message =
    typeof fromBody === 'string' && fromBody
      ? fromBody
      : typeof err?.message === 'string'
        ? err.message
        : String(e);
  // Octokit reports a request that got no answer (fetch failed: DNS, refused, reset; or aborted on a timeout) as
  // an HttpError (RequestError) or AbortError with status 500 and no `response`: that 500 is not GitHub's.
  const network =
    typeof err === 'object' &&
    err !== null &&
    err.response === undefined &&
    (err.name === 'HttpError' || err.name === 'AbortError');
  if (network) return new GitHubError(0, route, networkDetail(e), { network: true });
  const status = typeof err?.status === 'number' ? err.status : 0;
  return new GitHubError(status, route, message);
}

export class OctokitApi implements GitHubApi {
  constructor(private readonly octokit: OctokitLike) {}

  private async call<T>(route: string, params: Record<string, unknown>): Promise<T> {
    try {
      const res = await this.octokit.request(route, params);
      return res.data as T;
    } catch (e) {
      throw toGitHubError(e, route);
    }
  }

  private async all<T>(route: string, params: Record<string, unknown>): Promise<T[]> {
    try {
      return (await this.octokit.paginate(route, { per_page: 100, ...params })) as T[];
    } catch (e) {
      throw toGitHubError(e, route);
    }
  }

  async getContent(r: RepoRef, path: string, ref: string): Promise<ContentFile | null> {
    let data: unknown;
    try {
      data = await this.call('GET /repos/{owner}/{repo}/contents/{path}', { ...r, path, ref });
    } catch (e) {
      if (isGitHubError(e, 404)) return null;
      throw e;
    }
    if (Array.isArray(data)) {
      throw new GitHubError(
        0,
        'GET /repos/{owner}/{repo}/contents/{path}',
        `${path} is a directory, not a file`,
      );
    }
    const d = data as {
      type?: string;
      path?: string;
      sha?: string;
      size?: number;
      content?: string;
      encoding?: string;
    };
    if (d.type && d.type !== 'file') {
      throw new GitHubError(
        0,
        'GET /repos/{owner}/{repo}/contents/{path}',
        `${path} is a ${d.type}, not a file`,
      );
    }
    const size = typeof d.size === 'number' ? d.size : 0;
    let text: string | undefined;
    if (d.encoding === 'base64' && typeof d.content === 'string') {
      text = Buffer.from(d.content, 'base64').toString('utf8');
    } else if (typeof d.content === 'string' && d.encoding !== 'none' && (d.content !== '' || size === 0)) {
      text = d.content;
    }
    return { path: d.path ?? path, sha: d.sha, size, text };
  }

  listPullFiles(r: RepoRef, pull: number): Promise<PullFile[]> {
    return this.all<PullFile>('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
      ...r,
      pull_number: pull,
    });
  }

  async createCheckRun(r: RepoRef, body: CreateCheckRun): Promise<{ id: number; html_url?: string }> {
    return this.call('POST /repos/{owner}/{repo}/check-runs', { ...r, ...body });
  }

  async updateCheckRun(r: RepoRef, id: number, body: UpdateCheckRun): Promise<void> {
    await this.call('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
      ...r,
      check_run_id: id,
      ...body,
    });
  }

  listIssueComments(r: RepoRef, issue: number): Promise<IssueComment[]> {
    return this.all('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...r,
      issue_number: issue,
    });
  }

  createIssueComment(r: RepoRef, issue: number, body: string): Promise<IssueComment> {
    return this.call('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...r,
      issue_number: issue,
      body,
    });
  }

  async updateIssueComment(r: RepoRef, id: number, body: string): Promise<void> {
    await this.call('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      ...r,
      comment_id: id,
      body,
    });
  }

  async deleteIssueComment(r: RepoRef, id: number): Promise<void> {
    await this.call('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...r, comment_id: id });
  }

  listReviewComments(r: RepoRef, pull: number): Promise<ReviewComment[]> {
    return this.all('GET /repos/{owner}/{repo}/pulls/{pull_number}/comments', { ...r, pull_number: pull });
  }

  createReview(
    r: RepoRef,
    pull: number,
    body: { commit_id: string; body: string; event: 'COMMENT'; comments: NewReviewComment[] },
  ): Promise<{ id: number }> {
    return this.call('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
      ...r,
      pull_number: pull,
      ...body,
    });
  }

  async updateReviewComment(r: RepoRef, id: number, body: string): Promise<void> {
    await this.call('PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}', {
      ...r,
      comment_id: id,
      body,
    });
  }

  async deleteReviewComment(r: RepoRef, id: number): Promise<void> {
    await this.call('DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}', { ...r, comment_id: id });
  }
}
