import { describe, expect, it } from '@jest/globals';
import { describeRule, hubInfo, PIN, policyOf, run } from '../helpers/rules.js';

describeRule('license.no-derivatives', {
  policy: {},
  model: { id: 'acme/nd-encoder-finetune', revision: PIN, license: 'apache-2.0', base: 'examplecorp/nd-encoder' },
  message:
    /^acme\/nd-encoder-finetune derives from examplecorp\/nd-encoder \(Creative Commons Attribution-NoDerivatives 4\.0, cc-by-nd-4\.0\), whose license allows no derivatives: Adapted material may not be shared$/,
});

describe('license.no-derivatives', () => {
  it('follows the lineage the Hub gives (a quantisation of a no-derivatives model)', async () => {
    const hub = {
      'someone/nd-encoder-GGUF': hubInfo('someone/nd-encoder-GGUF', {
        license: 'cc-by-nd-4.0',
        baseModels: ['examplecorp/nd-encoder'],
        files: ['x.gguf'],
      }),
    };
    const m = await run({ id: 'someone/nd-encoder-GGUF', revision: PIN, hub }, await policyOf({}));
    expect(m.findings.find((f) => f.rule === 'license.no-derivatives')?.message).toMatch(
      /derives from examplecorp\/nd-encoder/,
    );
  });

  it('is silent for the no-derivatives model itself, used as published', async () => {
    const m = await run({ id: 'examplecorp/nd-encoder', revision: PIN }, await policyOf({}));
    expect(m.findings.map((f) => f.rule)).not.toContain('license.no-derivatives');
  });

  it('is silent for a derivative of a model that allows derivatives', async () => {
    const m = await run(
      { id: 'acme/gpt2-finetune', revision: PIN, license: 'mit', base: 'openai-community/gpt2' },
      await policyOf({}),
    );
    expect(m.findings.map((f) => f.rule)).not.toContain('license.no-derivatives');
  });

  it('applies to local weights made from such a model', async () => {
    const m = await run({ id: './outputs/encoder-ft', base: 'examplecorp/nd-encoder' }, await policyOf({}));
    expect(m.findings.map((f) => f.rule)).toContain('license.no-derivatives');
  });
});
