import { describe, expect, it } from '@jest/globals';
import { anyGlob, compileGlob } from '../../src/catalog/glob.js';

/** The same glob as a regular expression: an oracle written another way (backtracking is fine for these sizes). */
function oracle(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') re += '[\\s\\S]*';
    else if (c === '?') re += '[\\s\\S]';
    else if (c === '{') re += '(?:';
    else if (c === '}') re += ')';
    else if (c === ',') re += '|';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      const body = pattern.slice(i + 1, end).toLowerCase();
      re += body.startsWith('!') ? `[^${body.slice(1)}]` : `[${body}]`;
      i = end;
    } else re += c.toLowerCase().replace(/[.\-\\^$+()|]/g, '\\$&');
  }
  return new RegExp(`^(?:${re})$`);
}

/** A seeded generator (mulberry32): the same cases at every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('catalog globs', () => {
  it('match as the equivalent regular expression does, with and without their quick checks of prefix, suffix and length', () => {
    const next = random(7);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
    const pieces = ['a', 'B', 'b', '-', '.', '7', '*', '?', '[a-b]', '[!a]', '{a,b-}', '{,x}', '{q*,r}'];
    const chars = ['a', 'b', 'A', 'B', '-', '.', '7', 'x', 'q', 'r'];
    const wrong: string[] = [];
    let matched = 0;
    for (let p = 0; p < 1500; p++) {
      const pattern = Array.from({ length: 1 + Math.floor(next() * 6) }, () => pick(pieces)).join('');
      const glob = compileGlob(pattern);
      const re = oracle(pattern);
      for (let n = 0; n < 40; n++) {
        const name = Array.from({ length: Math.floor(next() * 8) }, () => pick(chars)).join('');
        const want = re.test(name.toLowerCase());
        if (glob.test(name) !== want || anyGlob([glob], name) !== want) wrong.push(`${pattern} ${name}`);
        if (want) matched++;
        const literal = glob.testLiteral(name);
        if (literal && !want) wrong.push(`literal ${pattern} ${name}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(matched).toBeGreaterThan(2000);
  });

  it('spell out a name only through alternatives without a star', () => {
    const g = compileGlob('Qwen2.5-{7B,14B}-Instruct{,-*}');
    expect(g.testLiteral('qwen2.5-7b-instruct')).toBe(true);
    expect(g.test('Qwen2.5-14B-Instruct-AWQ')).toBe(true);
    expect(g.testLiteral('Qwen2.5-14B-Instruct-AWQ')).toBe(false);
    expect(g.test('Qwen2.5-3B-Instruct')).toBe(false);
    expect(anyGlob([], 'x')).toBe(false);
  });
});
