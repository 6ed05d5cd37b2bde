import { defineScanner } from '../define.js';
import { analyzeConfigYaml } from '../config/index.js';
import { outputOf } from '../common/output.js';
import type { RawRef } from '../common/text.js';
import { analyzeJs } from '../javascript/analyze.js';
import { jsMayHold } from '../javascript/prefilter.js';
import { analyzePython } from '../python/analyze.js';
import { notebookCells } from '../python/notebook.js';
import { pythonMayHold } from '../python/prefilter.js';
import { analyzeShell, analyzeYaml } from '../shell/analyze.js';
import type { Budget } from '../limits.js';
import type { ScanContext } from '../types.js';
import { proseIds } from '../common/prose.js';
import { documentParts } from './blocks.js';
import { globMatcher } from '../../core/glob.js';
import { MARKDOWN_DOCUMENTS } from '../../core/document-files.js';
import { REQUIREMENTS_FILES } from '../../core/requirements-files.js';

/** Substrings without which a document cannot hold a reference this scanner finds (a code block, or an `org/name`). */
export const MARKDOWN_TRIGGERS = ['```', '~~~', '::', '/'] as const;

/**
 * The code blocks of documentation: Markdown (`*.md`, `*.mdx`, `*.markdown`, and Quarto's `*.qmd` and R Markdown's
 * `*.Rmd`: MARKDOWN_DOCUMENTS), reStructuredText (`*.rst`) and text files (`*.txt`, read as Markdown), and the
 * Markdown cells of Jupyter notebooks (`*.ipynb`).
 * Each block is read by the analyzer of its language (shell, Python, JavaScript/TypeScript, YAML), where it is
 * written; in the prose, tables and inline code, the Hub ids the catalog knows (addresses are the `url` scanner's;
 * an unknown `org/name` in prose is as often a GitHub repository or `and/or`). What documentation names is a
 * mention by its path: the engine lists it, never evaluates it. Environment variables set in a document feed
 * nothing. pip's requirements files are text files but no documents: the python-deps scanner reads them.
 */
export const markdown = defineScanner({
  name: 'markdown',
  description:
    'Code blocks of Markdown and reStructuredText documents, read by their language: `ollama pull/run`, `vllm serve`, `--model`/`--model-id`, `huggingface-cli`/`hf download` in shell blocks, loaders in Python and JavaScript blocks, models in YAML blocks; and the catalog-known Hub ids named in their prose, tables and inline code. Listed as mentions.',
  fileMatch: [...MARKDOWN_DOCUMENTS, '**/*.rst', '**/*.txt', '**/*.ipynb'],
  triggers: MARKDOWN_TRIGGERS,
  skip: globMatcher(REQUIREMENTS_FILES),
  analyze(content, path, ctx, budget) {
    if (/\.ipynb$/i.test(path)) return outputOf(content, path, 'markdown', notebookReferences(content, ctx, budget));
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
  const { blocks, prose } = documentParts(content, /\.rst$/i.test(path), budget);
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
  // the ids its prose, tables and inline code name (code blocks are their languages' analyzers')
  raw.push(...proseIds(prose, ctx, budget));
  return raw;
}

/**
 * The references of a notebook's Markdown cells, each read as a document: documentation inside a code file, so
 * each is marked as a mention, at the place in the .ipynb where it is written. (Its code cells are the python
 * scanner's.)
 */
function notebookReferences(text: string, ctx: ScanContext, budget: Budget): RawRef[] {
  const raw: RawRef[] = [];
  for (const cell of notebookCells(text, budget) ?? []) {
    if (cell.type !== 'markdown') continue;
    for (const r of documentReferences(cell.source, 'cell.md', ctx, budget))
      raw.push({ ...r, offset: cell.map[r.offset] ?? 0, mention: true });
  }
  return raw;
}
