import { createHash, randomUUID } from 'node:crypto';
import parseSpdx from 'spdx-expression-parse';
import type { Catalog } from '../catalog/catalog.js';
import type { LineageStep, ModelReport, ReferenceKind, Report } from '../core/types.js';
import { isValidRepoId } from '../hub/client.js';

/** Options of renderCycloneDx. */
export interface CycloneDxOptions {
  /** ISO date-time of the BOM; default now. */
  timestamp?: string;
  /** `urn:uuid:...` or a bare UUID; any other text is hashed into a stable UUID. Default: a random UUID. */
  serialNumber?: string;
  /** model-gate's version, for `metadata.tools`. */
  toolVersion?: string;
}

type Json = Record<string, unknown>;
type ModelKind = ReferenceKind;

const HUB = 'https://huggingface.co';
const SHA_RE = /^[0-9a-f]{40}$/i;
const UUID_RE = /^(?:urn:uuid:)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
const FILE_EXT_RE = /\.(safetensors|gguf|onnx|bin|pt|pth|ckpt|pkl|pickle|joblib|h5|keras|msgpack|tflite|llamafile)$/i;

/**
 * The report as a CycloneDX 1.6 JSON BOM (an AI-BOM): one `machine-learning-model` component per model, with its
 * license(s), lineage (`pedigree.ancestors`), pinned commit, model card address and model-gate's verdict as
 * `model-gate:*` properties. Valid against the official bom-1.6 schema. Deterministic when `timestamp` and
 * `serialNumber` are given.
 */
export function renderCycloneDx(report: Report, catalog: Catalog, opts: CycloneDxOptions = {}): string {
  const refs = new Set<string>();
  const components = report.models.map((m) => modelComponent(m, catalog, refs));
  const tool: Json = {
    type: 'application',
    name: 'model-gate',
    ...(opts.toolVersion ? { version: opts.toolVersion } : {}),
    description: 'Policy-as-code gate for adopting AI models: licenses, acceptable-use terms and provenance',
  };
  const metaProps = props([
    ['model-gate:verdict', report.verdict],
    ['model-gate:policy', report.policy],
    ['model-gate:base', report.base],
    ...report.policy_findings.map((f): [string, string] => ['model-gate:policy-finding', findingText(f)]),
  ]);
  const bom: Json = {
    $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: serialNumber(opts.serialNumber),
    version: 1,
    metadata: {
      timestamp: timestamp(opts.timestamp),
      tools: { components: [tool] },
      ...(metaProps.length ? { properties: metaProps } : {}),
    },
    components,
  };
  return `${JSON.stringify(bom, null, 2)}\n`;
}

function serialNumber(given: string | undefined): string {
  if (given === undefined) return `urn:uuid:${randomUUID()}`;
  const m = UUID_RE.exec(given.trim());
  if (m) return `urn:uuid:${m[1].toLowerCase()}`;
  // A stable UUID (version-5 layout) from any other text.
  const h = createHash('sha1').update(given).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function timestamp(given: string | undefined): string {
  const t = given === undefined ? Date.now() : Date.parse(given);
  return new Date(Number.isNaN(t) ? Date.now() : t).toISOString();
}

/** How an id names a model (ModelReport carries no kind). */
export function modelKind(id: string): ModelKind {
  if (/^ollama:/i.test(id)) return 'ollama';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(id)) return 'url';
  if (isValidRepoId(id) && !FILE_EXT_RE.test(id)) return 'hub';
  return 'local-file';
}

/** purl-spec percent-encoding of one segment: everything but unreserved characters. */
function purlSegment(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function splitHubId(id: string): { group?: string; name: string } {
  const i = id.indexOf('/');
  return i < 0 ? { name: id } : { group: id.slice(0, i), name: id.slice(i + 1) };
}

/** `pkg:huggingface/namespace/name[@commit]` (purl-spec type huggingface: the version is the lower-case commit). */
export function huggingfacePurl(id: string, revision?: string): string {
  const { group, name } = splitHubId(id);
  const path = [group, name]
    .filter((s): s is string => !!s)
    .map(purlSegment)
    .join('/');
  return `pkg:huggingface/${path}${revision && SHA_RE.test(revision) ? `@${revision.toLowerCase()}` : ''}`;
}

function hubUrl(id: string, ...rest: string[]): string {
  return [HUB, ...id.split('/').map(encodeURIComponent), ...rest.map(encodeURIComponent)].join('/');
}

/** An http(s) address in normalised form (spaces and the like percent-encoded), or undefined. */
function safeUrl(u: string | undefined): string | undefined {
  if (!u) return undefined;
  try {
    const url = new URL(u.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function props(pairs: [string, string | undefined][]): Json[] {
  return pairs.filter((p): p is [string, string] => p[1] !== undefined).map(([name, value]) => ({ name, value }));
}

function isSpdxId(s: string | undefined): s is string {
  if (!s || /^(LicenseRef|DocumentRef)-/i.test(s)) return false;
  try {
    const info = parseSpdx(s) as { license?: string; plus?: boolean; exception?: string };
    return info.license === s && !info.plus && !info.exception;
  } catch {
    return false;
  }
}

/** One `licenses[]` item: the SPDX id when the catalog license has a valid one, else its name with its address. */
function licenseItem(label: string, catalog: Catalog, acknowledgement: 'declared' | 'concluded'): Json {
  const terms = catalog.license(label);
  if (!terms) return { license: { name: label, acknowledgement } };
  const url = safeUrl(terms.url);
  return {
    license: {
      ...(isSpdxId(terms.spdx) ? { id: terms.spdx } : { name: terms.name }),
      acknowledgement,
      ...(url ? { url } : {}),
      properties: [{ name: 'model-gate:license-id', value: terms.id }],
    },
  };
}

function sameLicense(a: string, b: string, catalog: Catalog): boolean {
  return (catalog.license(a)?.id ?? a.toLowerCase()) === (catalog.license(b)?.id ?? b.toLowerCase());
}

/** Declared (the model's own label, lineage[0]) and concluded (model-gate's effective license) licenses. */
function licenses(m: ModelReport, catalog: Catalog): Json[] {
  const own = m.lineage?.[0]?.license;
  const effective = m.license ?? undefined;
  const out: Json[] = [];
  if (own && (!effective || !sameLicense(own, effective, catalog))) out.push(licenseItem(own, catalog, 'declared'));
  if (effective) out.push(licenseItem(effective, catalog, 'concluded'));
  return out;
}

/** Name, group, purl and addresses of a model id, whatever its kind. */
function identity(id: string, revision?: string, known?: ModelKind): Json {
  const kind = known ?? modelKind(id);
  if (kind === 'hub') {
    const { group, name } = splitHubId(id);
    return { ...(group ? { group } : {}), name, purl: huggingfacePurl(id, revision) };
  }
  return { name: id };
}

function uniqueRef(base: string, refs: Set<string>): string {
  let ref = base;
  for (let i = 2; refs.has(ref); i++) ref = `${base}#${i}`;
  refs.add(ref);
  return ref;
}

function findingText(f: { rule: string; severity: string; waived: boolean; message: string }): string {
  return `${f.rule} (${f.severity}${f.waived ? ', waived' : ''}): ${f.message}`;
}

function ancestor(step: LineageStep, catalog: Catalog): Json {
  return {
    type: 'machine-learning-model',
    ...identity(step.id),
    ...(step.license ? { licenses: [licenseItem(step.license, catalog, 'declared')] } : {}),
    ...(modelKind(step.id) === 'hub' ? { externalReferences: [{ type: 'model-card', url: hubUrl(step.id) }] } : {}),
    properties: props([
      ['model-gate:id', step.id],
      ['model-gate:license-source', step.source],
    ]),
  };
}

function modelComponent(m: ModelReport, catalog: Catalog, refs: Set<string>): Json {
  const kind = m.kind ?? modelKind(m.id);
  const revision = m.revision?.trim() || undefined;
  const pinned = revision !== undefined && SHA_RE.test(revision);
  const id = identity(m.id, revision, kind);
  const ref = uniqueRef(
    typeof id.purl === 'string' ? id.purl : `model-gate:model:${m.id}${revision ? `@${revision}` : ''}`,
    refs,
  );
  const publisher = m.publisher ?? (kind === 'hub' ? (id.group as string | undefined) : undefined);

  const ext: Json[] = [];
  const seen = new Set<string>();
  const addRef = (type: string, url: string | undefined, comment?: string) => {
    const u = safeUrl(url);
    if (!u || seen.has(`${type} ${u}`)) return;
    seen.add(`${type} ${u}`);
    ext.push({ type, url: u, ...(comment ? { comment } : {}) });
  };
  if (kind === 'hub') addRef('model-card', hubUrl(m.id));
  if (kind === 'url') addRef('distribution', m.id);
  for (const label of [m.lineage?.[0]?.license, m.license ?? undefined]) {
    const terms = catalog.license(label);
    if (terms) addRef('license', terms.url, terms.name);
  }
  for (const s of m.sources ?? []) addRef('evidence', s, 'source of the facts model-gate used');

  const pedigree: Json = {};
  const ancestors = (m.lineage ?? []).slice(1).map((s) => ancestor(s, catalog));
  if (ancestors.length) pedigree.ancestors = ancestors;
  if (pinned && kind === 'hub') {
    pedigree.commits = [{ uid: revision.toLowerCase(), url: hubUrl(m.id, 'commit', revision.toLowerCase()) }];
  }

  const lic = licenses(m, catalog);
  const properties = props([
    ['model-gate:id', m.id],
    ['model-gate:status', m.status],
    ['model-gate:license', m.license ?? 'unknown'],
    ['model-gate:declared', String(m.declared)],
    ['model-gate:new', String(m.new)],
    ['model-gate:revision', revision],
    ['model-gate:gated', m.gated === undefined ? undefined : String(m.gated)],
    ...m.locations.map((l): [string, string] => [
      'model-gate:location',
      `${l.path}:${l.line}${l.column ? `:${l.column}` : ''}`,
    ]),
    ...m.findings.map((f): [string, string] => ['model-gate:finding', findingText(f)]),
    ...(m.alternatives ?? []).map((a): [string, string] => ['model-gate:alternative', a]),
  ]);

  return {
    type: 'machine-learning-model',
    'bom-ref': ref,
    ...(publisher ? { publisher } : {}),
    ...('group' in id ? { group: id.group } : {}),
    name: id.name,
    ...(revision ? { version: pinned ? revision.toLowerCase() : revision } : {}),
    ...(m.purpose ? { description: m.purpose } : {}),
    ...(pinned ? { hashes: [{ alg: 'SHA-1', content: revision.toLowerCase() }] } : {}),
    ...(lic.length ? { licenses: lic } : {}),
    ...(typeof id.purl === 'string' ? { purl: id.purl } : {}),
    ...(Object.keys(pedigree).length ? { pedigree } : {}),
    ...(ext.length ? { externalReferences: ext } : {}),
    ...(m.purpose ? { modelCard: { considerations: { useCases: [m.purpose] } } } : {}),
    properties,
  };
}
