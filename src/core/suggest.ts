/** "Did you mean" suggestions, for the policy's enums (core/validate.ts) and the CLI's option values. */

/** The allowed string closest to a wrong value (case aside), when it is close enough to be what was meant. */
export function closest(value: string, allowed: readonly unknown[]): string | undefined {
  const v = value.toLowerCase();
  let best: { n: string; d: number } | undefined;
  for (const a of allowed) {
    if (typeof a !== 'string') continue;
    const l = a.toLowerCase();
    // `warning` for `warn`, `blocked` for `block`: a longer or shorter form of a word is as good as a typo (not of
    // a path: `rules.bogus` does not mean `rules`)
    const affix = v.length >= 3 && !/[./]/.test(v + l) && (l.startsWith(v) || v.startsWith(l));
    const d = Math.min(editDistance(l, v), affix ? Math.ceil(Math.abs(l.length - v.length) / 2) : Infinity);
    if (!best || d < best.d) best = { n: a, d };
  }
  return best && best.d <= Math.max(2, Math.floor(value.length / 3)) ? best.n : undefined;
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0];
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length];
}

/**
 * One of `allowed` for an option's value: the value itself, or the allowed one it names but for case (`JSON` is
 * `json`, as the action reads its inputs); else undefined, and `didYouMean` says what was probably meant.
 */
export function oneOfIgnoringCase<T extends string>(value: string, allowed: readonly T[]): T | undefined {
  const v = value.trim().toLowerCase();
  return allowed.find((a) => a.toLowerCase() === v);
}

/** `; did you mean "json"?` for a value close to one of `allowed`, else ''. */
export function didYouMean(value: string, allowed: readonly string[]): string {
  // (a value far longer than any allowed one is no typo of one; the edit distance is quadratic)
  const c = value.length <= 64 ? closest(value, allowed) : undefined;
  return c ? `; did you mean ${JSON.stringify(c)}?` : '';
}

/** The message for an option's value that is none of `allowed`: `--format must be one of a, b, not "x"; did you mean "a"?`. */
export function notOneOf(option: string, value: string, allowed: readonly string[]): string {
  return `${option} must be one of ${allowed.join(', ')}, not ${JSON.stringify(value)}${didYouMean(value, allowed)}`;
}
