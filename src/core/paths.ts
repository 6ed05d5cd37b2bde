import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The directory of model-gate's own package (where policies/, schemas/ and src/catalog/data/ live),
 * found by walking up from this module: works from src/ (tests), dist/ (action) and dist/cli/ (CLI).
 */
function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'model-gate') return (cached = dir);
      } catch {
        /* keep walking */
      }
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new Error('model-gate: cannot find its own package directory (policies/, schemas/, catalog data)');
}

export function packagePath(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}
