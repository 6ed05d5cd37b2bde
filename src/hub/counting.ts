import type { HubLookup, ModelResolver } from '../core/types.js';

/** A resolver whose Hub lookups may be flushed (the cache written) at the end of a run. */
export interface FlushingResolver extends ModelResolver {
  flush?(): Promise<void>;
}

/**
 * A resolver that counts the models the Hub did not answer for (network errors, timeouts, 5xx and malformed answers
 * after every retry) or refused to tell about (401/403: a gated repository without access, an invalid or expired
 * token): a run that could not ask the Hub must say so, never pass as if it had (the CLI warns on stderr; the action's
 * comment, check run and summary say "not everything was seen"). A 404 is an answer: the repository does not exist
 * for this token.
 */
export interface CountingResolver extends FlushingResolver {
  /** How many distinct models the Hub did not answer for. */
  unanswered(): number;
  /** The first failure's message (`could not reach the Hub at GET ...: ECONNREFUSED`), when there was one. */
  firstFailure(): string | undefined;
}

export function countingResolver(inner: FlushingResolver): CountingResolver {
  const failed = new Set<string>();
  let first: string | undefined;
  return {
    async resolve(id: string, revision?: string): Promise<HubLookup> {
      const r = await inner.resolve(id, revision);
      if (!r.ok && (r.reason === 'error' || r.reason === 'unauthorized')) {
        failed.add(id.toLowerCase());
        first ??= r.message;
      }
      return r;
    },
    flush: inner.flush ? () => inner.flush!() : undefined,
    unanswered: () => failed.size,
    firstFailure: () => first,
  };
}
