import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '../../src/engine/check.js';
import type { Policy, Report } from '../../src/core/types.js';
import { HubClient } from '../../src/hub/client.js';
import { loadPolicy } from '../../src/policy/load.js';
import { testCatalog } from '../helpers/catalog.js';
import { startFakeHub, type FakeHub, type FakeHubStep } from '../helpers/fake-hub.js';

const catalog = testCatalog();
const now = new Date('2026-11-28T10:00:00Z');
const PIN = 'a'.repeat(40);
let hub: FakeHub;
let policy: Policy;
const dirs: string[] = [];

beforeAll(async () => {
  hub = await startFakeHub({
    models: {
      'acme/llama3-apache-ft': {
        sha: PIN,
        author: 'acme',
        lastModified: '2026-10-01T12:00:00.000Z',
        gated: 'manual',
        cardData: { license: 'apache-2.0', base_model: 'meta-llama/Meta-Llama-3-8B' },
        siblings: [{ rfilename: 'model.safetensors' }],
      },
      'acme/merge': {
        sha: PIN,
        author: 'acme',
        cardData: { license: 'mit', base_model: ['acme/llama3-apache-ft', 'facebook/musicgen-small'] },
        siblings: [{ rfilename: 'model.safetensors' }],
      },
      'acme/pickled': {
        sha: PIN,
        author: 'acme',
        cardData: { license: 'mit' },
        siblings: [{ rfilename: 'pytorch_model.bin' }, { rfilename: 'config.json' }],
      },
      'acme/odd-license': {
        sha: PIN,
        author: 'acme',
        cardData: {
          license: 'other',
          license_name: 'acme-research-only',
          license_link: 'https://acme.example/license',
        },
        siblings: [{ rfilename: 'model.safetensors' }],
      },
      'acme/cycle-a': {
        sha: PIN,
        cardData: { license: 'mit', base_model: 'acme/cycle-b' },
        siblings: [{ rfilename: 'model.safetensors' }],
      },
      'acme/cycle-b': {
        sha: PIN,
        cardData: { license: 'mit', base_model: 'acme/cycle-a' },
        siblings: [{ rfilename: 'model.safetensors' }],
      },
      'mistralai/Mistral-7B-Instruct-v0.3': {
        sha: 'b'.repeat(40),
        author: 'mistralai',
        cardData: { license: 'apache-2.0' },
        siblings: [{ rfilename: 'model.safetensors' }],
      },
    },
  });
  const d = mkdtempSync(join(tmpdir(), 'model-gate-hubpol-'));
  dirs.push(d);
  writeFileSync(
    join(d, 'p.yml'),
    'version: 1\nlicenses:\n  deny_categories: [non-commercial]\nuse:\n  commercial: true\n',
  );
  policy = await loadPolicy('p.yml', { cwd: d, catalog, now });
});
afterAll(async () => {
  await hub.close();
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

async function run(manifest: string): Promise<Report> {
  const dir = mkdtempSync(join(tmpdir(), 'model-gate-hubrepo-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'models.yaml'), manifest);
  return check({
    root: dir,
    policy,
    catalog,
    resolver: new HubClient({ endpoint: hub.url, baseDelayMs: 1 }),
    now,
    scan: false,
  });
}

describe('resolution through the Hub (loopback)', () => {
  it('a fine-tune labelled apache-2.0 whose base is Llama 3 is bound by the Llama 3 license', async () => {
    const m = (await run(`models:\n  - id: acme/llama3-apache-ft\n    revision: ${PIN}\n`)).models[0];
    expect(m.license).toBe('llama3');
    expect(m.lineage).toEqual([
      { id: 'acme/llama3-apache-ft', license: 'apache-2.0', source: 'hub' },
      { id: 'meta-llama/Meta-Llama-3-8B', license: 'llama3', source: 'catalog' },
    ]);
    const inherited = m.findings.find((f) => f.rule === 'license.inherited')!;
    expect(inherited.message).toMatch(
      /labelled apache-2\.0 but derives from meta-llama\/Meta-Llama-3-8B.*acme\/llama3-apache-ft \(apache-2\.0\) → meta-llama\/Meta-Llama-3-8B \(llama3\)/,
    );
    expect(m.findings.map((f) => f.rule)).toContain('obligation.output-training');
    // Gated status, author and last commit are shown.
    expect(m).toMatchObject({
      publisher: 'acme',
      gated: 'manual',
      commit: PIN,
      last_modified: '2026-10-01T12:00:00.000Z',
    });
    const { renderText } = await import('../../src/report/text.js');
    expect(renderText(await run(`models:\n  - id: acme/llama3-apache-ft\n    revision: ${PIN}\n`))).toContain(
      `publisher acme · gated (access approved manually) · commit ${PIN.slice(0, 12)} · last changed 2026-10-01 · lineage acme/llama3-apache-ft → meta-llama/Meta-Llama-3-8B`,
    );
    // explain says it in words too, never "manual" alone nor the raw value
    const { explain } = await import('../../src/cli/explain.js');
    const text = await explain('acme/llama3-apache-ft', {
      policy,
      catalog,
      now,
      resolver: new HubClient({ endpoint: hub.url, baseDelayMs: 1 }),
    });
    expect(text).toContain('  gated          yes (access approved manually)\n');
  });

  it('a merge with two bases takes the most restrictive: a non-commercial base blocks', async () => {
    const m = (await run(`models:\n  - id: acme/merge\n    revision: ${PIN}\n`)).models[0];
    expect(m.lineage!.map((s) => s.id)).toEqual([
      'acme/merge',
      'acme/llama3-apache-ft',
      'facebook/musicgen-small',
      'meta-llama/Meta-Llama-3-8B',
    ]);
    expect(m.license).toBe('cc-by-nc-4.0');
    expect(m.status).toBe('blocked');
    expect(m.findings.find((f) => f.rule === 'license.denied')?.message).toMatch(
      /inherited from facebook\/musicgen-small/,
    );
  });

  it('pickle-only weights, an unknown Hub license with its text, a missing revision', async () => {
    const r = await run(
      `models:\n  - id: acme/pickled\n    revision: ${PIN}\n  - id: acme/odd-license\n    revision: ${PIN}\n  - id: mistralai/Mistral-7B-Instruct-v0.3\n    revision: ${'c'.repeat(40)}\n`,
    );
    const get = (id: string) => r.models.find((m) => m.id === id)!;
    expect(get('acme/pickled').findings.find((f) => f.rule === 'provenance.unsafe-format')?.message).toMatch(
      /only in pickle formats \(\.bin\)/,
    );
    expect(get('acme/odd-license').findings.find((f) => f.rule === 'license.unknown')?.message).toMatch(
      /acme-research-only/,
    );
    expect(
      get('mistralai/Mistral-7B-Instruct-v0.3').findings.find((f) => f.rule === 'provenance.revision-not-found')
        ?.message,
    ).toMatch(/Revision "c{40}" of mistralai\/Mistral-7B-Instruct-v0\.3 does not exist on the Hub/);
  });

  it('a lineage cycle is detected, not followed forever', async () => {
    const m = (await run(`models:\n  - id: acme/cycle-a\n    revision: ${PIN}\n`)).models[0];
    expect(m.lineage!.map((s) => s.id)).toEqual(['acme/cycle-a', 'acme/cycle-b']);
    expect(m.license).toBe('mit');
  });

  it('a model the Hub does not know is license.unknown, saying so', async () => {
    const m = (await run('models:\n  - id: acme/nowhere\n')).models[0];
    expect(m.findings.find((f) => f.rule === 'license.unknown')?.message).toMatch(
      /acme\/nowhere does not exist on the Hugging Face Hub/,
    );
    expect(m.status).toBe('blocked');
  });
});

describe('credentials in HF_ENDPOINT', () => {
  it('never appear in any report format nor in the log, whatever the Hub answers', async () => {
    const { renderText } = await import('../../src/report/text.js');
    const { renderJson } = await import('../../src/report/json.js');
    const { renderMarkdown } = await import('../../src/report/markdown.js');
    const { renderSarif } = await import('../../src/report/sarif.js');
    const { renderCycloneDx } = await import('../../src/report/cyclonedx.js');
    hub.addScript('acme/flaky', Array<FakeHubStep>(8).fill({ status: 503, body: { error: 'overloaded' } }));
    hub.addScript('acme/portal', [
      { status: 200, headers: { 'Content-Type': 'text/html' }, body: '<html><title>Login</title></html>' },
    ]);
    const dead = await startFakeHub();
    const deadPort = new URL(dead.url).port;
    await dead.close();
    const port = new URL(hub.url).port;
    const manifest = `models:\n  - id: acme/llama3-apache-ft\n    revision: ${PIN}\n  - id: acme/nowhere\n  - id: acme/flaky\n  - id: acme/portal\n`;
    const reports: Report[] = [];
    const log: string[] = [];
    for (const endpoint of [
      `http://mirror:S3cretPW@127.0.0.1:${port}/`,
      `http://mirror:S3cretPW@127.0.0.1:${deadPort}`,
    ]) {
      const dir = mkdtempSync(join(tmpdir(), 'model-gate-hubrepo-'));
      dirs.push(dir);
      writeFileSync(join(dir, 'models.yaml'), manifest);
      // The cache path is a directory: writing it fails, and the warning names the path.
      const resolver = new HubClient({ endpoint, baseDelayMs: 1, retries: 1, cachePath: dir, log: (m) => log.push(m) });
      reports.push(await check({ root: dir, policy, catalog, resolver, now, scan: false }));
      await resolver.flush();
    }
    const [live, unreachable] = reports;
    expect(live.models.find((m) => m.id === 'acme/llama3-apache-ft')?.license).toBe('llama3');
    const unknown = (r: Report, id: string) =>
      r.models.find((m) => m.id === id)!.findings.find((f) => f.rule === 'license.unknown')!.message;
    expect(unknown(live, 'acme/flaky')).toMatch(/HTTP 503 to GET http:\/\/127\.0\.0\.1:\d+\/api\/models\/acme\/flaky/);
    expect(unknown(live, 'acme/portal')).toMatch(/an HTML page titled "Login"/);
    expect(unknown(unreachable, 'acme/flaky')).toMatch(
      /could not reach the Hub at GET http:\/\/127\.0\.0\.1:\d+\/api\/models\/acme\/flaky/,
    );
    expect(log.join('\n')).toMatch(/could not write the Hub cache/);
    for (const r of reports) {
      for (const text of [
        renderText(r),
        renderJson(r),
        renderMarkdown(r),
        renderSarif(r),
        renderCycloneDx(r, catalog),
        log.join('\n'),
      ]) {
        expect(text).not.toMatch(/S3cretPW|mirror:/);
      }
    }
    // The credentials were used: as Basic authentication.
    expect(hub.requests.at(-1)?.headers.authorization).toBe(
      `Basic ${Buffer.from('mirror:S3cretPW').toString('base64')}`,
    );
  });
});
