import { isExpired } from '../core/dates.js';
import type { Rule } from './types.js';
import { docsUrl } from './types.js';

/** exception.expired: an exception for this model has expired and waives nothing. */
export const exceptionExpired: Rule = {
  meta: {
    id: 'exception.expired',
    description: 'An exception in the policy has expired: it waives nothing until it is renewed or removed.',
    help: 'Renew the exception with a new expiry date (and approval), or remove it and fix the findings it covered.',
    docs: { url: docsUrl('exception.expired') },
    defaultSeverity: 'warn',
  },
  evaluate({ exceptions, today }) {
    return exceptions
      .filter((e) => isExpired(e, today))
      .map((e) => ({
        message: `The exception for ${e.models.join(', ')} (${e.reason}) expired on ${e.expires} and waives nothing`,
        location: e.location,
      }));
  },
};
