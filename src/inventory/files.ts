/**
 * Finding and reading the reports named on the command line: files, folders (their `*.json` files, a few
 * levels down: downloaded artifacts nest one folder per artifact) and quoted globs (`'reports/**\/*.json'`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { UserError, type UserErrorItem } from '../core/errors.js';
import { LIMITS, nameFromFile, parseReport, type ParsedReport } from './read.js';
import type { NamedReport } from './merge.js';

const MAX_DEPTH = 4;

function walk(dir: string, depth: number, out: string[], filter: (abs: string) => boolean): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (out.length > LIMITS.reports) return;
    const abs = join(dir, e.name);
    if (e.isDirectory()) {
      if (depth < MAX_DEPTH && !e.name.startsWith('.') && e.name !== 'node_modules') walk(abs, depth + 1, out, filter);
    } else if (e.isFile() && filter(abs)) {
      out.push(abs);
    }
  }
}

const GLOB = /[*?[\]{}]/;

/** The report files the arguments name, in order, each once; errors for arguments that name nothing. */
export function collectReportFiles(
  args: string[],
  cwd = process.cwd(),
  opts: { allowEmptyFolders?: boolean } = {},
): string[] {
  const files: string[] = [];
  const errors: UserErrorItem[] = [];
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    const st = statSync(abs, { throwIfNoEntry: false });
    if (st?.isDirectory()) {
      const found: string[] = [];
      walk(abs, 0, found, (f) => f.toLowerCase().endsWith('.json'));
      if (!found.length && !opts.allowEmptyFolders)
        errors.push({ path: arg, message: 'no .json report in this folder' });
      files.push(...found);
    } else if (st?.isFile()) {
      files.push(abs);
    } else if (GLOB.test(arg)) {
      // The fixed folders before the first pattern segment, then the pattern under them.
      const parts = arg.split(/[\\/]/);
      const first = parts.findIndex((p) => GLOB.test(p));
      const base = resolve(cwd, parts.slice(0, first).join('/') || '.');
      const isMatch = picomatch(parts.slice(first).join('/'), { dot: false });
      const found: string[] = [];
      walk(base, 0, found, (f) => isMatch(relative(base, f).split(sep).join('/')));
      if (!found.length) errors.push({ path: arg, message: 'no file matches this pattern' });
      files.push(...found);
    } else {
      errors.push({ path: arg, message: 'no such file or folder' });
    }
  }
  if (errors.length) throw new UserError(errors);
  const unique = [...new Set(files)];
  if (unique.length > LIMITS.reports) {
    throw new UserError({
      message: `more than ${LIMITS.reports.toLocaleString('en-US')} reports; merge them in groups`,
    });
  }
  return unique;
}

export interface ReadOptions {
  /** Name each repository after its report's file, even when the report names it. */
  nameFromFileName?: boolean;
  cwd?: string;
}

/**
 * Read and check the reports one at a time, as the merge asks for them (so each one's text and parse can be
 * dropped once merged); a bad file is added to `errors` (one line each) and skipped.
 */
export function* iterateReports(
  files: string[],
  errors: UserErrorItem[],
  opts: ReadOptions = {},
): Generator<NamedReport> {
  const cwd = opts.cwd ?? process.cwd();
  for (const abs of files) {
    const rel = relative(cwd, abs);
    const shown = rel.startsWith('..') ? abs : rel || abs;
    let report: ParsedReport;
    try {
      const size = statSync(abs).size;
      if (size > LIMITS.reportBytes) {
        errors.push({
          path: shown,
          message: `${(size / 1024 / 1024).toFixed(0)} MiB: larger than the ${LIMITS.reportBytes / 1024 / 1024} MiB a report may be`,
        });
        continue;
      }
      report = parseReport(readFileSync(abs, 'utf8'), shown);
    } catch (e) {
      if (e instanceof UserError) errors.push(...e.items);
      else
        errors.push({
          path: shown,
          message: `cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
        });
      continue;
    }
    const name = !opts.nameFromFileName && report.repository ? report.repository.full_name : nameFromFile(abs);
    yield { name, report };
  }
}

/** Read and check every report; all bad files are reported together (one line each). */
export function readReports(files: string[], opts: ReadOptions = {}): NamedReport[] {
  const errors: UserErrorItem[] = [];
  const out = [...iterateReports(files, errors, opts)];
  if (errors.length) throw new UserError(errors);
  return out;
}
