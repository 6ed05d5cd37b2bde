import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../src/core/errors.js';
import { parseYamlWithPositions, positionOf } from '../../src/core/yaml.js';

function err(text: string, path = 'p.yml'): UserError {
  try {
    parseYamlWithPositions(text, path, 'policy');
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return e as UserError;
  }
  throw new Error('no error');
}

describe('parseYamlWithPositions', () => {
  it('records the line and column of keys and values by JSON pointer', () => {
    const doc = parseYamlWithPositions('a: 1\nmodels:\n  - id: x\n    license: mit\n  - id: "y/z"\n', 'm.yml');
    expect(doc.value).toEqual({ a: 1, models: [{ id: 'x', license: 'mit' }, { id: 'y/z' }] });
    expect(positionOf(doc, '/models/0')).toEqual({ line: 3, column: 5 });
    expect(positionOf(doc, '/models/0/license')).toEqual({ line: 4, column: 14 });
    expect(positionOf(doc, '/models/0/license', true)).toEqual({ line: 4, column: 5 });
    expect(positionOf(doc, '/models/1/id')).toEqual({ line: 5, column: 9 });
    // An unknown pointer falls back to its nearest known ancestor.
    expect(positionOf(doc, '/models/1/nothing/deeper')).toEqual({ line: 5, column: 5 });
  });

  it('parses JSON with positions too', () => {
    const doc = parseYamlWithPositions(
      '{\n  "components": [\n    {"type": "machine-learning-model"}\n  ]\n}\n',
      'bom.json',
    );
    expect(positionOf(doc, '/components/0/type').line).toBe(3);
  });

  it('keeps YAML 1.2 core semantics: dates and yes/on stay strings', () => {
    const doc = parseYamlWithPositions('d: 2027-06-30\ny: yes\n', 'x.yml');
    expect(doc.value).toEqual({ d: '2027-06-30', y: 'yes' });
  });

  it('rejects duplicate keys with their line', () => {
    const e = err('version: 1\nname: a\nname: b\n');
    expect(e.items[0]).toMatchObject({ path: 'p.yml', line: 3, column: 1 });
    expect(e.message).toMatch(/^p\.yml:3:1: duplicated mapping key/);
  });

  it('reports every duplicate key, each at its line, naming the first', () => {
    expect(err('version: 1\nname: a\nversion: 1\nrules:\n  x: 1\n  x: 2\nname: b\n').message.split('\n')).toEqual([
      'p.yml:3:1: duplicated mapping key "version" (first at line 1): each key may appear once; remove or merge the repeated key',
      'p.yml:6:3: duplicated mapping key "x" (first at line 5): each key may appear once; remove or merge the repeated key',
      'p.yml:7:1: duplicated mapping key "name" (first at line 2): each key may appear once; remove or merge the repeated key',
    ]);
  });

  it('reports malformed YAML as file:line:col', () => {
    const e = err('licenses:\n  allow: [mit, apache-2.0\nrules: {}\n');
    expect(e.message).toMatch(/^p\.yml:\d+:\d+: invalid YAML: /);
    expect(e.message.split('\n')).toHaveLength(1);
  });

  it('says to quote a value with ": " in it, or one that starts with "@", where the parser speaks of indentation', () => {
    expect(
      err(
        'version: 1\nexceptions:\n  - models: [acme/legacy-*]\n    reason: Vendor contract: LEGAL-123 # signed\n    expires: 2027-06-30\n',
      ).message,
    ).toBe(
      'p.yml:4:28: invalid YAML: bad indentation of a mapping entry; a value that contains ": " must be quoted: reason: "Vendor contract: LEGAL-123"',
    );
    expect(
      err('version: 1\nexceptions:\n  - models: [a/b]\n    reason: LEGAL-1\n    approved_by: @acme/legal\n').message,
    ).toBe(
      'p.yml:5:18: invalid YAML: bad indentation of a mapping entry; a value cannot start with "@" unquoted: approved_by: "@acme/legal"',
    );
    // other mistakes keep the parser's words alone
    expect(err('licenses:\n  allow: [mit, apache-2.0\nrules: {}\n').message).not.toMatch(/quoted/);
  });

  it('refuses an alias bomb quickly', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 12; i++) {
      const prev = String.fromCharCode(97 + i);
      const next = String.fromCharCode(98 + i);
      lines.push(`${next}: &${next} [${Array(10).fill(`*${prev}`).join(',')}]`);
    }
    const start = Date.now();
    const e = err(lines.join('\n') + '\n');
    expect(Date.now() - start).toBeLessThan(2000);
    expect(e.message).toMatch(/alias/i);
    expect(e.items[0].line).toBeGreaterThan(0);
  });

  it('refuses empty, comment-only and binary files', () => {
    expect(err('').message).toBe('p.yml:1:1: policy is empty; write the policy or remove the file');
    expect(err('# nothing here\n\n').message).toMatch(/is empty/);
    expect(err('version: 1\u0000\u0001').message).toMatch(/binary/);
  });

  it('refuses huge files without parsing them', () => {
    const big = 'a: ' + 'x'.repeat(3 * 1024 * 1024);
    expect(err(big).message).toMatch(/larger than 2 MiB/);
  });

  it('refuses several documents in one file', () => {
    expect(err('a: 1\n---\nb: 2\n').message).toMatch(/expected one YAML document, found 2/);
  });
});
