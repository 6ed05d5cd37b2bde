import { describe, expect, it } from '@jest/globals';
import { parseFlatYaml } from '../../src/core/yaml-flat.js';
import { parseYamlEvents, parseYamlWithPositions, type PositionedDoc } from '../../src/core/yaml.js';

function plain(doc: PositionedDoc) {
  return {
    value: doc.value,
    valuePos: [...doc.valuePos].sort(),
    keyPos: [...doc.keyPos].sort(),
    scalarText: [...doc.scalarText].sort(),
  };
}

function outcome(f: () => PositionedDoc): unknown {
  try {
    return plain(f());
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** The fast path, when it takes a document, gives exactly what the YAML parser gives. */
function same(text: string): boolean {
  const flat = parseFlatYaml(text, 'models.yaml');
  const full = outcome(() => parseYamlEvents(text, 'models.yaml'));
  if (flat) expect({ text, doc: plain(flat) }).toEqual({ text, doc: full });
  expect({ text, doc: outcome(() => parseYamlWithPositions(text, 'models.yaml')) }).toEqual({ text, doc: full });
  return flat !== undefined;
}

const MANIFEST = [
  '# models this service uses',
  '',
  'models:',
  '  - id: meta-llama/Llama-3.1-8B-Instruct',
  '    revision: 0e9e39f249a16976918f6564b8830bc894c89659',
  '    license: llama3.1',
  '    purpose: support chat assistant (EU, US)',
  '',
  '  # the embedder',
  '  - id: 01-ai/Yi-34B',
  '    base_model: 01-ai/Yi-34B-base',
  '  - id: https://example.com/models/x.gguf',
  '',
].join('\n');

describe('the flat-manifest fast path of the YAML reader', () => {
  it('takes ordinary manifests and gives the parser’s value and positions', () => {
    expect(same(MANIFEST)).toBe(true);
    expect(same('models:\n    - id: a/b\n      license: mit\n')).toBe(true);
    expect(same('$schema: https://example.com/s.json\nmodels:\n  - id: a/b\nname: x\n')).toBe(true);
    expect(same('models:\n  - id: a/b   \n    license: apache-2.0')).toBe(true);
  });

  it('cuts only spaces around a value: YAML keeps a no-break or ideographic space in a plain scalar', () => {
    expect(same('models:\n  - id: \u00a0a/b\n    license: mit\u3000  \nname: x\u2003\n')).toBe(true);
    const doc = parseFlatYaml('models:\n  - id: a/b\u00a0 \n', 'models.yaml')!;
    expect(doc.value).toEqual({ models: [{ id: 'a/b\u00a0' }] });
  });

  it('gives a key’s position when first asked for it (the per-key positions are filled lazily)', () => {
    const text = 'models:\n  - id: a/b\n    license: mit\n  - id: c/d\n';
    const full = parseYamlEvents(text, 'models.yaml');
    for (const p of ['/models/0/license', '/models/1/id', '/models/1', '/nope']) {
      const flat = parseFlatYaml(text, 'models.yaml')!;
      expect([p, flat.valuePos.get(p), flat.keyPos.get(p), flat.scalarText.get(p)]).toEqual([
        p,
        full.valuePos.get(p),
        full.keyPos.get(p),
        full.scalarText.get(p),
      ]);
      expect(parseFlatYaml(text, 'models.yaml')!.keyPos.has(p)).toBe(full.keyPos.has(p));
      expect(parseFlatYaml(text, 'models.yaml')!.valuePos.size).toBe(full.valuePos.size);
    }
  });

  it.each([
    ['a number', 'models:\n  - id: a/b\n    revision: 1234\n'],
    ['a float-looking revision', 'models:\n  - id: a/b\n    revision: 1e10\n'],
    ['a boolean', 'models:\n  - id: a/b\n    gated: true\n'],
    ['a date', 'models:\n  - id: a/b\n    since: 2024-01-01\n'],
    ['a quoted value', 'models:\n  - id: "a/b"\n'],
    ['a comment after a value', 'models:\n  - id: a/b # the main one\n'],
    ['a flow sequence', 'models: [{id: a/b}]\n'],
    ['an anchor', 'models:\n  - &m id: a/b\n'],
    ['a sequence at column 0', 'models:\n- id: a/b\n'],
    ['a multi-line scalar', 'models:\n  - id: a/b\n    purpose: one\n      two\n'],
    ['a duplicate key', 'models:\n  - id: a/b\n    id: c/d\n'],
    ['a null value', 'models:\n  - id:\n'],
    ['an empty list', 'models:\n'],
    ['a tab', 'models:\n  - id:\ta/b\n'],
    ['CRLF line breaks', 'models:\r\n  - id: a/b\r\n'],
    ['a document marker', '---\nmodels:\n  - id: a/b\n'],
    ['a byte-order mark', '\ufeffmodels:\n  - id: a/b\n'],
    ['a nested mapping', 'models:\n  - id: a/b\n    card:\n      license: mit\n'],
    ['a colon in a value', 'models:\n  - id: a/b\n    purpose: chat: EU\n'],
    ['a __proto__ key', 'models:\n  - __proto__: x\n'],
    ['bad indentation', 'models:\n  - id: a/b\n     license: mit\n'],
    ['a yes', 'models:\n  - id: yes\n'],
    ['two spaces after a dash', 'models:\n  -  id: a/b\n'],
    ['a dash alone', 'models:\n  -\n    id: a/b\n'],
    ['a key without a space after its colon', 'models:\n  - id:a/b\n'],
    ['a key with other characters', 'models:\n  - id!: a/b\n'],
    ['a key that is not an identifier', 'models:\n  - 1id: a/b\n'],
    ['a comment after a dash', 'models:\n  - # first\n    id: a/b\n'],
  ])('leaves %s to the parser', (_what, text) => {
    expect(same(text)).toBe(false);
  });

  it('agrees with the parser on generated manifests (seeded)', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
    const safe = [
      'a/b',
      'org/Model-7B',
      '01-ai/Yi',
      'x',
      'apache-2.0',
      'hf.co/a/b:Q4',
      'ollama:llama3.1:8b',
      'text with spaces',
      'café',
      'a#b',
      'a:b',
      'https://hf.co/x',
      '\u00a0lead',
      'trail\u00a0',
      'wide\u3000',
    ];
    const tricky = [
      '12',
      '0x1F',
      'null',
      'True',
      '~',
      '1_000',
      '.5',
      '"q"',
      "'q'",
      'a #b',
      'a: b',
      'b:',
      '-x',
      '[x]',
      '{x}',
      '*x',
      '&x',
      '!x',
      '|',
      '>',
      '%x',
      '@x',
      '`x`',
      '2024-01-01',
    ];
    const value = () => (rnd() < 0.97 ? pick(safe) : pick(tricky));
    const keys = ['id', 'revision', 'license', 'base_model', 'purpose', '$schema', 'x-y', 'a.b'];
    let fast = 0;
    for (let n = 0; n < 400; n++) {
      const indent = pick([2, 4]);
      const lines: string[] = [];
      if (rnd() < 0.3) lines.push('# header', '');
      if (rnd() < 0.2) lines.push(`name: ${value()}`);
      lines.push('models:');
      for (let i = 0, k = 1 + Math.floor(rnd() * 4); i < k; i++) {
        const ks = [...new Set(Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(keys)))];
        ks.forEach((key, j) =>
          lines.push(`${' '.repeat(indent)}${j === 0 ? '- ' : '  '}${key}: ${value()}${rnd() < 0.1 ? '  ' : ''}`),
        );
        if (rnd() < 0.2) lines.push(rnd() < 0.5 ? '' : `${' '.repeat(indent)}# note`);
      }
      if (rnd() < 0.2) lines.push(`other: ${value()}`);
      if (same(lines.join('\n') + (rnd() < 0.8 ? '\n' : ''))) fast++;
    }
    // both paths are exercised
    expect(fast).toBeGreaterThan(20);
    expect(fast).toBeLessThan(400);
  });
});
