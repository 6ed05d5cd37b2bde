import { realpath } from 'node:fs/promises';
import picomatch from 'picomatch';
import type { ModelReference } from '../core/types.js';
import { applyFacts, runScanner, scanners as allScanners } from '../scanners/index.js';
import { cmp, sortAndDedupe } from '../scanners/common/text.js';
import type { ScanContext, ScanFacts, Scanner } from '../scanners/types.js';
import { decodeText, listFiles, readRepoFile } from './files.js';

export interface ScanOptions {
  /** picomatch globs of paths to scan (policy `scan.paths`). */
  paths: string[];
  /** picomatch globs of paths not to scan (policy `scan.ignore`). */
  ignore: string[];
  /** On a pull request: only these files are scanned. */
  changedFiles?: string[];
  ctx: ScanContext;
  /** Scanners to run (default: all). */
  scanners?: Scanner[];
  /** Files read at once (default 32). */
  concurrency?: number;
}

export interface ScanResult {
  /** Sorted by path, line, column. */
  references: ModelReference[];
  /** Files not scanned and why (binary, too large, symbolic link out of the repository, ...). */
  skipped: { path: string; reason: string }[];
}

/** Extensions of files that are binary by nature: their first 8 KiB are checked before the rest is read. */
const BINARY_EXT_RE =
  /\.(?:png|jpe?g|gif|bmp|ico|icns|webp|avif|tiff?|psd|pdf|zip|gz|tgz|bz2|xz|zst|7z|rar|jar|war|whl|egg|so|dylib|dll|exe|o|a|lib|obj|class|pyc|pyo|wasm|woff2?|ttf|otf|eot|mp[34]|m4a|wav|flac|ogg|webm|mov|avi|mkv|gguf|ggml|safetensors|bin|pt|pth|ckpt|onnx|pb|h5|hdf5|tflite|npy|npz|pkl|pickle|parquet|arrow|feather|sqlite|db|lance|msgpack)$/i;

interface Compiled {
  scanner: Scanner;
  match: (path: string) => boolean;
  triggers?: readonly Buffer[];
}

/**
 * Scans a repository (or, on a pull request, its changed files) with every scanner whose fileMatch matches
 * each file. Files are read with bounded concurrency; a file none of whose scanners' trigger substrings it
 * contains is not decoded nor parsed.
 */
export async function scanRepository(root: string, opts: ScanOptions): Promise<ScanResult> {
  const compiled: Compiled[] = (opts.scanners ?? allScanners).map((scanner) => ({
    scanner,
    match: picomatch(scanner.fileMatch, { dot: true, nocase: true }),
    triggers: scanner.triggers?.map((t) => Buffer.from(t, 'utf8')),
  }));
  const files = await listFiles(root, {
    paths: opts.paths,
    ignore: opts.ignore,
    changedFiles: opts.changedFiles,
  });
  const realRoot = await realpath(root);
  const references: ModelReference[] = [];
  const facts: ScanFacts[] = [];
  const skipped: { path: string; reason: string }[] = [];
  const work: Array<{ path: string; applicable: Compiled[] }> = [];
  for (const path of files) {
    const applicable = compiled.filter((c) => c.match(path));
    if (applicable.length === 0) continue;
    work.push({ path, applicable });
  }
  const prefilters = new Map<string, RegExp | null>();
  const prefilterOf = (applicable: Compiled[]): RegExp | null => {
    const key = applicable.map((c) => c.scanner.name).join(',');
    let re = prefilters.get(key);
    if (re === undefined) {
      // one combined test per file; null when a scanner has no triggers (it reads every file it matches)
      re = applicable.some((c) => !c.triggers)
        ? null
        : new RegExp(
            [...new Set(applicable.flatMap((c) => c.scanner.triggers ?? []))]
              .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
              .join('|'),
          );
      prefilters.set(key, re);
    }
    return re;
  };

  const scanOne = async (item: { path: string; applicable: Compiled[] }): Promise<void> => {
    const r = await readRepoFile(root, item.path, realRoot, { sniffFirst: BINARY_EXT_RE.test(item.path) });
    if (!r.ok) {
      if (r.reason) skipped.push({ path: item.path, reason: r.reason });
      return;
    }
    const report = generatedReport(item.path, r.data);
    if (report) {
      skipped.push({ path: item.path, reason: `${report}, not code` });
      return;
    }
    const re = prefilterOf(item.applicable);
    // latin1 keeps bytes as they are: ASCII triggers match exactly where they would in the UTF-8 text
    if (re && !re.test(r.data.toString('latin1'))) return;
    let text: string | undefined;
    for (const c of item.applicable) {
      if (c.triggers && !c.triggers.some((t) => r.data.indexOf(t) !== -1)) continue;
      text ??= decodeText(r.data);
      // never throws: a file over a scanner's budget or reference cap comes back with the reason to list
      const found = runScanner(c.scanner, text, item.path, opts.ctx);
      for (const ref of found.references) references.push(ref);
      if (found.facts) facts.push(found.facts);
      if (found.notScanned) skipped.push({ path: item.path, reason: found.notScanned.reason });
    }
  };

  const limit = Math.max(1, opts.concurrency ?? 32);
  let next = 0;
  const worker = async () => {
    while (next < work.length) await scanOne(work[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, work.length) }, worker));

  skipped.sort((a, b) => cmp(a.path, b.path));
  // environment variables set in one file and read into a model parameter in another; models built locally
  return { references: dedupeAcrossScanners(applyFacts(references, facts, opts.ctx)), skipped };
}

/**
 * Reports that name models without loading them (a CycloneDX BOM, a SARIF log, a model-gate JSON report,
 * often model-gate's own output) would otherwise be read as references.
 */
export function generatedReport(path: string, data: Buffer): string | undefined {
  if (!/\.(json|sarif)$/i.test(path)) return undefined;
  const head = data.subarray(0, 4096).toString('latin1');
  if (/"bomFormat"\s*:\s*"CycloneDX"/.test(head)) return 'a CycloneDX BOM';
  if (/\.sarif$/i.test(path) || (/"runs"\s*:/.test(head) && /"version"\s*:\s*"2\.1\.0"/.test(head))) return 'a SARIF log';
  if (/"verdict"\s*:\s*"(pass|fail)"/.test(head) && /"models"\s*:/.test(head)) return 'a model-gate report';
  return undefined;
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
      const prev = out[at];
      if (!prev.revision && r.revision) out[at] = { ...prev, revision: r.revision };
      continue;
    }
    seen.set(key, out.length);
    out.push(r);
  }
  return out;
}
