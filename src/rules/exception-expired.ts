import { isExpired } from '../core/dates.js';
import { defineRule, type RuleResult } from './types.js';

/** exception.expired: an exception for this model has expired and waives nothing. */
export const exceptionExpired = defineRule({
  meta: {
    id: 'exception.expired',
    description:
      'An exception in the policy has expired and waives nothing; one that expires within 14 days is reported too.',
    help: 'Renew the exception with a new expiry date (and approval), or remove it and fix the findings it covered.',
    defaultSeverity: 'warn',
  },
  evaluate({ exceptions, today }): RuleResult[] {
    return exceptions
      .filter((e) => isExpired(e, today))
      .map((e) => ({
        message: `The exception for ${e.models.join(', ')} (${e.reason}) expired on ${e.expires} and waives nothing`,
        location: e.location,
      }));
  },
});
