import { defineRule, type RuleResult } from './types.js';

const MAX_PLACES = 20;

/** Documentation and text files: a reference there names a model, it does not load one. */
const DOC_FILE_RE = /\.(?:md|markdown|mdx|rst|txt|adoc|html?)$/i;

/** manifest.undeclared: the code loads a model that the manifest does not declare. */
export const manifestUndeclared = defineRule({
  meta: {
    id: 'manifest.undeclared',
    description: 'The code loads a model that the manifest does not declare (a finding at each place it is loaded).',
    help: 'Declare the model in models.yaml (id, revision, license), or mark the line with a `model-gate: ignore` comment if it is not a model.',
    defaultSeverity: 'warn',
  },
  evaluate({ model, suppressionHint }): RuleResult[] {
    if (model.entry || !model.references.length) return [];
    const refs = model.references.slice(0, MAX_PLACES);
    const what = model.facts.kind === 'local-file' ? `local weights ${model.facts.id}` : model.facts.id;
    const declare =
      model.facts.kind === 'local-file'
        ? 'Declare the weights in models.yaml (the path as the code writes it, with `base_model:` or `license:`)'
        : model.facts.kind === 'url'
          ? 'Declare the file in models.yaml (`id:` the address as printed here, with its `license:`)'
          : 'Declare the model in models.yaml (id, revision, license)';
    return refs.map((r) => {
      const hint = suppressionHint?.(r.path);
      const verb = r.mention || DOC_FILE_RE.test(r.path) ? 'names' : 'loads';
      return {
        message: `${r.path}:${r.line} ${verb} ${what}, which models.yaml does not declare`,
        location: { path: r.path, line: r.line, column: r.column },
        help: hint
          ? `${declare}, or, if it is not a model, add \`${hint}\` at the end of the line (or on the line above).`
          : `${declare}; this file type has no comments to suppress a reference with.`,
      };
    });
  },
});
