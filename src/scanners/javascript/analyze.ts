import type { ScanContext } from '../types.js';
import { table } from '../common/table.js';
import { Budget } from '../limits.js';
import { addCands, FlowAnalyzer, MAX_CANDIDATES, talksToOllama, type Analysis, type Cand } from '../common/flow.js';
import {
  AI_GATEWAY_PROVIDERS,
  AI_SDK_PROVIDERS,
  endpointMode,
  envEndpointMode,
  namedServiceMode,
  frameworkPackageService,
  isBaseUrlName,
  JS_HOSTED_CLASSES,
  JS_SDK_PROVIDERS,
  modelListService,
  pathService,
  SINK_METHODS,
  SINK_PARTS,
} from '../common/hosted.js';
import {
  classifyModel,
  isModelIdKey,
  isModelishName,
  isModelLabelKey,
  isModelPathName,
  isRunOutput,
  namesOllama,
  type Strength,
} from '../common/ids.js';
import { calleeChain, isOpen, opensTestCall, T, type Tok } from '../common/tokens.js';
import type { Mode } from '../common/values.js';
import { jsTokens } from './lexer.js';

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
const KEYWORDS = new Set(['true', 'false', 'null', 'undefined', 'typeof', 'new', 'await', 'void', 'as', 'satisfies']);
/** Modifiers before a class field's name (`private modelMap: ... = {...}`). */
const FIELD_MODIFIERS: ReadonlySet<string> = new Set(['static', 'readonly', 'public', 'private', 'protected']);
const DECLARATIONS = new Set(['const', 'let', 'var', 'export', 'function']);
/** transformers.js, from npm or from a CDN (jsDelivr, esm.sh, unpkg, Skypack). */
const TRANSFORMERS_JS_RE = /(?:^|\/)@(?:xenova|huggingface)\/transformers(?:@[\w.^~-]+)?(?:[/?#]|$)/;
const HF_CLIENT_RE = /^@huggingface\/(?:inference|hub)$|^@langchain\/community\/(?:llms|embeddings)\/hf/;
/** WebLLM, from npm or from a CDN (`https://esm.run/@mlc-ai/web-llm`). */
const WEBLLM_RE = /(?:^|\/)@mlc-ai\/web-llm(?:@[\w.^~-]+)?(?:[/?#]|$)/;
/**
 * WebLLM's engine factories and methods → the argument that names the model (a prebuilt id such as
 * `Llama-3.2-1B-Instruct-q4f16_1-MLC`, or an array of them): `CreateMLCEngine(model, config)`,
 * `CreateWebWorkerMLCEngine(worker, model)`, `engine.reload(model)` (https://webllm.mlc.ai/docs/user/api_reference.html).
 */
const WEBLLM_CALLS: Readonly<Record<string, number>> = table({
  CreateMLCEngine: 0,
  CreateServiceWorkerMLCEngine: 0,
  CreateExtensionServiceWorkerMLCEngine: 0,
  CreateWebWorkerMLCEngine: 1,
  reload: 0,
});
const OLLAMA_CALLS = new Set(['chat', 'generate', 'embed', 'embeddings', 'pull', 'show', 'push']);
const GENAI_METHODS = new Set([
  'generateContent',
  'generateContentStream',
  'embedContent',
  'countTokens',
  'generateImages',
]);
const WATSONX_METHODS = new Set([
  'generateText',
  'generateTextStream',
  'textChat',
  'textChatStream',
  'embedText',
  'textRerank',
]);
const BASE_URL_KEYS = new Set(['baseURL', 'baseUrl', 'basePath', 'apiBase', 'endpoint', 'host']);

interface Frame {
  v: string;
  /** The token index of an object literal's `{`. */
  open?: number;
  callee?: string[];
  /** How the model options of the call read (undefined: decided by the option's name). */
  mode?: { mode: Mode; strength: Strength; keys?: readonly string[]; soft?: boolean };
}

/**
 * Finds model references in JavaScript/TypeScript source; offsets are offsets of `code`. `path`: the file's, when
 * it is one (a folder or a file named for a service says which service the file talks to).
 */
export function analyzeJs(
  code: string,
  ctx: ScanContext,
  budget = new Budget(code.length, ctx),
  path?: string,
): Analysis {
  return new JsAnalyzer(code, jsTokens(code, budget).toks, ctx, budget, path).run();
}

/** SDK clients constructed directly (`new OpenAI(...)`) → their provider. */
const DIRECT_CLIENTS: Record<string, string> = table({
  OpenAI: 'openai',
  AzureOpenAI: 'azure-openai',
  Anthropic: 'anthropic',
  GoogleGenerativeAI: 'google',
  GoogleGenAI: 'google',
  VertexAI: 'vertex-ai',
  BedrockRuntimeClient: 'bedrock',
  Groq: 'groq',
  Together: 'together',
  Mistral: 'mistral',
  CohereClient: 'cohere',
  CohereClientV2: 'cohere',
  // `@azure/openai`'s client (its 1.0 betas); LangChain.js re-exports OpenAI's own class under this name
  // (`import { OpenAIClient } from "@langchain/openai"`): see instanceOf
  OpenAIClient: 'azure-openai',
  newInstance: 'watsonx',
  Replicate: 'replicate',
});

/** Keys and attributes whose values show a user what to write, never what the code loads (see isSampleKey). */
const SAMPLE_KEYS = new Set(['placeholder', 'example', 'examples']);

/**
 * Whether the token at `i` names a sample value: an option or a JSX attribute `placeholder` (a form's hint,
 * Flowise's `{ label: 'Model Name', name: 'modelName', placeholder: 'microsoft/phi-3-mini-4k-instruct' }`), or an
 * `example`/`examples` of a schema. The model the user types there is not one the code loads.
 */
function isSampleKey(toks: readonly Tok[], i: number): boolean {
  const k = toks[i];
  const next = toks[i + 1];
  if (next?.t !== T.Op || (next.v !== ':' && next.v !== '=')) return false;
  const name = k.t === T.Name ? k.v : k.t === T.Str && !k.dyn ? k.val : undefined;
  // (not a conditional's branch, `c ? "example" : x`)
  return name !== undefined && SAMPLE_KEYS.has(name) && toks[i - 1]?.v !== '?';
}

const COMPARISONS: ReadonlySet<string> = new Set(['===', '!==', '==', '!=']);

/**
 * Whether the operand [i, j] (a string, a name or a dotted chain) is compared: `id === "org/x"`, `"org/x" !== id`,
 * `model.id == OTHER`.
 */
function compared(toks: readonly Tok[], i: number, j = i): boolean {
  const prev = toks[i - 1];
  const next = toks[j + 1];
  return (prev?.t === T.Op && COMPARISONS.has(prev.v)) || (next?.t === T.Op && COMPARISONS.has(next.v));
}

/** Whether the string token at `i` is a `case` label (`case "gpt-4o":`): a value a `switch` tests, not one it takes. */
function caseLabel(toks: readonly Tok[], i: number): boolean {
  const prev = toks[i - 1];
  const next = toks[i + 1];
  return prev?.t === T.Name && prev.v === 'case' && next?.t === T.Op && next.v === ':';
}

/** The options naming the model of a class imported from a service's package (see frameworkPackageService). */
const SERVICE_CLASS_KEYS = ['model', 'modelName', 'modelId'] as const;

/** Methods of a Replicate client (`new Replicate()` from the `replicate` package) whose first argument names the model run. */
const REPLICATE_CALLS = new Set(['run', 'stream']);

/**
 * Methods of `@azure/openai`'s `OpenAIClient` (its 1.0 betas) whose first argument is the deployment the request
 * goes to (https://learn.microsoft.com/en-us/javascript/api/@azure/openai/openaiclient).
 */
const AZURE_CLIENT_CALLS = new Set([
  'getChatCompletions',
  'streamChatCompletions',
  'getCompletions',
  'streamCompletions',
  'getEmbeddings',
  'getImages',
  'getAudioTranscription',
  'getAudioTranslation',
]);

class JsAnalyzer extends FlowAnalyzer {
  protected override readonly nameKeys = true;
  private tfjs = false;
  /** `OpenAIClient` is imported from `@langchain/openai` (OpenAI's client, re-exported), not `@azure/openai`'s. */
  private langchainOpenAIClient = false;
  private hfClient = false;
  private hfHub = false;
  /** The file imports WebLLM (`@mlc-ai/web-llm`). */
  private webllm = false;
  /** Providers whose SDK the file imports. */
  private readonly sdks = new Set<string>();
  /** Local names of provider functions: `openai` of `@ai-sdk/openai`, `ollama` of `ollama-ai-provider`. */
  private readonly providerFns = new Map<string, Mode>();
  /**
   * Classes imported from a framework's package named for a hosted service (`TogetherLLM` of
   * `@llamaindex/together`, `ChatCerebras` of `@langchain/cerebras`) → that service.
   */
  private readonly serviceClasses = new Map<string, Mode>();
  /** Names imported from `@ai-sdk/gateway` (`gateway`, `createGateway`): their models are `provider/model`. */
  private readonly gatewayFns = new Set<string>();
  /** Client instances (`const client = new OpenAI({ baseURL })`) → what their methods' `model` names. */
  private readonly instances = new Map<string, Mode | 'self'>();
  /** Per name: the first token of each of its assignments (`createGroq` of `const g = createGroq({})`). */
  private readonly firstTokens = new Map<string, ReadonlySet<string>>();
  /** Local names of SDK clients imported under another name (`const { OpenAI: OpenAIApi } = require("openai")`). */
  private readonly clientAliases = new Map<string, string>();
  /** Whether an object literal (by the index of its `{`) has a key holding a model's id (see `isLabel`). */
  private readonly idKeyed = new Map<number, boolean>();
  /** A newline between token i-1 and token i. */
  private readonly nl: Uint8Array;

  constructor(
    code: string,
    toks: Tok[],
    ctx: ScanContext,
    budget: Budget,
    private readonly path?: string,
  ) {
    super(code, toks, ctx, budget);
    this.ollamaFile = talksToOllama(code, toks);
    this.nl = new Uint8Array(toks.length);
    for (let i = 1; i < toks.length; i++) {
      const gap = code.slice(toks[i - 1].e, toks[i].s);
      if (gap.includes('\n') || code.slice(toks[i - 1].s, toks[i - 1].e).includes('\n')) this.nl[i] = 1;
    }
    budget.tick(toks.length);
    this.readImports();
  }

  /** Module specifiers (import/export from, require, dynamic import) and the names they bind. */
  private readImports(): void {
    const toks = this.toks;
    for (let i = 0; i < toks.length; i++) {
      const k = toks[i];
      if (k.t !== T.Str || k.dyn || k.val === undefined) continue;
      const prev = toks[i - 1];
      const spec = k.val;
      const isSpec =
        (prev?.t === T.Name && (prev.v === 'from' || prev.v === 'import')) ||
        (prev?.t === T.Op && prev.v === '(' && (toks[i - 2]?.v === 'require' || toks[i - 2]?.v === 'import'));
      if (!isSpec) continue;
      this.budget.tick();
      if (TRANSFORMERS_JS_RE.test(spec)) this.tfjs = true;
      if (HF_CLIENT_RE.test(spec)) this.hfClient = true;
      if (spec === '@huggingface/hub') this.hfHub = true;
      if (WEBLLM_RE.test(spec)) this.webllm = true;
      const sdk = JS_SDK_PROVIDERS[spec];
      if (sdk) {
        this.sdks.add(sdk);
        this.renamedImports(i);
      }
      const ai = /^@ai-sdk\/([\w-]+)$/.exec(spec);
      const provider: Mode | undefined =
        ai && AI_SDK_PROVIDERS[ai[1]]
          ? `hosted:${AI_SDK_PROVIDERS[ai[1]]}`
          : /^ollama-ai-provider/.test(spec)
            ? 'ollama'
            : undefined;
      if (provider) for (const name of this.importedNames(i)) this.providerFns.set(name, provider);
      if (spec === '@ai-sdk/gateway') for (const name of this.importedNames(i)) this.gatewayFns.add(name);
      if (spec === '@langchain/openai') this.langchainClient(i);
      const service = frameworkPackageService(spec);
      if (service)
        for (const name of this.importedNames(i)) if (/^[A-Z]/.test(name)) this.serviceClasses.set(name, service);
    }
  }

  /**
   * Classes of an SDK bound under another name by the import or require whose specifier is the token at `spec`:
   * `import { OpenAI as OpenAIApi } from "openai"`, `const { OpenAI: OpenAIApi } = require("openai")`.
   */
  private renamedImports(spec: number): void {
    const toks = this.toks;
    const required = toks[spec - 1]?.v === '(' && toks[spec - 2]?.v === 'require';
    const close = required ? spec - 4 : spec - 2; // the `}` before `= require(` or before `from`
    if (toks[close]?.t !== T.Op || toks[close].v !== '}' || (required && toks[spec - 3]?.v !== '=')) return;
    let open = close;
    while (open > 0 && !(toks[open].t === T.Op && toks[open].v === '{') && close - open < 256) open--;
    const rename = required ? ':' : 'as';
    for (let j = open + 1; j + 2 < close; j++) {
      if (toks[j].t === T.Name && toks[j + 1].v === rename && toks[j + 2].t === T.Name)
        this.clientAliases.set(toks[j + 2].v, toks[j].v);
    }
  }

  /**
   * LangChain.js's re-export of OpenAI's client, `import { OpenAIClient } from "@langchain/openai"` (or `OpenAIClient
   * as X`), imported by the import whose specifier is the token at `spec`: OpenAI's, not `@azure/openai`'s class.
   */
  private langchainClient(spec: number): void {
    const toks = this.toks;
    const close = spec - 2; // the `}` before `from`
    if (toks[close]?.t !== T.Op || toks[close].v !== '}') return;
    for (let j = close - 1; j > 0 && close - j < 256 && !(toks[j].t === T.Op && toks[j].v === '{'); j--) {
      if (toks[j].t !== T.Name || toks[j].v !== 'OpenAIClient') continue;
      this.langchainOpenAIClient = true;
      if (toks[j + 1]?.v === 'as' && toks[j + 2]?.t === T.Name) this.clientAliases.set(toks[j + 2].v, 'OpenAIClient');
    }
  }

  /** Names bound by the import whose specifier is the token at `spec`: `import { openai as o, createOpenAI } from`. */
  private importedNames(spec: number): string[] {
    const toks = this.toks;
    const names: string[] = [];
    const i = spec - 2; // before `from`
    if (toks[i]?.t === T.Op && toks[i].v === '}') {
      let open = i;
      while (open > 0 && !(toks[open].t === T.Op && toks[open].v === '{') && i - open < 256) open--;
      for (let j = open + 1; j < i; j++) {
        const k = toks[j];
        if (k.t !== T.Name) continue;
        if (toks[j + 1]?.v === 'as' && toks[j + 2]?.t === T.Name) {
          names.push(toks[j + 2].v);
          j += 2;
        } else names.push(k.v);
      }
    } else if (toks[i]?.t === T.Name) names.push(toks[i].v);
    return names;
  }

  /**
   * The services the code names around its models (objects with a `provider`, entries keyed by a service, `case`
   * clauses), and the service of the whole file: the servers its code writes (`baseURL:`, `apiBase:`,
   * `this.basePath = ...`), else its path when it imports a hosted SDK; none in a file that loads Hub weights
   * (transformers.js, the Hugging Face clients).
   */
  private readServices(): void {
    this.findServiceRegions(undefined, true);
    if (this.tfjs || this.hfClient) return;
    const toks = this.toks;
    const urls: string[] = [];
    const add = (s: number) => this.collectServerValues(s, this.exprEnd(s), urls);
    for (let i = 0; i + 1 < toks.length; i++) {
      this.budget.tick();
      const k = toks[i];
      const next = toks[i + 1];
      if ((k.t !== T.Name && k.t !== T.Str) || next.t !== T.Op || (next.v !== ':' && next.v !== '=')) continue;
      const name = k.t === T.Str ? (k.val ?? '') : k.v;
      if (BASE_URL_KEYS.has(name) || isBaseUrlName(name)) add(i + 2);
    }
    const service =
      this.path === undefined ? undefined : this.sdks.size ? pathService(this.path) : modelListService(this.path);
    this.setFileService(urls, service);
  }

  run(): Analysis {
    const toks = this.toks;
    this.collectAssignments();
    this.readServices();
    const stack: Frame[] = [];
    const tables = this.modelishTables();
    // the constants the file only tests values against (`GATED.includes(id)`): their values name no model it loads
    const onlyTested = this.namesOnlyTested();
    const testedValue = this.spansOf(onlyTested);
    // the display names beside their ids (`{ name: 'all-MiniLM-L6-v2', key: 'Xenova/all-MiniLM-L6-v2' }`)
    const labels = this.labelsBesideIds();
    // the end of a sample value being passed over (see isSampleKey)
    let sampleEnd = -1;
    // the end of what a test method is given (`id.startsWith("org/x")`, `["org/x", "org/y"].includes(id)`)
    let testEnd = -1;
    for (let i = 0, inTested = 0; i < toks.length; i++) {
      this.budget.tick();
      const k = toks[i];
      if (testedValue) inTested += testedValue[i];
      if (i >= sampleEnd && isSampleKey(toks, i)) sampleEnd = this.exprEnd(i + 2);
      if (k.t === T.Op && i > testEnd) {
        if (opensTestCall(toks, i)) testEnd = this.closeOf(i);
        else if (k.v === '[' && opensTestCall(toks, this.closeOf(i) + 3)) testEnd = this.closeOf(i);
      }
      // (not a key of an object literal, unless a model-ish name holds the object: a table of facts about models,
      // `{ "google/gemma-2-9b-it": { maxInputTokens: 8192 } }`, looks them up by id and loads none; nor a value the
      // code compares with, `id === "org/x"`, or gives a test method, or a constant's only tests read: it tests,
      // and loads nothing)
      if (
        k.t === T.Str &&
        i >= sampleEnd &&
        i > testEnd &&
        inTested === 0 &&
        !compared(toks, i) &&
        !caseLabel(toks, i) &&
        (tables?.[i] || stack[stack.length - 1]?.v !== '{' || !this.isTableKey(i)) &&
        !(k.vs !== undefined && labels.has(k.vs))
      )
        this.stringAnywhere(k);
      if (k.t === T.Str) this.commandString(k);
      if (k.t === T.Op) {
        if (this.opensCommandList(i)) this.commandList(i);
        if (k.v === '(') {
          const callee = i > 0 && toks[i - 1].t === T.Name ? calleeChain(toks, i) : undefined;
          const frame: Frame = { v: '(', callee };
          if (callee) {
            frame.mode = this.callMode(callee, i);
            this.call(i, callee, frame.mode);
          }
          stack.push(frame);
        } else if (k.v === '{' || k.v === '[') {
          const top = stack[stack.length - 1];
          const prev = toks[i - 1];
          const direct = top?.v === '(' && prev?.t === T.Op && (prev.v === '(' || prev.v === ',');
          const inherit = direct || (k.v === '{' && top?.v === '{');
          stack.push({
            v: k.v,
            open: i,
            callee: inherit ? top.callee : undefined,
            mode: inherit ? top.mode : undefined,
          });
        } else if (k.v === ')' || k.v === '}' || k.v === ']') {
          stack.pop();
        }
        continue;
      }
      const top = stack[stack.length - 1];
      if (top?.v !== '{') continue;
      const prev = toks[i - 1];
      if (!prev || prev.t !== T.Op || (prev.v !== '{' && prev.v !== ',')) continue;
      const next = toks[i + 1];
      // object property `key: value`
      if ((k.t === T.Name || k.t === T.Str) && next?.t === T.Op && next.v === ':') {
        const key = k.t === T.Str ? (k.val ?? '') : k.v;
        this.property(key, i + 2, this.exprEnd(i + 2), top);
        continue;
      }
      // shorthand `{ model }` in a call's options
      if (k.t === T.Name && top.callee && next?.t === T.Op && (next.v === ',' || next.v === '}'))
        this.property(k.v, i, i + 1, top);
    }
    for (const [name, list] of this.assigns) {
      const ollamaName = namesOllama(name) && /model/i.test(name);
      if ((!ollamaName && !isModelishName(name)) || onlyTested.has(name)) continue;
      for (const a of list) {
        if (a.e <= a.s || a.elem) continue;
        const first = toks[a.s];
        const literal = first.t === T.Op && (first.v === '[' || first.v === '{');
        const cands = literal ? this.collection(a.s, a.e) : this.evalExpr(a.s, a.e, 0, new Set([name]));
        const facts = literal && ollamaName ? this.entryFacts(a.s, a.e) : undefined;
        for (const c of cands) {
          if (c.env !== undefined || facts?.has(c.offset) || labels.has(c.offset)) continue;
          if (ollamaName) this.report(c, 'ollama', 'weak');
          else if (this.hfClient || this.tfjs) this.report(c, 'hub', 'strong');
          // (a name named for a hosted service, `const GROQ_MODEL = "..."`, unless an environment variable whose
          // default the value is says it first)
          else if (c.named !== undefined && namedServiceMode(c.named, c.value)) this.report(c, 'hub', 'weak');
          else this.report({ ...c, named: name }, 'hub', 'weak');
        }
      }
    }
    return this.finish();
  }

  /**
   * The offsets of the strings that an object literal holds beside a Hub id as its display name: a value with no
   * `/` equal (ignoring case) to the name part of an `org/name` value of the same object. Perplexica's `{ name:
   * 'all-MiniLM-L6-v2', key: 'Xenova/all-MiniLM-L6-v2' }` loads Xenova's model, not sentence-transformers'. One pass
   * over the tokens: each object's direct string values are weighed where it closes.
   */
  private labelsBesideIds(): Set<number> {
    const toks = this.toks;
    const out = new Set<number>();
    // per open bracket: the direct string values of an object literal (undefined for other brackets)
    const open: (Tok[] | undefined)[] = [];
    for (let i = 0; i < toks.length; i++) {
      this.budget.tick();
      const k = toks[i];
      if (k.t === T.Op) {
        if (isOpen(k)) open.push(k.v === '{' ? [] : undefined);
        else if (k.v === ')' || k.v === ']' || k.v === '}') {
          const values = open.pop();
          if (values && values.length >= 2 && values.length <= 16) {
            const names = new Set<string>();
            for (const v of values) {
              const m = /^[\w.-]+\/([\w.-]+)$/.exec(v.val ?? '');
              if (m) names.add(m[1].toLowerCase());
            }
            if (names.size)
              for (const v of values) if (v.vs !== undefined && names.has((v.val ?? '').toLowerCase())) out.add(v.vs);
          }
        }
        continue;
      }
      const values = open[open.length - 1];
      const prev = toks[i - 1];
      if (values && k.t === T.Str && !k.dyn && prev?.t === T.Op && prev.v === ':' && values.length < 17) {
        const next = toks[i + 1];
        if (next?.t === T.Op && (next.v === ',' || next.v === '}')) values.push(k);
      }
    }
    return out;
  }

  /**
   * The offsets of the strings a collection literal [s, e) holds as facts about its entries: the values of the
   * properties of an object nested in it under a key that names no model. big-AGI's `OLLAMA_BASE_MODELS = {
   * 'qwen3.8': { pulls: 213000, tags: ['thinking', '27b'], added: '20260817' } }` describes Ollama's library by
   * name: its `tags` and `added` dates are no models. (The collection's own entries, `{ chat: 'llama3' }`, stay.)
   */
  private entryFacts(s: number, e: number): Set<number> {
    const toks = this.toks;
    const out = new Set<number>();
    const open: string[] = [];
    for (let i = s; i < e; i++) {
      this.budget.tick();
      const k = toks[i];
      if (k.t === T.Op) {
        if (isOpen(k)) open.push(k.v);
        else if (k.v === ')' || k.v === ']' || k.v === '}') open.pop();
        continue;
      }
      const next = toks[i + 1];
      const prev = toks[i - 1];
      if (open.length < 2 || open[open.length - 1] !== '{' || next?.t !== T.Op || next.v !== ':') continue;
      if (prev?.t !== T.Op || (prev.v !== '{' && prev.v !== ',')) continue;
      if (k.t !== T.Name && k.t !== T.Str) continue;
      const key = k.t === T.Str ? (k.val ?? '') : k.v;
      if (isModelishName(key) || /^(?:id|name)s?$|^tag$/i.test(key)) continue;
      const end = Math.min(e, this.exprEnd(i + 2));
      for (let j = i + 2; j < end; j++) {
        const v = toks[j];
        if (v.t === T.Str && v.vs !== undefined) out.add(v.vs);
      }
      i = end - 1;
    }
    return out;
  }

  /**
   * The constants the file reads only as what a test method is called on: `const GATED = ["org/x", "org/y"]` (or
   * `new Set([...])`) read only by `GATED.includes(id)`, `GATED.indexOf(id)` or `GATED.has(id)`. Their values are
   * what the code compares a value with, as an array literal it calls `includes` on; a name read any other way
   * (passed on, spread, iterated, exported: another file may load it) is not one. Only names every assignment of
   * which is a `const|let|var` declaration (or a later `NAME = ...`). One pass over the tokens.
   */
  private namesOnlyTested(): Set<string> {
    const out = new Set<string>();
    const toks = this.toks;
    // per candidate name: reads as a test method's receiver, other reads
    const reads = new Map<string, { tests: number; other: number }>();
    for (let i = 1; i + 1 < toks.length; i++) {
      this.budget.tick();
      const k = toks[i];
      if (k.t === T.Name && /^(?:const|let|var)$/.test(toks[i - 1].v) && toks[i - 1].t === T.Name) {
        // (an exported constant is read by other files)
        if (toks[i - 2]?.v !== 'export' && !reads.has(k.v)) reads.set(k.v, { tests: 0, other: 0 });
      }
    }
    if (!reads.size) return out;
    for (let i = 0; i < toks.length; i++) {
      this.budget.tick();
      const k = toks[i];
      if (k.t !== T.Name) continue;
      const n = reads.get(k.v);
      if (!n) continue;
      const prev = toks[i - 1];
      const next = toks[i + 1];
      if (prev?.t === T.Op && (prev.v === '.' || prev.v === '?.')) continue; // another object's property
      if (prev?.t === T.Name && /^(?:const|let|var)$/.test(prev.v)) continue; // its declaration
      if (next?.t === T.Op && next.v === '=') continue; // an assignment
      if (opensTestCall(toks, i + 3) || this.opensPatternCallback(i + 3)) n.tests++;
      else n.other++;
    }
    for (const [name, n] of reads) if (n.tests > 0 && n.other === 0) out.add(name);
    return out;
  }

  /**
   * Whether the `(` at `open` opens an iteration whose callback tests something else against each element as a
   * pattern: `reasoningModels.find((m) => this.config.model.includes(m))`, `VISION.some(p => id.startsWith(p))`
   * (Perplexica's Ollama client). The elements are substrings a model's name is matched with, not models.
   */
  private opensPatternCallback(open: number): boolean {
    const toks = this.toks;
    const method = toks[open - 1];
    if (toks[open]?.v !== '(' || method?.t !== T.Name || !/^(?:some|every|find|findIndex)$/.test(method.v))
      return false;
    if (toks[open - 2]?.t !== T.Op || (toks[open - 2].v !== '.' && toks[open - 2].v !== '?.')) return false;
    // the callback's one parameter: `m =>` or `(m) =>`
    let p = open + 1;
    if (toks[p]?.v === '(' && toks[p].t === T.Op) p++;
    const param = toks[p];
    if (param?.t !== T.Name) return false;
    const arrow = toks[p + 1]?.v === ')' ? p + 2 : p + 1;
    if (toks[arrow]?.v !== '=>') return false;
    const close = this.closeOf(open);
    let used = false;
    for (let j = arrow + 1; j + 1 < close; j++) {
      this.budget.tick();
      const k = toks[j];
      if (k.t !== T.Name || k.v !== param.v) continue;
      // the element as the argument of a test method: `x.includes(m)`, and as nothing else
      if (toks[j - 1]?.v !== '(' || !opensTestCall(toks, j - 1) || toks[j + 1]?.v !== ')') return false;
      used = true;
    }
    return used;
  }

  /** The values assigned to `names`, as a difference array over the tokens (undefined: none). */
  private spansOf(names: ReadonlySet<string>): Int32Array | undefined {
    if (!names.size) return undefined;
    const out = new Int32Array(this.toks.length + 1);
    for (const name of names)
      for (const a of this.assigns.get(name) ?? [])
        if (a.e > a.s) {
          out[a.s]++;
          out[a.e]--;
        }
    return out;
  }

  /**
   * Records `const|let|var NAME = expr` (with TS annotations), class fields (`static NAME = expr`,
   * `NAME = expr;`), member assignments (`this.NAME = expr`), destructuring and parameter defaults
   * (`{ model = 'x' }`, `(model: string = 'x') =>`), loop variables (`for (const m of MODELS)`) and client
   * instances (`const client = new OpenAI({ baseURL })`).
   */
  private collectAssignments(): void {
    const toks = this.toks;
    const open: string[] = [];
    for (let i = 0; i < toks.length - 1; i++) {
      this.budget.tick();
      const k = toks[i];
      if (k.t === T.Op) {
        if (isOpen(k)) open.push(k.v);
        else if (k.v === ')' || k.v === ']' || k.v === '}') open.pop();
        continue;
      }
      if (k.t !== T.Name) continue;
      if (
        k.v === 'for' &&
        toks[i + 1]?.v === '(' &&
        /^(?:const|let|var)$/.test(toks[i + 2]?.v ?? '') &&
        toks[i + 3]?.t === T.Name &&
        toks[i + 4]?.v === 'of'
      ) {
        const end = this.closeOf(i + 1);
        this.addAssign(toks[i + 3].v, { s: i + 5, e: end, elem: true });
        continue;
      }
      if (k.v === 'const' || k.v === 'let' || k.v === 'var') {
        const name = toks[i + 1];
        if (name.t !== T.Name) continue;
        let eq = i + 2;
        if (toks[eq]?.t === T.Op && toks[eq].v === ':') eq = this.annotationEnd(eq + 1);
        if (toks[eq]?.t !== T.Op || toks[eq].v !== '=') continue;
        const end = this.exprEnd(eq + 1);
        this.addAssign(name.v, { s: eq + 1, e: end });
        const inst = this.instanceOf(eq + 1, end);
        if (inst) this.instances.set(name.v, inst);
        continue;
      }
      const next = toks[i + 1];
      const prev = toks[i - 1];
      // typed parameter with a default: `(model: string = 'x')`
      if (
        next.t === T.Op &&
        next.v === ':' &&
        open[open.length - 1] === '(' &&
        prev?.t === T.Op &&
        (prev.v === '(' || prev.v === ',')
      ) {
        const eq = this.annotationEnd(i + 2);
        if (toks[eq]?.t === T.Op && toks[eq].v === '=') this.addAssign(k.v, { s: eq + 1, e: this.exprEnd(eq + 1) });
        continue;
      }
      // a typed class field: `private modelMap: Record<string, string> = {...}`, `static defaultOptions: Partial<X> = {...}`
      if (
        next.t === T.Op &&
        next.v === ':' &&
        open[open.length - 1] === '{' &&
        prev &&
        ((prev.t === T.Name && FIELD_MODIFIERS.has(prev.v)) ||
          (prev.t === T.Op && (prev.v === ';' || prev.v === '{' || prev.v === '}')))
      ) {
        const eq = this.annotationEnd(i + 2);
        if (toks[eq]?.t === T.Op && toks[eq].v === '=') this.addAssign(k.v, { s: eq + 1, e: this.exprEnd(eq + 1) });
        continue;
      }
      if (next.t !== T.Op || (next.v !== '=' && next.v !== '??=' && next.v !== '||=')) continue;
      const member = prev?.t === T.Op && prev.v === '.' && toks[i - 2]?.t === T.Name && toks[i - 2].v === 'this';
      const field =
        !prev ||
        (prev.t === T.Name &&
          (prev.v === 'static' || prev.v === 'readonly' || prev.v === 'public' || prev.v === 'private')) ||
        (prev.t === T.Op && (prev.v === ';' || prev.v === '{' || prev.v === '}' || prev.v === '(' || prev.v === ','));
      if (member || field) {
        const end = this.exprEnd(i + 2);
        this.addAssign(k.v, { s: i + 2, e: end });
        const inst = member ? this.instanceOf(i + 2, end) : undefined;
        if (inst) this.instances.set(k.v, inst);
      }
    }
  }

  /** End of a TypeScript annotation starting at `s`: the `=` (or `,` `;` `)`) after it, at most 64 tokens on. */
  private annotationEnd(s: number): number {
    const toks = this.toks;
    let j = s;
    // (the commas of type arguments, `Record<string, string>`, are the annotation's)
    let angles = 0;
    for (; j < toks.length && j - s < 64; j++) {
      const k = toks[j];
      if (k.t === T.Name && DECLARATIONS.has(k.v)) return j;
      if (k.t !== T.Op) continue;
      if (k.v === '<') angles++;
      else if ((k.v === '>' || k.v === '>>' || k.v === '>>>') && angles > 0) angles = Math.max(0, angles - k.v.length);
      else if (isOpen(k)) j = this.closeOf(j);
      else if (k.v === ',' && angles > 0) continue;
      else if (k.v === '=' || k.v === ',' || k.v === ';' || k.v === ')' || k.v === '}' || k.v === ']') return j;
    }
    return j;
  }

  /** What a client created by the expression [s, e) points at: `new OpenAI({ baseURL: 'http://localhost:11434/v1' })` → ollama. */
  private instanceOf(s: number, e: number): Mode | 'self' | undefined {
    const toks = this.toks;
    let i = s;
    if (toks[i]?.t === T.Name && toks[i].v === 'await') i++;
    if (toks[i]?.t === T.Name && toks[i].v === 'new') i++;
    let j = i;
    while (toks[j + 1]?.v === '.' && toks[j + 2]?.t === T.Name && j + 2 < e) j += 2;
    if (toks[i]?.t !== T.Name || toks[j + 1]?.v !== '(') return undefined;
    const last = this.clientAliases.get(toks[j].v) ?? toks[j].v;
    // (the call's options are read only for a client's constructor or factory: reading them for every call of a
    // member assignment walked each big function expression passed, again for each call it is nested in)
    const endpoint = () => this.endpointIn(j + 1);
    // (a client of Ollama's cloud, `new Ollama({ host: "https://ollama.com" })`: its models run there)
    if (last === 'Ollama') return endpoint() === 'hosted:ollama-cloud' ? 'hosted:ollama-cloud' : 'ollama';
    if (last === 'HfInference' || last === 'InferenceClient') return 'hub';
    const fn = /^create(\w+)$/.exec(last);
    if (fn) {
      const p = AI_SDK_PROVIDERS[fn[1].toLowerCase()] ?? (fn[1] === 'Ollama' ? 'ollama' : undefined);
      if (!p) return undefined;
      const mode: Mode = p === 'ollama' ? 'ollama' : `hosted:${p}`;
      return endpoint() ?? mode;
    }
    const provider = Object.hasOwn(DIRECT_CLIENTS, last) ? DIRECT_CLIENTS[last] : undefined;
    if (!provider) return undefined;
    // names other libraries use too: only with the SDK's package imported
    if ((last === 'newInstance' || last === 'Replicate') && !this.sdks.has(provider)) return undefined;
    // (LangChain.js's `OpenAIClient` is OpenAI's client, Azure's only from `@azure/openai`)
    if (last === 'OpenAIClient')
      return this.langchainOpenAIClient
        ? (endpoint() ?? 'hosted:openai')
        : this.sdks.has(provider)
          ? `hosted:${provider}`
          : undefined;
    return endpoint() ?? `hosted:${provider}`;
  }

  /** What a `baseURL` option of the call at `open` says (top level of its options, or one level down). */
  private endpointIn(open: number): Mode | 'self' | undefined {
    const toks = this.toks;
    const end = this.closeOf(open);
    const visit = (s: number, e: number, level: number): Mode | 'self' | undefined => {
      for (let i = s; i < e; i++) {
        this.budget.tick();
        const k = toks[i];
        if (isOpen(k)) {
          if (level < 2 && k.v === '{') {
            const r = visit(i + 1, this.closeOf(i), level + 1);
            if (r) return r;
          }
          i = this.closeOf(i);
          continue;
        }
        if (
          (k.t === T.Name || k.t === T.Str) &&
          BASE_URL_KEYS.has(k.t === T.Str ? (k.val ?? '') : k.v) &&
          toks[i + 1]?.v === ':'
        ) {
          const all = this.evalExpr(i + 2, this.exprEnd(i + 2), 0, new Set());
          const vals = all.filter((c) => c.env === undefined);
          // from the environment only: what the variable names, the SDK's own service for OpenAI's
          // (`process.env.OPENAI_BASE_URL`), a server of the project's own for one that names none
          // (`process.env.TEXT_GEN_WEB_UI_BASE_PATH`)
          if (!vals.length && all.length) {
            const named = envEndpointMode(all[0].env ?? '');
            return named === 'hosted:openai' ? undefined : named;
          }
          for (const c of vals) {
            const m = endpointMode(c.value);
            if (m !== 'self') return m;
          }
          return 'self';
        }
      }
      return undefined;
    };
    const direct = visit(open + 1, end, 0);
    if (direct !== undefined || end !== open + 2 || toks[open + 1].t !== T.Name) return direct;
    // options built beforehand: `const opts: ClientOptions = { baseURL: config.baseUrl }; new OpenAIClient(opts)`
    for (const a of this.assigns.get(toks[open + 1].v)?.slice(0, 4) ?? []) {
      if (a.elem || toks[a.s]?.t !== T.Op || toks[a.s].v !== '{') continue;
      const r = visit(a.s + 1, this.closeOf(a.s), 0);
      if (r !== undefined) return r;
    }
    return undefined;
  }

  /** The instance a method is called on: `client.chat...` → client, `this.client.chat...` → client. */
  private receiver(chain: string[]): Mode | 'self' | undefined {
    const name = chain[0] === 'this' ? chain[1] : chain[0];
    return name === undefined || chain.length < 2 ? undefined : this.instances.get(name);
  }

  /** How the model options of the call with callee `chain` read, when the callee says so. */
  private callMode(chain: string[], open: number): Frame['mode'] {
    const last = chain[chain.length - 1];
    const inst = this.receiver(chain);
    if (inst === 'hosted:ollama-cloud' && OLLAMA_CALLS.has(last)) return { mode: inst, strength: 'strong' };
    if (chain.some((c) => namesOllama(c)) && !this.providerFns.has(chain[0]))
      return { mode: 'ollama', strength: 'strong' };
    const sinkCall = SINK_METHODS.has(last) && chain.some((c) => SINK_PARTS.has(c));
    if (inst !== undefined) {
      if (inst === 'ollama' && (OLLAMA_CALLS.has(last) || sinkCall)) return { mode: 'ollama', strength: 'strong' };
      if (inst === 'hub') return { mode: 'hub', strength: 'strong' };
      if (
        (inst === 'hosted:google' || inst === 'hosted:vertex-ai') &&
        (last === 'getGenerativeModel' || GENAI_METHODS.has(last))
      )
        return { mode: inst, strength: 'strong' };
      if (inst === 'hosted:watsonx' && WATSONX_METHODS.has(last))
        return { mode: inst, strength: 'strong', keys: ['modelId'] };
      if (inst === 'hosted:bedrock' && last === 'send') return undefined;
      if (sinkCall) return inst === 'self' ? { mode: 'hub', strength: 'weak' } : { mode: inst, strength: 'strong' };
    }
    const cls = JS_HOSTED_CLASSES[last];
    const service = chain.length === 1 ? this.serviceClasses.get(last) : undefined;
    if (cls || service) {
      const keys = cls?.kws ?? SERVICE_CLASS_KEYS;
      const endpoint = this.endpointIn(open);
      if (endpoint === 'ollama') return { mode: 'ollama', strength: 'strong', keys };
      if (endpoint === 'self') return { mode: 'hub', strength: 'weak', keys };
      return { mode: endpoint ?? (cls ? `hosted:${cls.provider}` : (service as Mode)), strength: 'strong', keys };
    }
    if (last === 'getGenerativeModel' && (this.sdks.has('google') || this.sdks.has('vertex-ai')))
      return { mode: this.sdks.has('vertex-ai') ? 'hosted:vertex-ai' : 'hosted:google', strength: 'strong' };
    if (GENAI_METHODS.has(last) && chain.includes('models') && this.sdks.has('google'))
      return { mode: 'hosted:google', strength: 'strong' };
    if (WATSONX_METHODS.has(last) && this.sdks.has('watsonx'))
      return { mode: 'hosted:watsonx', strength: 'strong', keys: ['modelId'] };
    if (sinkCall && chain.length > 2) {
      const sdks = [...this.sdks].filter((p) =>
        ['openai', 'anthropic', 'groq', 'together', 'mistral', 'cohere'].includes(p),
      );
      if (sdks.length === 1) return { mode: `hosted:${sdks[0]}`, strength: 'strong', soft: true };
    }
    return undefined;
  }

  /** End of the expression starting at `s` (see `exprEnd`). */
  private exprEnd(s: number): number {
    const toks = this.toks;
    for (let i = s; i < toks.length; i++) {
      this.budget.tick();
      const k = toks[i];
      if (i > s && this.nl[i]) {
        const prev = toks[i - 1];
        const prevContinues = prev.t === T.Op && !CLOSERS.has(prev.v);
        const nextContinues = k.t === T.Op && CONTINUERS.has(k.v);
        if (!prevContinues && !nextContinues) return i;
      }
      if (k.t === T.Name && i > s && DECLARATIONS.has(k.v)) return i;
      if (k.t !== T.Op) continue;
      if (isOpen(k)) {
        i = this.closeOf(i);
        continue;
      }
      if (k.v === ')' || k.v === ']' || k.v === '}' || k.v === ',' || k.v === ';') return i;
    }
    return toks.length;
  }

  protected evalExpr(s: number, e: number, depth: number, seen: Set<string>): Cand[] {
    const toks = this.toks;
    const out: Cand[] = [];
    if (depth > 4) return out;
    // a lone name (the common `from_pretrained(MODEL)`): its memoised values as they are
    if (e === s + 1 && toks[s].t === T.Name && !KEYWORDS.has(toks[s].v)) return this.follow(toks[s].v, depth, seen);
    // where the current branch of a conditional starts in `out`: `COND ? A : B` takes A and B, what COND tests
    // (`selected === "openrouter/free" ? "Auto" : selected`) is dropped at its `?`
    let branch = 0;
    for (let i = s; i < e && out.length < MAX_CANDIDATES; i++) {
      this.budget.tick();
      const k = toks[i];
      if (k.t === T.Str) {
        // (an operand of a comparison, `model === "org/x"`, is tested, not taken)
        if (!k.dyn && k.val !== undefined && k.vs !== undefined && !compared(toks, i))
          out.push({ value: k.val, offset: k.vs });
        continue;
      }
      if (k.t === T.Op) {
        if (k.v === '?') out.length = branch;
        else if (k.v === ':') branch = out.length;
        else if (k.v === '(') {
          const close = this.closeOf(i);
          if (i > s && toks[i - 1].t === T.Name) {
            i = close;
            continue;
          }
          addCands(out, this.evalExpr(i + 1, Math.min(close, e), depth + 1, seen));
          i = close;
        } else if (k.v === '[' || k.v === '{') i = this.closeOf(i);
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
      // process.env.X, import.meta.env.X, Bun.env.X: set elsewhere
      if (
        j >= i + 2 &&
        toks[j - 2].v === 'env' &&
        (toks[i].v === 'process' || toks[i].v === 'import' || toks[i].v === 'Bun')
      ) {
        out.push({ value: '', offset: toks[j].s, env: toks[j].v });
        // its default (`process.env.FIREWORKS_MODEL ?? "..."`, `|| "..."`): the variable's name may say whose
        const or = toks[j + 1];
        const d = toks[j + 2];
        if (or?.t === T.Op && (or.v === '??' || or.v === '||') && d?.t === T.Str && !d.dyn && j + 2 < e) {
          if (d.val !== undefined && d.vs !== undefined) out.push({ value: d.val, offset: d.vs, named: toks[j].v });
          i = j + 2;
          continue;
        }
        i = j;
        continue;
      }
      if (next?.t === T.Op && next.v === '(' && j + 1 < e) {
        const close = this.closeOf(j + 1);
        // Deno.env.get("X")
        if (toks[j].v === 'get' && j >= i + 2 && toks[j - 2].v === 'env' && toks[j + 2]?.t === T.Str)
          out.push({ value: '', offset: toks[j + 2].vs ?? toks[j + 2].s, env: toks[j + 2].val ?? '' });
        i = close;
        continue;
      }
      if (next?.t === T.Op && next.v === '[' && j + 1 < e) {
        const close = this.closeOf(j + 1);
        const keyTok = close === j + 3 && toks[j + 2].t === T.Str && !toks[j + 2].dyn ? toks[j + 2] : undefined;
        if (keyTok && toks[j].v === 'env' && toks[i].v === 'process')
          out.push({ value: '', offset: keyTok.vs ?? keyTok.s, env: keyTok.val ?? '' });
        else
          addCands(
            out,
            (keyTok && this.keyedValue(toks[j].v, keyTok.val ?? '', depth, seen)) || this.collectionOf(toks[j].v, seen),
          );
        i = close;
        continue;
      }
      if (compared(toks, i, j)) {
        i = j;
        continue;
      }
      if (j === i || (j === i + 2 && k.v === 'this')) addCands(out, this.follow(toks[j].v, depth, seen));
      else if (j === i + 2) {
        // OBJ.key of an object literal
        const v = this.keyedValue(k.v, toks[j].v, depth, seen);
        if (v) addCands(out, v);
      }
      i = j;
    }
    return out;
  }

  private call(open: number, chain: string[], mode: Frame['mode']): void {
    const last = chain[chain.length - 1];
    // Vercel AI SDK provider functions: openai('gpt-4o'), openai.chat('gpt-4o'), ollama('llama3.2')
    const fn = this.providerFns.get(chain[0]) ?? this.instanceFn(chain[0]);
    if (fn && chain.length <= 2) {
      const { args } = this.splitArgs(open);
      const a = args[0];
      if (a) for (const c of this.evalExpr(a.start, a.end, 0, new Set())) this.report(c, fn, 'strong');
      return;
    }
    // the Vercel AI Gateway: gateway('xai/grok-4'), gateway.languageModel('anthropic/claude-haiku-4.5')
    if (chain.length <= 2 && (this.gatewayFns.has(chain[0]) || this.gatewayInstance(chain[0]))) {
      const a = this.splitArgs(open).args[0];
      if (a) for (const c of this.evalExpr(a.start, a.end, 0, new Set())) this.reportGateway(c);
      return;
    }
    // Azure's OpenAIClient (`@azure/openai`): client.getChatCompletions("gpt-4-deployment", messages)
    if (AZURE_CLIENT_CALLS.has(last) && chain.length >= 2 && this.receiver(chain) === 'hosted:azure-openai') {
      const a = this.splitArgs(open).args[0];
      if (a)
        for (const c of this.evalExpr(a.start, a.end, 0, new Set())) this.report(c, 'hosted:azure-openai', 'strong');
      return;
    }
    // Replicate: replicate.run("owner/model:version", { input }), replicate.stream("owner/model", { input })
    if (REPLICATE_CALLS.has(last) && chain.length === 2 && this.receiver(chain) === 'hosted:replicate') {
      const a = this.splitArgs(open).args[0];
      if (a) for (const c of this.evalExpr(a.start, a.end, 0, new Set())) this.report(c, 'hosted:replicate', 'strong');
      return;
    }
    if (last === 'initChatModel') {
      const { args } = this.splitArgs(open);
      const opts = args[1];
      const provider = opts ? this.objectValue(opts.start, opts.end, 'modelProvider') : undefined;
      if (args[0])
        for (const c of this.evalExpr(args[0].start, args[0].end, 0, new Set())) this.reportChatModel(c, provider);
      return;
    }
    if (mode) return;
    const webllmArg = this.webllm ? WEBLLM_CALLS[last] : undefined;
    if (webllmArg !== undefined && (last !== 'reload' || chain.length >= 2)) {
      this.webllmModels(open, webllmArg);
      return;
    }
    if (last !== 'pipeline' && last !== 'from_pretrained') return;
    if (last === 'from_pretrained' && chain.length < 2) return;
    const { args } = this.splitArgs(open);
    const index = last === 'pipeline' ? 1 : 0;
    const a = args[index];
    if (!a) {
      if (last === 'pipeline' && this.tfjs) this.pipelineDefault(open, args);
      return;
    }
    const strength: Strength = this.tfjs || last === 'from_pretrained' ? 'strong' : 'weak';
    if (last === 'pipeline' && !this.tfjs && !chain.some((c) => /transformers/i.test(c))) {
      // an unrelated pipeline(): only catalog-known ids, which stringAnywhere reports
      return;
    }
    const opts = args[index + 1];
    const revision = opts ? this.objectValue(opts.start, opts.end, 'revision') : undefined;
    for (const c of this.evalExpr(a.start, a.end, 0, new Set())) this.report(c, 'hub', strength, revision);
  }

  /**
   * transformers.js's `pipeline("sentiment-analysis")` given no model: the task's default, from the catalog's table
   * (`ScanContext.pipelineTasks`, pipelines.yml), reported where `pipeline` is called. The task is one string (its
   * alias resolved, then `translation_xx_to_yy` looked up as `translation`, as the library does); a spread argument
   * may hold a model.
   */
  private pipelineDefault(open: number, args: ReadonlyArray<{ start: number; end: number }>): void {
    const t = args[0];
    if (!t || args.some((x) => this.toks[x.start]?.v === '...')) return;
    const tasks = this.evalExpr(t.start, t.end, 0, new Set());
    if (tasks.length !== 1 || tasks[0].env !== undefined) return;
    const table = this.ctx.pipelineTasks?.('transformers.js');
    if (!table) return;
    const named = tasks[0].value;
    const task = (table.aliases && Object.hasOwn(table.aliases, named) ? table.aliases[named] : named).split('_', 1)[0];
    if (Object.hasOwn(table.defaults, task))
      this.report({ value: table.defaults[task], offset: this.toks[open - 1].s }, 'hub', 'strong');
  }

  /** The models a WebLLM engine is created with or reloaded to: argument `index`, one id or an array of them. */
  private webllmModels(open: number, index: number): void {
    const a = this.splitArgs(open).args[index];
    if (!a) return;
    const first = this.toks[a.start];
    const cands =
      first?.t === T.Op && first.v === '['
        ? this.collection(a.start, a.end)
        : this.evalExpr(a.start, a.end, 0, new Set());
    for (const c of cands) this.report(c, 'hub', 'strong');
  }

  /** A name made by `createGateway(...)` imported from `@ai-sdk/gateway`. */
  private gatewayInstance(name: string): boolean {
    if (!this.gatewayFns.size) return false;
    for (const first of this.assignedFrom(name)) if (this.gatewayFns.has(first)) return true;
    return false;
  }

  /**
   * The first tokens of a name's assignments, gathered once per name: minified code calls one-letter names
   * assigned thousands of times, and asking all the assignments at each call was quadratic.
   */
  private assignedFrom(name: string): ReadonlySet<string> {
    let firsts = this.firstTokens.get(name);
    if (!firsts) {
      firsts = new Set((this.assigns.get(name) ?? []).map((a) => this.toks[a.s]?.v ?? ''));
      this.firstTokens.set(name, firsts);
    }
    return firsts;
  }

  /** A gateway's model: `provider/model`, the provider's hosted model (a value without a provider is left alone). */
  private reportGateway(c: Cand): void {
    const slash = c.value.indexOf('/');
    if (c.env !== undefined || slash <= 0 || slash === c.value.length - 1) return;
    const slug = c.value.slice(0, slash).toLowerCase();
    if (!/^[a-z][\w-]*$/.test(slug)) return;
    const provider = AI_GATEWAY_PROVIDERS[slug] ?? slug;
    this.report({ value: c.value.slice(slash + 1), offset: c.offset + slash + 1 }, `hosted:${provider}`, 'strong');
  }

  /** An instance that is itself a provider function (`const groq = createGroq({...}); groq('llama3-8b')`). */
  private instanceFn(name: string): Mode | undefined {
    const inst = this.instances.get(name);
    if (!inst || inst === 'self' || inst === 'hub') return undefined;
    for (const first of this.assignedFrom(name)) if (first.startsWith('create')) return inst;
    return undefined;
  }

  /** String value of `key:` in the object literal spanning [s, e). */
  private objectValue(s: number, e: number, key: string): string | undefined {
    const toks = this.toks;
    if (toks[s]?.v !== '{') return undefined;
    const end = Math.min(e, this.closeOf(s));
    for (let i = s + 1; i < end - 2; i++) {
      const k = toks[i];
      if (isOpen(k)) {
        i = this.closeOf(i);
        continue;
      }
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

  /**
   * Whether `key` is a model's display name beside its id in one object literal: `{ modelId: "llama3-8b-8192",
   * modelName: "LLaMA3-8b-chat" }` (a model list's entry) names one model, by the id; the name is a label.
   */
  private isLabel(key: string, frame: Frame): boolean {
    if (frame.open === undefined || !isModelLabelKey(key)) return false;
    let has = this.idKeyed.get(frame.open);
    if (has === undefined) {
      has = false;
      const toks = this.toks;
      const end = this.closeOf(frame.open);
      let steps = 0;
      for (let i = frame.open + 1; i < end - 1 && !has; i++, steps++) {
        const k = toks[i];
        if (isOpen(k)) {
          i = this.closeOf(i);
          continue;
        }
        const prev = toks[i - 1];
        has =
          (k.t === T.Name || k.t === T.Str) &&
          toks[i + 1].t === T.Op &&
          toks[i + 1].v === ':' &&
          prev.t === T.Op &&
          (prev.v === '{' || prev.v === ',') &&
          isModelIdKey(k.t === T.Str ? (k.val ?? '') : k.v);
      }
      // (the steps taken at this object's level: its nested objects are skipped, and counted at their own)
      this.budget.tick(steps);
      this.idKeyed.set(frame.open, has);
    }
    return has;
  }

  private property(key: string, valueStart: number, valueEnd: number, frame: Frame): void {
    if (this.isLabel(key, frame)) return;
    const m = frame.mode;
    if (m) {
      if (m.keys ? !m.keys.includes(key) : !isModelishName(key)) return;
      for (const c of this.evalExpr(valueStart, valueEnd, 0, new Set())) {
        // a client of unknown configuration in code that names its service: that service
        const service = m.soft && c.env === undefined ? this.hostingService(c.offset) : undefined;
        if (service?.startsWith('hosted:')) this.report(c, service, 'strong');
        else if (m.soft && c.env === undefined && classifyModel(c.value, 'weak', this.ctx))
          this.report(c, 'hub', 'weak');
        else this.report(c, m.mode, m.strength);
      }
      return;
    }
    const isRepo = key === 'repo' || key === 'repoId';
    if (!isRepo && !isModelishName(key) && isModelPathName(key)) {
      // { model_path: "onnx-community/OuteTTS-0.2-500M" }: a Hub id, never a local run's output
      for (const c of this.evalExpr(valueStart, valueEnd, 0, new Set()))
        if (c.env === undefined && !isRunOutput(c.value)) this.report(c, 'hub', 'weak');
      return;
    }
    if (isRepo ? !this.hfHub : !isModelishName(key)) return;
    const strength: Strength = this.hfClient || this.tfjs ? 'strong' : 'weak';
    for (const c of this.evalExpr(valueStart, valueEnd, 0, new Set())) this.report(c, 'hub', strength);
  }
}
