import type { ScanContext } from '../types.js';
import { decodedOffsets, parseJsonWithPositions, type JNode } from '../common/json-pos.js';
import { isSuppressed, LineIndex, suppressedLines, type RawRef } from '../common/text.js';
import { analyzeShell } from '../shell/analyze.js';
import { analyzePython } from './analyze.js';

/**
 * Scans the code cells of a Jupyter notebook as one Python module (cells share module state) and maps
 * every reference back to the offset in the .ipynb text where the string is written. `!cmd` lines and
 * `%%bash`/`%%sh` cells are read as shell.
 */
export function analyzeNotebook(text: string, ctx: ScanContext): RawRef[] {
  const root = parseJsonWithPositions(text);
  if (!root || root.type !== 'object') return [];
  const cells = get(root, 'cells');
  if (!cells || cells.type !== 'array') return [];
  let code = '';
  let python = '';
  let shell = '';
  const map: number[] = [];
  for (const cell of cells.items) {
    if (cell.type !== 'object') continue;
    const type = get(cell, 'cell_type');
    if (!type || type.type !== 'string' || type.value !== 'code') continue;
    const source = get(cell, 'source');
    const parts: Array<{ value: string; start: number; end: number }> = [];
    if (source?.type === 'string') parts.push(source);
    else if (source?.type === 'array') for (const s of source.items) if (s.type === 'string') parts.push(s);
    let cellCode = '';
    for (const p of parts) {
      const offs = decodedOffsets(text, p.start, p.end);
      for (let k = 0; k < p.value.length; k++) map.push(offs[k] ?? p.end);
      cellCode += p.value;
    }
    // Two newlines end the cell, so that cells never run into each other.
    const pad = cellCode.endsWith('\n') ? '\n' : '\n\n';
    const last = map.length ? map[map.length - 1] : 0;
    for (let k = 0; k < pad.length; k++) map.push(last);
    const split = splitMagics(cellCode);
    code += cellCode + pad;
    python += split.python + pad;
    shell += split.shell + pad;
  }
  if (!code.trim()) return [];
  const found = [...analyzePython(python, ctx), ...analyzeShell(shell, ctx)];
  // Suppression markers are judged on the cell's code lines, where "the line above" is meaningful.
  const suppressed = suppressedLines(code);
  const index = suppressed.size ? new LineIndex(code) : undefined;
  const out: RawRef[] = [];
  for (const r of found) {
    if (index && isSuppressed(suppressed, index.line(r.offset))) continue;
    out.push({ ...r, offset: map[r.offset] ?? 0 });
  }
  return out;
}

/** A cell's Python text with shell lines blanked, and its shell text with Python blanked (offsets kept). */
function splitMagics(code: string): { python: string; shell: string } {
  const lines = code.split('\n');
  const py: string[] = [];
  const sh: string[] = [];
  let shellCell = false;
  for (const line of lines) {
    const t = line.trimStart();
    if (/^%%(?:bash|sh|script\s+(?:ba)?sh)\b/.test(t)) {
      shellCell = true;
      py.push(' '.repeat(line.length));
      sh.push(' '.repeat(line.length));
      continue;
    }
    if (shellCell || t.startsWith('!') || /^%(?:sx|system)\b/.test(t)) {
      py.push(' '.repeat(line.length));
      sh.push(
        line.replace(/^(\s*)(!|%sx|%system)/, (_m, ws: string, bang: string) => ws + ' '.repeat(bang.length)),
      );
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
