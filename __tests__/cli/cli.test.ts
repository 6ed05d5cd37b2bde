import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { MAX_PRINTED_ERRORS } from '../../src/cli/cli.js';
import { OutputError, streamOutput } from '../../src/cli/io.js';
import { schemaValidator } from '../../src/core/validate.js';
import { CLI_BUNDLE } from '../helpers/bundle.js';
import { startFakeHub } from '../helpers/fake-hub.js';
import { runCli as run } from '../helpers/cli.js';
import { reportJson } from '../helpers/json.js';
import type { Log } from 'sarif';
import { cycloneDxJson } from '../helpers/bom.js';

const root = process.cwd();
const example = join(root, 'examples', 'chat-app');
const tmps: string[] = [];
afterAll(() => tmps.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tmp(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'model-gate-cli-'));
  tmps.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** A user error: exit 2, one line per error, no stack trace. */
function expectUserError(r: Awaited<ReturnType<typeof run>>, line: RegExp) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(line);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr).not.toMatch(/internal error/);
}

describe('model-gate check', () => {
  it('runs the quick start: the bundled example fails on its non-commercial model', async () => {
    const r = await run(['check', 'examples/chat-app', '--policy', 'default']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^BLOCKED\s+facebook\/musicgen-small\s+cc-by-nc-4\.0\s+models\.yaml:11$/m);
    expect(r.stdout).toMatch(
      /manifest\.undeclared {2}app\/chat\.py:\d+ loads distilbert\/distilbert-base-uncased-finetuned-sst-2-english/,
    );
    expect(r.stdout).toMatch(/^FAIL/m);
    expect(r.stderr).toBe('');
  });

  it('--format json validates against the report schema', async () => {
    const r = await run(['check', example, '--format', 'json', '--offline']);
    expect(r.code).toBe(1);
    const report = reportJson(r.stdout);
    expect(schemaValidator('report')(report)).toBe(true);
    expect(report.verdict).toBe('fail');
    expect(report.models.find((m: { id: string }) => m.id === 'facebook/musicgen-small')?.status).toBe('blocked');
  });

  it('reproduces the JSON report example of the README', async () => {
    const dir = tmp({
      'models.yaml':
        'models:\n  - id: meta-llama/Llama-3.1-8B-Instruct\n    revision: 0e9e39f249a16976918f6564b8830bc894c89659\n    license: llama3.1\n',
      'policy.yml': 'version: 1\nname: acme-production\nextends: [default]\nuse:\n  monthly_active_users: 800000000\n',
    });
    const r = await run(['check', dir, '--policy', join(dir, 'policy.yml'), '--format', 'json', '--offline']);
    expect(r.code).toBe(1);
    const report = reportJson(r.stdout);
    expect(report).toMatchObject({ version: 1, verdict: 'fail', policy: 'acme-production' });
    expect(report.models[0]).toMatchObject({
      id: 'meta-llama/Llama-3.1-8B-Instruct',
      status: 'blocked',
      license: 'llama3.1',
      declared: true,
      new: true,
      locations: [{ path: 'models.yaml', line: 2 }],
    });
    expect(report.models[0].findings).toContainEqual(
      expect.objectContaining({
        rule: 'use.user-cap',
        severity: 'block',
        waived: false,
        message:
          'Llama 3.1 Community License caps use at 700,000,000 monthly active users; the policy declares 800,000,000',
        path: 'models.yaml',
        line: 2,
      }),
    );
  });

  it('writes every format with --output and prints the text report', async () => {
    const dir = tmp({});
    for (const format of ['json', 'markdown', 'sarif', 'cyclonedx', 'text']) {
      const out = join(dir, `report.${format}`);
      const r = await run(['check', example, '--format', format, '--output', out, '--offline']);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/^FAIL/m);
      const text = readFileSync(out, 'utf8');
      expect(text.length).toBeGreaterThan(100);
      if (format === 'sarif') expect((JSON.parse(text) as Log).version).toBe('2.1.0');
      if (format === 'cyclonedx') expect((JSON.parse(text) as { specVersion?: unknown }).specVersion).toBe('1.6');
    }
  });

  it('writes a JSON report of several megabytes to --output byte for byte as it prints it', async () => {
    // 900 models, about 1.8 MB of JSON: more than one of the 1 MiB views the report is written in
    const lines = ['models:'];
    for (let i = 0; i < 900; i++) lines.push(`  - id: acme/model-${i}`, '    license: apache-2.0');
    const dir = tmp({ 'models.yaml': lines.join('\n') + '\n' });
    const out = join(tmp({}), 'nested', 'report.json');
    const [toFile, printed] = await Promise.all([
      run(['check', dir, '--format', 'json', '--output', out, '--offline', '--no-scan']),
      run(['check', dir, '--format', 'json', '--offline', '--no-scan']),
    ]);
    expect(toFile.code).toBe(0);
    expect(toFile.stdout).toMatch(/^PASS/m);
    const written = readFileSync(out, 'utf8');
    expect(written.length).toBeGreaterThan(1.5 * (1 << 20));
    expect(written).toBe(printed.stdout);
    expect((JSON.parse(written) as { models: unknown[] }).models).toHaveLength(900);
  });

  it('passes (exit 0) when nothing is blocked', async () => {
    const dir = tmp({
      'models.yaml': 'models:\n  - id: openai-community/gpt2\n    revision: 607a30d783dfa663caf39e06633721c8d4cfcd7e\n',
    });
    const r = await run(['check', dir, '--offline']);
    expect(r.stdout).toMatch(/^PASS/m);
    expect(r.code).toBe(0);
  });

  it('--base counts only what the change adds', async () => {
    const dir = tmp({
      'models.yaml': 'models:\n  - id: facebook/musicgen-small\n',
      'old.py': 'from transformers import AutoModel\nm = AutoModel.from_pretrained("Qwen/Qwen2.5-3B-Instruct")\n',
    });
    const git = (...a: string[]) => execFileSync('git', ['-C', dir, ...a], { encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git('-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-qam', 'x', '--allow-empty');
    git('add', '.');
    git('-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-qm', 'base');
    writeFileSync(
      join(dir, 'models.yaml'),
      'models:\n  - id: facebook/musicgen-small\n  - id: openai-community/gpt2\n    revision: 607a30d783dfa663caf39e06633721c8d4cfcd7e\n',
    );
    // An unrelated edit to a file that already loaded a model does not make that model new.
    writeFileSync(
      join(dir, 'old.py'),
      'from transformers import AutoModel\nm = AutoModel.from_pretrained("Qwen/Qwen2.5-3B-Instruct")\n# unrelated\n',
    );
    writeFileSync(
      join(dir, 'new.py'),
      'from transformers import AutoModel\nm = AutoModel.from_pretrained("google-bert/bert-base-uncased")\n',
    );
    const r = await run(['check', dir, '--base', 'HEAD', '--format', 'json', '--offline']);
    const report = reportJson(r.stdout);
    expect(report.base).toBe('HEAD');
    const status = Object.fromEntries(report.models.map((m: { id: string; new: boolean }) => [m.id, m.new]));
    expect(status).toEqual({
      'facebook/musicgen-small': false,
      'openai-community/gpt2': true,
      'google-bert/bert-base-uncased': true,
      'Qwen/Qwen2.5-3B-Instruct': false,
    });
    expect(report.verdict).toBe('pass');
    expect(r.code).toBe(0);
    expectUserError(
      await run(['check', dir, '--base', 'no-such-ref', '--offline']),
      /^model-gate: --base no-such-ref: not a commit in .*; fetch it first/,
    );
    expectUserError(
      await run(['check', tmp({}), '--base', 'main', '--offline']),
      /^model-gate: --base main: .* is not in a git work tree/,
    );
  });

  it('--base from a subfolder: renames, names with spaces and accents, binary files, the manifest there at the base', async () => {
    const load = (id: string) => `from transformers import AutoModel\nm = AutoModel.from_pretrained("${id}")\n`;
    const root = tmp({
      'README.md': '# monorepo\n',
      'svc/models.yaml': 'models:\n  - id: facebook/musicgen-small\n',
      'svc/app/old.py': load('Qwen/Qwen2.5-3B-Instruct'),
      'svc/logo.png': '\x89PNG\r\n\x1a\n\0\0',
    });
    const git = (...a: string[]) => execFileSync('git', ['-C', root, ...a], { encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-qm', 'base');
    const dir = join(root, 'svc');
    // moved, under a name git quotes, with one line added: only the added line's model is new
    git('mv', 'svc/app/old.py', 'svc/app/mödel café.py');
    writeFileSync(join(dir, 'app/mödel café.py'), load('Qwen/Qwen2.5-3B-Instruct') + load('openai-community/gpt2'));
    writeFileSync(join(dir, 'logo.png'), '\x89PNG\r\n\x1a\n\0\x01');
    writeFileSync(join(dir, 'models.yaml'), 'models:\n  - id: facebook/musicgen-small\n  - id: google/gemma-2-2b\n');
    const r = await run(['check', dir, '--base', 'HEAD', '--format', 'json', '--offline']);
    const report = reportJson(r.stdout);
    const status = Object.fromEntries(report.models.map((m: { id: string; new: boolean }) => [m.id, m.new]));
    expect(status).toEqual({
      'facebook/musicgen-small': false,
      'google/gemma-2-2b': true,
      'Qwen/Qwen2.5-3B-Instruct': false,
      'openai-community/gpt2': true,
    });
    const gpt2 = report.models.find((m: { id: string }) => m.id === 'openai-community/gpt2');
    expect(gpt2?.locations).toEqual([{ path: 'app/mödel café.py', line: 4 }]);
    expectUserError(
      await run(['check', dir, '--base', '--output=x', '--offline']),
      /^model-gate: option --base needs a value; write --base=VALUE for one that starts with a dash; run model-gate check --help\n$/,
    );
    // an option is not a ref (git diff would take it as one of its own)
    expectUserError(
      await run(['check', dir, '--base=--output=x', '--offline']),
      /^model-gate: --base "--output=x": not a git ref; pass a branch, tag or commit/,
    );
  });

  it('reports bad input as one line with file:line:col and exit 2', async () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 10; i++)
      bomb.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(',')}]`,
      );
    const dir = tmp({
      'malformed.yml': 'version: 1\nlicenses:\n  allow: [mit\n',
      'unknown.yml': 'version: 1\nrulez: {}\n',
      'types.yml': 'version: 1\nuse:\n  commercial: maybe\n',
      'dup.yml': 'version: 1\nversion: 1\n',
      'bomb.yml': bomb.join('\n') + '\n',
      'empty.yml': '',
      'models.yaml': 'models:\n  - id: a/b\n    revison: x\n',
    });
    expectUserError(
      await run(['check', dir, '--policy', join(dir, 'malformed.yml'), '--offline']),
      /^.*malformed\.yml:\d+:\d+: invalid YAML: .*\n$/,
    );
    expectUserError(
      await run(['validate', 'unknown.yml'], { cwd: dir }),
      /^unknown\.yml:2:1: unknown key "rulez" in \/; did you mean "rules"\?\n$/,
    );
    expectUserError(
      await run(['validate', 'types.yml'], { cwd: dir }),
      /^types\.yml:3:15: \/use\/commercial must be boolean, not the string "maybe"\n$/,
    );
    expectUserError(await run(['validate', 'dup.yml'], { cwd: dir }), /^dup\.yml:2:1: duplicated mapping key/);
    expectUserError(await run(['validate', 'bomb.yml'], { cwd: dir }), /^bomb\.yml:\d+:\d+: .*alias/);
    expectUserError(await run(['validate', 'empty.yml'], { cwd: dir }), /^empty\.yml:1:1: policy is empty/);
    expectUserError(
      await run(['validate', 'missing.yml'], { cwd: dir }),
      /^missing\.yml:1:1: cannot read policy missing\.yml: no such file\n$/,
    );
    expectUserError(
      await run(['check', dir, '--offline']),
      /^models\.yaml:3:5: unknown key "revison" in \/models\/0; did you mean "revision"\?\n$/,
    );
    expectUserError(
      await run(['check', dir, '--manifest', 'nope.yaml', '--offline']),
      /^nope\.yaml:1:1: manifest not found/,
    );
  });

  it('takes a CycloneDX BOM from an SBOM tool as the manifest: its models declared, at their lines', async () => {
    const bom = {
      $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',
      version: 1,
      metadata: {
        timestamp: '2026-11-30T10:00:00Z',
        tools: { components: [{ type: 'application', name: 'cyclonedx-py', version: '5.1.0' }] },
        component: { type: 'application', name: 'chat-service', 'bom-ref': 'chat-service' },
      },
      components: [
        {
          type: 'library',
          name: 'transformers',
          version: '4.46.0',
          purl: 'pkg:pypi/transformers@4.46.0',
          licenses: [{ license: { id: 'Apache-2.0' } }],
        },
        {
          type: 'machine-learning-model',
          'bom-ref': 'chat',
          group: 'meta-llama',
          name: 'Llama-3.1-8B-Instruct',
          version: '0e9e39f249a16976918f6564b8830bc894c89659',
          purl: 'pkg:huggingface/meta-llama/Llama-3.1-8B-Instruct@0e9e39f249a16976918f6564b8830bc894c89659',
          licenses: [{ license: { name: 'llama3.1' } }],
        },
        {
          type: 'machine-learning-model',
          'bom-ref': 'embed',
          name: 'sentence-transformers/all-MiniLM-L6-v2',
          licenses: [{ expression: 'Apache-2.0' }],
        },
        {
          type: 'machine-learning-model',
          'bom-ref': 'music',
          purl: 'pkg:huggingface/facebook/musicgen-small@fb8a9fa5ed5e3bc0c9b6c3a8b7b0ea2d0b9f0a4b',
          name: 'musicgen-small',
          licenses: [{ license: { id: 'CC-BY-NC-4.0' } }],
        },
      ],
    };
    const text = JSON.stringify(bom, null, 2) + '\n';
    // a component's line is that of its opening brace, two lines above its bom-ref
    const lineOf = (ref: string) => text.split('\n').findIndex((l) => l.includes(`"bom-ref": "${ref}"`)) - 1;
    const dir = tmp({
      'bom.json': text,
      'chat.py': [
        'from transformers import AutoModelForCausalLM',
        'llm = AutoModelForCausalLM.from_pretrained("meta-llama/Llama-3.1-8B-Instruct", revision="0e9e39f249a16976918f6564b8830bc894c89659")',
        'gpt = AutoModelForCausalLM.from_pretrained("openai-community/gpt2")',
        '',
      ].join('\n'),
    });
    const r = await run(['check', dir, '--manifest', 'bom.json', '--offline', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const report = reportJson(r.stdout);
    const byId = new Map(report.models.map((m) => [m.id, m]));
    expect([...byId.keys()].sort()).toEqual([
      'facebook/musicgen-small',
      'meta-llama/Llama-3.1-8B-Instruct',
      'openai-community/gpt2',
      'sentence-transformers/all-MiniLM-L6-v2',
    ]);
    expect(byId.get('meta-llama/Llama-3.1-8B-Instruct')).toMatchObject({
      declared: true,
      license: 'llama3.1',
      license_source: 'catalog',
      revision: '0e9e39f249a16976918f6564b8830bc894c89659',
      locations: [
        { path: 'bom.json', line: lineOf('chat') },
        { path: 'chat.py', line: 2 },
      ],
    });
    // an SPDX id in capitals is the catalog's id: no mismatch
    for (const m of report.models) expect(m.findings.map((f) => f.rule)).not.toContain('license.mismatch');
    expect(byId.get('sentence-transformers/all-MiniLM-L6-v2')).toMatchObject({
      declared: true,
      license: 'apache-2.0',
      locations: [{ path: 'bom.json', line: lineOf('embed') }],
    });
    expect(byId.get('facebook/musicgen-small')).toMatchObject({ declared: true, status: 'blocked' });
    // a model the code loads and the BOM does not list is undeclared
    expect(byId.get('openai-community/gpt2')).toMatchObject({ declared: false });
    expect(byId.get('openai-community/gpt2')!.findings.map((f) => f.rule)).toContain('manifest.undeclared');
  });

  it('finds a bom.json of models without --manifest, and compares with the one at --base', async () => {
    const component = (name: string, license: string) => ({
      type: 'machine-learning-model',
      'bom-ref': name,
      purl: `pkg:huggingface/${name}@607a30d783dfa663caf39e06633721c8d4cfcd7e`,
      licenses: [{ license: { id: license } }],
    });
    const bomOf = (...components: unknown[]) => cycloneDxJson(components);
    const dir = tmp({ 'bom.json': bomOf(component('facebook/musicgen-small', 'CC-BY-NC-4.0')) });
    let r = await run(['check', dir, '--offline']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/facebook\/musicgen-small/);
    expect(r.stdout).toMatch(/^FAIL/m);
    expect(r.code).toBe(1);
    // the same BOM at the base: nothing new, so nothing counts; a model the BOM adds does
    const git = (...a: string[]) => execFileSync('git', ['-C', dir, ...a], { encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-qm', 'base');
    writeFileSync(
      join(dir, 'bom.json'),
      bomOf(component('facebook/musicgen-small', 'CC-BY-NC-4.0'), component('openai-community/gpt2', 'MIT')),
    );
    r = await run(['check', dir, '--offline', '--base', 'HEAD', '--format', 'json']);
    const report = reportJson(r.stdout);
    expect(report.models.map((m) => [m.id, m.new]).sort()).toEqual([
      ['facebook/musicgen-small', false],
      ['openai-community/gpt2', true],
    ]);
    expect(r.code).toBe(0);
  });

  it('asks the Hub at HF_ENDPOINT with HF_TOKEN for models the catalog does not know', async () => {
    const hub = await startFakeHub({
      models: {
        'acme/tuned': {
          sha: 'a'.repeat(40),
          author: 'acme',
          cardData: { license: 'apache-2.0', base_model: 'openai-community/gpt2' },
          siblings: [{ rfilename: 'model.safetensors' }],
        },
      },
    });
    try {
      const dir = tmp({ 'models.yaml': `models:\n  - id: acme/tuned\n    revision: ${'a'.repeat(40)}\n` });
      const out = await run(['check', dir, '--format', 'json'], {
        env: { HF_HUB_OFFLINE: '', HF_ENDPOINT: hub.url, HF_TOKEN: 'hf_secret' },
      });
      const report = reportJson(out.stdout);
      expect(report.models[0]).toMatchObject({ id: 'acme/tuned', license: 'apache-2.0', publisher: 'acme' });
      expect(report.models[0].lineage?.map((s: { id: string }) => s.id)).toEqual([
        'acme/tuned',
        'openai-community/gpt2',
      ]);
      expect(hub.requests.map((r) => r.url)).toEqual([`/api/models/acme/tuned/revision/${'a'.repeat(40)}`]);
      expect(hub.requests[0].headers.authorization).toBe('Bearer hf_secret');
    } finally {
      await hub.close();
    }
  });

  it('warns on stderr when the Hub did not answer, and says so only then', async () => {
    // a port nothing listens on: every lookup is refused, retried, and fails
    const hub = await startFakeHub({
      models: { 'acme/tuned': { sha: 'a'.repeat(40), author: 'acme', cardData: { license: 'apache-2.0' } } },
    });
    const answered = hub.url;
    await hub.close();
    const dir = tmp({
      'models.yaml': `models:\n  - id: acme/tuned\n    license: apache-2.0\n  - id: openai-community/gpt2\n    revision: ${'b'.repeat(40)}\n`,
    });
    const down = await run(['check', dir, '--format', 'json'], {
      env: { HF_HUB_OFFLINE: '', HF_ENDPOINT: answered },
    });
    // the verdict still decides the exit code; the report is whole
    expect(reportJson(down.stdout).models.map((m: { id: string }) => m.id)).toEqual([
      'acme/tuned',
      'openai-community/gpt2',
    ]);
    expect(down.stderr).toMatch(
      /^model-gate: warning: the Hugging Face Hub did not answer for 2 models \(could not reach the Hub at GET http:\/\/127\.0\.0\.1:\d+\/api\/models\/.*\): their licenses come from the catalog or the manifest alone, and pinned revisions were not verified; check the network, HF_ENDPOINT and HF_TOKEN, or pass --offline to check against the catalog alone\n$/,
    );
    // the advice works: offline, no warning
    const offline = await run(['check', dir, '--format', 'json', '--offline'], {
      env: { HF_HUB_OFFLINE: '', HF_ENDPOINT: answered },
    });
    expect(offline.stderr).toBe('');
    expect(offline.code).toBe(down.code);
    // a Hub that answers (a 404 is an answer): no warning
    const up = await startFakeHub({
      models: { 'acme/tuned': { sha: 'a'.repeat(40), author: 'acme', cardData: { license: 'apache-2.0' } } },
    });
    try {
      const ok = await run(['check', dir, '--format', 'json'], { env: { HF_HUB_OFFLINE: '', HF_ENDPOINT: up.url } });
      expect(ok.stderr).toBe('');
      expect(up.requests.length).toBeGreaterThan(0);
    } finally {
      await up.close();
    }
  });

  it("warns on stderr when the Hub refuses access (401, gated or a bad token): a catalog model's pin was not verified", async () => {
    const pin = '0e9e39f249a16976918f6564b8830bc894c89659';
    const refused = {
      status: 401,
      headers: { 'X-Error-Code': 'GatedRepo' },
      body: { error: 'Access to model meta-llama/Llama-3.1-8B-Instruct is restricted.' },
    };
    const hub = await startFakeHub({
      script: { [`meta-llama/Llama-3.1-8B-Instruct@${pin}`]: [refused, refused, refused, refused] },
    });
    try {
      const dir = tmp({
        'models.yaml': `models:\n  - id: meta-llama/Llama-3.1-8B-Instruct\n    revision: ${pin}\n    license: llama3.1\n`,
      });
      const r = await run(['check', dir, '--format', 'json'], { env: { HF_HUB_OFFLINE: '', HF_ENDPOINT: hub.url } });
      expect(hub.requests.length).toBeGreaterThan(0);
      // the catalog still answers for the license; the run says that the Hub confirmed nothing
      expect(reportJson(r.stdout).models[0]).toMatchObject({ license: 'llama3.1', license_source: 'catalog' });
      expect(r.stderr).toMatch(
        /^model-gate: warning: the Hugging Face Hub did not answer for 1 model \(the Hub refused access to meta-llama\/Llama-3\.1-8B-Instruct \(HTTP 401, GatedRepo\).*pinned revisions were not verified/,
      );
    } finally {
      await hub.close();
    }
  });

  it('takes an option value in any case, as the action takes its inputs (a separate process, as a user runs it)', () => {
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, [CLI_BUNDLE, ...args], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HF_HUB_OFFLINE: '1', NO_COLOR: '1', CI: '1' },
      });
    const json = cli('check', example, '--offline', '--format', 'JSON');
    expect(json.stderr).toBe('');
    expect(reportJson(json.stdout).verdict).toBe('fail');
    expect(json.status).toBe(1);
    const sarif = cli('check', example, '--offline', '--format', 'Sarif');
    expect((JSON.parse(sarif.stdout) as Log).version).toBe('2.1.0');
    expect(cli('licenses', '--category', 'Permissive').stdout).toMatch(/^apache-2\.0 +permissive/m);
    const typo = cli('check', example, '--offline', '--format', 'jsno');
    expect([typo.status, typo.stdout, typo.stderr]).toEqual([
      2,
      '',
      'model-gate: --format must be one of text, json, markdown, sarif, cyclonedx, not "jsno"; did you mean "json"?\n',
    ]);
  });

  it('reports usage errors with exit 2', async () => {
    expectUserError(
      await run(['check', '--format', 'xml']),
      /^model-gate: --format must be one of text, json, markdown, sarif, cyclonedx, not "xml"\n$/,
    );
    expectUserError(
      await run(['check', example, '--offline', '--format', 'jsn']),
      /^model-gate: --format must be one of text, json, markdown, sarif, cyclonedx, not "jsn"; did you mean "json"\?\n$/,
    );
    expectUserError(await run(['check', example, '--offline', '--format', 'sarf']), /; did you mean "sarif"\?\n$/);
    expectUserError(
      await run(['licenses', '--category', 'non-comercial']),
      /^model-gate: --category must be one of permissive, .*, not "non-comercial"; did you mean "non-commercial"\?\n$/,
    );
    expectUserError(
      await run(['check', '--bogus']),
      /^model-gate: unknown option --bogus; run model-gate check --help\n$/,
    );
    expectUserError(await run(['frobnicate']), /^model-gate: unknown command "frobnicate"; run model-gate --help\n$/);
    expectUserError(await run(['explain']), /^model-gate: explain takes exactly one MODEL/);
    expectUserError(
      await run(['check', example, '--offline', '--output', tmp({})]),
      /^model-gate: --output .*: cannot write the report \(it is a directory; give a file name\)\n$/,
    );
    expectUserError(
      await run(['check', example], { env: { HF_HUB_OFFLINE: '', HF_ENDPOINT: 'not-a-url' } }),
      /^model-gate: HF_ENDPOINT=not-a-url is not an http\(s\) address/,
    );
    expectUserError(
      await run(['check', example], { env: { HF_HUB_OFFLINE: '', HF_ENDPOINT: 'u:S3cret@hub.internal' } }),
      /^model-gate: HF_ENDPOINT=\*\*\*@hub\.internal is not an http\(s\) address/,
    );
    expectUserError(
      await run(['check', '/nonexistent/repo', '--offline']),
      /^model-gate: \/nonexistent\/repo: no such directory; pass the repository to check\n$/,
    );
    expectUserError(await run(['check', 'package.json', '--offline']), /^model-gate: package\.json: not a directory/);
  });
});

describe('help, explain, validate, test', () => {
  it('licenses lists the ids a policy can use', async () => {
    const r = await run(['licenses', '--category', 'non-commercial']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ID\s+CATEGORY\s+COMMERCIAL\s+USER CAP\s+NAME$/m);
    expect(r.stdout).toMatch(/^cc-by-nc-4\.0\s+non-commercial\s+no\s+-\s+Creative Commons/m);
    expect(r.stdout).not.toMatch(/^apache-2\.0/m);
    expect((await run(['licenses'])).stdout).toMatch(
      /^llama3\.1\s+community\s+yes\s+700,000,000\s+Llama 3\.1 Community License$/m,
    );
    expectUserError(
      await run(['licenses', '--category', 'free']),
      /^model-gate: --category must be one of permissive, copyleft/,
    );
  });

  it('has --help for each command', async () => {
    for (const cmd of ['check', 'explain', 'validate', 'test', 'licenses']) {
      const r = await run([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: model-gate ${cmd}`));
    }
    const top = await run(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/Exit codes: 0 pass, 1 fail/);
  });

  it('explain shows facts with sources, the policy chain and each rule', async () => {
    const r = await run(['explain', 'gpt2', '--policy', 'policies/examples/enterprise-scale.yml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^openai-community\/gpt2$/m);
    expect(r.stdout).toMatch(/license {8}mit: MIT License \(permissive, OSI-approved\)/);
    expect(r.stdout).toMatch(/model card {5}https:\/\/huggingface\.co\/openai-community\/gpt2/);
    expect(r.stdout).toMatch(/chain: policies\/default\.yml → policies\/examples\/enterprise-scale\.yml/);
    expect(r.stdout).toMatch(
      /use\.monthly_active_users\s+800000000\s+\(policies\/examples\/enterprise-scale\.yml:\d+\)/,
    );
    expect(r.stdout).toMatch(
      /^ {2}provenance\.unpinned\s+block BLOCK\s+\(policies\/examples\/enterprise-scale\.yml:\d+\)$/m,
    );
  });

  it('validate accepts the shipped policies', async () => {
    for (const p of [
      'policies/default.yml',
      'policies/examples/strict-osi.yml',
      'policies/examples/research-lab.yml',
      'policies/examples/enterprise-scale.yml',
    ]) {
      const r = await run(['validate', p]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
  });

  it('test reports passing and failing cases like a test runner', async () => {
    const dir = tmp({
      'cases.yml':
        'cases:\n  - name: gpt2 is allowed\n    model: gpt2\n    revision: 607a30d783dfa663caf39e06633721c8d4cfcd7e\n    expect: { status: allowed }\n  - name: wrong on purpose\n    model: facebook/musicgen-small\n    expect: { status: allowed, not_rules: [license.denied] }\n',
    });
    const r = await run(['test', 'default', join(dir, 'cases.yml')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✓ gpt2 is allowed/);
    expect(r.stdout).toMatch(
      /✗ wrong on purpose \(.*cases\.yml:6\)\n {6}expected status allowed, got blocked\n {6}expected no license\.denied finding/,
    );
    expect(r.stdout).toMatch(/^1 passed, 1 failed$/m);
    const ok = await run(['test', 'default', 'policies/tests/default.test.yml']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^\d+ passed, 0 failed$/m);
  });
});

describe('files the CLI reads', () => {
  it('a FIFO as the test cases or the policy is one line, exit 2, and no hang', async () => {
    const dir = tmp({});
    execFileSync('mkfifo', [join(dir, 'cases.yml')]);
    execFileSync('mkfifo', [join(dir, 'policy.yml')]);
    expectUserError(
      await run(['test', 'default', 'cases.yml'], { cwd: dir }),
      /^cases\.yml:1:1: cannot read the test cases: a FIFO \(named pipe\)\n$/,
    );
    expectUserError(
      await run(['validate', 'policy.yml'], { cwd: dir }),
      /^policy\.yml:1:1: policy policy\.yml is a FIFO \(named pipe\), not a regular file; give the path of a YAML file\n$/,
    );
  });
});

describe('output the CLI cannot deliver', () => {
  it(`prints at most ${MAX_PRINTED_ERRORS} errors, then how many more`, async () => {
    expect(MAX_PRINTED_ERRORS).toBe(50);
    const entries = Array.from({ length: 120 }, (_, i) => `  - id: acme/model-${i}\n    revison: main\n`).join('');
    const dir = tmp({ 'models.yaml': `models:\n${entries}` });
    const r = await run(['check', dir, '--offline']);
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(51);
    expect(lines[0]).toBe('models.yaml:3:5: unknown key "revison" in /models/0; did you mean "revision"?');
    expect(lines[49]).toMatch(/^models\.yaml:101:5: unknown key "revison" in \/models\/49/);
    expect(lines[50]).toBe('... and 70 more errors (120 in all)');
  });

  it('a stdout that fails (a full disk) is exit 2 with one line, never the verdict', async () => {
    const full = {
      write: () =>
        Promise.reject(
          new OutputError(
            'stdout',
            Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }),
          ),
        ),
    };
    const blocked = await run(['check', example, '--offline'], { stdout: full });
    expect(blocked).toEqual({
      code: 2,
      stdout: '',
      stderr: 'model-gate: cannot write to stdout: no space left on the device (ENOSPC)\n',
    });
    const passing = tmp({
      'models.yaml': 'models:\n  - id: openai-community/gpt2\n    revision: 607a30d783dfa663caf39e06633721c8d4cfcd7e\n',
    });
    expect((await run(['check', passing, '--offline'], { stdout: full })).code).toBe(2);
  });

  it('a real full device (/dev/full) as stdout: exit 2, one line', async () => {
    const stream = createWriteStream('/dev/full');
    const r = await run(['check', example, '--offline', '--format', 'json'], {
      stdout: streamOutput(stream, 'stdout', { bytes: true }),
    });
    stream.destroy();
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('model-gate: cannot write to stdout: no space left on the device (ENOSPC)\n');
  });

  it('a JSON report written as bytes through a pipe is the JSON report (its buffer used again piece after piece)', async () => {
    const lines = ['models:'];
    for (let i = 0; i < 600; i++)
      lines.push(`  - id: acme/model-${i}`, '    base_model: meta-llama/Llama-3.1-8B-Instruct', '    license: mit');
    const many = tmp({ 'models.yaml': lines.join('\n') + '\n' });
    const asText = await run(['check', many, '--offline', '--no-scan', '--format', 'json']);
    const cat = spawn('cat', [], { stdio: ['pipe', 'pipe', 'ignore'] });
    const received: Buffer[] = [];
    cat.stdout.on('data', (d: Buffer) => received.push(d));
    const closed = once(cat, 'close');
    const r = await run(['check', many, '--offline', '--no-scan', '--format', 'json'], {
      stdout: streamOutput(cat.stdin, 'stdout', { bytes: true }),
    });
    cat.stdin.end();
    await closed;
    expect(r.code).toBe(asText.code);
    expect(asText.stdout.length).toBeGreaterThan(1_000_000);
    expect(Buffer.concat(received).toString('utf8')).toBe(asText.stdout);
  });

  it('a pipe whose reader has gone (EPIPE, as with | head) is not exit 0', async () => {
    // The reading end of the pipe: a process that has closed it (and says so), still running.
    // (`exec sleep`: the process killed below is the one holding the pipe, so no handle outlives the test)
    const reader = spawn('sh', ['-c', 'exec 0<&-; echo closed; exec sleep 30'], { stdio: ['pipe', 'pipe', 'ignore'] });
    await once(reader.stdout, 'data');
    const passing = tmp({
      'models.yaml': 'models:\n  - id: openai-community/gpt2\n    revision: 607a30d783dfa663caf39e06633721c8d4cfcd7e\n',
    });
    const r = await run(['check', passing, '--offline', '--format', 'json'], {
      stdout: streamOutput(reader.stdin, 'stdout', { bytes: true }),
    });
    const gone = once(reader, 'close');
    reader.kill();
    await gone;
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('model-gate: cannot write to stdout: the reading end of the pipe is closed (EPIPE)\n');
  });
});
