import { defineRule, type RuleResult } from './types.js';

/** provenance.untrusted-publisher: the publisher is not in trusted_publishers. */
export const provenanceUntrustedPublisher = defineRule({
  meta: {
    id: 'provenance.untrusted-publisher',
    description: 'The publisher (the Hub namespace) is not in provenance.trusted_publishers.',
    help: "Prefer the original publisher's repository, or ask the policy owners to trust this publisher.",
    defaultSeverity: 'warn',
  },
  evaluate({ policy, model }): RuleResult[] {
    const trusted = policy.provenance.trusted_publishers;
    if (!trusted) return [];
    const f = model.facts;
    if (f.kind === 'local-file' || f.kind === 'hosted') return [];
    const publisher = f.publisher;
    // The list itself is stated once per report (trusted_publishers), not in every finding.
    if (!publisher) return [{ message: `The publisher of ${f.id} is unknown, so it is not among the policy's trusted publishers` }];
    if (trusted.some((t) => t.toLowerCase() === publisher.toLowerCase())) return [];
    return [{ message: `${f.id} is published by "${publisher}", who is not among the policy's trusted publishers` }];
  },
});
