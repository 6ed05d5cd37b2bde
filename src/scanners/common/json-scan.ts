import type { Budget } from '../limits.js';
import type { YScalar } from './yaml-lite.js';

/**
 * A tolerant, linear reader of JSON-like text (JSON, JSONC, JSON5, request bodies): which key holds which
 * string, where. Comments are skipped; unquoted keys and values, single quotes and trailing commas are read;
 * broken text never throws, it only yields less.
 */
export interface JsonEntry {
  /** The key of the value (for array items: the key of the array). */
  key: string;
  value: YScalar;
  /** Whether the value is an item of an array. */
  item: boolean;
  /** Identifies the object that holds the key (siblings share it). */
  object: number;
  /** The object holding that object (-1 at the top). */
  parent: number;
  /** Bit i is set when a key holding the value (at any depth) matches `ancestors[i]` of `jsonEntries`. */
  marks: number;
  /** Containers (objects, arrays) around the value: 1 for a key of the top object, 2 for one of an object in the top array. */
  depth: number;
}

/**
 * A container (object or array) of JSON-like text, in the order they open (a parent before its children): its id
 * (an object's is the `object` of its entries), the object holding it (an object in an array: the array's holder),
 * and the key holding it (an item of an array: the array's key).
 */
export interface JsonNode {
  id: number;
  parent: number;
  key: string | undefined;
  array: boolean;
}

interface Tok {
  /** `s`: string, `w`: bare word, else the punctuation character. */
  t: string;
  v: string;
  offset: number;
}

function tokens(text: string, budget?: Budget): Tok[] {
  const out: Tok[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    budget?.tick();
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? n : nl;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      let v = '';
      let raw = true;
      while (j < n && text[j] !== c && text[j] !== '\n') {
        if (text[j] === '\\') {
          raw = false;
          const e = text[j + 1];
          v +=
            e === 'n'
              ? '\n'
              : e === 't'
                ? '\t'
                : e === 'u'
                  ? String.fromCharCode(parseInt(text.slice(j + 2, j + 6), 16) || 0xfffd)
                  : (e ?? '');
          j += e === 'u' ? 6 : 2;
          continue;
        }
        j++;
      }
      // offsets of escaped strings are offsets of their first character; the value is what a parser reads
      out.push({ t: 's', v: raw ? text.slice(i + 1, Math.min(j, n)) : v, offset: i + 1 });
      i = j + 1;
      continue;
    }
    if ('{}[]:,'.includes(c)) {
      out.push({ t: c, v: c, offset: i });
      i++;
      continue;
    }
    let j = i;
    while (
      j < n &&
      !' \t\r\n{}[]:,"\''.includes(text[j]) &&
      !(text[j] === '/' && (text[j + 1] === '/' || text[j + 1] === '*'))
    )
      j++;
    if (j === i) j++;
    out.push({ t: 'w', v: text.slice(i, j), offset: i });
    i = j;
  }
  return out;
}

/**
 * The string (and bare word) values of JSON-like text, with their keys. `ancestors`: patterns of keys whose
 * presence above a value is recorded in its `marks`. `containers`, when given, receives each key of an object whose
 * value is an array or an object (`"alias": []`, `"pricing": {...}`), with the object that holds it; `nodes`, every
 * container (JsonNode).
 */
export function jsonEntries(
  text: string,
  budget?: Budget,
  base = 0,
  ancestors: readonly RegExp[] = [],
  containers?: Array<{ key: string; object: number }>,
  nodes?: JsonNode[],
): JsonEntry[] {
  const toks = tokens(text, budget);
  const out: JsonEntry[] = [];
  const markOf = (key: string | undefined) => {
    let m = 0;
    if (key !== undefined) ancestors.forEach((re, i) => (m |= re.test(key) ? 1 << i : 0));
    return m;
  };
  // stack of containers: objects carry the key being read, arrays the key that holds them
  const stack: Array<{ array: boolean; key?: string; id: number; parent: number; marks: number }> = [];
  let ids = 0;
  let pendingKey: string | undefined;
  for (let i = 0; i < toks.length; i++) {
    budget?.tick();
    const k = toks[i];
    const top = stack[stack.length - 1];
    if (k.t === '{' || k.t === '[') {
      const parentObject = [...stack.slice(-2)].reverse().find((f) => !f.array)?.id ?? -1;
      const key = top?.array ? top.key : pendingKey;
      if (containers && top && !top.array && pendingKey !== undefined)
        containers.push({ key: pendingKey, object: top.id });
      nodes?.push({ id: ids, parent: parentObject, key, array: k.t === '[' });
      stack.push({ array: k.t === '[', key, id: ids++, parent: parentObject, marks: (top?.marks ?? 0) | markOf(key) });
      if (stack.length > 512) return out;
      pendingKey = undefined;
      continue;
    }
    if (k.t === '}' || k.t === ']') {
      stack.pop();
      pendingKey = undefined;
      continue;
    }
    if (k.t === ',' || k.t === ':') continue;
    // a string or a word
    if (top && !top.array && toks[i + 1]?.t === ':') {
      pendingKey = k.v;
      continue;
    }
    const key = (top?.array ? top.key : pendingKey) ?? '';
    pendingKey = undefined;
    if (!top) continue;
    const objectId = top.array ? top.parent : top.id;
    const parent = top.array ? -1 : top.parent;
    out.push({
      key,
      value: { text: k.v, offset: base + k.offset },
      item: top.array,
      object: objectId,
      parent,
      marks: top.marks,
      depth: stack.length,
    });
  }
  return out;
}
