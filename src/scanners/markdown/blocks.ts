import type { Budget } from '../limits.js';

/** The languages whose code blocks are read, by the analyzer that reads them. */
export type BlockFamily = 'shell' | 'python' | 'javascript' | 'yaml';

const FAMILIES: Record<string, BlockFamily> = {
  '': 'shell',
  bash: 'shell',
  sh: 'shell',
  shell: 'shell',
  zsh: 'shell',
  fish: 'shell',
  ksh: 'shell',
  console: 'shell',
  terminal: 'shell',
  'shell-session': 'shell',
  shellsession: 'shell',
  'sh-session': 'shell',
  cmd: 'shell',
  bat: 'shell',
  batch: 'shell',
  powershell: 'shell',
  pwsh: 'shell',
  ps1: 'shell',
  dockerfile: 'shell',
  docker: 'shell',
  containerfile: 'shell',
  makefile: 'shell',
  make: 'shell',
  env: 'shell',
  dotenv: 'shell',
  python: 'python',
  python3: 'python',
  py: 'python',
  py3: 'python',
  ipython: 'python',
  ipython3: 'python',
  pycon: 'python',
  javascript: 'javascript',
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  jsx: 'javascript',
  typescript: 'javascript',
  ts: 'javascript',
  tsx: 'javascript',
  node: 'javascript',
  yaml: 'yaml',
  yml: 'yaml',
};

/** The family of a code block's language (its info string's first word), or undefined when it is not read. */
export function blockFamily(info: string): BlockFamily | undefined {
  let lang = info.trim().toLowerCase();
  const sp = lang.search(/[\s,{}]/);
  if (sp === 0) {
    // ```{bash} (R Markdown, Quarto), ``` {.python}
    const m = /^\{\s*\.?([\w+-]*)/.exec(lang);
    lang = m ? m[1] : '';
  } else if (sp > 0) lang = lang.slice(0, sp);
  lang = lang.replace(/^\./, '');
  return Object.hasOwn(FAMILIES, lang) ? FAMILIES[lang] : undefined;
}

/**
 * The code blocks of a Markdown or reStructuredText document, as texts of the same length as the document
 * (one per family of languages): the code of each block of that family kept where it is written, everything
 * else blanked (new lines kept). Offsets into them are offsets into the document. Prompts (`$ `, `>>> `) are
 * blanked, and so are the output lines of a console session.
 *
 * Markdown: fenced blocks (```` ``` ```` and `~~~`, at any indentation, unclosed ones running to the end).
 * reStructuredText: `.. code-block:: LANG`, `.. code:: LANG`, `.. sourcecode:: LANG`, `.. prompt:: LANG` and
 * `::` literal blocks (read as shell). Indented Markdown code blocks are not read (they cannot be told from
 * list continuations). Linear: each line is looked at a bounded number of times.
 */
export function codeBlocks(text: string, rst: boolean, budget?: Budget): Map<BlockFamily, string> {
  return documentParts(text, rst, budget).blocks;
}

/**
 * A document's code blocks (as `codeBlocks` gives them) and its prose: the text with every fenced block blanked,
 * whatever its language (a `json` or `text` block, an output), fences included; the same length, new lines kept,
 * so that offsets into it are offsets into the document. (reStructuredText's prose is the whole text: its
 * directives' languages are told by the blocks.) One pass over the fences gives both.
 */
export function documentParts(
  text: string,
  rst: boolean,
  budget?: Budget,
): { blocks: Map<BlockFamily, string>; prose: string } {
  const lines = text.split('\n');
  /** family of each line's block, or undefined; `prompt[k]`: characters of line k to blank. */
  const fam = new Array<BlockFamily | undefined>(lines.length);
  const blank = new Int32Array(lines.length);
  const drop = new Uint8Array(lines.length);
  const fenced = rst ? undefined : new Uint8Array(lines.length);
  if (rst) rstBlocks(lines, fam, budget);
  else fencedBlocks(lines, fam, blank, budget, fenced);
  promptsAndOutput(lines, fam, blank, drop, budget);
  const blocks = new Map<BlockFamily, string>();
  const families = new Set(fam.filter((f): f is BlockFamily => f !== undefined));
  for (const f of families) {
    const parts = new Array<string>(lines.length);
    for (let k = 0; k < lines.length; k++) {
      budget?.tick();
      const line = lines[k];
      if (fam[k] !== f || drop[k]) parts[k] = blankOf(line);
      else parts[k] = blank[k] ? ' '.repeat(blank[k]) + line.slice(blank[k]) : line;
    }
    blocks.set(f, parts.join('\n'));
  }
  const prose = fenced?.includes(1) ? lines.map((l, k) => (fenced[k] ? blankOf(l) : l)).join('\n') : text;
  return { blocks, prose };
}

/** A line of the same length made of spaces (a carriage return kept). */
function blankOf(line: string): string {
  if (!line) return line;
  return line.endsWith('\r') ? ' '.repeat(line.length - 1) + '\r' : ' '.repeat(line.length);
}

function indentOf(line: string): number {
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  return i;
}

/** Markdown fences: the content lines of each block get its family; the fences' indentation is blanked. */
function fencedBlocks(
  lines: string[],
  fam: Array<BlockFamily | undefined>,
  blank: Int32Array,
  budget?: Budget,
  fenced?: Uint8Array,
): void {
  let open: { ch: string; len: number; indent: number; family: BlockFamily | undefined } | undefined;
  for (let k = 0; k < lines.length; k++) {
    budget?.tick();
    const line = lines[k];
    const ind = indentOf(line);
    const c = line[ind];
    if (c === '`' || c === '~') {
      let n = ind;
      while (line[n] === c) n++;
      const len = n - ind;
      if (len >= 3) {
        const rest = line.slice(n);
        if (open && c === open.ch && len >= open.len && rest.trim() === '') {
          open = undefined;
          if (fenced) fenced[k] = 1;
          continue;
        }
        if (!open && !(c === '`' && rest.includes('`'))) {
          open = { ch: c, len, indent: ind, family: blockFamily(rest) };
          if (fenced) fenced[k] = 1;
          continue;
        }
      }
    }
    if (open && fenced) fenced[k] = 1;
    if (!open || !open.family) continue;
    fam[k] = open.family;
    // the fence's indentation is not part of the code (a block inside a list item)
    blank[k] = Math.min(ind, open.indent);
  }
}

const RST_DIRECTIVE_RE = /^(\s*)\.\.[ \t]+(?:code-block|code|sourcecode|prompt)::[ \t]*(\S*)/;

/** reStructuredText code directives and `::` literal blocks: the indented lines that follow. */
function rstBlocks(lines: string[], fam: Array<BlockFamily | undefined>, budget?: Budget): void {
  for (let k = 0; k < lines.length; k++) {
    budget?.tick();
    const line = lines[k];
    let family: BlockFamily | undefined;
    let base: number;
    const d = RST_DIRECTIVE_RE.exec(line);
    if (d) {
      family = blockFamily(d[2]);
      base = d[1].length;
    } else if (/::[ \t]*\r?$/.test(line) && !/^\s*\.\./.test(line)) {
      family = 'shell';
      base = indentOf(line);
    } else continue;
    // the block: the lines after, indented deeper than the directive (blank lines inside), options skipped
    let j = k + 1;
    while (j < lines.length && /^\s+:[\w-]+:/.test(lines[j]) && indentOf(lines[j]) > base) j++;
    let end = j;
    for (; end < lines.length; end++) {
      budget?.tick();
      const l = lines[end];
      if (l.trim() === '') continue;
      if (indentOf(l) <= base) break;
    }
    if (family) for (let m = j; m < end; m++) if (lines[m].trim() !== '') fam[m] = family;
    k = end - 1;
  }
}

/** Shell prompts (`$ `, `% `, `PS> `, `❯ `) and Python prompts (`>>> `, `... `); console output lines dropped. */
const SHELL_PROMPT_RE = /^(\s*)(?:\$|%|PS>|PS [^>\n]*>|❯|➜)[ \t]/;
const PY_PROMPT_RE = /^(\s*)(?:>>>|\.\.\.)(?:[ \t]|$)/;

function promptsAndOutput(
  lines: string[],
  fam: Array<BlockFamily | undefined>,
  blank: Int32Array,
  drop: Uint8Array,
  budget?: Budget,
): void {
  let k = 0;
  while (k < lines.length) {
    const f = fam[k];
    if (f !== 'shell' && f !== 'python') {
      k++;
      continue;
    }
    // one block: consecutive lines of the family (rst blank lines inside have no family: they are blank anyway)
    let end = k;
    while (
      end < lines.length &&
      (fam[end] === f || (fam[end] === undefined && lines[end].trim() === '' && fam[end + 1] === f))
    )
      end++;
    const re = f === 'shell' ? SHELL_PROMPT_RE : PY_PROMPT_RE;
    let prompted = false;
    for (let m = k; m < end && !prompted; m++) {
      budget?.tick();
      if (re.test(lines[m])) prompted = true;
    }
    if (prompted) {
      // a session: prompt lines are commands (continued by a trailing backslash, or by `... ` in Python); the
      // other lines are what the commands printed
      let continued = false;
      for (let m = k; m < end; m++) {
        budget?.tick();
        const line = lines[m];
        const p = re.exec(line);
        if (p) {
          blank[m] = Math.max(blank[m], p[0].length);
          continued = f === 'shell' && /\\\r?$/.test(line);
        } else if (continued) {
          continued = /\\\r?$/.test(line);
        } else if (fam[m] !== undefined) drop[m] = 1;
      }
    }
    k = end;
  }
}
