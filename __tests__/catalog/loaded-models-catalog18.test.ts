import { describe, expect, it } from '@jest/globals';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { catalogChecks, rulesOf as rules } from '../helpers/catalog-checks.js';

/**
 * Models real code loads that the catalog did not know (catalog18): vision-language models that lmms-eval, VLMEvalKit,
 * ms-swift and accelerate name (Fuyu, NVLM, MiMo-VL, LLaVA 1.5 and LLaVA-NeXT-Video, QVQ, Kimi-VL, GLM-4.1V), Liquid
 * AI's LFM2.5, and MiniCPM-Llama3-V 2.5 bound by its Llama 3 base. Each answers offline with the license its source
 * states; what no source states stays unknown.
 */
const catalog = loadCatalog();
const now = new Date('2026-12-02T10:00:00Z');
const { run, checkFiles } = catalogChecks('version: 1\nextends: [default]\n', now);

describe('models real code loads, offline (catalog18)', () => {
  it.each([
    ['adept/fuyu-8b', 'cc-by-nc-4.0'],
    ['nvidia/NVLM-D-72B', 'cc-by-nc-4.0'],
    ['XiaomiMiMo/MiMo-VL-7B-RL', 'mit'],
    ['XiaomiMiMo/MiMo-VL-7B-SFT', 'mit'],
    ['liuhaotian/llava-v1.5-7b', 'llama2'],
    ['liuhaotian/llava-v1.5-13b', 'llama2'],
    ['llava-hf/LLaVA-NeXT-Video-7B-hf', 'llama2'],
    ['Qwen/QVQ-72B-Preview', 'qwen'],
    ['moonshotai/Kimi-VL-A3B-Instruct', 'mit'],
    ['THUDM/GLM-4.1V-9B-Thinking', 'mit'],
    ['openbmb/MiniCPM-Llama3-V-2_5', 'minicpm-model-license'],
    ['moonshotai/Kimi-VL-A3B-Thinking-2506', 'mit'],
  ])('%s is an entry under %s, with its source', (id, license) => {
    const m = catalog.lookup(id)!;
    expect(m).toMatchObject({ match: 'exact', model: { id, license, task: 'image-text-to-text', multimodal: true } });
    expect(m.model.source).toMatch(/^https:\/\//);
  });

  it('what was read through copies or third parties says so', () => {
    for (const id of [
      'XiaomiMiMo/MiMo-VL-7B-SFT',
      'liuhaotian/llava-v1.5-13b',
      'Qwen/QVQ-72B-Preview',
      'moonshotai/Kimi-VL-A3B-Instruct',
      'THUDM/GLM-4.1V-9B-Thinking',
      'moonshotai/Kimi-VL-A3B-Thinking-2506',
      'lmms-lab/llava-onevision-qwen2-7b-si',
    ])
      expect([id, catalog.model(id)?.unconfirmed]).toEqual([id, expect.stringMatching(/not read|not from the card/)]);
  });

  it('MiniCPM-Llama3-V 2.5 carries its Llama 3 base in its lineage, under the MiniCPM Model License', async () => {
    expect(catalog.model('openbmb/MiniCPM-Llama3-V-2_5')?.base_model).toEqual(['meta-llama/Meta-Llama-3-8B-Instruct']);
    const m = await run('openbmb/MiniCPM-Llama3-V-2_5');
    expect(m.lineage?.map((s) => [s.id, s.license])).toEqual([
      ['openbmb/MiniCPM-Llama3-V-2_5', 'minicpm-model-license'],
      ['meta-llama/Meta-Llama-3-8B-Instruct', 'llama3'],
      ['meta-llama/Meta-Llama-3-8B', 'llama3'],
    ]);
    // The MiniCPM Model License weighs at least as much as Llama 3's (both community terms with conditions): it stays
    // the effective license, and the model is not unknown.
    expect(m.license).toBe('minicpm-model-license');
    expect(rules(m)).not.toContain('license.unknown');
    // Its int4 copy is still answered by the family rule, without the base.
    expect(catalog.lookup('openbmb/MiniCPM-Llama3-V-2_5-int4')).toMatchObject({ match: 'family' });
  });

  it('LLaVA 1.5 and LLaVA-NeXT-Video carry Vicuna v1.5 (Llama 2) as their base', async () => {
    expect(catalog.model('liuhaotian/llava-v1.5-7b')?.base_model).toEqual(['lmsys/vicuna-7b-v1.5']);
    expect(catalog.model('liuhaotian/llava-v1.5-13b')?.base_model).toEqual(['lmsys/vicuna-13b-v1.5']);
    expect(catalog.model('llava-hf/LLaVA-NeXT-Video-7B-hf')?.base_model).toEqual(['lmsys/vicuna-7b-v1.5']);
    const m = await run('liuhaotian/llava-v1.5-7b');
    expect(m.license).toBe('llama2');
    expect(rules(m)).not.toContain('license.unknown');
  });

  it('fine-tunes whose base binds them: Hermes 3 on Llama 3.2, Zephyr 7B Gemma SFT', async () => {
    expect(catalog.lookup('NousResearch/Hermes-3-Llama-3.2-3B')).toMatchObject({
      match: 'exact',
      model: { license: 'llama3', base_model: ['meta-llama/Llama-3.2-3B'], task: 'text-generation' },
    });
    expect(catalog.lookup('HuggingFaceH4/zephyr-7b-gemma-sft-v0.1')).toMatchObject({
      match: 'exact',
      model: { license: 'gemma', base_model: ['google/gemma-7b'] },
    });
    for (const id of ['NousResearch/Hermes-3-Llama-3.2-3B', 'HuggingFaceH4/zephyr-7b-gemma-sft-v0.1']) {
      const m = await run(id);
      expect([id, rules(m)]).toEqual([id, expect.not.arrayContaining(['license.unknown'])]);
      expect(m.lineage?.length).toBeGreaterThan(1);
    }
  });

  it('the non-commercial ones (Fuyu-8B, NVLM-D-72B) are blocked by the default policy, not as unknown', async () => {
    for (const id of ['adept/fuyu-8b', 'nvidia/NVLM-D-72B']) {
      const m = await run(id);
      expect([id, m.status]).toEqual([id, 'blocked']);
      expect(rules(m)).toContain('license.denied');
      expect(rules(m)).not.toContain('license.unknown');
    }
  });

  it.each([
    'LiquidAI/LFM2.5-VL-450M',
    'LiquidAI/LFM2.5-VL-1.6B',
    'LiquidAI/LFM2.5-8B-A1B',
    'LiquidAI/LFM2.5-1.2B-Instruct',
    'LiquidAI/LFM2.5-350M',
  ])('%s is under the LFM Open License v1.0 by the lfm2.5 rule', (id) => {
    expect(catalog.lookup(id)).toMatchObject({ match: 'family', model: { id, license: 'lfm1.0' } });
  });

  it('LLaVA-OneVision 7B single-image is an entry under Apache-2.0, as its -ov siblings; the 72B-si stays unknown', () => {
    expect(catalog.lookup('lmms-lab/llava-onevision-qwen2-7b-si')).toMatchObject({
      match: 'exact',
      model: { license: 'apache-2.0', family: 'llava-onevision' },
    });
    expect(catalog.lookup('lmms-lab/llava-onevision-qwen2-72b-si')).toBeUndefined();
  });

  it.each([
    ['Efficient-Large-Model/VILA1.5-3b', 'cc-by-nc-4.0'],
    ['Efficient-Large-Model/VILA1.5-13b', 'cc-by-nc-4.0'],
    ['Efficient-Large-Model/VILA1.5-40b', 'cc-by-nc-4.0'],
    ['Efficient-Large-Model/Llama-3-VILA1.5-8b', 'cc-by-nc-4.0'],
    ['01-ai/Yi-VL-6B', 'apache-2.0'],
    ['01-ai/Yi-VL-34B', 'apache-2.0'],
    ['zai-org/GLM-4.5V', 'mit'],
    ['THUDM/GLM-4.5V', 'mit'],
    ['THUDM/GLM-4.6V', 'mit'],
  ])('%s is answered by a family rule under %s, marked unconfirmed', (id, license) => {
    const m = catalog.lookup(id)!;
    expect(m).toMatchObject({ match: 'family', model: { id, license, multimodal: true } });
    expect(m.model.unconfirmed).toBeTruthy();
  });

  it('the THUDM/ spelling of GLM-4.6V does not make the ModelScope copy (ZhipuAI/) ambiguous: one original, one license', () => {
    expect(catalog.lookup('ZhipuAI/GLM-4.6V')).toMatchObject({ match: 'reupload', model: { license: 'mit' } });
    expect(catalog.lookup('ZhipuAI/GLM-4.5V')).toMatchObject({ match: 'reupload', model: { license: 'mit' } });
  });

  it('VILA 1.5 is non-commercial: the default policy blocks it as denied, not as unknown', async () => {
    const m = await run('Efficient-Large-Model/VILA1.5-40b');
    expect(m.status).toBe('blocked');
    expect(rules(m)).toContain('license.denied');
    expect(rules(m)).not.toContain('license.unknown');
  });

  // (the Qwen3-Omni checkpoints are a family rule since catalog26, by their technical report)
  it('names no source lists stay unknown: an LFM2.5 size nobody published', () => {
    for (const id of [
      'LiquidAI/LFM2.5-230M',
      'LiquidAI/LFM2.5-VL-3B',
      'Efficient-Large-Model/VILA1.5-7b',
      'Efficient-Large-Model/NVILA-8B',
      '01-ai/Yi-VL-9B',
      'lmms-lab/llama3-llava-next-8b',
    ])
      expect([id, catalog.lookup(id)]).toEqual([id, undefined]);
  });

  it('an evaluation harness that loads them is checked against their terms, not blocked as unknown', async () => {
    const report = await checkFiles({
      'fuyu_eval.py': [
        'from transformers import FuyuForCausalLM, LlavaNextVideoForConditionalGeneration',
        'model = FuyuForCausalLM.from_pretrained("adept/fuyu-8b")',
        'video = LlavaNextVideoForConditionalGeneration.from_pretrained("llava-hf/LLaVA-NeXT-Video-7B-hf")',
        '',
      ].join('\n'),
      'mimo_eval.py': [
        'from transformers import AutoModelForImageTextToText',
        'vlm = AutoModelForImageTextToText.from_pretrained("XiaomiMiMo/MiMo-VL-7B-RL")',
        '',
      ].join('\n'),
    });
    const byId = new Map(report.models.map((m) => [m.id, m]));
    expect([...byId.keys()].sort()).toEqual([
      'XiaomiMiMo/MiMo-VL-7B-RL',
      'adept/fuyu-8b',
      'llava-hf/LLaVA-NeXT-Video-7B-hf',
    ]);
    for (const m of report.models)
      expect([m.id, rules(m)]).toEqual([m.id, expect.not.arrayContaining(['license.unknown'])]);
    expect(byId.get('adept/fuyu-8b')?.status).toBe('blocked');
    expect(byId.get('XiaomiMiMo/MiMo-VL-7B-RL')?.license).toBe('mit');
  });
});
