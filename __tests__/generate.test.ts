import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The parts of a JSON schema these tests read (a missing one fails the test). */
interface SchemaNode {
  properties: Record<string, SchemaNode>;
  items: SchemaNode;
  enum: unknown[];
  $defs: Record<string, SchemaNode>;
}

const repo = process.cwd();
const tmps: string[] = [];
afterAll(() => tmps.forEach((d) => rmSync(d, { recursive: true, force: true })));

function generate(root: string, ...args: string[]): { status: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [join(repo, '.ci', 'generate.mjs'), '--root', root, ...args], {
    encoding: 'utf8',
  });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

/** A copy of what the generator reads and writes, with the repository's node_modules. */
function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'model-gate-generate-'));
  tmps.push(dir);
  for (const p of ['src', 'schemas', 'policies', 'docs', 'README.md', 'package.json'])
    cpSync(join(repo, p), join(dir, p), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

describe('npm run generate', () => {
  it('the committed files are what the rule modules and schemas generate', () => {
    const r = generate(repo, '--check');
    expect(r.err).toBe('');
    expect(r.status).toBe(0);
  });

  it('a new rule module is the only file to write: the list, the schemas, the default policy and the docs tables follow', () => {
    const dir = copy();
    writeFileSync(
      join(dir, 'src', 'rules', 'use-field-of-use.ts'),
      [
        "import { defineRule, type RuleResult } from './types.js';",
        '',
        'export const useFieldOfUse = defineRule({',
        "  meta: { id: 'use.field-of-use', description: 'The license limits the fields the model may be used in.', help: 'Check the field.', defaultSeverity: 'warn' },",
        '  evaluate(): RuleResult[] {',
        '    return [];',
        '  },',
        '});',
        '',
      ].join('\n'),
    );
    const stale = generate(dir, '--check');
    expect(stale.status).toBe(1);
    expect(stale.err.trim().split('\n')).toHaveLength(1);
    expect(stale.err).toMatch(
      /^generated files are stale \(src\/rules\/index\.ts, schemas\/policy\.schema\.json, .*\): run npm run generate$/m,
    );

    expect(generate(dir).status).toBe(0);
    const index = readFileSync(join(dir, 'src', 'rules', 'index.ts'), 'utf8');
    // After the last rule of its group, before the next group.
    expect(index).toMatch(/ {2}useRestrictions,\n {2}useFieldOfUse,\n {2}obligationAttribution,/);
    const policy = JSON.parse(readFileSync(join(dir, 'schemas', 'policy.schema.json'), 'utf8')) as SchemaNode;
    expect(policy.properties.rules.properties['use.field-of-use']).toEqual({
      enum: ['block', 'warn', 'off'],
      description: 'The license limits the fields the model may be used in. Default: warn.',
    });
    expect(policy.properties.governance.properties.overridable.items.enum).toContain('rules.use.field-of-use');
    expect(policy.properties.exceptions.items.properties.rules.items.enum).toContain('use.field-of-use');
    const report = JSON.parse(readFileSync(join(dir, 'schemas', 'report.schema.json'), 'utf8')) as SchemaNode;
    expect(report.$defs.finding.properties.rule.enum).toContain('use.field-of-use');
    expect(readFileSync(join(dir, 'policies', 'default.yml'), 'utf8')).toContain(
      '  use.restrictions: warn\n  use.field-of-use: warn\n',
    );
    const rulesIndex = readFileSync(join(dir, 'docs', 'rules', 'README.md'), 'utf8');
    expect(rulesIndex).toContain(
      '| [`use.field-of-use`](use.field-of-use.md) | warn | The license limits the fields the model may be used in. |',
    );
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain(
      '| [`use.field-of-use`](docs/rules/use.field-of-use.md) | warn |',
    );
    const policyDoc = readFileSync(join(dir, 'docs', 'policy.md'), 'utf8');
    expect(policyDoc).toContain(
      '| `rules.use.field-of-use` | `block` \\| `warn` \\| `off` | The license limits the fields the model may be used in. Default: warn. |',
    );
  });

  it('refuses a module whose file name does not match its rule id', () => {
    const dir = copy();
    const text = readFileSync(join(dir, 'src', 'rules', 'use-region.ts'), 'utf8');
    writeFileSync(join(dir, 'src', 'rules', 'use-region.ts'), text.replace("id: 'use.region'", "id: 'use.regions'"));
    const r = generate(dir, '--check');
    expect(r.status).toBe(1);
    expect(r.err.trim()).toBe(
      'generate: src/rules/use-region.ts: the module of rule use.regions must be named use-regions.ts',
    );
  });

  it('refuses a docs page that lost its markers, naming the page', () => {
    const dir = copy();
    const page = join(dir, 'docs', 'policy.md');
    writeFileSync(page, readFileSync(page, 'utf8').replace('<!-- merge-table:end -->', ''));
    const r = generate(dir, '--check');
    expect(r.status).toBe(1);
    expect(r.err.trim()).toBe(
      'generate: docs/policy.md has no <!-- merge-table:start ... <!-- merge-table:end --> markers',
    );
  });
});
