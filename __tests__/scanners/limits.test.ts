import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { scanRepository } from '../../src/discover/scan.js';
import { yamlEvents } from '../../src/scanners/common/yaml-lite.js';
import { config, python, runScanner, shell } from '../../src/scanners/index.js';
import { BASE_STEPS, Budget, ReferenceCapError, ScanBudgetError, STEPS_PER_CHAR } from '../../src/scanners/limits.js';
import { ctx } from './helpers.js';

describe('issue 10: a hostile file cannot hang the scanners', () => {
  it('reads `model: {` + 800 spaces + `}` (195 s before) in a few steps per character', () => {
    const text = `model: {${' '.repeat(800)}}\n`;
    const budget = new Budget(text.length);
    yamlEvents(text, budget);
    expect(budget.steps).toBeLessThan(10 * text.length);
    // and every scanner of YAML finishes (within its own time budget)
    for (const s of [shell, config])
      expect(() => s.scan(text, 'docker-compose.yml', { ...ctx, timeBudgetMs: 30_000 })).not.toThrow();
  });

  it('scans a 3 KB docker-compose.yml of flow mappings, quotes and brackets (over 10 minutes before)', () => {
    const line = `    model: { a: "${'"'.repeat(20)}", b: [${' '.repeat(30)}], c: {${' '.repeat(30)}} }\n`;
    const text = `services:\n  app:\n${line.repeat(Math.ceil(3000 / line.length))}`;
    for (const s of [shell, config])
      expect(() => s.scan(text, 'docker-compose.yml', { ...ctx, timeBudgetMs: 30_000 })).not.toThrow();
  });

  it('scans one constant assigned 5,000 times and used 5,000 times (66 s and 4.1 GB before)', () => {
    const text = 'MODEL = "org/model-a"\n'.repeat(5000) + 'm = AutoModel.from_pretrained(MODEL)\n'.repeat(5000);
    // 5,000 references, one per assignment: over the cap, which says so
    let error: unknown;
    try {
      python.scan(text, 'app.py', { ...ctx, timeBudgetMs: 30_000 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ReferenceCapError);
    expect((error as ReferenceCapError).found).toBe(5000);
    expect((error as ReferenceCapError).output.references).toHaveLength(1000);
  });

  it('scans 840 KB of unclosed from_pretrained( and pipeline(model= (47 s and 81 s before)', () => {
    for (const unit of ['m = AutoModel.from_pretrained(', 'p = pipeline(model=']) {
      const text = unit.repeat(Math.ceil(840_000 / unit.length));
      expect(python.extract(text, 'app.py', { ...ctx, timeBudgetMs: 30_000 })).toEqual([]);
    }
  });
});

describe('per-file budget', () => {
  it('counts work and throws a ScanBudgetError past STEPS_PER_CHAR per character', () => {
    const b = new Budget(100);
    b.tick(BASE_STEPS + STEPS_PER_CHAR * 100 - 1);
    expect(() => b.tick(10_000)).toThrow(ScanBudgetError);
  });

  it('throws a ScanBudgetError past the time budget, which runScanner reports as not scanned', () => {
    const text = 'x = AutoModel.from_pretrained("org/a")\n'.repeat(50_000);
    expect(() => python.scan(text, 'big.py', { ...ctx, timeBudgetMs: 0 })).toThrow(
      /over the time budget \(0 ms per file\)/,
    );
    const r = runScanner(python, text, 'big.py', { ...ctx, timeBudgetMs: 0 });
    expect(r.references).toEqual([]);
    expect(r.notScanned).toEqual({
      path: 'big.py',
      scanner: 'python',
      reason: 'python scanner: over the time budget (0 ms per file)',
    });
  });

  it('turns any scanner failure into a visible reason', () => {
    const broken = {
      ...python,
      scan: () => {
        throw new Error('boom');
      },
    };
    expect(runScanner(broken, 'x', 'a.py', ctx).notScanned?.reason).toBe('python scanner failed: boom');
  });
});

describe('references per file', () => {
  const text = Array.from({ length: 1500 }, (_, i) => `m${i} = AutoModel.from_pretrained("org/model-${i}")`).join('\n');

  it('returns the first 1,000 and says how many there were', () => {
    const r = runScanner(python, text, 'many.py', ctx);
    expect(r.references).toHaveLength(1000);
    expect(r.references[999]).toMatchObject({ id: 'org/model-999', line: 1000 });
    expect(r.notScanned?.reason).toBe(
      'python scanner: 1,500 model references, over the cap of 1,000 per file: only the first 1,000 are reported',
    );
  });

  it('honours maxReferencesPerFile', () => {
    expect(() => python.extract(text, 'many.py', { ...ctx, maxReferencesPerFile: 10 })).toThrow(ReferenceCapError);
    expect(runScanner(python, text, 'many.py', { ...ctx, maxReferencesPerFile: 10 }).references).toHaveLength(10);
  });
});

describe('the discover layer lists files over a limit', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'model-gate-limits-'));
    const write = (rel: string, s: string) => {
      mkdirSync(dirname(join(root, rel)), { recursive: true });
      writeFileSync(join(root, rel), s);
    };
    write(
      'many.py',
      Array.from({ length: 1200 }, (_, i) => `m${i} = AutoModel.from_pretrained("org/model-${i}")`).join('\n'),
    );
    write('ok.py', 'm = AutoModel.from_pretrained("org/fine")\n');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('keeps the first references of a file over the cap and lists the file with the count', async () => {
    const { references, skipped } = await scanRepository(root, { paths: ['**'], ignore: [], ctx });
    expect(references.filter((r) => r.path === 'many.py')).toHaveLength(1000);
    expect(references.some((r) => r.path === 'ok.py' && r.id === 'org/fine')).toBe(true);
    expect(skipped).toEqual([
      {
        path: 'many.py',
        reason:
          'python scanner: 1,200 model references, over the cap of 1,000 per file: only the first 1,000 are reported',
      },
    ]);
  });

  it('lists a file over the time budget as not scanned', async () => {
    const { skipped } = await scanRepository(root, { paths: ['**'], ignore: [], ctx: { ...ctx, timeBudgetMs: 0 } });
    expect(skipped.map((s) => s.reason)).toContain('python scanner: over the time budget (0 ms per file)');
  });
});
