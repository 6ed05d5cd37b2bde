import { describe, expect, it } from '@jest/globals';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { schemaValidator } from '../../src/core/validate.js';
import { blobUrl, mergeReports, type NamedReport } from '../../src/inventory/merge.js';
import { nameFromFile, parseReport } from '../../src/inventory/read.js';
import { renderInventory } from '../../src/inventory/render.js';
import type { Inventory } from '../../src/inventory/types.js';
import { model, orgReports, report, syntheticReport } from './reports.js';

const catalog = loadCatalog();
const opts = {
  categoryOf: (l: string) => catalog.license(l)?.category ?? 'unknown',
  toolVersion: '0.1.0',
  now: new Date('2026-11-30T08:00:00Z'),
} as const;

function named(files: Record<string, object>, fromFile = false): NamedReport[] {
  return Object.entries(files).map(([file, r]) => {
    const parsed = parseReport(JSON.stringify(r), file);
    return { name: !fromFile && parsed.repository ? parsed.repository.full_name : nameFromFile(file), report: parsed };
  });
}

describe('mergeReports', () => {
  const inv = mergeReports(named(orgReports()), {
    ...opts,
    expected: [
      'acme-corp/chat-service',
      'acme-corp/ml-pipeline',
      'acme-corp/docs-site',
      'acme-corp/voice',
      'acme-corp/payments',
    ],
  });

  it('gives each model its license, category, worst status, repositories, declarations and pinned revisions', () => {
    const llama = inv.models.find((m) => m.id === 'meta-llama/Llama-3.1-8B-Instruct')!;
    expect(llama).toMatchObject({
      license: 'llama3.1',
      category: 'community',
      status: 'blocked',
      statuses: { blocked: 1, waived: 0, warning: 1, allowed: 0 },
      repositories: 2,
      declared_in: 1,
      revisions: ['0e9e39f249a16976918f6564b8830bc894c89659', 'main'],
    });
    expect(llama.usages.map((u) => [u.repository, u.status, u.declared])).toEqual([
      ['acme-corp/chat-service', 'blocked', true],
      ['acme-corp/ml-pipeline', 'warning', false],
    ]);
    expect(llama.usages[0].purpose).toBe('customer support chat');
    expect(llama.usages[0].rules).toEqual(['license.denied']);
    const minilm = inv.models.find((m) => m.id === 'sentence-transformers/all-MiniLM-L6-v2')!;
    expect(minilm).toMatchObject({
      category: 'permissive',
      status: 'allowed',
      repositories: 2,
      declared_in: 2,
      revisions: [],
    });
    expect(inv.models.find((m) => m.id === 'facebook/musicgen-small')).toMatchObject({
      category: 'non-commercial',
      status: 'waived',
    });
    expect(inv.models.find((m) => m.id === 'ollama:llama3.1:8b')).toMatchObject({
      kind: 'ollama',
      usages: [{ repository: 'acme-corp/voice' }],
    });
  });

  it('orders models most severe first, then most used', () => {
    expect(inv.models.map((m) => m.status)).toEqual(['blocked', 'waived', 'warning', 'warning', 'allowed', 'allowed']);
    expect(inv.models[4].id).toBe('sentence-transformers/all-MiniLM-L6-v2');
  });

  it("keeps every location, and each repository's address and commit checked (for links)", () => {
    const llama = inv.models[0];
    expect(llama.usages[0].locations).toEqual([
      { path: 'models.yaml', line: 2 },
      { path: 'app/chat.py', line: 14 },
    ]);
    expect(inv.repositories[0]).toMatchObject({
      name: 'acme-corp/chat-service',
      url: 'https://github.com/acme-corp/chat-service',
      commit: expect.stringMatching(/^[0-9a-f]{40}$/),
    });
    // A report without the repository field: named after its file, no address to link to.
    const whisper = inv.models.find((m) => m.id === 'openai/whisper-large-v3')!;
    expect(whisper.usages[0]).toMatchObject({
      repository: 'acme-corp/voice',
      locations: [{ path: 'services/asr/transcribe.py', line: 21 }],
    });
    expect(inv.repositories.find((r) => r.name === 'acme-corp/voice')!.url).toBeUndefined();
  });

  it('counts each repository by status, and lists the expected ones without a report', () => {
    expect(inv.repositories.map((r) => [r.name, r.verdict, r.models, r.counts, r.not_scanned])).toEqual([
      ['acme-corp/chat-service', 'fail', 3, { blocked: 1, waived: 1, warning: 0, allowed: 1 }, 0],
      ['acme-corp/docs-site', 'pass', 0, { blocked: 0, waived: 0, warning: 0, allowed: 0 }, 0],
      ['acme-corp/ml-pipeline', 'pass', 3, { blocked: 0, waived: 0, warning: 2, allowed: 1 }, 1],
      ['acme-corp/voice', 'pass', 2, { blocked: 0, waived: 0, warning: 1, allowed: 1 }, 0],
    ]);
    expect(inv.missing).toEqual(['acme-corp/payments']);
    expect(inv.summary).toEqual({
      repositories: 4,
      missing: 1,
      models: 6,
      usages: 8,
      by_status: { blocked: 1, waived: 1, warning: 2, allowed: 2 },
      by_category: {
        permissive: 3,
        copyleft: 0,
        'open-rail': 0,
        community: 2,
        'non-commercial': 1,
        'research-only': 0,
        proprietary: 0,
        unknown: 0,
      },
      verdicts: { pass: 3, fail: 1 },
    });
    expect(inv.warnings[0]).toMatch(
      /^1 expected repository has no report \(not checked: their models are not in this inventory\): acme-corp\/payments$/,
    );
    expect(inv.warnings).toContain("acme-corp/ml-pipeline: 1 file was not scanned (see its report's not_scanned)");
  });

  it('validates against schemas/inventory.schema.json', () => {
    const validate = schemaValidator('inventory');
    const doc = JSON.parse(renderInventory(inv, 'json')) as Inventory;
    expect(validate(doc)).toBe(true);
    expect(doc.generated_at).toBe('2026-11-30T08:00:00.000Z');
    expect(validate({ ...doc, models: [{ ...doc.models[0], status: 'fine' }] })).toBe(false);
  });

  it('merges two reports of one repository (a monorepo checked folder by folder) and says so', () => {
    const a = report(
      [{ id: 'BAAI/bge-large-en-v1.5', license: 'mit', locations: [{ path: 'search/models.yaml', line: 3 }] }],
      { repository: { full_name: 'acme-corp/mono' } },
    );
    const b = report(
      [
        {
          id: 'baai/bge-large-en-v1.5',
          status: 'warning',
          license: 'mit',
          declared: false,
          locations: [{ path: 'ranker/rank.py', line: 8 }],
        },
      ],
      { repository: { full_name: 'acme-corp/mono' } },
    );
    const m = mergeReports(named({ 'search.json': a, 'ranker.json': b }), opts);
    expect(m.repositories).toHaveLength(1);
    expect(m.models).toHaveLength(1);
    expect(m.models[0]).toMatchObject({
      id: 'BAAI/bge-large-en-v1.5',
      status: 'warning',
      repositories: 1,
      declared_in: 1,
    });
    expect(m.models[0].usages[0].locations.map((l) => l.path)).toEqual(['search/models.yaml', 'ranker/rank.py']);
    expect(m.warnings).toContain('acme-corp/mono: 2 reports (search.json, ranker.json) merged into one repository');
  });

  it('keeps the license most repositories report, and the others', () => {
    const r = (license: string | null, i: number) =>
      report([{ id: 'acme/summarizer', license }], { repository: { full_name: `acme-corp/r${i}` } });
    const m = mergeReports(
      named({ a: r('apache-2.0', 1), b: r('mit', 2), c: r('apache-2.0', 3), d: r(null, 4) }),
      opts,
    );
    expect(m.models[0]).toMatchObject({
      license: 'apache-2.0',
      licenses: ['apache-2.0', 'mit'],
      category: 'permissive',
    });
    const unknown = mergeReports(named({ a: r(null, 1) }), opts);
    expect(unknown.models[0]).toMatchObject({ license: null, category: 'unknown' });
  });

  it('caps the locations kept per model and repository', () => {
    const locations = Array.from({ length: 150 }, (_, i) => ({ path: `gen/file${i}.py`, line: i + 1 }));
    const m = mergeReports(
      named({ 'x.json': report([model({ id: 'gpt2', locations })], { repository: { full_name: 'acme-corp/x' } }) }),
      opts,
    );
    expect(m.models[0].usages[0].locations).toHaveLength(100);
    expect(m.models[0].usages[0].locations_omitted).toBe(50);
  });

  it('merges 300 reports of 20 models each: every use counted once', () => {
    const reports = Array.from({ length: 300 }, (_, i) => syntheticReport(i));
    const m = mergeReports(
      reports.map((r, i) => ({ name: r.repository!.full_name, report: parseReport(JSON.stringify(r), `r${i}.json`) })),
      opts,
    );
    expect(m.summary.repositories).toBe(300);
    expect(m.summary.usages).toBe(6000);
    expect(m.models.reduce((n, x) => n + x.repositories, 0)).toBe(6000);
    expect(m.repositories.reduce((n, r) => n + r.models, 0)).toBe(6000);
    // 8 models shared by every repository, 12 of each repository's own.
    expect(m.summary.models).toBe(8 + 300 * 12);
    expect(m.models.find((x) => x.id === 'google/gemma-2-9b-it')).toMatchObject({
      repositories: 300,
      category: 'community',
    });
    expect(schemaValidator('inventory')(JSON.parse(renderInventory(m, 'json')))).toBe(true);
  });
});

describe('blobUrl', () => {
  it('encodes each path segment and refuses paths that climb out', () => {
    expect(blobUrl('https://github.com/o/r', 'abc1234', 'src/my model#1.py', 3)).toBe(
      'https://github.com/o/r/blob/abc1234/src/my%20model%231.py#L3',
    );
    expect(blobUrl('https://github.com/o/r', undefined, 'a.py', 1)).toBe('https://github.com/o/r/blob/HEAD/a.py#L1');
    expect(blobUrl('https://github.com/o/r', 'abc1234', '../../etc/passwd', 1)).toBeUndefined();
    expect(blobUrl('https://github.com/o/r', 'abc1234', '/abs.py', 1)).toBeUndefined();
    expect(blobUrl(undefined, 'abc1234', 'a.py', 1)).toBeUndefined();
  });
});

describe('parseReport', () => {
  const ok = JSON.stringify(report([{ id: 'gpt2', license: 'mit' }]));

  it.each([
    ['', /^x\.json:1:1: empty file; expected a model-gate JSON report/],
    ['{\n  "version": 1,\n  "models": [,]\n}', /^x\.json:3:1\d: not JSON \(/],
    ['[1, 2]', /^x\.json:1:1: not a model-gate report: the document is an array/],
    [
      '{"bomFormat":"CycloneDX","specVersion":"1.6"}',
      /a CycloneDX BOM, not a model-gate JSON report; write one with model-gate check --format json/,
    ],
    [
      '{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[]}',
      /a SARIF log, not a model-gate JSON report/,
    ],
    ['{"name":"my-app","version":"1.0.0"}', /not a model-gate report \(no version, verdict and models\)/],
    ['{"version":2,"verdict":"pass","policy":"p","models":[]}', /report version 2: this model-gate reads version 1/],
    ['{"version":1,"verdict":"maybe","policy":"p","models":[]}', /\/verdict must be "pass" or "fail"/],
    [
      '{"version":1,"verdict":"pass","policy":"p","models":[{"id":"gpt2","status":"ok","license":null,"declared":true,"locations":[],"findings":[]}]}',
      /\/models\/0\/status must be one of blocked, waived, warning, allowed/,
    ],
    [
      '{"version":1,"verdict":"pass","policy":"p","models":[{"id":"gpt2","status":"allowed","license":null,"declared":true,"locations":[{"path":"a","line":0}],"findings":[]}]}',
      /\/models\/0\/locations\/0\/line must be a line number/,
    ],
    [
      '{"version":1,"verdict":"pass","policy":"p","models":[],"repository":{"full_name":"o/r","url":"https://x-access-token:ghs_abc@github.com/o/r"}}',
      /\/repository\/url must be an http\(s\) address without credentials/,
    ],
  ])('refuses %j with one line', (text, message) => {
    let err: Error | undefined;
    try {
      parseReport(text, 'x.json');
    } catch (e) {
      err = e as Error;
    }
    expect(err?.message).toMatch(message);
    expect(err?.message.split('\n')).toHaveLength(1);
  });

  it('reads a report with a byte-order mark and additive fields it does not know', () => {
    const r = parseReport(
      '\ufeff' +
        JSON.stringify({
          ...JSON.parse(ok),
          mentions: [{ id: 'x', path: 'README.md', line: 1 }],
          future_field: { a: 1 },
        }),
      'x.json',
    );
    expect(r.models[0]).toMatchObject({ id: 'gpt2', license: 'mit', status: 'allowed' });
  });

  it('names a repository after the file: owner__repo.json, or the folder of a generic name', () => {
    expect(nameFromFile('reports/acme-corp__chat-service.json')).toBe('acme-corp/chat-service');
    expect(nameFromFile('reports/acme-corp__my__odd__name.json')).toBe('acme-corp/my__odd__name');
    expect(nameFromFile('artifacts/acme-corp__web/report.json')).toBe('acme-corp/web');
    expect(nameFromFile('payments.json')).toBe('payments');
  });
});

describe('jsonErrorOffset', () => {
  it('finds no error in valid JSON, and the first one in broken JSON', async () => {
    const { jsonErrorOffset } = await import('../../src/inventory/read.js');
    for (const ok of [
      '{}',
      '[]',
      ' [1, -2.5e3, "a\\"b\\u00e9", true, false, null, {"k": [{}]}] ',
      JSON.stringify(orgReports(), null, 2),
    ]) {
      expect(() => {
        JSON.parse(ok);
      }).not.toThrow();
      expect(jsonErrorOffset(ok)).toBe(-1);
    }
    const cases: Array<[string, number]> = [
      ['{"a": 1,}', 8],
      ['[1, 2', 5],
      ['{"a" 1}', 5],
      ['{"a": tru}', 6],
      ['{"a": "x\ny"}', 8],
      ['[01]', 2],
      ['{"a": 1} x', 9],
      ['{"a": "\\q"}', 7],
      ['', 0],
    ];
    for (const [text, at] of cases) {
      expect(() => {
        JSON.parse(text);
      }).toThrow();
      expect([text, jsonErrorOffset(text)]).toEqual([text, at]);
    }
  });
});
