import { config } from './config/index.js';
import { javascript } from './javascript/index.js';
import { modelfile } from './modelfile/index.js';
import { python } from './python/index.js';
import { shell } from './shell/index.js';
import type { Scanner } from './types.js';
import { url } from './url/index.js';

export type { ScanContext, Scanner } from './types.js';

/** Every scanner, one per ecosystem. Each file is given to every scanner whose fileMatch matches it. */
export const scanners: Scanner[] = [python, javascript, shell, modelfile, config, url];

export { config, javascript, modelfile, python, shell, url };
