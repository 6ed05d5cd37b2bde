import { describe, expect, it } from '@jest/globals';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { catalogChecks, expectCatalogEntry, rulesOf as rules } from '../helpers/catalog-checks.js';

/**
 * Models real repositories load that were `license.unknown` offline (catalog24, from FunASR, GPT-SoVITS, VLMEvalKit,
 * lmms-eval and ms-swift): FunASR's speech models, each under the label of its own card (the FunASR Model License on
 * the Hub, Apache-2.0 on ModelScope), ModelScope addresses answering as the bare ids, and Ovis1.6-Gemma2-9B
 * (bound by its Gemma 2 base). What no source settles stays unknown.
 */
const catalog = loadCatalog();
const now = new Date('2026-12-03T10:00:00Z');
const { run, checkFiles } = catalogChecks('version: 1\nextends: [default]\n', now);

describe('models real code loads, offline (catalog24)', () => {
  it.each([
    ['FunAudioLLM/SenseVoiceSmall', 'funasr-model-license', 'sensevoice', undefined],
    ['funasr/fsmn-vad', 'funasr-model-license', 'fsmn-vad', undefined],
    ['funasr/paraformer-zh', 'funasr-model-license', 'paraformer', undefined],
    ['iic/SenseVoiceSmall', 'apache-2.0', 'sensevoice', undefined],
    ['iic/speech_fsmn_vad_zh-cn-16k-common-pytorch', 'apache-2.0', 'fsmn-vad', undefined],
    ['AIDC-AI/Ovis1.6-Gemma2-9B', 'apache-2.0', 'ovis1.6', ['google/gemma-2-9b-it']],
  ])('%s is an entry: %s, family %s, base %j', expectCatalogEntry);

  it('the FunASR Model License (1.1) is in the catalog with its duties', () => {
    const l = catalog.license('funasr-model-license')!;
    expect(l).toMatchObject({ category: 'community', commercial: true, restrictions_pass_downstream: false });
    expect(l.attribution).toMatch(/source and the author/);
    expect(l.naming).toMatch(/model names/);
    expect(l.url).toBe('https://github.com/modelscope/FunASR/blob/main/MODEL_LICENSE');
    expect(catalog.license('FunASR Model Open Source License Agreement')?.id).toBe('funasr-model-license');
  });

  it.each([
    ['https://modelscope.cn/models/iic/SenseVoiceSmall', 'iic/SenseVoiceSmall'],
    ['https://www.modelscope.cn/models/iic/SenseVoiceSmall/summary', 'iic/SenseVoiceSmall'],
    [
      'https://modelscope.cn/models/iic/speech_fsmn_vad_zh-cn-16k-common-pytorch',
      'iic/speech_fsmn_vad_zh-cn-16k-common-pytorch',
    ],
    // damo/ is the namespace's former name
    [
      'https://modelscope.cn/models/damo/speech_fsmn_vad_zh-cn-16k-common-pytorch',
      'iic/speech_fsmn_vad_zh-cn-16k-common-pytorch',
    ],
  ])('the ModelScope address %s answers as %s', (address, id) => {
    const bare = catalog.lookup(id)!;
    expect(bare.model.id).toBe(id);
    expect(catalog.lookup(address)?.model).toEqual(bare.model);
  });

  it('a ModelScope address of a namespace the catalog has rules for answers as the bare id', () => {
    // ModelScope's LLM-Research/ mirrors Meta's checkpoints (reuploads.yml)
    const bare = catalog.lookup('LLM-Research/Meta-Llama-3-8B-Instruct');
    expect(bare?.model.license).toBe('llama3');
    expect(catalog.lookup('https://modelscope.cn/models/LLM-Research/Meta-Llama-3-8B-Instruct')?.model.license).toBe(
      'llama3',
    );
    // an address that names no repository, or another site's, does not
    expect(catalog.lookup('https://modelscope.cn/models/iic')).toBeUndefined();
    expect(catalog.lookup('https://example.com/models/iic/SenseVoiceSmall')).toBeUndefined();
  });

  it('Ovis1.6-Gemma2-9B is bound by the Gemma terms of its base', async () => {
    const m = await run('AIDC-AI/Ovis1.6-Gemma2-9B');
    // its own label is Apache-2.0; the stricter Gemma terms of its base are the ones evaluated
    expect(m.license).toBe('gemma');
    expect(m.lineage?.map((s) => [s.id, s.license]).slice(0, 2)).toEqual([
      ['AIDC-AI/Ovis1.6-Gemma2-9B', 'apache-2.0'],
      ['google/gemma-2-9b-it', 'gemma'],
    ]);
    expect(rules(m)).not.toContain('license.unknown');
  });

  it('what no source settles stays unknown', () => {
    for (const id of [
      // ModelScope cards read only through copies that name no repository
      'iic/speech_paraformer-large_asr_nat-zh-cn-16k-common-vocab8404-pytorch',
      'iic/punc_ct-transformer_zh-cn-common-vocab272727-pytorch',
      'https://modelscope.cn/models/iic/speech_campplus_sv_zh-cn_16k-common',
      // no label on the pages read
      'FunAudioLLM/Fun-ASR-Nano-2512',
      // (the Qwen2.5-based InternVL3 sizes are a family rule since catalog28, on the Qwen License their cards name;
      // the InternLM3-based 9B since catalog29, on its Hub label)
      // (Ovis1.6-Gemma2-27B is an entry since catalog25, Ovis-U1-3B since catalog26)
    ])
      expect([id, catalog.lookup(id)]).toEqual([id, undefined]);
  });

  it("a FunASR pipeline's ModelScope models are checked against their cards' terms", async () => {
    const report = await checkFiles({
      'asr.py': [
        'from funasr import AutoModel',
        '',
        'model = AutoModel(',
        '    model="iic/SenseVoiceSmall",',
        '    vad_model="fsmn-vad",',
        '    vad_kwargs={"max_single_segment_time": 30000},',
        '    device="cuda:0",',
        ')',
        '',
      ].join('\n'),
    });
    const byId = new Map(report.models.map((m) => [m.id, m]));
    expect(byId.get('https://modelscope.cn/models/iic/SenseVoiceSmall')).toMatchObject({
      kind: 'url',
      license: 'apache-2.0',
      license_source: 'catalog',
    });
    expect(byId.get('https://modelscope.cn/models/iic/speech_fsmn_vad_zh-cn-16k-common-pytorch')?.license).toBe(
      'apache-2.0',
    );
    expect(report.models.filter((m) => rules(m).includes('license.unknown')).map((m) => m.id)).toEqual([]);
  });
});
