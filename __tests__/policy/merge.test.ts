import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../src/core/errors.js';
import { parseYamlWithPositions } from '../../src/core/yaml.js';
import {
  DEFAULT_MENTIONS,
  MERGE_TABLE,
  mergePolicyFiles,
  type PolicyFile,
  type RawPolicy,
} from '../../src/policy/merge.js';
import { testCatalog } from '../helpers/catalog.js';
import { errorOf } from '../helpers/tmp.js';

const catalog = testCatalog();
const now = new Date('2026-11-28T10:00:00Z');

/** A chain of files (parents first), named a.yml, b.yml, ... */
function chain(...texts: string[]): PolicyFile[] {
  return texts.map((text, i) => {
    const display = `${String.fromCharCode(97 + i)}.yml`;
    const doc = parseYamlWithPositions(`version: 1\n${text}`, display, 'policy');
    return { display, isDefault: false, doc, raw: doc.value as RawPolicy };
  });
}

const merge = (...texts: string[]) => mergePolicyFiles(chain(...texts), catalog, now);
const errors = async (...texts: string[]) => {
  const e = await errorOf(() => merge(...texts));
  expect(e).toBeInstanceOf(UserError);
  return e.message.split('\n');
};

/** Every setting a policy file can hold, from the schema: `group.key`, `rules.*`, `exceptions`, `name`. */
function schemaSettings(): string[] {
  const schema = JSON.parse(readFileSync(join(process.cwd(), 'schemas', 'policy.schema.json'), 'utf8')) as {
    properties: Record<string, { type?: string; properties?: Record<string, unknown> }>;
  };
  return Object.entries(schema.properties).flatMap(([key, s]) => {
    if (['$schema', 'version', 'extends'].includes(key)) return [];
    if (key === 'rules') return ['rules.*'];
    if (s.type === 'object' && s.properties) return Object.keys(s.properties).map((k) => `${key}.${k}`);
    return [key];
  });
}

describe('the merge table', () => {
  it('has one row for every setting of the policy schema, and none for a setting the schema lacks', () => {
    const rows = MERGE_TABLE.flatMap((r) => [r.path, ...(r.with ?? [])]);
    expect(new Set(rows).size).toBe(rows.length);
    expect([...rows].sort()).toEqual(schemaSettings().sort());
  });

  it('accumulate: lists join along the chain; a list the parent lets loosen is replaced', () => {
    expect(merge('licenses:\n  deny: [mit]\n', 'licenses:\n  deny: [gpl-3.0]\n').licenses.deny).toEqual([
      'mit',
      'gpl-3.0',
    ]);
    const loosened = merge(
      'licenses:\n  deny: [mit]\ngovernance:\n  overridable: [licenses.deny]\n',
      'licenses:\n  deny: [gpl-3.0]\n',
    );
    expect(loosened.licenses.deny).toEqual(['gpl-3.0']);
    expect(loosened.origins['licenses.deny']).toMatchObject({ path: 'b.yml', line: 3 });
  });

  it('stricter: a child may tighten; loosening is an error at its line unless overridable', async () => {
    expect(
      merge('use:\n  monthly_active_users: 10\n', 'use:\n  monthly_active_users: 20\n').use.monthly_active_users,
    ).toBe(20);
    expect(await errors('openness:\n  minimum: open-source\n', 'openness:\n  minimum: open-weights\n')).toEqual([
      "b.yml:3:12: minimum: open-weights would loosen openness.minimum set by a.yml:3, which its governance.overridable does not allow; remove it or ask the parent policy's owners",
    ]);
    expect(
      merge(
        'openness:\n  minimum: open-source\ngovernance:\n  overridable: [openness.minimum]\n',
        'openness:\n  minimum: open-weights\n',
      ).openness.minimum,
    ).toBe('open-weights');
  });

  it('stricter: use.annual_revenue_usd may only grow along the chain, unless overridable', async () => {
    expect(
      merge('use:\n  annual_revenue_usd: 500000\n', 'use:\n  annual_revenue_usd: 2000000\n').use.annual_revenue_usd,
    ).toBe(2_000_000);
    expect(await errors('use:\n  annual_revenue_usd: 2000000\n', 'use:\n  annual_revenue_usd: 500000\n')).toEqual([
      "b.yml:3:23: annual_revenue_usd: 500000 would loosen use.annual_revenue_usd set by a.yml:3, which its governance.overridable does not allow; remove it or ask the parent policy's owners",
    ]);
    expect(
      merge(
        'use:\n  annual_revenue_usd: 2000000\ngovernance:\n  overridable: [use.annual_revenue_usd]\n',
        'use:\n  annual_revenue_usd: 500000\n',
      ).use.annual_revenue_usd,
    ).toBe(500_000);
  });

  it("governance: a policy's overridable list binds its children, also for what it inherited from a looser parent", async () => {
    // default -> org -> repository: `default` lets its children loosen anything, the organisation only one rule.
    const root =
      'rules:\n  license.unknown: block\nuse:\n  commercial: true\ngovernance:\n  overridable: [rules, use.commercial]\n';
    const org = 'governance:\n  overridable: [rules.provenance.unpinned]\n';
    expect(
      await errors(
        root,
        org,
        'rules:\n  provenance.unpinned: off\n  license.unknown: warn\nuse:\n  commercial: false\n',
      ),
    ).toEqual([
      'c.yml:4:20: license.unknown: warn would lower the severity block set by a.yml:3, which the governance.overridable of b.yml:3, between it and this file, does not allow; a child policy may only raise severities',
      "c.yml:6:15: commercial: false would loosen use.commercial set by a.yml:5, which the governance.overridable of b.yml:3, between it and this file, does not allow; remove it or ask the parent policy's owners",
    ]);
    // what the organisation lets loosen may be; a file in between without an overridable list binds nothing
    expect(merge(root, org, 'rules:\n  provenance.unpinned: off\n').rules['provenance.unpinned']).toBe('off');
    expect(merge(root, 'name: team\n', 'rules:\n  license.unknown: warn\n').rules['license.unknown']).toBe('warn');
    // the organisation itself may still loosen what `default` lets it
    expect(merge(root, 'rules:\n  license.unknown: warn\n' + org).rules['license.unknown']).toBe('warn');
  });

  it('strictest: the smallest exception_max_days holds, a larger one is ignored', () => {
    const p = merge(
      'governance:\n  exception_max_days: 30\n  local_exceptions: true\n',
      'governance:\n  exception_max_days: 90\n',
    );
    expect(p.governance.exception_max_days).toBe(30);
  });

  it('closes: a false local_exceptions cannot be reopened below', async () => {
    const lines = await errors(
      'governance:\n  local_exceptions: true\n',
      'governance:\n  local_exceptions: false\n',
      'governance:\n  local_exceptions: true\n',
      'exceptions:\n  - models: [a/*]\n    reason: why not\n    expires: 2026-12-01\n',
    );
    expect(lines).toEqual([
      "d.yml:3:5: this policy may not grant exceptions: b.yml:3 sets governance.local_exceptions: false; ask the parent policy's owners to add the exception there",
    ]);
  });

  it("child-only and replace: the name is the last file's own; scan.paths is the last one set", () => {
    const p = merge('name: org\nscan:\n  paths: [src/**]\n', 'scan:\n  ignore: [gen/**]\n');
    expect(p.name).toBe('b');
    expect(p.scan).toEqual({ paths: ['src/**'], ignore: ['gen/**'], mentions: [...DEFAULT_MENTIONS] });
  });
});
