import type { Finding, ModelReport, Report } from '../core/types.js';
import { neutraliseWorkflowCommands, sanitizeLine } from '../core/sanitize.js';
import { gatedLabel, licenseNote, notAnalyzedSentence, plural, trustedPublishersToState } from './notes.js';

/** Most mentions and hosted services named in the text report (the rest are counted). */
const LISTED = 5;

export interface TextOptions {
  /** ANSI colours (only on a TTY, and not with NO_COLOR). */
  color?: boolean;
}

const STATUS_LABEL: Record<ModelReport['status'], string> = {
  blocked: 'BLOCKED',
  waived: 'waived',
  warning: 'warning',
  allowed: 'allowed',
};

/** Hostile text on one line: no escape sequences or control characters (they cannot drive the terminal), no credentials. */
function clean(s: string): string {
  return sanitizeLine(s);
}

/**
 * clean() for text that repeats across findings (paths, rule ids, help): each distinct string sanitised once per
 * report, not once per finding (a report of 10,000 models has 40,000 findings and a few dozen such strings).
 */
function cleanOnce(): (s: string) => string {
  const memo = new Map<string, string>();
  return (s) => {
    let r = memo.get(s);
    if (r === undefined) {
      r = clean(s);
      if (memo.size < 10_000) memo.set(s, r);
    }
    return r;
  };
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function trunc(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, Math.max(1, n - 1)) + '…';
}

/**
 * A location cut to `n` characters from the left: the file name and the line are what a reader follows
 * (`…/train_lora/deepseek_v3_lora_sft_kt.yaml:2`, never `examples/ktransformers/train_lora/deeps…`, nor
 * `constants.py:34…` for line 345).
 */
function truncStart(s: string, n: number): string {
  return s.length <= n ? s : '…' + s.slice(s.length - Math.max(1, n - 1));
}

/** A report readable in a terminal: a table of models, then a line per finding with file:line, rule and what to do. */
export function renderText(report: Report, opts: TextOptions = {}): string {
  const c = (code: string) => (s: string) => (opts.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const red = c('31');
  const yellow = c('33');
  const green = c('32');
  const dim = c('2');
  const bold = c('1');
  const repeated = cleanOnce();
  const paint = (st: ModelReport['status'], s: string) =>
    st === 'blocked' ? red(s) : st === 'warning' ? yellow(s) : st === 'waived' ? c('36')(s) : green(s);
  const out: string[] = [];
  out.push(
    `${bold('model-gate')} · policy ${clean(report.policy)}${report.base ? ` · compared with ${clean(report.base)}` : ''}`,
  );
  const trusted = trustedPublishersToState(report);
  if (trusted) out.push(dim(`trusted publishers: ${trusted.map(clean).join(', ')}`));
  out.push('');
  if (!report.models.length) {
    const listed = (report.mentions?.length ?? 0) + (report.hosted?.length ?? 0);
    out.push(
      `No models found: no manifest entries and no model loaded in the code${report.not_analyzed?.length ? ' it analyses (see “Not analyzed” below)' : ''}${listed ? ' (mentions and hosted services are listed below)' : ''}.`,
    );
  } else {
    const rows = report.models.map((m) => ({
      m,
      status: STATUS_LABEL[m.status] + (m.new ? '' : ' (existing)'),
      id: clean(m.id),
      license: clean(m.license ?? 'unknown') + (licenseNote(m) ? ` (${licenseNote(m)})` : ''),
      where: m.locations[0] ? `${clean(m.locations[0].path)}:${m.locations[0].line}` : '',
    }));
    const w1 = Math.max(6, ...rows.map((r) => r.status.length));
    const w3 = Math.min(44, Math.max(7, ...rows.map((r) => r.license.length)));
    const w4 = Math.min(40, Math.max(5, ...rows.map((r) => r.where.length)));
    // Model ids are never cut: a user copies them into the manifest or an exception.
    const w2 = Math.max(5, ...rows.map((r) => r.id.length));
    out.push(dim(`${pad('STATUS', w1)}  ${pad('MODEL', w2)}  ${pad('LICENSE', w3)}  WHERE`));
    for (const r of rows) {
      out.push(
        `${paint(r.m.status, pad(r.status, w1))}  ${pad(r.id, w2)}  ${pad(trunc(r.license, w3), w3)}  ${truncStart(r.where, w4)}`,
      );
    }
  }
  const withFindings = report.models.filter((m) => m.findings.length);
  for (const m of withFindings) {
    out.push('');
    out.push(
      `${paint(m.status, STATUS_LABEL[m.status])} ${bold(clean(m.id))}${m.new ? '' : dim(' (existing: not counted against this change)')}`,
    );
    const facts = [
      m.publisher ? `publisher ${clean(m.publisher)}` : '',
      m.gated ? gatedLabel(m.gated) : '',
      m.commit ? `commit ${clean(m.commit.slice(0, 12))}` : '',
      m.last_modified ? `last changed ${clean(m.last_modified.slice(0, 10))}` : '',
      m.lineage && m.lineage.length > 1 ? `lineage ${m.lineage.map((s) => clean(s.id)).join(' → ')}` : '',
    ].filter(Boolean);
    if (facts.length) out.push(`  ${dim(facts.join(' · '))}`);
    for (const f of m.findings) out.push(...findingLines(f, { red, yellow, dim, repeated }));
    if (m.status === 'blocked' && m.alternatives?.length)
      out.push(`    ${dim('allowed alternatives:')} ${m.alternatives.map(clean).join(', ')}`);
  }
  if (report.policy_findings.length) {
    out.push('');
    out.push(bold('Policy'));
    for (const f of report.policy_findings) out.push(...findingLines(f, { red, yellow, dim, repeated }));
  }
  if (report.hosted?.length) {
    out.push('');
    out.push(bold(`Hosted services (${report.hosted.length}): APIs, not weights; no license is evaluated`));
    if (report.hosted.some((h) => h.license))
      out.push(
        dim(
          "  (an open-weight model's license binds its users on a service too: its terms are shown, not evaluated; declare the model in models.yaml to evaluate them)",
        ),
      );
    for (const h of report.hosted.slice(0, LISTED)) {
      const first = h.locations[0];
      const more = h.locations.length > 1 ? ` +${h.locations.length - 1}` : '';
      const weights = h.license ? `  open weights ${clean(h.model ?? '')} · ${clean(h.license)}` : '';
      out.push(
        `  ${clean(h.id)}${h.provider ? ` (${clean(h.provider)})` : ''}${weights}${first ? `  ${dim(`${clean(first.path)}:${first.line}${more}`)}` : ''}`,
      );
    }
    if (report.hosted.length > LISTED)
      out.push(dim(`  and ${report.hosted.length - LISTED} more (see the JSON report)`));
  }
  const mentions = report.mentions ?? [];
  if (mentions.length || report.mentions_total) {
    const total = report.mentions_total ?? mentions.length;
    const models = new Set(mentions.map((x) => x.id.toLowerCase())).size;
    out.push('');
    out.push(
      dim(
        `Mentions (${plural(total, 'place')}, ${plural(models, 'model')}${report.mentions_total ? ' among those listed' : ''}): named in documentation or tests, not evaluated (scan.mentions)`,
      ),
    );
    const shown = Math.min(LISTED, mentions.length);
    for (const x of mentions.slice(0, shown)) out.push(dim(`  ${clean(x.path)}:${x.line}  ${clean(x.id)}`));
    // (mentions the cap on references left out are counted, not listed: the JSON report lists what it holds)
    if (total > shown)
      out.push(
        dim(`  and ${total - shown} more${mentions.length > shown ? ' (see the JSON report)' : ' (not listed)'}`),
      );
  }
  if (report.not_scanned?.length) {
    out.push('');
    const list = report.not_scanned.slice(0, 5).map((x) => `${clean(x.path)} (${clean(x.reason)})`);
    const more = report.not_scanned.length > 5 ? `, and ${report.not_scanned.length - 5} more` : '';
    const n = report.not_scanned.length;
    out.push(dim(`Not scanned: ${n} file${n === 1 ? '' : 's'}: ${list.join(', ')}${more}.`));
  }
  if (report.not_analyzed?.length) {
    out.push('');
    out.push(yellow(`Not analyzed: ${notAnalyzedSentence(report, clean)}.`));
  }
  out.push('');
  const s = report.summary;
  const counts = [
    `${s.models} model${s.models === 1 ? '' : 's'}`,
    s.blocked ? red(`${s.blocked} blocked`) : '0 blocked',
    s.waived ? `${s.waived} waived` : '',
    s.warning ? yellow(`${s.warning} with warnings`) : '',
    `${s.allowed} allowed`,
    s.existing ? dim(`${s.existing} existing`) : '',
  ].filter(Boolean);
  out.push(`${report.verdict === 'fail' ? red(bold('FAIL')) : green(bold('PASS'))}  ${counts.join(', ')}`);
  if (report.verdict === 'fail') {
    out.push(
      dim(
        'Fix the blocked models above, or ask the policy owners for an exception (`model-gate explain MODEL` shows why).',
      ),
    );
  }
  // Run in a workflow, the report goes to the Actions log: no line of it may start a workflow command.
  return neutraliseWorkflowCommands(out.join('\n')) + '\n';
}

function findingLines(
  f: Finding,
  c: {
    red: (s: string) => string;
    yellow: (s: string) => string;
    dim: (s: string) => string;
    repeated: (s: string) => string;
  },
): string[] {
  const mark = f.waived ? c.dim('waived') : f.severity === 'block' ? c.red('block ') : c.yellow('warn  ');
  const lines = [
    `  ${c.repeated(f.path)}:${f.line}${f.column ? `:${f.column}` : ''}  ${mark}  ${c.repeated(f.rule)}  ${clean(f.message)}`,
  ];
  if (f.waived && f.exception)
    lines.push(
      `    ${c.dim(`waived until ${clean(f.exception.expires)}: ${clean(f.exception.reason)} (${clean(f.exception.path)}:${f.exception.line})`)}`,
    );
  else if (f.help) lines.push(`    ${c.dim('→')} ${c.repeated(f.help)}`);
  return lines;
}
