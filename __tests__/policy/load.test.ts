import { afterEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, symlinkSync } from 'node:fs';
import { basename, join } from 'node:path';
import { load } from 'js-yaml';
import { UserError } from '../../src/core/errors.js';
import { validateDoc } from '../../src/core/validate.js';
import { parseYamlWithPositions } from '../../src/core/yaml.js';
import { loadPolicy, MAX_POLICY_FILES, shippedPolicyDoc, type RemotePolicyReader } from '../../src/policy/load.js';
import { EXCEPTION_REASON_PLACEHOLDER } from '../../src/policy/exceptions.js';
import { DEFAULT_MENTIONS } from '../../src/policy/merge.js';
import { RULES } from '../../src/rules/index.js';
import { testCatalog } from '../helpers/catalog.js';
import { errorOf, tmpTree } from '../helpers/tmp.js';

const catalog = testCatalog();
const now = new Date('2026-11-28T10:00:00Z');
let cleanup: Array<() => void> = [];
afterEach(() => {
  cleanup.forEach((f) => f());
  cleanup = [];
});

function tree(files: Record<string, string>) {
  const t = tmpTree(files);
  cleanup.push(t.remove);
  return t.dir;
}

async function errLines(dir: string, spec: string, remote?: RemotePolicyReader): Promise<string[]> {
  const e = await errorOf(() => loadPolicy(spec, { cwd: dir, catalog, now, remote }));
  expect(e).toBeInstanceOf(UserError);
  return e.message.split('\n');
}

describe('loading one policy', () => {
  it('takes its name from its own file, never from a parent', async () => {
    const dir = tree({ 'org.yml': 'version: 1\nname: org\n', 'team.yml': 'version: 1\nextends: [org.yml]\n' });
    expect((await loadPolicy('team.yml', { cwd: dir, catalog, now })).name).toBe('team');
  });

  it('rejects unknown governance settings and regions that are not EU or a country code', async () => {
    const dir = tree({
      'p.yml': 'version: 1\nuse:\n  regions: [Europe, DE]\ngovernance:\n  overridable: [rules.bogus, scan.ignore]\n',
    });
    const lines = await errLines(dir, 'p.yml');
    expect(lines[0]).toBe(
      'p.yml:3:13: /use/regions/0 the string "Europe" is not valid; expected EU, or a two-letter ISO 3166-1 country code such as US, DE, CN (an EU member state also counts as EU).',
    );
    expect(lines.slice(1).map((l) => l.slice(0, 40))).toEqual([
      'p.yml:5:17: /governance/overridable/0 mu',
      'p.yml:5:30: /governance/overridable/1 mu',
    ]);
  });

  it('lets a child set its own scan paths and ignores, whatever its parents govern', async () => {
    const dir = tree({
      'org.yml': 'version: 1\nscan:\n  ignore: [vendor2/**]\n',
      'repo.yml': 'version: 1\nextends: [org.yml]\nscan:\n  paths: [src/**]\n  ignore: [third_party/**]\n',
    });
    const p = await loadPolicy('repo.yml', { cwd: dir, catalog, now });
    expect(p.scan).toEqual({
      paths: ['src/**'],
      ignore: ['vendor2/**', 'third_party/**'],
      mentions: [...DEFAULT_MENTIONS],
    });
  });

  it("lets a child replace its parents' scan.mentions; [] evaluates every reference", async () => {
    const dir = tree({
      'org.yml': 'version: 1\nscan:\n  mentions: ["docs/**", "**/*.md"]\n',
      'repo.yml': 'version: 1\nextends: [org.yml]\nscan:\n  mentions: ["handbook/**"]\n',
      'strict.yml': 'version: 1\nextends: [org.yml]\nscan:\n  mentions: []\n',
      'plain.yml': 'version: 1\nextends: [org.yml]\n',
    });
    expect((await loadPolicy('repo.yml', { cwd: dir, catalog, now })).scan.mentions).toEqual(['handbook/**']);
    expect((await loadPolicy('strict.yml', { cwd: dir, catalog, now })).scan.mentions).toEqual([]);
    const plain = await loadPolicy('plain.yml', { cwd: dir, catalog, now });
    expect(plain.scan.mentions).toEqual(['docs/**', '**/*.md']);
    expect(plain.origins['scan.mentions']).toMatchObject({ path: 'org.yml', line: 3 });
  });

  it('fills defaults: every rule has its default severity', async () => {
    const dir = tree({ 'p.yml': 'version: 1\n' });
    const p = await loadPolicy('p.yml', { cwd: dir, catalog, now });
    expect(p.name).toBe('p');
    for (const r of RULES) expect(p.rules[r.meta.id]).toBe(r.meta.defaultSeverity);
    expect(p.licenses).toEqual({ deny: [], deny_categories: [], allow_layers: [] });
    expect(p.chain).toEqual(['p.yml']);
  });

  it('canonicalises license ids and records where each setting is written', async () => {
    const dir = tree({
      'p.yml':
        'version: 1\nname: acme\nlicenses:\n  allow: [Apache-2.0, MIT]\n  deny: [llama-3.1]\nrules:\n  provenance.unpinned: block\n',
    });
    const p = await loadPolicy('p.yml', { cwd: dir, catalog, now });
    expect(p.licenses.allow).toEqual(['apache-2.0', 'mit']);
    expect(p.licenses.deny).toEqual(['llama3.1']);
    expect(p.rules['provenance.unpinned']).toBe('block');
    expect(p.origins['rules.provenance.unpinned']).toEqual({ path: 'p.yml', line: 7, column: 24 });
    expect(p.origins['licenses.deny']).toMatchObject({ path: 'p.yml', line: 5 });
  });

  it('suggests the value meant for a wrong severity, rule id or governance path', async () => {
    const dir = tree({
      'p.yml': [
        'version: 1',
        'rules:',
        '  license.unknown: BLOCK',
        '  provenance.unpinned: warning',
        '  use.user-cap: error',
        'governance:',
        '  overridable: [rules.provenance.unpined]',
        'exceptions:',
        '  - models: [acme/legacy-*]',
        '    rules: [license.deny]',
        '    reason: Vendor contract LEGAL-123',
        '    expires: 2027-06-30',
        '',
      ].join('\n'),
    });
    expect(await errLines(dir, 'p.yml')).toEqual([
      'p.yml:3:20: /rules/license.unknown must be one of: "block", "warn", "off"; did you mean "block"?',
      'p.yml:4:24: /rules/provenance.unpinned must be one of: "block", "warn", "off"; did you mean "warn"?',
      'p.yml:5:17: /rules/use.user-cap must be one of: "block", "warn", "off"',
      'p.yml:7:17: /governance/overridable/0 the string "rules.provenance.unpined" is not one of the 37 allowed values; did you mean "rules.provenance.unpinned"?',
      'p.yml:10:13: /exceptions/0/rules/0 the string "license.deny" is not one of the 24 allowed values; did you mean "license.denied"?',
    ]);
  });

  it('reports schema errors as file:line:col, every one', async () => {
    const dir = tree({
      'p.yml':
        'version: 1\nlicences:\n  allow: [mit]\nrules:\n  license.unknwon: block\n  provenance.unpinned: maybe\nuse:\n  monthly_active_users: many\nexceptions:\n  - models: [a/*]\n    reason: r\n',
    });
    expect(await errLines(dir, 'p.yml')).toEqual([
      'p.yml:2:1: unknown key "licences" in /; did you mean "licenses"?',
      'p.yml:5:3: unknown key "license.unknwon" in /rules; did you mean "license.unknown"?',
      'p.yml:6:24: /rules/provenance.unpinned must be one of: "block", "warn", "off"',
      'p.yml:8:25: /use/monthly_active_users must be integer, not the string "many"',
      'p.yml:10:5: /exceptions/0 is missing the required key "expires"',
      'p.yml:11:13: /exceptions/0/reason must be at least 3 characters',
    ]);
  });

  it('suggests license ids by prefix, spelling and alias', async () => {
    const dir = tree({ 'p.yml': 'version: 1\nlicenses:\n  allow: [apache, llama31, cc-by-nc]\n' });
    expect(await errLines(dir, 'p.yml')).toEqual([
      'p.yml:3:11: unknown license id "apache" (did you mean "apache-2.0"?); `model-gate licenses` lists the ids',
      'p.yml:3:19: unknown license id "llama31" (did you mean "llama3.1"?); `model-gate licenses` lists the ids',
      'p.yml:3:28: unknown license id "cc-by-nc" (did you mean "cc-by-nc-4.0"?); `model-gate licenses` lists the ids',
    ]);
  });

  it('rejects an unknown license id with a suggestion', async () => {
    const dir = tree({ 'p.yml': 'version: 1\nlicenses:\n  allow:\n    - apache2.0\n    - made-up\n' });
    expect(await errLines(dir, 'p.yml')).toEqual([
      'p.yml:4:7: unknown license id "apache2.0" (did you mean "apache-2.0"?); `model-gate licenses` lists the ids',
      'p.yml:5:7: unknown license id "made-up"; `model-gate licenses` lists the ids',
    ]);
  });

  it('reports a missing file, an empty file, a directory and a wrong version', async () => {
    const dir = tree({ 'empty.yml': '', 'v2.yml': 'version: 2\n', 'sub/x': '' });
    expect(await errLines(dir, 'nope.yml')).toEqual(['nope.yml:1:1: cannot read policy nope.yml: no such file']);
    expect(await errLines(dir, 'empty.yml')).toEqual([
      'empty.yml:1:1: policy is empty; write the policy or remove the file',
    ]);
    expect(await errLines(dir, 'sub')).toEqual(['sub:1:1: policy sub is a directory, not a YAML file']);
    expect(await errLines(dir, 'v2.yml')).toEqual(['v2.yml:1:10: /version must be 1']);
  });

  it('loads the shipped default policy, which states every rule default', async () => {
    const p = await loadPolicy('default', { cwd: process.cwd(), now });
    expect(p.name).toBe('default');
    const raw = load(readFileSync(join(process.cwd(), 'policies', 'default.yml'), 'utf8')) as {
      rules: Record<string, string>;
    };
    expect(Object.keys(raw.rules).sort()).toEqual(RULES.map((r) => r.meta.id).sort());
    for (const r of RULES) expect(raw.rules[r.meta.id]).toBe(r.meta.defaultSeverity);
  });

  it('ships a default policy that its schema accepts, parsed at build time as a check would parse it', () => {
    const file = join(process.cwd(), 'policies', 'default.yml');
    const doc = parseYamlWithPositions(readFileSync(file, 'utf8'), 'policies/default.yml', 'policy');
    expect(() => validateDoc(doc, 'policy')).not.toThrow();
    // a check neither reads nor parses it: what it uses instead must be the same document, positions included
    expect(shippedPolicyDoc('policies/default.yml')).toEqual(doc);
  });
});

describe('extends (local)', () => {
  const base = [
    'version: 1',
    'name: org',
    'licenses:',
    '  allow: [apache-2.0, mit, llama3.1]',
    '  deny: [cc-by-nc-4.0]',
    'use:',
    '  commercial: true',
    '  monthly_active_users: 1000',
    'provenance:',
    '  trusted_publishers: [meta-llama, google]',
    'rules:',
    '  provenance.unpinned: block',
    'governance:',
    '  overridable: [rules.obligation.attribution]',
    '  local_exceptions: false',
    '  exception_max_days: 30',
    '',
  ].join('\n');

  it('merges a three-level chain, parents first', async () => {
    const dir = tree({
      'org/base.yml': base.replace('local_exceptions: false', 'local_exceptions: true'),
      'team/team.yml':
        'version: 1\nextends: [../org/base.yml]\nlicenses:\n  allow: [apache-2.0, mit]\n  deny: [gpl-3.0]\nuse:\n  regions: [EU]\n',
      'repo.yml':
        'version: 1\nname: repo\nextends: [team/team.yml]\nrules:\n  obligation.attribution: off\n  license.mismatch: block\nuse:\n  monthly_active_users: 5000\n',
    });
    const p = await loadPolicy('repo.yml', { cwd: dir, catalog, now });
    expect(p.chain).toEqual(['org/base.yml', 'team/team.yml', 'repo.yml']);
    expect(p.name).toBe('repo');
    expect(p.licenses.deny.sort()).toEqual(['cc-by-nc-4.0', 'gpl-3.0']);
    expect(p.licenses.allow_layers.map((l) => l.allow)).toEqual([
      ['apache-2.0', 'mit', 'llama3.1'],
      ['apache-2.0', 'mit'],
    ]);
    expect(p.use).toEqual({ commercial: true, monthly_active_users: 5000, regions: ['EU'] });
    expect(p.rules['obligation.attribution']).toBe('off');
    expect(p.rules['license.mismatch']).toBe('block');
    expect(p.rules['provenance.unpinned']).toBe('block');
    expect(p.origins['rules.provenance.unpinned']).toMatchObject({ path: 'org/base.yml', line: 12 });
    expect(p.origins['use.monthly_active_users']).toMatchObject({ path: 'repo.yml', line: 8 });
  });

  it('refuses loosening with the line, naming the parent setting', async () => {
    const dir = tree({
      'base.yml': base,
      'child.yml': [
        'version: 1',
        'extends: [base.yml]',
        'licenses:',
        '  allow: [apache-2.0, gpl-3.0]',
        'use:',
        '  commercial: false',
        '  monthly_active_users: 10',
        'provenance:',
        '  trusted_publishers: [meta-llama, randomuser]',
        'rules:',
        '  provenance.unpinned: warn',
        '',
      ].join('\n'),
    });
    expect(await errLines(dir, 'child.yml')).toEqual([
      'child.yml:4:23: allowing "gpl-3.0" would loosen licenses.allow set by base.yml:4, which its governance.overridable does not allow; remove it or ask the parent policy\'s owners',
      "child.yml:6:15: commercial: false would loosen use.commercial set by base.yml:7, which its governance.overridable does not allow; remove it or ask the parent policy's owners",
      "child.yml:7:25: monthly_active_users: 10 would loosen use.monthly_active_users set by base.yml:8, which its governance.overridable does not allow; remove it or ask the parent policy's owners",
      'child.yml:9:36: trusting "randomuser" would loosen provenance.trusted_publishers set by base.yml:10, which its governance.overridable does not allow; remove it or ask the parent policy\'s owners',
      'child.yml:11:24: provenance.unpinned: warn would lower the severity block set by base.yml:12, which its governance.overridable does not allow; a child policy may only raise severities',
    ]);
  });

  it('refuses lowering a rule default the parent did not mention', async () => {
    const dir = tree({
      'base.yml': 'version: 1\n',
      'child.yml': 'version: 1\nextends: [base.yml]\nrules:\n  license.unknown: off\n',
    });
    expect(await errLines(dir, 'child.yml')).toEqual([
      'child.yml:4:20: license.unknown: off would lower the severity block set by the rule default, which its governance.overridable does not allow; a child policy may only raise severities',
    ]);
  });

  it('allows a loosening the parent lists as overridable', async () => {
    const dir = tree({
      'base.yml':
        'version: 1\nrules:\n  provenance.unpinned: block\nlicenses:\n  allow: [apache-2.0]\ngovernance:\n  overridable: [rules.provenance.unpinned, licenses.allow]\n',
      'child.yml':
        'version: 1\nextends: [base.yml]\nrules:\n  provenance.unpinned: off\nlicenses:\n  allow: [apache-2.0, mit]\n',
    });
    const p = await loadPolicy('child.yml', { cwd: dir, catalog, now });
    expect(p.rules['provenance.unpinned']).toBe('off');
    expect(p.licenses.allow_layers.map((l) => l.allow)).toEqual([['apache-2.0', 'mit']]);
  });

  it('judges a loosening by the governance of the file that wrote the value', async () => {
    const dir = tree({
      'org.yml':
        'version: 1\nrules:\n  provenance.unpinned: warn\ngovernance:\n  overridable: [rules.provenance.unpinned]\n  local_exceptions: false\n',
      'team.yml':
        'version: 1\nextends: [org.yml]\nrules:\n  provenance.unpinned: block\ngovernance:\n  local_exceptions: true\n',
      'repo.yml':
        'version: 1\nextends: [team.yml]\nrules:\n  provenance.unpinned: warn\nexceptions:\n  - models: [a/*]\n    reason: because\n    expires: 2026-12-01\n',
      'direct.yml': 'version: 1\nextends: [org.yml]\nrules:\n  provenance.unpinned: off\n',
    });
    // The team tightened the rule and lets nobody loosen it; the org had allowed it, but no longer owns the value.
    // The org closed local exceptions: the team cannot reopen them.
    expect(await errLines(dir, 'repo.yml')).toEqual([
      'repo.yml:4:24: provenance.unpinned: warn would lower the severity block set by team.yml:4, which its governance.overridable does not allow; a child policy may only raise severities',
      "repo.yml:6:5: this policy may not grant exceptions: org.yml:6 sets governance.local_exceptions: false; ask the parent policy's owners to add the exception there",
    ]);
    const p = await loadPolicy('direct.yml', { cwd: dir, catalog, now });
    expect(p.rules['provenance.unpinned']).toBe('off');
  });

  it('grants local exceptions only when the parent allows them', async () => {
    const exc = 'exceptions:\n  - models: [acme/*]\n    reason: contract LEGAL-1\n    expires: 2026-12-20\n';
    const off = tree({ 'base.yml': base, 'child.yml': `version: 1\nextends: [base.yml]\n${exc}` });
    expect(await errLines(off, 'child.yml')).toEqual([
      "child.yml:4:5: this policy may not grant exceptions: base.yml:15 sets governance.local_exceptions: false; ask the parent policy's owners to add the exception there",
    ]);
    const on = tree({
      'base.yml': base.replace('local_exceptions: false', 'local_exceptions: true'),
      'child.yml': `version: 1\nextends: [base.yml]\n${exc}`,
    });
    const p = await loadPolicy('child.yml', { cwd: on, catalog, now });
    expect(p.exceptions).toEqual([
      {
        models: ['acme/*'],
        reason: 'contract LEGAL-1',
        expires: '2026-12-20',
        location: { path: 'child.yml', line: 4, column: 5 },
      },
    ]);
  });

  it('enforces exception_max_days from the parent and the file itself', async () => {
    const dir = tree({
      'base.yml': base.replace('local_exceptions: false', 'local_exceptions: true'),
      'child.yml':
        'version: 1\nextends: [base.yml]\nexceptions:\n  - models: [a/b]\n    reason: long one\n    expires: 2027-06-30\n',
      'solo.yml':
        'version: 1\ngovernance:\n  exception_max_days: 10\nexceptions:\n  - models: [a/b]\n    reason: long one\n    expires: 2026-12-31\n',
    });
    expect(await errLines(dir, 'child.yml')).toEqual([
      'child.yml:6:14: exception expires 2027-06-30, 214 days from today; governance.exception_max_days allows at most 30 days',
    ]);
    // A policy's own governance binds the policies extending it, not its own exceptions.
    expect((await loadPolicy('solo.yml', { cwd: dir, catalog, now })).exceptions).toHaveLength(1);
    const kid = tree({
      'solo.yml': 'version: 1\ngovernance:\n  exception_max_days: 10\n  local_exceptions: true\n',
      'kid.yml':
        'version: 1\nextends: [solo.yml]\nexceptions:\n  - models: [a/b]\n    reason: long one\n    expires: 2026-12-31\n',
    });
    expect(await errLines(kid, 'kid.yml')).toEqual([
      'kid.yml:6:14: exception expires 2026-12-31, 33 days from today; governance.exception_max_days allows at most 10 days',
    ]);
  });

  it("refuses an exception whose reason is still the suggested snippet's placeholder", async () => {
    const dir = tree({
      'pasted.yml': `version: 1\nexceptions:\n  - models: [a/b]\n    rules: [license.unknown]\n    reason: "${EXCEPTION_REASON_PLACEHOLDER}"\n    expires: 2026-12-31\n`,
      'written.yml':
        'version: 1\nexceptions:\n  - models: [a/b]\n    rules: [license.unknown]\n    reason: "Vendor contract LEGAL-42: replaces the old model"\n    expires: 2026-12-31\n',
    });
    expect(await errLines(dir, 'pasted.yml')).toEqual([
      'pasted.yml:5:13: the reason is still the placeholder of the suggested snippet; write why the model is needed and the ticket that approved it',
    ]);
    expect((await loadPolicy('written.yml', { cwd: dir, catalog, now })).exceptions).toHaveLength(1);
  });

  it('reports cycles, depth over 5 and missing parents, naming the chain', async () => {
    const dir = tree({
      'a.yml': 'version: 1\nextends: [b.yml]\n',
      'b.yml': 'version: 1\nextends: [./a.yml]\n',
      'd0.yml': 'version: 1\nextends: [d1.yml]\n',
      'd1.yml': 'version: 1\nextends: [d2.yml]\n',
      'd2.yml': 'version: 1\nextends: [d3.yml]\n',
      'd3.yml': 'version: 1\nextends: [d4.yml]\n',
      'd4.yml': 'version: 1\nextends: [d5.yml]\n',
      'd5.yml': 'version: 1\n',
      'm.yml': 'version: 1\nextends:\n  - missing.yml\n',
    });
    expect(await errLines(dir, 'a.yml')).toEqual(['b.yml:2:11: extends forms a cycle: a.yml → b.yml → a.yml']);
    expect(await errLines(dir, 'd0.yml')).toEqual([
      'd4.yml:2:11: extends is nested deeper than 5 levels: d0.yml → d1.yml → d2.yml → d3.yml → d4.yml → d5.yml',
    ]);
    expect(await errLines(dir, 'm.yml')).toEqual([
      'm.yml:3:5: cannot read policy missing.yml: no such file (extends chain: m.yml → missing.yml)',
    ]);
  });

  it('extends the shipped default policy by name', async () => {
    const dir = tree({ 'p.yml': 'version: 1\nextends: [default]\nuse:\n  monthly_active_users: 800000000\n' });
    const p = await loadPolicy('p.yml', { cwd: dir, now });
    expect(p.chain).toEqual(['policies/default.yml', 'p.yml']);
    expect(p.use.monthly_active_users).toBe(800000000);
    expect(p.licenses.deny_categories).toEqual(['non-commercial', 'research-only']);
  });
});

describe('extends (remote owner/repo/path@ref)', () => {
  it('reads parents through the reader, relative paths staying in the same repository and ref', async () => {
    const files: Record<string, string> = {
      'acme/.github/policies/models.yml@main':
        'version: 1\nextends: [./base.yml]\nrules:\n  provenance.unpinned: block\n',
      'acme/.github/policies/base.yml@main':
        'version: 1\nlicenses:\n  deny: [cc-by-nc-4.0]\ngovernance:\n  local_exceptions: true\n',
    };
    const calls: string[] = [];
    const remote: RemotePolicyReader = {
      read(owner, repo, path, ref) {
        const key = `${owner}/${repo}/${path}@${ref}`;
        calls.push(key);
        if (!(key in files)) return Promise.reject(new Error('404 Not Found'));
        return Promise.resolve(files[key]);
      },
    };
    const dir = tree({ 'p.yml': 'version: 1\nextends: [acme/.github/policies/models.yml@main]\n' });
    const p = await loadPolicy('p.yml', { cwd: dir, catalog, now, remote });
    expect(calls).toEqual(['acme/.github/policies/models.yml@main', 'acme/.github/policies/base.yml@main']);
    expect(p.chain).toEqual(['acme/.github/policies/base.yml@main', 'acme/.github/policies/models.yml@main', 'p.yml']);
    expect(p.licenses.deny).toEqual(['cc-by-nc-4.0']);
    expect(p.rules['provenance.unpinned']).toBe('block');
    const missing = tree({ 'p.yml': 'version: 1\nextends: [acme/.github/nope.yml@v1]\n' });
    expect(await errLines(missing, 'p.yml', remote)).toEqual([
      'p.yml:2:11: cannot read policy acme/.github/nope.yml@v1: 404 Not Found (extends chain: p.yml → acme/.github/nope.yml@v1)',
    ]);
    expect(await errLines(missing, 'p.yml')).toEqual([
      'p.yml:2:11: cannot read acme/.github/nope.yml@v1: no GitHub access (set GITHUB_TOKEN, or run inside the action) (extends chain: p.yml → acme/.github/nope.yml@v1)',
    ]);
  });
});

describe('reading policy files safely', () => {
  it('refuses a FIFO or a device as the policy or a parent, without blocking on it', async () => {
    const dir = tree({ 'p.yml': 'version: 1\nextends: [parent.yml]\n' });
    execFileSync('mkfifo', [join(dir, 'parent.yml')]);
    execFileSync('mkfifo', [join(dir, 'fifo.yml')]);
    expect(await errLines(dir, 'p.yml')).toEqual([
      'p.yml:2:11: policy parent.yml is a FIFO (named pipe), not a regular file; give the path of a YAML file (extends chain: p.yml → parent.yml)',
    ]);
    expect(await errLines(dir, 'fifo.yml')).toEqual([
      'fifo.yml:1:1: policy fifo.yml is a FIFO (named pipe), not a regular file; give the path of a YAML file',
    ]);
    // A policy given outside the repository may name any file, but a device is still not a policy.
    const outside = tree({ 'org.yml': 'version: 1\nextends: [/dev/zero]\n' });
    expect(await errLines(dir, join(outside, 'org.yml'))).toEqual([
      `${join(outside, 'org.yml')}:2:11: policy /dev/zero is a character device, not a regular file; give the path of a YAML file (extends chain: ${join(outside, 'org.yml')} → /dev/zero)`,
    ]);
  });

  it('keeps local parents of a repository policy inside the repository, and echoes nothing of a file outside', async () => {
    const outside = tree({
      'secret.yml': 'version: 1\nname: TOP-SECRET-CONTENT\n',
      'plain.txt': 'TOP-SECRET-CONTENT\n',
    });
    const dir = tree({
      'up.yml': `version: 1\nextends: [../${basename(outside)}/secret.yml]\n`,
      'abs.yml': `version: 1\nextends: [${join(outside, 'plain.txt')}]\n`,
      'deep/p.yml': 'version: 1\nextends: [../../x.yml]\n',
      'link.yml': 'version: 1\nextends: [linked.yml]\n',
      'ok/child.yml': 'version: 1\nextends: [../base.yml]\n',
      'base.yml': 'version: 1\nname: base\n',
    });
    symlinkSync(join(outside, 'secret.yml'), join(dir, 'linked.yml'));
    symlinkSync(join(outside, 'secret.yml'), join(dir, 'self.yml'));
    const up = await errLines(dir, 'up.yml');
    expect(up).toHaveLength(1);
    expect(up[0]).toMatch(
      /^up\.yml:2:11: extends ".*secret\.yml" leads outside the repository; a policy in the repository may extend only files inside it, default, or owner\/repo\/path@ref$/,
    );
    expect((await errLines(dir, 'abs.yml'))[0]).toMatch(
      /^abs\.yml:2:11: extends ".*plain\.txt" leads outside the repository/,
    );
    expect((await errLines(dir, 'deep/p.yml'))[0]).toMatch(
      /^deep\/p\.yml:2:11: extends ".*x\.yml" leads outside the repository/,
    );
    expect(await errLines(dir, 'link.yml')).toEqual([
      'link.yml:2:11: extends "linked.yml" is a symbolic link leading outside the repository; give the real path of the policy',
    ]);
    expect(await errLines(dir, 'self.yml')).toEqual([
      'self.yml:1:1: policy self.yml is a symbolic link leading outside the repository; give the real path of the policy',
    ]);
    for (const spec of ['up.yml', 'abs.yml', 'link.yml', 'self.yml'])
      expect((await errLines(dir, spec)).join('\n')).not.toMatch(/TOP-SECRET/);
    // Inside the repository, ../ is fine.
    expect((await loadPolicy('ok/child.yml', { cwd: dir, catalog, now })).chain).toEqual(['base.yml', 'ok/child.yml']);
  });

  it('lets a policy given outside the repository extend files outside it', async () => {
    const org = tree({
      'base.yml': 'version: 1\nname: base\nuse:\n  commercial: true\n',
      'policies/org.yml': 'version: 1\nextends: [../base.yml]\n',
    });
    const repo = tree({ 'models.yaml': 'models: []\n' });
    const p = await loadPolicy(join(org, 'policies', 'org.yml'), { cwd: repo, catalog, now });
    expect(p.use.commercial).toBe(true);
  });

  it(`reads at most ${MAX_POLICY_FILES} policy files for one policy, however wide its extends`, async () => {
    const files: Record<string, string> = {
      'p.yml': `version: 1\nextends: [${Array.from({ length: 30 }, (_, i) => `f${i}.yml`).join(', ')}]\n`,
    };
    for (let i = 0; i < 30; i++) files[`f${i}.yml`] = 'version: 1\n';
    const dir = tree(files);
    const lines = await errLines(dir, 'p.yml');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^p\.yml:2:\d+: extends reads more than 20 policy files \(at p\.yml → f19\.yml\); merge some of them$/,
    );
    files['p.yml'] = `version: 1\nextends: [${Array.from({ length: 19 }, (_, i) => `f${i}.yml`).join(', ')}]\n`;
    expect((await loadPolicy('p.yml', { cwd: tree(files), catalog, now })).chain).toHaveLength(20);
  });

  it('refuses remote specs whose repository is . or .., or whose path climbs, before any request', async () => {
    const calls: string[] = [];
    const remote: RemotePolicyReader = {
      read(owner, repo, path, ref) {
        calls.push(`${owner}/${repo}/${path}@${ref}`);
        return Promise.resolve('version: 1\n');
      },
    };
    const dir = tree({
      'p.yml':
        'version: 1\nextends:\n  - acme/../orgs/acme/members@main\n  - acme/./x.yml@main\n  - acme/repo/../../../orgs@main\n  - acme/repo/%2e%2e/x.yml@main\n',
    });
    expect(await errLines(dir, 'p.yml', remote)).toEqual([
      'p.yml:3:5: policy "acme/../orgs/acme/members@main" is not owner/repo/path@ref: ".." is not a repository name',
    ]);
    const dot = tree({ 'p.yml': 'version: 1\nextends: [acme/./x.yml@main]\n' });
    expect(await errLines(dot, 'p.yml', remote)).toEqual([
      'p.yml:2:11: policy "acme/./x.yml@main" is not owner/repo/path@ref: "." is not a repository name',
    ]);
    const climb = tree({ 'p.yml': 'version: 1\nextends: [acme/repo/../../../orgs@main]\n' });
    expect(await errLines(climb, 'p.yml', remote)).toEqual([
      'p.yml:2:11: policy "acme/repo/../../../orgs@main" is not owner/repo/path@ref: the path may not hold a ".." segment',
    ]);
    const encoded = tree({ 'p.yml': 'version: 1\nextends: [acme/repo/%2e%2e/x.yml@main]\n' });
    expect(await errLines(encoded, 'p.yml', remote)).toEqual([
      'p.yml:2:11: policy "acme/repo/%2e%2e/x.yml@main" is not owner/repo/path@ref: the path may not hold a "%2e%2e" segment',
    ]);
    expect((await errorOf(() => loadPolicy('acme/../x.yml@main', { cwd: dir, catalog, now, remote }))).message).toBe(
      'policy "acme/../x.yml@main" is not owner/repo/path@ref: ".." is not a repository name',
    );
    expect(calls).toEqual([]);
  });
});
