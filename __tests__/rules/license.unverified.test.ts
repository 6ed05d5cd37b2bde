import { describe, expect, it } from '@jest/globals';
import { describeRule, hubInfo, PIN, policyOf, run } from '../helpers/rules.js';

describeRule('license.unverified', {
  policy: {},
  model: { id: 'acme/private-model', revision: PIN, license: 'apache-2.0' },
  message:
    /^The license Apache License 2\.0 \(apache-2\.0\) of acme\/private-model is the manifest's word alone, evaluated as declared: it is not in the catalog and the Hub was not asked \(offline\)$/,
});

describe('license.unverified', () => {
  it('a private model with a declared cc-by-nc-4.0 is blocked by license.denied, with license.unverified as a warning', async () => {
    const policy = await policyOf({ extends: ['default'] });
    const m = await run({ id: 'acme/private-speech', revision: PIN, license: 'cc-by-nc-4.0' }, policy);
    expect(m.status).toBe('blocked');
    expect(m).toMatchObject({ license: 'cc-by-nc-4.0', license_source: 'manifest' });
    expect(m.findings.find((f) => f.rule === 'license.denied')).toMatchObject({ severity: 'block', waived: false });
    expect(m.findings.find((f) => f.rule === 'license.unverified')).toMatchObject({ severity: 'warn' });
    expect(m.findings.map((f) => f.rule)).not.toContain('license.unknown');
  });

  it('the declared license meets allow lists and use terms like any other', async () => {
    const policy = await policyOf({ licenses: { allow: ['mit'] }, use: { commercial: true } });
    const m = await run({ id: 'acme/internal', revision: PIN, license: 'mrl' }, policy);
    expect(m.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['license.not-allowed', 'use.commercial', 'license.unverified']),
    );
  });

  it('says why nothing confirms it: the Hub does not know the repository', async () => {
    const m = await run({ id: 'acme/private-model', revision: PIN, license: 'mit', hub: {} }, await policyOf({}));
    expect(m.findings.find((f) => f.rule === 'license.unverified')?.message).toMatch(
      /the Hugging Face Hub does not know it \(a private repository needs HF_TOKEN\)/,
    );
  });

  it('a card without a license leaves the declared one, unverified', async () => {
    const m = await run(
      {
        id: 'acme/no-card-license',
        revision: PIN,
        license: 'mit',
        hub: { 'acme/no-card-license': hubInfo('acme/no-card-license') },
      },
      await policyOf({}),
    );
    expect(m.findings.find((f) => f.rule === 'license.unverified')?.message).toMatch(/its Hub card states no license/);
    expect(m.license_source).toBe('manifest');
  });

  it('is silent when the catalog or the Hub confirms the license', async () => {
    const catalogKnown = await run({ id: 'openai-community/gpt2', revision: PIN, license: 'mit' }, await policyOf({}));
    expect(catalogKnown.findings.map((f) => f.rule)).not.toContain('license.unverified');
    expect(catalogKnown).toMatchObject({ license_source: 'catalog', match: 'exact' });
    const hubKnown = await run(
      {
        id: 'acme/public',
        revision: PIN,
        license: 'mit',
        hub: { 'acme/public': hubInfo('acme/public', { license: 'mit' }) },
      },
      await policyOf({}),
    );
    expect(hubKnown.findings.map((f) => f.rule)).not.toContain('license.unverified');
    expect(hubKnown.license_source).toBe('hub');
    expect(hubKnown.match).toBeUndefined();
  });

  it('a declared license that contradicts a known one stays license.mismatch, and the known one is evaluated', async () => {
    const m = await run(
      { id: 'facebook/musicgen-small', revision: PIN, license: 'apache-2.0' },
      await policyOf({ licenses: { deny: ['cc-by-nc-4.0'] } }),
    );
    expect(m.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['license.denied', 'license.mismatch']));
    expect(m.findings.map((f) => f.rule)).not.toContain('license.unverified');
    expect(m).toMatchObject({ license: 'cc-by-nc-4.0', license_source: 'catalog' });
  });

  it('an organisation that fails closed sets it to block', async () => {
    const m = await run(
      { id: 'acme/private-model', revision: PIN, license: 'mit' },
      await policyOf({ rules: { 'license.unverified': 'block' } }),
    );
    expect(m.status).toBe('blocked');
  });
});
