/**
 * Keeping one issue up to date with the inventory, in place: found again by a hidden marker on the first line of
 * its body, and only ever edited when the token's own account wrote it. With an issue number, the issue's body
 * is edited when it is the token's own and carries the marker; otherwise the token's own marked comment on it is
 * (created the first time). Never a second issue or comment while the first can be found.
 */
import type { GitHubComment, GitHubIssue, InventoryGitHub, RepoRef } from './github.js';

/** GitHub's limit on an issue or comment body. */
export const ISSUE_BODY_MAX = 65_536;
/** Open issues (or comments) looked through at most to find the marked one again. */
export const ISSUE_SCAN_MAX = 3_000;

export interface IssueTarget {
  repo: RepoRef;
  /** An existing issue to keep the inventory on (its body if the token wrote it, else a comment). */
  number?: number;
  /** Title of the issue created the first time. */
  title: string;
  /** What tells this inventory's issue from others' (e.g. the organisation): in the hidden marker. */
  key: string;
  /** The token's login (`app-slug[bot]` for a GitHub App); asked of GitHub when not given. */
  author?: string;
}

export interface IssueResult {
  action: 'created' | 'updated' | 'unchanged';
  kind: 'issue' | 'comment';
  number: number;
  url?: string;
}

/** A problem the user fixes (wrong repository, token, number): one line, exit 2. */
export class IssueError extends Error {}

/** The hidden marker: an HTML comment (characters that could end it are dropped). */
export function issueMarker(key: string): string {
  return `<!-- model-gate-inventory:${key
    .replace(/--+|[<>\r\n]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100)} -->`;
}

function hasMarker(body: string, marker: string): boolean {
  return body.trimStart().startsWith(marker);
}

function same(a: string | null | undefined, b: string): boolean {
  return !!a && a.toLowerCase() === b.toLowerCase();
}

export async function upsertInventoryIssue(
  api: InventoryGitHub,
  target: IssueTarget,
  markdown: string,
): Promise<IssueResult> {
  const marker = issueMarker(target.key);
  const body = `${marker}\n${markdown}`;
  if (body.length > ISSUE_BODY_MAX) {
    throw new IssueError(
      `the inventory is ${body.length.toLocaleString('en-US')} characters with its marker; an issue holds ${ISSUE_BODY_MAX.toLocaleString('en-US')} (write it with model-gate inventory --format markdown, which fits it)`,
    );
  }
  const where = `${target.repo.owner}/${target.repo.repo}`;
  const login = target.author || (await api.whoami());
  if (!login) {
    throw new IssueError(
      'cannot tell which account the token belongs to (GitHub does not say for installation tokens); pass --author: APP-SLUG[bot] for a GitHub App, github-actions[bot] for GITHUB_TOKEN',
    );
  }

  if (target.number === undefined) {
    const open = await api.listOpenIssues(target.repo, ISSUE_SCAN_MAX);
    const own = open.items.find(
      (i: GitHubIssue) => !i.pull_request && same(i.user, login) && hasMarker(i.body, marker),
    );
    if (own) {
      if (own.body === body) return { action: 'unchanged', kind: 'issue', number: own.number, url: own.html_url };
      const updated = await api.updateIssueBody(target.repo, own.number, body);
      return { action: 'updated', kind: 'issue', number: own.number, url: updated.html_url ?? own.html_url };
    }
    if (open.truncated) {
      throw new IssueError(
        `${where} has more than ${ISSUE_SCAN_MAX.toLocaleString('en-US')} open issues; pass the inventory issue's number (--number) so it is found again rather than opened twice`,
      );
    }
    const created = await api.createIssue(target.repo, target.title, body);
    return { action: 'created', kind: 'issue', number: created.number, url: created.html_url };
  }

  const issue = await api.getIssue(target.repo, target.number);
  if (!issue) throw new IssueError(`${where}#${target.number}: no such issue (or the token cannot read it)`);
  if (same(issue.user, login) && hasMarker(issue.body, marker)) {
    if (issue.body === body) return { action: 'unchanged', kind: 'issue', number: issue.number, url: issue.html_url };
    const updated = await api.updateIssueBody(target.repo, issue.number, body);
    return { action: 'updated', kind: 'issue', number: issue.number, url: updated.html_url ?? issue.html_url };
  }
  const comments = await api.listComments(target.repo, issue.number, ISSUE_SCAN_MAX);
  const own = comments.items.find((c: GitHubComment) => same(c.user, login) && hasMarker(c.body, marker));
  if (own) {
    if (own.body === body) return { action: 'unchanged', kind: 'comment', number: issue.number, url: own.html_url };
    const updated = await api.updateComment(target.repo, own.id, body);
    return { action: 'updated', kind: 'comment', number: issue.number, url: updated.html_url ?? own.html_url };
  }
  if (comments.truncated) {
    throw new IssueError(
      `${where}#${issue.number} has more than ${ISSUE_SCAN_MAX.toLocaleString('en-US')} comments; keep the inventory on an issue of its own`,
    );
  }
  const created = await api.createComment(target.repo, issue.number, body);
  return { action: 'created', kind: 'comment', number: issue.number, url: created.html_url };
}
