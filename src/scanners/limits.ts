import type { ModelReference } from '../core/types.js';
import type { ScanContext, ScanFacts, Scanner, ScanOutput } from './types.js';

/** Wall-clock milliseconds one scanner may spend on one file, unless `ScanContext.timeBudgetMs` says otherwise. */
export const DEFAULT_TIME_BUDGET_MS = 10_000;
/** References one scanner returns for one file, unless `ScanContext.maxReferencesPerFile` says otherwise. */
export const DEFAULT_MAX_REFERENCES = 1_000;
/**
 * Units of work a scanner may spend per character of its input (plus `BASE_STEPS`). Every scanner is linear:
 * it spends a few units per character; only a super-linear path, which is a bug, could reach this.
 */
export const STEPS_PER_CHAR = 64;
export const BASE_STEPS = 1_000_000;
/** How often (in units of work) the clock is read. */
const CHECK_EVERY = 4096;

/** A file over one of the scanners' limits: the reason is meant for the report's list of files not scanned. */
export class ScanLimitError extends Error {
  constructor(
    readonly limit: 'time' | 'work' | 'references',
    message: string,
  ) {
    super(message);
    this.name = 'ScanLimitError';
  }
}

/** The scanner gave up on a file: over the time budget, or over the work budget. */
export class ScanBudgetError extends ScanLimitError {
  constructor(limit: 'time' | 'work', message: string) {
    super(limit, message);
    this.name = 'ScanBudgetError';
  }
}

/** A file holds more references than the cap: `output` carries the first ones, `found` how many there were. */
export class ReferenceCapError extends ScanLimitError {
  constructor(
    readonly output: ScanOutput,
    readonly found: number,
  ) {
    const kept = output.references.length;
    super(
      'references',
      `${found.toLocaleString('en-US')} model references, over the cap of ${kept.toLocaleString('en-US')} per file: only the first ${kept.toLocaleString('en-US')} are reported`,
    );
    this.name = 'ReferenceCapError';
  }
}

/**
 * The work budget of one scanner on one file: a step counter checked in the lexers' and analyzers' loops, and a
 * deadline read every few thousand steps. Throws `ScanBudgetError` when either runs out.
 */
export class Budget {
  steps = 0;
  private readonly limit: number;
  private readonly deadline: number;
  private readonly ms: number;
  private next: number;

  constructor(
    readonly chars: number,
    ctx?: Pick<ScanContext, 'timeBudgetMs'>,
  ) {
    this.limit = BASE_STEPS + STEPS_PER_CHAR * chars;
    this.ms = ctx?.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
    this.deadline = Date.now() + this.ms;
    this.next = Math.min(CHECK_EVERY, this.limit + 1);
  }

  /** Counts `n` units of work. */
  tick(n = 1): void {
    this.steps += n;
    if (this.steps >= this.next) this.check();
  }

  private check(): void {
    if (this.steps > this.limit) {
      throw new ScanBudgetError(
        'work',
        `over the work budget (${this.limit.toLocaleString('en-US')} steps for ${this.chars.toLocaleString('en-US')} characters)`,
      );
    }
    if (Date.now() > this.deadline) {
      throw new ScanBudgetError('time', `over the time budget (${formatMs(this.ms)} per file)`);
    }
    this.next = Math.min(this.steps + CHECK_EVERY, this.limit + 1);
  }
}

function formatMs(ms: number): string {
  return ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

/** The references of a scan, cut at the cap (throws `ReferenceCapError` with the first ones). */
export function capReferences(output: ScanOutput, ctx: ScanContext): ScanOutput {
  const max = Math.max(0, ctx.maxReferencesPerFile ?? DEFAULT_MAX_REFERENCES);
  if (output.references.length <= max) return output;
  const found = output.references.length;
  throw new ReferenceCapError({ ...output, references: output.references.slice(0, max) }, found);
}

/** What `runScanner` gives back for one file and one scanner. */
export interface FileScan {
  references: ModelReference[];
  facts?: ScanFacts;
  /** Set when the file was not scanned (or only in part) by this scanner, with the reason to show. */
  notScanned?: { path: string; scanner: string; reason: string };
}

/**
 * Runs one scanner on one file and never throws: a file over the time or work budget, over the reference cap
 * (its first references are kept), or on which the scanner failed comes back with a `notScanned` reason that
 * the caller lists in the report. Nothing is silently dropped.
 */
export function runScanner(scanner: Scanner, content: string, path: string, ctx: ScanContext): FileScan {
  try {
    return scanner.scan(content, path, ctx);
  } catch (e) {
    const notScanned = (reason: string) => ({ path, scanner: scanner.name, reason });
    if (e instanceof ReferenceCapError)
      return { ...e.output, notScanned: notScanned(`${scanner.name} scanner: ${e.message}`) };
    if (e instanceof ScanLimitError)
      return { references: [], notScanned: notScanned(`${scanner.name} scanner: ${e.message}`) };
    const message = e instanceof Error ? e.message : String(e);
    return { references: [], notScanned: notScanned(`${scanner.name} scanner failed: ${message}`) };
  }
}
