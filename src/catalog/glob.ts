/**
 * Case-insensitive globs over model names, matched in linear time (no backtracking): the pattern is compiled to a
 * small automaton and the name is read once, keeping the set of pattern positions reached (Thompson's simulation).
 *
 *   `*`        any run of characters, possibly empty
 *   `?`        one character
 *   `[a-z0-9]` one character of the class (`[!...]` negates)
 *   `{a,b,}`   one of the alternatives (may nest, may be empty); expanded when compiled
 *
 * Everything else matches itself, case-insensitively. Patterns come from the catalog's data files, names from code
 * a stranger wrote: a name costs O(length × pattern length) whatever it holds.
 */

type Token =
  { kind: 'lit'; ch: string } | { kind: 'any' } | { kind: 'star' } | { kind: 'class'; test: (c: string) => boolean };

/** Most alternatives one pattern may expand to. */
const MAX_EXPANSIONS = 512;

export class GlobError extends Error {}

/** Expand `{a,b}` alternatives (nesting allowed) into plain patterns. */
function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf('{');
  if (open < 0) {
    if (pattern.includes('}')) throw new GlobError(`unbalanced "}" in glob "${pattern}"`);
    return [pattern];
  }
  let depth = 0;
  let close = -1;
  const cuts: number[] = [];
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) {
        close = i;
        break;
      }
    } else if (c === ',' && depth === 1) cuts.push(i);
  }
  if (close < 0) throw new GlobError(`unbalanced "{" in glob "${pattern}"`);
  const head = pattern.slice(0, open);
  const tails = expandBraces(pattern.slice(close + 1));
  const bounds = [open, ...cuts, close];
  const out: string[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    for (const alt of expandBraces(pattern.slice(bounds[k] + 1, bounds[k + 1]))) {
      for (const tail of tails) {
        out.push(head + alt + tail);
        if (out.length > MAX_EXPANSIONS)
          throw new GlobError(`glob "${pattern}" expands to more than ${MAX_EXPANSIONS} patterns`);
      }
    }
  }
  return out;
}

function classTest(body: string, pattern: string): (c: string) => boolean {
  const negate = body.startsWith('!');
  const chars = (negate ? body.slice(1) : body).toLowerCase();
  if (!chars) throw new GlobError(`empty character class in glob "${pattern}"`);
  const ranges: Array<[string, string]> = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i + 1] === '-' && i + 2 < chars.length) {
      ranges.push([chars[i], chars[i + 2]]);
      i += 2;
    } else ranges.push([chars[i], chars[i]]);
  }
  return (c) => ranges.some(([a, b]) => c >= a && c <= b) !== negate;
}

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (c === '?') tokens.push({ kind: 'any' });
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) throw new GlobError(`unclosed "[" in glob "${pattern}"`);
      tokens.push({ kind: 'class', test: classTest(pattern.slice(i + 1, end), pattern) });
      i = end;
    } else tokens.push({ kind: 'lit', ch: c.toLowerCase() });
  }
  return tokens;
}

function run(tokens: Token[], name: string): boolean {
  const m = tokens.length;
  let cur = new Uint8Array(m + 1);
  let next = new Uint8Array(m + 1);
  // Epsilon closure: a star may match nothing.
  const close = (set: Uint8Array) => {
    for (let j = 0; j < m; j++) if (set[j] && tokens[j].kind === 'star') set[j + 1] = 1;
  };
  cur[0] = 1;
  close(cur);
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    next.fill(0);
    let any = false;
    for (let j = 0; j < m; j++) {
      if (!cur[j]) continue;
      const t = tokens[j];
      if (t.kind === 'star') {
        next[j] = 1;
        any = true;
      } else if (t.kind === 'any' || (t.kind === 'lit' ? t.ch === c : t.test(c))) {
        next[j + 1] = 1;
        any = true;
      }
    }
    if (!any) return false;
    close(next);
    [cur, next] = [next, cur];
  }
  return cur[m] === 1;
}

/** A compiled glob: `test(name)` is case-insensitive and linear in the name's length. */
export interface Glob {
  readonly source: string;
  test(name: string): boolean;
  /** Whether one of the alternatives without `*` matches: the names the pattern spells out. */
  testLiteral(name: string): boolean;
  /** `test` (or `testLiteral`) of a name already in lower case. */
  testLower(lower: string, literal?: boolean): boolean;
}

/**
 * An alternative of a pattern, with what any name it matches must have: its leading and trailing literal
 * characters, and its length (at least, or exactly without `*`). A catalog lookup of an unknown name asks every
 * family rule's globs; these checks turn down almost all of them without running the automaton.
 */
interface Alternative {
  tokens: Token[];
  prefix: string;
  suffix: string;
  length: number;
  star: boolean;
}

function alternative(tokens: Token[]): Alternative {
  let p = 0;
  while (p < tokens.length && tokens[p].kind === 'lit') p++;
  let q = tokens.length;
  while (q > p && tokens[q - 1].kind === 'lit') q--;
  const lits = (from: number, to: number) =>
    tokens
      .slice(from, to)
      .map((t) => (t as { ch: string }).ch)
      .join('');
  return {
    tokens,
    prefix: lits(0, p),
    suffix: lits(q, tokens.length),
    length: tokens.filter((t) => t.kind !== 'star').length,
    star: tokens.some((t) => t.kind === 'star'),
  };
}

function matches(a: Alternative, lower: string): boolean {
  if (a.star ? lower.length < a.length : lower.length !== a.length) return false;
  if (!lower.startsWith(a.prefix) || !lower.endsWith(a.suffix)) return false;
  return run(a.tokens, lower);
}

export function compileGlob(pattern: string): Glob {
  const alternatives = expandBraces(pattern).map((p) => alternative(tokenize(p)));
  const literal = alternatives.filter((a) => !a.star);
  const testLower = (lower: string, onlyLiteral = false) =>
    (onlyLiteral ? literal : alternatives).some((a) => matches(a, lower));
  return {
    source: pattern,
    test: (name: string) => testLower(name.toLowerCase()),
    testLiteral: (name: string) => testLower(name.toLowerCase(), true),
    testLower,
  };
}

/** Whether any of the globs matches (`literal`: only through alternatives without `*`). */
export function anyGlob(globs: readonly Glob[], name: string, literal = false): boolean {
  return globs.length > 0 && anyGlobLower(globs, name.toLowerCase(), literal);
}

/** `anyGlob` of a name already in lower case (a lookup asks every family rule's globs of one name). */
export function anyGlobLower(globs: readonly Glob[], lower: string, literal = false): boolean {
  return globs.some((g) => g.testLower(lower, literal));
}
