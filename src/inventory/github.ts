/**
 * The GitHub calls of the organisation-wide run, behind a small interface (`InventoryGitHub`): listing an
 * organisation's repositories, and keeping one issue (or one comment) up to date. `OctokitInventoryGitHub`
 * implements it with model-gate's Octokit (`src/github/client.ts`: retries, rate limits, GHES base URL).
 * Every listing is paginated through Link headers and capped.
 */
import { GitHubError } from '../github/api.js';
import { createOctokit, type GitHubOctokit } from '../github/client.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface OrgRepository {
  full_name: string;
  archived: boolean;
  fork: boolean;
  disabled: boolean;
}

export interface GitHubIssue {
  number: number;
  title: string;
  body: string;
  user: string | null;
  html_url?: string;
  state?: string;
  /** Set when the "issue" is a pull request. */
  pull_request?: boolean;
}

export interface GitHubComment {
  id: number;
  body: string;
  user: string | null;
  html_url?: string;
}

/** A listing that stopped at its cap. */
export interface Listing<T> {
  items: T[];
  truncated: boolean;
}

export interface InventoryGitHub {
  /** The organisation's (or, when no organisation has that name, the user's) repositories. */
  listRepositories(owner: string, max: number): Promise<Listing<OrgRepository>>;
  /** The login the token belongs to, or undefined when GitHub does not say (an installation token). */
  whoami(): Promise<string | undefined>;
  getIssue(r: RepoRef, number: number): Promise<GitHubIssue | null>;
  /** Open issues, oldest first. */
  listOpenIssues(r: RepoRef, max: number): Promise<Listing<GitHubIssue>>;
  createIssue(r: RepoRef, title: string, body: string): Promise<GitHubIssue>;
  updateIssueBody(r: RepoRef, number: number, body: string): Promise<GitHubIssue>;
  listComments(r: RepoRef, issue: number, max: number): Promise<Listing<GitHubComment>>;
  createComment(r: RepoRef, issue: number, body: string): Promise<GitHubComment>;
  updateComment(r: RepoRef, id: number, body: string): Promise<GitHubComment>;
}

function toError(e: unknown, route: string): GitHubError {
  const err = e as { status?: unknown; message?: unknown; response?: { data?: { message?: unknown } }; name?: unknown };
  const fromBody = err?.response?.data?.message;
  const message =
    typeof fromBody === 'string' && fromBody ? fromBody : typeof err?.message === 'string' ? err.message : String(e);
  // A request that got no answer: Octokit reports it as an HttpError (status 500) without a response.
  if (
    err &&
    typeof err === 'object' &&
    err.response === undefined &&
    (err.name === 'HttpError' || err.name === 'AbortError')
  ) {
    const cause = (e as { cause?: { cause?: { code?: string; message?: string }; message?: string } }).cause;
    return new GitHubError(0, route, cause?.cause?.code ?? cause?.cause?.message ?? cause?.message ?? message, {
      network: true,
    });
  }
  return new GitHubError(typeof err?.status === 'number' ? err.status : 0, route, message);
}

interface RawUser {
  login?: string;
}
interface RawIssue {
  number: number;
  title?: string;
  body?: string | null;
  user?: RawUser | null;
  html_url?: string;
  state?: string;
  pull_request?: unknown;
}
interface RawComment {
  id: number;
  body?: string | null;
  user?: RawUser | null;
  html_url?: string;
}

function issueOf(d: RawIssue): GitHubIssue {
  return {
    number: d.number,
    title: d.title ?? '',
    body: d.body ?? '',
    user: d.user?.login ?? null,
    html_url: d.html_url,
    state: d.state,
    ...(d.pull_request ? { pull_request: true } : {}),
  };
}

function commentOf(d: RawComment): GitHubComment {
  return { id: d.id, body: d.body ?? '', user: d.user?.login ?? null, html_url: d.html_url };
}

export class OctokitInventoryGitHub implements InventoryGitHub {
  constructor(private readonly octokit: GitHubOctokit) {}

  /** From the environment: GITHUB_TOKEN (or GH_TOKEN), GITHUB_API_URL. */
  static fromEnv(env: NodeJS.ProcessEnv = process.env): OctokitInventoryGitHub {
    return new OctokitInventoryGitHub(createOctokit({ token: env.GITHUB_TOKEN || env.GH_TOKEN || undefined, env }));
  }

  private async call<T>(route: string, params: Record<string, unknown>): Promise<T> {
    try {
      return (await this.octokit.request(route, params)).data as T;
    } catch (e) {
      throw toError(e, route);
    }
  }

  /** Up to `max` items of a paginated listing (100 per page, following Link headers). */
  private async list<T>(route: string, params: Record<string, unknown>, max: number): Promise<Listing<T>> {
    const items: T[] = [];
    try {
      for await (const page of this.octokit.paginate.iterator(route, { per_page: 100, ...params })) {
        for (const item of page.data as T[]) {
          if (items.length >= max) return { items, truncated: true };
          items.push(item);
        }
      }
    } catch (e) {
      throw toError(e, route);
    }
    return { items, truncated: false };
  }

  async listRepositories(owner: string, max: number): Promise<Listing<OrgRepository>> {
    type Raw = { full_name: string; archived?: boolean; fork?: boolean; disabled?: boolean };
    let listing: Listing<Raw>;
    try {
      listing = await this.list<Raw>('GET /orgs/{org}/repos', { org: owner, type: 'all', sort: 'full_name' }, max);
    } catch (e) {
      if (!(e instanceof GitHubError) || e.status !== 404) throw e;
      // Not an organisation: a user account's own repositories.
      listing = await this.list<Raw>(
        'GET /users/{username}/repos',
        { username: owner, type: 'owner', sort: 'full_name' },
        max,
      );
    }
    return {
      truncated: listing.truncated,
      items: listing.items.map((r) => ({
        full_name: r.full_name,
        archived: !!r.archived,
        fork: !!r.fork,
        disabled: !!r.disabled,
      })),
    };
  }

  async whoami(): Promise<string | undefined> {
    try {
      return (await this.call<RawUser>('GET /user', {})).login;
    } catch (e) {
      // Installation tokens (GitHub Apps, GITHUB_TOKEN) may not read /user.
      if (e instanceof GitHubError && (e.status === 401 || e.status === 403 || e.status === 404)) return undefined;
      throw e;
    }
  }

  async getIssue(r: RepoRef, number: number): Promise<GitHubIssue | null> {
    try {
      return issueOf(
        await this.call<RawIssue>('GET /repos/{owner}/{repo}/issues/{issue_number}', { ...r, issue_number: number }),
      );
    } catch (e) {
      if (e instanceof GitHubError && (e.status === 404 || e.status === 410)) return null;
      throw e;
    }
  }

  async listOpenIssues(r: RepoRef, max: number): Promise<Listing<GitHubIssue>> {
    const l = await this.list<RawIssue>(
      'GET /repos/{owner}/{repo}/issues',
      { ...r, state: 'open', sort: 'created', direction: 'asc' },
      max,
    );
    return { items: l.items.map(issueOf), truncated: l.truncated };
  }

  async createIssue(r: RepoRef, title: string, body: string): Promise<GitHubIssue> {
    return issueOf(await this.call<RawIssue>('POST /repos/{owner}/{repo}/issues', { ...r, title, body }));
  }

  async updateIssueBody(r: RepoRef, number: number, body: string): Promise<GitHubIssue> {
    return issueOf(
      await this.call<RawIssue>('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
        ...r,
        issue_number: number,
        body,
      }),
    );
  }

  async listComments(r: RepoRef, issue: number, max: number): Promise<Listing<GitHubComment>> {
    const l = await this.list<RawComment>(
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
      { ...r, issue_number: issue },
      max,
    );
    return { items: l.items.map(commentOf), truncated: l.truncated };
  }

  async createComment(r: RepoRef, issue: number, body: string): Promise<GitHubComment> {
    return commentOf(
      await this.call<RawComment>('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...r,
        issue_number: issue,
        body,
      }),
    );
  }

  async updateComment(r: RepoRef, id: number, body: string): Promise<GitHubComment> {
    return commentOf(
      await this.call<RawComment>('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        ...r,
        comment_id: id,
        body,
      }),
    );
  }
}
