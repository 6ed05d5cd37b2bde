import { describe, expect, it } from '@jest/globals';
import { describeRule, PIN, policyOf, run } from '../helpers/rules.js';

describeRule('license.not-allowed', {
  policy: { licenses: { allow: ['apache-2.0', 'mit'] } },
  model: { id: 'meta-llama/Llama-3.1-8B-Instruct', revision: PIN },
  message:
    /Llama 3\.1 Community License Agreement \(llama3\.1, community\) is not on the allow list of policy\.yml:\d+ \(licenses: apache-2\.0, mit\)/,
});

describe('license.not-allowed', () => {
  it('a license on a denied category is license.denied, not also license.not-allowed', async () => {
    const m = await run(
      { id: 'facebook/musicgen-small', revision: PIN },
      await policyOf({ licenses: { allow: ['mit'], deny_categories: ['non-commercial'] } }),
    );
    expect(m.findings.map((f) => f.rule)).toContain('license.denied');
    expect(m.findings.map((f) => f.rule)).not.toContain('license.not-allowed');
  });

  it('an allowed category passes', async () => {
    const m = await run(
      { id: 'meta-llama/Llama-3.1-8B-Instruct', revision: PIN },
      await policyOf({ licenses: { allow_categories: ['community'] } }),
    );
    expect(m.findings.map((f) => f.rule)).not.toContain('license.not-allowed');
  });
});
