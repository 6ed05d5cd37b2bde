import type { LicenseTerms } from '../core/types.js';
import { defineRule, type RuleResult } from './types.js';

/** Most bases named in one finding. */
const MAX_BASES = 5;

/** license.no-derivatives: the model is derived from a model whose license allows no derivatives. */
export const licenseNoDerivatives = defineRule({
  meta: {
    id: 'license.no-derivatives',
    description:
      'The model is a fine-tune, merge, quantisation or other derivative of a model whose license allows no derivatives (CC BY-ND): the base comes from base_model in the manifest, the catalog or the Hub.',
    help: "Use the base model as its licensor publishes it, or obtain the licensor's permission for the derivative and record an exception with it.",
    defaultSeverity: 'block',
  },
  evaluate({ model, catalog }): RuleResult[] {
    const f = model.facts;
    // (a loop, not slice and flatMap: this runs for every model, and nearly all have no such base)
    const bases: Array<{ id: string; terms: LicenseTerms }> = [];
    for (let i = 1; i < f.lineage.length; i++) {
      const step = f.lineage[i];
      const t = catalog.license(step.license);
      if (t?.derivatives === false) bases.push({ id: step.id, terms: t });
    }
    if (!bases.length) return [];
    const named = bases.slice(0, MAX_BASES).map((b) => `${b.id} (${b.terms.name}, ${b.terms.id})`);
    const more = bases.length > MAX_BASES ? ` and ${bases.length - MAX_BASES} more` : '';
    const clause = bases[0].terms.derivatives_clause;
    return [
      {
        message: `${f.id} derives from ${named.join(', ')}${more}, whose license allows no derivatives${clause ? `: ${clause}` : ''}`,
      },
    ];
  },
});
