import { defineRule, type RuleResult } from './types.js';

const URL_HELP =
  "Confirm the declared `license:` from the publisher's own terms for the file (the license section of the repository or page that publishes the address), then record an exception for license.unverified.";

/** license.unverified: the license is the manifest's word alone. */
export const licenseUnverified = defineRule({
  meta: {
    id: 'license.unverified',
    description:
      'The license comes from the manifest alone: neither the catalog nor the Hub confirms it (a private or internal model, or any model offline). It is evaluated as declared.',
    help: "Confirm the declared `license:` from the model's own license file, then record an exception for license.unverified (or run online with HF_TOKEN, so that the Hub can confirm a card that states it).",
    defaultSeverity: 'warn',
  },
  evaluate({ model, ownTerms }): RuleResult[] {
    const f = model.facts;
    if (f.licenseSource !== 'manifest' || !ownTerms) return [];
    let why: string;
    if (f.kind === 'local-file') why = 'local weights carry no license metadata';
    else if (f.kind === 'url') why = 'a URL carries no license metadata';
    else if (f.kind === 'ollama') why = 'the Ollama tag is not in the catalog';
    else if (f.hubFailure)
      why =
        f.hubFailure.reason === 'not-found'
          ? 'the Hugging Face Hub does not know it (a private repository needs HF_TOKEN)'
          : `the Hugging Face Hub lookup failed: ${f.hubFailure.message}`;
    else if (f.hub) why = 'its Hub card states no license';
    else why = 'it is not in the catalog and the Hub was not asked (offline)';
    const result: RuleResult = {
      message: `The license ${ownTerms.name} (${ownTerms.id}) of ${f.id} is the manifest's word alone, evaluated as declared: ${why}`,
    };
    // (no Hub can confirm a file downloaded from elsewhere)
    if (f.kind === 'url') result.help = URL_HELP;
    return [result];
  },
});
