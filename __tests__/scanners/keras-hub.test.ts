import { describe, expect, it } from '@jest/globals';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { kerasHubPresets } from '../../src/scanners/common/values.js';

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
