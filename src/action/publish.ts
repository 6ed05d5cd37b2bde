/**
 * The last step of the action: the result where people see it first (check run, pull request comment, review
 * comments, dependency graph, job summary), then the files and outputs, then the exit status. A write that fails
 * (a full disk, a directory given as `sarif-file`, an unwritable GITHUB_OUTPUT) is reported as an error after
 * the result is published, never instead of it; audit mode still exits 0.
 */
import type { Finding, Location, Report } from '../core/types.js';
import type { CheckAnnotation } from '../github/api.js';
import { buildSnapshot } from '../github/snapshot.js';
import { type Coverage, escapeText, exceptionDaysFor, type MarkdownLinks, renderMarkdown } from '../report/markdown.js';
import { toolVersion } from '../report/version.js';
import { reportAnnotations } from './annotations.js';
import { attempts, type Permission } from './attempt.js';
import { checkSummary, checkTitle, conclusionFor, CHECK_TEXT_MAX, publishCheckRun } from './checks.js';
import { commentMarker, type Ownership, ownership, upsertComment } from './comment.js';
import type { EventInfo } from './event.js';
import { writeOutputFile } from './files.js';
import type { ActionPort, AnnotationProperties, Engine } from './port.js';
import type { Prepared } from './prepare.js';
import { desiredReviewComments, syncReviewComments } from './review.js';
import { capLines, errorText, plural } from './text.js';
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { tmpdir } from 'node:os';

/** Job summary limit is 1 MiB per step; keep a margin for what other steps of the job add. */
export const SUMMARY_MAX_BYTES = 1_000_000;
/** GitHub shows 10 errors and 10 warnings per step and 50 per job; more would only fill the log. */
export const WORKFLOW_ANNOTATION_CAP = 50;
/** Where the docs explain the fork patterns. */
export const FORK_DOCS = 'https://github.com/model-gate/model-gate/blob/main/docs/action.md#pull-requests-from-forks';

export interface RunOutcome {
  report?: Report;
  /** Whether the step was failed. */
  failed: boolean;
  /** The process exit code: 1 for a blocked change, 2 for a configuration or output error. */
  exitCode: number;
  reportPath?: string;
  checkRun?: { id: number; delivered: number; omitted: number; requests: number };
  comment?: string;
  review?: { created: number; updated: number; deleted: number; unchanged: number };
  snapshot?: { id: number; result?: string };
  /** Permissions the token lacked. */
  missingPermissions: string[];
  /** Whether workflow-command annotations were used instead of a check run. */
  fallback: boolean;
  /** Files and outputs that could not be written. */
  writeErrors: string[];
  /** Why nothing was checked (a closed pull request, a deleted branch). */
  skipped?: string;
}

export function newOutcome(): RunOutcome {
  return { failed: false, exitCode: 0, missingPermissions: [], fallback: false, writeErrors: [] };
}

function slug(s: string): string {
  return s.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'model-gate';
}

/** The GitHub server's address (GitHub Enterprise Server's own), without a trailing slash. */
export function serverUrl(env: NodeJS.ProcessEnv): string {
  return (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
}

/** Address of the run (where the job summary is shown). */
export function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const server = serverUrl(env);
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return undefined;
  const attempt = env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '';
  return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${attempt}`;
}

/** Renders the report for the job summary, shrinking it until it fits in `maxBytes` of UTF-8. */
export function summaryMarkdown(
  report: Report,
  opts: Parameters<typeof renderMarkdown>[1],
  maxBytes = SUMMARY_MAX_BYTES,
): string {
  let maxLength = maxBytes;
  for (let i = 0; i < 8; i++) {
    const md = renderMarkdown(report, { ...opts, maxLength });
    const bytes = Buffer.byteLength(md, 'utf8');
    if (bytes <= maxBytes) return md;
    maxLength = Math.floor((maxLength * maxBytes * 0.95) / bytes);
  }
  return renderMarkdown(report, { ...opts, maxLength: Math.floor(maxBytes / 4) });
}

/** Workflow-command annotations (`::error file=,line=::`), most important first, at most `cap`. */
export function emitWorkflowAnnotations(
  port: ActionPort,
  annotations: CheckAnnotation[],
  cap = WORKFLOW_ANNOTATION_CAP,
): number {
  const list = annotations.slice(0, cap);
  for (const a of list) {
    const props: AnnotationProperties = { file: a.path, startLine: a.start_line, title: a.title };
    if (a.annotation_level === 'failure') port.error(a.message, props);
    else if (a.annotation_level === 'warning') port.warning(a.message, props);
    else port.notice(a.message, props);
  }
  if (annotations.length > list.length) {
    port.info(`model-gate: ${annotations.length - list.length} more findings are listed in the job summary only.`);
  }
  return list.length;
}

/** The report with its paths and lines as on the check run's commit (repository paths, the head's lines). */
export function reportOnHead(
  report: Report,
  prefix: string,
  toHead: (path: string, line: number) => number | undefined,
): Report {
  const path = (p: string) => (prefix && p ? `${prefix}/${p}` : p);
  const loc = <T extends Location>(l: T): T => ({ ...l, path: path(l.path), line: toHead(l.path, l.line) ?? 1 });
  const fin = (f: Finding): Finding => (f.path ? { ...f, path: path(f.path), line: toHead(f.path, f.line) ?? 1 } : f);
  return {
    ...report,
    models: report.models.map((m) => ({ ...m, locations: m.locations.map(loc), findings: m.findings.map(fin) })),
    policy_findings: report.policy_findings.map(fin),
  };
}

/** Whether `p` is a path of a file under `dir` that exists (a finding's file, which can be annotated). */
function existsUnder(dir: string, p: string): boolean {
  if (isAbsolute(p)) return false;
  const abs = resolve(dir, p);
  const rel = relative(dir, abs);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && existsSync(abs);
}

/**
 * What to do when the token may not write: advice that works for the event. A fork's token is read-only whatever
 * the workflow asks for, so there the advice is the pull_request_target or workflow_run pattern.
 */
export function permissionAdvice(missing: Permission[], event: EventInfo, fallback: boolean): string {
  const where = `the results are in the job summary${fallback ? ' and the workflow annotations' : ''}`;
  const pull = event.pull;
  const dependabot = pull?.author === 'dependabot[bot]';
  const list = missing.join(' or ');
  if (pull && event.name === 'pull_request' && pull.fork) {
    return `model-gate: this pull request comes from a fork, whose token may not write ${list} (no \`permissions:\` setting can change that), so ${where}. To report on fork pull requests, run model-gate on \`pull_request_target\` (it reads the pull request's files as data and never runs them), or post the \`comment-content\` output from a \`workflow_run\` workflow: see ${FORK_DOCS}`;
  }
  if (dependabot && event.name === 'pull_request') {
    return `model-gate: Dependabot pull requests get a read-only token, which may not write ${list}, so ${where}. Grant the job \`permissions: ${missing.map((p) => p).join(', ')}\` (Dependabot runs honour it), or use the pattern of ${FORK_DOCS}`;
  }
  return `model-gate: the token may not write ${list} (HTTP 403), so ${where}. Grant the job \`permissions: ${missing.join(', ')}\`${
    missing.includes('contents: write') ? ' (contents: write only for dependency-graph: true)' : ''
  }.`;
}

/** Publishes the result, writes the files and outputs, sets the exit status. */
export async function publish(
  port: ActionPort,
  engine: Engine,
  p: Prepared,
  report: Report,
  startedAt: string,
  outcome: RunOutcome,
): Promise<void> {
  const { inputs, event, api, change, checkout } = p;
  const env = port.env;
  const mode = inputs.mode;
  const checkName = inputs.checkName;
  const today = new Date();
  const exceptionDays = exceptionDaysFor(p.policy);
  const summaryUrl = runUrl(env);
  const coverage: Coverage = {
    unlisted: change.unseen.unlisted,
    unlistedAtLeast: change.unseen.atLeast,
    tooLarge: change.unseen.tooLarge.length,
    notRead: change.unseen.notRead.length,
    hubUnanswered: p.resolver?.unanswered() ?? 0,
    notes: change.notes,
  };
  const blocked = report.models.filter((m) => m.new && m.status === 'blocked');
  const warnings = report.models.filter((m) => m.new && m.status === 'warning');
  const touches = report.models.some((m) => m.new);
  const tries = attempts((m) => port.warning(m));
  const canWrite = Boolean(inputs.token);

  // Everything GitHub shows sits on the check run's commit: repository paths, the head's lines.
  const paths = new Set<string>();
  for (const m of report.models) {
    for (const l of m.locations) paths.add(l.path);
    for (const f of m.findings) if (f.path) paths.add(f.path);
  }
  const view = await change.onHead([...paths]).catch((e: unknown) => {
    port.debug(`model-gate: lines could not be mapped to the head: ${errorText(e)}`);
    return { toHead: (_p: string, l: number) => l, reviewable: new Map<string, Set<number>>() };
  });
  const prefix = change.root === p.root ? checkout.prefix : '';
  const onHead = reportOnHead(report, prefix, view.toHead);
  const server = serverUrl(env);
  const catalog = engine.loadCatalog();
  const links: MarkdownLinks = {
    license: (id) => catalog.license?.(id)?.url,
    location: event.sha
      ? (path, line) =>
          `${server}/${event.repo.owner}/${event.repo.repo}/blob/${event.sha}/${path
            .split('/')
            .map(encodeURIComponent)
            .join('/')}#L${line}`
      : undefined,
  };
  const md = { title: checkName, today, exceptionDays, summaryUrl, mode, links, coverage } as const;
  const marker = commentMarker(checkName);
  const commentBody = renderMarkdown(onHead, { ...md, marker });
  const annotations = reportAnnotations(onHead, (f) => existsUnder(p.root, prefix ? relative(prefix, f) : f));

  // Check run.
  if (canWrite && event.sha) {
    const res = await tries.attempt('checks: write', 'create the check run', () =>
      publishCheckRun(api, event.repo, {
        name: checkName,
        headSha: event.sha,
        conclusion: conclusionFor(report, mode, coverage),
        title: checkTitle(report, mode, coverage),
        summary: (delivered, omitted) => checkSummary(report, mode, omitted, delivered, coverage),
        text: renderMarkdown(onHead, { ...md, maxLength: CHECK_TEXT_MAX }),
        annotations,
        detailsUrl: summaryUrl,
        startedAt,
      }),
    );
    if (res) {
      outcome.checkRun = { id: res.id, delivered: res.delivered, omitted: res.omitted, requests: res.requests };
      port.info(
        `model-gate: check run "${checkName}" ${res.url ?? res.id}: ${res.delivered} annotations in ${res.requests} requests${
          res.omitted ? `, ${res.omitted} left out` : ''
        }`,
      );
    } else outcome.fallback = true;
  } else {
    if (!canWrite) port.info('model-gate: no token; results go to the job summary and workflow annotations');
    outcome.fallback = true;
  }
  if (outcome.fallback) emitWorkflowAnnotations(port, annotations);

  // Pull request comment and review comments: only the token's own comments are ever edited or deleted.
  let isOwn: Ownership | undefined;
  const own = async () => (isOwn ??= await ownership(api, (m) => port.debug(m)));
  if (event.pull && canWrite) {
    const pull = event.pull;
    const res = await tries.attempt('pull-requests: write', 'write the pull request comment', async () =>
      upsertComment(api, event.repo, pull.number, {
        mode: inputs.comment,
        marker,
        body: commentBody,
        touchesModels: touches,
        isOwn: await own(),
      }),
    );
    if (res) {
      outcome.comment = res.action;
      port.info(`model-gate: pull request comment ${res.action}${res.action === 'skipped' ? ` (${res.reason})` : ''}`);
    }
    if (inputs.review) {
      const r = await tries.attempt('pull-requests: write', 'write the review comments', async () =>
        syncReviewComments(
          api,
          event.repo,
          pull.number,
          pull.headSha,
          checkName,
          desiredReviewComments(onHead, prefixed(view.reviewable, prefix), checkName),
          await own(),
        ),
      );
      if (r) {
        outcome.review = r;
        port.info(
          `model-gate: review comments: ${r.created} new, ${r.updated} updated, ${r.deleted} deleted, ${r.unchanged} unchanged`,
        );
      }
    }
  }

  // Dependency graph.
  if (inputs.dependencyGraph) {
    const ref = event.pull?.target ? `refs/pull/${event.pull.number}/head` : event.ref;
    if (!canWrite || !ref || !/^[0-9a-f]{40}$/i.test(change.scanned)) {
      port.warning(
        'model-gate: dependency-graph: no token, ref or commit to submit the models for; nothing was submitted',
      );
    } else {
      const snapshot = buildSnapshot(onHead, {
        sha: change.scanned,
        ref,
        job: {
          correlator: `${env.GITHUB_WORKFLOW ?? 'workflow'} ${env.GITHUB_JOB ?? 'job'} model-gate ${checkName}`,
          id: env.GITHUB_RUN_ID ?? String(Date.now()),
          ...(summaryUrl ? { html_url: summaryUrl } : {}),
        },
        detector: { name: 'model-gate', version: toolVersion(), url: 'https://github.com/model-gate/model-gate' },
        scanned: new Date().toISOString(),
      });
      const res = await tries.attempt('contents: write', 'submit the models to the dependency graph', () =>
        api.submitDependencySnapshot(event.repo, snapshot),
      );
      if (res) {
        outcome.snapshot = { id: res.id, result: res.result };
        const n = Object.values(snapshot.manifests).reduce((s, m) => s + Object.keys(m.resolved).length, 0);
        port.info(
          `model-gate: dependency graph: ${plural(n, 'model entry', 'model entries')} submitted (${res.result ?? 'accepted'})`,
        );
      }
    }
  }

  outcome.missingPermissions = [...tries.missing];
  let note = '';
  if (tries.missing.length > 0) {
    const text = permissionAdvice(tries.missing, event, outcome.fallback);
    port.warning(text);
    note = `> [!WARNING]\n> ${escapeText(text)}\n\n`;
  }

  // Job summary: the full report.
  try {
    const summary = summaryMarkdown(
      onHead,
      { ...md, full: true, summaryUrl: undefined },
      SUMMARY_MAX_BYTES - Buffer.byteLength(note),
    );
    await port.writeSummary(note + summary);
  } catch (e) {
    port.warning(`model-gate: could not write the job summary: ${errorText(e)}`);
  }

  // Files and outputs, after the result is out.
  const tempDir = env.RUNNER_TEMP || tmpdir();
  const write = (what: string, path: string, render: () => string): string | undefined => {
    try {
      const abs = writeOutputFile(p.root, path, render());
      port.info(`model-gate: ${what} written to ${abs}`);
      return abs;
    } catch (e) {
      outcome.writeErrors.push(`model-gate: ${what}: ${errorText(e)}`);
      return undefined;
    }
  };
  outcome.reportPath = write('JSON report', join(tempDir, `model-gate-${slug(checkName)}.json`), () =>
    engine.renderJson(report),
  );
  if (inputs.sarifFile) write('SARIF', inputs.sarifFile, () => engine.renderSarif(report));
  if (inputs.bomFile) write('CycloneDX AI-BOM', inputs.bomFile, () => engine.renderCycloneDx(report));
  const outputs: [string, string][] = [
    ['verdict', report.verdict],
    ['blocked', String(blocked.length)],
    ['warnings', String(warnings.length)],
    ['report', outcome.reportPath ?? ''],
    ['blocked-models', JSON.stringify(blocked.map((m) => m.id))],
    ['comment-content', commentBody],
  ];
  for (const [name, value] of outputs) {
    try {
      port.setOutput(name, value);
    } catch (e) {
      outcome.writeErrors.push(`model-gate: output ${name}: ${errorText(e)}`);
    }
  }
  for (const e of capLines(outcome.writeErrors, 20, 'more write errors')) port.error(e);

  // Exit status.
  if (report.verdict === 'fail') {
    const ids = blocked.map((m) => m.id);
    const list = ids.slice(0, 10).join(', ') + (ids.length > 10 ? `, and ${ids.length - 10} more` : '');
    const msg = `model-gate: ${plural(blocked.length, 'model')} blocked by policy ${report.policy}: ${list}`;
    if (mode === 'enforce') {
      port.setFailed(msg);
      outcome.failed = true;
      outcome.exitCode = 1;
    } else {
      port.warning(`${msg} (audit mode: the step does not fail)`);
    }
  } else {
    port.info(`model-gate: verdict pass (${plural(report.summary.models, 'model')})`);
  }
  if (outcome.writeErrors.length > 0 && mode === 'enforce' && !outcome.failed) {
    port.setFailed(
      `model-gate: ${plural(outcome.writeErrors.length, 'file or output', 'files or outputs')} could not be written; the result was published`,
    );
    outcome.failed = true;
    outcome.exitCode = 2;
  }
}

function prefixed(m: Map<string, Set<number>>, prefix: string): Map<string, Set<number>> {
  if (!prefix) return m;
  return new Map([...m].map(([k, v]) => [`${prefix}/${k}`, v]));
}
