/**
 * The first step of the action: inputs, the event, the checkout at `path`, the policy, the change to compare
 * with, and the Hub resolver (with its cache outside the workspace). Throws UserError for what the user can fix.
 */
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { UserError } from '../core/errors.js';
import { DEFAULT_MANIFEST, DEFAULT_MANIFESTS } from '../core/manifest-names.js';
import type { Policy } from '../core/types.js';
import { type GitHubApi, isGitHubError } from '../github/api.js';
import { apiBaseUrl } from '../github/client.js';
import { GitHubPolicyReader } from '../github/policy-reader.js';
import { type CountingResolver, countingResolver } from '../hub/counting.js';
import { type Change, computeChange } from './change.js';
import { type EventInfo, parseEvent } from './event.js';
import { type Checkout, checkoutAt, hasTrackedFiles } from './git.js';
import { type ActionInputs, readInputs } from './inputs.js';
import type { ActionPort, Engine } from './port.js';

/** What `prepare` has set up so far (an error report uses whatever is there). */
export interface Setup {
  inputs?: ActionInputs;
  event?: EventInfo;
  api?: GitHubApi;
  /** The checkout (`path` resolved against the workspace). */
  root?: string;
}

export interface Prepared extends Required<Setup> {
  inputs: ActionInputs;
  checkout: Checkout;
  policy: Policy;
  change: Change;
  /** The explicit manifest (relative to `root`), when the input is not the default. */
  manifestPath?: string;
  resolver?: CountingResolver;
}

/**
 * Where the Hub cache lives. Never in the workspace: a pull request could commit a cache that says what it likes.
 * `true` (or any value that is a path inside the workspace, which is then refused with a warning): a file under
 * RUNNER_TEMP; an absolute path outside the workspace: that file (for actions/cache); '' or `false`: no cache.
 */
export function hubCachePath(input: string, env: NodeJS.ProcessEnv): { path?: string; warning?: string } {
  const v = input.trim();
  if (v === '' || /^false$/i.test(v)) return {};
  const temp = env.RUNNER_TEMP || tmpdir();
  const fallback = join(temp, 'model-gate', 'hub-cache.json');
  if (/^true$/i.test(v)) return { path: fallback };
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const abs = isAbsolute(v) ? resolve(v) : resolve(workspace, v);
  const rel = relative(workspace, abs);
  if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) {
    return {
      path: fallback,
      warning: `model-gate: input \`cache\`: ${v} is inside the workspace, which a pull request can write to, so it is not used; the Hub cache is kept in ${fallback} instead (point actions/cache at \${{ runner.temp }}/model-gate)`,
    };
  }
  return { path: abs };
}

function noCheckout(event: EventInfo, path: string): UserError {
  const repo = `${event.repo.owner}/${event.repo.repo}`;
  return new UserError({
    message: `model-gate: no checkout of ${repo} in the workspace${
      path !== '.' ? ` at path ${JSON.stringify(path)}` : ''
    }; add actions/checkout before model-gate (or set path:)`,
  });
}

/** Reads inputs and the event, checks the checkout, loads the policy and works out the change. */
export async function prepare(port: ActionPort, engine: Engine, setup: Setup): Promise<Prepared | { skip: string }> {
  const env = port.env;
  const read = readInputs((name) => port.getInput(name));
  // Bad values are replaced by their defaults (a bad `mode` means enforce) until the errors are reported.
  const inputs = (setup.inputs = read.inputs);
  // A runner always passes `token` (default github.token); outside one, fall back to the usual variables.
  if (!inputs.token) inputs.token = (env.GITHUB_TOKEN || env.GH_TOKEN || '').trim();
  if (inputs.token) port.setSecret(inputs.token);
  if (inputs.hfToken) port.setSecret(inputs.hfToken);
  if (read.errors.length > 0) {
    // Still reach GitHub, so that the check run says what is wrong; the input errors come first either way.
    try {
      setup.event = parseEvent(port.eventName, port.payload, env);
      setup.api = port.github(inputs.token);
    } catch (e) {
      port.debug(`model-gate: ${e instanceof Error ? e.message : String(e)}`);
    }
    throw new UserError(read.errors);
  }
  const event = (setup.event = parseEvent(port.eventName, port.payload, env));
  const api = (setup.api = port.github(inputs.token));
  if (event.skip) return { skip: event.skip };

  // The checkout: a git work tree with files, at `path`.
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const root = (setup.root = resolve(workspace, inputs.path));
  const checkout = await checkoutAt(root);
  if (!checkout || !(await hasTrackedFiles(root))) throw noCheckout(event, inputs.path);

  const remote = new GitHubPolicyReader(api, {
    authenticated: Boolean(inputs.token),
    tokenRepository: `${event.repo.owner}/${event.repo.repo}`,
    baseUrl: apiBaseUrl(env),
  });
  const policy = await engine.loadPolicy(inputs.policy, { cwd: root, remote });
  port.info(`model-gate: policy ${policy.name} (${policy.chain.join(' <- ') || inputs.policy})`);

  // The default manifest may be missing (then only the code is scanned); an explicit one must exist. The input
  // left at its default looks for the manifest as the CLI does (models.yaml, models.yml, a BOM of models).
  const manifestPath = inputs.manifest !== DEFAULT_MANIFEST ? inputs.manifest : undefined;
  const tempDir = env.RUNNER_TEMP || tmpdir();
  const change = await computeChange({
    api,
    repo: event.repo,
    event,
    workspace: root,
    checkout,
    manifestPaths: manifestPath ? [manifestPath] : [...DEFAULT_MANIFESTS],
    scan: inputs.scan,
    headDir: join(tempDir, `model-gate-head-${inputs.checkName.replace(/[^A-Za-z0-9._-]+/g, '-')}`),
    log: { info: (m) => port.info(m), debug: (m) => port.debug(m) },
  }).catch((e: unknown) => {
    if (isGitHubError(e)) throw new Error(`cannot read the change through the GitHub API: ${e.message}`, { cause: e });
    throw e;
  });
  port.info(`model-gate: ${change.how}`);
  for (const n of change.notes) port.warning(`model-gate: ${n}`);

  let resolver: CountingResolver | undefined;
  if (inputs.hub) {
    const cache = hubCachePath(inputs.cache, env);
    if (cache.warning) port.warning(cache.warning);
    resolver = countingResolver(
      engine.createResolver({
        token: inputs.hfToken || undefined,
        cachePath: cache.path,
        log: (m) => port.warning(`model-gate: ${m}`),
      }),
    );
  }
  return { inputs, event, api, root, checkout, policy, change, manifestPath, resolver };
}
