// The GitHub Action's entry (action.yml `main: dist/index.js`).
import { fileURLToPath } from 'node:url';
import { run } from './action/main.js';
import { setScanWorkerEntry } from './discover/scan.js';

// Large scans run in worker threads: the worker bundle sits beside this one (dist/scan-worker/bundle.js).
// (a computed path: the bundler would otherwise copy the file it names as an asset)
setScanWorkerEntry({ bundle: fileURLToPath(new URL(['.', 'scan-worker', 'bundle.js'].join('/'), import.meta.url)) });

await run();
