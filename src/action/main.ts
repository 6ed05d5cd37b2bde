/**
 * The only module that knows the Actions runtime: wires @actions/core, @actions/github and model-gate's core to
 * the port of `run.ts`.
 */
import * as core from '@actions/core';
import { context, getOctokit } from '@actions/github';
import { loadCatalog, type Catalog } from '../catalog/catalog.js';
import { check } from '../engine/check.js';
import { OctokitApi } from '../github/api.js';
import { clientConfig, clientPlugins, createOctokit, USER_AGENT, type ClientLog } from '../github/client.js';
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
      const config = { ...clientConfig({ log }), log: { ...log, error: log.warn }, userAgent: USER_AGENT };
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
    await runAction(createPort(), engine);
  } catch (e) {
    // Not expected (runAction reports its own errors): no stack trace in the annotation, but in the debug log.
    if (e instanceof Error && e.stack) core.debug(e.stack);
    core.setFailed(`model-gate: ${e instanceof Error ? e.message : String(e)}`);
  }
}
