import type { Rule } from './types.js';
import { docsUrl } from './types.js';

/** use.restrictions: the license carries an acceptable-use policy or use-based restrictions. */
export const useRestrictions: Rule = {
  meta: {
    id: 'use.restrictions',
    description: 'The license carries an acceptable-use policy or use-based restrictions.',
    help: 'Read the acceptable-use policy, check your use case against it, and pass the restrictions on to your users where the license requires it.',
    docs: { url: docsUrl('use.restrictions') },
    defaultSeverity: 'warn',
  },
  evaluate({ terms }) {
    if (!terms) return [];
    if (!terms.acceptable_use && !terms.restrictions_pass_downstream) return [];
    const parts = [`${terms.name} has use-based restrictions`];
    if (terms.acceptable_use) parts.push(`acceptable-use policy: ${terms.acceptable_use}`);
    if (terms.restrictions_pass_downstream) parts.push('the restrictions must be passed on to downstream users');
    return [{ message: parts.join('; ') }];
  },
};
