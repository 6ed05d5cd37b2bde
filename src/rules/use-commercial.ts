import { defineRule, type RuleResult } from './types.js';

/** use.commercial: the organisation uses models commercially and the license forbids it. */
export const useCommercial = defineRule({
  meta: {
    id: 'use.commercial',
    description: 'use.commercial is true and the license forbids commercial use, or permits it only on a condition.',
    help: 'Use a model whose license permits commercial use, or obtain a commercial license from the licensor.',
    defaultSeverity: 'block',
  },
  evaluate({ policy, terms }): RuleResult[] {
    if (policy.use.commercial !== true || !terms) return [];
    if (terms.commercial === false) {
      return [{ message: `${terms.name} (${terms.id}) forbids commercial use; the policy declares commercial use` }];
    }
    if (terms.commercial === 'conditional') {
      return [
        {
          message: `${terms.name} (${terms.id}) permits commercial use only on a condition: ${terms.commercial_condition ?? 'see the license'}`,
          help: 'Confirm with legal that the condition holds for your product, then record an exception with the reason.',
        },
      ];
    }
    return [];
  },
});
