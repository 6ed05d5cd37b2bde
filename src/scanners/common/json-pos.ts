import { ScanLimitError, type Budget } from '../limits.js';

/** A JSON value with the source offsets of its strings: enough to map notebook cells back to .ipynb lines. */
export type JNode =
  | { type: 'object'; entries: Array<{ key: string; value: JNode }> }
  | { type: 'array'; items: JNode[] }
  | { type: 'string'; value: string; start: number; end: number }
  | { type: 'other' };

/** Containers nested deeper than this make the text "not JSON" here (no recursion runs out of stack). */
const MAX_NESTING = 256;

/** Parses JSON keeping string positions; undefined when the text is not JSON. Linear in the text. */
export function parseJsonWithPositions(text: string, budget?: Budget): JNode | undefined {
  const p = new Parser(text, budget);
  try {
    p.ws();
    const v = p.value();
    p.ws();
    return p.i === text.length ? v : undefined;
  } catch (e) {
    if (e instanceof ScanLimitError) throw e;
    return undefined;
  }
}

class Parser {
  i = 0;
  private depth = 0;
  constructor(
    private readonly s: string,
    private readonly budget?: Budget,
  ) {}

  ws(): void {
    const s = this.s;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.i++;
      else break;
    }
  }

  value(): JNode {
    this.budget?.tick();
    const c = this.s[this.i];
    if (c === '{' || c === '[') {
      if (++this.depth > MAX_NESTING) throw new Error('json');
      const v = c === '{' ? this.object() : this.array();
      this.depth--;
      return v;
    }
    if (c === '"') return this.string();
    const m = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(this.s.slice(this.i, this.i + 64));
    if (!m) throw new Error('json');
    this.i += m[0].length;
    return { type: 'other' };
  }

  object(): JNode {
    this.i++;
    const entries: Array<{ key: string; value: JNode }> = [];
    this.ws();
    if (this.s[this.i] === '}') {
      this.i++;
      return { type: 'object', entries };
    }
    for (;;) {
      this.ws();
      const key = this.string();
      this.ws();
      if (this.s[this.i] !== ':') throw new Error('json');
      this.i++;
      this.ws();
      entries.push({ key: key.value, value: this.value() });
      this.ws();
      const c = this.s[this.i++];
      if (c === '}') return { type: 'object', entries };
      if (c !== ',') throw new Error('json');
    }
  }

  array(): JNode {
    this.i++;
    const items: JNode[] = [];
    this.ws();
    if (this.s[this.i] === ']') {
      this.i++;
      return { type: 'array', items };
    }
    for (;;) {
      this.ws();
      items.push(this.value());
      this.ws();
      const c = this.s[this.i++];
      if (c === ']') return { type: 'array', items };
      if (c !== ',') throw new Error('json');
    }
  }

  string(): { type: 'string'; value: string; start: number; end: number } {
    const s = this.s;
    if (s[this.i] !== '"') throw new Error('json');
    const start = this.i + 1;
    let j = start;
    for (;;) {
      const q = s.indexOf('"', j);
      if (q === -1) throw new Error('json');
      let bs = 0;
      for (let k = q - 1; k >= start && s[k] === '\\'; k--) bs++;
      if (bs % 2 === 0) {
        j = q;
        break;
      }
      j = q + 1;
    }
    const raw = s.slice(start, j);
    this.i = j + 1;
    const value = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
    return { type: 'string', value, start, end: j };
  }
}

/**
 * Offsets in the source of each character of a decoded JSON string whose raw text spans [start, end):
 * `map[k]` is where decoded character k is written.
 */
export function decodedOffsets(text: string, start: number, end: number): Int32Array {
  const out: number[] = [];
  let i = start;
  while (i < end) {
    if (text[i] !== '\\') {
      out.push(i);
      i++;
      continue;
    }
    out.push(i);
    i += text[i + 1] === 'u' ? 6 : 2;
  }
  return Int32Array.from(out);
}
