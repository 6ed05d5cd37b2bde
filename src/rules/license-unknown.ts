import { defineRule, type RuleResult } from './types.js';

const DECLARE_HELP =
  'Check the model card, then declare the model in models.yaml with its `license:` (an id of `model-gate licenses`): it is then evaluated as declared, with a license.unverified warning. Or request an exception.';

/** license.unknown: no license could be established. */
export const licenseUnknown = defineRule({
  meta: {
    id: 'license.unknown',
    description:
      'No license could be established: none is known or declared, or the only label is one the catalog does not know (a declared id it does not know, or a Hub license it cannot map).',
    help: DECLARE_HELP,
    defaultSeverity: 'block',
  },
  evaluate({ terms, model, catalog }): RuleResult[] {
    if (terms) return [];
    const f = model.facts;
    // Local weights are not Hub repositories: provenance.local-weights says what is missing.
    if (f.kind === 'local-file' || f.kind === 'hosted') return [];
    // Its own label is known, but the lineage was cut short by a cap: the terms that bind it may lie past the cut.
    if (f.license && f.lineageCut) {
      return [
        {
          message: `No license could be established for ${f.id}: ${f.notes.join('; ')}`,
          help: 'Review the licenses of its base models (the model card names them), then request an exception with the reason.',
        },
      ];
    }
    const why: string[] = [];
    let help: string | undefined;
    const declared = model.entry?.license;
    const declaredTerms = catalog.license(declared);
    if (f.licenseRaw) {
      why.push(`the license "${f.licenseRaw}" is not in model-gate's catalog`);
      help = declared
        ? `The card's license is not one model-gate knows, so the manifest's \`license: ${declared}\` cannot replace it: have legal review the license, then request an exception.`
        : 'The license is not one model-gate knows: have legal review it, then request an exception.';
      if (declaredTerms) why.push(`the manifest's "${declared}" does not override what the card says`);
    }
    if (declared && !declaredTerms) {
      why.push(`the manifest's license "${declared}" is not a license id model-gate knows`);
      help ??=
        "Write `license:` in models.yaml as an id of `model-gate licenses` (the Hub or SPDX id of the model's license), or request an exception.";
    } else if (declared && declaredTerms?.category === 'unknown' && !f.licenseRaw) {
      why.push(`the manifest's license "${declared}" names no license`);
      help ??=
        'Write the actual license in `license:` of models.yaml (an id of `model-gate licenses`), or request an exception.';
    }
    if (f.hubFailure) why.push(`the Hugging Face Hub lookup failed: ${f.hubFailure.message}`);
    if (!f.catalog && !f.hub && !f.hubFailure && f.kind === 'hub')
      why.push('the model is not in the catalog and the Hub was not asked (offline)');
    if (f.kind === 'ollama' && !f.catalog) why.push('the Ollama tag is not in the catalog');
    if (f.kind === 'url') {
      why.push('a URL carries no license metadata');
      help ??=
        "Read the publisher's terms for the file (the license section of the repository or page that publishes the address), then declare it in models.yaml: `id:` the address as printed here, with its `license:` (an id of `model-gate licenses`). It is then evaluated as declared, with a license.unverified warning. Or request an exception.";
    }
    if (!declared && !f.licenseRaw)
      why.push(model.entry ? 'models.yaml declares no license for it' : 'models.yaml does not declare it');
    for (const n of f.notes) if (!why.includes(n)) why.push(n);
    const result: RuleResult = {
      message: `No license could be established for ${f.id}${why.length ? `: ${why.join('; ')}` : ''}`,
    };
    if (help) result.help = help;
    return [result];
  },
});
