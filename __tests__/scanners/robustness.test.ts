import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanners } from '../../src/scanners/index.js';
import { ctx } from './helpers.js';
import { seededRandom } from '../../src/core/random.js';
import { lexJs } from '../../src/scanners/javascript/lexer.js';
import { T } from '../../src/scanners/common/tokens.js';
import { lexPython } from '../../src/scanners/python/lexer.js';

const CORPUS = fileURLToPath(new URL('../fixtures/scan-corpus', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

describe('scanners are total', () => {
  it('never throw on truncated real files or garbage, under any file name', () => {
    const texts: string[] = [];
    for (const f of files(CORPUS)) {
      const t = readFileSync(f, 'utf8');
      for (const cut of [0.13, 0.37, 0.5, 0.81])
        texts.push(t.slice(0, Math.floor(t.length * cut)), t.slice(Math.floor(t.length * cut)));
    }
    const r = seededRandom(7);
    const alphabet =
      'abcXYZ019_-./:"\'`$#{}[]()=,;\\\n\t !@%&*+|<>?model MODEL_ID= from_pretrained( vllm serve hf.co/ huggingface.co/';
    for (let i = 0; i < 200; i++) {
      let s = '';
      const n = Math.floor(r() * 400);
      for (let k = 0; k < n; k++) s += alphabet[Math.floor(r() * alphabet.length)];
      texts.push(s);
    }
    const paths = ['a.py', 'a.ipynb', 'a.ts', 'a.sh', 'Dockerfile', 'a.yaml', 'a.json', 'a.toml', 'Modelfile', 'a.md'];
    let calls = 0;
    for (const text of texts) {
      for (const path of paths) {
        for (const s of scanners) {
          const refs = s.extract(text, path, ctx);
          for (const ref of refs) {
            expect(ref.line).toBeGreaterThanOrEqual(1);
            expect(ref.column).toBeGreaterThanOrEqual(1);
          }
          calls++;
        }
      }
    }
    expect(calls).toBeGreaterThan(1000);
  });

  it("read Object.prototype's names in a stranger's code as plain names (constructor, toString, __proto__)", () => {
    const names = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];
    const sources: Array<[string, string]> = [];
    for (const n of names) {
      sources.push(
        [
          'a.py',
          [
            'from faster_whisper import WhisperModel',
            'import whisper, clip, replicate, ollama',
            'from TTS.api import TTS',
            'from ultralytics import YOLO',
            `m = WhisperModel("${n}")`,
            `w = whisper.load_model("${n}")`,
            `c = clip.load("${n}")`,
            `t = TTS("${n}")`,
            `y = YOLO("${n}")`,
            `x = ${n}(model="${n}/gpt-4o")`,
            `z = ${n}.from_pretrained("org/real")`,
            `r = litellm.completion(model="${n}/x")`,
            `client = ${n}(base_url="http://localhost:8000/v1")`,
            `init_chat_model("${n}:x")`,
          ].join('\n'),
        ],
        [
          'a.ts',
          [
            `import ${n} from "${n}";`,
            `import { ${n} as p } from "@ai-sdk/${n}";`,
            `const a = new ${n}({ model: "org/b" });`,
            `const b = p("${n}");`,
            `const c = gateway("${n}/x");`,
          ].join('\n'),
        ],
      );
    }
    for (const [path, text] of sources)
      for (const s of scanners)
        for (const ref of s.extract(text, path, ctx)) {
          expect(typeof ref.id).toBe('string');
          if (ref.provider !== undefined) expect(typeof ref.provider).toBe('string');
        }
  });
});

describe('tokens have one shape', () => {
  // tokens built with different fields (strings, first tokens of a line, operators sliced from the text) made V8
  // throw away the analyses' optimised code at each new shape: every token has every field
  it('in Python and in JavaScript, strings, operators and first tokens of a line alike', () => {
    const py = lexPython('import os\nif a ** 2 >= b:\n    m = f"x{y}" + "id"  # c\n    g(-1, k=[1])\n');
    const js = lexJs('const m = `a${b}` + "x"; if (a >= 2 && /re/.test(s)) f({ k: 1 }) // c\n');
    for (const toks of [py, js]) {
      expect(toks.length).toBeGreaterThan(10);
      const shapes = new Set(toks.map((k) => Object.keys(k).join(',')));
      expect([...shapes]).toEqual(['t,v,s,e,val,vs,dyn,bol,indent']);
    }
    expect(py.some((k) => k.bol && k.indent === 4)).toBe(true);
    expect(py.find((k) => k.val === 'id')?.vs).toBeGreaterThan(0);
  });
});

describe('JavaScript lexer: strings, operators and numbers', () => {
  const lexed = (src: string) => lexJs(src).map((k) => [k.t, k.v, k.val, k.dyn ?? null]);
  it('reads a string without escapes as a slice, and every other string character by character', () => {
    expect(lexed(`'org/x' "a\\"b" \`t\${v}u\` \`two\nlines\` 'cut\n'`)).toEqual([
      [T.Str, "'org/x'", 'org/x', false],
      [T.Str, '"a\\"b"', 'a"b', false],
      [T.Str, '`t${v}u`', 't${}u', true],
      [T.Str, '`two\nlines`', 'two\nlines', false],
      [T.Str, "'cut", 'cut', false],
      [T.Str, "'", '', false],
    ]);
    expect(lexed("'open")).toEqual([[T.Str, "'open", 'open', false]]);
    expect(lexed('`$x`')).toEqual([[T.Str, '`$x`', '$x', false]]);
  });
  it('takes the longest operator, and numbers with their letters, dots and underscores', () => {
    expect(lexed('a ??= b?.c === d !== e ... f >= 0x1F_n + 1.5e3 - 10_000n % g')).toEqual([
      [T.Name, 'a', undefined, null],
      [T.Op, '??=', undefined, null],
      [T.Name, 'b', undefined, null],
      [T.Op, '?.', undefined, null],
      [T.Name, 'c', undefined, null],
      [T.Op, '===', undefined, null],
      [T.Name, 'd', undefined, null],
      [T.Op, '!==', undefined, null],
      [T.Name, 'e', undefined, null],
      [T.Op, '...', undefined, null],
      [T.Name, 'f', undefined, null],
      [T.Op, '>=', undefined, null],
      [T.Num, '0x1F_n', undefined, null],
      [T.Op, '+', undefined, null],
      [T.Num, '1.5e3', undefined, null],
      [T.Op, '-', undefined, null],
      [T.Num, '10_000n', undefined, null],
      [T.Op, '%', undefined, null],
      [T.Name, 'g', undefined, null],
    ]);
  });
});
