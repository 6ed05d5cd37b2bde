import { packagePath } from '../core/paths.js';
import type { CatalogModel, LicenseTerms } from '../core/types.js';
import { CATALOG_JSON } from './data.generated.js';
import { anyGlobLower, compileGlob, type Glob } from './glob.js';
import type {
  FamilyFacts,
  FamilyRule,
  OllamaFile,
  OllamaName,
  PipelineLibrary,
  PipelinesFile,
  PipelineTasks,
  ReuploadRule,
  ReuploadsFile,
  UrlRule,
} from './rules.js';

/** Ids that are already in normal form: no upper case, no space, nothing but ASCII (most ids and license ids). */
const NORMAL = /^[a-z0-9._:/@+-]*$/;

/**
 * Whether a look-up's answer serves every spelling of the id: an entry or an alias of the catalog does; a rule's
 * record does not, as it is made from the name as asked (its id, a re-upload's base `black-forest-labs/FLUX.1-dev`),
 * and which spelling a parallel scan asks about first changes from run to run.
 */
function anySpelling(m: CatalogMatch): boolean {
  return m.match === 'exact' || m.match === 'alias';
}

/**
 * Lower-case, trimmed form used for every comparison of ids and aliases. An id already in that form (tested
 * without a copy) is returned as it is: a large manifest looks up every id several times.
 */
export function normId(id: string): string {
  return NORMAL.test(id) ? id : id.trim().toLowerCase();
}

/** Which part of the catalog answered a lookup. */
export type CatalogMatchKind = 'exact' | 'alias' | 'family' | 'reupload';

/** A catalog answer: the model record and how it was found. */
export interface CatalogMatch {
  /** The model: a data entry (`exact`, `alias`), or a record synthesised from a rule (`family`, `reupload`). */
  model: CatalogModel;
  /**
   * `exact`: a catalog entry's id; `alias`: one of its other names (old ids, bare names, Ollama library names);
   * `family`: a family rule (publisher + name pattern), or a URL rule stating the facts of the files it covers;
   * `reupload`: a re-uploader's copy of a known base model. A URL rule that names a catalog model answers `alias`.
   */
  match: CatalogMatchKind;
  /** The rule that answered (family rule, re-upload rule or Ollama library name) and its source. */
  rule?: { kind: 'family' | 'reupload' | 'ollama' | 'url'; id: string; source: string };
  /** For `reupload`: how the base model was found. */
  base?: CatalogMatch;
}

/** The catalog's rules, besides its licenses and model entries. */
export interface CatalogRules {
  families?: FamilyRule[];
  /** Weight files served outside the Hub, by address. */
  urls?: UrlRule[];
  reuploads?: ReuploadsFile;
  ollama?: OllamaFile;
  /** What each library's `pipeline(task)` loads when named no model (pipelines.yml). */
  pipelines?: PipelinesFile['pipelines'];
}

/** Longest repository name a rule is tried on (Hub names are at most 96 characters). */
const MAX_RULE_NAME = 200;
/** Longest address (host and path) a URL rule is tried on. */
const MAX_RULE_URL = 2048;
/**
 * An http(s) address: its host (after any user information) and its path, without port, query string and
 * fragment. Linear: each part is a run of characters that cannot start the next one.
 */
const HTTP_URL_RE = /^https?:\/\/(?:[^/?#@]*@)?([^/?#:@]+)(?::\d*)?(\/[^?#]*)?/i;

/** The part of an address URL rules match (`host/path`, lower case), when `raw` is an http(s) address. */
export function urlRuleKey(raw: string): string | undefined {
  const m = HTTP_URL_RE.exec(raw);
  return m ? `${m[1]}${m[2] ?? ''}`.toLowerCase() : undefined;
}

/** Most answers remembered per catalog (a 10,000-model manifest and its base models fit). */
const MAX_MEMO = 50_000;

interface CompiledFamily {
  rule: FamilyRule;
  match: Glob[];
  exclude: Glob[];
  exceptions: Array<{ facts: Partial<FamilyFacts> & { license: string; source: string }; match: Glob[] }>;
}

interface CompiledReupload {
  rule: ReuploadRule;
  strip: Array<{ glob: Glob; format?: string }>;
}

function compileFamily(rule: FamilyRule): CompiledFamily {
  return {
    rule,
    match: rule.match.map(compileGlob),
    exclude: (rule.exclude ?? []).map(compileGlob),
    exceptions: (rule.exceptions ?? []).map((e) => ({ facts: e, match: e.match.map(compileGlob) })),
  };
}

/** The built-in catalog: facts about licenses and models, loaded from YAML data. Works offline. */
export class Catalog {
  readonly licenses: LicenseTerms[];
  readonly models: CatalogModel[];
  readonly rules: CatalogRules;
  private readonly licenseIndex = new Map<string, LicenseTerms>();
  private readonly idIndex = new Map<string, CatalogModel>();
  private readonly aliasIndex = new Map<string, CatalogModel>();
  /** Repository names (the part after `owner/`, and bare aliases) -> models, for re-uploads. */
  private readonly nameIndex = new Map<string, CatalogModel[]>();
  private readonly familyIndex = new Map<string, CatalogModel[]>();
  private readonly taskIndex = new Map<string, CatalogModel[]>();
  private idOrderMemo?: Map<CatalogModel, number>;
  /**
   * Family and re-upload rules by publisher, compiled on first use: compiling every glob at start-up cost about
   * 30 ms of a run that may never ask (`rulesOf`, `reuploadOf`).
   */
  private readonly familyRaw = new Map<string, FamilyRule[]>();
  private readonly familyRules = new Map<string, CompiledFamily[]>();
  private allCompiled?: CompiledFamily[];
  private readonly reuploadRaw = new Map<string, ReuploadRule>();
  private readonly reuploadRules = new Map<string, CompiledReupload>();
  private compiledQuant?: Glob[];
  private compiledUrls?: Array<{ rule: UrlRule; family: CompiledFamily }>;
  private readonly ollamaNames = new Map<string, OllamaName>();
  private readonly ollamaDefaults: Set<string>;
  private readonly memo = new Map<string, CatalogMatch | null>();
  /** license() answers by the label as given (null: none). */
  private readonly licenseMemo = new Map<string, LicenseTerms | null>();

  /**
   * `order`, when given, is each model's place in the `localeCompare` order of the ids (as idOrder computes it): the
   * shipped catalog's is computed at build time.
   */
  constructor(
    licenses: LicenseTerms[],
    models: CatalogModel[],
    rules: CatalogRules = {},
    private readonly order?: readonly number[],
  ) {
    this.licenses = licenses;
    this.models = models;
    this.rules = rules;
    for (const l of licenses) {
      this.licenseIndex.set(normId(l.id), l);
      if (l.spdx) this.addLicenseKey(l.spdx, l);
      for (const a of l.aliases ?? []) this.addLicenseKey(a, l);
    }
    for (const m of models) {
      this.idIndex.set(normId(m.id), m);
      this.addName(m.id, m);
      for (const [index, key] of [
        [this.familyIndex, m.family],
        [this.taskIndex, m.task],
      ] as const) {
        if (!key) continue;
        const list = index.get(key);
        if (list) list.push(m);
        else index.set(key, [m]);
      }
    }
    for (const m of models) {
      for (const a of m.aliases ?? []) {
        const k = normId(a);
        if (!this.idIndex.has(k) && !this.aliasIndex.has(k)) this.aliasIndex.set(k, m);
        if (!k.startsWith('ollama:')) this.addName(a, m);
      }
    }
    for (const rule of rules.families ?? []) {
      const key = normId(rule.publisher);
      const list = this.familyRaw.get(key);
      if (list) list.push(rule);
      else this.familyRaw.set(key, [rule]);
    }
    for (const rule of rules.reuploads?.reuploads ?? []) this.reuploadRaw.set(normId(rule.publisher), rule);
    for (const o of rules.ollama?.ollama ?? []) this.ollamaNames.set(normId(o.name), o);
    this.ollamaDefaults = new Set((rules.ollama?.default_variants ?? []).map(normId));
  }

  /** The compiled family rules of one publisher (normalised). */
  private rulesOf(publisher: string): CompiledFamily[] {
    let list = this.familyRules.get(publisher);
    if (!list) {
      list = (this.familyRaw.get(publisher) ?? []).map(compileFamily);
      this.familyRules.set(publisher, list);
    }
    return list;
  }

  /** Every compiled family rule, in the data's order. */
  private get allFamilyRules(): CompiledFamily[] {
    if (!this.allCompiled) {
      const byRule = new Map<FamilyRule, CompiledFamily>();
      for (const key of this.familyRaw.keys()) for (const c of this.rulesOf(key)) byRule.set(c.rule, c);
      this.allCompiled = (this.rules.families ?? []).map((r) => byRule.get(r)!);
    }
    return this.allCompiled;
  }

  /** The compiled re-upload rule of one publisher (normalised). */
  private reuploadOf(publisher: string): CompiledReupload | undefined {
    let r = this.reuploadRules.get(publisher);
    if (!r) {
      const rule = this.reuploadRaw.get(publisher);
      if (!rule) return undefined;
      const strip = [...(this.rules.reuploads?.strip ?? []), ...(rule.strip ?? [])].map((t) => ({
        glob: compileGlob(t.token),
        format: t.format,
      }));
      r = { rule, strip };
      this.reuploadRules.set(publisher, r);
    }
    return r;
  }

  private get ollamaQuant(): Glob[] {
    return (this.compiledQuant ??= (this.rules.ollama?.quantizations ?? []).map(compileGlob));
  }

  private addLicenseKey(key: string, l: LicenseTerms): void {
    const k = normId(key);
    if (!this.licenseIndex.has(k)) this.licenseIndex.set(k, l);
  }

  private addName(idOrAlias: string, m: CatalogModel): void {
    const name = normId(idOrAlias.slice(idOrAlias.indexOf('/') + 1));
    if (!name || name.includes('/')) return;
    const list = this.nameIndex.get(name);
    if (!list) this.nameIndex.set(name, [m]);
    else if (!list.includes(m)) list.push(m);
  }

  /** A license by id, SPDX id or alias (case-insensitive). */
  license(idOrAlias: string | undefined): LicenseTerms | undefined {
    if (!idOrAlias) return undefined;
    // (by the label as given: the rules ask for the same few labels tens of thousands of times in a large manifest)
    const known = this.licenseMemo.get(idOrAlias);
    if (known !== undefined) return known ?? undefined;
    const terms = this.licenseIndex.get(normId(idOrAlias));
    if (this.licenseMemo.size >= MAX_MEMO) this.licenseMemo.clear();
    this.licenseMemo.set(idOrAlias, terms ?? null);
    return terms;
  }

  /**
   * A model by id, alias, Ollama library name, family rule or re-upload rule, in that order (case-insensitive);
   * `hf.co/` and `https://huggingface.co/` prefixes, `:QUANT` tags and `ollama:` names with or without a tag are
   * understood. Undefined when nothing in the catalog covers the id.
   */
  lookup(idOrAlias: string | undefined): CatalogMatch | undefined {
    if (!idOrAlias) return undefined;
    // by the id as given first: a large manifest asks for each of its ids several times, by the same string, whose
    // normal form (a new lower-case copy when it has capitals) need not be made and hashed again each time
    const asGiven = this.memo.get(idOrAlias);
    if (asGiven !== undefined) return asGiven ?? undefined;
    const key = normId(idOrAlias);
    let found = key === idOrAlias ? undefined : this.memo.get(key);
    if (found && !anySpelling(found)) found = undefined;
    if (found === undefined) found = this.find(idOrAlias.trim()) ?? null;
    if (this.memo.size >= MAX_MEMO) this.memo.clear();
    if (key === idOrAlias || !found || anySpelling(found)) this.memo.set(key, found);
    if (key !== idOrAlias) this.memo.set(idOrAlias, found);
    return found ?? undefined;
  }

  /** A model by id or alias (case-insensitive), else by the catalog's rules: see `lookup()`. */
  model(idOrAlias: string | undefined): CatalogModel | undefined {
    return this.lookup(idOrAlias)?.model;
  }

  /**
   * How a report spells a Hub id: a model the catalog lists (an entry or an alias) as the catalog does; a repository
   * a rule covers as written, its namespace as the rule's publisher spells it (`qwen/Qwen2.5-7B-Instruct-AWQ` →
   * `Qwen/Qwen2.5-7B-Instruct-AWQ`). Never the spelling of an earlier lookup (see `anySpelling`).
   */
  spelling(id: string): string {
    const hit = this.lookup(id);
    if (!hit) return id;
    if (hit.match === 'exact' || hit.match === 'alias') return hit.model.id;
    const slash = id.indexOf('/');
    const publisher = hit.model.publisher;
    return slash > 0 && publisher && id.slice(0, slash).toLowerCase() === publisher.toLowerCase()
      ? publisher + id.slice(slash)
      : id;
  }

  isKnownModel(id: string): boolean {
    return this.lookup(id) !== undefined;
  }

  /** The task defaults and aliases of a library's `pipeline(task)` (pipelines.yml), when the catalog has them. */
  pipelineTasks(library: PipelineLibrary): PipelineTasks | undefined {
    const p = this.rules.pipelines;
    return p && Object.hasOwn(p, library) ? p[library] : undefined;
  }

  private find(raw: string): CatalogMatch | undefined {
    const ref = parseRef(raw);
    for (const k of ref.keys) {
      const exact = this.idIndex.get(k);
      if (exact) return { model: exact, match: 'exact' };
      const alias = this.aliasIndex.get(k);
      if (alias) return { model: alias, match: 'alias' };
    }
    if (ref.ollama) return this.ollama(ref.ollama.name, ref.ollama.tag);
    if (!ref.repo) return this.rules.urls?.length ? this.url(raw) : undefined;
    return this.family(ref.repo.owner, ref.repo.name) ?? this.reupload(ref.repo.owner, ref.repo.name);
  }

  /** Exact, alias or family answer for a Hub id (never a re-upload: bases are original checkpoints). */
  private original(id: string): CatalogMatch | undefined {
    const k = normId(id);
    const exact = this.idIndex.get(k);
    if (exact) return { model: exact, match: 'exact' };
    const alias = this.aliasIndex.get(k);
    if (alias) return { model: alias, match: 'alias' };
    const slash = id.indexOf('/');
    return slash > 0 ? this.family(id.slice(0, slash), id.slice(slash + 1)) : undefined;
  }

  /**
   * A URL rule's answer for an address outside the Hub: the catalog model whose files it covers (`alias`), or the
   * facts it states (`family`), the model's id being the address.
   */
  private url(raw: string): CatalogMatch | undefined {
    const key = urlRuleKey(raw);
    if (!key || key.length > MAX_RULE_URL) return undefined;
    this.compiledUrls ??= (this.rules.urls ?? []).map((rule) => ({
      rule,
      family: compileFamily({
        family: rule.model ?? '',
        publisher: '',
        license: '',
        ...rule,
        exceptions: undefined,
      }),
    }));
    for (const { rule, family } of this.compiledUrls) {
      const source = { kind: 'url' as const, id: rule.id, source: rule.source };
      if (!rule.model) {
        const hit = familyHit(family, key, key, false, raw);
        if (hit) return { ...hit, rule: source };
      } else if (anyGlobLower(family.match, key) && !anyGlobLower(family.exclude, key)) {
        const hit = this.original(rule.model);
        return hit && { model: hit.model, match: 'alias', rule: source, base: hit };
      }
    }
    return undefined;
  }

  private family(owner: string, name: string): CatalogMatch | undefined {
    if (name.length > MAX_RULE_NAME) return undefined;
    const lower = name.toLowerCase();
    for (const f of this.rulesOf(normId(owner))) {
      const hit = familyHit(f, name, lower);
      if (hit) return hit;
    }
    return undefined;
  }

  /**
   * A family rule of any publisher that spells out `name` (a `*` does not count: `Qwen2.5-7B-Instruct-*` covers
   * Qwen's own variants, not a stranger's `Qwen2.5-7B-Instruct-abliterated`), when exactly one publisher's does, or
   * when the publishers' rules agree on its family and license (one checkpoint under an organisation's old and new
   * names, THUDM/ and zai-org/), as `byName` accepts entries that agree on the license.
   */
  private familyByName(name: string): CatalogMatch | undefined {
    const lower = name.toLowerCase();
    const hits = this.allFamilyRules
      .map((f) => familyHit(f, name, lower, true))
      .filter((h): h is CatalogMatch => h !== undefined);
    const [first] = hits;
    if (!first) return undefined;
    // One publisher: its first rule answers, as for the publisher's own names.
    if (new Set(hits.map((h) => normId(h.model.publisher))).size === 1) return first;
    const same = (h: CatalogMatch) => h.model.license === first.model.license && h.model.family === first.model.family;
    return hits.every(same) ? first : undefined;
  }

  /**
   * A model known by its bare repository name; `null` when owners under different licenses share the name
   * (ambiguous: nothing may be concluded), undefined when no catalog entry has it.
   */
  private byName(name: string): CatalogMatch | null | undefined {
    const list = this.nameIndex.get(normId(name));
    if (!list?.length) return undefined;
    // Copies in the catalog (a re-uploader's entry, or an entry whose base has the same name: a mirror such as
    // Efficient-Large-Model/gemma-2-2b-it) are never a base: the original is.
    const key = normId(name);
    const sameName = (b: string) => normId(b.slice(b.indexOf('/') + 1)) === key;
    const originals = list.filter(
      (m) => !this.reuploadRaw.has(normId(m.publisher)) && !(m.base_model ?? []).some(sameName),
    );
    if (!originals.length) return undefined;
    if (new Set(originals.map((m) => m.license)).size !== 1) return null;
    const m = originals.find((x) => !x.base_model?.length) ?? originals[0];
    return { model: m, match: 'exact' };
  }

  private reupload(owner: string, name: string): CatalogMatch | undefined {
    const r = this.reuploadOf(normId(owner));
    if (!r || name.length > MAX_RULE_NAME) return undefined;
    // Strip trailing quantisation and format tokens one at a time: Name-Q4_K_M-GGUF -> Name-Q4_K_M -> Name. A token
    // is cut at its dash, else at an underscore (Xenova/Phi-3-mini-4k-instruct_fp16, onnx-community/
    // whisper-base_timestamped): `q4f16_1` stays one token, cut at its dash.
    const names = [name];
    const formats = new Set<string>(r.rule.formats ?? []);
    let cur = name;
    for (;;) {
      const dash = cur.lastIndexOf('-');
      let cut = dash;
      let hit = dash > 0 ? r.strip.find((s) => s.glob.test(cur.slice(dash + 1))) : undefined;
      if (!hit) {
        cut = cur.lastIndexOf('_');
        if (cut <= dash || cut <= 0) break;
        hit = r.strip.find((s) => s.glob.test(cur.slice(cut + 1)));
        if (!hit) break;
      }
      if (hit.format) formats.add(hit.format);
      cur = cur.slice(0, cut);
      names.push(cur);
    }
    // The most stripped name is the base's; less stripped ones catch bases whose own name ends in such a token.
    for (const n of names.reverse()) {
      const base = this.reuploadBase(r.rule, n);
      if (base === null) return undefined;
      if (!base) continue;
      const b = base.model;
      const model: CatalogModel = {
        id: `${r.rule.publisher}/${name}`,
        family: b.family,
        publisher: r.rule.publisher,
        license: b.license,
        base_model: [b.id],
        formats: [...formats].sort(),
        openness: 'open-weights',
        source: b.source,
      };
      if (b.task) model.task = b.task;
      if (b.multimodal !== undefined) model.multimodal = b.multimodal;
      return {
        model,
        match: 'reupload',
        rule: { kind: 'reupload', id: r.rule.publisher, source: r.rule.source },
        base,
      };
    }
    return undefined;
  }

  /** The base a copy named `name` was made from; `null` when the name is ambiguous. */
  private reuploadBase(rule: ReuploadRule, name: string): CatalogMatch | null | undefined {
    const sep = rule.namespace_separator;
    if (sep) {
      const at = name.indexOf(sep);
      if (at > 0) {
        const hit = this.original(`${name.slice(0, at)}/${name.slice(at + sep.length)}`);
        if (hit) return hit;
      }
    }
    const forms = [name, ...(rule.prefixes ?? []).map((p) => p + name), ...(rule.suffixes ?? []).map((s) => name + s)];
    const own = (hit: CatalogMatch) => normId(hit.model.publisher) === normId(rule.publisher);
    // Catalog entries first (TheBloke's Llama-2-7B-Chat is meta-llama/Llama-2-7b-chat-hf), then family rules.
    for (const f of forms) {
      const hit = this.byName(f);
      if (hit === null) return null;
      if (hit && !own(hit)) return hit;
    }
    for (const f of forms) {
      const hit = this.familyByName(f);
      if (hit && !own(hit)) return hit;
    }
    return undefined;
  }

  private ollama(name: string, tag: string | undefined): CatalogMatch | undefined {
    const o = this.ollamaNames.get(normId(name));
    if (!o) return undefined;
    const wanted = normId(!tag || normId(tag) === 'latest' ? o.latest : tag);
    const tags = new Map(Object.entries(o.tags).map(([t, id]) => [normId(t), id]));
    let tokens = wanted.split('-');
    let target = tags.get(wanted);
    // 3b-instruct-q4_K_M -> 3b-instruct -> 3b
    while (!target && tokens.length > 1 && this.ollamaQuant.some((g) => g.test(tokens[tokens.length - 1]))) {
      tokens = tokens.slice(0, -1);
      target = tags.get(tokens.join('-'));
    }
    if (!target) {
      const plain = tokens.filter((t) => !this.ollamaDefaults.has(t));
      if (plain.length && plain.length < tokens.length) target = tags.get(plain.join('-'));
    }
    if (!target) return undefined;
    const hit = this.original(target);
    if (!hit) return undefined;
    return {
      model: hit.model,
      match: hit.match === 'family' ? 'family' : 'alias',
      rule: { kind: 'ollama', id: `${o.name}:${tag ?? 'latest'}`, source: o.source },
      base: hit.match === 'family' ? hit : undefined,
    };
  }

  /**
   * Each model's place in the `localeCompare` order of the catalog's ids, models whose ids compare equal sharing
   * one: comparing places is comparing ids (sorted once, not once per blocked model: a large manifest has hundreds).
   */
  private idOrder(): Map<CatalogModel, number> {
    if (!this.idOrderMemo && this.order?.length === this.models.length) {
      const given = this.order;
      this.idOrderMemo = new Map(this.models.map((m, i) => [m, given[i]]));
    }
    if (!this.idOrderMemo) {
      const sorted = [...this.models].sort((a, b) => a.id.localeCompare(b.id));
      const order = new Map<CatalogModel, number>();
      let place = 0;
      sorted.forEach((m, i) => {
        if (i && sorted[i - 1].id.localeCompare(m.id) !== 0) place++;
        order.set(m, place);
      });
      this.idOrderMemo = order;
    }
    return this.idOrderMemo;
  }

  /**
   * Models that could replace `id` and that `accept` allows, best first: the same family, then the same task
   * (text generation, embeddings, text-to-image...), preferring the same publisher, kind (base, chat, vision)
   * and a similar size. `pools`, when given, keeps the members of each family and task that `accept` allows, for
   * the next call with the same `accept` (a large manifest asks for the alternatives of hundreds of models of one
   * task, each of which would otherwise walk the task's whole list).
   */
  alternatives(
    id: string,
    accept: (m: CatalogModel) => boolean,
    limit = 3,
    pools: Map<string, CatalogModel[]> = new Map(),
  ): CatalogModel[] {
    const self = this.model(id);
    if (!self) return [];
    const accepted = (key: string, list: CatalogModel[] | undefined): CatalogModel[] => {
      let kept = pools.get(key);
      if (!kept) pools.set(key, (kept = (list ?? []).filter(accept)));
      return kept;
    };
    const pool = new Set(accepted(`family:${self.family}`, this.familyIndex.get(self.family)));
    if (self.task) for (const m of accepted(`task:${self.task}`, this.taskIndex.get(self.task))) pool.add(m);
    const size = paramsOf(self.id);
    // built on the first tie only: sorting the catalog's ids with localeCompare loads ICU's collation data (about
    // 10 ms of a small run's start)
    let order: Map<CatalogModel, number> | undefined;
    const score = (m: CatalogModel): number => {
      const other = paramsOf(m.id);
      const near = size && other ? Math.abs(Math.log2(other / size)) : 3;
      return (
        (m.family === self.family ? 8 : 0) +
        (m.publisher === self.publisher ? 2 : 0) +
        (sameKind(self.id, m.id) ? 2 : 0) +
        Math.max(0, 3 - near)
      );
    };
    const ranked = [...pool]
      .filter((m) => m !== self)
      .map((m) => ({ m, s: score(m) }))
      .sort((a, b) => b.s - a.s || (order ??= this.idOrder()).get(a.m)! - order.get(b.m)!);
    // Several sizes of the same family are useful; from other families, one each, for variety.
    const picked: CatalogModel[] = [];
    const families = new Set<string>();
    for (const { m } of ranked) {
      if (picked.length >= limit) break;
      if (m.family !== self.family && families.has(m.family)) continue;
      families.add(m.family);
      picked.push(m);
    }
    return picked;
  }
}

/** Parameter count in billions read from an id (`...-7B-...`, `8x7b`), when it says. */
function paramsOf(id: string): number | undefined {
  if (PARAMS.has(id)) return PARAMS.get(id);
  const moe = /(\d+)x(\d+(?:\.\d+)?)b\b/i.exec(id);
  const m = moe ? undefined : /(?:^|[-_/])(\d+(?:\.\d+)?)([bm])(?:\b|[-_])/i.exec(id);
  const n = moe
    ? Number(moe[1]) * Number(moe[2])
    : m
      ? Number(m[1]) / (m[2].toLowerCase() === 'm' ? 1000 : 1)
      : undefined;
  if (PARAMS.size < 10_000) PARAMS.set(id, n);
  return n;
}

/** Sizes and kinds of catalog ids, read once each: alternatives score every model of a task for each blocked one. */
const PARAMS = new Map<string, number | undefined>();
const KINDS = new Map<string, string>();

function kindOf(s: string): string {
  let k = KINDS.get(s);
  if (k === undefined) {
    k = /instruct|chat|-it\b/i.test(s) ? 'chat' : /vision|[-_]vl\b/i.test(s) ? 'vision' : 'base';
    if (KINDS.size < 10_000) KINDS.set(s, k);
  }
  return k;
}

function sameKind(a: string, b: string): boolean {
  return kindOf(a) === kindOf(b);
}

/**
 * The family rule's answer for `name` (`lower`: the name in lower case, made once for all the rules asked);
 * `literal`: only names its globs spell out without `*` (for re-uploads); `id`: the synthesised model's (a URL
 * rule's answer is the address itself).
 */
function familyHit(
  f: CompiledFamily,
  name: string,
  lower: string,
  literal = false,
  id = `${f.rule.publisher}/${name}`,
): CatalogMatch | undefined {
  if (!anyGlobLower(f.match, lower, literal) || anyGlobLower(f.exclude, lower)) return undefined;
  const rule = f.rule;
  const facts: Partial<FamilyFacts> & { license: string; source: string } =
    f.exceptions.find((e) => anyGlobLower(e.match, lower))?.facts ?? rule;
  const model: CatalogModel = {
    id,
    family: facts.family ?? rule.family,
    publisher: rule.publisher,
    license: facts.license,
    formats: facts.formats ?? rule.formats ?? [],
    openness: facts.openness ?? rule.openness ?? 'open-weights',
    source: facts.source,
  };
  const task = facts.task ?? rule.task;
  if (task) model.task = task;
  const gated = facts.gated ?? rule.gated;
  if (gated !== undefined) model.gated = gated;
  const multimodal = facts.multimodal ?? rule.multimodal;
  if (multimodal !== undefined) model.multimodal = multimodal;
  const unconfirmed = facts.unconfirmed ?? rule.unconfirmed;
  if (unconfirmed) model.unconfirmed = unconfirmed;
  return { model, match: 'family', rule: { kind: 'family', id: rule.id, source: facts.source } };
}

interface ParsedRef {
  /** Lower-case keys to try against ids and aliases, best first. */
  keys: string[];
  /** An `ollama:NAME[:TAG]` reference. */
  ollama?: { name: string; tag?: string };
  /** A Hub repository `owner/name`, original case. */
  repo?: { owner: string; name: string };
}

const HUB_PREFIXES = [
  'https://huggingface.co/',
  'http://huggingface.co/',
  'https://hf.co/',
  'hf.co/',
  'huggingface.co/',
];

function parseRef(raw: string): ParsedRef {
  const id = normId(raw);
  const keys = [id];
  if (id.startsWith('ollama:')) {
    // Ollama names live in their own namespace: never fall back to a bare Hub alias.
    const name = id.slice('ollama:'.length);
    const colon = name.indexOf(':');
    if (colon < 0) keys.push(`ollama:${name}:latest`);
    if (name.endsWith(':latest')) keys.push(`ollama:${name.slice(0, -':latest'.length)}`);
    const bare = colon < 0 ? name : name.slice(0, colon);
    const tag = colon < 0 ? undefined : name.slice(colon + 1);
    // ollama:hf.co/org/repo-GGUF:Q4_K_M is a Hub repository pulled through Ollama.
    const hub = HUB_PREFIXES.some((p) => bare.startsWith(p));
    if (!hub) return { keys, ollama: { name: bare, tag } };
    const inner = parseRef(raw.trim().slice('ollama:'.length));
    return { ...inner, keys: [...keys, ...inner.keys] };
  }
  let original = raw.trim();
  const prefix = HUB_PREFIXES.find((p) => id.startsWith(p));
  if (prefix) {
    // hf.co/org/repo-GGUF:Q4_K_M names a quantisation of org/repo-GGUF; /tree/... and /resolve/... a file of it.
    original = original.slice(prefix.length);
    const noPrefix = id.slice(prefix.length);
    const repo = noPrefix
      .replace(/:[^/]*$/, '')
      .split('/')
      .slice(0, 2)
      .join('/');
    keys.push(noPrefix, repo);
    original = original
      .replace(/:[^/]*$/, '')
      .split('/')
      .slice(0, 2)
      .join('/');
  }
  // A ModelScope repository's address (`https://modelscope.cn/models/iic/SenseVoiceSmall[/summary]`, what the
  // scanners report for ModelScope's own namespaces) names the repository ModelScope's id names (`iic/SenseVoiceSmall`).
  const ms = MODELSCOPE_MODEL_RE.exec(original);
  if (ms) {
    keys.push(`${ms[1]}/${ms[2]}`.toLowerCase());
    return { keys, repo: { owner: ms[1], name: ms[2] } };
  }
  const parts = original.split('/');
  if (parts.length === 2 && parts[0] && parts[1]) return { keys, repo: { owner: parts[0], name: parts[1] } };
  return { keys };
}

/** A ModelScope model repository's address: its owner and name (then its pages, `/summary`, `/files`, `/resolve/...`). */
const MODELSCOPE_MODEL_RE = /^https?:\/\/(?:www\.)?modelscope\.(?:cn|ai)\/models\/([^/?#\s]+)\/([^/?#\s]+)(?:[/?#]|$)/i;

/** Everything the catalog is built from, as read from its data files. */
export interface CatalogData {
  licenses: LicenseTerms[];
  models: CatalogModel[];
  rules: CatalogRules;
}

/** The shipped catalog's data, as the build stores it: with each model's place in the order of ids. */
interface BuiltCatalogData extends CatalogData {
  order: number[];
}

export function catalogDataDir(): string {
  return packagePath('src', 'catalog', 'data');
}

let shared: Catalog | undefined;

/**
 * The shipped catalog (built once per process). Its data is bundled as JSON generated from the YAML files at
 * build time (.ci/build-data.mjs, validated against the catalog schemas there), so a run parses no YAML (and scan
 * workers load no YAML parser); catalog/read.ts reads the YAML files themselves (the build, the refresh, tests).
 */
export function loadCatalog(): Catalog {
  if (!shared) {
    const d = JSON.parse(CATALOG_JSON) as BuiltCatalogData;
    shared = new Catalog(d.licenses, d.models, d.rules, d.order);
  }
  return shared;
}

/** Whether `c` is the shipped catalog of `loadCatalog()` (scan workers then build their own from the bundle). */
export function isShippedCatalog(c: Catalog): boolean {
  return c === shared;
}
