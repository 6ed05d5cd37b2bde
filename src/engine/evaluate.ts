import type { Catalog } from '../catalog/catalog.js';
import { rejectingLayer } from '../rules/allow.js';
import { overRevenueCap } from '../rules/use-revenue-cap.js';
import { overUserCap } from '../rules/use-user-cap.js';
import { dateOf, daysBetween, isExpired } from '../core/dates.js';
import { exceptionMatchesModel, waiverFor } from '../policy/exceptions.js';
import { RULES, type SubjectModel } from '../rules/index.js';
import type { PolicyRuleContext, RuleContext, RuleResult } from '../rules/types.js';
import { isPickleOnly } from '../hub/license.js';
import { FactResolver } from './resolve.js';
import { excludedRegions } from '../core/regions.js';
import { OPENNESS_LEVELS } from '../core/types.js';
import type {
  CatalogModel,
  Finding,
  HostedService,
  LicenseTerms,
  Location,
  Mention,
  ModelFacts,
  ModelReport,
  ModelStatus,
  Policy,
  Report,
  RuleId,
  Severity,
} from '../core/types.js';
import { suppressionHint } from '../scanners/index.js';

export interface EvaluateInput {
  subjects: SubjectModel[];
  policy: Policy;
  catalog: Catalog;
  /** Which subjects the change adds or alters (by index); undefined: every subject counts. */
  isNew?: (s: SubjectModel) => boolean;
  /** What the change was compared with. */
  base?: string;
  now?: Date;
  /** Whether the whole repository was looked at (stale exceptions are only judged then). */
  complete?: boolean;
  /** Models named only in documentation or tests: listed, never evaluated. */
  mentions?: Mention[];
  /** Mentions found but not listed (the scan's cap on references left them out): counted in mentions_total. */
  mentionsUnlisted?: number;
  /** Models of hosted APIs: listed, never evaluated. */
  hosted?: HostedService[];
}

/** Most mentions a report lists (the total is given beside them). */
export const MAX_MENTIONS = 1_000;

const STATUS_ORDER: Record<ModelStatus, number> = { blocked: 0, waived: 1, warning: 2, allowed: 3 };
const EXPIRY_WARNING_DAYS = 14;

/** Whether a license passes the policy's license and use checks (`multimodal` false spares a multimodal-only region clause). */
function licenseAcceptable(policy: Policy, t: LicenseTerms | undefined, multimodal?: boolean): boolean {
  if (!t) return false;
  if (policy.licenses.deny.includes(t.id) || policy.licenses.deny_categories.includes(t.category)) return false;
  if (rejectingLayer(policy, t.id, t.category)) return false;
  if (policy.use.commercial && t.commercial !== true) return false;
  if (overUserCap(policy.use.monthly_active_users, t)) return false;
  if (overRevenueCap(policy.use.annual_revenue_usd, t)) return false;
  const regionApplies = !(t.region_scope === 'multimodal' && multimodal === false);
  if (regionApplies && excludedRegions(policy.use.regions ?? [], t.excluded_regions).length) return false;
  return true;
}

/** The revision a candidate alternative is judged with: whoever follows the advice pins what they switch to. */
const CANDIDATE_REVISION = '0'.repeat(40);

/**
 * Whether a catalog model may be suggested as an alternative: the rules the policy blocks on find nothing when the
 * model is declared and pinned as the advice says (the same rules, on the same facts, as for the model it replaces:
 * its lineage as the FactResolver follows it, so that a label its base overrides is blocked by license.inherited as
 * it would be in models.yaml). Over that, what a suggestion should have even when the policy only warns: known weights
 * that are not pickle-only, a trusted publisher, the minimum openness, and a license that passes the license and
 * use checks.
 */
function alternativeAcceptable(run: EvaluationRun, resolver: FactResolver, m: CatalogModel): boolean {
  const { policy, catalog } = run;
  if (!m.formats.length || isPickleOnly(m.formats)) return false;
  const trusted = policy.provenance.trusted_publishers;
  if (trusted && !trusted.some((p) => p.toLowerCase() === m.publisher.toLowerCase())) return false;
  const min = policy.openness.minimum;
  if (min && OPENNESS_LEVELS.indexOf(m.openness) < OPENNESS_LEVELS.indexOf(min)) return false;
  // (catalog only: no Hub is given to this resolver, so the answer never waits)
  const facts = resolver.resolveNow({ id: m.id, kind: 'hub', revision: CANDIDATE_REVISION }) as ModelFacts;
  if (facts.lineageCut) return false;
  const terms = catalog.license(facts.effectiveLicense ?? facts.license);
  if (!licenseAcceptable(policy, terms, m.multimodal)) return false;
  const location = { path: 'models.yaml', line: 1 };
  const ctx: RuleContext = {
    model: {
      facts,
      entry: { id: facts.id, revision: CANDIDATE_REVISION, location },
      references: [],
      location,
      revision: CANDIDATE_REVISION,
    },
    policy,
    catalog,
    terms,
    ownTerms: catalog.license(facts.license),
    // (an exception is granted for a model in use, not for one suggested in its place)
    exceptions: [],
    today: run.today,
  };
  return !run.active.some((rule) => rule.severity === 'block' && rule.evaluate(ctx).length > 0);
}

/** Run every rule over every model, apply exceptions, and derive statuses and the verdict. Pure. */
export function evaluate(input: EvaluateInput): Report {
  const { policy, catalog } = input;
  const today = dateOf(input.now ?? new Date());
  // alternatives depend on the catalog model and the policy only: computed once per catalog model, and whether a
  // candidate is acceptable once per candidate (the same few hundred are weighed for every blocked model)
  const alternatives = new Map<string, string[]>();
  const acceptable = new Map<CatalogModel, boolean>();
  const pools = new Map<string, CatalogModel[]>();
  let resolver: FactResolver | undefined;
  const accept = (m: CatalogModel): boolean => {
    let ok = acceptable.get(m);
    if (ok === undefined)
      acceptable.set(m, (ok = alternativeAcceptable(run, (resolver ??= new FactResolver(catalog)), m)));
    return ok;
  };
  const alternativesOf = (id: string): string[] => {
    const self = catalog.model(id);
    if (!self) return [];
    let alts = alternatives.get(self.id);
    if (!alts) {
      alts = catalog.alternatives(self.id, accept, 3, pools).map((m) => m.id);
      alternatives.set(self.id, alts);
    }
    return alts;
  };
  // the rules the policy does not turn off, with their severities: looked up once, not once per model
  const active: ActiveRule[] = [];
  for (const rule of RULES) {
    const severity = policy.rules[rule.meta.id];
    if (severity !== 'off') active.push({ id: rule.meta.id, help: rule.meta.help, severity, evaluate: rule.evaluate });
  }
  const run: EvaluationRun = { policy, catalog, today, active, alternativesOf };
  const evaluated = input.subjects.map((s) => evaluateSubject(s, run, input.isNew ? input.isNew(s) : true));
  const models: ModelReport[] = sortModels(evaluated);
  const counted = models.filter((m) => m.new);
  const count = (st: ModelStatus) => counted.filter((m) => m.status === st).length;
  const report: Report = {
    version: 1,
    verdict: counted.some((m) => m.status === 'blocked') ? 'fail' : 'pass',
    policy: policy.name,
    models,
    policy_findings: policyFindings(policy, input.subjects, evaluated, today, input.complete ?? !input.base),
    summary: {
      models: models.length,
      new: counted.length,
      existing: models.length - counted.length,
      blocked: count('blocked'),
      waived: count('waived'),
      warning: count('warning'),
      allowed: count('allowed'),
    },
  };
  if (input.base) report.base = input.base;
  const mentions = [...(input.mentions ?? [])].sort(
    (a, b) => cmp(a.path, b.path) || a.line - b.line || cmp(a.id, b.id),
  );
  report.mentions = mentions.slice(0, MAX_MENTIONS);
  const unlisted = input.mentionsUnlisted ?? 0;
  if (mentions.length > MAX_MENTIONS || unlisted) report.mentions_total = mentions.length + unlisted;
  report.hosted = [...(input.hosted ?? [])].sort((a, b) => cmp(a.provider ?? '', b.provider ?? '') || cmp(a.id, b.id));
  if (policy.provenance.trusted_publishers) report.trusted_publishers = [...policy.provenance.trusted_publishers];
  return report;
}

/** Code-unit order: the same on every machine, whatever its locale. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A rule the policy turns on, with the severity it gives it: one shape for every rule (their metadata objects have
 * several), so that the loop over them stays fast for each of thousands of models.
 */
interface ActiveRule {
  id: RuleId;
  help: string;
  severity: Exclude<Severity, 'off'>;
  evaluate: (ctx: RuleContext) => RuleResult[];
}

/** What every model of one evaluation shares. */
interface EvaluationRun {
  policy: Policy;
  catalog: Catalog;
  today: string;
  active: ActiveRule[];
  alternativesOf: (id: string) => string[];
}

function evaluateSubject(s: SubjectModel, run: EvaluationRun, isNew: boolean): ModelReport {
  const { policy, catalog, today } = run;
  const f = s.facts;
  const terms = catalog.license(f.effectiveLicense ?? f.license);
  const ownTerms = catalog.license(f.license);
  // (without exceptions, the policy's own empty list: nothing to filter, nothing to waive)
  const exceptions = policy.exceptions.length
    ? policy.exceptions.filter((e) => exceptionMatchesModel(e, f.id))
    : policy.exceptions;
  // A lineage cut short by a cap may hide the terms that bind the model: they count as unknown. Local weights without a
  // label of their own are bound by their base's terms (effectiveLicense).
  const known = (!!f.license || !!f.effectiveLicense) && !f.lineageCut;
  const ctx: RuleContext = {
    model: s,
    policy,
    catalog,
    terms: known ? terms : undefined,
    ownTerms,
    exceptions,
    today,
    suppressionHint,
  };
  const findings = findingsOf(s, ctx, run);
  return reportOf(s, findings, run, isNew);
}

/**
 * Every active rule's findings about one model, exceptions applied. (Kept apart from evaluateSubject, as is
 * reportOf: small functions are compiled sooner and faster by V8, which a 10,000-model manifest waits for.)
 */
function findingsOf(s: SubjectModel, ctx: RuleContext, run: EvaluationRun): Finding[] {
  const { policy, today } = run;
  const f = s.facts;
  const findings: Finding[] = [];
  for (const rule of run.active) {
    const results = rule.evaluate(ctx);
    // (most rules find nothing for most models; an index loop, as rules return arrays of several kinds)
    for (let i = 0; i < results.length; i++) {
      const finding = findingOf(rule.id, rule.severity, results[i], s.location, rule.help);
      const w = !policy.exceptions.length
        ? undefined
        : (waiverFor(policy.exceptions, f.id, finding, today) ??
          (f.id !== s.entry?.id && s.entry ? waiverFor(policy.exceptions, s.entry.id, finding, today) : undefined));
      if (w) {
        finding.waived = true;
        finding.exception = { reason: w.reason, expires: w.expires, path: w.location.path, line: w.location.line };
        if (w.approved_by) finding.exception.approved_by = w.approved_by;
        if (w.ticket) finding.exception.ticket = w.ticket;
      }
      findings.push(finding);
    }
  }
  return findings;
}

/** A rule's result as a finding (not waived), at its own location or at `where`. */
function findingOf(
  rule: RuleId,
  severity: Exclude<Severity, 'off'>,
  r: RuleResult,
  where: Location,
  help: string,
): Finding {
  const loc = r.location ?? where;
  const finding: Finding = {
    rule,
    severity,
    waived: false,
    message: r.message,
    path: loc.path,
    line: loc.line,
    help: r.help ?? help,
  };
  if (loc.column) finding.column = loc.column;
  return finding;
}

/** A model's report: its status, places and facts beside its findings. */
function reportOf(s: SubjectModel, findings: Finding[], run: EvaluationRun, isNew: boolean): ModelReport {
  const f = s.facts;
  const status = statusOf(findings);
  // (a declared model that the code does not load, most of a large manifest: its entry's place alone)
  const locations =
    s.entry && !s.references.length
      ? [{ path: s.entry.location.path, line: s.entry.location.line }]
      : [s.entry?.location, ...s.references.map((r) => ({ path: r.path, line: r.line }))]
          .filter((l): l is NonNullable<typeof l> => !!l)
          .map((l) => ({ path: l.path, line: l.line }));
  const report: ModelReport = {
    id: f.id,
    status,
    license: f.effectiveLicense ?? f.license ?? null,
    license_source: f.licenseSource ?? null,
    declared: !!s.entry,
    new: isNew,
    locations: locations.length > 1 ? dedupeLocations(locations) : locations,
    findings,
    kind: f.kind,
  };
  if (f.catalogMatch) report.match = f.catalogMatch;
  if (f.publisher) report.publisher = f.publisher;
  if (s.revision) report.revision = s.revision;
  if (s.entry?.purpose) report.purpose = s.entry.purpose;
  if (f.lineage.length > 1) report.lineage = f.lineage;
  if (f.gated !== undefined) report.gated = f.gated;
  if (f.sha) report.commit = f.sha;
  if (f.lastModified) report.last_modified = f.lastModified;
  if (f.sources.length) report.sources = uniqueSources(f.sources);
  if (status === 'blocked') {
    const alts = run.alternativesOf(f.catalog?.id ?? f.id);
    if (alts.length) report.alternatives = [...alts];
  }
  return report;
}

/**
 * blocked: an unwaived blocking finding; waived: every blocking finding waived (or every finding, when
 * exceptions waived warnings only); warning: unwaived warnings only; allowed: no findings.
 */
function statusOf(findings: Finding[]): ModelStatus {
  let blocking = false;
  let open = false;
  for (const x of findings) {
    if (x.severity === 'block') {
      if (!x.waived) return 'blocked';
      blocking = true;
    } else if (!x.waived) open = true;
  }
  if (blocking) return 'waived';
  if (open) return 'warning';
  return findings.length ? 'waived' : 'allowed';
}

/** The sources in their order, each once (most models have one: no Set for it). */
function uniqueSources(sources: string[]): string[] {
  return sources.length === 1 ? [sources[0]] : [...new Set(sources)];
}

function dedupeLocations<T extends { path: string; line: number }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((l) => {
    const k = `${l.path}:${l.line}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Findings about the policy itself: its exceptions expired (matching no model) or expiring soon
 * (exception.expired), then those of the rules about the policy (`evaluatePolicy`: exception.unused).
 */
function policyFindings(
  policy: Policy,
  subjects: SubjectModel[],
  models: ModelReport[],
  today: string,
  complete: boolean,
): Finding[] {
  const out = expiryFindings(policy, subjects, today);
  if (!policy.exceptions.length) return out;
  const ctx: PolicyRuleContext = {
    policy,
    models,
    // (`models` is in the order of `subjects`; a model matches by its id as found or as declared)
    modelsMatching: (e) =>
      models
        .filter((_, i) => {
          const s = subjects[i];
          return exceptionMatchesModel(e, s.facts.id) || (!!s.entry && exceptionMatchesModel(e, s.entry.id));
        })
        .map((m) => m.id),
    today,
    complete,
  };
  for (const rule of RULES) {
    const severity = policy.rules[rule.meta.id];
    if (!rule.evaluatePolicy || severity === 'off') continue;
    for (const r of rule.evaluatePolicy(ctx))
      out.push(findingOf(rule.meta.id, severity, r, r.location, rule.meta.help));
  }
  return out;
}

/** exception.expired's findings about the policy: expired exceptions matching no model, and ones expiring soon. */
function expiryFindings(policy: Policy, subjects: SubjectModel[], today: string): Finding[] {
  const sev = policy.rules['exception.expired'];
  if (sev === 'off' || !policy.exceptions.length) return [];
  const out: Finding[] = [];
  const ids = subjects.flatMap((s) => [s.facts.id, ...(s.entry ? [s.entry.id] : [])]);
  for (const e of policy.exceptions) {
    const matches = ids.some((id) => exceptionMatchesModel(e, id));
    const base = {
      rule: 'exception.expired' as const,
      waived: false,
      path: e.location.path,
      line: e.location.line,
      column: e.location.column,
    };
    const what = `The exception for ${e.models.join(', ')} (${e.reason})`;
    if (isExpired(e, today)) {
      if (!matches)
        out.push({
          ...base,
          severity: sev,
          message: `${what} expired on ${e.expires}`,
          help: 'Remove the expired exception from the policy, or renew it with a new expiry date.',
        });
      continue;
    }
    const left = daysBetween(today, e.expires);
    if (left <= EXPIRY_WARNING_DAYS) {
      out.push({
        ...base,
        severity: 'warn',
        message: `${what} expires on ${e.expires}, in ${left} day${left === 1 ? '' : 's'}`,
        help: 'Renew the exception before it expires, or fix the findings it covers.',
      });
    }
  }
  return out;
}

/**
 * New models first, then by status, then by id in a fixed order whatever the locale: case-insensitive, then by
 * code point (`localeCompare` depends on the runtime's ICU data, and its first call costs about 7 ms of start-up).
 * Models are put in their (new, status) group first, and only ids are compared within a group, on keys computed
 * once per model.
 */
function sortModels(models: ModelReport[]): ModelReport[] {
  const groups: Array<Array<{ m: ModelReport; lower: string }>> = Array.from({ length: 8 }, () => []);
  for (const m of models) groups[(m.new ? 0 : 4) + STATUS_ORDER[m.status]].push({ m, lower: m.id.toLowerCase() });
  const out: ModelReport[] = [];
  for (const g of groups) {
    g.sort((a, b) => (a.lower < b.lower ? -1 : a.lower > b.lower ? 1 : a.m.id < b.m.id ? -1 : a.m.id > b.m.id ? 1 : 0));
    for (const x of g) out.push(x.m);
  }
  return out;
}
