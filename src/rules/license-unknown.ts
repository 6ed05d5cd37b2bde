import { defineRule, type RuleResult } from './types.js';

/** license.unknown: no license could be established. */
export const licenseUnknown = defineRule({
  meta: {
    id: 'license.unknown',
    description: 'No license could be established: the catalog does not know the model, and the Hub was not asked, failed, or gave a license the catalog does not know.',
    help: 'Check the model card; declare the model with its `license:` in models.yaml once legal has confirmed it, or request an exception.',
    defaultSeverity: 'block',
  },
  evaluate({ terms, model, catalog }): RuleResult[] {
    if (terms) return [];
    const f = model.facts;
    const why: string[] = [];
    if (f.licenseRaw) why.push(`the license "${f.licenseRaw}" is not in model-gate's catalog`);
    const declared = model.entry?.license;
    if (declared && !catalog.license(declared)) why.push(`the manifest's license "${declared}" is not a known license id`);
    else if (declared) why.push(`the manifest says "${declared}", but neither the catalog nor the Hub confirms it (a claim alone is not accepted; an exception can accept it)`);
    if (f.hubFailure) why.push(`the Hugging Face Hub lookup failed: ${f.hubFailure.message}`);
    if (!f.catalog && !f.hub && !f.hubFailure && f.kind === 'hub') why.push('the model is not in the catalog and the Hub was not asked (offline)');
    if (f.kind === 'ollama' && !f.catalog) why.push('the Ollama tag is not in the catalog');
    if (f.kind === 'url' || f.kind === 'local-file') why.push(`a ${f.kind === 'url' ? 'URL' : 'local file'} carries no license metadata`);
    for (const n of f.notes) if (!why.includes(n)) why.push(n);
    return [{ message: `No license could be established for ${f.id}${why.length ? `: ${why.join('; ')}` : ''}` }];
  },
});
