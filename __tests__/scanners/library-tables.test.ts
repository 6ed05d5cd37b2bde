import { describe, expect, it } from '@jest/globals';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { classifyValue, kerasHubPresets } from '../../src/scanners/common/values.js';

describe("KerasHub's presets", () => {
  const catalog = loadCatalog();
  const presets = new Map(kerasHubPresets());
  const license = (preset: string) => catalog.lookup(presets.get(preset))?.model.license;

  it('each names a repository the catalog knows, with a license', () => {
    expect(kerasHubPresets().filter(([, repo]) => !catalog.lookup(repo)?.model.license)).toEqual([]);
  });

  it('carry the terms of their families (Gemma, Llama, Mistral, Phi-3)', () => {
    expect(license('gemma2_instruct_2b_en')).toBe('gemma');
    expect(license('gemma4_instruct_4b')).toBe('apache-2.0');
    expect(license('llama3.1_instruct_8b')).toBe('llama3.1');
    expect(license('mistral_0.3_instruct_7b_en')).toBe('apache-2.0');
    expect(license('phi3_mini_4k_instruct_en')).toBe('mit');
  });
});

describe("the Gemma library's checkpoints", () => {
  const catalog = loadCatalog();
  const ctx = { isKnownModel: () => false } as unknown as Parameters<typeof classifyValue>[3];
  const members = [
    ...['2B', '9B', '27B'].flatMap((s) => [`GEMMA2_${s}_PT`, `GEMMA2_${s}_IT`]),
    ...['270M', '1B', '4B', '12B', '27B'].flatMap((s) => [`GEMMA3_${s}_PT`, `GEMMA3_${s}_IT`]),
    ...['E2B', 'E4B'].flatMap((s) => [`GEMMA3N_${s}_PT`, `GEMMA3N_${s}_IT`]),
    ...['E2B', 'E4B', '26B_A4B', '31B'].flatMap((s) => [`GEMMA4_${s}_PT`, `GEMMA4_${s}_IT`]),
  ];

  it('each member of CheckpointPath names a repository the catalog knows, under Gemma terms or Apache-2.0 (Gemma 4)', () => {
    const wrong = members.filter((m) => {
      const license = catalog.lookup(classifyValue(m, 'gemma', 'strong', ctx)?.id)?.model.license;
      return license !== (m.startsWith('GEMMA4') ? 'apache-2.0' : 'gemma');
    });
    expect(wrong).toEqual([]);
    expect(members).toHaveLength(28);
  });
});

describe('Gemma on Kaggle', () => {
  const catalog = loadCatalog();

  it("gives a Gemma model's Kaggle page the Gemma Terms of Use; Gemma 4's and MedGemma's pages are not covered", () => {
    expect(catalog.lookup('https://www.kaggle.com/models/google/gemma/flax/2b-it')?.model.license).toBe('gemma');
    expect(
      catalog.lookup('https://www.kaggle.com/models/google/paligemma/jax/paligemma-3b-pt-224')?.model,
    ).toMatchObject({ license: 'gemma', publisher: 'google' });
    expect(catalog.lookup('https://www.kaggle.com/models/google/gemma-4/transformers/gemma-4-e2b')).toBeUndefined();
    expect(catalog.lookup('https://www.kaggle.com/models/google/medgemma/transformers/medgemma-4b-it')).toBeUndefined();
    expect(catalog.lookup('https://www.kaggle.com/models/acme/gemma/flax/2b-it')).toBeUndefined();
  });
});
