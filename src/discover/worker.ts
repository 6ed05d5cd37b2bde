import { parentPort, workerData } from 'node:worker_threads';
import { Catalog, loadCatalog } from '../catalog/catalog.js';
import type { CatalogModel, LicenseTerms } from '../core/types.js';
import { scanners as allScanners } from '../scanners/index.js';
import type { ScanContext } from '../scanners/types.js';
import { readRepoFileSync, readScratch } from './files.js';
import type { Batch, BatchDone, WorkerInit } from './pool.js';
import { ScannerSet } from './scan-file.js';

/**
 * The loop of a scan worker thread (see pool.ts): reads each file of a batch with blocking calls, scans it, and
 * answers once per batch with the files that gave something. Before each file it writes, in shared memory, the
 * batch and the file it is on, so that the parent can stop it when one file takes too long.
 */
export function runScanWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('runScanWorker runs in a worker thread');
  const init = workerData as WorkerInit;
  const byName = new Map(allScanners.map((s) => [s.name, s]));
  const set = new ScannerSet(
    init.scanners.map((n) => {
      const s = byName.get(n);
      if (!s) throw new Error(`unknown scanner ${n}`);
      return s;
    }),
  );
  const catalog =
    init.catalog === 'shipped'
      ? loadCatalog()
      : init.catalog
        ? new Catalog(
            init.catalog.licenses as LicenseTerms[],
            init.catalog.models as CatalogModel[],
            init.catalog.rules ?? {},
          )
        : undefined;
  const ctx: ScanContext = {
    ...init.ctx,
    isKnownModel: (id) => catalog?.isKnownModel(id) ?? false,
    pipelineTasks: (library) => catalog?.pipelineTasks(library),
  };
  const progress = new Int32Array(init.progress!);
  // every file is read into one buffer: its bytes are scanned before the next file is read
  const scratch = readScratch();
  port.on('message', (b: Batch) => {
    // the thread's boot code has messages of its own (pool.ts, WORKER_BOOT)
    if (!Array.isArray(b?.files)) return;
    const done: BatchDone = { id: b.id, results: [] };
    for (let i = 0; i < b.files.length; i++) {
      // the file first, then the batch: the parent never pairs this batch with the previous one's file
      Atomics.store(progress, 1, i);
      Atomics.store(progress, 0, b.id);
      const { path, which, handed } = b.files[i];
      const r = readRepoFileSync(init.root, path, init.realRoot, scratch);
      if (!r.ok) {
        if (r.reason) done.results.push({ i, references: [], skipped: [{ path, reason: r.reason }] });
        continue;
      }
      const fr = set.scanData(path, r.data, which, ctx, { handOff: b.handOff === true, again: handed === true });
      const { deferred, handedOff, ...found } = fr;
      if (found.references.length || found.skipped.length || found.facts) done.results.push({ i, ...found });
      // set aside by a pre-filter, or handed to the analysing worker: two numbers per scanner, cheaper to post
      // than a result each
      if (deferred) for (const s of deferred) (done.deferred ??= []).push(i, s);
      if (handedOff) for (const s of handedOff) (done.handedOff ??= []).push(i, s);
    }
    port.postMessage(done);
  });
  port.postMessage({ ready: true });
}
