/**
 * A lookup table keyed by strings read from scanned files: without a prototype, so that a name such as
 * `constructor`, `toString` or `__proto__` written in a stranger's code is no key (a plain object literal answers
 * those with Object.prototype's functions).
 */
export function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
