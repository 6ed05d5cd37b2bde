import { describe, expect, it } from '@jest/globals';
import { describeRule, hubInfo, PIN, policyOf, run } from '../helpers/rules.js';

describeRule('license.unknown', {
  policy: {},
  model: { id: 'acme/secret-model', revision: PIN },
  message: /No license could be established for acme\/secret-model/,
});

describe('license.unknown', () => {
  it('an unknown license skips the license-term rules and gives license.unknown only', async () => {
    const m = await run(
      { id: 'acme/secret-model', revision: PIN },
      await policyOf({ licenses: { deny: ['cc-by-nc-4.0'], allow: ['mit'] }, use: { commercial: true } }),
    );
    expect(m.findings.map((f) => f.rule)).toEqual(['license.unknown']);
    expect(m.findings[0].message).toMatch(/models\.yaml declares no license for it/);
    expect(m.license).toBeNull();
    expect(m.license_source).toBeNull();
  });

  it('a Hub license the catalog does not know shows the Hub text, and a declared license does not replace it', async () => {
    const hub = { 'acme/odd': hubInfo('acme/odd', { license: 'other', licenseName: 'acme-weird-license' }) };
    const m = await run({ id: 'acme/odd', revision: PIN, hub }, await policyOf({}));
    expect(m.findings.find((f) => f.rule === 'license.unknown')?.message).toMatch(/acme-weird-license/);
    const declared = await run({ id: 'acme/odd', revision: PIN, license: 'mit', hub }, await policyOf({}));
    const f = declared.findings.find((x) => x.rule === 'license.unknown')!;
    expect(f.message).toMatch(/the manifest's "mit" does not override what the card says/);
    expect(f.help).toMatch(/request an exception/);
    expect(declared.findings.map((x) => x.rule)).toContain('license.mismatch');
  });

  it('a bare "other" on the card names no license: the declared one is evaluated', async () => {
    const hub = { 'acme/plain-other': hubInfo('acme/plain-other', { license: 'other' }) };
    const m = await run({ id: 'acme/plain-other', revision: PIN, license: 'mit', hub }, await policyOf({}));
    expect(m.findings.map((f) => f.rule)).not.toContain('license.unknown');
    expect(m).toMatchObject({ license: 'mit', license_source: 'manifest' });
  });

  it('a declared id the catalog does not know is unknown, with advice that names the ids', async () => {
    const m = await run({ id: 'acme/secret-model', revision: PIN, license: 'acme-eula' }, await policyOf({}));
    const f = m.findings.find((x) => x.rule === 'license.unknown')!;
    expect(f.message).toMatch(/the manifest's license "acme-eula" is not a license id model-gate knows/);
    expect(f.help).toMatch(/`model-gate licenses`/);
  });

  it('a declared "unknown" names no license', async () => {
    const m = await run({ id: 'acme/secret-model', revision: PIN, license: 'unknown' }, await policyOf({}));
    expect(m.findings.find((x) => x.rule === 'license.unknown')?.message).toMatch(/"unknown" names no license/);
  });

  it("its advice works: declaring the model with its license turns the block into the declared license's evaluation", async () => {
    const policy = await policyOf({ rules: { 'license.unknown': 'block' } });
    const before = await run({ id: 'acme/secret-model', revision: PIN, declared: false }, policy);
    const advice = before.findings.find((f) => f.rule === 'license.unknown')!;
    expect(advice.help).toMatch(/declare the model in models\.yaml with its `license:`/);
    expect(before.status).toBe('blocked');
    const after = await run({ id: 'acme/secret-model', revision: PIN, license: 'apache-2.0' }, policy);
    expect(after.findings.map((f) => f.rule)).toEqual(['license.unverified']);
    expect(after).toMatchObject({ status: 'warning', license: 'apache-2.0', license_source: 'manifest' });
  });

  it('is not given for local weights or hosted services: they are not Hub repositories', async () => {
    const m = await run({ id: './outputs/merged', declared: false }, await policyOf({}));
    expect(m.findings.map((f) => f.rule)).not.toContain('license.unknown');
    expect(m.findings.map((f) => f.rule)).toContain('provenance.local-weights');
  });
});
