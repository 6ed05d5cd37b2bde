import type { Catalog } from '../catalog/catalog.js';
import type {
  Exception,
  Finding,
  LicenseTerms,
  Location,
  ManifestEntry,
  ModelFacts,
  ModelReference,
  Policy,
  RuleId,
  Severity,
} from '../core/types.js';

/** A model as the rules see it: what was found, where, and what is known of it. */
export interface SubjectModel {
  facts: ModelFacts;
  /** The manifest entry, when declared. */
  entry?: ManifestEntry;
  /** Where code loads it. */
  references: ModelReference[];
  /** Where findings about it point: the manifest entry, else the first code reference. */
  location: Location;
  /** Revision pinned in the manifest (or at the code reference). */
  revision?: string;
}

export interface RuleContext {
  model: SubjectModel;
  policy: Policy;
  catalog: Catalog;
  /** Terms that bind the model (the most restrictive along its lineage), when known. */
  terms?: LicenseTerms;
  /** Terms of the model's own license label, when known. */
  ownTerms?: LicenseTerms;
  /** The policy's exceptions whose model globs match the model (expired or not, any rule, any path). */
  exceptions: Exception[];
  /** The evaluation date, YYYY-MM-DD (UTC). */
  today: string;
  /** The comment that suppresses a reference in a file of this path (`# model-gate: ignore`, `<!-- model-gate: ignore -->`); undefined when the file type has none (JSON). */
  suppressionHint?: (path: string) => string | undefined;
}

/** What a rule about the policy itself sees: the policy, and every model evaluated with its findings. */
export interface PolicyRuleContext {
  policy: Policy;
  /** Every model: its id and its findings (a waived one names its exception). */
  models: ReadonlyArray<{ id: string; findings: Finding[] }>;
  /**
   * The ids of the models whose id (as found, or as the manifest declares it) an exception's model globs match,
   * whatever its rules, paths and expiry; asked only of the exceptions a rule reports.
   */
  modelsMatching: (e: Exception) => string[];
  /** The evaluation date, YYYY-MM-DD (UTC). */
  today: string;
  /** Whether the whole repository was looked at (no comparison, the code scanned): what the policy's files cover. */
  complete: boolean;
}

export interface RuleResult {
  message: string;
  /** Defaults to the model's location. */
  location?: Location;
  /** What to do, when more specific than the rule's default help. */
  help?: string;
}

export interface RuleMeta<Id extends string = RuleId> {
  /** `group.name`; the module's file is `group-name.ts`, its docs page `docs/rules/group.name.md`. */
  id: Id;
  /** One line: what the rule finds (shown in the rules table of docs/rules/README.md, the policy schema and SARIF). */
  description: string;
  /** What a developer does about a finding, in one sentence. */
  help: string;
  /** Its page under docs/rules/, derived from the id. */
  docs: { url: string };
  /** The severity when the policy does not set one (`policies/default.yml` states it). */
  defaultSeverity: Severity;
}

/** One policy rule, as ESLint rules: metadata plus an evaluate function. */
export interface Rule<Id extends string = RuleId> {
  meta: RuleMeta<Id>;
  /** A function of the context alone (it never uses `this`): the findings about one model. */
  evaluate: (ctx: RuleContext) => RuleResult[];
  /**
   * The findings about the policy itself (the report's `policy_findings`), once per run after every model was
   * evaluated; each result needs its `location` (in the policy).
   */
  evaluatePolicy?: (ctx: PolicyRuleContext) => Array<RuleResult & { location: Location }>;
}

const DOCS_BASE = 'https://github.com/model-gate/model-gate/blob/main/docs/rules';

/** The address of a rule's docs page. */
function docsUrl(id: string): string {
  return `${DOCS_BASE}/${id}.md`;
}

/**
 * Define a rule: the one place its id, description, help and default severity are written. `RuleId` and every
 * generated list (schemas, docs tables, src/rules/index.ts) derive from these modules (`npm run generate`).
 *
 * `evaluate` must state its return type (`: RuleResult[]`): the rule ids are inferred from the modules, and the
 * context refers to them, so TypeScript cannot infer the return type without going in a circle.
 */
export function defineRule<const Id extends string>(rule: {
  meta: Omit<RuleMeta<Id>, 'docs'>;
  /** Omitted: the rule is about the policy alone (`evaluatePolicy`) and finds nothing about a model. */
  evaluate?: (ctx: RuleContext) => RuleResult[];
  evaluatePolicy?: Rule<Id>['evaluatePolicy'];
}): Rule<Id> {
  const out: Rule<Id> = {
    meta: { ...rule.meta, docs: { url: docsUrl(rule.meta.id) } },
    evaluate: rule.evaluate ?? noModelFindings,
  };
  if (rule.evaluatePolicy) out.evaluatePolicy = rule.evaluatePolicy;
  return out;
}

function noModelFindings(): RuleResult[] {
  return [];
}

export function fmtNumber(n: number): string {
  return n.toLocaleString('en-US');
}
