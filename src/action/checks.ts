/**
 * The check run: conclusion, summary, and annotations delivered in batches (create with the first 50, then
 * PATCH the run with each further batch).
 *
 * Conclusions:
 * - enforce: `failure` when the verdict is fail; `neutral` when it passes but something was not seen (files past
 *   an API limit, files not read or scanned, models the Hub did not answer for): never a green "all clear" over
 *   unseen code; else `success` (warnings, waived and existing findings are annotated but do not turn a passing
 *   change grey);
 * - audit: `neutral` when anything is found or not seen, else `success`. Audit never produces `failure`.
 */
import type { Report } from '../core/types.js';
import { type Coverage, escapeText, hasGaps } from '../report/markdown.js';
import { plural } from './text.js';
import type { CheckAnnotation, CheckConclusion, GitHubApi, RepoRef } from '../github/api.js';
import { batches, capAnnotations, ANNOTATION_CAP, ANNOTATIONS_PER_REQUEST } from './annotations.js';
import type { Mode } from './inputs.js';

export const CHECK_TEXT_MAX = 65_535;

export function hasActiveFindings(report: Report): boolean {
  return report.models.some((m) => m.findings.some((f) => !f.waived)) || report.policy_findings.some((f) => !f.waived);
}

export function conclusionFor(report: Report, mode: Mode, coverage?: Coverage): CheckConclusion {
  const gaps = hasGaps(report, coverage);
  if (mode === 'enforce') return report.verdict === 'fail' ? 'failure' : gaps ? 'neutral' : 'success';
  return report.verdict === 'fail' || hasActiveFindings(report) || gaps ? 'neutral' : 'success';
}

/** Models counted against the change (all of them without a base). */
export function countedModels(report: Report) {
  return report.models.filter((m) => m.new);
}

export function checkTitle(report: Report, mode: Mode, coverage?: Coverage): string {
  const counted = countedModels(report);
  const blocked = counted.filter((m) => m.status === 'blocked').length;
  const warnings = counted.filter((m) => m.status === 'warning').length;
  if (report.verdict === 'fail') {
    return mode === 'audit'
      ? `Audit mode: ${plural(blocked, 'model')} would be blocked`
      : `${plural(blocked, 'model')} blocked`;
  }
  const audit = mode === 'audit' ? ' (audit mode)' : '';
  if (hasGaps(report, coverage)) return `Passed, but not everything was seen${audit}`;
  if (warnings > 0) return `Passed with ${plural(warnings, 'warning')}${audit}`;
  return `All clear${audit}`;
}

/** The check run's `output.summary`: counts in a few lines (plain Markdown, under 65,535 characters). */
export function checkSummary(
  report: Report,
  mode: Mode,
  omitted: number,
  delivered: number,
  coverage?: Coverage,
): string {
  const row = (label: string, models: Report['models']) => {
    const n = (st: string) => models.filter((m) => m.status === st).length;
    return `| ${label} | ${models.length} | ${n('blocked')} | ${n('warning')} | ${n('waived')} | ${n('allowed')} |`;
  };
  const compared = report.base !== undefined;
  const lines: string[] = [];
  if (mode === 'audit') {
    lines.push(
      report.verdict === 'fail'
        ? `**Audit mode: nothing is blocked; in enforce mode ${compared ? 'this change' : 'this run'} would fail.**`
        : '**Audit mode: nothing is blocked.**',
      '',
    );
  }
  lines.push(
    `**Verdict: ${report.verdict}**`,
    '',
    '| | models | blocked | warning | waived | allowed |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    row(
      compared ? 'added or changed' : 'all',
      report.models.filter((m) => m.new),
    ),
  );
  if (compared)
    lines.push(
      row(
        'existing',
        report.models.filter((m) => !m.new),
      ),
    );
  lines.push('');
  if (compared) {
    lines.push(
      'Only models that the change adds or alters count toward the verdict; the others are reported as existing.',
      '',
    );
  }
  const unseen = unseenLine(report, coverage);
  if (unseen) lines.push(`⚠️ ${unseen}`, '');
  for (const n of coverage?.notes ?? []) lines.push(`⚠️ ${escapeText(n)}`, '');
  lines.push(`${plural(delivered, 'annotation')} on the manifest and code lines.`);
  if (omitted > 0) {
    lines.push(
      '',
      `⚠️ ${plural(omitted, 'more finding')} left out of the annotations (at most ${ANNOTATION_CAP} per run); the job summary and the JSON report list them all.`,
    );
  }
  return lines.join('\n').slice(0, CHECK_TEXT_MAX);
}

/** What was not seen, in one line with counts; undefined when everything was. */
export function unseenLine(report: Report, c: Coverage | undefined): string | undefined {
  const parts: string[] = [];
  if (c?.unlisted)
    parts.push(
      c.unlistedAtLeast
        ? 'changed files past the API listing limit'
        : `${plural(c.unlisted, 'changed file')} not listed by the API`,
    );
  if (c?.tooLarge) parts.push(`${plural(c.tooLarge, 'file')} too large to read`);
  if (c?.notRead) parts.push(`${plural(c.notRead, 'file')} not read`);
  if (report.not_scanned?.length) parts.push(`${plural(report.not_scanned.length, 'file')} not scanned`);
  if (c?.hubUnanswered) parts.push(`${plural(c.hubUnanswered, 'model')} the Hugging Face Hub did not answer for`);
  return parts.length ? `Not everything was seen: ${parts.join(', ')}.` : undefined;
}

export interface PublishCheck {
  name: string;
  headSha: string;
  conclusion: CheckConclusion;
  title: string;
  /** Receives the number of annotations delivered and left out. */
  summary: (delivered: number, omitted: number) => string;
  text?: string;
  annotations: CheckAnnotation[];
  detailsUrl?: string;
  startedAt?: string;
  /** Annotations per request; 50 (GitHub's limit). */
  batchSize?: number;
  cap?: number;
}

export interface PublishedCheck {
  id: number;
  url?: string;
  delivered: number;
  omitted: number;
  requests: number;
}

/**
 * Creates the completed check run with the first batch of annotations, then PATCHes it with each further batch.
 * Errors (403 included) propagate: the caller decides on the fallback.
 */
export async function publishCheckRun(api: GitHubApi, repo: RepoRef, c: PublishCheck): Promise<PublishedCheck> {
  const { kept, omitted } = capAnnotations(c.annotations, c.cap ?? ANNOTATION_CAP);
  const groups = batches(kept, Math.min(c.batchSize ?? ANNOTATIONS_PER_REQUEST, ANNOTATIONS_PER_REQUEST));
  const summary = c.summary(kept.length, omitted).slice(0, CHECK_TEXT_MAX);
  const text = c.text?.slice(0, CHECK_TEXT_MAX);
  const output = (annotations: CheckAnnotation[] | undefined) => ({
    title: c.title,
    summary,
    ...(text ? { text } : {}),
    ...(annotations && annotations.length ? { annotations } : {}),
  });
  const run = await api.createCheckRun(repo, {
    name: c.name,
    head_sha: c.headSha,
    status: 'completed',
    conclusion: c.conclusion,
    ...(c.startedAt ? { started_at: c.startedAt } : {}),
    completed_at: new Date().toISOString(),
    ...(c.detailsUrl ? { details_url: c.detailsUrl } : {}),
    output: output(groups[0]),
  });
  let requests = 1;
  for (const group of groups.slice(1)) {
    await api.updateCheckRun(repo, run.id, { output: output(group) });
    requests++;
  }
  return { id: run.id, url: run.html_url, delivered: kept.length, omitted, requests };
}
