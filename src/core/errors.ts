/** A problem the user can fix: printed as `file:line:col: message`, exit code 2, never a stack trace. */
export interface UserErrorItem {
  path?: string;
  line?: number;
  column?: number;
  message: string;
}

export class UserError extends Error {
  readonly items: UserErrorItem[];
  constructor(items: UserErrorItem | UserErrorItem[]) {
    const list = Array.isArray(items) ? items : [items];
    super(list.map(formatErrorItem).join('\n'));
    this.name = 'UserError';
    this.items = list;
  }
}

/** `file:line:col: message`; an error about a whole file (missing, unreadable) points at its start, 1:1. */
export function formatErrorItem(item: UserErrorItem): string {
  if (!item.path) return item.message;
  return `${item.path}:${item.line ?? 1}:${item.column ?? 1}: ${item.message}`;
}

/** The error's lines, at most `max` of them, then how many more there are. */
export function formatErrors(e: UserError, max: number): string {
  const lines = e.items.slice(0, max).map(formatErrorItem);
  const more = e.items.length - lines.length;
  if (more > 0) lines.push(`... and ${more} more error${more === 1 ? '' : 's'} (${e.items.length} in all)`);
  return lines.join('\n');
}

/**
 * The message of anything thrown. With `cause`, the cause's message instead when there is one: fetch's bare
 * "fetch failed" hides `ECONNREFUSED (connect ECONNREFUSED 127.0.0.1:9)` there. Duck-typed: errors from fetch may
 * come from another realm (undici inside jest's VM), so no instanceof.
 */
export function errorText(e: unknown, opts: { cause?: boolean } = {}): string {
  if (typeof e === 'object' && e !== null && 'message' in e) {
    const err = e as { message: unknown; cause?: unknown };
    const cause = err.cause as { message?: unknown; code?: unknown } | undefined;
    if (opts.cause && typeof cause === 'object' && cause !== null && typeof cause.message === 'string') {
      return typeof cause.code === 'string' ? `${cause.code} (${cause.message})` : cause.message;
    }
    return String(err.message);
  }
  return String(e);
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}
