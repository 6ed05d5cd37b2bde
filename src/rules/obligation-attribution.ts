import { defineRule, type RuleResult } from './types.js';

/** obligation.attribution: the license requires attribution. */
export const obligationAttribution = defineRule({
  meta: {
    id: 'obligation.attribution',
    description: 'The license requires attribution (e.g. "Built with Llama").',
    help: 'Add the required attribution to your product or documentation before release.',
    defaultSeverity: 'warn',
  },
  evaluate({ terms }): RuleResult[] {
    if (!terms?.attribution) return [];
    return [{ message: `${terms.name} requires attribution: ${terms.attribution}` }];
  },
});
