import { describe, expect, it } from '@jest/globals';
import { errorText, formatErrors, UserError } from '../../src/core/errors.js';

describe('errors', () => {
  it('errorText gives the message, or with cause the cause a fetch failure hides', () => {
    const fetchFailed = new TypeError('fetch failed', {
      cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }),
    });
    expect(errorText(fetchFailed)).toBe('fetch failed');
    expect(errorText(fetchFailed, { cause: true })).toBe('ECONNREFUSED (connect ECONNREFUSED 127.0.0.1:9)');
    expect(errorText(new Error('plain'), { cause: true })).toBe('plain');
    expect(errorText('text')).toBe('text');
    expect(errorText({ message: 'from another realm' })).toBe('from another realm');
  });

  it('formatErrors prints at most N errors, then how many more', () => {
    const e = new UserError(Array.from({ length: 5 }, (_, i) => ({ path: 'p.yml', line: i + 1, message: `bad ${i}` })));
    expect(formatErrors(e, 2)).toBe('p.yml:1:1: bad 0\np.yml:2:1: bad 1\n... and 3 more errors (5 in all)');
    expect(formatErrors(e, 5)).toBe(e.message);
    expect(formatErrors(new UserError([{ message: 'a' }, { message: 'b' }]), 1)).toBe(
      'a\n... and 1 more error (2 in all)',
    );
  });
});
