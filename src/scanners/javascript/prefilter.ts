import { AI_SDK_PROVIDERS, JS_HOSTED_CLASSES, JS_SDK_PROVIDERS } from '../common/hosted.js';
import { needleSearch, type NeedleSearch } from '../common/needles.js';
import { JS_SPECIFIC_SEARCH } from '../common/needles.generated.js';
import { mayHoldHubString } from '../common/prefilter.js';
import type { ScanContext } from '../types.js';

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
  'hf:', // hf://org/x, and node-llama-cpp's hf:org/x:Q4_K_M
  // WebLLM: its prebuilt ids (`CreateMLCEngine("Llama-3.2-1B-Instruct-q4f16_1-MLC")`), and the engine's calls
  '-MLC',
  'web-llm',
  'heckpoint',
  // command lines the code runs (src/scanners/common/commands.ts): `execSync("vllm serve org/x")`
  'vllm serve',
  'hf download',
  'huggingface-cli',
  // `@azure/openai`'s client names its deployment positionally (`client.getChatCompletions("gpt-4", messages)`)
  '@azure/openai',
] as const;

/**
 * Names (compared in lower case) of everything the JavaScript analysis reads in a way other than "a Hub id reaches an option
 * or a constant named like a model": transformers.js and the Hugging Face clients, Ollama, hosted SDKs and their
 * classes, Vercel AI SDK providers (`@ai-sdk/x`, `createX`), LangChain's `initChatModel`. A file holding none of
 * them can only give Hub readings of its own string literals (see `jsMayHold`).
 */
export const JS_SPECIFIC: readonly string[] = [
  ...JS_TRIGGERS.filter((t) => !/odel/i.test(t)),
  // what the analysis reads besides
  'huggingface',
  'hf.co',
  'transformers',
  'hfinference',
  'inferenceclient',
  'initchatmodel',
  'ollama',
  '11434',
  '@ai-sdk',
  'getgenerativemodel',
  'newinstance',
  'openai',
  'anthropic',
  'google',
  'vertex',
  'bedrock',
  'groq',
  'together',
  'mistral',
  'cohere',
  'watsonx',
  'gateway', // @ai-sdk/gateway: gateway('provider/model')
  ...Object.keys(JS_SDK_PROVIDERS),
  ...Object.keys(AI_SDK_PROVIDERS),
  ...Object.keys(JS_HOSTED_CLASSES),
];

/** JS_SPECIFIC as one search of the text's `prefilterView`, made without the copy. */
let specific: NeedleSearch | undefined; // built on first use: a repository may hold no such file

/**
 * The JavaScript scanner's exact pre-filter (see `Scanner.mayHold`): false only when `scan` finds no reference
 * and no fact. Without a specific name, every reading the analysis makes is a Hub reading of a string literal of
 * the file (options and constants named like models, `repo:` needs `@huggingface/hub`), so the file can only
 * hold something when one of its literals has a Hub id's shape or is known to the catalog.
 */
export function jsMayHold(text: string, _path: string, ctx: ScanContext): boolean {
  if ((specific ??= needleSearch(JS_SPECIFIC, { view: true }, JS_SPECIFIC_SEARCH)).test(text)) return true;
  return mayHoldHubString(text, 'newline', ctx);
}
