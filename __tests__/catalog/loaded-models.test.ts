import { describe, expect, it } from '@jest/globals';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { catalogChecks, rulesOf as rules } from '../helpers/catalog-checks.js';

/**
 * Models real code loads that the catalog did not know (catalog17): InternVL 2.5 by size, OpenBMB's MiniCPM-V series,
 * the legacy bare names Transformers still resolves, the original LLaMA, ModelScope's mirror namespaces and the last
 * round's candidates. Each answers offline with the license its source states; what no source states stays unknown.
 */
const catalog = loadCatalog();
const now = new Date('2026-12-02T10:00:00Z');
const { run, checkFiles } = catalogChecks('version: 1\nextends: [default]\n', now);

describe('models real code loads, offline', () => {
  it.each([
    ['OpenGVLab/InternVL2_5-4B', 'mit'],
    ['OpenGVLab/InternVL2_5-26B', 'mit'],
    ['OpenGVLab/InternVL2_5-38B', 'mit'],
    ['OpenGVLab/InternVL2_5-78B', 'qwen'],
    ['OpenGVLab/InternVL2_5-1B-MPO', 'mit'],
    ['OpenGVLab/InternVL2_5-2B-MPO', 'mit'],
    ['OpenGVLab/InternVL2_5-4B-MPO', 'mit'],
    ['OpenGVLab/InternVL2_5-8B-MPO', 'mit'],
    ['OpenGVLab/InternVL2_5-26B-MPO', 'mit'],
    ['OpenGVLab/InternVL2_5-38B-MPO', 'mit'],
    ['OpenGVLab/InternVL2_5-78B-MPO', 'qwen'],
  ])('%s is an entry labelled %s, as its Hub page is', (id, license) => {
    const m = catalog.lookup(id)!;
    expect(m).toMatchObject({ match: 'exact', model: { id, license, task: 'image-text-to-text', multimodal: true } });
    expect(m.model.source).toMatch(/^https:\/\/huggingface\.co\/OpenGVLab\/InternVL2_5-/);
  });

  it('InternVL 2.5 sizes built on Qwen2.5-3B and Qwen2.5-72B carry the Qwen terms through their base', async () => {
    expect(catalog.model('OpenGVLab/InternVL2_5-4B')?.base_model).toEqual(['Qwen/Qwen2.5-3B-Instruct']);
    expect(catalog.model('OpenGVLab/InternVL2_5-4B-MPO')?.base_model).toEqual(['Qwen/Qwen2.5-3B-Instruct']);
    expect(catalog.model('OpenGVLab/InternVL2_5-78B')?.base_model).toEqual(['Qwen/Qwen2.5-72B-Instruct']);
    // The MIT label does not free the 4B of the Qwen Research License of its language part.
    const m = await run('OpenGVLab/InternVL2_5-4B');
    expect(m.license).toBe('qwen-research');
    expect(rules(m)).toContain('license.inherited');
    expect(m.status).toBe('blocked');
    // The sizes on InternLM 2.5 have no Qwen base and pass.
    expect((await run('OpenGVLab/InternVL2_5-26B')).status).not.toBe('blocked');
  });

  it.each([
    'openbmb/MiniCPM-V',
    'openbmb/MiniCPM-V-2',
    'openbmb/MiniCPM-Llama3-V-2_5-int4',
    'openbmb/MiniCPM-V-2_6',
    'openbmb/MiniCPM-V-2_6-int4',
    'openbmb/MiniCPM-o-2_6',
    // (MiniCPM-V-4 and 4_5 are Apache-2.0 since catalog29: their Hub labels and the MiniCPM-V README agree)
  ])('%s is under the MiniCPM Model License', (id) => {
    expect(catalog.lookup(id)).toMatchObject({ match: 'family', model: { id, license: 'minicpm-model-license' } });
  });

  it('the MiniCPM Model License: commercial use after registration, with its caps, duties and restrictions', () => {
    const l = catalog.license('minicpm-model-license')!;
    expect(l).toMatchObject({ category: 'community', commercial: 'conditional', restrictions_pass_downstream: true });
    expect(l.commercial_condition).toMatch(/registration questionnaire/);
    expect(l.commercial_condition).toMatch(/5,000 edge devices/);
    expect(l.commercial_condition).toMatch(/1 million daily active users/);
    expect(l.naming).toMatch(/"MiniCPM"/);
    expect(l.attribution).toMatch(/Built with 面壁MiniCPM/);
    expect(l.output_training).toMatch(/improve any other large language model/);
    // The Hub's license_name resolves to it.
    expect(catalog.license('MiniCPM Model License')?.id).toBe('minicpm-model-license');
  });

  it('a MiniCPM-V model is not blocked as unknown: the default policy warns about its terms', async () => {
    const m = await run('openbmb/MiniCPM-V-2_6');
    expect(m.license).toBe('minicpm-model-license');
    expect(rules(m)).not.toContain('license.unknown');
    expect(rules(m)).toEqual(expect.arrayContaining(['obligation.attribution', 'obligation.naming']));
  });

  it.each([
    ['xlnet-base-cased', 'xlnet/xlnet-base-cased', 'mit'],
    ['xlnet-large-cased', 'xlnet/xlnet-large-cased', 'mit'],
    ['openai-gpt', 'openai-community/openai-gpt', 'mit'],
    ['camembert-base', 'almanach/camembert-base', 'mit'],
    ['ctrl', 'Salesforce/ctrl', 'bsd-3-clause'],
  ])('the legacy bare name %s is %s (%s)', (bare, id, license) => {
    expect(catalog.lookup(bare)).toMatchObject({ match: 'alias', model: { id, license } });
    expect(catalog.lookup(id)).toMatchObject({ match: 'exact', model: { id, license } });
    expect(catalog.spelling(bare)).toBe(id);
  });

  it('FlauBERT base answers by its rule; bare names without a label stay unknown', () => {
    expect(catalog.lookup('flaubert/flaubert_base_cased')?.model.license).toBe('mit');
    expect(catalog.lookup('flaubert/flaubert_base_uncased')?.model.license).toBe('mit');
    expect(catalog.lookup('flaubert/flaubert_large_cased')).toBeUndefined();
    expect(catalog.lookup('transfo-xl-wt103')).toBeUndefined();
    expect(catalog.lookup('transfo-xl/transfo-xl-wt103')).toBeUndefined();
  });

  // huggyllama/llama-7b is also an entry since catalog26 (the base of the LLaVA-Lightning weights Video-ChatGPT uses:
  // loaded-models-catalog26.test.ts), huggyllama/llama-65b since catalog27 (the base the IDEFICS 80B cards name:
  // loaded-models-catalog27.test.ts), under the same terms.
  it.each([
    'huggyllama/llama-13b',
    'huggyllama/llama-30b',
    'decapoda-research/llama-7b-hf',
    'decapoda-research/llama-65b-hf',
  ])('%s is the original LLaMA, under its non-commercial research license', (id) => {
    expect(catalog.lookup(id)).toMatchObject({
      match: 'family',
      model: { license: 'llama-license', family: 'llama1' },
    });
  });

  it('the LLaMA 1 license is research-only, not the Llama 2 community license, and the default policy blocks it', async () => {
    const l = catalog.license('llama-license')!;
    expect(l).toMatchObject({ category: 'research-only', commercial: false, osi_approved: false });
    expect(l.id).not.toBe(catalog.license('llama2')?.id);
    expect(catalog.license('Non-commercial bespoke license')?.id).toBe('llama-license');
    const m = await run('huggyllama/llama-7b');
    expect(m.license).toBe('llama-license');
    expect(m.status).toBe('blocked');
    expect(rules(m)).toContain('license.denied');
    expect(rules(m)).not.toContain('license.unknown');
    // Other uploaders' names are not covered: huggyllama's own later names, and a stranger's llama-7b.
    expect(catalog.lookup('huggyllama/llama-2-7b')).toBeUndefined();
    expect(catalog.lookup('someone/llama-7b')).toBeUndefined();
  });

  it.each([
    ['LLM-Research/Meta-Llama-3-8B-Instruct', 'meta-llama/Meta-Llama-3-8B-Instruct', 'llama3'],
    ['LLM-Research/Meta-Llama-3.1-8B-Instruct', 'meta-llama/Llama-3.1-8B-Instruct', 'llama3.1'],
    ['ZhipuAI/chatglm3-6b', 'zai-org/chatglm3-6b', 'chatglm3-6b'],
    ['AI-ModelScope/bge-small-zh-v1.5', 'BAAI/bge-small-zh-v1.5', 'mit'],
    ['AI-ModelScope/bert-base-uncased', 'google-bert/bert-base-uncased', 'apache-2.0'],
  ])('the ModelScope mirror %s follows %s (%s)', (id, base, license) => {
    expect(catalog.lookup(id)).toMatchObject({
      match: 'reupload',
      model: { id, license, base_model: [base] },
    });
  });

  it('a ModelScope name no original has stays unknown; qwen/ needs no rule', () => {
    expect(catalog.lookup('LLM-Research/not-a-released-model')).toBeUndefined();
    expect(catalog.lookup('AI-ModelScope/whisperkit-coreml')).toBeUndefined();
    expect(catalog.lookup('qwen/Qwen-7B-Chat')).toMatchObject({
      match: 'family',
      model: { license: 'tongyi-qianwen' },
    });
  });

  it('a name two publishers spell out under the same terms (THUDM/ and zai-org/) is one original for its copies', () => {
    expect(catalog.lookup('bartowski/chatglm3-6b-GGUF')).toMatchObject({
      match: 'reupload',
      model: { license: 'chatglm3-6b', base_model: ['zai-org/chatglm3-6b'] },
    });
  });

  it('ModelScope downloads in code are checked against the original terms', async () => {
    const report = await checkFiles({
      'download.py': [
        'from modelscope import snapshot_download, AutoModel',
        '',
        "model_dir = snapshot_download('LLM-Research/Meta-Llama-3-8B-Instruct', revision='master')",
        "glm = AutoModel.from_pretrained('ZhipuAI/chatglm3-6b', trust_remote_code=True)",
        '',
      ].join('\n'),
    });
    const byId = new Map(report.models.map((m) => [m.id, m]));
    expect(byId.get('LLM-Research/Meta-Llama-3-8B-Instruct')?.license).toBe('llama3');
    expect(byId.get('ZhipuAI/chatglm3-6b')?.license).toBe('chatglm3-6b');
    for (const m of byId.values()) expect(rules(m)).not.toContain('license.unknown');
  });

  it.each([
    ['timm/inception_v3.tv_in1k', 'apache-2.0', 'image-classification'],
    ['google/madlad400-3b-mt', 'apache-2.0', 'translation'],
    ['klue/bert-base', 'cc-by-sa-4.0', 'fill-mask'],
    ['d4data/biomedical-ner-all', 'apache-2.0', 'token-classification'],
  ])('%s: %s (%s), from a rule that names it', (id, license, task) => {
    expect(catalog.lookup(id)).toMatchObject({ match: 'family', model: { id, license, task } });
    // Siblings are not covered.
    expect(catalog.lookup(`${id}-v2`)).toBeUndefined();
  });

  // The Qwen3-Omni checkpoints, unlabelled on the Hub, are a family rule since catalog26 (their technical report says
  // Apache-2.0: loaded-models-catalog26.test.ts).
  // InternVL3 is a family rule since catalog28 (the Qwen License its cards name), the InternLM3-based 9B since catalog29.
  it('what no source labels stays unknown: InternVL2-40B, pyannote voice activity detection', async () => {
    for (const id of ['OpenGVLab/InternVL2-40B', 'pyannote/voice-activity-detection'])
      expect(catalog.lookup(id)).toBeUndefined();
    expect(rules(await run('OpenGVLab/InternVL2-40B'))).toContain('license.unknown');
  });
});
