import { describe, expect, it } from '@jest/globals';
import { describeRule, PIN, policyOf, run } from '../helpers/rules.js';

describeRule('use.commercial', {
  policy: { use: { commercial: true } },
  model: { id: 'facebook/musicgen-small', revision: PIN },
  message: /forbids commercial use; the policy declares commercial use/,
});

describe('use.commercial', () => {
  it('reports conditional commercial use (Stability community) with its condition', async () => {
    const m = await run(
      { id: 'stabilityai/stable-diffusion-3.5-large', revision: PIN },
      await policyOf({ use: { commercial: true } }),
    );
    expect(m.findings.find((f) => f.rule === 'use.commercial')?.message).toMatch(
      /only on a condition: annual revenue under USD 1M/,
    );
  });

  it('says nothing when the policy does not declare commercial use', async () => {
    const m = await run({ id: 'facebook/musicgen-small', revision: PIN }, await policyOf({}));
    expect(m.findings.map((f) => f.rule)).not.toContain('use.commercial');
  });
});
