/**
 * The comment as GitHub shows it: rendered with a GFM renderer that has the autolink extension (micromark with
 * micromark-extension-gfm, GitHub's spec), links checked, hostile text inert, sizes at 5, 40 and 400 models from
 * the real engine and catalog.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { check } from '../../src/engine/check.js';
import type { Report } from '../../src/core/types.js';
import { loadPolicy } from '../../src/policy/load.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { finding, makeReport, model } from '../action/reports.js';

const catalog = loadCatalog();
const today = new Date('2026-11-28T12:00:00Z');
const SHA = 'c0ffee'.repeat(6) + 'c0ff';
const links = {
  location: (path: string, line: number) =>
    `https://github.com/acme/app/blob/${SHA}/${path.split('/').map(encodeURIComponent).join('/')}#L${line}`,
};
const opts = {
  marker: '<!-- model-gate:model-gate -->',
  summaryUrl: 'https://github.com/acme/app/actions/runs/42',
  today,
  links,
};

function html(md: string): string {
  return micromark(md, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

function hrefs(h: string): string[] {
  return [...h.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
}

/**
 * GitHub also autolinks addresses inside inline HTML such as <code> (not in code blocks): take the text outside
 * the renderer's links and code blocks, and run GFM's autolinking over it again (with Markdown's own link syntax
 * taken out); any link there would be one GitHub makes.
 */
function autolinksInText(h: string): string[] {
  const text = h
    .replace(/<pre>[\s\S]*?<\/pre>/g, ' ')
    .replace(/<a href="[^"]*">[\s\S]*?<\/a>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
  return hrefs(html(text.replace(/[<>[\]()\\`*_]/g, ' ')));
}

describe('links', () => {
  it('a Hub model links to its page, a license to its text, a location to the file at the commit', () => {
    const r = makeReport(
      [
        model({
          status: 'blocked',
          kind: 'hub',
          locations: [{ path: 'app/chat bot.py', line: 12 }],
          findings: [finding({ path: 'app/chat bot.py', line: 12 })],
        }),
      ],
      { base: 'abc' },
    );
    const links = hrefs(html(renderMarkdown(r, opts)));
    expect(links).toContain('https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct');
    expect(links).toContain('https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE');
    expect(links).toContain(`https://github.com/acme/app/blob/${SHA}/app/chat%20bot.py#L12`);
  });

  it('use-policy addresses the catalog quotes in messages stay whole links (no llama3%5C_1)', () => {
    // Llama 3.1-3.3 and Gemma: addresses with underscores, which Markdown escaping used to break.
    const uses = catalog.licenses
      .map((l) => l.acceptable_use)
      .filter((u): u is string => Boolean(u) && /llama3_[123]|gemma/.test(u!));
    expect(uses.length).toBeGreaterThanOrEqual(3);
    const models = uses.map((u, i) =>
      model({
        id: `org/m${i}`,
        status: 'warning',
        findings: [
          finding({
            rule: 'use.restrictions',
            severity: 'warn',
            message: `The license's use restrictions pass downstream; acceptable-use policy: ${u}`,
          }),
        ],
      }),
    );
    const h = html(renderMarkdown(makeReport(models), opts));
    for (const u of uses) expect(hrefs(h)).toContain(u);
    expect(h).not.toMatch(/%5C/);
  });
});

describe('hostile text makes no link, mention or reference', () => {
  const evil = [
    'https://evil.example/steal',
    'www.evil.example',
    '<code>www.evil.example</code>',
    'HTTPS://EVIL.EXAMPLE',
    'mailto:boss@evil.example',
    'contact admin@evil.example',
    'GH-1 and gh-22',
    'see #1 and acme/app#2',
    '@octocat and @acme/security',
    '[click](https://evil.example)',
    '<https://evil.example>',
  ];

  it('in model ids, purposes, paths, licenses, messages and the policy name', () => {
    const models = evil.map((text, i) =>
      model({
        id: text,
        kind: 'url',
        status: i % 2 ? 'blocked' : 'warning',
        license: text,
        purpose: text,
        locations: [{ path: `${text}.py`, line: i + 1 }],
        alternatives: [text],
        findings: [
          finding({
            severity: i % 2 ? 'block' : 'warn',
            message: `model ${text} is bad`,
            help: text,
            path: `${text}.py`,
            line: i + 1,
          }),
        ],
      }),
    );
    for (const withLinks of [false, true]) {
      const md = renderMarkdown(makeReport(models, { policy: 'www.evil.example @acme', base: 'abc' }), {
        ...opts,
        links: withLinks ? links : {},
        title: 'gate https://evil.example',
      });
      const h = html(md);
      const allowed = (u: string) => u.startsWith(`https://github.com/acme/app/blob/${SHA}/`) || u === opts.summaryUrl;
      expect(hrefs(h).filter((u) => !allowed(u))).toEqual([]);
      expect(autolinksInText(h)).toEqual([]);
      // (code blocks are not searched for references by GitHub)
      const text = h
        .replace(/<pre>[\s\S]*?<\/pre>/g, '')
        .replace(/<[^>]+>/g, '')
        .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
      expect(text.match(/.{0,30}(^|[^\u200d])#\d.{0,10}/)).toBeNull();
      expect(text).not.toMatch(/@(?!\u200d)[A-Za-z]/);
      expect(text).not.toMatch(/\bGH-\d/i);
    }
  });
});

describe('audit mode and what was not seen', () => {
  it('audit mode says so at the top: nothing is blocked, enforce would fail', () => {
    const r = makeReport([model({ status: 'blocked', findings: [finding()] })], { base: 'abc' });
    const lines = renderMarkdown(r, { ...opts, mode: 'audit' }).split('\n');
    expect(lines[1]).toBe('## ⚠️ model-gate: 1 model would be blocked');
    expect(lines[3]).toBe('> **Audit mode: nothing is blocked; in enforce mode this change would fail.**');
  });

  it('never an "all clear" over unseen files: a warning with counts', () => {
    const r = makeReport([model({ license: 'apache-2.0' })], {
      base: 'abc',
      not_scanned: [{ path: 'huge.py', reason: 'larger than 1 MiB' }],
    });
    const md = renderMarkdown(r, {
      ...opts,
      coverage: { unlisted: 50, tooLarge: 2, hubUnanswered: 1, notes: ['checked commit 123 instead'] },
    });
    expect(md).not.toMatch(/all clear/);
    expect(md.split('\n')[1]).toBe('## ⚠️ model-gate: passed, but not everything was seen');
    expect(md).toContain(
      "> **Not everything was seen:** 50 changed files past the GitHub API's listing limit were not seen; 2 changed files over the size limit were not read; 1 file could not be scanned (listed in the JSON report with the reason); the Hugging Face Hub did not answer for 1 model.",
    );
    expect(md).toContain('> - checked commit 123 instead');
  });
});

describe('compact at scale (the real engine, the shipped catalog and default policy)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mg-md-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /**
   * A report of `n` models: catalog models in order (a realistic mix of licenses), every third one an in-house
   * model the catalog does not know (blocked: no license can be established offline).
   */
  async function reportOf(n: number): Promise<Report> {
    const ids = catalog.models.map((m) => m.id).filter((id) => /^[\w.-]+\/[\w.-]+$/.test(id));
    const lines = ['models:'];
    let k = 0;
    for (let i = 0; i < n; i++) {
      const id = i % 3 === 2 || k >= ids.length ? `acme-lab/internal-model-${i}` : ids[k++];
      lines.push(`  - id: ${id}`, `    purpose: feature ${i}`);
    }
    const root = mkdtempSync(join(dir, 'r-'));
    writeFileSync(join(root, 'models.yaml'), lines.join('\n') + '\n');
    const policy = await loadPolicy('default', { cwd: root, catalog });
    return check({ root, policy, catalog, scan: false, base: { ref: 'main', manifestText: 'models: []\n' } });
  }

  it('5 models: one short table, the location inside the model cell, fits a laptop screen', async () => {
    const r = await reportOf(5);
    const md = renderMarkdown(r, opts);
    const rows = md
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| Status') && !l.startsWith('| ---'));
    expect(rows).toHaveLength(5);
    for (const row of rows)
      expect(row).toMatch(/<br><sub>\[models\.yaml:\d+\]\(https:\/\/github\.com\/acme\/app\/blob\//);
    // What shows before anything folded: at most 30 lines of text.
    const open = md
      .split('<details>')[0]
      .split('\n')
      .filter((l) => l.trim());
    expect(open.length).toBeLessThanOrEqual(30);
  });

  it('40 models: under 20,000 characters, one exception snippet, per-model fixes folded', async () => {
    const r = await reportOf(40);
    const blocked = r.models.filter((m) => m.status === 'blocked');
    expect(blocked.length).toBeGreaterThan(3);
    const md = renderMarkdown(r, opts);
    expect(md.length).toBeLessThan(20_000);
    const snippets = [...md.matchAll(/```yaml\n([\s\S]*?)```/g)];
    expect(snippets).toHaveLength(1);
    const doc = load(snippets[0][1]) as { exceptions: { models: string[] }[] };
    expect(doc.exceptions.flatMap((e) => e.models).sort()).toEqual(blocked.map((m) => m.id).sort());
    expect(md).toMatch(/<details><summary>Rules and allowed alternatives, model by model \(\d+\)<\/summary>/);
  });

  it('400 models: within 65,536 characters, blocked models and their fixes first', async () => {
    const r = await reportOf(400);
    const md = renderMarkdown(r, opts);
    expect(md.length).toBeLessThanOrEqual(65_536);
    const blockedIdx = md.indexOf('### Blocked');
    expect(blockedIdx).toBeGreaterThan(0);
    expect(md.indexOf('### How to fix')).toBeGreaterThan(blockedIdx);
    // Every blocked model in the table has its fix: it is in the folded list and in the exception snippet.
    const shown = [
      ...md.slice(blockedIdx, md.indexOf('### How to fix')).matchAll(/^\| ❌ blocked \| \[([^\]]+)\]/gm),
    ].map((m) => m[1]);
    expect(shown.length).toBeGreaterThan(20);
    const doc = load(/```yaml\n([\s\S]*?)```/.exec(md)![1]) as { exceptions: { models: string[] }[] };
    expect(doc.exceptions.flatMap((e) => e.models).sort()).toEqual([...shown].sort());
    const folded = md.slice(md.indexOf('model by model'));
    for (const id of shown) expect(folded).toContain(`<code>${id}</code>`);
    // Balanced HTML and fences.
    expect((md.match(/^```/gm) ?? []).length % 2).toBe(0);
    expect((md.match(/<details>/g) ?? []).length).toBe((md.match(/<\/details>/g) ?? []).length);
  });
});
