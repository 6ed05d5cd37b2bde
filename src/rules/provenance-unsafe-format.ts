import { isPickleOnly } from '../hub/license.js';
import { defineRule, type RuleResult } from './types.js';

/** provenance.unsafe-format: the weights ship only in pickle formats. */
export const provenanceUnsafeFormat = defineRule({
  meta: {
    id: 'provenance.unsafe-format',
    description:
      'The weights ship only in pickle formats (.bin, .pt, .pth, .ckpt, .pkl, .pickle, .joblib), which can run code when loaded.',
    help: 'Use a revision or re-upload with .safetensors (or GGUF/ONNX) weights; loading pickle files can execute arbitrary code.',
    defaultSeverity: 'block',
  },
  evaluate({ model }): RuleResult[] {
    const formats = model.facts.formats;
    if (!formats || !isPickleOnly(formats)) return [];
    return [
      {
        message: `${model.facts.id} ships its weights only in pickle formats (${formats.map((f) => '.' + f).join(', ')})`,
      },
    ];
  },
});
