import { readFileSync } from 'node:fs';
import { packagePath } from '../core/paths.js';

let version: string | undefined;

/** model-gate's version, from its package.json. */
export function toolVersion(): string {
  if (!version) {
    try {
      version = (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
    } catch {
      version = '0.0.0';
    }
  }
  return version;
}
