import { modelScopeAddress } from '../../core/hub-hosts.js';
import { LineIndex } from '../../core/lines.js';
import type { ModelReference, ReferenceKind } from '../../core/types.js';
import { MARKDOWN_EXTENSIONS } from '../../core/document-files.js';

/** A reference found at an offset of the scanned text, before line/column are computed. */
export interface RawRef {
  id: string;
  kind: ReferenceKind;
  /** 0-based offset (UTF-16 code units) in the scanned text of the first character of the reference as written. */
  offset: number;
  revision?: string;
  /** Hosted references: the service. */
  provider?: string;
  /** Written in documentation inside a code file (a comment, a docstring, a notebook's Markdown cell). */
  mention?: boolean;
  /** See ModelReference.packagePinned. */
  packagePinned?: boolean;
}

export { LineIndex };

/**
 * The marker that suppresses references on its own line and the next line, after the comment syntax of any file
 * type the scanners read: `#` (Python, shell, YAML, .env, TOML, Dockerfile, Modelfile, .http), `//` and `/*`
 * (JavaScript, JSONC, .http), `<!--` (Markdown, HTML), `;` (.ini), `--` (SQL, Lua), `%` (LaTeX), `..` (reStructuredText).
 * `model-gate: ignore` and `model-gate-ignore` are both accepted.
 */
const SUPPRESS_RE = /(?:#|\/\/|\/\*|<!--|--|;|%|\.\.)[ \t]*model-gate(?::[ \t]*|-)ignore\b/g;

/**
 * 1-based lines whose references are suppressed: a marker suppresses its own line, and, when it stands on a
 * line of its own (a comment-only line), the next line too. Linear in the text: each line is judged once.
 */
export function suppressedLines(text: string): Set<number> {
  const out = new Set<number>();
  if (!text.includes('model-gate')) return out;
  let index: LineIndex | undefined;
  let lastLine = -1;
  for (const m of text.matchAll(SUPPRESS_RE)) {
    index ??= new LineIndex(text);
    const at = m.index ?? 0;
    const line = index.line(at);
    if (line === lastLine) continue;
    lastLine = line;
    out.add(line);
    const start = index.lineStart(line);
    const lineText = index.lineText(line);
    const before = lineText.slice(0, at - start).trim();
    const block = m[0].startsWith('/*') || m[0].startsWith('<!--');
    // only the comment on its line (a template comment `{{/* ... */}}` too)
    if (before !== '' && !(block && (before === '{{' || before === '{{-'))) continue;
    if (block) {
      // the comment must close on this line with nothing after it (`*/`, `-->`, Helm's `*/}}`)
      let r = lineText.slice(at - start + m[0].length).trimEnd();
      if (r.endsWith('}}')) {
        r = r.slice(0, -2);
        if (r.endsWith('-')) r = r.slice(0, -1);
        r = r.trimEnd();
      }
      if (!r.endsWith('*/') && !r.endsWith('-->')) continue;
    }
    out.add(line + 1);
  }
  return out;
}

/**
 * The exact comment that suppresses a reference in a file of this type, written at the end of the line or on
 * the line above. Undefined for file types without comments (JSON): declare the model in the manifest instead.
 */
export function suppressionHint(path: string): string | undefined {
  const p = path.toLowerCase();
  const base = p.slice(p.lastIndexOf('/') + 1);
  const ext = base.includes('.') ? base.slice(base.lastIndexOf('.') + 1) : '';
  if (ext === 'json' || ext === 'jsonl') return undefined;
  if ([...MARKDOWN_EXTENSIONS, 'html', 'htm', 'xml', 'svg'].includes(ext)) return '<!-- model-gate: ignore -->';
  if (ext === 'rst') return '.. model-gate: ignore';
  if (
    [
      'js',
      'mjs',
      'cjs',
      'jsx',
      'ts',
      'mts',
      'cts',
      'tsx',
      'vue',
      'svelte',
      'jsonc',
      'json5',
      'go',
      'java',
      'kt',
      'kts',
      'scala',
      'c',
      'h',
      'cc',
      'cpp',
      'hpp',
      'cs',
      'rs',
      'swift',
      'dart',
      'php',
    ].includes(ext)
  )
    return '// model-gate: ignore';
  if (ext === 'ini' || ext === 'cfg') return '; model-gate: ignore';
  if (['sql', 'lua', 'hs'].includes(ext)) return '-- model-gate: ignore';
  if (ext === 'tex') return '% model-gate: ignore';
  if (ext === 'tpl' && p.includes('templates/')) return '{{/* model-gate: ignore */}}';
  // Python, notebooks (in the code cell), shell, YAML, TOML, .env, Dockerfile, Modelfile, Makefile, .http, text
  return '# model-gate: ignore';
}

/** Whether a reference on `line` is suppressed. */
export function isSuppressed(lines: Set<number>, line: number): boolean {
  return lines.size > 0 && lines.has(line);
}

/** Code-unit order: the same on every machine, whatever its locale. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Sorts by path, line, column, id; drops exact duplicates (keeping the one that names a revision). The order and
 * what is kept never depend on the order the references came in (files scanned in several threads, a file's
 * scanners in two of them): at one place, a load comes before a mention of the same id, a language's scanner
 * before the URL scanner.
 */
export function sortAndDedupe(refs: ModelReference[]): ModelReference[] {
  refs.sort(
    (a, b) =>
      cmp(a.path, b.path) ||
      a.line - b.line ||
      (a.column ?? 0) - (b.column ?? 0) ||
      cmp(a.id, b.id) ||
      cmp(a.revision ?? '', b.revision ?? '') ||
      precedence(a) - precedence(b) ||
      cmp(a.scanner, b.scanner),
  );
  const out: ModelReference[] = [];
  for (const r of refs) {
    const prev = out[out.length - 1];
    if (prev && prev.path === r.path && prev.line === r.line && prev.column === r.column && prev.id === r.id) {
      if (!prev.revision && r.revision)
        out[out.length - 1] = precedence(prev) < precedence(r) ? { ...prev, revision: r.revision } : r;
      else if (prev.revision !== r.revision && r.revision) out.push(r);
      continue;
    }
    out.push(r);
  }
  return out;
}

/**
 * Which of two references to one id at one place is kept: a load before a mention, a language's scanner before the
 * URL scanner's.
 */
function precedence(r: ModelReference): number {
  return (r.mention ? 2 : 0) + (r.scanner === 'url' ? 1 : 0);
}

/** Turns raw offsets of `text` into references of `path`, drops suppressed ones, sorts and dedupes. */
export function finalize(text: string, path: string, scanner: string, raw: RawRef[]): ModelReference[] {
  if (raw.length === 0) return [];
  const index = new LineIndex(text);
  const suppressed = suppressedLines(text);
  const refs: ModelReference[] = [];
  for (const r of raw) {
    const { line, column } = index.position(r.offset);
    if (isSuppressed(suppressed, line)) continue;
    refs.push(toReference(r, path, line, column, scanner));
  }
  return sortAndDedupe(refs);
}

/** A raw reference placed at `line:column` of `path`. */
function toReference(r: RawRef, path: string, line: number, column: number, scanner: string): ModelReference {
  // (a ModelScope id read as a Hub id: ModelScope's address, a `url` model; its revision is ModelScope's)
  if (r.kind === 'hub') {
    const address = modelScopeAddress(r.id);
    if (address) r = { ...r, id: address, kind: 'url', revision: undefined };
  }
  const ref: ModelReference = { id: r.id, kind: r.kind, path, line, column, scanner };
  if (r.revision) ref.revision = r.revision;
  if (r.provider) ref.provider = r.provider;
  if (r.mention) ref.mention = true;
  if (r.packagePinned) ref.packagePinned = true;
  return ref;
}

/** A case-sensitive test for "contains one of these substrings", compiled once. */
export function triggerTest(triggers: readonly string[]): (text: string) => boolean {
  const re = new RegExp(triggers.map(escapeRegExp).join('|'));
  return (text) => re.test(text);
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
