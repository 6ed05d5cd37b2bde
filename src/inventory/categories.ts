import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { Catalog, catalogDataDir, loadCatalog } from '../catalog/catalog.js';
import type { LicenseCategory, LicenseTerms } from '../core/types.js';

/**
 * A license's category, from the catalog's licenses alone: the inventory needs no model facts, and reading the
 * licenses only is a third of the catalog's load time. Falls back to the whole catalog if its layout differs.
 */
export function licenseCategories(): (license: string) => LicenseCategory {
  let catalog: Catalog;
  try {
    const doc = load(readFileSync(join(catalogDataDir(), 'licenses.yml'), 'utf8'), { maxAliases: 0 }) as {
      licenses?: LicenseTerms[];
    };
    if (!Array.isArray(doc?.licenses) || !doc.licenses.length) throw new Error('no licenses');
    catalog = new Catalog(doc.licenses, []);
  } catch {
    catalog = loadCatalog();
  }
  return (license) => catalog.license(license)?.category ?? 'unknown';
}
