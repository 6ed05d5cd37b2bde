// The scan worker bundle's program (dist/scan-worker/bundle.js, wrapped by .ci/build.mjs), started by discover/pool.ts.
import { runScanWorker } from './worker.js';

runScanWorker();
