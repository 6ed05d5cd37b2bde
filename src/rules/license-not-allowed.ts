import { rejectingLayer } from './allow.js';
import { defineRule, type RuleResult } from './types.js';

/** license.not-allowed: an allow list exists and the license is on none of it. */
export const licenseNotAllowed = defineRule({
  meta: {
    id: 'license.not-allowed',
    description: 'An allow list exists (licenses.allow or licenses.allow_categories) and the license is on neither.',
    help: 'Use a model under an allowed license, or ask the policy owners to allow this license.',
    defaultSeverity: 'block',
  },
  evaluate({ terms, policy, model }): RuleResult[] {
    if (!terms) return [];
    const { deny, deny_categories: denyCats } = policy.licenses;
    // A denied license is license.denied's business, not this rule's.
    if (deny.includes(terms.id) || denyCats.includes(terms.category)) return [];
    const layer = rejectingLayer(policy, terms.id, terms.category);
    if (!layer) return [];
    const via = model.facts.effectiveFrom ? ` (inherited from ${model.facts.effectiveFrom})` : '';
    const lists = [
      layer.allow?.length ? `licenses: ${layer.allow.join(', ')}` : '',
      layer.allow_categories?.length ? `categories: ${layer.allow_categories.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    return [
      {
        message: `${terms.name} (${terms.id}, ${terms.category})${via} is not on the allow list of ${layer.location.path}:${layer.location.line} (${lists || 'empty'})`,
      },
    ];
  },
});
