import { describe, expect, it } from '@jest/globals';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { catalogChecks, expectBoundByLlamaBase, rulesOf as rules } from '../helpers/catalog-checks.js';

/**
 * Models evaluation harnesses, fine-tuning frameworks and a desktop assistant load that the catalog did not know
 * (catalog22, from VLMEvalKit, lmms-eval, ms-swift and anything-llm): the Ollama library name of Google's
 * TranslateGemma (whose Hub checkpoints are entries under the Gemma Terms of Use), the Ovis2 sizes the catalog lacked and Ovis2.5-9B, Cambrian-1 13B on Vicuna 1.5 and
 * Molmo 72B on Qwen2-72B, whose permissive labels do not hide the terms of their bases, InternLM-XComposer under the
 * terms its README states for the weights, and NVIDIA's Llama Nemotron models catalog21 left. What no source settles
 * stays unknown.
 */
const catalog = loadCatalog();
const now = new Date('2026-12-02T10:00:00Z');
const { run, checkFiles } = catalogChecks('version: 1\nextends: [default]\n', now);

describe('models real code loads, offline (catalog22)', () => {
  it('the Ollama library name translategemma answers by size, and its bare name is the 4b', () => {
    for (const [name, id] of [
      ['ollama:translategemma', 'google/translategemma-4b-it'],
      ['ollama:translategemma:latest', 'google/translategemma-4b-it'],
      ['ollama:translategemma:4b', 'google/translategemma-4b-it'],
      ['ollama:translategemma:12b', 'google/translategemma-12b-it'],
      ['ollama:translategemma:27b-it-q8_0', 'google/translategemma-27b-it'],
    ]) {
      const m = catalog.lookup(name);
      expect(m).toMatchObject({ match: 'alias', model: { license: 'gemma', publisher: 'google' } });
      expect(m!.model.id).toBe(id);
    }
  });

  it.each([
    ['AIDC-AI/Ovis2-1B', 'apache-2.0', ['Qwen/Qwen2.5-0.5B-Instruct']],
    ['AIDC-AI/Ovis2-8B', 'apache-2.0', ['Qwen/Qwen2.5-7B-Instruct']],
    ['AIDC-AI/Ovis2.5-9B', 'apache-2.0', ['Qwen/Qwen3-8B']],
    ['nyu-visionx/cambrian-13b', 'apache-2.0', ['lmsys/vicuna-13b-v1.5']],
    ['allenai/Molmo-72B-0924', 'apache-2.0', ['Qwen/Qwen2-72B']],
  ])('%s is an entry: %s, base %j', (id, license, base) => {
    const m = catalog.lookup(id)!;
    expect(m).toMatchObject({ match: 'exact', model: { id, license } });
    expect(m.model.base_model).toEqual(base);
    expect(m.model.source).toMatch(/^https:\/\//);
  });

  it('Ovis2 1B and 8B and Ovis2.5 9B pass the default policy: their Qwen bases are Apache-2.0 too', async () => {
    for (const id of ['AIDC-AI/Ovis2-1B', 'AIDC-AI/Ovis2-8B', 'AIDC-AI/Ovis2.5-9B']) {
      const m = await run(id);
      expect(m.license).toBe('apache-2.0');
      expect(rules(m)).not.toContain('license.unknown');
      expect(rules(m)).not.toContain('license.inherited');
    }
  });

  it("Cambrian-1 13B's Apache-2.0 label does not hide the Llama 2 license of its Vicuna 1.5 base", async () => {
    const m = await run('nyu-visionx/cambrian-13b');
    const lineage = m.lineage?.map((s) => [s.id, s.license]);
    expect(lineage?.[0]).toEqual(['nyu-visionx/cambrian-13b', 'apache-2.0']);
    expect(lineage).toContainEqual(['lmsys/vicuna-13b-v1.5', 'llama2']);
    expect(m.license).toBe('llama2');
    expect(rules(m)).toContain('license.inherited');
    expect(rules(m)).not.toContain('license.unknown');
  });

  it("Molmo 72B's Apache-2.0 label does not hide the Tongyi Qianwen license of Qwen2-72B, its base", async () => {
    const m = await run('allenai/Molmo-72B-0924');
    const lineage = m.lineage?.map((s) => [s.id, s.license]);
    expect(lineage?.[0]).toEqual(['allenai/Molmo-72B-0924', 'apache-2.0']);
    expect(lineage).toContainEqual(['Qwen/Qwen2-72B', 'tongyi-qianwen']);
    expect(m.license).toBe('tongyi-qianwen');
    expect(rules(m)).toContain('license.inherited');
    expect(rules(m)).not.toContain('license.unknown');
  });

  it.each([
    ['internlm/internlm-xcomposer2d5-7b'],
    ['internlm/internlm-xcomposer2d5-7b-4bit'],
    ['internlm/internlm-xcomposer2-4khd-7b'],
    ['internlm/internlm-xcomposer2-vl-7b'],
    ['internlm/internlm-xcomposer2-vl-1_8b'],
    ['internlm/internlm-xcomposer2-7b-4bit'],
    ['internlm/internlm-xcomposer-vl-7b'],
  ])('%s is under the InternLM weights terms (family rule)', (id) => {
    expect(catalog.lookup(id)).toMatchObject({
      match: 'family',
      model: { license: 'internlm-license', publisher: 'internlm', family: 'internlm-xcomposer' },
    });
  });

  it('the InternLM weights terms: free for research, commercial use only after applying, which the commercial policy flags', async () => {
    expect(catalog.license('internlm-license')).toMatchObject({
      category: 'community',
      commercial: 'conditional',
      osi_approved: false,
    });
    expect(catalog.license('internlm-license')?.commercial_condition).toMatch(/application form/);
    const m = await run('internlm/internlm-xcomposer2d5-7b');
    expect(m.license).toBe('internlm-license');
    expect(m.license_source).toBe('catalog');
    expect(rules(m)).not.toContain('license.unknown');
    // A commercial user must apply first: blocked for that, no longer for an unknown license.
    expect(rules(m)).toContain('use.commercial');
  });

  it.each([
    ['THUdyh/Ola-7b', 'any-to-any'],
    ['Kwai-Keye/Keye-VL-8B-Preview', 'video-text-to-text'],
  ])("%s is an entry under its own page's apache-2.0 label, with no base read", (id, task) => {
    const m = catalog.lookup(id)!;
    expect(m).toMatchObject({ match: 'exact', model: { id, license: 'apache-2.0', task } });
    expect(m.model.base_model).toBeUndefined();
    expect(m.model.unconfirmed).toMatch(/base/);
  });

  it.each([
    ['nvidia/Llama-3_3-Nemotron-Super-49B-v1_5', ['meta-llama/Llama-3.3-70B-Instruct']],
    ['nvidia/Llama-3.1-Nemotron-Nano-4B-v1.1', ['nvidia/Llama-3.1-Minitron-4B-Width-Base']],
    ['nvidia/Llama-3.1-Minitron-4B-Width-Base', ['meta-llama/Llama-3.1-8B']],
    ['nvidia/Llama-3.1-Nemotron-Nano-VL-8B-V1', ['meta-llama/Llama-3.1-8B-Instruct']],
  ])('%s is an entry under the NVIDIA Open Model License, base %j', (id, base) => {
    const m = catalog.lookup(id)!;
    expect(m).toMatchObject({ match: 'exact', model: { id, license: 'nvidia-open-model-license' } });
    expect(m.model.base_model).toEqual(base);
    expect(m.model.source).toMatch(/^https:\/\//);
  });

  it("NIM names answer: the Hub id in lower case, or the alias NVIDIA's model page gives", () => {
    expect(catalog.lookup('nvidia/llama-3.3-nemotron-super-49b-v1.5')).toMatchObject({
      match: 'alias',
      model: { id: 'nvidia/Llama-3_3-Nemotron-Super-49B-v1_5' },
    });
    expect(catalog.lookup('nvidia/llama-3.1-nemotron-nano-vl-8b-v1')).toMatchObject({
      match: 'exact',
      model: { id: 'nvidia/Llama-3.1-Nemotron-Nano-VL-8B-V1' },
    });
    expect(catalog.lookup('nvidia/llama-3.1-nemotron-nano-4b-v1.1')).toMatchObject({
      match: 'exact',
      model: { id: 'nvidia/Llama-3.1-Nemotron-Nano-4B-v1.1' },
    });
  });

  it('each Llama Nemotron is bound by the Llama license NVIDIA names, through its base (two steps for Nano 4B)', async () => {
    for (const [id, base, llama] of [
      ['nvidia/llama-3.3-nemotron-super-49b-v1.5', 'meta-llama/Llama-3.3-70B-Instruct', 'llama3.3'],
      ['nvidia/Llama-3.1-Nemotron-Nano-4B-v1.1', 'meta-llama/Llama-3.1-8B', 'llama3.1'],
      ['nvidia/llama-3.1-nemotron-nano-vl-8b-v1', 'meta-llama/Llama-3.1-8B-Instruct', 'llama3.1'],
    ]) {
      await expectBoundByLlamaBase(run, id, base, llama);
    }
  });

  it("an agent's NIM model names are checked against their terms", async () => {
    const report = await checkFiles({
      'config.yml': [
        'llms:',
        '  reasoning_llm:',
        '    _type: nim',
        '    model_name: nvidia/llama-3.3-nemotron-super-49b-v1.5',
        '    temperature: 0.6',
        '  vision_llm:',
        '    _type: nim',
        '    model_name: nvidia/llama-3.1-nemotron-nano-vl-8b-v1',
        '',
      ].join('\n'),
    });
    const ids = report.models.map((m) => m.id).sort();
    expect(ids).toEqual(['nvidia/Llama-3.1-Nemotron-Nano-VL-8B-V1', 'nvidia/Llama-3_3-Nemotron-Super-49B-v1_5']);
    for (const m of report.models) {
      expect(rules(m)).not.toContain('license.unknown');
      expect(m.license_source).toBe('catalog');
    }
  });

  it('siblings and models no source settles stay unknown', () => {
    for (const id of [
      // no License section on its card; its base is Hermes-2-Yi-34B
      'nyu-visionx/cambrian-34b',
      'nyu-visionx/Cambrian-S-7B',
      // (AIDC-AI/Ovis-U1-3B is an entry since catalog26: its README's Apache-2.0)
      // (AIDC-AI/Ovis1.6-Gemma2-9B is an entry since catalog24: its card's License section, under its Gemma 2 base)
      // a later or unread size is not covered by the TranslateGemma names read
      'google/translategemma-2b-it',
      // sources disagree (Apache-2.0 in NVIDIA's copy and third parties, the Gemma terms in another copy)
      'google/diffusiongemma-26B-A4B-it',
      // no label read on its page (the Preview's is apache-2.0)
      'Kwai-Keye/Keye-VL-1_5-8B',
      // InternLM-XComposer's reward and OmniLive models, and the InternLM2 language models, are not in the rule
      'internlm/internlm-xcomposer2d5-7b-reward',
      'internlm/internlm-xcomposer2d5-ol-7b',
      'internlm/internlm-xcomposer-vl-7b-4bit',
      'internlm/internlm2-chat-7b',
      // (MBZUAI/Video-ChatGPT-7B is an entry since catalog26, bound by the original LLaMA through its LLaVA base)
      'nvidia/nemotron-3-nano-30b-a3b',
    ])
      expect(catalog.lookup(id)).toBeUndefined();
    expect(catalog.lookup('ollama:translategemma:2b')).toBeUndefined();
  });

  it('a script that sends its prompts to TranslateGemma through Ollama is checked against the Gemma terms', async () => {
    const report = await checkFiles({
      'translate.mjs': [
        "import ollama from 'ollama';",
        '',
        'export async function translate(text, target) {',
        '  const res = await ollama.generate({',
        "    model: 'translategemma:12b',",
        '    prompt: `Translate into ${target}:\\n\\n${text}`,',
        '  });',
        '  return res.response;',
        '}',
        '',
      ].join('\n'),
    });
    const m = report.models.find((x) => x.id === 'ollama:translategemma:12b');
    expect(m).toBeDefined();
    expect(m!.license).toBe('gemma');
    expect(m!.license_source).toBe('catalog');
    expect(rules(m!)).not.toContain('license.unknown');
    // The Gemma Terms of Use carry a prohibited-use policy.
    expect(rules(m!)).toContain('use.restrictions');
  });
});
