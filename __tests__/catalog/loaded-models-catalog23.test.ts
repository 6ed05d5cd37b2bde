import { describe, expect, it } from '@jest/globals';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { catalogChecks, rulesOf as rules } from '../helpers/catalog-checks.js';

/**
 * Models real repositories load that were `license.unknown` offline (catalog23, from h2oGPT, sentence-transformers,
 * VLMEvalKit, diffusers, unsloth, axolotl and gpt4all): h2oGPT's Llama 2 chat models, NAVER's SPLADE, two ControlNets
 * (one bound by FLUX.1 [dev]'s non-commercial terms), NVIDIA's Cosmos-Reason1 on Qwen2.5-VL, PaddleOCR-VL, a
 * Transformers conversion of Mixtral 8x22B, a copy of the original LLaMA 7B and a sentence-transformers model the
 * organisation's rule did not name. What no source settles stays unknown.
 */
const catalog = loadCatalog();
const now = new Date('2026-12-02T10:00:00Z');
const { run, checkFiles } = catalogChecks('version: 1\nextends: [default]\n', now);

describe('models real code loads, offline (catalog23)', () => {
  it.each([
    ['h2oai/h2ogpt-4096-llama2-7b-chat', 'llama2', ['meta-llama/Llama-2-7b-chat-hf']],
    ['h2oai/h2ogpt-4096-llama2-13b-chat', 'llama2', ['meta-llama/Llama-2-13b-chat-hf']],
    ['h2oai/h2ogpt-4096-llama2-70b-chat', 'llama2', ['meta-llama/Llama-2-70b-chat-hf']],
    ['naver/splade-cocondenser-ensembledistil', 'cc-by-nc-sa-4.0', undefined],
    [
      'Shakker-Labs/FLUX.1-dev-ControlNet-Union-Pro',
      'flux-1-dev-non-commercial-license',
      ['black-forest-labs/FLUX.1-dev'],
    ],
    ['InstantX/Qwen-Image-ControlNet-Union', 'apache-2.0', undefined],
    ['nvidia/Cosmos-Reason1-7B', 'nvidia-open-model-license', ['Qwen/Qwen2.5-VL-7B-Instruct']],
    ['PaddlePaddle/PaddleOCR-VL', 'apache-2.0', undefined],
    ['mistral-community/Mixtral-8x22B-v0.1', 'apache-2.0', ['mistralai/Mixtral-8x22B-v0.1']],
    ['zpn/llama-7b', 'llama-license', undefined],
  ])('%s is an entry: %s, base %j', (id, license, base) => {
    const m = catalog.lookup(id)!;
    expect(m).toMatchObject({ match: 'exact', model: { id, license } });
    expect(m.model.base_model).toEqual(base);
    expect(m.model.source).toMatch(/^https:\/\//);
    // Each was read through a file page, a mirror or a commit, and says so.
    expect(m.model.unconfirmed).toBeTruthy();
  });

  it("sentence-transformers' quora-distilbert-multilingual is covered by the organisation's Apache-2.0 rule", () => {
    expect(catalog.lookup('sentence-transformers/quora-distilbert-multilingual')).toMatchObject({
      match: 'family',
      model: { license: 'apache-2.0', publisher: 'sentence-transformers' },
    });
  });

  it("h2oGPT's Llama 2 chat models are bound by the Llama 2 license, their own and their base's", async () => {
    for (const [id, base] of [
      ['h2oai/h2ogpt-4096-llama2-7b-chat', 'meta-llama/Llama-2-7b-chat-hf'],
      ['h2oai/h2ogpt-4096-llama2-70b-chat', 'meta-llama/Llama-2-70b-chat-hf'],
    ]) {
      const m = await run(id);
      expect(m.license).toBe('llama2');
      expect(m.license_source).toBe('catalog');
      expect(m.lineage?.map((s) => [s.id, s.license])).toContainEqual([base, 'llama2']);
      expect(rules(m)).not.toContain('license.unknown');
      expect(rules(m)).toContain('use.restrictions');
    }
  });

  it('Cosmos-Reason1 is under the NVIDIA Open Model License; its Apache-2.0 Qwen2.5-VL base binds nothing stricter', async () => {
    const m = await run('nvidia/Cosmos-Reason1-7B');
    expect(m.license).toBe('nvidia-open-model-license');
    expect(m.lineage?.map((s) => [s.id, s.license])).toEqual([
      ['nvidia/Cosmos-Reason1-7B', 'nvidia-open-model-license'],
      ['Qwen/Qwen2.5-VL-7B-Instruct', 'apache-2.0'],
    ]);
    expect(rules(m)).not.toContain('license.unknown');
    expect(rules(m)).not.toContain('license.inherited');
  });

  it('the non-commercial ones (SPLADE, the FLUX.1 [dev] ControlNet, the original LLaMA) are denied, not unknown', async () => {
    for (const id of [
      'naver/splade-cocondenser-ensembledistil',
      'Shakker-Labs/FLUX.1-dev-ControlNet-Union-Pro',
      'zpn/llama-7b',
    ]) {
      const m = await run(id);
      expect([id, m.status]).toEqual([id, 'blocked']);
      expect(rules(m)).toContain('license.denied');
      expect(rules(m)).not.toContain('license.unknown');
    }
  });

  it('what no source settles stays unknown', () => {
    for (const id of [
      // no label; its discussion asks for one (audit.yml)
      'sentence-transformers/clip-ViT-B-32',
      // "License: More information needed"
      'CompVis/stable-diffusion-safety-checker',
      // only news reports and third-party copies say Apache-2.0 for the 12B
      'google/gemma-4-12B-it',
      // no label on the pages read
      'FunAudioLLM/Fun-ASR-Nano-2512',
      'Qwen/Qwen3-ASR-1.7B',
      'PaddlePaddle/PaddleOCR-VL-1.6',
      // (Cosmos-Predict2 is a family rule since catalog25; its 0.6B sibling, released later, was not read)
      'nvidia/Cosmos-Predict2-0.6B-Text2Image',
      // the NeMo Retriever and NemoGuard terms changed over time, and the renamed repositories were not tied to these
      // (catalog26 tied llama-3.2-nv-embedqa-1b-v2 to llama-nemotron-embed-1b-v2 through NVIDIA's own rename)
      'nvidia/llama-3.2-nemoretriever-1b-vlm-embed-v1',
      'nvidia/llama-3.1-nemoguard-8b-content-safety',
      // the LICENSE file read (2024-01) is the non-commercial research license; Stable LM 2 12B's card later moved to
      // the Community License, and 1.6B's current terms were not read
      'stabilityai/stablelm-2-1_6b',
      // its source, NousResearch/Hermes-2-Pro-Llama-3-8B, is not an entry: no card was read
      'mlc-ai/Hermes-2-Pro-Llama-3-8B-q4f16_1-MLC',
    ])
      expect([id, catalog.lookup(id)]).toEqual([id, undefined]);
  });

  it("a repository's loads of them are checked against their terms", async () => {
    const report = await checkFiles({
      'serve.py': [
        'import torch',
        'from transformers import AutoModelForCausalLM, AutoTokenizer',
        'from diffusers import FluxControlNetModel',
        'from sentence_transformers import SentenceTransformer',
        '',
        'BASE_MODEL = "h2oai/h2ogpt-4096-llama2-13b-chat"',
        'tokenizer = AutoTokenizer.from_pretrained(BASE_MODEL)',
        'model = AutoModelForCausalLM.from_pretrained(BASE_MODEL, torch_dtype=torch.float16)',
        'controlnet = FluxControlNetModel.from_pretrained(',
        '    "Shakker-Labs/FLUX.1-dev-ControlNet-Union-Pro", torch_dtype=torch.bfloat16',
        ')',
        'embedder = SentenceTransformer("quora-distilbert-multilingual")',
        '',
      ].join('\n'),
    });
    const byId = new Map(report.models.map((m) => [m.id, m]));
    expect(byId.get('h2oai/h2ogpt-4096-llama2-13b-chat')?.license).toBe('llama2');
    expect(byId.get('Shakker-Labs/FLUX.1-dev-ControlNet-Union-Pro')?.license).toBe('flux-1-dev-non-commercial-license');
    expect(byId.get('sentence-transformers/quora-distilbert-multilingual')?.license).toBe('apache-2.0');
    expect(report.models.filter((m) => rules(m).includes('license.unknown')).map((m) => m.id)).toEqual([]);
  });
});
