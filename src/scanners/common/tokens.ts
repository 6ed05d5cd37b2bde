import type { Budget } from '../limits.js';

/** Tokens of the light lexers for Python and JavaScript: enough to follow calls, arguments and strings. */
export const enum T {
  Name = 1,
  Str = 2,
  Op = 3,
  Num = 4,
  /** End of a logical line (Python, outside brackets). */
  Newline = 5,
}

export interface Tok {
  t: T;
  /** Name or operator text; for strings the raw source text. */
  v: string;
  /** Offset of the first character of the token. */
  s: number;
  /** Offset after the last character. */
  e: number;
  /** Strings: decoded value (escapes resolved approximately). */
  val?: string;
  /** Strings: offset of the first character of the value (after prefix and quote). */
  vs?: number;
  /** Strings: interpolated (f-string / template literal with substitutions); the value is not usable. */
  dyn?: boolean;
  /** First token of a logical line (Python) and its indentation. */
  bol?: boolean;
  indent?: number;
}

/**
 * A token, always with every field (the optional ones undefined until set): tokens of one shape keep the
 * analyses' property reads monomorphic, where tokens built with different fields (strings, first tokens of a line)
 * made V8 throw away the analyses' optimised code each time it met a new shape.
 */
export function tok(t: T, v: string, s: number, e: number, val?: string, vs?: number, dyn?: boolean): Tok {
  return { t, v, s, e, val, vs, dyn, bol: undefined, indent: undefined };
}

export interface Arg {
  /** Keyword (`name=` in Python) when present. */
  kw?: string;
  /** Token range of the value: [start, end). */
  start: number;
  end: number;
}

export function isOpen(k: Tok): boolean {
  return k.t === T.Op && (k.v === '(' || k.v === '[' || k.v === '{');
}

function isClose(k: Tok): boolean {
  return k.t === T.Op && (k.v === ')' || k.v === ']' || k.v === '}');
}

/**
 * For every opening bracket, the index of the token that closes it (`toks.length` when none does); -1 for every
 * other token. One pass with a stack, so that no later scan ever has to look for a closing bracket again.
 */
export function bracketTable(toks: Tok[], budget?: Budget): Int32Array {
  const close = new Int32Array(toks.length).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < toks.length; i++) {
    const k = toks[i];
    if (k.t !== T.Op) continue;
    if (isOpen(k)) stack.push(i);
    else if (isClose(k) && stack.length) close[stack.pop()!] = i;
  }
  for (const i of stack) close[i] = toks.length;
  budget?.tick(toks.length);
  return close;
}

/**
 * Splits the arguments of the call whose `(` is at `open`, stepping over nested brackets (so that the cost is
 * the number of top-level tokens). `kwOp` is the operator after a keyword name (`=` in Python); JavaScript has
 * no keyword arguments (pass undefined).
 */
export function splitArgs(
  toks: Tok[],
  close: Int32Array,
  open: number,
  kwOp?: string,
  budget?: Budget,
): { args: Arg[]; close: number } {
  const end = close[open] < 0 ? toks.length : close[open];
  const args: Arg[] = [];
  let start = open + 1;
  const push = (stop: number) => {
    if (stop <= start) return;
    const a: Arg = { start, end: stop };
    if (
      kwOp &&
      toks[start].t === T.Name &&
      toks[start + 1]?.t === T.Op &&
      toks[start + 1].v === kwOp &&
      stop > start + 2
    ) {
      a.kw = toks[start].v;
      a.start = start + 2;
    }
    args.push(a);
  };
  for (let i = open + 1; i < end; i++) {
    budget?.tick();
    const k = toks[i];
    if (k.t !== T.Op) continue;
    if (close[i] >= 0) i = close[i];
    else if (k.v === ',') {
      push(i);
      start = i + 1;
    }
  }
  push(end);
  return { args, close: end };
}

/** The positional argument `index` or the keyword argument among `kws`. */
export function pickArg(args: Arg[], index: number | undefined, kws: readonly string[]): Arg | undefined {
  for (const a of args) if (a.kw && kws.includes(a.kw)) return a;
  if (index === undefined) return undefined;
  let n = 0;
  for (const a of args) {
    if (a.kw) continue;
    if (n++ === index) return a;
  }
  return undefined;
}

/**
 * Dotted callee of the call whose `(` is at `open`: `torch.hub.load` → ['torch','hub','load'] (at most 12 names).
 * TypeScript's non-null assertion is not part of it: `this.client!.embed(` is ['this','client','embed'].
 */
export function calleeChain(toks: Tok[], open: number): string[] {
  const chain: string[] = [];
  let i = open - 1;
  while (i >= 0 && toks[i].t === T.Name && chain.length < 12) {
    chain.push(toks[i].v);
    if (i >= 1 && toks[i - 1].t === T.Op && (toks[i - 1].v === '.' || toks[i - 1].v === '?.')) {
      i -= 2;
      // `name!.` (a `!` between a name and a dot is only ever TypeScript's assertion)
      if (i >= 1 && toks[i].t === T.Op && toks[i].v === '!' && toks[i - 1].t === T.Name) i--;
    } else break;
  }
  return chain.reverse();
}

/**
 * Methods that test a string (or a list) against the values they are given, and load nothing: Python's
 * `name.startswith(("unsloth/llama-3-8b", ...))`, `endswith`, `removeprefix`, `removesuffix`, and JavaScript's
 * `id.startsWith("org/x")`, `endsWith`, `includes`, `indexOf` (also of an array literal: `["org/x"].includes(id)`)
 * and a Set's `has` (`GATED.has(id)`).
 */
const TEST_METHODS: ReadonlySet<string> = new Set([
  'startswith',
  'endswith',
  'removeprefix',
  'removesuffix',
  'startsWith',
  'endsWith',
  'includes',
  'indexOf',
  'has',
]);

/** Whether the `(` at `open` opens the arguments of a test method called on a value: `x.startswith(...)`. */
export function opensTestCall(toks: readonly Tok[], open: number): boolean {
  const name = toks[open - 1];
  const dot = toks[open - 2];
  return (
    name?.t === T.Name &&
    TEST_METHODS.has(name.v) &&
    dot?.t === T.Op &&
    (dot.v === '.' || dot.v === '?.') &&
    toks[open]?.t === T.Op &&
    toks[open].v === '('
  );
}

/** A source's tokens and the [start, end) ranges of its comments. */
export interface Lexed {
  toks: Tok[];
  comments: Array<[number, number]>;
}

/**
 * `lex` with its comments, remembered for the last source asked: the scanners of one file (its analysis, then the
 * URL scanner's comments and docstrings) lex it once. The tokens are read, never changed, by every caller.
 */
export function lexedOnce(
  lex: (src: string, budget: Budget | undefined, comments: Array<[number, number]>) => Tok[],
): (src: string, budget?: Budget) => Lexed {
  let last: (Lexed & { src: string }) | undefined;
  return (src, budget) => {
    if (last?.src !== src) {
      const comments: Array<[number, number]> = [];
      last = { src, toks: lex(src, budget, comments), comments };
    }
    return last;
  };
}
