import { describe, expect, it } from '@jest/globals';
import { describeRule, hubInfo, PIN, policyOf, run } from '../helpers/rules.js';

describeRule('license.unknown', {
  policy: {},
  model: { id: 'acme/secret-model', revision: PIN },
  message: /No license could be established for acme\/secret-model/,
});

describe('license.unknown', () => {
  it('an unknown license skips the license-term rules and gives license.unknown only', async () => {
    const m = await run({ id: 'acme/secret-model', revision: PIN }, await policyOf({ licenses: { deny: ['cc-by-nc-4.0'], allow: ['mit'] }, use: { commercial: true } }));
    expect(m.findings.map((f) => f.rule)).toEqual(['license.unknown']);
  });

  it('a Hub license the catalog does not know shows the Hub text', async () => {
    const m = await run({ id: 'acme/odd', revision: PIN, hub: { 'acme/odd': hubInfo('acme/odd', { license: 'other', licenseName: 'acme-weird-license' }) } }, await policyOf({}));
    expect(m.findings.find((f) => f.rule === 'license.unknown')?.message).toMatch(/acme-weird-license/);
  });

  it("a manifest's license alone is a claim, not proof", async () => {
    const m = await run({ id: 'acme/secret-model', revision: PIN, license: 'mit' }, await policyOf({}));
    expect(m.findings.find((f) => f.rule === 'license.unknown')?.message).toMatch(/the manifest says "mit", but neither the catalog nor the Hub confirms it/);
  });
});
