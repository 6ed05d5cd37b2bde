import { Catalog } from '../../src/catalog/catalog.js';
import type { CatalogModel, LicenseTerms } from '../../src/core/types.js';

/** A license of a small test catalog (the shipped catalog is still being filled). */
export function license(id: string, extra: Partial<LicenseTerms> = {}): LicenseTerms {
  return {
    id,
    name: extra.name ?? `${id} license`,
    category: 'permissive',
    osi_approved: false,
    commercial: true,
    restrictions_pass_downstream: false,
    url: `https://licenses.example/${id}`,
    sources: [`https://licenses.example/${id}`],
    ...extra,
  };
}

export function testCatalog(models: CatalogModel[] = []): Catalog {
  return new Catalog(
    [
      license('apache-2.0', {
        name: 'Apache License 2.0',
        spdx: 'Apache-2.0',
        osi_approved: true,
        url: 'https://www.apache.org/licenses/LICENSE-2.0',
      }),
      license('mit', {
        name: 'MIT License',
        spdx: 'MIT',
        osi_approved: true,
        url: 'https://opensource.org/license/mit',
      }),
      license('llama3.1', {
        name: 'Llama 3.1 Community License Agreement',
        category: 'community',
        aliases: ['llama-3.1', 'Llama 3.1 Community License'],
        url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE',
      }),
      license('qwen-research', {
        name: 'Qwen Research License Agreement',
        category: 'research-only',
        commercial: false,
        url: 'https://huggingface.co/Qwen/Qwen2.5-3B/blob/main/LICENSE',
      }),
      license('stabilityai-ai-community', {
        name: 'Stability AI Community License',
        category: 'community',
        commercial: 'conditional',
        aliases: ['stability-ai-community'],
      }),
      license('cc-by-nc-4.0', {
        name: 'Creative Commons Attribution Non Commercial 4.0',
        spdx: 'CC-BY-NC-4.0',
        category: 'non-commercial',
        commercial: false,
      }),
      // A catalog `spdx` value that is not a valid SPDX id must not reach the BOM as an id.
      license('gemma', {
        name: 'Gemma Terms of Use',
        spdx: 'LicenseRef-Gemma',
        category: 'community',
        url: 'https://ai.google.dev/gemma/terms',
      }),
    ],
    models,
  );
}

export const SHA_A = '0e9e39f249a16976918f6564b8830bc894c89659';
export const SHA_B = '1111111111111111111111111111111111111111';
