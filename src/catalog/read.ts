import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { CatalogModel, LicenseTerms } from '../core/types.js';
import { catalogDataDir, type CatalogData, type CatalogRules } from './catalog.js';
import type { FamiliesFile, OllamaFile, PipelinesFile, ReuploadsFile, UrlsFile } from './rules.js';

/*
 * The catalog's YAML data files, read as they are: for the build (.ci/build-data.mjs bundles them as JSON), the
 * catalog refresh and tests. A check uses the bundled JSON (`loadCatalog`).
 */

interface LicensesFile {
  licenses: LicenseTerms[];
}
interface ModelsFile {
  models: CatalogModel[];
}

function readYaml<T>(file: string): T {
  return load(readFileSync(file, 'utf8'), { filename: file, maxAliases: 0 }) as T;
}

function readOptional<T>(file: string): T | undefined {
  return existsSync(file) ? readYaml<T>(file) : undefined;
}

/**
 * Read the catalog's data files: licenses.yml, models/*.yml, families.yml, urls.yml, reuploads.yml, ollama.yml and
 * pipelines.yml (the last five optional). The result is plain data (JSON-serialisable): `new Catalog(d.licenses, d.models, d.rules)`.
 */
export function readCatalogData(dir = catalogDataDir()): CatalogData {
  const licenses = readYaml<LicensesFile>(join(dir, 'licenses.yml')).licenses;
  const modelDir = join(dir, 'models');
  const models: CatalogModel[] = [];
  for (const f of readdirSync(modelDir)
    .filter((n) => n.endsWith('.yml'))
    .sort()) {
    models.push(...(readYaml<ModelsFile>(join(modelDir, f)).models ?? []));
  }
  const rules: CatalogRules = {};
  const families = readOptional<FamiliesFile>(join(dir, 'families.yml'));
  if (families) rules.families = families.families ?? [];
  const urls = readOptional<UrlsFile>(join(dir, 'urls.yml'));
  if (urls) rules.urls = urls.urls ?? [];
  const reuploads = readOptional<ReuploadsFile>(join(dir, 'reuploads.yml'));
  if (reuploads) rules.reuploads = reuploads;
  const ollama = readOptional<OllamaFile>(join(dir, 'ollama.yml'));
  if (ollama) rules.ollama = ollama;
  const pipelines = readOptional<PipelinesFile>(join(dir, 'pipelines.yml'));
  if (pipelines) rules.pipelines = pipelines.pipelines;
  return { licenses, models, rules };
}
