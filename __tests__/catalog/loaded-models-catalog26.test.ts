import { describe, expect, it } from '@jest/globals';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { catalogChecks, expectCatalogEntry, rulesOf as rules } from '../helpers/catalog-checks.js';

/**
 * Models real repositories load that were `license.unknown` offline (catalog26, from VLMEvalKit, lmms-eval, diffusers
 * and ms-swift): the Qwen3-Omni checkpoints (Apache-2.0 by their technical report, though their Hub pages show no
 * label), Video-ChatGPT-7B (labelled CC-BY-4.0, bound by the original LLaMA's non-commercial terms through the
 * LLaVA-Lightning weights it is built on), Thyme-RL and Ovis-U1-3B, NVIDIA's Llama 3.2 NeMo Retriever embedder (bound
 * by Llama 3.2) and the Cosmos-0.1 tokenizers, Predict2.5-14B, Reason2, Transfer1 and Transfer2.5 under the NVIDIA Open
 * Model License. What no source settles stays unknown (audit.yml).
 */
const catalog = loadCatalog();
const now = new Date('2026-12-03T10:00:00Z');
const { run, checkFiles } = catalogChecks('version: 1\nextends: [default]\n', now);

describe('models real code loads, offline (catalog26)', () => {
  it.each([
    ['MBZUAI/Video-ChatGPT-7B', 'cc-by-4.0', 'video-chatgpt', ['mmaaz60/LLaVA-7B-Lightening-v1-1']],
    ['mmaaz60/LLaVA-7B-Lightening-v1-1', 'cc-by-4.0', 'llava', ['huggyllama/llama-7b']],
    ['liuhaotian/LLaVA-Lightning-7B-delta-v1-1', 'apache-2.0', 'llava', ['huggyllama/llama-7b']],
    ['Kwai-Keye/Thyme-RL', 'mit', 'thyme', ['Qwen/Qwen2.5-VL-7B-Instruct']],
    ['AIDC-AI/Ovis-U1-3B', 'apache-2.0', 'ovis-u1', undefined],
    ['nvidia/Cosmos-Reason2-2B', 'nvidia-open-model-license', 'cosmos', ['Qwen/Qwen3-VL-2B-Instruct']],
    ['nvidia/Cosmos-Reason2-8B', 'nvidia-open-model-license', 'cosmos', ['Qwen/Qwen3-VL-8B-Instruct']],
    ['nvidia/llama-nemotron-embed-1b-v2', 'nvidia-open-model-license', 'nemotron-embed', ['meta-llama/Llama-3.2-1B']],
    ['BAAI/Emu3-VisionTokenizer', 'apache-2.0', 'emu3', undefined],
    ['stabilityai/stable-cascade-prior', 'stabilityai-nc-research-community', 'stable-cascade', undefined],
    ['google/ddpm-celebahq-256', 'apache-2.0', 'ddpm', undefined],
    ['lambdalabs/sd-image-variations-diffusers', 'creativeml-openrail-m', 'stable-diffusion', undefined],
    ['BytedanceDouyinContent/SAIL-VL-2B', 'apache-2.0', 'sail-vl', undefined],
    ['InstantX/Qwen-Image-ControlNet-Inpainting', 'apache-2.0', 'qwen-image', undefined],
    // the bases the entries above name
    ['huggyllama/llama-7b', 'llama-license', 'llama1', undefined],
    ['Qwen/Qwen3-VL-2B-Instruct', 'apache-2.0', 'qwen3-vl', undefined],
    ['Qwen/Qwen3-VL-8B-Instruct', 'apache-2.0', 'qwen3-vl', undefined],
  ])('%s is an entry: %s, family %s, base %j', expectCatalogEntry);

  it.each([
    'Qwen/Qwen3-Omni-30B-A3B-Instruct',
    'Qwen/Qwen3-Omni-30B-A3B-Thinking',
    'Qwen/Qwen3-Omni-30B-A3B-Captioner',
  ])('%s is Apache-2.0 by the Qwen3-Omni technical report, and passes the default policy', async (id) => {
    const hit = catalog.lookup(id)!;
    expect(hit).toMatchObject({ match: 'family', model: { license: 'apache-2.0', family: 'qwen3-omni' } });
    expect(hit.rule).toMatchObject({ kind: 'family', id: 'qwen3-omni' });
    expect(hit.model.source).toBe('https://arxiv.org/abs/2509.17765');
    expect(hit.model.unconfirmed).toMatch(/no license label/);
    const m = await run(id);
    expect(m).toMatchObject({ license: 'apache-2.0', license_source: 'catalog' });
    expect(m.status).not.toBe('blocked');
    expect(rules(m).filter((r) => r.startsWith('license.'))).toEqual([]);
  });

  it("the Qwen3-Omni rule covers the three released checkpoints only, not other sizes or others' copies", () => {
    for (const id of ['Qwen/Qwen3-Omni-7B-Instruct', 'Qwen/Qwen3-Omni-30B-A3B', 'someone/Qwen3-Omni-30B-A3B-Instruct'])
      expect([id, catalog.lookup(id)?.rule]).toEqual([id, undefined]);
  });

  it("Video-ChatGPT-7B's CC-BY-4.0 label does not hide the original LLaMA's non-commercial terms of its base", async () => {
    const m = await run('MBZUAI/Video-ChatGPT-7B');
    expect(m.license).toBe('llama-license');
    expect(m.lineage?.map((s) => [s.id, s.license])).toEqual([
      ['MBZUAI/Video-ChatGPT-7B', 'cc-by-4.0'],
      ['mmaaz60/LLaVA-7B-Lightening-v1-1', 'cc-by-4.0'],
      ['huggyllama/llama-7b', 'llama-license'],
    ]);
    expect(rules(m)).toContain('license.inherited');
    expect(rules(m)).not.toContain('license.unknown');
    expect(m.status).toBe('blocked');
  });

  it('Thyme-RL (MIT) passes the default policy: its Qwen2.5-VL-7B-Instruct base is Apache-2.0', async () => {
    const m = await run('Kwai-Keye/Thyme-RL');
    expect(m).toMatchObject({ license: 'mit', license_source: 'catalog' });
    expect(m.lineage?.map((s) => [s.id, s.license])).toEqual([
      ['Kwai-Keye/Thyme-RL', 'mit'],
      ['Qwen/Qwen2.5-VL-7B-Instruct', 'apache-2.0'],
    ]);
    expect(m.status).not.toBe('blocked');
  });

  it('Ovis-U1-3B answers under the name its repository moved to as well', () => {
    const moved = catalog.lookup('ATH-MaaS/Ovis-U1-3B');
    expect(moved).toMatchObject({ match: 'alias', model: { id: 'AIDC-AI/Ovis-U1-3B', license: 'apache-2.0' } });
    expect(moved?.model).toEqual(catalog.lookup('AIDC-AI/Ovis-U1-3B')?.model);
  });

  it("NVIDIA's Llama 3.2 embedder answers under its NIM names, and its Llama 3.2 base binds it", async () => {
    const entry = catalog.lookup('nvidia/llama-nemotron-embed-1b-v2')!.model;
    for (const alias of ['nvidia/llama-3.2-nv-embedqa-1b-v2', 'nvidia/llama-3_2-nv-embedqa-1b-v2'])
      expect(catalog.lookup(alias)).toMatchObject({ match: 'alias', model: entry });
    const m = await run('nvidia/llama-3.2-nv-embedqa-1b-v2');
    expect(m.license).toBe('llama3.2');
    expect(m.lineage?.map((s) => [s.id, s.license])).toEqual([
      ['nvidia/llama-nemotron-embed-1b-v2', 'nvidia-open-model-license'],
      ['meta-llama/Llama-3.2-1B', 'llama3.2'],
    ]);
    expect(rules(m)).not.toContain('license.unknown');
    expect(rules(m)).toContain('obligation.attribution');
  });

  it('the Cosmos-Reason2 checkpoints are gated; Cosmos-Reason1-7B is not, as its card has no access form', () => {
    expect(catalog.lookup('nvidia/Cosmos-Reason2-2B')?.model.gated).toBe(true);
    expect(catalog.lookup('nvidia/Cosmos-Reason2-8B')?.model.gated).toBe(true);
    const reason1 = catalog.lookup('nvidia/Cosmos-Reason1-7B')!.model;
    expect(reason1.gated).toBe(false);
    expect(reason1.unconfirmed).toMatch(/no extra_gated_prompt/);
  });

  it.each([
    ['nvidia/Cosmos-0.1-Tokenizer-CV8x8x8', 'nvidia-cosmos-0.1-tokenizer', undefined],
    ['nvidia/Cosmos-0.1-Tokenizer-CV4x8x8', 'nvidia-cosmos-0.1-tokenizer', undefined],
    ['nvidia/Cosmos-0.1-Tokenizer-CI8x8', 'nvidia-cosmos-0.1-tokenizer', undefined],
    ['nvidia/Cosmos-Tokenizer-CV8x8x8', 'nvidia-cosmos-0.1-tokenizer', undefined],
    ['nvidia/Cosmos-Predict2.5-14B', 'nvidia-cosmos-predict2.5-14b', undefined],
    ['nvidia/Cosmos-Transfer1-7B', 'nvidia-cosmos-transfer1', undefined],
    ['nvidia/Cosmos-Transfer1-7B-Sample-AV', 'nvidia-cosmos-transfer1', undefined],
    ['nvidia/Cosmos-Transfer1-7B-4KUpscaler', 'nvidia-cosmos-transfer1', undefined],
    ['nvidia/Cosmos-Transfer2.5-2B', 'nvidia-cosmos-transfer2.5', true],
  ])('%s is under the NVIDIA Open Model License (family rule %s, gated %s)', (id, rule, gated) => {
    const m = catalog.lookup(id)!;
    expect(m).toMatchObject({ match: 'family', model: { license: 'nvidia-open-model-license', family: 'cosmos' } });
    expect(m.rule).toMatchObject({ kind: 'family', id: rule });
    expect(m.model.gated).toBe(gated);
  });

  it("diffusers' and lmms-eval's Cosmos loads are checked against the NVIDIA Open Model License", async () => {
    const report = await checkFiles({
      'run.py': [
        'from diffusers import CosmosTransformer3DModel, AutoencoderKLCosmos',
        'from transformers import AutoModelForImageTextToText',
        '',
        'vae = AutoencoderKLCosmos.from_pretrained("nvidia/Cosmos-0.1-Tokenizer-CV8x8x8")',
        'reason = AutoModelForImageTextToText.from_pretrained("nvidia/Cosmos-Reason2-8B")',
        '',
      ].join('\n'),
    });
    const byId = new Map(report.models.map((m) => [m.id, m]));
    for (const id of ['nvidia/Cosmos-0.1-Tokenizer-CV8x8x8', 'nvidia/Cosmos-Reason2-8B']) {
      expect([id, byId.get(id)?.license, byId.get(id)?.license_source]).toEqual([
        id,
        'nvidia-open-model-license',
        'catalog',
      ]);
      expect(rules(byId.get(id)!)).not.toContain('license.unknown');
    }
  });

  it.each([
    ['Wan-AI/Wan2.2-Animate-14B', 'wan2.2-animate', 'apache-2.0', 'wan'],
    ['Wan-AI/Wan2.2-Animate-14B-Diffusers', 'wan2.2-animate', 'apache-2.0', 'wan'],
    ['Tencent-Hunyuan/HunyuanDiT-Diffusers', 'tencent-hunyuan-dit', 'tencent-hunyuan-community', 'hunyuan-dit'],
    ['Tencent-Hunyuan/HunyuanDiT-v1.1-Diffusers', 'tencent-hunyuan-dit', 'tencent-hunyuan-community', 'hunyuan-dit'],
    ['Tencent-Hunyuan/HunyuanDiT-v1.2', 'tencent-hunyuan-dit', 'tencent-hunyuan-community', 'hunyuan-dit'],
    ['Salesforce/xgen-mm-phi3-mini-instruct-interleave-r-v1.5', 'salesforce-xgen-mm-v1.5', 'apache-2.0', 'xgen-mm'],
    ['Salesforce/xgen-mm-phi3-mini-instruct-dpo-r-v1.5', 'salesforce-xgen-mm-v1.5', 'apache-2.0', 'xgen-mm'],
    ['kakaobrain/karlo-v1-alpha', 'kakaobrain-karlo', 'creativeml-openrail-m', 'karlo'],
    ['kakaobrain/karlo-v1-alpha-image-variations', 'kakaobrain-karlo', 'creativeml-openrail-m', 'karlo'],
  ])('%s answers by the family rule %s: %s', (id, rule, license, family) => {
    const m = catalog.lookup(id)!;
    expect(m).toMatchObject({ match: 'family', model: { license, family } });
    expect(m.rule).toMatchObject({ kind: 'family', id: rule });
  });

  it("the rules name only what was read: xGen-MM v1's non-commercial instruct model, Hunyuan-DiT 1.2's conversion", () => {
    for (const id of [
      'Salesforce/xgen-mm-phi3-mini-instruct-r-v1',
      'Salesforce/xgen-mm-phi3-mini-instruct-singleimg-r-v1.5',
      'Tencent-Hunyuan/HunyuanDiT-v1.2-Diffusers',
      'Tencent-Hunyuan/HunyuanDiT-v1.1-ControlNet-Diffusers-Canny',
      'Wan-AI/Wan2.2-Animate-2-14B',
    ])
      expect([id, catalog.lookup(id)]).toEqual([id, undefined]);
  });

  it('what no source settles stays unknown', () => {
    for (const id of [
      // audit.yml: an NVIDIA agreement the catalog does not hold
      'nvidia/nv-embedqa-e5-v5',
      // audit.yml: no label on its pages, none in its README
      'FunAudioLLM/Fun-ASR-Nano-2512',
      // Cosmos checkpoints no source read names
      'nvidia/Cosmos-0.1-Tokenizer-DV8x8x8',
      'nvidia/Cosmos-Predict2-0.6B-Text2Image',
      'nvidia/Cosmos3-Nano',
      // the rules name the sizes read
      'nvidia/Cosmos-Reason2-32B',
      'Kwai-Keye/Thyme-SFT',
    ])
      expect([id, catalog.lookup(id)]).toEqual([id, undefined]);
  });
});
