import type { Budget } from '../limits.js';
import { lexedOnce, T, tok, type Tok } from '../common/tokens.js';

const PREFIX_RE = /^(?:[rRuUbBfFtT]|[rR][bBfFtT]|[bBfFtT][rR])$/;
/**
 * Two-character operators, each mapped to itself: a token holds the constant, never a fresh slice of the text, so
 * that the analysis compares operators against constants of one kind of string (a fresh string there makes V8
 * throw away the analysis's optimised code once per run).
 */
const MULTI_OPS = new Map(
  ['==', '!=', '<=', '>=', ':=', '+=', '-=', '*=', '/=', '->', '**', '//', '%=', '&=', '|=', '^=', '@='].map((op) => [
    op,
    op,
  ]),
);

function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127;
}
function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57);
}
/** A character of a number literal as the lexer takes it: `\w` or a dot (`1e-3` stops at `-`, as before). */
function isNumberPart(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46;
}

/**
 * A light Python tokenizer: names, strings (with prefixes, triple quotes, f-strings flagged as dynamic),
 * numbers, operators and logical-line ends. Comments are skipped (their [start, end) ranges go to `comments`
 * when given). Linear in the source; throws only `ScanBudgetError`, from `budget`.
 */
export function lexPython(src: string, budget?: Budget, comments?: Array<[number, number]>): Tok[] {
  const toks: Tok[] = [];
  const n = src.length;
  let i = 0;
  let depth = 0;
  let bol = true;
  let lineStart = 0;
  const push = (k: Tok) => {
    if (bol) {
      k.bol = true;
      k.indent = k.s - lineStart;
      bol = false;
    }
    toks.push(k);
  };
  while (i < n) {
    budget?.tick();
    const c = src.charCodeAt(i);
    if (c === 10) {
      if (depth === 0 && !bol) {
        toks.push(tok(T.Newline, '\n', i, i + 1));
      }
      if (depth === 0) bol = true;
      i++;
      lineStart = i;
      continue;
    }
    if (c === 32 || c === 9 || c === 13 || c === 12) {
      i++;
      continue;
    }
    if (c === 35) {
      const nl = src.indexOf('\n', i);
      const end = nl === -1 ? n : nl;
      comments?.push([i, end]);
      i = end;
      continue;
    }
    if (c === 92 && src.charCodeAt(i + 1) === 10) {
      i += 2;
      continue;
    }
    if (c === 34 || c === 39) {
      i = lexString(src, i, i, '', push);
      continue;
    }
    if (isIdentStart(c)) {
      let j = i + 1;
      while (j < n && isIdentPart(src.charCodeAt(j))) j++;
      const word = src.slice(i, j);
      const q = src.charCodeAt(j);
      if ((q === 34 || q === 39) && j - i <= 2 && PREFIX_RE.test(word)) {
        i = lexString(src, i, j, word.toLowerCase(), push);
        continue;
      }
      push(tok(T.Name, word, i, j));
      i = j;
      continue;
    }
    if (c >= 48 && c <= 57) {
      let j = i + 1;
      while (j < n && isNumberPart(src.charCodeAt(j))) j++;
      push(tok(T.Num, src.slice(i, j), i, j));
      i = j;
      continue;
    }
    // (every two-character operator ends in `=`, `>`, `*` or `/`: no slice to look up for the others)
    const d = src.charCodeAt(i + 1);
    const two = d === 61 || d === 62 || d === 42 || d === 47 ? MULTI_OPS.get(src.slice(i, i + 2)) : undefined;
    if (two !== undefined) {
      push(tok(T.Op, two, i, i + 2));
      i += 2;
      continue;
    }
    const ch = src[i];
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if ((ch === ')' || ch === ']' || ch === '}') && depth > 0) depth--;
    push(tok(T.Op, ch, i, i + 1));
    i++;
  }
  return toks;
}

/** `lexPython` with its comments, lexed once for the scanners of one file (see `lexedOnce`). */
export const pythonTokens = lexedOnce(lexPython);

/**
 * One string literal from its prefix at `start` (its quote at `q`): its decoded value is built from slices of the
 * runs between escapes, not a character at a time (a docstring of a few thousand characters was as many string
 * concatenations, and as much garbage).
 */
function lexString(src: string, start: number, q: number, prefix: string, push: (t: Tok) => void): number {
  const n = src.length;
  const quote = src.charCodeAt(q);
  const triple = src.charCodeAt(q + 1) === quote && src.charCodeAt(q + 2) === quote;
  const open = triple ? 3 : 1;
  const raw = prefix.includes('r');
  const fmt = prefix.includes('f') || prefix.includes('t');
  let j = q + open;
  let val = '';
  // the start of the run of characters not yet added to `val`
  let run = j;
  let dyn = false;
  while (j < n) {
    const c = src.charCodeAt(j);
    if (c === 92) {
      const next = src[j + 1];
      val += src.slice(run, j);
      if (raw) {
        val += '\\' + (next ?? '');
      } else if (next === '\n') {
        /* line continuation inside a string */
      } else {
        val += next === 'n' ? '\n' : next === 't' ? '\t' : (next ?? '');
      }
      j += 2;
      run = j;
      continue;
    }
    if (c === quote && (!triple || (src.charCodeAt(j + 1) === quote && src.charCodeAt(j + 2) === quote))) {
      val += src.slice(run, j);
      run = -1;
      j += open;
      break;
    }
    if (c === 10 && !triple) {
      val += src.slice(run, j);
      run = -1;
      break;
    }
    if (fmt && c === 123) {
      if (src.charCodeAt(j + 1) === 123) {
        val += src.slice(run, j) + '{';
        j += 2;
        run = j;
        continue;
      }
      dyn = true;
    }
    j++;
  }
  if (run !== -1 && run < n) val += src.slice(run, n);
  push(tok(T.Str, src.slice(start, j), start, j, val, q + open, dyn));
  return j;
}

/**
 * Module constants that name checkpoints for documentation, in the style of Hugging Face transformers' modeling
 * files (and the many projects that copy them): `_CHECKPOINT_FOR_DOC = "bigscience/bloom-560m"` (the checkpoint of
 * generated docstring examples), `_CHECKPOINT_FOR_SEQUENCE_CLASSIFICATION`, `BLOOM_PRETRAINED_MODEL_ARCHIVE_LIST`,
 * `IDEFICS_PRETRAINED_CONFIG_ARCHIVE_MAP` (lists of the checkpoints an architecture has). They name models; they load
 * none.
 */
export const DOC_CONSTANT_RE =
  /^(?:_?[A-Z0-9_]*(?:_FOR_DOC|_PRETRAINED_(?:MODEL|CONFIG)_ARCHIVE_(?:LIST|MAP))|_CHECKPOINT_FOR_[A-Z0-9_]+)$/;

/**
 * When the token at `i` starts the assignment of a documentation constant (`NAME = ...` at the start of a line,
 * NAME matching DOC_CONSTANT_RE): the index of the Newline token that ends its value (a Newline comes only outside
 * brackets), else -1.
 */
export function docConstantEnd(toks: Tok[], i: number): number {
  const k = toks[i];
  if (k.t !== T.Name || !k.bol || toks[i + 1]?.t !== T.Op || toks[i + 1].v !== '=' || !DOC_CONSTANT_RE.test(k.v))
    return -1;
  return lineEnd(toks, i + 2);
}

/** The index of the first Newline token from `from` on (the end of a logical line), or `toks.length`. */
export function lineEnd(toks: Tok[], from: number): number {
  let j = from;
  while (j < toks.length && toks[j].t !== T.Newline) j++;
  return j;
}

/**
 * Ranges of a Python source that are documentation, not code: comments, docstrings (a string that is a statement
 * of its own), and the values of documentation constants (DOC_CONSTANT_RE). References found there are mentions.
 */
export function pythonProse(src: string, budget?: Budget): Array<[number, number]> {
  const lexed = pythonTokens(src, budget);
  const ranges = [...lexed.comments];
  const toks = lexed.toks;
  for (let i = 0; i < toks.length; i++) {
    const k = toks[i];
    const end = k.bol && k.t === T.Name ? docConstantEnd(toks, i) : -1;
    if (end >= 0) {
      if (end > i + 2) ranges.push([toks[i + 2].s, toks[end - 1].e]);
      i = end - 1;
      continue;
    }
    if (k.t !== T.Str || !k.bol) continue;
    const next = toks[i + 1];
    if (!next || next.t === T.Newline) ranges.push([k.s, k.e]);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}
