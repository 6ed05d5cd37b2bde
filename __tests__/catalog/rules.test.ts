import { describe, it, expect } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { load } from 'js-yaml';
import { Catalog, catalogDataDir, loadCatalog, normId } from '../../src/catalog/catalog.js';
import { readCatalogData } from '../../src/catalog/read.js';
import { compileGlob } from '../../src/catalog/glob.js';
import type { FamiliesFile, OllamaFile, PipelinesFile, ReuploadsFile } from '../../src/catalog/rules.js';
import { packagePath } from '../../src/core/paths.js';

const addFormats = addFormatsModule.default;
const dataDir = catalogDataDir();
const read = <T>(name: string): T => load(readFileSync(join(dataDir, name), 'utf8')) as T;
const families = read<FamiliesFile>('families.yml');
const reuploads = read<ReuploadsFile>('reuploads.yml');
const ollama = read<OllamaFile>('ollama.yml');
const pipelines = read<PipelinesFile>('pipelines.yml');
const catalog = loadCatalog();
const license = (id: string) => catalog.lookup(id)?.model.license;

describe('rule data files', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const schema = (n: string) => JSON.parse(readFileSync(packagePath('schemas', n), 'utf8')) as object;

  it.each([
    ['families.yml', 'catalog-families.schema.json', families],
    ['reuploads.yml', 'catalog-reuploads.schema.json', reuploads],
    ['ollama.yml', 'catalog-ollama.schema.json', ollama],
    ['pipelines.yml', 'catalog-pipelines.schema.json', pipelines],
  ] as const)('%s matches schemas/%s', (_f, s, data) => {
    const validate = ajv.compile(schema(s));
    const ok = validate(data);
    expect(ajv.errorsText(validate.errors, { separator: '\n' })).toBe('No errors');
    expect(ok).toBe(true);
  });

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
    for (const s of [
      'catalog-families.schema.json',
      'catalog-urls.schema.json',
      'catalog-reuploads.schema.json',
      'catalog-ollama.schema.json',
      'catalog-pipelines.schema.json',
    ])
      walk(schema(s), s);
    expect(missing).toEqual([]);
  });

  it('family rules: unique ids, known licenses, compilable globs, every exception inside its rule', () => {
    const ids = families.families.map((f) => f.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const licenses = new Set(catalog.licenses.map((l) => l.id));
    const facts = families.families.flatMap((f) => [f, ...(f.exceptions ?? [])]);
    expect(facts.filter((f) => !licenses.has(f.license)).map((f) => f.license)).toEqual([]);
    expect(facts.filter((f) => !/^https:\/\//.test(f.source)).map((f) => f.source)).toEqual([]);
    for (const f of families.families) {
      for (const g of [...f.match, ...(f.exclude ?? []), ...(f.exceptions ?? []).flatMap((e) => e.match)])
        expect(() => compileGlob(g)).not.toThrow();
    }
    // An exception's literal names (globs without wildcards) must be names the rule covers.
    const outside = families.families.flatMap((f) =>
      (f.exceptions ?? []).flatMap((e) =>
        e.match
          .filter((g) => !/[*?[{]/.test(g))
          .filter((g) => !f.match.some((m) => compileGlob(m).test(g)))
          .map((g) => `${f.id}: ${g}`),
      ),
    );
    expect(outside).toEqual([]);
  });

  it('family rules never shadow a catalog entry with another license', () => {
    const data = readCatalogData();
    const rulesOnly = new Catalog(data.licenses, [], { families: data.rules.families });
    const clashes = data.models.flatMap((m) => {
      const hit = rulesOnly.lookup(m.id);
      return hit && hit.model.license !== m.license
        ? [`${m.id}: entry ${m.license}, rule ${hit.rule?.id} ${hit.model.license}`]
        : [];
    });
    expect(clashes).toEqual([]);
  });

  it('re-upload rules: one per publisher, none of them a family publisher', () => {
    const pubs = reuploads.reuploads.map((r) => normId(r.publisher));
    expect(pubs.filter((p, i) => pubs.indexOf(p) !== i)).toEqual([]);
    const familyPubs = new Set(families.families.map((f) => normId(f.publisher)));
    expect(pubs.filter((p) => familyPubs.has(p))).toEqual([]);
    for (const t of [...reuploads.strip, ...reuploads.reuploads.flatMap((r) => r.strip ?? [])])
      expect(() => compileGlob(t.token)).not.toThrow();
  });

  it('Ollama names: unique, `latest` is a listed tag, every tag resolves to a catalog model', () => {
    const names = ollama.ollama.map((o) => o.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    expect(ollama.ollama.filter((o) => !(o.latest in o.tags)).map((o) => o.name)).toEqual([]);
    const dangling = ollama.ollama.flatMap((o) =>
      Object.entries(o.tags)
        .filter(([, id]) => !catalog.lookup(id) || catalog.lookup(id)?.match === 'reupload')
        .map(([t, id]) => `${o.name}:${t} -> ${id}`),
    );
    expect(dangling).toEqual([]);
    expect(ollama.ollama.filter((o) => o.source !== `https://ollama.com/library/${o.name}`).map((o) => o.name)).toEqual(
      [],
    );
  });

  it('model files hold no Ollama aliases: the library lives in ollama.yml', () => {
    const files = readdirSync(join(dataDir, 'models')).filter((n) => n.endsWith('.yml'));
    const found = files.flatMap((f) =>
      (readFileSync(join(dataDir, 'models', f), 'utf8').match(/ollama:[^\s,\]]+/g) ?? []).map((a) => `${f}: ${a}`),
    );
    expect(found).toEqual([]);
  });
});

describe('resolution order: exact id, alias, family rule, re-upload rule', () => {
  it('an exact entry answers before a family rule, and says so', () => {
    expect(catalog.lookup('Qwen/Qwen2.5-7B-Instruct')).toMatchObject({
      match: 'exact',
      model: { id: 'Qwen/Qwen2.5-7B-Instruct', gated: false },
    });
    expect(catalog.lookup('runwayml/stable-diffusion-v1-5')).toMatchObject({
      match: 'alias',
      model: { id: 'stable-diffusion-v1-5/stable-diffusion-v1-5' },
    });
    const fam = catalog.lookup('Qwen/Qwen2.5-7B-Instruct-1M');
    expect(fam).toMatchObject({
      match: 'family',
      rule: { kind: 'family', id: 'qwen2.5' },
      model: { id: 'Qwen/Qwen2.5-7B-Instruct-1M', publisher: 'Qwen', license: 'apache-2.0' },
    });
    expect(catalog.lookup('bartowski/Mistral-Nemo-Instruct-2407-GGUF')).toMatchObject({
      match: 'reupload',
      model: {
        id: 'bartowski/Mistral-Nemo-Instruct-2407-GGUF',
        publisher: 'bartowski',
        license: 'apache-2.0',
        base_model: ['mistralai/Mistral-Nemo-Instruct-2407'],
        formats: ['gguf'],
      },
      base: { model: { id: 'mistralai/Mistral-Nemo-Instruct-2407' } },
    });
    expect(catalog.lookup('acme/Qwen2.5-7B-Instruct')).toBeUndefined();
    expect(catalog.lookup('Qwen/Qwen2.5-8B-Instruct')).toBeUndefined();
    expect(catalog.isKnownModel('Qwen/Qwen2.5-14B-Instruct-GPTQ-Int8')).toBe(true);
    expect(catalog.model('qwen/qwen2.5-14b-instruct-gptq-int8')?.license).toBe('apache-2.0');
  });

  it('a synthesised record claims only what its rule says: formats, gating and task stay unknown otherwise', () => {
    const granite = catalog.lookup('ibm-granite/granite-3.3-8b-instruct-GGUF')!;
    expect(granite.match).toBe('family');
    expect(granite.model.formats).toEqual([]);
    expect(granite.model.task).toBeUndefined();
    expect(granite.model.gated).toBe(false);
    const gemma = catalog.lookup('google/gemma-3-12b-it-qat-q4_0-unquantized')!.model;
    expect(gemma).toMatchObject({ license: 'gemma', gated: true, formats: [], openness: 'open-weights' });
    expect(gemma.task).toBeUndefined();
    const pyannote = catalog.lookup('pyannote/segmentation-3.0')!.model;
    expect(pyannote.gated).toBe(true);
    const deberta = catalog.lookup('microsoft/deberta-v3-small')!.model;
    expect(deberta.gated).toBeUndefined();
    expect(catalog.lookup('EleutherAI/pythia-12b-deduped')!.model.openness).toBe('open-source');
    expect(catalog.lookup('meta-llama/Llama-3.2-90B-Vision-Instruct')!.model).toMatchObject({ multimodal: true });
  });

  it('hf.co/ addresses and :QUANT tags reach the rules too', () => {
    expect(catalog.lookup('hf.co/bartowski/Qwen2.5-Coder-14B-Instruct-GGUF:Q4_K_M')).toMatchObject({
      match: 'reupload',
      model: { license: 'apache-2.0' },
    });
    expect(catalog.lookup('https://huggingface.co/Qwen/Qwen2.5-3B-Instruct-AWQ')).toMatchObject({
      match: 'family',
      model: { license: 'qwen-research' },
    });
    expect(catalog.lookup('ollama:hf.co/unsloth/Qwen3-8B-GGUF:Q4_K_M')).toMatchObject({
      match: 'reupload',
      model: { license: 'apache-2.0' },
    });
  });
});

describe('known traps', () => {
  it('Qwen licenses depend on the size: 2.5, 2.5-Coder, 2.5-VL, 2-VL, 2, 1.5', () => {
    expect(license('Qwen/Qwen2.5-0.5B-Instruct-GGUF')).toBe('apache-2.0');
    expect(license('Qwen/Qwen2.5-3B-Instruct-GGUF')).toBe('qwen-research');
    expect(license('Qwen/Qwen2.5-3B-Instruct-AWQ')).toBe('qwen-research');
    expect(license('Qwen/Qwen2.5-32B-Instruct-AWQ')).toBe('apache-2.0');
    expect(license('Qwen/Qwen2.5-72B-Instruct-GPTQ-Int4')).toBe('qwen');
    expect(license('Qwen/Qwen2.5-Coder-3B-Instruct-GGUF')).toBe('qwen-research');
    expect(license('Qwen/Qwen2.5-Coder-32B-Instruct-AWQ')).toBe('apache-2.0');
    expect(license('Qwen/Qwen2.5-VL-3B-Instruct-AWQ')).toBe('qwen-research');
    expect(license('Qwen/Qwen2.5-VL-7B-Instruct-AWQ')).toBe('apache-2.0');
    expect(license('Qwen/Qwen2.5-VL-72B-Instruct-AWQ')).toBe('qwen');
    expect(license('Qwen/Qwen2-VL-2B-Instruct-AWQ')).toBe('apache-2.0');
    expect(license('Qwen/Qwen2-VL-72B-Instruct-AWQ')).toBe('tongyi-qianwen'); // the AWQ card's license_name (audit)
    expect(license('Qwen/Qwen2-1.5B-Instruct-AWQ')).toBe('apache-2.0');
    expect(license('Qwen/Qwen2-72B-Instruct-AWQ')).toBe('tongyi-qianwen');
    expect(license('Qwen/Qwen1.5-1.8B-Chat-AWQ')).toBe('tongyi-qianwen-research');
    expect(license('Qwen/Qwen1.5-4B-Chat')).toBe('tongyi-qianwen-research');
    expect(license('Qwen/Qwen1.5-14B-Chat-AWQ')).toBe('tongyi-qianwen');
    expect(license('Qwen/Qwen1.5-110B-Chat')).toBe('tongyi-qianwen');
    expect(license('Qwen/Qwen3-30B-A3B-Instruct-2507')).toBe('apache-2.0');
    expect(catalog.license('tongyi-qianwen-research')?.category).toBe('non-commercial');
  });

  it('FLUX.1 dev variants are non-commercial, schnell is Apache-2.0', () => {
    for (const v of [
      'dev',
      'Canny-dev',
      'Depth-dev',
      'Redux-dev',
      'Fill-dev',
      'Kontext-dev',
      'Krea-dev',
      'Canny-dev-lora',
      'Depth-dev-lora',
    ])
      expect([v, license(`black-forest-labs/FLUX.1-${v}`)]).toEqual([v, 'flux-1-dev-non-commercial-license']);
    expect(license('black-forest-labs/FLUX.1-schnell')).toBe('apache-2.0');
    expect(license('city96/FLUX.1-dev-gguf')).toBe('flux-1-dev-non-commercial-license');
    expect(license('city96/FLUX.1-schnell-gguf')).toBe('apache-2.0');
  });

  it('the cross-encoder ms-marco rerankers answer to their 2025 names too (MiniLM-L6-v2) as Apache-2.0', () => {
    for (const id of ['cross-encoder/ms-marco-MiniLM-L6-v2', 'cross-encoder/ms-marco-TinyBERT-L2-v2'])
      expect(catalog.lookup(id)).toMatchObject({ match: 'family', model: { id, license: 'apache-2.0' } });
    expect(catalog.lookup('cross-encoder/ms-marco-MiniLM-L-6-v2')).toMatchObject({ match: 'exact' });
  });

  it("Coqui's XTTS is under the Coqui Public Model License, which forbids commercial use", () => {
    expect(catalog.lookup('coqui/XTTS-v2')).toMatchObject({ match: 'exact', model: { license: 'cpml' } });
    expect(catalog.license('cpml')).toMatchObject({ category: 'non-commercial', commercial: false });
    expect(catalog.license('coqui-public-model-license')?.id).toBe('cpml');
  });

  it("OpenCLIP's repositories follow the training data: MetaCLIP CC-BY-NC-4.0, LAION and DataComp MIT, SigLIP Apache-2.0", () => {
    for (const v of ['vit_base_patch32_clip_224.metaclip_400m', 'vit_base_patch16_clip_224.metaclip_2pt5b'])
      expect([v, license(`timm/${v}`)]).toEqual([v, 'cc-by-nc-4.0']);
    // timm's classification copies of the same weights are other repositories, labelled Apache-2.0: not covered
    expect(catalog.lookup('timm/vit_base_patch32_clip_quickgelu_224.metaclip_2pt5b')).toBeUndefined();
    expect(license('timm/vit_base_patch32_clip_224.laion400m_e32')).toBe('mit');
    expect(license('laion/CLIP-ViT-L-14-DataComp.XL-s13B-b90K')).toBe('mit');
    expect(license('timm/ViT-SO400M-14-SigLIP-384')).toBe('apache-2.0');
    // an EVA-02 fine-tune on iNaturalist is CC-BY-NC-4.0: the EVA-02 CLIP rule names its one checkpoint
    expect(catalog.lookup('timm/eva02_large_patch14_clip_336.merged2b_ft_inat21')).toBeUndefined();
  });

  it('jina-embeddings v2 is Apache-2.0, v3 CC-BY-NC-4.0', () => {
    expect(license('jinaai/jina-embeddings-v2-base-en')).toBe('apache-2.0');
    expect(license('jinaai/jina-embeddings-v2-base-code')).toBe('apache-2.0');
    expect(license('jinaai/jina-embeddings-v3')).toBe('cc-by-nc-4.0');
    expect(license('jinaai/jina-reranker-v2-base-multilingual')).toBe('cc-by-nc-4.0');
  });

  it('the bge embedders are MIT, bge-reranker-v2-m3 Apache-2.0', () => {
    for (const id of ['BAAI/bge-small-en-v1.5', 'BAAI/bge-large-zh-v1.5', 'BAAI/bge-m3', 'BAAI/bge-reranker-large'])
      expect([id, license(id)]).toEqual([id, 'mit']);
    expect(license('BAAI/bge-reranker-v2-m3')).toBe('apache-2.0');
    expect(license('Xenova/bge-small-en-v1.5')).toBe('mit');
  });

  it("MedGemma is under the Health AI Developer Foundations terms, not Gemma's", () => {
    for (const id of [
      'google/medgemma-4b-it',
      'google/medgemma-27b-text-it',
      'google/txgemma-9b-chat',
      'google/medsiglip-448',
    ])
      expect([id, license(id)]).toEqual([id, 'health-ai-developer-foundations']);
    expect(license('google/gemma-3-4b-it')).toBe('gemma');
    expect(catalog.license('health-ai-developer-foundations')?.id).not.toBe(catalog.license('gemma')?.id);
  });

  it('Gemma 4 and Qwen3.5 are Apache-2.0, and so are their re-uploads (axolotl, LLaMA-Factory, unsloth)', () => {
    for (const id of [
      'google/gemma-4-E2B-it',
      'google/gemma-4-26B-A4B',
      'google/gemma-4-31B-it',
      'unsloth/gemma-4-E4B-it-GGUF',
      'Qwen/Qwen3.5-0.8B',
      'Qwen/Qwen3.5-35B-A3B-Base',
      'Qwen/Qwen3.5-397B-A17B',
      'unsloth/Qwen3.5-9B',
    ])
      expect([id, license(id)]).toEqual([id, 'apache-2.0']);
    // Gemma 1 to 3 stay under the Gemma Terms of Use; a Gemma 4 size no source names stays unknown
    expect(license('google/gemma-3-27b-it')).toBe('gemma');
    expect(license('google/gemma-4-12B-it')).toBeUndefined();
    expect(license('Qwen/Qwen3.5-1B')).toBeUndefined();
  });

  it("faster-whisper's turbo and distil conversions, and pyannote's community-1 pipeline (whisperX)", () => {
    expect(license('mobiuslabsgmbh/faster-whisper-large-v3-turbo')).toBe('mit');
    expect(license('distil-whisper/distil-large-v3.5-ct2')).toBe('mit');
    expect(license('distil-whisper/distil-large-v3-ct2')).toBe('mit');
    expect(license('pyannote/speaker-diarization-community-1')).toBe('cc-by-4.0');
    expect(license('pyannote/speaker-diarization-3.1')).toBe('mit');
  });

  it('the Llama license follows the version: 2, 3, 3.1, 3.2, 3.3, 4, Code Llama, Llama Guard', () => {
    expect(license('meta-llama/Llama-2-70b-chat-hf')).toBe('llama2');
    expect(license('meta-llama/Meta-Llama-3-70B-Instruct')).toBe('llama3');
    expect(license('meta-llama/Llama-3.1-405B-Instruct-FP8')).toBe('llama3.1');
    expect(license('meta-llama/Meta-Llama-3.1-70B-Instruct')).toBe('llama3.1');
    expect(license('meta-llama/Llama-3.2-1B')).toBe('llama3.2');
    expect(license('meta-llama/Llama-3.2-90B-Vision')).toBe('llama3.2');
    expect(license('meta-llama/Llama-3.3-70B-Instruct')).toBe('llama3.3');
    expect(license('meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8')).toBe('llama4');
    expect(license('codellama/CodeLlama-13b-Instruct-hf')).toBe('llama2');
    expect(license('meta-llama/CodeLlama-70b-Python-hf')).toBe('llama2');
    expect(license('meta-llama/LlamaGuard-7b')).toBe('llama2');
    expect(license('meta-llama/Meta-Llama-Guard-2-8B')).toBe('llama3');
    expect(license('meta-llama/Llama-Guard-3-8B-INT8')).toBe('llama3.1');
    expect(license('meta-llama/Llama-Guard-3-1B')).toBe('llama3.2');
    expect(license('meta-llama/Llama-Guard-4-12B')).toBe('llama4');
    expect(license('meta-llama/Prompt-Guard-86M')).toBe('llama3.1');
    expect(license('meta-llama/Llama-Prompt-Guard-2-22M')).toBe('llama4');
  });

  it("Mistral's research license (MRL) and Codestral's MNPL against its Apache-2.0 models", () => {
    for (const id of [
      'mistralai/Mistral-Large-Instruct-2411',
      'mistralai/Ministral-8B-Instruct-2410',
      'mistralai/Pixtral-Large-Instruct-2411',
      'mistralai/Mistral-Small-Instruct-2409',
    ])
      expect([id, license(id)]).toEqual([id, 'mrl']);
    expect(license('mistralai/Codestral-22B-v0.1')).toBe('mnpl');
    for (const id of [
      'mistralai/Mistral-Small-3.2-24B-Instruct-2506',
      'mistralai/Mamba-Codestral-7B-v0.1',
      'mistralai/Devstral-Small-2507',
      'mistralai/Voxtral-Small-24B-2507',
    ])
      expect([id, license(id)]).toEqual([id, 'apache-2.0']);
    expect(catalog.license('mrl')?.commercial).toBe(false);
    expect(catalog.license('mnpl')?.commercial).toBe(false);
  });

  it("OPT (vLLM's favourite test model) is noncommercial, JASCO's weights CC-BY-NC like the rest of AudioCraft's", () => {
    for (const id of ['facebook/opt-125m', 'facebook/opt-1.3b', 'facebook/opt-66b', 'facebook/opt-iml-max-1.3b'])
      expect([id, license(id)]).toEqual([id, 'opt-175b']);
    expect(license('facebook/opt-175b')).toBeUndefined(); // gated by request, never on the Hub under this id
    expect(catalog.license('opt-175b')).toMatchObject({ category: 'non-commercial', commercial: false });
    for (const id of [
      'facebook/jasco-chords-drums-400M',
      'facebook/jasco-chords-drums-melody-1B',
      'facebook/musicgen-style',
    ])
      expect([id, license(id)]).toEqual([id, 'cc-by-nc-4.0']);
  });

  it('HuBERT base and the Pix2Struct checkpoints are Apache-2.0 (read in h2oGPT and Bark)', () => {
    for (const id of [
      'facebook/hubert-base-ls960',
      'google/pix2struct-textcaps-base',
      'google/pix2struct-docvqa-large',
    ])
      expect([id, license(id)]).toEqual([id, 'apache-2.0']);
  });

  it('BART base and large are Apache-2.0, its CNN, MNLI and XSum fine-tunes MIT (read in PEFT)', () => {
    for (const id of ['facebook/bart-base', 'facebook/bart-large'])
      expect([id, license(id)]).toEqual([id, 'apache-2.0']);
    for (const id of ['facebook/bart-large-cnn', 'facebook/bart-large-mnli'])
      expect([id, license(id)]).toEqual([id, 'mit']);
    expect(license('facebook/bart-large-unknown-variant')).toBeUndefined();
  });

  it('DeepSeek-R1 is MIT, DeepSeek-V2 and the first DeepSeek-Coder are under the DeepSeek license', () => {
    expect(license('deepseek-ai/DeepSeek-R1')).toBe('mit');
    expect(license('deepseek-ai/DeepSeek-R1-Zero')).toBe('mit');
    expect(license('deepseek-ai/DeepSeek-V3.1')).toBe('mit');
    expect(license('deepseek-ai/DeepSeek-V2.5')).toBe('deepseek');
    expect(license('deepseek-ai/DeepSeek-V2-Lite')).toBe('deepseek');
    expect(license('deepseek-ai/deepseek-coder-33b-base')).toBe('deepseek');
    expect(license('deepseek-ai/DeepSeek-Coder-V2-Instruct-0724')).toBe('deepseek');
  });

  it('Stable Video Diffusion, Bark and phi-1_5 carry their current (relicensed) terms, with the relicensing noted', () => {
    const svd = catalog.lookup('stabilityai/stable-video-diffusion-img2vid-xt')!.model;
    expect(svd.license).toBe('stabilityai-ai-community');
    expect(svd.unconfirmed).toMatch(/Non-Commercial.*July 2024/);
    const bark = catalog.lookup('suno/bark')!.model;
    expect(bark.license).toBe('mit');
    expect(bark.unconfirmed).toMatch(/CC-BY-NC-4\.0.*2023-05-01/);
    expect(license('suno/bark-small')).toBe('mit');
    expect(license('microsoft/phi-1_5')).toBe('mit');
    expect(license('microsoft/phi-2')).toBe('mit');
  });

  it('the Janus series is under the DeepSeek license, its Hub label of MIT (the code) kept visible', () => {
    for (const id of ['Janus-1.3B', 'JanusFlow-1.3B', 'Janus-Pro-1B', 'Janus-Pro-7B']) {
      const hit = catalog.lookup(`deepseek-ai/${id}`)!;
      expect([id, hit.match, hit.model.license, hit.model.task, hit.model.multimodal]).toEqual([
        id,
        'exact',
        'deepseek',
        'any-to-any',
        true,
      ]);
      expect(hit.model.unconfirmed).toMatch(/MIT.*DeepSeek Model License/);
    }
    // Janus-Pro publishes PyTorch pickles only; Janus-1.3B and JanusFlow-1.3B safetensors.
    expect(catalog.lookup('deepseek-ai/Janus-Pro-7B')!.model.formats).toEqual(['bin']);
    expect(catalog.lookup('deepseek-ai/JanusFlow-1.3B')!.model.formats).toEqual(['safetensors']);
    expect(license('deepseek-ai/Janus-Pro-14B')).toBeUndefined();
  });

  it('MPT-7B and its Instruct fine-tunes are Apache-2.0 (relicensed from CC BY-SA 3.0), MPT-7B-Chat non-commercial', () => {
    expect(license('mosaicml/mpt-7b')).toBe('apache-2.0');
    for (const id of ['mosaicml/mpt-7b-instruct', 'mosaicml/mpt-7b-8k-instruct']) {
      const m = catalog.lookup(id)!.model;
      expect([id, m.license]).toEqual([id, 'apache-2.0']);
      expect(m.unconfirmed).toMatch(/CC BY-SA 3\.0/);
    }
    const chat = catalog.lookup('mosaicml/mpt-7b-chat')!.model;
    expect(chat).toMatchObject({ license: 'cc-by-nc-sa-4.0', base_model: ['mosaicml/mpt-7b'], formats: ['bin'] });
    expect(catalog.license(chat.license)?.category).toBe('non-commercial');
    expect(license('mosaicml/mpt-7b-storywriter')).toBeUndefined();
  });

  it('OpenLLaMA (v1 and v2, PyTorch and EasyLM) is Apache-2.0; sizes it never released stay unknown', () => {
    for (const id of ['open_llama_3b', 'open_llama_7b', 'open_llama_13b', 'open_llama_3b_v2', 'open_llama_7b_v2']) {
      const hit = catalog.lookup(`openlm-research/${id}`);
      expect([id, hit?.match, hit?.model.license, hit?.model.task]).toEqual([
        id,
        'family',
        'apache-2.0',
        'text-generation',
      ]);
    }
    expect(license('openlm-research/open_llama_7b_v2_easylm')).toBe('apache-2.0');
    expect(license('openlm-research/open_llama_13b_v2')).toBeUndefined();
    expect(license('openlm-research/open_llama_3b_600bt_preview')).toBeUndefined();
  });

  it('StableLM-Base-Alpha is CC BY-SA 4.0, StableLM-Tuned-Alpha CC BY-NC-SA 4.0, under either owner spelling', () => {
    for (const owner of ['stabilityai', 'StabilityAI']) {
      expect(license(`${owner}/stablelm-base-alpha-3b`)).toBe('cc-by-sa-4.0');
      expect(license(`${owner}/stablelm-base-alpha-7b`)).toBe('cc-by-sa-4.0');
      expect(license(`${owner}/stablelm-tuned-alpha-3b`)).toBe('cc-by-nc-sa-4.0');
      expect(license(`${owner}/stablelm-tuned-alpha-7b`)).toBe('cc-by-nc-sa-4.0');
    }
    expect(catalog.license('cc-by-nc-sa-4.0')?.category).toBe('non-commercial');
    // The v2 base models and later StableLM releases were not read: unknown.
    expect(license('stabilityai/stablelm-base-alpha-7b-v2')).toBeUndefined();
  });

  it("LeRobot's SmolVLA base policy is Apache-2.0 (its card's label since pull request #25)", () => {
    expect(catalog.lookup('lerobot/smolvla_base')).toMatchObject({
      match: 'exact',
      model: { license: 'apache-2.0', task: 'robotics', formats: ['safetensors'] },
    });
    expect(license('lerobot/smolvla_libero')).toBeUndefined();
  });

  it('catalog9: VaultGemma, Yi, Qwen-VL, Qwen-Audio, Qwen2.5-Omni, Qwen3.6, SV3D, MPT-30B and Qdrant/bm25 (helm, mem0, FastEmbed)', () => {
    const want: [string, string | undefined][] = [
      ['google/vaultgemma-1b', 'gemma'],
      ['https://www.kaggle.com/models/google/vaultgemma/transformers/1b', 'gemma'],
      // helm spells them in lower case; 01-ai's README puts the Yi series under Apache 2.0 (relicensed)
      ['01-ai/yi-6b', 'apache-2.0'],
      ['01-ai/Yi-34B-Chat', 'apache-2.0'],
      ['01-ai/Yi-6B-Chat-4bits', 'apache-2.0'],
      ['01-ai/yi-large', undefined], // an API model, not a checkpoint
      ['Qwen/Qwen-VL', 'tongyi-qianwen'],
      ['Qwen/Qwen-VL-Chat', 'tongyi-qianwen'],
      ['Qwen/Qwen-Audio-Chat', 'tongyi-qianwen'],
      ['Qwen/Qwen2.5-Omni-7B', 'apache-2.0'],
      ['Qwen/Qwen2.5-Omni-7B-AWQ', 'apache-2.0'],
      ['Qwen/Qwen2.5-Omni-3B', 'qwen-research'],
      ['Qwen/Qwen3.6-27B', 'apache-2.0'],
      ['Qwen/Qwen3.6-35B-A3B-FP8', 'apache-2.0'],
      ['Qwen/Qwen3.6-9B', undefined], // a size no source names
      ['stabilityai/sv3d', 'stabilityai-nc-research-community'],
      ['Qdrant/bm25', 'apache-2.0'],
      ['mosaicml/mpt-30b', 'apache-2.0'],
      ['mosaicml/mpt-30b-instruct', 'cc-by-sa-3.0'],
      ['mosaicml/mpt-30b-chat', 'cc-by-nc-sa-4.0'],
      ['Qdrant/bm42-all-minilm-l6-v2-attentions', undefined],
    ];
    expect(want.map(([id]) => [id, license(id)])).toEqual(want);
    for (const id of ['01-ai/Yi-6B', 'Qwen/Qwen-Audio', 'Qwen/Qwen3.6-27B', 'stabilityai/sv3d', 'Qdrant/bm25'])
      expect([id, typeof catalog.lookup(id)!.model.unconfirmed]).toEqual([id, 'string']);
    expect(catalog.lookup('Qwen/Qwen-VL-Chat')!.model.unconfirmed).toBeUndefined();
  });

  it('Falconsai/nsfw_image_detection is an Apache-2.0 image classifier', () => {
    expect(catalog.lookup('Falconsai/nsfw_image_detection')).toMatchObject({
      match: 'exact',
      model: { license: 'apache-2.0', task: 'image-classification', formats: ['safetensors', 'bin'] },
    });
  });

  it('CC BY-ND is not permissive and says no derivatives; the Community License caps revenue', () => {
    const nd = catalog.license('cc-by-nd-4.0')!;
    expect(nd.category).not.toBe('permissive');
    expect(nd.derivatives).toBe(false);
    expect(nd.derivatives_clause).toMatch(/fine-tuned/);
    expect(catalog.license('cc-by-nc-nd-4.0')?.derivatives).toBe(false);
    expect(catalog.license('apache-2.0')?.derivatives).toBeUndefined();
    expect(catalog.license('stabilityai-ai-community')?.revenue_cap_usd).toBe(1_000_000);
    expect(catalog.licenses.filter((l) => l.derivatives === false && !l.derivatives_clause).map((l) => l.id)).toEqual(
      [],
    );
  });
});

describe('re-uploads follow their base', () => {
  const base = (id: string) => catalog.lookup(id)?.model.base_model?.[0];

  it('maps each re-uploader to the base by name, stripping the conversion suffixes', () => {
    expect(base('bartowski/Qwen2.5-7B-Instruct-GGUF')).toBe('Qwen/Qwen2.5-7B-Instruct');
    expect(base('bartowski/google_gemma-3-12b-it-GGUF')).toBe('google/gemma-3-12b-it');
    expect(base('bartowski/Qwen_Qwen3-8B-GGUF')).toBe('Qwen/Qwen3-8B');
    expect(base('TheBloke/Llama-2-13B-chat-GPTQ')).toBe('meta-llama/Llama-2-13b-chat-hf');
    expect(base('TheBloke/CodeLlama-7B-Instruct-GGUF')).toBe('codellama/CodeLlama-7b-Instruct-hf');
    expect(base('unsloth/llama-3-8b-bnb-4bit')).toBe('meta-llama/Meta-Llama-3-8B');
    expect(base('unsloth/Llama-3.2-3B-Instruct-unsloth-bnb-4bit')).toBe('meta-llama/Llama-3.2-3B-Instruct');
    expect(base('mlx-community/whisper-large-v3-mlx')).toBe('openai/whisper-large-v3');
    expect(base('ggml-org/Qwen2.5-Coder-1.5B-Q8_0-GGUF')).toBe('Qwen/Qwen2.5-Coder-1.5B');
    expect(base('lmstudio-community/gemma-2-9b-it-GGUF')).toBe('google/gemma-2-9b-it');
    expect(base('QuantFactory/Meta-Llama-3-8B-Instruct-GGUF')).toBe('meta-llama/Meta-Llama-3-8B-Instruct');
    expect(base('city96/t5-v1_1-xxl-encoder-gguf')).toBe('google/t5-v1_1-xxl');
    expect(base('MaziyarPanahi/Mistral-7B-Instruct-v0.3-GGUF')).toBe('mistralai/Mistral-7B-Instruct-v0.3');
    expect(base('Xenova/all-MiniLM-L6-v2')).toBe('sentence-transformers/all-MiniLM-L6-v2');
    expect(base('onnx-community/Llama-3.2-1B-Instruct-q4f16')).toBe('meta-llama/Llama-3.2-1B-Instruct');
    // a suffix after an underscore (transformers.js's examples load these)
    expect(base('Xenova/Phi-3-mini-4k-instruct_fp16')).toBe('microsoft/Phi-3-mini-4k-instruct');
    expect(base('onnx-community/whisper-base_timestamped')).toBe('openai/whisper-base');
    expect(base('onnx-community/whisper-tiny.en_timestamped')).toBe('openai/whisper-tiny.en');
    // an underscore inside a version is no suffix: the name keeps it
    expect(base('Xenova/t5-v1_1-xxl')).toBe('google/t5-v1_1-xxl');
    expect(base('hugging-quants/Meta-Llama-3.1-8B-Instruct-AWQ-INT4')).toBe('meta-llama/Llama-3.1-8B-Instruct');
    expect(base('mradermacher/Qwen2.5-7B-Instruct-i1-GGUF')).toBe('Qwen/Qwen2.5-7B-Instruct');
    // MLC LLM's compiled copies, as WebLLM's prebuilt list names them
    expect(base('mlc-ai/Llama-3.1-8B-Instruct-q4f16_1-MLC')).toBe('meta-llama/Llama-3.1-8B-Instruct');
    expect(base('mlc-ai/gemma-2-2b-it-q4f32_1-MLC')).toBe('google/gemma-2-2b-it');
    expect(base('mlc-ai/Qwen2-0.5B-Instruct-q0f16-MLC')).toBe('Qwen/Qwen2-0.5B-Instruct');
    expect(base('mlc-ai/Llama-3-70B-Instruct-q3f16_1-MLC')).toBe('meta-llama/Meta-Llama-3-70B-Instruct');
    expect(base('mlc-ai/Phi-3.5-mini-instruct-q4f16_1-MLC')).toBe('microsoft/Phi-3.5-mini-instruct');
  });

  it("mistral-community's Transformers conversion of Pixtral follows Mistral's Pixtral-12B-2409", () => {
    expect(catalog.lookup('mistral-community/pixtral-12b')).toMatchObject({
      match: 'exact',
      model: {
        license: 'apache-2.0',
        publisher: 'mistral-community',
        base_model: ['mistralai/Pixtral-12B-2409'],
        gated: false,
      },
    });
  });

  it("GPT4All-Community's GGUFs follow their base: the Meta- prefix and the 128k context token are dropped", () => {
    const llama = catalog.lookup('GPT4All-Community/Meta-Llama-3.1-8B-Instruct-128k-GGUF')!;
    expect(llama).toMatchObject({
      match: 'reupload',
      model: { license: 'llama3.1', base_model: ['meta-llama/Llama-3.1-8B-Instruct'], formats: ['gguf'] },
    });
    expect(base('GPT4All-Community/DeepSeek-R1-Distill-Llama-8B-GGUF')).toBe(
      'deepseek-ai/DeepSeek-R1-Distill-Llama-8B',
    );
    expect(license('GPT4All-Community/phi-4-GGUF')).toBe('mit');
    // GPT4All's hf.co/... address and a quantisation tag reach the rule too.
    expect(license('hf.co/GPT4All-Community/Meta-Llama-3.1-8B-Instruct-128k-GGUF:Q4_0')).toBe('llama3.1');
    expect(catalog.lookup('GPT4All-Community/my-own-finetune-GGUF')).toBeUndefined();
  });

  it('the license is the base’s, the formats the suffix says, the gating unknown', () => {
    const m = catalog.lookup('bartowski/Qwen2.5-3B-Instruct-GGUF')!;
    expect(m).toMatchObject({ match: 'reupload', rule: { kind: 'reupload', id: 'bartowski' } });
    expect(m.model).toMatchObject({ license: 'qwen-research', formats: ['gguf'], publisher: 'bartowski' });
    expect(m.model.gated).toBeUndefined();
    expect(catalog.lookup('Xenova/whisper-tiny')!.model.formats).toEqual(['onnx']);
    expect(catalog.lookup('unsloth/Qwen2.5-7B-Instruct-bnb-4bit')!.model.formats).toEqual([]);
  });

  it('fine-tunes and merges with their own names stay unknown (fail closed)', () => {
    expect(catalog.lookup('bartowski/Qwen2.5-Coder-14B-Instruct-abliterated-GGUF')).toBeUndefined();
    expect(catalog.lookup('MaziyarPanahi/calme-2.1-qwen2-7b')).toBeUndefined();
    expect(catalog.lookup('NousResearch/Hermes-3-Llama-3.1-405B')).toBeUndefined();
    expect(catalog.lookup('mlc-ai/Hermes-3-Llama-3.1-8B-q4f16_1-MLC')).toBeUndefined();
    // a fine-tune the catalog lists answers its own label, never its base's
    expect(catalog.lookup('NousResearch/Hermes-3-Llama-3.1-8B')).toMatchObject({
      match: 'exact',
      model: { license: 'llama3', family: 'hermes-3' },
    });
    expect(catalog.lookup('TheBloke/some-model-that-does-not-exist-GGUF')).toBeUndefined();
    expect(catalog.lookup('randomuser/Qwen2.5-7B-Instruct-GGUF')).toBeUndefined();
  });

  it('an ambiguous name (two bases under different licenses) maps to nothing', () => {
    const data = readCatalogData();
    const twin = {
      ...data.models.find((m) => m.id === 'Qwen/Qwen2.5-7B-Instruct')!,
      id: 'other-org/Qwen2.5-7B-Instruct',
      license: 'mit',
    };
    const c = new Catalog(data.licenses, [...data.models, twin], data.rules);
    expect(c.lookup('bartowski/Qwen2.5-7B-Instruct-GGUF')).toBeUndefined();
  });
});

describe('Ollama library names', () => {
  const o = (name: string) => catalog.lookup(`ollama:${name}`);

  it('resolve with tags, latest, quantisation suffixes and text variants', () => {
    expect(o('llama3.2:3b')?.model.id).toBe('meta-llama/Llama-3.2-3B-Instruct');
    expect(o('llama3.2')?.model.id).toBe('meta-llama/Llama-3.2-3B-Instruct');
    expect(o('llama3.2:latest')?.model.id).toBe('meta-llama/Llama-3.2-3B-Instruct');
    expect(o('llama3.2:1b-instruct-q4_K_M')?.model.id).toBe('meta-llama/Llama-3.2-1B-Instruct');
    expect(o('llama3.2:3b-text-q8_0')?.model.id).toBe('meta-llama/Llama-3.2-3B');
    // continue's local autocomplete model: the pre-trained checkpoint, and the 3B one under the research license
    expect(o('qwen2.5-coder:1.5b-base')?.model).toMatchObject({ id: 'Qwen/Qwen2.5-Coder-1.5B', license: 'apache-2.0' });
    expect(o('qwen2.5-coder:7b-base-q4_K_M')?.model.id).toBe('Qwen/Qwen2.5-Coder-7B');
    expect(o('qwen2.5-coder:3b-base')?.model.license).toBe('qwen-research');
    expect(o('qwen2.5-coder:1.5b')?.model.id).toBe('Qwen/Qwen2.5-Coder-1.5B-Instruct');
    // Gemma 4 (continue's Ollama model list), through the family rule of its Hub checkpoints
    expect(o('gemma4')?.model).toMatchObject({ id: 'google/gemma-4-E4B-it', license: 'apache-2.0' });
    expect(o('gemma4:26b-a4b-it-q8_0')?.model.id).toBe('google/gemma-4-26B-A4B-it');
    expect(o('gemma4:31b')?.model.license).toBe('apache-2.0');
    expect(o('qwen2.5:7b')?.model.license).toBe('apache-2.0');
    expect(o('qwen2.5:3b')?.model.license).toBe('qwen-research');
    expect(o('qwen2.5:72b-instruct-q4_0')?.model.license).toBe('qwen');
    expect(o('gemma2')?.model.id).toBe('google/gemma-2-9b-it');
    expect(o('mistral')?.model.id).toBe('mistralai/Mistral-7B-Instruct-v0.3');
    expect(o('phi3')?.model.id).toBe('microsoft/Phi-3-mini-4k-instruct');
    expect(o('deepseek-r1:8b')?.model.id).toBe('deepseek-ai/DeepSeek-R1-0528-Qwen3-8B');
    // Perplexica's default Ollama list
    expect(o('deepseek-v3.1')?.model).toMatchObject({ id: 'deepseek-ai/DeepSeek-V3.1', license: 'mit' });
    expect(o('deepseek-v3')?.model.id).toBe('deepseek-ai/DeepSeek-V3');
    expect(o('deepseek-r1:70b')?.model.license).toBe('mit');
    expect(o('codellama:34b')?.model.id).toBe('codellama/CodeLlama-34b-Instruct-hf');
    expect(o('nomic-embed-text')?.model.id).toBe('nomic-ai/nomic-embed-text-v1.5');
    expect(o('mxbai-embed-large')?.model.id).toBe('mixedbread-ai/mxbai-embed-large-v1');
    expect(o('all-minilm')?.model.id).toBe('sentence-transformers/all-MiniLM-L6-v2');
    expect(o('all-minilm:33m')?.model.id).toBe('sentence-transformers/all-MiniLM-L12-v2');
    expect(o('snowflake-arctic-embed')?.model.license).toBe('apache-2.0');
    expect(o('bge-m3')?.model.id).toBe('BAAI/bge-m3');
    expect(o('qwen:4b')?.model.license).toBe('tongyi-qianwen-research');
    expect(o('qwen:7b')?.model.license).toBe('tongyi-qianwen');
    expect(o('granite3.3:8b')?.model.license).toBe('apache-2.0');
    expect(o('mistral-large')?.model.license).toBe('mrl');
    expect(o('codestral')?.model.license).toBe('mnpl');
  });

  it('say which library page answered, and stay in their own namespace', () => {
    expect(o('llama3.2:3b')).toMatchObject({
      match: 'alias',
      rule: { kind: 'ollama', id: 'llama3.2:3b', source: 'https://ollama.com/library/llama3.2' },
    });
    expect(o('qwen:7b')).toMatchObject({ match: 'family', rule: { kind: 'ollama' } });
    expect(o('llama3.2:7b')).toBeUndefined();
    expect(o('someone/custom-llama')).toBeUndefined();
    expect(o('dolphin-mixtral')).toBeUndefined();
    expect(catalog.lookup('ollama:Qwen/Qwen2.5-7B-Instruct')).toBeUndefined();
  });
});

describe('pipeline task defaults (pipelines.yml)', () => {
  const libraries = Object.entries(pipelines.pipelines);

  it('cite the library source at a pinned commit, and every alias names a task with a default', () => {
    for (const [library, t] of libraries) {
      expect([library, t.source]).toEqual([
        library,
        expect.stringMatching(/^https:\/\/github\.com\/huggingface\/[\w.-]+\/blob\/[0-9a-f]{40}\//),
      ]);
      const dangling = Object.entries(t.aliases ?? {}).filter(([, task]) => !Object.hasOwn(t.defaults, task));
      expect([library, dangling]).toEqual([library, []]);
    }
  });

  it('reach the built catalog (the generated data) as the YAML says', () => {
    expect(catalog.pipelineTasks('transformers')).toEqual(pipelines.pipelines.transformers);
    expect(catalog.pipelineTasks('transformers.js')).toEqual(pipelines.pipelines['transformers.js']);
    expect(new Catalog([], []).pipelineTasks('transformers')).toBeUndefined();
  });

  it('every default model has a license in the catalog offline, or is one audit.yml leaves unknown', () => {
    const notCovered = new Set(read<{ not_covered: Array<{ id: string }> }>('audit.yml').not_covered.map((n) => n.id));
    // transformers.js's copies of originals the catalog leaves unknown (its zero-shot-classification default)
    const original: Record<string, string> = {
      'Xenova/distilbert-base-uncased-mnli': 'typeform/distilbert-base-uncased-mnli',
    };
    const missing = libraries.flatMap(([library, t]) =>
      Object.values(t.defaults)
        .filter((id) => !license(id) && !notCovered.has(original[id] ?? id))
        .map((id) => `${library}: ${id}`),
    );
    expect([...new Set(missing)]).toEqual([]);
    // the video-classification default is VideoMAE's Kinetics fine-tune, non-commercial
    expect(license('MCG-NJU/videomae-base-finetuned-kinetics')).toBe('cc-by-nc-4.0');
  });
});

describe('globs', () => {
  it('match case-insensitively with *, ?, classes and alternatives', () => {
    const g = compileGlob('Qwen2.5-{0.5B,3B}{,-*}');
    expect(['qwen2.5-3b', 'Qwen2.5-0.5B-Instruct-GGUF'].map((s) => g.test(s))).toEqual([true, true]);
    expect(['Qwen2.5-3Bx', 'Qwen2.5-13B', 'Qwen2.5-32B'].map((s) => g.test(s))).toEqual([false, false, false]);
    expect(compileGlob('resnet50.a?_in1k').test('resnet50.a1_in1k')).toBe(true);
    expect(compileGlob('efficientnet_b[0-7].*').test('efficientnet_b8.x')).toBe(false);
    expect(compileGlob('x[!0-9]').test('x1')).toBe(false);
    expect(compileGlob('a{b,{c,d}}e').test('ade')).toBe(true);
    expect(() => compileGlob('a{b')).toThrow(/unbalanced/);
    expect(() => compileGlob('{a,b}'.repeat(10))).toThrow(/more than 512/);
  });

  it('read a hostile name once, without backtracking', () => {
    const g = compileGlob('*a*a*a*a*a*a*a*a*b');
    expect(g.test('a'.repeat(50_000))).toBe(false);
    expect(catalog.lookup(`Qwen/Qwen2.5-${'7'.repeat(100_000)}`)).toBeUndefined();
  });
});
