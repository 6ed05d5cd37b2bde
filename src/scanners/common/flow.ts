import type { Budget } from '../limits.js';
import type { ScanContext, ValueMode } from '../types.js';
import {
  classifyOllama,
  isHubIdShape,
  isHubPrefixed,
  isKeyedByModelName,
  isModelIdKey,
  isModelishName,
  isModelLabelKey,
  isProviderName,
  knownHubString,
  type Classified,
  type Strength,
  namesOllama,
} from './ids.js';
import { commandModel, commandWords, isCommandTool, looksLikeCommand, mayHoldCommand } from './commands.js';
import type { RawRef } from './text.js';
import { bracketTable, isOpen, splitArgs, T, type Arg, type Tok } from './tokens.js';
import { endpointMode, isBaseUrlName, namedServiceMode, serviceMode } from './hosted.js';
import {
  classifyChatModel,
  classifyPydanticAiModel,
  classifyServiceRoute,
  classifyValue,
  isValueMode,
  looksLikeOllamaLibrary,
  ollamaShaped,
  type Mode,
} from './values.js';

/**
 * The value-flow analysis the Python and JavaScript analyzers share: assignments recorded by name, followed
 * from the argument of a loader to the string literals they may hold (through constants, collections, object
 * and dict entries, loop variables, environment defaults), and reported by the way they reach the loader.
 *
 * Every walk is linear: brackets are matched once (`bracketTable`), scans step over nested brackets, a name is
 * evaluated once per depth (memoised), and an evaluation yields at most `MAX_CANDIDATES` values.
 */

/** A string value an expression may evaluate to, and where it is written. */
export interface Cand {
  value: string;
  offset: number;
  /**
   * Read from this environment variable (its value is set elsewhere: a `.env` file, compose, Kubernetes); with
   * `owners`, read from this attribute of an object of a class another module declares (`configurable.local_llm`).
   */
  env?: string;
  /** The attribute `env` is of an object of one of these imported classes (or is one of these imported objects). */
  owners?: Array<{ name: string; module: string }>;
  /**
   * The default of this environment variable (`os.getenv("GROQ_MODEL", "llama-3.3-70b-versatile")`,
   * `process.env.FIREWORKS_MODEL ?? "..."`): a name that may say whose model it is (namedServiceMode).
   */
  named?: string;
  /**
   * Passed by a call of the file to a parameter of one of its functions (Assign.passed): a hosted client it
   * reaches gives way to a Hub loader that reads it too (one function may hand its argument to either).
   */
  passed?: boolean;
  /**
   * The service the call that reads it names (`ModelConfig(model=MODEL_ID, provider=MODEL_PROVIDER)`): the code
   * around the value, wherever it is written, as a record naming the service reads it.
   */
  service?: Mode;
}

/** An assignment of a name: the value's token range [s, e). */
export interface Assign {
  s: number;
  e: number;
  /** The name takes each element of the value (`for NAME in VALUE`). */
  elem?: boolean;
  /** The name is also read from this environment variable (a pydantic settings field), written at `envAt`. */
  env?: () => string;
  envAt?: number;
  /** The class whose body holds the assignment (Python). */
  cls?: string;
  /** An attribute other code may read: a class field, or `self.NAME = ...` (Python). */
  field?: boolean;
  /**
   * The function whose local the name is (Python: 1 + the index of its `def` token, for a bare name it assigns, its
   * parameters and loop variables); 0 or absent: a module, class or attribute name, which any code may read.
   */
  scope?: number;
  /**
   * A value a call in the same file passes for this parameter (`load("org/name")` for `def load(model_name)`):
   * it adds to what the parameter may hold, never narrows it (see assignsAt).
   */
  passed?: boolean;
}

/** An environment variable whose value reaches a model parameter, at an offset of the scanned text. */
export interface RawUse {
  name: string;
  mode: ValueMode;
  offset: number;
}

/** An attribute of an object of another module's class whose value reaches a model parameter. */
export interface RawFieldUse {
  name: string;
  owners: Array<{ name: string; module: string }>;
  mode: Mode;
  strength: Strength;
  offset: number;
}

/** A class field's default (one string value of it), at an offset of the scanned text. */
export interface RawField {
  owner: string;
  name: string;
  value: string;
  offset: number;
}

export interface Analysis {
  raw: RawRef[];
  uses: RawUse[];
  fieldUses?: RawFieldUse[];
  fields?: RawField[];
  /** Classes the module defines under a hosted API's class name (ClassDefinition). */
  classes?: string[];
  /** Of those classes, the ones whose constructor defaults to a hosted service's server: class → its mode. */
  classServers?: Record<string, string>;
  /** Of those classes, the ones that wrap the client of the library's service (ClassDefinition.wraps). */
  classWraps?: string[];
  /** Values given to such a class imported from another module (ClassUse), at an offset of the text. */
  classUses?: RawClassUse[];
}

/** A value given to a hosted API's class imported from a module (see ClassUse), at an offset of the scanned text. */
export interface RawClassUse {
  name: string;
  module: string;
  value: string;
  offset: number;
}

/** Values one evaluation yields at most: a name assigned 5,000 times is not followed 5,000 times per use. */
export const MAX_CANDIDATES = 64;
/** Field definitions and field uses recorded per file, for joining with other modules. */
export const MAX_FIELD_FACTS = 1000;
/** Names followed through names at most this deep. */
const MAX_DEPTH = 4;
/** Ranges of code that name a service, recorded per file. */
const MAX_SERVICE_REGIONS = 10_000;
/** Server addresses read from a file's code to find its service. */
const MAX_SERVER_VALUES = 64;

/**
 * Fields of a record, keywords and options that say which service the record's models are sent to
 * (`{"provider": "openrouter", "model": ...}`, LiteLLM's `custom_llm_provider="together_ai"`, big-AGI's
 * `{ vendor: 'nvidianim', modelId: ... }`), or list the one service
 * that offers a model (`providerOptions: ["watsonx"]`).
 */
export const PROVIDER_FIELD_RE =
  /^(?:(?:custom_?)?(?:llm_?|model_?)?(?:provider|vendor)(?:_?(?:name|id|key|type|tag))?|provider_?options|providers)$/i;

/**
 * Fields of a record that hold the address of the server its models are sent to (`{"url": "https://us-south.ml.cloud.
 * ibm.com", "generation_model": ...}`), besides the names isBaseUrlName reads (`base_url`, `api_base`, `endpoint`).
 */
const RECORD_SERVER_FIELD_RE = /^(?:url|host|api_?host|server_?url|service_?url)$/i;

/** A range of tokens [s, e) in which the code names the service its models go to. */
interface ServiceRegion {
  s: number;
  e: number;
  mode: Mode;
}

/**
 * Names of tables that translate names of models (`modelMap`, `modelConversion`, `MODEL_NAME_MAPPING`,
 * `OLLAMA_MODEL_ALIASES`), in snake case: a word for models or names, then one for a mapping.
 */
const NAME_MAP_RE =
  /(?:^|_)(?:models?|names?)_(?:\w+_)?(?:map|maps|mapping|mappings|conversion|conversions|aliases|translation|translations)$/;

function isNameMapName(name: string): boolean {
  if (name.length > 100 || !/map|conversion|alias|translation/i.test(name)) return false;
  return NAME_MAP_RE.test(name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase());
}

/** A folder's name as written and as read compare without a leading `./` and trailing slashes. */
export function folderKey(value: string): string {
  let v = value.trim();
  while (v.startsWith('./')) v = v.slice(2);
  let e = v.length;
  while (e > 1 && v.charCodeAt(e - 1) === 47) e--;
  return v.slice(0, e);
}

/** Appends `more` to `out` up to `MAX_CANDIDATES`. */
export function addCands(out: Cand[], more: readonly Cand[]): void {
  for (const c of more) {
    if (out.length >= MAX_CANDIDATES) return;
    out.push(c);
  }
}

/**
 * Whether code talks to an Ollama server (see FlowAnalyzer.ollamaFile): a name of its code says Ollama (`import
 * ollama`, `ChatOllama`, `OLLAMA_HOST`), or a string that is no prose does (`"ollama"`, `"http://localhost:11434"`).
 * A message or a comment that mentions Ollama (`print("trying ollama: %s" % e)`) says nothing of the file's models:
 * h2oGPT's `base_model = 'llama'` (llama.cpp) was read as an Ollama model for such a message.
 */
export function talksToOllama(code: string, toks: readonly Tok[]): boolean {
  if (!/ollama|11434/i.test(code)) return false;
  for (let i = 0; i < toks.length; i++) {
    const k = toks[i];
    if (k.t === T.Name && namesOllama(k.v)) return true;
    if (k.t === T.Num && k.v === '11434') return true;
    if (k.t !== T.Str) continue;
    if (k.v.includes('11434')) return true;
    if (namesOllama(k.v) && !/\s/.test(k.val ?? k.v) && !inProviderList(toks, i)) return true;
  }
  return false;
}

/**
 * Whether the string at `i` is an item of a list of providers: beside another provider's name, or held by a
 * provider field (a model picker's `providerOptions: ["ollama", "lmstudio", "together"]`, `providerOptions:
 * ["ollama"]`): the services that may serve a model the app names its own way (`llama3.1-8b`). It says nothing of
 * the file's other names; the record's own model is read by the service its field names (findServiceRegions).
 */
function inProviderList(toks: readonly Tok[], i: number): boolean {
  const sep = (j: number) => toks[j]?.t === T.Op && (toks[j].v === ',' || toks[j].v === '[' || toks[j].v === ']');
  if (!sep(i - 1) || !sep(i + 1)) return false;
  // the list's opening bracket, over its string items, and the field holding it
  let open = i - 1;
  while (open > 1 && toks[open].v === ',' && toks[open - 1].t === T.Str) open -= 2;
  if (toks[open].v === '[' && (toks[open - 1]?.v === ':' || toks[open - 1]?.v === '=')) {
    const key = toks[open - 2];
    const name = key?.t === T.Str ? (key.val ?? '') : key?.t === T.Name ? key.v : '';
    if (PROVIDER_FIELD_RE.test(name)) return true;
  }
  const provider = (j: number) => {
    const k = toks[j];
    if (k?.t !== T.Str || k.dyn) return false;
    const v = k.val ?? k.v;
    return !/ollama/i.test(v) && (isProviderName(v) || serviceMode(v, true) !== undefined);
  };
  return (toks[i - 1].v === ',' && provider(i - 2)) || (toks[i + 1].v === ',' && provider(i + 2));
}

/** Texts that may hold a label key and an id key (isModelLabelKey, isModelIdKey): the others are not looked at. */
const LABEL_KEY_TEXT_RE = /model_?name/i;
const ID_KEY_TEXT_RE = /model_?id/i;

export abstract class FlowAnalyzer {
  protected readonly assigns = new Map<string, Assign[]>();
  protected readonly close: Int32Array;
  protected readonly out: RawRef[] = [];
  protected readonly uses: RawUse[] = [];
  protected readonly fieldUses: RawFieldUse[] = [];
  /**
   * The file talks to an Ollama server (imports a client, names Ollama or its port): a bare name in a weak
   * context that looks like an Ollama library model (`"model": "llama3:8b"`) is read as one.
   */
  protected ollamaFile = false;
  /**
   * The file imports pydantic-ai: a `provider:model` string named like a model (`MODEL = 'openai:gpt-4o'`) is
   * pydantic-ai's (see `reportPydanticAiModel`), not an Ollama name with a tag.
   */
  protected pydanticAi = false;
  /** Offsets of Hub references read from a model-ish name alone (weak), and from a loader (strong). */
  private readonly weakHub = new Set<number>();
  /** Hosted references of values only a call passes (Cand.passed), by the offset of their candidate. */
  private readonly passedHosted = new Map<RawRef, number>();
  /** Offsets of candidates reported to a hosted client not through a parameter (see passedHosted). */
  private readonly directHosted = new Set<number>();
  private readonly strongHub = new Set<number>();
  private readonly memo = new Map<string, Cand[]>();
  private readonly collMemo = new Map<string, Cand[]>();
  private readonly keyMemo = new Map<string, Cand[] | null>();
  private readonly entriesMemo = new Map<string, Cand[]>();
  /** Offsets already reported, by reading: a constant used 5,000 times is classified once. */
  private readonly reported = new Map<string, Set<number>>();
  private lastReading?: { mode: Mode; strength: Strength; revision?: string; env?: string; done: Set<number> };
  /**
   * The service the whole file sends its models to (`hosted:together`), when its code says so without doubt: every
   * server address it writes is that service's (`apiBase: "https://api.together.xyz/v1/"`), or its path is named for
   * the service and it uses a hosted SDK; never in a file that may load Hub weights itself (see the analyzers).
   */
  protected fileService?: Mode;
  /** Ranges of code that name a service: a record with a `provider` field, an entry keyed by a service, a `case`. */
  private readonly regions: ServiceRegion[] = [];
  /** Per token, 1 + the index in `regions` of the innermost region holding it (0: none); built on first use. */
  private regionAt?: Uint32Array;
  /**
   * Hosted references read from the service the code around them names, or from a service's route prefix, not from
   * a call to the service: each with the offset of the value it was read from.
   */
  private readonly contextual = new Map<RawRef, number>();

  constructor(
    protected readonly code: string,
    protected readonly toks: Tok[],
    protected readonly ctx: ScanContext,
    protected readonly budget: Budget,
  ) {
    this.close = bracketTable(toks, budget);
  }

  /** The string values the tokens [s, e) may evaluate to. */
  protected abstract evalExpr(s: number, e: number, depth: number, seen: Set<string>): Cand[];

  /** Index of the token closing the bracket at `i` (`toks.length` when unclosed; `i` when it is no bracket). */
  protected closeOf(i: number): number {
    const c = this.close[i];
    return c < 0 ? i : c;
  }

  protected splitArgs(open: number, kwOp?: string): { args: Arg[]; close: number } {
    return splitArgs(this.toks, this.close, open, kwOp, this.budget);
  }

  protected addAssign(name: string, a: Assign): void {
    if (a.e <= a.s && !a.env) return;
    const list = this.assigns.get(name);
    if (list) list.push(a);
    else this.assigns.set(name, [a]);
  }

  /**
   * Per token, the function holding it (as `Assign.scope`), and each function's enclosing one; set by an analyzer
   * that knows its language's functions (Python). Without them every assignment of a name is followed.
   */
  protected scopeAt?: Int32Array;
  protected readonly scopeParent = new Map<number, number>();
  /**
   * A name's assignments by the function whose local it is (built on first use, a name at a time); `own`: the
   * function assigns it itself (a default, a statement), not only through the values its callers pass.
   */
  private readonly byScope = new Map<string, Map<number, { list: Assign[]; own: boolean; open?: Assign[] }>>();
  private readonly unpassedMemo = new Map<string, Assign[]>();

  /**
   * The assignments a bare name read at token `at` may take its value from: those of the innermost function around
   * `at` that assigns the name (a local: Python reads nothing else for it), else all of them (a global, a module
   * constant, or a value a caller passes, which may be any of them). A parameter the function only receives (the
   * values calls in the file pass, `Assign.passed`) is still read as any of them, and as what calls pass to it;
   * what calls pass to a function is no value of the name elsewhere. The scope chosen is returned with them (-1:
   * all; -2 - scope: all and what calls pass to that function), for the memo.
   */
  private assignsAt(name: string, list: Assign[], at: number | undefined): { scope: number; list: Assign[] } {
    const open = this.unpassed(name, list);
    if (at === undefined || !this.scopeAt) return { scope: -1, list: open };
    let scope = this.scopeAt[at] ?? 0;
    if (!scope) return { scope: -1, list: open };
    let scoped = this.byScope.get(name);
    if (!scoped) {
      scoped = new Map();
      for (const a of list) {
        if (!a.scope) continue;
        const own = scoped.get(a.scope);
        if (own) {
          own.list.push(a);
          own.own ||= !a.passed;
        } else scoped.set(a.scope, { list: [a], own: !a.passed });
      }
      this.byScope.set(name, scoped);
    }
    if (!scoped.size) return { scope: -1, list: open };
    // (nesting is bounded by the depth of indentation; the parents form a chain, never a cycle)
    for (let hops = 0; scope && hops < 64; hops++) {
      const own = scoped.get(scope);
      if (own) {
        if (own.own) return { scope, list: own.list };
        // (a parameter the function only receives: any assignment of the name, and what calls pass to this one)
        own.open ??= [...open, ...own.list];
        return { scope: -2 - scope, list: own.open };
      }
      scope = this.scopeParent.get(scope) ?? 0;
    }
    return { scope: -1, list: open };
  }

  /** A name's assignments but the values calls pass to parameters of the name (memoised; `list` when none is). */
  private unpassed(name: string, list: Assign[]): Assign[] {
    let open = this.unpassedMemo.get(name);
    if (!open) {
      open = list.some((a) => a.passed) ? list.filter((a) => !a.passed) : list;
      this.unpassedMemo.set(name, open);
    }
    return open;
  }

  /**
   * Values of a name, through its assignments; memoised per depth (cycles are cut by `seen`). `at`: where a bare
   * name is read, so that a function's local is followed to its own assignments only (see assignsAt).
   */
  protected follow(name: string, depth: number, seen: Set<string>, at?: number): Cand[] {
    if (depth > MAX_DEPTH) return [];
    const all = this.assigns.get(name);
    if (!all) return [];
    const { scope, list } = this.assignsAt(name, all, at);
    // (a function's local is another variable than the attribute or global of its name: `checkpoint_dir =
    // args.checkpoint_dir` follows the local to the attribute, and the attribute to argparse's default)
    return this.valuesOf(scope === -1 ? name : `${name}\0${scope}`, depth, seen, () => list);
  }

  /**
   * The values of the assignments `list()` gives (read only on a miss), memoised under `mark` per depth; `mark` in
   * `seen` cuts a cycle. What follow and a language's own readings of a name (a class's field) share.
   */
  protected valuesOf(mark: string, depth: number, seen: Set<string>, list: () => readonly Assign[]): Cand[] {
    if (depth > MAX_DEPTH || seen.has(mark)) return [];
    const key = `${depth}\0${mark}`;
    const hit = this.memo.get(key);
    if (hit) return hit;
    this.memo.set(key, []);
    const inner = new Set(seen).add(mark);
    const out: Cand[] = [];
    for (const a of list()) {
      if (out.length >= MAX_CANDIDATES) break;
      this.budget.tick();
      if (a.env) out.push({ value: '', offset: a.envAt ?? 0, env: a.env() });
      if (a.e <= a.s) continue;
      const values = a.elem ? this.elements(a.s, a.e, inner) : this.evalExpr(a.s, a.e, depth + 1, inner);
      addCands(out, a.passed ? values.map((c) => (c.env === undefined ? { ...c, passed: true } : c)) : values);
    }
    this.memo.set(key, out);
    return out;
  }

  /** Values a loop variable takes from the iterable [s, e): a collection literal, or a name holding one. */
  protected elements(s: number, e: number, seen: Set<string>): Cand[] {
    const k = this.toks[s];
    if (isOpen(k)) return this.collection(s, Math.min(e, this.closeOf(s) + 1));
    if (k.t === T.Name && e === s + 1) return this.collectionOf(k.v, seen);
    return [];
  }

  /** Strings of collection literals assigned to `name` (MODELS = [...]; MODELS[size]); memoised. */
  protected collectionOf(name: string, seen: Set<string>): Cand[] {
    if (seen.has(name)) return [];
    const hit = this.collMemo.get(name);
    if (hit) return hit;
    const out: Cand[] = [];
    for (const a of this.assigns.get(name) ?? []) {
      if (out.length >= MAX_CANDIDATES) break;
      if (!a.elem && isOpen(this.toks[a.s])) addCands(out, this.collection(a.s, a.e));
    }
    this.collMemo.set(name, out);
    return out;
  }

  /**
   * Literal strings inside a collection literal: values, not dict keys, not inside nested calls. A list of
   * providers (`SUPPORT_CUSTOM_MODELS = ["openai", "anthropic", "ollama", "mistral", ...]`) names no model.
   */
  protected collection(s: number, e: number): Cand[] {
    const out = this.collectionValues(s, e);
    let providers = 0;
    for (const c of out) if (isProviderName(c.value) && ++providers >= 2) return [];
    return out;
  }

  private collectionValues(s: number, e: number): Cand[] {
    const toks = this.toks;
    const out: Cand[] = [];
    for (let i = s; i < e && out.length < MAX_CANDIDATES; i++) {
      this.budget.tick();
      const k = toks[i];
      if (k.t === T.Str) {
        const next = toks[i + 1];
        if (!k.dyn && k.val !== undefined && k.vs !== undefined && !(next?.t === T.Op && next.v === ':'))
          out.push({ value: k.val, offset: k.vs });
      } else if (k.t === T.Op && k.v === '(' && i > s && toks[i - 1].t === T.Name) i = this.closeOf(i);
    }
    return out;
  }

  /**
   * The value of entry `key` of the dict/object literals assigned to `name` (`CONFIG["model"]`, `MODELS.chat`);
   * undefined when `name` holds no such literal, or when the key may be one the code computes (`{KEY: x}` in
   * Python, `{[k]: x}`): the caller then reads every value. A literal whose keys are all written out and lack
   * `key` holds no value for it: only what it spreads (`{**base, "type": "LoRA/QLoRA"}` → `base`'s entry), never
   * the values of its other keys (unsloth's `values["model_name"]` read `"training_type": "LoRA/QLoRA"` as a model).
   */
  protected keyedValue(name: string, key: string, depth: number, seen: Set<string>): Cand[] | undefined {
    if (seen.has(name)) return undefined;
    const memoKey = `${name}\0${key}`;
    const hit = this.keyMemo.get(memoKey);
    if (hit !== undefined) return hit ?? undefined;
    this.keyMemo.set(memoKey, null);
    const toks = this.toks;
    let out: Cand[] | undefined;
    // every entry of every literal has a written key (or is a spread), and the names spread
    let closed = true;
    let literals = 0;
    const spreads: string[] = [];
    // the tables `name` is an entry of (`cfg = MODELS[size]`, `for cfg in MODELS`)
    const tables: string[] = [];
    for (const a of this.assigns.get(name) ?? []) {
      const open = toks[a.s];
      const table = this.tableOf(a);
      if (table !== undefined && !tables.includes(table) && tables.length < 8) tables.push(table);
      if (a.elem || open.t !== T.Op || open.v !== '{') continue;
      literals++;
      this.eachEntry(a.s, (entry, i) => {
        // entry [entry, i): `key: value`
        const kt = toks[entry];
        const keyed = entry + 2 <= i && toks[entry + 1].t === T.Op && toks[entry + 1].v === ':';
        if (keyed && ((kt.t === T.Str && kt.val === key) || (kt.t === T.Name && kt.v === key))) {
          out ??= [];
          // (an entry that is itself a table, `HF_MAP["t2v"].get(resolution)`: its values)
          const table = isOpen(toks[entry + 2]) && toks[entry + 2].v !== '(' && this.closeOf(entry + 2) === i - 1;
          addCands(
            out,
            table ? this.collection(entry + 2, i) : this.evalExpr(entry + 2, i, depth + 1, new Set(seen).add(name)),
          );
        } else {
          const spread = kt.t === T.Op && (kt.v === '**' || kt.v === '...') ? this.spreadName(entry + 1, i) : undefined;
          if (spread !== undefined) spreads.push(spread);
          else if (!keyed || kt.dyn || !(kt.t === T.Str || (kt.t === T.Name && this.nameKeys))) closed = false;
        }
      });
    }
    if (tables.length) {
      const found: Cand[] = [];
      const inner = new Set(seen).add(name);
      for (const t of tables) addCands(found, this.entriesKeyed(t, key, depth + 1, inner));
      if (found.length) addCands((out ??= []), found);
    }
    if (!out && literals && closed) {
      out = [];
      const inner = new Set(seen).add(name);
      for (const sp of spreads) addCands(out, this.keyedValue(sp, key, depth + 1, inner) ?? []);
    }
    this.keyMemo.set(memoKey, out ?? null);
    return out;
  }

  /**
   * The table an assignment makes its name an entry of: `cfg = MODELS[size]`, `cfg = self.MODELS.get(size)`,
   * `for cfg in MODELS` (or `MODELS.values()`): `MODELS` (an attribute by its last name); else undefined.
   */
  private tableOf(a: Assign): string | undefined {
    const toks = this.toks;
    if (toks[a.s]?.t !== T.Name) return undefined;
    let j = a.s;
    while (toks[j + 1]?.t === T.Op && toks[j + 1].v === '.' && toks[j + 2]?.t === T.Name && j + 2 < a.e) j += 2;
    const last = toks[j].v;
    const next = toks[j + 1];
    if (a.elem) {
      if (j + 1 === a.e) return last;
      const values = last === 'values' && j > a.s && next?.v === '(' && this.closeOf(j + 1) === j + 2;
      return values && j + 3 === a.e ? toks[j - 2].v : undefined;
    }
    if (next?.t !== T.Op || !isOpen(next) || this.closeOf(j + 1) !== a.e - 1) return undefined;
    if (next.v === '[') return last;
    return next.v === '(' && last === 'get' && j > a.s ? toks[j - 2].v : undefined;
  }

  /**
   * The values under `key` of the entries of the table literals assigned to `table` whose entries are dict/object
   * literals: `MODELS = {"7b": {"repo_id": "org/a"}, ...}` or `MODELS = [{"repo_id": "org/a"}, ...]` → `org/a`, ...
   * (a name that is an entry of the table, `MODELS[size]["repo_id"]`, holds one of them). Memoised.
   */
  private entriesKeyed(table: string, key: string, depth: number, seen: Set<string>): Cand[] {
    if (seen.has(table) || depth > MAX_DEPTH) return [];
    const memoKey = `${table}\0${key}`;
    const hit = this.entriesMemo.get(memoKey);
    if (hit) return hit;
    this.entriesMemo.set(memoKey, []);
    const toks = this.toks;
    const out: Cand[] = [];
    const inner = new Set(seen).add(table);
    for (const a of this.assigns.get(table) ?? []) {
      const open = toks[a.s];
      if (a.elem || open.t !== T.Op || (open.v !== '{' && open.v !== '[' && open.v !== '(')) continue;
      const dict = open.v === '{';
      this.eachEntry(a.s, (s, e) => {
        // (a dict's entry: its value after `key:`; a list's: the element)
        const v = dict ? (toks[s + 1]?.t === T.Op && toks[s + 1].v === ':' ? s + 2 : -1) : s;
        if (v < 0 || toks[v]?.t !== T.Op || toks[v].v !== '{' || this.closeOf(v) !== e - 1) return;
        this.eachEntry(v, (ks, ke) => {
          const kt = toks[ks];
          if (ke < ks + 3 || toks[ks + 1].t !== T.Op || toks[ks + 1].v !== ':') return;
          if ((kt.t === T.Str && !kt.dyn && kt.val === key) || (kt.t === T.Name && this.nameKeys && kt.v === key))
            addCands(out, this.evalExpr(ks + 2, ke, depth + 1, inner));
        });
      });
      if (out.length >= MAX_CANDIDATES) break;
    }
    this.entriesMemo.set(memoKey, out);
    return out;
  }

  /** Calls `visit` with the token range [s, e) of each top-level entry of the literal opening at `open`. */
  private eachEntry(open: number, visit: (s: number, e: number) => void): void {
    const toks = this.toks;
    const end = this.closeOf(open);
    let entry = open + 1;
    for (let i = open + 1; i <= end && i < toks.length; i++) {
      this.budget.tick();
      const k = toks[i];
      if (i < end && isOpen(k)) {
        i = this.closeOf(i);
        continue;
      }
      if (i < end && !(k.t === T.Op && k.v === ',')) continue;
      if (entry < i) visit(entry, i);
      entry = i + 1;
    }
  }

  /** Whether a bare name before `:` in a dict or object literal is the key itself (JavaScript), not a variable (Python). */
  protected readonly nameKeys: boolean = false;

  /** The name a spread entry reads (`**base`, `**self.base`, `...this.base`, `...base`): its last name; else undefined. */
  private spreadName(s: number, e: number): string | undefined {
    const toks = this.toks;
    let last: string | undefined;
    for (let i = s; i < e; i++) {
      const k = toks[i];
      if (k.t === T.Name && (i === s || (toks[i - 1].t === T.Op && toks[i - 1].v === '.'))) last = k.v;
      else if (!(k.t === T.Op && k.v === '.' && i > s)) return undefined;
    }
    return last;
  }

  /**
   * Per token, whether it lies inside a dict or object literal assigned to a model-ish name (`models = {...}`,
   * `EMBEDDING_MODELS = {...}`) or to a name that says its keys are models (`HF_MODEL_ID_TO_FILENAMES = {...}`): such a table offers its keys as models to load (a model picker), where another
   * table keyed by ids (a provider's profiles, a price list) only looks models up. Linear: a difference array.
   * Undefined when the file has no such table (most files: nothing is allocated).
   */
  protected modelishTables(): Uint8Array | undefined {
    return this.dictTables((name) => isModelishName(name) || isKeyedByModelName(name));
  }

  /**
   * Per token, whether it lies inside a dict or object literal assigned to a name `named` accepts; undefined when
   * the file has none. Linear: a difference array over the tokens.
   */
  protected dictTables(named: (name: string) => boolean): Uint8Array | undefined {
    const toks = this.toks;
    let diff: Int32Array | undefined;
    for (const [name, list] of this.assigns) {
      if (!named(name)) continue;
      for (const a of list) {
        const open = toks[a.s];
        if (a.elem || a.e <= a.s || open?.t !== T.Op || open.v !== '{') continue;
        diff ??= new Int32Array(toks.length + 1);
        diff[a.s]++;
        diff[this.closeOf(a.s) + 1]--;
      }
    }
    if (!diff) return undefined;
    const out = new Uint8Array(toks.length);
    for (let i = 0, depth = 0; i < toks.length; i++) {
      depth += diff[i];
      if (depth > 0) out[i] = 1;
    }
    return out;
  }

  /**
   * Whether the string at `i` is a key of a dict or object literal (`{"google/gemma-2-9b-it": {...}}`): the token
   * before it opens the literal or ends an entry, the one after is the colon.
   */
  protected isTableKey(i: number): boolean {
    const prev = this.toks[i - 1];
    const next = this.toks[i + 1];
    return prev?.t === T.Op && (prev.v === '{' || prev.v === ',') && next?.t === T.Op && next.v === ':';
  }

  /**
   * A one-line string that is a command line, or several joined by `&&`, `;` or `|` (Modal's
   * `run_commands("huggingface-cli download org/x --local-dir /m")`, `subprocess.run("ollama pull llama3",
   * shell=True)`): the model each fetches or serves (src/scanners/common/commands.ts).
   */
  protected commandString(k: Tok): void {
    const text = k.val;
    // (not a text of several lines: a docstring's or a help text's usage instructions, `vllm serve org/x` among them)
    if (k.dyn || text === undefined || k.vs === undefined || text.length > 4096 || text.includes('\n')) return;
    if (!mayHoldCommand(text)) return;
    for (const seg of text.matchAll(/[^;&|]+/g)) {
      this.budget.tick();
      if (!looksLikeCommand(seg[0])) continue;
      const { words, starts } = commandWords(seg[0]);
      const m = commandModel(words);
      if (m)
        this.report({ value: words[m.index], offset: k.vs + (seg.index ?? 0) + starts[m.index] }, m.mode, 'strong');
    }
  }

  /**
   * Whether the bracket at `i` opens an argument list of a command: its first element is a string naming a tool
   * that commands.ts reads (`["ollama", "pull", MODEL]`, `spawn("ollama", [...])`).
   */
  protected opensCommandList(i: number): boolean {
    const k = this.toks[i];
    const first = this.toks[i + 1];
    return (
      k.t === T.Op &&
      (k.v === '(' || k.v === '[') &&
      first?.t === T.Str &&
      !first.dyn &&
      isCommandTool(first.val) &&
      this.toks[i + 2]?.t === T.Op &&
      this.toks[i + 2].v === ','
    );
  }

  /**
   * An argument list that runs a command (`["ollama", "pull", MODEL]`, `("ollama", "pull", model)`,
   * `spawn("ollama", ["pull", m])`, a list inside read as part of it): the model it fetches or serves, its value
   * followed as a loader's argument is.
   */
  protected commandList(open: number): void {
    const toks = this.toks;
    const elems: Arg[] = [];
    for (const a of this.splitArgs(open).args) {
      const first = toks[a.start];
      if (isOpen(first) && first.v !== '{' && a.end === this.closeOf(a.start) + 1)
        elems.push(...this.splitArgs(a.start).args);
      else elems.push(a);
    }
    const words = elems.map((a) => {
      const t = toks[a.start];
      return a.end === a.start + 1 && t.t === T.Str && !t.dyn ? t.val : undefined;
    });
    const m = commandModel(words);
    if (!m) return;
    const a = elems[m.index];
    for (const c of this.evalExpr(a.start, a.end, 0, new Set())) this.report(c, m.mode, 'strong');
  }

  /** A string written anywhere: `hf-hub:`/`hf://` ids, and catalog-known Hub ids. */
  /** Whether stringAnywhere may read the string token `k` as an id (a Hub-prefixed or a catalog-known one). */
  protected readsAsIdAnywhere(k: Tok): boolean {
    if (k.dyn || k.val === undefined || k.vs === undefined) return false;
    const v = k.val;
    return isHubPrefixed(v) || (v.includes('/') && knownHubString(this.ctx, v));
  }

  protected stringAnywhere(k: Tok): void {
    if (k.dyn || k.val === undefined || k.vs === undefined) return;
    const v = k.val;
    if (isHubPrefixed(v)) this.report({ value: v, offset: k.vs }, 'hub', 'strong');
    else if (v.includes('/') && knownHubString(this.ctx, v)) {
      const service = this.hostingService(k.vs);
      const hosted = service?.startsWith('hosted:') ? classifyValue(v, service, 'strong', this.ctx) : undefined;
      if (hosted) this.pushContextual(hosted, k.vs, k.vs);
      else this.out.push({ id: v, kind: 'hub', offset: k.vs });
    }
  }

  /**
   * Records the ranges of code that name the service their models go to, in one pass over the tokens: a record or
   * a call with a provider field (`{"provider": "openrouter", "model": ...}`, `completion(model=...,
   * custom_llm_provider="together_ai")`, `providerOptions: ["watsonx"]`), an entry keyed by a service
   * (`{"groq": [...], "ollama": [...]}`), a `case "togetherai":` clause. `kwOp`: the operator of keyword
   * arguments (`=` in Python); `nameKeys`: object keys may be names (JavaScript).
   */
  protected findServiceRegions(kwOp: string | undefined, nameKeys: boolean): void {
    const toks = this.toks;
    this.eachNestedToken((i, at) => {
      if (this.regions.length >= MAX_SERVICE_REGIONS) return false;
      const k = toks[i];
      const next = toks[i + 1];
      if (k.t === T.Name && k.v === 'case' && next?.t === T.Str && !next.dyn && toks[i + 2]?.v === ':') {
        const mode = serviceMode(next.val ?? '', true);
        if (mode) this.regions.push({ s: i, e: this.clauseEnd(i + 3, k), mode });
        return;
      }
      if (at === undefined || next?.t !== T.Op) return;
      const container = toks[at].v;
      const keyed = container === '{' && next.v === ':' && (k.t === T.Str || (nameKeys && k.t === T.Name));
      const kw = container === '(' && kwOp !== undefined && next.v === kwOp && k.t === T.Name;
      if (!keyed && !kw) return;
      // (not a `case "x":` label, nor the branch of a conditional `c ? "x" : y`)
      if (k.t === T.Str && (k.dyn || toks[i - 1]?.v === '?' || toks[i - 1]?.v === 'case')) return;
      const key = k.t === T.Str ? (k.val ?? '') : k.v;
      const end = this.closeOf(at);
      if (keyed) {
        const mode = serviceMode(key);
        if (mode) {
          this.regions.push({ s: i + 2, e: this.entryEnd(i + 2, end), mode });
          return;
        }
        // a record holding a hosted API's address holds that API's models: watsonx's `ibm/granite-13b-chat-v2`
        // beside `"url": os.getenv("WATSONX_URL", "https://us-south.ml.cloud.ibm.com")` is no Hub repository
        if (RECORD_SERVER_FIELD_RE.test(key) || isBaseUrlName(key)) {
          const hosted = this.hostedAddress(i + 2, this.entryEnd(i + 2, end));
          if (hosted) {
            this.regions.push({ s: at, e: end + 1, mode: hosted });
            return;
          }
        }
      }
      if (!PROVIDER_FIELD_RE.test(key)) return;
      // the provider's name as the value: a string, or a list of one (`providerOptions: ["watsonx"]`)
      let v = i + 2;
      if (toks[v]?.t === T.Op && toks[v].v === '[' && this.closeOf(v) === v + 2) v++;
      const name = toks[v];
      if (name?.t !== T.Str || name.dyn) return;
      const mode = serviceMode(name.val ?? '', true);
      if (mode) this.regions.push({ s: at, e: end + 1, mode });
    });
  }

  /** The hosted service of the server addresses an expression [s, e) may hold: one for all, else undefined. */
  private hostedAddress(s: number, e: number): Mode | undefined {
    const urls: string[] = [];
    this.collectServerValues(s, e, urls);
    let service: Mode | undefined;
    for (const u of urls) {
      if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(u)) continue;
      const m = endpointMode(u);
      if (m === 'self' || !m.startsWith('hosted:') || (service !== undefined && service !== m)) return undefined;
      service = m;
    }
    return service;
  }

  /**
   * Visits, in order, every token that is not an operator, with the index of the innermost bracket open around it
   * (undefined at the top level), one budget tick a token; `visit` returns false to stop.
   */
  protected eachNestedToken(visit: (i: number, at: number | undefined) => boolean | void): void {
    const toks = this.toks;
    const open: number[] = [];
    for (let i = 0; i < toks.length; i++) {
      this.budget.tick();
      const k = toks[i];
      if (k.t === T.Op) {
        if (isOpen(k)) open.push(i);
        else if ((k.v === ')' || k.v === ']' || k.v === '}') && open.length) open.pop();
        continue;
      }
      if (visit(i, open[open.length - 1]) === false) return;
    }
  }

  /** The end of a dict entry's or an object property's value starting at `s`, inside a literal closing at `end`. */
  private entryEnd(s: number, end: number): number {
    const toks = this.toks;
    let j = s;
    for (; j < end; j++) {
      this.budget.tick();
      const k = toks[j];
      if (isOpen(k)) j = this.closeOf(j);
      else if (k.t === T.Op && k.v === ',') break;
    }
    return j;
  }

  /**
   * The end of a `case` clause starting at `s`: the next `case` or `default` at its level, the brace that closes
   * the `switch` (JavaScript), or a line indented no deeper than the `case` (Python's `match`).
   */
  private clauseEnd(s: number, kase: Tok): number {
    const toks = this.toks;
    let j = s;
    for (; j < toks.length; j++) {
      this.budget.tick();
      const k = toks[j];
      if (isOpen(k)) j = this.closeOf(j);
      else if (k.t === T.Op && (k.v === '}' || k.v === ')' || k.v === ']')) break;
      else if (k.t === T.Name && (k.v === 'case' || k.v === 'default') && (kase.indent === undefined || k.bol)) break;
      else if (k.bol && kase.indent !== undefined && (k.indent ?? 0) <= kase.indent) break;
    }
    return j;
  }

  /**
   * Adds to `urls` (MAX_SERVER_VALUES at most) the server addresses the expression [s, e) may hold: the values it
   * evaluates to, and the patterns of its formatted strings (`f"https://{host}/v1"`, a template literal).
   */
  protected collectServerValues(s: number, e: number, urls: string[]): void {
    for (const c of this.evalExpr(s, e, 0, new Set()))
      if (c.env === undefined && urls.length < MAX_SERVER_VALUES) urls.push(c.value);
    for (let i = s; i < e && urls.length < MAX_SERVER_VALUES; i++) {
      const k = this.toks[i];
      if (k.t === T.Str && k.dyn && k.val !== undefined) urls.push(k.val);
    }
  }

  /**
   * Sets the file's service from the values its code writes where a server's address goes (`written`, see
   * `collectServerValues`; those without a scheme are no address): one service for all, and no address of another
   * kind (a server of the project's own, Ollama, the Hugging Face router). Else, with no address at all, the service
   * the file's path is named for (`pathMode`), when given.
   */
  protected setFileService(written: ReadonlyArray<string>, pathMode: Mode | undefined): void {
    const values = written.filter((u) => /^[a-z][a-z0-9+.-]*:\/\//i.test(u));
    let service: Mode | undefined;
    for (const v of values) {
      const m = endpointMode(v);
      if (m === 'self' || !m.startsWith('hosted:') || (service !== undefined && service !== m)) return;
      service = m;
    }
    this.fileService = service ?? (values.length ? undefined : pathMode);
  }

  /** Adds a range of tokens [s, e) that names a service (within MAX_SERVICE_REGIONS). */
  protected addServiceRegion(s: number, e: number, mode: Mode): void {
    if (this.regions.length >= MAX_SERVICE_REGIONS) return;
    this.regions.push({ s, e, mode });
    this.regionAt = undefined;
  }

  /** The service that the innermost region holding token `i` names (not the file's), else undefined. */
  protected regionModeAt(i: number): Mode | undefined {
    if (!this.regions.length) return undefined;
    const r = (this.regionAt ??= this.regionTable())[i];
    return r ? this.regions[r - 1].mode : undefined;
  }

  /** The service the code around an offset names (the innermost region holding it), else the file's. */
  protected serviceAt(offset: number): Mode | undefined {
    if (!this.regions.length) return this.fileService;
    const at = (this.regionAt ??= this.regionTable());
    // the token holding the offset: the last that starts at or before it
    const toks = this.toks;
    let lo = 0;
    let hi = toks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (toks[mid].s <= offset) lo = mid;
      else hi = mid - 1;
    }
    const r = at[lo];
    return r ? this.regions[r - 1].mode : this.fileService;
  }

  /**
   * The service that hosts a Hub-shaped id the code around an offset names: `serviceAt`, but not OpenAI, whose
   * API serves no `org/name` models; a record saying `provider: "openai"` means an OpenAI-compatible server as often
   * (Continue's `providerOptions: ["openai"]` for EXAONE on the user's own server).
   */
  protected hostingService(offset: number): Mode | undefined {
    const service = this.serviceAt(offset);
    return service === 'hosted:openai' ? undefined : service;
  }

  /** Per token, the innermost region holding it: one sweep, regions sorted by start (nested or apart). */
  private regionTable(): Uint32Array {
    const out = new Uint32Array(this.toks.length);
    const order = this.regions.map((_, i) => i).sort((a, b) => this.regions[a].s - this.regions[b].s);
    const stack: number[] = [];
    let next = 0;
    for (let i = 0; i < out.length; i++) {
      while (next < order.length && this.regions[order[next]].s <= i) stack.push(order[next++]);
      while (stack.length && this.regions[stack[stack.length - 1]].e <= i) stack.pop();
      if (stack.length) out[i] = stack[stack.length - 1] + 1;
    }
    this.budget.tick(out.length);
    return out;
  }

  /** A hosted reference read from the code around the value at `anchor` (see `contextual`). */
  private pushContextual(cl: Classified, offset: number, anchor: number): void {
    const ref: RawRef = { id: cl.id, kind: 'hosted', offset: offset + (cl.shift ?? 0) };
    if (cl.provider) ref.provider = cl.provider;
    this.contextual.set(ref, anchor);
    this.out.push(ref);
  }

  /** Reports a model of LangChain's `init_chat_model`, whose provider is `provider` or written in the value. */
  protected reportChatModel(c: Cand, provider: string | undefined): void {
    if (c.env !== undefined) return;
    const cl = classifyChatModel(c.value, provider, this.ctx);
    if (!cl) return;
    const ref: RawRef = { id: cl.id, kind: cl.kind, offset: c.offset + (cl.shift ?? 0) };
    if (cl.provider) ref.provider = cl.provider;
    this.out.push(ref);
  }

  /**
   * Reports a pydantic-ai model string (`'groq:llama-3.3-70b-versatile'`, see `classifyPydanticAiModel`); false
   * when the value is none.
   */
  protected reportPydanticAiModel(c: Cand): boolean {
    if (c.env !== undefined) return false;
    const cl = classifyPydanticAiModel(c.value, this.ctx);
    if (!cl) return false;
    const ref: RawRef = { id: cl.id, kind: cl.kind, offset: c.offset + (cl.shift ?? 0) };
    if (cl.provider) ref.provider = cl.provider;
    this.out.push(ref);
    return true;
  }

  /**
   * Folders the file writes a model to (`model.save("tmp-clip-model")`, `save_pretrained("out-dir")`,
   * `output_dir="out"`), by their value, with the offset of the first call that writes each (see the analyzers).
   */
  protected writtenFolders?: Map<string, number>;
  /** The offset of the call whose arguments are being reported (its opening parenthesis), else -1. */
  protected loadAt = -1;

  /**
   * Whether a value read as a Hub model names a folder the file wrote before (`model.save("tmp-clip-model")` then
   * `SentenceTransformer("tmp-clip-model")`): loaders read a local folder of that name first, so it is no Hub id. A
   * load before the first write (`from_pretrained("org/x")` then `save_pretrained("org/x")`, a mirror) reads the
   * Hub; a value named like a model outside a call (`OUT_MODEL = "out"`) is the folder wherever it is written.
   */
  private writtenBefore(c: Cand, strength: Strength): boolean {
    const at = this.writtenFolders?.get(folderKey(c.value));
    if (at === undefined) return false;
    return this.loadAt >= 0 ? at < this.loadAt : strength === 'weak' || at < c.offset;
  }

  /** nameMaps(), once computed (null: the file has none). */
  private nameMapMemo?: Map<string, Cand> | null;

  /**
   * The file's tables that translate an application's own names of models into the names a server takes (continue's
   * `private modelMap: Record<string, string> = { "codellama-7b": "codellama:7b", ... }` of its Ollama class,
   * `modelConversion`, `MODEL_ALIASES`): an object or dict literal under such a name (NAME_MAP_RE), whose entries are
   * all a written key and a string, two or more. Key → the value, where it is written. Null when there is none.
   */
  private nameMaps(): Map<string, Cand> | null {
    if (this.nameMapMemo !== undefined) return this.nameMapMemo;
    const toks = this.toks;
    let out: Map<string, Cand> | null = null;
    for (const [name, list] of this.assigns) {
      if (!isNameMapName(name)) continue;
      for (const a of list) {
        const open = toks[a.s];
        if (a.elem || a.e <= a.s || open?.t !== T.Op || open.v !== '{') continue;
        const entries = this.stringEntries(a.s);
        if (!entries || entries.length < 2) continue;
        out ??= new Map();
        for (const [key, value] of entries) if (key !== value.value && !out.has(key)) out.set(key, value);
      }
    }
    return (this.nameMapMemo = out);
  }

  /** The entries of the literal opening at `open` when each is a written key and a string (`"k": "v"`, `k: "v"`). */
  private stringEntries(open: number): Array<[string, Cand]> | undefined {
    const toks = this.toks;
    const end = this.closeOf(open);
    const out: Array<[string, Cand]> = [];
    for (let i = open + 1; i < end; i += 4) {
      this.budget.tick();
      const k = toks[i];
      const v = toks[i + 2];
      const keyed = k.t === T.Str ? !k.dyn : k.t === T.Name && this.nameKeys;
      if (!keyed || toks[i + 1]?.v !== ':' || v?.t !== T.Str || v.dyn || v.val === undefined || v.vs === undefined)
        return undefined;
      out.push([k.t === T.Str ? (k.val ?? '') : k.v, { value: v.val, offset: v.vs }]);
      const sep = toks[i + 3];
      if (i + 3 < end && !(sep?.t === T.Op && sep.v === ',')) return undefined;
      if (out.length >= 4096) return undefined;
    }
    return out;
  }

  private labelOffsets: Set<number> | null | undefined;

  /**
   * The offsets of the string values that are a model's display name beside its id in one dict, object or call
   * (`{"model_name": "Llama 3 8B", "model_id": "meta-llama/Meta-Llama-3-8B"}`, `dict(model_name=..., model_id=...)`,
   * `{ modelName: ..., modelId: ... }`): a model list's entry names one model, by its id; the name is a label.
   * Computed once, in one pass with a stack of the open brackets; undefined when the file has none.
   */
  protected labels(): Set<number> | undefined {
    if (this.labelOffsets === undefined) {
      let out: Set<number> | null = null;
      if (LABEL_KEY_TEXT_RE.test(this.code) && ID_KEY_TEXT_RE.test(this.code)) {
        const toks = this.toks;
        // per open bracket: the label values seen at its level, and whether an id key is there
        const stack: Array<{ labels: number[]; id: boolean }> = [];
        for (let i = 0; i < toks.length; i++) {
          const k = toks[i];
          if (k.t === T.Op) {
            if (isOpen(k)) stack.push({ labels: [], id: false });
            else if ((k.v === '}' || k.v === ')' || k.v === ']') && stack.length) {
              const f = stack.pop()!;
              if (f.id && f.labels.length) for (const at of f.labels) (out ??= new Set()).add(at);
            }
            continue;
          }
          const top = stack[stack.length - 1];
          const sep = toks[i + 1];
          if (!top || sep?.t !== T.Op || (sep.v !== ':' && sep.v !== '=')) continue;
          const key = k.t === T.Str ? (k.dyn ? undefined : k.val) : k.t === T.Name ? k.v : undefined;
          if (key === undefined) continue;
          if (isModelIdKey(key)) top.id = true;
          else if (isModelLabelKey(key) && top.labels.length < 64) {
            const v = toks[i + 2];
            if (v?.t === T.Str && v.vs !== undefined) top.labels.push(v.vs);
          }
        }
        this.budget.tick(toks.length);
      }
      this.labelOffsets = out;
    }
    return this.labelOffsets ?? undefined;
  }

  /** Reports a candidate by the way it reaches a model parameter. */
  protected report(c: Cand, mode: Mode, strength: Strength, revision?: string): void {
    this.budget.tick();
    // the default of a variable named for a hosted service, where only a model-named place reads it: that service's
    if (c.named !== undefined && strength === 'weak' && mode === 'hub' && c.env === undefined) {
      const named = namedServiceMode(c.named, c.value);
      if (named) mode = named;
    }
    // (a display name beside the id, only named like a model: a label)
    if (strength === 'weak' && c.env === undefined && this.labels()?.has(c.offset)) return;
    // an application's own name of a model that a table of the file translates for the server: what it sends
    if (c.env === undefined && c.owners === undefined) {
      const mapped = this.nameMaps()?.get(c.value);
      if (mapped) c = mapped;
    }
    if (this.writtenFolders && (mode === 'hub' || mode === 'st') && this.writtenBefore(c, strength)) return;
    let r = this.lastReading;
    if (!r || r.mode !== mode || r.strength !== strength || r.revision !== revision || r.env !== c.env) {
      const reading = `${mode}\0${strength}\0${revision ?? ''}\0${c.env ?? ''}`;
      let done = this.reported.get(reading);
      if (!done) this.reported.set(reading, (done = new Set()));
      r = this.lastReading = { mode, strength, revision, env: c.env, done };
    }
    const hosted = mode.startsWith('hosted:');
    if (hosted && !c.passed) this.directHosted.add(c.offset);
    if (r.done.has(c.offset)) return;
    r.done.add(c.offset);
    if (c.owners) {
      if (this.fieldUses.length < MAX_FIELD_FACTS)
        this.fieldUses.push({ name: c.env ?? '', owners: c.owners, mode, strength, offset: c.offset });
      return;
    }
    if (c.env !== undefined) {
      if (isValueMode(mode) && (strength === 'strong' || mode !== 'hub'))
        this.uses.push({ name: c.env, mode, offset: c.offset });
      return;
    }
    if (
      strength === 'weak' &&
      mode === 'hub' &&
      this.pydanticAi &&
      c.value.includes(':') &&
      this.reportPydanticAiModel(c)
    )
      return;
    let cl: Classified | undefined = classifyValue(c.value, mode, strength, this.ctx);
    if (strength === 'weak' && mode === 'hub') {
      // a name only named like a model: the service the code around it names reads it (a Hub-shaped id sent to
      // Together, a Groq id in a file that also talks to Ollama), and a service's route prefix says it is hosted
      const service = c.service ?? this.hostingService(c.offset);
      // (a bare name the code around it gives a service, Ollama or hosted, or any in a file that talks to Ollama)
      const guess =
        !cl && (this.ollamaFile || service !== undefined) && service !== 'hub' && looksLikeOllamaLibrary(c.value);
      const route = cl ? undefined : classifyServiceRoute(c.value);
      // (a route prefix of another service is that service's naming: APIpie's `openrouter/mistral-7b-instruct`)
      // (or a hosted API's name shaped like an Ollama family's: Cohere's `command-r-08-2024` in a record that says
      // it is Cohere's)
      const api = !cl && !guess && !route && service !== undefined && ollamaShaped(c.value);
      // (an id under a provider's namespace, no Hub repository, given to a call that names its hosted service:
      // NeMo Data Designer's `ModelConfig(model="meta/llama-4-maverick-17b-128e-instruct", provider="nvidiabuild")`)
      const named = !cl && !route && c.service?.startsWith('hosted:') === true && isHubIdShape(c.value);
      if (
        (cl || guess || route || api || named) &&
        service?.startsWith('hosted:') &&
        route?.provider !== service.slice(7)
      ) {
        const hosted = classifyValue(c.value, service, 'strong', this.ctx);
        if (hosted) {
          this.pushContextual(hosted, c.offset, c.offset);
          return;
        }
      }
      if (route) {
        this.pushContextual(route, c.offset, c.offset);
        return;
      }
      if (guess) cl = classifyOllama(c.value);
    } else if (!cl && mode === 'route') {
      // a LiteLLM call whose provider the code names (`custom_llm_provider="together_ai"`): that service's model
      const service = this.hostingService(c.offset);
      if (service?.startsWith('hosted:')) cl = classifyValue(c.value, service, 'strong', this.ctx);
    }
    if (!cl) return;
    const ref: RawRef = { id: cl.id, kind: cl.kind, offset: c.offset + (cl.shift ?? 0) };
    if (revision && cl.kind === 'hub') ref.revision = revision;
    if (cl.provider) ref.provider = cl.provider;
    if (cl.packagePinned) ref.packagePinned = true;
    if (cl.kind === 'hub') (strength === 'weak' && mode === 'hub' ? this.weakHub : this.strongHub).add(ref.offset);
    if (hosted && c.passed && cl.kind === 'hosted') this.passedHosted.set(ref, c.offset);
    this.out.push(ref);
  }

  /** The references found: a value that reaches a hosted API is that, not also a Hub id of a weak context. */
  protected finish(): Analysis {
    let raw = this.out;
    if (this.passedHosted.size) {
      // a value a call passes that reaches a hosted client only through the parameter, where a loader reads it too
      // (`if model_name == "text-embedding-ada-002": OpenAI() ... else: SentenceTransformer(model_name)`): the
      // loader's, as without the call's value
      const local = new Set(raw.filter((r) => r.kind !== 'hosted').map((r) => r.offset));
      raw = raw.filter((r) => {
        const at = this.passedHosted.get(r);
        return at === undefined || this.directHosted.has(at) || !local.has(r.offset);
      });
    }
    if (this.contextual.size) {
      // what the code around a value says gives way to what the syntax says: a loader's argument stays a Hub model,
      // a call to a service is that service's
      const direct = new Set(raw.filter((r) => r.kind === 'hosted' && !this.contextual.has(r)).map((r) => r.offset));
      raw = raw.filter((r) => {
        const anchor = this.contextual.get(r);
        return (
          anchor === undefined ||
          (!this.strongHub.has(r.offset) && !this.strongHub.has(anchor) && !direct.has(r.offset) && !direct.has(anchor))
        );
      });
    }
    if (raw.some((r) => r.kind === 'hosted')) {
      const hosted = new Set(raw.filter((r) => r.kind === 'hosted').map((r) => r.offset));
      raw = raw.filter((r) => r.kind === 'hosted' || !hosted.has(r.offset));
    }
    // a value an Ollama client is given is an Ollama model, not also a Hub id read from its name alone
    // (`DEFAULT_MODEL_NAME = "chroma/all-minilm-l6-v2-f32"` ... `client.embed(model=...)`)
    if (this.weakHub.size && raw.some((r) => r.kind === 'ollama')) {
      const ollama = new Set(raw.filter((r) => r.kind === 'ollama').map((r) => r.offset));
      raw = raw.filter(
        (r) => r.kind !== 'hub' || !ollama.has(r.offset) || !this.weakHub.has(r.offset) || this.strongHub.has(r.offset),
      );
    }
    return { raw, uses: this.uses, fieldUses: this.fieldUses };
  }
}
