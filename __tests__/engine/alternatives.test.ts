import { afterAll, describe, expect, it } from '@jest/globals';
import { dump } from 'js-yaml';
import { loadCatalog } from '../../src/catalog/catalog.js';
import type { ModelReport, Policy } from '../../src/core/types.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { FactResolver } from '../../src/engine/resolve.js';
import { loadPolicy } from '../../src/policy/load.js';
import { tmpTree } from '../helpers/tmp.js';

/**
 * "Use X instead" must work when followed: every alternative a blocked model is given passes the same policy when
 * declared and pinned in its place. Judged with the shipped catalog, under policies as organisations write them.
 */
const catalog = loadCatalog();
const now = new Date('2026-11-28T10:00:00Z');
const PIN = '0e9e39f249a16976918f6564b8830bc894c89659';
const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));

async function policyOf(doc: Record<string, unknown>): Promise<Policy> {
  const t = tmpTree({ 'policy.yml': dump({ version: 1, name: 'org', extends: ['default'], ...doc }) });
  cleanups.push(t.remove);
  return loadPolicy('policy.yml', { cwd: t.dir, catalog, now });
}

/** The report of a model declared in models.yaml with a pinned revision. */
async function judge(policy: Policy, id: string): Promise<ModelReport> {
  const facts = await new FactResolver(catalog).resolve({ id, kind: 'hub', revision: PIN });
  const location = { path: 'models.yaml', line: 2, column: 5 };
  const subject = { facts, entry: { id, location, revision: PIN }, references: [], location, revision: PIN };
  return evaluate({ subjects: [subject], policy, catalog, now }).models[0];
}

const BLOCKED_CANDIDATES = [
  'meta-llama/Llama-2-7b-hf',
  'meta-llama/Llama-3.1-8B-Instruct',
  'meta-llama/Llama-3.2-1B-Instruct',
  'google/gemma-2-9b-it',
  'Qwen/Qwen2.5-72B-Instruct',
  'facebook/musicgen-small',
  'facebook/opt-1.3b',
  'stabilityai/stable-diffusion-xl-base-1.0',
  'black-forest-labs/FLUX.1-dev',
  'CohereForAI/c4ai-command-r-v01',
  'mistralai/Codestral-22B-v0.1',
  'deepseek-ai/DeepSeek-R1-Distill-Llama-8B',
  'openai/whisper-large-v3',
  'sentence-transformers/all-MiniLM-L6-v2',
];

const POLICIES: Record<string, Record<string, unknown>> = {
  // acceptable-use policies are a legal review the organisation will not do per model
  'no acceptable-use policies': { rules: { 'use.restrictions': 'block' } },
  'no attribution duties': { rules: { 'obligation.attribution': 'block', 'obligation.naming': 'block' } },
  'no output-training limits': { rules: { 'obligation.output-training': 'block' } },
  'a large consumer app in the EU': { use: { commercial: true, monthly_active_users: 900_000_000, regions: ['EU'] } },
  'permissive only, OSI open source': {
    licenses: { allow_categories: ['permissive'] },
    openness: { minimum: 'open-source' },
  },
  'trusted publishers block': { rules: { 'provenance.untrusted-publisher': 'block' } },
};

describe('alternatives pass the policy that blocked the model they replace', () => {
  for (const [name, doc] of Object.entries(POLICIES)) {
    it(name, async () => {
      const policy = await policyOf(doc);
      let suggested = 0;
      for (const id of BLOCKED_CANDIDATES) {
        const m = await judge(policy, id);
        if (m.status !== 'blocked') continue;
        for (const alt of m.alternatives ?? []) {
          suggested++;
          const a = await judge(policy, alt);
          const blocking = a.findings.filter((f) => f.severity === 'block' && !f.waived).map((f) => f.rule);
          expect({ for: id, alt, blocking }).toEqual({ for: id, alt, blocking: [] });
        }
      }
      // (the check above holds for no suggestion at all: some must be made)
      expect(suggested).toBeGreaterThan(0);
    });
  }

  it('a Llama model blocked for its acceptable-use policy is not pointed at other Llama models', async () => {
    const policy = await policyOf(POLICIES['no acceptable-use policies']);
    const m = await judge(policy, 'meta-llama/Llama-2-7b-hf');
    expect(m.findings.filter((f) => f.severity === 'block').map((f) => f.rule)).toEqual(['use.restrictions']);
    expect(m.alternatives?.length).toBeGreaterThan(0);
    for (const alt of m.alternatives ?? []) expect(alt).not.toMatch(/llama/i);
  });
});
