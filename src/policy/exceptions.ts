import picomatch from 'picomatch';
import { isExpired } from '../core/dates.js';
import type { Exception, Finding } from '../core/types.js';

/**
 * The reason the suggested exception snippet (the pull request comment's "request an exception") carries until a
 * person writes one: a policy that still holds it is refused, so that pasting the snippet unread waives nothing.
 */
export const EXCEPTION_REASON_PLACEHOLDER = 'REPLACE: why this model is needed, and the ticket';

/** Whether an exception's reason is still the suggested snippet's placeholder. */
export function isPlaceholderReason(reason: string): boolean {
  return /^\s*REPLACE:/i.test(reason);
}

const matchers = new WeakMap<Exception, (id: string) => boolean>();

/** Whether an exception's `models` globs match a model id (case-insensitive). */
export function exceptionMatchesModel(e: Exception, id: string): boolean {
  let m = matchers.get(e);
  if (!m) {
    const fns = e.models.map((g) => picomatch(g, { nocase: true, dot: true }));
    // picomatch drops a leading `./` from a glob, never from the input: local weights (`./outputs/*`) need both forms.
    m = (x: string) => fns.some((f) => f(x) || (x.startsWith('./') && f(x.slice(2))));
    matchers.set(e, m);
  }
  return m(id);
}

const pathMatchers = new WeakMap<Exception, (path: string) => boolean>();

/** Whether an exception applies at a repository path (always, when it names no `paths`). */
function exceptionMatchesPath(e: Exception, path: string): boolean {
  if (!e.paths) return true;
  let m = pathMatchers.get(e);
  if (!m) {
    m = picomatch(e.paths, { dot: true });
    pathMatchers.set(e, m);
  }
  return m(path);
}

/** The exception that waives a finding, if any: unexpired, matching the model, the rule and (when given) the path. */
export function waiverFor(
  exceptions: Exception[],
  modelId: string,
  f: Pick<Finding, 'rule' | 'path'>,
  today: string,
): Exception | undefined {
  if (f.rule === 'exception.expired') return undefined;
  return exceptions.find(
    (e) =>
      !isExpired(e, today) &&
      exceptionMatchesModel(e, modelId) &&
      (!e.rules || e.rules.includes(f.rule)) &&
      exceptionMatchesPath(e, f.path),
  );
}
