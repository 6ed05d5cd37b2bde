import { defineRule, type RuleResult } from './types.js';

/** license.mismatch: the manifest's license differs from the catalog's or the Hub's. */
export const licenseMismatch = defineRule({
  meta: {
    id: 'license.mismatch',
    description: "The manifest's license differs from the catalog's or the Hub's.",
    help: "Correct the `license:` in models.yaml to the model's real license (see the model card).",
    defaultSeverity: 'warn',
  },
  evaluate({ model, catalog, terms }): RuleResult[] {
    const by = model.facts.licenseBySource;
    const canon = (s: string | undefined) => (s ? (catalog.license(s)?.id ?? s.trim().toLowerCase()) : undefined);
    // A manifest that declares the license its lineage binds it to (a distill labelled `mit` over Llama 3.1,
    // declared `llama3.1`) states the truth; license.inherited explains the lineage.
    const declared = canon(by.manifest);
    const acknowledged = !!declared && !!model.facts.effectiveFrom && declared === terms?.id;
    const values = [
      ['manifest', acknowledged ? undefined : declared],
      ['catalog', canon(by.catalog)],
      ['Hub', canon(by.hub)],
    ].filter((x): x is [string, string] => !!x[1]);
    if (new Set(values.map((v) => v[1])).size <= 1) return [];
    // Only a disagreement involving the manifest, or between catalog and Hub, is reported (each names all three).
    const names = values.map(([src, v]) => `${src}: ${v}`).join(', ');
    return [{ message: `License sources disagree for ${model.facts.id} (${names})` }];
  },
});
