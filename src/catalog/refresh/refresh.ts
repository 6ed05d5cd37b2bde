/**
 * The catalog refresh (`npm run catalog:refresh`): asks the Hub about every catalog model and about the most
 * downloaded models, and reports what changed for a maintainer to review:
 * - licenses that changed (the catalog entry's license against the card's),
 * - repositories that became gated (or stopped being gated), and repositories that disappeared,
 * - family rules that a card contradicts,
 * - popular checkpoints of known families (publishers the catalog has rules for) that no entry or rule covers.
 * With `write`, license and gating changes of entries without an `unconfirmed` note are applied to the YAML in
 * place (the rest needs a human); the report says which. Output is sorted and carries no clock: the same Hub
 * answers give the same report and the same edits.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Catalog, normId } from '../catalog.js';
import { readCatalogData } from '../read.js';
import type { CatalogModel } from '../../core/types.js';
import type { HubSummary, RefreshHub } from './hub-api.js';

export interface RefreshOptions {
  /** The catalog's data directory (src/catalog/data). */
  dataDir: string;
  hub: RefreshHub;
  /** Models per page of the download ranking (default 100). */
  limit?: number;
  /** Pages of the ranking to read (default 10). */
  pages?: number;
  /** Hub requests at once (default 8). */
  concurrency?: number;
  /** Apply the license and gating changes to the YAML files. */
  write?: boolean;
}

export interface Edit {
  file: string;
  id: string;
  field: 'license' | 'gated';
  from: string;
  to: string;
}

export interface RefreshResult {
  checked: number;
  changedLicenses: Array<{ id: string; file: string; catalog: string; hub: string; applied: boolean; why?: string }>;
  gating: Array<{ id: string; file: string; catalog: boolean; hub: string; applied: boolean; why?: string }>;
  missing: Array<{ id: string; file: string }>;
  unmapped: Array<{ id: string; label: string }>;
  failed: Array<{ id: string; message: string }>;
  familyDisagrees: Array<{ id: string; rule: string; catalog: string; hub: string }>;
  uncovered: Array<{ id: string; kind: 'family' | 'reupload'; license?: string; downloads?: number }>;
  unknownPopular: Array<{ id: string; license?: string; downloads?: number }>;
  edits: Edit[];
  report: string;
}

/** Most rows of the "popular but unknown" list shown in the report. */
const MAX_UNKNOWN_SHOWN = 50;
/** Most rows of any other list shown (a pull request body holds at most 65,536 characters). */
const MAX_ROWS = 150;

function capped<T>(rows: T[]): { shown: T[]; note: string[] } {
  return rows.length > MAX_ROWS
    ? { shown: rows.slice(0, MAX_ROWS), note: [`(${rows.length - MAX_ROWS} more not shown)`, ''] }
    : { shown: rows, note: [] };
}

/** The card's license as a catalog id, else its raw label. */
function label(s: HubSummary, catalog: Catalog): { id?: string; raw?: string } {
  const l = s.license?.trim();
  const name = s.licenseName?.trim();
  if (!l && !name) return {};
  if (l && l.toLowerCase() !== 'other') {
    const id = catalog.license(l)?.id;
    if (id && id !== 'other') return { id };
  }
  if (name) {
    const id = catalog.license(name)?.id;
    if (id) return { id };
  }
  return { raw: [l, name].filter(Boolean).join(' / ') };
}

async function pool<T, R>(items: T[], n: number, f: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await f(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(n, items.length)) }, worker));
  return out;
}

/** Which models/*.yml file declares each model id. */
function entryFiles(dataDir: string): Map<string, string> {
  const map = new Map<string, string>();
  const dir = join(dataDir, 'models');
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith('.yml'))
    .sort()) {
    for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/^ {2}- id: (\S+)\s*$/gm))
      map.set(normId(m[1]), `models/${f}`);
  }
  return map;
}

/** Set `field:` of the entry `id` in a model file's text (the entry's own line at four spaces of indent). */
export function editEntry(text: string, id: string, field: 'license' | 'gated', value: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trimEnd() === `  - id: ${id}`);
  if (start < 0) throw new Error(`entry ${id} not found`);
  for (let i = start + 1; i < lines.length && !lines[i].startsWith('  - '); i++) {
    if (lines[i].startsWith(`    ${field}: `)) {
      lines[i] = `    ${field}: ${value}`;
      return lines.join('\n');
    }
  }
  throw new Error(`entry ${id} has no ${field}`);
}

export async function refreshCatalog(opts: RefreshOptions): Promise<RefreshResult> {
  const data = readCatalogData(opts.dataDir);
  const catalog = new Catalog(data.licenses, data.models, data.rules);
  const files = entryFiles(opts.dataDir);
  const models = [...data.models].sort((a, b) => a.id.localeCompare(b.id));
  const r: RefreshResult = {
    checked: models.length,
    changedLicenses: [],
    gating: [],
    missing: [],
    unmapped: [],
    failed: [],
    familyDisagrees: [],
    uncovered: [],
    unknownPopular: [],
    edits: [],
    report: '',
  };

  const answers = await pool(models, opts.concurrency ?? 8, (m) => opts.hub.model(m.id));
  models.forEach((m: CatalogModel, i) => {
    const a = answers[i];
    const file = files.get(normId(m.id)) ?? 'models/?';
    if (!a.ok) {
      if (a.status === 404) r.missing.push({ id: m.id, file });
      else r.failed.push({ id: m.id, message: a.message });
      return;
    }
    const l = label(a.model, catalog);
    if (l.raw) r.unmapped.push({ id: m.id, label: l.raw });
    const why = m.unconfirmed ? `the entry is marked unconfirmed: ${m.unconfirmed}` : undefined;
    if (l.id && l.id !== m.license) {
      r.changedLicenses.push({ id: m.id, file, catalog: m.license, hub: l.id, applied: !why, why });
      if (!why) r.edits.push({ file, id: m.id, field: 'license', from: m.license, to: l.id });
    }
    const gated = a.model.gated;
    if (gated !== undefined) {
      const hubGated = gated !== false && gated !== 'false';
      if (m.gated !== undefined && hubGated !== m.gated) {
        r.gating.push({ id: m.id, file, catalog: m.gated, hub: String(gated), applied: !why, why });
        if (!why) r.edits.push({ file, id: m.id, field: 'gated', from: String(m.gated), to: String(hubGated) });
      }
    }
  });
  if (models.length && r.failed.length === models.length) {
    throw new Error(`the Hub answered no catalog model (${r.failed[0].message}); nothing was checked`);
  }

  const familyPublishers = new Set((data.rules.families ?? []).map((f) => normId(f.publisher)));
  const reuploaders = new Set((data.rules.reuploads?.reuploads ?? []).map((x) => normId(x.publisher)));
  const known = new Set(data.models.flatMap((m) => [m.id, ...(m.aliases ?? [])]).map(normId));
  const seen = new Set<string>();
  const top = await opts.hub.top(opts.limit ?? 100, opts.pages ?? 10);
  for (const s of top) {
    const key = normId(s.id);
    if (seen.has(key) || known.has(key)) continue;
    seen.add(key);
    const hit = catalog.lookup(s.id);
    const l = label(s, catalog);
    const lic = l.id ?? l.raw;
    if (hit?.match === 'family' && l.id && l.id !== hit.model.license) {
      r.familyDisagrees.push({ id: s.id, rule: hit.rule?.id ?? '?', catalog: hit.model.license, hub: l.id });
    }
    if (hit) continue;
    const publisher = normId(s.id.split('/')[0] ?? '');
    const row = {
      id: s.id,
      ...(lic ? { license: lic } : {}),
      ...(s.downloads !== undefined ? { downloads: s.downloads } : {}),
    };
    if (familyPublishers.has(publisher)) r.uncovered.push({ ...row, kind: 'family' });
    else if (reuploaders.has(publisher)) r.uncovered.push({ ...row, kind: 'reupload' });
    else r.unknownPopular.push(row);
  }
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  r.familyDisagrees.sort(byId);
  r.uncovered.sort(byId);

  if (opts.write && r.edits.length) {
    const byFile = new Map<string, Edit[]>();
    for (const e of r.edits) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
    for (const [file, edits] of [...byFile].sort((a, b) => a[0].localeCompare(b[0]))) {
      const path = join(opts.dataDir, file);
      let text = readFileSync(path, 'utf8');
      for (const e of edits) text = editEntry(text, e.id, e.field, e.to);
      writeFileSync(path, text);
    }
  }
  r.report = renderReport(r, !!opts.write);
  return r;
}

function table(head: string[], rows: string[][]): string[] {
  const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(esc).join(' | ')} |`),
  ];
}

const hubLink = (id: string) => `[${id}](https://huggingface.co/${id})`;

export function renderReport(r: RefreshResult, written: boolean): string {
  const out: string[] = ['# Catalog refresh', ''];
  const applied = r.edits.length;
  out.push(
    `Asked the Hub about ${r.checked} catalog models: ${r.changedLicenses.length} license changes, ${r.gating.length} gating changes, ` +
      `${r.missing.length} missing, ${r.failed.length} not answered. ` +
      `Among the most downloaded models: ${r.uncovered.length} checkpoints of known publishers that no entry or rule covers, ` +
      `${r.familyDisagrees.length} family-rule disagreements.`,
    '',
    applied
      ? `${written ? 'Applied' : 'To apply (run with --write)'}: ${applied} edits to the YAML; review each against the card.`
      : 'No edit to apply.',
    '',
  );
  if (r.changedLicenses.length) {
    out.push(
      '## Changed licenses',
      '',
      ...table(
        ['model', 'file', 'catalog', 'card', 'edited'],
        r.changedLicenses.map((c) => [hubLink(c.id), c.file, c.catalog, c.hub, c.applied ? 'yes' : `no: ${c.why}`]),
      ),
      '',
    );
  }
  if (r.gating.length) {
    out.push(
      '## Gating changed',
      '',
      ...table(
        ['model', 'file', 'catalog gated', 'Hub gated', 'edited'],
        r.gating.map((g) => [hubLink(g.id), g.file, String(g.catalog), g.hub, g.applied ? 'yes' : `no: ${g.why}`]),
      ),
      '',
    );
  }
  if (r.missing.length) {
    out.push(
      '## Repositories that no longer exist',
      '',
      'Remove the entry or point it to the new repository (keep the old id as an alias).',
      '',
      ...table(
        ['model', 'file'],
        r.missing.map((m) => [hubLink(m.id), m.file]),
      ),
      '',
    );
  }
  if (r.familyDisagrees.length) {
    out.push(
      '## Cards that contradict a family rule',
      '',
      'Add an exception to the rule, or an exact entry.',
      '',
      ...table(
        ['model', 'rule', 'rule says', 'card'],
        r.familyDisagrees.map((f) => [hubLink(f.id), f.rule, f.catalog, f.hub]),
      ),
      '',
    );
  }
  if (r.uncovered.length) {
    const u = capped(r.uncovered);
    out.push(
      '## New checkpoints of known publishers that no rule covers',
      '',
      'Extend the family rule (or the re-upload rules) after reading each card.',
      '',
      ...table(
        ['model', 'kind', 'card license', 'downloads'],
        u.shown.map((x) => [
          hubLink(x.id),
          x.kind,
          x.license ?? '(none)',
          x.downloads === undefined ? '' : String(x.downloads),
        ]),
      ),
      '',
      ...u.note,
    );
  }
  if (r.unmapped.length) {
    const u = capped(r.unmapped);
    out.push(
      '## Card labels the catalog cannot map',
      '',
      ...table(
        ['model', 'label'],
        u.shown.map((x) => [hubLink(x.id), x.label]),
      ),
      '',
      ...u.note,
    );
  }
  if (r.failed.length) {
    const f = capped(r.failed);
    out.push(
      '## Not answered',
      '',
      ...table(
        ['model', 'error'],
        f.shown.map((x) => [hubLink(x.id), x.message]),
      ),
      '',
      ...f.note,
    );
  }
  if (r.unknownPopular.length) {
    const shown = r.unknownPopular.slice(0, MAX_UNKNOWN_SHOWN);
    out.push(
      '## Popular models of other publishers',
      '',
      `${r.unknownPopular.length} in the ranking, by downloads; ${shown.length} shown.`,
      '',
      ...table(
        ['model', 'card license', 'downloads'],
        shown.map((u) => [hubLink(u.id), u.license ?? '(none)', u.downloads === undefined ? '' : String(u.downloads)]),
      ),
      '',
    );
  }
  return out.join('\n');
}
