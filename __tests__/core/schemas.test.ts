import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const dir = join(process.cwd(), 'schemas');

function compileStrict(schema: object): void {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
  addFormatsModule.default(ajv);
  ajv.compile(schema);
}
const names = readdirSync(dir).filter((f) => f.endsWith('.schema.json'));

/** Every property of every object in a schema, with its JSON path. */
function properties(node: unknown, path: string, out: Array<[string, Record<string, unknown>]>): void {
  if (!node || typeof node !== 'object') return;
  const n = node as Record<string, unknown>;
  for (const [k, v] of Object.entries((n.properties as Record<string, unknown>) ?? {})) {
    out.push([`${path}.${k}`, v as Record<string, unknown>]);
    properties(v, `${path}.${k}`, out);
  }
  for (const key of ['items', 'additionalProperties'])
    if (n[key] && typeof n[key] === 'object') properties(n[key], `${path}[]`, out);
  for (const [k, v] of Object.entries((n.$defs as Record<string, unknown>) ?? {})) properties(v, `${path}#${k}`, out);
}

describe('schemas/', () => {
  it.each(names)('%s is JSON Schema 2020-12, compiles in strict mode, and describes every property', (name) => {
    const schema = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(() => compileStrict(schema)).not.toThrow();
    const props: Array<[string, Record<string, unknown>]> = [];
    properties(schema, '', props);
    expect(props.length).toBeGreaterThan(3);
    const undescribed = props
      .filter(([, p]) => typeof p.description !== 'string' || !p.description.trim())
      .map(([k]) => k);
    expect(undescribed).toEqual([]);
  });
});
