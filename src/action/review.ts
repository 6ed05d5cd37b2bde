/**
 * Inline review comments (input `review: true`) on the lines the pull request adds that carry blocking
 * findings. Each comment carries a marker with its check name, path and line. A rerun updates a comment whose
 * finding is still on the same line, deletes the ones whose finding is gone (so a required conversation does not
 * stay open), and posts the new ones together in one review.
 */
import type { Finding, ModelReport, Report } from '../core/types.js';
import type { GitHubApi, NewReviewComment, RepoRef, ReviewComment } from '../github/api.js';
import { clip, codeText, escapeText, richText } from '../report/markdown.js';
import type { Ownership } from './comment.js';

const REVIEW_BATCH = 50;

export interface DesiredComment {
  key: string;
  path: string;
  line: number;
  body: string;
}

function safeName(checkName: string): string {
  return checkName.replace(/[<>\r\n\s]/g, '_').replace(/-{2,}/g, '-');
}

export function reviewMarkerPrefix(checkName: string): string {
  return `<!-- model-gate-review:${safeName(checkName)} `;
}

export function reviewMarker(checkName: string, key: string): string {
  return `${reviewMarkerPrefix(checkName)}${key} -->`;
}

/** The key in a comment's marker, when the comment is one of ours. */
export function markerKey(body: string | undefined, checkName: string): string | undefined {
  const prefix = reviewMarkerPrefix(checkName);
  const b = (body ?? '').trimStart();
  if (!b.startsWith(prefix)) return undefined;
  const end = b.indexOf(' -->', prefix.length);
  return end > prefix.length ? b.slice(prefix.length, end) : undefined;
}

function keyOf(path: string, line: number): string {
  return `${encodeURIComponent(path)}:${line}`;
}

/**
 * One comment per added line that carries blocking findings of models the change adds or alters. `report` has its
 * lines on the PR's head; `added` holds the lines the PR adds there, per file.
 */
export function desiredReviewComments(
  report: Report,
  added: Map<string, Set<number>>,
  checkName: string,
): DesiredComment[] {
  const byLine = new Map<string, { path: string; line: number; items: { model: ModelReport; finding: Finding }[] }>();
  for (const model of report.models) {
    if (!model.new) continue;
    for (const finding of model.findings) {
      if (finding.severity !== 'block' || finding.waived) continue;
      if (!added.get(finding.path)?.has(finding.line)) continue;
      const key = keyOf(finding.path, finding.line);
      const entry = byLine.get(key) ?? { path: finding.path, line: finding.line, items: [] };
      entry.items.push({ model, finding });
      byLine.set(key, entry);
    }
  }
  const out: DesiredComment[] = [];
  for (const [key, e] of byLine) {
    const models = [...new Set(e.items.map((i) => i.model.id))];
    const lines = [
      reviewMarker(checkName, key),
      `**❌ ${escapeText(checkName)}:** ${models.map((m) => codeText(clip(m, 200))).join(', ')} ${
        models.length === 1 ? 'is' : 'are'
      } blocked by the policy.`,
      '',
    ];
    for (const { finding } of e.items) {
      lines.push(`- ${codeText(finding.rule)}: ${richText(clip(finding.message, 1500))}`);
      if (finding.help) lines.push(`  - **Fix:** ${richText(clip(finding.help, 1500))}`);
    }
    const alternatives = [...new Set(e.items.flatMap((i) => i.model.alternatives ?? []))].slice(0, 5);
    if (alternatives.length)
      lines.push('', `Allowed alternatives: ${alternatives.map((a) => codeText(clip(a, 200))).join(', ')}`);
    lines.push('', 'The pull request comment shows how to request an exception.');
    out.push({ key, path: e.path, line: e.line, body: lines.join('\n') });
  }
  return out;
}

export interface ReviewSyncResult {
  created: number;
  updated: number;
  deleted: number;
  unchanged: number;
}

/**
 * Brings the PR's review comments of this check name in line with `desired`. Only comments the token's own account
 * wrote are updated or deleted. Errors propagate.
 */
export async function syncReviewComments(
  api: GitHubApi,
  repo: RepoRef,
  pull: number,
  headSha: string,
  checkName: string,
  desired: DesiredComment[],
  isOwn: Ownership,
): Promise<ReviewSyncResult> {
  const result: ReviewSyncResult = { created: 0, updated: 0, deleted: 0, unchanged: 0 };
  const existing: ReviewComment[] = await api.listReviewComments(repo, pull);
  const want = new Map(desired.map((d) => [d.key, d]));
  const kept = new Set<string>();
  for (const c of existing) {
    const key = markerKey(c.body, checkName);
    if (key === undefined || !isOwn(c.user)) continue;
    const d = want.get(key);
    // Still on the same line of the current diff (an outdated comment has line null): keep and update it.
    if (d && !kept.has(key) && c.path === d.path && c.line === d.line) {
      kept.add(key);
      if ((c.body ?? '') === d.body) result.unchanged++;
      else {
        await api.updateReviewComment(repo, c.id, d.body);
        result.updated++;
      }
      continue;
    }
    await api.deleteReviewComment(repo, c.id);
    result.deleted++;
  }
  const fresh: NewReviewComment[] = desired
    .filter((d) => !kept.has(d.key))
    .map((d) => ({ path: d.path, line: d.line, side: 'RIGHT', body: d.body }));
  // One review per 50 new comments (in practice one).
  for (let i = 0; i < fresh.length; i += REVIEW_BATCH) {
    const part = fresh.slice(i, i + REVIEW_BATCH);
    await api.createReview(repo, pull, {
      commit_id: headSha,
      event: 'COMMENT',
      body: `**${escapeText(checkName)}**: ${part.length} line${part.length === 1 ? '' : 's'} of this change ${
        part.length === 1 ? 'carries' : 'carry'
      } blocking findings; see the comments below and the check run.`,
      comments: part,
    });
    result.created += part.length;
  }
  return result;
}
