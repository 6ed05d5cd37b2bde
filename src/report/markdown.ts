/**
 * The Markdown report: the pull request comment, the job summary, the check run's text and the CLI's
 * `--format markdown` output.
 *
 * Everything that comes from outside model-gate (model ids, purposes, paths, messages that quote them, policy
 * names) goes through `escapeText`: no raw HTML, no links or images, no @-mentions or #-references that notify
 * anyone, no broken tables, no line breaks.
 */
import { addDays } from '../core/dates.js';
import type { Finding, ModelReport, ModelStatus, Policy, Report } from '../core/types.js';
import { licenseNote, trustedPublishersToState } from './notes.js';

export interface MarkdownOptions {
  /** A hidden marker written on the first line (e.g. `<!-- model-gate:model-gate -->`), to find the comment again. */
  marker?: string;
  /** Maximum length of the result in characters (UTF-16 code units); default 65,535 (a GitHub comment). */
  maxLength?: number;
  /** Address of the full report (the job summary), linked at the end and from the truncation notice. */
  summaryUrl?: string;
  /** Today, for the expiry date of suggested exceptions; default now. */
  today?: Date;
  /** Title of the report; default `model-gate` (the action passes its check name). */
  title?: string;
  /** Days until a suggested exception expires; default 90. */
  exceptionDays?: number;
}

export const DEFAULT_MAX_LENGTH = 65_535;
const CELL_MAX = 300;
const MESSAGE_MAX = 1_500;
/** Most mentions and hosted services listed in the collapsed sections (the rest are counted). */
const LIST_MAX = 50;

// ---------------------------------------------------------------------------------------------------------------
// Escaping

const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g;
const BREAKS = /[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g;

/**
 * Escapes untrusted text for inline use anywhere in GitHub Markdown, table cells included: the result renders as
 * the same text, on one line, and cannot create HTML, links, images, emphasis, mentions or issue references.
 */
export function escapeText(text: string): string {
  return (
    String(text)
      .replace(BIDI, '')
      .replace(BREAKS, ' ')
      // @user, @org/team, user@example.com: a zero-width joiner after the @ stops mentions and mail links.
      .replace(/@(?=[\p{L}\p{N}_-])/gu, '@\u200d')
      // #123, owner/repo#123: no cross-references.
      .replace(/#(?=\d)/g, '#\u200d')
      // Markdown punctuation that could start emphasis, code, links, images, strikethrough or math.
      .replace(/[\\`*_[\]~$]/g, (c) => `\\${c}`)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/\|/g, '&#124;')
  );
}

/** Untrusted text shown as code (`<code>` with escaped content, so it is safe in tables and prose alike). */
export function codeText(text: string): string {
  return `<code>${escapeText(text)}</code>`;
}

/**
 * Escaped like `escapeText`, except that `code spans` of the text (messages and help of the rules use them) are
 * shown as code.
 */
export function richText(text: string): string {
  return String(text)
    .split(/(`[^`\n]+`)/)
    .map((part) =>
      part.length > 2 && part.startsWith('`') && part.endsWith('`')
        ? codeText(part.slice(1, -1))
        : escapeText(part),
    )
    .join('');
}

/** Shortens text to `max` characters (before escaping), with an ellipsis. */
export function clip(text: string, max: number): string {
  const s = String(text);
  if (s.length <= max) return s;
  return `${s.slice(0, Math.max(0, max - 1))}…`;
}

/** A string as a YAML double-quoted scalar that is also inert in Markdown and HTML. */
export function yamlString(text: string): string {
  return JSON.stringify(String(text))
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/`/g, '\\u0060')
    .replace(/@/g, '\\u0040')
    .replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/** Only http(s) addresses, with characters that could end the Markdown link escaped. */
function safeUrl(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\/[^\s]+$/i.test(url)) return undefined;
  return url.replace(
    /[()<>[\]"'`|\\]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Pieces

const STATUS_LABEL: Record<ModelStatus, string> = {
  blocked: '❌ blocked',
  waived: '🟡 waived',
  warning: '⚠️ warning',
  allowed: '✅ allowed',
};

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

function activeBlocking(m: ModelReport): Finding[] {
  return m.findings.filter((f) => f.severity === 'block' && !f.waived);
}

function activeWarnings(m: ModelReport): Finding[] {
  return m.findings.filter((f) => f.severity === 'warn' && !f.waived);
}

/** The reason for a model's status, in plain words (raw text, not escaped). */
export function modelReason(m: ModelReport): string {
  const more = (list: Finding[]) => (list.length > 1 ? ` (+${list.length - 1} more)` : '');
  switch (m.status) {
    case 'blocked': {
      const list = activeBlocking(m);
      return list.length ? `${list[0].message}${more(list)}` : 'blocked by the policy';
    }
    case 'warning': {
      const list = activeWarnings(m);
      return list.length ? `${list[0].message}${more(list)}` : 'warnings';
    }
    case 'waived': {
      const w = m.findings.find((f) => f.waived && f.exception);
      const warn = activeWarnings(m);
      const base = w?.exception
        ? `waived by an exception: ${w.exception.reason} (expires ${w.exception.expires})`
        : 'waived by an exception';
      return warn.length ? `${base}; ${plural(warn.length, 'warning')}` : base;
    }
    default:
      return 'meets the policy';
  }
}

function where(m: ModelReport): string {
  const first = m.locations[0];
  if (!first) return '';
  const extra = m.locations.length > 1 ? ` +${m.locations.length - 1}` : '';
  return `${codeText(clip(`${first.path}:${first.line}`, 120))}${extra}`;
}

function modelTable(models: ModelReport[]): string[] {
  const lines = ['| Status | Model | License | Reason | Where |', '| --- | --- | --- | --- | --- |'];
  for (const m of models) {
    lines.push(
      `| ${STATUS_LABEL[m.status] ?? escapeText(String(m.status))} | ${codeText(clip(m.id, 200))}${
        m.purpose ? `<br><sub>${escapeText(clip(m.purpose, 100))}</sub>` : ''
      } | ${
        m.license ? codeText(clip(m.license, 80)) : 'unknown'
      }${licenseNote(m) ? `<br><sub>${licenseNote(m)}</sub>` : ''} | ${richText(clip(modelReason(m), CELL_MAX))} | ${where(m)} |`,
    );
  }
  return lines;
}

function findingLine(f: Finding): string[] {
  const at = f.path ? ` at ${codeText(clip(`${f.path}:${f.line}`, 200))}` : '';
  const out = [`- ${codeText(f.rule)}${at}: ${richText(clip(f.message, MESSAGE_MAX))}`];
  if (f.help) out.push(`  - **Fix:** ${richText(clip(f.help, MESSAGE_MAX))}`);
  return out;
}

/** The "what to do" block of a blocked model. */
function fixSection(m: ModelReport, policy: string, expires: string, days: number): string[] {
  const blocking = activeBlocking(m);
  const out = [`#### ❌ ${codeText(clip(m.id, 200))}`, ''];
  for (const f of blocking) out.push(...findingLine(f));
  out.push('');
  let option = 1;
  if (m.alternatives && m.alternatives.length > 0) {
    const alts = m.alternatives.slice(0, 8).map((a) => codeText(clip(a, 200)));
    out.push(`**Option ${option++}: use an allowed alternative:** ${alts.join(', ')}`, '');
  }
  const rules = [...new Set(blocking.map((f) => f.rule))];
  const where =
    policy === 'default'
      ? 'Add this to your own policy (a file with <code>extends: [default]</code>, passed as the <code>policy</code>)'
      : `Add this to the policy ${codeText(clip(policy, 200))}`;
  out.push(
    `**Option ${option}: request an exception.** ${where}, with the reason and an approver, and have it reviewed (it expires in ${days} days):`,
    '',
    '```yaml',
    'exceptions:',
    `  - models: [${yamlString(m.id)}]`,
    `    rules: [${rules.map((r) => yamlString(r)).join(', ')}]`,
    '    reason: "REPLACE: why this model is needed, and the ticket"',
    `    expires: ${expires}`,
    '```',
    '',
  );
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// The report

/** Days a suggested exception runs: 90, or less when the policy's governance.exception_max_days says so. */
export function exceptionDaysFor(policy: Pick<Policy, 'governance'>): number {
  return Math.max(1, Math.min(90, policy.governance.exception_max_days ?? 90));
}

/** Renders a report as GitHub-flavoured Markdown, at most `maxLength` characters. */
export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const maxLength = opts.maxLength ?? DEFAULT_MAX_LENGTH;
  const title = escapeText(clip(opts.title ?? 'model-gate', 100));
  const days = opts.exceptionDays ?? 90;
  const expires = addDays(opts.today ?? new Date(), days);
  const summaryUrl = safeUrl(opts.summaryUrl);
  const compared = report.base !== undefined;

  const changed = report.models.filter((m) => m.new);
  const existing = report.models.filter((m) => !m.new && m.findings.length > 0);
  const quietExisting = report.models.filter((m) => !m.new && m.findings.length === 0).length;
  const count = (s: ModelStatus) => changed.filter((m) => m.status === s).length;
  const blocked = count('blocked');
  const warnings = count('warning');
  const waived = count('waived');

  const lines: string[] = [];
  if (opts.marker) lines.push(opts.marker);
  if (report.verdict === 'fail') {
    lines.push(`## ❌ ${title}: ${plural(blocked, 'model')} blocked`);
  } else if (warnings > 0 || waived > 0) {
    const parts = [warnings ? plural(warnings, 'warning') : '', waived ? `${waived} waived` : ''].filter(
      Boolean,
    );
    lines.push(`## ✅ ${title}: passed (${parts.join(', ')})`);
  } else {
    lines.push(`## ✅ ${title}: all clear`);
  }
  lines.push('');

  const scope = compared
    ? `${plural(changed.length, 'model')} added or changed${
        report.base ? ` (compared with ${codeText(clip(report.base, 80))})` : ''
      }`
    : `${plural(changed.length, 'model')} checked`;
  const tally = [
    blocked ? `${blocked} blocked` : '',
    warnings ? plural(warnings, 'warning') : '',
    waived ? `${waived} waived` : '',
    count('allowed') ? `${count('allowed')} allowed` : '',
  ].filter(Boolean);
  lines.push(
    `Policy ${codeText(clip(report.policy, 200))} · ${scope}${tally.length ? ` · ${tally.join(' · ')}` : ''}`,
    '',
  );
  const trusted = trustedPublishersToState(report);
  if (trusted) {
    const shown = trusted.slice(0, 100).map((p) => codeText(clip(p, 100)));
    lines.push(`<sub>Trusted publishers: ${shown.join(', ')}${trusted.length > shown.length ? `, and ${trusted.length - shown.length} more` : ''}</sub>`, '');
  }

  if (report.verdict === 'fail') {
    lines.push(
      compared
        ? 'This change adds or alters models that the policy blocks. Each is listed below with what to do.'
        : 'The repository uses models that the policy blocks. Each is listed below with what to do.',
      '',
    );
  } else if (changed.length === 0 && compared) {
    lines.push('This change adds or alters no models.', '');
  }

  if (changed.length > 0) {
    lines.push(`### ${compared ? 'Models added or changed' : 'Models'}`, '', ...modelTable(changed), '');
  }

  const toFix = changed.filter((m) => m.status === 'blocked');
  if (toFix.length > 0) {
    lines.push('### How to fix', '');
    for (const m of toFix) lines.push(...fixSection(m, report.policy, expires, days));
  }

  const warned = changed.filter((m) => activeWarnings(m).length > 0);
  if (warned.length > 0) {
    lines.push('<details><summary>Warnings (do not block)</summary>', '');
    for (const m of warned) {
      lines.push(`**${codeText(clip(m.id, 200))}**`, '');
      for (const f of activeWarnings(m)) lines.push(...findingLine(f));
      lines.push('');
    }
    lines.push('</details>', '');
  }

  const policyFindings = report.policy_findings.filter((f) => !f.waived);
  if (policyFindings.length > 0) {
    lines.push('### Policy', '');
    for (const f of policyFindings) lines.push(...findingLine(f));
    lines.push('');
  }

  if (existing.length > 0) {
    lines.push(
      `<details><summary>Existing findings: ${plural(existing.length, 'model')} not touched by this change (not counted)</summary>`,
      '',
      ...modelTable(existing),
      '',
    );
    if (quietExisting > 0)
      lines.push(`${plural(quietExisting, 'other existing model')} without findings.`, '');
    lines.push('</details>', '');
  }

  lines.push(...hostedSection(report), ...mentionsSection(report));

  if (summaryUrl) lines.push(`<sub>Full report in the [job summary](${summaryUrl}).</sub>`, '');

  return truncate(lines, maxLength, summaryUrl);
}

/** Hosted services, collapsed: listed, not evaluated. */
function hostedSection(report: Report): string[] {
  const hosted = report.hosted ?? [];
  if (!hosted.length) return [];
  const lines = [
    `<details><summary>Hosted services: ${plural(hosted.length, 'model')} of hosted APIs (not weights; no license evaluated)</summary>`,
    '',
    '| Model | Provider | Where |',
    '| --- | --- | --- |',
  ];
  for (const h of hosted.slice(0, LIST_MAX)) {
    const first = h.locations[0];
    const where = first ? `${codeText(clip(`${first.path}:${first.line}`, 120))}${h.locations.length > 1 ? ` +${h.locations.length - 1}` : ''}` : '';
    lines.push(`| ${codeText(clip(h.id, 200))} | ${h.provider ? escapeText(clip(h.provider, 60)) : ''} | ${where} |`);
  }
  if (hosted.length > LIST_MAX) lines.push('', `and ${hosted.length - LIST_MAX} more.`);
  lines.push('', '</details>', '');
  return lines;
}

/** Models named in documentation and tests, collapsed: they never change the verdict. */
function mentionsSection(report: Report): string[] {
  const mentions = report.mentions ?? [];
  if (!mentions.length) return [];
  const total = report.mentions_total ?? mentions.length;
  const lines = [
    `<details><summary>Mentions: ${plural(total, 'place')} in documentation and tests name models (not evaluated)</summary>`,
    '',
  ];
  for (const x of mentions.slice(0, LIST_MAX)) lines.push(`- ${codeText(clip(`${x.path}:${x.line}`, 200))} ${codeText(clip(x.id, 200))}`);
  if (total > LIST_MAX) lines.push('', `and ${total - LIST_MAX} more (the JSON report lists them).`);
  lines.push('', '</details>', '');
  return lines;
}

/**
 * Joins lines, cutting at a line boundary when the text is too long: closes an open code fence and open
 * `<details>`, and ends with a pointer to the full report.
 */
function truncate(lines: string[], maxLength: number, summaryUrl: string | undefined): string {
  const full = lines.join('\n').trimEnd() + '\n';
  if (full.length <= maxLength) return full;
  const notice = `\n_… the report was cut to fit here; ${
    summaryUrl
      ? `see the full report in the [job summary](${summaryUrl})`
      : 'see the full report in the job summary'
  }._\n`;
  const closers = '\n```\n\n</details>\n</details>\n';
  const budget = maxLength - notice.length - closers.length;
  const kept: string[] = [];
  let used = 0;
  let inFence = false;
  let openDetails = 0;
  for (const line of lines) {
    const cost = line.length + 1;
    if (used + cost > budget) break;
    kept.push(line);
    used += cost;
    if (line.startsWith('```')) inFence = !inFence;
    if (line.startsWith('<details>')) openDetails++;
    if (line.startsWith('</details>')) openDetails--;
  }
  if (kept.length === 0 && budget > 0) kept.push(lines[0].slice(0, budget));
  const tail: string[] = [];
  if (inFence) tail.push('```');
  for (let i = 0; i < openDetails; i++) tail.push('', '</details>');
  const out = [...kept, ...tail].join('\n') + '\n' + notice;
  return out.length <= maxLength ? out : out.slice(0, maxLength);
}
