import type { Pos, PositionedDoc } from './yaml.js';

/**
 * A fast path for the shape of nearly every manifest: a mapping of top-level keys, each with a plain scalar or a
 * block sequence of flat mappings of plain scalars:
 *
 *     models:
 *       - id: meta-llama/Llama-3.1-8B-Instruct
 *         license: llama3.1
 *
 * Read line by line, it gives the same value and the same positions as the YAML parser (the tests compare the
 * two), about ten times faster and with little garbage (a 10,000-model manifest: 30 ms instead of 300 ms). Any
 * line outside this grammar, any scalar that YAML would not read as a string (numbers, booleans, null, dates,
 * quoted or flow forms, comments after values, duplicate keys, tabs, CR line breaks...) returns undefined, and
 * the YAML parser reads the file as before.
 */
export function parseFlatYaml(text: string, path: string): PositionedDoc | undefined {
  if (UNSAFE_CHAR.test(text)) return undefined;
  const valuePos = new Map<string, Pos>();
  const keyPos = new Map<string, Pos>();
  const scalarText = new Map<string, string>();
  /**
   * The keys of sequence items, recorded flat and turned into pointers and positions only when asked for (the
   * maps below): a manifest's reader asks for the items' positions, which are written at once, and for a key's
   * only to report an error. Per key: its item's pointer, its name, its line, the columns of key and value, the value.
   */
  const lazy: Array<string | number> = [];
  const root: Record<string, unknown> = {};
  /** The open top-level sequence: its pointer, its indentation, its items. */
  let seq: { pointer: string; indent: number; items: Array<Record<string, unknown>> } | undefined;
  let item: Record<string, unknown> | undefined;
  let itemPointer = '';
  let pendingKey: string | undefined;
  let line = 0;
  let sawContent = false;
  LINE.lastIndex = 0;
  while (LINE.lastIndex < text.length) {
    const m = LINE.exec(text);
    if (!m) return undefined;
    line++;
    // (by index: destructuring goes through the array's iterator, once per line)
    const spaces = m[1];
    const dash = m[2] as string | undefined;
    const key = m[3] as string | undefined;
    const rest = m[4] as string | undefined;
    if (key === undefined) {
      // blank lines and whole-line comments (a `-` alone, or before a comment, is not)
      if (dash !== undefined) return undefined;
      continue;
    }
    const first = spaces.length;
    if (first === 0 && dash === undefined) {
      // a top-level key: `key: value` or `key:` opening a sequence
      if (pendingKey !== undefined) return undefined; // `key:` with no sequence after it (null)
      seq = undefined;
      item = undefined;
      if (key === '__proto__' || Object.prototype.hasOwnProperty.call(root, key)) return undefined;
      if (!sawContent) valuePos.set('', { line, column: 1 });
      sawContent = true;
      keyPos.set(`/${key}`, { line, column: 1 });
      if (rest === undefined || rest === '') {
        pendingKey = key;
        root[key] = undefined;
        continue;
      }
      const value = plainValue(rest);
      if (value === undefined) return undefined;
      root[key] = value;
      valuePos.set(`/${key}`, { line, column: valueColumn(m[0], rest) });
      scalarText.set(`/${key}`, value);
      continue;
    }
    if (dash !== undefined) {
      // a sequence item: `- key: value` (never at column 0)
      if (first === 0) return undefined;
      if (pendingKey !== undefined) {
        const items: Array<Record<string, unknown>> = [];
        seq = { pointer: `/${pendingKey}`, indent: first, items };
        root[pendingKey] = items;
        valuePos.set(seq.pointer, { line, column: first + 1 });
        pendingKey = undefined;
      }
      if (!seq || first !== seq.indent) return undefined;
      item = {};
      itemPointer = `${seq.pointer}/${seq.items.length}`;
      seq.items.push(item);
      valuePos.set(itemPointer, { line, column: first + 3 });
    } else if (!seq || !item || first !== seq.indent + 2) {
      // a further key of the current item must align with its first key
      return undefined;
    }
    if (!rest) return undefined;
    if (key === '__proto__' || Object.prototype.hasOwnProperty.call(item, key)) return undefined;
    const value = plainValue(rest);
    if (value === undefined) return undefined;
    item[key] = value;
    lazy.push(itemPointer, key, line, first + (dash === undefined ? 1 : 3), valueColumn(m[0], rest), value);
  }
  if (!sawContent || pendingKey !== undefined) return undefined;
  let filled = false;
  const fill = () => {
    if (filled) return;
    filled = true;
    for (let i = 0; i < lazy.length; i += 6) {
      const p = `${lazy[i] as string}/${lazy[i + 1] as string}`;
      const at = lazy[i + 2] as number;
      keyPos.set(p, { line: at, column: lazy[i + 3] as number });
      valuePos.set(p, { line: at, column: lazy[i + 4] as number });
      scalarText.set(p, lazy[i + 5] as string);
    }
  };
  return {
    path,
    value: root,
    valuePos: lazyMap(valuePos, fill),
    keyPos: lazyMap(keyPos, fill),
    scalarText: lazyMap(scalarText, fill),
  };
}

/**
 * One line (with its line break) at the regular expression's position: its indentation, a `- ` opening an item,
 * then `key:` and the rest of the line, or nothing but a comment. Keys: identifier-like plain scalars. A line of
 * another shape does not match, and the document is left to the YAML parser.
 */
const LINE = /( *)(- )?(?:([A-Za-z_$][A-Za-z0-9_$.-]*):(?: +([^\n]*))?|#[^\n]*)?(?:\n|$)/y;

/** The column (1-based) of a value: where `rest`, the end of `line`, starts once trimmed. */
function valueColumn(line: string, rest: string): number {
  const len = line.charCodeAt(line.length - 1) === 10 ? line.length - 1 : line.length;
  return len - rest.length + (rest.length - rest.trimStart().length) + 1;
}

/**
 * A map holding some entries now and the rest when first read past them: get() and has() of an entry it already
 * holds do not fill it; a miss, `size` and iteration do.
 */
function lazyMap<V>(map: Map<string, V>, fill: () => void): Map<string, V> {
  const get = map.get.bind(map);
  const has = map.has.bind(map);
  const all =
    <T>(f: () => T) =>
    () => (fill(), f());
  Object.defineProperty(map, 'size', { get: () => (fill(), Reflect.get(Map.prototype, 'size', map)) });
  return Object.assign(map, {
    get: (k: string) => get(k) ?? (fill(), get(k)),
    has: (k: string) => has(k) || (fill(), has(k)),
    entries: all(map.entries.bind(map)),
    keys: all(map.keys.bind(map)),
    values: all(map.values.bind(map)),
    forEach: (cb: (v: V, k: string, m: Map<string, V>) => void) => (fill(), Map.prototype.forEach.call(map, cb)),
    [Symbol.iterator]: all(map[Symbol.iterator].bind(map)),
  });
}

/** Tabs, CR, other controls, a byte-order mark, NEL and the Unicode line separators: left to the YAML parser. */
// eslint-disable-next-line no-control-regex -- finds control characters so that such lines are left to the full YAML parser
const UNSAFE_CHAR = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\ufeff\u2028\u2029]/;

/** Plain scalars that YAML 1.2's core schema (or YAML 1.1 habits) would not read as strings. */
const NOT_A_STRING =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|[-+]?(?:\.[0-9_]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?0x[0-9a-fA-F_]+|[-+]?0o[0-7_]+|[-+]?0b[01_]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*|[0-9:]+:[0-9]+(?:\.[0-9]*)?)$/;

/**
 * The string of a plain scalar written on the rest of a line, or undefined when the line holds anything else:
 * an indicator first (quotes, flow, anchors, tags, block scalars, `-`, `?`, `:`...), a comment, `: ` inside, a
 * trailing `:`, or a value YAML would not read as a string.
 */
function plainValue(rest: string): string | undefined {
  const v = rest.trim();
  if (v === '') return undefined;
  if (INDICATOR_FIRST.test(v)) return undefined;
  if (v.includes(' #') || v.includes(': ') || v.endsWith(':')) return undefined;
  if (NOT_A_STRING.test(v)) return undefined;
  return v;
}

const INDICATOR_FIRST = /^[-?:,[\]{}#&*!|>'"%@`.+]/;
