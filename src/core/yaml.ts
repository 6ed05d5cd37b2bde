import {
  constructFromEvents,
  CORE_SCHEMA,
  EVENT_ALIAS,
  EVENT_MAPPING,
  EVENT_POP,
  EVENT_SCALAR,
  EVENT_SEQUENCE,
  getScalarValue,
  mergeTag,
  parseEvents,
} from 'js-yaml';
import type { Event } from 'js-yaml';
import { UserError, type UserErrorItem } from './errors.js';
import { LineIndex } from './lines.js';
import { parseFlatYaml } from './yaml-flat.js';

/** Line and column (1-based) of a node. */
export interface Pos {
  line: number;
  column: number;
}

/** A parsed YAML (or JSON) document with the position of every node, addressed by JSON pointer. */
export interface PositionedDoc {
  path: string;
  value: unknown;
  /** Position of the value at a JSON pointer (`/models/2/license`); '' is the root. */
  valuePos: Map<string, Pos>;
  /** Position of the key of a mapping entry at a JSON pointer. */
  keyPos: Map<string, Pos>;
  /** The source text of each scalar value (before YAML typed it: `revision: 1234` keeps "1234"). */
  scalarText: Map<string, string>;
}

/**
 * YAML 1.2's core schema with merge keys (`<<: *defaults`), which YAML 1.1 had and which manifests and policies
 * written with anchors use (js-yaml 5 leaves them out of the core schema).
 */
const SCHEMA = CORE_SCHEMA.withTags(mergeTag);

/** Aliases per document; enough for honest anchors, far too few for an alias bomb. */
const MAX_ALIASES = 50;
/** Files larger than this are refused before parsing. */
const MAX_YAML_BYTES = 2 * 1024 * 1024;

export function escapePointer(seg: string | number): string {
  const s = String(seg);
  return s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s;
}

interface Frame {
  kind: 'map' | 'seq';
  pointer: string;
  index: number;
  /** For maps: the pending key (set after a key scalar, cleared after its value). */
  key?: string;
  /** For maps: where each key was first written, to report every duplicate. */
  keys?: Map<string, Pos>;
}

function nodeOffset(e: Event): number {
  switch (e.type) {
    case EVENT_SCALAR: {
      // Quoted scalars start at their opening quote, one before the value.
      let at = e.style === 2 || e.style === 3 ? e.valueStart - 1 : e.valueStart;
      if (e.anchorStart >= 0 && e.anchorStart < at) at = e.anchorStart;
      if (e.tagStart >= 0 && e.tagStart < at) at = e.tagStart;
      return at;
    }
    case EVENT_MAPPING:
    case EVENT_SEQUENCE:
      return e.start;
    case EVENT_ALIAS:
      return e.anchorStart;
    default:
      return 0;
  }
}

/**
 * Parse one YAML document (YAML 1.2 core schema and merge keys; JSON is a subset, so JSON files parse here too) and record
 * the position of every key and value. Aliases are limited, duplicate keys rejected, errors become UserError with
 * the file, line and column.
 */
export function parseYamlWithPositions(text: string, path: string, what = 'file'): PositionedDoc {
  if (Buffer.byteLength(text, 'utf8') > MAX_YAML_BYTES) {
    throw new UserError({
      path,
      message: `${what} is larger than ${MAX_YAML_BYTES / 1024 / 1024} MiB; refusing to parse it`,
    });
  }
  if (text.includes('\u0000')) {
    throw new UserError({ path, message: `${what} is a binary file, not YAML` });
  }
  if (text.trim() === '' || /^\s*(#[^\n]*\n?\s*)*$/.test(text)) {
    throw new UserError({
      path,
      line: 1,
      column: 1,
      message: `${what} is empty; write the ${what} or remove the file`,
    });
  }
  // most manifests are a flat list of plain scalars: read those line by line, the rest through the parser
  const flat = parseFlatYaml(text, path);
  if (flat) return flat;
  return parseYamlEvents(text, path);
}

/** parseYamlWithPositions through js-yaml's events, whatever the document's shape (exported for tests). */
export function parseYamlEvents(text: string, path: string): PositionedDoc {
  let events: Event[];
  try {
    events = parseEvents(text, { filename: path, maxDepth: 50 });
  } catch (e) {
    throw yamlError(e, path, text);
  }
  const lines = new LineIndex(text);
  const valuePos = new Map<string, Pos>();
  const keyPos = new Map<string, Pos>();
  const scalarText = new Map<string, string>();
  const duplicates: UserErrorItem[] = [];
  const stack: Frame[] = [];
  /** Records a node about to start: returns its pointer, or undefined when it is a map key. */
  const place = (e: Event): string | undefined => {
    const top = stack[stack.length - 1];
    if (!top) {
      valuePos.set('', lines.position(nodeOffset(e)));
      return '';
    }
    if (top.kind === 'seq') {
      const p = `${top.pointer}/${top.index++}`;
      const at = nodeOffset(e);
      if (at >= 0) valuePos.set(p, lines.position(at));
      return p;
    }
    if (top.key === undefined) {
      // A key. Only scalar keys are addressable.
      const k = e.type === EVENT_SCALAR ? String(getScalarValue(text, e)) : `#complex${top.index}`;
      top.key = k;
      const at = lines.position(nodeOffset(e));
      top.keys ??= new Map();
      const first = top.keys.get(k);
      if (first) {
        duplicates.push({
          path,
          line: at.line,
          column: at.column,
          message: `duplicated mapping key "${k}" (first at line ${first.line}): each key may appear once; remove or merge the repeated key`,
        });
      } else {
        top.keys.set(k, at);
        keyPos.set(`${top.pointer}/${escapePointer(k)}`, at);
      }
      return undefined;
    }
    const p = `${top.pointer}/${escapePointer(top.key)}`;
    top.key = undefined;
    top.index++;
    // An empty value (`id:` alone) has no position of its own: errors then point at its key.
    const at = nodeOffset(e);
    if (at >= 0) valuePos.set(p, lines.position(at));
    return p;
  };
  for (const e of events) {
    switch (e.type) {
      case EVENT_SCALAR: {
        const p = place(e);
        if (p !== undefined) scalarText.set(p, String(getScalarValue(text, e)));
        break;
      }
      case EVENT_ALIAS:
        place(e);
        break;
      case EVENT_MAPPING:
      case EVENT_SEQUENCE: {
        const p = place(e);
        // A complex key's content is not addressable; give it a throwaway pointer.
        stack.push({ kind: e.type === EVENT_MAPPING ? 'map' : 'seq', pointer: p ?? '/#complex-key', index: 0 });
        break;
      }
      case EVENT_POP:
        if (stack.length) stack.pop();
        break;
      default:
        break;
    }
  }
  if (duplicates.length) throw new UserError(duplicates);
  let value: unknown;
  try {
    const docs = constructFromEvents(events, {
      source: text,
      filename: path,
      schema: SCHEMA,
      maxAliases: MAX_ALIASES,
      maxTotalMergeKeys: 100,
    });
    if (docs.length !== 1) {
      throw new UserError({ path, line: 1, column: 1, message: `expected one YAML document, found ${docs.length}` });
    }
    value = docs[0];
  } catch (e) {
    throw yamlError(e, path, text);
  }
  return { path, value, valuePos, keyPos, scalarText };
}

function yamlError(e: unknown, path: string, text?: string): UserError {
  if (e instanceof UserError) return e;
  const err = e as { reason?: string; message?: string; mark?: { line: number; column: number } };
  const reason = (err.reason ?? err.message ?? String(e)).split('\n')[0];
  let message: string;
  if (/alias/i.test(reason) && /max|limit|exceed/i.test(reason)) {
    message = `${reason} (more than ${MAX_ALIASES} aliases; anchors and aliases this heavy are refused as a possible alias bomb)`;
  } else if (/duplicat/i.test(reason)) {
    message = `${reason}: each key may appear once; remove or merge the repeated key`;
  } else {
    message = `invalid ${/\.json$/i.test(path) ? 'JSON' : 'YAML'}: ${reason}`;
    if (text !== undefined && err.mark && !/\.json$/i.test(path)) message += quoteHint(text, err.mark);
  }
  if (err.mark) return new UserError({ path, line: err.mark.line + 1, column: err.mark.column + 1, message });
  return new UserError({ path, message });
}

/**
 * What to do about the two YAML mistakes people make most in a plain value, where the parser's own words
 * ("bad indentation of a mapping entry") do not say: a value that contains `: ` (`reason: Vendor contract:
 * LEGAL-123`), and one that starts with a character YAML reserves (`approved_by: @acme/legal`). Both need quotes.
 */
function quoteHint(text: string, mark: { line: number; column: number }): string {
  const line = text.split(/\r?\n/)[mark.line] ?? '';
  const entry = /^(\s*(?:-\s+)?)([^\s:#'"[\]{}][^:#]*?):\s+(.*)$/.exec(line);
  if (!entry) return '';
  const [, , key, rawValue] = entry;
  const value = rawValue.replace(/\s+#.*$/, '').trim();
  const at = line[mark.column];
  const quoted = (v: string) => (v.includes('"') ? `'${v.replace(/'/g, "''")}'` : `"${v.replace(/\\/g, '\\\\')}"`);
  if (at === ':' && mark.column > line.indexOf(': ') && /:\s/.test(value))
    return `; a value that contains ": " must be quoted: ${key}: ${quoted(value)}`;
  if ((at === '@' || at === '`') && value.startsWith(at))
    return `; a value cannot start with "${at}" unquoted: ${key}: ${quoted(value)}`;
  return '';
}

/** Position of the node at `pointer`, or of its nearest ancestor with a known position. */
export function positionOf(doc: PositionedDoc, pointer: string, preferKey = false): Pos {
  let p = pointer;
  for (;;) {
    const hit = preferKey ? (doc.keyPos.get(p) ?? doc.valuePos.get(p)) : (doc.valuePos.get(p) ?? doc.keyPos.get(p));
    if (hit) return hit;
    if (p === '') return { line: 1, column: 1 };
    p = p.slice(0, p.lastIndexOf('/'));
  }
}
