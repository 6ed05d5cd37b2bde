/**
 * What the action needs of the Actions runtime and of model-gate's core, as two small interfaces. `main.ts` wires
 * @actions/core, @actions/github and the core to them; tests pass their own.
 */
import type { Catalog } from '../catalog/catalog.js';
import type { CheckOptions } from '../engine/check.js';
import type { ModelResolver, Policy, Report } from '../core/types.js';
import type { GitHubApi } from '../github/api.js';
import type { RemotePolicyReader } from '../policy/load.js';

/** Workflow-command annotation properties (`::error file=...,line=...,title=...::`). */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

export interface ActionPort {
  /** An input's value; '' when not set. */
  getInput(name: string): string;
  env: NodeJS.ProcessEnv;
  eventName: string;
  /** The event payload (GITHUB_EVENT_PATH). */
  payload: unknown;
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, props?: AnnotationProperties): void;
  error(message: string, props?: AnnotationProperties): void;
  notice(message: string, props?: AnnotationProperties): void;
  setOutput(name: string, value: string): void;
  setSecret(value: string): void;
  /** Appends Markdown to the job summary. */
  writeSummary(markdown: string): Promise<void>;
  setFailed(message: string): void;
  /** A GitHub client with this token ('' for none). */
  github(token: string): GitHubApi;
}

export interface Resolver extends ModelResolver {
  flush?(): Promise<void>;
}

export interface Engine {
  loadPolicy(spec: string, opts: { cwd: string; remote?: RemotePolicyReader }): Promise<Policy>;
  loadCatalog(): Catalog;
  check(opts: CheckOptions): Promise<Report>;
  createResolver(opts: { token?: string; cachePath?: string; log: (message: string) => void }): Resolver;
  renderJson(report: Report): string;
  renderSarif(report: Report): string;
  renderCycloneDx(report: Report): string;
}
