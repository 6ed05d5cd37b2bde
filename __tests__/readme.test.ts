import { afterAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { loadCatalog } from '../src/catalog/catalog.js';
import { MAX_FILE_BYTES, MAX_NOTEBOOK_BYTES } from '../src/discover/files.js';
import { UNANALYZED_LANGUAGES } from '../src/discover/languages.js';
import { parseManifest } from '../src/core/manifest.js';
import { MAX_LINEAGE_DEPTH, MAX_LINEAGE_LOOKUPS, MAX_LINEAGE_MODELS } from '../src/engine/resolve.js';
import { CACHE_MAX_ENTRIES } from '../src/hub/cache.js';
import { DEFAULT_MAX_RESPONSE_BYTES } from '../src/hub/client.js';
import { loadPolicy } from '../src/policy/load.js';
import { runPolicyTests } from '../src/cli/policy-test.js';
import { MAX_POLICY_FILES } from '../src/policy/load.js';
import { DEFAULT_MENTIONS } from '../src/policy/merge.js';
import { RULES } from '../src/rules/index.js';
import { DEFAULT_MAX_REFERENCES, DEFAULT_TIME_BUDGET_MS } from '../src/scanners/index.js';
import { tmpTree } from './helpers/tmp.js';

const root = process.cwd();
const text = (...p: string[]) => readFileSync(join(root, ...p), 'utf8');
const readme = text('README.md');
const trees: Array<() => void> = [];
afterAll(() => trees.forEach((f) => f()));

/** The fenced block of `lang` that follows `heading` in the README. */
function block(heading: string, lang: string): string {
  const at = readme.indexOf(`\n## ${heading}\n`);
  expect(at).toBeGreaterThanOrEqual(0);
  return new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(readme.slice(at))![1];
}

describe('README: a first page for a first-time user', () => {
  it('is at most 20 KB', () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(20 * 1024);
  });

  it('opens with the two quick-start commands, and says why the first exits 1', () => {
    const lines = /## Quick start\n\n```sh\n([\s\S]*?)```/.exec(readme)![1].trim().split('\n');
    expect(lines).toEqual(['npm ci && npx model-gate check examples/chat-app --policy default', 'npm test']);
    expect(readme).toContain('it exits 1, because the example loads MusicGen, whose weights are non-commercial');
  });

  it('gives a workflow with permissions, a checkout and the action, and says v1 is not tagged yet: pin a commit', () => {
    const wf = load(block('Add it to a workflow', 'yaml')) as {
      on: Record<string, unknown>;
      permissions: Record<string, string>;
      jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, string> }> }>;
    };
    expect(wf.on).toHaveProperty('pull_request');
    expect(wf.permissions).toEqual({ contents: 'read', checks: 'write', 'pull-requests': 'write' });
    const steps = Object.values(wf.jobs)[0].steps.map((s) => s.uses);
    expect(steps[0]).toMatch(/^actions\/checkout@v\d+$/);
    expect(steps[1]).toBe('model-gate/model-gate@v1');
    expect(readme).toContain(
      'No release is tagged yet: until `v1` exists, use `uses: model-gate/model-gate@<full 40-character sha>`',
    );
  });

  it('shows a manifest and a policy that model-gate accepts', async () => {
    expect(parseManifest(block('Declare your models', 'yaml'), 'models.yaml').entries.map((m) => m.id)).toEqual([
      'meta-llama/Llama-3.1-8B-Instruct',
    ]);
    const t = tmpTree({ 'policy.yml': block('Write a policy', 'yaml') });
    trees.push(t.remove);
    const policy = await loadPolicy('policy.yml', {
      cwd: t.dir,
      catalog: loadCatalog(),
      now: new Date('2026-12-01T00:00:00Z'),
    });
    expect(policy.name).toBe('acme-production');
    expect(policy.rules['provenance.unpinned']).toBe('block');
  });

  it('gives policy tests that pass when copied, against the policy it shows', async () => {
    const t = tmpTree({
      '.github/model-policy.yml': block('Write a policy', 'yaml'),
      'policy-tests.yml': /```yaml\n(# policy-tests\.yml\n[\s\S]*?)```/.exec(readme)![1],
    });
    trees.push(t.remove);
    expect(readme).toContain('`model-gate test .github/model-policy.yml policy-tests.yml`');
    const r = await runPolicyTests('.github/model-policy.yml', 'policy-tests.yml', { cwd: t.dir });
    expect([r.passed, r.failed]).toEqual([2, 0]);
  });

  it('names the public surface: every rule, license category, policy setting, report field, input and output', () => {
    for (const r of RULES)
      expect(readme).toContain(`| [\`${r.meta.id}\`](docs/rules/${r.meta.id}.md) | ${r.meta.defaultSeverity} |`);
    interface Node {
      properties?: Record<string, Node>;
      items?: Node;
      enum?: string[];
    }
    const policy = JSON.parse(text('schemas', 'policy.schema.json')) as Node;
    const settings = Object.entries(policy.properties!).flatMap(([k, v]) =>
      k === 'rules' || k === '$schema' ? [k] : [k, ...Object.keys(v.properties ?? v.items?.properties ?? {})],
    );
    // every setting the policy example of CONTRACT.md shows (the rest: docs/policy.md's reference)
    for (const k of settings.filter((k) => !['$schema', 'ticket', 'paths', 'annual_revenue_usd'].includes(k)))
      expect([k, readme.includes(`${k}:`)]).toEqual([k, true]);
    const categories = policy.properties!.licenses.properties!.allow_categories.items!.enum!;
    expect(readme).toContain(`License categories: ${categories.map((c) => `\`${c}\``).join(', ')}.`);
    for (const f of ['version', 'verdict', 'policy', 'models', 'mentions', 'id', 'status', 'license'])
      expect(readme).toContain(`\`${f}\``);
    for (const f of ['license_source', 'declared', 'new', 'locations', 'findings', 'rule', 'severity', 'waived'])
      expect(readme).toContain(`\`${f}\``);
    const action = text('action.yml');
    const section = (name: string) => action.split(`\n${name}:\n`)[1].split(/\n\S/)[0];
    const names = (name: string) => [...section(name).matchAll(/^ {2}([\w-]+):$/gm)].map((m) => m[1]);
    for (const name of names('inputs')) expect([name, readme.includes(`| \`${name}\` |`)]).toEqual([name, true]);
    for (const name of names('outputs')) expect([name, readme.includes(`\`${name}\``)]).toEqual([name, true]);
  });

  it('gives the CLI synopsis and the exit codes', () => {
    const synopsis = block('The CLI', '');
    for (const cmd of ['check [DIR]', 'explain MODEL', 'validate POLICY', 'test POLICY', 'inventory REPORT.json...'])
      expect(synopsis).toContain(`model-gate ${cmd}`);
    for (const flag of [
      '--policy',
      '--manifest',
      '--format text|json|markdown|sarif|cyclonedx',
      '--output',
      '--base',
      '--offline',
    ])
      expect(synopsis).toContain(flag);
    for (const code of ['| 0 | pass |', '| 1 | fail:', '| 2 | usage, configuration or input error:'])
      expect(readme).toContain(code);
  });

  it('links every docs page in its Documentation list', () => {
    const list = readme.slice(readme.indexOf('\n## Documentation\n'));
    const pages = [
      ...readdirSync(join(root, 'docs'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `docs/${f}`),
      'docs/rules/README.md',
      'CONTRIBUTING.md',
      'CHANGELOG.md',
      'LICENSE',
    ];
    for (const p of pages) expect([p, list.includes(`](${p})`)]).toEqual([p, true]);
  });
});

describe('docs/', () => {
  it('docs/rules/README.md links every rule to its page, with its default severity', () => {
    const index = text('docs', 'rules', 'README.md');
    for (const r of RULES)
      expect(index).toContain(`| [\`${r.meta.id}\`](${r.meta.id}.md) | ${r.meta.defaultSeverity} |`);
  });

  it('docs/policy.md holds the merge table and the policy reference of every rule', () => {
    const policy = text('docs', 'policy.md');
    expect(policy).toContain('| setting | merge along `extends` | may be loosened through `governance.overridable` |');
    for (const r of RULES) expect(policy).toContain(`| \`rules.${r.meta.id}\` |`);
  });

  it("docs/policy.md's table of default mention globs is DEFAULT_MENTIONS, no more, no less", () => {
    const doc = text('docs', 'policy.md');
    const table = doc.slice(doc.indexOf('The default globs:'), doc.indexOf('`scan.mentions` replaces this list'));
    const documented = [...table.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    expect(documented.sort()).toEqual([...DEFAULT_MENTIONS].sort());
  });

  it("docs/scanners.md's table of code no scanner analyses is UNANALYZED_LANGUAGES", () => {
    const doc = text('docs', 'scanners.md');
    const table = doc.slice(doc.indexOf('| language | extensions |'), doc.indexOf('## Across files'));
    const rows = [...table.matchAll(/^\| ([^|]+) \| ([^|]+) \|$/gm)].slice(2);
    expect(rows.map((r) => [r[1].trim(), [...r[2].matchAll(/`\.([^`]+)`/g)].map((m) => m[1])])).toEqual(
      UNANALYZED_LANGUAGES.map((l) => [l.language, [...l.extensions]]),
    );
  });

  it('docs/catalog.md states the catalog counts that the data has', () => {
    const c = loadCatalog();
    const doc = text('docs', 'catalog.md');
    const m =
      /It holds (\d+) licenses and (\d+) models in (\d+) families from (\d+) publishers, plus (\d+) family rules, (\d+) re-upload rules and (\d+) Ollama library names\./.exec(
        doc,
      )!;
    expect(Number(m[1])).toBe(c.licenses.length);
    expect(Number(m[2])).toBe(c.models.length);
    expect(Number(m[3])).toBe(new Set(c.models.map((x) => x.family)).size);
    expect(Number(m[4])).toBe(new Set(c.models.map((x) => x.publisher)).size);
    expect(Number(m[5])).toBe(c.rules.families?.length);
    expect(Number(m[6])).toBe(c.rules.reuploads?.reuploads.length);
    expect(Number(m[7])).toBe(c.rules.ollama?.ollama.length);
  });

  it('docs/action.md lists every action input and output of action.yml', () => {
    const action = text('action.yml');
    const doc = text('docs', 'action.md');
    const section = (name: string) => action.split(`\n${name}:\n`)[1].split(/\n\S/)[0];
    const names = (name: string) => [...section(name).matchAll(/^ {2}([\w-]+):$/gm)].map((m) => m[1]);
    expect(names('inputs').length).toBeGreaterThan(10);
    for (const name of [...names('inputs'), ...names('outputs')])
      expect([name, doc.includes(`| \`${name}\``)]).toEqual([name, true]);
  });

  it('docs/cli.md names every field of the JSON report (schemas/report.schema.json)', () => {
    interface Node {
      properties?: Record<string, Node>;
      items?: Node;
      $ref?: string;
    }
    const schema = JSON.parse(text('schemas', 'report.schema.json')) as Node & { $defs: Record<string, Node> };
    const fields = new Set<string>();
    const walk = (n: Node | undefined, seen: Set<string>) => {
      if (!n) return;
      if (n.$ref) {
        const name = n.$ref.replace('#/$defs/', '');
        if (!seen.has(name)) walk(schema.$defs[name], new Set([...seen, name]));
      }
      for (const [k, v] of Object.entries(n.properties ?? {})) {
        fields.add(k);
        walk(v, seen);
      }
      walk(n.items, seen);
    };
    walk(schema, new Set());
    expect(fields.size).toBeGreaterThan(30);
    const doc = text('docs', 'cli.md');
    for (const f of fields) expect([f, doc.includes(`\`${f}\``)]).toEqual([f, true]);
    // The contract's example and the fields users script against.
    for (const f of ['license_source', 'mentions']) expect(doc).toContain(`"${f}"`);
  });

  it('docs/security.md states the limits the code has', () => {
    const doc = text('docs', 'security.md');
    const mib = (n: number) => `${n / (1024 * 1024)} MiB`;
    for (const s of [
      `| a file the scan reads (code, the manifest) | ${mib(MAX_FILE_BYTES)}; a Jupyter notebook ${mib(MAX_NOTEBOOK_BYTES)} `,
      `| one scanner on one file | ${DEFAULT_TIME_BUDGET_MS / 1000} s,`,
      `| references one scanner returns for one file | ${DEFAULT_MAX_REFERENCES.toLocaleString('en-US')} |`,
      `${MAX_POLICY_FILES} files |`,
      `| lineage of one model | ${MAX_LINEAGE_DEPTH} levels, ${MAX_LINEAGE_MODELS} base models |`,
      `| Hub lookups of base models per run | ${MAX_LINEAGE_LOOKUPS} |`,
      `whole answer in 30 s, ${mib(DEFAULT_MAX_RESPONSE_BYTES)} |`,
      `${CACHE_MAX_ENTRIES.toLocaleString('en-US')} entries |`,
    ])
      expect(doc).toContain(s);
  });
});
