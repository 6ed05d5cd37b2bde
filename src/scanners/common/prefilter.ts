import type { ScanContext } from '../types.js';
import { isHubIdShape, mlcPrebuiltId, routedHubId, safeKnown } from './ids.js';

/**
 * Pieces of the exact pre-filters (`Scanner.mayHold`) of the Python and JavaScript scanners: cheap tests on a
 * file's text that are true whenever the full analysis could find something in it. They over-approximate what
 * the lexers see: every test looks at more text than the lexer would (strings, comments and code alike), and
 * escapes inside strings are undone generously, so that a value or a name hidden behind `\x`-style escapes is
 * still seen.
 */

/**
 * The text lower-cased, with every backslash (and a line break right after one) removed: a name that a string
 * literal holds once its escapes are undone (`"bed\rock"`, a line continuation) is a substring of this view.
 */
export function prefilterView(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('\\') ? lower.replace(/\\(?:\r\n|\r|\n)?/g, '') : lower;
}

/**
 * The value a string literal's raw content may take, escapes undone as the lexers do (`\n` and `\t` become white
 * space, any other `\X` is X); a line continuation is dropped (Python) or kept as a line break (JavaScript).
 */
function unescape(raw: string, continuation: 'drop' | 'newline'): string {
  if (!raw.includes('\\')) return raw;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = raw[i + 1];
    i++;
    if (next === undefined) break;
    if (next === '\n') out += continuation === 'drop' ? '' : '\n';
    else out += next === 'n' ? '\n' : next === 't' ? '\t' : next;
  }
  return out;
}

/** Whether a string value could be read as a Hub model in any Hub reading: a Hub id's shape, or one the catalog knows. */
export function mayBeHubValue(raw: string, continuation: 'drop' | 'newline', ctx: ScanContext): boolean {
  const v = unescape(raw, continuation).trim();
  if (!v || v.length > 300 || /\s/.test(v)) return false;
  return tokenMayBeHub(v, ctx);
}

/** `mayBeHubValue` of a value already unescaped and trimmed, non-empty, without white space, at most 300 long. */
function tokenMayBeHub(v: string, ctx: ScanContext): boolean {
  // prefixed and URL forms (hf-hub:, hf://, hf:, huggingface.co/, hf.co/, ollama/, huggingface/) hold a slash, and
  // so does an id routed through Inference Providers (`org/x:together`)
  if (v.includes('/'))
    return (
      isHubIdShape(v) ||
      /^hf[-_]hub:|^hf:|huggingface|hf\.co|hf-mirror|^ollama/i.test(v) ||
      known(ctx, v) ||
      routedHubId(v) !== undefined
    );
  // a WebLLM prebuilt id names mlc-ai's repository without a slash
  return startsWithHfHub(v) || known(ctx, v) || mlcPrebuiltId(v) !== undefined;
}

/** `/^hf[-_]hub:/i.test(v)`, without a regular expression (asked of most string literals of a file). */
export function startsWithHfHub(v: string): boolean {
  if (v.length < 7 || (v.charCodeAt(0) | 32) !== 104 || (v.charCodeAt(1) | 32) !== 102) return false;
  const sep = v.charCodeAt(2);
  return (
    (sep === 45 || sep === 95) &&
    (v.charCodeAt(3) | 32) === 104 &&
    (v.charCodeAt(4) | 32) === 117 &&
    (v.charCodeAt(5) | 32) === 98 &&
    v.charCodeAt(6) === 58
  );
}

/** Catalog answers per context: the same short strings (`id`, `name`, `utf-8`) come back in every file. */
const KNOWN_CACHE = new WeakMap<ScanContext, Map<string, boolean>>();

/** The cache of the context asked last (a run asks with one context): no WeakMap look-up per string. */
let lastCtx: ScanContext | undefined;
let lastCache: Map<string, boolean> | undefined;

function known(ctx: ScanContext, v: string): boolean {
  let cache = ctx === lastCtx ? lastCache : KNOWN_CACHE.get(ctx);
  if (!cache) KNOWN_CACHE.set(ctx, (cache = new Map<string, boolean>()));
  lastCtx = ctx;
  lastCache = cache;
  let hit = cache.get(v);
  if (hit === undefined) {
    hit = safeKnown(ctx, v);
    if (cache.size >= 50_000) cache.clear();
    // a copy: a slice of 13 characters or more refers to its whole file, which the cache would keep alive
    cache.set(v.length < 13 ? v : (JSON.parse(JSON.stringify(v)) as string), hit);
  }
  return hit;
}

/** ASCII white space (what `trim` and `\s` take below U+0080). */
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/**
 * `mayBeHubValue(text.slice(a, b))` without making the slice, for the common case: ASCII text without
 * backslashes, where nothing is unescaped. The value is then the run of non-space characters, alone between
 * spaces; a space between two such characters stays in the value, which no Hub reading accepts. Anything else
 * (a backslash, which unescaping may turn into or out of a space; a character past U+007F, which may be Unicode
 * white space that `trim` removes) takes the general path.
 */
function segmentMayBeHub(
  text: string,
  a: number,
  b: number,
  continuation: 'drop' | 'newline',
  ctx: ScanContext,
): boolean {
  let i = a;
  while (i < b && isSpace(text.charCodeAt(i))) i++;
  const s = i;
  for (; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 || c >= 128) return mayBeHubValue(text.slice(a, b), continuation, ctx);
    if (isSpace(c)) break;
  }
  const e = i;
  for (; i < b; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    // an ordinary character after the space: the space is inside the value
    return c === 92 || c >= 128 ? mayBeHubValue(text.slice(a, b), continuation, ctx) : false;
  }
  if (e === s || e - s > 300) return false;
  return tokenMayBeHub(text.slice(s, e), ctx);
}

/**
 * Whether some string literal of the text could hold a value that a Hub reading accepts (`classifyModel` in the
 * `hub` and `st`-free readings, `knownHubString`): an id of a Hub id's shape, or one the catalog knows. Every
 * literal's content is the text between two consecutive quote characters (any kind), or, for a literal left open
 * at the end of a line, between the last quote of the line and the line break; both are checked, so comments
 * and mismatched quotes only add candidates. Linear: each quote starts at most two candidates, each ending at
 * the next quote or line break, and each is read up to its first space run.
 */
export function mayHoldHubString(text: string, continuation: 'drop' | 'newline', ctx: ScanContext): boolean {
  let prev = -1;
  // the next quote of each kind, and the next line break (indexOf is much faster than a loop over characters)
  let dq = text.indexOf('"');
  let sq = text.indexOf("'");
  let bq = text.indexOf('`');
  let nl = text.indexOf('\n');
  for (;;) {
    let at = text.length;
    if (dq !== -1 && dq < at) at = dq;
    if (sq !== -1 && sq < at) at = sq;
    if (bq !== -1 && bq < at) at = bq;
    if (at === dq) dq = text.indexOf('"', at + 1);
    else if (at === sq) sq = text.indexOf("'", at + 1);
    else if (at === bq) bq = text.indexOf('`', at + 1);
    if (prev !== -1) {
      const a = prev + 1;
      if (segmentMayBeHub(text, a, at, continuation, ctx)) return true;
      if (nl !== -1 && nl < a) nl = text.indexOf('\n', a);
      if (nl !== -1 && nl < at) {
        // a literal left open: up to the line break, unless a backslash continues it (then: maybe)
        const before = nl - 1 >= a ? text.charCodeAt(nl - 1) : -1;
        if (before === 92 || (before === 13 && nl - 2 >= a && text.charCodeAt(nl - 2) === 92)) return true;
        if (segmentMayBeHub(text, a, nl, continuation, ctx)) return true;
      }
    }
    if (at === text.length) return false;
    prev = at;
  }
}

/**
 * Substrings that any text matching `re` holds, one per alternative: each alternative's literal start, up to its
 * first special character (and without a character a quantifier makes optional). For the simple module
 * patterns of the hosted tables (`/^openai$/`, `/llama_index\.llms\.openai\b/`, `/google\.generativeai|vertexai/`).
 */
export function literalNeedles(re: RegExp): string[] {
  const out: string[] = [];
  for (const alt of re.source.split('|')) {
    let lit = '';
    for (let i = alt[0] === '^' ? 1 : 0; i < alt.length; i++) {
      let ch = alt[i];
      let step = 0;
      if (ch === '\\') {
        const next = alt[i + 1];
        if (next === undefined || /[A-Za-z0-9]/.test(next)) break; // \b, \w, \d: not a literal
        ch = next;
        step = 1;
      } else if ('.*+?()[]{}^$'.includes(ch)) break;
      const after = alt[i + step + 1];
      if (after === '?' || after === '*' || after === '{') break;
      lit += ch;
      i += step;
    }
    if (!lit) throw new Error(`no literal in ${re.source}`);
    out.push(lit);
  }
  return out;
}

/** The needles of a table of names, some of them bound to a module: the module's literal, else the name. */
export function tableNeedles(table: Record<string, { module?: RegExp }>): string[] {
  return Object.entries(table).flatMap(([name, e]) => (e.module ? literalNeedles(e.module) : [name]));
}
