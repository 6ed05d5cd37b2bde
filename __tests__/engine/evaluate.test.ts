import { describe, expect, it } from '@jest/globals';
import type { CatalogModel, Policy } from '../../src/core/types.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { FactResolver } from '../../src/engine/resolve.js';
import { testCatalog, testModels } from '../helpers/catalog.js';
import { now, PIN, policyOf, run } from '../helpers/rules.js';

describe('evaluate: statuses', () => {
  it('a model whose only findings are waived warnings is waived, not allowed', async () => {
    const exc = {
      models: ['mistralai/*'],
      rules: ['provenance.unpinned'],
      reason: 'pinned by digest elsewhere',
      expires: '2027-01-31',
    };
    const m = await run(
      { id: 'mistralai/Mistral-7B-Instruct-v0.3', revision: 'main' },
      await policyOf({ exceptions: [exc] }),
    );
    expect(m.findings.map((f) => [f.rule, f.severity, f.waived])).toEqual([['provenance.unpinned', 'warn', true]]);
    expect(m.status).toBe('waived');
  });

  it('an apache-2.0 model, pinned, trusted, open enough: allowed, no rule fires', async () => {
    const p = await policyOf({
      licenses: { allow_categories: ['permissive'] },
      use: { commercial: true, monthly_active_users: 1e9, regions: ['EU'] },
      provenance: { trusted_publishers: ['mistralai'] },
    });
    const m = await run({ id: 'mistralai/Mistral-7B-Instruct-v0.3', revision: PIN, license: 'apache-2.0' }, p);
    expect(m.findings).toEqual([]);
    expect(m.status).toBe('allowed');
  });
});

describe('evaluate: allowed alternatives for blocked models', () => {
  it('suggests models of the same task that the policy would allow, never blocked ones', async () => {
    const p = await policyOf({
      use: { monthly_active_users: 800_000_000, commercial: true, regions: ['EU'] },
      licenses: { deny_categories: ['non-commercial'] },
    });
    const m = await run({ id: 'meta-llama/Llama-3.1-8B-Instruct', revision: PIN }, p);
    expect(m.status).toBe('blocked');
    // Not Llama (capped), not the apache-labelled Llama 3 derivative (bound by Llama 3), not pickle-only T5.
    expect(m.alternatives).toEqual([
      'mistralai/Mistral-7B-Instruct-v0.3',
      'allenai/OLMo-2-1124-7B',
      'openai-community/gpt2',
    ]);
    const music = await run({ id: 'facebook/musicgen-small', revision: PIN }, p);
    expect(music.status).toBe('blocked');
    expect(music.alternatives).toBeUndefined();
  });

  it('never suggests a model that license.inherited would block as well (a label its lineage overrides)', async () => {
    // WebLLM's copy of the Llama-based R1 distillation, blocked because its MIT label does not bind it (Llama 3.1
    // does), was pointed at deepseek-ai/DeepSeek-R1-Distill-Llama-8B: MIT-labelled, bound by Llama 3.1, blocked too
    const extra = (id: string, license: string, base?: string): CatalogModel => ({
      id,
      family: 'acme-chat',
      task: 'text-generation',
      publisher: 'acme',
      license,
      gated: false,
      formats: ['safetensors'],
      openness: 'open-weights',
      source: `https://huggingface.co/${id}`,
      ...(base ? { base_model: [base] } : {}),
    });
    const cat = testCatalog([
      ...testModels,
      extra('acme/chat-nc-8b', 'cc-by-nc-4.0'),
      extra('acme/chat-mit-8b', 'mit', 'meta-llama/Llama-3.1-8B'),
      extra('acme/chat-apache-8b', 'apache-2.0'),
      // the publisher's own base does not bind its relabel (DeepSeek-R1, MIT over DeepSeek-V3-Base)
      { ...extra('acme/base-8b', 'llama3.1'), family: 'acme-base' },
      extra('acme/chat-own-8b', 'mit', 'acme/base-8b'),
    ]);
    const doc = { use: { commercial: true, regions: ['EU'] }, licenses: { deny_categories: ['non-commercial'] } };
    const alternatives = async (policy: Policy, id: string) => {
      const facts = await new FactResolver(cat).resolve({ id, kind: 'hub', revision: PIN });
      const location = { path: 'models.yaml', line: 3, column: 5 };
      const subject = { facts, entry: { id, location, revision: PIN }, references: [], location, revision: PIN };
      const [m] = evaluate({ subjects: [subject], policy, catalog: cat, now }).models;
      return {
        status: m.status,
        rules: m.findings.filter((f) => f.severity === 'block').map((f) => f.rule),
        alts: m.alternatives,
      };
    };
    const p = await policyOf(doc);
    expect((await alternatives(p, 'acme/chat-mit-8b')).rules).toEqual(['license.inherited']);
    const nc = await alternatives(p, 'acme/chat-nc-8b');
    expect(nc.status).toBe('blocked');
    expect(nc.alts?.[0]).toBe('acme/chat-apache-8b');
    expect(nc.alts).not.toContain('acme/chat-mit-8b');
    expect((await alternatives(p, 'acme/chat-own-8b')).rules).toEqual([]);
    expect(nc.alts).toContain('acme/chat-own-8b');
    // a policy that only warns on the relabel may be pointed at it
    const lenient = await policyOf({ ...doc, rules: { 'license.inherited': 'warn' } });
    expect((await alternatives(lenient, 'acme/chat-nc-8b')).alts?.slice(0, 2)).toEqual([
      'acme/chat-apache-8b',
      'acme/chat-mit-8b',
    ]);
  });
});
