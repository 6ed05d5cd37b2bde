import { defineRule, type RuleResult } from './types.js';

/** license.denied: the license is denied by id or category. */
export const licenseDenied = defineRule({
  meta: {
    id: 'license.denied',
    description: 'The license is denied by id (licenses.deny) or category (licenses.deny_categories).',
    help: 'Use a model under an allowed license, or ask the policy owners for an exception.',
    defaultSeverity: 'block',
  },
  evaluate({ terms, policy, model }): RuleResult[] {
    if (!terms) return [];
    const via = model.facts.effectiveFrom ? ` (inherited from ${model.facts.effectiveFrom})` : '';
    if (policy.licenses.deny.includes(terms.id)) {
      return [{ message: `${terms.name} (${terms.id})${via} is denied by the policy (licenses.deny)` }];
    }
    if (policy.licenses.deny_categories.includes(terms.category)) {
      return [{ message: `${terms.name} (${terms.id})${via} is ${terms.category}, a category the policy denies` }];
    }
    return [];
  },
});
