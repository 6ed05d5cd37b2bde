/**
 * The inventory as CSV (RFC 4180): one row per model and repository that uses it. Fields with a comma, quote or
 * line break are quoted (quotes doubled), lines end in CRLF, and a cell that a spreadsheet would read as a
 * formula (starting with `=`, `+`, `-`, `@`, or a tab or carriage return) is prefixed with `'`.
 */
import { blobUrl } from './merge.js';
import type { Inventory, InventoryRepository } from './types.js';

export const CSV_COLUMNS = [
  'model',
  'license',
  'category',
  'status',
  'model_status',
  'repository',
  'declared',
  'revision',
  'rules',
  'locations',
  'url',
  'purpose',
] as const;

/** One cell: formula-looking text neutralised, then quoted when it must be. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (!NEEDS_CARE.test(s)) return s;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const NEEDS_CARE = /^[=+\-@\t\r]|[",\r\n]/;

export function renderInventoryCsv(inv: Inventory): string {
  const lines: string[] = [CSV_COLUMNS.join(',')];
  const repos = new Map<string, InventoryRepository>(inv.repositories.map((r) => [r.name.toLowerCase(), r]));
  for (const m of inv.models) {
    for (const u of m.usages) {
      const repo = repos.get(u.repository.toLowerCase());
      const first = u.locations[0];
      const locations =
        u.locations.map((l) => `${l.path}:${l.line}`).join('; ') +
        (u.locations_omitted ? `; +${u.locations_omitted} more` : '');
      lines.push(
        [
          m.id,
          u.license ?? m.license ?? 'unknown',
          m.category,
          u.status,
          m.status,
          u.repository,
          u.declared ? 'yes' : 'no',
          u.revision,
          u.rules.join(' '),
          locations,
          first ? blobUrl(repo?.url, repo?.commit, first.path, first.line) : undefined,
          u.purpose,
        ]
          .map(csvCell)
          .join(','),
      );
    }
  }
  return lines.join('\r\n') + '\r\n';
}
