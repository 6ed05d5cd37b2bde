// The entry of the scan worker bundle (dist/scan-worker/index.js), started by discover/pool.ts.
import { runScanWorker } from './worker.js';

runScanWorker();
