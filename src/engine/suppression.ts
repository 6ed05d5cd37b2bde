/**
 * The comment that suppresses a model reference in a file of this path, in the file type's comment syntax;
 * undefined for JSON, which has no comments. The scanners honour `model-gate: ignore` after `#`, `//`, `/*`,
 * `<!--`, `--`, `;` and `%`.
 */
export function suppressionHint(path: string): string | undefined {
  const p = path.toLowerCase();
  const base = p.slice(p.lastIndexOf('/') + 1);
  const ext = base.includes('.') ? base.slice(base.lastIndexOf('.') + 1) : '';
  if (ext === 'json' || ext === 'jsonl') return undefined;
  if (['md', 'markdown', 'mdx', 'html', 'htm', 'xml', 'svg', 'rst', 'txt'].includes(ext)) return '<!-- model-gate: ignore -->';
  if (['js', 'mjs', 'cjs', 'jsx', 'ts', 'mts', 'cts', 'tsx', 'vue', 'svelte', 'jsonc', 'json5', 'go', 'java', 'kt', 'scala', 'c', 'h', 'cc', 'cpp', 'hpp', 'cs', 'rs', 'swift', 'dart', 'php'].includes(ext)) {
    return '// model-gate: ignore';
  }
  if (ext === 'ini' || ext === 'cfg') return '; model-gate: ignore';
  if (['sql', 'lua', 'hs'].includes(ext)) return '-- model-gate: ignore';
  if (ext === 'tex') return '% model-gate: ignore';
  // Python, notebooks (in the code cell), shell, YAML, TOML, .env, Dockerfile, Modelfile, Makefile.
  return '# model-gate: ignore';
}
