import { defineRule, type RuleResult } from './types.js';

const MAX_PLACES = 20;

/** manifest.undeclared: the code loads a model that the manifest does not declare. */
export const manifestUndeclared = defineRule({
  meta: {
    id: 'manifest.undeclared',
    description: 'The code loads a model that the manifest does not declare (a finding at each place it is loaded).',
    help: 'Declare the model in models.yaml (id, revision, license), or mark the line `# model-gate: ignore` if it is not a model.',
    defaultSeverity: 'warn',
  },
  evaluate({ model }): RuleResult[] {
    if (model.entry || !model.references.length) return [];
    const refs = model.references.slice(0, MAX_PLACES);
    return refs.map((r) => ({
      message: `${r.path}:${r.line} loads ${model.facts.id}, which models.yaml does not declare`,
      location: { path: r.path, line: r.line, column: r.column },
    }));
  },
});
