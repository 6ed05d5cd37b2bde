import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../src/catalog/catalog.js';
import { RULES } from '../src/rules/index.js';

const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');

describe('README', () => {
  it('opens with the two quick-start commands', () => {
    const block = /## Quick start\n\n```sh\n([\s\S]*?)```/.exec(readme)![1].trim().split('\n');
    expect(block).toEqual(['npm ci && npx model-gate check examples/chat-app --policy default', 'npm test']);
  });

  it('links every rule to its docs page', () => {
    for (const r of RULES) expect(readme).toContain(`| [\`${r.meta.id}\`](docs/rules/${r.meta.id}.md) | ${r.meta.defaultSeverity} |`);
  });

  it('states the catalog counts that the data has (docs/catalog.md)', () => {
    const c = loadCatalog();
    const doc = readFileSync(join(process.cwd(), 'docs', 'catalog.md'), 'utf8');
    const m = /It holds (\d+) licenses and (\d+) models in (\d+) families from (\d+) publishers, plus (\d+) family rules, (\d+) re-upload rules and (\d+) Ollama library names\./.exec(doc)!;
    expect(Number(m[1])).toBe(c.licenses.length);
    expect(Number(m[2])).toBe(c.models.length);
    expect(Number(m[3])).toBe(new Set(c.models.map((x) => x.family)).size);
    expect(Number(m[4])).toBe(new Set(c.models.map((x) => x.publisher)).size);
    expect(Number(m[5])).toBe(c.rules.families?.length);
    expect(Number(m[6])).toBe(c.rules.reuploads?.reuploads.length);
    expect(Number(m[7])).toBe(c.rules.ollama?.ollama.length);
  });

  it('lists every action input and output of action.yml', () => {
    const action = readFileSync(join(process.cwd(), 'action.yml'), 'utf8');
    const section = (name: string) => action.split(`\n${name}:\n`)[1].split(/\n\S/)[0];
    for (const name of [...section('inputs').matchAll(/^ {2}([\w-]+):$/gm)].map((m) => m[1])) expect(readme).toContain(`| \`${name}\``);
    for (const name of [...section('outputs').matchAll(/^ {2}([\w-]+):$/gm)].map((m) => m[1])) expect(readme).toContain(`| \`${name}\``);
  });
});
