import { defineScanner } from '../define.js';
import { needleSearch, type NeedleSearch } from '../common/needles.js';
import { outputOf } from '../common/output.js';
import { mayHoldHubString } from '../common/prefilter.js';
import type { ScanContext } from '../types.js';
import { analyzeNative } from './analyze.js';
import { langOf } from './lexer.js';
import { LOADER_RULES, MODEL_CLASSES } from './rules.js';

/**
 * Names (case-sensitive) of everything the analysis reads in a way other than "a Hub id of the `org/name` shape":
 * the loaders' callees and the libraries they need, the model classes of builders. A file holding none of them can
 * only give Hub readings of its own string literals (see `nativeMayHold`).
 */
export const NATIVE_SPECIFIC: readonly string[] = [
  ...new Set([
    ...LOADER_RULES.flatMap((r) => [r.call.slice(r.call.lastIndexOf('.') + 1), ...(r.requires ? [r.requires] : [])]),
    ...MODEL_CLASSES.map(([re]) => re.source.replace(/^\^/, '')),
  ]),
];

let specific: NeedleSearch | undefined; // built on first use: a repository may hold no such file

/**
 * The exact pre-filter (see `Scanner.mayHold`): without a loader's name, every reading is a Hub reading of one of
 * the file's string literals (named like a model, or known to the catalog), so the file can only hold something
 * when one of its literals has a Hub id's shape or is known to the catalog.
 */
export function nativeMayHold(text: string, _path: string, ctx: ScanContext): boolean {
  if ((specific ??= needleSearch(NATIVE_SPECIFIC, {})).test(text)) return true;
  return mayHoldHubString(text, 'drop', ctx);
}

export const native = defineScanner({
  name: 'native',
  description:
    'Go, Rust, Swift, Kotlin, Java and C#: hf-hub (Api::model, Repo::with_revision with its revision), mistral.rs builders, ollama-rs, the Ollama Go API, langchaingo, mlx-swift ModelConfiguration(id:), swift-transformers, LangChain4j and Spring AI builders, DJL model-zoo addresses, Semantic Kernel, OllamaSharp and OpenAI SDKs (hosted); Hub ids assigned to names like a model (model_id, MODEL_NAME, clap default_value); catalog-known Hub ids in any string.',
  fileMatch: ['**/*.go', '**/*.rs', '**/*.swift', '**/*.kt', '**/*.kts', '**/*.java', '**/*.cs'],
  mayHold: nativeMayHold,
  analyze(content, path, ctx, budget) {
    const lang = langOf(path);
    if (!lang) return { references: [] };
    return outputOf(content, path, 'native', analyzeNative(content, lang, ctx, budget));
  },
});
