import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { CSV_COLUMNS, csvCell } from '../../src/inventory/csv.js';
import { escapeHtml, jsonForScript } from '../../src/inventory/html.js';
import { mergeReports } from '../../src/inventory/merge.js';
import { parseReport } from '../../src/inventory/read.js';
import { renderInventory } from '../../src/inventory/render.js';
import type { Inventory } from '../../src/inventory/types.js';
import { FORMULA_ID, HOSTILE_ID, hostileReports, LS_ID, SCRIPT_ID } from './hostile.js';
import { orgReports, syntheticReport } from './reports.js';
import type { Report } from '../../src/core/types.js';

const catalog = loadCatalog();
function inventoryOf(files: Record<string, Report>, expected?: string[]): Inventory {
  const reports = Object.entries(files).map(([file, r]) => {
    const p = parseReport(JSON.stringify(r), file);
    return { name: p.repository?.full_name ?? file.replace(/\.json$/, ''), report: p };
  });
  return mergeReports(reports, {
    categoryOf: (l) => catalog.license(l)?.category ?? 'unknown',
    toolVersion: '0.1.0',
    now: new Date('2026-11-30T08:00:00Z'),
    expected,
  });
}

const hostile = inventoryOf(hostileReports());
const big = inventoryOf(Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`r${i}.json`, syntheticReport(i)])));

describe('Markdown', () => {
  it('shows the summary, models and repositories of a small inventory whole', () => {
    const md = renderInventory(inventoryOf(orgReports(), ['acme-corp/payments']), 'markdown');
    expect(md).toMatch(
      /^## Model inventory\n\n\*\*6 models\*\* in \*\*4 repositories\*\* \(8 uses\); policy <code>acme-production<\/code>\. Generated 2026-11-30 08:00 UTC/,
    );
    expect(md).toContain('| ❌ blocked | 1 |');
    expect(md).toContain('| non-commercial | 1 |');
    expect(md).toContain(
      '| <code>meta-llama/Llama-3.1-8B-Instruct</code> | <code>llama3.1</code> | community | ❌ blocked (blocked in 1, warning in 1) | 2: <code>acme-corp/chat-service</code>, <code>acme-corp/ml-pipeline</code> | 1/2 | <code>0e9e39f249a1</code>, <code>main</code> |',
    );
    expect(md).toContain(
      '| [<code>acme-corp/chat-service</code>](https://github.com/acme-corp/chat-service) | ❌ fail | 3 | 1 | 1 | 0 | 1 | 0 |',
    );
    expect(md).toContain('### Not checked (1)\n\n<code>acme-corp/payments</code>');
    expect(md).toContain('> [!WARNING]\n> - 1 expected repository has no report');
    expect(md).not.toContain('Cut to fit');
  });

  it('fits 1,000 repositories under the issue limit, most severe models first, and says what it left out', () => {
    const md = renderInventory(big, 'markdown');
    expect(md.length).toBeLessThanOrEqual(65_000);
    expect(md).toMatch(
      /> \[!NOTE\]\n> Cut to fit: [\d,]+ models \(the least severe, least used\) and [\d,]+ repositories not shown here; see the complete inventory/,
    );
    const rows = md.split('\n').filter((l) => l.startsWith('| <code>'));
    expect(rows.length).toBeGreaterThan(50);
    expect(rows[0]).toContain('❌ blocked');
    for (const line of md.split('\n').filter((l) => l.startsWith('|'))) expect(line.endsWith('|')).toBe(true);
    const small = renderInventory(big, 'markdown').length;
    expect(small).toBe(md.length);
  });

  it('escapes hostile ids, licenses and names: no HTML, no broken table', () => {
    const md = renderInventory(hostile, 'markdown');
    expect(md).not.toMatch(/<img|<svg|<script|<\/script|<b>/i);
    expect(md).not.toMatch(/[\u2028\u2029]/);
    expect(md).not.toContain('`tick`');
    const section = md.slice(md.indexOf('### Models'), md.indexOf('### Repositories'));
    const modelRows = section.split('\n').filter((l) => l.startsWith('| <code>'));
    expect(modelRows).toHaveLength(6);
    for (const row of modelRows) expect(row.split(/(?<!\\)\|/).length - 2).toBe(7);
  });
});

describe('CSV', () => {
  it('writes one RFC 4180 row per model and repository, with CRLF line ends', () => {
    const csv = renderInventory(inventoryOf(orgReports()), 'csv');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    const rows = parse<Record<string, string>>(csv, { columns: true });
    expect(rows).toHaveLength(8);
    expect(rows[0]).toMatchObject({
      model: 'meta-llama/Llama-3.1-8B-Instruct',
      license: 'llama3.1',
      category: 'community',
      status: 'blocked',
      model_status: 'blocked',
      repository: 'acme-corp/chat-service',
      declared: 'yes',
      revision: '0e9e39f249a16976918f6564b8830bc894c89659',
      rules: 'license.denied',
      locations: 'models.yaml:2; app/chat.py:14',
      purpose: 'customer support chat',
    });
    expect(rows[0].url).toMatch(
      /^https:\/\/github\.com\/acme-corp\/chat-service\/blob\/[0-9a-f]{40}\/models\.yaml#L2$/,
    );
  });

  it('round-trips quotes, commas and line breaks, and neutralises formulas', () => {
    const csv = renderInventory(hostile, 'csv');
    const rows = parse<Record<string, string>>(csv, { columns: true, relax_column_count: false });
    expect(rows).toHaveLength(6);
    const script = rows.find((r) => r.model === SCRIPT_ID)!;
    expect(script.locations).toBe('a "quoted", path\nwith a break.py:7');
    expect(rows.find((r) => r.model === LS_ID)).toBeDefined();
    const formula = rows.find((r) => r.model === `'${FORMULA_ID}`)!;
    expect(formula.license).toBe("'+cmd|' /C calc'!A0");
    expect(formula.locations).toBe("'@SUM(1+1).py:2");
    expect(rows.find((r) => r.license === "'-2+3")).toBeDefined();
    for (const r of rows) for (const v of Object.values(r)) expect(v).not.toMatch(/^[=+\-@\t\r]/);
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell(null)).toBe('');
  });
});

describe('HTML', () => {
  const html = renderInventory(hostile, 'html');

  it('is one self-contained page: a strict CSP that allows only its own inline script and style', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1].replace(/&#39;/g, "'");
    expect(csp).toMatch(
      /^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src data:; base-uri 'none'; form-action 'none'$/,
    );
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1];
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
    const hash = (s: string) => createHash('sha256').update(s, 'utf8').digest('base64');
    expect(csp).toContain(`script-src 'sha256-${hash(script)}'`);
    expect(csp).toContain(`style-src 'sha256-${hash(style)}'`);
    // Nothing from the network: no external script, style, image, font or frame.
    expect(html).not.toMatch(/\b(src|href)=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).not.toMatch(/ style=/);
  });

  it('escapes hostile text everywhere: text, attributes and the inline JSON', () => {
    expect(html.match(/<script/gi)).toHaveLength(2);
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(html).not.toMatch(/<img|<svg onload|<b>/i);
    expect(html.match(/<svg/g)).toHaveLength(2);
    expect(html).not.toMatch(/[\u2028\u2029]/);
    expect(html).toContain('&#60;script&#62;window.__pwned=5&#60;/script&#62;');
    const json = /<script type="application\/json" id="inventory-data">([\s\S]*?)<\/script>/.exec(html)![1];
    expect(json).not.toMatch(/[<>&]/);
    const data = JSON.parse(json) as { models: Array<{ i: string }>; repos: Array<{ n: string }> };
    expect(data.models.map((m) => m.i)).toEqual(expect.arrayContaining([HOSTILE_ID, SCRIPT_ID, LS_ID, FORMULA_ID]));
    expect(data.repos.map((r) => r.n)).toContain('acme-corp/<img src=z onerror=window.__pwned=6>');
  });

  it('draws the charts of models by license category and by status as inline SVG', () => {
    const page = renderInventory(inventoryOf(orgReports()), 'html');
    expect(page).toContain('<figcaption id="chart-category">Models by license category</figcaption>');
    expect(page).toContain('<figcaption id="chart-status">Models by status</figcaption>');
    expect(page).toMatch(/<title>permissive: 3<\/title>/);
    expect(page).toMatch(/<title>blocked: 1<\/title>/);
    expect(page).toMatch(/<title>non-commercial: 1<\/title>/);
  });

  it('stays small for 1,000 repositories of 20 models', () => {
    const page = renderInventory(big, 'html');
    expect(Buffer.byteLength(page)).toBeLessThan(6 * 1024 * 1024);
  });

  it('escapes helpers', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;',
    );
    expect(jsonForScript({ s: '</script>\u2028&' })).toBe('{"s":"\\u003c/script\\u003e\\u2028\\u0026"}');
    expect(JSON.parse(jsonForScript({ s: '</script>\u2028&' }))).toEqual({ s: '</script>\u2028&' });
  });
});
