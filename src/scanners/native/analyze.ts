import type { Budget } from '../limits.js';
import type { ScanContext } from '../types.js';
import {
  classifyModel,
  classifyOllama,
  isHubPrefixed,
  isModelishName,
  knownHubString,
  namesOllama,
  type Classified,
} from '../common/ids.js';
import type { RawRef } from '../common/text.js';
import { bracketTable, pickArg, splitArgs, T, type Tok } from '../common/tokens.js';
import { endpointMode, envEndpointMode } from '../common/hosted.js';
import { classifyServiceRoute, classifyValue } from '../common/values.js';
import { lexNative, type Lang } from './lexer.js';
import {
  DEFAULTING,
  LOADER_RULES,
  modelClassMode,
  MODEL_SETTERS,
  WRAPPERS,
  GO_FLAG_VARS,
  type LoaderRule,
  type NativeMode,
} from './rules.js';

/** The values given to a name at one place (see `Analysis.define`). */
interface Def {
  cands: Cand[];
  at: number;
  /** The end of the block it is declared in (the end of the file at the top level). */
  scopeEnd: number;
  decl: boolean;
  field: boolean;
}

/** A string value an expression may take, where it is written. */
interface Cand {
  value: string;
  offset: number;
  tok: number;
}

/** Values kept per expression and per name: a table of hundreds of models is read as far as this. */
const MAX_CANDS = 64;
/** Names whose values are kept (each with at most MAX_CANDS values). */
const MAX_NAMES = 20_000;
/** Places a name is given values at that are kept. */
const MAX_DEFS = 64;
/** How deep expressions nest into one another (`match` arms holding `if`s...). */
const MAX_DEPTH = 4;
/** Links of a builder chain walked back to its class (`X.builder().a(..).b(..).modelName(..)`). */
const MAX_CHAIN = 64;

/** How sure a reading is; a stronger reading of one literal replaces a weaker one. */
const enum Rank {
  Weak = 1,
  Anywhere = 2,
  Loader = 3,
}

/** The operator of keyword arguments and labels in calls (and of Go's and Rust's struct fields). */
const KW_OP: Readonly<Record<Lang, string>> = {
  go: ':',
  rust: ':',
  swift: ':',
  kotlin: '=',
  java: '=',
  csharp: ':',
};

/** Words after which a name is being declared or is a keyword, never a value. */
const KEYWORDS = new Set([
  'let',
  'var',
  'val',
  'const',
  'static',
  'mut',
  'pub',
  'fn',
  'func',
  'fun',
  'return',
  'if',
  'else',
  'match',
  'when',
  'switch',
  'case',
  'true',
  'false',
  'nil',
  'null',
  'None',
  'self',
  'this',
]);

/** Words before a call that are no return type (Java, C#). */
const NOT_TYPES = new Set([
  'new',
  'await',
  'throw',
  'yield',
  'in',
  'is',
  'as',
  'typeof',
  'nameof',
  'out',
  'ref',
  'assert',
]);

/** Names of what is no model in a file that downloads from the Hub: datasets, spaces, files, paths. */
const NOT_MODEL_RE = /data|space|file|path|dir|url|prompt|token/i;

const SHA_RE = /^[0-9a-f]{40}$/i;

/** A name that names Ollama (see namesOllama) and holds a model, not its Modelfile: `DefaultOllamaModel`, `OLLAMA_MODEL`. */
const OLLAMA_MODEL_NAME_RE = /models?(?:_?(?:id|name|tag)s?)?$/i;

/** The rules of each language, by callee key. */
const RULES_BY_LANG = new Map<Lang, Map<string, LoaderRule[]>>();
function rulesOf(lang: Lang): Map<string, LoaderRule[]> {
  let m = RULES_BY_LANG.get(lang);
  if (!m) {
    m = new Map();
    for (const r of LOADER_RULES) {
      if (!r.langs.includes(lang)) continue;
      const list = m.get(r.call) ?? [];
      list.push(r);
      m.set(r.call, list);
    }
    RULES_BY_LANG.set(lang, m);
  }
  return m;
}

/** A DJL model-zoo address of a Hugging Face model: `djl://ai.djl.huggingface.pytorch/org/name`. */
const DJL_HF_RE = /^djl:\/\/ai\.djl\.huggingface\.[\w-]+\/([\w.-]+\/[\w.-]+)/;

/** Reads a value by the way the loader takes it. */
function classify(value: string, mode: NativeMode, ctx: ScanContext): Classified | undefined {
  if (mode === 'djl') {
    const m = DJL_HF_RE.exec(value.trim());
    if (!m) return undefined;
    const cl = classifyModel(m[1], 'strong', ctx);
    return cl && { ...cl, shift: value.indexOf(m[1]) };
  }
  if (mode === 'not-a-model') return undefined;
  return classifyValue(value, mode, 'strong', ctx);
}

/** Reads a value only named like a model: a Hub id of the `org/name` shape (or a service's route), nothing else. */
function classifyWeak(value: string, ctx: ScanContext): Classified | undefined {
  if (!value.includes('/')) return undefined;
  return classifyServiceRoute(value) ?? classifyModel(value, 'weak', ctx);
}

class Analysis {
  readonly toks: Tok[];
  readonly close: Int32Array;
  /** For every closing bracket, the index of the one it closes (-1 elsewhere). */
  readonly openOf: Int32Array;
  readonly defs = new Map<string, Def[]>();
  /** The innermost `{` around each token while `definitions` runs (a stack of their indices). */
  private readonly blocks: number[] = [];
  readonly found = new Map<number, { ref: RawRef; rank: Rank }>();
  readonly rules: Map<string, LoaderRule[]>;
  readonly kwOp: string;
  /** A Rust file that downloads from the Hub (hf-hub): its `org/name` literals name repositories. */
  readonly hubFile: boolean;
  /** Token ranges of Rust's `#[cfg(test)] mod x { ... }`: what is found there is a mention. */
  readonly testRanges: Array<[number, number]> = [];

  constructor(
    readonly src: string,
    readonly lang: Lang,
    readonly ctx: ScanContext,
    readonly budget: Budget,
  ) {
    this.toks = lexNative(src, lang, budget);
    this.close = bracketTable(this.toks, budget);
    this.openOf = new Int32Array(this.toks.length).fill(-1);
    for (let i = 0; i < this.close.length; i++)
      if (this.close[i] >= 0 && this.close[i] < this.toks.length) this.openOf[this.close[i]] = i;
    this.rules = rulesOf(lang);
    this.kwOp = KW_OP[lang];
    this.hubFile = lang === 'rust' && this.holds('hf_hub');
  }

  private readonly holding = new Map<string, boolean>();

  /** Whether the file holds a string (a library's import), each string looked for once. */
  holds(s: string): boolean {
    let h = this.holding.get(s);
    if (h === undefined) {
      h = this.src.includes(s);
      this.holding.set(s, h);
    }
    return h;
  }

  isOp(i: number, v: string): boolean {
    const k = this.toks[i];
    return k !== undefined && k.t === T.Op && k.v === v;
  }

  isName(i: number, v?: string): boolean {
    const k = this.toks[i];
    return k !== undefined && k.t === T.Name && (v === undefined || k.v === v);
  }

  push(cl: Classified | undefined, c: Cand, rank: Rank, revision?: string): void {
    if (!cl) return;
    const offset = c.offset + (cl.shift ?? 0);
    const prev = this.found.get(offset);
    if (prev && prev.rank >= rank) {
      if (revision && prev.ref.id === cl.id && !prev.ref.revision) prev.ref.revision = revision;
      return;
    }
    const ref: RawRef = { id: cl.id, kind: cl.kind, offset };
    if (cl.provider) ref.provider = cl.provider;
    if (cl.packagePinned) ref.packagePinned = true;
    if (revision) ref.revision = revision;
    this.found.set(offset, { ref, rank });
  }

  run(): RawRef[] {
    this.definitions();
    const toks = this.toks;
    for (let i = 0; i < toks.length; i++) {
      this.budget.tick();
      const k = toks[i];
      if (k.t === T.Name) {
        const next = toks[i + 1];
        if (next?.t !== T.Op) continue;
        // C# 9's target-typed `new(...)`: a new object of the declared type (`ChatRequest request = new() { ... }`)
        if (k.v === 'new' && next.v === '(' && this.lang === 'csharp') {
          const type = this.targetType(i);
          if (type !== undefined) this.call(i, type);
        } else if (next.v === '(' || (next.v === '{' && (this.lang === 'go' || this.constructed(i)))) this.call(i);
      } else if (k.t === T.Str) this.anywhere(i);
      else if (this.hubFile && k.t === T.Op && k.v === '=>') this.armValue(i + 1);
    }
    const raw: RawRef[] = [];
    for (const [offset, f] of this.found) if (f.rank === Rank.Loader || !this.notModel.has(offset)) raw.push(f.ref);
    if (!this.testRanges.length) return raw;
    const ranges = this.testRanges.map(([a, b]) => [toks[a].s, toks[Math.min(b, toks.length - 1)].e]);
    return raw.map((r) => (ranges.some(([s, e]) => s <= r.offset && r.offset < e) ? { ...r, mention: true } : r));
  }

  /**
   * Every name given a value (`let model_id = "..."`, `const MODEL = "..."`, `model := "..."`, `Model: "..."`,
   * `modelName = "..."`, `val x: String = "..."`, `fn model_id(&self) -> &str { match self { ... } }`): its
   * values kept for the names that loaders read, and read as Hub ids where the name is a model's.
   */
  private definitions(): void {
    const toks = this.toks;
    const blocks = this.blocks;
    for (let i = 0; i < toks.length; i++) {
      this.budget.tick();
      const k = toks[i];
      if (k.t === T.Op) {
        if (k.v === '{') blocks.push(i);
        else if (k.v === '}') while (blocks.length && this.close[blocks.pop()!] !== i);
        else if (k.v === '#' && this.isOp(i + 1, '[')) this.attribute(i);
        continue;
      }
      if (k.t !== T.Name || KEYWORDS.has(k.v)) {
        if (k.t === T.Name && k.v === 'let' && this.isOp(i + 1, '(')) this.tupleLet(i + 1);
        continue;
      }
      // an API schema's example, in an attribute or annotation's arguments (utoipa's `#[schema(example =
      // "org/x")]`, springdoc's `@Schema(example = "gpt-4o")`): documentation of a field, no model loaded
      if (
        (k.v === 'example' || k.v === 'examples') &&
        this.isOp(i + 1, '=') &&
        (this.isOp(i - 1, '(') || this.isOp(i - 1, ','))
      ) {
        const end = this.nextArgEnd(i + 2);
        for (let j = i + 2; j < end; j++) {
          const t = toks[j];
          if (t.t === T.Str && t.vs !== undefined) this.notModel.add(t.vs);
        }
        continue;
      }
      if (this.lang === 'go' && k.v in GO_FLAG_VARS && this.isOp(i - 1, '.') && this.isOp(i + 1, '(')) {
        this.flagVar(i);
        continue;
      }
      let cands: Cand[] | undefined;
      const start = this.valueStart(i);
      if (start >= 0) cands = this.evalAt(start, toks.length, 0, false);
      else if (this.isOp(i + 1, '(') && isModelishName(k.v) && this.declaresFunction(i)) {
        const body = this.functionBody(i + 1);
        if (body >= 0) cands = this.evalBody(body, false);
      }
      if (!cands?.length) continue;
      // (a label or a field's value, `id: "x"`, is no variable that code reads by its name)
      if (!this.isOp(i + 1, ':') || toks[i + 2]?.t !== T.Str) this.define(k.v, cands, i, start);
      // a model property of a variable of a model class: OllamaSharp's `ollama.SelectedModel = "llama3.1:8b"`
      const owner = start >= 0 && this.isOp(i - 1, '.') && this.isName(i - 2) ? toks[i - 2].v : undefined;
      const mode = owner !== undefined && isModelishName(k.v) ? this.variableClass(owner) : undefined;
      if (mode) for (const c of cands) this.push(classify(c.value, mode, this.ctx), c, Rank.Loader);
      // a name for an Ollama model (`const string DefaultOllamaModel = "qwen3-embedding:0.6b"`, `OLLAMA_MODEL`)
      if (namesOllama(k.v) && OLLAMA_MODEL_NAME_RE.test(k.v))
        for (const c of cands) this.push(classifyOllama(c.value), c, Rank.Weak);
      else if (isModelishName(k.v) || (this.hubFile && this.declared(i) && !NOT_MODEL_RE.test(k.v)))
        for (const c of cands) this.push(classifyWeak(c.value, this.ctx), c, Rank.Weak);
    }
  }

  /**
   * Go's command-line flags bound to a variable (`flag.StringVar(&model, "model", "llama3.2", "usage")`, cobra's
   * `cmd.Flags().StringVarP(&opts.Model, "model", "m", "llama3", "usage")`): the variable holds the flag's default
   * when the user passes none, as `model := flag.String("model", "llama3.2", ...)` does (WRAPPERS).
   */
  private flagVar(i: number): void {
    const toks = this.toks;
    const { args } = splitArgs(toks, this.close, i + 1, undefined, this.budget);
    const target = args[0];
    const value = args[GO_FLAG_VARS[toks[i].v]];
    if (!target || !value || !this.isOp(target.start, '&')) return;
    // `&model` or `&opts.Model` (a field, read as `opts.Model`)
    const at = target.end - 1;
    if (!this.isName(at) || at <= target.start) return;
    const field = at > target.start + 1 && this.isOp(at - 1, '.');
    const cands = this.evalAt(value.start, value.end, 0, false);
    if (!cands.length) return;
    this.define(toks[at].v, cands, at, value.start, field);
    if (isModelishName(toks[at].v)) for (const c of cands) this.push(classifyWeak(c.value, this.ctx), c, Rank.Weak);
  }

  /** The end of the argument starting at `from`: its `,` or the closing bracket around it (at most 64 tokens on). */
  private nextArgEnd(from: number): number {
    const toks = this.toks;
    let k = from;
    for (; k < toks.length && k < from + 64; k++) {
      const t = toks[k];
      if (t.t !== T.Op) continue;
      if (this.close[k] >= 0 && t.v !== ')' && t.v !== ']' && t.v !== '}') k = this.close[k];
      else if (t.v === ',' || t.v === ')' || t.v === ']' || t.v === '}') break;
    }
    return k;
  }

  /** Whether the name at `i` is declared there: `let x`, `let mut x`, `const X`, `static X`. */
  private declared(i: number): boolean {
    const p = this.toks[i - 1];
    return p?.t === T.Name && (p.v === 'let' || p.v === 'mut' || p.v === 'const' || p.v === 'static');
  }

  /**
   * Records the values given to a name at token `at`: a declaration (`let x`, `val x`, `const X`, `x :=`, a
   * typed `Type x =`) holds in its block, an assignment (`x = ...`) adds to the declaration it follows, a field
   * (`self.x = ...`, a clap argument's default) is read as `obj.x`. `valueAt`: where the value starts (-1: none).
   */
  private define(name: string, cands: Cand[], at: number, valueAt: number, field = false): void {
    let list = this.defs.get(name);
    if (!list) {
      if (this.defs.size >= MAX_NAMES) return;
      list = [];
      this.defs.set(name, list);
    }
    if (list.length >= MAX_DEFS) return;
    const toks = this.toks;
    const before = toks[at - 1];
    const op = valueAt > 0 ? toks[valueAt - 1] : undefined;
    const isField = field || (before?.t === T.Op && (before.v === '.' || before.v === '?.'));
    const plain = !isField && op?.v === '=' && valueAt === at + 2 && !(before?.t === T.Name && before.v !== 'return');
    const block = this.blocks[this.blocks.length - 1];
    const scopeEnd = block === undefined ? toks.length : Math.min(this.close[block], toks.length);
    list.push({ cands: cands.slice(0, MAX_CANDS), at, scopeEnd, decl: !plain && !isField, field: isField });
  }

  /**
   * The values of the name `name` read at token `use`: as a field (`args.model_id`), those given to fields of
   * that name; else the nearest declaration before the use whose block holds it (with the assignments after it),
   * or every declaration when none does (a constant declared below, or in another block).
   */
  private follow(name: string, use: number, asField: boolean): Cand[] {
    const list = this.defs.get(name);
    if (!list) return [];
    const out: Cand[] = [];
    if (asField) {
      const fields = list.filter((d) => d.field);
      for (const d of fields.length ? fields : list) out.push(...d.cands);
      return out.slice(0, MAX_CANDS);
    }
    let best: Def | undefined;
    for (const d of list) if (d.decl && d.at < use && use <= d.scopeEnd && (!best || d.at > best.at)) best = d;
    if (best) out.push(...best.cands);
    else for (const d of list) if (d.decl) out.push(...d.cands);
    for (const d of list) if (!d.decl && !d.field && d.at < use && (!best || d.at > best.at)) out.push(...d.cands);
    return out.slice(0, MAX_CANDS);
  }

  /** Where the value of the name at `i` starts when the name is given one there, else -1. */
  private valueStart(i: number): number {
    const toks = this.toks;
    const j = i + 1;
    const n = toks[j];
    if (!n) return -1;
    if (n.t === T.Op) {
      if (n.v === '=' || n.v === ':=') return j + 1;
      if (n.v === ':') {
        if (toks[j + 1]?.t === T.Str) return j + 1;
        // a type annotation, then `=`: `val model: String = ...`, `const MODEL: &str = ...`
        let angle = 0;
        for (let k = j + 1; k < toks.length && k < j + 24; k++) {
          const t = toks[k];
          if (t.t !== T.Op) continue;
          if (t.v === '<') angle++;
          else if (t.v === '>') angle--;
          else if (t.v === '=' && angle <= 0) return k + 1;
          else if (t.v === '(' || t.v === '[') k = Math.max(k, this.close[k]);
          else if (angle <= 0 && t.v !== '&' && t.v !== "'" && t.v !== '.' && t.v !== '?' && t.v !== '*') return -1;
        }
        return -1;
      }
      // C#'s `string Model { get; set; } = "..."`
      if (n.v === '{' && this.lang === 'csharp' && /^(?:get|set|init)$/.test(toks[j + 1]?.v ?? '')) {
        const c = this.close[j];
        return this.isOp(c + 1, '=') ? c + 2 : -1;
      }
      return -1;
    }
    // Go's `var model string = "..."`
    if (this.lang === 'go' && n.t === T.Name && this.isOp(j + 1, '=')) return j + 2;
    return -1;
  }

  /** Whether the name at `i` (before a `(`) declares a function: `fn`, `func`, `fun`, or Java's/C#'s return type. */
  private declaresFunction(i: number): boolean {
    const p = this.toks[i - 1];
    if (!p) return false;
    if (p.t === T.Name && (p.v === 'fn' || p.v === 'func' || p.v === 'fun')) return true;
    return (
      (this.lang === 'java' || this.lang === 'csharp') && p.t === T.Name && !KEYWORDS.has(p.v) && !NOT_TYPES.has(p.v)
    );
  }

  /** The `{` of the body of the function whose parameters open at `open` (or `=` of a Kotlin expression body), or -1. */
  private functionBody(open: number): number {
    const c = this.close[open];
    for (let k = c + 1; k < this.toks.length && k < c + 16; k++) {
      const t = this.toks[k];
      if (t.t === T.Op && (t.v === '{' || (t.v === '=' && this.lang === 'kotlin'))) return k;
      if (t.t === T.Op && t.v === ';') return -1;
    }
    return -1;
  }

  /** The values a block (or a Kotlin `= expr`) evaluates to: its `return`, or its tail. */
  private evalBody(open: number, follow: boolean, depth = 0): Cand[] {
    if (this.isOp(open, '=')) return this.evalAt(open + 1, this.toks.length, depth + 1, follow);
    const end = this.close[open];
    const first = open + 1;
    if (this.isName(first, 'return')) return this.evalAt(first + 1, end, depth + 1, follow);
    return this.evalAt(first, end, depth + 1, follow);
  }

  /** Rust's `let (model_id, revision) = match ... { X => ("org/x", "main"), ... }`. */
  private tupleLet(open: number): void {
    const { args, close } = splitArgs(this.toks, this.close, open, undefined, this.budget);
    if (!this.isOp(close + 1, '=')) return;
    args.forEach((a, index) => {
      const k = this.toks[a.start];
      if (a.end !== a.start + 1 || k.t !== T.Name || !isModelishName(k.v)) return;
      const cands = this.evalAt(close + 2, this.toks.length, 0, false, index);
      this.define(k.v, cands, a.start, close + 2);
      for (const c of cands) this.push(classifyWeak(c.value, this.ctx), c, Rank.Weak);
    });
  }

  /**
   * The string values the expression at `i` may take (before `end`): a literal, a wrapper of one
   * (`String::from("x")`, `Some("x")`, `"x".to_string()`), the arms of a `match`/`when`/`switch`, the branches of an
   * `if`, a default (`unwrap_or("x")`, `?? "x"`, `?: "x"`), a tuple's element, and with `follow`, a name's values.
   */
  evalAt(i: number, end: number, depth: number, follow: boolean, tuple?: number): Cand[] {
    const toks = this.toks;
    this.budget.tick();
    if (i >= end || depth > MAX_DEPTH) return [];
    while (i < end && toks[i].t === T.Op && (toks[i].v === '&' || toks[i].v === '*')) i++;
    // C#'s and Java's `new` before a wrapper: `new Uri("...")`
    if (this.isName(i, 'new') && this.isName(i + 1) && toks[i + 1].v in WRAPPERS && this.isOp(i + 2, '(')) i++;
    const k = toks[i];
    if (!k) return [];
    const out: Cand[] = [];
    let after = i + 1;
    if (k.t === T.Str) {
      if (!k.dyn && k.val !== undefined && k.vs !== undefined) out.push({ value: k.val, offset: k.vs, tok: i });
    } else if (k.t === T.Name && (k.v === 'match' || k.v === 'when' || k.v === 'switch')) {
      const open = this.nextBrace(i + 1, end);
      if (open < 0) return [];
      this.arms(open, depth, follow, tuple, out);
      after = this.close[open] + 1;
    } else if (k.t === T.Name && k.v === 'if') {
      this.branches(i, end, depth, follow, tuple, out);
      return out.slice(0, MAX_CANDS);
    } else if (k.t === T.Op && k.v === '(') {
      const { args } = splitArgs(toks, this.close, i, undefined, this.budget);
      const a = tuple !== undefined ? args[tuple] : args.length === 1 ? args[0] : undefined;
      if (a) out.push(...this.evalAt(a.start, a.end, depth + 1, follow));
      after = this.close[i] + 1;
    } else if (k.t === T.Name) {
      // a path or a chain of names: `a.b.C`, `Self::MODEL`, then maybe a call
      let j = i;
      while (this.isOp(j + 1, '.') && this.isName(j + 2) && !this.isOp(j + 3, '(')) j += 2;
      // a qualified wrapper: `String::from(...)`, `flag.String(...)` (other methods are postfix, below)
      if (
        this.isOp(j + 1, '.') &&
        this.isName(j + 2) &&
        this.isOp(j + 3, '(') &&
        `${toks[j].v}.${toks[j + 2].v}` in WRAPPERS
      )
        j += 2;
      const last = toks[j].v;
      if (this.isOp(j + 1, '(')) {
        const qualified = j > i ? `${toks[j - 2].v}.${last}` : last;
        const at = WRAPPERS[qualified];
        if (at !== undefined) {
          const { args } = splitArgs(toks, this.close, j + 1, undefined, this.budget);
          if (args[at]) out.push(...this.evalAt(args[at].start, args[at].end, depth + 1, follow));
        }
        after = this.close[j + 1] + 1;
      } else {
        if (follow && !KEYWORDS.has(last)) out.push(...this.follow(last, j, j > i && toks[i].v !== 'Self'));
        after = j + 1;
      }
      // C#'s `x switch { A => "..." }`
      if (this.isName(after, 'switch') && this.isOp(after + 1, '{')) {
        this.arms(after + 1, depth, follow, tuple, out);
        after = this.close[after + 1] + 1;
      }
    } else if (k.t === T.Op && k.v === '{') {
      return this.evalBody(i, follow, depth);
    }
    // postfix methods and defaults: `.to_string()`, `.unwrap_or("x")`, `?? "x"`, `?: "x"`, a wrapper called on
    // a call's result: cobra's `cmd.Flags().String("model", "llama3", "usage")`
    for (let p = after, links = 0, prev = ''; p < end && links < MAX_CHAIN; links++) {
      if ((this.isOp(p, '.') || this.isOp(p, '?.')) && this.isName(p + 1)) {
        const name = toks[p + 1].v;
        if (!this.isOp(p + 2, '(')) {
          p += 2;
          prev = '';
          continue;
        }
        const open = p + 2;
        const wrapped = prev ? WRAPPERS[`${prev}.${name}`] : undefined;
        if (DEFAULTING.has(name) || wrapped !== undefined) {
          const { args } = splitArgs(toks, this.close, open, undefined, this.budget);
          const a = wrapped !== undefined ? args[wrapped] : args[args.length - 1];
          if (a) out.push(...this.evalAt(a.start, a.end, depth + 1, follow));
        }
        p = this.close[open] + 1;
        prev = name;
        continue;
      }
      if (this.isOp(p, '?') && !this.isName(p + 1) && toks[p + 1]?.t !== T.Str) {
        p++; // Rust's `?`
        continue;
      }
      if (this.isOp(p, '??') || this.isOp(p, '?:')) out.push(...this.evalAt(p + 1, end, depth + 1, follow));
      break;
    }
    return out.length > MAX_CANDS ? out.slice(0, MAX_CANDS) : out;
  }

  /** The first `{` at the level of `from`, within a few tokens (the block of a `match x {`). */
  private nextBrace(from: number, end: number): number {
    for (let k = from; k < end && k < from + 32; k++) {
      const t = this.toks[k];
      if (t.t !== T.Op) continue;
      if (t.v === '{') return k;
      if (t.v === '(' || t.v === '[') k = Math.max(k, this.close[k]);
      else if (t.v === ';') return -1;
    }
    return -1;
  }

  /** The values of the arms of the block at `open`: what follows each `=>` or `->` at its level. */
  private arms(open: number, depth: number, follow: boolean, tuple: number | undefined, out: Cand[]): void {
    const end = Math.min(this.close[open], this.toks.length);
    for (let k = open + 1; k < end && out.length < MAX_CANDS; k++) {
      this.budget.tick();
      const t = this.toks[k];
      if (t.t !== T.Op) continue;
      if (t.v === '=>' || t.v === '->') {
        out.push(...this.evalAt(k + 1, end, depth + 1, follow, tuple));
        continue;
      }
      if (this.close[k] >= 0) k = this.close[k];
    }
  }

  /** The branches of `if c { "a" } else { "b" }` (Rust) or `if (c) "a" else "b"` (Kotlin). */
  private branches(
    i: number,
    end: number,
    depth: number,
    follow: boolean,
    tuple: number | undefined,
    out: Cand[],
  ): void {
    let k = i + 1;
    if (this.lang === 'kotlin' && this.isOp(k, '(')) {
      const c = this.close[k];
      out.push(...this.evalAt(c + 1, end, depth + 1, follow, tuple));
      // the then branch is one expression: its `else` follows at this level
      for (k = c + 1; k < end && k < c + 64 && !this.isName(k, 'else'); k++) if (this.close[k] >= 0) k = this.close[k];
      if (!this.isName(k, 'else')) return;
      out.push(...this.evalAt(k + 1, end, depth + 1, follow, tuple));
      return;
    }
    const open = this.nextBrace(k, end);
    if (open < 0) return;
    out.push(...this.evalBody(open, follow, depth + 1).slice(0, MAX_CANDS));
    const thenEnd = this.close[open] + 1;
    if (this.isName(thenEnd, 'else')) out.push(...this.evalAt(thenEnd + 1, end, depth + 1, follow, tuple));
  }

  /**
   * The type a C# target-typed `new` at `i` constructs: the declared type of the variable, field or property it
   * initializes (`ChatRequest request = new()`, `private readonly OllamaApiClient? _client = new(uri)`, `public
   * ChatRequest Request { get; set; } = new()`; a qualified or nullable type's last name). Undefined elsewhere (an
   * argument's, a return value's, an assignment's: the type is not written there).
   */
  private targetType(i: number): string | undefined {
    if (!this.isOp(i - 1, '=')) return undefined;
    let j = i - 2;
    // a property's accessors between its name and `=`: `Request { get; set; } = new()`
    if (this.isOp(j, '}')) {
      const o = this.openOf[j];
      if (o < 1 || (!this.isName(o + 1, 'get') && !this.isName(o + 1, 'init') && !this.isName(o + 1, 'set')))
        return undefined;
      j = o - 1;
    }
    if (!this.isName(j) || KEYWORDS.has(this.toks[j].v)) return undefined;
    let t = j - 1;
    if (this.isOp(t, '?')) t--;
    const type = this.isName(t) ? this.toks[t].v : undefined;
    return type !== undefined && !KEYWORDS.has(type) && type !== 'var' ? type : undefined;
  }

  /**
   * A call (or a Go composite literal) at the name `i`: a loader's, a builder's setter, a model class's. `as`: the
   * class a C# target-typed `new` at `i` constructs.
   */
  private call(i: number, as?: string): void {
    const toks = this.toks;
    const name = as ?? toks[i].v;
    const open = i + 1;
    const dotted = as === undefined && (this.isOp(i - 1, '.') || this.isOp(i - 1, '?.'));
    const receiver = dotted ? (this.isName(i - 2) ? toks[i - 2].v : '') : undefined;
    const keys = receiver ? [`${receiver}.${name}`, `.${name}`, name] : dotted ? [`.${name}`, name] : [name];
    const brace = toks[open].v === '{';
    // C#'s object initializer: `new ChatRequest { Model = "x" }`, `new OllamaApiClient(uri) { SelectedModel = "x" }`
    if (this.lang === 'csharp') {
      const init = brace
        ? open
        : this.isOp(this.close[open] + 1, '{') && (as !== undefined || this.constructed(i))
          ? this.close[open] + 1
          : -1;
      if (init >= 0) this.initializer(name, init);
      if (brace) return;
    }
    let handled = false;
    for (const key of keys) {
      for (const rule of this.rules.get(key) ?? []) {
        if (brace && !rule.keys) continue;
        if (rule.requires && !this.holds(rule.requires)) continue;
        handled = this.loader(open, rule) || handled;
      }
      if (handled) return;
    }
    if (brace) return;
    // a builder's setter: `OllamaChatModel.builder().modelName("llama3")`, `OllamaOptions.builder().model("x")`
    if (dotted && MODEL_SETTERS.has(name)) {
      const mode = this.chainClass(i - 2);
      if (mode) {
        this.loader(open, { langs: [this.lang], call: name, arg: 0, mode });
        return;
      }
    }
    // a model class's constructor with a named model argument: `OllamaChatModel(modelName = "llama3")`
    const classMode = modelClassMode(name);
    if (classMode) {
      this.loader(open, { langs: [this.lang], call: name, keys: [...MODEL_SETTERS], mode: classMode });
      return;
    }
    // the setter of a request in a file whose model classes are one hosted service's:
    // `ChatRequest.builder().modelName("mistralai/x")` beside `WatsonxChatModel` is a watsonx model
    const service = dotted && MODEL_SETTERS.has(name) ? this.fileService() : undefined;
    if (service) {
      this.loader(open, { langs: [this.lang], call: name, arg: 0, mode: service });
      return;
    }
    // a setter or option named like a model, of anything: `.modelName("org/x")`, `llms.WithModel("org/x")`
    if (isModelishName(name) && !this.declaresFunction(i)) {
      const { args } = splitArgs(toks, this.close, open, this.kwOp, this.budget);
      const a = args[0];
      if (a && !a.kw)
        for (const c of this.evalAt(a.start, a.end, 0, true)) this.push(classifyWeak(c.value, this.ctx), c, Rank.Weak);
    }
  }

  /** Whether the class name at `i` follows `new` (C#, Java), maybe qualified: `new Azure.AI.OpenAI.X`. */
  private constructed(i: number): boolean {
    let j = i;
    for (let links = 0; links < MAX_CHAIN && this.isOp(j - 1, '.') && this.isName(j - 2); links++) j -= 2;
    return this.isName(j - 1, 'new');
  }

  /**
   * The object initializer at `open` of a new `name` (C#): the properties its loader rules read
   * (`new ChatRequest { Model = "llama3.2" }` in a file using OllamaSharp), else, for a model class, its
   * properties named like a model (`new OllamaApiClient(uri) { SelectedModel = "llama3.1:8b" }`).
   */
  private initializer(name: string, open: number): void {
    const { args } = splitArgs(this.toks, this.close, open, '=', this.budget);
    let read = false;
    for (const rule of this.rules.get(name) ?? []) {
      if (!rule.keys || (rule.requires && !this.holds(rule.requires))) continue;
      const a = pickArg(args, undefined, rule.keys);
      if (!a) continue;
      this.read(a, rule.mode);
      read = true;
    }
    const mode = read ? undefined : modelClassMode(name);
    if (mode) for (const a of args) if (a.kw && isModelishName(a.kw)) this.read(a, mode);
  }

  /** Reads the values of an argument (or property) by a loader's mode. */
  private read(a: { start: number; end: number }, mode: NativeMode): void {
    for (const c of this.evalAt(a.start, a.end, 0, true)) this.push(classify(c.value, mode, this.ctx), c, Rank.Loader);
  }

  private service: NativeMode | null | undefined;
  private variables: Map<string, NativeMode | null> | undefined;

  /**
   * How the model set on a variable is read, when the file declares that variable of a model class (computed once
   * per file): `OllamaGenerateRequest request = new OllamaGenerateRequest();` (Java, C#), `var options = new
   * OllamaOptions();`, `val options = OllamaOptions()`, `val options: OllamaOptions = ...` (Kotlin). A name
   * declared of two classes read differently is left out.
   */
  private variableClass(name: string): NativeMode | undefined {
    if (!this.variables) {
      const vars = new Map<string, NativeMode | null>();
      const toks = this.toks;
      const bind = (at: number, mode: NativeMode) => {
        const v = toks[at];
        if (v?.t !== T.Name || KEYWORDS.has(v.v)) return;
        const had = vars.get(v.v);
        if (had === undefined) {
          if (vars.size < MAX_NAMES) vars.set(v.v, mode);
        } else if (had !== mode) vars.set(v.v, null);
      };
      for (let i = 0; i < toks.length; i++) {
        const k = toks[i];
        // (class names start with a capital letter: most names are skipped before any pattern is tried)
        if (k.t !== T.Name || k.v.charCodeAt(0) > 90 || k.v.charCodeAt(0) < 65) continue;
        const mode = modelClassMode(k.v);
        if (!mode) continue;
        if (this.isName(i + 1) && (this.isOp(i + 2, '=') || this.isOp(i + 2, ';'))) bind(i + 1, mode);
        else if (this.isName(i - 1, 'new') && this.isOp(i - 2, '=')) bind(i - 3, mode);
        else if (this.isOp(i - 1, '=') && this.isOp(i + 1, '(')) bind(i - 2, mode);
        else if (this.isOp(i - 1, ':') && (this.isName(i - 3, 'val') || this.isName(i - 3, 'var'))) bind(i - 2, mode);
      }
      this.budget.tick(toks.length);
      this.variables = vars;
    }
    return this.variables.get(name) ?? undefined;
  }

  /** The hosted service of the file's model classes, when they all are one service's (computed once). */
  private fileService(): NativeMode | undefined {
    if (this.service === undefined) {
      const modes = new Set<NativeMode>();
      for (const k of this.toks) {
        if (k.t !== T.Name || k.v.charCodeAt(0) > 90 || k.v.charCodeAt(0) < 65) continue;
        const mode = modelClassMode(k.v);
        if (mode) modes.add(mode);
      }
      this.budget.tick(this.toks.length);
      const [only] = modes;
      this.service = modes.size === 1 && only.startsWith('hosted:') ? only : null;
    }
    return this.service ?? undefined;
  }

  /** The model class a builder chain starts from (walking back from the token before a setter's dot), if any. */
  private chainClass(j: number): NativeMode | undefined {
    const toks = this.toks;
    for (let links = 0; j >= 0 && links < MAX_CHAIN; links++) {
      const t = toks[j];
      if (t.t === T.Op && t.v === ')') {
        const o = this.openOf[j];
        if (o < 1) return undefined;
        j = o - 1;
        continue;
      }
      if (t.t !== T.Name) return undefined;
      const mode = modelClassMode(t.v);
      if (mode) return mode;
      if (this.isOp(j - 1, '.') || this.isOp(j - 1, '?.')) j -= 2;
      else if (this.isName(j - 1, 'new')) return undefined;
      // the chain starts at a variable: `request.setModel("x")` after `OllamaChatRequest request = new ...`
      else return this.variableClass(t.v);
    }
    return undefined;
  }

  /** Reads the argument of a loader's call at `open`; false when the rule does not apply (a dataset's `Repo`). */
  private loader(open: number, rule: LoaderRule): boolean {
    const { args } = splitArgs(this.toks, this.close, open, this.kwOp, this.budget);
    const a = pickArg(args, rule.arg, rule.keys ?? []);
    if (!a) return false;
    if (rule.repoType !== undefined) {
      const t = args[rule.repoType];
      if (!t) return false;
      const text = this.toks.slice(t.start, t.end).map((k) => k.v);
      if (text.includes('Dataset') || text.includes('Space')) {
        this.notModels(a.start, a.end);
        return true;
      }
    }
    if (rule.mode === 'not-a-model') {
      this.notModels(a.start, a.end);
      return true;
    }
    let revision: string | undefined;
    if (rule.revision !== undefined && args[rule.revision]) {
      const r = args[rule.revision];
      const revs = this.evalAt(r.start, r.end, 0, true);
      if (revs.length === 1 && SHA_RE.test(revs[0].value.trim())) revision = revs[0].value.trim();
    }
    // (an OpenAI client pointed at another server reads that server's models: Ollama's, a hosted API's, or the
    // project's own)
    const server =
      rule.mode !== 'hosted:openai'
        ? undefined
        : this.lang === 'go'
          ? this.goOpenAIServer()
          : this.lang === 'csharp'
            ? (this.csCallServer(open, a) ?? this.csOpenAIServer())
            : undefined;
    for (const c of this.evalAt(a.start, a.end, 0, true)) {
      if (server === 'self') this.push(classifyWeak(c.value, this.ctx), c, Rank.Weak);
      else this.push(classify(c.value, server ?? rule.mode, this.ctx), c, Rank.Loader, revision);
    }
    return true;
  }

  private openaiServer: NativeMode | 'self' | null | undefined;

  /**
   * Where a Go file points its OpenAI clients (computed once): go-openai's `config.BaseURL = "http://localhost:11434/v1"`
   * on a `config := openai.DefaultConfig(key)`, openai-go's `option.WithBaseURL(...)`, langchaingo's
   * `openai.WithBaseURL(...)`: the first server that is not the project's own (Ollama's, a hosted API's), `self`
   * when all are, undefined when the file sets none or none is a string this file holds (the SDK's own service
   * then, as elsewhere).
   */
  private goOpenAIServer(): NativeMode | 'self' | undefined {
    if (this.openaiServer === undefined) {
      const toks = this.toks;
      // the names given go-openai's configurations: `config := openai.DefaultConfig("")`
      const configs = new Set<string>();
      for (let i = 0; i + 4 < toks.length; i++) {
        const k = toks[i];
        if (
          k.t !== T.Name ||
          !/^Default\w*Config$/.test(k.v) ||
          !this.isOp(i - 1, '.') ||
          !this.isName(i - 2, 'openai')
        )
          continue;
        if ((this.isOp(i - 3, ':=') || this.isOp(i - 3, '=')) && this.isName(i - 4) && configs.size < MAX_DEFS)
          configs.add(toks[i - 4].v);
      }
      let out: NativeMode | 'self' | null = null;
      for (let i = 2; i < toks.length && (out === null || out === 'self'); i++) {
        const k = toks[i];
        if (k.t !== T.Name || !this.isOp(i - 1, '.')) continue;
        let values: Cand[] = [];
        const owner = toks[i - 2].v;
        if (k.v === 'WithBaseURL' && (owner === 'option' || owner === 'openai') && this.isOp(i + 1, '(')) {
          const { args } = splitArgs(toks, this.close, i + 1, undefined, this.budget);
          if (args[0]) values = this.evalAt(args[0].start, args[0].end, 0, true);
        } else if (k.v === 'BaseURL' && configs.has(owner) && this.isOp(i + 1, '=')) {
          values = this.evalAt(i + 2, toks.length, 0, true);
        }
        for (const c of values) {
          const mode = endpointMode(c.value);
          if (mode !== 'self') {
            out = mode;
            break;
          }
          out = 'self';
        }
      }
      this.budget.tick(2 * toks.length);
      this.openaiServer = out;
    }
    return this.openaiServer ?? undefined;
  }

  /**
   * What the servers of `ranges` say, one answer for all: the one service (or Ollama) they name besides servers of
   * the project's own, `self` when all are such, undefined when they name none or two different ones (a file that
   * picks a provider at run time: the SDK's own service then, as elsewhere). A value read from configuration only
   * (`new Uri(config["AI:Ollama:Endpoint"])`, `Environment.GetEnvironmentVariable("OLLAMA_ENDPOINT")`) says what
   * its key names (envEndpointMode), keys of OpenAI's own counting for nothing.
   */
  private serverOf(ranges: ReadonlyArray<[number, number, boolean]>): NativeMode | 'self' | undefined {
    const modes = new Set<NativeMode | 'self'>();
    for (const [start, end, address] of ranges) {
      const values = this.evalAt(start, end, 0, true).filter((c) => /^[a-z][a-z0-9+.-]*:\/\//i.test(c.value));
      for (const c of values) modes.add(endpointMode(c.value));
      // (`address`: the range is surely a server's, so that the key it is read by says whose)
      if (values.length || !address) continue;
      // (the first string of the expression: the key it is read by)
      for (let k = start; k < end && k < start + 16; k++) {
        const t = this.toks[k];
        if (t.t !== T.Str || t.dyn || t.val === undefined) continue;
        const named = envEndpointMode(t.val);
        if (named !== 'hosted:openai') modes.add(named);
        break;
      }
    }
    const services = [...modes].filter((m) => m !== 'self');
    if (services.length > 1) return undefined;
    return services[0] ?? (modes.size ? 'self' : undefined);
  }

  /**
   * C#: the server a call of the OpenAI .NET SDK or of Semantic Kernel's OpenAI connector names itself besides its
   * model `model` (`AddOpenAIChatCompletion("phi3", new Uri("http://localhost:11434"), apiKey)`, `endpoint:
   * ollamaEndpoint`, `new ChatClient("llama3.2", credential, new OpenAIClientOptions { Endpoint = ... })`,
   * `httpClient: new HttpClient { BaseAddress = ... }`): its other arguments that are addresses, and the `Endpoint`
   * or `BaseAddress` set in them. Undefined when it names none.
   */
  private csCallServer(open: number, model: { start: number; end: number }): NativeMode | 'self' | undefined {
    const toks = this.toks;
    const close = this.close[open];
    if (close <= open) return undefined;
    const { args } = splitArgs(toks, this.close, open, this.kwOp, this.budget);
    const ranges: Array<[number, number, boolean]> = [];
    for (const arg of args)
      if (arg.start !== model.start)
        ranges.push([arg.start, arg.end, arg.kw === 'endpoint' || this.isName(arg.start + 1, 'Uri')]);
    // (an `Endpoint` set in an options' initializer, or an HttpClient's `BaseAddress`, given with the call)
    this.budget.tick(close - open);
    for (let k = open + 1; k < close; k++)
      if (
        (this.isName(k, 'Endpoint') || this.isName(k, 'BaseAddress')) &&
        this.isOp(k + 1, '=') &&
        !this.isOp(k - 1, '.')
      )
        ranges.push([k + 2, close, true]);
    return this.serverOf(ranges);
  }

  private csServer: NativeMode | 'self' | null | undefined;

  /**
   * C#: where a file points the OpenAI .NET SDK's clients (computed once): the `Endpoint` of its
   * `new OpenAIClientOptions { Endpoint = new Uri("http://localhost:11434/v1") }`, or set on a variable of that
   * class (`options.Endpoint = ...`), as serverOf reads them. Undefined when the file sets none.
   */
  private csOpenAIServer(): NativeMode | 'self' | undefined {
    if (this.csServer === undefined) {
      const toks = this.toks;
      const ranges: Array<[number, number, boolean]> = [];
      const options = new Set<string>();
      for (let i = 1; i < toks.length; i++) {
        if (!this.isName(i, 'OpenAIClientOptions')) continue;
        // `var options = new OpenAIClientOptions()`, `OpenAIClientOptions options = new()`
        if (this.isName(i - 1, 'new') && this.isOp(i - 2, '=') && this.isName(i - 3)) options.add(toks[i - 3].v);
        if (this.isName(i + 1) && this.isOp(i + 2, '=')) options.add(toks[i + 1].v);
        if (!this.isName(i - 1, 'new')) continue;
        let open = i + 1;
        if (this.isOp(open, '(')) open = this.close[open] + 1;
        if (!this.isOp(open, '{')) continue;
        const end = this.close[open];
        for (let k = open + 1; k < end; k++) {
          if (this.isName(k, 'Endpoint') && this.isOp(k + 1, '=') && this.isOp(k - 1, open === k - 1 ? '{' : ','))
            ranges.push([k + 2, end, true]);
          else if (this.close[k] > k) k = this.close[k];
        }
      }
      if (options.size)
        for (let i = 2; i + 1 < toks.length; i++)
          if (
            this.isName(i, 'Endpoint') &&
            this.isOp(i + 1, '=') &&
            this.isOp(i - 1, '.') &&
            this.isName(i - 2) &&
            options.has(toks[i - 2].v)
          )
            ranges.push([i + 2, toks.length, true]);
      this.budget.tick(2 * toks.length);
      this.csServer = this.serverOf(ranges) ?? null;
    }
    return this.csServer ?? undefined;
  }

  /**
   * In a Rust file that downloads from the Hub (hf-hub), the value of a `match` arm (`Which::Base => "org/x"`,
   * `Which::Q4 => ("org/x-GGUF", "x.Q4_K_M.gguf")`): the repositories the example picks from.
   */
  private armValue(i: number): void {
    const k = this.isOp(i, '(') ? this.toks[i + 1] : this.toks[i];
    if (k?.t !== T.Str || k.dyn || k.val === undefined || k.vs === undefined) return;
    this.push(classifyWeak(k.val, this.ctx), { value: k.val, offset: k.vs, tok: i }, Rank.Weak);
  }

  /** Literals a dataset's or a Space's download reads (`api.dataset(id)`): no model, whatever their name says. */
  private readonly notModel = new Set<number>();

  private notModels(start: number, end: number): void {
    for (const c of this.evalAt(start, end, 0, true)) this.notModel.add(c.offset);
  }

  /**
   * Whether the string at `i` keys a number in a table (`["BAAI/bge-base-en-v1.5"] = 768`, `{ "org/x", 768 }`,
   * `"org/x": 768`): a table of facts about models (their dimensions, context lengths), which loads none.
   */
  private keysNumber(i: number): boolean {
    const toks = this.toks;
    const num = (j: number) => toks[j]?.t === T.Num || (this.isOp(j, '-') && toks[j + 1]?.t === T.Num);
    if (this.isOp(i - 1, '[') && this.isOp(i + 1, ']') && this.isOp(i + 2, '=')) return num(i + 3);
    if (this.isOp(i - 1, '{') && this.isOp(i + 1, ',')) return num(i + 2) && this.isOp(i + 3, '}');
    return this.isOp(i + 1, ':') && num(i + 2);
  }

  /** A string written anywhere: `hf-hub:`/`hf://` ids, and Hub ids the catalog knows (not a table's key of a number). */
  private anywhere(i: number): void {
    const k = this.toks[i];
    if (k.dyn || k.val === undefined || k.vs === undefined) return;
    if (this.keysNumber(i)) return;
    const v = k.val;
    const c = { value: v, offset: k.vs, tok: i };
    if (isHubPrefixed(v)) this.push(classifyModel(v, 'strong', this.ctx), c, Rank.Anywhere);
    else if (v.includes('/') && knownHubString(this.ctx, v)) this.push({ id: v, kind: 'hub' }, c, Rank.Anywhere);
  }

  /**
   * An attribute at `#`: clap's `#[arg(long, default_value = "org/x")] model_id: String` gives the field its
   * default; `#[cfg(test)] mod tests { ... }` is a test module.
   */
  private attribute(i: number): void {
    const toks = this.toks;
    const open = i + 1;
    const end = this.close[open];
    if (end <= open || end >= toks.length) return;
    if (this.isName(open + 1, 'cfg') && this.isOp(open + 2, '(') && this.isName(open + 3, 'test')) {
      let k = end + 1;
      if (this.isName(k, 'pub')) k++;
      if (this.isName(k, 'mod') && this.isName(k + 1) && this.isOp(k + 2, '{'))
        this.testRanges.push([k, this.close[k + 2]]);
      return;
    }
    let value: Cand[] = [];
    for (let k = open + 1; k < end && k < open + 64; k++) {
      const t = toks[k];
      if (t.t === T.Name && (t.v === 'default_value' || t.v === 'default_value_t') && this.isOp(k + 1, '=')) {
        value = this.evalAt(k + 2, end, 0, false);
        break;
      }
    }
    if (!value.length) return;
    // the field: after any further attributes and `pub`
    let k = end + 1;
    for (let guard = 0; guard < 8 && this.isOp(k, '#') && this.isOp(k + 1, '['); guard++) k = this.close[k + 1] + 1;
    if (this.isName(k, 'pub')) k += this.isOp(k + 1, '(') ? 1 + (this.close[k + 1] - k) : 1;
    if (!this.isName(k) || !this.isOp(k + 1, ':')) return;
    this.define(toks[k].v, value, k, -1, true);
    if (!isModelishName(toks[k].v)) return;
    for (const c of value) this.push(classifyWeak(c.value, this.ctx), c, Rank.Weak);
  }
}

/** The references of one Go, Rust, Swift, Kotlin, Java or C# source. */
export function analyzeNative(src: string, lang: Lang, ctx: ScanContext, budget: Budget): RawRef[] {
  return new Analysis(src, lang, ctx, budget).run();
}
