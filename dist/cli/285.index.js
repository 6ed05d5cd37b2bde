export const id = 285;
export const ids = [285];
export const modules = {

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   exceptionDaysFor: () => (/* binding */ exceptionDaysFor),
/* harmony export */   ph: () => (/* binding */ codeText),
/* harmony export */   renderMarkdown: () => (/* binding */ renderMarkdown)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_LENGTH, richText, clip, yamlString, modelReason, hasGaps */
/* harmony import */ var _catalog_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7831);
/* harmony import */ var _core_dates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(194);
/* harmony import */ var _policy_exceptions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5866);
/* harmony import */ var _notes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4931);
/**
 * The Markdown report: the pull request comment, the job summary, the check run's text and the CLI's
 * `--format markdown` output.
 *
 * Everything that comes from outside model-gate (model ids, purposes, paths, messages that quote them, policy
 * names) goes through `escapeText`: no raw HTML, no links or images, no @-mentions or #/GH- references that notify
 * anyone, no addresses GitHub would turn into links (`https://`, `www.`, `mailto:`: a zero-width joiner breaks
 * them), no broken tables, no line breaks. The renderer's own links (a Hub model's page, a license's text, a
 * location at the reported commit, addresses the catalog quotes in messages) are written as links, never escaped
 * into broken addresses.
 *
 * Layout, for a blocked author to act on within seconds: the verdict; what was not seen; the blocked models with
 * their fixes and ONE exception snippet; then the other models. When the text must be cut (65,536 characters in a
 * comment), the lower sections go first, then blocked models beyond what fits, each shown model keeping its fix.
 */




const DEFAULT_MAX_LENGTH = 65_535;
const REASON_MAX = 100;
const OTHER_REASON_MAX = 64;
/** Past this many models added or changed, warnings are summed up by rule (unless `full`). */
const COMPACT_FROM = 10;
const MESSAGE_MAX = 1_500;
/** Most mentions and hosted services listed in the collapsed sections (the rest are counted). */
const LIST_MAX = 50;
/** Up to this many blocked models, each gets its own open "how to fix" section; more are folded. */
const OPEN_FIXES_MAX = 3;
// ---------------------------------------------------------------------------------------------------------------
// Escaping
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g;
// eslint-disable-next-line no-control-regex -- turns control characters and line breaks in hostile text into spaces
const BREAKS = /[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g;
const ZWJ = '\u200d';
/**
 * Escapes untrusted text for inline use anywhere in GitHub Markdown, table cells and link texts included: the
 * result renders as the same text, on one line, and cannot create HTML, links, images, emphasis, mentions or issue
 * references. Addresses are left whole (for link texts); `escapeText` also breaks them.
 */
function escapeInline(text) {
    return (String(text)
        .replace(BIDI, '')
        .replace(BREAKS, ' ')
        // @user, @org/team, user@example.com: a zero-width joiner after the @ stops mentions and mail links.
        .replace(/@(?=[\p{L}\p{N}_-])/gu, `@${ZWJ}`)
        // #123, owner/repo#123, GH-123: no cross-references.
        .replace(/#(?=\d)/g, `#${ZWJ}`)
        .replace(/\b(GH)-(?=\d)/gi, `$1${ZWJ}-`)
        // Markdown punctuation that could start emphasis, code, links, images, strikethrough or math.
        .replace(/[\\`*_[\]~$]/g, (c) => `\\${c}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '&#124;'));
}
/** Breaks what GitHub's autolinker would make a link (`https://x`, `www.x`, `mailto:x`), with a zero-width joiner. */
function breakAutolinks(text) {
    return text
        .replace(/\b([a-z][a-z0-9+.-]*):(?=\/\/)/gi, `$1:${ZWJ}`)
        .replace(/\b(www)\./gi, `$1${ZWJ}.`)
        .replace(/\b(mailto|xmpp):/gi, `$1:${ZWJ}`);
}
/** Escapes untrusted text: renders as itself, inert (no HTML, links, mentions, references, broken tables). */
function escapeText(text) {
    return escapeInline(breakAutolinks(String(text)));
}
/** Untrusted text shown as code (`<code>` with escaped content, so it is safe in tables and prose alike). */
function codeText(text) {
    return `<code>${escapeText(text)}</code>`;
}
/** Only http(s) addresses, with characters that could end the Markdown link escaped. */
function safeUrl(url) {
    if (!url || !/^https?:\/\/[^\s]+$/i.test(url))
        return undefined;
    return url.replace(/[()<>[\]"'`|\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
/** A link with an escaped text; the text alone when the address is not a safe http(s) one. */
function link(text, url) {
    const u = safeUrl(url);
    return u ? `[${text}](${u})` : text;
}
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"'`|]+/gi;
/** Prose with the addresses `trusted` allows as links, the rest escaped (and broken). */
function proseText(text, trusted) {
    let out = '';
    let at = 0;
    for (const m of text.matchAll(URL_IN_TEXT)) {
        let url = m[0];
        // Sentence punctuation after an address is not part of it.
        const tail = /[.,;:!?)]+$/.exec(url);
        if (tail)
            url = url.slice(0, url.length - tail[0].length);
        const start = m.index;
        out += escapeText(text.slice(at, start));
        out += trusted(url) ? link(escapeInline(url), url) : escapeText(url);
        at = start + url.length;
    }
    return out + escapeText(text.slice(at));
}
/**
 * Escaped like `escapeText`, except that `code spans` of the text (messages and help of the rules use them) are
 * shown as code, and addresses `trusted` allows (those the catalog quotes) are links.
 */
function richText(text, trusted = defaultTrusted) {
    return String(text)
        .split(/(`[^`\n]+`)/)
        .map((part) => part.length > 2 && part.startsWith('`') && part.endsWith('`')
        ? codeText(part.slice(1, -1))
        : proseText(part, trusted))
        .join('');
}
/** Shortens text to `max` characters (before escaping), with an ellipsis. */
function clip(text, max) {
    const s = String(text);
    if (s.length <= max)
        return s;
    return `${s.slice(0, Math.max(0, max - 1))}…`;
}
/** A string as a YAML double-quoted scalar that is also inert in Markdown and HTML. */
function yamlString(text) {
    return JSON.stringify(String(text))
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/&/g, '\\u0026')
        .replace(/`/g, '\\u0060')
        .replace(/@/g, '\\u0040')
        .replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}
// ---------------------------------------------------------------------------------------------------------------
// Links
let catalogUrls;
/** Addresses the built-in catalog gives: license texts, use policies and sources. */
function fromCatalog() {
    if (catalogUrls)
        return catalogUrls;
    const license = new Map();
    const trusted = new Set();
    try {
        for (const l of (0,_catalog_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .loadCatalog */ .ak)().licenses) {
            const t = l;
            if (t.url) {
                license.set(t.id.toLowerCase(), t.url);
                trusted.add(t.url);
            }
            if (t.acceptable_use && /^https?:\/\//.test(t.acceptable_use))
                trusted.add(t.acceptable_use);
            for (const s of t.sources ?? [])
                trusted.add(s);
        }
    }
    catch {
        // No catalog: no links from it.
    }
    catalogUrls = { license, trusted };
    return catalogUrls;
}
function defaultTrusted(url) {
    return fromCatalog().trusted.has(url);
}
function defaultLicenseUrl(id) {
    return fromCatalog().license.get(id.toLowerCase());
}
/** A Hub repository id (`org/name`), whose page can be linked. */
const HUB_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,95}\/[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/;
const OLLAMA_ID = /^[a-z0-9][a-z0-9._-]{0,63}(\/[a-z0-9][a-z0-9._-]{0,63})?(:[A-Za-z0-9._-]{1,64})?$/;
function linker(links = {}) {
    const hub = (links.hub ?? 'https://huggingface.co').replace(/\/+$/, '');
    const licenseUrl = links.license ?? defaultLicenseUrl;
    const trusted = links.trusted ?? defaultTrusted;
    return {
        model(m) {
            // A link's text is not autolinked: the id as it is (escaped); without a link, as inert code.
            const text = escapeInline(clip(m.id, 200));
            const kind = m.kind ?? 'hub';
            if (kind === 'hub' && HUB_ID.test(m.id) && !m.id.includes('..'))
                return link(text, `${hub}/${m.id}`);
            if (kind === 'ollama' && OLLAMA_ID.test(m.id.replace(/^ollama:/, ''))) {
                const name = m.id.replace(/^ollama:/, '').split(':')[0];
                return link(text, name.includes('/') ? `https://ollama.com/${name}` : `https://ollama.com/library/${name}`);
            }
            return `<code>${escapeText(clip(m.id, 200))}</code>`;
        },
        license(id) {
            if (!id)
                return 'unknown';
            const url = safeUrl(licenseUrl(id));
            return url ? link(escapeInline(clip(id, 80)), url) : `<code>${escapeText(clip(id, 80))}</code>`;
        },
        location(path, line) {
            const text = clip(`${path}:${line}`, 120);
            const url = safeUrl(links.location?.(path, line));
            // A link's text is not autolinked; plain text must have its addresses broken.
            return url ? link(escapeInline(text), url) : escapeText(text);
        },
        trusted,
    };
}
// ---------------------------------------------------------------------------------------------------------------
// Pieces
const STATUS_LABEL = {
    blocked: '❌ blocked',
    waived: '🟡 waived',
    warning: '⚠️ warning',
    allowed: '✅ allowed',
};
const STATUS_ORDER = { blocked: 0, warning: 1, waived: 2, allowed: 3 };
function plural(n, word, many = `${word}s`) {
    return `${n.toLocaleString('en-US')} ${n === 1 ? word : many}`;
}
function activeBlocking(m) {
    return m.findings.filter((f) => f.severity === 'block' && !f.waived);
}
function activeWarnings(m) {
    return m.findings.filter((f) => f.severity === 'warn' && !f.waived);
}
/**
 * A finding's message as the Why column shows it, beside the Model column: a message that starts with a model's
 * address (a weight file's URL, `https://openaipublic.azureedge.net/.../base.en.pt is a pickle file ...`) names it
 * by its file name instead (`base.en.pt is a pickle file ...`), the address being in the row already.
 */
function reasonText(m, message) {
    if (!/^https?:\/\//i.test(m.id) || !message.startsWith(m.id))
        return message;
    const rest = message.slice(m.id.length);
    if (rest && !/^[\s,:;]/.test(rest))
        return message;
    const q = m.id.search(/[?#]/);
    let path = q === -1 ? m.id : m.id.slice(0, q);
    while (path.endsWith('/'))
        path = path.slice(0, -1);
    const slash = path.lastIndexOf('/');
    const file = slash > path.indexOf('//') + 1 ? path.slice(slash + 1) : '';
    let name = file;
    try {
        name = decodeURIComponent(file);
    }
    catch {
        // (a malformed escape: the name as written)
    }
    return name ? `${name}${rest}` : message;
}
/** The reason for a model's status, in plain words (raw text, not escaped). */
function modelReason(m) {
    const more = (list) => (list.length > 1 ? ` (+${list.length - 1} more)` : '');
    switch (m.status) {
        case 'blocked': {
            const list = activeBlocking(m);
            return list.length ? `${reasonText(m, list[0].message)}${more(list)}` : 'blocked by the policy';
        }
        case 'warning': {
            const list = activeWarnings(m);
            return list.length ? `${reasonText(m, list[0].message)}${more(list)}` : 'warnings';
        }
        case 'waived': {
            const w = m.findings.find((f) => f.waived && f.exception);
            const warn = activeWarnings(m);
            const base = w?.exception
                ? `waived by an exception: ${w.exception.reason} (expires ${w.exception.expires})`
                : 'waived by an exception';
            return warn.length ? `${base}; ${plural(warn.length, 'warning')}` : base;
        }
        default:
            return 'meets the policy';
    }
}
/** The model cell: the model (linked), and under it where it is used and what for. */
function modelCell(m, L) {
    const under = [];
    const first = m.locations[0];
    if (first) {
        under.push(L.location(first.path, first.line) + (m.locations.length > 1 ? ` +${m.locations.length - 1}` : ''));
    }
    if (m.purpose)
        under.push(escapeText(clip(m.purpose, 80)));
    return `${L.model(m)}${under.length ? `<br><sub>${under.join(' · ')}</sub>` : ''}`;
}
function modelTable(models, L, compact = false) {
    const lines = ['| Status | Model | License | Why |', '| --- | --- | --- | --- |'];
    for (const m of models) {
        const max = compact && m.status !== 'blocked' ? OTHER_REASON_MAX : REASON_MAX;
        lines.push(`| ${STATUS_LABEL[m.status] ?? escapeText(String(m.status))} | ${modelCell(m, L)} | ${L.license(m.license)}${(0,_notes_js__WEBPACK_IMPORTED_MODULE_2__/* .licenseNote */ .ie)(m) ? `<br><sub>${(0,_notes_js__WEBPACK_IMPORTED_MODULE_2__/* .licenseNote */ .ie)(m)}</sub>` : ''} | ${richText(clip(modelReason(m), max), L.trusted)} |`);
    }
    return lines;
}
/** One finding on one line: the rule, where (unless the model's row already says), what, and the fix. */
function findingLine(f, L, where = true) {
    const at = where && f.path ? ` at ${L.location(f.path, f.line)}` : '';
    const fix = f.help ? ` **Fix:** ${richText(clip(f.help, MESSAGE_MAX), L.trusted)}` : '';
    return [`- ${codeText(f.rule)}${at}: ${richText(clip(f.message, MESSAGE_MAX), L.trusted)}${fix}`];
}
function alternativesOf(m) {
    return (m.alternatives ?? [])
        .slice(0, 5)
        .map((a) => codeText(clip(a, 200)))
        .join(', ');
}
/** The open "what to do" block of one blocked model (few blocked models). */
function openFix(m, L) {
    const out = [`#### ❌ ${codeText(clip(m.id, 200))}`, ''];
    for (const f of activeBlocking(m))
        out.push(...findingLine(f, L, false));
    out.push('');
    if (m.alternatives?.length)
        out.push(`**Use an allowed alternative:** ${alternativesOf(m)}`, '');
    return out;
}
/** One line per blocked model, for the folded list (many blocked models). */
function foldedFix(m) {
    const rules = [...new Set(activeBlocking(m).map((f) => f.rule))].map((r) => codeText(r)).join(', ');
    const alts = m.alternatives?.length ? ` · allowed alternatives: ${alternativesOf(m)}` : '';
    return `- ${codeText(clip(m.id, 200))}: ${rules}${alts}`;
}
/** The fix of each rule, once (many models share their rules). */
function byRule(models, findings, L) {
    const byRule = new Map();
    for (const m of models) {
        for (const f of findings(m)) {
            const e = byRule.get(f.rule) ?? { count: 0, help: f.help };
            e.count++;
            byRule.set(f.rule, e);
        }
    }
    return [...byRule].map(([rule, e]) => `- ${codeText(rule)} (${plural(e.count, 'model')})${e.help ? `: ${richText(clip(e.help, 300), L.trusted)}` : ''}`);
}
/** One exceptions snippet for every blocked model shown: one entry per set of rules. */
function exceptionSnippet(models, policy, expires, days) {
    const groups = new Map();
    for (const m of models) {
        const rules = [...new Set(activeBlocking(m).map((f) => f.rule))].sort();
        const key = rules.join(',');
        const g = groups.get(key) ?? { rules, ids: [] };
        g.ids.push(m.id);
        groups.set(key, g);
    }
    const where = policy === 'default'
        ? 'Add this to your own policy (a file with <code>extends: [default]</code>, passed as the <code>policy</code>)'
        : `Add this to the policy ${codeText(clip(policy, 200))}`;
    const out = [
        `**Or request an exception.** ${where}, with the reason and an approver, and have it reviewed (it expires in ${days} days):`,
        '',
        '```yaml',
        'exceptions:',
    ];
    for (const g of groups.values()) {
        out.push(`  - models: [${g.ids.map((id) => yamlString(id)).join(', ')}]`, `    rules: [${g.rules.map((r) => yamlString(r)).join(', ')}]`, `    reason: ${yamlString(_policy_exceptions_js__WEBPACK_IMPORTED_MODULE_1__/* .EXCEPTION_REASON_PLACEHOLDER */ .jP)}`, `    expires: ${expires}`);
    }
    out.push('```', '');
    return out;
}
/** The warning about what was not seen; empty when everything was. */
function coverageLines(report, c) {
    const parts = [];
    if (c?.unlisted) {
        parts.push(c.unlistedAtLeast
            ? 'the GitHub API stopped listing the changed files at its limit, so some were not seen'
            : `${plural(c.unlisted, 'changed file')} past the GitHub API's listing limit ${c.unlisted === 1 ? 'was' : 'were'} not seen`);
    }
    if (c?.tooLarge)
        parts.push(`${plural(c.tooLarge, 'changed file')} over the size limit ${c.tooLarge === 1 ? 'was' : 'were'} not read`);
    if (c?.notRead)
        parts.push(`${plural(c.notRead, 'changed file')} could not be read`);
    const notScanned = report.not_scanned?.length ?? 0;
    if (notScanned)
        parts.push(`${plural(notScanned, 'file')} could not be scanned (listed in the JSON report with the reason)`);
    if (report.not_analyzed?.length)
        parts.push((0,_notes_js__WEBPACK_IMPORTED_MODULE_2__/* .notAnalyzedSentence */ .V5)(report, (s) => s));
    if (c?.hubUnanswered) {
        parts.push(`the Hugging Face Hub did not answer for ${plural(c.hubUnanswered, 'model')}`);
    }
    const notes = (c?.notes ?? []).filter(Boolean);
    if (parts.length === 0 && notes.length === 0)
        return [];
    const out = ['> [!WARNING]'];
    if (parts.length)
        out.push(`> **Not everything was seen:** ${escapeText(parts.join('; '))}.`);
    for (const n of notes)
        out.push(`> ${parts.length ? '- ' : ''}${escapeText(clip(n, 500))}`);
    out.push('');
    return out;
}
/** Whether anything was not seen (then a pass is never an "all clear"). */
function hasGaps(report, c) {
    return Boolean(c?.unlisted ||
        c?.tooLarge ||
        c?.notRead ||
        c?.hubUnanswered ||
        report.not_scanned?.length ||
        report.not_analyzed?.length);
}
// ---------------------------------------------------------------------------------------------------------------
// The report
/** Days a suggested exception runs: 90, or less when the policy's governance.exception_max_days says so. */
function exceptionDaysFor(policy) {
    return Math.max(1, Math.min(90, policy.governance.exception_max_days ?? 90));
}
/** Renders a report as GitHub-flavoured Markdown, at most `maxLength` characters. */
function renderMarkdown(report, opts = {}) {
    const maxLength = opts.maxLength ?? DEFAULT_MAX_LENGTH;
    const blockedCount = report.models.filter((m) => m.new && m.status === 'blocked').length;
    const summaryUrl = safeUrl(opts.summaryUrl);
    let md = render(report, opts, { lean: false, blockedMax: blockedCount });
    if (md.length <= maxLength)
        return md;
    md = render(report, opts, { lean: true, blockedMax: blockedCount });
    if (md.length <= maxLength)
        return md;
    // Show as many blocked models (each with its fix) as fit.
    let lo = 0;
    let hi = blockedCount;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (render(report, opts, { lean: true, blockedMax: mid }).length <= maxLength)
            lo = mid;
        else
            hi = mid - 1;
    }
    md = render(report, opts, { lean: true, blockedMax: lo });
    return md.length <= maxLength ? md : truncate(md.split('\n'), maxLength, summaryUrl);
}
function render(report, opts, layout) {
    const title = escapeText(clip(opts.title ?? 'model-gate', 100));
    const days = opts.exceptionDays ?? 90;
    const expires = (0,_core_dates_js__WEBPACK_IMPORTED_MODULE_3__/* .addDays */ .fi)(opts.today ?? new Date(), days);
    const summaryUrl = safeUrl(opts.summaryUrl);
    const compared = report.base !== undefined;
    const audit = opts.mode === 'audit';
    const L = linker(opts.links);
    const changed = [...report.models.filter((m) => m.new)].sort((a, b) => (STATUS_ORDER[a.status] ?? 9) - (STATUS_ORDER[b.status] ?? 9));
    const existing = report.models.filter((m) => !m.new && m.findings.length > 0);
    const quietExisting = report.models.filter((m) => !m.new && m.findings.length === 0).length;
    const count = (s) => changed.filter((m) => m.status === s).length;
    const blocked = changed.filter((m) => m.status === 'blocked');
    const others = changed.filter((m) => m.status !== 'blocked');
    const warnings = count('warning');
    const waived = count('waived');
    const gaps = hasGaps(report, opts.coverage);
    const compact = !(opts.full ?? changed.length <= COMPACT_FROM);
    const lines = [];
    if (opts.marker)
        lines.push(opts.marker);
    if (report.verdict === 'fail') {
        lines.push(audit
            ? `## ⚠️ ${title}: ${plural(blocked.length, 'model')} would be blocked`
            : `## ❌ ${title}: ${plural(blocked.length, 'model')} blocked`);
    }
    else if (gaps) {
        lines.push(`## ⚠️ ${title}: passed, but not everything was seen`);
    }
    else if (warnings > 0 || waived > 0) {
        const parts = [warnings ? plural(warnings, 'warning') : '', waived ? `${waived} waived` : ''].filter(Boolean);
        lines.push(`## ✅ ${title}: passed (${parts.join(', ')})`);
    }
    else {
        lines.push(`## ✅ ${title}: all clear`);
    }
    lines.push('');
    if (audit) {
        lines.push(report.verdict === 'fail'
            ? `> **Audit mode: nothing is blocked; in enforce mode ${compared ? 'this change' : 'this run'} would fail.**`
            : '> **Audit mode: nothing is blocked.**', '');
    }
    lines.push(...coverageLines(report, opts.coverage));
    const scope = compared
        ? `${plural(changed.length, 'model')} added or changed${report.base ? ` (compared with ${codeText(clip(report.base, 80))})` : ''}`
        : `${plural(changed.length, 'model')} checked`;
    const tally = [
        blocked.length ? `${blocked.length} blocked` : '',
        warnings ? plural(warnings, 'warning') : '',
        waived ? `${waived} waived` : '',
        count('allowed') ? `${count('allowed')} allowed` : '',
    ].filter(Boolean);
    lines.push(`Policy ${codeText(clip(report.policy, 200))} · ${scope}${tally.length ? ` · ${tally.join(' · ')}` : ''}`, '');
    const trusted = (0,_notes_js__WEBPACK_IMPORTED_MODULE_2__/* .trustedPublishersToState */ .lW)(report);
    if (trusted) {
        const shown = trusted.slice(0, 100).map((p) => escapeText(clip(p, 100)));
        lines.push(`<sub>Trusted publishers (provenance.trusted_publishers): ${shown.join(', ')}${trusted.length > shown.length ? `, and ${trusted.length - shown.length} more` : ''}</sub>`, '');
    }
    if (report.verdict === 'fail') {
        lines.push(compared
            ? 'This change adds or alters models that the policy blocks. Each is listed below with what to do.'
            : 'The repository uses models that the policy blocks. Each is listed below with what to do.', '');
    }
    else if (changed.length === 0 && compared) {
        lines.push('This change adds or alters no models.', '');
    }
    const shown = blocked.slice(0, layout.blockedMax);
    const hidden = blocked.length - shown.length;
    if (blocked.length > 0) {
        lines.push('### Blocked', '', ...modelTable(shown, L), '');
        if (hidden > 0) {
            lines.push(`_… the report was cut to fit here: ${plural(hidden, 'more blocked model')} ${hidden === 1 ? 'is' : 'are'} in the ${summaryUrl ? `[job summary](${summaryUrl})` : 'job summary'}._`, '');
        }
        if (shown.length > 0) {
            lines.push('### How to fix', '');
            if (shown.length <= OPEN_FIXES_MAX) {
                for (const m of shown)
                    lines.push(...openFix(m, L));
            }
            else {
                lines.push('Each rule, and its fix:', '', ...byRule(shown, activeBlocking, L), '');
                lines.push(`<details><summary>Rules and allowed alternatives, model by model (${shown.length})</summary>`, '', ...shown.map(foldedFix), '', '</details>', '');
            }
            lines.push(...exceptionSnippet(shown, report.policy, expires, days));
        }
    }
    if (layout.lean) {
        const rest = others.length + existing.length;
        if (rest > 0) {
            lines.push(`_… the report was cut to fit here: ${plural(others.length, 'other model')} added or changed and ${plural(existing.length, 'existing model')} with findings are not shown${summaryUrl ? `; see the [job summary](${summaryUrl})` : ' (the JSON report lists them all)'}._`, '');
        }
    }
    else {
        if (others.length > 0) {
            const heading = blocked.length
                ? `### Other models ${compared ? 'added or changed' : ''}`.trimEnd()
                : `### ${compared ? 'Models added or changed' : 'Models'}`;
            lines.push(heading, '', ...modelTable(others, L, compact), '');
        }
        const warned = changed.filter((m) => activeWarnings(m).length > 0);
        if (warned.length > 0) {
            lines.push('<details><summary>Warnings (do not block)</summary>', '');
            if (warned.length <= OPEN_FIXES_MAX || !compact) {
                for (const m of warned) {
                    lines.push(`**${codeText(clip(m.id, 200))}**`, '');
                    for (const f of activeWarnings(m))
                        lines.push(...findingLine(f, L));
                    lines.push('');
                }
            }
            else {
                lines.push(...byRule(warned, activeWarnings, L), '', `Each model's warnings are in the ${summaryUrl ? `[job summary](${summaryUrl})` : 'job summary'}.`, '');
            }
            lines.push('</details>', '');
        }
        const policyFindings = report.policy_findings.filter((f) => !f.waived);
        if (policyFindings.length > 0) {
            lines.push('### Policy', '');
            for (const f of policyFindings)
                lines.push(...findingLine(f, L));
            lines.push('');
        }
        if (existing.length > 0) {
            lines.push(`<details><summary>Existing findings: ${plural(existing.length, 'model')} not touched by this change (not counted)</summary>`, '', ...modelTable(existing, L, compact), '');
            if (quietExisting > 0)
                lines.push(`${plural(quietExisting, 'other existing model')} without findings.`, '');
            lines.push('</details>', '');
        }
        lines.push(...hostedSection(report), ...mentionsSection(report));
    }
    if (summaryUrl)
        lines.push(`<sub>Full report in the [job summary](${summaryUrl}).</sub>`, '');
    return lines.join('\n').trimEnd() + '\n';
}
/** Hosted services, collapsed: listed, not evaluated. */
function hostedSection(report) {
    const hosted = report.hosted ?? [];
    if (!hosted.length)
        return [];
    // an open-weight model on a service: its license's terms (acceptable-use policy, attribution) stay visible
    const weights = hosted.some((h) => h.license);
    const lines = [
        `<details><summary>Hosted services: ${plural(hosted.length, 'model')} of hosted APIs (not weights; no license evaluated)</summary>`,
        '',
        ...(weights
            ? [
                "An open-weight model's license binds its users on a service too: its terms are shown here, not evaluated (declare the model in `models.yaml` to evaluate them).",
                '',
            ]
            : []),
        weights ? '| Model | Provider | Open weights | Where |' : '| Model | Provider | Where |',
        weights ? '| --- | --- | --- | --- |' : '| --- | --- | --- |',
    ];
    for (const h of hosted.slice(0, LIST_MAX)) {
        const first = h.locations[0];
        const where = first
            ? `${codeText(clip(`${first.path}:${first.line}`, 120))}${h.locations.length > 1 ? ` +${h.locations.length - 1}` : ''}`
            : '';
        const model = h.license
            ? ` ${codeText(clip(h.model ?? '', 200))} (${escapeText(clip(h.license, 60))}) |`
            : weights
                ? ' |'
                : '';
        lines.push(`| ${codeText(clip(h.id, 200))} | ${h.provider ? escapeText(clip(h.provider, 60)) : ''} |${model} ${where} |`);
    }
    if (hosted.length > LIST_MAX)
        lines.push('', `and ${hosted.length - LIST_MAX} more.`);
    lines.push('', '</details>', '');
    return lines;
}
/** Models named in documentation and tests, collapsed: they never change the verdict. */
function mentionsSection(report) {
    const mentions = report.mentions ?? [];
    if (!mentions.length && !report.mentions_total)
        return [];
    const total = report.mentions_total ?? mentions.length;
    const lines = [
        `<details><summary>Mentions: ${plural(total, 'place')} in documentation and tests name models (not evaluated)</summary>`,
        '',
    ];
    const shown = Math.min(LIST_MAX, mentions.length);
    for (const x of mentions.slice(0, shown))
        lines.push(`- ${codeText(clip(`${x.path}:${x.line}`, 200))} ${codeText(clip(x.id, 200))}`);
    if (total > shown)
        lines.push('', `and ${total - shown} more${mentions.length > shown ? ' (the JSON report lists them)' : ' (not listed)'}.`);
    lines.push('', '</details>', '');
    return lines;
}
/**
 * Joins lines, cutting at a line boundary when the text is too long: closes an open code fence and open
 * `<details>`, and ends with a pointer to the full report.
 */
function truncate(lines, maxLength, summaryUrl) {
    const full = lines.join('\n').trimEnd() + '\n';
    if (full.length <= maxLength)
        return full;
    const notice = `\n_… the report was cut to fit here; ${summaryUrl ? `see the full report in the [job summary](${summaryUrl})` : 'see the full report in the job summary'}._\n`;
    const closers = '\n```\n\n</details>\n</details>\n';
    const budget = maxLength - notice.length - closers.length;
    const kept = [];
    let used = 0;
    let inFence = false;
    let openDetails = 0;
    for (const line of lines) {
        const cost = line.length + 1;
        if (used + cost > budget)
            break;
        kept.push(line);
        used += cost;
        if (line.startsWith('```'))
            inFence = !inFence;
        if (line.startsWith('<details>'))
            openDetails++;
        if (line.startsWith('</details>'))
            openDetails--;
    }
    if (kept.length === 0 && budget > 0)
        kept.push(lines[0].slice(0, budget));
    const tail = [];
    if (inFence)
        tail.push('```');
    for (let i = 0; i < openDetails; i++)
        tail.push('', '</details>');
    const out = [...kept, ...tail].join('\n') + '\n' + notice;
    return out.length <= maxLength ? out : out.slice(0, maxLength);
}


/***/ })

};

//# sourceMappingURL=285.index.js.map