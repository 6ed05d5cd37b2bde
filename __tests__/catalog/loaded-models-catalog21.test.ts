import { describe, expect, it } from '@jest/globals';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { catalogChecks, expectBoundByLlamaBase, rulesOf as rules } from '../helpers/catalog-checks.js';

/**
 * Models evaluation harnesses and NVIDIA's examples load that the catalog did not know (catalog21, from VLMEvalKit,
 * lmms-eval, ms-swift, NVIDIA's GenerativeAIExamples and mistral.rs): NVIDIA's Llama Nemotron models under the NVIDIA
 * Open Model License with the Llama model each derives from as base, Mantis on Llama 3 and Cambrian-1 8B. What no
 * source settles (InternVL3, Qwen3-Omni, the NeMo Retriever models; BAGEL and Video-LLaVA until catalog25) stays unknown.
 */
const catalog = loadCatalog();
const now = new Date('2026-12-02T10:00:00Z');
const { run, checkFiles } = catalogChecks('version: 1\nextends: [default]\n', now);

describe('models real code loads, offline (catalog21)', () => {
  it.each([
    ['nvidia/Llama-3_3-Nemotron-Super-49B-v1', 'nvidia-open-model-license', ['meta-llama/Llama-3.3-70B-Instruct']],
    ['nvidia/Llama-3.1-Nemotron-Nano-8B-v1', 'nvidia-open-model-license', ['meta-llama/Llama-3.1-8B-Instruct']],
    ['TIGER-Lab/Mantis-8B-siglip-llama3', 'llama3', undefined],
    ['TIGER-Lab/Mantis-8B-clip-llama3', 'llama3', undefined],
    ['nyu-visionx/cambrian-8b', 'apache-2.0', ['meta-llama/Meta-Llama-3-8B-Instruct']],
  ])('%s is an entry: %s', (id, license, base) => {
    const m = catalog.lookup(id)!;
    expect(m).toMatchObject({ match: 'exact', model: { id, license } });
    expect(m.model.base_model).toEqual(base);
    expect(m.model.source).toMatch(/^https:\/\//);
    expect(m.model.unconfirmed).toMatch(/\w/);
  });

  it("NIM endpoint names answer: the Hub id in lower case, or the alias NVIDIA's documentation gives", () => {
    expect(catalog.lookup('nvidia/llama-3.1-nemotron-nano-8b-v1')).toMatchObject({
      match: 'exact',
      model: { id: 'nvidia/Llama-3.1-Nemotron-Nano-8B-v1', license: 'nvidia-open-model-license' },
    });
    expect(catalog.lookup('nvidia/llama-3.3-nemotron-super-49b-v1')).toMatchObject({
      match: 'alias',
      model: { id: 'nvidia/Llama-3_3-Nemotron-Super-49B-v1', license: 'nvidia-open-model-license' },
    });
  });

  it('a Llama Nemotron is bound by the Llama license of its base as well as by the NVIDIA Open Model License', async () => {
    for (const [id, base, llama] of [
      ['nvidia/llama-3.3-nemotron-super-49b-v1', 'meta-llama/Llama-3.3-70B-Instruct', 'llama3.3'],
      ['nvidia/llama-3.1-nemotron-nano-8b-v1', 'meta-llama/Llama-3.1-8B-Instruct', 'llama3.1'],
    ]) {
      await expectBoundByLlamaBase(run, id, base, llama);
    }
  });

  it("Cambrian-1 8B's Apache-2.0 label does not hide the Llama 3 license its card names (license.inherited)", async () => {
    const m = await run('nyu-visionx/cambrian-8b');
    const lineage = m.lineage?.map((s) => [s.id, s.license]);
    expect(lineage?.[0]).toEqual(['nyu-visionx/cambrian-8b', 'apache-2.0']);
    expect(lineage).toContainEqual(['meta-llama/Meta-Llama-3-8B-Instruct', 'llama3']);
    expect(m.license).toBe('llama3');
    expect(rules(m)).toContain('license.inherited');
    expect(rules(m)).not.toContain('license.unknown');
  });

  it('siblings and versions no source was read for stay unknown', () => {
    for (const id of [
      'nvidia/llama-3.1-nemoguard-8b-content-safety',
      'nvidia/llama-3.1-nemoguard-8b-topic-control',
      // (llama-3.2-nv-embedqa-1b-v2 is an alias since catalog26: NVIDIA renamed it llama-nemotron-embed-1b-v2)
      'nvidia/llama-3.2-nv-rerankqa-1b-v2',
      'nvidia/nv-embedqa-e5-v5',
      'nvidia/nv-rerankqa-mistral-4b-v3',
      'nvidia/parakeet-ctc-1.1b-asr',
      'nyu-visionx/cambrian-34b',
      // no label on its own pages (Video-LLaVA-7B is an entry since catalog25, bound by its Vicuna 1.5 base)
      'LanguageBind/Video-LLaVA-7B-hf',
      'TIGER-Lab/Mantis-8B-Idefics2',
      // Sources disagree or show no label (audit.yml, catalog19, catalog20): left unknown on purpose (InternVL3-9B is a
      // rule since catalog29, on its Hub label).
      'OpenGVLab/InternVL3_5-GPT-OSS-20B-A4B-Preview',
      // (Qwen3-Omni is a family rule since catalog26)
      'MiniMaxAI/MiniMax-M2',
    ])
      expect(catalog.lookup(id)).toBeUndefined();
  });

  it("a RAG blueprint's NIM model names are checked against their terms", async () => {
    const report = await checkFiles({
      'docker-compose.yaml': [
        'x-model-config:',
        '  llm-model: &llm-model "nvidia/llama-3.3-nemotron-super-49b-v1"',
        '  reflection-model: &reflection-model "nvidia/llama-3.1-nemotron-nano-8b-v1"',
        '',
        'services:',
        '  rag-server:',
        '    image: nvcr.io/nvidia/blueprint/rag-server:2.3.0',
        '    environment:',
        '      APP_LLM_MODELNAME: *llm-model',
        '      APP_REFLECTION_LLM: *reflection-model',
        '',
      ].join('\n'),
    });
    // Reported under the catalog's canonical spelling of each Hub id.
    const byId = new Map(report.models.map((m) => [m.id, m]));
    expect([...byId.keys()].sort()).toEqual([
      'nvidia/Llama-3.1-Nemotron-Nano-8B-v1',
      'nvidia/Llama-3_3-Nemotron-Super-49B-v1',
    ]);
    for (const id of byId.keys()) {
      const m = byId.get(id)!;
      expect(m).toBeDefined();
      expect(rules(m)).not.toContain('license.unknown');
      expect(m.license_source).toBe('catalog');
    }
  });
});
