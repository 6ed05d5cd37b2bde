import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../src/catalog/catalog.js';
import { RULES } from '../src/rules/index.js';

const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
const anchors = new Set(
  [...readme.matchAll(/^#{1,6} (.+)$/gm)].map((m) =>
    m[1].trim().toLowerCase().replace(/[^\w\- ]/g, '').replace(/ /g, '-'),
  ),
);
for (const m of readme.matchAll(/<a id="([^"]+)"><\/a>/g)) anchors.add(m[1]);

describe('README', () => {
  it('opens with the two quick-start commands', () => {
    const block = /## Quick start\n\n```sh\n([\s\S]*?)```/.exec(readme)![1].trim().split('\n');
    expect(block).toEqual(['npm ci && npx model-gate check examples/chat-app --policy default', 'npm test']);
  });

  it('documents every rule under its docs anchor, with a failing and a passing example', () => {
    for (const r of RULES) {
      const anchor = r.meta.docs.url.split('#')[1];
      expect(anchors).toContain(anchor);
      const section = readme.split(`### ${r.meta.id}\n`)[1]?.split('\n### ')[0] ?? '';
      expect(section).toMatch(/Fails:/);
      expect(section).toMatch(/Passes:/);
      expect(section).toContain(`Default: \`${r.meta.defaultSeverity}\``);
    }
  });

  it('states the catalog counts that the data has', () => {
    const c = loadCatalog();
    const m = /It holds (\d+) licenses and (\d+) models in (\d+) families from (\d+) publishers\./.exec(readme)!;
    expect(Number(m[1])).toBe(c.licenses.length);
    expect(Number(m[2])).toBe(c.models.length);
    expect(Number(m[3])).toBe(new Set(c.models.map((x) => x.family)).size);
    expect(Number(m[4])).toBe(new Set(c.models.map((x) => x.publisher)).size);
  });

  it('lists every action input and output of action.yml', () => {
    const action = readFileSync(join(process.cwd(), 'action.yml'), 'utf8');
    const section = (name: string) => action.split(`\n${name}:\n`)[1].split(/\n\S/)[0];
    for (const name of [...section('inputs').matchAll(/^ {2}([\w-]+):$/gm)].map((m) => m[1])) expect(readme).toContain(`| \`${name}\``);
    for (const name of [...section('outputs').matchAll(/^ {2}([\w-]+):$/gm)].map((m) => m[1])) expect(readme).toContain(`| \`${name}\``);
  });
});

describe('README rule examples are true of the shipped catalog', () => {
  const cases = RULES.map((r) => r.meta.id).filter((id) => !['manifest.undeclared', 'exception.expired', 'provenance.revision-not-found'].includes(id));
  it.each(cases)('%s: the failing example fails and the passing one passes', async (rule) => {
    const { load } = await import('js-yaml');
    const { evaluate } = await import('../src/core/evaluate.js');
    const { FactResolver } = await import('../src/core/resolve.js');
    const { kindOf } = await import('../src/core/manifest.js');
    const { loadPolicy } = await import('../src/policy/load.js');
    const { tmpTree } = await import('./helpers/tmp.js');
    const catalog = loadCatalog();
    const section = readme.split(`### ${rule}\n`)[1].split('\n### ')[0];
    const [failPart, passPart] = section.split('Passes:');
    const snippet = /policy: `([^`]+)`/.exec(failPart)?.[1];
    const t = tmpTree({ 'p.yml': `version: 1\nextends: [default]\nrules:\n  ${rule}: block\n${snippet ?? ''}\n` });
    try {
      const policy = await loadPolicy('p.yml', { cwd: t.dir, catalog });
      const findingsOf = async (block: string) => {
        const yaml = /```yaml\n([\s\S]*?)```/.exec(block)?.[1];
        if (!yaml) return undefined;
        const e = (load(yaml) as { models: Array<{ id: string; revision?: string; license?: string }> }).models[0];
        const facts = await new FactResolver(catalog).resolve({ id: e.id, kind: kindOf(e.id), revision: e.revision, manifestLicense: e.license });
        const loc = { path: 'models.yaml', line: 1 };
        const entry = { id: e.id, location: loc, ...(e.revision ? { revision: e.revision } : {}), ...(e.license ? { license: e.license } : {}) };
        return evaluate({ subjects: [{ facts, entry, references: [], location: loc, ...(e.revision ? { revision: e.revision } : {}) }], policy, catalog }).models[0].findings.map((f) => f.rule);
      };
      expect(await findingsOf(failPart)).toContain(rule);
      const passing = await findingsOf(passPart);
      if (passing) expect(passing).not.toContain(rule);
    } finally {
      t.remove();
    }
  });
});
