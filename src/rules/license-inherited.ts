import { defineRule, type RuleResult } from './types.js';

/** license.inherited: a base model's terms are more restrictive than the model's own label. */
export const licenseInherited = defineRule({
  meta: {
    id: 'license.inherited',
    description:
      'The model derives from a base model whose terms are more restrictive than its own label (lineage is followed up to 5 levels).',
    help: "Declare the license that binds the model (its base model's) as its `license:` in models.yaml to acknowledge it, or use a model whose label and lineage agree.",
    defaultSeverity: 'block',
  },
  evaluate({ model, terms, ownTerms, catalog }): RuleResult[] {
    const f = model.facts;
    // Local weights without a label of their own are simply bound by their base: nothing was relabelled.
    if (!f.effectiveFrom || !terms || !ownTerms) return [];
    // The manifest already declares the license that binds it: the relabel is acknowledged.
    if (f.licenseSource !== 'manifest' && catalog.license(f.licenseBySource.manifest)?.id === terms.id) return [];
    const chain = f.lineage.map((s) => `${s.id}${s.license ? ` (${s.license})` : ''}`).join(' → ');
    const own = f.licenseSource === 'manifest' ? `${ownTerms.id} (declared, unverified)` : ownTerms.id;
    const result: RuleResult = {
      message: `${f.id} is labelled ${own} but derives from ${f.effectiveFrom}, whose ${terms.name} (${terms.id}) still binds it: ${chain}`,
    };
    result.help =
      f.licenseSource === 'manifest'
        ? // The label is the team's own: the fix is to declare the license that binds it.
          `Declare the license that binds the model in models.yaml (\`license: ${terms.id}\`); the other rules already apply its terms.`
        : `Acknowledge that ${terms.name} binds it: declare the model in models.yaml with \`license: ${terms.id}\` (the other rules already apply its terms), or use a model whose label and lineage agree.`;
    return [result];
  },
});
