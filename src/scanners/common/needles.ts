/**
 * A search for "does this text hold one of these substrings", compiled once into a deterministic automaton
 * (Aho–Corasick, every transition precomputed) over the characters the needles use: one table step per character
 * of the text, whatever the number of needles. V8's regular expressions try each alternative of a long
 * alternation at each position (no common prefix to skip to), which made the scanners' pre-filters the largest
 * cost of a full scan: a lower-cased copy of every file and about 8 ns per character for fifty needles.
 *
 * Options give the same answer as the older tests on a transformed copy of the text, without making the copy:
 * - `fold`: as `text.toLowerCase()` would (ASCII letters, and the two characters whose lower case is ASCII:
 *   U+0130 `İ` becomes `i` and a combining dot, U+212A the Kelvin sign `k`);
 * - `view`: as `prefilterView` (lower case, then every backslash removed with a line break right after it).
 * Needles are ASCII (other characters never match a needle character of the table).
 */
export interface NeedleOptions {
  /** Compare as after `toLowerCase()` of the text (needles are lower-cased too). */
  fold?: boolean;
  /** Skip each backslash of the text, and one line break (`\r\n`, `\r` or `\n`) right after it. */
  view?: boolean;
}

/** Transitions into a state that completes a needle: the search stops there. */
const FOUND = -1;
/** In a view, the transition on a backslash: the state stays, and a line break right after it is skipped. */
const SKIP = -2;

const BACKSLASH = 92;
const CR = 13;
const LF = 10;
/** LATIN CAPITAL LETTER I WITH DOT ABOVE: lower-cases to `i` and a combining dot (no needle's character). */
const I_DOT = 0x130;
/** KELVIN SIGN: lower-cases to `k`. */
const KELVIN = 0x212a;

/**
 * A built search as data (`NeedleSearch.data()`), so that `npm run generate` can write the searches the
 * scanners use into src/scanners/common/needles.generated.ts: building one costs 3 to 6 ms of a run's start
 * (the construction runs once, before its code is optimised).
 */
export interface NeedleTable {
  /** The needles and options it was built from (`needleKey`): a table built from others is not used. */
  key: string;
  /** The needles kept. */
  needles: string[];
  /** [character code, class] for every character whose class is not 0. */
  classes: Array<[number, number]>;
  /** The table's entries as little-endian integers of `bits` bits, base64. */
  table: string;
  bits: 16 | 32;
}

export class NeedleSearch {
  /** Character code (0..0xffff) → its class (0: any character no needle holds). */
  private readonly classOf = new Uint8Array(0x10000);
  /**
   * State × class → the next state's row offset (state × classes), FOUND, or (a backslash in a view) SKIP. What
   * the options ask is in the table, so that a search is one look-up per character: `İ` has a class of its own
   * (`i`, then a character no needle holds), and so has the backslash in a view.
   */
  private readonly table: Int16Array | Int32Array;
  /** True when a needle is empty: every text holds it. */
  private readonly always: boolean;
  /** The needles kept (those holding another one are dropped: the answer is the same). */
  readonly needles: readonly string[];

  constructor(needles: Iterable<string> | NeedleTable, opts: NeedleOptions = {}) {
    if (!isIterable(needles)) {
      // a search built before (`data()`)
      this.needles = needles.needles;
      this.always = this.needles.includes('');
      for (const [code, k] of needles.classes) this.classOf[code] = k;
      const bytes = Buffer.from(needles.table, 'base64');
      const table = needles.bits === 16 ? new Int16Array(bytes.length / 2) : new Int32Array(bytes.length / 4);
      if (LITTLE_ENDIAN) new Uint8Array(table.buffer).set(bytes);
      else {
        const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        for (let i = 0; i < table.length; i++)
          table[i] = needles.bits === 16 ? view.getInt16(i * 2, true) : view.getInt32(i * 4, true);
      }
      this.table = table;
      return;
    }
    const view = opts.view ?? false;
    const fold = view || (opts.fold ?? false);
    const all = [...new Set([...needles].map((n) => (fold ? n.toLowerCase() : n)))];
    for (const n of all) {
      // eslint-disable-next-line no-control-regex
      if (/[^\x00-\x7f]/.test(n)) throw new Error(`needle ${JSON.stringify(n)} is not ASCII`);
      // in a view, the text's backslashes are gone: a needle holding one could never match
      if (view && n.includes('\\')) throw new Error(`needle ${JSON.stringify(n)} holds a backslash`);
    }
    const kept = all.filter((n) => !all.some((m) => m !== n && n.includes(m)));
    this.needles = kept;
    this.always = kept.includes('');

    // classes: one per character a needle holds (upper-case letters share the class of their lower case)
    const classOf = this.classOf;
    let classes = 1;
    for (const n of kept) {
      for (let i = 0; i < n.length; i++) {
        const c = n.charCodeAt(i);
        if (classOf[c] === 0) classOf[c] = classes++;
      }
    }
    if (fold) {
      for (let c = 65; c <= 90; c++) classOf[c] = classOf[c + 32];
      classOf[KELVIN] = classOf[107];
    }
    const charClasses = classes;
    const iDot = fold ? classes++ : -1;
    const backslash = view ? classes++ : -1;
    if (iDot !== -1) classOf[I_DOT] = iDot;
    if (backslash !== -1) classOf[BACKSLASH] = backslash;

    // the trie, over the needles' characters
    const next: Array<Int32Array> = [new Int32Array(charClasses).fill(-1)];
    const accept: boolean[] = [false];
    for (const n of kept) {
      let s = 0;
      for (let i = 0; i < n.length; i++) {
        const k = classOf[n.charCodeAt(i)];
        if (next[s][k] === -1) {
          next[s][k] = next.length;
          next.push(new Int32Array(charClasses).fill(-1));
          accept.push(false);
        }
        s = next[s][k];
      }
      accept[s] = true;
    }
    // failure links, breadth first; each missing transition becomes its failure state's transition
    const fail = new Int32Array(next.length);
    const order: number[] = [];
    for (let k = 0; k < charClasses; k++) {
      const t = next[0][k];
      if (t === -1) next[0][k] = 0;
      else {
        fail[t] = 0;
        order.push(t);
      }
    }
    for (let h = 0; h < order.length; h++) {
      const s = order[h];
      if (accept[fail[s]]) accept[s] = true;
      for (let k = 0; k < charClasses; k++) {
        const t = next[s][k];
        if (t === -1) next[s][k] = next[fail[s]][k];
        else {
          fail[t] = next[fail[s]][k];
          order.push(t);
        }
      }
    }

    const size = next.length * classes;
    const table = size <= 0x8000 ? new Int16Array(size) : new Int32Array(size);
    const step = (s: number, k: number) => (accept[next[s][k]] ? FOUND : next[s][k] * classes);
    for (let s = 0; s < next.length; s++) {
      const at = s * classes;
      for (let k = 0; k < charClasses; k++) table[at + k] = step(s, k);
      if (iDot !== -1) {
        const t = next[s][classOf[105]];
        table[at + iDot] = accept[t] ? FOUND : step(t, 0);
      }
      if (backslash !== -1) table[at + backslash] = SKIP;
    }
    this.table = table;
  }

  /** This search as data, to build it again without the construction (`new NeedleSearch(data)`). */
  data(key: string): NeedleTable {
    const classes: Array<[number, number]> = [];
    for (let c = 0; c < this.classOf.length; c++) if (this.classOf[c]) classes.push([c, this.classOf[c]]);
    const bits = this.table instanceof Int16Array ? 16 : 32;
    const bytes = Buffer.alloc(this.table.length * (bits / 8));
    this.table.forEach((v, i) => (bits === 16 ? bytes.writeInt16LE(v, i * 2) : bytes.writeInt32LE(v, i * 4)));
    return { key, needles: [...this.needles], classes, table: bytes.toString('base64'), bits };
  }

  /** Whether `text` holds one of the needles (under the options). Linear: one table look-up per character. */
  test(text: string): boolean {
    if (this.always) return true;
    const table = this.table;
    const classOf = this.classOf;
    const n = text.length;
    let s = 0;
    for (let i = 0; i < n; i++) {
      const t = table[s + classOf[text.charCodeAt(i)]];
      if (t < 0) {
        if (t === FOUND) return true;
        // a backslash (view): neither it nor one line break right after it (`\r\n` counts as one) is in the view
        const d = text.charCodeAt(i + 1);
        if (d === CR) i += text.charCodeAt(i + 2) === LF ? 2 : 1;
        else if (d === LF) i++;
        continue;
      }
      s = t;
    }
    return false;
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function isIterable(x: Iterable<string> | NeedleTable): x is Iterable<string> {
  return typeof (x as Iterable<string>)[Symbol.iterator] === 'function';
}

/** What a search is built from, as one string. */
export function needleKey(needles: readonly string[], opts: NeedleOptions = {}): string {
  return JSON.stringify([opts.view ?? false, opts.fold ?? false, needles]);
}

/** A search as data, for needles.generated.ts (`npm run generate`). */
export function prebuildNeedles(needles: readonly string[], opts: NeedleOptions = {}): NeedleTable {
  return new NeedleSearch(needles, opts).data(needleKey(needles, opts));
}

/** The search for these needles: from `prebuilt` when it was built from them (and these options), else built now. */
export function needleSearch(needles: readonly string[], opts: NeedleOptions, prebuilt?: NeedleTable): NeedleSearch {
  return prebuilt?.key === needleKey(needles, opts) ? new NeedleSearch(prebuilt) : new NeedleSearch(needles, opts);
}
