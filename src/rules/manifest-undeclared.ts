import type { Rule } from './types.js';
import { docsUrl } from './types.js';

const MAX_PLACES = 20;

/** manifest.undeclared: the code loads a model that the manifest does not declare. */
export const manifestUndeclared: Rule = {
  meta: {
    id: 'manifest.undeclared',
    description: 'The code loads a model that the manifest does not declare.',
    help: 'Declare the model in models.yaml (id, revision, license), or mark the line `# model-gate: ignore` if it is not a model.',
    docs: { url: docsUrl('manifest.undeclared') },
    defaultSeverity: 'warn',
  },
  evaluate({ model }) {
    if (model.entry || !model.references.length) return [];
    const refs = model.references.slice(0, MAX_PLACES);
    return refs.map((r) => ({
      message: `${r.path}:${r.line} loads ${model.facts.id}, which models.yaml does not declare`,
      location: { path: r.path, line: r.line, column: r.column },
    }));
  },
};
