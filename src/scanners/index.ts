import { config } from './config/index.js';
import { http } from './http/index.js';
import { javascript } from './javascript/index.js';
import { markdown } from './markdown/index.js';
import { modelfile } from './modelfile/index.js';
import { native } from './native/index.js';
import { python } from './python/index.js';
import { pythonDeps } from './python-deps/index.js';
import { shell } from './shell/index.js';
import type { Scanner } from './types.js';
import { url } from './url/index.js';

export type {
  EnvDefinition,
  EnvUse,
  LocalOllamaModel,
  ScanContext,
  ScanFacts,
  Scanner,
  ScanOutput,
  ValueMode,
} from './types.js';
export { applyFacts } from './facts.js';
export { suppressionHint } from './common/text.js';
export {
  Budget,
  DEFAULT_MAX_REFERENCES,
  DEFAULT_TIME_BUDGET_MS,
  ReferenceCapError,
  runScanner,
  ScanBudgetError,
  ScanLimitError,
  type FileScan,
} from './limits.js';

/** Every scanner, one per ecosystem. Each file is given to every scanner whose fileMatch matches it. */
export const scanners: Scanner[] = [
  python,
  javascript,
  native,
  shell,
  modelfile,
  config,
  http,
  markdown,
  pythonDeps,
  url,
];

export { config, http, javascript, markdown, modelfile, native, python, pythonDeps, shell, url };
