import { describe, expect, it } from '@jest/globals';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { catalogChecks, rulesOf as rules } from '../helpers/catalog-checks.js';

/**
 * Models real repositories load that were `license.unknown` offline (catalog28, from InternVL, MiniCPM-V, diffusers,
 * VLMEvalKit and lmms-eval): InternVL3, whose cards name the Qwen License for their Qwen2.5 language part (the
 * strictest of the readings that disagreed); the InternVL3.5 training stages (-Pretrained, -Instruct), labelled as
 * the released models; MiniCPM-V 4.6 and MiniCPM-o 4.5, Apache-2.0 by the MiniCPM-V README; Chroma1 (Apache-2.0, on
 * FLUX.1 [schnell]); Vicuna v1.3, bound by the original LLaMA's non-commercial terms; NVIDIA's Eagle-X5 (CC BY-NC-SA 4.0). SkyReels-V2 (the Skywork Community License, not read) and InstantX's SD3 ControlNet (no label)
 * stay unknown.
 */
const catalog = loadCatalog();
const now = new Date('2026-12-03T11:00:00Z');
const { run, checkFiles } = catalogChecks('version: 1\nextends: [default]\n', now);

describe('models real code loads, offline (catalog28)', () => {
  it.each([
    ['OpenGVLab/InternVL3-1B', 'internvl3', 'qwen'],
    ['OpenGVLab/InternVL3-8B', 'internvl3', 'qwen'],
    ['OpenGVLab/InternVL3-78B', 'internvl3', 'qwen'],
    ['OpenGVLab/InternVL3-38B-Instruct', 'internvl3', 'qwen'],
    ['OpenGVLab/InternVL3-14B-Pretrained', 'internvl3', 'qwen'],
    ['OpenGVLab/InternVL3-2B-hf', 'internvl3', 'qwen'],
    ['OpenGVLab/InternVL3_5-8B-Instruct', 'internvl3.5', 'apache-2.0'],
    ['OpenGVLab/InternVL3_5-241B-A28B-Pretrained', 'internvl3.5', 'apache-2.0'],
    ['OpenGVLab/InternVL3_5-30B-A3B-Instruct', 'internvl3.5', 'apache-2.0'],
    ['OpenGVLab/InternVL3_5-1B-MPO', 'internvl3.5', 'apache-2.0'],
    ['openbmb/MiniCPM-V-4.6', 'openbmb-minicpm-v-4.6', 'apache-2.0'],
    ['openbmb/MiniCPM-V-4.6-Thinking', 'openbmb-minicpm-v-4.6', 'apache-2.0'],
    ['openbmb/MiniCPM-V-4.6-Thinking-gguf', 'openbmb-minicpm-v-4.6', 'apache-2.0'],
    ['openbmb/MiniCPM-o-4_5', 'openbmb-minicpm-v-4.6', 'apache-2.0'],
    ['openbmb/MiniCPM-o-4_5-AWQ', 'openbmb-minicpm-v-4.6', 'apache-2.0'],
    ['lodestones/Chroma1-HD', 'chroma1', 'apache-2.0'],
    ['lodestones/Chroma1-Base', 'chroma1', 'apache-2.0'],
    ['lmsys/vicuna-13b-v1.3', 'vicuna-1.3', 'llama-license'],
    ['lmsys/vicuna-7b-v1.3', 'vicuna-1.3', 'llama-license'],
    ['NVEagle/Eagle-X5-13B', 'nveagle', 'cc-by-nc-sa-4.0'],
    ['NVEagle/Eagle-X5-34B-Plus', 'nveagle', 'cc-by-nc-sa-4.0'],
    ['NVEagle/Eagle-X4-8B-Plus', 'nveagle', 'cc-by-nc-sa-4.0'],
    ['OpenGVLab/InternVL2-8B-MPO', 'internvl2-mpo', 'mit'],
    ['OpenGVLab/Mini-InternVL-Chat-2B-V1-5', 'mini-internvl-1.5', 'mit'],
    ['mit-han-lab/dc-ae-f32c32-sana-1.1-diffusers', 'dc-ae-sana-1.1', 'mit'],
    ['VITA-MLLM/VITA', 'vita-mllm', 'apache-2.0'],
    ['VITA-MLLM/Long-VITA-128K_HF', 'vita-mllm', 'apache-2.0'],
  ])('%s answers by the family rule %s: %s', (id, rule, license) => {
    const m = catalog.lookup(id)!;
    expect(m).toMatchObject({ match: 'family', model: { license } });
    expect(m.rule).toMatchObject({ kind: 'family', id: rule });
    expect(m.model.source).toMatch(/^https:\/\//);
    expect(m.model.unconfirmed).toBeTruthy();
  });

  it('the LLaVA-OneVision 0.5B single-image checkpoint is an entry: apache-2.0, no base recorded', () => {
    const m = catalog.lookup('lmms-lab/llava-onevision-qwen2-0.5b-si')!;
    expect(m).toMatchObject({ match: 'exact', model: { license: 'apache-2.0', family: 'llava-onevision' } });
    expect(m.model.unconfirmed).toBeTruthy();
    // the 72B single-image and OneVision checkpoints, on Qwen2-72B, stay unknown
    expect(catalog.lookup('lmms-lab/llava-onevision-qwen2-72b-si')).toBeUndefined();
  });

  it("InternVL3 is checked against the Qwen License its cards name: commercial use, with Qwen's obligations", async () => {
    const m = await run('OpenGVLab/InternVL3-8B');
    expect(m.license).toBe('qwen');
    expect(m.license_source).toBe('catalog');
    expect(rules(m)).not.toContain('license.unknown');
    expect(rules(m)).not.toContain('use.commercial');
    expect(rules(m)).toContain('obligation.attribution');
  });

  it("Vicuna v1.3, a fine-tune of the original LLaMA, is blocked by LLaMA's non-commercial terms", async () => {
    const m = await run('lmsys/vicuna-13b-v1.3');
    expect(m.license).toBe('llama-license');
    expect(rules(m)).not.toContain('license.unknown');
    expect(rules(m)).toContain('use.commercial');
    expect(m.status).toBe('blocked');
  });

  it("InternVL's evaluation and training scripts' loads answer offline", async () => {
    const report = await checkFiles({
      'eval.py': [
        'from transformers import AutoModel, AutoTokenizer',
        '',
        'model = AutoModel.from_pretrained("OpenGVLab/InternVL3-78B", trust_remote_code=True)',
        'tok = AutoTokenizer.from_pretrained("OpenGVLab/InternVL3_5-38B-Pretrained", trust_remote_code=True)',
        'omni = AutoModel.from_pretrained("openbmb/MiniCPM-o-4_5", trust_remote_code=True)',
        '',
      ].join('\n'),
      'chroma.py': [
        'from diffusers import ChromaPipeline',
        'pipe = ChromaPipeline.from_pretrained("lodestones/Chroma1-HD", torch_dtype=torch.bfloat16)',
        '',
      ].join('\n'),
    });
    const byId = new Map(report.models.map((m) => [m.id, m]));
    expect([...byId.keys()].sort()).toEqual([
      'OpenGVLab/InternVL3-78B',
      'OpenGVLab/InternVL3_5-38B-Pretrained',
      'lodestones/Chroma1-HD',
      'openbmb/MiniCPM-o-4_5',
    ]);
    expect(byId.get('OpenGVLab/InternVL3-78B')?.license).toBe('qwen');
    expect(byId.get('OpenGVLab/InternVL3_5-38B-Pretrained')?.license).toBe('apache-2.0');
    expect(byId.get('openbmb/MiniCPM-o-4_5')?.license).toBe('apache-2.0');
    expect(byId.get('lodestones/Chroma1-HD')?.license).toBe('apache-2.0');
    for (const m of byId.values()) expect(rules(m)).not.toContain('license.unknown');
  });

  it('what no source settles stays unknown', () => {
    for (const id of [
      // (InternVL3-9B, on internlm3-8b-instruct, is a rule since catalog29, on its Hub label)
      // quantized copies whose cards were not read
      'OpenGVLab/InternVL3-8B-AWQ',
      // the GPT-OSS-based preview's card was not read
      'OpenGVLab/InternVL3_5-GPT-OSS-20B-A4B-Preview',
      // versions the MiniCPM-V README does not list
      'openbmb/MiniCPM-V-4.7',
      'openbmb/MiniCPM-o-4_5-BNB',
      // the Skywork Community License (a PDF not read); no label on InstantX's SD3 ControlNet (audit.yml)
      'Skywork/SkyReels-V2-DF-14B-540P',
      'Skywork/SkyReels-V2-I2V-1.3B-540P',
      'InstantX/SD3-Controlnet-Canny',
      // Chroma's earlier, versioned checkpoints were not read
      'lodestones/Chroma',
      // Vicuna versions the rule does not enumerate
      'lmsys/vicuna-13b-v1.1',
      // Eagle 2 and 2.5 are other releases, not read
      'NVEagle/Eagle2-9B',
      // not read
      'OpenGVLab/Mini-InternVL-Chat-4B-V1-5',
      // (InternVL2-26B is a rule since catalog29, on its Hub label)
      // no label on their Hub pages
      'mit-han-lab/dc-ae-f32c32-sana-1.0-diffusers',
      'mit-han-lab/dc-ae-f128c512-mix-1.0-diffusers',
      'VITA-MLLM/VITA-1.5',
      'lmms-lab/LongVA-7B',
    ])
      expect([id, catalog.lookup(id)]).toEqual([id, undefined]);
  });
});
