import type { Catalog } from '../catalog/catalog.js';
import type { Exception, LicenseTerms, Location, ManifestEntry, ModelFacts, ModelReference, Policy, RuleId, Severity } from '../core/types.js';

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
}

export interface RuleResult {
  message: string;
  /** Defaults to the model's location. */
  location?: Location;
  /** What to do, when more specific than the rule's default help. */
  help?: string;
}

export interface RuleMeta {
  id: RuleId;
  /** One line: what the rule finds. */
  description: string;
  /** What a developer does about a finding, in one sentence. */
  help: string;
  docs: { url: string };
  defaultSeverity: Severity;
}

/** One policy rule, as ESLint rules: metadata plus an evaluate function. */
export interface Rule {
  meta: RuleMeta;
  evaluate(ctx: RuleContext): RuleResult[];
}

export const DOCS_BASE = 'https://github.com/model-gate/model-gate/blob/main/README.md';

export function docsUrl(id: RuleId): string {
  return `${DOCS_BASE}#${id.replace(/\./g, '')}`;
}

export function fmtNumber(n: number): string {
  return n.toLocaleString('en-US');
}
