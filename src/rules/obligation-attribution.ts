import type { Rule } from './types.js';
import { docsUrl } from './types.js';

/** obligation.attribution: the license requires attribution. */
export const obligationAttribution: Rule = {
  meta: {
    id: 'obligation.attribution',
    description: 'The license requires attribution (e.g. "Built with Llama").',
    help: 'Add the required attribution to your product or documentation before release.',
    docs: { url: docsUrl('obligation.attribution') },
    defaultSeverity: 'warn',
  },
  evaluate({ terms }) {
    if (!terms?.attribution) return [];
    return [{ message: `${terms.name} requires attribution: ${terms.attribution}` }];
  },
};
