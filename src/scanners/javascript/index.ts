import type { ModelReference } from '../../core/types.js';
import type { ScanContext, Scanner } from '../types.js';
import { finalize, triggerTest } from '../common/text.js';
import { analyzeJs } from './analyze.js';

/** `repo:` options matter only in files importing @huggingface/hub, which '@huggingface' covers. */
export const JS_TRIGGERS = [
  'odel',
  'ODEL',
  'pipeline',
  'pretrained',
  '@huggingface',
  '@xenova',
  'llama',
  'hf-hub:',
  'hf_hub:',
  'heckpoint',
] as const;

const hasTrigger = triggerTest(JS_TRIGGERS);

export const javascript: Scanner = {
  name: 'javascript',
  description:
    'JavaScript and TypeScript: transformers.js pipeline()/from_pretrained (@xenova/transformers, @huggingface/transformers), @huggingface/inference and @huggingface/hub `model:`/`repo:` options, Ollama and LangChain.js clients.',
  url: 'https://github.com/model-gate/model-gate#scanner-javascript',
  fileMatch: [
    '**/*.js',
    '**/*.mjs',
    '**/*.cjs',
    '**/*.jsx',
    '**/*.ts',
    '**/*.mts',
    '**/*.cts',
    '**/*.tsx',
    '**/*.vue',
    '**/*.svelte',
  ],
  triggers: JS_TRIGGERS,
  extract(content: string, path: string, ctx: ScanContext): ModelReference[] {
    if (!hasTrigger(content) || /\.d\.[mc]?ts$|\.min\.[mc]?js$/i.test(path)) return [];
    return finalize(content, path, 'javascript', analyzeJs(content, ctx));
  },
};
