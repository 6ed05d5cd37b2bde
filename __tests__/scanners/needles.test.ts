import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { decodeText } from '../../src/discover/files.js';
import { scanContext } from '../../src/scanners/context.js';
import { NeedleSearch, needleSearch, prebuildNeedles } from '../../src/scanners/common/needles.js';
import { JS_SPECIFIC_SEARCH, PYTHON_SPECIFIC_SEARCH } from '../../src/scanners/common/needles.generated.js';
import { mayBeHubValue, mayHoldHubString, prefilterView } from '../../src/scanners/common/prefilter.js';
import { escapeRegExp } from '../../src/scanners/common/text.js';
import { JS_SPECIFIC, JS_TRIGGERS } from '../../src/scanners/javascript/prefilter.js';
import { PYTHON_SPECIFIC, PYTHON_TRIGGERS } from '../../src/scanners/python/prefilter.js';
import type { ScanContext } from '../../src/scanners/types.js';
import { ctx as testCtx } from './helpers.js';
import { seededRandom } from '../../src/core/random.js';

/**
 * The pre-filters' fast searches give the same answers as the plain tests they replace: `NeedleSearch` as a
 * regular-expression alternation (on the lower-cased, backslash-free view for `view`), and `mayHoldHubString`
 * as the literal-by-literal walk that sliced, unescaped and trimmed every candidate. Checked on every file of
 * the test suite and the sources, and on generated texts built to hit their edges: needles in mixed case,
 * broken by backslashes and line continuations, overlapping, cut short, next to non-ASCII characters (U+0130
 * and the Kelvin sign, whose lower case is ASCII).
 */

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

const texts: string[] = [];
for (const file of [...filesUnder(join(process.cwd(), '__tests__')), ...filesUnder(join(process.cwd(), 'src'))]) {
  const data = readFileSync(file);
  if (!data.includes(0)) texts.push(decodeText(data));
}

const NOISE = [
  ' ',
  '\n',
  '\r\n',
  '\t',
  '"',
  "'",
  '`',
  '\\',
  '\\\n',
  '\\\r\n',
  '\\\r',
  '\\\\',
  '.',
  '_',
  '/',
  '-',
  'é',
  '\u00a0',
  '\u0130',
  '\u212a',
  '\u0307',
  'ß',
  '中',
  '😀',
  'x',
  'K',
  'I',
];

/** Texts made of needles (whole, cut short, overlapping, in mixed case, broken by backslashes) and noise. */
function generated(needles: readonly string[], seed: number, count: number): string[] {
  const r = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const mangle = (n: string) => {
    let out = '';
    for (const ch of n) {
      const x = r();
      if (x < 0.3) out += ch.toUpperCase();
      else if (x < 0.33 && ch === 'i') out += '\u0130';
      else if (x < 0.36 && ch === 'k') out += '\u212a';
      else out += ch;
      const y = r();
      if (y < 0.04) out += pick(['\\', '\\\n', '\\\r\n', '\\\r', '\\\\']);
      else if (y < 0.05) out += pick([' ', '\n', 'é', '\u0307']);
    }
    return out;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let t = '';
    const parts = 1 + Math.floor(r() * 6);
    for (let p = 0; p < parts; p++) {
      const n = pick(needles);
      const x = r();
      if (x < 0.25) t += mangle(n);
      else if (x < 0.6)
        t += mangle(n.slice(0, Math.max(1, n.length - 1 - Math.floor(r() * 3)))); // cut short
      else if (x < 0.75)
        t += mangle(n.slice(1 + Math.floor(r() * Math.max(1, n.length - 1)))); // a tail
      else t += mangle(n + pick(needles).slice(Math.floor(r() * 3))); // overlapping
      for (let k = Math.floor(r() * 3); k > 0; k--) t += pick(NOISE);
    }
    out.push(t);
  }
  return out;
}

function regexOf(needles: readonly string[], flags = ''): RegExp {
  return new RegExp(needles.map(escapeRegExp).join('|'), flags);
}

describe('NeedleSearch', () => {
  const lists: Array<[string, readonly string[]]> = [
    ['Python pre-filter', PYTHON_SPECIFIC],
    ['JavaScript pre-filter', JS_SPECIFIC],
    ['Python triggers', PYTHON_TRIGGERS],
    ['JavaScript triggers', JS_TRIGGERS],
    ['overlapping', ['hub', 'hhubx', 'ubu', 'abcabd', 'bcab', 'cc', 'kz', 'iq']],
  ];

  for (const [name, needles] of lists) {
    it(`answers as the regular expressions it replaces: ${name}`, () => {
      const view = new NeedleSearch(needles, { view: true });
      const fold = new NeedleSearch(needles, { fold: true });
      const exact = new NeedleSearch(needles);
      // each also rebuilt from its data, as needles.generated.ts holds it
      const again = [view, fold, exact].map((x) => new NeedleSearch(x.data('')));
      const lower = needles.map((n) => n.toLowerCase());
      const viewRe = regexOf(lower);
      const exactRe = regexOf(needles);
      const cases = [...texts, ...generated(needles, 14, 2500), ...generated(lower, 15, 1500), '', '\\'];
      const bad: string[] = [];
      let hits = 0;
      for (const t of cases) {
        const want = viewRe.test(prefilterView(t));
        if (view.test(t) !== want) bad.push(`view ${JSON.stringify(t.slice(0, 200))}`);
        if (fold.test(t) !== viewRe.test(t.toLowerCase())) bad.push(`fold ${JSON.stringify(t.slice(0, 200))}`);
        if (exact.test(t) !== exactRe.test(t)) bad.push(`exact ${JSON.stringify(t.slice(0, 200))}`);
        [view, fold, exact].forEach((x, i) => {
          if (again[i].test(t) !== x.test(t)) bad.push(`rebuilt ${i} ${JSON.stringify(t.slice(0, 200))}`);
        });
        if (want) hits++;
      }
      expect(bad.slice(0, 10)).toEqual([]);
      // both answers are common among the cases
      expect(hits).toBeGreaterThan(cases.length / 10);
      expect(cases.length - hits).toBeGreaterThan(cases.length / 10);
    });
  }

  it('finds needles broken by escapes and line continuations, in any case', () => {
    const s = new NeedleSearch(['openai', 'hf.co', 'ckpt'], { view: true });
    expect(s.test('import OpenAI')).toBe(true);
    expect(s.test('x = "op\\en\\ai"')).toBe(true);
    expect(s.test('x = "ope\\\nnai"')).toBe(true);
    expect(s.test('x = "ope\\\r\nnai"')).toBe(true);
    expect(s.test('HF.CO')).toBe(true);
    expect(s.test('C\u212aPT')).toBe(true); // the Kelvin sign lower-cases to k
    expect(s.test('ope\nnai')).toBe(false);
    expect(s.test('ope\\\n\nnai')).toBe(false); // one line break goes with the backslash, not two
    expect(s.test('opena')).toBe(false);
    expect(new NeedleSearch(['genai'], { view: true }).test('GENA\u0130')).toBe(true); // İ: i and a combining dot
    expect(new NeedleSearch(['genai'], { view: true }).test('GENA\u0130X')).toBe(true);
    expect(new NeedleSearch(['iz'], { view: true }).test('\u0130Z')).toBe(false); // the dot comes between
    expect(new NeedleSearch(['OpenAI']).test('openai')).toBe(false);
    expect(new NeedleSearch(['OpenAI']).test('from OpenAI')).toBe(true);
  });

  it('loads the searches built by npm run generate, and builds a search whose needles changed since', () => {
    expect(PYTHON_SPECIFIC_SEARCH).toEqual(prebuildNeedles(PYTHON_SPECIFIC, { view: true }));
    expect(JS_SPECIFIC_SEARCH).toEqual(prebuildNeedles(JS_SPECIFIC, { view: true }));
    // a table built from other needles (a list edited without `npm run generate`) is not used
    const stale = prebuildNeedles(['openai'], { view: true });
    const s = needleSearch(['openai', 'bedrock'], { view: true }, stale);
    expect(s.test('import bedrock')).toBe(true);
    expect(needleSearch(['openai'], { view: true }, stale).test('OpenAI')).toBe(true);
    expect(needleSearch(['openai'], { fold: true }, stale).test('open\\ai')).toBe(false); // other options
  });

  it('refuses needles it cannot search for', () => {
    expect(() => new NeedleSearch(['é'])).toThrow(/not ASCII/);
    expect(() => new NeedleSearch(['a\\b'], { view: true })).toThrow(/backslash/);
    expect(new NeedleSearch(['']).test('')).toBe(true);
    expect(new NeedleSearch([]).test('anything')).toBe(false);
  });
});

/** The walk `mayHoldHubString` replaced: every candidate sliced, unescaped and trimmed (`mayBeHubValue`). */
function referenceMayHoldHubString(text: string, continuation: 'drop' | 'newline', ctx: ScanContext): boolean {
  let prev = -1;
  const quotes = ['"', "'", '`'];
  const next = quotes.map((q) => text.indexOf(q));
  for (;;) {
    let k = -1;
    for (let j = 0; j < 3; j++) if (next[j] !== -1 && (k === -1 || next[j] < next[k])) k = j;
    const at = k === -1 ? text.length : next[k];
    if (k !== -1) next[k] = text.indexOf(quotes[k], at + 1);
    if (prev !== -1) {
      const seg = text.slice(prev + 1, at);
      if (mayBeHubValue(seg, continuation, ctx)) return true;
      const nl = seg.indexOf('\n');
      if (nl !== -1) {
        if (seg[nl - 1] === '\\' || (seg[nl - 1] === '\r' && seg[nl - 2] === '\\')) return true;
        if (mayBeHubValue(seg.slice(0, nl), continuation, ctx)) return true;
      }
    }
    if (k === -1) return false;
    prev = at;
  }
}

const VALUES = [
  'acme/model',
  'gpt2',
  'bert-base-uncased',
  'hf-hub:timm/vit',
  'HF_HUB:x',
  'https://huggingface.co/acme/x',
  'hf.co/acme/x',
  'ollama/llama3',
  'id',
  'name',
  'created_at',
  'a/b/c',
  'src/models/user',
  ' acme/padded ',
  'acme/has space',
  'x'.repeat(301),
  'acme/' + 'x'.repeat(295),
  '',
  ',',
];
const SEP = [
  '',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\\',
  '\\n',
  '\\t',
  '\\\n',
  '\\\r\n',
  '\\ ',
  '\u00a0',
  '\u2028',
  '\ufeff',
  'é',
  '\v',
  '\f',
];

function literalTexts(seed: number, count: number): string[] {
  const r = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let t = pick(['', 'x = ', 'run(model=', '{', '# ']);
    for (let p = 1 + Math.floor(r() * 5); p > 0; p--) {
      const v = pick(VALUES);
      const cut = Math.floor(r() * (v.length + 1));
      const x = r();
      const value = x < 0.5 ? v : x < 0.8 ? v.slice(0, cut) + pick(SEP) + v.slice(cut) : pick(SEP) + v + pick(SEP);
      t += pick(['"', "'", '`', '"""']) + value + (r() < 0.8 ? pick(['"', "'", '`']) : pick(['\n', '\r\n', '']));
      t += pick([', ', ')', '\n', '', ' # ', ': ', ',', '\\\n']);
    }
    out.push(t);
  }
  return out;
}

describe('mayHoldHubString', () => {
  it('answers as the slice-by-slice walk it replaces, with the test catalog and the shipped one', () => {
    const catalogCtx = scanContext(loadCatalog());
    const cases = [...texts, ...literalTexts(60, 12_000)];
    const bad: string[] = [];
    let yes = 0;
    for (const t of cases) {
      for (const continuation of ['drop', 'newline'] as const) {
        for (const ctx of [testCtx, catalogCtx]) {
          const want = referenceMayHoldHubString(t, continuation, ctx);
          if (mayHoldHubString(t, continuation, ctx) !== want)
            bad.push(`${continuation} ${JSON.stringify(t.slice(0, 300))}: ${want}`);
          if (want) yes++;
        }
      }
    }
    expect(bad.slice(0, 10)).toEqual([]);
    expect(yes).toBeGreaterThan(cases.length / 5);
    expect(cases.length * 4 - yes).toBeGreaterThan(cases.length / 5);
  });
});
