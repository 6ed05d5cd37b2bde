import { defineRule, fmtNumber, type RuleResult } from './types.js';

/** use.revenue-cap: the organisation's annual revenue exceeds the license's cap. */
export const useRevenueCap = defineRule({
  meta: {
    id: 'use.revenue-cap',
    description:
      "use.annual_revenue_usd exceeds the license's cap on the licensee's annual revenue (the Stability AI Community License: USD 1,000,000).",
    help: "Obtain the licensor's separate (enterprise) license and record an exception with its reference, or use a model without a revenue cap.",
    defaultSeverity: 'block',
  },
  evaluate({ policy, terms, model }): RuleResult[] {
    const revenue = policy.use.annual_revenue_usd;
    if (revenue === undefined || !terms?.revenue_cap_usd) return [];
    if (revenue <= terms.revenue_cap_usd) return [];
    const via = model.facts.effectiveFrom ? ` (inherited from ${model.facts.effectiveFrom})` : '';
    return [
      {
        message: `${terms.name}${via} requires a separate license above USD ${fmtNumber(terms.revenue_cap_usd)} of annual revenue; the policy declares USD ${fmtNumber(revenue)}`,
      },
    ];
  },
});
