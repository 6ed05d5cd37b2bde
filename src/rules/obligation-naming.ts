import type { Rule } from './types.js';
import { docsUrl } from './types.js';

/** obligation.naming: the license dictates names of derivative models. */
export const obligationNaming: Rule = {
  meta: {
    id: 'obligation.naming',
    description: 'The license dictates the names of derivative models.',
    help: 'Name any model you fine-tune or distil from it as the license requires.',
    docs: { url: docsUrl('obligation.naming') },
    defaultSeverity: 'warn',
  },
  evaluate({ terms }) {
    if (!terms?.naming) return [];
    return [{ message: `${terms.name} dictates derivative names: ${terms.naming}` }];
  },
};
