import { describe, expect, it } from '@jest/globals';
import { DEFAULT_MANIFESTS, isDefaultManifest, pickDefaultManifest } from '../../src/core/manifest-names.js';
import { cycloneDxJson } from '../helpers/bom.js';

const bom = (components: unknown[] | undefined) => cycloneDxJson(components);
const model = { type: 'machine-learning-model', name: 'gpt2' };
const library = { type: 'library', name: 'torch', purl: 'pkg:pypi/torch@2.5.0' };

describe('the default manifest lookup', () => {
  it('tries models.yaml, models.yml, then the BOM names CycloneDX recognizes', () => {
    expect(DEFAULT_MANIFESTS).toEqual(['models.yaml', 'models.yml', 'bom.json', 'bom.cdx.json']);
  });

  it('takes a BOM only when it lists a machine-learning model, at any depth', () => {
    expect(isDefaultManifest('bom.json', bom([library, model]))).toBe(true);
    expect(
      isDefaultManifest('bom.cdx.json', bom([{ ...library, components: [{ ...library, components: [model] }] }])),
    ).toBe(true);
    expect(isDefaultManifest('bom.json', bom([library]))).toBe(false);
    expect(isDefaultManifest('bom.json', bom([]))).toBe(false);
    expect(isDefaultManifest('bom.json', bom(undefined))).toBe(false);
    // the type named elsewhere (a description), or a document that is not CycloneDX
    expect(isDefaultManifest('bom.json', bom([{ ...library, description: 'machine-learning-model' }]))).toBe(false);
    expect(isDefaultManifest('bom.json', JSON.stringify({ spdxVersion: 'SPDX-2.3', components: [model] }))).toBe(false);
    expect(isDefaultManifest('bom.json', 'null')).toBe(false);
    // not JSON: a manifest when it speaks of models (its parse error is then reported), else nothing
    expect(isDefaultManifest('bom.json', bom([model]).slice(0, -2))).toBe(true);
    expect(isDefaultManifest('bom.json', '<bom xmlns="http://cyclonedx.org/schema/bom/1.6"/>')).toBe(false);
    // models.yaml is the manifest whatever it holds
    expect(isDefaultManifest('models.yaml', '')).toBe(true);
  });

  it('walks deep nesting without recursion', () => {
    const depth = 5000;
    const text =
      '{"bomFormat":"CycloneDX","components":' +
      '[{"type":"library","components":'.repeat(depth) +
      JSON.stringify([model]) +
      '}]'.repeat(depth) +
      '}';
    expect(isDefaultManifest('bom.json', text)).toBe(true);
  });

  it('picks the first manifest and names the BOMs of models it passed over', () => {
    const files: Record<string, string> = { 'models.yml': 'models: []\n', 'bom.json': bom([model]) };
    expect(pickDefaultManifest((n) => files[n])).toEqual({
      manifest: { name: 'models.yml', text: 'models: []\n' },
      unread: ['bom.json'],
    });
    expect(pickDefaultManifest((n) => ({ 'bom.json': bom([library]), 'bom.cdx.json': bom([model]) })[n])).toEqual({
      manifest: { name: 'bom.cdx.json', text: bom([model]) },
      unread: [],
    });
    expect(pickDefaultManifest(() => undefined)).toEqual({ unread: [] });
  });
});
