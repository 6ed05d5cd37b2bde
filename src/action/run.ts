/**
 * The action, independent of the Actions runtime, in three steps: prepare (inputs, event, checkout, policy, the
 * change to compare with), check (the engine), publish (check run, comment, review comments, dependency graph,
 * job summary, files, outputs, exit status). A user error (bad input, policy or manifest, no checkout) or a
 * failure is reported once, without a stack trace, with a failed check run when the token may write one.
 */
import { formatErrorItem, isUserError } from '../core/errors.js';
import { escapeText } from '../report/markdown.js';
import { CHECK_TEXT_MAX } from './checks.js';
import type { ActionPort, Engine } from './port.js';
import { prepare, type Setup } from './prepare.js';
import { newOutcome, publish, serverUrl, type RunOutcome } from './publish.js';
import { capLines, errorText } from './text.js';

export {
  emitWorkflowAnnotations,
  runUrl,
  summaryMarkdown,
  SUMMARY_MAX_BYTES,
  WORKFLOW_ANNOTATION_CAP,
} from './publish.js';
export type { RunOutcome } from './publish.js';

/** Problems listed one by one in an error report; the rest are counted (74,000 errors must not flood anything). */
export const ERRORS_SHOWN = 50;

export async function runAction(port: ActionPort, engine: Engine): Promise<RunOutcome> {
  const startedAt = new Date().toISOString();
  const outcome = newOutcome();
  const setup: Setup = {};
  try {
    const prepared = await prepare(port, engine, setup);
    if ('skip' in prepared) {
      outcome.skipped = prepared.skip;
      port.info(`model-gate: ${prepared.skip}: nothing to check, nothing posted`);
      return outcome;
    }
    const report = await engine.check({
      root: prepared.change.root,
      policy: prepared.policy,
      catalog: engine.loadCatalog(),
      manifestPath: prepared.manifestPath,
      scan: prepared.inputs.scan,
      resolver: prepared.resolver,
      base: prepared.change.base,
    });
    await prepared.resolver?.flush?.();
    // The JSON report names what was checked (`model-gate inventory` merges reports by it).
    const server = serverUrl(port.env);
    const fullName = `${prepared.event.repo.owner}/${prepared.event.repo.repo}`;
    report.repository = { full_name: fullName, url: `${server}/${fullName}`, commit: prepared.change.scanned };
    outcome.report = report;
    await publish(port, engine, prepared, report, startedAt, outcome);
  } catch (e) {
    await handleError(port, e, setup, startedAt, outcome);
  }
  return outcome;
}

/**
 * A user error (bad input, policy or manifest, no checkout) or a failure: the message without a stack trace,
 * capped; a check run saying so when possible; the step fails in enforce mode only (exit 2 for a user error).
 * Each problem of a user error at a file of the repository is annotated at its line.
 */
async function handleError(
  port: ActionPort,
  e: unknown,
  setup: Setup,
  startedAt: string,
  outcome: RunOutcome,
): Promise<void> {
  const { inputs, event, api } = setup;
  const user = isUserError(e);
  const all = user ? e.items.map(formatErrorItem) : [`model-gate: ${errorText(e)}`];
  const shown = capLines(all, ERRORS_SHOWN, 'more problems');
  const message = shown.join('\n');
  if (!user && e instanceof Error && e.stack) port.debug(e.stack);
  const audit = inputs?.mode === 'audit';
  const bullets = shown.map((l) => `- ${escapeText(l)}`).join('\n');
  if (inputs?.token && api && event?.sha) {
    try {
      await api.createCheckRun(event.repo, {
        name: inputs.checkName,
        head_sha: event.sha,
        status: 'completed',
        conclusion: audit ? 'neutral' : 'failure',
        started_at: startedAt,
        completed_at: new Date().toISOString(),
        output: { title: user ? 'Configuration error' : 'Error', summary: bullets.slice(0, CHECK_TEXT_MAX) },
      });
    } catch (err) {
      port.debug(`model-gate: could not create the check run: ${errorText(err)}`);
    }
  }
  try {
    await port.writeSummary(
      `## ❌ ${escapeText(inputs?.checkName ?? 'model-gate')}: ${user ? 'configuration error' : 'error'}\n\n${bullets}\n`,
    );
  } catch {
    // The summary is a courtesy here.
  }
  // One error per problem (at most ERRORS_SHOWN), annotated at its file and line when that is a file of the
  // repository. In enforce mode `setFailed` below says the rest; in audit mode every problem is an error here.
  if (user) {
    const root = setup.root;
    for (const item of e.items.slice(0, ERRORS_SHOWN)) {
      const text = formatErrorItem(item);
      if (item.path && root && annotatable(root, item.path)) {
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
    if (audit && e.items.length > ERRORS_SHOWN) port.error(shown[shown.length - 1]);
  } else if (audit) {
    port.error(message);
  }
  if (audit) {
    port.warning('model-gate: audit mode: the step does not fail, but nothing was checked.');
    return;
  }
  port.setFailed(message);
  outcome.failed = true;
  outcome.exitCode = user ? 2 : 1;
}

/**
 * Whether a path a configuration error names can be annotated: a relative path inside the repository that is not
 * a remote policy (`owner/repo/path@ref`).
 */
function annotatable(root: string, p: string): boolean {
  if (p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.includes('@')) return false;
  const parts = p.split(/[\\/]/);
  return !parts.includes('..') && root !== '';
}
