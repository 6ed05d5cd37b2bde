import type { Catalog } from '../catalog/catalog.js';
import { globMatchers } from '../core/glob.js';
import type { HostedService, Mention, ModelReference } from '../core/types.js';

/**
 * Whether a reference is a mention (documentation, tests), not a dependency: its file matches the policy's
 * `scan.mentions` globs, or a scanner found it in documentation inside a code file (a notebook's Markdown cell, a
 * comment or docstring). `scan.mentions: []` makes every reference a dependency.
 */
export function mentionClassifier(globs: readonly string[]): (r: ModelReference) => boolean {
  if (!globs.length) return () => false;
  const inDocsOrTests = mentionPaths(globs);
  return (r) => r.mention === true || inDocsOrTests(r.path);
}

/**
 * Whether a file is documentation or tests: it matches the policy's `scan.mentions` globs (none under `[]`). A
 * glob written `!GLOB` takes back what the globs before it matched, as in a .gitignore: the last glob that matches a
 * path decides (`**\/*.txt`, `!**\/requirements*.txt`, `**\/docs/**`: `docs/requirements.txt` is documentation,
 * `requirements.txt` is not).
 */
export function mentionPaths(globs: readonly string[]): (path: string) => boolean {
  if (!globs.length) return () => false;
  // runs of globs of one sign, in order: the last run that matches decides
  const runs: Array<{ negated: boolean; globs: string[] }> = [];
  for (const g of globs) {
    const negated = g.startsWith('!');
    const glob = negated ? g.slice(1) : g;
    if (!glob) continue;
    const last = runs[runs.length - 1];
    if (last && last.negated === negated) last.globs.push(glob);
    else runs.push({ negated, globs: [glob] });
  }
  if (!runs.some((r) => !r.negated)) return () => false;
  const which = globMatchers(runs.map((r) => r.globs));
  const memo = new Map<string, boolean>();
  return (path) => {
    let hit = memo.get(path);
    if (hit === undefined) {
      const matched = which(path);
      hit = matched.length > 0 && !runs[matched[matched.length - 1]].negated;
      memo.set(path, hit);
    }
    return hit;
  };
}

/** The references of a scan, sorted by what they are. */
export interface SortedReferences {
  /** Loads of models: evaluated. */
  loads: ModelReference[];
  /** Models named in documentation and tests (one per model, path and line), under the catalog's spelling. */
  mentions: Mention[];
  /** Models of hosted APIs, grouped by provider and id with every place they are named. */
  hosted: HostedService[];
}

/** Documentation and tests name models without depending on them; hosted APIs are services, not weights. */
export function sortReferences(
  refs: readonly ModelReference[],
  isMention: (r: ModelReference) => boolean,
  catalog: Catalog,
): SortedReferences {
  const loads: ModelReference[] = [];
  const mentions: Mention[] = [];
  const seen = new Set<string>();
  const hosted = new Map<string, HostedService>();
  for (const r of refs) {
    if (isMention(r)) {
      // Under the catalog's spelling, as the report names models.
      const id = r.kind === 'hub' ? catalog.spelling(r.id) : r.id;
      const key = `${id.toLowerCase()}\u0000${r.path}\u0000${r.line}`;
      if (!seen.has(key)) {
        seen.add(key);
        mentions.push({ id, path: r.path, line: r.line });
      }
    } else if (r.kind === 'hosted') {
      const key = `${(r.provider ?? '').toLowerCase()}\u0000${r.id.toLowerCase()}`;
      let h = hosted.get(key);
      if (!h) {
        h = { id: r.id, locations: [] };
        if (r.provider) h.provider = r.provider;
        // an open-weight model the service hosts under the Hub's id: its license's terms still bind its users
        const known = r.id.includes('/') ? catalog.lookup(r.id) : undefined;
        if (known) {
          h.model = known.model.id;
          h.license = known.model.license;
        }
        hosted.set(key, h);
      }
      if (!h.locations.some((l) => l.path === r.path && l.line === r.line))
        h.locations.push({ path: r.path, line: r.line });
    } else {
      loads.push(r);
    }
  }
  return { loads, mentions, hosted: [...hosted.values()] };
}
