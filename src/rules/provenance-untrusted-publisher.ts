import { defineRule, type RuleResult } from './types.js';

/** Each policy's trusted publishers, lower-cased once (not once per model: 10,000-model manifests). */
const lowered = new WeakMap<readonly string[], ReadonlySet<string>>();
function trustedOf(trusted: readonly string[]): ReadonlySet<string> {
  let set = lowered.get(trusted);
  if (!set) {
    set = new Set(trusted.map((x) => x.toLowerCase()));
    lowered.set(trusted, set);
  }
  return set;
}

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
    if (!publisher)
      return [{ message: `The publisher of ${f.id} is unknown, so it is not among the policy's trusted publishers` }];
    if (trustedOf(trusted).has(publisher.toLowerCase())) return [];
    return [{ message: `${f.id} is published by "${publisher}", who is not among the policy's trusted publishers` }];
  },
});
