import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { packagePath } from '../core/paths.js';
import type { CatalogModel, LicenseTerms } from '../core/types.js';
import { CATALOG_JSON } from './data.generated.js';

/** Lower-case, trimmed form used for every comparison of ids and aliases. */
export function normId(id: string): string {
  return id.trim().toLowerCase();
}

/** The built-in catalog: facts about licenses and models, loaded from YAML data. Works offline. */
export class Catalog {
  readonly licenses: LicenseTerms[];
  readonly models: CatalogModel[];
  private readonly licenseIndex = new Map<string, LicenseTerms>();
  private readonly modelIndex = new Map<string, CatalogModel>();
  private readonly familyIndex = new Map<string, CatalogModel[]>();
  private readonly taskIndex = new Map<string, CatalogModel[]>();

  constructor(licenses: LicenseTerms[], models: CatalogModel[]) {
    this.licenses = licenses;
    this.models = models;
    for (const l of licenses) {
      this.licenseIndex.set(normId(l.id), l);
      if (l.spdx) this.addLicenseKey(l.spdx, l);
      for (const a of l.aliases ?? []) this.addLicenseKey(a, l);
    }
    for (const m of models) {
      this.modelIndex.set(normId(m.id), m);
      for (const [index, key] of [[this.familyIndex, m.family], [this.taskIndex, m.task]] as const) {
        if (!key) continue;
        const list = index.get(key);
        if (list) list.push(m);
        else index.set(key, [m]);
      }
    }
    for (const m of models) {
      for (const a of m.aliases ?? []) {
        const k = normId(a);
        if (!this.modelIndex.has(k)) this.modelIndex.set(k, m);
      }
    }
  }

  private addLicenseKey(key: string, l: LicenseTerms): void {
    const k = normId(key);
    if (!this.licenseIndex.has(k)) this.licenseIndex.set(k, l);
  }

  /** A license by id, SPDX id or alias (case-insensitive). */
  license(idOrAlias: string | undefined): LicenseTerms | undefined {
    if (!idOrAlias) return undefined;
    return this.licenseIndex.get(normId(idOrAlias));
  }

  /** A model by id or alias (case-insensitive); `ollama:` and `hf.co/` prefixes and Ollama `:latest` tags are tolerated. */
  model(idOrAlias: string | undefined): CatalogModel | undefined {
    if (!idOrAlias) return undefined;
    for (const key of lookupKeys(idOrAlias)) {
      const m = this.modelIndex.get(key);
      if (m) return m;
    }
    return undefined;
  }

  isKnownModel(id: string): boolean {
    return this.model(id) !== undefined;
  }

  /**
   * Models that could replace `id` and that `accept` allows, best first: the same family, then the same task
   * (text generation, embeddings, text-to-image...), preferring the same publisher, kind (base, chat, vision)
   * and a similar size.
   */
  alternatives(id: string, accept: (m: CatalogModel) => boolean, limit = 3): CatalogModel[] {
    const self = this.model(id);
    if (!self) return [];
    const pool = new Set([...(this.familyIndex.get(self.family) ?? []), ...(self.task ? (this.taskIndex.get(self.task) ?? []) : [])]);
    const size = paramsOf(self.id);
    const score = (m: CatalogModel): number => {
      const other = paramsOf(m.id);
      const near = size && other ? Math.abs(Math.log2(other / size)) : 3;
      return (m.family === self.family ? 8 : 0) + (m.publisher === self.publisher ? 2 : 0) + (sameKind(self.id, m.id) ? 2 : 0) + Math.max(0, 3 - near);
    };
    const ranked = [...pool]
      .filter((m) => m !== self && accept(m))
      .map((m) => ({ m, s: score(m) }))
      .sort((a, b) => b.s - a.s || a.m.id.localeCompare(b.m.id));
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
  const moe = /(\d+)x(\d+(?:\.\d+)?)b\b/i.exec(id);
  if (moe) return Number(moe[1]) * Number(moe[2]);
  const m = /(?:^|[-_/])(\d+(?:\.\d+)?)([bm])(?:\b|[-_])/i.exec(id);
  if (!m) return undefined;
  return Number(m[1]) / (m[2].toLowerCase() === 'm' ? 1000 : 1);
}

function sameKind(a: string, b: string): boolean {
  const kind = (s: string) => (/instruct|chat|-it\b/i.test(s) ? 'chat' : /vision|[-_]vl\b/i.test(s) ? 'vision' : 'base');
  return kind(a) === kind(b);
}

function lookupKeys(raw: string): string[] {
  const id = normId(raw);
  const keys = [id];
  const strip = (s: string, p: string) => (s.startsWith(p) ? s.slice(p.length) : undefined);
  const noPrefix =
    strip(id, 'https://huggingface.co/') ?? strip(id, 'https://hf.co/') ?? strip(id, 'hf.co/') ?? strip(id, 'huggingface.co/');
  if (noPrefix) {
    // hf.co/org/repo-GGUF:Q4_K_M names a quantisation of org/repo-GGUF; /tree/... and /resolve/... a file of it.
    const repo = noPrefix.replace(/:[^/]*$/, '').split('/').slice(0, 2).join('/');
    keys.push(noPrefix, repo);
  }
  if (id.startsWith('ollama:')) {
    // Ollama names live in their own namespace: never fall back to a bare Hub alias.
    const name = id.slice('ollama:'.length);
    if (!name.includes(':')) keys.push(`ollama:${name}:latest`);
    if (name.endsWith(':latest')) keys.push(`ollama:${name.slice(0, -':latest'.length)}`);
  }
  return keys;
}

interface LicensesFile {
  licenses: LicenseTerms[];
}
interface ModelsFile {
  models: CatalogModel[];
}

export function catalogDataDir(): string {
  return packagePath('src', 'catalog', 'data');
}

function readYaml<T>(file: string): T {
  return load(readFileSync(file, 'utf8'), { filename: file, maxAliases: 0 }) as T;
}

let shared: Catalog | undefined;

/**
 * The shipped catalog (built once per process). It is bundled as JSON generated from the YAML files at build
 * time (.ci/build-data.mjs, validated against the catalog schemas there), so a run parses no YAML. `dir` reads
 * the YAML files of another catalog directory instead.
 */
export function loadCatalog(dir?: string): Catalog {
  if (dir === undefined || dir === catalogDataDir()) {
    if (!shared) {
      const data = JSON.parse(CATALOG_JSON) as LicensesFile & ModelsFile;
      shared = new Catalog(data.licenses, data.models);
    }
    return shared;
  }
  const licenses = readYaml<LicensesFile>(join(dir, 'licenses.yml')).licenses;
  const modelDir = join(dir, 'models');
  const models: CatalogModel[] = [];
  for (const f of readdirSync(modelDir).filter((n) => n.endsWith('.yml')).sort()) {
    models.push(...(readYaml<ModelsFile>(join(modelDir, f)).models ?? []));
  }
  return new Catalog(licenses, models);
}
