import type { ScanContext } from '../types.js';
import { Budget } from '../limits.js';
import type { Analysis } from '../common/flow.js';
import { decodedOffsets, parseJsonWithPositions, type JNode } from '../common/json-pos.js';
import { isSuppressed, LineIndex, suppressedLines } from '../common/text.js';
import { analyzeShell } from '../shell/analyze.js';
import { analyzePython } from './analyze.js';

/** A cell of a notebook: its type, its decoded source, and where each character of it is written in the .ipynb. */
export interface NotebookCell {
  type: string;
  source: string;
  /** `map[k]`: offset in the .ipynb text of character k of `source`. */
  map: Int32Array;
}

/** The cells of a notebook (undefined when the text is not a notebook). */
export function notebookCells(text: string, budget?: Budget): NotebookCell[] | undefined {
  const root = parseJsonWithPositions(text, budget);
  if (!root || root.type !== 'object') return undefined;
  const cells = get(root, 'cells');
  if (!cells || cells.type !== 'array') return undefined;
  const out: NotebookCell[] = [];
  for (const cell of cells.items) {
    if (cell.type !== 'object') continue;
    const type = get(cell, 'cell_type');
    if (!type || type.type !== 'string') continue;
    const source = get(cell, 'source');
    const parts: Array<{ value: string; start: number; end: number }> = [];
    if (source?.type === 'string') parts.push(source);
    else if (source?.type === 'array') for (const s of source.items) if (s.type === 'string') parts.push(s);
    let length = 0;
    for (const p of parts) length += p.value.length;
    const map = new Int32Array(length);
    let at = 0;
    let src = '';
    for (const p of parts) {
      budget?.tick(p.value.length);
      const offs = decodedOffsets(text, p.start, p.end);
      for (let k = 0; k < p.value.length; k++) map[at++] = offs[k] ?? p.end;
      src += p.value;
    }
    out.push({ type: type.value, source: src, map });
  }
  return out;
}

/**
 * Scans the code cells of a Jupyter notebook as one Python module (cells share module state) and maps
 * every reference back to the offset in the .ipynb text where the string is written. `!cmd` lines and
 * `%%bash`/`%%sh` cells are read as shell.
 */
export function analyzeNotebook(text: string, ctx: ScanContext, budget = new Budget(text.length, ctx)): Analysis {
  const cells = notebookCells(text, budget);
  if (!cells) return { raw: [], uses: [] };
  let code = '';
  let python = '';
  let shell = '';
  const map: number[] = [];
  for (const cell of cells) {
    if (cell.type !== 'code') continue;
    for (let k = 0; k < cell.map.length; k++) map.push(cell.map[k]);
    // Two newlines end the cell, so that cells never run into each other.
    const pad = cell.source.endsWith('\n') ? '\n' : '\n\n';
    const last = map.length ? map[map.length - 1] : 0;
    for (let k = 0; k < pad.length; k++) map.push(last);
    const split = splitMagics(cell.source);
    code += cell.source + pad;
    python += split.python + pad;
    shell += split.shell + pad;
  }
  if (!code.trim()) return { raw: [], uses: [] };
  const py = analyzePython(python, ctx, budget);
  const found = [...py.raw, ...analyzeShell(shell, ctx, budget).raw];
  // Suppression markers are judged on the cell's code lines, where "the line above" is meaningful.
  const suppressed = suppressedLines(code);
  const index = suppressed.size ? new LineIndex(code) : undefined;
  const raw = [];
  for (const r of found) {
    if (index && isSuppressed(suppressed, index.line(r.offset))) continue;
    raw.push({ ...r, offset: map[r.offset] ?? 0 });
  }
  return {
    raw,
    uses: py.uses.map((u) => ({ ...u, offset: map[u.offset] ?? 0 })),
    fieldUses: (py.fieldUses ?? []).map((u) => ({ ...u, offset: map[u.offset] ?? 0 })),
    classUses: (py.classUses ?? []).map((u) => ({ ...u, offset: map[u.offset] ?? 0 })),
  };
}

/** A cell's Python text with shell lines blanked, and its shell text with Python blanked (offsets kept). */
function splitMagics(code: string): { python: string; shell: string } {
  const lines = code.split('\n');
  const py: string[] = [];
  const sh: string[] = [];
  let shellCell = false;
  for (const line of lines) {
    const t = line.trimStart();
    if (/^%%(?:bash|sh|script[ \t]+(?:ba)?sh)\b/.test(t)) {
      shellCell = true;
      py.push(' '.repeat(line.length));
      sh.push(' '.repeat(line.length));
      continue;
    }
    if (shellCell || t.startsWith('!') || /^%(?:sx|system)\b/.test(t)) {
      py.push(' '.repeat(line.length));
      const ws = line.length - t.length;
      const bang = t.startsWith('!') ? 1 : t.startsWith('%system') ? 7 : t.startsWith('%sx') ? 3 : 0;
      sh.push(line.slice(0, ws) + ' '.repeat(bang) + line.slice(ws + bang));
    } else {
      py.push(t.startsWith('%') ? ' '.repeat(line.length) : line);
      sh.push(' '.repeat(line.length));
    }
  }
  return { python: py.join('\n'), shell: sh.join('\n') };
}

function get(node: JNode, key: string): JNode | undefined {
  if (node.type !== 'object') return undefined;
  return node.entries.find((e) => e.key === key)?.value;
}
