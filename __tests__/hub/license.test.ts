import { describe, expect, it } from '@jest/globals';
import type { HubModelInfo } from '../../src/core/types.js';
import { hubLicense, isPickleOnly, licenseVariants, weightFormats } from '../../src/hub/license.js';
import { testCatalog } from '../helpers/catalog.js';

const info = (fields: Partial<HubModelInfo>): HubModelInfo => ({
  ok: true,
  id: 'acme/x',
  baseModels: [],
  files: [],
  ...fields,
});
const catalog = testCatalog([]);

describe('hubLicense', () => {
  it.each([
    ['apache-2.0', 'apache-2.0'],
    ['Apache-2.0', 'apache-2.0'],
    ['MIT', 'mit'],
    ['apache 2.0', 'apache-2.0'],
    ['Apache License 2.0', 'apache-2.0'],
    ['apache-2', 'apache-2.0'],
    ['llama3.1', 'llama3.1'],
    ['llama-3.1', 'llama3.1'],
    ['Llama_3.1', 'llama3.1'],
    ['Llama 3.1 Community License', 'llama3.1'],
    ['CC-BY-NC-4.0', 'cc-by-nc-4.0'],
  ])('maps the plain id %s', (label, id) => {
    expect(hubLicense(info({ license: label }), catalog)).toEqual({ id });
  });

  it('maps other + license_name', () => {
    expect(hubLicense(info({ license: 'other', licenseName: 'qwen-research' }), catalog)).toEqual({
      id: 'qwen-research',
    });
    expect(hubLicense(info({ license: 'other', licenseName: 'stabilityai-ai-community' }), catalog)).toEqual({
      id: 'stabilityai-ai-community',
    });
    expect(hubLicense(info({ license: 'other', licenseName: 'Stability AI Community' }), catalog)).toEqual({
      id: 'stabilityai-ai-community',
    });
    expect(hubLicense(info({ licenseName: 'qwen-research' }), catalog)).toEqual({ id: 'qwen-research' });
  });

  it('maps other + a license_link that is a catalog license address', () => {
    expect(
      hubLicense(
        info({
          license: 'other',
          licenseName: 'qwen',
          licenseLink: 'https://huggingface.co/Qwen/Qwen2.5-3B/blob/main/LICENSE',
        }),
        catalog,
      ),
    ).toEqual({ id: 'qwen-research' });
  });

  it('keeps the Hub text when nothing maps', () => {
    expect(
      hubLicense(
        info({ license: 'other', licenseName: 'acme-weird', licenseLink: 'https://acme.example/LICENSE' }),
        catalog,
      ),
    ).toEqual({ raw: 'other (license_name: acme-weird, https://acme.example/LICENSE)' });
    expect(hubLicense(info({ license: 'other' }), catalog)).toEqual({ raw: 'other' });
    expect(hubLicense(info({ license: 'openrail++' }), catalog)).toEqual({ raw: 'openrail++' });
    expect(hubLicense(info({ license: 'unknown' }), catalog)).toEqual({ raw: 'unknown' });
    expect(hubLicense(info({}), catalog)).toEqual({});
    expect(hubLicense(info({ license: '  ' }), catalog)).toEqual({});
  });

  it('tries spelling variants, most literal first', () => {
    expect(licenseVariants('Llama 3.1 Community License')).toEqual([
      'llama 3.1 community license',
      'llama-3.1-community-license',
      'llama-3.1-community',
      'llama3.1-community-license',
      'llama3.1-community',
    ]);
  });
});

describe('weight formats', () => {
  it('lists distinct weight extensions in lower case', () => {
    expect(
      weightFormats([
        'README.md',
        'config.json',
        'model-00001-of-00002.SafeTensors',
        'model-00002-of-00002.safetensors',
        'original/consolidated.00.pth',
        'tf_model.h5',
        'flax_model.msgpack',
        'q4/model-Q4_K_M.gguf',
        'onnx/model.onnx',
        'a.dir/noext',
      ]),
    ).toEqual(['gguf', 'h5', 'msgpack', 'onnx', 'pth', 'safetensors']);
  });

  it('counts an OpenVINO .bin (beside its .xml) as openvino, not pickle', () => {
    expect(weightFormats(['openvino/openvino_model.xml', 'openvino/openvino_model.bin'])).toEqual(['openvino']);
    expect(isPickleOnly(weightFormats(['openvino/openvino_model.xml', 'openvino/openvino_model.bin']))).toBe(false);
  });

  it('flags pickle-only weights', () => {
    expect(isPickleOnly(weightFormats(['pytorch_model.bin', 'training_args.bin']))).toBe(true);
    expect(isPickleOnly(['ckpt'])).toBe(true);
    expect(isPickleOnly(['.PKL'])).toBe(true);
    expect(isPickleOnly(['joblib', 'pickle'])).toBe(true);
    expect(isPickleOnly(['bin', 'safetensors'])).toBe(false);
    expect(isPickleOnly(['pt', 'gguf'])).toBe(false);
    expect(isPickleOnly(['pt', 'onnx'])).toBe(false);
    expect(isPickleOnly(['h5'])).toBe(false);
    expect(isPickleOnly([])).toBe(false);
  });
});
