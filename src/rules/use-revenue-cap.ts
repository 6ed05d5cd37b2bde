import type { LicenseTerms } from '../core/types.js';
import { defineRule, fmtNumber, type RuleResult } from './types.js';

/**
 * Whether an organisation with `revenue` (USD a year) needs the licensor's separate license: revenue above the cap,
 * or equal to it where the agreement says "at least" (`revenue_cap_inclusive`).
 */
export function overRevenueCap(revenue: number | undefined, terms: LicenseTerms | undefined): boolean {
  if (revenue === undefined || !terms?.revenue_cap_usd) return false;
  return terms.revenue_cap_inclusive ? revenue >= terms.revenue_cap_usd : revenue > terms.revenue_cap_usd;
}

/** use.revenue-cap: the organisation's annual revenue reaches the license's cap. */
export const useRevenueCap = defineRule({
  meta: {
    id: 'use.revenue-cap',
    description:
      "use.annual_revenue_usd reaches the license's cap on the licensee's annual revenue (the Stability AI Community License: above USD 1,000,000; the LTX-2 agreements: from USD 10,000,000).",
    help: "Obtain the licensor's separate (enterprise) license and record an exception with its reference, or use a model without a revenue cap.",
    defaultSeverity: 'block',
  },
  evaluate({ policy, terms, model }): RuleResult[] {
    const revenue = policy.use.annual_revenue_usd;
    if (!overRevenueCap(revenue, terms) || !terms?.revenue_cap_usd || revenue === undefined) return [];
    const via = model.facts.effectiveFrom ? ` (inherited from ${model.facts.effectiveFrom})` : '';
    const from = terms.revenue_cap_inclusive ? 'from' : 'above';
    return [
      {
        message: `${terms.name}${via} requires a separate license ${from} USD ${fmtNumber(terms.revenue_cap_usd)} of annual revenue; the policy declares USD ${fmtNumber(revenue)}`,
      },
    ];
  },
});
