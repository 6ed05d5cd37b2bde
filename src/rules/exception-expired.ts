import picomatch from 'picomatch';
import type { Exception } from '../core/types.js';
import type { Rule } from './types.js';
import { docsUrl } from './types.js';

/** Whether an exception has expired on `today` (YYYY-MM-DD, UTC). The expiry day itself still counts. */
export function isExpired(e: Exception, today: string): boolean {
  return e.expires < today;
}

const matchers = new WeakMap<Exception, (id: string) => boolean>();

/** Whether an exception's `models` globs match a model id (case-insensitive). */
export function exceptionMatchesModel(e: Exception, id: string): boolean {
  let m = matchers.get(e);
  if (!m) {
    const fns = e.models.map((g) => picomatch(g, { nocase: true, dot: true }));
    m = (x: string) => fns.some((f) => f(x));
    matchers.set(e, m);
  }
  return m(id);
}

const pathMatchers = new WeakMap<Exception, (path: string) => boolean>();

/** Whether an exception applies at a repository path (always, when it names no `paths`). */
export function exceptionMatchesPath(e: Exception, path: string): boolean {
  if (!e.paths) return true;
  let m = pathMatchers.get(e);
  if (!m) {
    m = picomatch(e.paths, { dot: true });
    pathMatchers.set(e, m);
  }
  return m(path);
}

/** exception.expired: an exception for this model has expired and waives nothing. */
export const exceptionExpired: Rule = {
  meta: {
    id: 'exception.expired',
    description: 'An exception in the policy has expired: it waives nothing until it is renewed or removed.',
    help: 'Renew the exception with a new expiry date (and approval), or remove it and fix the findings it covered.',
    docs: { url: docsUrl('exception.expired') },
    defaultSeverity: 'warn',
  },
  evaluate({ policy, model, today }) {
    return policy.exceptions
      .filter((e) => isExpired(e, today) && exceptionMatchesModel(e, model.facts.id))
      .map((e) => ({
        message: `The exception for ${e.models.join(', ')} (${e.reason}) expired on ${e.expires} and waives nothing`,
        location: e.location,
      }));
  },
};
