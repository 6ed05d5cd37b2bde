import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { check } from '../../src/engine/check.js';
import { UserError } from '../../src/core/errors.js';
import { schemaValidator } from '../../src/core/validate.js';
import type { Policy, Report } from '../../src/core/types.js';
import { loadPolicy } from '../../src/policy/load.js';
import { testCatalog } from '../helpers/catalog.js';
import { errorOf } from '../helpers/tmp.js';
import { cycloneDxJson } from '../helpers/bom.js';

const catalog = testCatalog();
const now = new Date('2026-11-28T10:00:00Z');
const fixture = join(process.cwd(), '__tests__', 'fixtures', 'repos', 'mixed');
const tmps: string[] = [];
afterAll(() => tmps.forEach((d) => rmSync(d, { recursive: true, force: true })));

function copyFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'model-gate-check-'));
  tmps.push(dir);
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

async function policy(yaml: string): Promise<Policy> {
  const dir = mkdtempSync(join(tmpdir(), 'model-gate-policy-'));
  tmps.push(dir);
  writeFileSync(join(dir, 'p.yml'), yaml);
  return loadPolicy('p.yml', { cwd: dir, catalog, now });
}

const byId = (r: Report, id: string) => r.models.find((m) => m.id === id)!;

describe('check', () => {
  it('joins the manifest and the code, evaluates every model, and validates against the report schema', async () => {
    const p = await policy(
      'version: 1\nname: t\nlicenses:\n  deny_categories: [non-commercial]\nuse:\n  commercial: true\n',
    );
    const r = await check({ root: fixture, policy: p, catalog, now });
    expect(schemaValidator('report')(r)).toBe(true);
    expect(r.verdict).toBe('fail');
    expect(r.policy).toBe('t');
    const llama = byId(r, 'meta-llama/Llama-3.1-8B-Instruct');
    expect(llama).toMatchObject({
      status: 'warning',
      license: 'llama3.1',
      declared: true,
      new: true,
      revision: '0e9e39f249a16976918f6564b8830bc894c89659',
      purpose: 'chat',
    });
    expect(llama.locations).toEqual([
      { path: 'models.yaml', line: 2 },
      { path: 'app/main.py', line: 3 },
    ]);
    expect(byId(r, 'facebook/musicgen-small').status).toBe('blocked');
    const qwen = r.models.find((m) => m.id.toLowerCase() === 'qwen/qwen2.5-7b-instruct')!;
    expect(qwen).toMatchObject({ declared: false, status: 'blocked' });
    expect(qwen.findings.map((f) => [f.rule, f.path, f.line])).toEqual(
      expect.arrayContaining([
        ['manifest.undeclared', 'app/main.py', 5],
        ['license.unknown', 'app/main.py', 5],
      ]),
    );
    const mistral = byId(r, 'mistralai/Mistral-7B-Instruct-v0.3');
    expect(mistral.locations).toEqual([
      { path: 'models.yaml', line: 8 },
      { path: 'web/index.ts', line: 3 },
    ]);
    expect(r.summary).toEqual({ models: 4, new: 4, existing: 0, blocked: 2, waived: 0, warning: 1, allowed: 1 });
    // Blocked first, then by status.
    expect(r.models.map((m) => m.status)).toEqual(['blocked', 'blocked', 'warning', 'allowed']);
  });

  it('reads the manifest only when scanning is off', async () => {
    const r = await check({ root: fixture, policy: await policy('version: 1\n'), catalog, scan: false, now });
    expect(r.models.map((m) => m.id).sort()).toEqual([
      'facebook/musicgen-small',
      'meta-llama/Llama-3.1-8B-Instruct',
      'mistralai/Mistral-7B-Instruct-v0.3',
    ]);
  });

  it('with a base, counts only models the change adds or alters', async () => {
    const base =
      'models:\n  - id: facebook/musicgen-small\n    revision: 0e9e39f249a16976918f6564b8830bc894c89659\n  - id: meta-llama/Llama-3.1-8B-Instruct\n    revision: 1111111111111111111111111111111111111111\n';
    const p = await policy('version: 1\nlicenses:\n  deny_categories: [non-commercial]\n');
    const r = await check({
      root: fixture,
      policy: p,
      catalog,
      now,
      base: { ref: 'main', manifestText: base, changedFiles: ['models.yaml', 'web/index.ts'] },
    });
    expect(r.base).toBe('main');
    expect(byId(r, 'facebook/musicgen-small')).toMatchObject({ status: 'blocked', new: false });
    expect(byId(r, 'meta-llama/Llama-3.1-8B-Instruct').new).toBe(true); // revision changed
    expect(byId(r, 'mistralai/Mistral-7B-Instruct-v0.3').new).toBe(true); // added
    // app/main.py is unchanged: it was not scanned, so the undeclared Qwen is not found.
    expect(r.models.some((m) => /qwen/i.test(m.id))).toBe(false);
    expect(r.verdict).toBe('pass');
    expect(r.summary).toMatchObject({ new: 2, existing: 1, blocked: 0 });
  });

  it('with a base, a model loaded from code is new only when loaded on an added line', async () => {
    const p = await policy('version: 1\n');
    const base = {
      ref: 'main',
      manifestText: readFileSync(join(fixture, 'models.yaml'), 'utf8'),
      changedFiles: ['app/main.py'],
    };
    // app/main.py changed, but its Qwen line (5) is not among the added ones: Qwen existed before.
    let r = await check({
      root: fixture,
      policy: p,
      catalog,
      now,
      base: { ...base, addedLines: { 'app/main.py': [6] } },
    });
    expect(r.models.find((m) => /qwen/i.test(m.id))).toMatchObject({ new: false });
    r = await check({ root: fixture, policy: p, catalog, now, base: { ...base, addedLines: { 'app/main.py': [5] } } });
    expect(r.models.find((m) => /qwen/i.test(m.id))).toMatchObject({ new: true });
    // No patch for the file (too large for the API): the whole file counts as changed.
    r = await check({ root: fixture, policy: p, catalog, now, base });
    expect(r.models.find((m) => /qwen/i.test(m.id))).toMatchObject({ new: true });
  });

  it('with a base and no manifest there, every declared model is new', async () => {
    const r = await check({
      root: fixture,
      policy: await policy('version: 1\n'),
      catalog,
      now,
      scan: false,
      base: { ref: 'abc', manifestText: null, changedFiles: [] },
    });
    expect(r.models.every((m) => m.new)).toBe(true);
  });

  it('errors on a missing explicit manifest, a directory, and a symlink out of the repository', async () => {
    const p = await policy('version: 1\n');
    let e = await errorOf(() => check({ root: fixture, policy: p, catalog, manifestPath: 'nope.yaml' }));
    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toBe('nope.yaml:1:1: manifest not found; create it or pass --manifest with the right path');
    e = await errorOf(() => check({ root: fixture, policy: p, catalog, manifestPath: 'app' }));
    expect(e.message).toBe('app:1:1: the manifest is a directory; pass the path of models.yaml');
    const dir = copyFixture();
    const outside = mkdtempSync(join(tmpdir(), 'model-gate-outside-'));
    tmps.push(outside);
    writeFileSync(join(outside, 'secret.yaml'), 'models: []\n');
    rmSync(join(dir, 'models.yaml'));
    symlinkSync(join(outside, 'secret.yaml'), join(dir, 'models.yaml'));
    e = await errorOf(() => check({ root: dir, policy: p, catalog }));
    expect(e.message).toBe('models.yaml:1:1: cannot read the manifest: symbolic link leading outside the repository');
    e = await errorOf(() => check({ root: dir, policy: p, catalog, manifestPath: '../x.yaml' }));
    expect(e.message).toBe('../x.yaml:1:1: the manifest must be inside the repository');
  });

  it('refuses a FIFO as the manifest (named or by default, directly or through a link) without blocking on it', async () => {
    const p = await policy('version: 1\n');
    const dir = copyFixture();
    rmSync(join(dir, 'models.yaml'));
    execFileSync('mkfifo', [join(dir, 'models.yaml')]);
    const fifo =
      'models.yaml:1:1: the manifest is a FIFO (named pipe), not a regular file; pass the path of models.yaml';
    expect((await errorOf(() => check({ root: dir, policy: p, catalog }))).message).toBe(fifo);
    expect(
      (await errorOf(() => check({ root: dir, policy: p, catalog, manifestPath: 'models.yaml', scan: false }))).message,
    ).toBe(fifo);
    symlinkSync(join(dir, 'models.yaml'), join(dir, 'link.yaml'));
    expect(
      (await errorOf(() => check({ root: dir, policy: p, catalog, manifestPath: 'link.yaml', scan: false }))).message,
    ).toBe('link.yaml:1:1: the manifest is a FIFO (named pipe), not a regular file; pass the path of models.yaml');
  });

  it('refuses a binary or huge manifest with one line', async () => {
    const p = await policy('version: 1\n');
    const dir = copyFixture();
    writeFileSync(join(dir, 'models.yaml'), Buffer.from([0x6d, 0x6f, 0x00, 0x01, 0x02]));
    expect((await errorOf(() => check({ root: dir, policy: p, catalog }))).message).toBe(
      'models.yaml:1:1: cannot read the manifest: binary file',
    );
    writeFileSync(join(dir, 'models.yaml'), 'models:\n' + '  - id: a/b\n'.repeat(120_000));
    expect((await errorOf(() => check({ root: dir, policy: p, catalog }))).message).toMatch(
      /^models\.yaml:1:1: cannot read the manifest: larger than 1 MiB \(\d+ bytes\)$/,
    );
  });

  it("does not read the manifest's base_model lines, nor model-gate's own reports, as code", async () => {
    const dir = copyFixture();
    writeFileSync(join(dir, 'models.yaml'), 'models:\n  - id: acme/ft\n    base_model: meta-llama/Llama-3.1-8B\n');
    writeFileSync(
      join(dir, 'ai-bom.json'),
      JSON.stringify(
        {
          bomFormat: 'CycloneDX',
          specVersion: '1.6',
          components: [
            {
              type: 'machine-learning-model',
              name: 'x',
              pedigree: { ancestors: [{ name: 'google-bert/bert-base-uncased' }] },
            },
          ],
        },
        null,
        2,
      ),
    );
    writeFileSync(
      join(dir, 'gate.sarif'),
      JSON.stringify({ version: '2.1.0', runs: [{ results: [{ message: { text: 'loads openai-community/gpt2' } }] }] }),
    );
    const r = await check({ root: dir, policy: await policy('version: 1\n'), catalog, now });
    const ids = r.models.map((m) => m.id);
    expect(ids).not.toContain('meta-llama/Llama-3.1-8B');
    expect(ids).not.toContain('google-bert/bert-base-uncased');
    expect(ids).not.toContain('openai-community/gpt2');
    expect(r.not_scanned).toBeUndefined();
  });

  it('rejects the same model declared twice under two names (an alias)', async () => {
    const dir = copyFixture();
    writeFileSync(join(dir, 'models.yaml'), 'models:\n  - id: gpt2\n  - id: openai-community/GPT2\n');
    const p = await policy('version: 1\n');
    expect((await errorOf(() => check({ root: dir, policy: p, catalog, scan: false }))).message).toBe(
      'models.yaml:3:5: model "openai-community/GPT2" is the same model as "gpt2" at line 2; keep one entry',
    );
  });

  it('reads an Ollama name without a tag as its latest tag, as Ollama does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'model-gate-check-'));
    tmps.push(dir);
    writeFileSync(join(dir, 'models.yaml'), 'models:\n  - id: ollama:llama3.2\n  - id: ollama:qwen2.5:latest\n');
    writeFileSync(
      join(dir, 'setup.sh'),
      '#!/bin/sh\nollama pull llama3.2:latest\nollama pull qwen2.5\nollama pull llama3.2:1b\n',
    );
    const r = await check({ root: dir, policy: await policy('version: 1\n'), catalog, now });
    expect(r.models.map((m) => [m.id, m.declared, m.locations.map((l) => `${l.path}:${l.line}`)]).sort()).toEqual([
      ['ollama:llama3.2', true, ['models.yaml:2', 'setup.sh:2']],
      ['ollama:llama3.2:1b', false, ['setup.sh:4']],
      ['ollama:qwen2.5:latest', true, ['models.yaml:3', 'setup.sh:3']],
    ]);
    expect(byId(r, 'ollama:llama3.2').findings.map((f) => f.rule)).not.toContain('manifest.undeclared');
    writeFileSync(join(dir, 'models.yaml'), 'models:\n  - id: ollama:llama3.2\n  - id: ollama:llama3.2:latest\n');
    const p = await policy('version: 1\n');
    expect((await errorOf(() => check({ root: dir, policy: p, catalog }))).message).toBe(
      'models.yaml:3:5: model "ollama:llama3.2:latest" is the same model as "ollama:llama3.2" at line 2; keep one entry',
    );
  });

  it('with a base, renaming ollama:x to ollama:x:latest alters nothing: the same model, as discovery groups it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'model-gate-check-'));
    tmps.push(dir);
    writeFileSync(join(dir, 'models.yaml'), 'models:\n  - id: ollama:llama3.2:latest\n  - id: Gpt2\n');
    const r = await check({
      root: dir,
      policy: await policy('version: 1\n'),
      catalog,
      now,
      scan: false,
      base: { ref: 'main', manifestText: 'models:\n  - id: ollama:llama3.2\n  - id: openai-community/gpt2\n' },
    });
    expect(r.models.map((m) => [m.id, m.new]).sort()).toEqual([
      ['ollama:llama3.2:latest', false],
      ['openai-community/gpt2', false],
    ]);
    // a tag other than latest is another model
    const r2 = await check({
      root: dir,
      policy: await policy('version: 1\n'),
      catalog,
      now,
      scan: false,
      base: { ref: 'main', manifestText: 'models:\n  - id: ollama:llama3.2:1b\n  - id: gpt2\n' },
    });
    expect(r2.models.find((m) => m.id.startsWith('ollama:'))).toMatchObject({ new: true });
  });

  it('lists files it could not scan (too large), but not binary ones', async () => {
    const dir = copyFixture();
    writeFileSync(join(dir, 'big.py'), `x = "${'a'.repeat(1100 * 1024)}"\n`);
    writeFileSync(join(dir, 'img.bin'), Buffer.from([0, 1, 2, 3]));
    const r = await check({ root: dir, policy: await policy('version: 1\n'), catalog, now });
    expect(r.not_scanned).toEqual([{ path: 'big.py', reason: expect.stringMatching(/^larger than 1 MiB/) }]);
  });

  it('a repository without a manifest is scanned; its models are undeclared', async () => {
    const dir = copyFixture();
    rmSync(join(dir, 'models.yaml'));
    const r = await check({ root: dir, policy: await policy('version: 1\n'), catalog, now });
    expect(r.models.length).toBeGreaterThan(0);
    expect(r.models.every((m) => !m.declared && m.findings.some((f) => f.rule === 'manifest.undeclared'))).toBe(true);
  });

  it('spells a model a catalog rule covers as written, whatever spelling the catalog was asked about first', async () => {
    // unsloth writes `Wan-AI/Wan2.2-TI2V-5B-Diffusers` in one file and `Wan-AI/wan2.2-ti2v-5b-diffusers` in another:
    // the family rule's record kept the spelling first looked up, which a parallel scan's order decides, and the
    // reported id changed from one run to the next
    const dir = mkdtempSync(join(tmpdir(), 'model-gate-spelling-'));
    tmps.push(dir);
    mkdirSync(join(dir, 'app'));
    mkdirSync(join(dir, 'docs'));
    writeFileSync(
      join(dir, 'app', 'serve.py'),
      'from transformers import AutoModelForCausalLM\n\nmodel = AutoModelForCausalLM.from_pretrained("Qwen/Qwen2.5-7B-Instruct-AWQ")\n',
    );
    writeFileSync(join(dir, 'docs', 'serving.md'), '```bash\nvllm serve qwen/qwen2.5-7b-instruct-awq\n```\n');
    const cat = loadCatalog();
    expect(cat.lookup('QWEN/QWEN2.5-7B-INSTRUCT-AWQ')?.match).toBe('family');
    const r = await check({ root: dir, policy: await policy('version: 1\n'), catalog: cat, now });
    expect(r.models.map((m) => [m.id, m.license])).toEqual([['Qwen/Qwen2.5-7B-Instruct-AWQ', 'apache-2.0']]);
    expect(r.mentions?.map((m) => m.id)).toEqual(['Qwen/qwen2.5-7b-instruct-awq']); // the namespace as the publisher spells it
    // a model the catalog lists keeps the catalog's spelling
    writeFileSync(join(dir, 'app', 'serve.py'), 'AutoModel.from_pretrained("QWEN/qwen2.5-7b-INSTRUCT")\n');
    const listed = await check({ root: dir, policy: await policy('version: 1\n'), catalog: cat, now });
    expect(listed.models.map((m) => m.id)).toEqual(['Qwen/Qwen2.5-7B-Instruct']);
  });

  it("spells a re-upload's base in its lineage as the re-upload is written, whatever spelling was asked first", async () => {
    // unsloth names `unsloth/FLUX.1-Krea-dev` and, elsewhere, `unsloth/flux.1-krea-dev`: the re-upload rule's record
    // (and the base it names) kept the spelling of the first look-up, and the lineage changed from run to run
    const dir = mkdtempSync(join(tmpdir(), 'model-gate-spelling-'));
    tmps.push(dir);
    mkdirSync(join(dir, 'app'));
    writeFileSync(
      join(dir, 'app', 'image.py'),
      'from diffusers import FluxPipeline\n\npipe = FluxPipeline.from_pretrained("unsloth/FLUX.1-Krea-dev")\n',
    );
    const cat = loadCatalog();
    expect(cat.lookup('unsloth/flux.1-krea-dev')?.model.base_model).toEqual(['black-forest-labs/flux.1-krea-dev']);
    const r = await check({ root: dir, policy: await policy('version: 1\n'), catalog: cat, now });
    expect(r.models.map((m) => [m.id, m.lineage?.map((l) => l.id)])).toEqual([
      ['unsloth/FLUX.1-Krea-dev', ['unsloth/FLUX.1-Krea-dev', 'black-forest-labs/FLUX.1-Krea-dev']],
    ]);
  });

  it('an empty repository passes with no models', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'model-gate-empty-'));
    tmps.push(dir);
    mkdirSync(join(dir, 'src'));
    const r = await check({ root: dir, policy: await policy('version: 1\n'), catalog, now });
    expect(r).toMatchObject({ verdict: 'pass', models: [] });
  });
});

describe('exceptions and policy findings', () => {
  const manifest = 'models:\n  - id: facebook/musicgen-small\n    revision: 0e9e39f249a16976918f6564b8830bc894c89659\n';
  async function run(exceptions: string, at = now) {
    const dir = mkdtempSync(join(tmpdir(), 'model-gate-exc-'));
    tmps.push(dir);
    writeFileSync(join(dir, 'models.yaml'), manifest);
    writeFileSync(join(dir, 'p.yml'), `version: 1\nlicenses:\n  deny: [cc-by-nc-4.0]\nexceptions:\n${exceptions}`);
    const p = await loadPolicy('p.yml', { cwd: dir, catalog, now: at });
    return check({ root: dir, policy: p, catalog, now: at });
  }

  it('a matching exception waives: status waived, verdict pass', async () => {
    const r = await run(
      '  - models: [FACEBOOK/musicgen-*]\n    rules: [license.denied, use.commercial]\n    reason: pilot LEGAL-9\n    expires: 2027-03-01\n    ticket: LEGAL-9\n',
    );
    expect(r.models[0].status).toBe('waived');
    expect(r.verdict).toBe('pass');
    expect(r.models[0].findings.find((f) => f.rule === 'license.denied')?.exception).toEqual({
      reason: 'pilot LEGAL-9',
      expires: '2027-03-01',
      path: 'p.yml',
      line: 5,
      ticket: 'LEGAL-9',
    });
    expect(r.policy_findings).toEqual([]);
  });

  it('an exception for other rules or other paths waives nothing', async () => {
    let r = await run(
      '  - models: [facebook/musicgen-small]\n    rules: [provenance.unpinned]\n    reason: not this one\n    expires: 2027-03-01\n',
    );
    expect(r.models[0].status).toBe('blocked');
    r = await run(
      '  - models: [facebook/musicgen-small]\n    paths: [other/**]\n    reason: not here\n    expires: 2027-03-01\n',
    );
    expect(r.models[0].status).toBe('blocked');
  });

  it('the expiry day itself still counts; the day after, the exception waives nothing and is a finding at its line', async () => {
    const exc = '  - models: [facebook/musicgen-small]\n    reason: pilot LEGAL-9\n    expires: 2026-11-28\n';
    expect((await run(exc)).models[0].status).toBe('waived');
    const r = await run(exc, new Date('2026-11-29T10:00:00Z'));
    expect(r.models[0].status).toBe('blocked');
    expect(r.models[0].findings.find((f) => f.rule === 'exception.expired')).toMatchObject({
      severity: 'warn',
      waived: false,
      path: 'p.yml',
      line: 5,
      message: 'The exception for facebook/musicgen-small (pilot LEGAL-9) expired on 2026-11-28 and waives nothing',
    });
  });

  it('warns of an exception expiring within 14 days, naming the date, and of one that waives nothing', async () => {
    const r = await run(
      '  - models: [facebook/musicgen-small]\n    reason: pilot\n    expires: 2026-12-05\n  - models: [acme/gone-*]\n    reason: old deal\n    expires: 2027-05-01\n',
    );
    expect(r.policy_findings.map((f) => [f.rule, f.severity, f.line, f.message])).toEqual([
      [
        'exception.expired',
        'warn',
        5,
        'The exception for facebook/musicgen-small (pilot) expires on 2026-12-05, in 7 days',
      ],
      [
        'exception.unused',
        'warn',
        8,
        'The exception for acme/gone-* (old deal) matches no model in this repository and waives nothing',
      ],
    ]);
  });
});

describe('the default manifest: models.yaml, models.yml, or a CycloneDX BOM of models', () => {
  /** A CycloneDX 1.6 BOM as SBOM tools write it, with the given components. */
  const bomOf = (components: unknown[]) =>
    cycloneDxJson(components, {
      $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
      serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',
      metadata: {
        timestamp: '2026-11-30T10:00:00Z',
        component: { type: 'application', name: 'chat-service', 'bom-ref': 'chat-service' },
      },
    });
  const library = {
    type: 'library',
    name: 'transformers',
    version: '4.46.0',
    purl: 'pkg:pypi/transformers@4.46.0',
    licenses: [{ license: { id: 'Apache-2.0' } }],
  };
  const musicgen = {
    type: 'machine-learning-model',
    'bom-ref': 'music',
    name: 'musicgen-small',
    purl: 'pkg:huggingface/facebook/musicgen-small@fb8a9fa5ed5e3bc0c9b6c3a8b7b0ea2d0b9f0a4b',
    licenses: [{ license: { id: 'CC-BY-NC-4.0' } }],
  };
  const repo = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'model-gate-check-'));
    tmps.push(dir);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  };
  const deny = () => policy('version: 1\nlicenses:\n  deny_categories: [non-commercial]\n');

  for (const name of ['bom.json', 'bom.cdx.json']) {
    it(`reads ${name} as the manifest when no models.yaml exists and it lists machine-learning models`, async () => {
      const dir = repo({ [name]: bomOf([library, { type: 'application', name: 'x', components: [musicgen] }]) });
      const r = await check({ root: dir, policy: await deny(), catalog, now });
      expect(r.models.map((m) => [m.id, m.declared, m.status, m.locations[0].path])).toEqual([
        ['facebook/musicgen-small', true, 'blocked', name],
      ]);
      expect(r.verdict).toBe('fail');
      expect(r.not_scanned).toBeUndefined();
    });
  }

  it('an ordinary software SBOM is not a manifest: no models, no note, no error', async () => {
    const dir = repo({ 'bom.json': bomOf([library]) });
    const r = await check({ root: dir, policy: await deny(), catalog, now });
    expect(r.models).toEqual([]);
    expect(r.not_scanned).toBeUndefined();
    expect(r.verdict).toBe('pass');
    // not JSON, and not about models: nothing either
    const r2 = await check({ root: repo({ 'bom.json': 'not json\n' }), policy: await deny(), catalog, now });
    expect([r2.models, r2.not_scanned]).toEqual([[], undefined]);
  });

  it('a broken BOM of models is an error at its line, not passed over', async () => {
    const dir = repo({ 'bom.json': bomOf([musicgen]).replace('"musicgen-small",', '"musicgen-small"') });
    expect((await errorOf(async () => check({ root: dir, policy: await deny(), catalog, now }))).message).toMatch(
      /^bom\.json:\d+:\d+: /,
    );
  });

  it('models.yaml comes first: a BOM of models beside it is not read, and the report says so', async () => {
    const dir = repo({
      'models.yaml': 'models:\n  - id: openai-community/gpt2\n',
      'bom.json': bomOf([musicgen]),
      'bom.cdx.json': bomOf([library]),
    });
    const r = await check({ root: dir, policy: await deny(), catalog, now });
    expect(r.models.map((m) => m.id)).toEqual(['openai-community/gpt2']);
    expect(r.not_scanned).toEqual([
      {
        path: 'bom.json',
        reason: expect.stringMatching(
          /^a CycloneDX BOM of machine-learning models, not read: models\.yaml is the manifest/,
        ),
      },
    ]);
    expect(schemaValidator('report')(r)).toBe(true);
  });

  it('a BOM too large to read is passed over, never an error (the scan lists it)', async () => {
    const dir = repo({ 'bom.json': bomOf([library]).replace('"4.46.0"', JSON.stringify('x'.repeat(1100 * 1024))) });
    const r = await check({ root: dir, policy: await deny(), catalog, now });
    expect(r.models).toEqual([]);
    expect(r.not_scanned).toEqual([{ path: 'bom.json', reason: expect.stringMatching(/^larger than 1 MiB/) }]);
  });

  it('with a base, the base BOM of models is the base manifest', async () => {
    const dir = repo({ 'bom.json': bomOf([musicgen]) });
    const r = await check({
      root: dir,
      policy: await deny(),
      catalog,
      now,
      base: { ref: 'main', manifestText: bomOf([musicgen]), changedFiles: [] },
    });
    expect(r.models[0]).toMatchObject({ id: 'facebook/musicgen-small', new: false });
    expect(r.verdict).toBe('pass');
  });
});
