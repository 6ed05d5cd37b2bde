import { describe, expect, it } from '@jest/globals';
import { describeRule, PIN, policyOf, run } from '../helpers/rules.js';

describeRule('provenance.unpinned', {
  policy: {},
  model: { id: 'mistralai/Mistral-7B-Instruct-v0.3', revision: 'main' },
  message: /pinned to "main", a branch or tag that can move/,
});

describe('provenance.unpinned', () => {
  it('an Ollama tag is pinned only by a manifest digest', async () => {
    const p = await policyOf({});
    const unpinned = await run({ id: 'ollama:llama3.1:8b' }, p);
    expect(unpinned.findings.find((f) => f.rule === 'provenance.unpinned')?.message).toBe(
      'ollama:llama3.1:8b is an Ollama tag, which can move; no digest is pinned',
    );
    const pinned = await run({ id: 'ollama:llama3.1:8b', revision: `sha256:${'ab'.repeat(32)}` }, p);
    expect(pinned.findings.map((f) => f.rule)).not.toContain('provenance.unpinned');
    expect(pinned.license).toBe('llama3.1');
  });

  it('a model without a revision has none pinned; a full commit sha pins', async () => {
    const p = await policyOf({});
    expect(
      (await run({ id: 'mistralai/Mistral-7B-Instruct-v0.3' }, p)).findings.find(
        (f) => f.rule === 'provenance.unpinned',
      )?.message,
    ).toMatch(/has no pinned revision/);
    expect(
      (await run({ id: 'mistralai/Mistral-7B-Instruct-v0.3', revision: PIN }, p)).findings.map((f) => f.rule),
    ).not.toContain('provenance.unpinned');
  });

  it("a model loaded only by a name whose files the library checks against its own SHA-256 sums is pinned by the package (whisper.load_model('base'))", async () => {
    const p = await policyOf({});
    const rules = async (packagePinned: boolean) =>
      (await run({ id: 'openai/whisper-base', declared: false, packagePinned }, p)).findings.map((f) => f.rule);
    expect(await rules(true)).not.toContain('provenance.unpinned');
    expect(await rules(false)).toContain('provenance.unpinned');
  });

  it('says what to do when the loader takes no revision', async () => {
    const p = await policyOf({});
    const f = (await run({ id: 'mistralai/Mistral-7B-Instruct-v0.3' }, p)).findings.find(
      (x) => x.rule === 'provenance.unpinned',
    );
    expect(f?.help).toMatch(/with a loader that takes no revision, load a file downloaded at that commit/);
  });
});
