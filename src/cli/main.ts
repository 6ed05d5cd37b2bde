// The CLI's program: bundled by .ci/build.mjs into dist/cli/bundle.js, which the entry (dist/cli/index.js, from
// start.ts) compiles and runs.
import { fileURLToPath } from 'node:url';
import { setScanWorkerEntry } from '../discover/scan.js';
import { main } from './cli.js';
import { processIO } from './io.js';

// Large scans run in worker threads: the worker bundle sits beside this one (dist/scan-worker/bundle.js).
// (a computed path: the bundler would otherwise copy the file it names as an asset)
setScanWorkerEntry({ bundle: fileURLToPath(new URL(['..', 'scan-worker', 'bundle.js'].join('/'), import.meta.url)) });

void main(process.argv.slice(2), processIO()).then((code) => {
  process.exitCode = code;
});
