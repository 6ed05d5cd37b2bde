import { defineRule, type RuleResult } from './types.js';

/** provenance.revision-not-found: the pinned revision does not exist. */
export const provenanceRevisionNotFound = defineRule({
  meta: {
    id: 'provenance.revision-not-found',
    description: 'The pinned revision does not exist on the Hub (checked when the Hub is asked).',
    help: 'Fix `revision:` to a commit that exists in the model repository (see its "Files and versions" history).',
    defaultSeverity: 'block',
  },
  evaluate({ model }): RuleResult[] {
    if (model.facts.revisionFound !== false) return [];
    return [{ message: `Revision "${model.revision ?? '?'}" of ${model.facts.id} does not exist on the Hub` }];
  },
});
