import { describe, expect, it } from '@jest/globals';
import { describeRule, hubInfo, PIN, policyOf, run } from '../helpers/rules.js';

describeRule('use.region', {
  policy: { use: { regions: ['EU', 'US'] } },
  model: { id: 'meta-llama/Llama-3.2-11B-Vision-Instruct', revision: PIN },
  message: /excludes EU: multimodal models/,
});

describe('use.region', () => {
  it("Llama 3.2's EU clause reaches its multimodal models only", async () => {
    const p = await policyOf({ use: { regions: ['EU'] } });
    expect(
      (await run({ id: 'meta-llama/Llama-3.2-3B-Instruct', revision: PIN }, p)).findings.map((f) => f.rule),
    ).not.toContain('use.region');
    const de = await run(
      { id: 'meta-llama/Llama-3.2-11B-Vision-Instruct', revision: PIN },
      await policyOf({ use: { regions: ['de', 'US'] } }),
    );
    expect(de.findings.find((f) => f.rule === 'use.region')?.message).toMatch(/excludes DE: multimodal/);
    const hubOnly = await run(
      {
        id: 'acme/llama-3.2-vision-ft',
        revision: PIN,
        hub: { 'acme/llama-3.2-vision-ft': hubInfo('acme/llama-3.2-vision-ft', { license: 'llama3.2' }) },
      },
      p,
    );
    expect(hubOnly.findings.find((f) => f.rule === 'use.region')?.message).toMatch(
      /cannot tell whether acme\/llama-3\.2-vision-ft is one/,
    );
  });
});
