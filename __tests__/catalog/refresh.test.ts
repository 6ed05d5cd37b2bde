import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { catalogDataDir } from '../../src/catalog/catalog.js';
import { readCatalogData } from '../../src/catalog/read.js';
import { parseRefreshArgs } from '../../src/catalog/refresh/args.js';
import { refreshCli } from '../../src/catalog/refresh/cli.js';
import { HttpRefreshHub, nextLink } from '../../src/catalog/refresh/hub-api.js';
import { editEntry, refreshCatalog } from '../../src/catalog/refresh/refresh.js';

/**
 * The refresh pipeline against a fake Hub on loopback: `GET /api/models/{id}` answers from fixtures (404 like the
 * Hub for unknown ids), `GET /api/models?sort=downloads...` answers the download ranking page by page with `Link`
 * headers (the third page links to another origin, which must not be followed).
 */
const data = readCatalogData();
let models: Record<string, Record<string, unknown>>;
let front: Server;
let endpoint: string;
const listRequests: string[] = [];
const dirs: string[] = [];

/** The ranking, 2 rows a page. */
const RANKING = [
  { id: 'Qwen/Qwen2.5-7B-Instruct', downloads: 900, tags: ['license:apache-2.0'] },
  { id: 'Qwen/Qwen4-9B', downloads: 800, cardData: { license: 'apache-2.0' } },
  { id: 'Qwen/Qwen2.5-7B-Instruct-1M', downloads: 700, cardData: { license: 'apache-2.0' } },
  { id: 'ibm-granite/granite-5.0-8b-instruct', downloads: 650, cardData: { license: 'mit' } },
  { id: 'bartowski/SomeNewModel-7B-GGUF', downloads: 600, cardData: { license: 'apache-2.0' } },
  { id: 'randomorg/thing', downloads: 500 },
  { id: 'late/page-four', downloads: 1 },
];

function answers(): Record<string, Record<string, unknown>> {
  const models: Record<string, Record<string, unknown>> = {};
  for (const m of data.models)
    models[m.id] = { id: m.id, gated: m.gated ? 'auto' : false, cardData: { license: m.license } };
  // Changes the refresh must report:
  models['microsoft/phi-2'] = { id: 'microsoft/phi-2', gated: false, cardData: { license: 'apache-2.0' } };
  models['Qwen/Qwen2.5-7B-Instruct'] = {
    id: 'Qwen/Qwen2.5-7B-Instruct',
    gated: 'manual',
    cardData: { license: 'apache-2.0' },
  };
  models['deepseek-ai/DeepSeek-V3'] = { id: 'deepseek-ai/DeepSeek-V3', gated: false, cardData: { license: 'mit' } };
  models['BAAI/bge-m3'] = {
    id: 'BAAI/bge-m3',
    gated: false,
    cardData: { license: 'other', license_name: 'acme-weird' },
  };
  delete models['tiiuae/falcon-7b'];
  return models;
}

beforeAll(async () => {
  models = answers();
  const byId = new Map(Object.entries(models).map(([k, v]) => [k.toLowerCase(), v]));
  front = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/api/models') {
      listRequests.push(req.url ?? '');
      const page = Number(url.searchParams.get('cursor') ?? '0');
      const rows = RANKING.slice(page * 2, page * 2 + 2);
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (page === 2) headers.link = `<https://elsewhere.example/api/models?cursor=3>; rel="next"`;
      else if ((page + 1) * 2 < RANKING.length)
        headers.link = `<${endpoint}/api/models?sort=downloads&cursor=${page + 1}>; rel="next"`;
      res.writeHead(200, headers).end(JSON.stringify(rows));
      return;
    }
    const id = decodeURIComponent(url.pathname.slice('/api/models/'.length));
    const m = url.pathname.startsWith('/api/models/') ? byId.get(id.toLowerCase()) : undefined;
    if (!m)
      res
        .writeHead(404, { 'x-error-code': 'RepoNotFound', 'content-type': 'application/json' })
        .end('{"error":"Repository not found"}');
    else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(m));
  });
  await new Promise<void>((ok) => front.listen(0, '127.0.0.1', ok));
  endpoint = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
});
afterAll(async () => {
  front.closeAllConnections();
  await new Promise((ok) => front.close(ok));
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

/** The model files the tests use (the refresh reads every file of the directory; fewer keep the test fast). */
const FILES = ['deepseek-ai.yml', 'embeddings.yml', 'microsoft.yml', 'qwen.yml', 'tiiuae.yml'];
const subset = data.models.filter((m) =>
  FILES.some((f) => readFileSync(join(catalogDataDir(), 'models', f), 'utf8').includes(`  - id: ${m.id}\n`)),
);

function copyData(): string {
  const d = mkdtempSync(join(tmpdir(), 'model-gate-refresh-'));
  dirs.push(d);
  cpSync(catalogDataDir(), d, {
    recursive: true,
    filter: (src) => !src.includes(`${join('data', 'models')}/`) || FILES.some((f) => src.endsWith(f)),
  });
  return d;
}

const client = () => new HttpRefreshHub({ endpoint, retryDelayMs: 1, timeoutMs: 5000 });
const fast = { concurrency: 16 };

describe('catalog refresh against a loopback Hub', () => {
  it('reports changed licenses, gating, missing repositories, family disagreements and uncovered checkpoints', async () => {
    const dir = copyData();
    const r = await refreshCatalog({ dataDir: dir, hub: client(), limit: 2, pages: 10, ...fast });
    expect(r.checked).toBe(subset.length);
    expect(subset.length).toBeGreaterThan(50);
    expect(r.changedLicenses).toEqual([
      expect.objectContaining({ id: 'deepseek-ai/DeepSeek-V3', catalog: 'deepseek', hub: 'mit', applied: false }),
      {
        id: 'microsoft/phi-2',
        file: 'models/microsoft.yml',
        catalog: 'mit',
        hub: 'apache-2.0',
        applied: true,
        why: undefined,
      },
    ]);
    expect(r.changedLicenses[0].why).toMatch(/unconfirmed/);
    expect(r.gating).toEqual([
      {
        id: 'Qwen/Qwen2.5-7B-Instruct',
        file: 'models/qwen.yml',
        catalog: false,
        hub: 'manual',
        applied: true,
        why: undefined,
      },
    ]);
    expect(r.missing).toEqual([{ id: 'tiiuae/falcon-7b', file: 'models/tiiuae.yml' }]);
    expect(r.unmapped).toEqual([{ id: 'BAAI/bge-m3', label: 'other / acme-weird' }]);
    expect(r.uncovered).toEqual([
      { id: 'bartowski/SomeNewModel-7B-GGUF', kind: 'reupload', license: 'apache-2.0', downloads: 600 },
      { id: 'Qwen/Qwen4-9B', kind: 'family', license: 'apache-2.0', downloads: 800 },
    ]);
    expect(r.familyDisagrees).toEqual([
      { id: 'ibm-granite/granite-5.0-8b-instruct', rule: 'granite', catalog: 'apache-2.0', hub: 'mit' },
    ]);
    expect(r.unknownPopular.map((u) => u.id)).toEqual(['randomorg/thing']);
    // The cursor to another origin was not followed: page four was never asked for.
    expect(r.unknownPopular.map((u) => u.id)).not.toContain('late/page-four');
    expect(listRequests.some((u) => u.includes('cursor=3'))).toBe(false);
    // Without --write nothing changed on disk.
    expect(readFileSync(join(dir, 'models', 'microsoft.yml'), 'utf8')).toBe(
      readFileSync(join(catalogDataDir(), 'models', 'microsoft.yml'), 'utf8'),
    );
    expect(r.report).toContain('To apply (run with --write): 2 edits');
    expect(r.report).toMatch(
      /\| \[Qwen\/Qwen4-9B\]\(https:\/\/huggingface\.co\/Qwen\/Qwen4-9B\) \| family \| apache-2\.0 \| 800 \|/,
    );
  });

  it('with write, edits the YAML in place, deterministically, and a second run finds nothing more to edit', async () => {
    const dir = copyData();
    const first = await refreshCatalog({ dataDir: dir, hub: client(), limit: 2, pages: 3, write: true, ...fast });
    expect(first.edits).toEqual([
      { file: 'models/microsoft.yml', id: 'microsoft/phi-2', field: 'license', from: 'mit', to: 'apache-2.0' },
      { file: 'models/qwen.yml', id: 'Qwen/Qwen2.5-7B-Instruct', field: 'gated', from: 'false', to: 'true' },
    ]);
    const edited = load(readFileSync(join(dir, 'models', 'microsoft.yml'), 'utf8')) as {
      models: Array<{ id: string; license: string }>;
    };
    expect(edited.models.find((m) => m.id === 'microsoft/phi-2')?.license).toBe('apache-2.0');
    expect(edited.models.find((m) => m.id === 'microsoft/phi-1_5')?.license).toBe('mit');
    const second = await refreshCatalog({ dataDir: dir, hub: client(), limit: 2, pages: 3, write: true, ...fast });
    expect(second.edits).toEqual([]);
    const again = await refreshCatalog({ dataDir: dir, hub: client(), limit: 2, pages: 3, ...fast });
    expect(again.report).toBe(second.report);
  });

  it('fails loudly when the Hub answers nothing', async () => {
    const down = new HttpRefreshHub({ endpoint: 'http://127.0.0.1:9', retryDelayMs: 1, timeoutMs: 2000 });
    await expect(refreshCatalog({ dataDir: copyData(), hub: down, limit: 2, pages: 1 })).rejects.toThrow(
      /answered no catalog model/,
    );
  });

  it('runs as a command: HF_ENDPOINT, --report, --write, and one-line usage errors with exit code 2', async () => {
    const dir = copyData();
    const report = join(dir, 'report.md');
    const io = {
      outText: '',
      errText: '',
      out(s: string) {
        this.outText += s;
      },
      err(s: string) {
        this.errText += s;
      },
    };
    const code = await refreshCli(
      ['--data', dir, '--limit', '2', '--pages', '2', '--report', report, '--write'],
      { HF_ENDPOINT: endpoint },
      io,
    );
    expect(code).toBe(0);
    expect(readFileSync(report, 'utf8')).toMatch(/^# Catalog refresh/);
    expect(io.errText).toBe('catalog:refresh: 2 edits applied, 1 uncovered checkpoints\n');
    expect(readFileSync(join(dir, 'models', 'microsoft.yml'), 'utf8')).toMatch(
      /id: microsoft\/phi-2\n(?: {4}.*\n)*? {4}license: apache-2\.0/,
    );
    const bad = {
      outText: '',
      errText: '',
      out(s: string) {
        this.outText += s;
      },
      err(s: string) {
        this.errText += s;
      },
    };
    expect(await refreshCli(['--limit', 'many'], {}, bad)).toBe(2);
    expect(bad.errText).toBe('catalog:refresh: --limit takes a whole number from 1 to 1000, not "many"\n');
    expect(await refreshCli([], { HF_ENDPOINT: 'not a url' }, bad)).toBe(2);
    const down = {
      outText: '',
      errText: '',
      out(s: string) {
        this.outText += s;
      },
      err(s: string) {
        this.errText += s;
      },
    };
    expect(await refreshCli(['--data', copyData(), '--pages', '1'], { HF_ENDPOINT: 'http://127.0.0.1:9' }, down)).toBe(
      1,
    );
    expect(down.errText).toMatch(/^catalog:refresh: the Hub answered no catalog model/);
  });
});

describe('refresh helpers', () => {
  it('read the next link of a Link header', () => {
    expect(nextLink('<https://h/api/models?cursor=abc>; rel="next"')).toBe('https://h/api/models?cursor=abc');
    expect(nextLink('<https://h/a>; rel="prev", <https://h/b>; rel="next"')).toBe('https://h/b');
    expect(nextLink(null)).toBeUndefined();
    expect(nextLink('<https://h/a>; rel="prev"')).toBeUndefined();
  });

  it('edit one entry and nothing else', () => {
    const text = 'models:\n  - id: a/x\n    license: mit\n    gated: false\n  - id: a/y\n    license: mit\n';
    expect(editEntry(text, 'a/y', 'license', 'apache-2.0')).toBe(
      'models:\n  - id: a/x\n    license: mit\n    gated: false\n  - id: a/y\n    license: apache-2.0\n',
    );
    expect(() => editEntry(text, 'a/y', 'gated', 'true')).toThrow(/has no gated/);
    expect(() => editEntry(text, 'a/z', 'license', 'mit')).toThrow(/not found/);
  });

  it('parse options, refusing what they do not know', () => {
    expect(parseRefreshArgs(['--write', '--limit', '50', '--pages', '3', '--report', 'r.md'])).toMatchObject({
      write: true,
      limit: 50,
      pages: 3,
      report: 'r.md',
    });
    expect(() => parseRefreshArgs(['--pages', '0'])).toThrow(/from 1 to 100/);
    expect(() => parseRefreshArgs(['--bogus'])).toThrow(/unknown option "--bogus"/);
    expect(() => parseRefreshArgs(['--report'])).toThrow(/needs a value/);
  });
});
