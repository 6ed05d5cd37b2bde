import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve as resolvePath, sep } from 'node:path';
import type { Catalog } from '../catalog/catalog.js';
import { UserError, type UserErrorItem } from '../core/errors.js';
import { fileKind } from '../core/files.js';
import { normalizeModelId, parseManifest } from '../core/manifest.js';
import { DEFAULT_BOMS, DEFAULT_MANIFESTS, pickDefaultManifest } from '../core/manifest-names.js';
import type {
  HostedService,
  Manifest,
  ManifestEntry,
  Mention,
  ModelReference,
  NotAnalyzed,
  Policy,
  ReferenceKind,
} from '../core/types.js';
import { decodeText, readRepoFile } from '../discover/files.js';
import { scanRepository, type ScanResult } from '../discover/scan.js';
import { isBenignSkip } from '../discover/scan-file.js';
import type { Scanner } from '../scanners/index.js';
import { mentionClassifier, mentionPaths, sortReferences } from './mentions.js';

export interface DiscoverOptions {
  root: string;
  policy: Policy;
  catalog: Catalog;
  /** Relative to root. Default: the first of DEFAULT_MANIFESTS (core/manifest-names.ts); none is fine. */
  manifestPath?: string;
  /** Look for models in the code. */
  scan: boolean;
  /** Scan only these files (a change's). */
  changedFiles?: string[];
  /** `changedFiles` is git's own list of this work tree (see BaseInfo.changedListed). */
  changedListed?: boolean;
  /** Take .gitignore rules from this directory, not from `root` (see CheckOptions.ignoreRoot). */
  ignoreRoot?: string;
  /** The scanners to run (default: every scanner of src/scanners/). */
  scanners?: Scanner[];
}

/** One model as found: its manifest entry (when declared) and the places the code loads it. */
export interface FoundModel {
  id: string;
  kind: ReferenceKind;
  entry?: ManifestEntry;
  refs: ModelReference[];
}

export interface Discovery {
  manifest?: Manifest;
  /** Every model, its manifest entry and code references joined (ids compared as the catalog names them). */
  groups: FoundModel[];
  /** Files the scan could not read, with the reason (binary files and non-code files are not listed). */
  notScanned: Array<{ path: string; reason: string }>;
  /** Models named in documentation and tests (the policy's scan.mentions): listed, never evaluated. */
  mentions: Mention[];
  /** Models of hosted APIs: listed, never evaluated. */
  hosted: HostedService[];
  /**
   * Code no scanner analyses, per language (most files first): files outside documentation and tests (the
   * policy's scan.mentions) read for Hugging Face addresses only.
   */
  notAnalyzed: NotAnalyzed[];
  /** Mentions the scan's cap on references left out (counted in the report's mentions_total, not listed). */
  mentionsUnlisted: number;
}

/**
 * Read the manifest through the same guarded reader as the scan (symbolic links only inside the repository,
 * no binary files, at most 1 MiB). Undefined when the file does not exist.
 */
async function readManifestFile(root: string, rel: string): Promise<string | undefined> {
  const display = rel.split(sep).join('/');
  const abs = resolvePath(root, rel);
  const back = relative(resolvePath(root), abs);
  if (back.startsWith('..') || isAbsolute(back))
    throw new UserError({ path: display, message: 'the manifest must be inside the repository' });
  // A FIFO or a device would block the read (or never end): look at what it is before opening it.
  const st = await stat(abs).catch(() => undefined);
  if (st && !st.isFile() && !st.isDirectory()) {
    throw new UserError({
      path: display,
      message: `the manifest is ${fileKind(st)}, not a regular file; pass the path of models.yaml`,
    });
  }
  const r = await readRepoFile(root, back.split(sep).join('/'));
  if (r.ok) return decodeText(r.data);
  if (r.reason) throw new UserError({ path: display, message: `cannot read the manifest: ${r.reason}` });
  if (st?.isDirectory()) {
    throw new UserError({ path: display, message: 'the manifest is a directory; pass the path of models.yaml' });
  }
  return undefined;
}

/** Load the manifest of the repository (undefined when no default one exists). */
export async function loadManifest(root: string, manifestPath?: string): Promise<Manifest | undefined> {
  return (await loadManifestNoting(root, manifestPath)).manifest;
}

/**
 * As `loadManifest`, with the files that were not read although they declare models: a CycloneDX BOM of models
 * beside `models.yaml` (which comes first), listed in the report's `not_scanned`.
 */
async function loadManifestNoting(
  root: string,
  manifestPath?: string,
): Promise<{ manifest?: Manifest; unread: Array<{ path: string; reason: string }> }> {
  if (manifestPath) {
    const rel = isAbsolute(manifestPath) ? relative(root, manifestPath) : manifestPath;
    const text = await readManifestFile(root, rel);
    if (text === undefined)
      throw new UserError({
        path: rel,
        message: 'manifest not found; create it or pass --manifest with the right path',
      });
    return { manifest: parseManifest(text, rel.split(sep).join('/')), unread: [] };
  }
  // A BOM that cannot be read (over 1 MiB, a directory...) is no manifest, and never an error: an ordinary SBOM
  // may be large (the scan lists a file it could not read in not_scanned).
  const texts = await Promise.all(
    DEFAULT_MANIFESTS.map((name) =>
      DEFAULT_BOMS.includes(name) ? readManifestFile(root, name).catch(() => undefined) : readManifestFile(root, name),
    ),
  );
  const { manifest, unread } = pickDefaultManifest((name) => texts[DEFAULT_MANIFESTS.indexOf(name)]);
  if (!manifest) return { unread: [] };
  return {
    manifest: parseManifest(manifest.text, manifest.name),
    unread: unread.map((path) => ({
      path,
      reason: `a CycloneDX BOM of machine-learning models, not read: ${manifest.name} is the manifest (pass --manifest ${path}, or the action's manifest input, to read the BOM instead)`,
    })),
  };
}

/**
 * What makes two ids the same model: case aside, a Hub id as the catalog names it (an alias is its model), and an
 * Ollama name without a tag its `latest` tag, as Ollama reads it (`ollama:llama3.2` declares what
 * `ollama pull llama3.2:latest` loads). `id` and `kind` as `normalizeModelId` gives them.
 */
export function modelKey(catalog: Catalog, id: string, kind: ReferenceKind): string {
  return (
    kind === 'hub'
      ? (catalog.model(id)?.id ?? id)
      : kind === 'ollama'
        ? id.replace(/^(ollama:[^:]+):latest$/i, '$1')
        : id
  ).toLowerCase();
}

/** The first step of the gate: read the manifest, scan the code, and join both by model. */
export async function discover(opts: DiscoverOptions): Promise<Discovery> {
  const { root, policy, catalog } = opts;
  const { manifest, unread } = await loadManifestNoting(root, opts.manifestPath);
  let references: ModelReference[] = [];
  let notScanned: Array<{ path: string; reason: string }> = [];
  let notAnalyzed: NotAnalyzed[] = [];
  let mentionsUnlisted = 0;
  // documentation and tests (the policy's scan.mentions): kept last under the scan's cap, listed, never evaluated
  const isMention = mentionClassifier(policy.scan.mentions);
  if (opts.scan) {
    const scan = await scanRepository(root, {
      paths: policy.scan.paths,
      ignore: policy.scan.ignore,
      changedFiles: opts.changedFiles,
      changedListed: opts.changedListed,
      ignoreRoot: opts.ignoreRoot,
      ctx: { isKnownModel: (id) => catalog.isKnownModel(id), pipelineTasks: (l) => catalog.pipelineTasks(l) },
      catalog,
      scanners: opts.scanners,
      isMention,
    });
    // The manifest's own lines (its base_model: entries) are declarations, not code that loads models.
    references = scan.references.filter((r) => r.path !== manifest?.path);
    notScanned = scan.skipped.filter((x) => !isBenignSkip(x.reason));
    notAnalyzed = byLanguage(scan.unanalyzed, policy.scan.mentions);
    mentionsUnlisted = scan.mentionsUnlisted;
  }
  notScanned = [...unread, ...notScanned];
  // Documentation and tests name models without depending on them; hosted APIs are services, not weights.
  const { loads, mentions, hosted } = sortReferences(references, isMention, catalog);
  references = loads;

  // Group manifest entries and code references by model.
  const keyOf = (id: string, kind: ReferenceKind) => modelKey(catalog, id, kind);
  const groups = new Map<string, FoundModel>();
  const twice: UserErrorItem[] = [];
  for (const e of manifest?.entries ?? []) {
    const { id, kind } = normalizeModelId(e.id);
    const key = keyOf(id, kind);
    const prev = groups.get(key);
    if (prev?.entry) {
      twice.push({
        ...e.location,
        message: `model "${e.id}" is the same model as "${prev.entry.id}" at line ${prev.entry.location.line}; keep one entry`,
      });
      continue;
    }
    groups.set(key, { id, kind, entry: e, refs: [] });
  }
  if (twice.length) throw new UserError(twice);
  for (const r of references) {
    const key = keyOf(r.id, r.kind);
    const g = groups.get(key);
    if (g) g.refs.push(r);
    else groups.set(key, { id: r.id, kind: r.kind, refs: [r] });
  }
  return { manifest, groups: [...groups.values()], notScanned, mentions, hosted, notAnalyzed, mentionsUnlisted };
}

/** Files in languages no scanner analyses, counted by language (documentation and tests left out). */
function byLanguage(files: ScanResult['unanalyzed'], mentionGlobs: readonly string[]): NotAnalyzed[] {
  const inDocsOrTests = mentionPaths(mentionGlobs);
  const out = new Map<string, NotAnalyzed>();
  for (const { path, language } of files) {
    if (inDocsOrTests(path)) continue;
    const n = out.get(language);
    if (n) n.files++;
    else out.set(language, { language, files: 1, path });
  }
  return [...out.values()].sort((a, b) => b.files - a.files || (a.language < b.language ? -1 : 1));
}
