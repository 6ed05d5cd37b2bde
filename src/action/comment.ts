/**
 * The pull request comment: exactly one per pull request and check name, found again by a hidden marker on its
 * first line, updated in place. Only comments the token's own account wrote are ever adopted, edited or deleted:
 * a pull request's author can write the marker too.
 */
import type { GitHubApi, GitHubUser, IssueComment, RepoRef } from '../github/api.js';
import type { CommentMode } from './inputs.js';

/** The account of the workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT = 'github-actions[bot]';

/** Whether a comment's author is the token's own account. */
export type Ownership = (user: GitHubUser | null | undefined) => boolean;

/**
 * Who the token is: its login (`GET /user`, else GraphQL's viewer, which answers for installation tokens such as
 * GITHUB_TOKEN and GitHub Apps). When neither answers, only the `github-actions[bot]` app account is taken for ours.
 */
export async function ownership(api: GitHubApi, debug: (m: string) => void = () => {}): Promise<Ownership> {
  let login: string | undefined;
  try {
    login = await api.authenticatedLogin();
  } catch (e) {
    debug(`model-gate: who the token is could not be asked: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (login) {
    const l = login.toLowerCase();
    return (u) => (u?.login ?? '').toLowerCase() === l;
  }
  return (u) => u?.type === 'Bot' && u.login === ACTIONS_BOT;
}

/** The marker of the comment of one check name (characters that could end an HTML comment are dropped). */
export function commentMarker(checkName: string): string {
  return `<!-- model-gate:${checkName.replace(/[<>\r\n]/g, '').replace(/-{2,}/g, '-')} -->`;
}

export function hasMarker(body: string | undefined, marker: string): boolean {
  return (body ?? '').trimStart().startsWith(marker);
}

/** The comment to update: the oldest of ours with the marker; later ones of ours are duplicates. */
export function findOwnComment(
  comments: IssueComment[],
  marker: string,
  isOwn: Ownership,
): { own?: IssueComment; duplicates: IssueComment[] } {
  const marked = comments.filter((c) => hasMarker(c.body, marker) && isOwn(c.user));
  return { own: marked[0], duplicates: marked.slice(1) };
}

export type CommentResult =
  | { action: 'created' | 'updated' | 'unchanged'; id: number; deletedDuplicates: number }
  | { action: 'skipped'; reason: string };

export interface UpsertComment {
  mode: CommentMode;
  marker: string;
  body: string;
  /** Whether the change adds or alters any model (auto mode comments only then, or when a comment exists). */
  touchesModels: boolean;
  /** Which comments are the token's own. */
  isOwn: Ownership;
}

/** Creates, updates or leaves the comment. Errors propagate (403: no pull-requests: write). */
export async function upsertComment(
  api: GitHubApi,
  repo: RepoRef,
  pull: number,
  c: UpsertComment,
): Promise<CommentResult> {
  if (c.mode === 'never') return { action: 'skipped', reason: 'input comment is never' };
  const comments = await api.listIssueComments(repo, pull);
  const { own, duplicates } = findOwnComment(comments, c.marker, c.isOwn);
  let deleted = 0;
  for (const d of duplicates) {
    try {
      await api.deleteIssueComment(repo, d.id);
      deleted++;
    } catch {
      // Best effort: a duplicate left behind is harmless, the oldest one is the one kept up to date.
    }
  }
  if (own) {
    if ((own.body ?? '') === c.body) return { action: 'unchanged', id: own.id, deletedDuplicates: deleted };
    await api.updateIssueComment(repo, own.id, c.body);
    return { action: 'updated', id: own.id, deletedDuplicates: deleted };
  }
  if (c.mode === 'auto' && !c.touchesModels) {
    return { action: 'skipped', reason: 'the change touches no models and there is no earlier comment' };
  }
  const created = await api.createIssueComment(repo, pull, c.body);
  return { action: 'created', id: created.id, deletedDuplicates: deleted };
}
