/** Small text helpers of the action. */

export { errorText } from '../core/errors.js';

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? word : many}`;
}

/** The first `max` lines, and how many more there were. */
export function capLines(lines: string[], max: number, what = 'more'): string[] {
  if (lines.length <= max) return lines;
  return [...lines.slice(0, max), `… and ${(lines.length - max).toLocaleString('en-US')} ${what}`];
}
