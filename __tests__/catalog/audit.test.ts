import { describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import { loadCatalog, normId } from '../../src/catalog/catalog.js';
import { packagePath } from '../../src/core/paths.js';

/**
 * The audit of the catalog's facts (src/catalog/data/audit.yml) pins each fact it confirmed from a primary source,
 * including the ones it corrected, and each id it took out of a rule.
 */
interface Audit {
  audited: string;
  confirmed: { id: string; license: string; source: string; via?: string; note?: string }[];
  not_covered: { id: string; why: string }[];
}

const audit = load(readFileSync(packagePath('src', 'catalog', 'data', 'audit.yml'), 'utf8')) as Audit;
const schema = JSON.parse(readFileSync(packagePath('schemas', 'catalog-audit.schema.json'), 'utf8')) as object;

describe('catalog audit', () => {
  const catalog = loadCatalog();

  it('audit.yml matches schemas/catalog-audit.schema.json and names each id once', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    (addFormatsPlugin as unknown as (a: Ajv2020) => void)(ajv);
    const validate = ajv.compile(schema);
    const ok = validate(audit);
    expect(ajv.errorsText(validate.errors, { separator: '\n' })).toBe('No errors');
    expect(ok).toBe(true);
    const ids = [...audit.confirmed, ...audit.not_covered].map((e) => normId(e.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('every confirmed fact is what the catalog answers offline', () => {
    const wrong = audit.confirmed
      .map((e) => ({ e, hit: catalog.lookup(e.id), want: catalog.license(e.license)?.id }))
      .filter(({ hit, want }) => !want || !hit || catalog.license(hit.model.license)?.id !== want)
      .map(({ e, hit }) => `${e.id}: catalog ${hit?.model.license ?? 'unknown'}, source ${e.license}`);
    expect(wrong).toEqual([]);
  });

  it('the corrections hold: aya-101, Qwen2-VL-72B, CodeQwen1.5 Chat GGUF, SeamlessExpressive, the WeSpeaker embedding', () => {
    const license = (id: string) => catalog.lookup(id)?.model.license;
    expect(license('CohereForAI/aya-101')).toBe('apache-2.0');
    expect(license('CohereLabs/aya-101')).toBe('apache-2.0');
    expect(license('CohereForAI/aya-23-8B')).toBe('cc-by-nc-4.0');
    expect(license('Qwen/Qwen2-VL-72B-Instruct')).toBe('tongyi-qianwen');
    expect(license('Qwen/CodeQwen1.5-7B-Chat-GGUF')).toBe('tongyi-qianwen');
    const chat = catalog.lookup('Qwen/CodeQwen1.5-7B-Chat')!.model;
    expect(chat.license).toBe('tongyi-qianwen-research');
    expect(chat.unconfirmed).toMatch(/sources disagree/);
    expect(catalog.lookup('Qwen/Qwen1.5-4B-Chat')!.model.unconfirmed).toMatch(/4B card was not read/);
    expect(license('facebook/seamless-expressive')).toBe('seamless');
    expect(catalog.license('seamless')).toMatchObject({ category: 'research-only', commercial: false });
    expect(license('facebook/seamless-streaming')).toBe('cc-by-nc-4.0');
    expect(license('pyannote/wespeaker-voxceleb-resnet34-LM')).toBe('cc-by-4.0');
    expect(license('pyannote/speaker-diarization-3.1')).toBe('mit');
    expect(catalog.license('mistral-research-licence')?.id).toBe('mrl');
  });

  it('newer checkpoints the audit read about: Qwen-Image-2.1 is research-only, Qwen3-VL and the later Qwen-Image are Apache-2.0', () => {
    const image21 = catalog.lookup('Qwen/Qwen-Image-2.1')!;
    expect(image21.model.license).toBe('qwen-research');
    expect(image21.model.unconfirmed).toMatch(/third party/);
    expect(catalog.lookup('Qwen/Qwen-Image-Edit-2511')?.model.license).toBe('apache-2.0');
    const vl = catalog.lookup('Qwen/Qwen3-VL-8B-Instruct-FP8')!;
    expect(vl.match).toBe('family');
    expect(vl.model.license).toBe('apache-2.0');
    expect(vl.model.unconfirmed).toMatch(/cards were not read/);
    expect(catalog.lookup('Qwen/Qwen3-VL-9B-Instruct')).toBeUndefined();
  });

  it('ids taken out of rules, or whose terms sources dispute, stay unknown', () => {
    expect(audit.not_covered.filter((e) => catalog.lookup(e.id)).map((e) => e.id)).toEqual([]);
  });
});
