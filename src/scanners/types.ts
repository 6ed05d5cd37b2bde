import type { ModelReference } from '../core/types.js';

/** What a scanner may ask while extracting: catalog knowledge, nothing else. */
export interface ScanContext {
  /** True when the catalog knows this id (or alias), compared case-insensitively. */
  isKnownModel(id: string): boolean;
}

/**
 * One scanner per ecosystem, as Renovate's managers: it declares which files it reads and
 * extracts references with line numbers from one file's text. Pure: no I/O.
 */
export interface Scanner {
  /** Short name: python, javascript, shell, modelfile, config, url. */
  name: string;
  /** One line on what it finds. */
  description: string;
  /** Docs anchor in the README. */
  url: string;
  /** picomatch globs over repository paths (POSIX, relative, matched with { dot: true, nocase: true }). */
  fileMatch: string[];
  extract(content: string, path: string, ctx: ScanContext): ModelReference[];
  /**
   * Optional pre-filter: ASCII substrings (case-sensitive) one of which a file must contain for `extract`
   * to find anything in it. Lets the driver skip files without decoding or parsing them. `extract` applies
   * the same test itself, so skipping is never a change of result.
   */
  triggers?: readonly string[];
}
