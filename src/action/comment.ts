/**
 * The pull request comment: exactly one per pull request and check name, found again by a hidden marker on its
 * first line, updated in place.
 */
import type { GitHubApi, IssueComment, RepoRef } from '../github/api.js';
import type { CommentMode } from './inputs.js';

/** The marker of the comment of one check name (characters that could end an HTML comment are dropped). */
export function commentMarker(checkName: string): string {
  return `<!-- model-gate:${checkName.replace(/[<>\r\n]/g, '').replace(/-{2,}/g, '-')} -->`;
}

export function hasMarker(body: string | undefined, marker: string): boolean {
  return (body ?? '').trimStart().startsWith(marker);
}

/** The comment to update: the oldest with the marker, preferring bot-written ones (a person may quote it). */
export function findOwnComment(
  comments: IssueComment[],
  marker: string,
): { own?: IssueComment; duplicates: IssueComment[] } {
  const marked = comments.filter((c) => hasMarker(c.body, marker));
  const bots = marked.filter((c) => c.user?.type === 'Bot');
  const own = bots[0] ?? marked[0];
  const duplicates = own ? marked.filter((c) => c !== own && c.user?.login === own.user?.login) : [];
  return { own, duplicates };
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
  const { own, duplicates } = findOwnComment(comments, c.marker);
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
