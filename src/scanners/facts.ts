import type { ModelReference } from '../core/types.js';
import { PY_HOSTED_CLASSES } from './common/hosted.js';
import { classifyValue, type Mode } from './common/values.js';
import { sortAndDedupe } from './common/text.js';
import type { Classified } from './common/ids.js';
import type { ClassUse, EnvUse, FieldDefinition, FieldUse, ReadMode, ScanContext, ScanFacts } from './types.js';

/**
 * Joins what files tell about each other, after every file is scanned; pure:
 * - an environment variable set in one file (`.env` `GENERATION_MODEL=qwen3:8b`, compose `environment:`,
 *   Kubernetes `env:`) and read by code of the same project whose value reaches a model parameter
 *   (`ChatOllama(model=os.getenv("GENERATION_MODEL"))`) is a reference, at the line that sets it, read the way the
 *   code reads it (an Ollama name, a Hub id...). A variable that no such code reads is not (`.env` `MODEL=...`
 *   feeding nothing). Same project: the folder of the file that sets it, or the folder above, holds the code;
 * - a field of a Python class with a default (`local_llm: str = Field(default="llama3.2")` in `class
 *   Configuration` of `configuration.py`), read by another module that imports the class and gives the field to a
 *   model parameter (`ChatOllama(model=configurable.local_llm)`), is a reference at the field's line, read the way
 *   that code reads it. The import names the module: a field of a class of that module (`pkg.configuration` →
 *   `…/pkg/configuration.py` or `…/pkg/configuration/__init__.py`; `from .settings import x` → `settings.py` of
 *   the same folder) when there is one, else of any class of that name (a package re-exporting it);
 * - an Ollama model built by `ollama create NAME -f FILE` is local weights wherever it is named: its `ollama:NAME`
 *   references become `local-file` references to FILE.
 * - a hosted API's class imported from a module of the project that defines a class of that name (`from llm_provider
 *   import ChatOpenAI`, and `class ChatOpenAI:` in `llm_provider/openai_llm.py`) is the project's own: the hosted
 *   references read from the values given to it are read again as a call of no known library reads them.
 * Returns every reference, the joined ones added, sorted. Linear in the facts.
 */
export function applyFacts(references: ModelReference[], facts: ScanFacts[], ctx: ScanContext): ModelReference[] {
  references = ownClassReadings(references, facts, ctx);
  const uses = new Map<string, Set<EnvUse>>();
  const local = new Map<string, string>();
  for (const f of facts) {
    for (const u of f.uses ?? []) {
      const key = u.name.toLowerCase();
      const readers = uses.get(key) ?? new Set<EnvUse>();
      readers.add(u);
      uses.set(key, readers);
    }
    for (const l of f.localOllama ?? []) local.set(l.id, l.modelfile);
  }
  const out = references.map((r) => {
    if (r.kind !== 'ollama' || !local.size) return r;
    const file = local.get(r.id) ?? local.get(r.id.replace(/:latest$/, ''));
    return file ? { ...r, id: file, kind: 'local-file' as const } : r;
  });
  const joinsFields = facts.some((f) => f.fieldUses?.length);
  if (!uses.size && !joinsFields) return local.size ? sortAndDedupe(out) : references;
  // a place that already holds a reference (`MODEL_ID=org/x`, read as a Hub id by its name) is not read twice
  const placed = new Set(out.map((r) => `${r.path}\0${r.line}`));
  const localFile = (cl: Classified): { id: string; kind: ModelReference['kind'] } => {
    const file = cl.kind === 'ollama' ? (local.get(cl.id) ?? local.get(cl.id.replace(/:latest$/, ''))) : undefined;
    return file ? { id: file, kind: 'local-file' } : { id: cl.id, kind: cl.kind };
  };
  if (joinsFields) {
    for (const { def, mode, strength } of fieldJoins(facts)) {
      if (placed.has(`${def.path}\0${def.line}`)) continue;
      const cl = classifyValue(def.value, mode, strength, ctx);
      if (!cl) continue;
      const ref: ModelReference = {
        ...localFile(cl),
        path: def.path,
        line: def.line,
        column: def.column + (cl.shift ?? 0),
        scanner: def.scanner,
      };
      if (cl.provider) ref.provider = cl.provider;
      out.push(ref);
    }
  }
  for (const f of facts) {
    for (const d of f.env ?? []) {
      const readers = uses.get(d.name.toLowerCase());
      if (!readers || placed.has(`${d.path}\0${d.line}`)) continue;
      const modes = new Set([...readers].filter((u) => sameProject(d.path, u.path)).map((u) => u.mode));
      for (const mode of modes) {
        const cl = classifyValue(d.value, mode, 'strong', ctx);
        if (!cl) continue;
        out.push({
          ...localFile(cl),
          path: d.path,
          line: d.line,
          column: d.column + (cl.shift ?? 0),
          scanner: d.scanner,
        });
      }
    }
  }
  return sortAndDedupe(out);
}

/** ownClassReadings' mark of a class that wraps the client of the library's service (ClassDefinition.wraps). */
const WRAPS = 'wraps';

/**
 * The references with those read through a project's own class of a hosted API's name (ClassUse, ClassDefinition)
 * read again: a value given to such a call is read as one of a model-named keyword of any call (a Hub id of a weak
 * context), not as the API's model. A use matches a class of its name defined in the module its import names, or
 * in a module of the package it names (`llm_provider` re-exporting `llm_provider.openai_llm`'s class). A class that
 * wraps the client of the library's service (ClassDefinition.wraps) keeps the library's reading.
 */
function ownClassReadings(references: ModelReference[], facts: ScanFacts[], ctx: ScanContext): ModelReference[] {
  // class name → the module keys (and their packages) that define one, with the hosted server its constructor
  // defaults to (ClassDefinition.server), WRAPS for a class that wraps the library's service's client
  // (ClassDefinition.wraps), '' for neither
  const defs = new Map<string, Map<string, string>>();
  for (const f of facts)
    for (const d of f.classes ?? []) {
      const keys = defs.get(d.name) ?? new Map<string, string>();
      defs.set(d.name, keys);
      const server = d.server ?? (d.wraps ? WRAPS : '');
      for (const k of moduleKeys(d.path)) {
        const parts = k.split('.');
        for (let n = 1; n <= parts.length; n++) {
          const key = parts.slice(0, n).join('.');
          // (two definitions under one key that disagree: no server)
          const prev = keys.get(key);
          keys.set(key, prev === undefined || prev === server ? server : '');
        }
      }
    }
  if (!defs.size) return references;
  // per file and line, the values given to the project's own classes there
  const own = new Map<string, ClassUse[]>();
  for (const f of facts)
    for (const u of f.classUses ?? []) {
      if (!defs.get(u.name)?.has(importKey(u.module, u.path))) continue;
      const key = `${u.path}\0${u.line}`;
      const list = own.get(key) ?? [];
      list.push(u);
      own.set(key, list);
    }
  if (!own.size) return references;
  const out: ModelReference[] = [];
  for (const r of references) {
    const use =
      r.kind === 'hosted'
        ? own
            .get(`${r.path}\0${r.line}`)
            ?.find((u) => (r.column ?? 0) >= u.column && (r.column ?? 0) <= u.column + u.value.length)
        : undefined;
    if (!use) {
      out.push(r);
      continue;
    }
    // (the class's own server, when the call named none: the library's provider was read, `openai` for ChatOpenAI)
    const server = defs.get(use.name)?.get(importKey(use.module, use.path)) ?? '';
    // (a wrapper of the library's service's client: the reading stands, with the server the call gives)
    if (server === WRAPS) {
      out.push(r);
      continue;
    }
    const library = Object.hasOwn(PY_HOSTED_CLASSES, use.name) ? PY_HOSTED_CLASSES[use.name].provider : undefined;
    const cl =
      (server.startsWith('hosted:') && r.provider === library
        ? classifyValue(use.value, server as Mode, 'strong', ctx)
        : undefined) ?? classifyValue(use.value, 'hub', 'weak', ctx);
    if (!cl) continue;
    const again: ModelReference = {
      id: cl.id,
      kind: cl.kind,
      path: r.path,
      line: r.line,
      column: use.column + (cl.shift ?? 0),
      scanner: r.scanner,
    };
    if (cl.provider) again.provider = cl.provider;
    if (r.revision && cl.kind === 'hub') again.revision = r.revision;
    if (r.mention) again.mention = true;
    out.push(again);
  }
  return out;
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i === -1 ? '' : path.slice(0, i);
}

function within(dir: string, path: string): boolean {
  return dir === '' || path.startsWith(`${dir}/`);
}

/** Whether code at `use` belongs to the project of the file at `def` (its folder, or the folder above it). */
function sameProject(def: string, use: string): boolean {
  const d = dirOf(def);
  return within(d, use) || within(dirOf(d), use);
}

/** Dotted module paths a defining file is matched by, at most this many parts long. */
const MAX_MODULE_PARTS = 8;

/**
 * The module an import names, as a key a defining file matches: its dotted path (`pkg.configuration`), or for
 * a relative import its path from the repository root (`from .settings import x` in `service/app.py` →
 * `service.settings`; `from . import x` → `service`).
 */
function importKey(module: string, usePath: string): string {
  let dots = 0;
  while (module[dots] === '.') dots++;
  const rest = module.slice(dots);
  if (!dots) return rest;
  let dir = dirOf(usePath);
  for (let k = 1; k < dots; k++) dir = dirOf(dir);
  const base = dir.split('/').filter(Boolean).join('.');
  return base && rest ? `${base}.${rest}` : base || rest;
}

/**
 * The keys under which a module file can be imported: every dotted suffix of its path (`src/pkg/config.py` →
 * `config`, `pkg.config`, `src.pkg.config`; a package's `__init__.py` by its folder).
 */
function moduleKeys(path: string): string[] {
  const parts = path
    .replace(/\.pyi?$/i, '')
    .split('/')
    .filter(Boolean);
  if (parts[parts.length - 1] === '__init__') parts.pop();
  const keys: string[] = [];
  for (let k = parts.length - 1; k >= 0 && keys.length < MAX_MODULE_PARTS; k--) keys.push(parts.slice(k).join('.'));
  // a package's own `__init__.py` at the root, imported with `from . import x`
  if (!parts.length) keys.push('');
  return keys;
}

/**
 * The class fields that code of other modules reads into a model parameter, with how it reads them: each field
 * of a class a module imports, whose name that module gives to a model parameter. Fields of a class of the
 * module the import names are preferred; a class of that name elsewhere (a re-export) is taken when none is.
 */
function* fieldJoins(
  facts: ScanFacts[],
): Generator<{ def: FieldDefinition; mode: ReadMode; strength: 'strong' | 'weak' }> {
  // owner and field → module key → definitions
  const defs = new Map<string, Map<string, FieldDefinition[]>>();
  for (const f of facts) {
    for (const d of f.fields ?? []) {
      const key = `${d.owner}\0${d.name}`;
      const byModule = defs.get(key) ?? new Map<string, FieldDefinition[]>();
      defs.set(key, byModule);
      for (const m of moduleKeys(d.path)) {
        const list = byModule.get(m) ?? [];
        list.push(d);
        byModule.set(m, list);
      }
    }
  }
  if (!defs.size) return;
  const done = new Set<string>();
  /** Readings already joined: owner, field, module key (empty for any module), mode, strength. */
  const fallback = new Set<string>();
  const emit = function* (list: FieldDefinition[], u: FieldUse) {
    for (const def of list) {
      const once = `${def.path}\0${def.line}\0${def.column}\0${def.value}\0${u.mode}\0${u.strength}`;
      if (done.has(once)) continue;
      done.add(once);
      yield { def, mode: u.mode, strength: u.strength };
    }
  };
  for (const f of facts) {
    for (const u of f.fieldUses ?? []) {
      for (const o of u.owners) {
        const byModule = defs.get(`${o.name}\0${u.name}`);
        if (!byModule) continue;
        const module = importKey(o.module, u.path);
        const list = byModule.get(module);
        if (list) {
          // each definition list is walked once per reading
          const key = `${o.name}\0${u.name}\0${module}\0${u.mode}\0${u.strength}`;
          if (!fallback.has(key)) {
            fallback.add(key);
            yield* emit(list, u);
          }
          continue;
        }
        // imported through another module (a package re-exporting it): any class of that name, once per reading
        const key = `${o.name}\0${u.name}\0\0${u.mode}\0${u.strength}`;
        if (fallback.has(key)) continue;
        fallback.add(key);
        const all = new Set<FieldDefinition>();
        for (const l of byModule.values()) for (const d of l) all.add(d);
        yield* emit([...all], u);
      }
    }
  }
}
