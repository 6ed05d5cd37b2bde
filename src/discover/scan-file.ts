import { isAscii } from 'node:buffer';
import { globMatchers } from '../core/glob.js';
import type { ModelReference } from '../core/types.js';
import { runScanner } from '../scanners/index.js';
import type { ScanContext, ScanFacts, Scanner } from '../scanners/types.js';
import { decodeText, hasUtf16Bom, invalidUtf8Offset, type NotScanned } from './files.js';

/** What scanning one file gave: its references, and reasons it was not (or not wholly) scanned. */
export interface FileResult {
  references: ModelReference[];
  /** Reasons to list (a scanner over its budget, invalid UTF-8, ...), and files skipped as not code. */
  skipped: NotScanned[];
  /** What the file tells about others (environment variables set and read), joined across files later. */
  facts?: ScanFacts[];
  /**
   * Scanners (indices) whose exact pre-filter (`mayHold`) declined the file although it may define class fields:
   * scanned in full later if another file reads a field it may define (see `fieldReaders`).
   */
  deferred?: number[];
  /** With `handOff`: scanners (indices) whose exact pre-filter said the file may hold something, not run here. */
  handedOff?: number[];
}

/** How `ScannerSet.scanData` scans a file. */
export interface ScanDataOptions {
  /** Run every scanner, whatever its exact pre-filter (`mayHold`) says (a second look for class fields). */
  full?: boolean;
  /**
   * Hand back, instead of running, each scanner whose exact pre-filter says "maybe" (`FileResult.handedOff`), for
   * another thread to run (see pool.ts).
   */
  handOff?: boolean;
  /** A second look at a file: what the first listed of the file itself (invalid UTF-8) is not listed again. */
  again?: boolean;
}

/** Extensions of files that are binary by nature: their first 8 KiB are checked before the rest is read. */
export const BINARY_EXT_RE =
  /\.(?:png|jpe?g|gif|bmp|ico|icns|webp|avif|tiff?|psd|pdf|zip|gz|tgz|bz2|xz|zst|7z|rar|jar|war|whl|egg|so|dylib|dll|exe|o|a|lib|obj|class|pyc|pyo|wasm|woff2?|ttf|otf|eot|mp[34]|m4a|wav|flac|ogg|webm|mov|avi|mkv|gguf|ggml|safetensors|bin|pt|pth|ckpt|onnx|pb|h5|hdf5|tflite|npy|npz|pkl|pickle|parquet|arrow|feather|sqlite|db|lance|msgpack)$/i;

/** Reasons of `skipped` entries that are not shown as "not scanned": nothing could be missed there. */
export function isBenignSkip(reason: string): boolean {
  return reason === 'binary file' || reason.endsWith(', not code');
}

/**
 * The scanners of a run, compiled once: which of them read a path, and the literal needles a file must hold
 * (on its raw bytes) before any of them decodes or lexes it.
 */
export class ScannerSet {
  private readonly matchers: (path: string) => number[];
  /** Per scanner: one test of its needles (undefined: it reads every file it matches). */
  private readonly triggers: Array<RegExp | undefined>;
  private readonly prefilters = new Map<string, RegExp | null>();

  constructor(readonly scanners: readonly Scanner[]) {
    this.matchers = globMatchers(scanners.map((s) => s.fileMatch));
    this.triggers = scanners.map((s) => (s.triggers ? needleTest(s.triggers) : undefined));
  }

  /** Indices of the scanners that read `path` (by their fileMatch). */
  applicable(path: string): number[] {
    return this.matchers(path);
  }

  /** One combined test of every needle of these scanners; null when one of them reads every file it matches. */
  private prefilter(which: readonly number[]): RegExp | null {
    const key = which.join(',');
    let re = this.prefilters.get(key);
    if (re === undefined) {
      re = which.some((i) => !this.triggers[i])
        ? null
        : needleTest(which.flatMap((i) => this.scanners[i].triggers ?? []));
      this.prefilters.set(key, re);
    }
    return re;
  }

  /**
   * Scans one file's bytes with the scanners `which`. A file that holds none of their needles is neither
   * decoded nor lexed, nor is it by a scanner whose exact pre-filter (`mayHold`) declines it (unless `full`). Never throws: a scanner that gives up (its time or work budget, its reference cap) or
   * fails is a `skipped` reason, and a reference cap keeps the first references. Options: see ScanDataOptions.
   */
  scanData(
    path: string,
    data: Buffer,
    which: readonly number[],
    ctx: ScanContext,
    opts: ScanDataOptions = {},
  ): FileResult {
    const { full = false, handOff = false, again = false } = opts;
    const result: FileResult = { references: [], skipped: [] };
    const report = generatedReport(path, data);
    if (report) {
      result.skipped.push({ path, reason: `${report}, not code` });
      return result;
    }
    // UTF-16 text (a byte-order mark): its needles are found in its UTF-8 form
    if (hasUtf16Bom(data)) data = Buffer.from(decodeText(data), 'utf8');
    const bad = invalidUtf8Offset(data);
    // a PDF, an image or an archive without a NUL byte in its first 8 KiB: binary all the same, not text to read
    if (bad !== -1 && BINARY_EXT_RE.test(path)) {
      result.skipped.push({ path, reason: 'binary file' });
      return result;
    }
    if (bad !== -1 && !again) {
      result.skipped.push({
        path,
        reason: `not valid UTF-8 (byte ${bad}): scanned with replacement characters for the invalid bytes`,
      });
    }
    // latin1 keeps bytes as they are: ASCII needles match exactly where they would in the UTF-8 text
    const bytes = data.toString('latin1');
    const re = this.prefilter(which);
    if (re && !re.test(bytes)) return result;
    let text: string | undefined;
    for (const i of which) {
      const scanner = this.scanners[i];
      const triggers = this.triggers[i];
      if (triggers && which.length > 1 && !triggers.test(bytes)) continue;
      // ASCII (most code): the latin1 string is the text, without a second decoding
      text ??= isAscii(data) ? bytes : decodeText(data);
      // the scanner's exact pre-filter: nothing to find without lexing (class fields aside, when it says so)
      if (!full && scanner.mayHold) {
        if (!scanner.mayHold(text, path, ctx)) {
          if (scanner.mayHoldSkipsFields) (result.deferred ??= []).push(i);
          continue;
        }
        if (handOff) {
          (result.handedOff ??= []).push(i);
          continue;
        }
      }
      // never throws: over a scanner's budget or reference cap, the file comes back with the reason to list
      // (and the references found up to the cap)
      const found = runScanner(scanner, text, path, ctx);
      for (const r of found.references) result.references.push(r);
      if (found.facts) (result.facts ??= []).push(found.facts);
      if (found.notScanned) result.skipped.push({ path, reason: found.notScanned.reason });
    }
    return result;
  }
}

/** One regular expression that finds any of the literal needles. */
function needleTest(needles: readonly string[]): RegExp {
  return new RegExp([...new Set(needles)].map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
}

/**
 * Reports that name models without loading them (a CycloneDX BOM, a SARIF log, a model-gate JSON report,
 * often model-gate's own output) would otherwise be read as references.
 */
export function generatedReport(path: string, data: Buffer): string | undefined {
  if (!/\.(json|sarif)$/i.test(path)) return undefined;
  const head = data.subarray(0, 4096).toString('latin1');
  if (/"bomFormat"\s*:\s*"CycloneDX"/.test(head)) return 'a CycloneDX BOM';
  if (/\.sarif$/i.test(path) || (/"runs"\s*:/.test(head) && /"version"\s*:\s*"2\.1\.0"/.test(head)))
    return 'a SARIF log';
  if (/"verdict"\s*:\s*"(pass|fail)"/.test(head) && /"models"\s*:/.test(head)) return 'a model-gate report';
  return undefined;
}

/**
 * The names of the class fields that files read into model parameters from another module (`fieldUses`): a file
 * whose scanner's pre-filter declined it (`FileResult.deferred`) is scanned in full when it holds one of them,
 * since only then can its field defaults join a reading.
 */
export function fieldReaders(facts: readonly ScanFacts[]): string[] {
  const names = new Set<string>();
  for (const f of facts) for (const u of f.fieldUses ?? []) if (u.name) names.add(u.name);
  return [...names];
}
