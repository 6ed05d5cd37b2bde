import type { ScanContext } from '../types.js';
import { escapeRegExp } from './text.js';
import { isHubIdShape, safeKnown } from './ids.js';

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
 * A test for "contains one of these substrings", on a lower-cased view. A needle that holds another is dropped
 * (`chatopenai` when `openai` is there): the test is the same, and a short alternation is much faster.
 */
export function lowerNeedleTest(needles: Iterable<string>): RegExp {
  const all = [...new Set([...needles].map((n) => n.toLowerCase()))];
  const kept = all.filter((n) => !all.some((m) => m !== n && n.includes(m)));
  return new RegExp(kept.map(escapeRegExp).join('|'));
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
function mayBeHubValue(raw: string, continuation: 'drop' | 'newline', ctx: ScanContext): boolean {
  const v = unescape(raw, continuation).trim();
  if (!v || v.length > 300 || /\s/.test(v)) return false;
  // prefixed and URL forms (hf-hub:, hf://, huggingface.co/, hf.co/, ollama/, huggingface/) hold a slash
  if (v.includes('/'))
    return isHubIdShape(v) || /^hf[-_]hub:|^hf:|huggingface|hf\.co|^ollama/i.test(v) || known(ctx, v);
  return /^hf[-_]hub:/i.test(v) || known(ctx, v);
}

/** Catalog answers per context: the same short strings (`id`, `name`, `utf-8`) come back in every file. */
const KNOWN_CACHE = new WeakMap<ScanContext, Map<string, boolean>>();

function known(ctx: ScanContext, v: string): boolean {
  let cache = KNOWN_CACHE.get(ctx);
  if (!cache) KNOWN_CACHE.set(ctx, (cache = new Map<string, boolean>()));
  let hit = cache.get(v);
  if (hit === undefined) {
    hit = safeKnown(ctx, v);
    if (cache.size >= 50_000) cache.clear();
    cache.set(v, hit);
  }
  return hit;
}

/**
 * Whether some string literal of the text could hold a value that a Hub reading accepts (`classifyModel` in the
 * `hub` and `st`-free readings, `knownHubString`): an id of a Hub id's shape, or one the catalog knows. Every
 * literal's content is the text between two consecutive quote characters (any kind), or, for a literal left open
 * at the end of a line, between the last quote of the line and the line break; both are checked, so comments
 * and mismatched quotes only add candidates. Linear: each quote starts at most two candidates, each ending at
 * the next quote or line break.
 */
export function mayHoldHubString(text: string, continuation: 'drop' | 'newline', ctx: ScanContext): boolean {
  let prev = -1;
  // the next quote of each kind (indexOf is much faster than a loop over characters)
  const next = ['"', "'", '`'].map((q) => text.indexOf(q));
  const quotes = ['"', "'", '`'];
  for (;;) {
    let k = -1;
    for (let j = 0; j < 3; j++) if (next[j] !== -1 && (k === -1 || next[j] < next[k])) k = j;
    const at = k === -1 ? text.length : next[k];
    if (k !== -1) next[k] = text.indexOf(quotes[k], at + 1);
    if (prev !== -1) {
      const seg = text.slice(prev + 1, at);
      if (mayBeHubValue(seg, continuation, ctx)) return true;
      const nl = seg.indexOf('\n');
      if (nl !== -1) {
        // a literal left open: up to the line break, unless a backslash continues it (then: maybe)
        if (seg[nl - 1] === '\\' || (seg[nl - 1] === '\r' && seg[nl - 2] === '\\')) return true;
        if (mayBeHubValue(seg.slice(0, nl), continuation, ctx)) return true;
      }
    }
    if (k === -1) return false;
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
