import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { CompileCache } from '../core/compile-cache.js';
import type { ModelReference } from '../core/types.js';
import type { ScanFacts } from '../scanners/types.js';
import type { NotScanned } from './files.js';

/** One file for a worker: its path and the indices of the scanners that read it. */
export interface PoolFile {
  path: string;
  which: number[];
  /** Handed to the analysing worker by another, which listed what the file itself gave (`ScanDataOptions.again`). */
  handed?: boolean;
}

/** A batch of files sent to a worker. */
export interface Batch {
  id: number;
  files: PoolFile[];
  /**
   * Hand back, instead of running, each scanner whose exact pre-filter says "maybe" (`BatchDone.handedOff`): the
   * analysing worker runs them (see ANALYST_LANE).
   */
  handOff?: boolean;
}

/** A worker's answer for a batch: the results of the files that gave something (`i`: index in the batch). */
export interface BatchDone {
  id: number;
  results: Array<{ i: number; references: ModelReference[]; skipped: NotScanned[]; facts?: ScanFacts[] }>;
  /** Files whose scanners' pre-filters set them aside (`FileResult.deferred`), as pairs: index in the batch, scanner. */
  deferred?: number[];
  /** With `Batch.handOff`: files (and scanners) for the analysing worker, as pairs: index in the batch, scanner. */
  handedOff?: number[];
}

/** What a worker gets at start (with `progress`, shared memory where it writes the batch and file it is on). */
export interface WorkerInit {
  root: string;
  realRoot: string;
  /** Names of the scanners, in the order of `PoolFile.which`. */
  scanners: string[];
  /** The catalog behind `isKnownModel` (its licenses and models), or 'shipped': the bundle's (`loadCatalog()`). */
  catalog?: { licenses: unknown[]; models: unknown[]; rules?: unknown } | 'shipped';
  /** The data of the ScanContext (everything but its functions). */
  ctx: Record<string, unknown>;
  progress?: SharedArrayBuffer;
  /** The wrapped bundle WORKER_BOOT runs, when the entry is one. */
  bundle?: string;
  /** V8's code cached for that bundle by an earlier run (PoolOptions.compileCache). */
  cachedData?: Uint8Array;
}

/**
 * A worker thread's code: an ES module (a path or URL), or `{ bundle }`, the path of a bundle that .ci/build.mjs
 * wrapped in a function (dist/scan-worker/bundle.js), which the thread starts without loading Node.js's ES module
 * loader (see WORKER_BOOT).
 */
export type WorkerEntry = URL | string | { bundle: string };

export interface PoolOptions {
  /** The worker's code. */
  entry: WorkerEntry;
  init: WorkerInit;
  /** Worker threads to run. */
  size: number;
  /** Wall-clock milliseconds one file may take; past it the worker is terminated and replaced. */
  budgetMs: number;
  /** V8 old-space limit of each worker, in MB: a runaway allocation stops one worker, not the run. */
  maxOldGenerationSizeMb?: number;
  /**
   * The compile cache of a `{ bundle }` entry (core/compile-cache.ts): the data the workers compile with, and where
   * the code the analysing worker compiled goes at the end of a run when there was none or V8 rejected it.
   */
  compileCache?: CompileCache;
}

/** A message of WORKER_BOOT's (not of the scan's protocol): V8 rejected the cached data, or here is new data. */
type BootMessage = { compileCacheRejected: true } | { compileCache: Uint8Array };

/** How long the pool waits for a worker's compiled code at the end of a run before stopping it. */
const CACHE_REPLY_MS = 2_000;

export interface PoolResult {
  references: ModelReference[];
  skipped: NotScanned[];
  facts: ScanFacts[];
  /** Files (and scanners) whose pre-filter declined them although they may define class fields (`FileResult.deferred`). */
  deferred: PoolFile[];
  /** Files no worker took because no worker could start: the caller scans them itself. */
  fallback: PoolFile[];
  /** Files with at least one scanner (scanned, listed or in `fallback`). */
  files: number;
}

interface Slot {
  worker: Worker;
  progress: Int32Array;
  ready: boolean;
  /** Set when this slot was stopped on purpose (its exit is then expected). */
  stopped: boolean;
  /** Batches sent and not answered yet, oldest first: the worker is on the first (IN_FLIGHT at most). */
  batches: Batch[];
  /** The last (batch, file) read from `progress`, and since when it has not changed. */
  seen: string;
  since: number;
  /** The lane whose files this worker takes first (see `laneOf`). */
  lane: number;
}

/**
 * node:worker_threads, loaded by the first pool: a small scan, which starts none, does not pay its start-up
 * time. Synchronous, so that a pool made from a callback starts its workers in that callback.
 */
let workerThreads: typeof import('node:worker_threads') | undefined;
const loadWorkerThreads = () =>
  (workerThreads ??= createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads'));

/**
 * Whether worker threads started now compile their hot code on their own thread (V8's
 * `--no-concurrent-recompilation`, set once for the isolates created after it; this thread's is unchanged).
 */
let compileOnOwnThread = false;

/**
 * When the pool has a worker for every core, V8's background compiler threads wait behind the workers: each
 * worker's hot code (the pre-filters, the lexers) runs unoptimised until a core is free, and at the start of a scan
 * that costs more than the compiling itself. Workers then compile on their own thread, at once. Measured on 2
 * cores (the bench tree, whole process, 10 alternating runs): 1.67 s without, 1.52 s with. A pool that leaves a
 * core free keeps background compiling. Returns whether the workers compile on their own thread.
 */
export function compileInWorkers(size: number, cores = availableParallelism()): boolean {
  if (compileOnOwnThread || size < cores) return compileOnOwnThread;
  try {
    (createRequire(import.meta.url)('node:v8') as typeof import('node:v8')).setFlagsFromString(
      '--no-concurrent-recompilation',
    );
    compileOnOwnThread = true;
  } catch {
    // a Node.js that refuses the flag compiles as before
  }
  return compileOnOwnThread;
}

/**
 * What a worker thread evaluates to start a wrapped bundle (`WorkerInit.bundle`: a script whose value is a
 * function of a module's `createRequire`, `import.meta` and `import()`, made by .ci/build.mjs). CommonJS, so that
 * the thread loads none of Node.js's ES module loader: on 2 cores a thread started on an ES module took about 50
 * ms to run its first line, one started this way about 30 (a one-line script, 10 starts, medians).
 */
export const WORKER_BOOT = `"use strict";
const { readFileSync } = require("node:fs");
const { createRequire } = require("node:module");
const { pathToFileURL } = require("node:url");
const { Script } = require("node:vm");
const { parentPort, workerData } = require("node:worker_threads");
const file = workerData.bundle;
const url = pathToFileURL(file).href;
const script = new Script(readFileSync(file, "utf8"), { filename: file, cachedData: workerData.cachedData });
if (script.cachedDataRejected) parentPort.postMessage({ compileCacheRejected: true });
parentPort.on("message", (m) => {
  if (m && m.compileCache === true) parentPort.postMessage({ compileCache: script.createCachedData() });
});
script.runInThisContext()(createRequire, { url }, (specifier) => import(new URL(specifier, url).href));
`;

/** The watchdog counts the worker's time on its current file from now. */
function restartBudget(slot: Slot): void {
  slot.seen = '';
  slot.since = Date.now();
}

/**
 * Paths a worker's request classifies at most, looking for files of its lane: the others wait in their lanes, and
 * past this the worker takes from another lane rather than hold this thread up.
 */
const LOOK_AHEAD = 4096;

/** Files classified and waiting for a worker: `files` from `head` on. */
interface Lane {
  files: PoolFile[];
  head: number;
}

/**
 * The lane of a file: its first scanner's, spread over the workers. Files of one scanner go to one worker while
 * there are others for the rest: each worker thread compiles (JIT) the code of the scanners it runs, which at
 * the start of a scan costs more than the scans themselves, so a worker that runs fewer scanners costs less.
 */
function laneOf(file: PoolFile, lanes: number): number {
  return file.which[0] % lanes;
}

/** Batches a worker holds at once: the one it scans and the next. */
const IN_FLIGHT = 2;

/**
 * The lane of the analysing worker. Every worker thread compiles (JIT) the code it runs, and the analyses (the
 * Python and JavaScript lexers and their value flow) are the largest part of that: each thread spent about 0.35 s
 * compiling them for a few hundred files of 20,000 that need them. So the other workers run the exact pre-filters
 * only and hand the files they say "maybe" to (`Batch.handOff`) this lane's worker, which runs the analyses of
 * its own files and of those; V8 then compiles the analyses once.
 */
const ANALYST_LANE = 0;

/**
 * Handed files waiting for the analysing worker, past which the others analyse their own (a repository where
 * most files need the analysis would otherwise wait on one thread).
 */
const HANDED_BACKLOG = 64;

function describeBudget(ms: number): string {
  return ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

/**
 * Worker threads that scan files. The workers start when the pool is made (they load the scanners and the
 * catalog while the caller still lists the files), and `run` hands them the files. Each worker reads and scans
 * a batch at a time and writes, in shared memory, which file it is on; a watchdog terminates a worker that
 * stays on one file longer than the budget (or that crashes), lists that file as not scanned with the reason,
 * requeues the rest of its batch and starts a new worker. Nothing is dropped: every file comes back scanned,
 * listed, or in `fallback`. Until `run`, the workers do not keep the process alive; `close` stops them.
 */
export class ScanPool {
  private readonly slots = new Set<Slot>();
  private everReady = false;
  private failedStarts = 0;
  private closed = false;
  private current?: Run;
  /** Whether the workers' compiled code is to be asked for at the end of the run (none was cached, or it was rejected). */
  private cacheWanted: boolean;

  constructor(private readonly opts: PoolOptions) {
    this.cacheWanted = opts.compileCache !== undefined && opts.compileCache.data === undefined;
    compileInWorkers(Math.max(1, opts.size));
    for (let i = 0; i < Math.max(1, opts.size); i++) this.spawn();
  }

  /** A lane no live worker has (a replacement takes the lane of the worker it replaces), else the first. */
  private freeLane(): number {
    const taken = new Set([...this.slots].filter((s) => !s.stopped).map((s) => s.lane));
    for (let lane = 0; lane < Math.max(1, this.opts.size); lane++) if (!taken.has(lane)) return lane;
    return 0;
  }

  /**
   * Stops the workers (a pool nobody ran, or after a run). After a run that wants the compile cache, the analysing
   * worker (the one that compiled the most) is first asked for its compiled code, and stopped once it answers.
   */
  close(): void {
    this.closed = true;
    const cache = this.opts.compileCache;
    let keeper: Slot | undefined;
    if (cache && this.cacheWanted && this.current?.finished) {
      const ready = [...this.slots].filter((s) => s.ready && !s.stopped);
      keeper = ready.find((s) => s.lane === ANALYST_LANE) ?? ready[0];
    }
    for (const s of this.slots) {
      s.stopped = true;
      if (s !== keeper) void s.worker.terminate();
    }
    this.slots.clear();
    if (!keeper || !cache) return;
    this.cacheWanted = false;
    const worker = keeper.worker;
    const stop = setTimeout(() => void worker.terminate(), CACHE_REPLY_MS);
    worker.on('message', (m: Partial<{ compileCache: Uint8Array }>) => {
      if (!(m?.compileCache instanceof Uint8Array)) return;
      clearTimeout(stop);
      void worker.terminate();
      cache.save(m.compileCache);
    });
    worker.postMessage({ compileCache: true });
  }

  /**
   * Scans `files` in the workers (once per pool); the pool is closed when the run ends. Given paths, each one's
   * scanners are asked (`which`) as it is handed out, and a path no scanner reads is skipped: the first batches go
   * before the whole list is classified.
   */
  run(files: readonly PoolFile[]): Promise<PoolResult>;
  run(paths: readonly string[], which: (path: string) => number[]): Promise<PoolResult>;
  run(files: ReadonlyArray<PoolFile | string>, which?: (path: string) => number[]): Promise<PoolResult> {
    const result: PoolResult = { references: [], skipped: [], facts: [], deferred: [], fallback: [], files: 0 };
    if (this.current || this.closed) throw new Error('a scan pool runs once');
    if (!files.length) {
      this.close();
      return Promise.resolve(result);
    }
    return new Promise<PoolResult>((resolve) => {
      const tick = Math.max(20, Math.min(1000, Math.floor(this.opts.budgetMs / 4)));
      const run: Run = {
        queue: files,
        which,
        head: 0,
        requeued: [],
        lanes: Array.from({ length: Math.max(1, this.opts.size) }, () => ({ files: [], head: 0 })),
        handed: { files: [], head: 0 },
        nextId: 1,
        result,
        finished: false,
        resolve,
        timer: setInterval(() => this.watch(), tick),
      };
      this.current = run;
      for (const s of this.slots) s.worker.ref();
      // a worker lost while the pool waited for its run is replaced now
      if (this.everReady) while (this.slots.size < this.opts.size) this.spawn();
      if (!this.slots.size) {
        this.giveUp();
        return;
      }
      for (const s of this.slots) this.dispatch(s);
    });
  }

  private remaining(run: Run): number {
    let n = run.requeued.length + (run.queue.length - run.head) + (run.handed.files.length - run.handed.head);
    for (const lane of run.lanes) n += lane.files.length - lane.head;
    return n;
  }

  /**
   * The next batch for a worker: files taken back from a stopped worker first, then files of the worker's lane
   * (see `laneOf`), classified from the queue as needed (LOOK_AHEAD paths at most, unless none of them was a file
   * to scan; the others wait in their lanes), then, when its lane is dry, files of the fullest other lane. Empty
   * only when no file is left.
   */
  private take(run: Run, slot: Slot): PoolFile[] {
    const size = Math.max(1, this.opts.size);
    const n = Math.max(1, Math.min(64, Math.ceil(this.remaining(run) / (size * 4))));
    // a literal, not splice's result: V8 learns at the literal that it holds objects (an array from splice
    // starts as one of small integers, and the first file pushed into it threw away this method's optimised code)
    const out: PoolFile[] = [];
    // the analysing worker: the files handed to it first
    const handed = run.handed;
    if (slot.lane === ANALYST_LANE)
      while (out.length < n && handed.head < handed.files.length) out.push(handed.files[handed.head++]);
    if (run.requeued.length) for (const f of run.requeued.splice(0, out.length < n ? n - out.length : 0)) out.push(f);
    const own = run.lanes[slot.lane % run.lanes.length];
    while (out.length < n && own.head < own.files.length) out.push(own.files[own.head++]);
    for (let looked = 0; out.length < n && run.head < run.queue.length; looked++) {
      // past LOOK_AHEAD, stop looking for this lane's files only when there is something else to take: an empty
      // batch means "nothing left" to the caller
      if (looked >= LOOK_AHEAD && (out.length || run.lanes.some((l) => l.head < l.files.length))) break;
      const f = this.classified(run, run.queue[run.head++]);
      if (!f) continue;
      const lane = run.lanes[laneOf(f, run.lanes.length)];
      if (lane === own) out.push(f);
      else lane.files.push(f);
    }
    while (out.length < n) {
      let fullest: Lane | undefined;
      for (const lane of run.lanes)
        if (lane.files.length - lane.head > (fullest ? fullest.files.length - fullest.head : 0)) fullest = lane;
      if (!fullest) break;
      while (out.length < n && fullest.head < fullest.files.length) out.push(fullest.files[fullest.head++]);
    }
    // nothing else left: the handed files too, rather than wait for the analysing worker
    while (out.length < n && handed.head < handed.files.length) out.push(handed.files[handed.head++]);
    return out;
  }

  /** A file of the queue with its scanners (a path is asked `which`): undefined when no scanner reads it. */
  private classified(run: Run, f: PoolFile | string): PoolFile | undefined {
    const file = typeof f === 'string' ? { path: f, which: run.which?.(f) ?? [] } : f;
    if (!file.which.length) return undefined;
    run.result.files++;
    return file;
  }

  private finish(): void {
    const run = this.current;
    if (!run || run.finished) return;
    run.finished = true;
    clearInterval(run.timer);
    this.close();
    run.resolve(run.result);
  }

  private maybeDone(): void {
    const run = this.current;
    if (run && this.remaining(run) === 0 && [...this.slots].every((s) => !s.batches.length)) this.finish();
  }

  /**
   * Keeps IN_FLIGHT batches with the worker: the next one waits in its port while it scans the current one, so
   * that it never idles while this thread receives an answer and sends more.
   */
  private dispatch(slot: Slot): void {
    const run = this.current;
    if (!run || run.finished || !slot.ready || slot.stopped) return;
    while (slot.batches.length < IN_FLIGHT) {
      if (this.remaining(run) === 0) return this.maybeDone();
      const handedBefore = run.handed.head;
      const files = this.take(run, slot);
      // the files left were read by no scanner
      if (!files.length) return this.maybeDone();
      const batch: Batch = { id: run.nextId++, files };
      if (this.handsOff(run, slot) && run.handed.head === handedBefore) batch.handOff = true;
      if (!slot.batches.length) restartBudget(slot);
      slot.batches.push(batch);
      slot.worker.postMessage(batch);
    }
  }

  /**
   * Whether `slot`'s next batch hands its "maybe" files to the analysing worker: when there is one, alive, besides
   * this worker, and it is not behind (HANDED_BACKLOG). A batch holding handed files never does.
   */
  private handsOff(run: Run, slot: Slot): boolean {
    if (slot.lane === ANALYST_LANE || run.handed.files.length - run.handed.head >= HANDED_BACKLOG) return false;
    for (const s of this.slots) if (s.lane === ANALYST_LANE && !s.stopped) return true;
    return false;
  }

  /**
   * Stops a slot's batches: the file it is on gets `reason`; the others, and every file of the batches it had
   * not answered, go back to the queue.
   */
  private abandon(slot: Slot, reason: string): void {
    const batches = slot.batches;
    slot.batches = [];
    const run = this.current;
    if (!run) return;
    const on = Atomics.load(slot.progress, 0);
    const at = Atomics.load(slot.progress, 1);
    for (const batch of batches) {
      batch.files.forEach((f, i) => {
        if (batch.id === on && i === at) run.result.skipped.push({ path: f.path, reason });
        else run.requeued.push(f);
      });
    }
  }

  private replace(slot: Slot): void {
    this.slots.delete(slot);
    const run = this.current;
    if (run && !run.finished && this.remaining(run) > 0 && this.slots.size < this.opts.size) this.spawn();
    this.maybeDone();
  }

  private spawn(): void {
    const progressBuffer = new SharedArrayBuffer(8);
    const progress = new Int32Array(progressBuffer);
    progress[0] = -1;
    progress[1] = -1;
    let worker: Worker;
    try {
      const entry = this.opts.entry;
      const bundle = typeof entry === 'object' && 'bundle' in entry ? entry.bundle : undefined;
      worker = new (loadWorkerThreads().Worker)(bundle === undefined ? (entry as URL | string) : WORKER_BOOT, {
        eval: bundle !== undefined,
        workerData: {
          ...this.opts.init,
          progress: progressBuffer,
          bundle,
          cachedData: bundle === undefined ? undefined : this.opts.compileCache?.data,
        } satisfies WorkerInit,
        resourceLimits: { maxOldGenerationSizeMb: this.opts.maxOldGenerationSizeMb ?? 256 },
      });
    } catch {
      this.failedStarts++;
      if (!this.everReady && this.current) this.giveUp();
      return;
    }
    // a pool made ahead of its run does not keep the process alive
    if (!this.current) worker.unref();
    const slot: Slot = {
      worker,
      progress,
      ready: false,
      stopped: false,
      batches: [],
      seen: '',
      since: Date.now(),
      lane: this.freeLane(),
    };
    this.slots.add(slot);
    worker.on('message', (m: BatchDone | { ready: true } | BootMessage) => {
      if ('compileCacheRejected' in m) {
        this.cacheWanted = true;
        return;
      }
      if ('compileCache' in m) return;
      if ('ready' in m) {
        slot.ready = true;
        this.everReady = true;
        this.dispatch(slot);
        return;
      }
      const run = this.current;
      // answers come in order; one for a batch taken back (its worker stopped) is dropped
      const batch = slot.batches[0];
      if (!run || !batch || m.id !== batch.id) return;
      slot.batches.shift();
      // the next batch starts its budget now
      restartBudget(slot);
      const result = run.result;
      for (const r of m.results) {
        for (const x of r.references) result.references.push(x);
        for (const x of r.skipped) result.skipped.push(x);
        if (r.facts) for (const x of r.facts) result.facts.push(x);
      }
      pairsToFiles(batch, m.deferred, result.deferred);
      if (m.handedOff?.length) {
        pairsToFiles(batch, m.handedOff, run.handed.files, true);
        // the analysing worker may be waiting for them
        for (const s of this.slots) if (s !== slot) this.dispatch(s);
      }
      this.dispatch(slot);
    });
    const lost = (why: string) => {
      if (slot.stopped || this.closed || this.current?.finished) return;
      slot.stopped = true;
      if (!slot.ready && !this.everReady) {
        this.failedStarts++;
        this.slots.delete(slot);
        if (this.failedStarts >= Math.max(1, this.opts.size) && this.current) this.giveUp();
        return;
      }
      if (!this.current) {
        // lost before its run: the run starts another
        this.slots.delete(slot);
        return;
      }
      this.abandon(slot, `the scan of this file stopped its worker thread (${why})`);
      this.replace(slot);
    };
    worker.on('error', (e) => lost(e.message));
    worker.on('exit', (code) => lost(`exit code ${code}`));
  }

  /** No worker could start: hand every file back to the caller. */
  private giveUp(): void {
    const run = this.current;
    if (!run) return;
    for (const s of this.slots) this.abandon(s, 'worker thread failed');
    run.result.fallback.push(...run.requeued.splice(0));
    run.result.fallback.push(...run.handed.files.slice(run.handed.head));
    run.handed.head = run.handed.files.length;
    for (const lane of run.lanes) {
      run.result.fallback.push(...lane.files.slice(lane.head));
      lane.head = lane.files.length;
    }
    while (run.head < run.queue.length) {
      const f = this.classified(run, run.queue[run.head++]);
      if (f) run.result.fallback.push(f);
    }
    this.finish();
  }

  private watch(): void {
    const now = Date.now();
    for (const slot of [...this.slots]) {
      if (!slot.batches.length || slot.stopped) continue;
      const seen = `${Atomics.load(slot.progress, 0)}:${Atomics.load(slot.progress, 1)}`;
      if (seen !== slot.seen) {
        slot.seen = seen;
        slot.since = now;
      } else if (now - slot.since > this.opts.budgetMs) {
        slot.stopped = true;
        void slot.worker.terminate();
        this.abandon(
          slot,
          `over the time budget (${describeBudget(this.opts.budgetMs)} per file): its scan was stopped`,
        );
        this.replace(slot);
      }
    }
  }
}

/** The state of a pool's run. */
interface Run {
  /** The files, in order; a path's scanners are asked (`which`) as it is handed out. */
  queue: ReadonlyArray<PoolFile | string>;
  which?: (path: string) => number[];
  head: number;
  requeued: PoolFile[];
  /** Files classified and waiting for a worker of their lane (one lane per worker of the pool). */
  lanes: Lane[];
  /** Files (with the scanners to run) handed to the analysing worker by the others (`BatchDone.handedOff`). */
  handed: Lane;
  nextId: number;
  result: PoolResult;
  finished: boolean;
  resolve: (r: PoolResult) => void;
  timer: ReturnType<typeof setInterval>;
}

/** Pairs (index in the batch, scanner) as files with their scanners (a file's consecutive pairs together), onto `out`. */
function pairsToFiles(batch: Batch, pairs: number[] | undefined, out: PoolFile[], handed = false): void {
  if (!pairs) return;
  let last: PoolFile | undefined;
  for (let j = 0; j + 1 < pairs.length; j += 2) {
    const path = batch.files[pairs[j]].path;
    if (last?.path === path) last.which.push(pairs[j + 1]);
    else out.push((last = handed ? { path, which: [pairs[j + 1]], handed } : { path, which: [pairs[j + 1]] }));
  }
}

/** Scans files in worker threads started for them (see ScanPool). */
export function scanInWorkers(files: PoolFile[], opts: PoolOptions): Promise<PoolResult> {
  if (!files.length)
    return Promise.resolve({ references: [], skipped: [], facts: [], deferred: [], fallback: [], files: 0 });
  return new ScanPool({ ...opts, size: Math.max(1, Math.min(opts.size, files.length)) }).run(files);
}
