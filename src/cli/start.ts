#!/usr/bin/env node
// The CLI's entry (dist/cli/index.js): compiles the CLI's bundle (dist/cli/bundle.js, the bundle of main.ts that
// .ci/build.mjs wraps in a function) with V8's compiled code from an earlier run when there is one
// (core/compile-cache.ts), and runs it. Compiling the 1.2 MB bundle and the functions a check runs is about a fifth
// of a small check's time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { openCompileCache } from '../core/compile-cache.js';

/** What the bundle's wrapper takes: the module's `createRequire`, its `import.meta`, and its dynamic `import()`. */
type Bundle = (req: typeof createRequire, meta: { url: string }, load: (specifier: string) => Promise<unknown>) => void;

// (a computed name: the bundler would otherwise take the file it names for an asset of its own)
const file = fileURLToPath(new URL(['.', 'bundle.js'].join('/'), import.meta.url));
const source = readFileSync(file, 'utf8');
const cache = openCompileCache('cli', source, process.env);
const script = new Script(source, { filename: file, cachedData: cache?.data });
if (cache && (cache.data === undefined || script.cachedDataRejected)) {
  process.once('exit', () => cache.save(script.createCachedData()));
}
(script.runInThisContext() as Bundle)(
  createRequire,
  { url: import.meta.url },
  (specifier) => import(/* webpackIgnore: true */ new URL(specifier, import.meta.url).href),
);
