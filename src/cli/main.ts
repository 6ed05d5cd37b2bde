#!/usr/bin/env node
import { setScanWorkerEntry } from '../discover/scan.js';
import { main } from './cli.js';
import { processIO } from './io.js';

// Large scans run in worker threads: the worker bundle sits beside this one (dist/scan-worker/index.js).
// (a computed path: the bundler would otherwise copy the file it names as an asset)
setScanWorkerEntry(new URL(['..', 'scan-worker', 'index.js'].join('/'), import.meta.url));

void main(process.argv.slice(2), processIO()).then((code) => {
  process.exitCode = code;
});
