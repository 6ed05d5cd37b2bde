import { describe, expect, it } from '@jest/globals';
import { describeRule, policyOf, run } from '../helpers/rules.js';

describeRule('provenance.local-weights', {
  policy: {},
  model: { id: './outputs/merged', declared: false },
  path: 'app/main.py',
  line: 7,
  message:
    /^\.\/outputs\/merged is local weights: model-gate cannot tell what they were made from or under which license$/,
});

describe('provenance.local-weights', () => {
  it('local weights declared with their base are bound by the base terms, with no warning of their own', async () => {
    const m = await run(
      { id: './outputs/merged', base: 'meta-llama/Llama-3.1-8B' },
      await policyOf({ use: { monthly_active_users: 800_000_000 } }),
    );
    const rules = m.findings.map((f) => f.rule);
    expect(rules).not.toContain('provenance.local-weights');
    expect(rules).not.toContain('license.unknown');
    expect(rules).not.toContain('license.inherited');
    expect(rules).toContain('use.user-cap');
    expect(m).toMatchObject({ license: 'llama3.1', license_source: null, kind: 'local-file' });
  });

  it('local weights declared with a license are evaluated as declared', async () => {
    const m = await run({ id: './models/classifier.safetensors', license: 'apache-2.0' }, await policyOf({}));
    expect(m.findings.map((f) => f.rule)).toEqual(['license.unverified']);
  });

  it('says why when the declared license is not one model-gate knows', async () => {
    const m = await run({ id: './models/classifier.safetensors', license: 'acme-eula' }, await policyOf({}));
    expect(m.findings.find((f) => f.rule === 'provenance.local-weights')?.message).toMatch(
      /"acme-eula" is not a license id model-gate knows/,
    );
  });
});
