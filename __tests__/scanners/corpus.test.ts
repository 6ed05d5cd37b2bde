import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Catalog } from '../../src/catalog/catalog.js';
import type { CatalogModel } from '../../src/core/types.js';
import { scanRepository } from '../../src/discover/scan.js';
import { scanners } from '../../src/scanners/index.js';
import { scanContext } from '../../src/scanners/context.js';

const CORPUS = fileURLToPath(new URL('../fixtures/scan-corpus', import.meta.url));

interface Expected {
  /**
   * kind `hosted` (with the provider) for models of hosted APIs (other kinds are told apart by their ids); `mention`
   * for models named in documentation inside a code file (a notebook's Markdown cell, a comment).
   */
  references: Record<string, Array<{ id: string; line: number; kind?: string; provider?: string; mention?: boolean }>>;
  decoys: Record<string, Array<{ text: string; line: number }>>;
}

/** `path:line id`, hosted models as `path:line hosted(provider) id`, mentions with ` (mention)`. */
const key = (
  r: { path?: string; line: number; id: string; kind?: string; provider?: string; mention?: boolean },
  path = r.path,
) => `${path}:${r.line} ${r.kind === 'hosted' ? `hosted(${r.provider}) ` : ''}${r.id}${r.mention ? ' (mention)' : ''}`;

function model(id: string, aliases: string[] = []): CatalogModel {
  return {
    id,
    family: 'test',
    publisher: id.split('/')[0],
    license: 'apache-2.0',
    gated: false,
    formats: ['safetensors'],
    openness: 'open-weights',
    aliases,
    source: `https://huggingface.co/${id}`,
  };
}

const catalog = new Catalog(
  [],
  [
    model('openai-community/gpt2', ['gpt2']),
    model('facebook/dinov2-small', ['facebookresearch/dinov2']),
    model('meta-llama/Llama-3.1-8B-Instruct', ['ollama:llama3.1:8b']),
  ],
);

describe('labelled corpus', () => {
  it('finds the labelled references with precision of at least 0.97 and recall of at least 0.95', async () => {
    const expected = JSON.parse(readFileSync(join(CORPUS, 'expected.json'), 'utf8')) as Expected;
    const { references, skipped } = await scanRepository(CORPUS, {
      paths: ['**'],
      ignore: ['expected.json'],
      ctx: scanContext(catalog),
    });
    expect(skipped).toEqual([]);

    const want = new Set<string>();
    for (const [path, refs] of Object.entries(expected.references)) for (const r of refs) want.add(key(r, path));
    const got = new Set(references.map((r) => key(r)));

    const tp = [...got].filter((k) => want.has(k));
    const fp = [...got].filter((k) => !want.has(k));
    const fn = [...want].filter((k) => !got.has(k));
    const precision = tp.length / got.size;
    const recall = tp.length / want.size;

    // a decoy is hit when a reference is reported on its line whose id is (or is inside) the decoy text
    const decoyHits: string[] = [];
    let decoyCount = 0;
    for (const [path, ds] of Object.entries(expected.decoys)) {
      for (const d of ds) {
        decoyCount++;
        const hit = references.find(
          (r) =>
            r.kind !== 'hosted' &&
            r.path === path &&
            r.line === d.line &&
            d.text.toLowerCase().includes(r.id.replace(/^ollama:/, '').toLowerCase()),
        );
        if (hit) decoyHits.push(`${path}:${d.line} ${d.text} -> ${hit.id}`);
      }
    }

    console.log(
      [
        `scan corpus: ${want.size} labelled references, ${decoyCount} decoys, ${Object.keys(expected.references).length} files`,
        `reported ${got.size}: true positives ${tp.length}, false positives ${fp.length}, false negatives ${fn.length}`,
        `precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}`,
        ...fp.map((k) => `  false positive: ${k}`),
        ...fn.map((k) => `  missed: ${k}`),
        ...decoyHits.map((k) => `  decoy reported: ${k}`),
      ].join('\n'),
    );
    expect(want.size).toBeGreaterThanOrEqual(60);
    expect(decoyCount).toBeGreaterThanOrEqual(30);
    expect(precision).toBeGreaterThanOrEqual(0.97);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(decoyHits).toEqual([]);
  });

  it('covers every ecosystem', () => {
    const expected = JSON.parse(readFileSync(join(CORPUS, 'expected.json'), 'utf8')) as Expected;
    const dirs = new Set(Object.keys(expected.references).map((p) => p.split('/')[0]));
    expect([...dirs].sort()).toEqual(['configs', 'docs', 'helm', 'js', 'ollama', 'python', 'shell']);
    expect(Object.keys(expected.references).some((p) => p.endsWith('.ipynb'))).toBe(true);
  });

  it('gives the same result with and without the trigger pre-filter', async () => {
    const ctx = scanContext(catalog);
    const plain = scanners.map((s) => ({ ...s, triggers: undefined }));
    const a = await scanRepository(CORPUS, { paths: ['**'], ignore: [], ctx });
    const b = await scanRepository(CORPUS, { paths: ['**'], ignore: [], ctx, scanners: plain });
    expect(a.references).toEqual(b.references);
  });
});
