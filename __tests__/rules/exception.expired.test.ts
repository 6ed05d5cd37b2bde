import { describe, expect, it } from '@jest/globals';
import { PIN, policyOf, run } from '../helpers/rules.js';

// The harness evaluates on 2026-11-28.
const exception = (expires: string) => ({
  models: ['facebook/musicgen-*'],
  reason: 'marketing pilot LEGAL-9',
  expires,
  approved_by: '@acme/legal',
});
const musicgen = { id: 'facebook/musicgen-small', revision: PIN };

describe('exception.expired', () => {
  it('an expired exception waives nothing, and the finding points at the exception', async () => {
    const m = await run(musicgen, await policyOf({ use: { commercial: true }, exceptions: [exception('2026-11-27')] }));
    const f = m.findings.find((x) => x.rule === 'exception.expired')!;
    expect(f).toMatchObject({ severity: 'warn', waived: false, path: 'policy.yml', line: 5 });
    expect(f.message).toBe(
      'The exception for facebook/musicgen-* (marketing pilot LEGAL-9) expired on 2026-11-27 and waives nothing',
    );
    expect(f.help).toMatch(/Renew the exception/);
    expect(m.findings.find((x) => x.rule === 'use.commercial')).toMatchObject({ severity: 'block', waived: false });
    expect(m.status).toBe('blocked');
  });

  it('the expiry day itself still counts', async () => {
    const m = await run(musicgen, await policyOf({ use: { commercial: true }, exceptions: [exception('2026-11-28')] }));
    expect(m.findings.map((x) => x.rule)).not.toContain('exception.expired');
    expect(m.findings.find((x) => x.rule === 'use.commercial')?.waived).toBe(true);
    expect(m.status).toBe('waived');
  });

  it('an expired exception for another model is not this model finding', async () => {
    const other = { ...exception('2026-01-31'), models: ['acme/*'] };
    const m = await run(musicgen, await policyOf({ exceptions: [other] }));
    expect(m.findings.map((x) => x.rule)).not.toContain('exception.expired');
  });

  it('blocks at block, is silent when off, and is never waived by an exception', async () => {
    const blocked = await run(
      musicgen,
      await policyOf({
        rules: { 'exception.expired': 'block' },
        exceptions: [exception('2026-01-31'), { ...exception('2027-01-31'), rules: ['exception.expired'] }],
      }),
    );
    expect(blocked.findings.find((x) => x.rule === 'exception.expired')).toMatchObject({
      severity: 'block',
      waived: false,
    });
    expect(blocked.status).toBe('blocked');
    const off = await run(
      musicgen,
      await policyOf({ rules: { 'exception.expired': 'off' }, exceptions: [exception('2026-01-31')] }),
    );
    expect(off.findings.map((x) => x.rule)).not.toContain('exception.expired');
  });
});
