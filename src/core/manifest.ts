import { modelScopeAddress, readHubAddress } from './hub-hosts.js';
import { UserError, type UserErrorItem } from './errors.js';
import type { Manifest, ManifestEntry, ReferenceKind } from './types.js';
import { validateDoc } from './validate.js';
import { parseYamlWithPositions, positionOf, type PositionedDoc } from './yaml.js';

/**
 * Parse a manifest: models.yaml, or a CycloneDX 1.6 JSON BOM whose components of type
 * `machine-learning-model` are the models. `path` is relative to the repository root.
 */
export function parseManifest(text: string, path: string): Manifest {
  const doc = parseYamlWithPositions(text, path, 'manifest');
  // A commit sha of digits only reads as a number in YAML: a revision keeps its source spelling.
  const models0 = (doc.value as { models?: unknown } | null)?.models;
  if (Array.isArray(models0)) {
    models0.forEach((m, i) => {
      if (!m || typeof m !== 'object' || typeof (m as Record<string, unknown>).revision !== 'number') return;
      const raw = doc.scalarText.get(`/models/${i}/revision`);
      if (raw !== undefined) (m as Record<string, unknown>).revision = raw;
    });
  }
  const v = doc.value as Record<string, unknown> | null;
  if (v && typeof v === 'object' && !Array.isArray(v) && v.bomFormat === 'CycloneDX') return parseCycloneDx(doc);
  validateDoc(doc, 'manifest');
  const models = (v as { models: Array<Record<string, string>> }).models;
  const entries: ManifestEntry[] = models.map((m, i) => {
    const pos = positionOf(doc, `/models/${i}`);
    const e: ManifestEntry = { id: m.id.trim(), location: { path, line: pos.line, column: pos.column } };
    for (const k of ['revision', 'license', 'base_model', 'purpose'] as const)
      if (m[k] !== undefined) e[k] = String(m[k]).trim();
    return e;
  });
  rejectDuplicates(entries, path);
  return { path, format: 'yaml', entries };
}

function rejectDuplicates(entries: ManifestEntry[], path: string): void {
  const first = new Map<string, ManifestEntry>();
  const errors: UserErrorItem[] = [];
  for (const e of entries) {
    const k = e.id.toLowerCase();
    const prev = first.get(k);
    if (prev) {
      errors.push({
        path,
        line: e.location.line,
        column: e.location.column,
        message: `model "${e.id}" is declared twice (first at line ${prev.location.line}); keep one entry`,
      });
    } else first.set(k, e);
  }
  if (errors.length) throw new UserError(errors);
}

interface CdxComponent {
  type?: unknown;
  name?: unknown;
  group?: unknown;
  version?: unknown;
  purl?: unknown;
  description?: unknown;
  licenses?: Array<{ license?: { id?: unknown; name?: unknown }; expression?: unknown }>;
  pedigree?: { ancestors?: CdxComponent[] };
  components?: CdxComponent[];
}

const HEX40 = /^[0-9a-f]{40}$/i;

function parseCycloneDx(doc: PositionedDoc): Manifest {
  const bom = doc.value as { specVersion?: unknown; components?: unknown };
  const path = doc.path;
  if (bom.components !== undefined && !Array.isArray(bom.components)) {
    const pos = positionOf(doc, '/components');
    throw new UserError({
      path,
      line: pos.line,
      column: pos.column,
      message: '/components must be a list of CycloneDX components',
    });
  }
  const entries: ManifestEntry[] = [];
  const errors: UserErrorItem[] = [];
  const walk = (list: CdxComponent[], pointer: string) => {
    list.forEach((c, i) => {
      const p = `${pointer}/${i}`;
      if (!c || typeof c !== 'object') return;
      if (Array.isArray(c.components)) walk(c.components, `${p}/components`);
      if (c.type !== 'machine-learning-model') return;
      const pos = positionOf(doc, p);
      const bad = [
        [`${p}/purl`, c.purl],
        [`${p}/pedigree/ancestors/0/purl`, c.pedigree?.ancestors?.[0]?.purl],
      ].find(([, purl]) => purlProblem(purl));
      if (bad) {
        const at = positionOf(doc, bad[0] as string);
        errors.push({ path, line: at.line, column: at.column, message: purlProblem(bad[1])! });
        return;
      }
      const id = componentId(c);
      if (!id) {
        errors.push({
          path,
          line: pos.line,
          column: pos.column,
          message: `${p}: a machine-learning-model component needs a "name" (or a pkg:huggingface purl)`,
        });
        return;
      }
      const e: ManifestEntry = { id, location: { path, line: pos.line, column: pos.column } };
      const rev = purlVersion(c.purl) ?? (typeof c.version === 'string' ? c.version : undefined);
      if (rev) e.revision = rev;
      const lic = c.licenses?.[0];
      const licText = lic?.license?.id ?? lic?.license?.name ?? lic?.expression;
      if (typeof licText === 'string' && licText.trim()) e.license = licText.trim();
      const anc = c.pedigree?.ancestors?.[0];
      const baseId = anc ? componentId(anc) : undefined;
      if (baseId) e.base_model = baseId;
      if (typeof c.description === 'string') e.purpose = c.description;
      entries.push(e);
    });
  };
  walk((bom.components as CdxComponent[] | undefined) ?? [], '/components');
  if (errors.length) throw new UserError(errors);
  rejectDuplicates(entries, path);
  return { path, format: 'cyclonedx', entries };
}

/** What is wrong with a pkg:huggingface purl, or undefined (not such a purl, or well-formed). */
function purlProblem(purl: unknown): string | undefined {
  if (typeof purl !== 'string' || !/^pkg:huggingface\//i.test(purl)) return undefined;
  try {
    decodeURIComponent(purl);
    return undefined;
  } catch {
    return `malformed purl ${JSON.stringify(purl.length > 100 ? `${purl.slice(0, 100)}…` : purl)}: "%" must start a percent-encoded byte (%XX); write pkg:huggingface/OWNER/NAME@REVISION`;
  }
}

function purlVersion(purl: unknown): string | undefined {
  if (typeof purl !== 'string') return undefined;
  const m = /^pkg:huggingface\/[^@?#]+@([^?#]+)/i.exec(purl);
  return m ? decodeURIComponent(m[1]) : undefined;
}

function componentId(c: CdxComponent): string | undefined {
  if (typeof c.purl === 'string') {
    const m = /^pkg:huggingface\/([^@?#]+)/i.exec(c.purl);
    if (m) return decodeURIComponent(m[1]);
  }
  if (typeof c.name !== 'string' || !c.name.trim()) return undefined;
  const name = c.name.trim();
  if (typeof c.group === 'string' && c.group.trim() && !name.includes('/')) return `${c.group.trim()}/${name}`;
  return name;
}

/** Whether a revision pins a commit (a full 40-hex sha). */
export function isPinnedRevision(rev: string | undefined): boolean {
  return !!rev && HEX40.test(rev);
}

/** What kind of model an id names: `ollama:NAME[:TAG]`, a URL, or a Hugging Face repo id. */
export function kindOf(id: string): ReferenceKind {
  return normalizeModelId(id).kind;
}

const PLAIN_HUB_ID = /^\w[\w.-]*\/[\w.-]+$/;
const WEIGHTS_FILE = /\.(?:gguf|ggml|safetensors|bin|pt|pth|ckpt|onnx)$/i;

/**
 * The id and kind a manifest entry (or a reference) names. Hugging Face addresses
 * (`https://huggingface.co/org/name/resolve/main/x.gguf`, `hf.co/org/name:Q4_K_M`) name the repository `org/name`.
 */
export function normalizeModelId(raw: string): { id: string; kind: ReferenceKind } {
  // the common shape, `owner/name` (one slash, no space, no colon, no leading dot): a Hub id unless it names a file
  if (PLAIN_HUB_ID.test(raw) && !WEIGHTS_FILE.test(raw)) {
    // ModelScope's own namespaces (`iic/SenseVoiceSmall`): its address, as the scanners report it
    const address = modelScopeAddress(raw);
    return address ? { id: address, kind: 'url' } : { id: raw, kind: 'hub' };
  }
  const id = raw.trim();
  if (/^ollama:/i.test(id)) return { id: id.toLowerCase(), kind: 'ollama' };
  // a Hub address, the whole value (`huggingface.co/t5-small/resolve/main/`: the repository `t5-small`, of the Hub's
  // first years)
  const hub = readHubAddress(id);
  if (hub && (hub.end === id.length || '/?#:'.includes(id[hub.end])))
    return { id: hub.namespace === undefined ? hub.name : `${hub.namespace}/${hub.name}`, kind: 'hub' };
  // (without its query string and fragment: a signed address carries its token there, and the scanners drop them)
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(id)) return { id: id.replace(/[?#].*$/, ''), kind: 'url' };
  // Local weights, written as the code writes them: `./outputs/merged`, `/models/x.gguf`, `~/w`, `C:\w`, `models/x.gguf`.
  if (/^(?:\.{1,2}\/|\/|~\/|[A-Za-z]:[\\/])/.test(id) || WEIGHTS_FILE.test(id)) return { id, kind: 'local-file' };
  return { id, kind: 'hub' };
}
