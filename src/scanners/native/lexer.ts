import type { Budget } from '../limits.js';
import { T, tok, type Tok } from '../common/tokens.js';

/** The languages of the native scanner, by file extension. */
export type Lang = 'go' | 'rust' | 'swift' | 'kotlin' | 'java' | 'csharp';

const LANG_BY_EXTENSION: Readonly<Record<string, Lang>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, Lang>, {
    go: 'go',
    rs: 'rust',
    swift: 'swift',
    kt: 'kotlin',
    kts: 'kotlin',
    java: 'java',
    cs: 'csharp',
  }),
);

/** The language of a path (by its extension, in any case), or undefined. */
export function langOf(path: string): Lang | undefined {
  const dot = path.lastIndexOf('.');
  if (dot <= path.lastIndexOf('/')) return undefined;
  return LANG_BY_EXTENSION[path.slice(dot + 1).toLowerCase()];
}

/** Languages whose block comments nest (`/* /* *\/ *\/`). */
const NESTED_COMMENTS: ReadonlySet<Lang> = new Set(['rust', 'swift', 'kotlin']);

/** Strings longer than this keep no value: no model id is that long. */
const MAX_VALUE = 512;

/** Operators of two characters the analysis reads. Rust's and C#'s `::` is read as `.` (a path is a chain). */
const OPS2 = new Set([':=', '=>', '->', '==', '!=', '<=', '>=', '??', '?:', '?.', '&&', '||', '+=', '-=']);

function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c > 127;
}
function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57);
}

/** A string being lexed: its value is built only when it holds escapes. */
class StrBuilder {
  parts: string[] = [];
  size = 0;
  over = false;
  add(s: string): void {
    if (this.over) return;
    this.size += s.length;
    if (this.size > MAX_VALUE) this.over = true;
    else this.parts.push(s);
  }
  value(): string | undefined {
    return this.over ? undefined : this.parts.join('');
  }
}

/**
 * A light tokenizer for Go, Rust, Swift, Kotlin, Java and C#: names, strings (with each language's literal forms:
 * Go raw `` `...` ``, Rust `r#"..."#` and byte strings, Swift `#"..."#` and `"""`, Kotlin and Java `"""` text
 * blocks, C# `@"..."`, `$"..."` and `"""` raw strings; interpolated ones flagged dynamic), numbers and punctuation.
 * Character literals and comments are skipped (comments' [start, end) ranges go to `comments`; Rust, Swift and
 * Kotlin block comments nest). Linear in the source: every character is read a bounded number of times.
 */
export function lexNative(src: string, lang: Lang, budget?: Budget, comments?: Array<[number, number]>): Tok[] {
  const toks: Tok[] = [];
  const n = src.length;
  const nested = NESTED_COMMENTS.has(lang);
  let i = 0;
  while (i < n) {
    budget?.tick();
    const c = src.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
      continue;
    }
    if (c === 47 /* / */) {
      const d = src.charCodeAt(i + 1);
      if (d === 47) {
        const nl = src.indexOf('\n', i);
        const end = nl === -1 ? n : nl;
        comments?.push([i, end]);
        i = end;
        continue;
      }
      if (d === 42) {
        const end = blockCommentEnd(src, i, nested, budget);
        comments?.push([i, end]);
        i = end;
        continue;
      }
    }
    if (c === 34 /* " */) {
      i = lexString(src, i, i, lang, toks, budget);
      continue;
    }
    if (c === 96 /* ` */ && lang === 'go') {
      const close = src.indexOf('`', i + 1);
      const end = close === -1 ? n : close + 1;
      const body = src.slice(i + 1, close === -1 ? n : close);
      toks.push(tok(T.Str, '`', i, end, body.length > MAX_VALUE ? undefined : body, i + 1, false));
      i = end;
      continue;
    }
    if (c === 39 /* ' */) {
      const end = charLiteralEnd(src, i);
      if (end > 0) {
        toks.push(tok(T.Num, 'char', i, end));
        i = end;
      } else {
        // a Rust lifetime or label (`'a`, `'outer:`): the quote alone
        toks.push(tok(T.Op, "'", i, i + 1));
        i++;
      }
      continue;
    }
    // Swift's raw strings `#"..."#`; C#'s verbatim and interpolated `@"`, `$"`, `$@"`, `@$"`, `$$"""`
    if (c === 35 /* # */ && lang === 'swift') {
      let j = i;
      while (src.charCodeAt(j) === 35) j++;
      // (a raw string's delimiter is a few `#`: a longer run opens none, so that closing it stays cheap)
      if (src.charCodeAt(j) === 34 && j - i <= 16) {
        i = lexString(src, i, j, lang, toks, budget, j - i);
        continue;
      }
      // a run of `#` opening no string: one token (each is never looked at again)
      toks.push(tok(T.Op, '#', i, j));
      i = j;
      continue;
    }
    if ((c === 64 || c === 36) /* @ $ */ && lang === 'csharp') {
      let j = i;
      while (j < n && j - i < 8 && (src.charCodeAt(j) === 64 || src.charCodeAt(j) === 36)) j++;
      if (src.charCodeAt(j) === 34) {
        i = lexString(src, i, j, lang, toks, budget, 0, src.slice(i, j));
        continue;
      }
    }
    if (isIdentStart(c)) {
      let j = i + 1;
      while (j < n && isIdentPart(src.charCodeAt(j))) j++;
      const word = src.slice(i, j);
      // Rust's literal prefixes: r"..", r#".."#, b"..", br"..", c"..", cr#".."#
      if (lang === 'rust' && j - i <= 2 && /^(?:r|b|br|c|cr)$/.test(word)) {
        const raw = word.endsWith('r');
        let k = j;
        if (raw) while (src.charCodeAt(k) === 35 && k - j < 16) k++;
        if (src.charCodeAt(k) === 34 && (raw || k === j)) {
          i = lexString(src, i, k, lang, toks, budget, k - j, raw ? 'r' : '');
          continue;
        }
        if (word === 'b' && src.charCodeAt(j) === 39) {
          const end = charLiteralEnd(src, j);
          if (end > 0) {
            toks.push(tok(T.Num, 'char', i, end));
            i = end;
            continue;
          }
        }
      }
      toks.push(tok(T.Name, word, i, j));
      i = j;
      continue;
    }
    if (c >= 48 && c <= 57) {
      let j = i + 1;
      while (j < n && isNumberPart(src.charCodeAt(j))) j++;
      toks.push(tok(T.Num, src.slice(i, j), i, j));
      i = j;
      continue;
    }
    if (c === 58 /* : */ && src.charCodeAt(i + 1) === 58) {
      toks.push(tok(T.Op, '.', i, i + 2));
      i += 2;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (OPS2.has(two)) {
      toks.push(tok(T.Op, two, i, i + 2));
      i += 2;
      continue;
    }
    toks.push(tok(T.Op, src[i], i, i + 1));
    i++;
  }
  return toks;
}

function isNumberPart(c: number): boolean {
  return isIdentPart(c) || c === 46;
}

/** The end of the block comment that starts at `start` (nested ones counted where the language nests them). */
function blockCommentEnd(src: string, start: number, nested: boolean, budget?: Budget): number {
  if (!nested) {
    const close = src.indexOf('*/', start + 2);
    return close === -1 ? src.length : close + 2;
  }
  let depth = 1;
  let j = start + 2;
  for (;;) {
    const open = src.indexOf('/*', j);
    const close = src.indexOf('*/', j);
    budget?.tick();
    if (close === -1) return src.length;
    if (open !== -1 && open < close) {
      depth++;
      j = open + 2;
      continue;
    }
    j = close + 2;
    if (--depth === 0) return j;
  }
}

/**
 * The end of a character literal at `start` (`'a'`, `'\n'`, `'\u{1F600}'`, `'\''`), or -1 when the quote starts
 * none (a Rust lifetime `'a`). Looks at most 16 characters ahead.
 */
function charLiteralEnd(src: string, start: number): number {
  const c = src.charCodeAt(start + 1);
  if (c === 92 /* \ */) {
    for (let j = start + 3; j < src.length && j < start + 16; j++) {
      const d = src.charCodeAt(j);
      if (d === 39) return j + 1;
      if (d === 10) return -1;
    }
    return -1;
  }
  if (Number.isNaN(c) || c === 10 || c === 39) return -1;
  const width = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  return src.charCodeAt(start + 1 + width) === 39 ? start + 2 + width : -1;
}

/**
 * Lexes the string literal whose prefix starts at `start` and whose first quote is at `quote`; `hashes`: Rust's
 * and Swift's raw-string delimiters (`r##"`, `#"`); `prefix`: C#'s `@`/`$` marks, Rust's `r`. Returns the offset
 * after it. Single-line literals end at a line break when unterminated (they cannot span lines).
 */
function lexString(
  src: string,
  start: number,
  quote: number,
  lang: Lang,
  toks: Tok[],
  budget: Budget | undefined,
  hashes = 0,
  prefix = '',
): number {
  const n = src.length;
  const triple = src.startsWith('"""', quote) && lang !== 'go' && lang !== 'rust';
  // C#'s raw strings open with three or more quotes and close with as many
  let quotes = 1;
  if (triple) {
    quotes = 3;
    if (lang === 'csharp') while (src.charCodeAt(quote + quotes) === 34 && quotes < 16) quotes++;
  }
  // no escapes: Rust's r"..", Kotlin's and C#'s triple-quoted strings (Swift's #"..."# escape with `\#`)
  const raw = (lang === 'rust' && prefix === 'r') || ((lang === 'kotlin' || lang === 'csharp') && triple);
  const verbatim = lang === 'csharp' && prefix.includes('@') && !triple;
  const interpolated = (lang === 'csharp' && prefix.includes('$')) || lang === 'kotlin';
  const multiline = triple || verbatim || lang === 'rust';
  const closing = '"'.repeat(quotes) + '#'.repeat(lang === 'swift' || lang === 'rust' ? hashes : 0);
  const escape = lang === 'swift' ? '\\' + '#'.repeat(hashes) : '\\';
  const b = new StrBuilder();
  let dyn = false;
  let j = quote + quotes;
  const vs = j;
  let plainFrom = j;
  const flush = (to: number) => {
    if (to > plainFrom) b.add(src.slice(plainFrom, to));
  };
  while (j < n) {
    budget?.tick();
    const ch = src.charCodeAt(j);
    if (ch === 34 && src.startsWith(closing, j)) {
      if (verbatim && src.charCodeAt(j + 1) === 34) {
        // `""` inside a verbatim string is one quote
        flush(j + 1);
        j += 2;
        plainFrom = j;
        continue;
      }
      flush(j);
      j += closing.length;
      toks.push(tok(T.Str, src.slice(start, Math.min(j, start + 8)), start, j, b.value(), vs, dyn));
      return j;
    }
    if (ch === 10 && !multiline) break;
    if (!raw && !verbatim && src.startsWith(escape, j)) {
      const at = j + escape.length;
      const next = src[at];
      if (lang === 'swift' && next === '(') {
        // interpolation `\(expr)`: skip to its closing parenthesis
        flush(j);
        dyn = true;
        j = skipBalanced(src, at, '(', ')', budget);
        plainFrom = j;
        continue;
      }
      flush(j);
      b.add(next === 'n' ? '\n' : next === 't' ? '\t' : (next ?? ''));
      j = at + 1;
      plainFrom = j;
      continue;
    }
    if (interpolated) {
      if (lang === 'kotlin' && ch === 36 /* $ */) {
        const d = src.charCodeAt(j + 1);
        if (d === 123) {
          flush(j);
          dyn = true;
          j = skipBalanced(src, j + 1, '{', '}', budget);
          plainFrom = j;
          continue;
        }
        if (isIdentStart(d) && d !== 36) dyn = true;
      } else if (lang === 'csharp' && ch === 123 /* { */) {
        if (src.charCodeAt(j + 1) === 123 && prefix.split('$').length === 2) {
          flush(j + 1);
          j += 2;
          plainFrom = j;
          continue;
        }
        flush(j);
        dyn = true;
        j = skipBalanced(src, j, '{', '}', budget);
        plainFrom = j;
        continue;
      }
    }
    j++;
  }
  // unterminated: up to the line break (single-line literals) or the end
  flush(j);
  toks.push(tok(T.Str, src.slice(start, Math.min(j, start + 8)), start, j, b.value(), vs, dyn));
  return j;
}

/** The offset after the bracket that closes the one at `open` (nested pairs counted; at most to the end). */
function skipBalanced(src: string, open: number, o: string, c: string, budget?: Budget): number {
  let depth = 0;
  for (let k = open; k < src.length; k++) {
    budget?.tick();
    const ch = src[k];
    if (ch === o) depth++;
    else if (ch === c && --depth === 0) return k + 1;
    else if (ch === '\n' && depth > 0 && k - open > 4096) return k;
  }
  return src.length;
}
