import { describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { loadCatalog, normId } from '../../src/catalog/catalog.js';
import { packagePath } from '../../src/core/paths.js';

/**
 * A held-out check of the catalog (__tests__/fixtures/catalog-heldout/models.yml): models the coverage set does not
 * contain, each written from a primary source before the catalog was asked. It prints coverage and accuracy. It
 * asks no minimum coverage (a model the catalog does not know is honest), but every answer must be right: a wrong
 * license is worse than an unknown one.
 */
interface Entry {
  id: string;
  license: string;
  domain: string;
  source: string;
  base?: string;
  via?: string;
}

const read = (...p: string[]) =>
  (load(readFileSync(packagePath('__tests__', 'fixtures', ...p), 'utf8')) as { models: Entry[] }).models;
const heldout = read('catalog-heldout', 'models.yml');
const coverage = read('catalog-coverage', 'models.yml');

describe('held-out check of the catalog', () => {
  const catalog = loadCatalog();
  const canon = (l: string) => catalog.license(l)?.id ?? l.toLowerCase();
  const rows = heldout.map((e) => {
    const hit = catalog.lookup(e.id);
    const got = hit ? canon(hit.model.license) : undefined;
    return { ...e, got, match: hit?.match, right: got !== undefined && got === canon(e.license) };
  });

  it('holds 60+ models the coverage set does not contain, each with an https source and a known license id', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
    const inCoverage = new Set(coverage.map((c) => normId(c.id)));
    expect(rows.filter((r) => inCoverage.has(normId(r.id))).map((r) => r.id)).toEqual([]);
    expect(new Set(rows.map((r) => normId(r.id))).size).toBe(rows.length);
    expect(rows.filter((r) => !/^https:\/\//.test(r.source)).map((r) => r.id)).toEqual([]);
    expect(rows.filter((r) => !catalog.license(r.license)).map((r) => `${r.id}: ${r.license}`)).toEqual([]);
    expect(rows.filter((r) => r.domain === 'reupload' && !r.base).map((r) => r.id)).toEqual([]);
  });

  it('prints coverage and accuracy; every answer it gives is right', () => {
    const answered = rows.filter((r) => r.got !== undefined);
    const right = answered.filter((r) => r.right);
    const pct = (a: number, b: number) => (b ? ((a / b) * 100).toFixed(1) : '0.0');
    const wrong = answered.filter((r) => !r.right).map((r) => `${r.id}: catalog ${r.got}, source ${r.license}`);
    const missing = rows.filter((r) => r.got === undefined).map((r) => r.id);
    const byMatch = [...new Set(answered.map((r) => r.match))].map(
      (m) => `${m} ${answered.filter((r) => r.match === m).length}`,
    );
    console.log(
      [
        `held-out: ${answered.length}/${rows.length} answered (${pct(answered.length, rows.length)}%), ` +
          `${right.length}/${answered.length} right (${pct(right.length, answered.length)}%)`,
        `by match: ${byMatch.join(', ')}`,
        wrong.length ? `wrong:\n  ${wrong.join('\n  ')}` : 'wrong: none',
        missing.length ? `not answered:\n  ${missing.join('\n  ')}` : 'not answered: none',
      ].join('\n'),
    );
    expect(wrong).toEqual([]);
  });
});
