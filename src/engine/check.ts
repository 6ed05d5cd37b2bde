import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve as resolvePath, sep } from 'node:path';
import type { Catalog } from '../catalog/catalog.js';
import { decodeText, readRepoFile } from '../discover/files.js';
import { scanRepository } from '../discover/scan.js';
import type { Scanner } from '../scanners/index.js';
import type { SubjectModel } from '../rules/index.js';
import { UserError, type UserErrorItem } from '../core/errors.js';
import { evaluate } from './evaluate.js';
import { normalizeModelId, parseManifest } from '../core/manifest.js';
import { sortReferences } from './mentions.js';
import { FactResolver } from './resolve.js';
import type { Manifest, ManifestEntry, ModelReference, ModelResolver, Policy, ReferenceKind, Report } from '../core/types.js';

/** What the change is compared with: the manifest at the base, and the files the change touches. */
export interface BaseInfo {
  /** A git ref or sha, shown in reports. */
  ref: string;
  /** The manifest's text at the base; null when there was none. */
  manifestText: string | null;
  /** Paths (relative to the root) the change adds or modifies; only these are scanned. */
  changedFiles?: string[];
  /**
   * Lines each changed file adds (from the pull request's patches or `git diff`). A model loaded from code
   * counts as new only when it is loaded on an added line; a file without an entry counts as wholly new.
   */
  addedLines?: Record<string, number[]>;
}

export interface CheckOptions {
  /** The repository's root directory. */
  root: string;
  policy: Policy;
  catalog: Catalog;
  /** Relative to root. Default: models.yaml (or models.yml); a missing default manifest is fine. */
  manifestPath?: string;
  /** Look for models in the code (default true). */
  scan?: boolean;
  /** The Hub; undefined: the catalog only. */
  resolver?: ModelResolver;
  base?: BaseInfo;
  now?: Date;
  /** The scanners to run (default: every scanner of src/scanners/). */
  scanners?: Scanner[];
}

const DEFAULT_MANIFESTS = ['models.yaml', 'models.yml'];

/**
 * Read the manifest through the same guarded reader as the scan (symbolic links only inside the repository,
 * no binary files, at most 1 MiB). Undefined when the file does not exist.
 */
async function readManifestFile(root: string, rel: string): Promise<string | undefined> {
  const display = rel.split(sep).join('/');
  const abs = resolvePath(root, rel);
  const back = relative(resolvePath(root), abs);
  if (back.startsWith('..') || isAbsolute(back)) throw new UserError({ path: display, message: 'the manifest must be inside the repository' });
  const r = await readRepoFile(root, back.split(sep).join('/'));
  if (r.ok) return decodeText(r.data);
  if (r.reason) throw new UserError({ path: display, message: `cannot read the manifest: ${r.reason}` });
  if ((await stat(abs).catch(() => undefined))?.isDirectory()) {
    throw new UserError({ path: display, message: 'the manifest is a directory; pass the path of models.yaml' });
  }
  return undefined;
}

/** Load the manifest of the repository (undefined when the default one does not exist). */
export async function loadManifest(root: string, manifestPath?: string): Promise<Manifest | undefined> {
  if (manifestPath) {
    const rel = isAbsolute(manifestPath) ? relative(root, manifestPath) : manifestPath;
    const text = await readManifestFile(root, rel);
    if (text === undefined) throw new UserError({ path: rel, message: 'manifest not found; create it or pass --manifest with the right path' });
    return parseManifest(text, rel.split(sep).join('/'));
  }
  for (const name of DEFAULT_MANIFESTS) {
    const text = await readManifestFile(root, name);
    if (text !== undefined) return parseManifest(text, name);
  }
  return undefined;
}

/** Whether a manifest entry differs from the base's (added, or revision/license/base changed). */
function entryChanged(e: ManifestEntry, base: Map<string, ManifestEntry>): boolean {
  const b = base.get(e.id.toLowerCase());
  if (!b) return true;
  return (b.revision ?? '') !== (e.revision ?? '') || (b.license ?? '') !== (e.license ?? '') || (b.base_model ?? '') !== (e.base_model ?? '');
}

/** The whole gate: discover -> resolve -> evaluate. Returns the report; throws UserError on bad input. */
export async function check(opts: CheckOptions): Promise<Report> {
  const { root, policy, catalog } = opts;
  const manifest = await loadManifest(root, opts.manifestPath);
  let references: ModelReference[] = [];
  let notScanned: Array<{ path: string; reason: string }> = [];
  if (opts.scan ?? true) {
    const scan = await scanRepository(root, {
      paths: policy.scan.paths,
      ignore: policy.scan.ignore,
      changedFiles: opts.base?.changedFiles,
      ctx: { isKnownModel: (id) => catalog.isKnownModel(id) },
      scanners: opts.scanners,
    });
    // The manifest's own lines (its base_model: entries) are declarations, not code that loads models.
    references = scan.references.filter((r) => r.path !== manifest?.path);
    notScanned = scan.skipped.filter((x) => x.reason !== 'binary file' && !x.reason.endsWith(', not code'));
  }
  // Documentation and tests name models without depending on them; hosted APIs are services, not weights.
  const { loads, mentions, hosted } = sortReferences(references, policy.scan.mentions, catalog);
  references = loads;

  // Group manifest entries and code references by model.
  const keyOf = (id: string, kind: ReferenceKind) => (kind === 'hub' ? (catalog.model(id)?.id ?? id) : id).toLowerCase();
  const groups = new Map<string, { id: string; kind: ReferenceKind; entry?: ManifestEntry; refs: ModelReference[] }>();
  const twice: UserErrorItem[] = [];
  for (const e of manifest?.entries ?? []) {
    const { id, kind } = normalizeModelId(e.id);
    const prev = groups.get(keyOf(id, kind));
    if (prev?.entry) {
      twice.push({ ...e.location, message: `model "${e.id}" is the same model as "${prev.entry.id}" at line ${prev.entry.location.line}; keep one entry` });
      continue;
    }
    groups.set(keyOf(id, kind), { id, kind, entry: e, refs: [] });
  }
  if (twice.length) throw new UserError(twice);
  for (const r of references) {
    const key = keyOf(r.id, r.kind);
    const g = groups.get(key);
    if (g) g.refs.push(r);
    else groups.set(key, { id: r.id, kind: r.kind, refs: [r] });
  }

  const facts = new FactResolver(catalog, opts.resolver);
  const subjects: SubjectModel[] = await Promise.all(
    [...groups.values()].map(async (g) => {
      const revision = g.entry?.revision ?? g.refs.find((r) => r.revision)?.revision;
      const f = await facts.resolve({
        id: g.id,
        kind: g.kind,
        revision,
        manifestLicense: g.entry?.license,
        manifestBase: g.entry?.base_model,
      });
      const first = g.refs[0];
      const location = g.entry?.location ?? { path: first.path, line: first.line, column: first.column };
      const s: SubjectModel = { facts: f, entry: g.entry, references: g.refs, location };
      if (revision) s.revision = revision;
      return s;
    }),
  );

  let isNew: ((s: SubjectModel) => boolean) | undefined;
  if (opts.base) {
    const baseEntries = new Map<string, ManifestEntry>();
    if (opts.base.manifestText) {
      try {
        for (const e of parseManifest(opts.base.manifestText, manifest?.path ?? 'models.yaml').entries) baseEntries.set(e.id.toLowerCase(), e);
      } catch {
        // A base manifest that no longer parses counts as none: every entry is then new.
      }
    }
    const changed = opts.base.changedFiles ? new Set(opts.base.changedFiles.map((p) => p.split(sep).join('/'))) : undefined;
    const added = new Map(Object.entries(opts.base.addedLines ?? {}).map(([p, lines]) => [p.split(sep).join('/'), new Set(lines)]));
    isNew = (s) => {
      if (s.entry) return entryChanged(s.entry, baseEntries);
      // Undeclared: new when loaded on a line the change adds (or anywhere in a changed file whose lines are unknown).
      if (!changed) return true;
      return s.references.some((r) => (added.has(r.path) ? added.get(r.path)!.has(r.line) : changed.has(r.path)));
    };
  }

  const report = evaluate({
    subjects,
    policy,
    catalog,
    isNew,
    base: opts.base?.ref,
    now: opts.now,
    complete: !opts.base && (opts.scan ?? true),
    mentions,
    hosted,
  });
  if (notScanned.length) report.not_scanned = notScanned;
  return report;
}
