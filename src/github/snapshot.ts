/**
 * The models of a report as a dependency snapshot for GitHub's dependency submission API
 * (`POST /repos/{owner}/{repo}/dependency-graph/snapshots`): each file that declares or loads a model (the
 * manifest, a code file) is a manifest, each model a package with its package URL:
 *
 * - Hub models: `pkg:huggingface/<org>/<name>@<commit>` (purl-spec type huggingface; the version is the commit the
 *   Hub resolved, or the pinned commit; no version when neither is known);
 * - Ollama models: `pkg:generic/ollama/<name>@<tag>` (a user's model `user/name` gives the namespace
 *   `ollama/user`; no tag means Ollama's `latest`; a `@sha256:` digest is the version);
 * - models loaded from a URL: `pkg:generic/<file name>?download_url=<url>`; local files are not packages.
 *
 * `relationship` is `direct` for models the manifest declares and `indirect` for models only found in code;
 * `scope` is `runtime`. Pure: no I/O.
 */
import type { ModelReport, Report } from '../core/types.js';
import { huggingfacePurl } from '../report/cyclonedx.js';

export interface SnapshotDependency {
  package_url: string;
  relationship: 'direct' | 'indirect';
  scope: 'runtime' | 'development';
  metadata?: Record<string, string | number | boolean>;
}

export interface SnapshotManifest {
  name: string;
  file: { source_location: string };
  resolved: Record<string, SnapshotDependency>;
}

export interface Snapshot {
  version: 0;
  sha: string;
  ref: string;
  job: { correlator: string; id: string; html_url?: string };
  detector: { name: string; version: string; url: string };
  scanned: string;
  manifests: Record<string, SnapshotManifest>;
}

export interface SnapshotContext {
  /** The commit whose tree was scanned (40 hex characters). */
  sha: string;
  /** The ref it was scanned for (`refs/heads/main`, `refs/pull/7/merge`). */
  ref: string;
  job: { correlator: string; id: string; html_url?: string };
  detector: { name: string; version: string; url: string };
  /** When the scan ran (ISO 8601). */
  scanned: string;
}

/** purl-spec percent-encoding of one segment. */
function seg(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

const SHA = /^[0-9a-f]{40}$/i;

/** The package URL of a model; undefined for what is not a package (a local file). */
export function modelPurl(m: Pick<ModelReport, 'id' | 'kind' | 'commit' | 'revision'>): string | undefined {
  const kind = m.kind ?? 'hub';
  if (kind === 'hub') {
    const version = [m.commit, m.revision].find((r) => r && SHA.test(r));
    return huggingfacePurl(m.id, version);
  }
  if (kind === 'ollama') {
    let rest = m.id.replace(/^ollama:/i, '');
    let version: string | undefined;
    const digest = /@(sha256:[0-9a-f]{64})$/i.exec(rest);
    if (digest) {
      version = digest[1].toLowerCase();
      rest = rest.slice(0, digest.index);
    }
    const colon = rest.lastIndexOf(':');
    if (colon > 0) {
      version ??= rest.slice(colon + 1);
      rest = rest.slice(0, colon);
    }
    const parts = rest.split('/').filter(Boolean);
    if (parts.length === 0) return undefined;
    const name = parts.pop()!;
    const namespace = ['ollama', ...parts].map(seg).join('/');
    return `pkg:generic/${namespace}/${seg(name)}@${seg(version ?? 'latest')}`;
  }
  if (kind === 'url') {
    let u: URL;
    try {
      u = new URL(m.id);
    } catch {
      return undefined;
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
    // No credentials or query (tokens) in what is published.
    u.username = '';
    u.password = '';
    u.search = '';
    u.hash = '';
    const file = u.pathname.split('/').filter(Boolean).pop() ?? u.hostname;
    return `pkg:generic/${seg(decodeURIComponent(file))}?download_url=${encodeURIComponent(u.href)}`;
  }
  return undefined;
}

/** GitHub keeps at most 8 scalar metadata keys per dependency. */
function metadataOf(m: ModelReport): Record<string, string> {
  const out: Record<string, string> = { 'model-gate-status': m.status };
  if (m.license) out.license = m.license.slice(0, 200);
  if (m.revision) out.revision = m.revision.slice(0, 200);
  return out;
}

/** The snapshot of a report's models. Mentions (documentation, tests) are not dependencies and are left out. */
export function buildSnapshot(report: Report, ctx: SnapshotContext): Snapshot {
  const manifests: Record<string, SnapshotManifest> = {};
  for (const m of report.models) {
    const purl = modelPurl(m);
    if (!purl) continue;
    const dep: SnapshotDependency = {
      package_url: purl,
      relationship: m.declared ? 'direct' : 'indirect',
      scope: 'runtime',
      metadata: metadataOf(m),
    };
    for (const path of new Set(m.locations.map((l) => l.path))) {
      const manifest = (manifests[path] ??= { name: path, file: { source_location: path }, resolved: {} });
      manifest.resolved[purl] = dep;
    }
  }
  return {
    version: 0,
    sha: ctx.sha,
    ref: ctx.ref,
    job: ctx.job,
    detector: ctx.detector,
    scanned: ctx.scanned,
    manifests,
  };
}
