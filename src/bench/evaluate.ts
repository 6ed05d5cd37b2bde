import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { loadCatalog } from '../catalog/catalog.js';
import { check } from '../engine/check.js';
import { loadPolicy } from '../policy/load.js';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Evaluates 10,000 declared models (catalog checkpoints, fine-tunes of them, unknown ones) against the
 * default policy, offline, manifest only. Baseline, measured in the same run: parsing the same manifest
 * with js-yaml alone, so the ratio says what the gate costs on top of reading its input.
 */
export async function benchEvaluate(log: (s: string) => void, count = 10_000): Promise<void> {
  const catalog = loadCatalog();
  const policy = await loadPolicy('default', { cwd: process.cwd(), catalog });
  const dir = await mkdtemp(join(tmpdir(), 'model-gate-bench-eval-'));
  try {
    const lines = ['models:'];
    const known = catalog.models;
    for (let i = 0; i < count; i++) {
      const k = known[i % known.length];
      if (i < known.length) {
        lines.push(`  - id: ${k.id}`, `    revision: ${(i.toString(16) + 'a'.repeat(40)).slice(0, 40)}`, `    license: ${k.license}`);
      } else if (i % 3 === 0) {
        lines.push(`  - id: acme/unknown-model-${i}`);
      } else {
        lines.push(`  - id: acme/${k.id.split('/').pop()}-ft-${i}`, `    base_model: ${k.id}`, `    license: apache-2.0`);
      }
    }
    const text = lines.join('\n') + '\n';
    await writeFile(join(dir, 'models.yaml'), text);
    const runs = 5;
    const base: number[] = [];
    const full: number[] = [];
    let verdict = '';
    for (let r = 0; r < runs; r++) {
      let t = process.hrtime.bigint();
      load(text, { maxAliases: 0 });
      base.push(Number(process.hrtime.bigint() - t) / 1e6);
      t = process.hrtime.bigint();
      const report = await check({ root: dir, policy, catalog, scan: false });
      full.push(Number(process.hrtime.bigint() - t) / 1e6);
      verdict = `${report.summary.models} models, ${report.summary.blocked} blocked`;
    }
    const b = median(base);
    const f = median(full);
    log(`evaluate: ${count} declared models against the default policy (offline, manifest only): ${verdict}`);
    log(`  baseline (js-yaml parse of the same manifest): ${b.toFixed(1)} ms`);
    log(`  model-gate check (parse, validate, resolve, evaluate): ${f.toFixed(1)} ms (${((f * 1000) / count).toFixed(1)} µs per model)`);
    log(`  ratio check/baseline: ${(f / b).toFixed(1)}x (median of ${runs} runs)`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
