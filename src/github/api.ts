import { GitHubAnswerError } from './fetch.js';

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

/** Files of a comparison (`GET /repos/{owner}/{repo}/compare/{base}...{head}`): at most 300 are listed. */
export interface Comparison {
  files: PullFile[];
  /** `behind`, `ahead`, `diverged` or `identical`. */
  status?: string;
}

/** The answer to a dependency snapshot submission. */
export interface SnapshotResult {
  id: number;
  result?: string;
  message?: string;
}

/** The comparison API lists at most this many files. */
export const COMPARE_FILES_MAX = 300;
/** The pull request files API lists at most this many files. */
export const PULL_FILES_MAX = 3000;
/** Issue or review comments read from one pull request, at most. */
export const COMMENTS_MAX = 5000;

export interface GitHubApi {
  /** A file's content at a ref; null when the file (or the ref) does not exist (404). */
  getContent(r: RepoRef, path: string, ref: string): Promise<ContentFile | null>;
  /** Every file of the pull request, up to the API's 3,000. */
  listPullFiles(r: RepoRef, pull: number): Promise<PullFile[]>;
  compareCommits(r: RepoRef, base: string, head: string): Promise<Comparison>;
  /**
   * The login of the token's own account: `GET /user`, else (installation tokens, which may not read /user) the
   * GraphQL `viewer`; undefined when neither answers.
   */
  authenticatedLogin(): Promise<string | undefined>;
  submitDependencySnapshot(r: RepoRef, body: unknown): Promise<SnapshotResult>;
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
  /** A rate limit (429, or 403 with rate-limit headers): not a missing permission. */
  readonly rateLimited: boolean;
  /** An answer that is not the API's (HTML page, empty, cut off, too large) or none in time. */
  readonly badAnswer: boolean;
  constructor(
    status: number,
    route: string,
    message: string,
    opts: { network?: boolean; rateLimited?: boolean; badAnswer?: boolean } = {},
  ) {
    super(
      opts.network
        ? `${route}: could not reach the GitHub API (${message})`
        : `${route}: ${status && !opts.badAnswer ? `${status} ` : ''}${message}`,
    );
    this.name = 'GitHubError';
    this.status = status;
    this.route = route;
    this.detail = message;
    this.network = Boolean(opts.network);
    this.rateLimited = Boolean(opts.rateLimited);
    this.badAnswer = Boolean(opts.badAnswer);
  }
}

/** Whether the token lacks a permission (401, or a 403 that is not a rate limit). */
export function isPermissionError(e: unknown): boolean {
  return e instanceof GitHubError && !e.rateLimited && (e.status === 403 || e.status === 401);
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
  paginate: {
    (route: string, params?: Record<string, unknown>): Promise<unknown[]>;
    iterator(route: string, params?: Record<string, unknown>): AsyncIterable<{ data: unknown }>;
  };
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
export function networkDetail(e: unknown): string {
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

/**
 * Codes of a request that could not connect at all: no address for the host, nothing listening, no route. Retrying
 * in seconds rarely helps (a machine offline, a wrong GITHUB_API_URL), so such a request fails at once; `EAI_AGAIN`
 * (the resolver did not answer in time) is tried once more. A reset or a timeout, after the connection was made, is
 * not among them: those are retried as 5xx answers are.
 */
const CONNECTION_FAILURES = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'EADDRNOTAVAIL',
]);

/** The code of a connection failure (`CONNECTION_FAILURES`) in an error's cause chain (and in an AggregateError's errors), if any. */
export function connectionFailure(e: unknown): string | undefined {
  const queue: unknown[] = [e];
  for (let i = 0; i < queue.length && i < 16; i++) {
    const c = queue[i];
    if (!c || typeof c !== 'object') continue;
    const code = (c as { code?: unknown }).code;
    if (typeof code === 'string' && CONNECTION_FAILURES.has(code)) return code;
    queue.push((c as { cause?: unknown }).cause);
    const errors = (c as { errors?: unknown }).errors;
    if (Array.isArray(errors)) queue.push(...(errors as unknown[]).slice(0, 4));
  }
  return undefined;
}

/** The guard's error (fetch.ts) in the cause chain of what Octokit threw. */
function answerErrorIn(e: unknown): GitHubAnswerError | undefined {
  let c: unknown = e;
  for (let i = 0; i < 8 && c && typeof c === 'object'; i++) {
    if (c instanceof GitHubAnswerError) return c;
    c = (c as { cause?: unknown }).cause;
  }
  return undefined;
}

function header(headers: unknown, name: string): string | undefined {
  const h = headers as Record<string, unknown> | undefined;
  const v = h?.[name];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

/** "resets at 14:05 UTC" from `x-ratelimit-reset`, or "retry after 60 s" from `retry-after`. */
function rateLimitWhen(headers: unknown): string {
  const after = header(headers, 'retry-after');
  if (after && /^\d+$/.test(after)) return `retry after ${after} s`;
  const reset = header(headers, 'x-ratelimit-reset');
  if (reset && /^\d+$/.test(reset))
    return `resets at ${new Date(Number(reset) * 1000).toISOString().slice(11, 16)} UTC`;
  return 'try again later';
}

function toGitHubError(e: unknown, route: string): GitHubError {
  const answer = answerErrorIn(e);
  if (answer) {
    return new GitHubError(answer.httpStatus, route, answer.message, {
      badAnswer: true,
      network: answer.problem === 'timeout' && answer.httpStatus === 0,
    });
  }
  const err = e as {
    name?: unknown;
    status?: unknown;
    message?: unknown;
    response?: { data?: { message?: unknown }; headers?: unknown };
  };
  const fromBody = err?.response?.data?.message;
  const message =
    typeof fromBody === 'string' && fromBody ? fromBody : typeof err?.message === 'string' ? err.message : String(e);
  // Octokit reports a request that got no answer (fetch failed: DNS, refused, reset; or aborted on a timeout) as
  // an HttpError (RequestError) or AbortError with status 500 and no `response`: that 500 is not GitHub's.
  const network =
    typeof err === 'object' &&
    err !== null &&
    err.response === undefined &&
    (err.name === 'HttpError' || err.name === 'AbortError');
  if (network) return new GitHubError(0, route, networkDetail(e), { network: true });
  const status = typeof err?.status === 'number' ? err.status : 0;
  const headers = err?.response?.headers;
  const rateLimited =
    status === 429 ||
    (status === 403 &&
      (header(headers, 'x-ratelimit-remaining') === '0' ||
        header(headers, 'retry-after') !== undefined ||
        /rate limit/i.test(message)));
  if (rateLimited) {
    return new GitHubError(status, route, `GitHub API rate limit exceeded (${rateLimitWhen(headers)}): ${message}`, {
      rateLimited: true,
    });
  }
  return new GitHubError(status, route, message);
}

/** Data that should be a JSON object (or array) but is not: a string means the API did not answer with JSON. */
function expectJson(data: unknown, route: string, array: boolean): void {
  const ok = array ? Array.isArray(data) : data !== null && typeof data === 'object';
  if (!ok) {
    const what =
      typeof data === 'string'
        ? data.trim() === ''
          ? 'an empty answer'
          : 'text that is not JSON'
        : `a ${typeof data}`;
    throw new GitHubError(0, route, `the API sent ${what} where it sends ${array ? 'a list' : 'an object'}`, {
      badAnswer: true,
    });
  }
}

export class OctokitApi implements GitHubApi {
  constructor(private readonly octokit: OctokitLike) {}

  private async call<T>(route: string, params: Record<string, unknown>, json = true): Promise<T> {
    let res: { status: number; data: unknown };
    try {
      res = await this.octokit.request(route, params);
    } catch (e) {
      throw toGitHubError(e, route);
    }
    if (json && res.status !== 204) expectJson(res.data, route, false);
    return res.data as T;
  }

  /** Every page, up to `max` items (the rest is not read). */
  private async all<T>(route: string, params: Record<string, unknown>, max: number): Promise<T[]> {
    const out: T[] = [];
    try {
      for await (const page of this.octokit.paginate.iterator(route, { per_page: 100, ...params })) {
        expectJson(page.data, route, true);
        for (const item of page.data as T[]) {
          if (out.length >= max) return out;
          out.push(item);
        }
        if (out.length >= max) return out;
      }
    } catch (e) {
      throw e instanceof GitHubError ? e : toGitHubError(e, route);
    }
    return out;
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
      throw new GitHubError(0, 'GET /repos/{owner}/{repo}/contents/{path}', `${path} is a directory, not a file`);
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
      throw new GitHubError(0, 'GET /repos/{owner}/{repo}/contents/{path}', `${path} is a ${d.type}, not a file`);
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
    return this.all<PullFile>(
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
      { ...r, pull_number: pull },
      PULL_FILES_MAX,
    );
  }

  async compareCommits(r: RepoRef, base: string, head: string): Promise<Comparison> {
    const data = await this.call<{ files?: unknown; status?: string }>('GET /repos/{owner}/{repo}/compare/{basehead}', {
      ...r,
      basehead: `${base}...${head}`,
      per_page: 1,
    });
    const files = Array.isArray(data.files) ? (data.files as PullFile[]).slice(0, COMPARE_FILES_MAX) : [];
    return { files, status: data.status };
  }

  async authenticatedLogin(): Promise<string | undefined> {
    try {
      const user = await this.call<{ login?: unknown }>('GET /user', {});
      if (typeof user.login === 'string' && user.login) return user.login;
    } catch (e) {
      if (!isPermissionError(e) && !isGitHubError(e, 404)) throw e;
    }
    // Installation tokens (GITHUB_TOKEN, GitHub Apps) may not read /user; GraphQL's viewer answers for them.
    try {
      const data = await this.call<{ data?: { viewer?: { login?: unknown } } }>('POST /graphql', {
        query: 'query { viewer { login } }',
      });
      const login = data.data?.viewer?.login;
      return typeof login === 'string' && login ? login : undefined;
    } catch (e) {
      if (isPermissionError(e) || isGitHubError(e, 404)) return undefined;
      throw e;
    }
  }

  async submitDependencySnapshot(r: RepoRef, body: unknown): Promise<SnapshotResult> {
    return this.call('POST /repos/{owner}/{repo}/dependency-graph/snapshots', {
      ...r,
      ...(body as Record<string, unknown>),
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
    return this.all(
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
      { ...r, issue_number: issue },
      COMMENTS_MAX,
    );
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
    await this.call('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...r, comment_id: id }, false);
  }

  listReviewComments(r: RepoRef, pull: number): Promise<ReviewComment[]> {
    return this.all(
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/comments',
      { ...r, pull_number: pull },
      COMMENTS_MAX,
    );
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
    await this.call('DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}', { ...r, comment_id: id }, false);
  }
}
