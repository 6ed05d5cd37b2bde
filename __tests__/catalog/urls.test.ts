import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { load } from 'js-yaml';
import { Catalog, catalogDataDir, loadCatalog, urlRuleKey } from '../../src/catalog/catalog.js';
import { compileGlob } from '../../src/catalog/glob.js';
import { readCatalogData } from '../../src/catalog/read.js';
import type { UrlRule, UrlsFile } from '../../src/catalog/rules.js';
import { packagePath } from '../../src/core/paths.js';

const addFormats = addFormatsModule.default;
const urls = load(readFileSync(join(catalogDataDir(), 'urls.yml'), 'utf8')) as UrlsFile;
const catalog = loadCatalog();
const schema = JSON.parse(readFileSync(packagePath('schemas', 'catalog-urls.schema.json'), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

const SAM2 = 'https://dl.fbaipublicfiles.com/segment_anything_2/092824/sam2.1_hiera_tiny.pt';
const WHISPER =
  'https://openaipublic.azureedge.net/main/whisper/models/ed3a0b6b1c0edf879ad9b11b1af5a0e6ab5db9205f891f668f8b0e6c6326e34e/base.pt';

describe('urls.yml', () => {
  it('matches schemas/catalog-urls.schema.json', () => {
    const ok = validate(urls);
    expect(ajv.errorsText(validate.errors, { separator: '\n' })).toBe('No errors');
    expect(ok).toBe(true);
  });

  it('unique ids, known licenses and models, compilable globs, a source for each rule', () => {
    const ids = urls.urls.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const licenses = new Set(catalog.licenses.map((l) => l.id));
    expect(urls.urls.filter((r) => r.license && !licenses.has(r.license)).map((r) => r.id)).toEqual([]);
    // a rule naming a model names one of models/*.yml (not a family rule's guess)
    const data = readCatalogData();
    const modelIds = new Set(data.models.map((m) => m.id));
    expect(urls.urls.filter((r) => r.model && !modelIds.has(r.model)).map((r) => r.id)).toEqual([]);
    for (const r of urls.urls)
      for (const g of [...r.match, ...(r.exclude ?? [])]) expect(() => compileGlob(g)).not.toThrow();
    expect(urls.urls.every((r) => /^https:\/\//.test(r.source))).toBe(true);
  });

  it.each<[string, Record<string, unknown>]>([
    [
      'a glob with a scheme',
      {
        id: 'x',
        match: ['https://cdn.acme.io/*.pt'],
        publisher: 'acme',
        family: 'x',
        license: 'mit',
        source: 'https://acme.io',
      },
    ],
    [
      'a glob whose host is a wildcard',
      { id: 'x', match: ['*.acme.io/*.pt'], publisher: 'acme', family: 'x', license: 'mit', source: 'https://acme.io' },
    ],
    ['no source', { id: 'x', match: ['cdn.acme.io/*.pt'], publisher: 'acme', family: 'x', license: 'mit' }],
    [
      'neither a model nor a license',
      { id: 'x', match: ['cdn.acme.io/*.pt'], publisher: 'acme', family: 'x', source: 'https://acme.io' },
    ],
    [
      'a model and a license',
      { id: 'x', match: ['cdn.acme.io/*.pt'], model: 'acme/x', license: 'mit', source: 'https://acme.io' },
    ],
    ['an http source', { id: 'x', match: ['cdn.acme.io/*.pt'], model: 'acme/x', source: 'http://acme.io' }],
  ])('the schema rejects a rule with %s', (_what, rule) => {
    expect(validate({ urls: [rule] })).toBe(false);
  });
});

describe('Catalog URL rules', () => {
  it('answers an address a rule covers with its facts, the id being the address', () => {
    const hit = catalog.lookup(SAM2)!;
    expect(hit.match).toBe('family');
    expect(hit.rule).toEqual({
      kind: 'url',
      id: 'sam2-checkpoints',
      source: 'https://github.com/facebookresearch/sam2/blob/main/README.md#license',
    });
    expect(hit.model).toMatchObject({ id: SAM2, publisher: 'facebook', family: 'sam2', license: 'apache-2.0' });
    expect(catalog.model(WHISPER)).toMatchObject({
      id: WHISPER,
      publisher: 'openai',
      family: 'whisper',
      license: 'mit',
    });
    // the query string, the fragment and the case of the host do not matter
    expect(
      catalog.model(`${SAM2.replace('dl.fbaipublicfiles.com', 'DL.fbaipublicfiles.com')}?download=1#x`)?.license,
    ).toBe('apache-2.0');
  });

  it('answers the files of a catalog model with that model (alias)', () => {
    const hit = catalog.lookup('https://coqui.gateway.scarf.sh/hf-coqui/XTTS-v2/main/model.pth')!;
    expect(hit.match).toBe('alias');
    expect(hit.model.id).toBe('coqui/XTTS-v2');
    expect(hit.model.license).toBe('cpml');
    expect(hit.rule?.kind).toBe('url');
  });

  it("answers GPT4All's model files with the license of the model each converts (models3.json)", () => {
    const at = (file: string) => catalog.model(`https://gpt4all.io/models/gguf/${file}`);
    expect(at('Meta-Llama-3-8B-Instruct.Q4_0.gguf')).toMatchObject({ publisher: 'nomic-ai', license: 'llama3' });
    expect(at('Phi-3-mini-4k-instruct.Q4_0.gguf')?.license).toBe('mit');
    expect(at('all-MiniLM-L6-v2.gguf2.f16.gguf')?.license).toBe('apache-2.0');
    expect(at('nomic-embed-text-v1.5.f16.gguf')?.license).toBe('apache-2.0');
    expect(at('mpt-7b-chat-newbpe-q4_0.gguf')?.license).toBe('cc-by-nc-sa-4.0');
    // a file whose terms models3.json does not give stays unknown
    expect(at('orca-mini-3b-gguf2-q4_0.gguf')).toBeUndefined();
  });

  it('leaves what no rule covers unknown: another host, another directory, another file name', () => {
    for (const u of [
      'https://mirror.acme.io/segment_anything_2/092824/sam2.1_hiera_tiny.pt',
      'https://dl.fbaipublicfiles.com/deit/deit_base_patch16_224-b5f2ef4d.pth',
      'https://dl.fbaipublicfiles.com/segment_anything_2/092824/sam2.1_hiera_huge.pt',
      'https://openaipublic.azureedge.net/clip/models/afeb0e10f9e5a86da6080e35cf09123aca3b358a0c3e3b6c78a7b63bc04b6762/ViT-H-14.pt',
      'https://github.com/acme/x/releases/download/v1/model.onnx',
    ])
      expect(catalog.lookup(u)).toBeUndefined();
  });

  it('tries rules in order, honours exclude, and reads only http(s) addresses', () => {
    const data = readCatalogData();
    const rule = (r: Partial<UrlRule> & Pick<UrlRule, 'id' | 'match'>): UrlRule => ({
      publisher: 'acme',
      family: 'acme-seg',
      license: 'mit',
      source: 'https://acme.io/license',
      ...r,
    });
    const c = new Catalog(data.licenses, data.models, {
      urls: [
        rule({ id: 'nc', match: ['cdn.acme.io/research/*.pt'], license: 'cc-by-nc-4.0' }),
        rule({ id: 'all', match: ['cdn.acme.io/*.{pt,onnx}'], exclude: ['cdn.acme.io/*/beta-*'] }),
        rule({
          id: 'sam',
          match: ['cdn.acme.io/sam/*.pth'],
          license: undefined,
          publisher: undefined,
          family: undefined,
          model: 'facebook/sam-vit-base',
        }),
      ],
    });
    expect(c.lookup('https://cdn.acme.io/research/seg.pt')?.model.license).toBe('cc-by-nc-4.0');
    expect(c.lookup('https://cdn.acme.io/prod/seg.onnx')?.rule?.id).toBe('all');
    expect(c.lookup('https://cdn.acme.io/prod/beta-seg.onnx')).toBeUndefined();
    expect(c.lookup('https://cdn.acme.io/sam/vit_b.pth')?.model.id).toBe('facebook/sam-vit-base');
    expect(c.lookup('ftp://cdn.acme.io/prod/seg.onnx')).toBeUndefined();
    expect(urlRuleKey('https://user:tok@CDN.acme.io:8443/a/b.pt?sig=1#f')).toBe('cdn.acme.io/a/b.pt');
    expect(urlRuleKey('acme/seg')).toBeUndefined();
  });
});
