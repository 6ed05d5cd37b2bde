import { afterAll, describe, expect, it } from '@jest/globals';
import { dump } from 'js-yaml';
import { kindOf } from '../../src/core/manifest.js';
import type { HubLookup, HubModelInfo, ModelReport, ModelResolver, Policy, RuleId } from '../../src/core/types.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { FactResolver } from '../../src/engine/resolve.js';
import { loadPolicy } from '../../src/policy/load.js';
import type { SubjectModel } from '../../src/rules/index.js';
import { testCatalog } from './catalog.js';
import { tmpTree } from './tmp.js';

/** Shared harness of the rule tests (__tests__/rules/<id>.test.ts): a policy and one model, through the real resolver and evaluator. */
export const catalog = testCatalog();
export const now = new Date('2026-11-28T10:00:00Z');
export const PIN = '0e9e39f249a16976918f6564b8830bc894c89659';

const trees: Array<() => void> = [];
afterAll(() => trees.forEach((f) => f()));

/** A policy file (`policy.yml`) with these settings, loaded as a user's would be. */
export async function policyOf(doc: Record<string, unknown>): Promise<Policy> {
  const t = tmpTree({ 'policy.yml': dump({ version: 1, ...doc }) });
  trees.push(t.remove);
  return loadPolicy('policy.yml', { cwd: t.dir, catalog, now });
}

export interface Scenario {
  id: string;
  revision?: string;
  license?: string;
  base?: string;
  /** Declared in models.yaml line 3 (default), or only loaded at app/main.py:7. */
  declared?: boolean;
  /** Loaded at app/main.py:7 by a name the library pins by checksum (ModelReference.packagePinned). */
  packagePinned?: boolean;
  /** What the Hub answers, by id (anything else: not found). Without it the Hub is not asked. */
  hub?: Record<string, HubLookup>;
}

/** The report of one model under a policy. */
export async function run(s: Scenario, policy: Policy): Promise<ModelReport> {
  const resolver: ModelResolver | undefined = s.hub
    ? { resolve: (id) => Promise.resolve(s.hub![id] ?? { ok: false, id, reason: 'not-found', message: 'not found' }) }
    : undefined;
  const facts = await new FactResolver(catalog, resolver).resolve({
    id: s.id,
    kind: kindOf(s.id),
    revision: s.revision,
    manifestLicense: s.license,
    manifestBase: s.base,
  });
  const declared = s.declared ?? true;
  const loc = { path: 'models.yaml', line: 3, column: 5 };
  const subject: SubjectModel = {
    facts,
    entry: declared
      ? {
          id: s.id,
          location: loc,
          ...(s.revision ? { revision: s.revision } : {}),
          ...(s.license ? { license: s.license } : {}),
        }
      : undefined,
    references: declared
      ? []
      : [
          {
            id: s.id,
            kind: kindOf(s.id),
            path: 'app/main.py',
            line: 7,
            column: 12,
            scanner: 'python',
            ...(s.packagePinned ? { packagePinned: true } : {}),
          },
        ],
    location: declared ? loc : { path: 'app/main.py', line: 7, column: 12 },
  };
  if (s.revision) subject.revision = s.revision;
  return evaluate({ subjects: [subject], policy, catalog, now }).models[0];
}

export const hubInfo = (id: string, extra: Partial<HubModelInfo> = {}): HubLookup => ({
  ok: true,
  id,
  baseModels: [],
  files: ['model.safetensors'],
  ...extra,
});

export interface RuleCase {
  /** Policy settings under which the model triggers the rule. */
  policy: Record<string, unknown>;
  model: Scenario;
  /** The message the finding must give. */
  message: RegExp;
  /** Where the finding points (default models.yaml:3). */
  path?: string;
  line?: number;
}

/** The behaviour every rule shares: it blocks at block, warns at warn, is silent when off, and an exception waives it. */
export function describeRule(rule: RuleId, c: RuleCase): void {
  describe(`${rule}: severities and exceptions`, () => {
    it('blocks when its severity is block', async () => {
      const m = await run(c.model, await policyOf({ ...c.policy, rules: { [rule]: 'block' } }));
      const f = m.findings.filter((x) => x.rule === rule);
      expect(f.length).toBeGreaterThan(0);
      expect(f[0]).toMatchObject({
        severity: 'block',
        waived: false,
        path: c.path ?? 'models.yaml',
        line: c.line ?? 3,
      });
      expect(f[0].message).toMatch(c.message);
      expect(f[0].help).toBeTruthy();
      expect(m.status).toBe('blocked');
    });

    it('warns when its severity is warn', async () => {
      const m = await run(c.model, await policyOf({ ...c.policy, rules: { [rule]: 'warn' } }));
      expect(m.findings.find((x) => x.rule === rule)).toMatchObject({ severity: 'warn', waived: false });
      expect(m.findings.filter((x) => x.rule === rule && x.severity === 'block')).toEqual([]);
    });

    it('says nothing when off', async () => {
      const m = await run(c.model, await policyOf({ ...c.policy, rules: { [rule]: 'off' } }));
      expect(m.findings.filter((x) => x.rule === rule)).toEqual([]);
    });

    it('is waived by a matching exception', async () => {
      const exc = {
        models: [c.model.id.replace(/[^/]+$/, '*')],
        rules: [rule],
        reason: 'Vendor contract LEGAL-123',
        expires: '2027-01-31',
        approved_by: '@acme/legal',
      };
      const m = await run(c.model, await policyOf({ ...c.policy, rules: { [rule]: 'block' }, exceptions: [exc] }));
      const f = m.findings.find((x) => x.rule === rule)!;
      expect(f.waived).toBe(true);
      expect(f.exception).toMatchObject({
        reason: 'Vendor contract LEGAL-123',
        expires: '2027-01-31',
        path: 'policy.yml',
        approved_by: '@acme/legal',
      });
      const others = m.findings.filter((x) => x.severity === 'block' && !x.waived);
      expect(m.status).toBe(others.length ? 'blocked' : 'waived');
    });
  });
}
