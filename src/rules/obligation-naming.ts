import { defineRule, type RuleResult } from './types.js';

/** obligation.naming: the license dictates names of derivative models. */
export const obligationNaming = defineRule({
  meta: {
    id: 'obligation.naming',
    description: 'The license dictates the names of derivative models.',
    help: 'Name any model you fine-tune or distil from it as the license requires.',
    defaultSeverity: 'warn',
  },
  evaluate({ terms }): RuleResult[] {
    if (!terms?.naming) return [];
    return [{ message: `${terms.name} dictates derivative names: ${terms.naming}` }];
  },
});
