import { describe, expect, it } from '@jest/globals';
import { PIN, policyOf, run } from '../helpers/rules.js';

describe('evaluate: statuses', () => {
  it('a model whose only findings are waived warnings is waived, not allowed', async () => {
    const exc = {
      models: ['mistralai/*'],
      rules: ['provenance.unpinned'],
      reason: 'pinned by digest elsewhere',
      expires: '2027-01-31',
    };
    const m = await run(
      { id: 'mistralai/Mistral-7B-Instruct-v0.3', revision: 'main' },
      await policyOf({ exceptions: [exc] }),
    );
    expect(m.findings.map((f) => [f.rule, f.severity, f.waived])).toEqual([['provenance.unpinned', 'warn', true]]);
    expect(m.status).toBe('waived');
  });

  it('an apache-2.0 model, pinned, trusted, open enough: allowed, no rule fires', async () => {
    const p = await policyOf({
      licenses: { allow_categories: ['permissive'] },
      use: { commercial: true, monthly_active_users: 1e9, regions: ['EU'] },
      provenance: { trusted_publishers: ['mistralai'] },
    });
    const m = await run({ id: 'mistralai/Mistral-7B-Instruct-v0.3', revision: PIN, license: 'apache-2.0' }, p);
    expect(m.findings).toEqual([]);
    expect(m.status).toBe('allowed');
  });
});

describe('evaluate: allowed alternatives for blocked models', () => {
  it('suggests models of the same task that the policy would allow, never blocked ones', async () => {
    const p = await policyOf({
      use: { monthly_active_users: 800_000_000, commercial: true, regions: ['EU'] },
      licenses: { deny_categories: ['non-commercial'] },
    });
    const m = await run({ id: 'meta-llama/Llama-3.1-8B-Instruct', revision: PIN }, p);
    expect(m.status).toBe('blocked');
    // Not Llama (capped), not the apache-labelled Llama 3 derivative (bound by Llama 3), not pickle-only T5.
    expect(m.alternatives).toEqual([
      'mistralai/Mistral-7B-Instruct-v0.3',
      'allenai/OLMo-2-1124-7B',
      'openai-community/gpt2',
    ]);
    const music = await run({ id: 'facebook/musicgen-small', revision: PIN }, p);
    expect(music.status).toBe('blocked');
    expect(music.alternatives).toBeUndefined();
  });
});
