import { describe, expect, it } from '@jest/globals';
import { loadCatalog } from '../../src/catalog/catalog.js';
import type { Report } from '../../src/core/types.js';
import { check } from '../../src/engine/check.js';
import { loadPolicy } from '../../src/policy/load.js';
import { renderJson, renderJsonBytes, renderJsonChunks } from '../../src/report/json.js';
import { tmpTree } from '../helpers/tmp.js';

const catalog = loadCatalog();
const now = new Date('2026-11-28T10:00:00Z');

/** A manifest of `count` models: catalog checkpoints, fine-tunes of them (some relabelled), unknown ones. */
function manifest(count: number): string {
  const known = catalog.models;
  // The checkpoints declared as they are (every fourth entry) walk the catalog with a stride prime to its size, so that
  // none is declared twice whatever the catalog holds (up to its size).
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  let stride = 7;
  while (gcd(stride, known.length) !== 1) stride++;
  const lines = ['models:'];
  for (let i = 0; i < count; i++) {
    const k = known[((i % 4 === 0 ? i / 4 : i) * stride) % known.length];
    if (i % 4 === 0) lines.push(`  - id: ${k.id}`, `    license: ${k.license}`);
    else if (i % 4 === 1) lines.push(`  - id: acme/unknown-${i}`, `    license: apache-2.0`);
    else lines.push(`  - id: acme/${k.id.split('/').pop()}-ft-${i}`, `    base_model: ${k.id}`, `    license: mit`);
  }
  return lines.join('\n') + '\n';
}

describe('the JSON report written in pieces', () => {
  it('is, joined, exactly the JSON report, on a report of many models (several pieces)', async () => {
    const t = tmpTree({
      'models.yaml': manifest(700),
      'app.py': 'from transformers import AutoModel\nm = AutoModel.from_pretrained("Qwen/Qwen2.5-7B-Instruct")\n',
      'README.md': 'We tried `meta-llama/Llama-3.1-8B-Instruct` first.\n',
    });
    try {
      const policy = await loadPolicy('default', { cwd: t.dir, catalog, now });
      const report = await check({ root: t.dir, policy, catalog, now });
      report.repository = { full_name: 'acme/app', url: 'https://example.com/acme/app', commit: 'abc' };
      const chunks = [...renderJsonChunks(report)];
      expect(report.models.length).toBeGreaterThan(512);
      expect(chunks.length).toBeGreaterThan(4);
      // the lineage arrows make some pieces non-Latin-1
      expect(chunks.join('')).toContain('→');
      expect(chunks.join('')).toBe(renderJson(report));
      // as UTF-8 bytes, pieces gathered into views of one buffer, each view copied before the next is asked for
      // (the buffer is used again)
      const copies: Buffer[] = [];
      let views = 0;
      for (const bytes of renderJsonBytes(report)) {
        copies.push(Buffer.from(bytes));
        views++;
      }
      expect(views).toBeGreaterThan(1);
      expect(views).toBeLessThan(chunks.length);
      expect(Buffer.concat(copies).equals(Buffer.from(renderJson(report), 'utf8'))).toBe(true);
    } finally {
      t.remove();
    }
  });

  it('is exactly the JSON report on edge shapes', () => {
    const base = {
      version: 1,
      verdict: 'pass',
      policy: 'default',
      models: [],
      policy_findings: [],
      summary: { models: 0, new: 0, existing: 0, blocked: 0, waived: 0, warning: 0, allowed: 0 },
    } as unknown as Report;
    const shapes: unknown[] = [
      base,
      { ...base, base: undefined, mentions: [], hosted: [] },
      { ...base, models: [{ id: 'a/b', status: 'allowed', findings: [], note: 'tab\there "quoted" \u2028 é 😀' }] },
      { ...base, models: Array.from({ length: 513 }, (_, i) => ({ id: `a/m${i}`, n: i, x: null, y: [] })) },
      // one piece larger than a view (its buffer grows), between two small ones
      { ...base, models: [{ id: 'a/b' }, { id: 'a/c', note: 'é'.repeat(600_000) }, { id: 'a/d' }] },
      { verdict: 'fail', fn: () => 1, models: 'not an array' },
      {},
    ];
    for (const r of shapes) {
      expect([...renderJsonChunks(r as Report)].join('')).toBe(renderJson(r as Report));
      const bytes: Buffer[] = [];
      for (const b of renderJsonBytes(r as Report)) bytes.push(Buffer.from(b));
      expect(Buffer.concat(bytes).toString('utf8')).toBe(renderJson(r as Report));
    }
  });
});
