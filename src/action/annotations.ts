/** Findings as check run annotations: one per finding, at the manifest or code line, most important first. */
import type { Finding, ModelReport, Report } from '../core/types.js';
import type { CheckAnnotation } from '../github/api.js';

/** GitHub takes at most 50 annotations per request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** Beyond this, annotations are left out (and the summary says how many). */
export const ANNOTATION_CAP = 1000;

const TITLE_MAX = 255;
const MESSAGE_MAX = 4000;

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

export interface AnnotatedFinding {
  annotation: CheckAnnotation;
  /** 0: blocks the change; 1: warning (or an existing blocking finding); 2: waived. */
  rank: number;
}

function levelOf(f: Finding, counted: boolean): { level: CheckAnnotation['annotation_level']; rank: number } {
  if (f.waived) return { level: 'notice', rank: 2 };
  if (f.severity === 'block') return counted ? { level: 'failure', rank: 0 } : { level: 'warning', rank: 1 };
  return { level: 'warning', rank: 1 };
}

export function findingAnnotation(f: Finding, model: ModelReport | undefined): AnnotatedFinding {
  const counted = model ? model.new : true;
  const { level, rank } = levelOf(f, counted);
  const tags = [f.waived ? 'waived' : '', !counted && !f.waived && f.severity === 'block' ? 'existing' : '']
    .filter(Boolean)
    .map((t) => ` (${t})`)
    .join('');
  const title = clip(model ? `${model.id}: ${f.rule}${tags}` : `policy: ${f.rule}${tags}`, TITLE_MAX);
  const parts = [f.message];
  if (f.help) parts.push(`Fix: ${f.help}`);
  if (f.waived && f.exception) {
    parts.push(
      `Waived by an exception (${f.exception.path}:${f.exception.line}): ${f.exception.reason}; expires ${f.exception.expires}.`,
    );
  }
  if (!counted && !f.waived && f.severity === 'block') {
    parts.push('This model was already there before the change, so this finding does not block it.');
  }
  const line = Number.isInteger(f.line) && f.line > 0 ? f.line : 1;
  return {
    annotation: {
      path: f.path,
      start_line: line,
      end_line: line,
      annotation_level: level,
      title,
      message: clip(parts.join('\n\n'), MESSAGE_MAX),
    },
    rank,
  };
}

/**
 * Every finding of the report as an annotation, most important first (blocking findings of the change, then
 * warnings and existing findings, then waived ones; by path and line within each). Policy findings are included
 * when `isRepoFile` says their file is in the repository (a remote policy has no line to annotate).
 */
export function reportAnnotations(
  report: Report,
  isRepoFile: (path: string) => boolean = () => true,
): CheckAnnotation[] {
  const all: AnnotatedFinding[] = [];
  for (const m of report.models) for (const f of m.findings) if (f.path) all.push(findingAnnotation(f, m));
  for (const f of report.policy_findings) if (f.path && isRepoFile(f.path)) all.push(findingAnnotation(f, undefined));
  all.sort(
    (a, b) =>
      a.rank - b.rank ||
      (a.annotation.path < b.annotation.path ? -1 : a.annotation.path > b.annotation.path ? 1 : 0) ||
      a.annotation.start_line - b.annotation.start_line,
  );
  return all.map((a) => a.annotation);
}

/** Splits into requests of at most `size`. */
export function batches<T>(items: readonly T[], size = ANNOTATIONS_PER_REQUEST): T[][] {
  if (size < 1) throw new Error('batch size must be positive');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Keeps the first `cap` (the list is sorted by importance); says how many were left out. */
export function capAnnotations<T>(items: readonly T[], cap = ANNOTATION_CAP): { kept: T[]; omitted: number } {
  return { kept: items.slice(0, cap), omitted: Math.max(0, items.length - cap) };
}
