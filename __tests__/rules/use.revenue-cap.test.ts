import { describe, expect, it } from '@jest/globals';
import { describeRule, PIN, policyOf, run } from '../helpers/rules.js';

describeRule('use.revenue-cap', {
  policy: { use: { annual_revenue_usd: 5_000_000 } },
  model: { id: 'stabilityai/stable-diffusion-3.5-large', revision: PIN },
  message:
    /^Stability AI Community License requires a separate license above USD 1,000,000 of annual revenue; the policy declares USD 5,000,000$/,
});

describe('use.revenue-cap', () => {
  it('is silent at or under the cap, and when the policy states no revenue', async () => {
    for (const use of [{ annual_revenue_usd: 1_000_000 }, { annual_revenue_usd: 250_000 }, {}]) {
      const m = await run({ id: 'stabilityai/stable-diffusion-3.5-large', revision: PIN }, await policyOf({ use }));
      expect(m.findings.map((f) => f.rule)).not.toContain('use.revenue-cap');
    }
  });

  it('is silent for a license without a revenue cap', async () => {
    const m = await run(
      { id: 'mistralai/Mistral-7B-Instruct-v0.3', revision: PIN },
      await policyOf({ use: { annual_revenue_usd: 9_000_000_000 } }),
    );
    expect(m.findings.map((f) => f.rule)).not.toContain('use.revenue-cap');
  });

  it('reaches a fine-tune through its lineage', async () => {
    const m = await run(
      { id: 'acme/sd35-ft', revision: PIN, license: 'apache-2.0', base: 'stabilityai/stable-diffusion-3.5-large' },
      await policyOf({ use: { annual_revenue_usd: 5_000_000 } }),
    );
    expect(m.findings.find((f) => f.rule === 'use.revenue-cap')?.message).toMatch(
      /\(inherited from stabilityai\/stable-diffusion-3\.5-large\)/,
    );
  });
});
