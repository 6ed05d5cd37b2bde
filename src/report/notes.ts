import type { Gated, ModelReport, Report } from '../core/types.js';

/**
 * What to say beside a model's license so that a reader sees how sure it is: the manifest's word alone, or a
 * catalog rule's guess rather than an entry. Undefined when the catalog's own entry or the Hub gave it.
 */
export function licenseNote(m: Pick<ModelReport, 'license' | 'license_source' | 'match' | 'kind'>): string | undefined {
  if (!m.license) return undefined;
  if (m.license_source === 'manifest') return 'declared, unverified';
  if (m.license_source === 'catalog' && m.match === 'family') return 'catalog family rule';
  if (m.license_source === 'catalog' && m.match === 'reupload') return 'catalog re-upload rule';
  if (!m.license_source && m.kind === 'local-file') return 'from the base model';
  return undefined;
}

/** The trusted publishers to state once in a report's header: when the policy sets them and a finding refers to them. */
export function trustedPublishersToState(report: Report): string[] | undefined {
  const list = report.trusted_publishers;
  if (!list) return undefined;
  const referred = report.models.some((m) => m.findings.some((f) => f.rule === 'provenance.untrusted-publisher'));
  return referred ? list : undefined;
}

/** How a gated repository approves access requests, in words, when the Hub said (`"auto"`, `"manual"`). */
function gatedHow(g: Gated): string | undefined {
  return g === 'auto' ? 'access approved automatically' : g === 'manual' ? 'access approved manually' : undefined;
}

/** A gated repository's label in a list of facts: `gated`, or `gated (access approved manually)`. */
export function gatedLabel(g: Gated): string {
  const how = gatedHow(g);
  return how ? `gated (${how})` : 'gated';
}

/** A gated status in words: `no`, `yes`, or `yes (access approved manually)`. */
export function gatedText(g: Gated): string {
  const how = gatedHow(g);
  return how ? `yes (${how})` : g ? 'yes' : 'no';
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/**
 * What the report's `not_analyzed` means and what to do, as one sentence (without its final stop):
 * `1,234 Go files (cmd/main.go, ...) were read for Hugging Face addresses only: ...`. `esc` makes each value safe
 * for the output (a terminal, Markdown).
 */
export function notAnalyzedSentence(report: Report, esc: (s: string) => string): string {
  const list = report.not_analyzed ?? [];
  const files = list.reduce((n, x) => n + x.files, 0);
  const each = list.map(
    (x) =>
      `${x.files.toLocaleString('en-US')} ${esc(x.language)} file${x.files === 1 ? '' : 's'} (${esc(x.path)}${x.files > 1 ? ', ...' : ''})`,
  );
  return `${each.join(', ')} ${files === 1 ? 'was' : 'were'} read for Hugging Face addresses only (no scanner reads ${list.length === 1 ? 'this language' : 'these languages'}): a model ${files === 1 ? 'it loads' : 'they load'} by name is not found; declare it in models.yaml, or add code that loads no model to scan.ignore`;
}
