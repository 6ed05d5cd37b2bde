import { describe, expect, it } from '@jest/globals';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { catalogChecks, rulesOf as rules } from '../helpers/catalog-checks.js';

/**
 * Open-weight models HuggingChat serves (huggingface/chat-ui's deployment config) that the catalog did not know
 * (catalog20): DeepSeek-V3.2 and V4, GLM-5 and the GLM FP8 exports, gpt-oss-safeguard, Kimi K2.5, Apertus, Step 3.5
 * Flash, Hermes 3 on Llama 3.1 70B and Gemma-SEA-LION v4. Each answers offline with the license its source
 * states, marked `unconfirmed` where it was read through a mirror or a third party; what no source settles stays unknown.
 */
const catalog = loadCatalog();
const now = new Date('2026-12-02T10:00:00Z');
const { run, checkFiles } = catalogChecks('version: 1\nextends: [default]\n', now);

describe('open-weight models HuggingChat serves, offline (catalog20)', () => {
  it.each([
    ['deepseek-ai/DeepSeek-V3.2', 'mit', 'deepseek-v3'],
    ['deepseek-ai/DeepSeek-V3.2-Speciale', 'mit', 'deepseek-v3'],
    ['deepseek-ai/DeepSeek-V4-Flash', 'mit', 'deepseek-v4'],
    ['deepseek-ai/DeepSeek-V4-Pro', 'mit', 'deepseek-v4'],
    ['zai-org/GLM-5', 'mit', 'glm-5'],
    ['zai-org/GLM-4.6-FP8', 'mit', 'glm-4.6'],
    ['zai-org/GLM-4.7-FP8', 'mit', 'glm-4.6'],
    ['zai-org/GLM-4.6V-FP8', 'mit', 'glm-4.6v'],
    ['zai-org/GLM-4.5V-FP8', 'mit', 'glm-4.5v'],
    ['openai/gpt-oss-safeguard-20b', 'apache-2.0', 'gpt-oss'],
    ['openai/gpt-oss-safeguard-120b', 'apache-2.0', 'gpt-oss'],
    ['moonshotai/Kimi-K2.5', 'modified-mit', 'kimi-k2'],
    ['swiss-ai/Apertus-8B-Instruct-2509', 'apache-2.0', 'apertus'],
    ['swiss-ai/Apertus-70B-Instruct-2509', 'apache-2.0', 'apertus'],
    ['stepfun-ai/Step-3.5-Flash', 'apache-2.0', 'step-3.5'],
  ])('%s answers by its family rule: %s', (id, license, family) => {
    const m = catalog.lookup(id)!;
    expect(m).toMatchObject({ match: 'family', model: { id, license, family } });
    expect(m.model.source).toMatch(/^https:\/\//);
  });

  it('the fine-tunes are entries whose base binds them', () => {
    expect(catalog.lookup('NousResearch/Hermes-3-Llama-3.1-70B')).toMatchObject({
      match: 'exact',
      model: { license: 'llama3', base_model: ['meta-llama/Llama-3.1-70B'] },
    });
    expect(catalog.lookup('aisingapore/Gemma-SEA-LION-v4-27B-IT')).toMatchObject({
      match: 'exact',
      model: { license: 'gemma', base_model: ['google/gemma-3-27b-it'] },
    });
  });

  it('the names are matched case-insensitively, as configs spell them', () => {
    expect(catalog.lookup('deepseek-ai/deepseek-v3.2')?.model.license).toBe('mit');
    expect(catalog.lookup('zai-org/glm-4.6v-fp8')?.model.license).toBe('mit');
    expect(catalog.lookup('OpenAI/GPT-OSS-Safeguard-20B')?.model.license).toBe('apache-2.0');
  });

  it('what was read through mirrors or third parties says so', () => {
    for (const id of [
      'deepseek-ai/DeepSeek-V3.2',
      'deepseek-ai/DeepSeek-V4-Pro',
      'zai-org/GLM-5',
      'openai/gpt-oss-safeguard-20b',
      'moonshotai/Kimi-K2.5',
      'swiss-ai/Apertus-70B-Instruct-2509',
      'stepfun-ai/Step-3.5-Flash',
      'NousResearch/Hermes-3-Llama-3.1-70B',
    ])
      expect(catalog.lookup(id)?.model.unconfirmed).toMatch(/\w/);
  });

  it('the rules enumerate what was read: later or unread versions stay unknown', () => {
    for (const id of [
      'deepseek-ai/DeepSeek-V4-Flash-0731',
      'deepseek-ai/DeepSeek-V4-Pro-0813',
      'zai-org/GLM-5.1',
      'zai-org/GLM-5.2',
      'zai-org/GLM-5.2-FP8',
      'moonshotai/Kimi-K2.6',
      'moonshotai/Kimi-K2.7-Code',
      'moonshotai/Kimi-K3',
      'swiss-ai/Apertus-v1.5-8B',
      'swiss-ai/Apertus-v1.5-70B',
      'stepfun-ai/Step-3.7-Flash',
      'aisingapore/Qwen-SEA-LION-v4-32B-IT',
    ])
      expect(catalog.lookup(id)).toBeUndefined();
    // Cohere's releases keep their CC BY-NC terms or stay unknown: Command A+, which a news report alone says is
    // Apache-2.0 (a departure from every earlier Cohere release), stays unknown until its card is read.
    expect(catalog.lookup('CohereLabs/c4ai-command-a-03-2025')?.model.license).toBe('cc-by-nc-4.0');
    expect(catalog.lookup('CohereLabs/command-a-reasoning-08-2025')).toBeUndefined();
    expect(catalog.lookup('CohereLabs/command-a-plus-05-2026-fp8')).toBeUndefined();
    // The earlier DeepSeek-V3.2-Exp keeps its own rule.
    expect(catalog.lookup('deepseek-ai/DeepSeek-V3.2-Exp')).toMatchObject({
      match: 'family',
      model: { license: 'mit' },
    });
  });

  it('what no source settles stays unknown, and the default policy blocks it as such', async () => {
    for (const id of [
      // Sources disagree: a record of MiniMax-M2's card shows apache-2.0, a third party says MIT.
      'MiniMaxAI/MiniMax-M2',
      'MiniMaxAI/MiniMax-M2.5',
      // A copy of MiMo-V2.5's card reads mit, SGLang's cookbook says Apache 2.0.
      'XiaomiMiMo/MiMo-V2.5',
      'Qwen/Qwen3-Coder-Next',
      'nvidia/NVIDIA-Nemotron-3-Ultra-550B-A55B-BF16',
      'speakleash/Bielik-11B-v3.0-Instruct',
      'zai-org/GLM-4-32B-0414',
      'Sao10K/L3-8B-Stheno-v3.2',
      'deepcogito/cogito-671b-v2.1',
    ])
      expect(catalog.lookup(id)).toBeUndefined();
    expect(rules(await run('MiniMaxAI/MiniMax-M2'))).toContain('license.unknown');
  });

  it('a served model answers offline: not blocked as unknown, and its base binds a fine-tune', async () => {
    const ds = await run('deepseek-ai/DeepSeek-V3.2');
    expect(ds.license).toBe('mit');
    expect(rules(ds)).not.toContain('license.unknown');
    expect(ds.status).not.toBe('blocked');
    const hermes = await run('NousResearch/Hermes-3-Llama-3.1-70B');
    expect(rules(hermes)).not.toContain('license.unknown');
    expect(hermes.license).toBe('llama3');
  });

  it("a chat-ui style deployment config's model list is checked against their terms", async () => {
    const report = await checkFiles({
      'models.yaml': [
        'models:',
        '  - id: deepseek-ai/DeepSeek-V3.2',
        '  - id: zai-org/GLM-4.6V-FP8',
        '  - id: openai/gpt-oss-safeguard-20b',
        '  - id: MiniMaxAI/MiniMax-M2',
        '',
      ].join('\n'),
    });
    const byId = new Map(report.models.map((m) => [m.id, m]));
    for (const id of ['deepseek-ai/DeepSeek-V3.2', 'zai-org/GLM-4.6V-FP8', 'openai/gpt-oss-safeguard-20b']) {
      expect(rules(byId.get(id)!)).not.toContain('license.unknown');
      expect(byId.get(id)!.license_source).toBe('catalog');
    }
    expect(rules(byId.get('MiniMaxAI/MiniMax-M2')!)).toContain('license.unknown');
  });
});
