import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { check } from '../../src/engine/check.js';
import { FactResolver } from '../../src/engine/resolve.js';
import type { ModelResolver, Policy, Report } from '../../src/core/types.js';
import { HubClient } from '../../src/hub/client.js';
import { loadPolicy } from '../../src/policy/load.js';
import { startFakeHub, type FakeHub } from '../helpers/fake-hub.js';

/** Re-uploads and family members through the whole check, with the shipped catalog: offline and through a loopback Hub. */
const catalog = loadCatalog();
const now = new Date('2026-11-28T10:00:00Z');
const PIN = 'c'.repeat(40);
let hub: FakeHub;
let policy: Policy;
const dirs: string[] = [];

beforeAll(async () => {
  hub = await startFakeHub({
    models: {
      // A copy whose card says apache-2.0 over a Qwen Research License base.
      'bartowski/Qwen2.5-3B-Instruct-GGUF': {
        sha: PIN,
        author: 'bartowski',
        cardData: { license: 'apache-2.0', base_model: 'Qwen/Qwen2.5-3B-Instruct', pipeline_tag: 'text-generation' },
        siblings: [{ rfilename: 'Qwen2.5-3B-Instruct-Q4_K_M.gguf' }],
      },
      // A copy whose card names no base: the re-upload rule supplies it.
      'unsloth/Qwen2.5-3B-Instruct': {
        sha: PIN,
        author: 'unsloth',
        cardData: { license: 'apache-2.0' },
        siblings: [{ rfilename: 'model.safetensors' }],
      },
      // A family member the catalog does not list, whose card disagrees with the family rule.
      'Qwen/Qwen2.5-7B-Instruct-1M': {
        sha: PIN,
        author: 'Qwen',
        gated: 'manual',
        cardData: { license: 'mit' },
        siblings: [{ rfilename: 'model-00001-of-00004.safetensors' }],
      },
    },
  });
  const d = mkdtempSync(join(tmpdir(), 'model-gate-reupload-pol-'));
  dirs.push(d);
  writeFileSync(
    join(d, 'p.yml'),
    'version: 1\nlicenses:\n  deny_categories: [non-commercial, research-only]\nuse:\n  commercial: true\n',
  );
  policy = await loadPolicy('p.yml', { cwd: d, catalog, now });
});
afterAll(async () => {
  await hub.close();
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

async function run(manifest: string, resolver?: ModelResolver): Promise<Report> {
  const dir = mkdtempSync(join(tmpdir(), 'model-gate-reupload-repo-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'models.yaml'), manifest);
  return check({ root: dir, policy, catalog, resolver, now, scan: false });
}
const online = () => new HubClient({ endpoint: hub.url, baseDelayMs: 1 });
const rules = (m: Report['models'][number]) => m.findings.map((f) => f.rule);

describe('offline: the license of a re-upload follows its base', () => {
  it('a GGUF copy of a Qwen Research License model is bound by it', async () => {
    const m = (await run('models:\n  - id: bartowski/Qwen2.5-3B-Instruct-GGUF\n')).models[0];
    expect(m.license).toBe('qwen-research');
    expect(m.status).toBe('blocked');
    expect(rules(m)).toContain('license.denied');
    expect(rules(m)).not.toContain('license.unknown');
    expect(m.lineage?.map((s) => s.id)).toEqual([
      'bartowski/Qwen2.5-3B-Instruct-GGUF',
      'Qwen/Qwen2.5-3B-Instruct',
      'Qwen/Qwen2.5-3B',
    ]);
  });

  it('a copy of an MIT-labelled distill of Llama 3.1 is bound by Llama 3.1 (license.inherited)', async () => {
    const m = (await run('models:\n  - id: bartowski/DeepSeek-R1-Distill-Llama-8B-GGUF\n')).models[0];
    expect(m.license).toBe('llama3.1');
    expect(m.lineage).toEqual([
      { id: 'bartowski/DeepSeek-R1-Distill-Llama-8B-GGUF', license: 'mit', source: 'catalog' },
      { id: 'deepseek-ai/DeepSeek-R1-Distill-Llama-8B', license: 'mit', source: 'catalog' },
      { id: 'meta-llama/Llama-3.1-8B', license: 'llama3.1', source: 'catalog' },
    ]);
    const inherited = m.findings.find((f) => f.rule === 'license.inherited');
    expect(inherited?.message).toMatch(/labelled mit but derives from meta-llama\/Llama-3\.1-8B/);
  });

  it('the facts say which part of the catalog answered', async () => {
    const r = new FactResolver(catalog);
    expect((await r.resolve({ id: 'Qwen/Qwen2.5-7B-Instruct', kind: 'hub' })).catalogMatch).toBe('exact');
    expect((await r.resolve({ id: 'runwayml/stable-diffusion-v1-5', kind: 'hub' })).catalogMatch).toBe('alias');
    expect((await r.resolve({ id: 'ollama:qwen2.5:7b', kind: 'ollama' })).catalogMatch).toBe('alias');
    const fam = await r.resolve({ id: 'Qwen/Qwen2.5-14B-Instruct-AWQ', kind: 'hub' });
    expect(fam).toMatchObject({
      catalogMatch: 'family',
      license: 'apache-2.0',
      licenseBySource: { catalog: 'apache-2.0' },
    });
    const copy = await r.resolve({ id: 'TheBloke/Mistral-7B-Instruct-v0.1-AWQ', kind: 'hub' });
    expect(copy).toMatchObject({
      catalogMatch: 'reupload',
      license: 'apache-2.0',
      effectiveLicense: 'apache-2.0',
      publisher: 'TheBloke',
    });
    // The catalog knows the base's license, not the copy's own label: no catalog claim for license.mismatch.
    expect(copy.licenseBySource.catalog).toBeUndefined();
  });
});

describe('through the Hub: the card of the copy and its base_model drive lineage', () => {
  it('an apache-2.0 label over a qwen-research base gives license.inherited', async () => {
    const m = (await run(`models:\n  - id: bartowski/Qwen2.5-3B-Instruct-GGUF\n    revision: ${PIN}\n`, online()))
      .models[0];
    expect(m.license).toBe('qwen-research');
    expect(m.lineage).toEqual([
      { id: 'bartowski/Qwen2.5-3B-Instruct-GGUF', license: 'apache-2.0', source: 'hub' },
      { id: 'Qwen/Qwen2.5-3B-Instruct', license: 'qwen-research', source: 'catalog' },
      { id: 'Qwen/Qwen2.5-3B', license: 'qwen-research', source: 'catalog' },
    ]);
    expect(rules(m)).toEqual(expect.arrayContaining(['license.inherited', 'license.denied']));
    expect(m.findings.find((f) => f.rule === 'license.inherited')?.message).toMatch(
      /labelled apache-2\.0 but derives from Qwen\/Qwen2\.5-3B-Instruct/,
    );
    // The base is known to the catalog: the Hub is not asked about it.
    expect(hub.count('Qwen/Qwen2.5-3B-Instruct')).toBe(0);
  });

  it('a copy whose card names no base still inherits through the re-upload rule', async () => {
    const m = (await run(`models:\n  - id: unsloth/Qwen2.5-3B-Instruct\n    revision: ${PIN}\n`, online())).models[0];
    expect(m.lineage?.map((s) => `${s.id} ${s.license} ${s.source}`)).toEqual([
      'unsloth/Qwen2.5-3B-Instruct apache-2.0 hub',
      'Qwen/Qwen2.5-3B-Instruct qwen-research catalog',
      'Qwen/Qwen2.5-3B qwen-research catalog',
    ]);
    expect(rules(m)).toContain('license.inherited');
  });

  it('a family member is checked against its card: the Hub is asked, and a disagreement is visible', async () => {
    const m = (await run('models:\n  - id: Qwen/Qwen2.5-7B-Instruct-1M\n', online())).models[0];
    expect(hub.count('Qwen/Qwen2.5-7B-Instruct-1M')).toBeGreaterThan(0);
    expect(m.gated).toBe('manual');
    expect(rules(m)).toContain('license.mismatch');
    expect(m.findings.find((f) => f.rule === 'license.mismatch')?.message).toMatch(/catalog: apache-2\.0, Hub: mit/);
  });
});
