/**
 * The inventory as ONE self-contained static page: no network, nothing to install, inline CSS and JS allowed by
 * hash in a strict Content-Security-Policy. The tables are drawn by the page's script from an inline JSON block
 * (text inserted with `textContent`, never as HTML); the charts are inline SVG drawn here.
 *
 * Every text that comes from a report (ids, licenses, paths, purposes, repository and policy names) is escaped
 * for where it lands: HTML text and attributes (`escapeHtml`) and the inline JSON (`jsonForScript`: `<`, `>`,
 * `&`, U+2028 and U+2029 as `\u` escapes, so nothing in it can close the script element).
 */
import { createHash } from 'node:crypto';
import type { ModelStatus } from '../core/types.js';
import { LICENSE_CATEGORIES } from '../core/types.js';
import { encodePath } from './merge.js';
import type { Inventory } from './types.js';
import { STATUS_ORDER } from './types.js';

export function escapeHtml(s: string): string {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON that is safe inside `<script type="application/json">`. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

const STATUS_COLOR: Record<ModelStatus, string> = {
  blocked: 'st-blocked',
  waived: 'st-waived',
  warning: 'st-warning',
  allowed: 'st-allowed',
};

/** A horizontal bar chart as inline SVG (labels escaped; no script, no style attribute). */
function barChart(title: string, id: string, rows: Array<{ label: string; value: number; cls: string }>): string {
  const rowH = 24;
  const labelW = 130;
  const barW = 260;
  const width = labelW + barW + 60;
  const height = rows.length * rowH + 8;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const bars = rows
    .map((r, i) => {
      const y = 4 + i * rowH;
      const w = r.value === 0 ? 0 : Math.max(2, Math.round((r.value / max) * barW));
      return (
        `<text x="${labelW - 8}" y="${y + 16}" text-anchor="end" class="lbl">${escapeHtml(r.label)}</text>` +
        `<rect x="${labelW}" y="${y + 3}" width="${w}" height="${rowH - 8}" rx="3" class="bar ${r.cls}"><title>${escapeHtml(`${r.label}: ${r.value}`)}</title></rect>` +
        `<text x="${labelW + w + 6}" y="${y + 16}" class="val">${r.value}</text>`
      );
    })
    .join('');
  return `<figure class="chart"><figcaption id="${id}">${escapeHtml(title)}</figcaption><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${bars}</svg></figure>`;
}

const CSS = `
:root{color-scheme:light dark;--fg:#1f2328;--muted:#59636e;--bg:#fff;--line:#d1d9e0;--head:#f6f8fa;--link:#0969da}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9198a1;--bg:#0d1117;--line:#3d444d;--head:#151b23;--link:#4493f8}}
*{box-sizing:border-box}
body{margin:0;padding:24px;font:14px/1.45 -apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif;color:var(--fg);background:var(--bg)}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px}
a{color:var(--link)}
.muted{color:var(--muted)}
.warnings{border-left:4px solid #d29922;padding:6px 12px;margin:12px 0;background:var(--head)}
.warnings li{margin:2px 0}
.charts{display:flex;flex-wrap:wrap;gap:24px;margin:16px 0}
.chart{margin:0}.chart figcaption{font-weight:600;margin-bottom:4px}
.chart .lbl,.chart .val{font-size:12px;fill:var(--fg)}
.bar{fill:#8c959f}.st-blocked{fill:#cf222e}.st-waived{fill:#bf8700}.st-warning{fill:#d29922}.st-allowed{fill:#1a7f37}
.cat-permissive{fill:#1a7f37}.cat-copyleft{fill:#0969da}.cat-open-rail{fill:#8250df}.cat-community{fill:#bf8700}.cat-non-commercial{fill:#cf222e}.cat-research-only{fill:#a40e26}.cat-proprietary{fill:#6e7781}.cat-unknown{fill:#8c959f}
.filters{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:8px 0}
.filters input,.filters select{font:inherit;padding:4px 8px;border:1px solid var(--line);border-radius:6px;background:var(--bg);color:var(--fg)}
.filters input{min-width:280px}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
th{background:var(--head);position:sticky;top:0;cursor:pointer;user-select:none;white-space:nowrap}
th[aria-sort=ascending]::after{content:" \\25B2"}th[aria-sort=descending]::after{content:" \\25BC"}
td.num,th.num{text-align:right}
td.id{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;word-break:break-all}
.badge{display:inline-block;padding:0 7px;border-radius:10px;font-size:12px;font-weight:600;color:#fff;white-space:nowrap}
.b-blocked{background:#cf222e}.b-waived{background:#9a6700}.b-warning{background:#bc4c00}.b-allowed{background:#1a7f37}.b-fail{background:#cf222e}.b-pass{background:#1a7f37}
button.toggle{border:0;background:none;color:var(--link);cursor:pointer;font:inherit;padding:0 4px 0 0}
tr.detail>td{background:var(--head);padding:6px 8px 10px 28px}
tr.detail table td,tr.detail table th{border-bottom:1px solid var(--line);padding:3px 6px;position:static;cursor:default}
tr.detail ul{margin:0;padding-left:16px}
code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12px}
footer{margin-top:32px;font-size:12px}
`;

/** The page's script. A constant: its hash goes into the CSP. It reads the data block and draws the tables. */
const JS = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('inventory-data').textContent);
  var RANK = { blocked: 0, waived: 1, warning: 2, allowed: 3 };
  var repos = data.repos;
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function link(href, text) {
    var a = el('a', null, text);
    if (/^https?:\\/\\//i.test(href)) { a.href = href; a.rel = 'noopener noreferrer'; }
    return a;
  }
  function badge(s) { return el('span', 'badge b-' + s, s); }
  function td(cls, text) { return el('td', cls, text); }
  function blob(repo, path, line) {
    return repo.b + path.split('/').map(encodeURIComponent).join('/') + '#L' + line;
  }

  function sorter(table, rows, keys, onSorted) {
    var ths = table.querySelectorAll('thead th');
    var current = null;
    function apply(key, dir) {
      var get = keys[key];
      rows.sort(function (a, b) {
        var x = get(a), y = get(b);
        var c = typeof x === 'number' ? x - y : String(x).localeCompare(String(y));
        return c * dir || a.order - b.order;
      });
      for (var i = 0; i < ths.length; i++) {
        if (ths[i].getAttribute('data-key') === key) ths[i].setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
        else ths[i].removeAttribute('aria-sort');
      }
      current = { key: key, dir: dir };
      onSorted();
    }
    for (var i = 0; i < ths.length; i++) {
      (function (th) {
        var key = th.getAttribute('data-key');
        if (!key || !keys[key]) return;
        th.tabIndex = 0;
        function go() { apply(key, current && current.key === key ? -current.dir : (th.getAttribute('data-dir') === 'desc' ? -1 : 1)); }
        th.addEventListener('click', go);
        th.addEventListener('keydown', function (ev) { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); go(); } });
      })(ths[i]);
    }
  }

  function detailRow(m) {
    var tr = el('tr', 'detail');
    var cell = el('td');
    cell.colSpan = 7;
    var t = el('table');
    var head = el('tr');
    ['Repository', 'Status', 'Declared', 'Revision', 'Rules', 'Where'].forEach(function (h) { head.appendChild(el('th', null, h)); });
    var thead = el('thead'); thead.appendChild(head); t.appendChild(thead);
    var body = el('tbody');
    m.u.forEach(function (u) {
      var repo = repos[u[0]];
      var row = el('tr', 'usage');
      var name = td();
      if (repo.u) name.appendChild(link(repo.u, repo.n)); else name.textContent = repo.n;
      row.appendChild(name);
      var st = td(); st.appendChild(badge(u[1])); row.appendChild(st);
      row.appendChild(td(null, u[2] ? 'yes' : 'no'));
      row.appendChild(td('id', u[3] || ''));
      row.appendChild(td(null, (u[6] || []).join(' ')));
      var where = td();
      var ul = el('ul');
      u[4].forEach(function (l) {
        var li = el('li');
        var label = l[0] + ':' + l[1];
        if (l[2] && repo.b) li.appendChild(link(blob(repo, l[0], l[1]), label)); else li.appendChild(el('code', null, label));
        ul.appendChild(li);
      });
      if (u[5]) ul.appendChild(el('li', 'muted', '+' + u[5] + ' more'));
      where.appendChild(ul);
      row.appendChild(where);
      body.appendChild(row);
    });
    t.appendChild(body);
    cell.appendChild(t);
    tr.appendChild(cell);
    return tr;
  }

  // Models.
  var mt = document.getElementById('models');
  var mbody = mt.querySelector('tbody');
  var rows = data.models.map(function (m, i) {
    var tr = el('tr', 'model');
    var idCell = td('id');
    var btn = el('button', 'toggle', '\\u25B8');
    btn.type = 'button';
    btn.setAttribute('aria-expanded', 'false');
    btn.setAttribute('aria-label', 'Show the repositories that use it');
    idCell.appendChild(btn);
    idCell.appendChild(el('span', 'model-id', m.i));
    tr.appendChild(idCell);
    tr.appendChild(td(null, m.l === null ? 'unknown' : m.l + (m.L ? ' (also ' + m.L.filter(function (x) { return x !== m.l; }).join(', ') + ')' : '')));
    tr.appendChild(td(null, m.c));
    var st = td(); st.appendChild(badge(m.s)); tr.appendChild(st);
    tr.appendChild(td('num', m.r));
    tr.appendChild(td('num', m.d + '/' + m.r));
    tr.appendChild(td('id', m.v.join(', ')));
    var row = { m: m, tr: tr, detail: null, order: i, hay: (m.i + ' ' + (m.l || 'unknown') + ' ' + (m.L || []).join(' ') + ' ' + m.c + ' ' + m.s + ' ' + m.u.map(function (u) { return repos[u[0]].n; }).join(' ')).toLowerCase() };
    btn.addEventListener('click', function () {
      var open = btn.getAttribute('aria-expanded') !== 'true';
      btn.setAttribute('aria-expanded', open ? 'true' : 'false');
      btn.textContent = open ? '\\u25BE' : '\\u25B8';
      if (open && !row.detail) { row.detail = detailRow(m); tr.parentNode.insertBefore(row.detail, tr.nextSibling); }
      if (row.detail) row.detail.hidden = !open || tr.hidden;
    });
    return row;
  });
  function drawModels() {
    var frag = document.createDocumentFragment();
    rows.forEach(function (r) { frag.appendChild(r.tr); if (r.detail) frag.appendChild(r.detail); });
    mbody.appendChild(frag);
  }
  var q = document.getElementById('filter');
  var fs = document.getElementById('filter-status');
  var fc = document.getElementById('filter-category');
  var count = document.getElementById('count');
  function filter() {
    var words = q.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var s = fs.value, c = fc.value, shown = 0;
    rows.forEach(function (r) {
      var ok = (!s || r.m.s === s) && (!c || r.m.c === c) && words.every(function (w) { return r.hay.indexOf(w) !== -1; });
      r.tr.hidden = !ok;
      if (r.detail) r.detail.hidden = !ok || r.tr.querySelector('button').getAttribute('aria-expanded') !== 'true';
      if (ok) shown++;
    });
    count.textContent = shown + ' of ' + rows.length + ' models';
  }
  sorter(mt, rows, {
    id: function (r) { return r.m.i.toLowerCase(); },
    license: function (r) { return (r.m.l || '\\uffff').toLowerCase(); },
    category: function (r) { return r.m.c; },
    status: function (r) { return RANK[r.m.s]; },
    repositories: function (r) { return r.m.r; },
    declared: function (r) { return r.m.r ? r.m.d / r.m.r : 0; },
    revisions: function (r) { return r.m.v.length; }
  }, drawModels);
  drawModels();
  [q, fs, fc].forEach(function (x) { x.addEventListener('input', filter); x.addEventListener('change', filter); });
  filter();

  // Repositories.
  var rt = document.getElementById('repos');
  var rbody = rt.querySelector('tbody');
  var rrows = repos.map(function (r, i) {
    var tr = el('tr', 'repo');
    var name = td();
    if (r.u) name.appendChild(link(r.u, r.n)); else name.textContent = r.n;
    tr.appendChild(name);
    var v = td(); v.appendChild(badge(r.v)); tr.appendChild(v);
    tr.appendChild(td('num', r.m));
    r.k.forEach(function (n) { tr.appendChild(td('num', n)); });
    tr.appendChild(td('num', r.x));
    return { r: r, tr: tr, order: i };
  });
  function drawRepos() {
    var frag = document.createDocumentFragment();
    rrows.forEach(function (x) { frag.appendChild(x.tr); });
    rbody.appendChild(frag);
  }
  sorter(rt, rrows, {
    name: function (x) { return x.r.n.toLowerCase(); },
    verdict: function (x) { return x.r.v; },
    models: function (x) { return x.r.m; },
    blocked: function (x) { return x.r.k[0]; },
    waived: function (x) { return x.r.k[1]; },
    warning: function (x) { return x.r.k[2]; },
    allowed: function (x) { return x.r.k[3]; },
    not_scanned: function (x) { return x.r.x; }
  }, drawRepos);
  drawRepos();
  document.documentElement.setAttribute('data-ready', 'true');
})();
`;

export interface InventoryHtmlOptions {
  title?: string;
}

/** The compact data the page's script reads. */
function pageData(inv: Inventory) {
  const index = new Map<string, number>();
  const repos = inv.repositories.map((r, i) => {
    index.set(r.name.toLowerCase(), i);
    return {
      n: r.name,
      u: r.url ?? null,
      /** Prefix of the links to files (`…/blob/SHA/`), when the repository's address is known. */
      b: r.url ? `${r.url}/blob/${r.commit ?? 'HEAD'}/` : null,
      v: r.verdict,
      m: r.models,
      k: [r.counts.blocked, r.counts.waived, r.counts.warning, r.counts.allowed],
      x: r.not_scanned,
    };
  });
  const models = inv.models.map((m) => ({
    i: m.id,
    l: m.license,
    ...(m.licenses ? { L: m.licenses } : {}),
    c: m.category,
    s: m.status,
    r: m.repositories,
    d: m.declared_in,
    v: m.revisions,
    u: m.usages.map((u) => {
      const repo = inv.repositories[index.get(u.repository.toLowerCase()) ?? -1];
      const linkable = !!repo?.url;
      return [
        index.get(u.repository.toLowerCase()) ?? 0,
        u.status,
        u.declared ? 1 : 0,
        u.revision ?? null,
        u.locations.map((l) => [l.path, l.line, linkable && encodePath(l.path) !== undefined ? 1 : 0]),
        u.locations_omitted ?? 0,
        u.rules,
      ];
    }),
  }));
  return { repos, models };
}

export function renderInventoryHtml(inv: Inventory, opts: InventoryHtmlOptions = {}): string {
  const title = opts.title ?? 'Model inventory';
  const s = inv.summary;
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${sha256(JS)}'`,
    `style-src 'sha256-${sha256(CSS)}'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const statusChart = barChart(
    'Models by status',
    'chart-status',
    STATUS_ORDER.map((st) => ({ label: st, value: s.by_status[st], cls: STATUS_COLOR[st] })),
  );
  const categoryChart = barChart(
    'Models by license category',
    'chart-category',
    LICENSE_CATEGORIES.map((c) => ({ label: c, value: s.by_category[c], cls: `cat-${c}` })),
  );
  const policies = inv.policies.length
    ? ` · ${inv.policies.length === 1 ? 'policy' : 'policies'} ${inv.policies.map((p) => `<code>${escapeHtml(p)}</code>`).join(', ')}`
    : '';
  const warnings = inv.warnings.length
    ? `<section class="warnings" id="warnings"><strong>Warnings</strong><ul>${inv.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul></section>`
    : '';
  const missing = inv.missing.length
    ? `<section id="missing"><h2>Not checked (${inv.missing.length})</h2><p class="muted">These repositories were listed but have no report: their models are not counted above.</p><p>${inv.missing.map((n) => `<code>${escapeHtml(n)}</code>`).join(', ')}</p></section>`
    : '';
  const options = (values: readonly string[]) =>
    values.map((v) => `<option value="${escapeHtml(v)}">${escapeHtml(v)}</option>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="model-gate ${escapeHtml(inv.tool.version)}">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="muted"><strong>${s.models}</strong> models in <strong>${s.repositories}</strong> repositories (${s.usages} uses; ${s.verdicts.fail} failing, ${s.verdicts.pass} passing)${policies} · generated ${escapeHtml(inv.generated_at)} by model-gate ${escapeHtml(inv.tool.version)}</p>
</header>
${warnings}
<section class="charts">${categoryChart}${statusChart}</section>
<section>
<h2>Models</h2>
<noscript><p>The tables need JavaScript; the JSON and CSV inventories hold the same data.</p></noscript>
<div class="filters">
<input id="filter" type="search" placeholder="Filter by model, license, repository…" aria-label="Filter models">
<select id="filter-status" aria-label="Status"><option value="">any status</option>${options(STATUS_ORDER)}</select>
<select id="filter-category" aria-label="License category"><option value="">any category</option>${options(LICENSE_CATEGORIES)}</select>
<span id="count" class="muted" aria-live="polite"></span>
</div>
<table id="models">
<thead><tr><th data-key="id">Model</th><th data-key="license">License</th><th data-key="category">Category</th><th data-key="status">Status</th><th data-key="repositories" data-dir="desc" class="num">Repositories</th><th data-key="declared" class="num">Declared</th><th data-key="revisions" data-dir="desc">Pinned revisions</th></tr></thead>
<tbody></tbody>
</table>
</section>
<section>
<h2>Repositories</h2>
<table id="repos">
<thead><tr><th data-key="name">Repository</th><th data-key="verdict">Verdict</th><th data-key="models" data-dir="desc" class="num">Models</th><th data-key="blocked" data-dir="desc" class="num">Blocked</th><th data-key="waived" data-dir="desc" class="num">Waived</th><th data-key="warning" data-dir="desc" class="num">Warning</th><th data-key="allowed" data-dir="desc" class="num">Allowed</th><th data-key="not_scanned" data-dir="desc" class="num">Not scanned</th></tr></thead>
<tbody></tbody>
</table>
</section>
${missing}
<footer class="muted">model-gate inventory · version ${inv.version}</footer>
<script type="application/json" id="inventory-data">${jsonForScript(pageData(inv))}</script>
<script>${JS}</script>
</body>
</html>
`;
}
