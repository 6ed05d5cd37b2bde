/**
 * The inventory in GitHub Markdown: the job summary and the issue kept up to date. It fits a length budget
 * (an issue body holds 65,536 characters): when the tables do not fit, rows are dropped from the end (the least
 * severe, least used models) and a notice says how many and where the rest is.
 */
import { codeText, escapeText } from '../report/markdown.js';
import type { ModelStatus } from '../core/types.js';
import type { Inventory, InventoryModel, InventoryRepository } from './types.js';
import { STATUS_ORDER } from './types.js';

/** Leaves room under GitHub's 65,536 for the issue's hidden marker. */
export const INVENTORY_MARKDOWN_MAX = 65_000;

export interface InventoryMarkdownOptions {
  /** Maximum length in characters (UTF-16 code units); default 65,000. */
  maxLength?: number;
  /** Title; default "Model inventory". */
  title?: string;
  /** Where the complete inventory is (the run's page), named in the truncation notice. */
  fullUrl?: string;
}

const LABEL: Record<ModelStatus, string> = {
  blocked: '❌ blocked',
  waived: '🟡 waived',
  warning: '⚠️ warning',
  allowed: '✅ allowed',
};

const CELL = 120;

function cut(s: string, n = CELL): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function code(s: string): string {
  return codeText(cut(s));
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? word : many}`;
}

function statusCell(m: InventoryModel): string {
  const present = STATUS_ORDER.filter((s) => m.statuses[s] > 0);
  if (present.length <= 1) return LABEL[m.status];
  return `${LABEL[m.status]} (${present.map((s) => `${s} in ${m.statuses[s]}`).join(', ')})`;
}

function reposCell(m: InventoryModel): string {
  const shown = m.usages.slice(0, 3).map((u) => code(u.repository));
  const more = m.usages.length - shown.length;
  return `${m.repositories}: ${shown.join(', ')}${more > 0 ? ` +${more}` : ''}`;
}

function licenseCell(m: InventoryModel): string {
  if (!m.license) return 'unknown';
  const others = (m.licenses ?? []).filter((l) => l !== m.license);
  return `${code(m.license)}${
    others.length
      ? ` (also ${others
          .slice(0, 2)
          .map((l) => code(l))
          .join(', ')}${others.length > 2 ? ', …' : ''})`
      : ''
  }`;
}

function modelRow(m: InventoryModel): string {
  const revisions = m.revisions.length
    ? `${m.revisions
        .slice(0, 2)
        .map((r) => code(r.length > 12 && /^[0-9a-f]+$/i.test(r) ? r.slice(0, 12) : r))
        .join(', ')}${m.revisions.length > 2 ? ` +${m.revisions.length - 2}` : ''}`
    : 'none';
  return `| ${code(m.id)} | ${licenseCell(m)} | ${m.category} | ${statusCell(m)} | ${reposCell(m)} | ${m.declared_in}/${m.repositories} | ${revisions} |`;
}

function repoRow(r: InventoryRepository): string {
  const name = r.url && /^https?:\/\//.test(r.url) ? `[${code(r.name)}](${encodeURI(r.url)})` : code(r.name);
  const c = r.counts;
  return `| ${name} | ${r.verdict === 'fail' ? '❌ fail' : '✅ pass'} | ${r.models} | ${c.blocked} | ${c.waived} | ${c.warning} | ${c.allowed} |${r.not_scanned ? ` ${r.not_scanned}` : ' 0'} |`;
}

export function renderInventoryMarkdown(inv: Inventory, opts: InventoryMarkdownOptions = {}): string {
  const max = opts.maxLength ?? INVENTORY_MARKDOWN_MAX;
  const s = inv.summary;
  const head: string[] = [];
  head.push(`## ${escapeText(opts.title ?? 'Model inventory')}`, '');
  const policies = inv.policies.length
    ? `; ${inv.policies.length === 1 ? 'policy' : 'policies'} ${inv.policies
        .slice(0, 5)
        .map((p) => code(p))
        .join(', ')}${inv.policies.length > 5 ? ', …' : ''}`
    : '';
  head.push(
    `**${plural(s.models, 'model')}** in **${plural(s.repositories, 'repository', 'repositories')}** (${plural(s.usages, 'use')})${policies}. Generated ${inv.generated_at.slice(0, 16).replace('T', ' ')} UTC by model-gate ${escapeText(inv.tool.version)}.`,
    '',
  );
  if (inv.warnings.length) {
    head.push('> [!WARNING]');
    for (const w of inv.warnings.slice(0, 10)) head.push(`> - ${escapeText(cut(w, 400))}`);
    if (inv.warnings.length > 10)
      head.push(`> - … ${plural(inv.warnings.length - 10, 'more warning')} in the JSON inventory`);
    head.push('');
  }
  head.push('| Status | Models |', '| --- | ---: |');
  for (const st of STATUS_ORDER) head.push(`| ${LABEL[st]} | ${s.by_status[st]} |`);
  head.push('', '| License category | Models |', '| --- | ---: |');
  for (const [cat, n] of Object.entries(s.by_category)) if (n > 0) head.push(`| ${cat} | ${n} |`);
  head.push('');

  const modelsHead = [
    '### Models',
    '',
    '| Model | License | Category | Status | Repositories | Declared | Pinned revisions |',
    '| --- | --- | --- | --- | --- | ---: | --- |',
  ];
  const reposHead = [
    '',
    '### Repositories',
    '',
    '| Repository | Verdict | Models | Blocked | Waived | Warning | Allowed | Not scanned |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const missingLines = inv.missing.length
    ? [
        '',
        `### Not checked (${inv.missing.length})`,
        '',
        inv.missing
          .slice(0, 50)
          .map((n) => code(n))
          .join(', ') + (inv.missing.length > 50 ? `, … (${inv.missing.length - 50} more)` : ''),
        '',
      ]
    : [];

  const len = (lines: string[]) => lines.reduce((n, l) => n + l.length + 1, 0);
  const fixed = len(head) + len(modelsHead) + len(reposHead) + len(missingLines);
  const noteRoom = 400;
  const avail = max - fixed - noteRoom;
  // Rows are made only while they can fit (an organisation may have tens of thousands of models).
  const take = <T>(items: T[], row: (x: T) => string, budget: number): { rows: string[]; size: number } => {
    const rows: string[] = [];
    let size = 0;
    for (const item of items) {
      const r = row(item);
      if (size + r.length + 1 > budget) break;
      rows.push(r);
      size += r.length + 1;
    }
    return { rows, size };
  };
  let models = take(inv.models, modelRow, max - fixed);
  let repos = take(inv.repositories, repoRow, max - fixed);
  let note = '';
  if (
    models.rows.length < inv.models.length ||
    repos.rows.length < inv.repositories.length ||
    models.size + repos.size > max - fixed
  ) {
    // Repositories get up to 30% of the room, models the rest (and what the repositories leave).
    const repoShare = Math.min(repos.size, Math.floor(avail * 0.3));
    models = take(inv.models, modelRow, avail - repoShare);
    repos = take(inv.repositories, repoRow, avail - models.size);
    const parts: string[] = [];
    if (models.rows.length < inv.models.length)
      parts.push(`${plural(inv.models.length - models.rows.length, 'model')} (the least severe, least used)`);
    if (repos.rows.length < inv.repositories.length)
      parts.push(plural(inv.repositories.length - repos.rows.length, 'repository', 'repositories'));
    const where = opts.fullUrl
      ? `[the complete inventory](${encodeURI(opts.fullUrl)})`
      : 'the complete inventory (HTML, CSV and JSON)';
    note = `> [!NOTE]\n> Cut to fit: ${parts.join(' and ')} not shown here; see ${where}.`;
  }
  const out = [
    ...head,
    ...modelsHead,
    ...(models.rows.length ? models.rows : ['| (no model found) | | | | | | |']),
    ...reposHead,
    ...(repos.rows.length ? repos.rows : ['| (no repository) | | | | | | | |']),
    ...missingLines,
  ];
  if (note) out.push('', note);
  let text = out.join('\n') + '\n';
  if (text.length > max) text = text.slice(0, Math.max(0, max - 2)).replace(/\n[^\n]*$/, '') + '\n…\n';
  return text;
}
