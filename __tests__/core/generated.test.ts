import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { load } from 'js-yaml';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { readCatalogData } from '../../src/catalog/read.js';
import { compileGlob } from '../../src/catalog/glob.js';
import { schemaValidator } from '../../src/core/validate.js';

const run = promisify(execFile);

describe('data generated at build time (.ci/build-data.mjs)', () => {
  it('is up to date with the catalog YAML and the schemas', async () => {
    // fails when src/catalog/data/** or schemas/*.json changed without `npm run generate:data`
    await expect(run(process.execPath, ['.ci/build-data.mjs', '--check'])).resolves.toBeDefined();
  });

  it('the bundled catalog is the data of the YAML files', () => {
    const catalog = loadCatalog();
    const yaml = readCatalogData();
    expect({ licenses: catalog.licenses, models: catalog.models, rules: catalog.rules }).toEqual(yaml);
    const llama = load(readFileSync(join('src', 'catalog', 'data', 'models', 'meta-llama.yml'), 'utf8')) as {
      models: Array<{ id: string }>;
    };
    for (const m of llama.models) expect(catalog.model(m.id)?.id).toBe(m.id);
  });

  it('every glob of the bundled catalog rules compiles (the catalog compiles them on first use)', () => {
    const { rules } = loadCatalog();
    const globs = [
      ...(rules.families ?? []).flatMap((f) => [
        ...f.match,
        ...(f.exclude ?? []),
        ...(f.exceptions ?? []).flatMap((e) => e.match),
      ]),
      ...(rules.reuploads?.strip ?? []).map((t) => t.token),
      ...(rules.reuploads?.reuploads ?? []).flatMap((r) => (r.strip ?? []).map((t) => t.token)),
      ...(rules.ollama?.quantizations ?? []),
    ];
    expect(globs.length).toBeGreaterThan(100);
    for (const g of globs) expect(() => compileGlob(g)).not.toThrow();
  });

  it('the precompiled validators report errors with the schema details the messages need', () => {
    expect(schemaValidator('manifest')).toBe(schemaValidator('manifest'));
    const fn = schemaValidator('manifest');
    expect(fn({ models: [{ id: 'a/b', licence: 'mit' }] })).toBe(false);
    const e = fn.errors?.find((x) => x.keyword === 'additionalProperties');
    expect(e?.instancePath).toBe('/models/0');
    // verbose: the parent schema is there for "did you mean" suggestions
    expect(Object.keys((e?.parentSchema as { properties: object }).properties)).toContain('license');
    expect(schemaValidator('policy')({ version: 1 })).toBe(true);
    expect(() => schemaValidator('nope')).toThrow(/no compiled validator/);
    expect(() => schemaValidator('constructor')).toThrow(/no compiled validator/);
  });
});
