import { defineRule, type RuleResult } from './types.js';

/** use.restrictions: the license carries an acceptable-use policy or use-based restrictions. */
export const useRestrictions = defineRule({
  meta: {
    id: 'use.restrictions',
    description: 'The license carries an acceptable-use policy or use-based restrictions (Llama, Gemma, OpenRAIL).',
    help: 'Read the acceptable-use policy, check your use case against it, and pass the restrictions on to your users where the license requires it.',
    defaultSeverity: 'warn',
  },
  evaluate({ terms }): RuleResult[] {
    if (!terms) return [];
    if (!terms.acceptable_use && !terms.restrictions_pass_downstream) return [];
    const parts = [`${terms.name} has use-based restrictions`];
    if (terms.acceptable_use) parts.push(`acceptable-use policy: ${terms.acceptable_use}`);
    if (terms.restrictions_pass_downstream) parts.push('the restrictions must be passed on to downstream users');
    return [{ message: parts.join('; ') }];
  },
});
