import { basename } from 'node:path';
import type { Catalog } from '../catalog/catalog.js';
import { dateOf, daysBetween } from '../core/dates.js';
import { UserError, type UserErrorItem } from '../core/errors.js';
import type {
  AllowLayer,
  Exception,
  LicenseCategory,
  Location,
  Openness,
  Policy,
  RuleId,
  Severity,
} from '../core/types.js';
import { editDistance } from '../core/suggest.js';
import { isPlaceholderReason } from './exceptions.js';
import { REQUIREMENTS_FILES } from '../core/requirements-files.js';
import { MARKDOWN_DOCUMENTS } from '../core/document-files.js';
import { escapePointer, positionOf, type PositionedDoc } from '../core/yaml.js';
import { layerAllows } from '../rules/allow.js';
import { defaultSeverities } from '../rules/index.js';

/** A policy file as written (validated against schemas/policy.schema.json). */
export interface RawPolicy {
  version: 1;
  name?: string;
  extends?: string[];
  licenses?: {
    allow?: string[];
    deny?: string[];
    allow_categories?: LicenseCategory[];
    deny_categories?: LicenseCategory[];
  };
  use?: { commercial?: boolean; monthly_active_users?: number; annual_revenue_usd?: number; regions?: string[] };
  openness?: { minimum?: Exclude<Openness, 'closed'> };
  provenance?: { trusted_publishers?: string[] };
  rules?: Partial<Record<RuleId, Severity>>;
  scan?: { paths?: string[]; ignore?: string[]; mentions?: string[] };
  governance?: { overridable?: string[]; local_exceptions?: boolean; exception_max_days?: number };
  exceptions?: Array<Omit<Exception, 'location'>>;
}

/** One file of the extends chain, read and validated. */
export interface PolicyFile {
  /** How reports and errors name it (a repository path, owner/repo/path@ref, or policies/default.yml). */
  display: string;
  /** Whether it is the shipped default policy. */
  isDefault: boolean;
  doc: PositionedDoc;
  raw: RawPolicy;
}

/**
 * How the files of an extends chain (parents first) combine a setting:
 * - `accumulate`: the union of every file's list; where the parent lets it be loosened, the child's list replaces it.
 * - `intersect`: a child may only narrow its parents' list; adding to it is an error unless loosening is allowed.
 * - `stricter`: values are ordered; a child may move only towards the stricter end, unless loosening is allowed.
 * - `strictest`: the strictest value along the chain holds; a looser one is ignored.
 * - `replace`: the repository's own business, not governed: the last file that sets it wins.
 * - `child-only`: never inherited: only the last file's own value counts.
 * - `closes`: a governance switch: once a file turns it off, no file below can turn it back on.
 * - `per-file`: each file's own value binds the files that extend it (governance.overridable).
 */
export type MergeKind =
  'accumulate' | 'intersect' | 'stricter' | 'strictest' | 'replace' | 'child-only' | 'closes' | 'per-file';

/** What a row's merge function works with: the policy so far, the file being merged, and the chain's bookkeeping. */
export interface MergeStep {
  policy: Policy;
  file: PolicyFile;
  isRoot: boolean;
  catalog: Catalog;
  today: string;
  /** Where a JSON pointer of the file is written. */
  loc(pointer: string): Location;
  error(pointer: string, message: string): void;
  /**
   * Whether this file may loosen a setting: every file that wrote its current value lists it in
   * governance.overridable, and so does every file of the chain between them that states a governance.overridable.
   */
  mayLoosen(setting: string): boolean;
  /** Why this file may not loosen a setting, for an error: `which ... does not allow` (undefined: it may). */
  refusal(setting: string): string | undefined;
  /** Record that this file wrote a setting: its value replaced (default) or added to the current one. */
  own(setting: string, pointer: string, accumulate?: boolean): void;
  /** The standard error for a refused loosening. */
  refuse(pointer: string, setting: string, what: string): void;
  /** Where a setting's current value was written, as file:line (or `fallback`). */
  originOf(setting: string, fallback?: string): string;
  /** State shared by rows across the chain (governance switches). */
  state: { localExceptions: boolean; localExceptionsRefused: boolean; overridable: Map<string, string[]> };
}

/** One row of the merge table: a setting of the policy file, how the chain merges it, and whether it is governed. */
export interface SettingRow {
  /** The setting's path in the file (`rules.*`: each rule). */
  path: string;
  /** Other settings of the file this row merges with it (licenses.allow_categories, in the allow layers). */
  with?: string[];
  merge: MergeKind;
  /** The `governance.overridable` entries that let a child loosen it; none: not governed. */
  governs: string[];
  /** One line for the documentation: how the chain merges it. */
  doc: string;
  /** Merge one file's value into the policy (called for every file of the chain, parents first). */
  apply(step: MergeStep): void;
}

/**
 * Where references are mentions, not dependencies, unless the policy's `scan.mentions` says otherwise: documentation
 * (Markdown, reStructuredText, text files, gettext's translation catalogs, docs folders) and tests. Globs over repository paths (picomatch, `dot`
 * and case-insensitive); a `!GLOB` takes back what the globs before it matched (the last glob that matches decides).
 * pip's requirements files are text files but not documentation: what they install is a dependency, unless they
 * sit in a docs or tests folder (those globs come after). GitHub's workflows are the tests' runner: the models they
 * download are the tests'.
 */
export const DEFAULT_MENTIONS: readonly string[] = [
  ...MARKDOWN_DOCUMENTS,
  '**/*.rst',
  '**/*.txt',
  ...REQUIREMENTS_FILES.filter((g) => g.endsWith('.txt')).map((g) => `!${g}`),
  '**/*.adoc',
  '**/*.tex',
  // gettext's translation catalogs (`locale/de/LC_MESSAGES/models.po`, Sphinx's translated pages): the translated
  // documentation's text, loaded by no code
  '**/*.po',
  '**/*.pot',
  // documentation folders, under either name (`doc/source/conf.py` builds the documentation)
  '**/docs/**',
  '**/doc/**',
  '**/releasenotes/**',
  '**/newsfragments/**',
  '**/changelog.d/**',
  // the data files of a Jekyll (GitHub Pages) site: tables its pages render (aider's benchmark leaderboards), loaded
  // by no code
  '**/_data/**/*.{yml,yaml,json,csv,tsv,toml}',
  '**/tests/**',
  '**/test/**',
  '**/__tests__/**',
  '**/integration-tests/**',
  '**/integration_tests/**',
  '**/e2e/**',
  '**/autotest/**',
  // Go's folders of test fixtures (the go tool ignores `testdata`: recorded requests, golden files)
  '**/testdata/**',
  // the test folders of Android (instrumented tests) and of .NET solutions (a project per test suite)
  '**/androidTest/**',
  '**/*.Tests/**',
  '**/*.UnitTests/**',
  '**/*.IntegrationTests/**',
  '**/__snapshots__/**',
  '**/*.snap',
  '**/*_test.*',
  '**/test_*.py',
  '**/test.py',
  '**/tests.py',
  '**/conftest.py',
  '**/*.test.*',
  '**/*.spec.*',
  // continuous integration: the models a workflow downloads run the project's tests (a release that ships a model
  // declares it in the manifest); scripts beside the workflows (`.github/build_packages.ps1`) stay code
  '.github/workflows/**',
];

const SEVERITY_RANK: Record<Severity, number> = { off: 0, warn: 1, block: 2 };
const OPENNESS_RANK: Record<string, number> = { 'open-weights': 1, 'open-source': 2 };

function union<T>(a: T[], b: T[]): T[] {
  return [...new Set([...a, ...b])];
}

/** A list that accumulates along the chain (replaced where a parent lets it be loosened). */
function accumulateRow(
  path: string,
  governed: boolean,
  doc: string,
  get: (p: Policy) => string[] | undefined,
  set: (p: Policy, v: string[]) => void,
  read: (s: MergeStep) => string[] | undefined,
): SettingRow {
  return {
    path,
    merge: 'accumulate',
    governs: governed ? [path] : [],
    doc,
    apply(s) {
      const next = read(s);
      if (!next) return;
      const replace = governed && !s.isRoot && s.mayLoosen(path);
      set(s.policy, replace ? next : union(get(s.policy) ?? [], next));
      s.own(path, `/${path.replace('.', '/')}`, !replace);
    },
  };
}

/** An ordered value a child may only tighten (`rank`: higher is stricter), unless a parent lets it loosen. */
function stricterRow<T>(
  path: string,
  doc: string,
  rank: (v: T) => number,
  get: (p: Policy) => T | undefined,
  set: (p: Policy, v: T) => void,
  read: (r: RawPolicy) => T | undefined,
): SettingRow {
  const key = path.split('.').pop()!;
  return {
    path,
    merge: 'stricter',
    governs: [path],
    doc,
    apply(s) {
      const next = read(s.file.raw);
      if (next === undefined) return;
      const pointer = `/${path.replace('.', '/')}`;
      const prev = get(s.policy);
      if (prev !== undefined && rank(next) < rank(prev) && !s.mayLoosen(path)) {
        s.refuse(pointer, path, `${key}: ${String(next)}`);
        return;
      }
      set(s.policy, next);
      s.own(path, pointer);
    },
  };
}

/** License ids of a list, canonicalised through the catalog; an unknown id is an error with suggestions. */
function licenseIds(s: MergeStep, key: 'allow' | 'deny'): string[] | undefined {
  const list = s.file.raw.licenses?.[key];
  if (!list) return undefined;
  return list
    .map((id, i) => {
      const t = s.catalog.license(id);
      if (!t)
        s.error(
          `/licenses/${key}/${i}`,
          `unknown license id "${id}"${suggestLicense(id, s.catalog)}; \`model-gate licenses\` lists the ids`,
        );
      return t?.id;
    })
    .filter((x): x is string => !!x);
}

function categoryCovered(layer: AllowLayer, category: LicenseCategory, catalog: Catalog): boolean {
  if (layer.allow_categories?.includes(category)) return true;
  // A category is covered only when the layer allows every catalog license of it.
  const members = catalog.licenses.filter((l) => l.category === category);
  return members.length > 0 && members.every((l) => layer.allow?.includes(l.id));
}

/**
 * The merge table: one row per setting of a policy file, applied in this order to each file of the chain (parents
 * first). A new policy setting is one row here (and its property in schemas/policy.schema.json). `governs` feeds the
 * schema's governance.overridable enum and the merge table of docs/policy.md (`npm run generate`).
 */
export const MERGE_TABLE: readonly SettingRow[] = [
  accumulateRow(
    'licenses.deny',
    true,
    'accumulate (union)',
    (p) => p.licenses.deny,
    (p, v) => (p.licenses.deny = v),
    (s) => licenseIds(s, 'deny'),
  ),
  accumulateRow(
    'licenses.deny_categories',
    true,
    'accumulate (union)',
    (p) => p.licenses.deny_categories,
    (p, v) => (p.licenses.deny_categories = v as LicenseCategory[]),
    (s) => s.file.raw.licenses?.deny_categories,
  ),
  {
    path: 'licenses.allow',
    with: ['licenses.allow_categories'],
    merge: 'intersect',
    governs: ['licenses.allow', 'licenses.allow_categories'],
    doc: 'intersect: a license must be allowed by every file that has an allow list (`licenses.allow` or `licenses.allow_categories`), so a child can only narrow',
    apply(s) {
      const lic = s.file.raw.licenses;
      if (!lic?.allow && !lic?.allow_categories) return;
      const layer: AllowLayer = { location: s.loc(lic.allow ? '/licenses/allow' : '/licenses/allow_categories') };
      if (lic.allow) layer.allow = licenseIds(s, 'allow');
      if (lic.allow_categories) layer.allow_categories = [...lic.allow_categories];
      const { policy } = s;
      const replace = !s.isRoot && (s.mayLoosen('licenses.allow') || s.mayLoosen('licenses.allow_categories'));
      if (replace) {
        policy.licenses.allow_layers = [layer];
      } else {
        // Anything this layer allows that a parent layer does not is a loosening attempt.
        const why = s.refusal('licenses.allow') ?? s.refusal('licenses.allow_categories') ?? WRITER_REFUSES;
        const refused = (pointer: string, what: string, blocker: AllowLayer) =>
          s.error(
            pointer,
            `${what} would loosen licenses.allow set by ${blocker.location.path}:${blocker.location.line}, ${why}; remove it or ask the parent policy's owners`,
          );
        (layer.allow ?? []).forEach((id, i) => {
          const t = s.catalog.license(id);
          const blocker = t && policy.licenses.allow_layers.find((l) => !layerAllows(l, t.id, t.category));
          if (blocker) refused(`/licenses/allow/${i}`, `allowing "${id}"`, blocker);
        });
        (layer.allow_categories ?? []).forEach((c, i) => {
          const blocker = policy.licenses.allow_layers.find((l) => !categoryCovered(l, c, s.catalog));
          if (blocker) refused(`/licenses/allow_categories/${i}`, `allowing category "${c}"`, blocker);
        });
        policy.licenses.allow_layers.push(layer);
      }
      policy.licenses.allow = layer.allow;
      policy.licenses.allow_categories = layer.allow_categories;
      s.own('licenses.allow', lic.allow ? '/licenses/allow' : '/licenses/allow_categories', !replace);
      // Both keys share the layer's writers (either may be overridable); each names its own line (explain shows it).
      s.own('licenses.allow_categories', lic.allow ? '/licenses/allow' : '/licenses/allow_categories', !replace);
      if (lic.allow_categories) policy.origins['licenses.allow_categories'] = s.loc('/licenses/allow_categories');
      else delete policy.origins['licenses.allow_categories'];
    },
  },
  stricterRow<boolean>(
    'use.commercial',
    'the stricter side: `true`',
    (v) => (v ? 1 : 0),
    (p) => p.use.commercial,
    (p, v) => (p.use.commercial = v),
    (r) => r.use?.commercial,
  ),
  stricterRow<number>(
    'use.monthly_active_users',
    'the stricter side: the larger number',
    (v) => v,
    (p) => p.use.monthly_active_users,
    (p, v) => (p.use.monthly_active_users = v),
    (r) => r.use?.monthly_active_users,
  ),
  stricterRow<number>(
    'use.annual_revenue_usd',
    'the stricter side: the larger number',
    (v) => v,
    (p) => p.use.annual_revenue_usd,
    (p, v) => (p.use.annual_revenue_usd = v),
    (r) => r.use?.annual_revenue_usd,
  ),
  accumulateRow(
    'use.regions',
    true,
    'accumulate (union)',
    (p) => p.use.regions,
    (p, v) => (p.use.regions = v),
    (s) => s.file.raw.use?.regions?.map((r) => r.toUpperCase()),
  ),
  stricterRow<Exclude<Openness, 'closed'>>(
    'openness.minimum',
    'the stricter level',
    (v) => OPENNESS_RANK[v],
    (p) => p.openness.minimum,
    (p, v) => (p.openness.minimum = v),
    (r) => r.openness?.minimum,
  ),
  {
    path: 'provenance.trusted_publishers',
    merge: 'intersect',
    governs: ['provenance.trusted_publishers'],
    doc: 'intersect: a child can only narrow the list',
    apply(s) {
      const tp = s.file.raw.provenance?.trusted_publishers;
      if (!tp) return;
      const path = 'provenance.trusted_publishers';
      const prev = s.policy.provenance.trusted_publishers;
      if (prev && !s.mayLoosen(path)) {
        const lower = prev.map((p) => p.toLowerCase());
        tp.forEach((p, i) => {
          if (!lower.includes(p.toLowerCase()))
            s.refuse(`/provenance/trusted_publishers/${i}`, path, `trusting "${p}"`);
        });
        s.policy.provenance.trusted_publishers = prev.filter((p) =>
          tp.some((q) => q.toLowerCase() === p.toLowerCase()),
        );
      } else {
        s.policy.provenance.trusted_publishers = [...tp];
      }
      s.own(path, '/provenance/trusted_publishers');
    },
  },
  {
    path: 'rules.*',
    merge: 'stricter',
    governs: ['rules'],
    doc: 'a child may raise a severity (`off` < `warn` < `block`), not lower it; rules not mentioned keep their defaults',
    apply(s) {
      for (const [id, sev] of Object.entries(s.file.raw.rules ?? {}) as Array<[RuleId, Severity]>) {
        const setting = `rules.${id}`;
        const pointer = `/rules/${escapePointer(id)}`;
        const prev = s.policy.rules[id];
        if (SEVERITY_RANK[sev] < SEVERITY_RANK[prev] && !s.mayLoosen(setting)) {
          s.error(
            pointer,
            `${id}: ${sev} would lower the severity ${prev} set by ${s.originOf(setting, 'the rule default')}, ${s.refusal(setting) ?? WRITER_REFUSES}; a child policy may only raise severities`,
          );
          continue;
        }
        s.policy.rules[id] = sev;
        s.own(setting, pointer);
      }
    },
  },
  {
    path: 'scan.paths',
    merge: 'replace',
    governs: [],
    doc: "the repository's own, not governed: a child's paths replace its parents'",
    apply(s) {
      const paths = s.file.raw.scan?.paths;
      if (!paths) return;
      s.policy.scan.paths = [...paths];
      s.own('scan.paths', '/scan/paths');
    },
  },
  {
    path: 'scan.mentions',
    merge: 'replace',
    governs: [],
    doc: "the repository's own, not governed: a child's list replaces its parents' (default: documentation and tests; `[]`: every reference is evaluated)",
    apply(s) {
      const mentions = s.file.raw.scan?.mentions;
      if (!mentions) return;
      s.policy.scan.mentions = [...mentions];
      s.own('scan.mentions', '/scan/mentions');
    },
  },
  accumulateRow(
    'scan.ignore',
    false,
    "the repository's own, not governed: accumulate (union)",
    (p) => p.scan.ignore,
    (p, v) => (p.scan.ignore = v),
    (s) => s.file.raw.scan?.ignore,
  ),
  {
    path: 'exceptions',
    merge: 'accumulate',
    governs: [],
    doc: "accumulate; a child's exceptions need a parent's `governance.local_exceptions: true` and stay within the smallest `exception_max_days` of its parents",
    apply(s) {
      // Checked against the governance of the parents: this file's governance binds only its children (rows below).
      const maxDays = s.policy.governance.exception_max_days;
      (s.file.raw.exceptions ?? []).forEach((e, i) => {
        const pointer = `/exceptions/${i}`;
        if (!s.isRoot && !s.state.localExceptions) {
          const why = s.state.localExceptionsRefused
            ? `${s.originOf('governance.local_exceptions')} sets governance.local_exceptions: false`
            : 'no parent policy sets governance.local_exceptions: true';
          s.error(
            pointer,
            `this policy may not grant exceptions: ${why}; ask the parent policy's owners to add the exception there`,
          );
          return;
        }
        const days = daysBetween(s.today, e.expires);
        if (maxDays !== undefined && days > maxDays) {
          s.error(
            `${pointer}/expires`,
            `exception expires ${e.expires}, ${days} days from today; governance.exception_max_days allows at most ${maxDays} days`,
          );
          return;
        }
        if (isPlaceholderReason(e.reason)) {
          s.error(
            `${pointer}/reason`,
            'the reason is still the placeholder of the suggested snippet; write why the model is needed and the ticket that approved it',
          );
          return;
        }
        if (Number.isNaN(Date.parse(`${e.expires}T00:00:00Z`))) {
          s.error(`${pointer}/expires`, `expires must be a date YYYY-MM-DD, not "${e.expires}"`);
          return;
        }
        s.policy.exceptions.push({ ...e, models: [...e.models], location: s.loc(pointer) });
      });
    },
  },
  {
    path: 'governance.overridable',
    merge: 'per-file',
    governs: [],
    doc: "each file's own list binds the files that extend it",
    apply(s) {
      const list = s.file.raw.governance?.overridable;
      s.state.overridable.set(s.file.display, list ?? []);
      if (!list) return;
      s.policy.governance.overridable = [...list];
      s.policy.origins['governance.overridable'] = s.loc('/governance/overridable');
    },
  },
  {
    path: 'governance.local_exceptions',
    merge: 'closes',
    governs: [],
    doc: 'a `false` closes exceptions for everything below it; a later `true` cannot reopen them',
    apply(s) {
      const v = s.file.raw.governance?.local_exceptions;
      if (v !== undefined) {
        s.state.localExceptions = v && !s.state.localExceptionsRefused;
        if (!v) s.state.localExceptionsRefused = true;
        if (!s.state.localExceptionsRefused || !v)
          s.policy.origins['governance.local_exceptions'] = s.loc('/governance/local_exceptions');
      }
      s.policy.governance.local_exceptions = s.state.localExceptions;
    },
  },
  {
    path: 'governance.exception_max_days',
    merge: 'strictest',
    governs: [],
    doc: 'the smallest along the chain',
    apply(s) {
      const v = s.file.raw.governance?.exception_max_days;
      if (v === undefined) return;
      const prev = s.policy.governance.exception_max_days;
      s.policy.governance.exception_max_days = prev === undefined ? v : Math.min(prev, v);
      s.policy.origins['governance.exception_max_days'] = s.loc('/governance/exception_max_days');
    },
  },
  {
    path: 'name',
    merge: 'child-only',
    governs: [],
    doc: "the policy's own, never a parent's (default: its file name)",
    apply(s) {
      const { raw, display, isDefault } = s.file;
      s.policy.name = raw.name ?? (isDefault ? 'default' : basename(display).replace(/\.ya?ml$/i, ''));
    },
  },
];

/**
 * The settings `governance.overridable` may name besides the rules (read by .ci/generate.mjs for the schema's enum): every governed setting, and the group of two or
 * more (`licenses` covers every licenses setting). `rules` and `rules.<id>` come from the rule modules.
 */
export const GOVERNABLE_SETTINGS: readonly string[] = (() => {
  const settings = MERGE_TABLE.flatMap((r) => r.governs).filter((g) => g !== 'rules');
  const groups = [...new Set(settings.map((s) => s.split('.')[0]))].filter(
    (g) => settings.filter((s) => s.startsWith(`${g}.`)).length > 1,
  );
  const inGroup = (g: string) => settings.filter((s) => s.startsWith(`${g}.`)).sort();
  return [...groups.flatMap((g) => [g, ...inGroup(g)]), ...settings.filter((s) => !groups.includes(s.split('.')[0]))];
})();

/** Whether a governance.overridable entry covers a setting (`rules` covers every `rules.*`). */
function settingCovers(entry: string, setting: string): boolean {
  return entry === setting || setting.startsWith(`${entry}.`);
}

/** Merge the files of an extends chain (parents first) through the table; throws UserError listing every refused setting. */
/** Why a loosening is refused when the file that wrote the value does not allow it. */
const WRITER_REFUSES = 'which its governance.overridable does not allow';

export function mergePolicyFiles(files: PolicyFile[], catalog: Catalog, now: Date): Policy {
  const errors: UserErrorItem[] = [];
  const policy: Policy = {
    version: 1,
    name: '',
    licenses: { deny: [], deny_categories: [], allow_layers: [] },
    use: {},
    openness: {},
    provenance: {},
    rules: defaultSeverities(),
    scan: { paths: ['**'], ignore: [], mentions: [...DEFAULT_MENTIONS] },
    governance: { overridable: [], local_exceptions: false },
    exceptions: [],
    chain: files.map((f) => f.display),
    origins: {},
  };
  /** The files whose writing made each setting's current value. */
  const owners = new Map<string, string[]>();
  const state: MergeStep['state'] = { localExceptions: false, localExceptionsRefused: false, overridable: new Map() };
  const today = dateOf(now);

  files.forEach((file, index) => {
    const loc = (pointer: string): Location => {
      const p = positionOf(file.doc, pointer);
      return { path: file.display, line: p.line, column: p.column };
    };
    const error = (pointer: string, message: string) => errors.push({ ...loc(pointer), message });
    const originOf = (setting: string, fallback = 'the parent policy') => {
      const o = policy.origins[setting];
      return o ? `${o.path}:${o.line}` : fallback;
    };
    const step: MergeStep = {
      policy,
      file,
      isRoot: index === 0,
      catalog,
      today,
      state,
      loc,
      error,
      originOf,
      mayLoosen(setting) {
        return step.refusal(setting) === undefined;
      },
      refusal(setting) {
        if (index === 0) return undefined;
        // A setting still at its default is judged by the root file's governance.
        const writers = owners.get(setting)?.length ? owners.get(setting)! : [files[0].display];
        const covers = (list: readonly string[] | undefined) => (list ?? []).some((o) => settingCovers(o, setting));
        if (!writers.every((w) => covers(state.overridable.get(w)))) return WRITER_REFUSES;
        // A file between the writer and this one that states what the files extending it may loosen binds them
        // too: an organisation's policy extending `default` (which lets its children loosen anything) still
        // decides what its repositories may loosen of what it inherited.
        const last = Math.max(...writers.map((w) => files.findIndex((f) => f.display === w)));
        for (let j = last + 1; j < index; j++) {
          const list = files[j].raw.governance?.overridable;
          if (list && !covers(list)) {
            const p = positionOf(files[j].doc, '/governance/overridable');
            return `which the governance.overridable of ${files[j].display}:${p.line}, between it and this file, does not allow`;
          }
        }
        return undefined;
      },
      own(setting, pointer, accumulate = false) {
        policy.origins[setting] = loc(pointer);
        owners.set(setting, [...new Set([...(accumulate ? (owners.get(setting) ?? []) : []), file.display])]);
      },
      refuse(pointer, setting, what) {
        error(
          pointer,
          `${what} would loosen ${setting} set by ${originOf(setting)}, ${step.refusal(setting) ?? WRITER_REFUSES}; remove it or ask the parent policy's owners`,
        );
      },
    };
    for (const row of MERGE_TABLE) row.apply(step);
  });

  if (!errors.length) return policy;
  const order = new Map(files.map((f, i) => [f.display, i]));
  throw new UserError(
    errors.sort(
      (a, b) =>
        (order.get(a.path ?? '') ?? 0) - (order.get(b.path ?? '') ?? 0) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0),
    ),
  );
}

function suggestLicense(id: string, catalog: Catalog): string {
  const norm = (x: string) => x.toLowerCase().replace(/[^a-z0-9]/g, '');
  const want = norm(id);
  if (!want) return '';
  const scored = catalog.licenses
    .map((l) => {
      const names = [l.id, ...(l.spdx ? [l.spdx] : []), ...(l.aliases ?? [])].map(norm);
      const d = Math.min(...names.map((n) => (n === want ? 0 : n.startsWith(want) ? 1 : editDistance(n, want) + 1)));
      return { id: l.id, d };
    })
    .filter((x) => x.d <= 3)
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id));
  // The same id but for punctuation is the answer; otherwise offer the closest few.
  const best = (scored[0]?.d === 0 ? scored.slice(0, 1) : scored.slice(0, 3)).map((x) => `"${x.id}"`);
  return best.length ? ` (did you mean ${best.join(' or ')}?)` : '';
}
