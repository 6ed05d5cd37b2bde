import { describe, it, expect, beforeAll } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { load } from 'js-yaml';
import { Catalog, catalogDataDir, loadCatalog, normId } from '../../src/catalog/catalog.js';
import { packagePath } from '../../src/core/paths.js';
import { seededRandom } from '../../src/core/random.js';
import type { CatalogModel, LicenseTerms } from '../../src/core/types.js';

const addFormats = addFormatsModule.default;

/** The license identifiers of the Hugging Face Hub (hub-docs `repositories-licenses.md`), as listed in model-terms.md. */
const HUB_LICENSE_IDS = [
  'apache-2.0',
  'mit',
  'openrail',
  'bigscience-openrail-m',
  'creativeml-openrail-m',
  'bigscience-bloom-rail-1.0',
  'bigcode-openrail-m',
  'afl-3.0',
  'artistic-2.0',
  'bsl-1.0',
  'bsd',
  'bsd-2-clause',
  'bsd-3-clause',
  'bsd-3-clause-clear',
  'c-uda',
  'cc',
  'cc0-1.0',
  'cc-by-2.0',
  'cc-by-2.5',
  'cc-by-3.0',
  'cc-by-4.0',
  'cc-by-sa-3.0',
  'cc-by-sa-4.0',
  'cc-by-nc-2.0',
  'cc-by-nc-3.0',
  'cc-by-nc-4.0',
  'cc-by-nd-4.0',
  'cc-by-nc-nd-3.0',
  'cc-by-nc-nd-4.0',
  'cc-by-nc-sa-2.0',
  'cc-by-nc-sa-3.0',
  'cc-by-nc-sa-4.0',
  'cdla-sharing-1.0',
  'cdla-permissive-1.0',
  'cdla-permissive-2.0',
  'wtfpl',
  'ecl-2.0',
  'epl-1.0',
  'epl-2.0',
  'etalab-2.0',
  'eupl-1.1',
  'eupl-1.2',
  'agpl-3.0',
  'gfdl',
  'gpl',
  'gpl-2.0',
  'gpl-3.0',
  'lgpl',
  'lgpl-2.1',
  'lgpl-3.0',
  'isc',
  'h-research',
  'intel-research',
  'lppl-1.3c',
  'ms-pl',
  'apple-ascl',
  'apple-amlr',
  'mpl-2.0',
  'odc-by',
  'odbl',
  'openmdw-1.0',
  'openmdw-1.1',
  'openrail++',
  'osl-3.0',
  'postgresql',
  'ofl-1.1',
  'ncsa',
  'unlicense',
  'zlib',
  'pddl',
  'lgpl-lr',
  'deepfloyd-if-license',
  'fair-noncommercial-research-license',
  'llama2',
  'llama3',
  'llama3.1',
  'llama3.2',
  'llama3.3',
  'llama4',
  'grok2-community',
  'gemma',
  'unknown',
  'other',
];

/** `license_name` values seen on cards that use `license: other`. */
const OTHER_LICENSE_NAMES = [
  'qwen',
  'qwen-research',
  'tongyi-qianwen',
  'mnpl',
  'mrl',
  'stabilityai-ai-community',
  'flux-1-dev-non-commercial-license',
  'falcon-llm-license',
  'chameleon-research-license',
  'deepseek',
];

/** Meta's open releases the catalog must hold (issue text). */
const META_MODELS = [
  'meta-llama/Llama-2-7b-hf',
  'meta-llama/Llama-2-13b-chat-hf',
  'meta-llama/Llama-2-70b-chat-hf',
  'meta-llama/Meta-Llama-3-8B',
  'meta-llama/Meta-Llama-3-70B-Instruct',
  'meta-llama/Llama-3.1-8B',
  'meta-llama/Llama-3.1-70B-Instruct',
  'meta-llama/Llama-3.1-405B-Instruct',
  'meta-llama/Llama-3.2-1B-Instruct',
  'meta-llama/Llama-3.2-3B-Instruct',
  'meta-llama/Llama-3.2-11B-Vision-Instruct',
  'meta-llama/Llama-3.2-90B-Vision-Instruct',
  'meta-llama/Llama-3.3-70B-Instruct',
  'meta-llama/Llama-4-Scout-17B-16E-Instruct',
  'meta-llama/Llama-4-Maverick-17B-128E-Instruct',
  'codellama/CodeLlama-7b-hf',
  'codellama/CodeLlama-34b-Instruct-hf',
  'meta-llama/LlamaGuard-7b',
  'meta-llama/Meta-Llama-Guard-2-8B',
  'meta-llama/Llama-Guard-3-8B',
  'meta-llama/Llama-Guard-4-12B',
  'facebook/sam-vit-base',
  'facebook/sam-vit-large',
  'facebook/sam-vit-huge',
  'facebook/sam2-hiera-large',
  'facebook/sam2.1-hiera-large',
  'facebook/musicgen-small',
  'facebook/musicgen-medium',
  'facebook/musicgen-large',
  'facebook/musicgen-melody',
  'facebook/musicgen-stereo-small',
  'facebook/audiogen-medium',
  'facebook/seamless-m4t-medium',
  'facebook/seamless-m4t-v2-large',
  'facebook/seamless-streaming',
  'facebook/nllb-200-distilled-600M',
  'facebook/nllb-200-1.3B',
  'facebook/nllb-200-3.3B',
  'facebook/dinov2-small',
  'facebook/dinov2-base',
  'facebook/dinov2-large',
  'facebook/dinov2-giant',
];

const PICKLE = new Set(['bin', 'pt', 'pth', 'ckpt', 'pkl', 'pickle', 'joblib']);
const KNOWN_FORMATS = new Set([...PICKLE, 'safetensors', 'gguf', 'onnx', 'h5', 'msgpack', 'tflite']);

interface DataFile<T> {
  file: string;
  data: T;
}

function readYaml(file: string): unknown {
  return load(readFileSync(file, 'utf8'), { filename: file });
}

function readSchema(name: string): object {
  return JSON.parse(readFileSync(packagePath('schemas', name), 'utf8')) as object;
}

const dataDir = catalogDataDir();
const licenseFile: DataFile<{ licenses: LicenseTerms[] }> = {
  file: join(dataDir, 'licenses.yml'),
  data: readYaml(join(dataDir, 'licenses.yml')) as { licenses: LicenseTerms[] },
};
const modelFiles: DataFile<{ models: CatalogModel[] }>[] = readdirSync(join(dataDir, 'models'))
  .filter((n) => n.endsWith('.yml'))
  .sort()
  .map((n) => ({
    file: join(dataDir, 'models', n),
    data: readYaml(join(dataDir, 'models', n)) as { models: CatalogModel[] },
  }));
const licenses = licenseFile.data.licenses;
const models = modelFiles.flatMap((f) => f.data.models);

function isHttps(u: string): boolean {
  try {
    return new URL(u).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Keys that occur more than once (case-insensitive), with the entries that claim them. */
function duplicates(pairs: [string, string][]): string[] {
  const seen = new Map<string, string>();
  const dups: string[] = [];
  for (const [key, owner] of pairs) {
    const k = normId(key);
    const prev = seen.get(k);
    if (prev !== undefined) dups.push(`${key} (${prev} and ${owner})`);
    else seen.set(k, owner);
  }
  return dups;
}

describe('catalog data files', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validateLicenses = ajv.compile(readSchema('catalog-licenses.schema.json'));
  const validateModels = ajv.compile(readSchema('catalog-models.schema.json'));

  it('licenses.yml matches schemas/catalog-licenses.schema.json', () => {
    const ok = validateLicenses(licenseFile.data);
    expect(ajv.errorsText(validateLicenses.errors, { separator: '\n' })).toBe('No errors');
    expect(ok).toBe(true);
  });

  it.each(modelFiles.map((f) => [f.file.slice(dataDir.length + 1), f] as const))(
    '%s matches schemas/catalog-models.schema.json',
    (_name, f) => {
      const ok = validateModels(f.data);
      expect(ajv.errorsText(validateModels.errors, { separator: '\n' })).toBe('No errors');
      expect(ok).toBe(true);
      expect(f.data.models.length).toBeGreaterThan(0);
    },
  );

  it('every schema property has a description', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      if (o.properties && typeof o.properties === 'object') {
        for (const [k, v] of Object.entries(o.properties as Record<string, unknown>)) {
          if (!(v as { description?: unknown }).description) missing.push(`${path}.${k}`);
        }
      }
      for (const [k, v] of Object.entries(o)) walk(v, `${path}.${k}`);
    };
    walk(readSchema('catalog-licenses.schema.json'), 'licenses');
    walk(readSchema('catalog-models.schema.json'), 'models');
    expect(missing).toEqual([]);
  });
});

describe('licenses', () => {
  it('cite https sources and an https license text', () => {
    const bad = licenses
      .filter((l) => l.sources.length === 0 || !l.sources.every(isHttps) || !isHttps(l.url))
      .map((l) => l.id);
    expect(bad).toEqual([]);
  });

  it('have unique ids, SPDX ids and aliases (case-insensitive)', () => {
    const pairs: [string, string][] = licenses.flatMap((l) => {
      const keys = new Set([l.id, ...(l.spdx ? [l.spdx] : []), ...(l.aliases ?? [])].map(normId));
      return [...keys].map((k): [string, string] => [k, l.id]);
    });
    expect(duplicates(pairs)).toEqual([]);
  });

  it('hold every license id of the Hub and the common `other` names', () => {
    const ids = new Set(licenses.map((l) => l.id));
    expect([...HUB_LICENSE_IDS, ...OTHER_LICENSE_NAMES].filter((id) => !ids.has(id))).toEqual([]);
  });

  it('state the condition of every conditional commercial grant', () => {
    expect(licenses.filter((l) => l.commercial === 'conditional' && !l.commercial_condition).map((l) => l.id)).toEqual(
      [],
    );
  });

  it('record the terms of the Llama, Qwen and Gemma licenses', () => {
    const by = new Map(licenses.map((l) => [l.id, l]));
    for (const id of ['llama2', 'llama3', 'llama3.1', 'llama3.2', 'llama3.3', 'llama4']) {
      const l = by.get(id);
      expect(l?.category).toBe('community');
      expect(l?.user_cap).toBe(700_000_000);
      expect(l?.restrictions_pass_downstream).toBe(true);
      expect(l?.acceptable_use).toMatch(/^https:\/\//);
      expect(l?.output_training).toBeTruthy();
    }
    expect(by.get('llama3.2')?.excluded_regions).toEqual(['EU']);
    expect(by.get('llama4')?.excluded_regions).toEqual(['EU']);
    expect(by.get('llama3.3')?.excluded_regions).toBeUndefined();
    expect(by.get('llama3.1')?.attribution).toContain('Built with Llama');
    expect(by.get('llama3')?.naming).toContain('Llama 3');
    expect(by.get('qwen')?.user_cap).toBe(100_000_000);
    expect(by.get('qwen-research')?.commercial).toBe(false);
    expect(by.get('gemma')?.restrictions_pass_downstream).toBe(true);
    expect(by.get('unknown')?.category).toBe('unknown');
    expect(by.get('other')?.category).toBe('unknown');
  });

  it('put the usual families in the right category', () => {
    const cat = (id: string) => licenses.find((l) => l.id === id)?.category;
    for (const id of ['apache-2.0', 'mit', 'bsd-3-clause', 'isc', 'cc0-1.0', 'cc-by-4.0', 'zlib', 'unlicense'])
      expect(cat(id)).toBe('permissive');
    for (const id of [
      'gpl-3.0',
      'agpl-3.0',
      'lgpl-2.1',
      'mpl-2.0',
      'epl-2.0',
      'eupl-1.2',
      'cc-by-sa-4.0',
      'osl-3.0',
      'cdla-sharing-1.0',
      'odbl',
    ])
      expect(cat(id)).toBe('copyleft');
    for (const id of [
      'openrail',
      'creativeml-openrail-m',
      'openrail++',
      'bigscience-bloom-rail-1.0',
      'bigcode-openrail-m',
    ])
      expect(cat(id)).toBe('open-rail');
    for (const id of [
      'cc-by-nc-4.0',
      'cc-by-nc-sa-4.0',
      'fair-noncommercial-research-license',
      'deepfloyd-if-license',
      'flux-1-dev-non-commercial-license',
      'qwen-research',
      'mnpl',
    ])
      expect(cat(id)).toBe('non-commercial');
    for (const id of ['mrl', 'chameleon-research-license', 'apple-amlr']) expect(cat(id)).toBe('research-only');
  });
});

describe('models', () => {
  const licenseIds = new Set(licenses.map((l) => l.id));
  const modelIds = new Set(models.map((m) => normId(m.id)));

  it('cite an https source', () => {
    expect(models.filter((m) => !isHttps(m.source)).map((m) => m.id)).toEqual([]);
  });

  it('name a license of the catalog', () => {
    expect(models.filter((m) => !licenseIds.has(m.license)).map((m) => `${m.id}: ${m.license}`)).toEqual([]);
  });

  it('have base models that are catalog models', () => {
    const bad = models.flatMap((m) =>
      (m.base_model ?? []).filter((b) => !modelIds.has(normId(b))).map((b) => `${m.id} -> ${b}`),
    );
    expect(bad).toEqual([]);
    expect(models.filter((m) => (m.base_model ?? []).some((b) => normId(b) === normId(m.id))).map((m) => m.id)).toEqual(
      [],
    );
  });

  it('have unique ids and aliases (case-insensitive), no alias naming another model', () => {
    const pairs: [string, string][] = models.flatMap((m) =>
      [m.id, ...(m.aliases ?? [])].map((k): [string, string] => [k, m.id]),
    );
    expect(duplicates(pairs)).toEqual([]);
    const collisions = models.flatMap((m) =>
      (m.aliases ?? []).filter((a) => modelIds.has(normId(a))).map((a) => `${m.id}: ${a}`),
    );
    expect(collisions).toEqual([]);
  });

  it('use known weight formats and Ollama aliases of the form ollama:NAME[:TAG]', () => {
    expect(models.flatMap((m) => m.formats.filter((f) => !KNOWN_FORMATS.has(f)).map((f) => `${m.id}: ${f}`))).toEqual(
      [],
    );
    const ollama = models.flatMap((m) => (m.aliases ?? []).filter((a) => a.startsWith('ollama:')));
    expect(ollama.filter((a) => !/^ollama:[a-z0-9][a-z0-9._-]*(:[a-z0-9][a-z0-9._-]*)?$/.test(a))).toEqual([]);
  });

  it('call open-source only models whose training data is released', () => {
    expect(models.filter((m) => m.openness === 'open-source' && m.data_released !== true).map((m) => m.id)).toEqual([]);
  });

  it('cover at least 200 checkpoints over at least 25 families', () => {
    expect(models.length).toBeGreaterThanOrEqual(200);
    expect(new Set(models.map((m) => m.family)).size).toBeGreaterThanOrEqual(25);
  });

  it('record the non-commercial terms of text-to-speech models their packages download (ChatTTS)', () => {
    expect(models.find((m) => m.id === '2Noise/ChatTTS')).toMatchObject({
      license: 'cc-by-nc-4.0',
      task: 'text-to-speech',
    });
  });

  it("hold Meta's open releases", () => {
    expect(META_MODELS.filter((id) => !modelIds.has(normId(id)))).toEqual([]);
  });

  it('record Meta terms on Meta models', () => {
    const lic = (id: string) => models.find((m) => m.id === id)?.license;
    expect(lic('meta-llama/Llama-2-7b-chat-hf')).toBe('llama2');
    expect(lic('codellama/CodeLlama-7b-hf')).toBe('llama2');
    expect(lic('meta-llama/Meta-Llama-3-8B-Instruct')).toBe('llama3');
    expect(lic('meta-llama/Llama-3.2-11B-Vision-Instruct')).toBe('llama3.2');
    expect(lic('meta-llama/Llama-4-Scout-17B-16E-Instruct')).toBe('llama4');
    expect(lic('facebook/musicgen-small')).toBe('cc-by-nc-4.0');
    expect(lic('facebook/sam-vit-base')).toBe('apache-2.0');
    expect(models.filter((m) => m.publisher === 'meta-llama' && !m.gated).map((m) => m.id)).toEqual([]);
  });

  it('set base_model on the DeepSeek-R1 distills', () => {
    const base = (id: string) => models.find((m) => m.id === id)?.base_model;
    expect(base('deepseek-ai/DeepSeek-R1-Distill-Llama-8B')).toEqual(['meta-llama/Llama-3.1-8B']);
    expect(base('deepseek-ai/DeepSeek-R1-Distill-Llama-70B')).toEqual(['meta-llama/Llama-3.3-70B-Instruct']);
    for (const s of ['1.5B', '7B', '14B', '32B'])
      expect(base(`deepseek-ai/DeepSeek-R1-Distill-Qwen-${s}`)?.[0]).toMatch(/^Qwen\/Qwen2\.5-/);
  });

  it('list only pickle formats where nothing safer is published', () => {
    const onlyPickle = (id: string) => {
      const m = models.find((x) => x.id === id);
      return m !== undefined && m.formats.every((f) => PICKLE.has(f));
    };
    expect(onlyPickle('facebook/audiogen-medium')).toBe(true);
    expect(onlyPickle('facebook/sam2-hiera-large')).toBe(true);
    expect(onlyPickle('meta-llama/Llama-3.1-8B-Instruct')).toBe(false);
    expect(onlyPickle('google-t5/t5-base')).toBe(false);
  });
});

describe('loadCatalog()', () => {
  let catalog: Catalog;
  beforeAll(() => {
    catalog = loadCatalog();
  });

  it('loads every license and model of the data files', () => {
    expect(catalog.licenses.length).toBe(licenses.length);
    expect(catalog.models.length).toBe(models.length);
  });

  it('finds models by id and alias, case-insensitively', () => {
    expect(catalog.model('gpt2')?.id).toBe('openai-community/gpt2');
    expect(catalog.model('runwayml/stable-diffusion-v1-5')?.id).toBe('stable-diffusion-v1-5/stable-diffusion-v1-5');
    expect(catalog.model('ollama:llama3.1:8b')?.id).toBe('meta-llama/Llama-3.1-8B-Instruct');
    expect(catalog.model('ollama:llama3.1')?.id).toBe('meta-llama/Llama-3.1-8B-Instruct');
    expect(catalog.model('ollama:llama3.1:latest')?.id).toBe('meta-llama/Llama-3.1-8B-Instruct');
    expect(catalog.model('ollama:llama3.2:3b')?.id).toBe('meta-llama/Llama-3.2-3B-Instruct');
    expect(catalog.model('ollama:gemma2:9b')?.id).toBe('google/gemma-2-9b-it');
    expect(catalog.model('ollama:qwen2.5:7b')?.id).toBe('Qwen/Qwen2.5-7B-Instruct');
    expect(catalog.model('ollama:mistral:7b')?.id).toBe('mistralai/Mistral-7B-Instruct-v0.3');
    expect(catalog.model('ollama:deepseek-r1:7b')?.id).toBe('deepseek-ai/DeepSeek-R1-Distill-Qwen-7B');
    expect(catalog.model('ollama:phi3:mini')?.id).toBe('microsoft/Phi-3-mini-4k-instruct');
    expect(catalog.model('bert-base-uncased')?.id).toBe('google-bert/bert-base-uncased');
    expect(catalog.model('t5-base')?.id).toBe('google-t5/t5-base');
    expect(catalog.model('all-MiniLM-L6-v2')?.id).toBe('sentence-transformers/all-MiniLM-L6-v2');
    expect(catalog.model('META-LLAMA/llama-3.1-8b-instruct')?.id).toBe('meta-llama/Llama-3.1-8B-Instruct');
    expect(catalog.model('meta-llama/Meta-Llama-3.1-8B-Instruct')?.id).toBe('meta-llama/Llama-3.1-8B-Instruct');
    expect(catalog.model('https://huggingface.co/Qwen/Qwen2.5-72B-Instruct')?.license).toBe('qwen');
    expect(catalog.model('bartowski/Meta-Llama-3.1-8B-Instruct-GGUF')?.base_model).toEqual([
      'meta-llama/Llama-3.1-8B-Instruct',
    ]);
  });

  it('resolves every alias to the model that declares it', () => {
    const wrong = models.flatMap((m) =>
      (m.aliases ?? []).filter((a) => catalog.model(a)?.id !== m.id).map((a) => `${a} -> ${catalog.model(a)?.id}`),
    );
    expect(wrong).toEqual([]);
  });

  it('finds licenses by id, SPDX id and alias', () => {
    expect(catalog.license('Apache-2.0')?.id).toBe('apache-2.0');
    expect(catalog.license('MIT')?.id).toBe('mit');
    expect(catalog.license('CC-BY-NC-4.0')?.id).toBe('cc-by-nc-4.0');
    expect(catalog.license('llama-3.1')?.id).toBe('llama3.1');
    expect(catalog.license('llama3_1')?.id).toBe('llama3.1');
    expect(catalog.license('LLAMA 3.1 COMMUNITY LICENSE AGREEMENT')?.id).toBe('llama3.1');
    expect(catalog.license('deepseek-license')?.id).toBe('deepseek');
    expect(catalog.license('stabilityai-nc-research-community')?.category).toBe('non-commercial');
    expect(catalog.license('GPL-3.0-or-later')?.id).toBe('gpl-3.0');
    expect(catalog.license('no-such-license')).toBeUndefined();
  });
});

describe('normId', () => {
  it('is the trimmed lower case, whether or not the id takes the copy-free path', () => {
    const random = seededRandom(14);
    const alphabet = [
      'a',
      'z',
      'A',
      'Z',
      '0',
      '9',
      '.',
      '_',
      '-',
      '/',
      ':',
      '@',
      '+',
      ' ',
      '\t',
      '\n',
      'É',
      'é',
      'İ',
      'K',
      'ß',
      '\u00a0',
      '\ufeff',
      '~',
      '%',
    ];
    const cases = [
      '',
      'meta-llama/llama-3.1-8b',
      'Meta-Llama/Llama-3.1-8B',
      ' apache-2.0 ',
      'ollama:llama3.1:8b',
      'cc-by-nc-4.0',
    ];
    for (let i = 0; i < 5_000; i++) {
      const n = Math.floor(random() * 12);
      let s = '';
      for (let j = 0; j < n; j++) s += alphabet[Math.floor(random() * alphabet.length)];
      cases.push(s);
    }
    expect(cases.filter((s) => normId(s) !== s.trim().toLowerCase())).toEqual([]);
  });
});

describe('alternatives ranked on places, not localeCompare', () => {
  // the shipped catalog's places are computed at build time (.ci/build-data.mjs), another catalog's at run time
  it.each([
    ['the shipped catalog (places stored by the build)', () => loadCatalog()],
    [
      'a catalog built without places',
      () => new Catalog(loadCatalog().licenses, loadCatalog().models, loadCatalog().rules),
    ],
    [
      'a catalog given places of another list',
      () => new Catalog(loadCatalog().licenses, loadCatalog().models.slice(1), loadCatalog().rules, [0, 1, 2]),
    ],
  ])("each model's place orders ids exactly as localeCompare does: %s", (_, make) => {
    const catalog = make();
    const order = (catalog as unknown as { idOrder(): Map<CatalogModel, number> }).idOrder();
    const models = catalog.models;
    expect(order.size).toBe(models.length);
    const wrong: string[] = [];
    for (const a of models)
      for (const b of models)
        if (Math.sign(order.get(a)! - order.get(b)!) !== Math.sign(a.id.localeCompare(b.id)))
          wrong.push(`${a.id} ${b.id}`);
    expect(wrong).toEqual([]);
  });
});

describe('license() remembered by the label as given', () => {
  it('answers as a first look-up does, for every label asked again in any case or spacing', () => {
    const all: string[] = [];
    for (const l of loadCatalog().licenses)
      for (const x of [l.id, l.spdx, ...(l.aliases ?? [])].filter((v): v is string => !!v))
        all.push(x, x.toUpperCase(), ` ${x} `, `${x}x`);
    all.push('', 'unknown-license', 'MIT', 'mit');
    const labels = [...new Set(all)];
    // each label asked once of a fresh catalog: its first look-up
    const fresh = new Catalog(loadCatalog().licenses, [], {});
    const first = labels.map((label) => fresh.license(label)?.id);
    const catalog = new Catalog(loadCatalog().licenses, loadCatalog().models, {});
    for (const round of [1, 2])
      expect([round, labels.map((label) => catalog.license(label)?.id)]).toEqual([round, first]);
    expect(first.filter(Boolean).length).toBeGreaterThan(labels.length / 3);
  });
});

describe('alternatives with the accepted members of each family and task kept between calls', () => {
  it('answers as without them, for every catalog model, and asks `accept` about a model once for its family and once for its task', () => {
    const catalog = loadCatalog();
    const accept = (m: CatalogModel): boolean => /(^|[^a-z])(mit|apache)/i.test(m.license) && m.id.length % 3 !== 0;
    const asked = new Map<CatalogModel, number>();
    const counted = (m: CatalogModel): boolean => {
      asked.set(m, (asked.get(m) ?? 0) + 1);
      return accept(m);
    };
    const pools = new Map<string, CatalogModel[]>();
    const ids = catalog.models.map((m) => m.id);
    const alone = ids.map((id) => catalog.alternatives(id, accept).map((m) => m.id));
    const kept = ids.map((id) => catalog.alternatives(id, counted, 3, pools).map((m) => m.id));
    expect(kept).toEqual(alone);
    expect(alone.filter((a) => a.length).length).toBeGreaterThan(100);
    // a family named like a task (or the reverse) does not share its list
    expect([...asked.values()].filter((n) => n > 2)).toEqual([]);
  });
});
