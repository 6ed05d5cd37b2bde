/**
 * The only module that knows the Actions runtime: wires @actions/core, @actions/github and model-gate's core to
 * the port of `run.ts`.
 */
import * as core from '@actions/core';
import { context, getOctokit } from '@actions/github';
import { loadCatalog, type Catalog } from '../catalog/catalog.js';
import { check } from '../engine/check.js';
import { OctokitApi } from '../github/api.js';
import { defaults as githubDefaults } from '@actions/github/lib/utils';
import {
  clientConfig,
  clientPlugins,
  RETRY_NOTICE,
  createOctokit,
  guardedFetch,
  USER_AGENT,
  type ClientLog,
} from '../github/client.js';
import { HubClient } from '../hub/client.js';
import { sanitizeLine, sanitizeLog, sanitizeText } from '../core/sanitize.js';
import { loadPolicy } from '../policy/load.js';
import { renderJson } from '../report/json.js';
import { renderSarif } from '../report/sarif.js';
import { renderCycloneDx } from '../report/cyclonedx.js';
import { toolVersion } from '../report/version.js';
import type { ActionPort, AnnotationProperties, Engine } from './port.js';
import { runAction } from './run.js';

const log: ClientLog = {
  debug: (m) => core.debug(sanitizeLog(m)),
  info: (m) => core.info(sanitizeLog(m)),
  warn: (m) => core.warning(sanitizeLog(m)),
};

/** Annotation properties with hostile text made safe (one line, no escapes, no credentials). */
function props(p?: AnnotationProperties): core.AnnotationProperties | undefined {
  if (!p) return undefined;
  return {
    title: p.title === undefined ? undefined : sanitizeLine(p.title),
    file: p.file === undefined ? undefined : sanitizeText(p.file),
    startLine: p.startLine,
    startColumn: p.startColumn,
  };
}

/**
 * The port over @actions/core. Every message bound for the log passes `sanitizeLog` here: model ids, paths and
 * server messages cannot drive the terminal, run a workflow command (`core.info` writes its text as is) or show a
 * credential.
 */
export function createPort(): ActionPort {
  const say = (m: string) => sanitizeLog(m);
  return {
    getInput: (name) => core.getInput(name),
    env: process.env,
    eventName: context.eventName ?? '',
    payload: context.payload,
    debug: (m) => core.debug(say(m)),
    info: (m) => core.info(say(m)),
    warning: (m, p) => core.warning(say(m), props(p)),
    error: (m, p) => core.error(say(m), props(p)),
    notice: (m, p) => core.notice(say(m), props(p)),
    setOutput: (name, value) => core.setOutput(name, value),
    setSecret: (value) => core.setSecret(value),
    writeSummary: async (markdown) => {
      await core.summary.addRaw(markdown, true).write();
    },
    setFailed: (m) => core.setFailed(say(m)),
    github: (token) => {
      const config = {
        ...clientConfig({ log }),
        log: { ...log, error: log.warn },
        // a retry and its wait go to the log, not to the run's annotations
        [RETRY_NOTICE]: log.info,
        userAgent: USER_AGENT,
        // The runner's proxy-aware fetch, behind model-gate's timeouts, size cap and answer checks.
        request: { fetch: guardedFetch(githubDefaults.request?.fetch as typeof fetch | undefined, { log }) },
      };
      // @actions/github honours GITHUB_API_URL (GHES) and the runner's proxy settings; it needs a token.
      const octokit = token ? getOctokit(token, config, ...clientPlugins) : createOctokit({ log });
      return new OctokitApi(octokit);
    },
  };
}

let catalog: Catalog | undefined;
const sharedCatalog = (): Catalog => (catalog ??= loadCatalog());

export const engine: Engine = {
  loadPolicy: (spec, opts) => loadPolicy(spec, { ...opts, catalog: sharedCatalog() }),
  loadCatalog: sharedCatalog,
  check: (opts) => check(opts),
  createResolver: (opts) => new HubClient({ token: opts.token, cachePath: opts.cachePath, log: opts.log }),
  renderJson,
  renderSarif,
  renderCycloneDx: (report) => renderCycloneDx(report, sharedCatalog(), { toolVersion: toolVersion() }),
};

export async function run(): Promise<void> {
  try {
    const outcome = await runAction(createPort(), engine);
    // setFailed sets 1; a configuration or output error is 2, as in the CLI.
    if (outcome.exitCode) process.exitCode = outcome.exitCode;
  } catch (e) {
    // Not expected (runAction reports its own errors): no stack trace in the annotation, but in the debug log.
    if (e instanceof Error && e.stack) core.debug(e.stack);
    core.setFailed(`model-gate: ${e instanceof Error ? e.message : String(e)}`);
  }
  // Done: idle keep-alive connections to the API must not hold the step open for seconds. Let stdout and stderr
  // drain, then exit with the status already set.
  await Promise.all([drained(process.stdout), drained(process.stderr)]);
  process.exit();
}

function drained(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (!stream.writable) return resolve();
    stream.write('', () => resolve());
  });
}
