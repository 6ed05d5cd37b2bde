/**
 * Merging parsed reports into one inventory: pure, one pass over the reports, then one over the models.
 */
import type { LicenseCategory, ModelStatus } from '../core/types.js';
import { LICENSE_CATEGORIES } from '../core/types.js';
import { LIMITS, type ParsedReport } from './read.js';
import {
  zeroCounts,
  type Inventory,
  type InventoryModel,
  type InventoryRepository,
  type InventoryUsage,
} from './types.js';

export interface NamedReport {
  /** The repository the report describes. */
  name: string;
  report: ParsedReport;
}

export interface MergeOptions {
  /** A license's category (the catalog's); `unknown` when it does not know it. */
  categoryOf(license: string): LicenseCategory;
  /** Repositories that should have a report (the organisation's listing); those without one are `missing`. */
  expected?: string[];
  now?: Date;
  toolVersion: string;
}

const RANK: Record<ModelStatus, number> = { blocked: 0, waived: 1, warning: 2, allowed: 3 };

function worse(a: ModelStatus, b: ModelStatus): ModelStatus {
  return RANK[a] <= RANK[b] ? a : b;
}

/** A path safe to put in an address: relative, no `..`, no control characters. */
function safePath(path: string): boolean {
  return path.length > 0 && !path.startsWith('/') && !/(^|\/)\.\.?(\/|$)/.test(path) && !UNSAFE_PATH_CHAR_RE.test(path);
}

// eslint-disable-next-line no-control-regex -- rejects paths that hold control characters
const UNSAFE_PATH_CHAR_RE = /[\u0000-\u001f\u007f\\]/;

/** A path as it goes in an address (each segment percent-encoded), or undefined when it is not safe to link. */
export function encodePath(path: string): string | undefined {
  if (!safePath(path)) return undefined;
  return /^[A-Za-z0-9._~/-]+$/.test(path) ? path : path.split('/').map(encodeURIComponent).join('/');
}

/** `https://github.com/OWNER/REPO/blob/SHA/path#Lnn`, or undefined when the repository's address is not known. */
export function blobUrl(
  repoUrl: string | undefined,
  commit: string | undefined,
  path: string,
  line: number,
): string | undefined {
  const encoded = repoUrl ? encodePath(path) : undefined;
  return encoded === undefined ? undefined : `${repoUrl}/blob/${commit ?? 'HEAD'}/${encoded}#L${line}`;
}

interface ModelBuilder {
  id: string;
  kind?: InventoryModel['kind'];
  publisher?: string;
  /** Created at the first pinned revision (most models have few or none). */
  revisions?: Set<string>;
  usages: InventoryUsage[];
  /** The repository of each usage, in the same order. */
  repos: RepoBuilder[];
}

interface RepoBuilder extends InventoryRepository {
  /** Lower-cased name. */
  key: string;
  policySet: Set<string>;
  /** Lower-cased model id -> its usage in this repository (one map per repository, not per model). */
  usageOf: Map<string, InventoryUsage>;
}

function cmp(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

/** Merge reports, one at a time (a report's parsed text is dropped as soon as it is merged). */
export function mergeReports(reports: Iterable<NamedReport>, opts: MergeOptions): Inventory {
  const warnings: string[] = [];
  const repos = new Map<string, RepoBuilder>();
  const models = new Map<string, ModelBuilder>();
  const policies = new Set<string>();

  for (const { name, report } of reports) {
    const repoKey = name.toLowerCase();
    let repo = repos.get(repoKey);
    if (!repo) {
      repo = {
        name,
        key: repoKey,
        usageOf: new Map(),
        url: report.repository?.url,
        commit: report.repository?.commit,
        reports: [],
        policies: [],
        policySet: new Set(),
        verdict: 'pass',
        models: 0,
        counts: zeroCounts(),
        not_scanned: 0,
      };
      repos.set(repoKey, repo);
    } else if (report.repository?.commit && repo.commit && report.repository.commit !== repo.commit) {
      warnings.push(
        `${name}: ${report.file} describes commit ${report.repository.commit.slice(0, 12)}, ${repo.reports[0]} commit ${repo.commit.slice(0, 12)}; links use the first`,
      );
    }
    repo.reports.push(report.file);
    repo.policySet.add(report.policy);
    policies.add(report.policy);
    if (report.verdict === 'fail') repo.verdict = 'fail';
    repo.not_scanned += report.not_scanned;
    repo.url ??= report.repository?.url;
    repo.commit ??= report.repository?.commit;

    for (const m of report.models) {
      const key = m.id.toLowerCase();
      let mb = models.get(key);
      if (!mb) {
        mb = { id: m.id, kind: m.kind, publisher: m.publisher, usages: [], repos: [] };
        models.set(key, mb);
      }
      mb.kind ??= m.kind;
      mb.publisher ??= m.publisher;
      if (m.revision) (mb.revisions ??= new Set()).add(m.revision);
      let u = repo.usageOf.get(key);
      if (!u) {
        u = {
          repository: repo.name,
          status: m.status,
          declared: m.declared,
          license: m.license,
          rules: m.rules,
          locations: [],
        };
        if (m.revision) u.revision = m.revision;
        if (m.commit) u.commit = m.commit;
        if (m.purpose) u.purpose = m.purpose;
        repo.usageOf.set(key, u);
        mb.usages.push(u);
        mb.repos.push(repo);
      } else {
        // The same model in a second report of the same repository (a monorepo checked folder by folder).
        u.status = worse(u.status, m.status);
        u.declared ||= m.declared;
        u.license ??= m.license;
        u.revision ??= m.revision;
        u.commit ??= m.commit;
        u.purpose ??= m.purpose;
        if (m.rules.length) u.rules = [...new Set([...u.rules, ...m.rules])].sort();
      }
      for (const l of m.locations) {
        if (u.locations.length >= LIMITS.locationsPerUsage) {
          u.locations_omitted = (u.locations_omitted ?? 0) + 1;
          continue;
        }
        // A copy of the fields the inventory shows (a report's object may carry anything else).
        u.locations.push(
          typeof l.column === 'number'
            ? { path: l.path, line: l.line, column: l.column }
            : { path: l.path, line: l.line },
        );
      }
    }
  }

  const byStatus = zeroCounts();
  const byCategory = Object.fromEntries(LICENSE_CATEGORIES.map((c) => [c, 0])) as Record<LicenseCategory, number>;
  const categoryCache = new Map<string, LicenseCategory>();
  let usageCount = 0;
  const out: InventoryModel[] = [];
  for (const mb of models.values()) {
    const statuses = zeroCounts();
    let status: ModelStatus = 'allowed';
    let declaredIn = 0;
    let usages = mb.usages;
    if (usages.length > 1) {
      // By repository name.
      const order = mb.repos
        .map((r, i) => i)
        .sort((a, b) => (mb.repos[a].key < mb.repos[b].key ? -1 : mb.repos[a].key > mb.repos[b].key ? 1 : 0));
      usages = order.map((i) => mb.usages[i]);
    }
    for (let i = 0; i < mb.usages.length; i++) {
      const u = mb.usages[i];
      statuses[u.status]++;
      status = worse(status, u.status);
      if (u.declared) declaredIn++;
      mb.repos[i].models++;
      mb.repos[i].counts[u.status]++;
    }
    usageCount += usages.length;
    // The license most of its repositories report (ties: the first by name).
    let license: string | null = usages.length === 1 ? usages[0].license : null;
    let licenseVotes: Map<string, number> | undefined;
    if (usages.length > 1) {
      licenseVotes = new Map();
      for (const u of usages) if (u.license) licenseVotes.set(u.license, (licenseVotes.get(u.license) ?? 0) + 1);
      let best = 0;
      for (const [l, n] of licenseVotes) {
        if (n > best || (n === best && license !== null && cmp(l, license) < 0)) {
          license = l;
          best = n;
        }
      }
    }
    let category: LicenseCategory = 'unknown';
    if (license) {
      category = categoryCache.get(license) ?? opts.categoryOf(license);
      categoryCache.set(license, category);
    }
    byStatus[status]++;
    byCategory[category]++;
    const model: InventoryModel = {
      id: mb.id,
      license,
      category,
      status,
      statuses,
      repositories: usages.length,
      declared_in: declaredIn,
      revisions: mb.revisions ? [...mb.revisions].sort(cmp) : [],
      usages,
    };
    if (mb.kind) model.kind = mb.kind;
    if (mb.publisher) model.publisher = mb.publisher;
    if (licenseVotes && licenseVotes.size > 1) model.licenses = [...licenseVotes.keys()].sort(cmp);
    out.push(model);
  }
  const keyed = out.map((m) => ({ m, key: m.id.toLowerCase() }));
  keyed.sort(
    (a, b) =>
      RANK[a.m.status] - RANK[b.m.status] ||
      b.m.repositories - a.m.repositories ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : a.m.id < b.m.id ? -1 : a.m.id > b.m.id ? 1 : 0),
  );
  const sorted = keyed.map((k) => k.m);

  const repositories: InventoryRepository[] = [...repos.values()]
    .sort((a, b) => cmp(a.name, b.name))
    .map(({ policySet, key: _key, usageOf: _usageOf, ...r }) => ({ ...r, policies: [...policySet].sort(cmp) }));
  for (const r of repositories) {
    if (r.reports.length > 1)
      warnings.push(`${r.name}: ${r.reports.length} reports (${r.reports.join(', ')}) merged into one repository`);
    if (r.not_scanned > 0)
      warnings.push(
        `${r.name}: ${r.not_scanned} file${r.not_scanned === 1 ? ' was' : 's were'} not scanned (see its report's not_scanned)`,
      );
  }

  const missing: string[] = [];
  const seenExpected = new Set<string>();
  for (const name of opts.expected ?? []) {
    const key = name.toLowerCase();
    if (seenExpected.has(key)) continue;
    seenExpected.add(key);
    if (!repos.has(key)) missing.push(name);
  }
  missing.sort(cmp);
  if (missing.length) {
    const shown = missing.slice(0, 20).join(', ');
    warnings.unshift(
      `${missing.length} expected ${missing.length === 1 ? 'repository has' : 'repositories have'} no report (not checked: their models are not in this inventory): ${shown}${missing.length > 20 ? ', …' : ''}`,
    );
  }

  return {
    version: 1,
    generated_at: (opts.now ?? new Date()).toISOString(),
    tool: { name: 'model-gate', version: opts.toolVersion },
    policies: [...policies].sort(cmp),
    summary: {
      repositories: repositories.length,
      missing: missing.length,
      models: out.length,
      usages: usageCount,
      by_status: byStatus,
      by_category: byCategory,
      verdicts: {
        pass: repositories.filter((r) => r.verdict === 'pass').length,
        fail: repositories.filter((r) => r.verdict === 'fail').length,
      },
    },
    models: sorted,
    repositories,
    missing,
    warnings,
  };
}
