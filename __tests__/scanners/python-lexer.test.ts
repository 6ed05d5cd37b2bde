import { describe, expect, it } from '@jest/globals';
import { isKeyedByModelName, isModelishName, isModelPathName } from '../../src/scanners/common/ids.js';
import {
  classNamesAtLineStart,
  FROM_IMPORT_RE,
  importLines,
  PLAIN_IMPORT_RE,
} from '../../src/scanners/python/analyze.js';
import { seededRandom } from '../../src/core/random.js';
import { lexPython } from '../../src/scanners/python/lexer.js';
import { T } from '../../src/scanners/common/tokens.js';

/** The decoded values of a source's string tokens. */
const strings = (src: string) =>
  lexPython(src)
    .filter((k) => k.t === T.Str)
    .map((k) => [k.val, k.dyn, k.v]);

describe('python lexer: string values', () => {
  it('decodes escapes, raw strings, f-strings and docstrings as Python writes them', () => {
    expect(strings('a = "org/x"\n')).toEqual([['org/x', false, '"org/x"']]);
    expect(strings("a = 'tab\\there\\nnext\\\\ \\q'\n")).toEqual([
      ['tab\there\nnext\\ q', false, "'tab\\there\\nnext\\\\ \\q'"],
    ]);
    expect(strings('p = r"C:\\models\\new"\n')).toEqual([['C:\\models\\new', false, 'r"C:\\models\\new"']]);
    expect(strings('f"{{literal}} {name}"\n')).toEqual([['{literal}} {name}', true, 'f"{{literal}} {name}"']]);
    expect(strings('rb"\\x00"\n')[0][0]).toBe('\\x00');
    const doc = '"""Load the model.\n\n    >>> pipe = Pipeline.from_pretrained("org/x")\n    \\"quoted\\"\n    """';
    expect(strings(`def f():\n    ${doc}\n    pass\n`)).toEqual([
      ['Load the model.\n\n    >>> pipe = Pipeline.from_pretrained("org/x")\n    "quoted"\n    ', false, doc],
    ]);
    // a line continuation inside a string adds nothing
    expect(strings('s = "org/\\\nx"\n')[0][0]).toBe('org/x');
  });

  it('ends strings where Python would, or at the end of the text', () => {
    // a one-quote string stops at the end of its line; the rest is lexed as code
    expect(strings('a = "org/x\nb = "y"\n').map((s) => s[0])).toEqual(['org/x', 'y']);
    expect(strings('a = """never closed\nstill text')).toEqual([
      ['never closed\nstill text', false, '"""never closed\nstill text'],
    ]);
    // a backslash as the text's last character
    expect(strings('a = "x\\')).toEqual([['x', false, '"x\\']]);
    expect(strings("a = r'x\\")).toEqual([['x\\', false, "r'x\\"]]);
    // an empty string, then a triple-quoted one
    expect(strings("a = '' + '''b'''\n").map((s) => s[0])).toEqual(['', 'b']);
  });
});

describe('python imports: the statements the two patterns find', () => {
  const byRegex = (code: string) => ({
    from: [...code.matchAll(FROM_IMPORT_RE)].map((m) => [m.index, ...m]),
    plain: [...code.matchAll(PLAIN_IMPORT_RE)].map((m) => [m.index, ...m]),
  });
  const byLines = (code: string) => {
    const r = importLines(code);
    return { from: r.from.map((m) => [m.index, ...m]), plain: r.plain.map((m) => [m.index, ...m]) };
  };

  it('finds what the patterns find over the whole text, in real module shapes', () => {
    const cases = [
      'import os\nfrom transformers import AutoModel as AM, pipeline\n',
      'from importlib import import_module\nimport torch.nn as nn, numpy as np\n',
      'from diffusers import (\n    DiffusionPipeline,\n    UNet2DModel as U,\n)\n',
      '"""\nExample:\n    from transformers import AutoTokenizer\n    >>> import torch\n"""\nx = 1  # import nothing\n',
      '\tfrom a.b import c  # comment\r\nimport d\r\n',
      'important = reimport(importer)\nprint("import x")\nimport_ = 1\n  import   e  as f\n',
      'import',
      'from x import',
      '',
    ];
    for (const code of cases) expect(byLines(code)).toEqual(byRegex(code));
  });

  it('takes the slow way for other line ends, with the same result', () => {
    for (const code of [
      'import a\rfrom b import c\r',
      'x = 1\u2028import a\u2029from b import c\n',
      'import a\r\n\rimport b',
    ])
      expect(byLines(code)).toEqual(byRegex(code));
  });

  it('agrees with the patterns on generated texts', () => {
    const parts = ['from', 'import', ' ', '\t', '\n', '\r\n', 'x.y', 'os', '(', ')', ',', '#', 'as', 'a', '"', '\\'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 2000; n++) {
      let code = '';
      const len = next() % 40;
      for (let i = 0; i < len; i++) code += parts[next() % parts.length];
      expect(byLines(code)).toEqual(byRegex(code));
    }
  });

  it('stays linear on a line of many imports', () => {
    // (a minified line: the line start is searched back once, not once per occurrence)
    const code = 'import a;'.repeat(200_000) + '\nfrom b import c\n';
    const r = importLines(code);
    expect(r.plain).toHaveLength(1);
    expect(r.from.map((m) => m[1])).toEqual(['b']);
  });
});

describe('model-ish names: the memoised tests', () => {
  it('judge each name as its snake-case form says, case and Unicode case folding included', () => {
    const yes = ['model_id', 'MODEL_NAME', 'embeddingModel', 'base-model', 'checkpoint', 'repo_id', 'chec\u212Apoint'];
    const no = ['output_dir', 'dataset', 'mode', 'x'.repeat(300) + '_model', 'model_path', 'hub_model_id'];
    for (let round = 0; round < 2; round++) {
      for (const n of yes) expect([n, isModelishName(n)]).toEqual([n, true]);
      for (const n of no) expect([n, isModelishName(n)]).toEqual([n, false]);
    }
    expect(['modelPath', 'base_model_path', '--model-path', 'model\npath'].map(isModelPathName)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['model_dir', 'path', 'x'.repeat(120) + '_model_path'].map(isModelPathName)).toEqual([false, false, false]);
    expect(
      ['HF_MODEL_ID_TO_FILENAMES', 'FILES_BY_MODEL', 'MODEL_TO_MAX_TOKENS', 'files'].map(isKeyedByModelName),
    ).toEqual([true, true, false, false]);
  });
});

describe('classNamesAtLineStart', () => {
  const byRegex = (code: string) => [...code.matchAll(/^[ \t]*class[ \t]+(\w+)/gm)].map((m) => m[1]);
  it('finds what /^[ \\t]*class[ \\t]+(\\w+)/gm finds', () => {
    const cases = [
      'class ChatOpenAI:\n    pass\n',
      '  \tclass  A(B):\nclass\tC\n',
      'classify = 1\nclass_ = 2\nsubclass X\n x class Y\n',
      'class class Z\nclass (A)\nclass \nclass',
      'a = 1\r\nclass Win:\r\n\u2028class Sep: pass\u2029class Para: pass',
      'class A\nclass B\n\n\n  class C:\n      class D:\n',
      'class éclair\nclass _x9',
      '',
    ];
    for (const c of cases) expect([c, [...classNamesAtLineStart(c)]]).toEqual([c, byRegex(c)]);
  });
  it('agrees with it on random text made of its pieces', () => {
    const r = seededRandom(40);
    const pieces = ['class', ' ', '\t', '\n', '\r', 'A', 'x_1', '(', ':', 'é', '\u2028', 'sub'];
    for (let round = 0; round < 2000; round++) {
      let code = '';
      const len = Math.floor(r() * 30);
      for (let i = 0; i < len; i++) code += pieces[Math.floor(r() * pieces.length)];
      expect([code, [...classNamesAtLineStart(code)]]).toEqual([code, byRegex(code)]);
    }
  });
});
