import type { Report } from '../core/types.js';

/** The JSON report (schemas/report.schema.json). */
export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}

/**
 * Models rendered per piece of renderJsonChunks (a 10,000-model report: 1,250 pieces of about 20 KB). Small pieces
 * are cheaper to stringify than large ones: a piece stays in the young generation, and one non-Latin-1 character
 * (a lineage's arrow) makes only its own piece two bytes a character, not 256 models' worth.
 */
const MODELS_PER_CHUNK = 8;
/** renderJsonBytes gathers pieces into views of about this many bytes: one write per view, not per piece. */
const BYTES_PER_VIEW = 1 << 20;

/**
 * The JSON report in pieces whose concatenation is exactly renderJson's text, for writing as they come: a report of
 * 10,000 models is 28 MB of JSON, and one string of it (two bytes a character as soon as one message holds a
 * non-Latin-1 character, such as a lineage's arrows) costs more to build, convert and write than its pieces.
 *
 * Each piece is written by JSON.stringify itself, with the same indentation: the models, by batches, are
 * stringified inside two arrays (`[[m1, m2]]`), which puts them at the depth they have in the report (four spaces);
 * every other top-level value inside one array (two spaces). Only the wrapping brackets are cut off.
 */
export function* renderJsonChunks(report: Report): Generator<string> {
  const r = report as unknown as Record<string, unknown>;
  let first = true;
  for (const key of Object.keys(r)) {
    const v = r[key];
    // JSON.stringify leaves these keys out
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    const head = `${first ? '{\n  ' : ',\n  '}${JSON.stringify(key)}: `;
    first = false;
    if (key === 'models' && Array.isArray(v) && v.length) {
      yield `${head}[\n`;
      for (let i = 0; i < v.length; i += MODELS_PER_CHUNK) {
        // "[\n  [\n" + items at four spaces + "\n  ]\n]"
        const s = JSON.stringify([v.slice(i, i + MODELS_PER_CHUNK)], null, 2);
        if (i) yield ',\n';
        yield s.slice(6, s.length - 6);
      }
      yield '\n  ]';
    } else {
      // "[\n  " + the value at two spaces + "\n]"
      const s = JSON.stringify([v], null, 2);
      yield head + s.slice(4, s.length - 2);
    }
  }
  yield first ? '{}\n' : '\n}\n';
}

/**
 * renderJsonChunks' pieces as UTF-8, gathered into views of about BYTES_PER_VIEW bytes of one buffer that is used
 * again for the next view: no new buffer per piece (a fresh 1 to 2 MB allocation, its pages touched for the first
 * time, cost more than the encoding), and one write per view. Each view is valid until the next one is asked for:
 * write it, and wait until it is written, before that.
 */
export function* renderJsonBytes(report: Report): Generator<Uint8Array> {
  let buf = Buffer.allocUnsafeSlow(BYTES_PER_VIEW);
  let used = 0;
  for (const chunk of renderJsonChunks(report)) {
    // a UTF-16 code unit is at most 3 bytes of UTF-8 (JSON.stringify leaves no lone surrogate)
    const most = chunk.length * 3;
    if (used + most > buf.length) {
      if (used) yield buf.subarray(0, used);
      used = 0;
      if (most > buf.length) buf = Buffer.allocUnsafeSlow(most);
    }
    used += buf.write(chunk, used, 'utf8');
  }
  if (used) yield buf.subarray(0, used);
}
