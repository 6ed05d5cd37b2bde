import { Catalog } from '../../src/catalog/catalog.js';
import type { CatalogModel, LicenseTerms } from '../../src/core/types.js';

const src = (u: string) => ({ url: u, sources: [u] });

/** The one small catalog of known facts for unit tests, independent of the shipped data. */
export const testLicenses: LicenseTerms[] = [
  { id: 'apache-2.0', name: 'Apache License 2.0', category: 'permissive', spdx: 'Apache-2.0', osi_approved: true, commercial: true, restrictions_pass_downstream: false, ...src('https://www.apache.org/licenses/LICENSE-2.0') },
  { id: 'mit', name: 'MIT License', category: 'permissive', spdx: 'MIT', osi_approved: true, commercial: true, restrictions_pass_downstream: false, ...src('https://opensource.org/license/mit') },
  { id: 'gpl-3.0', name: 'GNU GPL v3', category: 'copyleft', spdx: 'GPL-3.0-only', osi_approved: true, commercial: true, restrictions_pass_downstream: false, ...src('https://www.gnu.org/licenses/gpl-3.0.html') },
  {
    id: 'llama3.1', name: 'Llama 3.1 Community License Agreement', category: 'community', osi_approved: false, commercial: true, user_cap: 700_000_000,
    attribution: 'Display "Built with Llama"', naming: 'Derivative model names must begin with "Llama"', acceptable_use: 'https://llama.meta.com/llama3_1/use-policy',
    restrictions_pass_downstream: true, aliases: ['llama-3.1', 'Llama 3.1 Community License'], ...src('https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE'),
  },
  {
    id: 'llama3.2', name: 'Llama 3.2 Community License', category: 'community', osi_approved: false, commercial: true, user_cap: 700_000_000,
    excluded_regions: ['EU'], region_scope: 'multimodal', region_clause: 'multimodal models: no license for individuals or companies in the EU',
    attribution: 'Display "Built with Llama"', naming: 'Derivative model names must begin with "Llama"', acceptable_use: 'https://llama.meta.com/llama3_2/use-policy',
    restrictions_pass_downstream: true, ...src('https://github.com/meta-llama/llama-models/blob/main/models/llama3_2/LICENSE'),
  },
  {
    id: 'llama3', name: 'Meta Llama 3 Community License', category: 'community', osi_approved: false, commercial: true, user_cap: 700_000_000,
    attribution: 'Display "Built with Meta Llama 3"', output_training: 'Outputs may not be used to improve any other large language model',
    acceptable_use: 'https://llama.meta.com/llama3/use-policy', restrictions_pass_downstream: true, ...src('https://llama.meta.com/llama3/license/'),
  },
  { id: 'cc-by-nc-4.0', name: 'Creative Commons Attribution-NonCommercial 4.0', category: 'non-commercial', spdx: 'CC-BY-NC-4.0', osi_approved: false, commercial: false, attribution: 'Credit the creator', restrictions_pass_downstream: false, ...src('https://creativecommons.org/licenses/by-nc/4.0/') },
  { id: 'mrl', name: 'Mistral AI Research License', category: 'research-only', osi_approved: false, commercial: false, restrictions_pass_downstream: false, ...src('https://mistral.ai/licenses/MRL-0.1.md') },
  { id: 'stabilityai-ai-community', name: 'Stability AI Community License', category: 'community', osi_approved: false, commercial: 'conditional', commercial_condition: 'annual revenue under USD 1M', revenue_cap_usd: 1_000_000, restrictions_pass_downstream: true, aliases: ['stability-ai-community'], acceptable_use: 'https://stability.ai/use-policy', ...src('https://stability.ai/community-license-agreement') },
  {
    id: 'cc-by-nd-4.0', name: 'Creative Commons Attribution-NoDerivatives 4.0', category: 'permissive', spdx: 'CC-BY-ND-4.0', osi_approved: false, commercial: true, derivatives: false,
    derivatives_clause: 'Adapted material may not be shared', attribution: 'Credit the creator', restrictions_pass_downstream: false, ...src('https://creativecommons.org/licenses/by-nd/4.0/'),
  },
  { id: 'openrail', name: 'OpenRAIL', category: 'open-rail', osi_approved: false, commercial: true, restrictions_pass_downstream: true, ...src('https://www.licenses.ai/') },
  { id: 'qwen-research', name: 'Qwen Research License Agreement', category: 'research-only', osi_approved: false, commercial: false, restrictions_pass_downstream: false, ...src('https://huggingface.co/Qwen/Qwen2.5-3B/blob/main/LICENSE') },
  // A catalog `spdx` value that is not a valid SPDX id must not reach a BOM as an id.
  { id: 'gemma', name: 'Gemma Terms of Use', category: 'community', spdx: 'LicenseRef-Gemma', osi_approved: false, commercial: true, restrictions_pass_downstream: true, ...src('https://ai.google.dev/gemma/terms') },
  { id: 'unknown', name: 'Unknown', category: 'unknown', osi_approved: false, commercial: false, restrictions_pass_downstream: false, ...src('https://huggingface.co/docs/hub/repositories-licenses') },
];

const model = (m: Partial<CatalogModel> & Pick<CatalogModel, 'id' | 'license'>): CatalogModel => ({
  family: m.id.split('/')[1]?.split('-')[0]?.toLowerCase() ?? 'x',
  task: 'text-generation',
  publisher: m.id.split('/')[0],
  gated: false,
  formats: ['safetensors'],
  openness: 'open-weights',
  source: `https://huggingface.co/${m.id}`,
  ...m,
});

export const testModels: CatalogModel[] = [
  model({ id: 'meta-llama/Llama-3.1-8B', license: 'llama3.1', family: 'llama-3.1', gated: true, formats: ['safetensors', 'pth'] }),
  model({ id: 'meta-llama/Llama-3.1-8B-Instruct', license: 'llama3.1', family: 'llama-3.1', base_model: ['meta-llama/Llama-3.1-8B'], gated: true, formats: ['safetensors', 'pth'], aliases: ['ollama:llama3.1:8b', 'ollama:llama3.1'] }),
  model({ id: 'meta-llama/Llama-3.2-11B-Vision-Instruct', license: 'llama3.2', family: 'llama-3.2', multimodal: true }),
  model({ id: 'meta-llama/Llama-3.2-3B-Instruct', license: 'llama3.2', family: 'llama-3.2', multimodal: false }),
  model({ id: 'meta-llama/Meta-Llama-3-8B', license: 'llama3', family: 'llama-3' }),
  model({ id: 'facebook/musicgen-small', license: 'cc-by-nc-4.0', family: 'musicgen', task: 'audio-generation', formats: ['safetensors', 'bin'] }),
  model({ id: 'mistralai/Ministral-8B-Instruct-2410', license: 'mrl', family: 'ministral' }),
  model({ id: 'mistralai/Mistral-7B-Instruct-v0.3', license: 'apache-2.0', family: 'mistral' }),
  model({ id: 'openai-community/gpt2', license: 'mit', family: 'gpt2', aliases: ['gpt2'] }),
  model({ id: 'google-t5/t5-base', license: 'apache-2.0', family: 't5', formats: ['bin'], aliases: ['t5-base'] }),
  model({ id: 'allenai/OLMo-2-1124-7B', license: 'apache-2.0', family: 'olmo-2', openness: 'open-source', data_released: true }),
  model({ id: 'stabilityai/stable-diffusion-3.5-large', license: 'stabilityai-ai-community', family: 'sd3.5' }),
  model({ id: 'examplecorp/nd-encoder', license: 'cc-by-nd-4.0', family: 'nd-encoder', task: 'feature-extraction' }),
  model({ id: 'acme/apache-labelled-llama', license: 'apache-2.0', family: 'acme', base_model: ['meta-llama/Meta-Llama-3-8B'] }),
];

/** The test catalog: every test license, and `models` (default: the test models; `[]` for a catalog of licenses only). */
export function testCatalog(models: CatalogModel[] = testModels): Catalog {
  return new Catalog(testLicenses, models);
}
