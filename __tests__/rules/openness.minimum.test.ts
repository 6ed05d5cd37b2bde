import { describe, expect, it } from '@jest/globals';
import { describeRule, PIN, policyOf, run } from '../helpers/rules.js';

describeRule('openness.minimum', {
  policy: { openness: { minimum: 'open-source' } },
  model: { id: 'mistralai/Mistral-7B-Instruct-v0.3', revision: PIN },
  message: /is open-weights; the policy requires open-source/,
});

describe('openness.minimum', () => {
  it('the open-source minimum passes an OSAID model', async () => {
    const m = await run(
      { id: 'allenai/OLMo-2-1124-7B', revision: PIN },
      await policyOf({ openness: { minimum: 'open-source' } }),
    );
    expect(m.findings.filter((f) => f.rule === 'openness.minimum')).toEqual([]);
  });
});
