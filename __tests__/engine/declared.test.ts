import { afterAll, describe, expect, it } from '@jest/globals';
import { loadCatalog } from '../../src/catalog/catalog.js';
import type { Policy, Report } from '../../src/core/types.js';
import { schemaValidator } from '../../src/core/validate.js';
import { check } from '../../src/engine/check.js';
import { HubClient } from '../../src/hub/client.js';
import { loadPolicy } from '../../src/policy/load.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { startFakeHub, type FakeHub } from '../helpers/fake-hub.js';
import { tmpTree } from '../helpers/tmp.js';

/** Declared licenses are evaluated (issue 11 §1), through the whole gate with the shipped catalog. */
const catalog = loadCatalog();
const now = new Date('2026-11-28T10:00:00Z');
const PIN = '0e9e39f249a16976918f6564b8830bc894c89659';
const cleanups: Array<() => unknown> = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

async function gate(files: Record<string, string>, policyYaml?: string, resolver?: HubClient): Promise<Report> {
  const t = tmpTree({ ...files, ...(policyYaml ? { 'policy.yml': policyYaml } : {}) });
  cleanups.push(t.remove);
  const policy: Policy = await loadPolicy(policyYaml ? 'policy.yml' : 'default', { cwd: t.dir, catalog, now });
  const report = await check({ root: t.dir, policy, catalog, now, resolver });
  expect(schemaValidator('report')(JSON.parse(renderJson(report)))).toBe(true);
  return report;
}

const RELABELLED = `models:
  - id: acme/llama3-support-ft      # our fine-tune; the training run wrote apache-2.0 into its card
    revision: ${PIN}
    license: apache-2.0
    base_model: meta-llama/Meta-Llama-3-8B
`;

describe('a relabelled fine-tune is compared with its base', () => {
  it('is bound by Llama 3 and blocked by license.inherited under the default policy', async () => {
    const r = await gate({ 'models.yaml': RELABELLED });
    const m = r.models[0];
    expect(m).toMatchObject({ id: 'acme/llama3-support-ft', license: 'llama3', license_source: 'manifest' });
    expect(m.lineage).toEqual([
      { id: 'acme/llama3-support-ft', license: 'apache-2.0', source: 'manifest' },
      { id: 'meta-llama/Meta-Llama-3-8B', license: 'llama3', source: 'catalog' },
    ]);
    const inherited = m.findings.find((f) => f.rule === 'license.inherited')!;
    expect(inherited.message).toMatch(
      /^acme\/llama3-support-ft is labelled apache-2\.0 \(declared, unverified\) but derives from meta-llama\/Meta-Llama-3-8B, whose .* \(llama3\) still binds it/,
    );
    expect(m.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['license.unverified', 'obligation.output-training', 'obligation.naming']),
    );
    expect(inherited.severity).toBe('block');
    expect(m.status).toBe('blocked');
    expect(r.verdict).toBe('fail');
    expect(m.findings.filter((f) => f.severity === 'block' && !f.waived).map((f) => f.rule)).toEqual([
      'license.inherited',
    ]);
  });

  it('only warns where a policy lowers license.inherited to warn', async () => {
    const r = await gate(
      { 'models.yaml': RELABELLED },
      'version: 1\nextends: [default]\nrules:\n  license.inherited: warn\n',
    );
    expect(r.verdict).toBe('pass');
    expect(r.models[0].status).toBe('warning');
  });

  it('a catalog label looser than its base (a distill) is blocked until the manifest declares the binding license', async () => {
    const distill = (license?: string) =>
      `models:\n  - id: deepseek-ai/DeepSeek-R1-Distill-Llama-8B\n    revision: ${PIN}\n${license ? `    license: ${license}\n` : ''}`;
    const before = (await gate({ 'models.yaml': distill() })).models[0];
    const f = before.findings.find((x) => x.rule === 'license.inherited')!;
    expect(before.status).toBe('blocked');
    expect(f.help).toMatch(/declare the model in models\.yaml with `license: llama3\.1`/);
    // Following the advice: the relabel is acknowledged, and the declaration is not a license.mismatch.
    const after = (await gate({ 'models.yaml': distill('llama3.1') })).models[0];
    expect(after.findings.map((x) => x.rule)).not.toEqual(expect.arrayContaining(['license.inherited']));
    expect(after.findings.map((x) => x.rule)).not.toContain('license.mismatch');
    expect(after.status).not.toBe('blocked');
    // A declaration that is neither its label nor the binding license still disagrees.
    const wrong = (await gate({ 'models.yaml': distill('apache-2.0') })).models[0];
    expect(wrong.findings.map((x) => x.rule)).toEqual(
      expect.arrayContaining(['license.inherited', 'license.mismatch']),
    );
  });

  it('is blocked by the allow list that admits its label but not its base', async () => {
    const r = await gate({ 'models.yaml': RELABELLED }, 'version: 1\nlicenses:\n  allow: [apache-2.0, mit]\n');
    expect(r.models[0].findings.filter((f) => f.severity === 'block').map((f) => f.rule)).toEqual([
      'license.not-allowed',
      'license.inherited',
    ]);
    expect(r.models[0].findings.map((f) => f.rule)).toContain('license.inherited');
  });
});

describe('a private model with a declared license', () => {
  const PRIVATE = `models:
  - id: acme/speech-intent-classifier
    revision: ${PIN}
    license: cc-by-nc-4.0
    purpose: routes support calls
`;

  it('a declared cc-by-nc-4.0 is blocked by license.denied, with license.unverified as a warning', async () => {
    const r = await gate({ 'models.yaml': PRIVATE });
    expect(r.verdict).toBe('fail');
    const m = r.models[0];
    expect(m).toMatchObject({ status: 'blocked', license: 'cc-by-nc-4.0', license_source: 'manifest' });
    expect(m.findings.find((f) => f.rule === 'license.denied')).toMatchObject({
      severity: 'block',
      path: 'models.yaml',
      line: 2,
    });
    expect(m.findings.find((f) => f.rule === 'license.unverified')).toMatchObject({ severity: 'warn' });
    expect(m.findings.map((f) => f.rule)).not.toContain('license.unknown');
  });

  it('text and Markdown say "declared, unverified" beside the license', async () => {
    const r = await gate({ 'models.yaml': PRIVATE });
    expect(renderText(r)).toMatch(
      /^BLOCKED +acme\/speech-intent-classifier +cc-by-nc-4\.0 \(declared, unverified\) +models\.yaml:2$/m,
    );
    expect(renderMarkdown(r)).toMatch(/\| \[cc-by-nc-4\.0\]\([^)]+\)<br><sub>declared, unverified<\/sub> \|/);
  });
});

describe('license_source in the JSON report', () => {
  let hub: FakeHub;

  it('says catalog, hub, manifest or null for each model, and match for the catalog', async () => {
    hub = await startFakeHub({
      models: {
        'acme-labs/support-embedder': {
          sha: PIN,
          cardData: { license: 'mit' },
          siblings: [{ rfilename: 'model.safetensors' }],
        },
        'acme-labs/unlabelled': { sha: PIN, cardData: {}, siblings: [{ rfilename: 'model.safetensors' }] },
      },
    });
    cleanups.push(() => hub.close());
    const resolver = new HubClient({ endpoint: hub.url, token: null, retries: 0 });
    const r = await gate(
      {
        'models.yaml': `models:
  - id: openai-community/gpt2
    revision: ${PIN}
  - id: gpt2-large
    revision: ${PIN}
  - id: acme-labs/support-embedder
    revision: ${PIN}
  - id: acme-labs/private-ranker
    revision: ${PIN}
    license: apache-2.0
  - id: acme-labs/unlabelled
    revision: ${PIN}
`,
      },
      undefined,
      resolver,
    );
    const json = JSON.parse(renderJson(r)) as Report;
    const source = Object.fromEntries(json.models.map((m) => [m.id, [m.license_source, m.match ?? null, m.license]]));
    expect(source['openai-community/gpt2']).toEqual(['catalog', 'exact', 'mit']);
    expect(source['openai-community/gpt2-large']).toEqual(['catalog', 'alias', 'mit']);
    expect(source['acme-labs/support-embedder']).toEqual(['hub', null, 'mit']);
    expect(source['acme-labs/private-ranker']).toEqual(['manifest', null, 'apache-2.0']);
    expect(source['acme-labs/unlabelled']).toEqual([null, null, null]);
    expect(
      json.models
        .find((m) => m.id === 'acme-labs/private-ranker')!
        .findings.find((f) => f.rule === 'license.unverified')?.message,
    ).toMatch(/the Hugging Face Hub does not know it/);
  });
});

describe('local weights', () => {
  const MODELFILE = 'FROM ./outputs/merged\nPARAMETER temperature 0.2\nSYSTEM "You answer billing questions."\n';

  it('a Modelfile FROM ./outputs/... is local weights, warned, never blocked by license.unknown', async () => {
    const r = await gate({ 'ollama/Modelfile': MODELFILE });
    const m = r.models[0];
    expect(m).toMatchObject({ id: './outputs/merged', kind: 'local-file', status: 'warning', license: null });
    expect(m.findings.map((f) => f.rule).sort()).toEqual(['manifest.undeclared', 'provenance.local-weights']);
    expect(m.findings.find((f) => f.rule === 'manifest.undeclared')!.message).toBe(
      'ollama/Modelfile:1 loads local weights ./outputs/merged, which models.yaml does not declare',
    );
    expect(r.verdict).toBe('pass');
  });

  it('declared with their base, they are bound by the base terms', async () => {
    const r = await gate({
      'ollama/Modelfile': MODELFILE,
      'models.yaml': 'models:\n  - id: ./outputs/merged\n    base_model: meta-llama/Llama-3.1-8B-Instruct\n',
    });
    expect(r.models).toHaveLength(1);
    const m = r.models[0];
    expect(m).toMatchObject({
      id: './outputs/merged',
      kind: 'local-file',
      declared: true,
      license: 'llama3.1',
      license_source: null,
    });
    expect(m.locations).toEqual([
      { path: 'models.yaml', line: 2 },
      { path: 'ollama/Modelfile', line: 1 },
    ]);
    expect(m.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['use.restrictions', 'obligation.attribution']),
    );
    expect(m.findings.map((f) => f.rule)).not.toContain('provenance.local-weights');
    expect(renderText(r)).toMatch(/llama3\.1 \(from the base model\)/);
  });
});

describe("a publisher's own relicense is not a relabel", () => {
  it('DeepSeek-R1 (MIT, over DeepSeek-V3-Base under the DeepSeek license) is bound by MIT: the rights holder chose it', async () => {
    const r = await gate({ 'app/reason.py': 'from vllm import LLM\n\nllm = LLM(model="deepseek-ai/DeepSeek-R1")\n' });
    const m = r.models.find((x) => x.id === 'deepseek-ai/DeepSeek-R1')!;
    expect(m.license).toBe('mit');
    expect(m.lineage?.map((s) => [s.id, s.license])).toEqual([
      ['deepseek-ai/DeepSeek-R1', 'mit'],
      ['deepseek-ai/DeepSeek-V3-Base', 'deepseek'],
    ]);
    expect(m.findings.map((f) => f.rule)).not.toContain('license.inherited');
    expect(m.status).not.toBe('blocked');
  });

  it("a distill over another publisher's base stays bound by it (DeepSeek-R1-Distill-Llama-8B by Llama 3.1)", async () => {
    const r = await gate({
      'app/reason.py': 'from vllm import LLM\n\nllm = LLM(model="deepseek-ai/DeepSeek-R1-Distill-Llama-8B")\n',
    });
    const m = r.models[0];
    expect(m.license).toBe('llama3.1');
    expect(m.findings.find((f) => f.rule === 'license.inherited')?.message).toMatch(
      /labelled mit but derives from meta-llama\/Llama-3\.1-8B/,
    );
  });

  it("a manifest's own label under a publisher's name does not count as the publisher's word", async () => {
    const r = await gate({
      'models.yaml': `models:\n  - id: meta-llama/llama-3-internal-ft\n    revision: ${PIN}\n    license: mit\n    base_model: meta-llama/Meta-Llama-3-8B\n`,
    });
    const m = r.models[0];
    expect(m.license).toBe('llama3');
    expect(m.findings.map((f) => f.rule)).toContain('license.inherited');
    expect(m.status).toBe('blocked');
  });
});

describe('a model of ModelScope declared by its id', () => {
  it('is the ModelScope address the code loads: one model, declared, its license the manifest declares', async () => {
    const r = await gate({
      'models.yaml': `models:\n  - id: iic/emotion2vec_plus_large\n    license: apache-2.0\n    revision: ${PIN}\n`,
      'asr/transcribe.py': [
        'from funasr import AutoModel',
        '',
        'model = AutoModel(model="iic/emotion2vec_plus_large", vad_model="fsmn-vad", device="cuda:0")',
        '',
      ].join('\n'),
    });
    const ids = r.models.map((m) => m.id);
    // (and FunASR's `fsmn-vad`, the ModelScope repository it downloads for that name, undeclared)
    expect(ids.sort()).toEqual([
      'https://modelscope.cn/models/iic/emotion2vec_plus_large',
      'https://modelscope.cn/models/iic/speech_fsmn_vad_zh-cn-16k-common-pytorch',
    ]);
    const m = r.models.find((x) => x.id === ids[0])!;
    expect(m).toMatchObject({ kind: 'url', declared: true, license: 'apache-2.0', license_source: 'manifest' });
    expect(m.locations).toEqual([
      { path: 'models.yaml', line: 2 },
      { path: 'asr/transcribe.py', line: 3 },
    ]);
    expect(m.findings.map((f) => f.rule)).not.toContain('manifest.undeclared');
  });
});
