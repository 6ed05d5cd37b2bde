import { describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { packagePath } from '../../src/core/paths.js';

/**
 * Offline coverage and accuracy of the catalog on a wide set of popular models written from their cards
 * (__tests__/fixtures/catalog-coverage/models.yml), never from the catalog itself.
 */
interface Expected {
  id: string;
  license: string;
  domain: string;
  source: string;
  base?: string;
}

const file = packagePath('__tests__', 'fixtures', 'catalog-coverage', 'models.yml');
const expected = (load(readFileSync(file, 'utf8')) as { models: Expected[] }).models;

describe('offline coverage of popular models', () => {
  const catalog = loadCatalog();
  const canon = (l: string) => catalog.license(l)?.id ?? l.toLowerCase();
  const rows = expected.map((e) => {
    const hit = catalog.lookup(e.id);
    const got = hit ? canon(hit.model.license) : undefined;
    return { ...e, got, match: hit?.match, right: got !== undefined && got === canon(e.license) };
  });

  it('the test set is wide: 300+ models over every domain, each with a source', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    const domains = new Set(rows.map((r) => r.domain));
    for (const d of ['text', 'code', 'embeddings', 'speech', 'audio', 'vision', 'diffusion', 'reupload'])
      expect(domains).toContain(d);
    expect(rows.filter((r) => !/^https:\/\//.test(r.source)).map((r) => r.id)).toEqual([]);
  });

  it('answers at least 95% of them, and at least 99% of its answers are right', () => {
    const answered = rows.filter((r) => r.got !== undefined);
    const right = answered.filter((r) => r.right);
    const coverage = answered.length / rows.length;
    const accuracy = answered.length ? right.length / answered.length : 0;
    const byDomain = [...new Set(rows.map((r) => r.domain))].map((d) => {
      const all = rows.filter((r) => r.domain === d);
      const a = all.filter((r) => r.got !== undefined);
      return `${d} ${a.length}/${all.length}`;
    });
    const byMatch = [...new Set(answered.map((r) => r.match))].map(
      (m) => `${m} ${answered.filter((r) => r.match === m).length}`,
    );
    const wrong = answered.filter((r) => !r.right).map((r) => `${r.id}: catalog ${r.got}, card ${r.license}`);
    const missing = rows.filter((r) => r.got === undefined).map((r) => r.id);
    console.log(
      [
        `catalog coverage: ${answered.length}/${rows.length} answered (${(coverage * 100).toFixed(1)}%), ` +
          `${right.length}/${answered.length} right (${(accuracy * 100).toFixed(1)}%)`,
        `by domain: ${byDomain.join(', ')}`,
        `by match: ${byMatch.join(', ')}`,
        wrong.length ? `wrong:\n  ${wrong.join('\n  ')}` : 'wrong: none',
        missing.length ? `not answered:\n  ${missing.join('\n  ')}` : 'not answered: none',
      ].join('\n'),
    );
    expect(accuracy).toBeGreaterThanOrEqual(0.99);
    expect(coverage).toBeGreaterThanOrEqual(0.95);
  });
});
