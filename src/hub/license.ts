import type { Catalog } from '../catalog/catalog.js';
import type { HubModelInfo } from '../core/types.js';

/**
 * The Hub's license of a model, mapped to a catalog license id.
 *
 * - A plain id (`apache-2.0`, `llama3.1`, `MIT`, `Apache 2.0`) maps through the catalog's ids, SPDX ids and aliases,
 *   trying a few spelling variants (case, spaces/underscores for hyphens, a trailing "license", `llama-3.1` for `llama3.1`).
 * - `other` maps through `license_name` (`qwen-research`, `stabilityai-ai-community`), then through `license_link`
 *   compared with the catalog licenses' `url`.
 * - `unknown`, or anything that does not map, gives `raw`: the Hub's own text, e.g.
 *   `other (license_name: acme-weird, https://example.com/LICENSE)`, so that `license.unknown` can show it.
 * - No license at all gives `{}`.
 */
export function hubLicense(info: HubModelInfo, catalog: Catalog): { id?: string; raw?: string } {
  const license = clean(info.license);
  const name = clean(info.licenseName);
  const link = clean(info.licenseLink);
  if (!license && !name && !link) return {};
  if (license && license.toLowerCase() === 'unknown' && !name) return { raw: 'unknown' };

  const isOther = !license || license.toLowerCase() === 'other';
  if (!isOther) {
    const id = lookup(license, catalog);
    if (id) return { id };
    // A card may carry a license id the catalog does not know together with a license_name it does.
    if (name) {
      const byName = lookup(name, catalog);
      if (byName) return { id: byName };
    }
    return { raw: license };
  }

  if (name) {
    const id = lookup(name, catalog);
    if (id) return { id };
  }
  if (link) {
    const id = lookupByLink(link, catalog);
    if (id) return { id };
  }
  const detail = [name ? `license_name: ${name}` : undefined, link].filter(Boolean).join(', ');
  return { raw: detail ? `${license ?? 'other'} (${detail})` : (license ?? 'other') };
}

function clean(s: string | undefined): string | undefined {
  const t = s?.trim();
  return t ? t : undefined;
}

/** Spelling variants of a license label, most literal first. */
export function licenseVariants(label: string): string[] {
  const out: string[] = [];
  const add = (s: string) => {
    const t = s.trim();
    if (t && !out.includes(t)) out.push(t);
  };
  const base = label.trim().toLowerCase();
  add(base);
  const hyphen = base.replace(/[\s_]+/g, '-').replace(/-{2,}/g, '-');
  add(hyphen);
  const noLicense = hyphen
    .replace(/-(license|licence)(-agreement)?$/, '')
    .replace(/^(the-)?(license|licence)-/, '')
    .replace(/-(license|licence)-/, '-');
  add(noLicense);
  for (const s of [hyphen, noLicense]) {
    // `llama-3.1` -> `llama3.1`, `gemma-2` stays reachable through aliases.
    add(s.replace(/([a-z])-(\d)/g, '$1$2'));
    // `apache-2` -> `apache-2.0`
    if (/-\d+$/.test(s)) add(`${s}.0`);
  }
  return out;
}

function lookup(label: string, catalog: Catalog): string | undefined {
  for (const v of licenseVariants(label)) {
    const terms = catalog.license(v);
    if (terms) return terms.id;
  }
  return undefined;
}

function normUrl(u: string): string {
  return u
    .trim()
    .toLowerCase()
    .replace(/^http:\/\//, 'https://')
    .replace(/^https:\/\/www\./, 'https://')
    .replace(/\/(blob|resolve|raw)\/(main|master)\//, '/~/')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');
}

function lookupByLink(link: string, catalog: Catalog): string | undefined {
  const want = normUrl(link);
  const hit = catalog.licenses.find((l) => normUrl(l.url) === want);
  return hit?.id;
}

/** Weight-file extensions that deserialise with Python's pickle (arbitrary code on load). */
export const PICKLE_FORMATS: readonly string[] = ['bin', 'pt', 'pth', 'ckpt', 'pkl', 'pickle', 'joblib'];

/**
 * Formats that carry only data (no code on load). `safetensors`, `gguf` and `onnx` are the usual ones; Flax `msgpack`,
 * `tflite` flatbuffers and OpenVINO IR (an `.xml` beside a raw `.bin`, reported as `openvino`) are data too.
 */
export const SAFE_FORMATS: readonly string[] = ['safetensors', 'gguf', 'onnx', 'msgpack', 'tflite', 'openvino'];

/** Every weight-file format weightFormats recognises (Keras `h5`/`keras` are neither pickle nor known safe). */
export const WEIGHT_FORMATS: readonly string[] = [
  ...SAFE_FORMATS.filter((f) => f !== 'openvino'),
  ...PICKLE_FORMATS,
  'h5',
  'hdf5',
  'keras',
  'ggml',
  'llamafile',
  'mlmodel',
  'npz',
  'ot',
];

/**
 * Distinct weight formats (lower-case extensions without the dot, sorted) among a repository's file names.
 * A `.bin` with an `.xml` of the same stem (OpenVINO IR) counts as `openvino`, not as a pickle.
 */
export function weightFormats(files: string[]): string[] {
  const lower = files.map((f) => f.toLowerCase());
  const xmlStems = new Set(lower.filter((f) => f.endsWith('.xml')).map((f) => f.slice(0, -'.xml'.length)));
  const found = new Set<string>();
  for (const f of lower) {
    const dot = f.lastIndexOf('.');
    if (dot < 0 || dot < f.lastIndexOf('/')) continue;
    const ext = f.slice(dot + 1);
    if (ext === 'bin' && xmlStems.has(f.slice(0, dot))) {
      found.add('openvino');
      continue;
    }
    if (WEIGHT_FORMATS.includes(ext)) found.add(ext);
  }
  return [...found].sort();
}

/** True when the formats hold at least one pickle format and no data-only one (`provenance.unsafe-format`). */
export function isPickleOnly(formats: string[]): boolean {
  const f = formats.map((x) => x.toLowerCase().replace(/^\./, ''));
  return f.some((x) => PICKLE_FORMATS.includes(x)) && !f.some((x) => SAFE_FORMATS.includes(x));
}
