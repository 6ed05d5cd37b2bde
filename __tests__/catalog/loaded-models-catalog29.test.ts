import { describe, expect, it } from '@jest/globals';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { catalogChecks, rulesOf as rules } from '../helpers/catalog-checks.js';

/**
 * Models real repositories load that were `license.unknown` offline (catalog29, from VLMEvalKit, InternVL, diffusers
 * and the defaults of `pipeline(task)`): InternVL2-26B and InternVL3-9B (their Hub labels, mit), InternVL2-Llama3-76B
 * (llama3), MiniCPM-V 4.0 and 4.5 (Apache-2.0: their Hub labels and the MiniCPM-V README agree), AnimateDiff's SDXL
 * motion adapter (Apache-2.0) and VideoMAE's Kinetics fine-tune, `pipeline("video-classification")`'s default
 * (CC BY-NC 4.0). What no source labels stays unknown (audit.yml).
 */
const catalog = loadCatalog();
const now = new Date('2026-12-03T14:00:00Z');
const { run, checkFiles } = catalogChecks('version: 1\nextends: [default]\n', now);

describe('models real code loads, offline (catalog29)', () => {
  it.each([
    ['OpenGVLab/InternVL2-26B', 'internvl2-26b', 'mit'],
    ['OpenGVLab/InternVL2-Llama3-76B', 'internvl2-llama3-76b', 'llama3'],
    ['OpenGVLab/InternVL3-9B', 'internvl3-9b', 'mit'],
    ['OpenGVLab/InternVL3-9B-Instruct', 'internvl3-9b', 'mit'],
    ['openbmb/MiniCPM-V-4', 'openbmb-minicpm-v-4', 'apache-2.0'],
    ['openbmb/MiniCPM-V-4-int4', 'openbmb-minicpm-v-4', 'apache-2.0'],
    ['openbmb/MiniCPM-V-4_5', 'openbmb-minicpm-v-4', 'apache-2.0'],
    ['guoyww/animatediff-motion-adapter-sdxl-beta', 'animatediff-sdxl-adapter', 'apache-2.0'],
  ])('%s answers by the family rule %s: %s', (id, rule, license) => {
    const m = catalog.lookup(id)!;
    expect(m).toMatchObject({ match: 'family', model: { license } });
    expect(m.rule).toMatchObject({ kind: 'family', id: rule });
    expect(m.model.source).toMatch(/^https:\/\//);
    expect(m.model.unconfirmed).toBeTruthy();
  });

  it('the earlier MiniCPM-V models keep the stricter MiniCPM Model License, and say that the README disagrees', () => {
    for (const id of ['openbmb/MiniCPM-V-2_6', 'openbmb/MiniCPM-V-2_6-int4', 'openbmb/MiniCPM-o-2_6']) {
      const m = catalog.lookup(id)!;
      expect([id, m.model.license, m.rule?.id]).toEqual([id, 'minicpm-model-license', 'openbmb-minicpm-v']);
      expect(m.model.unconfirmed).toMatch(/Sources disagree: the MiniCPM-V README .* says .* Apache-2\.0/);
    }
  });

  it("InternVL2-Llama3-76B is checked against Llama 3's terms", async () => {
    const m = await run('OpenGVLab/InternVL2-Llama3-76B');
    expect(m.license).toBe('llama3');
    expect(rules(m)).not.toContain('license.unknown');
  });

  it('what no source labels stays unknown', () => {
    for (const id of [
      // not read
      'OpenGVLab/InternVL2-40B',
      // diffusers' conversions of the SD 1.5 motion modules: no label on their pages
      'guoyww/animatediff-motion-adapter-v1-5',
      'guoyww/animatediff-motion-adapter-v1-5-2',
      'guoyww/animatediff-motion-adapter-v1-5-3',
      // transformers' pipeline defaults without a license label
      'dbmdz/bert-large-cased-finetuned-conll03-english',
      'ydshieh/vit-gpt2-coco-en',
    ])
      expect([id, catalog.lookup(id)]).toEqual([id, undefined]);
  });

  it("`pipeline(task)` given no model is checked against its default's terms", async () => {
    const report = await checkFiles({
      'classify.py': [
        'from transformers import pipeline',
        '',
        'video = pipeline("video-classification")',
        'ner = pipeline("ner")',
        '',
      ].join('\n'),
    });
    const byId = new Map(report.models.map((m) => [m.id, m]));
    expect([...byId.keys()].sort()).toEqual([
      'MCG-NJU/videomae-base-finetuned-kinetics',
      'dbmdz/bert-large-cased-finetuned-conll03-english',
    ]);
    const video = byId.get('MCG-NJU/videomae-base-finetuned-kinetics')!;
    expect(video.license).toBe('cc-by-nc-4.0');
    expect(rules(video)).not.toContain('license.unknown');
    expect(video.status).toBe('blocked');
    expect(rules(byId.get('dbmdz/bert-large-cased-finetuned-conll03-english')!)).toContain('license.unknown');
  });
});
