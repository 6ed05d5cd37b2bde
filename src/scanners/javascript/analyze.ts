import type { ScanContext } from '../types.js';
import {
  classifyModel,
  classifyOllama,
  isModelishName,
  knownHubString,
  type Strength,
} from '../common/ids.js';
import type { RawRef } from '../common/text.js';
import { calleeChain, matchBracket, splitArgs, T, type Tok } from '../common/tokens.js';
import { lexJs } from './lexer.js';

interface Cand {
  value: string;
  offset: number;
}

type Mode = 'hub' | 'ollama';

const CLOSERS = new Set([')', ']', '}', '++', '--']);
const CONTINUERS = new Set([
  '?',
  ':',
  '.',
  '?.',
  '??',
  '||',
  '&&',
  '+',
  '-',
  '*',
  '/',
  '=',
  '==',
  '===',
  '!=',
  '!==',
  '<',
  '>',
  '<=',
  '>=',
  ',',
  ')',
  ']',
  '}',
  '(',
  '[',
]);
const KEYWORDS = new Set([
  'true',
  'false',
  'null',
  'undefined',
  'typeof',
  'new',
  'await',
  'void',
  'as',
  'satisfies',
]);
const TRANSFORMERS_JS_RE = /['"]@(?:xenova|huggingface)\/transformers['"]/;
const HF_CLIENT_RE =
  /['"]@huggingface\/(?:inference|hub)['"]|['"]@langchain\/community\/(?:llms|embeddings)\/hf/;
const HF_HUB_RE = /['"]@huggingface\/hub['"]/;

/** Finds model references in JavaScript/TypeScript source; offsets are offsets of `code`. */
export function analyzeJs(code: string, ctx: ScanContext): RawRef[] {
  return new JsAnalyzer(code, lexJs(code), ctx).run();
}

class JsAnalyzer {
  private readonly assigns = new Map<string, Array<[number, number]>>();
  private readonly out: RawRef[] = [];
  private readonly memo = new Map<string, Cand[]>();
  private readonly tfjs: boolean;
  private readonly hfClient: boolean;
  private readonly hfHub: boolean;

  constructor(
    private readonly code: string,
    private readonly toks: Tok[],
    private readonly ctx: ScanContext,
  ) {
    this.tfjs = TRANSFORMERS_JS_RE.test(code);
    this.hfClient = HF_CLIENT_RE.test(code);
    this.hfHub = HF_HUB_RE.test(code);
  }

  run(): RawRef[] {
    const toks = this.toks;
    this.collectAssignments();
    // stack of open brackets; for `{` the callee of the call it is a direct argument of
    const stack: Array<{ v: string; callee?: string[] }> = [];
    for (let i = 0; i < toks.length; i++) {
      const k = toks[i];
      if (k.t === T.Str) this.stringAnywhere(k);
      if (k.t === T.Op) {
        if (k.v === '(') {
          const callee = i > 0 && toks[i - 1].t === T.Name ? calleeChain(toks, i) : undefined;
          stack.push({ v: '(', callee });
          if (callee) this.call(i, callee);
        } else if (k.v === '{' || k.v === '[') {
          const top = stack[stack.length - 1];
          const prev = toks[i - 1];
          const direct = top?.v === '(' && prev?.t === T.Op && (prev.v === '(' || prev.v === ',');
          stack.push({
            v: k.v,
            callee: direct ? top.callee : k.v === '{' && top?.v === '{' ? top.callee : undefined,
          });
        } else if (k.v === ')' || k.v === '}' || k.v === ']') {
          stack.pop();
        }
        continue;
      }
      // object property `key: value`
      if ((k.t === T.Name || k.t === T.Str) && toks[i + 1]?.t === T.Op && toks[i + 1].v === ':') {
        const prev = toks[i - 1];
        const top = stack[stack.length - 1];
        if (top?.v !== '{' || !prev || prev.t !== T.Op || (prev.v !== '{' && prev.v !== ',')) continue;
        const key = k.t === T.Str ? (k.val ?? '') : k.v;
        this.property(key, i + 2, top.callee);
      }
    }
    for (const [name, ranges] of this.assigns) {
      if (!isModelishName(name)) continue;
      for (const [s, e] of ranges) {
        const first = toks[s];
        const cands =
          first.t === T.Op && (first.v === '[' || first.v === '{')
            ? this.collection(s, e)
            : this.evalExpr(s, e, 0, new Set([name]));
        for (const c of cands) this.report(c, 'hub', this.hfClient || this.tfjs ? 'strong' : 'weak');
      }
    }
    return this.out;
  }

  /**
   * Records `const|let|var NAME = expr` (with TS annotations), class fields (`static NAME = expr`,
   * `NAME = expr;`) and member assignments (`this.NAME = expr`, `this.NAME ??= expr`) under NAME.
   */
  private collectAssignments(): void {
    const toks = this.toks;
    for (let i = 0; i < toks.length - 2; i++) {
      const k = toks[i];
      if (k.t !== T.Name) continue;
      if (k.v === 'const' || k.v === 'let' || k.v === 'var') {
        const name = toks[i + 1];
        if (name.t !== T.Name) continue;
        let eq = i + 2;
        if (toks[eq]?.t === T.Op && toks[eq].v === ':') {
          while (eq < toks.length && !(toks[eq].t === T.Op && (toks[eq].v === '=' || toks[eq].v === ';'))) {
            if (toks[eq].t === T.Op && (toks[eq].v === '(' || toks[eq].v === '{' || toks[eq].v === '['))
              eq = matchBracket(toks, eq);
            eq++;
          }
        }
        if (toks[eq]?.t !== T.Op || toks[eq].v !== '=') continue;
        this.addAssign(name.v, eq + 1);
        continue;
      }
      const next = toks[i + 1];
      if (next.t !== T.Op || (next.v !== '=' && next.v !== '??=' && next.v !== '||=')) continue;
      const prev = toks[i - 1];
      const member =
        prev?.t === T.Op && prev.v === '.' && toks[i - 2]?.t === T.Name && toks[i - 2].v === 'this';
      const field =
        !prev ||
        (prev.t === T.Name &&
          (prev.v === 'static' || prev.v === 'readonly' || prev.v === 'public' || prev.v === 'private')) ||
        (prev.t === T.Op && (prev.v === ';' || prev.v === '{' || prev.v === '}'));
      if (member || field) this.addAssign(k.v, i + 2);
    }
  }

  private addAssign(name: string, start: number): void {
    const end = this.exprEnd(start);
    if (end <= start) return;
    const list = this.assigns.get(name);
    if (list) list.push([start, end]);
    else this.assigns.set(name, [[start, end]]);
  }

  /**
   * End of an expression starting at `s`: the first `,` `;` or closing bracket at depth 0, a new declaration,
   * or a line break where the expression cannot go on (automatic semicolon insertion, roughly).
   */
  private exprEnd(s: number): number {
    const toks = this.toks;
    let depth = 0;
    for (let i = s; i < toks.length; i++) {
      const k = toks[i];
      if (depth === 0 && i > s && this.code.slice(toks[i - 1].s, k.s).includes('\n')) {
        const prev = toks[i - 1];
        const prevContinues = prev.t === T.Op && !CLOSERS.has(prev.v);
        const nextContinues = k.t === T.Op && CONTINUERS.has(k.v);
        if (!prevContinues && !nextContinues) return i;
      }
      if (
        k.t === T.Name &&
        depth === 0 &&
        i > s &&
        (k.v === 'const' || k.v === 'let' || k.v === 'var' || k.v === 'export' || k.v === 'function')
      )
        return i;
      if (k.t !== T.Op) continue;
      if (k.v === '(' || k.v === '[' || k.v === '{') depth++;
      else if (k.v === ')' || k.v === ']' || k.v === '}') {
        if (depth === 0) return i;
        depth--;
      } else if ((k.v === ',' || k.v === ';') && depth === 0) return i;
    }
    return toks.length;
  }

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
          if (i > s && toks[i - 1].t === T.Name) {
            i = close;
            continue;
          }
          out.push(...this.evalExpr(i + 1, Math.min(close, e), depth + 1, seen));
          i = close;
        } else if (k.v === '[' || k.v === '{') i = matchBracket(toks, i);
        continue;
      }
      if (k.t !== T.Name || KEYWORDS.has(k.v)) continue;
      let j = i;
      while (
        toks[j + 1]?.t === T.Op &&
        (toks[j + 1].v === '.' || toks[j + 1].v === '?.') &&
        toks[j + 2]?.t === T.Name &&
        j + 2 < e
      )
        j += 2;
      const next = toks[j + 1];
      if (next?.t === T.Op && next.v === '(' && j + 1 < e) {
        i = matchBracket(toks, j + 1);
        continue;
      }
      if (next?.t === T.Op && next.v === '[' && j + 1 < e) {
        out.push(...this.collectionOf(toks[j].v, seen));
        i = matchBracket(toks, j + 1);
        continue;
      }
      if (j === i || (j === i + 2 && k.v === 'this')) out.push(...this.follow(toks[j].v, depth, seen));
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

  private collectionOf(name: string, seen: Set<string>): Cand[] {
    if (seen.has(name)) return [];
    const out: Cand[] = [];
    for (const [s, e] of this.assigns.get(name) ?? []) {
      const first = this.toks[s];
      if (first.t === T.Op && (first.v === '[' || first.v === '{')) out.push(...this.collection(s, e));
    }
    return out;
  }

  private collection(s: number, e: number): Cand[] {
    const out: Cand[] = [];
    for (let i = s; i < e; i++) {
      const k = this.toks[i];
      if (k.t === T.Str && !k.dyn && k.val !== undefined && k.vs !== undefined)
        out.push({ value: k.val, offset: k.vs });
      else if (k.t === T.Op && k.v === '(' && i > s && this.toks[i - 1].t === T.Name)
        i = matchBracket(this.toks, i);
    }
    return out;
  }

  private call(open: number, chain: string[]): void {
    const last = chain[chain.length - 1];
    if (last !== 'pipeline' && last !== 'from_pretrained') return;
    if (last === 'from_pretrained' && chain.length < 2) return;
    const { args } = splitArgs(this.toks, open);
    const index = last === 'pipeline' ? 1 : 0;
    const a = args[index];
    if (!a) return;
    const strength: Strength = this.tfjs || last === 'from_pretrained' ? 'strong' : 'weak';
    if (last === 'pipeline' && !this.tfjs && !chain.some((c) => /transformers/i.test(c))) {
      // an unrelated pipeline(): only catalog-known ids, which stringAnywhere reports
      return;
    }
    const opts = args[index + 1];
    const revision = opts ? this.objectValue(opts.start, opts.end, 'revision') : undefined;
    for (const c of this.evalExpr(a.start, a.end, 0, new Set())) this.report(c, 'hub', strength, revision);
  }

  /** String value of `key:` in the object literal spanning [s, e). */
  private objectValue(s: number, e: number, key: string): string | undefined {
    const toks = this.toks;
    if (toks[s]?.v !== '{') return undefined;
    for (let i = s + 1; i < e - 2; i++) {
      const k = toks[i];
      if (
        (k.t === T.Name || k.t === T.Str) &&
        (k.t === T.Str ? k.val : k.v) === key &&
        toks[i + 1].v === ':' &&
        toks[i + 2].t === T.Str
      ) {
        return toks[i + 2].dyn ? undefined : toks[i + 2].val;
      }
    }
    return undefined;
  }

  private property(key: string, valueStart: number, callee: string[] | undefined): void {
    const ollama = callee?.some((c) => /ollama/i.test(c)) ?? false;
    const isRepo = key === 'repo' || key === 'repoId';
    if (isRepo ? !this.hfHub : !isModelishName(key)) return;
    const end = this.exprEnd(valueStart);
    const strength: Strength = this.hfClient || this.tfjs ? 'strong' : 'weak';
    for (const c of this.evalExpr(valueStart, end, 0, new Set()))
      this.report(c, ollama ? 'ollama' : 'hub', strength);
  }

  private stringAnywhere(k: Tok): void {
    if (k.dyn || k.val === undefined || k.vs === undefined) return;
    const v = k.val;
    if (/^hf[-_]hub:/i.test(v)) this.report({ value: v, offset: k.vs }, 'hub', 'strong');
    else if (v.includes('/') && knownHubString(this.ctx, v))
      this.out.push({ id: v, kind: 'hub', offset: k.vs });
  }

  private report(c: Cand, mode: Mode, strength: Strength, revision?: string): void {
    const cl = mode === 'ollama' ? classifyOllama(c.value) : classifyModel(c.value, strength, this.ctx);
    if (!cl) return;
    const ref: RawRef = { id: cl.id, kind: cl.kind, offset: c.offset + (cl.shift ?? 0) };
    if (revision && cl.kind === 'hub') ref.revision = revision;
    this.out.push(ref);
  }
}
