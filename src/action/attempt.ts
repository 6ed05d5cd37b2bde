/**
 * The one place that decides what a failed GitHub write means: a token that may not (401, or a 403 that is not a
 * rate limit) is a missing permission, noted once and reported together with advice that works; anything else
 * (a rate limit, an answer that is not the API's, a network failure) is a visible warning saying what happened.
 * Either way the run goes on: the job summary and the exit code still carry the result.
 */
import { errorText } from './text.js';
import { isPermissionError } from '../github/api.js';

export type Permission = 'checks: write' | 'pull-requests: write' | 'contents: write';

export interface Attempts {
  /** Permissions the token lacked, in the order met. */
  readonly missing: Permission[];
  /** What failed for another reason. */
  readonly failed: string[];
  /**
   * Runs `fn`; on failure notes the missing permission (or warns with the error) and returns undefined.
   * `what` completes "could not ...", e.g. "create the check run".
   */
  attempt<T>(permission: Permission, what: string, fn: () => Promise<T>): Promise<T | undefined>;
}

export function attempts(warn: (message: string) => void): Attempts {
  const missing: Permission[] = [];
  const failed: string[] = [];
  return {
    missing,
    failed,
    async attempt(permission, what, fn) {
      try {
        return await fn();
      } catch (e) {
        if (isPermissionError(e)) {
          if (!missing.includes(permission)) missing.push(permission);
        } else {
          failed.push(what);
          warn(`model-gate: could not ${what}: ${errorText(e)}`);
        }
        return undefined;
      }
    },
  };
}
