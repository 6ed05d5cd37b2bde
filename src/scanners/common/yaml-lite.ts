/**
 * A light, position-keeping reader of YAML lines: keys, scalar values, list items, flow sequences and block
 * scalars. It is not a YAML parser; it gives scanners what they need (which key holds which string, where)
 * without losing line numbers, and never throws.
 */
export interface YScalar {
  text: string;
  /** Offset of the first character of `text` in the source. */
  offset: number;
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

export function yamlEvents(text: string): YEvent[] {
  const events: YEvent[] = [];
  const lines: Array<{ start: number; text: string }> = [];
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    lines.push({ start: pos, text: text.slice(pos, end).replace(/\r$/, '') });
    if (nl === -1) break;
    pos = nl + 1;
  }
  for (let li = 0; li < lines.length; li++) {
    const { start, text: line } = lines[li];
    let col = 0;
    while (col < line.length && line[col] === ' ') col++;
    if (col >= line.length || line[col] === '#') continue;
    if (/^(?:---|\.\.\.)(?:\s|$)/.test(line.slice(col))) continue;
    let item = false;
    while (line[col] === '-' && (col + 1 >= line.length || line[col + 1] === ' ')) {
      item = true;
      col += 1;
      while (col < line.length && line[col] === ' ') col++;
    }
    const ev: YEvent = { indent: col, item, line: li };
    let rest = col;
    const km = /^(?:"([^"\\]*)"|'([^']*)'|([^\s#'"{[\]&*!|>%@`,-][^#]*?|-[^\s#][^#]*?))[ \t]*:(?=\s|$)/.exec(
      line.slice(col),
    );
    if (km) {
      ev.key = km[1] ?? km[2] ?? km[3];
      ev.keyOffset = start + col + (km[1] !== undefined || km[2] !== undefined ? 1 : 0);
      rest = col + km[0].length;
      while (rest < line.length && (line[rest] === ' ' || line[rest] === '\t')) rest++;
    }
    // anchors and tags before the value
    for (let guard = 0; guard < 3; guard++) {
      const tm = /^(?:&[^\s]+|![^\s]*)\s+/.exec(line.slice(rest));
      if (!tm) break;
      rest += tm[0].length;
    }
    if (rest >= line.length || line[rest] === '#') {
      if (ev.key !== undefined || ev.item) events.push(ev);
      continue;
    }
    const c = line[rest];
    if (c === '|' || c === '>') {
      const parent = ev.key !== undefined ? (ev.item ? ev.indent : col) : ev.indent;
      let lj = li + 1;
      let last = li;
      while (lj < lines.length) {
        const l = lines[lj].text;
        const ind = l.length - l.trimStart().length;
        if (l.trim() === '') {
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
    if (c === '[') {
      const { items, endLine } = flowSequence(lines, li, rest);
      ev.flow = items;
      events.push(ev);
      li = endLine;
      continue;
    }
    if (c === '{') {
      // flow mapping on one line: emit its pairs as keyed events at a deeper indent
      events.push(ev);
      const body = line.slice(rest + 1, line.lastIndexOf('}') === -1 ? line.length : line.lastIndexOf('}'));
      const pairRe = /\s*("?)([^":,{}]+)\1\s*:\s*(?:"([^"]*)"|'([^']*)'|([^,{}]*))/g;
      for (const pm of body.matchAll(pairRe)) {
        const vtext = pm[3] ?? pm[4] ?? (pm[5] ?? '').trim();
        const vstart = start + rest + 1 + (pm.index ?? 0) + pm[0].lastIndexOf(vtext);
        events.push({
          indent: col + 2,
          item: false,
          key: pm[2].trim(),
          value: { text: vtext, offset: vstart },
          line: li,
        });
      }
      continue;
    }
    ev.value = scalar(line, rest, start);
    events.push(ev);
  }
  return events;
}

function scalar(line: string, at: number, lineStart: number): YScalar {
  const c = line[at];
  if (c === '"') {
    let j = at + 1;
    while (j < line.length && line[j] !== '"') j += line[j] === '\\' ? 2 : 1;
    return { text: line.slice(at + 1, Math.min(j, line.length)), offset: lineStart + at + 1 };
  }
  if (c === "'") {
    const j = line.indexOf("'", at + 1);
    return { text: line.slice(at + 1, j === -1 ? line.length : j), offset: lineStart + at + 1 };
  }
  const hash = line.search(/\s#/);
  const end = hash !== -1 && hash >= at ? hash : line.length;
  return { text: line.slice(at, end).trimEnd(), offset: lineStart + at };
}

function flowSequence(
  lines: Array<{ start: number; text: string }>,
  li: number,
  at: number,
): { items: YScalar[]; endLine: number } {
  const items: YScalar[] = [];
  let l = li;
  let i = at + 1;
  let depth = 1;
  while (l < lines.length) {
    const { start, text } = lines[l];
    while (i < text.length) {
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
        items.push({ text: text.slice(i + 1, Math.min(j, text.length)), offset: start + i + 1 });
        i = j + 1;
        continue;
      }
      let j = i;
      while (j < text.length && text[j] !== ',' && text[j] !== ']') j++;
      const raw = text.slice(i, j);
      items.push({ text: raw.trimEnd(), offset: start + i });
      i = j;
    }
    l++;
    i = 0;
    if (l - li > 200) break;
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
