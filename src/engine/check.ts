import { sep } from 'node:path';
import type { Catalog } from '../catalog/catalog.js';
import { normalizeModelId, parseManifest } from '../core/manifest.js';
import type { ManifestEntry, ModelFacts, ModelResolver, Policy, Report } from '../core/types.js';
import type { Scanner } from '../scanners/index.js';
import type { SubjectModel } from '../rules/index.js';
import { discover, modelKey, type FoundModel } from './discover.js';
import { evaluate } from './evaluate.js';
import { FactResolver } from './resolve.js';

/** What the change is compared with: the manifest at the base, and the files the change touches. */
export interface BaseInfo {
  /** A git ref or sha, shown in reports. */
  ref: string;
  /** The manifest's text at the base; null when there was none. */
  manifestText: string | null;
  /** Paths (relative to the root) the change adds or modifies; only these are scanned. */
  changedFiles?: string[];
  /**
   * `changedFiles` is what git lists in this work tree (`git diff` against the base, and untracked files git does not
   * ignore): discovery takes it as it is, without asking git again.
   */
  changedListed?: boolean;
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
  /** Relative to root. Default: the first of DEFAULT_MANIFESTS (core/manifest-names.ts); none is fine. */
  manifestPath?: string;
  /** Look for models in the code (default true). */
  scan?: boolean;
  /** The Hub; undefined: the catalog only. */
  resolver?: ModelResolver;
  base?: BaseInfo;
  now?: Date;
  /**
   * Take .gitignore rules from this directory instead of `root` (on `pull_request_target`: the base's checkout,
   * while `root` holds the pull request's files; a .gitignore the pull request adds is then never obeyed).
   */
  ignoreRoot?: string;
  /** The scanners to run (default: every scanner of src/scanners/). */
  scanners?: Scanner[];
}

/** An entry's model, as discovery groups them (`ollama:x` and `ollama:x:latest` are one model). */
function entryKey(e: ManifestEntry, catalog: Catalog): string {
  const { id, kind } = normalizeModelId(e.id);
  return modelKey(catalog, id, kind);
}

/** Whether a manifest entry differs from the base's (added, or revision/license/base changed). */
function entryChanged(e: ManifestEntry, base: Map<string, ManifestEntry>, catalog: Catalog): boolean {
  const b = base.get(entryKey(e, catalog));
  if (!b) return true;
  return (
    (b.revision ?? '') !== (e.revision ?? '') ||
    (b.license ?? '') !== (e.license ?? '') ||
    (b.base_model ?? '') !== (e.base_model ?? '')
  );
}

/** The whole gate: discover -> resolve -> evaluate. Returns the report; throws UserError on bad input. */
export async function check(opts: CheckOptions): Promise<Report> {
  const { root, policy, catalog } = opts;
  const { manifest, groups, notScanned, notAnalyzed, mentions, hosted, mentionsUnlisted } = await discover({
    root,
    policy,
    catalog,
    manifestPath: opts.manifestPath,
    scan: opts.scan ?? true,
    changedFiles: opts.base?.changedFiles,
    changedListed: opts.base?.changedListed,
    scanners: opts.scanners,
    ignoreRoot: opts.ignoreRoot,
  });

  const facts = new FactResolver(catalog, opts.resolver);
  // offline, every subject is ready at once: no promise per model
  const found = groups.map((g) => subjectNow(g, facts));
  const subjects: SubjectModel[] = found.some((s) => s instanceof Promise)
    ? await Promise.all(found.map((s) => Promise.resolve(s)))
    : (found as SubjectModel[]);

  let isNew: ((s: SubjectModel) => boolean) | undefined;
  if (opts.base) {
    const baseEntries = new Map<string, ManifestEntry>();
    if (opts.base.manifestText) {
      try {
        for (const e of parseManifest(opts.base.manifestText, manifest?.path ?? 'models.yaml').entries)
          baseEntries.set(entryKey(e, catalog), e);
      } catch {
        // A base manifest that no longer parses counts as none: every entry is then new.
      }
    }
    const changed = opts.base.changedFiles
      ? new Set(opts.base.changedFiles.map((p) => p.split(sep).join('/')))
      : undefined;
    const added = new Map(
      Object.entries(opts.base.addedLines ?? {}).map(([p, lines]) => [p.split(sep).join('/'), new Set(lines)]),
    );
    isNew = (s) => {
      if (s.entry) return entryChanged(s.entry, baseEntries, catalog);
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
    mentionsUnlisted,
    hosted,
  });
  if (notScanned.length) report.not_scanned = notScanned;
  if (notAnalyzed.length) report.not_analyzed = notAnalyzed;
  return report;
}

/**
 * One model found (declared, loaded, or both) with its facts resolved: what the rules evaluate. Its place is the
 * manifest entry's, else the first place the code loads it; its revision the manifest's, else the code's.
 */
export async function subjectOf(g: FoundModel, facts: FactResolver): Promise<SubjectModel> {
  return subjectNow(g, facts);
}

/** As `subjectOf`, without a promise when the facts need no Hub answer (FactResolver.resolveNow). */
function subjectNow(g: FoundModel, facts: FactResolver): SubjectModel | Promise<SubjectModel> {
  const revision = g.entry?.revision ?? g.refs.find((r) => r.revision)?.revision;
  const f = facts.resolveNow({
    id: g.id,
    kind: g.kind,
    revision,
    manifestLicense: g.entry?.license,
    manifestBase: g.entry?.base_model,
  });
  return f instanceof Promise ? f.then((x) => subjectFrom(g, x, revision)) : subjectFrom(g, f, revision);
}

function subjectFrom(g: FoundModel, f: ModelFacts, revision: string | undefined): SubjectModel {
  const first = g.refs[0];
  const location = g.entry?.location ?? { path: first.path, line: first.line, column: first.column };
  const s: SubjectModel = { facts: f, entry: g.entry, references: g.refs, location };
  if (revision) s.revision = revision;
  return s;
}
