import { defineRule, type RuleResult } from './types.js';

/** Each policy's trusted publishers, lower-cased once (not once per model: 10,000-model manifests). */
const lowered = new WeakMap<readonly string[], { set: ReadonlySet<string>; list: string }>();
function trustedOf(trusted: readonly string[]): { set: ReadonlySet<string>; list: string } {
  let t = lowered.get(trusted);
  if (!t) {
    t = { set: new Set(trusted.map((x) => x.toLowerCase())), list: trusted.join(', ') };
    lowered.set(trusted, t);
  }
  return t;
}

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
    if (f.kind === 'local-file') return [];
    const publisher = f.publisher;
    const { set, list } = trustedOf(trusted);
    if (!publisher) return [{ message: `The publisher of ${f.id} is unknown; the policy trusts only ${list}` }];
    if (set.has(publisher.toLowerCase())) return [];
    return [{ message: `${f.id} is published by "${publisher}", who is not among the trusted publishers (${list})` }];
  },
});
