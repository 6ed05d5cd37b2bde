import { LineIndex } from '../../core/lines.js';
import type { ModelReference, ReferenceKind } from '../../core/types.js';

/** A reference found at an offset of the scanned text, before line/column are computed. */
export interface RawRef {
  id: string;
  kind: ReferenceKind;
  /** 0-based offset (UTF-16 code units) in the scanned text of the first character of the reference as written. */
  offset: number;
  revision?: string;
}

export { LineIndex };

/** The marker that suppresses references on its own line and the next line. */
const SUPPRESS_RE = /(?:#|\/\/|\/\*|<!--|--|;|%)\s*model-gate:\s*ignore\b/g;

/**
 * 1-based lines whose references are suppressed: a marker suppresses its own line, and, when it stands on a
 * line of its own (a comment-only line), the next line too.
 */
export function suppressedLines(text: string): Set<number> {
  const out = new Set<number>();
  if (!text.includes('model-gate')) return out;
  let index: LineIndex | undefined;
  for (const m of text.matchAll(SUPPRESS_RE)) {
    index ??= new LineIndex(text);
    const at = m.index ?? 0;
    const line = index.line(at);
    out.add(line);
    const before = text.slice(index.lineStart(line), at);
    const rest = index.lineText(line).slice(before.length + m[0].length);
    const block = m[0].startsWith('/*') || m[0].startsWith('<!--');
    const commentOnly = before.trim() === '' && (!block || /^[^]*?(?:\*\/|-->)\s*$/.test(rest));
    if (commentOnly) out.add(line + 1);
  }
  return out;
}

/** Whether a reference on `line` is suppressed. */
export function isSuppressed(lines: Set<number>, line: number): boolean {
  return lines.size > 0 && lines.has(line);
}

/** Code-unit order: the same on every machine, whatever its locale. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts by path, line, column, id; drops exact duplicates (keeping the one that names a revision). */
export function sortAndDedupe(refs: ModelReference[]): ModelReference[] {
  refs.sort(
    (a, b) =>
      cmp(a.path, b.path) ||
      a.line - b.line ||
      (a.column ?? 0) - (b.column ?? 0) ||
      cmp(a.id, b.id) ||
      cmp(a.revision ?? '', b.revision ?? ''),
  );
  const out: ModelReference[] = [];
  for (const r of refs) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.path === r.path &&
      prev.line === r.line &&
      prev.column === r.column &&
      prev.id === r.id
    ) {
      if (!prev.revision && r.revision) out[out.length - 1] = r;
      else if (prev.revision !== r.revision && r.revision) out.push(r);
      continue;
    }
    out.push(r);
  }
  return out;
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
    const ref: ModelReference = { id: r.id, kind: r.kind, path, line, column, scanner };
    if (r.revision) ref.revision = r.revision;
    refs.push(ref);
  }
  return sortAndDedupe(refs);
}

/** A case-sensitive test for "contains one of these substrings", compiled once. */
export function triggerTest(triggers: readonly string[]): (text: string) => boolean {
  const re = new RegExp(triggers.map(escapeRegExp).join('|'));
  return (text) => re.test(text);
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
