import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { ModelReport, Report } from '../../src/core/types.js';
import { huggingfacePurl, modelKind, renderCycloneDx } from '../../src/report/cyclonedx.js';
import { testCatalog } from '../helpers/catalog.js';
import { SHA_A } from '../hub/fixtures.js';

const addFormats = addFormatsModule.default;
const require = createRequire(import.meta.url);
const schemaDir = join(dirname(require.resolve('@cyclonedx/cyclonedx-library/package.json')), 'res', 'schema');
const loadSchema = (name: string) => JSON.parse(readFileSync(join(schemaDir, name), 'utf8')) as Record<string, unknown>;

/** The official CycloneDX 1.6 JSON schema (draft-07) with its SPDX and JSF references. */
function bomValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  // ajv-formats has no IRI formats: accept what a URL parser accepts, with no spaces or control characters.
  const iri = (s: string) =>
    // eslint-disable-next-line no-control-regex -- rejects IRIs holding control characters, as the format requires
    !/[\s\u0000-\u001f\u007f<>"{}|\\^`]/.test(s) && URL.canParse(s, 'http://base.example/');
  ajv.addFormat('iri-reference', iri);
  ajv.addFormat('iri', (s: string) => iri(s) && URL.canParse(s));
  ajv.addFormat('idn-email', /^[^\s@]+@[^\s@]+$/);
  ajv.addSchema(loadSchema('spdx.SNAPSHOT.schema.json'), 'http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json');
  ajv.addSchema(
    loadSchema('jsf-0.82.SNAPSHOT.schema.json'),
    'http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json',
  );
  return ajv.compile(loadSchema('bom-1.6.SNAPSHOT.schema.json'));
}
const validate = bomValidator();

function expectValid(json: string): Record<string, unknown> {
  const bom = JSON.parse(json) as Record<string, unknown>;
  const ok = validate(bom);
  if (!ok) throw new Error(JSON.stringify(validate.errors, null, 2));
  return bom;
}

const model = (m: Partial<ModelReport> & { id: string }): ModelReport => ({
  status: 'allowed',
  license: null,
  declared: true,
  new: true,
  locations: [{ path: 'models.yaml', line: 2 }],
  findings: [],
  ...m,
});

const HOSTILE = 'evil"/</script><img src=x onerror=alert(1)>\n\u0000\u202e\ud800';

const report: Report = {
  version: 1,
  verdict: 'fail',
  policy: 'acme-production',
  models: [
    model({
      id: 'meta-llama/Llama-3.1-8B-Instruct',
      status: 'blocked',
      license: 'llama3.1',
      revision: SHA_A.toUpperCase(),
      publisher: 'meta-llama',
      purpose: 'support chat assistant',
      gated: 'manual',
      lineage: [
        { id: 'meta-llama/Llama-3.1-8B-Instruct', license: 'llama3.1', source: 'catalog' },
        { id: 'meta-llama/Llama-3.1-8B', license: 'llama3.1', source: 'catalog' },
      ],
      locations: [
        { path: 'models.yaml', line: 2 },
        { path: 'app/chat.py', line: 14, column: 9 },
      ],
      findings: [
        {
          rule: 'use.user-cap',
          severity: 'block',
          waived: false,
          message: 'Llama 3.1 Community License caps use at 700,000,000 monthly active users',
          path: 'models.yaml',
          line: 2,
        },
        {
          rule: 'obligation.attribution',
          severity: 'warn',
          waived: false,
          message: 'Display "Built with Llama"',
          path: 'models.yaml',
          line: 2,
        },
      ],
      sources: ['https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct', 'catalog', 'javascript:alert(1)'],
      alternatives: ['Qwen/Qwen2.5-7B-Instruct'],
    }),
    model({
      id: 'acme/llama-finetune',
      status: 'warning',
      license: 'llama3.1',
      revision: 'main',
      lineage: [
        { id: 'acme/llama-finetune', license: 'apache-2.0', source: 'hub' },
        { id: 'meta-llama/Llama-3.1-8B-Instruct', license: 'llama3.1', source: 'catalog' },
        { id: 'meta-llama/Llama-3.1-8B', license: 'llama3.1', source: 'catalog' },
      ],
      findings: [
        {
          rule: 'license.inherited',
          severity: 'warn',
          waived: false,
          message: 'derives from Llama 3.1',
          path: 'models.yaml',
          line: 5,
        },
      ],
    }),
    model({
      id: 'acme/mystery',
      status: 'blocked',
      license: null,
      findings: [
        {
          rule: 'license.unknown',
          severity: 'block',
          waived: true,
          message: 'no license could be established',
          path: 'models.yaml',
          line: 9,
        },
      ],
    }),
    model({
      id: 'acme/weird',
      status: 'blocked',
      license: 'other (license_name: acme-weird, https://acme.example/terms)',
    }),
    model({ id: 'google/gemma-2-9b', status: 'warning', license: 'gemma' }),
    model({ id: 'gpt2', license: 'mit' }),
    model({ id: 'ollama:llama3.1:8b', license: 'llama3.1', declared: false }),
    model({
      id: 'https://example.com/models/x y.gguf',
      license: 'apache-2.0',
      sources: ['https://example.com/a b'],
    }),
    model({
      id: HOSTILE,
      license: HOSTILE,
      revision: `main; rm -rf / ${HOSTILE}`,
      publisher: HOSTILE,
      purpose: HOSTILE,
    }),
    model({
      id: 'urn:cdx:evil/../../x.bin',
      license: 'cc-by-nc-4.0',
      lineage: [
        { id: HOSTILE, source: 'none' },
        { id: HOSTILE, license: HOSTILE, source: 'manifest' },
      ],
    }),
    model({ id: 'acme/dup' }),
    model({ id: 'acme/dup' }),
  ],
  policy_findings: [
    {
      rule: 'exception.expired',
      severity: 'warn',
      waived: false,
      message: 'exception for acme/legacy-* expired on 2025-01-01',
      path: '.github/model-policy.yml',
      line: 30,
    },
  ],
  summary: { models: 12, new: 12, existing: 0, blocked: 4, waived: 0, warning: 3, allowed: 5 },
};

type Component = Record<string, unknown> & {
  name: string;
  properties: { name: string; value: string }[];
  licenses?: { license: Record<string, unknown> }[];
  pedigree?: { ancestors?: Component[]; commits?: { uid: string; url: string }[] };
  externalReferences?: { type: string; url: string }[];
};

describe('renderCycloneDx', () => {
  const json = renderCycloneDx(report, testCatalog([]), {
    timestamp: '2025-06-01T12:00:00Z',
    serialNumber: '3E671687-395B-41F5-A30F-A58921A69B79',
    toolVersion: '0.1.0',
  });
  const bom = expectValid(json);
  const components = bom.components as Component[];
  const byId = (id: string) =>
    components.filter((c) => c.properties.find((p) => p.name === 'model-gate:id')?.value === id);
  const prop = (c: Component, name: string) => c.properties.filter((p) => p.name === name).map((p) => p.value);

  it('is a valid CycloneDX 1.6 BOM with the header model-gate promises', () => {
    expect(bom).toMatchObject({
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',
      version: 1,
      metadata: {
        timestamp: '2025-06-01T12:00:00.000Z',
        tools: { components: [{ type: 'application', name: 'model-gate', version: '0.1.0' }] },
        properties: [
          { name: 'model-gate:verdict', value: 'fail' },
          { name: 'model-gate:policy', value: 'acme-production' },
          {
            name: 'model-gate:policy-finding',
            value: 'exception.expired (warn): exception for acme/legacy-* expired on 2025-01-01',
          },
        ],
      },
    });
    expect(components).toHaveLength(12);
    expect(components.every((c) => c.type === 'machine-learning-model')).toBe(true);
  });

  it('is deterministic with a timestamp and serial number; a random serial otherwise', () => {
    const opts = { timestamp: '2025-06-01T12:00:00Z', serialNumber: 'run 42 of acme/app' };
    const a = renderCycloneDx(report, testCatalog([]), opts);
    expect(renderCycloneDx(report, testCatalog([]), opts)).toBe(a);
    expect((expectValid(a).serialNumber as string).startsWith('urn:uuid:')).toBe(true);
    const r1 = expectValid(renderCycloneDx(report, testCatalog([]))).serialNumber;
    const r2 = expectValid(renderCycloneDx(report, testCatalog([]))).serialNumber;
    expect(r1).not.toBe(r2);
  });

  it('describes a pinned Hub model: purl, version, commit hash, model card, SPDX or named license, lineage', () => {
    const [llama] = byId('meta-llama/Llama-3.1-8B-Instruct');
    expect(llama).toMatchObject({
      'bom-ref': `pkg:huggingface/meta-llama/Llama-3.1-8B-Instruct@${SHA_A}`,
      publisher: 'meta-llama',
      group: 'meta-llama',
      name: 'Llama-3.1-8B-Instruct',
      version: SHA_A,
      description: 'support chat assistant',
      purl: `pkg:huggingface/meta-llama/Llama-3.1-8B-Instruct@${SHA_A}`,
      hashes: [{ alg: 'SHA-1', content: SHA_A }],
      licenses: [
        {
          license: {
            name: 'Llama 3.1 Community License Agreement',
            acknowledgement: 'concluded',
            url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE',
            properties: [{ name: 'model-gate:license-id', value: 'llama3.1' }],
          },
        },
      ],
      modelCard: { considerations: { useCases: ['support chat assistant'] } },
    });
    expect(llama.pedigree?.commits).toEqual([
      { uid: SHA_A, url: `https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/commit/${SHA_A}` },
    ]);
    expect(llama.pedigree?.ancestors).toEqual([
      expect.objectContaining({
        type: 'machine-learning-model',
        group: 'meta-llama',
        name: 'Llama-3.1-8B',
        purl: 'pkg:huggingface/meta-llama/Llama-3.1-8B',
      }),
    ]);
    expect(llama.externalReferences).toEqual([
      { type: 'model-card', url: 'https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct' },
      {
        type: 'license',
        url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE',
        comment: 'Llama 3.1 Community License Agreement',
      },
      {
        type: 'evidence',
        url: 'https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct',
        comment: 'source of the facts model-gate used',
      },
    ]);
    expect(prop(llama, 'model-gate:status')).toEqual(['blocked']);
    expect(prop(llama, 'model-gate:gated')).toEqual(['manual']);
    expect(prop(llama, 'model-gate:location')).toEqual(['models.yaml:2', 'app/chat.py:14:9']);
    expect(prop(llama, 'model-gate:finding')).toEqual([
      'use.user-cap (block): Llama 3.1 Community License caps use at 700,000,000 monthly active users',
      'obligation.attribution (warn): Display "Built with Llama"',
    ]);
    expect(prop(llama, 'model-gate:alternative')).toEqual(['Qwen/Qwen2.5-7B-Instruct']);
  });

  it('gives the declared label and the concluded (inherited) license of a fine-tune, and its whole lineage', () => {
    const [ft] = byId('acme/llama-finetune');
    expect(ft.licenses).toEqual([
      {
        license: {
          id: 'Apache-2.0',
          acknowledgement: 'declared',
          url: 'https://www.apache.org/licenses/LICENSE-2.0',
          properties: [{ name: 'model-gate:license-id', value: 'apache-2.0' }],
        },
      },
      expect.objectContaining({
        license: expect.objectContaining({
          name: 'Llama 3.1 Community License Agreement',
          acknowledgement: 'concluded',
        }),
      }),
    ]);
    expect(ft.version).toBe('main');
    expect(ft.purl).toBe('pkg:huggingface/acme/llama-finetune');
    expect(ft.hashes).toBeUndefined();
    expect(ft.pedigree?.ancestors?.map((a) => a.purl)).toEqual([
      'pkg:huggingface/meta-llama/Llama-3.1-8B-Instruct',
      'pkg:huggingface/meta-llama/Llama-3.1-8B',
    ]);
  });

  it('leaves an unknown license out of licenses and says so in a property', () => {
    const [mystery] = byId('acme/mystery');
    expect(mystery.licenses).toBeUndefined();
    expect(prop(mystery, 'model-gate:license')).toEqual(['unknown']);
    expect(prop(mystery, 'model-gate:finding')).toEqual([
      'license.unknown (block, waived): no license could be established',
    ]);
    const [weird] = byId('acme/weird');
    expect(weird.licenses).toEqual([
      {
        license: {
          name: 'other (license_name: acme-weird, https://acme.example/terms)',
          acknowledgement: 'concluded',
        },
      },
    ]);
  });

  it('names a license whose catalog SPDX value is not an SPDX id', () => {
    const [gemma] = byId('google/gemma-2-9b');
    expect(gemma.licenses?.[0].license).toMatchObject({
      name: 'Gemma Terms of Use',
      url: 'https://ai.google.dev/gemma/terms',
    });
    expect(gemma.licenses?.[0].license.id).toBeUndefined();
  });

  it('handles ids of every kind', () => {
    const [gpt2] = byId('gpt2');
    expect(gpt2).toMatchObject({
      name: 'gpt2',
      purl: 'pkg:huggingface/gpt2',
      licenses: [{ license: { id: 'MIT' } }],
    });
    expect(gpt2.group).toBeUndefined();
    const [ollama] = byId('ollama:llama3.1:8b');
    expect(ollama).toMatchObject({
      'bom-ref': 'model-gate:model:ollama:llama3.1:8b',
      name: 'ollama:llama3.1:8b',
    });
    expect(ollama.purl).toBeUndefined();
    const [url] = byId('https://example.com/models/x y.gguf');
    expect(url.externalReferences).toEqual([
      { type: 'distribution', url: 'https://example.com/models/x%20y.gguf' },
      { type: 'license', url: 'https://www.apache.org/licenses/LICENSE-2.0', comment: 'Apache License 2.0' },
      { type: 'evidence', url: 'https://example.com/a%20b', comment: 'source of the facts model-gate used' },
    ]);
    expect(modelKind('models/llama.gguf')).toBe('local-file');
    expect(modelKind('./weights/model.bin')).toBe('local-file');
    expect(modelKind('Qwen/Qwen2.5-7B-Instruct')).toBe('hub');
  });

  it('keeps hostile names intact as data, with unique bom-refs and no unsafe address', () => {
    const [evil] = byId(HOSTILE);
    expect(evil.name).toBe(HOSTILE);
    expect(evil.publisher).toBe(HOSTILE);
    expect(evil.purl).toBeUndefined();
    expect(evil.hashes).toBeUndefined();
    expect(evil.licenses).toEqual([{ license: { name: HOSTILE, acknowledgement: 'concluded' } }]);
    const [urn] = byId('urn:cdx:evil/../../x.bin');
    expect(urn['bom-ref']).toBe('model-gate:model:urn:cdx:evil/../../x.bin');
    expect(urn.pedigree?.ancestors?.[0]).toMatchObject({
      name: HOSTILE,
      licenses: [{ license: { name: HOSTILE } }],
    });
    const refs = components.map((c) => c['bom-ref']);
    expect(new Set(refs).size).toBe(refs.length);
    expect(byId('acme/dup').map((c) => c['bom-ref'])).toEqual([
      'pkg:huggingface/acme/dup',
      'pkg:huggingface/acme/dup#2',
    ]);
    expect(json).not.toMatch(/javascript:/);
    // The JSON text holds no raw control character, and `</script>` can only appear escaped inside strings.
    // eslint-disable-next-line no-control-regex -- asserts that the JSON text holds no raw control character
    expect(json).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  });

  it('renders an empty report', () => {
    const empty: Report = {
      ...report,
      verdict: 'pass',
      models: [],
      policy_findings: [],
      summary: { models: 0, new: 0, existing: 0, blocked: 0, waived: 0, warning: 0, allowed: 0 },
    };
    const bom = expectValid(renderCycloneDx(empty, testCatalog([])));
    expect(bom.components).toEqual([]);
  });

  it('builds purls as the purl-spec huggingface type says', () => {
    expect(huggingfacePurl('microsoft/deberta-v3-base', '559062AD13D311B87B2C455E67DCD5F1C8F65111')).toBe(
      'pkg:huggingface/microsoft/deberta-v3-base@559062ad13d311b87b2c455e67dcd5f1c8f65111',
    );
    expect(huggingfacePurl('distilbert-base-uncased')).toBe('pkg:huggingface/distilbert-base-uncased');
    expect(huggingfacePurl('acme/m', 'v1.0')).toBe('pkg:huggingface/acme/m');
  });

  it('is rejected by the validator when broken (the validator is live)', () => {
    const broken = JSON.parse(json) as { components: Record<string, unknown>[] };
    broken.components[0].hashes = [{ alg: 'SHA-1', content: 'main' }];
    expect(validate(broken)).toBe(false);
    const badUrl = JSON.parse(json) as { components: { externalReferences: { url: string }[] }[] };
    badUrl.components[0].externalReferences[0].url = 'https://example.com/a b';
    expect(validate(badUrl)).toBe(false);
    const badSpdx = JSON.parse(json) as { components: Record<string, unknown>[] };
    badSpdx.components[0].licenses = [{ license: { id: 'llama3.1' } }];
    expect(validate(badSpdx)).toBe(false);
    badSpdx.components[0].licenses = [{ license: { id: 'Apache-2.0' } }];
    expect(validate(badSpdx)).toBe(true);
  });
});
