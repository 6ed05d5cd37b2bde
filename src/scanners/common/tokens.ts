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

export interface Arg {
  /** Keyword (`name=` in Python) when present. */
  kw?: string;
  /** Token range of the value: [start, end). */
  start: number;
  end: number;
}

const OPEN: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/** Index of the bracket closing the one at `open` (or toks.length). */
export function matchBracket(toks: Tok[], open: number): number {
  let depth = 0;
  for (let i = open; i < toks.length; i++) {
    const k = toks[i];
    if (k.t !== T.Op) continue;
    if (k.v in OPEN) depth++;
    else if (k.v === ')' || k.v === ']' || k.v === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return toks.length;
}

/**
 * Splits the arguments of the call whose `(` is at `open`. `kwOp` is the operator after a keyword name
 * (`=` in Python); JavaScript has no keyword arguments (pass undefined).
 */
export function splitArgs(toks: Tok[], open: number, kwOp?: string): { args: Arg[]; close: number } {
  const close = matchBracket(toks, open);
  const args: Arg[] = [];
  let depth = 0;
  let start = open + 1;
  const push = (end: number) => {
    if (end <= start) return;
    const a: Arg = { start, end };
    if (
      kwOp &&
      toks[start].t === T.Name &&
      toks[start + 1]?.t === T.Op &&
      toks[start + 1].v === kwOp &&
      end > start + 2
    ) {
      a.kw = toks[start].v;
      a.start = start + 2;
    }
    args.push(a);
  };
  for (let i = open + 1; i < close; i++) {
    const k = toks[i];
    if (k.t !== T.Op) continue;
    if (k.v in OPEN) depth++;
    else if (k.v === ')' || k.v === ']' || k.v === '}') depth--;
    else if (k.v === ',' && depth === 0) {
      push(i);
      start = i + 1;
    }
  }
  push(close);
  return { args, close };
}

/** The positional argument `index` or the keyword argument among `kws`. */
export function pickArg(args: Arg[], index: number | undefined, kws: readonly string[]): Arg | undefined {
  for (const a of args) if (a.kw && kws.includes(a.kw)) return a;
  if (index === undefined) return undefined;
  return args.filter((a) => !a.kw)[index];
}

/** Dotted callee of the call whose `(` is at `open`: `torch.hub.load` → ['torch','hub','load']. */
export function calleeChain(toks: Tok[], open: number): string[] {
  const chain: string[] = [];
  let i = open - 1;
  while (i >= 0 && toks[i].t === T.Name) {
    chain.unshift(toks[i].v);
    if (i >= 1 && toks[i - 1].t === T.Op && (toks[i - 1].v === '.' || toks[i - 1].v === '?.')) i -= 2;
    else break;
  }
  return chain;
}
