import type { Budget } from '../limits.js';
import { lexedOnce, T, tok, type Tok } from '../common/tokens.js';

function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c > 127;
}
function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57);
}

/** Operators of more than one character, longest first. */
const OPS = [
  '===',
  '!==',
  '??=',
  '||=',
  '&&=',
  '**=',
  '...',
  '==',
  '!=',
  '<=',
  '>=',
  '=>',
  '?.',
  '??',
  '||',
  '&&',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '++',
  '--',
  '**',
];

/** The operators of `OPS` by their first character's code, longest first (punctuation is most of minified code). */
const OPS_BY_FIRST = new Map<number, string[]>();
for (const op of OPS) {
  const list = OPS_BY_FIRST.get(op.charCodeAt(0));
  if (list) list.push(op);
  else OPS_BY_FIRST.set(op.charCodeAt(0), [op]);
}

/** Tokens after which `/` starts a regular expression rather than a division. */
const REGEX_AFTER_OPS = new Set([
  '(',
  ',',
  '=',
  ':',
  '[',
  '!',
  '&',
  '|',
  '?',
  '{',
  '}',
  ';',
  '+',
  '-',
  '*',
  '%',
  '<',
  '>',
  '~',
  '^',
  '=>',
  '===',
  '!==',
  '==',
  '!=',
  '<=',
  '>=',
  '??',
  '||',
  '&&',
  '??=',
  '||=',
  '&&=',
  '+=',
  '-=',
]);
const REGEX_AFTER_WORDS = new Set([
  'return',
  'typeof',
  'instanceof',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'case',
  'do',
  'else',
  'yield',
  'await',
]);

/**
 * A light JavaScript/TypeScript tokenizer: names, strings (template literals with `${}` flagged dynamic),
 * numbers, punctuation. Comments (their [start, end) ranges go to `comments` when given) and regular-expression
 * literals are skipped. Linear in the source; throws only `ScanBudgetError`, from `budget`.
 */
export function lexJs(src: string, budget?: Budget, comments?: Array<[number, number]>): Tok[] {
  const toks: Tok[] = [];
  const n = src.length;
  let i = 0;
  while (i < n) {
    budget?.tick();
    const c = src.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
      continue;
    }
    if (c === 47) {
      const d = src.charCodeAt(i + 1);
      if (d === 47) {
        const nl = src.indexOf('\n', i);
        const end = nl === -1 ? n : nl;
        comments?.push([i, end]);
        i = end;
        continue;
      }
      if (d === 42) {
        const close = src.indexOf('*/', i + 2);
        const end = close === -1 ? n : close + 2;
        comments?.push([i, end]);
        i = end;
        continue;
      }
      const prev = toks[toks.length - 1];
      const regex =
        !prev ||
        (prev.t === T.Op && REGEX_AFTER_OPS.has(prev.v)) ||
        (prev.t === T.Name && REGEX_AFTER_WORDS.has(prev.v));
      if (regex) {
        let j = i + 1;
        let cls = false;
        while (j < n && src[j] !== '\n') {
          const ch = src[j];
          if (ch === '\\') {
            j += 2;
            continue;
          }
          if (ch === '[') cls = true;
          else if (ch === ']') cls = false;
          else if (ch === '/' && !cls) break;
          j++;
        }
        j++;
        while (j < n && isIdentPart(src.charCodeAt(j))) j++;
        toks.push(tok(T.Num, 'regex', i, j));
        i = j;
        continue;
      }
    }
    if (c === 34 || c === 39 || c === 96) {
      i = lexString(src, i, toks);
      continue;
    }
    if (isIdentStart(c)) {
      let j = i + 1;
      while (j < n && isIdentPart(src.charCodeAt(j))) j++;
      toks.push(tok(T.Name, src.slice(i, j), i, j));
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
    const op = OPS_BY_FIRST.get(c)?.find((o) => src.startsWith(o, i));
    if (op) {
      toks.push(tok(T.Op, op, i, i + op.length));
      i += op.length;
      continue;
    }
    toks.push(tok(T.Op, src[i], i, i + 1));
    i++;
  }
  return toks;
}

/** A character of `[A-Za-z0-9_.]`, what a number token runs over (`0x1F`, `1.5e3`, `10_000n`). */
function isNumberPart(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46;
}

/** `lexJs` with its comments, lexed once for the scanners of one file (see `lexedOnce`). */
export const jsTokens = lexedOnce(lexJs);

function lexString(src: string, start: number, toks: Tok[]): number {
  const n = src.length;
  const quote = src[start];
  const q = src.charCodeAt(start);
  // most strings hold no escape, no substitution and no line break: their value is a slice of the source
  for (let k = start + 1; k < n; k++) {
    const c = src.charCodeAt(k);
    if (c === q) {
      toks.push(tok(T.Str, src.slice(start, k + 1), start, k + 1, src.slice(start + 1, k), start + 1, false));
      return k + 1;
    }
    if (c === 92 || c === 10 || (q === 96 && c === 36)) break;
  }
  let j = start + 1;
  let val = '';
  let dyn = false;
  while (j < n) {
    const ch = src[j];
    if (ch === '\\') {
      const next = src[j + 1];
      val += next === 'n' ? '\n' : next === 't' ? '\t' : (next ?? '');
      j += 2;
      continue;
    }
    if (ch === quote) {
      j++;
      break;
    }
    if (ch === '\n' && quote !== '`') break;
    if (quote === '`' && ch === '$' && src[j + 1] === '{') {
      dyn = true;
      // skip the substitution, with nested braces and strings
      let depth = 0;
      let k = j + 1;
      for (; k < n; k++) {
        const d = src[k];
        if (d === '{') depth++;
        else if (d === '}' && --depth === 0) break;
        else if (d === '"' || d === "'" || d === '`') {
          const close = src.indexOf(d, k + 1);
          if (close === -1) break;
          k = close;
        }
      }
      val += '${}';
      j = k + 1;
      continue;
    }
    val += ch;
    j++;
  }
  toks.push(tok(T.Str, src.slice(start, j), start, j, val, start + 1, dyn));
  return j;
}
