// The GitHub Action's entry (action.yml `main: dist/index.js`).
import { run } from './action/main.js';
import { setScanWorkerEntry } from './discover/scan.js';

// Large scans run in worker threads: the worker bundle sits beside this one (dist/scan-worker/index.js).
// (a computed path: the bundler would otherwise copy the file it names as an asset)
setScanWorkerEntry(new URL(['.', 'scan-worker', 'index.js'].join('/'), import.meta.url));

await run();
