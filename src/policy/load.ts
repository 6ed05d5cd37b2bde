import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, relative, resolve as resolvePath } from 'node:path';
import { loadCatalog, type Catalog } from '../catalog/catalog.js';
import { dateOf, daysBetween } from '../core/dates.js';
import { UserError, type UserErrorItem } from '../core/errors.js';
import { packagePath } from '../core/paths.js';
import type { AllowLayer, Exception, LicenseCategory, Location, Openness, Policy, RuleId, Severity } from '../core/types.js';
import { editDistance, validateDoc } from '../core/validate.js';
import { escapePointer, parseYamlWithPositions, positionOf, type PositionedDoc } from '../core/yaml.js';
import { defaultSeverities } from '../rules/index.js';
import { layerAllows } from '../rules/allow.js';

/** Reads a policy file from another repository (the GitHub contents API). */
export interface RemotePolicyReader {
  read(owner: string, repo: string, path: string, ref: string): Promise<string>;
}

export interface LoadPolicyOptions {
  /** Directory local paths are relative to (the repository root). */
  cwd: string;
  remote?: RemotePolicyReader;
  catalog?: Catalog;
  /** Today, for exception_max_days. */
  now?: Date;
}

/** Where a policy file lives. */
type PolicyRef =
  | { kind: 'default' }
  | { kind: 'local'; abs: string }
  | { kind: 'remote'; owner: string; repo: string; path: string; ref: string };

const MAX_DEPTH = 5;
const MAX_POLICY_BYTES = 1024 * 1024;
/** owner/repo/path@ref; owner and repo as GitHub allows them. */
const REMOTE_RE = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})\/([^@]+)@([^@\s]+)$/;

export function parsePolicySpec(spec: string, baseDir: string, from?: PolicyRef): PolicyRef {
  const s = spec.trim();
  if (s === 'default') return { kind: 'default' };
  const m = REMOTE_RE.exec(s);
  if (m && !s.startsWith('.') && !s.startsWith('/')) {
    return { kind: 'remote', owner: m[1], repo: m[2], path: m[3].replace(/^\/+/, ''), ref: m[4] };
  }
  if (from?.kind === 'remote') {
    // A relative path inside a remote policy stays in that repository, at the same ref.
    const joined = relativeRemotePath(dirname(from.path), s);
    return { ...from, path: joined };
  }
  return { kind: 'local', abs: isAbsolute(s) ? s : resolvePath(baseDir, s) };
}

function relativeRemotePath(dir: string, rel: string): string {
  const parts = dir === '.' ? [] : dir.split('/');
  for (const seg of rel.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}

function refKey(r: PolicyRef): string {
  if (r.kind === 'default') return 'default';
  if (r.kind === 'local') return `local:${r.abs}`;
  return `remote:${r.owner}/${r.repo}/${r.path}@${r.ref}`.toLowerCase();
}

function displayName(r: PolicyRef, cwd: string): string {
  if (r.kind === 'default') return 'policies/default.yml';
  if (r.kind === 'remote') return `${r.owner}/${r.repo}/${r.path}@${r.ref}`;
  const rel = relative(cwd, r.abs);
  return rel && !rel.startsWith('..') ? rel.split('\\').join('/') : r.abs;
}

interface RawPolicy {
  version: 1;
  name?: string;
  extends?: string[];
  licenses?: { allow?: string[]; deny?: string[]; allow_categories?: LicenseCategory[]; deny_categories?: LicenseCategory[] };
  use?: { commercial?: boolean; monthly_active_users?: number; regions?: string[] };
  openness?: { minimum?: Exclude<Openness, 'closed'> };
  provenance?: { trusted_publishers?: string[] };
  rules?: Partial<Record<RuleId, Severity>>;
  scan?: { paths?: string[]; ignore?: string[] };
  governance?: { overridable?: string[]; local_exceptions?: boolean; exception_max_days?: number };
  exceptions?: Array<Omit<Exception, 'location'>>;
}

interface PolicyFile {
  ref: PolicyRef;
  display: string;
  doc: PositionedDoc;
  raw: RawPolicy;
}

async function readPolicyText(ref: PolicyRef, display: string, opts: LoadPolicyOptions, requestedAt?: Location): Promise<string> {
  const at = requestedAt ? { path: requestedAt.path, line: requestedAt.line, column: requestedAt.column } : { path: display };
  if (ref.kind === 'remote') {
    if (!opts.remote) {
      throw new UserError({ ...at, message: `cannot read ${display}: no GitHub access (set GITHUB_TOKEN, or run inside the action)` });
    }
    try {
      return await opts.remote.read(ref.owner, ref.repo, ref.path, ref.ref);
    } catch (e) {
      const why = (e as Error).message.replace(/^cannot read policy \S+( at \S+)?: /, '');
      throw new UserError({ ...at, message: `cannot read policy ${display}: ${why}` });
    }
  }
  const file = ref.kind === 'default' ? packagePath('policies', 'default.yml') : ref.abs;
  try {
    const st = await stat(file);
    if (st.isDirectory()) throw new UserError({ ...at, message: `policy ${display} is a directory, not a YAML file` });
    if (st.size > MAX_POLICY_BYTES) throw new UserError({ ...at, message: `policy ${display} is larger than 1 MiB` });
    return await readFile(file, 'utf8');
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new UserError({ ...at, message: `cannot read policy ${display}: ${why}` });
  }
}

/** Load the chain of policy files, parents first, this file last. */
async function loadChain(spec: string, opts: LoadPolicyOptions): Promise<PolicyFile[]> {
  const out: PolicyFile[] = [];
  const seen = new Set<string>();
  const visit = async (ref: PolicyRef, stack: PolicyRef[], requestedAt?: Location): Promise<void> => {
    const key = refKey(ref);
    const display = displayName(ref, opts.cwd);
    const names = [...stack.map((r) => displayName(r, opts.cwd)), display];
    if (stack.some((r) => refKey(r) === key)) {
      throw new UserError({ ...(requestedAt ?? { path: display }), message: `extends forms a cycle: ${names.join(' → ')}` });
    }
    if (stack.length >= MAX_DEPTH) {
      throw new UserError({ ...(requestedAt ?? { path: display }), message: `extends is nested deeper than ${MAX_DEPTH} levels: ${names.join(' → ')}` });
    }
    if (seen.has(key)) return;
    let text: string;
    try {
      text = await readPolicyText(ref, display, opts, requestedAt);
    } catch (e) {
      // A parent that cannot be read is an error naming the chain, never a silent fallback.
      if (e instanceof UserError && stack.length) {
        throw new UserError(e.items.map((i) => ({ ...i, message: `${i.message} (extends chain: ${names.join(' → ')})` })));
      }
      throw e;
    }
    const doc = parseYamlWithPositions(text, display, 'policy');
    validateDoc(doc, 'policy');
    const raw = doc.value as RawPolicy;
    const baseDir = ref.kind === 'local' ? dirname(ref.abs) : ref.kind === 'default' ? packagePath('policies') : opts.cwd;
    for (const [i, parentSpec] of (raw.extends ?? []).entries()) {
      const pos = positionOf(doc, `/extends/${i}`);
      const parent = parsePolicySpec(parentSpec, baseDir, ref);
      await visit(parent, [...stack, ref], { path: display, line: pos.line, column: pos.column });
    }
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ ref, display, doc, raw });
    }
  };
  await visit(parsePolicySpec(spec, opts.cwd), []);
  return out;
}

const SEVERITY_RANK: Record<Severity, number> = { off: 0, warn: 1, block: 2 };
const OPENNESS_RANK: Record<string, number> = { 'open-weights': 1, 'open-source': 2 };

/**
 * Load a policy: `default` (the shipped one), a local path, or owner/repo/path@ref; follow `extends`
 * (parents first), apply the merge semantics and governance, and resolve every setting.
 */
export async function loadPolicy(spec: string, opts: LoadPolicyOptions): Promise<Policy> {
  const catalog = opts.catalog ?? loadCatalog();
  const files = await loadChain(spec, opts);
  return mergePolicyFiles(files, catalog, opts.now ?? new Date());
}

function mergePolicyFiles(files: PolicyFile[], catalog: Catalog, now: Date): Policy {
  const errors: UserErrorItem[] = [];
  const policy: Policy = {
    version: 1,
    name: '',
    licenses: { deny: [], deny_categories: [], allow_layers: [] },
    use: {},
    openness: {},
    provenance: {},
    rules: defaultSeverities(),
    scan: { paths: ['**'], ignore: [] },
    governance: { overridable: [], local_exceptions: false },
    exceptions: [],
    chain: files.map((f) => f.display),
    origins: {},
  };
  const todayStr = dateOf(now);
  /** Each file's own governance, by display name. */
  const govByFile = new Map<string, NonNullable<RawPolicy['governance']>>();
  /** The files whose writing made each setting's current value. */
  const owners = new Map<string, string[]>();
  let localExceptions = false;
  let localExceptionsRefused = false;

  files.forEach((file, index) => {
    const isRoot = index === 0;
    const { doc, raw, display } = file;
    const loc = (pointer: string, key = false): Location => {
      const p = positionOf(doc, pointer, key);
      return { path: display, line: p.line, column: p.column };
    };
    const err = (pointer: string, message: string) => {
      const l = loc(pointer);
      errors.push({ path: l.path, line: l.line, column: l.column, message });
    };
    /**
     * Whether `setting` may be loosened here: every file that wrote its current value (for a rule still at its
     * default, the root file) lists it in its governance.overridable.
     */
    const mayLoosen = (setting: string): boolean => {
      if (isRoot) return true;
      const writers = owners.get(setting)?.length ? owners.get(setting)! : [files[0].display];
      return writers.every((w) => (govByFile.get(w)?.overridable ?? []).some((o) => settingCovers(o, setting)));
    };
    /** Record that this file wrote `setting` (replacing its value, or adding to an accumulated list). */
    const own = (setting: string, pointer: string, accumulate = false): void => {
      policy.origins[setting] = loc(pointer);
      const prev = accumulate ? (owners.get(setting) ?? []) : [];
      owners.set(setting, [...new Set([...prev, display])]);
    };
    const originOf = (setting: string): string => {
      const o = policy.origins[setting];
      return o ? `${o.path}:${o.line}` : 'the parent policy';
    };
    const refuse = (pointer: string, setting: string, what: string) =>
      err(pointer, `${what} would loosen ${setting} set by ${originOf(setting)}, which its governance.overridable does not allow; remove it or ask the parent policy's owners`);


    // Licenses.
    const canonLicense = (id: string, pointer: string): string | undefined => {
      const t = catalog.license(id);
      if (!t) {
        err(pointer, `unknown license id "${id}"${suggestLicense(id, catalog)}; \`model-gate licenses\` lists the ids`);
        return undefined;
      }
      return t.id;
    };
    const lic = raw.licenses;
    if (lic) {
      const ids = (key: 'allow' | 'deny') =>
        (lic[key] ?? []).map((id, i) => canonLicense(id, `/licenses/${key}/${i}`)).filter((x): x is string => !!x);
      if (lic.deny) {
        const deny = ids('deny');
        const replace = !isRoot && mayLoosen('licenses.deny');
        policy.licenses.deny = replace ? deny : union(policy.licenses.deny, deny);
        own('licenses.deny', '/licenses/deny', !replace);
      }
      if (lic.deny_categories) {
        const replace = !isRoot && mayLoosen('licenses.deny_categories');
        policy.licenses.deny_categories = replace ? [...lic.deny_categories] : union(policy.licenses.deny_categories, lic.deny_categories);
        own('licenses.deny_categories', '/licenses/deny_categories', !replace);
      }
      if (lic.allow || lic.allow_categories) {
        const layer: AllowLayer = {
          allow: lic.allow ? ids('allow') : undefined,
          allow_categories: lic.allow_categories ? [...lic.allow_categories] : undefined,
          location: loc(lic.allow ? '/licenses/allow' : '/licenses/allow_categories'),
        };
        if (!layer.allow) delete layer.allow;
        if (!layer.allow_categories) delete layer.allow_categories;
        const replace = !isRoot && (mayLoosen('licenses.allow') || mayLoosen('licenses.allow_categories'));
        if (replace) {
          policy.licenses.allow_layers = [layer];
        } else {
          // Anything this layer allows that a parent layer does not is a loosening attempt.
          if (!isRoot) {
            (layer.allow ?? []).forEach((id, i) => {
              const t = catalog.license(id);
              const blocker = t && policy.licenses.allow_layers.find((l) => !layerAllows(l, t.id, t.category));
              if (blocker) {
                err(`/licenses/allow/${i}`, `allowing "${id}" would loosen licenses.allow set by ${blocker.location.path}:${blocker.location.line}, which its governance.overridable does not allow; remove it or ask the parent policy's owners`);
              }
            });
            (layer.allow_categories ?? []).forEach((c, i) => {
              const blocker = policy.licenses.allow_layers.find((l) => !categoryCovered(l, c, catalog));
              if (blocker) {
                err(`/licenses/allow_categories/${i}`, `allowing category "${c}" would loosen licenses.allow set by ${blocker.location.path}:${blocker.location.line}, which its governance.overridable does not allow; remove it or ask the parent policy's owners`);
              }
            });
          }
          policy.licenses.allow_layers.push(layer);
        }
        policy.licenses.allow = layer.allow;
        policy.licenses.allow_categories = layer.allow_categories;
        policy.origins['licenses.allow'] = layer.location;
        owners.set('licenses.allow', replace ? [display] : [...new Set([...(owners.get('licenses.allow') ?? []), display])]);
        owners.set('licenses.allow_categories', owners.get('licenses.allow')!);
      }
    }

    // Use.
    const use = raw.use;
    if (use) {
      if (use.commercial !== undefined) {
        if (use.commercial === false && policy.use.commercial === true && !mayLoosen('use.commercial')) {
          refuse('/use/commercial', 'use.commercial', 'commercial: false');
        } else {
          policy.use.commercial = mayLoosen('use.commercial') ? use.commercial : use.commercial || policy.use.commercial === true;
          own('use.commercial', '/use/commercial');
        }
      }
      if (use.monthly_active_users !== undefined) {
        const prev = policy.use.monthly_active_users;
        if (prev !== undefined && use.monthly_active_users < prev && !mayLoosen('use.monthly_active_users')) {
          refuse('/use/monthly_active_users', 'use.monthly_active_users', `monthly_active_users: ${use.monthly_active_users}`);
        } else {
          policy.use.monthly_active_users = mayLoosen('use.monthly_active_users') ? use.monthly_active_users : Math.max(prev ?? 0, use.monthly_active_users);
          own('use.monthly_active_users', '/use/monthly_active_users');
        }
      }
      if (use.regions) {
        const regions = use.regions.map((r) => r.toUpperCase());
        const replace = !isRoot && mayLoosen('use.regions');
        policy.use.regions = replace ? regions : union(policy.use.regions ?? [], regions);
        own('use.regions', '/use/regions', !replace);
      }
    }

    // Openness.
    const min = raw.openness?.minimum;
    if (min) {
      const prev = policy.openness.minimum;
      if (prev && OPENNESS_RANK[min] < OPENNESS_RANK[prev] && !mayLoosen('openness.minimum')) {
        refuse('/openness/minimum', 'openness.minimum', `minimum: ${min}`);
      } else {
        policy.openness.minimum = min;
        own('openness.minimum', '/openness/minimum');
      }
    }

    // Provenance.
    const tp = raw.provenance?.trusted_publishers;
    if (tp) {
      const prev = policy.provenance.trusted_publishers;
      if (prev && !mayLoosen('provenance.trusted_publishers')) {
        const lower = prev.map((p) => p.toLowerCase());
        tp.forEach((p, i) => {
          if (!lower.includes(p.toLowerCase())) refuse(`/provenance/trusted_publishers/${i}`, 'provenance.trusted_publishers', `trusting "${p}"`);
        });
        policy.provenance.trusted_publishers = prev.filter((p) => tp.some((q) => q.toLowerCase() === p.toLowerCase()));
      } else {
        policy.provenance.trusted_publishers = [...tp];
      }
      own('provenance.trusted_publishers', '/provenance/trusted_publishers');
    }

    // Rules.
    for (const [id, sev] of Object.entries(raw.rules ?? {}) as Array<[RuleId, Severity]>) {
      const setting = `rules.${id}`;
      const pointer = `/rules/${escapePointer(id)}`;
      if (SEVERITY_RANK[sev] < SEVERITY_RANK[policy.rules[id]] && !mayLoosen(setting)) {
        const from = policy.origins[setting] ? originOf(setting) : 'the rule default';
        err(pointer, `${id}: ${sev} would lower the severity ${policy.rules[id]} set by ${from}, which its governance.overridable does not allow; a child policy may only raise severities`);
        continue;
      }
      policy.rules[id] = sev;
      own(setting, pointer);
    }

    // Scan: the repository's own business, not governed. Paths replace, ignores accumulate.
    const scan = raw.scan;
    if (scan?.paths) {
      policy.scan.paths = [...scan.paths];
      own('scan.paths', '/scan/paths');
    }
    if (scan?.ignore) {
      policy.scan.ignore = union(policy.scan.ignore, scan.ignore);
      own('scan.ignore', '/scan/ignore', true);
    }

    // Exceptions: checked against the governance of the parents; this file's governance binds only its children.
    const maxDays = policy.governance.exception_max_days;
    (raw.exceptions ?? []).forEach((e, i) => {
      const pointer = `/exceptions/${i}`;
      if (!isRoot && !localExceptions) {
        const why = localExceptionsRefused
          ? `${policy.origins['governance.local_exceptions'].path}:${policy.origins['governance.local_exceptions'].line} sets governance.local_exceptions: false`
          : `no parent policy sets governance.local_exceptions: true`;
        err(pointer, `this policy may not grant exceptions: ${why}; ask the parent policy's owners to add the exception there`);
        return;
      }
      if (maxDays !== undefined && daysBetween(todayStr, e.expires) > maxDays) {
        err(`${pointer}/expires`, `exception expires ${e.expires}, ${daysBetween(todayStr, e.expires)} days from today; governance.exception_max_days allows at most ${maxDays} days`);
        return;
      }
      if (Number.isNaN(Date.parse(`${e.expires}T00:00:00Z`))) {
        err(`${pointer}/expires`, `expires must be a date YYYY-MM-DD, not "${e.expires}"`);
        return;
      }
      policy.exceptions.push({ ...e, models: [...e.models], location: loc(pointer) });
    });

    // Governance: what this file lets the files extending it loosen (checked per setting by mayLoosen).
    const gov = raw.governance;
    govByFile.set(display, gov ?? {});
    if (gov?.overridable) {
      policy.governance.overridable = [...gov.overridable];
      policy.origins['governance.overridable'] = loc('/governance/overridable');
    }
    if (gov?.local_exceptions !== undefined) {
      // Any file that says false closes exceptions for everything below it; a later true cannot reopen them.
      localExceptions = gov.local_exceptions && !localExceptionsRefused;
      if (!gov.local_exceptions) localExceptionsRefused = true;
      if (!localExceptionsRefused || !gov.local_exceptions) policy.origins['governance.local_exceptions'] = loc('/governance/local_exceptions');
    }
    policy.governance.local_exceptions = localExceptions;
    if (gov?.exception_max_days !== undefined) {
      policy.governance.exception_max_days = minDefined(maxDays, gov.exception_max_days);
      policy.origins['governance.exception_max_days'] = loc('/governance/exception_max_days');
    }
  });

  if (errors.length) {
    const order = new Map(files.map((f, i) => [f.display, i]));
    errors.sort((a, b) => (order.get(a.path ?? '') ?? 0) - (order.get(b.path ?? '') ?? 0) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    throw new UserError(errors);
  }
  // The name is the policy's own (the last file's), defaulting to its file name, never a parent's.
  const last = files[files.length - 1];
  policy.name = last.raw.name ?? (last.ref.kind === 'default' ? 'default' : basename(last.display).replace(/\.ya?ml$/i, ''));
  return policy;
}

/** Whether a governance.overridable entry covers a setting (`rules` covers every `rules.*`). */
function settingCovers(entry: string, setting: string): boolean {
  return entry === setting || setting.startsWith(`${entry}.`);
}

function minDefined(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}

function union<T>(a: T[], b: T[]): T[] {
  return [...new Set([...a, ...b])];
}

function categoryCovered(layer: AllowLayer, category: LicenseCategory, catalog: Catalog): boolean {
  if (layer.allow_categories?.includes(category)) return true;
  // A category is covered only when the layer allows every catalog license of it.
  const members = catalog.licenses.filter((l) => l.category === category);
  return members.length > 0 && members.every((l) => layer.allow?.includes(l.id));
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

