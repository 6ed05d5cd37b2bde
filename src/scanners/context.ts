import type { Catalog } from '../catalog/catalog.js';
import type { ScanContext } from './types.js';

/** The ScanContext of a catalog. */
export function scanContext(catalog: Pick<Catalog, 'isKnownModel' | 'pipelineTasks'>): ScanContext {
  return { isKnownModel: (id) => catalog.isKnownModel(id), pipelineTasks: (library) => catalog.pipelineTasks(library) };
}
