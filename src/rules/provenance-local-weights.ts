import { defineRule, type RuleResult } from './types.js';

/** provenance.local-weights: local weights that nothing describes. */
export const provenanceLocalWeights = defineRule({
  meta: {
    id: 'provenance.local-weights',
    description:
      "Weights loaded from a local path (a directory or weight file, a Modelfile's FROM ./...) whose license and origin nothing states: no license: and no base_model: in the manifest.",
    help: 'Declare the path in models.yaml, as the code writes it, with `base_model:` (the checkpoint the weights come from, whose terms then bind them) or `license:`.',
    defaultSeverity: 'warn',
  },
  evaluate({ model, terms, catalog }): RuleResult[] {
    const f = model.facts;
    if (f.kind !== 'local-file' || terms) return [];
    const why = [...f.notes];
    const declared = model.entry?.license;
    if (declared && !catalog.license(declared))
      why.unshift(`the manifest's license "${declared}" is not a license id model-gate knows`);
    const detail = why.length ? `; ${why.join('; ')}` : '';
    return [
      {
        message: `${f.id} is local weights: model-gate cannot tell what they were made from or under which license${detail}`,
      },
    ];
  },
});
