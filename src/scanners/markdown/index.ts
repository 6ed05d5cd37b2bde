import { defineScanner } from '../define.js';
import { analyzeConfigYaml } from '../config/index.js';
import { outputOf } from '../common/output.js';
import type { RawRef } from '../common/text.js';
import { analyzeJs } from '../javascript/analyze.js';
import { jsMayHold } from '../javascript/prefilter.js';
import { analyzePython } from '../python/analyze.js';
import { pythonMayHold } from '../python/prefilter.js';
import { analyzeShell, analyzeYaml } from '../shell/analyze.js';
import type { Budget } from '../limits.js';
import type { ScanContext } from '../types.js';
import { codeBlocks } from './blocks.js';

/** Substrings without which a document's code blocks cannot hold a reference this scanner finds. */
export const MARKDOWN_TRIGGERS = ['```', '~~~', '::'] as const;

/**
 * The code blocks of documentation: Markdown (`*.md`, `*.mdx`, `*.markdown`) and reStructuredText (`*.rst`).
 * Each block is read by the analyzer of its language (shell, Python, JavaScript/TypeScript, YAML), where it is
 * written; the prose is not read (addresses in it are the `url` scanner's). What documentation names is a
 * mention by its path: the engine lists it, never evaluates it. Environment variables set in a document feed
 * nothing.
 */
export const markdown = defineScanner({
  name: 'markdown',
  description:
    'Code blocks of Markdown and reStructuredText documents, read by their language: `ollama pull/run`, `vllm serve`, `--model`/`--model-id`, `huggingface-cli`/`hf download` in shell blocks, loaders in Python and JavaScript blocks, models in YAML blocks. Listed as mentions.',
  fileMatch: ['**/*.md', '**/*.mdx', '**/*.markdown', '**/*.rst'],
  triggers: MARKDOWN_TRIGGERS,
  analyze(content, path, ctx, budget) {
    return outputOf(content, path, 'markdown', documentReferences(content, path, ctx, budget));
  },
});

/**
 * The references of a document's code blocks. The Python and JavaScript blocks of a family are lexed only when
 * that language's exact pre-filter (`pythonMayHold`, `jsMayHold`) says they may hold one: a document's
 * references are its blocks' own (no fact joins files), so a "no" of the pre-filter is never a reference lost.
 * `prefilter: false` lexes every block (for the tests that check exactly that).
 */
export function documentReferences(
  content: string,
  path: string,
  ctx: ScanContext,
  budget: Budget,
  prefilter = true,
): RawRef[] {
  const blocks = codeBlocks(content, /\.rst$/i.test(path), budget);
  const raw: RawRef[] = [];
  for (const [family, text] of blocks) {
    if (family === 'shell') raw.push(...analyzeShell(text, ctx, budget).raw);
    else if (family === 'python') {
      if (!prefilter || pythonMayHold(text, path, ctx)) raw.push(...analyzePython(text, ctx, budget).raw);
    } else if (family === 'javascript') {
      if (!prefilter || jsMayHold(text, path, ctx)) raw.push(...analyzeJs(text, ctx, budget).raw);
    } else {
      raw.push(...analyzeYaml(text, ctx, budget).raw);
      raw.push(...analyzeConfigYaml(text, ctx, budget));
    }
  }
  return raw;
}
