import { afterAll, describe, expect, it } from '@jest/globals';
import { dump } from 'js-yaml';
import { evaluate } from '../../src/engine/evaluate.js';
import { kindOf } from '../../src/core/manifest.js';
import { FactResolver } from '../../src/engine/resolve.js';
import type { HubLookup, ModelReport, ModelResolver, Policy, RuleId } from '../../src/core/types.js';
import { loadPolicy } from '../../src/policy/load.js';
import { RULES, type SubjectModel } from '../../src/rules/index.js';
import { testCatalog } from '../helpers/catalog.js';
import { tmpTree } from '../helpers/tmp.js';

const catalog = testCatalog();
const now = new Date('2026-11-28T10:00:00Z');
const PIN = '0e9e39f249a16976918f6564b8830bc894c89659';
const trees: Array<() => void> = [];
afterAll(() => trees.forEach((f) => f()));

async function policyOf(doc: Record<string, unknown>): Promise<Policy> {
  const t = tmpTree({ 'policy.yml': dump({ version: 1, ...doc }) });
  trees.push(t.remove);
  return loadPolicy('policy.yml', { cwd: t.dir, catalog, now });
}

interface Scenario {
  id: string;
  revision?: string;
  license?: string;
  base?: string;
  declared?: boolean;
  hub?: Record<string, HubLookup>;
}

async function run(s: Scenario, policy: Policy): Promise<ModelReport> {
  const resolver: ModelResolver | undefined = s.hub
    ? { resolve: async (id) => s.hub![id] ?? { ok: false, id, reason: 'not-found', message: 'not found' } }
    : undefined;
  const facts = await new FactResolver(catalog, resolver).resolve({ id: s.id, kind: kindOf(s.id), revision: s.revision, manifestLicense: s.license, manifestBase: s.base });
  const declared = s.declared ?? true;
  const loc = { path: 'models.yaml', line: 3, column: 5 };
  const subject: SubjectModel = {
    facts,
    entry: declared ? { id: s.id, location: loc, ...(s.revision ? { revision: s.revision } : {}), ...(s.license ? { license: s.license } : {}) } : undefined,
    references: declared ? [] : [{ id: s.id, kind: kindOf(s.id), path: 'app/main.py', line: 7, column: 12, scanner: 'python' }],
    location: declared ? loc : { path: 'app/main.py', line: 7, column: 12 },
  };
  if (s.revision) subject.revision = s.revision;
  return evaluate({ subjects: [subject], policy, catalog, now }).models[0];
}

const hubInfo = (id: string, extra: Partial<Extract<HubLookup, { ok: true }>> = {}): HubLookup => ({ ok: true, id, baseModels: [], files: ['model.safetensors'], ...extra });

/** For each rule: a policy and a model that trigger it, and the message it must give. */
const cases: Array<{ rule: RuleId; policy: Record<string, unknown>; model: Scenario; message: RegExp; line?: number; path?: string }> = [
  { rule: 'license.denied', policy: { licenses: { deny: ['cc-by-nc-4.0'] } }, model: { id: 'facebook/musicgen-small', revision: PIN }, message: /Creative Commons Attribution-NonCommercial 4\.0 \(cc-by-nc-4\.0\) is denied by the policy \(licenses\.deny\)/ },
  { rule: 'license.not-allowed', policy: { licenses: { allow: ['apache-2.0', 'mit'] } }, model: { id: 'meta-llama/Llama-3.1-8B-Instruct', revision: PIN }, message: /Llama 3\.1 Community License \(llama3\.1, community\) is not on the allow list of policy\.yml:\d+ \(licenses: apache-2\.0, mit\)/ },
  { rule: 'license.unknown', policy: {}, model: { id: 'acme/secret-model', revision: PIN }, message: /No license could be established for acme\/secret-model/ },
  { rule: 'license.mismatch', policy: {}, model: { id: 'meta-llama/Llama-3.1-8B-Instruct', revision: PIN, license: 'apache-2.0' }, message: /License sources disagree for meta-llama\/Llama-3\.1-8B-Instruct \(manifest: apache-2\.0, catalog: llama3\.1\)/ },
  { rule: 'license.inherited', policy: {}, model: { id: 'acme/apache-labelled-llama', revision: PIN }, message: /labelled apache-2\.0 but derives from meta-llama\/Meta-Llama-3-8B, whose Meta Llama 3 Community License \(llama3\) still binds it/ },
  { rule: 'use.commercial', policy: { use: { commercial: true } }, model: { id: 'facebook/musicgen-small', revision: PIN }, message: /forbids commercial use; the policy declares commercial use/ },
  { rule: 'use.user-cap', policy: { use: { monthly_active_users: 800_000_000 } }, model: { id: 'meta-llama/Llama-3.1-8B-Instruct', revision: PIN }, message: /^Llama 3\.1 Community License caps use at 700,000,000 monthly active users; the policy declares 800,000,000$/ },
  { rule: 'use.region', policy: { use: { regions: ['EU', 'US'] } }, model: { id: 'meta-llama/Llama-3.2-11B-Vision-Instruct', revision: PIN }, message: /excludes EU: multimodal models/ },
  { rule: 'use.restrictions', policy: {}, model: { id: 'meta-llama/Llama-3.1-8B-Instruct', revision: PIN }, message: /acceptable-use policy: https:\/\/llama\.meta\.com\/llama3_1\/use-policy/ },
  { rule: 'obligation.attribution', policy: {}, model: { id: 'meta-llama/Llama-3.1-8B-Instruct', revision: PIN }, message: /requires attribution: Display "Built with Llama"/ },
  { rule: 'obligation.naming', policy: {}, model: { id: 'meta-llama/Llama-3.1-8B-Instruct', revision: PIN }, message: /dictates derivative names: Derivative model names must begin with "Llama"/ },
  { rule: 'obligation.output-training', policy: {}, model: { id: 'meta-llama/Meta-Llama-3-8B', revision: PIN }, message: /restricts training on outputs/ },
  { rule: 'openness.minimum', policy: { openness: { minimum: 'open-source' } }, model: { id: 'mistralai/Mistral-7B-Instruct-v0.3', revision: PIN }, message: /is open-weights; the policy requires open-source/ },
  { rule: 'provenance.unpinned', policy: {}, model: { id: 'mistralai/Mistral-7B-Instruct-v0.3', revision: 'main' }, message: /pinned to "main", a branch or tag that can move/ },
  { rule: 'provenance.untrusted-publisher', policy: { provenance: { trusted_publishers: ['meta-llama'] } }, model: { id: 'mistralai/Mistral-7B-Instruct-v0.3', revision: PIN }, message: /published by "mistralai", who is not among the trusted publishers \(meta-llama\)/ },
  { rule: 'provenance.unsafe-format', policy: {}, model: { id: 'google-t5/t5-base', revision: PIN }, message: /ships its weights only in pickle formats \(\.bin\)/ },
  {
    rule: 'provenance.revision-not-found',
    policy: {},
    model: { id: 'mistralai/Mistral-7B-Instruct-v0.3', revision: PIN, hub: { 'mistralai/Mistral-7B-Instruct-v0.3': hubInfo('mistralai/Mistral-7B-Instruct-v0.3', { revisionFound: false, license: 'apache-2.0' }) } },
    message: /Revision "0e9e39f.*" of mistralai\/Mistral-7B-Instruct-v0\.3 does not exist on the Hub/,
  },
  { rule: 'manifest.undeclared', policy: {}, model: { id: 'mistralai/Mistral-7B-Instruct-v0.3', declared: false }, message: /app\/main\.py:7 loads mistralai\/Mistral-7B-Instruct-v0\.3, which models\.yaml does not declare/, path: 'app/main.py', line: 7 },
];

describe('every rule is covered here', () => {
  it('has one case per rule except exception.expired (tested with exceptions)', () => {
    expect(cases.map((c) => c.rule).sort()).toEqual(RULES.map((r) => r.meta.id).filter((id) => id !== 'exception.expired').sort());
  });
  it('every rule has an id, a description, help, a docs anchor and a default severity', () => {
    for (const r of RULES) {
      expect(r.meta.description.length).toBeGreaterThan(10);
      expect(r.meta.help.length).toBeGreaterThan(10);
      expect(r.meta.docs.url).toMatch(/README\.md#[a-z-]+$/);
      expect(['block', 'warn', 'off']).toContain(r.meta.defaultSeverity);
    }
  });
});

describe.each(cases)('$rule', ({ rule, policy, model, message, line, path }) => {
  it('blocks when its severity is block', async () => {
    const m = await run(model, await policyOf({ ...policy, rules: { [rule]: 'block' } }));
    const f = m.findings.filter((x) => x.rule === rule);
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]).toMatchObject({ severity: 'block', waived: false, path: path ?? 'models.yaml', line: line ?? 3 });
    expect(f[0].message).toMatch(message);
    expect(f[0].help).toBeTruthy();
    expect(m.status).toBe('blocked');
  });

  it('warns when its severity is warn', async () => {
    const m = await run(model, await policyOf({ ...policy, rules: { [rule]: 'warn' } }));
    const f = m.findings.find((x) => x.rule === rule);
    expect(f).toMatchObject({ severity: 'warn', waived: false });
    expect(m.findings.filter((x) => x.rule === rule && x.severity === 'block')).toEqual([]);
  });

  it('says nothing when off', async () => {
    const m = await run(model, await policyOf({ ...policy, rules: { [rule]: 'off' } }));
    expect(m.findings.filter((x) => x.rule === rule)).toEqual([]);
  });

  it('is waived by a matching exception', async () => {
    const exc = { models: [model.id.replace(/[^/]+$/, '*')], rules: [rule], reason: 'Vendor contract LEGAL-123', expires: '2027-01-31', approved_by: '@acme/legal' };
    const m = await run(model, await policyOf({ ...policy, rules: { [rule]: 'block' }, exceptions: [exc] }));
    const f = m.findings.find((x) => x.rule === rule)!;
    expect(f.waived).toBe(true);
    expect(f.exception).toMatchObject({ reason: 'Vendor contract LEGAL-123', expires: '2027-01-31', path: 'policy.yml', approved_by: '@acme/legal' });
    const others = m.findings.filter((x) => x.severity === 'block' && !x.waived);
    expect(m.status).toBe(others.length ? 'blocked' : 'waived');
  });
});

describe('statuses', () => {
  it('a model whose only findings are waived warnings is waived, not allowed', async () => {
    const exc = { models: ['mistralai/*'], rules: ['provenance.unpinned'], reason: 'pinned by digest elsewhere', expires: '2027-01-31' };
    const m = await run({ id: 'mistralai/Mistral-7B-Instruct-v0.3', revision: 'main' }, await policyOf({ exceptions: [exc] }));
    expect(m.findings.map((f) => [f.rule, f.severity, f.waived])).toEqual([['provenance.unpinned', 'warn', true]]);
    expect(m.status).toBe('waived');
  });
});

describe('allowed alternatives for blocked models', () => {
  it('suggests models of the same task that the policy would allow, never blocked ones', async () => {
    const p = await policyOf({ use: { monthly_active_users: 800_000_000, commercial: true, regions: ['EU'] }, licenses: { deny_categories: ['non-commercial'] } });
    const m = await run({ id: 'meta-llama/Llama-3.1-8B-Instruct', revision: PIN }, p);
    expect(m.status).toBe('blocked');
    // Not Llama (capped), not the apache-labelled Llama 3 derivative (bound by Llama 3), not pickle-only T5.
    expect(m.alternatives).toEqual(['mistralai/Mistral-7B-Instruct-v0.3', 'allenai/OLMo-2-1124-7B', 'openai-community/gpt2']);
    const music = await run({ id: 'facebook/musicgen-small', revision: PIN }, p);
    expect(music.status).toBe('blocked');
    expect(music.alternatives).toBeUndefined();
  });
});

describe('rules do not fire without cause', () => {
  it('an apache-2.0 model, pinned, trusted, open enough: allowed', async () => {
    const p = await policyOf({ licenses: { allow_categories: ['permissive'] }, use: { commercial: true, monthly_active_users: 1e9, regions: ['EU'] }, provenance: { trusted_publishers: ['mistralai'] } });
    const m = await run({ id: 'mistralai/Mistral-7B-Instruct-v0.3', revision: PIN, license: 'apache-2.0' }, p);
    expect(m.findings).toEqual([]);
    expect(m.status).toBe('allowed');
  });
  it('conditional commercial use (Stability community) is reported with its condition', async () => {
    const m = await run({ id: 'stabilityai/stable-diffusion-3.5-large', revision: PIN }, await policyOf({ use: { commercial: true } }));
    expect(m.findings.find((f) => f.rule === 'use.commercial')?.message).toMatch(/only on a condition: annual revenue under USD 1M/);
  });
  it("Llama 3.2's EU clause reaches its multimodal models only", async () => {
    const p = await policyOf({ use: { regions: ['EU'] } });
    expect((await run({ id: 'meta-llama/Llama-3.2-3B-Instruct', revision: PIN }, p)).findings.map((f) => f.rule)).not.toContain('use.region');
    const de = await run({ id: 'meta-llama/Llama-3.2-11B-Vision-Instruct', revision: PIN }, await policyOf({ use: { regions: ['de', 'US'] } }));
    expect(de.findings.find((f) => f.rule === 'use.region')?.message).toMatch(/excludes DE: multimodal/);
    const hubOnly = await run({ id: 'acme/llama-3.2-vision-ft', revision: PIN, hub: { 'acme/llama-3.2-vision-ft': hubInfo('acme/llama-3.2-vision-ft', { license: 'llama3.2' }) } }, p);
    expect(hubOnly.findings.find((f) => f.rule === 'use.region')?.message).toMatch(/cannot tell whether acme\/llama-3\.2-vision-ft is one/);
  });
  it('an Ollama tag is pinned only by a manifest digest', async () => {
    const p = await policyOf({});
    const unpinned = await run({ id: 'ollama:llama3.1:8b' }, p);
    expect(unpinned.findings.find((f) => f.rule === 'provenance.unpinned')?.message).toBe('ollama:llama3.1:8b is an Ollama tag, which can move; no digest is pinned');
    const pinned = await run({ id: 'ollama:llama3.1:8b', revision: `sha256:${'ab'.repeat(32)}` }, p);
    expect(pinned.findings.map((f) => f.rule)).not.toContain('provenance.unpinned');
    expect(pinned.license).toBe('llama3.1');
  });
  it('the open-source minimum passes an OSAID model', async () => {
    const m = await run({ id: 'allenai/OLMo-2-1124-7B', revision: PIN }, await policyOf({ openness: { minimum: 'open-source' } }));
    expect(m.findings.filter((f) => f.rule === 'openness.minimum')).toEqual([]);
  });
  it('a license on a denied category is license.denied, not also license.not-allowed', async () => {
    const m = await run({ id: 'facebook/musicgen-small', revision: PIN }, await policyOf({ licenses: { allow: ['mit'], deny_categories: ['non-commercial'] } }));
    expect(m.findings.map((f) => f.rule)).toContain('license.denied');
    expect(m.findings.map((f) => f.rule)).not.toContain('license.not-allowed');
  });
  it('an unknown license skips the license-term rules and gives license.unknown only', async () => {
    const m = await run({ id: 'acme/secret-model', revision: PIN }, await policyOf({ licenses: { deny: ['cc-by-nc-4.0'], allow: ['mit'] }, use: { commercial: true } }));
    expect(m.findings.map((f) => f.rule)).toEqual(['license.unknown']);
  });
  it('a Hub license the catalog does not know shows the Hub text', async () => {
    const m = await run({ id: 'acme/odd', revision: PIN, hub: { 'acme/odd': hubInfo('acme/odd', { license: 'other', licenseName: 'acme-weird-license' }) } }, await policyOf({}));
    expect(m.findings.find((f) => f.rule === 'license.unknown')?.message).toMatch(/acme-weird-license/);
  });
});
