/** Calendar dates as the policy writes them: `YYYY-MM-DD`, in UTC. */

const DAY_MS = 86_400_000;

/** The UTC calendar date of an instant, `YYYY-MM-DD`. */
export function dateOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Whole days from one `YYYY-MM-DD` date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The `YYYY-MM-DD` date `days` days after the UTC calendar date of `d`. */
export function addDays(d: Date, days: number): string {
  return dateOf(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) + days * DAY_MS));
}

/** Whether something that expires on `expires` has expired on `today`: the expiry day itself still counts. */
export function isExpired(e: { expires: string }, today: string): boolean {
  return e.expires < today;
}
