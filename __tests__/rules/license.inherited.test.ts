import { describe, expect, it } from '@jest/globals';
import { describeRule, PIN, policyOf, run } from '../helpers/rules.js';

describeRule('license.inherited', {
  policy: {},
  model: { id: 'acme/apache-labelled-llama', revision: PIN },
  message:
    /labelled apache-2\.0 but derives from meta-llama\/Meta-Llama-3-8B, whose Meta Llama 3 Community License \(llama3\) still binds it/,
});

describe('license.inherited on a declared label', () => {
  it('compares the manifest label with its base, and its advice works when followed', async () => {
    const policy = await policyOf({});
    const before = await run(
      { id: 'acme/llama3-ft', revision: PIN, license: 'apache-2.0', base: 'meta-llama/Meta-Llama-3-8B' },
      policy,
    );
    const f = before.findings.find((x) => x.rule === 'license.inherited')!;
    expect(f.message).toMatch(
      /labelled apache-2\.0 \(declared, unverified\) but derives from meta-llama\/Meta-Llama-3-8B/,
    );
    expect(f.help).toBe(
      'Declare the license that binds the model in models.yaml (`license: llama3`); the other rules already apply its terms.',
    );
    const after = await run(
      { id: 'acme/llama3-ft', revision: PIN, license: 'llama3', base: 'meta-llama/Meta-Llama-3-8B' },
      policy,
    );
    expect(after.findings.map((x) => x.rule)).not.toContain('license.inherited');
    expect(after.license).toBe('llama3');
  });
});
