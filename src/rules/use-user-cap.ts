import type { LicenseTerms } from '../core/types.js';
import { defineRule, fmtNumber, type RuleResult } from './types.js';

/** Whether `mau` monthly active users need the licensor's separate license: more than the cap (every user cap of the catalog is worded "greater than" or "more than"). */
export function overUserCap(mau: number | undefined, terms: LicenseTerms | undefined): boolean {
  return mau !== undefined && !!terms?.user_cap && mau > terms.user_cap;
}

/** use.user-cap: the declared monthly active users exceed the license's cap. */
export const useUserCap = defineRule({
  meta: {
    id: 'use.user-cap',
    description: "use.monthly_active_users exceeds the license's cap on monthly active users.",
    help: 'Request a separate license from the licensor, or use a model without a user cap.',
    defaultSeverity: 'block',
  },
  evaluate({ policy, terms }): RuleResult[] {
    const mau = policy.use.monthly_active_users;
    if (!overUserCap(mau, terms) || mau === undefined || !terms?.user_cap) return [];
    return [
      {
        message: `${terms.name} caps use at ${fmtNumber(terms.user_cap)} monthly active users; the policy declares ${fmtNumber(mau)}`,
      },
    ];
  },
});
