import { describe, expect, it } from '@jest/globals';
import type { LicenseTerms } from '../../src/core/types.js';
import { licenseMismatch } from '../../src/rules/license-mismatch.js';
import type { RuleContext } from '../../src/rules/types.js';
import { testCatalog } from '../helpers/catalog.js';
import { describeRule, PIN } from '../helpers/rules.js';

describeRule('license.mismatch', {
  policy: {},
  model: { id: 'meta-llama/Llama-3.1-8B-Instruct', revision: PIN, license: 'apache-2.0' },
  message:
    /License sources disagree for meta-llama\/Llama-3\.1-8B-Instruct \(manifest: apache-2\.0, catalog: llama3\.1\)/,
});

describe('license.mismatch without a disagreement', () => {
  const catalog = testCatalog();
  /** The rule's test before its no-allocation path: the distinct non-empty values. */
  function disagree(by: Record<string, string | undefined>, terms: LicenseTerms | undefined, effectiveFrom?: string) {
    const canon = (s: string | undefined) => (s ? (catalog.license(s)?.id ?? s.trim().toLowerCase()) : undefined);
    const declared = canon(by.manifest);
    const acknowledged = !!declared && !!effectiveFrom && declared === terms?.id;
    const values = [acknowledged ? undefined : declared, canon(by.catalog), canon(by.hub)].filter((x) => !!x);
    return new Set(values).size > 1;
  }

  it('reports exactly when the distinct non-empty values are more than one', () => {
    const labels = [undefined, '', '  ', 'mit', 'MIT', ' mit ', 'apache-2.0', 'Apache-2.0', 'acme-eula', 'llama3.1'];
    for (const manifest of labels)
      for (const cat of labels)
        for (const hub of labels)
          for (const effectiveFrom of [undefined, 'meta-llama/Llama-3.1-8B']) {
            const terms = catalog.license('llama3.1');
            const licenseBySource = { manifest, catalog: cat, hub };
            const ctx = {
              model: {
                facts: { id: 'acme/x', licenseBySource, effectiveFrom },
                references: [],
                location: { path: 'models.yaml', line: 1 },
              },
              catalog,
              terms,
            } as unknown as RuleContext;
            expect(licenseMismatch.evaluate(ctx).length).toBe(disagree(licenseBySource, terms, effectiveFrom) ? 1 : 0);
          }
  });
});
