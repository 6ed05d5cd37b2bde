import type { Budget } from '../limits.js';

/**
 * A light, position-keeping reader of YAML lines: keys, scalar values, list items, flow sequences, flow
 * mappings and block scalars. It is not a YAML parser; it gives scanners what they need (which key holds which
 * string, where) without losing line numbers, and never throws (but for `ScanBudgetError`).
 *
 * Every line is read by hand-written loops, each character a bounded number of times: the cost is linear in
 * the text whatever it holds (no regular expression runs over a whole line with backtracking).
 *
 * Helm templates: a line that is a template action (`{{- if .Values.x }}`) is skipped, so that the YAML around
 * it reads as the rendered file would; a value holding `{{ ... }}` is marked `dyn` (its text is not known).
 */
export interface YScalar {
  text: string;
  /** Offset of the first character of `text` in the source. */
  offset: number;
  /** Holds a template expression (`{{ .Values.model }}`): not a literal. */
  dyn?: boolean;
}

export interface YEvent {
  /** Indentation of the node (for list items: of the content after `- `). */
  indent: number;
  /** Whether the line opens a list item (`- ...`). */
  item: boolean;
  key?: string;
  keyOffset?: number;
  /** Plain or quoted scalar value. */
  value?: YScalar;
  /** Items of a flow sequence value (`[a, "b"]`). */
  flow?: YScalar[];
  /** Block scalar (`|`/`>`) content: [start, end) offsets in the source. */
  block?: { start: number; end: number };
  /** Line (0-based) of the event. */
  line: number;
}

interface Line {
  start: number;
  text: string;
}

/** Flow sequences spanning more lines than this are cut. */
const MAX_FLOW_LINES = 200;

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}

/** Splits `text` into lines (without `\r`), with the offset of each, `base` added to every offset. */
function splitLines(text: string, base: number, budget?: Budget): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  while (pos <= text.length) {
    budget?.tick();
    const nl = text.indexOf('\n', pos);
    let end = nl === -1 ? text.length : nl;
    const cut = end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    lines.push({ start: base + pos, text: text.slice(pos, cut) });
    if (nl === -1) break;
    end = nl;
    pos = end + 1;
  }
  return lines;
}

/**
 * The key of a mapping entry at `col` of `line` and where its value starts, or undefined when the line holds
 * no key there. A key is quoted, or plain: it does not start with an indicator, holds no ` #`, and ends at the
 * first `:` followed by a space or the line end.
 */
function readKey(line: string, col: number): { key: string; keyStart: number; rest: number } | undefined {
  const c = line[col];
  let key: string;
  let keyStart = col;
  let after: number;
  if (c === '"' || c === "'") {
    const close = line.indexOf(c, col + 1);
    if (close === -1) return undefined;
    if (c === '"' && line.lastIndexOf('\\', close) > col) return undefined;
    key = line.slice(col + 1, close);
    keyStart = col + 1;
    after = close + 1;
    while (isSpace(line[after])) after++;
    if (line[after] !== ':') return undefined;
  } else {
    if (c === undefined || '\t #\'"{[]&*!|>%@`,'.includes(c)) return undefined;
    if (
      c === '-' &&
      (col + 1 >= line.length || line[col + 1] === ' ' || line[col + 1] === '#' || line[col + 1] === '\t')
    )
      return undefined;
    let j = col;
    const hash = line.indexOf('#', col);
    for (;;) {
      const colon = line.indexOf(':', j);
      if (colon === -1) return undefined;
      if (hash !== -1 && hash < colon) return undefined;
      if (colon + 1 >= line.length || isSpace(line[colon + 1])) {
        after = colon;
        break;
      }
      j = colon + 1;
    }
    let end = after;
    while (end > col && isSpace(line[end - 1])) end--;
    key = line.slice(col, end);
  }
  let rest = after + 1;
  while (isSpace(line[rest])) rest++;
  return { key, keyStart, rest };
}

/** Whether the line, from `col`, is a template action of its own (`{{- if .Values.x }}`, a template comment). */
function isTemplateLine(line: string, col: number): boolean {
  return line.startsWith('{{', col);
}

export function yamlEvents(text: string, budget?: Budget, base = 0): YEvent[] {
  const events: YEvent[] = [];
  const lines = splitLines(text, base, budget);
  for (let li = 0; li < lines.length; li++) {
    budget?.tick();
    const { start, text: line } = lines[li];
    let col = 0;
    while (col < line.length && line[col] === ' ') col++;
    if (col >= line.length || line[col] === '#' || isTemplateLine(line, col)) continue;
    if (
      (line.startsWith('---', col) || line.startsWith('...', col)) &&
      (col + 3 >= line.length || isSpace(line[col + 3]))
    )
      continue;
    const lineIndent = col;
    let item = false;
    while (line[col] === '-' && (col + 1 >= line.length || line[col + 1] === ' ')) {
      item = true;
      col += 1;
      while (col < line.length && line[col] === ' ') col++;
    }
    const ev: YEvent = { indent: col, item, line: li };
    let rest = col;
    const km = readKey(line, col);
    if (km) {
      ev.key = km.key;
      ev.keyOffset = start + km.keyStart;
      rest = km.rest;
    }
    // anchors and tags before the value
    for (let guard = 0; guard < 3; guard++) {
      const c = line[rest];
      if (c !== '&' && c !== '!') break;
      let j = rest + 1;
      while (j < line.length && !isSpace(line[j])) j++;
      if (c === '&' && j === rest + 1) break;
      if (!isSpace(line[j])) break;
      while (isSpace(line[j])) j++;
      rest = j;
    }
    if (rest >= line.length || line[rest] === '#') {
      if (ev.key !== undefined || ev.item) events.push(ev);
      continue;
    }
    const c = line[rest];
    if (c === '|' || c === '>') {
      // block scalar: the lines indented more than its parent (the key, or the dash of a list item)
      const parent = ev.key !== undefined ? ev.indent : lineIndent;
      let lj = li + 1;
      let last = li;
      while (lj < lines.length) {
        budget?.tick();
        const l = lines[lj].text;
        let ind = 0;
        while (ind < l.length && (l[ind] === ' ' || l[ind] === '\t')) ind++;
        if (ind === l.length) {
          lj++;
          continue;
        }
        if (ind <= parent) break;
        last = lj;
        lj++;
      }
      if (last > li) {
        const bstart = lines[li + 1].start;
        const bend = lines[last].start + lines[last].text.length;
        ev.block = { start: bstart, end: bend };
        li = last;
      }
      events.push(ev);
      continue;
    }
    if (c === '{' && line[rest + 1] === '{') {
      ev.value = scalar(line, rest, start);
      events.push(ev);
      continue;
    }
    if (c === '[') {
      const { items, endLine } = flowSequence(lines, li, rest, budget);
      ev.flow = items;
      events.push(ev);
      li = endLine;
      continue;
    }
    if (c === '{') {
      // flow mapping on one line: emit its pairs as keyed events at a deeper indent
      events.push(ev);
      for (const p of flowMapping(line, rest, start, budget)) {
        events.push({ indent: col + 2, item: false, key: p.key, keyOffset: p.keyOffset, value: p.value, line: li });
      }
      continue;
    }
    ev.value = scalar(line, rest, start);
    events.push(ev);
  }
  return events;
}

/** A scalar starting at `at`: quoted (up to its closing quote) or plain (up to ` #`), trailing spaces cut. */
function scalar(line: string, at: number, lineStart: number): YScalar {
  const c = line[at];
  let out: YScalar;
  if (c === '"') {
    let j = at + 1;
    while (j < line.length && line[j] !== '"') j += line[j] === '\\' ? 2 : 1;
    out = { text: line.slice(at + 1, Math.min(j, line.length)), offset: lineStart + at + 1 };
  } else if (c === "'") {
    const j = line.indexOf("'", at + 1);
    out = { text: line.slice(at + 1, j === -1 ? line.length : j), offset: lineStart + at + 1 };
  } else {
    let end = line.length;
    for (let j = at + 1; j < line.length; j++) {
      if (line[j] === '#' && isSpace(line[j - 1])) {
        end = j;
        break;
      }
    }
    out = { text: line.slice(at, end).trimEnd(), offset: lineStart + at };
  }
  if (out.text.includes('{{')) out.dyn = true;
  return out;
}

/** Pairs of a one-line flow mapping `{a: b, "c": 'd'}` starting at `at`. */
function flowMapping(
  line: string,
  at: number,
  lineStart: number,
  budget?: Budget,
): Array<{ key: string; keyOffset: number; value: YScalar }> {
  const pairs: Array<{ key: string; keyOffset: number; value: YScalar }> = [];
  let i = at + 1;
  const n = line.length;
  const skipSpace = () => {
    while (i < n && isSpace(line[i])) i++;
  };
  /** A quoted or plain token ending at one of `stops` (outside quotes); nested brackets are skipped over. */
  const token = (stops: string): { text: string; offset: number; quoted: boolean } => {
    skipSpace();
    const q = line[i];
    if (q === '"' || q === "'") {
      let j = i + 1;
      while (j < n && line[j] !== q) j += q === '"' && line[j] === '\\' ? 2 : 1;
      const t = { text: line.slice(i + 1, Math.min(j, n)), offset: lineStart + i + 1, quoted: true };
      i = Math.min(j + 1, n);
      return t;
    }
    const s = i;
    let depth = 0;
    while (i < n) {
      budget?.tick();
      const ch = line[i];
      if (ch === '[' || ch === '{') depth++;
      else if ((ch === ']' || ch === '}') && depth > 0) depth--;
      else if (
        depth === 0 &&
        stops.includes(ch) &&
        (ch !== ':' || i + 1 >= n || isSpace(line[i + 1]) || line[i + 1] === ',' || line[i + 1] === '}')
      )
        break;
      i++;
    }
    let e = i;
    while (e > s && isSpace(line[e - 1])) e--;
    return { text: line.slice(s, e), offset: lineStart + s, quoted: false };
  };
  while (i < n && pairs.length < 1000) {
    budget?.tick();
    skipSpace();
    if (line[i] === '}') break;
    const k = token(':,}');
    skipSpace();
    if (line[i] === ':') {
      i++;
      const v = token(',}');
      if (k.text) {
        const value: YScalar = { text: v.text, offset: v.offset };
        if (v.text.includes('{{')) value.dyn = true;
        pairs.push({ key: k.text, keyOffset: k.offset, value });
      }
    }
    skipSpace();
    if (line[i] === ',') i++;
    else if (i < n && line[i] !== '}') i++;
  }
  return pairs;
}

function flowSequence(lines: Line[], li: number, at: number, budget?: Budget): { items: YScalar[]; endLine: number } {
  const items: YScalar[] = [];
  let l = li;
  let i = at + 1;
  let depth = 1;
  while (l < lines.length) {
    const { start, text } = lines[l];
    while (i < text.length) {
      budget?.tick();
      const c = text[i];
      if (c === ']') {
        depth--;
        i++;
        if (depth === 0) return { items, endLine: l };
        continue;
      }
      if (c === '[') {
        depth++;
        i++;
        continue;
      }
      if (c === ' ' || c === ',' || c === '\t') {
        i++;
        continue;
      }
      if (c === '#') break;
      if (c === '"' || c === "'") {
        let j = i + 1;
        while (j < text.length && text[j] !== c) j += c === '"' && text[j] === '\\' ? 2 : 1;
        const item: YScalar = { text: text.slice(i + 1, Math.min(j, text.length)), offset: start + i + 1 };
        if (item.text.includes('{{')) item.dyn = true;
        items.push(item);
        i = j + 1;
        continue;
      }
      let j = i;
      if (text.startsWith('{{', i)) {
        const close = text.indexOf('}}', i + 2);
        j = close === -1 ? text.length : close + 2;
      }
      while (j < text.length && text[j] !== ',' && text[j] !== ']') j++;
      const item: YScalar = { text: text.slice(i, j).trimEnd(), offset: start + i };
      if (item.text.includes('{{')) item.dyn = true;
      items.push(item);
      i = j;
    }
    l++;
    i = 0;
    if (l - li > MAX_FLOW_LINES) break;
  }
  return { items, endLine: Math.min(l, lines.length - 1) };
}

/** Key of the mapping entry that holds the sequence starting at event `ei`. */
export function parentKeyOf(events: YEvent[], ei: number): string | undefined {
  const indent = events[ei].indent;
  for (let k = ei - 1; k >= 0 && ei - k < 50; k--) {
    const e = events[k];
    if (e.indent < indent || (e.indent === indent && !e.item)) {
      return e.key !== undefined && !e.value && !e.flow && !e.block ? e.key : undefined;
    }
  }
  return undefined;
}

/** Whether a block scalar's text reads as YAML (a `key: value` line), e.g. a config file inside a ConfigMap. */
export function looksLikeYaml(text: string): boolean {
  let pos = 0;
  for (let n = 0; n < 20 && pos < text.length; n++) {
    const nl = text.indexOf('\n', pos);
    const line = text.slice(pos, nl === -1 ? text.length : nl);
    pos = nl === -1 ? text.length : nl + 1;
    let col = 0;
    while (col < line.length && (line[col] === ' ' || line[col] === '-')) col++;
    if (col >= line.length || line[col] === '#') continue;
    return readKey(line, col) !== undefined;
  }
  return false;
}
