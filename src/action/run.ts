/**
 * The action, independent of the Actions runtime: inputs -> policy -> (pull requests) base side through the API
 * -> check -> report files, outputs, job summary, check run, PR comment, review comments; a fork's read-only
 * token falls back to workflow-command annotations. The exit status follows the verdict (enforce) or never fails
 * (audit).
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { errorText, formatErrorItem, isUserError, UserError } from '../core/errors.js';
import type { Policy, Report } from '../core/types.js';
import { type CheckAnnotation, type GitHubApi, isGitHubError, type PullFile } from '../github/api.js';
import { apiBaseUrl } from '../github/client.js';
import { GitHubPolicyReader } from '../github/policy-reader.js';
import { escapeText, exceptionDaysFor, renderMarkdown } from '../report/markdown.js';
import { reportAnnotations } from './annotations.js';
import { type BaseSnapshot, materializeHead, readBase } from './change.js';
import { checkSummary, checkTitle, conclusionFor, CHECK_TEXT_MAX, publishCheckRun } from './checks.js';
import { commentMarker, upsertComment } from './comment.js';
import { type EventInfo, parseEvent } from './event.js';
import { type ActionInputs, readInputs } from './inputs.js';
import type { ActionPort, AnnotationProperties, Engine, Resolver } from './port.js';
import { desiredReviewComments, syncReviewComments } from './review.js';

/** Job summary limit is 1 MiB per step; keep a margin for what other steps of the job add. */
export const SUMMARY_MAX_BYTES = 1_000_000;
/** GitHub shows 10 errors and 10 warnings per step and 50 per job; more would only fill the log. */
export const WORKFLOW_ANNOTATION_CAP = 50;
const DEFAULT_MANIFESTS = ['models.yaml', 'models.yml'];

export interface RunOutcome {
  report?: Report;
  /** Whether the step was failed. */
  failed: boolean;
  reportPath?: string;
  checkRun?: { id: number; delivered: number; omitted: number; requests: number };
  comment?: string;
  review?: { created: number; updated: number; deleted: number; unchanged: number };
  /** Permissions the token lacked. */
  missingPermissions: string[];
  /** Whether workflow-command annotations were used instead of a check run. */
  fallback: boolean;
}

function slug(s: string): string {
  return s.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'model-gate';
}

/** Address of the run (where the job summary is shown). */
export function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return undefined;
  const attempt =
    env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '';
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
    port.info(
      `model-gate: ${annotations.length - list.length} more findings are listed in the job summary only.`,
    );
  }
  return list.length;
}

/** Whether `p` is a path of a file under `dir` that exists (a finding's file, which can be annotated). */
function existsUnder(dir: string, p: string): boolean {
  if (isAbsolute(p)) return false;
  const abs = resolve(dir, p);
  const rel = relative(dir, abs);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && existsSync(abs);
}

/**
 * Whether a path a configuration error names can be annotated: a file of the repository (of the workspace or of
 * the head read through the API), or a relative path inside it that is not a remote policy (`owner/repo/path@ref`).
 */
function annotatablePath(workspace: string, root: string): (p: string) => boolean {
  return (p) => {
    if (existsUnder(workspace, p) || existsUnder(root, p)) return true;
    if (isAbsolute(p) || p.includes('@')) return false;
    const rel = relative(workspace, resolve(workspace, p));
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  };
}

function permissionOf(kind: 'checks' | 'comment' | 'review'): string {
  return kind === 'checks' ? 'checks: write' : 'pull-requests: write';
}

function isPermissionError(e: unknown): boolean {
  return isGitHubError(e) && (e.status === 403 || e.status === 401);
}

function counted(report: Report) {
  const models = report.models.filter((m) => m.new);
  return {
    blocked: models.filter((m) => m.status === 'blocked'),
    warnings: models.filter((m) => m.status === 'warning'),
    touches: models.length > 0,
  };
}

export async function runAction(port: ActionPort, engine: Engine): Promise<RunOutcome> {
  const startedAt = new Date().toISOString();
  const outcome: RunOutcome = { failed: false, missingPermissions: [], fallback: false };
  const env = port.env;
  let inputs: ActionInputs | undefined;
  let event: EventInfo | undefined;
  let api: GitHubApi | undefined;

  let report: Report;
  let policy: Policy;
  let files: PullFile[] = [];
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const tempDir = env.RUNNER_TEMP || tmpdir();
  // Where the files the check reads are (the workspace, or the head read through the API on pull_request_target).
  let root = workspace;
  try {
    const read = readInputs((name) => port.getInput(name));
    // Bad values are replaced by their defaults (a bad `mode` means enforce) until the errors are reported.
    inputs = read.inputs;
    // A runner always passes `token` (default github.token); outside one, fall back to the usual variables.
    if (!inputs.token) inputs.token = (env.GITHUB_TOKEN || env.GH_TOKEN || '').trim();
    if (inputs.token) port.setSecret(inputs.token);
    if (inputs.hfToken) port.setSecret(inputs.hfToken);
    if (read.errors.length > 0) {
      // Still reach GitHub, so that the check run says what is wrong; the input errors come first either way.
      try {
        event = parseEvent(port.eventName, port.payload, env);
        api = port.github(inputs.token);
      } catch (e) {
        port.debug(`model-gate: ${errorText(e)}`);
      }
      throw new UserError(read.errors);
    }
    event = parseEvent(port.eventName, port.payload, env);
    api = port.github(inputs.token);

    const remote = new GitHubPolicyReader(api, {
      authenticated: Boolean(inputs.token),
      tokenRepository: `${event.repo.owner}/${event.repo.repo}`,
      baseUrl: apiBaseUrl(env),
    });
    policy = await engine.loadPolicy(inputs.policy, { cwd: workspace, remote });
    port.info(`model-gate: policy ${policy.name} (${policy.chain.join(' <- ') || inputs.policy})`);

    // The default manifest may be missing (then only the code is scanned); an explicit one must exist.
    const explicitManifest = inputs.manifest !== 'models.yaml' ? inputs.manifest : undefined;
    const manifestPaths = explicitManifest ? [explicitManifest] : DEFAULT_MANIFESTS;
    let base: BaseSnapshot | undefined;
    if (event.pull) {
      const pull = event.pull;
      try {
        const read = await readBase(api, event.repo, pull, manifestPaths);
        base = read.base;
        files = read.files;
      } catch (e) {
        throw new Error(`cannot read the pull request's base through the GitHub API: ${errorText(e)}`, {
          cause: e,
        });
      }
      if (files.length >= 3000) {
        port.warning(
          'model-gate: the pull request changes 3,000 files or more; GitHub lists only the first 3,000, so code in the others is not scanned.',
        );
      }
      port.info(
        `model-gate: pull request #${pull.number}, comparing with ${pull.baseSha.slice(0, 12)} (${
          base.manifestText === null ? 'no manifest at the base' : 'manifest found at the base'
        }, ${files.length} changed files)`,
      );
      if (pull.target) {
        // The workspace holds the base branch: read the PR's manifest and changed files as data, never check out.
        root = join(tempDir, `model-gate-head-${slug(inputs.checkName)}`);
        rmSync(root, { recursive: true, force: true });
        const m = await materializeHead(api, event.repo, pull.headSha, files, {
          manifestPaths,
          scan: inputs.scan,
          dir: root,
        });
        port.info(
          `model-gate: pull_request_target: read ${m.written.length} files of the head through the API`,
        );
        if (m.skipped.length) port.debug(`model-gate: not read: ${m.skipped.join(', ')}`);
      }
    } else {
      port.info(`model-gate: ${event.name || 'no'} event: evaluating every model of the repository`);
    }
    if (root === workspace && existsSync(workspace) && readdirSync(workspace).length === 0) {
      port.warning('model-gate: the workspace is empty; run actions/checkout before model-gate.');
    }

    const catalog = engine.loadCatalog();
    let resolver: Resolver | undefined;
    if (inputs.hub) {
      resolver = engine.createResolver({
        token: inputs.hfToken || undefined,
        cachePath: inputs.cache ? resolve(workspace, inputs.cache) : undefined,
        log: (m) => port.warning(`model-gate: ${m}`),
      });
    }
    report = await engine.check({
      root,
      policy,
      catalog,
      manifestPath: explicitManifest,
      scan: inputs.scan,
      resolver,
      base,
    });
    await resolver?.flush?.();
  } catch (e) {
    const annotatable = annotatablePath(workspace, root);
    await handleError(port, e, { inputs, event, api, startedAt, annotatable }, outcome);
    return outcome;
  }
  outcome.report = report;
  const { blocked, warnings, touches } = counted(report);
  const checkName = inputs.checkName;
  const today = new Date();
  const exceptionDays = exceptionDaysFor(policy);
  const summaryUrl = runUrl(env);

  // Files and outputs first: they do not depend on the token.
  const reportPath = join(tempDir, `model-gate-${slug(checkName)}.json`);
  mkdirSync(dirname(reportPath), { recursive: true });
  writeFileSync(reportPath, engine.renderJson(report));
  outcome.reportPath = reportPath;
  if (inputs.sarifFile) {
    const sarifPath = resolve(workspace, inputs.sarifFile);
    mkdirSync(dirname(sarifPath), { recursive: true });
    writeFileSync(sarifPath, engine.renderSarif(report));
    port.info(`model-gate: SARIF written to ${sarifPath}`);
  }
  if (inputs.bomFile) {
    const bomPath = resolve(workspace, inputs.bomFile);
    mkdirSync(dirname(bomPath), { recursive: true });
    writeFileSync(bomPath, engine.renderCycloneDx(report));
    port.info(`model-gate: CycloneDX AI-BOM written to ${bomPath}`);
  }
  port.setOutput('verdict', report.verdict);
  port.setOutput('blocked', String(blocked.length));
  port.setOutput('warnings', String(warnings.length));
  port.setOutput('report', reportPath);

  const annotations = reportAnnotations(report, (p) => existsUnder(workspace, p));
  const mode = inputs.mode;
  const canWrite = Boolean(inputs.token);

  // Check run.
  if (canWrite && event.sha) {
    try {
      const res = await publishCheckRun(api, event.repo, {
        name: checkName,
        headSha: event.sha,
        conclusion: conclusionFor(report, mode),
        title: checkTitle(report, mode),
        summary: (delivered, omitted) => checkSummary(report, mode, omitted, delivered),
        text: renderMarkdown(report, {
          title: checkName,
          today,
          exceptionDays,
          summaryUrl,
          maxLength: CHECK_TEXT_MAX,
        }),
        annotations,
        detailsUrl: summaryUrl,
        startedAt,
      });
      outcome.checkRun = {
        id: res.id,
        delivered: res.delivered,
        omitted: res.omitted,
        requests: res.requests,
      };
      port.info(
        `model-gate: check run "${checkName}" ${res.url ?? res.id}: ${res.delivered} annotations in ${res.requests} requests${
          res.omitted ? `, ${res.omitted} left out` : ''
        }`,
      );
    } catch (e) {
      if (isPermissionError(e)) outcome.missingPermissions.push(permissionOf('checks'));
      else port.warning(`model-gate: could not create the check run: ${errorText(e)}`);
      outcome.fallback = true;
    }
  } else {
    if (!canWrite) port.info('model-gate: no token; results go to the job summary and workflow annotations');
    outcome.fallback = true;
  }
  if (outcome.fallback) emitWorkflowAnnotations(port, annotations);

  // Pull request comment and review comments.
  if (event.pull && canWrite) {
    const pull = event.pull;
    try {
      const body = renderMarkdown(report, {
        marker: commentMarker(checkName),
        title: checkName,
        today,
        exceptionDays,
        summaryUrl,
      });
      const res = await upsertComment(api, event.repo, pull.number, {
        mode: inputs.comment,
        marker: commentMarker(checkName),
        body,
        touchesModels: touches,
      });
      outcome.comment = res.action;
      port.info(
        `model-gate: pull request comment ${res.action}${res.action === 'skipped' ? ` (${res.reason})` : ''}`,
      );
    } catch (e) {
      if (isPermissionError(e)) outcome.missingPermissions.push(permissionOf('comment'));
      else port.warning(`model-gate: could not write the pull request comment: ${errorText(e)}`);
    }
    if (inputs.review) {
      try {
        const desired = desiredReviewComments(report, files, checkName);
        outcome.review = await syncReviewComments(
          api,
          event.repo,
          pull.number,
          pull.headSha,
          checkName,
          desired,
        );
        const r = outcome.review;
        port.info(
          `model-gate: review comments: ${r.created} new, ${r.updated} updated, ${r.deleted} deleted, ${r.unchanged} unchanged`,
        );
      } catch (e) {
        if (isPermissionError(e)) outcome.missingPermissions.push(permissionOf('review'));
        else port.warning(`model-gate: could not write the review comments: ${errorText(e)}`);
      }
    }
  }

  const missing = [...new Set(outcome.missingPermissions)];
  outcome.missingPermissions = missing;
  let note = '';
  if (missing.length > 0) {
    const fork = event.pull?.fork ? ' Pull requests from forks get a read-only token;' : '';
    const text = `model-gate: the token may not write ${missing.join(' or ')} (HTTP 403), so the results are in the job summary${
      outcome.fallback ? ' and the workflow annotations' : ''
    }.${fork} grant \`permissions: ${missing.join(', ')}\` to the job, or see the README for pull_request_target.`;
    port.warning(text);
    note = `> [!WARNING]\n> ${escapeText(text)}\n\n`;
  }

  // Job summary: the full report.
  try {
    const md = summaryMarkdown(
      report,
      { title: checkName, today, exceptionDays },
      SUMMARY_MAX_BYTES - Buffer.byteLength(note),
    );
    await port.writeSummary(note + md);
  } catch (e) {
    port.warning(`model-gate: could not write the job summary: ${errorText(e)}`);
  }

  if (report.verdict === 'fail') {
    const ids = blocked.map((m) => m.id);
    const list = ids.slice(0, 10).join(', ') + (ids.length > 10 ? `, and ${ids.length - 10} more` : '');
    const msg = `model-gate: ${blocked.length} model${blocked.length === 1 ? '' : 's'} blocked by policy ${report.policy}: ${list}`;
    if (mode === 'enforce') {
      port.setFailed(msg);
      outcome.failed = true;
    } else {
      port.warning(`${msg} (audit mode: the step does not fail)`);
    }
  } else {
    port.info(`model-gate: verdict pass (${report.summary.models} models)`);
  }
  return outcome;
}

/** What `handleError` can use: whatever was set up before the error. */
interface ErrorContext {
  inputs?: ActionInputs;
  event?: EventInfo;
  api?: GitHubApi;
  startedAt: string;
  /** Whether a path in an error is a file of the repository (it then gets an annotation). */
  annotatable: (path: string) => boolean;
}

/**
 * A user error (bad input, policy or manifest) or a failure: the message without a stack trace; a check run
 * saying so when possible; the step fails in enforce mode only (audit never fails the step). Each problem of a
 * user error at a file of the repository is annotated at its line.
 */
async function handleError(port: ActionPort, e: unknown, ctx: ErrorContext, outcome: RunOutcome): Promise<void> {
  const { inputs, event, api } = ctx;
  const user = isUserError(e);
  const message = user ? e.message : `model-gate: ${errorText(e)}`;
  if (!user && e instanceof Error && e.stack) port.debug(e.stack);
  const audit = inputs?.mode === 'audit';
  if (inputs?.token && api && event?.sha) {
    try {
      await api.createCheckRun(event.repo, {
        name: inputs.checkName,
        head_sha: event.sha,
        status: 'completed',
        conclusion: audit ? 'neutral' : 'failure',
        started_at: ctx.startedAt,
        completed_at: new Date().toISOString(),
        output: {
          title: user ? 'Configuration error' : 'Error',
          summary: message
            .split('\n')
            .map((l) => `- ${escapeText(l)}`)
            .join('\n')
            .slice(0, CHECK_TEXT_MAX),
        },
      });
    } catch (err) {
      port.debug(`model-gate: could not create the check run: ${errorText(err)}`);
    }
  }
  try {
    await port.writeSummary(
      `## ❌ ${escapeText(inputs?.checkName ?? 'model-gate')}: ${user ? 'configuration error' : 'error'}\n\n${message
        .split('\n')
        .map((l) => `- ${escapeText(l)}`)
        .join('\n')}\n`,
    );
  } catch {
    // The summary is a courtesy here.
  }
  // One error per problem, annotated at its file and line when that is a file of the repository. In enforce mode
  // `setFailed` below says the rest; in audit mode every problem is an error here.
  if (user) {
    for (const item of e.items) {
      const text = formatErrorItem(item);
      if (item.path && ctx.annotatable(item.path)) {
        port.error(text, {
          file: item.path.split('\\').join('/'),
          startLine: item.line,
          startColumn: item.line ? item.column : undefined,
          title: `${inputs?.checkName ?? 'model-gate'}: configuration error`,
        });
      } else if (audit) {
        port.error(text);
      }
    }
  } else if (audit) {
    port.error(message);
  }
  if (audit) {
    port.warning('model-gate: audit mode: the step does not fail, but nothing was checked.');
    return;
  }
  port.setFailed(message);
  outcome.failed = true;
}
