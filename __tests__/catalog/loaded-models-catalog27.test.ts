import { describe, expect, it } from '@jest/globals';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { catalogChecks, expectCatalogEntry, rulesOf as rules } from '../helpers/catalog-checks.js';

/**
 * Models real repositories load that were `license.unknown` offline (catalog27, from diffusers and VLMEvalKit):
 * Lightricks' LTX-2 and LTX-2.3 (the LTX-2 Community License Agreement) and LTX-2.5 (the LTX-2.x Community License
 * Agreement), both free below USD 10M of annual revenue; the 2023 IDEFICS models, whose newly trained weights are MIT
 * but whose frozen LLaMA base binds them to the original LLaMA's non-commercial terms. The LTX-Video 0.9.x checkpoints
 * (one repository, several licenses) stay unknown.
 */
const catalog = loadCatalog();
const now = new Date('2026-12-03T10:00:00Z');
const { run, checkFiles } = catalogChecks('version: 1\nextends: [default]\n', now);

describe('models real code loads, offline (catalog27)', () => {
  it.each([
    ['ltx-2-community', 'LTX-2 Community License Agreement', 'https://github.com/Lightricks/LTX-2/blob/4dbd99e'],
    ['ltx-2.x-community', 'LTX-2.x Community License Agreement', 'https://github.com/Lightricks/LTX-2/blob/400fd31'],
  ])('%s is the %s: community, free below USD 10M of annual revenue, its terms passed on', (id, name, url) => {
    const t = catalog.license(id)!;
    expect(t).toMatchObject({
      id,
      name,
      category: 'community',
      commercial: 'conditional',
      revenue_cap_usd: 10_000_000,
    });
    expect(t.restrictions_pass_downstream).toBe(true);
    expect(t.user_cap).toBeUndefined();
    expect(t.url.startsWith(url)).toBe(true);
    expect(t.output_training).toMatch(/Derivative/);
    expect(t.unconfirmed).toBeTruthy();
    // "entities ... with annual revenues of at least USD 10,000,000" (section 2 of both agreements)
    expect(t.revenue_cap_inclusive).toBe(true);
  });

  it.each([
    [10_000_000, 'Lightricks/LTX-2', 'LTX-2 Community License Agreement'],
    [10_000_000, 'Lightricks/LTX-2.5', 'LTX-2.x Community License Agreement'],
  ])('revenue of exactly USD %d needs the paid license for %s ("at least")', async (revenue, id, name) => {
    const policy = `version: 1\nextends: [default]\nuse:\n  annual_revenue_usd: ${revenue}\n`;
    const report = await checkFiles({ 'models.yaml': `models:\n  - id: ${id}\n` }, policy);
    const found = report.models[0].findings.find((f) => f.rule === 'use.revenue-cap');
    expect(found?.message).toBe(
      `${name} requires a separate license from USD 10,000,000 of annual revenue; the policy declares USD 10,000,000`,
    );
    const under = await checkFiles(
      { 'models.yaml': `models:\n  - id: ${id}\n` },
      policy.replace(String(revenue), '9999999'),
    );
    expect(rules(under.models[0])).not.toContain('use.revenue-cap');
  });

  it('a cap the agreement words "under"/"exceeds" (Stability AI, LFM) still passes revenue equal to it', async () => {
    expect(catalog.license('stabilityai-ai-community')?.revenue_cap_inclusive).toBeUndefined();
    expect(catalog.license('lfm1.0')?.revenue_cap_inclusive).toBeUndefined();
    const policy = 'version: 1\nextends: [default]\nuse:\n  annual_revenue_usd: 10000000\n';
    const report = await checkFiles({ 'models.yaml': 'models:\n  - id: LiquidAI/LFM2-1.2B\n' }, policy);
    expect(rules(report.models[0])).not.toContain('use.revenue-cap');
  });

  it.each([
    ['Lightricks/LTX-2', 'lightricks-ltx-2', 'ltx-2-community'],
    ['Lightricks/LTX-2.3', 'lightricks-ltx-2', 'ltx-2-community'],
    ['Lightricks/LTX-2-19b-LoRA-Camera-Control-Dolly-In', 'lightricks-ltx-2', 'ltx-2-community'],
    ['Lightricks/LTX-2.3-22b-IC-LoRA-HDR', 'lightricks-ltx-2', 'ltx-2-community'],
    ['Lightricks/LTX-2.5', 'lightricks-ltx-2.5', 'ltx-2.x-community'],
    ['Lightricks/LTX-2.5-Diffusers', 'lightricks-ltx-2.5', 'ltx-2.x-community'],
    ['Lightricks/LTX-2.5-Pre-Trained', 'lightricks-ltx-2.5', 'ltx-2.x-community'],
    ['Lightricks/LTX-2.5-22b-IC-LoRA-Pixel-Spatial-Upscaler', 'lightricks-ltx-2.5', 'ltx-2.x-community'],
  ])('%s answers by the family rule %s: %s', (id, rule, license) => {
    const m = catalog.lookup(id)!;
    expect(m).toMatchObject({ match: 'family', model: { license, family: 'ltx-2' } });
    expect(m.rule).toMatchObject({ kind: 'family', id: rule });
    expect(m.model.source).toBe('https://raw.githubusercontent.com/Lightricks/LTX-2/main/LICENSE');
  });

  it("diffusers' LTX-2 loads are checked against the LTX-2 agreements, not left unknown", async () => {
    const report = await checkFiles({
      'run.py': [
        'from diffusers import LTX2Pipeline, LTX2ImageToVideoPipeline',
        '',
        'pipe = LTX2Pipeline.from_pretrained("Lightricks/LTX-2")',
        'i2v = LTX2ImageToVideoPipeline.from_pretrained("Lightricks/LTX-2.5-Diffusers")',
        '',
      ].join('\n'),
    });
    const byId = new Map(report.models.map((m) => [m.id, m]));
    expect([byId.get('Lightricks/LTX-2')?.license, byId.get('Lightricks/LTX-2.5-Diffusers')?.license]).toEqual([
      'ltx-2-community',
      'ltx-2.x-community',
    ]);
    for (const m of byId.values()) {
      expect(m.license_source).toBe('catalog');
      expect(rules(m)).not.toContain('license.unknown');
    }
  });

  it('an organisation declaring more than USD 10M of annual revenue is blocked by the revenue cap', async () => {
    const policy = 'version: 1\nextends: [default]\nuse:\n  annual_revenue_usd: 50000000\n';
    const report = await checkFiles({ 'models.yaml': 'models:\n  - id: Lightricks/LTX-2.3\n' }, policy);
    const m = report.models[0];
    expect(m.license).toBe('ltx-2-community');
    expect(rules(m)).toContain('use.revenue-cap');
    expect(m.status).toBe('blocked');
  });

  it.each([
    ['HuggingFaceM4/idefics-80b', 'mit', 'idefics', ['huggyllama/llama-65b']],
    ['HuggingFaceM4/idefics-80b-instruct', 'mit', 'idefics', ['huggyllama/llama-65b']],
    ['HuggingFaceM4/idefics-9b', 'mit', 'idefics', ['huggyllama/llama-7b']],
    ['HuggingFaceM4/idefics-9b-instruct', 'mit', 'idefics', ['huggyllama/llama-7b']],
    // the base the 80B cards name
    ['huggyllama/llama-65b', 'llama-license', 'llama1', undefined],
  ])('%s is an entry: %s, family %s, base %j', expectCatalogEntry);

  it.each([
    ['HuggingFaceM4/idefics-9b-instruct', 'huggyllama/llama-7b'],
    ['HuggingFaceM4/idefics-80b-instruct', 'huggyllama/llama-65b'],
  ])("%s's MIT label on its new weights does not hide the original LLaMA's non-commercial terms", async (id, base) => {
    const m = await run(id);
    expect(m.license).toBe('llama-license');
    expect(m.lineage?.map((s) => [s.id, s.license])).toEqual([
      [id, 'mit'],
      [base, 'llama-license'],
    ]);
    expect(rules(m)).toContain('license.inherited');
    expect(rules(m)).not.toContain('license.unknown');
    expect(m.status).toBe('blocked');
  });

  it('what no source settles stays unknown', () => {
    for (const id of [
      // one repository, several licenses by checkpoint file (research-only RAIL-M, Open RAIL-M, LTXV Open Weights)
      'Lightricks/LTX-Video',
      'Lightricks/LTX-Video-0.9.5',
      'Lightricks/LTX-Video-0.9.7-dev',
      'Lightricks/LTX-Video-0.9.8-13B-distilled',
      // versions the LICENSE index does not name
      'Lightricks/LTX-2.4',
      'Lightricks/LTX-2.6',
      // others' copies
      'someone/LTX-2.3',
      'HuggingFaceM4/idefics-9b-v2',
    ])
      expect([id, catalog.lookup(id)]).toEqual([id, undefined]);
  });
});
