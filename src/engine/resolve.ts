import type { Catalog } from '../catalog/catalog.js';
import { hubLicense, weightFormats } from '../hub/license.js';
import type {
  HubLookup,
  HubModelInfo,
  LicenseCategory,
  LicenseTerms,
  LineageStep,
  ModelFacts,
  ModelResolver,
  ReferenceKind,
} from '../core/types.js';

/**
 * Whether a license label the catalog cannot map still says something: `other (license_name: acme-eula)` names a
 * license, so the manifest may not replace it; a bare `other` or `unknown` names none.
 */
function informative(raw: string | undefined): boolean {
  return !!raw && !['other', 'unknown'].includes(raw.trim().toLowerCase());
}

/** What the core knows of a model before resolving it. */
export interface ResolveRequest {
  id: string;
  kind: ReferenceKind;
  revision?: string;
  /** The manifest's `license:` claim. */
  manifestLicense?: string;
  /** The manifest's `base_model:`. */
  manifestBase?: string;
}

export const MAX_LINEAGE_DEPTH = 5;
/** Base models followed for one model (a merge may list many; each may be a Hub lookup). */
export const MAX_LINEAGE_MODELS = 32;
/** Hub lookups of base models in one run, over every model. */
export const MAX_LINEAGE_LOOKUPS = 500;

/** How restrictive a license category is: higher binds more. */
const CATEGORY_RANK: Record<LicenseCategory, number> = {
  permissive: 0,
  copyleft: 1,
  'open-rail': 2,
  community: 3,
  proprietary: 4,
  'non-commercial': 5,
  'research-only': 6,
  unknown: 7,
};

/** A comparable measure of how much a license restricts its user. */
export function restrictiveness(t: LicenseTerms): number {
  let duties = 0;
  if (t.commercial === false) duties += 4;
  else if (t.commercial === 'conditional') duties += 2;
  if (t.user_cap) duties += 1;
  if (t.excluded_regions?.length) duties += 1;
  if (t.output_training) duties += 1;
  if (t.naming) duties += 1;
  if (t.attribution) duties += 1;
  if (t.acceptable_use || t.restrictions_pass_downstream) duties += 1;
  return CATEGORY_RANK[t.category] * 100 + duties;
}

/**
 * Resolves models against the catalog and, when given, the Hub; memoises Hub answers so each
 * (id, revision) is asked once per run, and follows lineage through base models.
 */
export class FactResolver {
  private readonly hubCache = new Map<string, Promise<HubLookup>>();
  /** Hub lookups of base models made so far (capped by MAX_LINEAGE_LOOKUPS). */
  private lineageLookups = 0;
  constructor(
    private readonly catalog: Catalog,
    private readonly resolver?: ModelResolver,
  ) {}

  private hub(id: string, revision?: string): Promise<HubLookup> | undefined {
    if (!this.resolver) return undefined;
    const key = `${id.toLowerCase()}@${revision ?? ''}`;
    let p = this.hubCache.get(key);
    if (!p) {
      p = this.resolver.resolve(id, revision).catch((e: unknown): HubLookup => ({
        ok: false,
        id,
        reason: 'error',
        message: (e as Error).message ?? String(e),
      }));
      this.hubCache.set(key, p);
    }
    return p;
  }

  /** The license label of one model as the catalog or the Hub gives it. */
  private labelOf(
    cat: ReturnType<Catalog['model']>,
    hub: HubModelInfo | undefined,
  ): { id?: string; raw?: string; source: LineageStep['source'] } {
    if (cat) return { id: cat.license, source: 'catalog' };
    if (hub) {
      const l = hubLicense(hub, this.catalog);
      return { id: l.id, raw: l.raw, source: 'hub' };
    }
    return { source: 'none' };
  }

  /**
   * The manifest's declared license as a catalog license id, when it names one that establishes terms: an id the
   * catalog does not know, or one that names no license (`other`, `unknown`), establishes nothing.
   */
  private declaredLicense(label: string | undefined): string | undefined {
    const terms = this.catalog.license(label);
    return terms && terms.category !== 'unknown' ? terms.id : undefined;
  }

  async resolve(req: ResolveRequest): Promise<ModelFacts> {
    return this.resolveNow(req);
  }

  /**
   * As `resolve`, but without a promise when no Hub answer has to be waited for (offline, or the catalog knows
   * enough): a manifest of 10,000 models resolves without 10,000 turns of the microtask queue. Hub lookups start
   * in the same order as with `resolve`.
   */
  resolveNow(req: ResolveRequest): ModelFacts | Promise<ModelFacts> {
    return drive(this.steps(req));
  }

  /** The resolution, as steps that yield each Hub lookup to wait for and are resumed with its answer. */
  private *steps(req: ResolveRequest): Generator<Promise<HubLookup>, ModelFacts, HubLookup> {
    const hit = this.catalog.lookup(req.id);
    const cat = hit?.model;
    // A family or re-upload rule is the catalog's guess about a repository it does not list: the Hub says more.
    const guess = hit?.match === 'family' || hit?.match === 'reupload';
    const isHubKind = req.kind === 'hub';
    // as the catalog lists it, or as written (a rule's record keeps the spelling it was first asked about, which the
    // order of a parallel scan decides: unsloth's Wan-AI ids changed case from one run to the next)
    const id = cat && isHubKind ? this.catalog.spelling(req.id) : req.kind === 'ollama' ? req.id.toLowerCase() : req.id;
    const facts: ModelFacts = {
      id,
      kind: req.kind,
      catalog: cat,
      licenseBySource: {},
      lineage: [],
      sources: [],
      notes: [],
    };
    if (req.manifestLicense) facts.licenseBySource.manifest = req.manifestLicense;
    if (cat) {
      facts.catalogMatch = hit?.match;
      // A re-upload rule knows the base's license, not the label the re-uploader put on its copy.
      if (hit?.match !== 'reupload') facts.licenseBySource.catalog = cat.license;
      facts.publisher = cat.publisher;
      facts.gated = cat.gated;
      facts.formats = cat.formats;
      facts.openness = cat.openness;
      facts.sources.push(cat.source);
      if (req.kind === 'ollama') {
        // The Ollama library serves its own GGUF build of the checkpoint, without the Hub's gate.
        facts.formats = ['gguf'];
        facts.gated = false;
      }
    }
    let hubInfo: HubModelInfo | undefined;
    // The Hub is asked about what the catalog does not know, and about pinned revisions (do they exist?).
    if (isHubKind && (!cat || guess || req.revision)) {
      // offline, no promise to wait for (10,000 models: 10,000 fewer turns of the event loop)
      const pending = this.hub(id, req.revision);
      const lookup = pending ? yield pending : undefined;
      if (lookup?.ok) {
        hubInfo = lookup;
        facts.hub = lookup;
        const l = hubLicense(lookup, this.catalog);
        if (l.id || l.raw) facts.licenseBySource.hub = l.id ?? l.raw;
        facts.publisher ??= lookup.author;
        if (lookup.gated !== undefined) facts.gated = lookup.gated;
        if (lookup.files.length) {
          const formats = weightFormats(lookup.files);
          if (formats.length) facts.formats = formats;
        }
        if (!facts.openness && facts.formats?.length) facts.openness = 'open-weights';
        facts.revisionFound = lookup.revisionFound;
        facts.sha = lookup.sha;
        facts.lastModified = lookup.lastModified;
        facts.sources.push(`https://huggingface.co/${lookup.id}`);
      } else if (lookup && !lookup.ok) {
        if (lookup.reason !== 'offline') facts.hubFailure = lookup;
        if (lookup.reason === 'not-found' && !cat) facts.notes.push(`${id} does not exist on the Hugging Face Hub`);
      }
    }
    if (isHubKind && !facts.publisher && id.includes('/')) facts.publisher = id.slice(0, id.indexOf('/'));

    if (req.kind === 'url') {
      facts.publisher ??= urlPublisher(id);
      // the file the address names is in the format its extension says (a .pt is a pickle), whatever the model
      const formats = weightFormats([id.replace(/[?#].*$/, '')]);
      if (formats.length) facts.formats = formats;
    }
    // The Hub's label of the repository itself beats the catalog's guess.
    const hubOwn = guess && hubInfo ? this.labelOf(undefined, hubInfo) : undefined;
    let own = hubOwn?.id ? hubOwn : this.labelOf(cat, hubInfo);
    // Nobody else knows the license (a private or internal model, anything offline): the manifest's word is evaluated.
    const declared = !own.id && !informative(own.raw) ? this.declaredLicense(req.manifestLicense) : undefined;
    if (declared) own = { id: declared, source: 'manifest' };
    facts.license = own.id;
    if (own.id && own.source !== 'none') facts.licenseSource = own.source;
    if (!own.id && own.raw) facts.licenseRaw = own.raw;
    const ownTerms = this.catalog.license(own.id);
    if (ownTerms) facts.sources.push(ownTerms.url);
    facts.lineage.push({ id, license: own.id ?? own.raw, source: own.source });

    // Lineage: base models, breadth first, up to MAX_LINEAGE_DEPTH levels, cycles detected.
    const hubBases = hubInfo?.baseModels.length ? hubInfo.baseModels : undefined;
    const firstBases =
      (guess ? hubBases : undefined) ?? cat?.base_model ?? hubBases ?? (req.manifestBase ? [req.manifestBase] : []);
    // (built by add, not from an array: `new Set([x])` goes through the iteration protocol, once per model)
    const visited = new Set<string>();
    if (firstBases.length) visited.add(id.toLowerCase());
    let frontier: Array<{ id: string; depth: number }> = firstBases.map((b) => ({ id: b, depth: 1 }));
    let effective: { terms: LicenseTerms; from?: string } | undefined = ownTerms ? { terms: ownTerms } : undefined;
    let unknownBase: string | undefined;
    let followed = 0;
    /** Why the lineage was not followed to its end (a cap), when it was not. */
    let cut: string | undefined;
    while (frontier.length && !cut) {
      const next: Array<{ id: string; depth: number }> = [];
      for (const step of frontier) {
        const key = step.id.toLowerCase();
        const bcat = this.catalog.model(step.id);
        const canon = bcat?.id ?? step.id;
        if (visited.has(key) || visited.has(canon.toLowerCase())) {
          if (!facts.notes.some((n) => n.startsWith('lineage cycle')))
            facts.notes.push(`lineage cycle at ${canon}: ignored`);
          continue;
        }
        if (followed >= MAX_LINEAGE_MODELS) {
          cut = `lineage has more than ${MAX_LINEAGE_MODELS} base models: not followed past ${canon}`;
          break;
        }
        const asks = !bcat && !!this.resolver && !this.hubCache.has(`${canon.toLowerCase()}@`);
        if (asks && this.lineageLookups >= MAX_LINEAGE_LOOKUPS) {
          cut = `more than ${MAX_LINEAGE_LOOKUPS} base models were looked up on the Hub in this run: lineage not followed past ${canon}`;
          break;
        }
        if (asks) this.lineageLookups++;
        followed++;
        visited.add(key);
        visited.add(canon.toLowerCase());
        let binfo: HubModelInfo | undefined;
        if (!bcat) {
          const pending = this.hub(canon);
          const l = pending ? yield pending : undefined;
          if (l?.ok) binfo = l;
        }
        const label = this.labelOf(bcat, binfo);
        facts.lineage.push({ id: canon, license: label.id ?? label.raw, source: label.source });
        const terms = this.catalog.license(label.id);
        // The same publisher may release a model made from its own base under other terms (DeepSeek-R1 under MIT
        // over DeepSeek-V3-Base): the rights holder's label prevails over its own base's. Bases further up, from
        // other publishers, still bind. Only a label the publisher itself states (catalog, Hub) counts, not a manifest's.
        const samePublisher =
          !!ownTerms &&
          own.source !== 'manifest' &&
          sameOwner(facts.publisher ?? ownerOf(id), bcat?.publisher ?? binfo?.author ?? ownerOf(canon));
        if (samePublisher) {
          if (terms && terms.id !== ownTerms.id)
            facts.notes.push(
              `${canon} is the publisher's own base: its label for ${id} (${ownTerms.id}) prevails over ${terms.id}`,
            );
        } else if (terms) {
          if (!effective || restrictiveness(terms) > restrictiveness(effective.terms))
            effective = { terms, from: canon };
        } else {
          unknownBase ??= canon;
        }
        const parents = bcat?.base_model ?? binfo?.baseModels ?? [];
        if (parents.length && step.depth >= MAX_LINEAGE_DEPTH) {
          cut ??= `lineage deeper than ${MAX_LINEAGE_DEPTH} levels: not followed past ${canon}`;
          continue;
        }
        for (const p of parents) next.push({ id: p, depth: step.depth + 1 });
      }
      frontier = next;
    }
    if (cut) {
      // The terms that bind the model may lie past the cap: they are unknown (fail closed), and license.unknown says why.
      facts.notes.push(cut);
      facts.lineageCut = true;
    }
    if (unknownBase && (ownTerms || req.kind === 'local-file'))
      facts.notes.push(`the license of base model ${unknownBase} could not be established`);
    // Local weights carry no label of their own: the terms of what they were made from bind them.
    if (!ownTerms && req.kind === 'local-file' && effective?.from && !unknownBase && !cut) {
      facts.effectiveLicense = effective.terms.id;
      facts.effectiveFrom = effective.from;
      return facts;
    }
    // A model whose own terms are unknown stays unknown (fail closed), whatever its bases say.
    if (!ownTerms && effective?.from)
      facts.notes.push(`its base model ${effective.from} is under ${effective.terms.name}`);
    if (ownTerms && effective) {
      facts.effectiveLicense = effective.terms.id;
      if (effective.from && effective.terms.id !== ownTerms.id) facts.effectiveFrom = effective.from;
    }
    return facts;
  }
}

/**
 * Runs steps to their end: synchronously while they yield nothing, then awaiting each lookup they yield. A step
 * that throws before its first lookup throws here (`resolve` turns that into a rejected promise).
 */
function drive<T>(g: Generator<Promise<HubLookup>, T, HubLookup>): T | Promise<T> {
  const first = g.next();
  if (first.done === true) return first.value;
  return (async () => {
    let r: IteratorResult<Promise<HubLookup>, T> = first;
    while (r.done !== true) r = g.next(await r.value);
    return r.value;
  })();
}

/**
 * Who publishes the file at an address: the owner of a GitHub repository (`github.com/OWNER/REPO/releases/download/...`,
 * `raw.githubusercontent.com/OWNER/REPO/...`, `media.githubusercontent.com/media/OWNER/...`), else the host.
 * Undefined for an address that does not parse.
 */
export function urlPublisher(id: string): string | undefined {
  let u: URL;
  try {
    u = new URL(id);
  } catch {
    return undefined;
  }
  const host = u.hostname.toLowerCase();
  const parts = u.pathname.split('/').filter(Boolean);
  const owner =
    host === 'github.com' || host === 'www.github.com' || host === 'raw.githubusercontent.com'
      ? parts.length >= 2
        ? parts[0]
        : undefined
      : host === 'media.githubusercontent.com' && parts[0] === 'media' && parts.length >= 3
        ? parts[1]
        : undefined;
  return owner ?? (host || undefined);
}

/** The owner (publisher) part of a Hub id (`owner/name`); undefined for other ids. */
function ownerOf(id: string): string | undefined {
  const slash = id.indexOf('/');
  return slash > 0 && !id.includes(':') ? id.slice(0, slash) : undefined;
}

function sameOwner(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && a.toLowerCase() === b.toLowerCase();
}
