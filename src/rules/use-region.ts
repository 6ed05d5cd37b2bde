import { excludedRegions } from '../core/regions.js';
import type { ModelFacts } from '../core/types.js';
import { defineRule, type RuleResult } from './types.js';

/** Hub pipeline tags of models that take one modality only (text in, text out, or one kind of media). */
const SINGLE_MODALITY_TAGS = [
  'text-generation',
  'text2text-generation',
  'fill-mask',
  'text-classification',
  'token-classification',
  'feature-extraction',
  'sentence-similarity',
  'summarization',
  'translation',
  'question-answering',
];

/** Whether a model is multimodal: true, false, or undefined when nothing says. */
function multimodal(f: ModelFacts): boolean | undefined {
  if (f.catalog?.multimodal !== undefined) return f.catalog.multimodal;
  const tag = f.hub?.pipelineTag;
  if (!tag) return undefined;
  if (SINGLE_MODALITY_TAGS.includes(tag)) return false;
  if (/image-text|text-to-image|visual|video|any-to-any|audio-text/.test(tag)) return true;
  return undefined;
}

/** use.region: a region the organisation works in is excluded by the license. */
export const useRegion = defineRule({
  meta: {
    id: 'use.region',
    description: 'A region in use.regions is excluded by the license.',
    help: 'Use a model licensed for your regions, or confirm with legal that the exclusion does not reach your use.',
    defaultSeverity: 'block',
  },
  evaluate({ policy, terms, model }): RuleResult[] {
    const regions = policy.use.regions;
    if (!regions?.length || !terms?.excluded_regions?.length) return [];
    const hit = excludedRegions(regions, terms.excluded_regions);
    if (!hit.length) return [];
    let scope = '';
    if (terms.region_scope === 'multimodal') {
      const mm = multimodal(model.facts);
      if (mm === false) return [];
      scope =
        mm === undefined
          ? ` (the exclusion reaches multimodal models; model-gate cannot tell whether ${model.facts.id} is one)`
          : '';
    }
    return [
      {
        message: `${terms.name} excludes ${hit.join(', ')}${scope}${terms.region_clause ? `: ${terms.region_clause}` : ''}`,
      },
    ];
  },
});
