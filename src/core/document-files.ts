/**
 * The extensions of Markdown documents: CommonMark and GitHub's Markdown (`.md`, `.markdown`), MDX (`.mdx`), and
 * the literate documents of Quarto (`.qmd`) and R Markdown (`.Rmd`), Markdown whose code chunks are fenced blocks
 * (```` ```{python} ````). Lower case: paths are matched without regard to case. The markdown scanner reads them
 * (their code blocks by language, their prose); the default policy's `scan.mentions` makes what they name a
 * mention; they take HTML comments.
 */
export const MARKDOWN_EXTENSIONS: readonly string[] = ['md', 'markdown', 'mdx', 'qmd', 'rmd'];

/** MARKDOWN_EXTENSIONS as globs over repository paths (`**\/*.md`). */
export const MARKDOWN_DOCUMENTS: readonly string[] = MARKDOWN_EXTENSIONS.map((e) => `**/*.${e}`);
