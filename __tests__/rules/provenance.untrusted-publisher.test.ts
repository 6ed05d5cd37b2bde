import { describe, expect, it } from '@jest/globals';
import { describeRule, PIN, policyOf, run } from '../helpers/rules.js';

describeRule('provenance.untrusted-publisher', {
  policy: { provenance: { trusted_publishers: ['meta-llama'] } },
  model: { id: 'mistralai/Mistral-7B-Instruct-v0.3', revision: PIN },
  message:
    /^mistralai\/Mistral-7B-Instruct-v0\.3 is published by "mistralai", who is not among the policy's trusted publishers$/,
});

describe('provenance.untrusted-publisher', () => {
  it('does not repeat the trusted list in each finding (the report states it once)', async () => {
    const trusted = ['meta-llama', 'google', 'Qwen', 'microsoft', 'allenai', 'nvidia'];
    const m = await run(
      { id: 'someone/model', revision: PIN, license: 'mit' },
      await policyOf({ provenance: { trusted_publishers: trusted } }),
    );
    const f = m.findings.find((x) => x.rule === 'provenance.untrusted-publisher')!;
    for (const p of trusted) expect(f.message).not.toContain(p);
  });

  it('says nothing of local weights, whose publisher is whoever made them', async () => {
    const m = await run(
      { id: './outputs/merged', base: 'meta-llama/Llama-3.1-8B' },
      await policyOf({ provenance: { trusted_publishers: ['meta-llama'] } }),
    );
    expect(m.findings.map((x) => x.rule)).not.toContain('provenance.untrusted-publisher');
  });
});
