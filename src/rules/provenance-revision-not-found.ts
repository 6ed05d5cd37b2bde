import type { Rule } from './types.js';
import { docsUrl } from './types.js';

/** provenance.revision-not-found: the pinned revision does not exist. */
export const provenanceRevisionNotFound: Rule = {
  meta: {
    id: 'provenance.revision-not-found',
    description: 'The pinned revision does not exist on the Hub.',
    help: 'Fix `revision:` to a commit that exists in the model repository (see its "Files and versions" history).',
    docs: { url: docsUrl('provenance.revision-not-found') },
    defaultSeverity: 'block',
  },
  evaluate({ model }) {
    if (model.facts.revisionFound !== false) return [];
    return [{ message: `Revision "${model.revision ?? '?'}" of ${model.facts.id} does not exist on the Hub` }];
  },
};
