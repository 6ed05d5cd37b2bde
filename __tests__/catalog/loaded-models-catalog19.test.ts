import { describe, expect, it } from '@jest/globals';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { catalogChecks, rulesOf as rules } from '../helpers/catalog-checks.js';

/**
 * Models real code loads that the catalog did not know (catalog19, from a scan of 42 public repositories): InternVL 2.0's
 * small sizes, Qwen3-VL-Embedding and -Reranker, LLaVA-Video 7B, RWKV-5 World, the SNAC codecs and Würstchen. Each
 * answers offline by a family rule with the license its source states, marked `unconfirmed` where it was read through a
 * copy or a third party; what no source settles stays unknown.
 */
const catalog = loadCatalog();
const now = new Date('2026-12-02T10:00:00Z');
const { run, checkFiles } = catalogChecks('version: 1\nextends: [default]\n', now);

describe('models real code loads, offline (catalog19)', () => {
  it.each([
    ['OpenGVLab/InternVL2-1B', 'mit', 'internvl2'],
    ['OpenGVLab/InternVL2-2B', 'mit', 'internvl2'],
    ['OpenGVLab/InternVL2-4B', 'mit', 'internvl2'],
    ['Qwen/Qwen3-VL-Embedding-2B', 'apache-2.0', 'qwen3-vl-embedding'],
    ['Qwen/Qwen3-VL-Embedding-8B', 'apache-2.0', 'qwen3-vl-embedding'],
    ['Qwen/Qwen3-VL-Reranker-2B', 'apache-2.0', 'qwen3-vl-embedding'],
    ['Qwen/Qwen3-VL-Reranker-8B', 'apache-2.0', 'qwen3-vl-embedding'],
    ['lmms-lab/LLaVA-Video-7B-Qwen2', 'apache-2.0', 'llava-video'],
    ['lmms-lab/LLaVA-OneVision-1.5-8B-Instruct', 'apache-2.0', 'llava-onevision-1.5'],
    ['stabilityai/stablelm-3b-4e1t', 'cc-by-sa-4.0', 'stablelm'],
    ['RWKV/rwkv-5-world-1b5', 'apache-2.0', 'rwkv'],
    ['RWKV/rwkv-5-world-3b', 'apache-2.0', 'rwkv'],
    ['hubertsiuzdak/snac_24khz', 'mit', 'snac'],
    ['hubertsiuzdak/snac_32khz', 'mit', 'snac'],
    ['hubertsiuzdak/snac_44khz', 'mit', 'snac'],
    ['warp-ai/wuerstchen', 'mit', 'wuerstchen'],
    ['warp-ai/wuerstchen-prior', 'mit', 'wuerstchen'],
  ])('%s answers by its family rule: %s', (id, license, family) => {
    const m = catalog.lookup(id)!;
    expect(m).toMatchObject({ match: 'family', model: { id, license, family } });
    expect(m.model.source).toMatch(/^https:\/\//);
  });

  it('the names are matched case-insensitively, as code spells them', () => {
    expect(catalog.lookup('opengvlab/internvl2-2b')).toMatchObject({ match: 'family', model: { license: 'mit' } });
    expect(catalog.lookup('rwkv/RWKV-5-World-3B')?.model.license).toBe('apache-2.0');
  });

  it('what was read through copies or third parties says so', () => {
    for (const id of [
      'OpenGVLab/InternVL2-1B',
      'Qwen/Qwen3-VL-Embedding-8B',
      'lmms-lab/LLaVA-Video-7B-Qwen2',
      'RWKV/rwkv-5-world-1b5',
      'hubertsiuzdak/snac_44khz',
      'warp-ai/wuerstchen',
    ])
      expect(catalog.lookup(id)?.model.unconfirmed).toMatch(/\w/);
  });

  it('the rules enumerate what was read: siblings under other terms or unread stay unknown', () => {
    for (const id of [
      // InternVL 2.0 sizes whose cards were not read (the 26B and the Llama3-76B are rules since catalog29, on their
      // Hub labels).
      'OpenGVLab/InternVL2-40B',
      // (InternVL2-8B-MPO is a rule since catalog28: its Hub page reads mit)
      // LLaVA-Video 72B is built on Qwen2-72B (the Tongyi Qianwen license), not covered by the 7B's label.
      'lmms-lab/LLaVA-Video-72B-Qwen2',
      'Qwen/Qwen3-VL-Embedding-4B',
      'RWKV/v5-Eagle-7B-HF',
      'warp-ai/wuerstchen-v3',
      'lmms-lab/LLaVA-OneVision-1.5-8B-Base',
      'stabilityai/stablelm-2-1_6b',
      'stabilityai/stablelm-zephyr-3b',
    ])
      expect(catalog.lookup(id)).toBeUndefined();
    // InternVL2-8B stays the entry it was, not the rule's answer.
    expect(catalog.lookup('OpenGVLab/InternVL2-8B')?.match).toBe('exact');
  });

  it('what no source settles stays unknown, and the default policy blocks it as such', async () => {
    for (const id of [
      // (the Qwen3-Omni checkpoints are a family rule since catalog26: their technical report's Apache-2.0; InternVL3
      // is a family rule since catalog28, on the Qwen License its cards name; the InternLM3-based 9B since catalog29)
      'tiiuae/falcon-11B-vlm',
      'nomic-ai/nomic-embed-vision-v1.5',
      'transfo-xl/transfo-xl-wt103',
      'pyannote/voice-activity-detection',
      'microsoft/trocr-large-handwritten',
      'kyutai/helium-1-2b',
      'berkeley-nest/Starling-LM-7B-alpha',
      'state-spaces/mamba-130m',
    ])
      expect(catalog.lookup(id)).toBeUndefined();
    expect(rules(await run('tiiuae/falcon-11B-vlm'))).toContain('license.unknown');
    // pyannote's segmentation models and the 3.1 pipeline are covered since earlier rounds (MIT, gated).
    expect(catalog.lookup('pyannote/segmentation-3.0')?.model.license).toBe('mit');
    expect(catalog.lookup('allenai/Molmo-7B-D-0924')?.model.license).toBe('apache-2.0');
  });

  it('a declared model answers offline and is not blocked as unknown', async () => {
    const m = await run('Qwen/Qwen3-VL-Embedding-8B');
    expect(m.license).toBe('apache-2.0');
    expect(rules(m)).not.toContain('license.unknown');
    expect(m.status).not.toBe('blocked');
  });

  it('an evaluation harness and an audio pipeline that load them are checked against their terms', async () => {
    const report = await checkFiles({
      'eval_vlm.py': [
        'from transformers import AutoModel, AutoTokenizer',
        'path = "OpenGVLab/InternVL2-2B"',
        'model = AutoModel.from_pretrained(path, trust_remote_code=True)',
        'video = AutoModel.from_pretrained("lmms-lab/LLaVA-Video-7B-Qwen2")',
        'other = AutoModel.from_pretrained("OpenGVLab/InternVL2-40B", trust_remote_code=True)',
        '',
      ].join('\n'),
      'tts.py': ['from snac import SNAC', 'codec = SNAC.from_pretrained("hubertsiuzdak/snac_24khz").eval()', ''].join(
        '\n',
      ),
    });
    const byId = new Map(report.models.map((m) => [m.id, m]));
    expect([...byId.keys()].sort()).toEqual([
      'OpenGVLab/InternVL2-2B',
      'OpenGVLab/InternVL2-40B',
      'hubertsiuzdak/snac_24khz',
      'lmms-lab/LLaVA-Video-7B-Qwen2',
    ]);
    for (const id of ['OpenGVLab/InternVL2-2B', 'lmms-lab/LLaVA-Video-7B-Qwen2', 'hubertsiuzdak/snac_24khz']) {
      expect(rules(byId.get(id)!)).not.toContain('license.unknown');
      expect(byId.get(id)!.license_source).toBe('catalog');
    }
    expect(rules(byId.get('OpenGVLab/InternVL2-40B')!)).toContain('license.unknown');
  });
});
