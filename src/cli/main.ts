#!/usr/bin/env node
import { setScanWorkerEntry } from '../discover/scan.js';
import { main } from './cli.js';

// Large scans run in worker threads: the worker bundle sits beside this one (dist/scan-worker/index.js).
// (a computed path: the bundler would otherwise copy the file it names as an asset)
setScanWorkerEntry(new URL(['..', 'scan-worker', 'index.js'].join('/'), import.meta.url));

// `model-gate ... | head` closes the pipe early: stop quietly rather than crash on EPIPE.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
