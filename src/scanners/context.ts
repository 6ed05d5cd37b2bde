import type { Catalog } from '../catalog/catalog.js';
import type { ScanContext } from './types.js';

/** The ScanContext of a catalog. */
export function scanContext(catalog: Pick<Catalog, 'isKnownModel'>): ScanContext {
  return { isKnownModel: (id) => catalog.isKnownModel(id) };
}
