import type { ScanContext } from '../types.js';
import {
  classifyModel,
  classifyOllama,
  isModelishName,
  knownHubString,
  TORCH_HUB_MODEL_REPOS,
  type Classified,
  type Strength,
} from '../common/ids.js';
import type { RawRef } from '../common/text.js';
import { calleeChain, matchBracket, pickArg, splitArgs, T, type Arg, type Tok } from '../common/tokens.js';
import { lexPython } from './lexer.js';

/** A string value an expression may evaluate to, and where it is written. */
interface Cand {
  value: string;
  offset: number;
}

type Mode = 'hub' | 'st' | 'ollama' | 'torchhub';

interface CallRule {
  /** Positional index of the model argument. */
  pos?: number;
  /** Keyword names of the model argument. */
  kws: readonly string[];
  mode: Mode;
  strength: Strength;
  /** Further keyword arguments naming models (tokenizers). */
  also?: readonly string[];
  /** Honour `repo_type="dataset"|"space"`. */
  repoType?: boolean;
}

const HUB_LOADER_KWS = [
  'pretrained_model_name_or_path',
  'model_name_or_path',
  'model_name',
  'model_id',
  'repo_id',
  'pretrained_model_or_path',
];

const RULES: Record<string, CallRule> = {
  from_pretrained: { pos: 0, kws: HUB_LOADER_KWS, mode: 'hub', strength: 'strong' },
  from_single_file: { pos: 0, kws: ['pretrained_model_link_or_path'], mode: 'hub', strength: 'strong' },
  load_lora_weights: {
    pos: 0,
    kws: ['pretrained_model_name_or_path_or_dict'],
    mode: 'hub',
    strength: 'strong',
  },
  load_lora_adapter: {
    pos: 0,
    kws: ['pretrained_model_name_or_path_or_dict'],
    mode: 'hub',
    strength: 'strong',
  },
  load_ip_adapter: {
    pos: 0,
    kws: ['pretrained_model_name_or_path_or_dict'],
    mode: 'hub',
    strength: 'strong',
  },
  load_textual_inversion: { pos: 0, kws: ['pretrained_model_name_or_path'], mode: 'hub', strength: 'strong' },
  pipeline: { pos: 1, kws: ['model'], mode: 'hub', strength: 'strong', also: ['tokenizer'] },
  SentenceTransformer: { pos: 0, kws: ['model_name_or_path'], mode: 'st', strength: 'strong' },
  SparseEncoder: { pos: 0, kws: ['model_name_or_path'], mode: 'st', strength: 'strong' },
  CrossEncoder: { pos: 0, kws: ['model_name_or_path', 'model_name'], mode: 'hub', strength: 'strong' },
  hf_hub_download: { pos: 0, kws: ['repo_id'], mode: 'hub', strength: 'strong', repoType: true },
  snapshot_download: { pos: 0, kws: ['repo_id'], mode: 'hub', strength: 'strong', repoType: true },
  hf_hub_url: { pos: 0, kws: ['repo_id'], mode: 'hub', strength: 'strong', repoType: true },
  model_info: { pos: 0, kws: ['repo_id'], mode: 'hub', strength: 'strong' },
  list_repo_files: { pos: 0, kws: ['repo_id'], mode: 'hub', strength: 'strong', repoType: true },
  LLM: { pos: 0, kws: ['model'], mode: 'hub', strength: 'strong', also: ['tokenizer'] },
  EngineArgs: { kws: ['model'], mode: 'hub', strength: 'strong', also: ['tokenizer'] },
  AsyncEngineArgs: { kws: ['model'], mode: 'hub', strength: 'strong', also: ['tokenizer'] },
  HuggingFaceEndpoint: { kws: ['repo_id', 'model'], mode: 'hub', strength: 'strong' },
  HuggingFaceHub: { kws: ['repo_id'], mode: 'hub', strength: 'strong' },
  from_model_id: { pos: 0, kws: ['model_id'], mode: 'hub', strength: 'strong' },
  HuggingFaceEmbeddings: { kws: ['model_name', 'model'], mode: 'st', strength: 'strong' },
  HuggingFaceEmbedding: { pos: 0, kws: ['model_name'], mode: 'st', strength: 'strong' },
  HuggingFaceBgeEmbeddings: { kws: ['model_name'], mode: 'hub', strength: 'strong' },
  HuggingFaceInstructEmbeddings: { kws: ['model_name'], mode: 'hub', strength: 'strong' },
  HuggingFaceEndpointEmbeddings: { kws: ['model', 'repo_id'], mode: 'hub', strength: 'strong' },
  HuggingFaceInferenceAPIEmbeddings: { kws: ['model_name'], mode: 'hub', strength: 'strong' },
  HuggingFaceInferenceAPIEmbedding: { kws: ['model_name'], mode: 'hub', strength: 'strong' },
  HuggingFaceInferenceAPI: { kws: ['model_name', 'model'], mode: 'hub', strength: 'strong' },
  HuggingFaceLLM: { kws: ['model_name'], mode: 'hub', strength: 'strong', also: ['tokenizer_name'] },
  ChatHuggingFace: { kws: ['model_id'], mode: 'hub', strength: 'strong' },
  InferenceClient: { pos: 0, kws: ['model'], mode: 'hub', strength: 'strong' },
  AsyncInferenceClient: { pos: 0, kws: ['model'], mode: 'hub', strength: 'strong' },
  ChatOllama: { pos: 0, kws: ['model', 'model_name'], mode: 'ollama', strength: 'strong' },
  Ollama: { pos: 0, kws: ['model', 'model_name'], mode: 'ollama', strength: 'strong' },
  OllamaLLM: { pos: 0, kws: ['model', 'model_name'], mode: 'ollama', strength: 'strong' },
  OllamaEmbeddings: { pos: 0, kws: ['model', 'model_name'], mode: 'ollama', strength: 'strong' },
  OllamaEmbedding: { pos: 0, kws: ['model_name', 'model'], mode: 'ollama', strength: 'strong' },
  OllamaFunctions: { pos: 0, kws: ['model'], mode: 'ollama', strength: 'strong' },
};

const OLLAMA_MODULE_CALLS = new Set(['chat', 'generate', 'embed', 'embeddings', 'pull', 'show', 'push']);
const PEFT_RECEIVER_RE = /^Peft(?:Model(?:For\w+)?|MixedModel)$/;
/** Calls whose `repo_id`/`model` arguments are destinations, not models being loaded. */
const OUTPUT_CALL_RE =
  /(?:push|upload|create_repo|delete|save|commit|update|duplicate|move_repo|create_branch|create_tag)/i;
const KEYWORDS = new Set([
  'if',
  'else',
  'or',
  'and',
  'not',
  'None',
  'True',
  'False',
  'lambda',
  'in',
  'is',
  'await',
]);
const GETTERS = new Set(['getenv', 'get', 'setdefault', 'pop']);

/** Finds model references in Python source. Offsets are offsets of `code`. */
export function analyzePython(code: string, ctx: ScanContext): RawRef[] {
  return new Analyzer(code, lexPython(code), ctx).run();
}

class Analyzer {
  private readonly assigns = new Map<string, Array<[number, number]>>();
  private readonly out: RawRef[] = [];
  private readonly memo = new Map<string, Cand[]>();
  private readonly mlx: boolean;

  constructor(
    private readonly code: string,
    private readonly toks: Tok[],
    private readonly ctx: ScanContext,
  ) {
    this.mlx = code.includes('mlx_lm');
  }

  run(): RawRef[] {
    this.collectAssignments();
    const toks = this.toks;
    // Strings inside a dataset call (load_dataset("org/name")) name datasets, even when a model has the same id.
    let datasetArgsEnd = -1;
    for (let i = 0; i < toks.length; i++) {
      const k = toks[i];
      if (k.t === T.Str) {
        if (i > datasetArgsEnd) this.stringAnywhere(k);
        if (toks[i + 1]?.t === T.Op && toks[i + 1].v === ':' && !k.dyn && isModelishName(k.val ?? '')) {
          this.dictEntry(i + 2);
        }
        continue;
      }
      if (k.t !== T.Op || k.v !== '(' || i === 0 || toks[i - 1].t !== T.Name) continue;
      const before = toks[i - 2];
      if (before && before.t === T.Name && (before.v === 'def' || before.v === 'class')) continue;
      if (DATASET_CALLS.has(toks[i - 1].v ?? '')) datasetArgsEnd = Math.max(datasetArgsEnd, closingParen(toks, i));
      this.call(i);
    }
    // Assignments to model-ish names: MODEL_ID = "org/x", EMBEDDING_MODELS = [...].
    for (const [name, ranges] of this.assigns) {
      if (!isModelishName(name)) continue;
      for (const [s, e] of ranges) {
        const first = toks[s];
        const cands =
          first.t === T.Op && (first.v === '[' || first.v === '{' || first.v === '(')
            ? this.collection(s, e)
            : this.evalExpr(s, e, 0, new Set([name]));
        for (const c of cands) this.report(c, 'hub', 'weak');
      }
    }
    return this.out;
  }

  /** Records `NAME = expr`, `NAME: T = expr`, `self.NAME = expr` and parameter defaults of `def`. */
  private collectAssignments(): void {
    const toks = this.toks;
    for (let i = 0; i < toks.length; i++) {
      const k = toks[i];
      if (k.t !== T.Name) continue;
      if (k.v === 'def' && toks[i + 1]?.t === T.Name && toks[i + 2]?.v === '(') {
        const { args } = splitArgs(toks, i + 2);
        for (const a of args) this.paramDefault(a);
        continue;
      }
      if (!k.bol) continue;
      let j = i;
      let name = k.v;
      if ((k.v === 'self' || k.v === 'cls') && toks[i + 1]?.v === '.' && toks[i + 2]?.t === T.Name) {
        name = toks[i + 2].v;
        j = i + 2;
      }
      let eq = j + 1;
      if (toks[eq]?.t === T.Op && toks[eq].v === ':') {
        // annotation: skip to '=' before the end of the logical line
        let m = eq + 1;
        while (m < toks.length && toks[m].t !== T.Newline && !(toks[m].t === T.Op && toks[m].v === '=')) {
          if (toks[m].t === T.Op && (toks[m].v === '(' || toks[m].v === '[')) m = matchBracket(toks, m);
          m++;
        }
        eq = m;
      }
      if (toks[eq]?.t !== T.Op || toks[eq].v !== '=') continue;
      let end = eq + 1;
      while (end < toks.length && toks[end].t !== T.Newline) end++;
      if (end > eq + 1) this.addAssign(name, eq + 1, end);
    }
  }

  private paramDefault(a: { start: number; end: number; kw?: string }): void {
    const toks = this.toks;
    if (a.kw) {
      this.addAssign(a.kw, a.start, a.end);
      return;
    }
    if (toks[a.start]?.t !== T.Name) return;
    for (let m = a.start + 1; m < a.end; m++) {
      const k = toks[m];
      if (k.t === T.Op && (k.v === '[' || k.v === '(')) m = matchBracket(toks, m);
      else if (k.t === T.Op && k.v === '=') {
        if (m + 1 < a.end) this.addAssign(toks[a.start].v, m + 1, a.end);
        return;
      }
    }
  }

  private addAssign(name: string, s: number, e: number): void {
    const list = this.assigns.get(name);
    if (list) list.push([s, e]);
    else this.assigns.set(name, [[s, e]]);
  }

  /** The string values an expression may take: literals, followed names, env/dict defaults, conditionals. */
  private evalExpr(s: number, e: number, depth: number, seen: Set<string>): Cand[] {
    const toks = this.toks;
    const out: Cand[] = [];
    if (depth > 4) return out;
    for (let i = s; i < e; i++) {
      const k = toks[i];
      if (k.t === T.Str) {
        if (!k.dyn && k.val !== undefined && k.vs !== undefined) out.push({ value: k.val, offset: k.vs });
        continue;
      }
      if (k.t === T.Op) {
        if (k.v === '(') {
          const close = matchBracket(toks, i);
          out.push(...this.evalExpr(i + 1, Math.min(close, e), depth + 1, seen));
          i = close;
        } else if (k.v === '[' || k.v === '{') {
          i = matchBracket(toks, i);
        }
        continue;
      }
      if (k.t !== T.Name || KEYWORDS.has(k.v)) continue;
      // dotted chain
      let j = i;
      while (toks[j + 1]?.t === T.Op && toks[j + 1].v === '.' && toks[j + 2]?.t === T.Name && j + 2 < e)
        j += 2;
      const last = toks[j].v;
      const next = toks[j + 1];
      if (next?.t === T.Op && next.v === '(' && j + 1 < e) {
        const { args, close } = splitArgs(toks, j + 1, '=');
        if (GETTERS.has(last)) {
          const d = pickArg(args, 1, ['default']);
          if (d) out.push(...this.evalExpr(d.start, d.end, depth + 1, seen));
          if (last === 'get' && j > i) out.push(...this.collectionOf(toks[j - 2].v, seen));
        } else if (last === 'field') {
          const d = pickArg(args, undefined, ['default']);
          if (d) out.push(...this.evalExpr(d.start, d.end, depth + 1, seen));
        } else if (last === 'str' || last === 'fspath') {
          const d = pickArg(args, 0, []);
          if (d) out.push(...this.evalExpr(d.start, d.end, depth + 1, seen));
        }
        i = close;
        continue;
      }
      if (next?.t === T.Op && next.v === '[' && j + 1 < e) {
        out.push(...this.collectionOf(last, seen));
        i = matchBracket(toks, j + 1);
        continue;
      }
      const head = toks[i].v;
      if (j === i || head === 'self' || head === 'cls') out.push(...this.follow(last, depth, seen));
      i = j;
    }
    return out;
  }

  /** Values of a name, through its assignments; memoised (cycles are cut by `seen`). */
  private follow(name: string, depth: number, seen: Set<string>): Cand[] {
    if (seen.has(name)) return [];
    const memo = this.memo.get(name);
    if (memo) return memo;
    const inner = new Set(seen).add(name);
    const out: Cand[] = [];
    for (const [s, e] of this.assigns.get(name) ?? []) out.push(...this.evalExpr(s, e, depth + 1, inner));
    if (depth === 0 || out.length) this.memo.set(name, out);
    return out;
  }

  /** Strings of collection literals assigned to `name` (MODELS = {...}; MODELS[size]). */
  private collectionOf(name: string, seen: Set<string>): Cand[] {
    if (seen.has(name)) return [];
    const out: Cand[] = [];
    for (const [s, e] of this.assigns.get(name) ?? []) {
      const first = this.toks[s];
      if (first.t === T.Op && (first.v === '[' || first.v === '{' || first.v === '('))
        out.push(...this.collection(s, e));
    }
    return out;
  }

  /** Literal strings inside a collection literal, not inside nested calls. */
  private collection(s: number, e: number): Cand[] {
    const toks = this.toks;
    const out: Cand[] = [];
    for (let i = s; i < e; i++) {
      const k = toks[i];
      if (k.t === T.Str && !k.dyn && k.val !== undefined && k.vs !== undefined)
        out.push({ value: k.val, offset: k.vs });
      else if (k.t === T.Op && k.v === '(' && i > s && toks[i - 1].t === T.Name) i = matchBracket(toks, i);
    }
    return out;
  }

  /** `"model": value` inside a dict literal. */
  private dictEntry(s: number): void {
    const toks = this.toks;
    let depth = 0;
    let e = s;
    for (; e < toks.length; e++) {
      const k = toks[e];
      if (k.t === T.Newline) break;
      if (k.t !== T.Op) continue;
      if (k.v === '(' || k.v === '[' || k.v === '{') depth++;
      else if (k.v === ')' || k.v === ']' || k.v === '}') {
        if (depth === 0) break;
        depth--;
      } else if (k.v === ',' && depth === 0) break;
    }
    for (const c of this.evalExpr(s, e, 0, new Set())) this.report(c, 'hub', 'weak');
  }

  private call(open: number): void {
    const toks = this.toks;
    const chain = calleeChain(toks, open);
    const last = chain[chain.length - 1];
    const { args } = splitArgs(toks, open, '=');
    let rule: CallRule | undefined = RULES[last];
    if (rule === RULES.from_pretrained && chain.length < 2) rule = undefined;
    if (last === 'pipeline' && chain.length > 1 && chain[chain.length - 2] !== 'transformers')
      rule = undefined;
    if (last === 'load' && (chain.length === 1 ? this.mlx : chain[chain.length - 2] === 'mlx_lm')) {
      rule = { pos: 0, kws: ['path_or_hf_repo'], mode: 'hub', strength: 'strong' };
    }
    if (chain.length === 2 && chain[0] === 'ollama' && OLLAMA_MODULE_CALLS.has(last)) {
      rule = { pos: 0, kws: ['model'], mode: 'ollama', strength: 'strong' };
    }
    if (chain.length >= 2 && chain[chain.length - 2] === 'hub' && last === 'load') {
      this.torchHub(args);
      return;
    }
    let revision: string | undefined;
    const revArg = pickArg(args, undefined, ['revision']);
    if (revArg) revision = this.evalExpr(revArg.start, revArg.end, 0, new Set())[0]?.value;
    const skipRepoType = () => {
      const rt = pickArg(args, undefined, ['repo_type']);
      if (!rt) return false;
      const v = this.evalExpr(rt.start, rt.end, 0, new Set())[0]?.value;
      return v === 'dataset' || v === 'space';
    };
    const handled = new Set<Arg>();
    if (rule) {
      if (rule.repoType && skipRepoType()) return;
      let pos = rule.pos;
      let kws = rule.kws;
      if (last === 'from_pretrained' && PEFT_RECEIVER_RE.test(chain[chain.length - 2])) {
        pos = 1;
        kws = ['model_id'];
      }
      const a = pickArg(args, pos, kws);
      if (a) {
        handled.add(a);
        for (const c of this.evalExpr(a.start, a.end, 0, new Set()))
          this.report(c, rule.mode, rule.strength, revision);
      }
      for (const kw of rule.also ?? []) {
        const t = pickArg(args, undefined, [kw]);
        if (!t) continue;
        handled.add(t);
        for (const c of this.evalExpr(t.start, t.end, 0, new Set()))
          this.report(c, 'hub', 'strong', revision);
      }
    }
    // argparse: add_argument("--model", default="org/x")
    if (last === 'add_argument') {
      const flag = args.find(
        (a) =>
          !a.kw &&
          toks[a.start].t === T.Str &&
          (toks[a.start].val ?? '').startsWith('-') &&
          isModelishName(toks[a.start].val ?? ''),
      );
      const d = flag && pickArg(args, undefined, ['default']);
      if (d) for (const c of this.evalExpr(d.start, d.end, 0, new Set())) this.report(c, 'hub', 'weak');
      return;
    }
    // Any other call: keyword arguments named like models (model=, model_id=, repo_id=).
    if (OUTPUT_CALL_RE.test(last)) return;
    for (const a of args) {
      if (!a.kw || handled.has(a) || !isModelishName(a.kw)) continue;
      if (a.kw.startsWith('repo_id') && skipRepoType()) continue;
      for (const c of this.evalExpr(a.start, a.end, 0, new Set())) this.report(c, 'hub', 'weak', revision);
    }
  }

  private torchHub(args: Arg[]): void {
    const src = pickArg(args, undefined, ['source']);
    if (src && this.evalExpr(src.start, src.end, 0, new Set())[0]?.value === 'local') return;
    const a = pickArg(args, 0, ['repo_or_dir', 'github']);
    if (!a) return;
    for (const c of this.evalExpr(a.start, a.end, 0, new Set())) {
      const [repo, ref] = c.value.split(':');
      if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) continue;
      if (safeKnown(this.ctx, repo)) {
        this.out.push({ id: repo, kind: 'hub', offset: c.offset, ...(ref ? { revision: ref } : {}) });
      } else if (TORCH_HUB_MODEL_REPOS.has(repo.toLowerCase())) {
        this.out.push({
          id: `https://github.com/${repo}`,
          kind: 'url',
          offset: c.offset,
          ...(ref ? { revision: ref } : {}),
        });
      }
    }
  }

  private stringAnywhere(k: Tok): void {
    if (k.dyn || k.val === undefined || k.vs === undefined) return;
    const v = k.val;
    if (/^hf[-_]hub:/i.test(v)) this.report({ value: v, offset: k.vs }, 'hub', 'strong');
    else if (v.includes('/') && knownHubString(this.ctx, v))
      this.out.push({ id: v, kind: 'hub', offset: k.vs });
  }

  private report(c: Cand, mode: Mode, strength: Strength, revision?: string): void {
    let cl: Classified | undefined;
    if (mode === 'ollama') cl = classifyOllama(c.value);
    else cl = classifyModel(c.value, strength, this.ctx, { sentenceTransformers: mode === 'st' });
    if (!cl) return;
    const ref: RawRef = { id: cl.id, kind: cl.kind, offset: c.offset + (cl.shift ?? 0) };
    if (revision && cl.kind === 'hub') ref.revision = revision;
    this.out.push(ref);
  }
}

/** Calls whose arguments name datasets, not models. */
const DATASET_CALLS = new Set(['load_dataset', 'load_dataset_builder', 'get_dataset_config_names', 'get_dataset_split_names']);

/** Index of the token closing the parenthesis opened at `open` (the last token when unbalanced). */
function closingParen(toks: Tok[], open: number): number {
  let depth = 0;
  for (let j = open; j < toks.length; j++) {
    const k = toks[j];
    if (k.t !== T.Op) continue;
    if (k.v === '(' || k.v === '[' || k.v === '{') depth++;
    else if ((k.v === ')' || k.v === ']' || k.v === '}') && --depth === 0) return j;
  }
  return toks.length - 1;
}

function safeKnown(ctx: ScanContext, id: string): boolean {
  try {
    return ctx.isKnownModel(id);
  } catch {
    return false;
  }
}
