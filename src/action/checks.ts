/**
 * The check run: conclusion, summary, and annotations delivered in batches (create with the first 50, then
 * PATCH the run with each further batch).
 *
 * Conclusions:
 * - enforce: `failure` when the verdict is fail, else `success` (warnings, waived and existing findings are
 *   annotated but do not turn a passing change grey);
 * - audit: `neutral` when anything is found (a fail verdict or any finding that is not waived), else `success`.
 *   Audit never produces `failure`.
 */
import type { Report } from '../core/types.js';
import type { CheckAnnotation, CheckConclusion, GitHubApi, RepoRef } from '../github/api.js';
import { batches, capAnnotations, ANNOTATION_CAP, ANNOTATIONS_PER_REQUEST } from './annotations.js';
import type { Mode } from './inputs.js';

export const CHECK_TEXT_MAX = 65_535;

export function hasActiveFindings(report: Report): boolean {
  return (
    report.models.some((m) => m.findings.some((f) => !f.waived)) ||
    report.policy_findings.some((f) => !f.waived)
  );
}

export function conclusionFor(report: Report, mode: Mode): CheckConclusion {
  if (mode === 'enforce') return report.verdict === 'fail' ? 'failure' : 'success';
  return report.verdict === 'fail' || hasActiveFindings(report) ? 'neutral' : 'success';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Models counted against the change (all of them without a base). */
export function countedModels(report: Report) {
  return report.models.filter((m) => m.new);
}

export function checkTitle(report: Report, mode: Mode): string {
  const counted = countedModels(report);
  const blocked = counted.filter((m) => m.status === 'blocked').length;
  const warnings = counted.filter((m) => m.status === 'warning').length;
  const audit = mode === 'audit' ? ' (audit mode)' : '';
  if (report.verdict === 'fail') return `${plural(blocked, 'model')} blocked${audit}`;
  if (warnings > 0) return `Passed with ${plural(warnings, 'warning')}${audit}`;
  return `All clear${audit}`;
}

/** The check run's `output.summary`: counts in a few lines (plain Markdown, under 65,535 characters). */
export function checkSummary(report: Report, mode: Mode, omitted: number, delivered: number): string {
  const row = (label: string, models: Report['models']) => {
    const n = (st: string) => models.filter((m) => m.status === st).length;
    return `| ${label} | ${models.length} | ${n('blocked')} | ${n('warning')} | ${n('waived')} | ${n('allowed')} |`;
  };
  const compared = report.base !== undefined;
  const lines = [
    `**Verdict: ${report.verdict}**${mode === 'audit' ? ' (audit mode: reported only, never fails)' : ''}`,
    '',
    '| | models | blocked | warning | waived | allowed |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    row(
      compared ? 'added or changed' : 'all',
      report.models.filter((m) => m.new),
    ),
  ];
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
  lines.push(`${plural(delivered, 'annotation')} on the manifest and code lines.`);
  if (omitted > 0) {
    lines.push(
      '',
      `⚠️ ${plural(omitted, 'more finding')} left out of the annotations (at most ${ANNOTATION_CAP} per run); the job summary and the JSON report list them all.`,
    );
  }
  return lines.join('\n').slice(0, CHECK_TEXT_MAX);
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
export async function publishCheckRun(
  api: GitHubApi,
  repo: RepoRef,
  c: PublishCheck,
): Promise<PublishedCheck> {
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
