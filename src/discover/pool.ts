import { Worker } from 'node:worker_threads';
import type { ModelReference } from '../core/types.js';
import type { ScanFacts } from '../scanners/types.js';
import type { NotScanned } from './files.js';

/** One file for a worker: its path and the indices of the scanners that read it. */
export interface PoolFile {
  path: string;
  which: number[];
}

/** A batch of files sent to a worker. */
export interface Batch {
  id: number;
  files: PoolFile[];
}

/** A worker's answer for a batch: the results of the files that gave something (`i`: index in the batch). */
export interface BatchDone {
  id: number;
  results: Array<{ i: number; references: ModelReference[]; skipped: NotScanned[]; facts?: ScanFacts[] }>;
  /** Files whose scanners' pre-filters set them aside (`FileResult.deferred`), as pairs: index in the batch, scanner. */
  deferred?: number[];
}

/** What a worker gets at start (with `progress`, shared memory where it writes the batch and file it is on). */
export interface WorkerInit {
  root: string;
  realRoot: string;
  /** Names of the scanners, in the order of `PoolFile.which`. */
  scanners: string[];
  /** The catalog behind `isKnownModel` (its licenses and models). */
  catalog?: { licenses: unknown[]; models: unknown[]; rules?: unknown };
  /** The data of the ScanContext (everything but its functions). */
  ctx: Record<string, unknown>;
  progress?: SharedArrayBuffer;
}

export interface PoolOptions {
  /** The worker script (a bundled module). */
  entry: URL | string;
  init: WorkerInit;
  /** Worker threads to run. */
  size: number;
  /** Wall-clock milliseconds one file may take; past it the worker is terminated and replaced. */
  budgetMs: number;
  /** V8 old-space limit of each worker, in MB: a runaway allocation stops one worker, not the run. */
  maxOldGenerationSizeMb?: number;
}

export interface PoolResult {
  references: ModelReference[];
  skipped: NotScanned[];
  facts: ScanFacts[];
  /** Files (and scanners) whose pre-filter declined them although they may define class fields (`FileResult.deferred`). */
  deferred: PoolFile[];
  /** Files no worker took because no worker could start: the caller scans them itself. */
  fallback: PoolFile[];
}

interface Slot {
  worker: Worker;
  progress: Int32Array;
  ready: boolean;
  /** Set when this slot was stopped on purpose (its exit is then expected). */
  stopped: boolean;
  batch?: Batch;
  /** The last (batch, file) read from `progress`, and since when it has not changed. */
  seen: string;
  since: number;
}

function describeBudget(ms: number): string {
  return ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

/**
 * Scans files in worker threads. Each worker reads and scans a batch at a time and writes, in shared memory,
 * which file it is on; a watchdog terminates a worker that stays on one file longer than the budget (or that
 * crashes), lists that file as not scanned with the reason, requeues the rest of its batch and starts a new
 * worker. Nothing is dropped: every file comes back scanned, listed, or in `fallback`.
 */
export function scanInWorkers(files: PoolFile[], opts: PoolOptions): Promise<PoolResult> {
  const result: PoolResult = { references: [], skipped: [], facts: [], deferred: [], fallback: [] };
  if (!files.length) return Promise.resolve(result);
  const queue = [...files];
  let head = 0;
  const requeued: PoolFile[] = [];
  let nextId = 1;
  let everReady = false;
  let failedStarts = 0;
  const slots = new Set<Slot>();
  const size = Math.max(1, Math.min(opts.size, files.length));

  return new Promise<PoolResult>((resolve) => {
    let finished = false;
    const remaining = () => requeued.length + (queue.length - head);
    const take = (): PoolFile[] => {
      const n = Math.max(1, Math.min(64, Math.ceil(remaining() / (size * 4))));
      const out = requeued.splice(0, n);
      while (out.length < n && head < queue.length) out.push(queue[head++]);
      return out;
    };
    const finish = () => {
      if (finished) return;
      finished = true;
      clearInterval(timer);
      for (const s of slots) {
        s.stopped = true;
        void s.worker.terminate();
      }
      resolve(result);
    };
    const maybeDone = () => {
      if (remaining() === 0 && [...slots].every((s) => !s.batch)) finish();
    };
    const dispatch = (slot: Slot) => {
      if (finished || !slot.ready) return;
      if (remaining() === 0) return maybeDone();
      slot.batch = { id: nextId++, files: take() };
      slot.seen = '';
      slot.since = Date.now();
      slot.worker.postMessage(slot.batch);
    };
    /** Stops a slot's batch: the file it is on gets `reason`, the others go back to the queue. */
    const abandon = (slot: Slot, reason: string) => {
      const batch = slot.batch;
      slot.batch = undefined;
      if (!batch) return;
      const at = Atomics.load(slot.progress, 0) === batch.id ? Atomics.load(slot.progress, 1) : -1;
      batch.files.forEach((f, i) => {
        if (i === at) result.skipped.push({ path: f.path, reason });
        else requeued.push(f);
      });
    };
    const replace = (slot: Slot) => {
      slots.delete(slot);
      if (!finished && remaining() > 0 && slots.size < size) spawn();
      maybeDone();
    };
    const spawn = () => {
      const progressBuffer = new SharedArrayBuffer(8);
      const progress = new Int32Array(progressBuffer);
      progress[0] = -1;
      progress[1] = -1;
      let worker: Worker;
      try {
        worker = new Worker(opts.entry, {
          workerData: { ...opts.init, progress: progressBuffer } satisfies WorkerInit,
          resourceLimits: { maxOldGenerationSizeMb: opts.maxOldGenerationSizeMb ?? 256 },
        });
      } catch {
        failedStarts++;
        if (!everReady) giveUp();
        return;
      }
      const slot: Slot = { worker, progress, ready: false, stopped: false, seen: '', since: Date.now() };
      slots.add(slot);
      worker.on('message', (m: BatchDone | { ready: true }) => {
        if ('ready' in m) {
          slot.ready = true;
          everReady = true;
          dispatch(slot);
          return;
        }
        if (!slot.batch || m.id !== slot.batch.id) return;
        for (const r of m.results) {
          for (const x of r.references) result.references.push(x);
          for (const x of r.skipped) result.skipped.push(x);
          if (r.facts) for (const x of r.facts) result.facts.push(x);
        }
        const d = m.deferred ?? [];
        for (let j = 0; j + 1 < d.length; j += 2) {
          const path = slot.batch.files[d[j]].path;
          const last = result.deferred[result.deferred.length - 1];
          if (last?.path === path) last.which.push(d[j + 1]);
          else result.deferred.push({ path, which: [d[j + 1]] });
        }
        slot.batch = undefined;
        dispatch(slot);
      });
      const lost = (why: string) => {
        if (slot.stopped || finished) return;
        slot.stopped = true;
        if (!slot.ready && !everReady) {
          failedStarts++;
          slots.delete(slot);
          if (failedStarts >= size) giveUp();
          return;
        }
        abandon(slot, `the scan of this file stopped its worker thread (${why})`);
        replace(slot);
      };
      worker.on('error', (e) => lost(e.message));
      worker.on('exit', (code) => lost(`exit code ${code}`));
    };
    /** No worker could start: hand every file back to the caller. */
    const giveUp = () => {
      for (const s of slots) abandon(s, 'worker thread failed');
      result.fallback.push(...requeued.splice(0), ...queue.slice(head));
      head = queue.length;
      finish();
    };
    const tick = Math.max(20, Math.min(1000, Math.floor(opts.budgetMs / 4)));
    const timer = setInterval(() => {
      const now = Date.now();
      for (const slot of [...slots]) {
        if (!slot.batch || slot.stopped) continue;
        const seen = `${Atomics.load(slot.progress, 0)}:${Atomics.load(slot.progress, 1)}`;
        if (seen !== slot.seen) {
          slot.seen = seen;
          slot.since = now;
        } else if (now - slot.since > opts.budgetMs) {
          slot.stopped = true;
          void slot.worker.terminate();
          abandon(slot, `over the time budget (${describeBudget(opts.budgetMs)} per file): its scan was stopped`);
          replace(slot);
        }
      }
    }, tick);
    for (let i = 0; i < size; i++) spawn();
  });
}
