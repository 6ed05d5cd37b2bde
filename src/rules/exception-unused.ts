import { isExpired } from '../core/dates.js';
import { defineRule } from './types.js';

/** How many of the matching models a message names. */
const NAMED = 3;

/**
 * exception.unused: an exception of the repository's own policy that waives nothing in a full run, as ESLint reports
 * a disable directive that suppresses no problem. Judged only when the whole repository was looked at, and only for
 * the repository's own policy files (an organisation's remote policy serves many repositories); an expired exception
 * is exception.expired's.
 */
export const exceptionUnused = defineRule({
  meta: {
    id: 'exception.unused',
    description:
      "An exception in the repository's own policy waives no finding: it matches no model, or none of the findings of the models it matches.",
    help: 'Remove the exception, or correct its model globs, rules or paths.',
    defaultSeverity: 'warn',
  },
  evaluatePolicy({ policy, models, modelsMatching, today, complete }) {
    if (!complete) return [];
    const used = new Set<string>();
    for (const m of models)
      for (const f of m.findings) if (f.exception) used.add(`${f.exception.path}:${f.exception.line}`);
    return policy.exceptions
      .filter(
        (e) =>
          !isExpired(e, today) &&
          !/@[^/]+$/.test(e.location.path) &&
          !used.has(`${e.location.path}:${e.location.line}`),
      )
      .map((e) => {
        const matched = modelsMatching(e);
        const what = `The exception for ${e.models.join(', ')} (${e.reason})`;
        const names =
          matched.slice(0, NAMED).join(', ') + (matched.length > NAMED ? `, and ${matched.length - NAMED} more` : '');
        return matched.length
          ? {
              message: `${what} matches ${names} but waives none of ${matched.length === 1 ? 'its' : 'their'} findings`,
              location: e.location,
              help: 'Remove the exception, or correct its rules or paths to the findings it is meant to waive.',
            }
          : {
              message: `${what} matches no model in this repository and waives nothing`,
              location: e.location,
              help: 'Remove the exception, or correct its model globs.',
            };
      });
  },
});
