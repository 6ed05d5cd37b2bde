import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { check } from '../../src/engine/check.js';
import type { Policy, Report } from '../../src/core/types.js';
import { loadPolicy } from '../../src/policy/load.js';

/**
 * Models real repositories load that the catalog did not know (reported blocked as unknown, or wrongly blocked): each
 * answers now with the license its source states, and what no source states stays unknown.
 */
const catalog = loadCatalog();
const now = new Date('2026-11-30T10:00:00Z');
const dirs: string[] = [];
let policy: Policy;

beforeAll(async () => {
  const d = mkdtempSync(join(tmpdir(), 'model-gate-gaps-pol-'));
  dirs.push(d);
  writeFileSync(
    join(d, 'p.yml'),
    'version: 1\nlicenses:\n  deny_categories: [non-commercial, research-only]\nuse:\n  commercial: true\n',
  );
  policy = await loadPolicy('p.yml', { cwd: d, catalog, now });
});
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function run(id: string): Promise<Report['models'][number]> {
  const dir = mkdtempSync(join(tmpdir(), 'model-gate-gaps-repo-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'models.yaml'), `models:\n  - id: ${id}\n`);
  return (await check({ root: dir, policy, catalog, now, scan: false })).models[0];
}
const rules = (m: Report['models'][number]) => m.findings.map((f) => f.rule);

describe('catalog gaps found in real repositories', () => {
  it.each([
    ['BAAI/bge-en-icl', 'apache-2.0', ['safetensors']],
    ['BAAI/bge-code-v1', 'apache-2.0', ['safetensors']],
    ['BAAI/bge-reranker-v2-minicpm-layerwise', 'apache-2.0', ['safetensors']],
    ['BAAI/bge-reranker-v2-gemma', 'apache-2.0', ['safetensors']],
    ['BAAI/bge-reranker-v2.5-gemma2-lightweight', 'gemma', ['safetensors']],
    ['BAAI/BGE-VL-base', 'mit', ['safetensors']],
    ['BAAI/BGE-VL-large', 'mit', ['safetensors']],
    ['BAAI/BGE-VL-MLLM-S1', 'mit', ['safetensors']],
    ['BAAI/BGE-VL-v1.5-mmeb', 'mit', ['safetensors']],
    ['BAAI/bge-large-zh-noinstruct', 'mit', ['bin']],
    ['distil-whisper/distil-large-v3-openai', 'mit', ['bin']],
    ['distil-whisper/distil-large-v3.5-openai', 'mit', ['bin']],
    ['mlx-community/whisper-turbo', 'mit', ['safetensors']],
    ['MintplexLabs/multilingual-e5-small', 'mit', ['onnx']],
    ['Efficient-Large-Model/gemma-2-2b-it', 'gemma', ['safetensors']],
  ])('%s is a catalog entry under %s', (id, license, formats) => {
    const m = catalog.lookup(id)!;
    expect(m).toMatchObject({ match: 'exact', model: { id, license, formats } });
    expect(m.model.source).toMatch(/^https:\/\//);
    // Case as people type it, and the hf.co/ prefix, reach the same entry.
    expect(catalog.lookup(`hf.co/${id.toLowerCase()}`)?.model.id).toBe(id);
  });

  it('copies name their original, whose terms bind them offline', () => {
    expect(catalog.model('mlx-community/whisper-turbo')?.base_model).toEqual(['openai/whisper-large-v3-turbo']);
    expect(catalog.model('MintplexLabs/multilingual-e5-small')?.base_model).toEqual(['intfloat/multilingual-e5-small']);
    expect(catalog.model('Efficient-Large-Model/gemma-2-2b-it')?.base_model).toEqual(['google/gemma-2-2b-it']);
    // A copy is never the base of another copy: re-uploads named gemma-2-2b-it still follow Google's original.
    expect(catalog.lookup('bartowski/gemma-2-2b-it-GGUF')?.model.base_model).toEqual(['google/gemma-2-2b-it']);
    expect(catalog.lookup('mlc-ai/gemma-2-2b-it-q4f32_1-MLC')?.model.base_model).toEqual(['google/gemma-2-2b-it']);
    expect(catalog.lookup('Xenova/multilingual-e5-small')?.model.base_model).toEqual([
      'intfloat/multilingual-e5-small',
    ]);
  });

  it('the Gemma-based reranker labelled apache-2.0 is bound by Gemma through its base (license.inherited)', async () => {
    const m = await run('BAAI/bge-reranker-v2-gemma');
    expect(m.license).toBe('gemma');
    expect(m.lineage?.map((s) => [s.id, s.license])).toEqual([
      ['BAAI/bge-reranker-v2-gemma', 'apache-2.0'],
      ['google/gemma-2b', 'gemma'],
    ]);
    expect(rules(m)).toContain('license.inherited');
    expect(rules(m)).not.toContain('license.unknown');
  });

  it("SAM 2.1 ships Transformers safetensors beside its .pt: the pickle-only rule no longer blocks it; Distil-Whisper's OpenAI-format model.bin is a pickle and still does", async () => {
    for (const size of ['tiny', 'small', 'base-plus', 'large']) {
      expect(catalog.model(`facebook/sam2.1-hiera-${size}`)?.formats).toEqual(['pt', 'safetensors']);
      expect(catalog.model(`facebook/sam2.1-hiera-${size}`)?.unconfirmed).toBeUndefined();
    }
    const sam = await run('facebook/sam2.1-hiera-tiny');
    expect(sam.license).toBe('apache-2.0');
    expect(rules(sam)).not.toContain('provenance.unsafe-format');
    const distil = await run('distil-whisper/distil-large-v3-openai');
    expect(distil.license).toBe('mit');
    expect(rules(distil)).toContain('provenance.unsafe-format');
  });

  it('FLUX.2 by size: [klein] 4B is Apache-2.0, [klein] 9B and [dev] the FLUX Non-Commercial License', async () => {
    const license = (id: string) => catalog.lookup(id)?.model.license;
    for (const id of ['FLUX.2-klein-4B', 'FLUX.2-klein-4b-fp8', 'FLUX.2-klein-base-4B']) {
      expect(catalog.lookup(`black-forest-labs/${id}`)).toMatchObject({
        match: 'family',
        model: { license: 'apache-2.0' },
      });
    }
    for (const id of ['FLUX.2-dev', 'FLUX.2-klein-9B', 'FLUX.2-klein-9b-fp8', 'FLUX.2-klein-base-9b-fp8']) {
      expect(license(`black-forest-labs/${id}`)).toBe('flux-non-commercial-license');
    }
    expect(catalog.license('flux-non-commercial-license')).toMatchObject({
      category: 'non-commercial',
      commercial: false,
    });
    // FLUX.1's license is another text: FLUX.2 is not answered with it.
    expect(license('black-forest-labs/FLUX.1-dev')).toBe('flux-1-dev-non-commercial-license');
    // Names Black Forest Labs did not release, and other owners' uploads, stay unknown.
    expect(catalog.lookup('black-forest-labs/FLUX.2-pro')).toBeUndefined();
    expect(catalog.lookup('black-forest-labs/FLUX.2-klein-4B-my-lora')).toBeUndefined();
    expect(catalog.lookup('someone/FLUX.2-klein-4B')).toBeUndefined();
    const dev = await run('black-forest-labs/FLUX.2-dev');
    expect(dev.status).toBe('blocked');
    expect(rules(dev)).toContain('license.denied');
  });

  it("Ollama's granite3.2-vision serves IBM's Granite Vision 3.2 2B (Apache-2.0), each tag of it", () => {
    for (const ref of [
      'ollama:granite3.2-vision',
      'ollama:granite3.2-vision:latest',
      'ollama:granite3.2-vision:2b-q8_0',
    ]) {
      const m = catalog.lookup(ref)!;
      expect(m.model).toMatchObject({ license: 'apache-2.0', publisher: 'ibm-granite' });
      expect(m.rule).toMatchObject({ kind: 'ollama', source: 'https://ollama.com/library/granite3.2-vision' });
    }
    expect(catalog.lookup('ollama:granite3.2-vision:11b')).toBeUndefined();
  });

  it('what no source states stays unknown: the safety checker card says "License: More information needed"', () => {
    expect(catalog.lookup('CompVis/stable-diffusion-safety-checker')).toBeUndefined();
    expect(catalog.lookup('BAAI/bge-reranker-v3-gemma')).toBeUndefined();
    expect(catalog.lookup('distil-whisper/distil-large-v4-openai')).toBeUndefined();
  });
});
