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
    const list = formats.map((f) => '.' + f).join(', ');
    // an address names one file: there is no other revision of it to pick
    if (model.facts.kind === 'url')
      return [
        {
          message: `${model.facts.id} is a pickle file (${list}), which can run code when loaded`,
          help: "Download the publisher's .safetensors (or GGUF/ONNX) export of these weights instead, if it offers one, or request an exception for this file (where the library that loads it unpickles it with `torch.load(weights_only=True)`, which runs no code from the file, as openai-whisper 20250625 and later do, say so in the exception's reason).",
        },
      ];
    return [{ message: `${model.facts.id} ships its weights only in pickle formats (${list})` }];
  },
});
