import { availableParallelism } from 'node:os';
import { realpathSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { isShippedCatalog, type Catalog } from '../catalog/catalog.js';
import { bundleHead, openCompileCache, type CompileCache } from '../core/compile-cache.js';
import type { ModelReference } from '../core/types.js';
import { applyFacts, scanners as allScanners } from '../scanners/index.js';
import { sortAndDedupe } from '../scanners/common/text.js';
import type { ScanContext, ScanFacts, Scanner } from '../scanners/types.js';
import {
  hasUtf16Bom,
  listRepositoryFiles,
  prefetchFileList,
  readRepoFile,
  trackedFileCount,
  type NotScanned,
} from './files.js';
import { unanalyzedLanguage } from './languages.js';
import { ScanPool, scanInWorkers, type PoolFile, type PoolResult, type WorkerEntry, type WorkerInit } from './pool.js';
import { BINARY_EXT_RE, fieldReaders, ScannerSet } from './scan-file.js';

export { generatedReport } from './scan-file.js';

/** Wall-clock milliseconds one file may take to scan (the scanners' own budget is the same by default). */
export const DEFAULT_FILE_BUDGET_MS = 10_000;
/** References kept per run; past it the files whose references were dropped are listed, with counts. */
export const DEFAULT_MAX_REFERENCES = 5_000;
/** Files to scan from which worker threads pay off (starting one costs about 40 ms). */
export const WORKER_MIN_FILES = 256;
/** Worker threads at most (each holds the scanners and the catalog, about 15 MB). */
const MAX_WORKERS = 4;

export interface ScanOptions {
  /** picomatch globs of paths to scan (policy `scan.paths`). */
  paths: string[];
  /** picomatch globs of paths not to scan (policy `scan.ignore`). */
  ignore: string[];
  /** On a pull request: only these files are scanned. */
  changedFiles?: string[];
  /** `changedFiles` is git's own list of this work tree (see ListOptions.changedListed). */
  changedListed?: boolean;
  /** Take .gitignore rules from this directory, not from the scanned one (see ListOptions.ignoreRoot). */
  ignoreRoot?: string;
  ctx: ScanContext;
  /**
   * The catalog behind `ctx.isKnownModel`: worker threads rebuild it to answer the same. Without it, or with
   * `scanners` of the caller's own, the scan runs in this thread.
   */
  catalog?: Catalog;
  /** Scanners to run (default: all). */
  scanners?: Scanner[];
  /** Files read at once in this thread (default 32). */
  concurrency?: number;
  /**
   * Worker threads: a number (0: none), or 'auto' (default: one per core, at most 4, for scans of 256 files or
   * more). The environment variable MODEL_GATE_SCAN_WORKERS sets the number when this is not given.
   */
  workers?: number | 'auto';
  /** Wall-clock milliseconds one file may take in a worker before it is stopped (default 10 s). */
  fileBudgetMs?: number;
  /** References kept per run (default 5,000). */
  maxReferences?: number;
  /**
   * Whether a reference names a model without depending on it (documentation, tests: the policy's scan.mentions).
   * Over the cap, dependencies are kept before mentions, so that thousands of documented examples never push a
   * loaded model out of the report.
   */
  isMention?: (r: ModelReference) => boolean;
}

export interface ScanResult {
  /** Sorted by path, line, column. */
  references: ModelReference[];
  /** Files not scanned (or not wholly) and why (binary, too large, over the budget, invalid UTF-8, ...). */
  skipped: NotScanned[];
  /** Files scanned (read, whether or not they held a needle). */
  scanned: number;
  /** Files listed in a language no scanner analyses (`unanalyzedLanguage`), in path order. */
  unanalyzed: Array<{ path: string; language: string }>;
  /**
   * Mentions left out by the cap on references (`isMention`), from files whose references were all mentions: those
   * files were scanned, and mentions never change the verdict, so they are counted here, not listed as not scanned.
   */
  mentionsUnlisted: number;
}

let workerEntry: WorkerEntry | undefined;

/**
 * Where the scan worker bundle is (`{ bundle: 'dist/scan-worker/bundle.js' }`), set by the bundled entry points.
 * Unset (as in tests run from the sources), scans run in the calling thread.
 */
export function setScanWorkerEntry(entry: WorkerEntry | undefined): void {
  workerEntry = entry;
}

/** The compile cache of the worker bundle, opened once per process (see core/compile-cache.ts). */
let workerCache: { bundle: string; cache: CompileCache | undefined } | undefined;

/**
 * The compile cache of a wrapped worker bundle (`{ bundle }`), as the pool takes it, or undefined (an ES module
 * entry, no cache kept: in CI, with NODE_DISABLE_COMPILE_CACHE).
 */
function workerCompileCache(entry: WorkerEntry): CompileCache | undefined {
  if (typeof entry !== 'object' || !('bundle' in entry)) return undefined;
  if (workerCache?.bundle !== entry.bundle) {
    workerCache = {
      bundle: entry.bundle,
      cache: openCompileCache('scan-worker', bundleHead(entry.bundle), process.env),
    };
  }
  return workerCache.cache;
}

/** Pools started ahead of a full scan (`prefetchScan`), by root. */
const warmPools = new Map<string, Promise<ScanPool | undefined>>();

/**
 * Starts what a full scan of `root` needs before the caller has loaded its policy: the file list (git), and,
 * once git has listed enough files for worker threads to pay off, the workers themselves (they load the
 * scanners and the catalog meanwhile). The next `scanRepository(root)` with the default scanners, catalog and
 * limits takes them; `drop()` (call it when the run ends) stops what nobody took.
 */
export function prefetchScan(root: string): {
  drop(): void;
  /** What started the workers so far: git's index (before the listing), the listing, or nothing yet. */
  startedBy(): 'index' | 'listing' | undefined;
} {
  const entry = workerEntry;
  let launch: (count: number) => void = () => undefined;
  let startedBy: 'index' | 'listing' | undefined;
  let pool: Promise<ScanPool | undefined> | undefined;
  // set by drop(): a pool started after it is not wanted (a scan that took the pool still waits for it)
  let dropped = false;
  if (entry) {
    let launched = false;
    pool = new Promise<ScanPool | undefined>((resolve) => {
      launch = (count) => {
        if (launched) return;
        launched = true;
        try {
          resolve(startPool(count));
        } catch {
          resolve(undefined);
        }
      };
    });
    // synchronous: the workers start in the callback that says git has listed enough files
    const startPool = (count: number): ScanPool | undefined => {
      const size = workerCount(undefined, count);
      if (!size || dropped) return undefined;
      return new ScanPool({
        entry,
        size,
        budgetMs: DEFAULT_FILE_BUDGET_MS,
        init: workerInit(root, realpathSync(root), allScanners, 'shipped', {}),
        compileCache: workerCompileCache(entry),
      });
    };
    warmPools.set(root, pool);
  }
  // as many files as the most workers a run starts: they start while git is still listing
  const most = Math.max(1, Math.min(MAX_WORKERS, availableParallelism()));
  const onMany = (n: number) => {
    startedBy ??= 'listing';
    launch(n);
  };
  const early = prefetchFileList(root, entry ? { many: most * WORKER_MIN_FILES, onMany } : undefined);
  void early.files.then((files) => launch(files?.length ?? 0));
  // or before: git's index says how many files it tracks (a 12-byte read), and git takes a while to list them
  const tracked = entry ? trackedFileCount(root) : undefined;
  if (tracked !== undefined && tracked >= most * WORKER_MIN_FILES) {
    startedBy = 'index';
    launch(tracked);
  }
  return {
    startedBy: () => startedBy,
    drop: () => {
      dropped = true;
      early.drop();
      if (pool && warmPools.get(root) === pool) warmPools.delete(root);
      launch(0);
      void pool?.then((p) => p?.close());
    },
  };
}

/**
 * Scans a repository (or, on a pull request, its changed files) with every scanner whose fileMatch matches
 * each file. A file none of whose scanners' needles it holds is neither decoded nor parsed. Large scans run in
 * worker threads (blocking reads, a wall-clock budget per file); small ones read files here, asynchronously,
 * with bounded concurrency.
 */
export async function scanRepository(root: string, opts: ScanOptions): Promise<ScanResult> {
  const scanners = opts.scanners ?? allScanners;
  // workers started ahead (prefetchScan): for a full scan with the default scanners, catalog and limits only
  const warm = warmPools.get(root);
  warmPools.delete(root);
  const useWarm =
    warm !== undefined &&
    opts.workers === undefined &&
    opts.changedFiles === undefined &&
    opts.ignoreRoot === undefined &&
    scanners === allScanners &&
    opts.catalog !== undefined &&
    isShippedCatalog(opts.catalog) &&
    Object.keys(dataOf(opts.ctx)).length === 0 &&
    (opts.fileBudgetMs ?? DEFAULT_FILE_BUDGET_MS) === DEFAULT_FILE_BUDGET_MS;
  if (warm && !useWarm) void warm.then((p) => p?.close());
  const set = new ScannerSet(scanners);
  const listed = await listRepositoryFiles(root, {
    paths: opts.paths,
    ignore: opts.ignore,
    changedFiles: opts.changedFiles,
    changedListed: opts.changedListed,
    ignoreRoot: opts.ignoreRoot,
  });
  const realRoot = await realpath(root);
  const references: ModelReference[] = [];
  const skipped: NotScanned[] = [...listed.notScanned];
  const facts: ScanFacts[] = [];
  const deferred: PoolFile[] = [];
  const builtIn = scanners.every((s) => allScanners.includes(s));
  const ready = useWarm ? await warm : undefined;
  let pooled: PoolResult | undefined;
  const work: PoolFile[] = [];
  if (ready) {
    // the workers are waiting: each file's scanners are asked as it is handed out, the first batch at once
    pooled = await ready.run(listed.files, (path) => set.applicable(path));
  } else {
    for (const path of listed.files) {
      const which = set.applicable(path);
      if (which.length) work.push({ path, which });
    }
    const size = workerCount(opts.workers, work.length);
    if (size > 0 && workerEntry && builtIn && opts.catalog) {
      pooled = await scanInWorkers(work, {
        entry: workerEntry,
        size,
        budgetMs: opts.fileBudgetMs ?? DEFAULT_FILE_BUDGET_MS,
        init: workerInit(root, realRoot, scanners, opts.catalog, dataOf(opts.ctx)),
        compileCache: workerCompileCache(workerEntry),
      });
    }
  }
  let local = work;
  const scanned = pooled ? pooled.files : work.length;
  if (pooled) {
    for (const r of pooled.references) references.push(r);
    for (const x of pooled.skipped) skipped.push(x);
    for (const f of pooled.facts) facts.push(f);
    for (const d of pooled.deferred) deferred.push(d);
    local = pooled.fallback;
  }

  const scanOne = async (item: PoolFile, fieldNames?: readonly string[]): Promise<void> => {
    const r = await readRepoFile(root, item.path, realRoot, { sniffFirst: BINARY_EXT_RE.test(item.path) });
    if (!r.ok) {
      // listed already when first read
      if (r.reason && !fieldNames) skipped.push({ path: item.path, reason: r.reason });
      return;
    }
    // a second look, for class fields that other files read: only files that name one of them
    if (fieldNames && !hasUtf16Bom(r.data) && !fieldNames.some((n) => r.data.includes(n))) return;
    const fr = set.scanData(item.path, r.data, item.which, opts.ctx, {
      full: fieldNames !== undefined,
      again: item.handed,
    });
    for (const x of fr.references) references.push(x);
    for (const x of fr.skipped)
      if (!fieldNames || !skipped.some((s) => s.path === x.path && s.reason === x.reason)) skipped.push(x);
    if (fr.facts) for (const f of fr.facts) facts.push(f);
    if (fr.deferred) deferred.push({ path: item.path, which: fr.deferred });
  };
  const limit = Math.max(1, opts.concurrency ?? 32);
  const readAll = async (items: readonly PoolFile[], fieldNames?: readonly string[]) => {
    let next = 0;
    const reader = async () => {
      while (next < items.length) await scanOne(items[next++], fieldNames);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, reader));
  };
  await readAll(local);
  // files whose pre-filter declined them may define class fields that other files read into model parameters
  const fieldNames = deferred.length ? fieldReaders(facts) : [];
  if (fieldNames.length) await readAll(deferred.splice(0), fieldNames);

  // environment variables set in one file and read into a model parameter in another; models built locally
  const joined = applyFacts(references, facts, opts.ctx);
  const { kept, mentionsUnlisted } = capReferences(
    dedupeAcrossScanners(joined),
    opts.maxReferences ?? DEFAULT_MAX_REFERENCES,
    skipped,
    opts.isMention,
  );
  skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.reason < b.reason ? -1 : 1));
  const unanalyzed: ScanResult['unanalyzed'] = [];
  for (const path of listed.files) {
    const language = unanalyzedLanguage(path);
    if (language) unanalyzed.push({ path, language });
  }
  return { references: kept, skipped, scanned, unanalyzed, mentionsUnlisted };
}

/** What scan workers are started with: the shipped catalog by name (each builds its own from the bundle). */
function workerInit(
  root: string,
  realRoot: string,
  scanners: readonly Scanner[],
  catalog: Catalog | 'shipped',
  ctx: Record<string, unknown>,
): WorkerInit {
  return {
    root,
    realRoot,
    scanners: scanners.map((s) => s.name),
    catalog:
      catalog === 'shipped' || isShippedCatalog(catalog)
        ? 'shipped'
        : { licenses: catalog.licenses, models: catalog.models, rules: catalog.rules },
    ctx,
  };
}

function workerCount(workers: ScanOptions['workers'], files: number): number {
  const env = process.env.MODEL_GATE_SCAN_WORKERS;
  const asked = workers ?? (env && /^\d+$/.test(env.trim()) ? Number(env) : 'auto');
  if (typeof asked === 'number') return Math.min(16, Math.max(0, Math.floor(asked)));
  if (files < WORKER_MIN_FILES) return 0;
  // one core too: a worker reads with blocking calls (faster than the pool) and can be stopped when stuck
  return Math.max(1, Math.min(MAX_WORKERS, availableParallelism(), Math.ceil(files / WORKER_MIN_FILES)));
}

/** The plain data of a ScanContext (its functions stay behind). */
function dataOf(ctx: ScanContext): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(ctx)) if (typeof v !== 'function') out[k] = v;
  return out;
}

/**
 * Keeps the first `max` references (in path order), dependencies before mentions (`isMention`); each file whose
 * references are dropped is listed, with how many, so that a flood of references (two 1 MiB files once gave
 * 75,000 models) is visible and bounded. A file of which only mentions were dropped was scanned and its dropped
 * references change no verdict: it is not listed, its mentions are counted (`mentionsUnlisted`).
 */
function capReferences(
  refs: ModelReference[],
  max: number,
  skipped: NotScanned[],
  isMention?: (r: ModelReference) => boolean,
): { kept: ModelReference[]; mentionsUnlisted: number } {
  if (refs.length <= max) return { kept: refs, mentionsUnlisted: 0 };
  const mention = refs.map((r) => isMention?.(r) === true);
  // what each kind may keep, in path order: dependencies first, mentions in the room they leave
  let deps = max;
  let docs = Math.max(0, max - mention.filter((m) => !m).length);
  const out: ModelReference[] = [];
  // per file: references dropped, and how many of them are mentions
  const dropped = new Map<string, { n: number; mentions: number }>();
  refs.forEach((r, i) => {
    if (mention[i] ? docs-- > 0 : deps-- > 0) out.push(r);
    else {
      const d = dropped.get(r.path) ?? { n: 0, mentions: 0 };
      d.n++;
      if (mention[i]) d.mentions++;
      dropped.set(r.path, d);
    }
  });
  const cap = `over the cap of ${max.toLocaleString('en-US')} model references per run (${refs.length.toLocaleString('en-US')} found)`;
  let mentionsUnlisted = 0;
  for (const [path, d] of dropped) {
    if (d.mentions === d.n) {
      mentionsUnlisted += d.n;
      continue;
    }
    skipped.push({
      path,
      reason: `${cap}: ${d.n.toLocaleString('en-US')} of this file's references were not evaluated`,
    });
  }
  return { kept: out, mentionsUnlisted };
}

/** The same id at the same place found by two scanners (a URL in a Python string) is reported once. */
function dedupeAcrossScanners(refs: ModelReference[]): ModelReference[] {
  const sorted = sortAndDedupe(refs);
  const out: ModelReference[] = [];
  const seen = new Map<string, number>();
  for (const r of sorted) {
    const key = `${r.path}\0${r.line}\0${r.id.toLowerCase()}\0${r.kind}`;
    const at = seen.get(key);
    if (at !== undefined) {
      // one reference: a load if either is one (a URL scanner's mention and a language scanner's load of one
      // address), naming the revision either names; otherwise the first by column (where the report points),
      // not sortAndDedupe's scanner order, which only breaks ties at one column
      const prev = out[at];
      const kept = prev.mention && !r.mention ? r : prev;
      const revision = prev.revision ?? r.revision;
      out[at] = kept.revision === revision || !revision ? kept : { ...kept, revision };
      continue;
    }
    seen.set(key, out.length);
    out.push(r);
  }
  return out;
}
