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
    // (an empty value, a label of spaces, counts as none)
    const catalogValue = canon(by.catalog) || undefined;
    const hubValue = canon(by.hub) || undefined;
    const manifestValue = (acknowledged ? undefined : declared) || undefined;
    // one source, or all agree (most models: no array or set for them)
    const first = manifestValue ?? catalogValue ?? hubValue;
    if (
      (manifestValue === undefined || manifestValue === first) &&
      (catalogValue === undefined || catalogValue === first) &&
      (hubValue === undefined || hubValue === first)
    )
      return [];
    const values = [
      ['manifest', manifestValue],
      ['catalog', catalogValue],
      ['Hub', hubValue],
    ].filter((x): x is [string, string] => !!x[1]);
    // Only a disagreement involving the manifest, or between catalog and Hub, is reported (each names all three).
    const names = values.map(([src, v]) => `${src}: ${v}`).join(', ');
    return [{ message: `License sources disagree for ${model.facts.id} (${names})` }];
  },
});
