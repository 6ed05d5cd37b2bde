import { describe, expect, it } from '@jest/globals';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { explain } from '../../src/cli/explain.js';
import { parseManifest } from '../../src/core/manifest.js';
import { loadPolicy } from '../../src/policy/load.js';
import { testCatalog } from '../helpers/catalog.js';
import { runCli } from '../helpers/cli.js';
import { tmpTree } from '../helpers/tmp.js';

const catalog = testCatalog();
const now = new Date('2026-11-28T10:00:00Z');

describe('explain', () => {
  it('explains a declared model as the manifest declares it, as check evaluates it', async () => {
    const policy = await loadPolicy('default', { cwd: process.cwd(), catalog, now });
    const manifest = parseManifest(
      'models:\n  - id: acme/speech-intent\n    revision: 0e9e39f249a16976918f6564b8830bc894c89659\n    license: cc-by-nc-4.0\n',
      'models.yaml',
    );
    const text = await explain('acme/speech-intent', { policy, catalog, now, manifest });
    expect(text).toContain(
      '  declared       models.yaml:2 (license cc-by-nc-4.0, revision 0e9e39f249a16976918f6564b8830bc894c89659)',
    );
    expect(text).toContain('  license from   the manifest alone (declared, unverified)');
    expect(text).toMatch(/^ {2}license\.denied +block +BLOCK/m);
    expect(text).toMatch(/^ {2}license\.unverified +warn +warn/m);
    expect(text).toMatch(/^ {2}license\.unknown +block +pass/m);
    // Without the manifest the same model has no license at all.
    const alone = await explain('acme/speech-intent', { policy, catalog, now });
    expect(alone).toMatch(/^ {2}license\.unknown +block +BLOCK/m);
  });

  it('shows revenue caps and no-derivatives terms, and where the catalog answer came from', async () => {
    const policy = await loadPolicy('default', { cwd: process.cwd(), catalog, now });
    const sd = await explain('stabilityai/stable-diffusion-3.5-large', { policy, catalog, now });
    expect(sd).toContain('  revenue cap    USD 1,000,000 annual revenue');
    expect(sd).toContain('  license from   the catalog (exact match)');
    const real = loadCatalog();
    const ltx = await explain('Lightricks/LTX-2', { policy, catalog: real, now });
    expect(ltx).toContain('  revenue cap    USD 10,000,000 annual revenue (reaching it counts)');
    const nd = await explain('examplecorp/nd-encoder', { policy, catalog, now });
    expect(nd).toContain('  derivatives    none allowed: Adapted material may not be shared');
  });

  it('names the line of each licenses setting, allow_categories beside allow', async () => {
    const t = tmpTree({
      'p.yml': [
        'version: 1',
        'name: acme-production',
        'licenses:',
        '  allow: [apache-2.0, mit, llama3.1]',
        '  deny: [cc-by-nc-4.0]',
        '  allow_categories: [permissive, copyleft]',
        '  deny_categories: [non-commercial, research-only]',
        '',
      ].join('\n'),
    });
    try {
      const policy = await loadPolicy('p.yml', { cwd: t.dir, catalog, now });
      const text = await explain('openai-community/gpt2', { policy, catalog, now });
      expect(text).toMatch(/^ {2}licenses\.allow +apache-2\.0, mit, llama3\.1 {2}\(p\.yml:4\)$/m);
      expect(text).toMatch(/^ {2}licenses\.deny +cc-by-nc-4\.0 {2}\(p\.yml:5\)$/m);
      expect(text).toMatch(/^ {2}licenses\.allow_categories +permissive, copyleft {2}\(p\.yml:6\)$/m);
      expect(text).toMatch(/^ {2}licenses\.deny_categories +non-commercial, research-only {2}\(p\.yml:7\)$/m);
    } finally {
      t.remove();
    }
  });

  it('says "not stated" for what a family rule does not state, not "no" or nothing', async () => {
    const shipped = loadCatalog();
    const policy = await loadPolicy('default', { cwd: process.cwd(), catalog: shipped, now });
    // the Yi-1.5 rule states its license, not whether the repositories are gated or what formats they hold
    const yi = await explain('01-ai/Yi-1.5-9B-Chat', { policy, catalog: shipped, now });
    expect(yi).toContain('  gated          not stated');
    expect(yi).toContain('  formats        not stated');
    // an exact entry states both
    const llama = await explain('meta-llama/Llama-3.1-8B-Instruct', { policy, catalog: shipped, now });
    expect(llama).toContain('  gated          yes');
    expect(llama).toMatch(/^ {2}formats {8}safetensors/m);
  });
});

describe('model-gate explain in a repository', () => {
  it('reads models.yaml of the working directory: a declared private model is explained as declared', async () => {
    const t = tmpTree({ 'models.yaml': 'models:\n  - id: acme/speech-intent\n    license: cc-by-nc-4.0\n' });
    try {
      const r = await runCli(['explain', 'acme/speech-intent', '--offline'], { cwd: t.dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('  declared       models.yaml:2 (license cc-by-nc-4.0)');
      expect(r.stdout).toMatch(/^ {2}license\.denied +block +BLOCK/m);
    } finally {
      t.remove();
    }
  });
});
