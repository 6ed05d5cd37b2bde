import { triggerTest } from './common/text.js';
import { Budget, capReferences } from './limits.js';
import type { ScanContext, Scanner, ScanOutput } from './types.js';

/** Where each scanner is documented. */
const SCANNER_DOCS = 'https://github.com/model-gate/model-gate/blob/main/docs/scanners.md';

export interface ScannerSpec extends Omit<Scanner, 'extract' | 'scan' | 'url' | 'mayHold'> {
  /** See `Scanner.mayHold`. */
  mayHold?: (content: string, path: string, ctx: ScanContext) => boolean;
  /** Finds the references of one file (sorted, suppressed lines dropped), spending `budget`. */
  analyze: (content: string, path: string, ctx: ScanContext, budget: Budget) => ScanOutput;
  /** Paths that `fileMatch` matches but that the scanner does not read (`*.min.js`, lock files). */
  skip?: (path: string) => boolean;
}

/**
 * A scanner from its analysis: applies the trigger pre-filter, gives the analysis a fresh work budget per file
 * (`ScanBudgetError` past it) and cuts its references at the cap (`ReferenceCapError`).
 */
export function defineScanner(spec: ScannerSpec): Scanner {
  const hasTrigger = spec.triggers ? triggerTest(spec.triggers) : undefined;
  const { analyze, skip, ...meta } = spec;
  const scan = (content: string, path: string, ctx: ScanContext): ScanOutput => {
    if ((hasTrigger && !hasTrigger(content)) || skip?.(path)) return { references: [] };
    return capReferences(analyze(content, path, ctx, new Budget(content.length, ctx)), ctx);
  };
  return {
    ...meta,
    url: `${SCANNER_DOCS}#${spec.name}`,
    scan,
    extract: (content, path, ctx) => scan(content, path, ctx).references,
  };
}
