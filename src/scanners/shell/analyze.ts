import { commandModel, DOWNLOAD_VALUE_FLAGS } from '../common/commands.js';
import type { ScanContext } from '../types.js';
import { Budget } from '../limits.js';
import type { Analysis } from '../common/flow.js';
import {
  classifyModel,
  classifyOllama,
  isModelishName,
  knownHubString,
  modelEnvKind,
  stripQuantTag,
  type Classified,
  type Strength,
  namesOllama,
} from '../common/ids.js';
import { funasrModel } from '../common/funasr.js';
import { jsonEntries } from '../common/json-scan.js';
import type { RawEnv } from '../common/output.js';
import type { RawRef } from '../common/text.js';
import { classifyValue, looksLikeOllamaLibrary, spacyRequirement } from '../common/values.js';
import { parentKeyOf, yamlEvents, type YEvent, type YScalar } from '../common/yaml-lite.js';
import { analyzePython } from '../python/analyze.js';
import { DYN, shellCommands, type Word } from './words.js';

/** llama.cpp flags that name a Hub repository (`-hf org/repo-GGUF:Q4_K_M`). */
const HF_REPO_FLAGS = new Set([
  '-hf',
  '-hfr',
  '--hf-repo',
  '--hf_repo',
  '-hfd',
  '--hf-repo-draft',
  '-hfv',
  '--hf-repo-v',
]);
/**
 * Flags of evaluation harnesses that take the model's arguments as `key=value` pairs joined by commas
 * (lm-evaluation-harness's and lmms-eval's `--model_args pretrained=org/x,dtype=float`), and the keys of those
 * pairs that name the model: `pretrained` (the harness's `from_pretrained` argument), `model` (vLLM's), ...
 */
const MODEL_ARGS_FLAGS = new Set(['--model_args', '--model-args']);
const MODEL_ARG_KEYS = new Set(['pretrained', 'model', 'model_name', 'model_id', 'model_name_or_path', 'tokenizer']);

/** The models of a `--model_args` value (MODEL_ARGS_FLAGS) in the word `w`, from its character `from`. */
function modelArgs(w: Word, from: number, out: ShellOut): void {
  const text = w.text;
  if (from === 0 && text.startsWith('-')) return;
  // (the next `=` is looked for again only once passed: a long list of pairs without one stays linear)
  let eq = -1;
  for (let s = from; s < text.length;) {
    out.budget.tick();
    let e = text.indexOf(',', s);
    if (e === -1) e = text.length;
    if (eq !== Infinity && eq < s) {
      eq = text.indexOf('=', s);
      if (eq === -1) eq = Infinity;
    }
    if (eq > s && eq < e && MODEL_ARG_KEYS.has(text.slice(s, eq))) {
      const value = text.slice(eq + 1, e);
      if (value && !value.includes(DYN)) {
        const cl = text.slice(s, eq) === 'pretrained' ? classifyHub(value, 'strong', out.ctx) : out.weak(value);
        out.push(cl, w, eq + 1);
      }
    }
    s = e + 1;
  }
}

/** Flags of serving/training CLIs that take a model (besides anything isModelishName accepts). */
const MODEL_FLAGS = new Set([
  '--model-path',
  '--model_path',
  '--tokenizer',
  '--tokenizer-name',
  '--tokenizer_name',
  '--model-id',
  '--model_id',
  '--model-url',
  '--model_url',
]);
/**
 * Flags named after transformers' `pretrained_model_name_or_path` for another role (`--embedder_name_or_path`,
 * `--reranker_name_or_path`, `--teacher-name-or-path`): a Hub id or a local path, as `--model_name_or_path`; not a
 * dataset's (`--dataset_name_or_path`).
 */
const NAME_OR_PATH_FLAG_RE = /^--(?![\w-]*data)[a-z][a-z0-9_-]*[_-]name[_-]or[_-]path$/i;
/** Ollama REST routes that take a model (`POST /api/generate {"model": "llama3.2"}`). */
const OLLAMA_API_RE = /\/api\/(?:generate|chat|embed|embeddings|pull|show|push|create)\b/;
/** OpenAI-compatible routes, which name an Ollama model when the server is Ollama's (port 11434). */
const OPENAI_API_RE = /\/v1\/(?:chat\/completions|completions|embeddings)\b/;
/** Flags of curl that carry a request body. */
const CURL_DATA_FLAGS = new Set(['-d', '--data', '--data-raw', '--data-binary', '--json']);
/** Environment definitions kept per file for joining with the code that reads them. */
const MAX_ENV = 1000;

function basename(s: string): string {
  const i = s.lastIndexOf('/');
  return i === -1 ? s : s.slice(i + 1);
}

/** Collects what shell-like text holds: references, environment definitions, Ollama models built here. */
class ShellOut {
  readonly raw: RawRef[] = [];
  readonly env: RawEnv[] = [];
  /** `ollama create NAME -f FILE`: ollama:NAME → FILE, and where NAME is written. */
  readonly created = new Map<string, { file: string; offset: number }>();
  /** A workflow's matrix (`strategy: matrix: model: [a, b]`): the values of `${{ matrix.model }}`. */
  matrix = new Map<string, YScalar[]>();
  /** The text talks to an Ollama server: a bare name given to a model flag may be an Ollama model. */
  readonly ollamaText: boolean;
  constructor(
    readonly ctx: ScanContext,
    readonly budget: Budget,
    readonly text = '',
  ) {
    this.ollamaText = namesOllama(text) || text.includes('11434');
  }

  /**
   * The values of a word: itself, or, for a workflow expression `${{ matrix.KEY }}` of a known matrix, each value
   * of the matrix (as words at their own places).
   */
  values(w: Word, from: number): Array<{ word: Word; from: number }> {
    if (!w.text.includes(DYN) || !this.matrix.size) return [{ word: w, from }];
    const at = w.map[from] ?? -1;
    const m = at >= 0 ? /^\$\{\{\s*matrix\.([\w-]+)\s*\}\}/.exec(this.text.slice(at, at + 80)) : null;
    const list = m && w.text.slice(from) === DYN ? this.matrix.get(m[1]) : undefined;
    return list ? list.map((v) => ({ word: wordOf(v), from: 0 })) : [{ word: w, from }];
  }

  /** A value of a weak model flag (`--model X`): a Hub id, or in a text about Ollama, an Ollama library name. */
  weak(value: string): Classified | undefined {
    const hub = classifyHub(value, 'weak', this.ctx);
    if (hub || !this.ollamaText || value.includes(DYN) || !looksLikeOllamaLibrary(value)) return hub;
    return classifyOllama(value);
  }

  push(cl: Classified | undefined, w: Word, from: number, revision?: string): void {
    if (!cl) return;
    const ref: RawRef = { id: cl.id, kind: cl.kind, offset: w.map[from + (cl.shift ?? 0)] ?? w.map[from] ?? 0 };
    if (revision && cl.kind === 'hub') ref.revision = revision;
    if (cl.provider) ref.provider = cl.provider;
    this.raw.push(ref);
  }

  /** References, with models named after an `ollama create` of this file read as the local weights they are. */
  analysis(): ShellAnalysis {
    const raw = this.created.size
      ? this.raw.map((r) => {
          const file =
            r.kind === 'ollama'
              ? (this.created.get(r.id) ?? this.created.get(r.id.replace(/:latest$/, '')))?.file
              : undefined;
          return file ? { ...r, id: file, kind: 'local-file' as const } : r;
        })
      : this.raw;
    return { raw, uses: [], env: this.env, created: this.created };
  }
}

function classifyHub(v: string, strength: Strength, ctx: ScanContext): Classified | undefined {
  if (v.includes(DYN)) return undefined;
  return classifyModel(v, strength, ctx, { litellm: strength === 'weak' });
}

/** A value that could be a model name set in the environment (for joining with the code that reads it). */
function envValue(v: string): boolean {
  return v.length > 0 && v.length <= 200 && !v.includes(DYN) && /^[\w.:/@-]+$/.test(v) && /[A-Za-z]/.test(v);
}

/** An environment assignment `NAME=value` (or `ENV NAME value`), value starting at `from` in `w`. */
function envAssignment(name: string, value: string, w: Word, from: number, out: ShellOut): void {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && envValue(value) && out.env.length < MAX_ENV)
    out.env.push({ name, value, offset: w.map[from] ?? w.map[0] ?? 0 });
  const kind = modelEnvKind(name);
  if (!kind || value.includes(DYN)) return;
  out.push(kind === 'ollama' ? classifyOllama(value) : classifyHub(value, 'weak', out.ctx), w, from);
}

/**
 * The words of an assignment's value from `from` that holds arguments (two words or more, one of them a long
 * flag: `"--model_name_or_path org/x --cache_dir ./c"`), split at blanks with their places; undefined otherwise.
 */
function argumentWords(w: Word, from: number): Word[] | undefined {
  const text = w.text;
  if (!/\s--[A-Za-z]|^\s*--[A-Za-z]/.test(text.slice(from))) return undefined;
  const words: Word[] = [];
  let start = -1;
  for (let i = from; i <= text.length; i++) {
    const blank = i === text.length || /\s/.test(text[i]);
    if (!blank && start < 0) start = i;
    else if (blank && start >= 0) {
      if (words.length >= MAX_HELD_WORDS) break;
      words.push({ text: text.slice(start, i), map: w.map.slice(start, i) });
      start = -1;
    }
  }
  return words.length >= 2 ? words : undefined;
}

/** LitGPT's fine-tuning methods, written before the model (`litgpt finetune lora REPO`). */
const LITGPT_METHODS = new Set(['lora', 'full', 'adapter', 'adapter_v2']);

/** Words of a torchtune or LitGPT command read for its model, at most. */
const MAX_COMMAND_WORDS = 32;

/** Words of one assignment read as arguments, at most (a cap on what a stranger's script makes the scan read). */
const MAX_HELD_WORDS = 512;

/**
 * A Hydra override (`++model=iic/SenseVoiceSmall`, `+vad_model=fsmn-vad`, `model=x` in a FunASR command) of a key
 * named like a model (its last dotted part): `key`, and where the value starts.
 */
const HYDRA_OVERRIDE_RE = /^(\+{0,2})((?:[A-Za-z_][\w]*\.){0,8}([A-Za-z_]\w*))=/;

/** Whether a command runs FunASR (`funasr ...`, `python -m funasr`, `python -m funasr.bin.inference`). */
function runsFunasr(words: Word[]): boolean {
  return words.some((w) => /^(?:funasr(?:\.[\w.]+)?|[^\s=]*\/funasr)$/.test(w.text));
}

/** Applies the command rules to one command's words. */
function commandRules(words: Word[], out: ShellOut): void {
  const ctx = out.ctx;
  let funasr: boolean | undefined;
  for (let i = 0; i < words.length; i++) {
    out.budget.tick();
    const w = words[i];
    const t = w.text;
    if (!t) continue;
    // Hydra's overrides of a model (FunASR: `python -m funasr ++model=paraformer-zh ++vad_model="fsmn-vad"`): a
    // FunASR short name is the ModelScope repository FunASR downloads for it, another value a Hub id
    const hydra = t.charCodeAt(0) === 43 /* + */ || i > 0 ? HYDRA_OVERRIDE_RE.exec(t) : null;
    // (a plain `key=value` is Hydra's only in a FunASR command, and in lower case: `MODEL_ID=x` is the environment's)
    const plain = hydra && !hydra[1] && /^[a-z_.]+$/.test(hydra[2]);
    if (hydra && isModelishName(hydra[3]) && (hydra[1] || (plain && (funasr ??= runsFunasr(words))))) {
      const from = hydra[0].length;
      const value = t.slice(from);
      const mapped = value && !value.includes(DYN) && (funasr ??= runsFunasr(words)) ? funasrModel(value) : undefined;
      out.push(mapped ? { id: mapped, kind: 'hub' } : out.weak(value), w, from);
      continue;
    }
    // NAME=value (export, env, docker -e, --build-arg, ENV/ARG, compose lists)
    const eq = t.indexOf('=');
    if (eq > 0 && /^[A-Za-z_][A-Za-z0-9_]*$/.test(t.slice(0, eq))) {
      const held = argumentWords(w, eq + 1);
      // a variable holding the arguments of a later command (`model_args="--model_name_or_path org/x ..."`, then
      // `torchrun ... $model_args`), or a whole command line (`cmd="torchrun ... --model org/x"`, then `eval $cmd`)
      if (held) commandRules(held, out);
      else envAssignment(t.slice(0, eq), t.slice(eq + 1), w, eq + 1, out);
      continue;
    }
    if (i === 0 && /^(?:ENV|ARG)$/i.test(t) && words.length === 3 && !words[1].text.includes('=')) {
      envAssignment(words[1].text, words[2].text, words[2], 0, out);
      return;
    }
    if (t.startsWith('-')) {
      const fm = /^(--?[A-Za-z][\w-]*)(?:=([^]*))?$/.exec(t);
      if (!fm) continue;
      const flag = fm[1];
      if (MODEL_ARGS_FLAGS.has(flag)) {
        // lm-evaluation-harness's (and lmms-eval's) `--model_args pretrained=org/x,dtype=float`
        const vw = fm[2] !== undefined ? w : words[i + 1];
        if (vw && fm[2] === undefined) i++;
        if (vw) modelArgs(vw, fm[2] !== undefined ? flag.length + 1 : 0, out);
        continue;
      }
      const isHf = HF_REPO_FLAGS.has(flag);
      const isModel =
        !isHf &&
        flag.startsWith('--') &&
        (MODEL_FLAGS.has(flag) || isModelishName(flag) || NAME_OR_PATH_FLAG_RE.test(flag));
      if (!isHf && !isModel) {
        // python -c "...from_pretrained(...)"
        if (flag === '-c' && i > 0 && /python/.test(words[i - 1].text) && words[i + 1]) {
          const code = words[i + 1];
          for (const r of analyzePython(code.text, ctx, out.budget).raw)
            out.raw.push({ ...r, offset: code.map[r.offset] ?? code.map[0] });
          i++;
        }
        continue;
      }
      let vw: Word | undefined;
      let from = 0;
      if (fm[2] !== undefined) {
        vw = w;
        from = flag.length + 1;
      } else if (words[i + 1] && !words[i + 1].text.startsWith('-')) {
        vw = words[i + 1];
        i++;
      }
      if (!vw) continue;
      for (const v of out.values(vw, from)) {
        const value = v.word.text.slice(v.from);
        if (isHf) out.push(classifyHub(stripQuantTag(value), 'strong', ctx), v.word, v.from);
        else out.push(out.weak(value), v.word, v.from);
      }
      continue;
    }
    const base = basename(t);
    const sub = words[i + 1]?.text;
    if (base === 'vllm' && sub === 'serve') {
      // the model, skipping the unknown values of flags (`--speculative-model {{ .Values.draft }}`) that
      // template branches put before it; an unknown value right after `serve` is the model, unknown
      let j = nextPositional(words, i + 2, new Set());
      while (j !== -1 && words[j].text.includes(DYN) && words[j - 1].text.startsWith('-'))
        j = nextPositional(words, j + 1, new Set());
      if (j !== -1)
        for (const v of out.values(words[j], 0)) out.push(classifyHub(v.word.text, 'strong', ctx), v.word, 0);
      i++;
      continue;
    }
    if (base === 'ollama' && (sub === 'pull' || sub === 'run')) {
      const j = nextPositional(words, i + 2, new Set());
      if (j !== -1)
        for (const v of out.values(words[j], 0))
          if (!v.word.text.includes(DYN)) out.push(classifyOllama(v.word.text), v.word, 0);
      i++;
      continue;
    }
    if (base === 'ollama' && sub === 'create') {
      ollamaCreate(words, i + 2, out);
      return;
    }
    // spaCy's download command (`python -m spacy download en_core_web_sm`, `spacy download de_core_news_lg`):
    // installs a trained pipeline, spacy/NAME on the Hub
    if (base === 'spacy' && sub === 'download') {
      const j = nextPositional(words, i + 2, new Set());
      if (j !== -1)
        for (const v of out.values(words[j], 0))
          if (!v.word.text.includes(DYN)) out.push(classifyValue(v.word.text, 'spacy', 'strong', ctx), v.word, 0);
      return;
    }
    // a spaCy pipeline installed as a package (`pip install en_core_web_sm==3.7.1`, `pip install
    // "en_core_web_sm @ https://..."`, `uv pip install`, `uv add`, `poetry add`; the release's address alone is the
    // url scanner's): spacy/NAME on the Hub. Every word of the command is a requirement or an option.
    if (
      ((base === 'pip' || base === 'pip3') && sub === 'install') ||
      ((base === 'uv' || base === 'poetry' || base === 'pdm') && sub === 'add')
    ) {
      for (let j = i + 2; j < words.length; j++) {
        out.budget.tick();
        const req = spacyRequirement(words[j].text);
        if (req) out.push({ id: req.id, kind: 'hub' }, words[j], 0);
      }
      return;
    }
    if ((base === 'huggingface-cli' || base === 'hf') && sub === 'download') {
      download(words, i + 2, out);
      return;
    }
    // torchtune's and LitGPT's downloads and runs of a Hub repository (`tune download meta-llama/X --output-dir
    // /tmp/X`, `litgpt finetune_lora microsoft/phi-2`); not torchtune's Kaggle source, not a local checkpoint folder
    if ((base === 'tune' || base === 'litgpt') && sub !== undefined) {
      // (the words of this command only: a cap keeps a stranger's long line from costing more than one pass)
      // `litgpt finetune lora REPO`: the method's word comes first
      const skip = base === 'litgpt' && sub === 'finetune' && LITGPT_METHODS.has(words[i + 2]?.text ?? '') ? 1 : 0;
      const rest = words.slice(i + 2 + skip, i + 2 + skip + MAX_COMMAND_WORDS);
      const runner = commandModel([base, sub, ...rest.map((x) => x.text)]);
      if (!runner) continue;
      const kaggle = rest.some((x, k) => x.text === '--source' && rest[k + 1]?.text === 'kaggle');
      // a download names a repository; LitGPT's other commands take a local checkpoint folder as well
      // (`litgpt evaluate out/lora/final`): there only an id the catalog knows is the Hub's
      const download = sub === 'download';
      if (!kaggle)
        for (const v of out.values(words[i + skip + runner.index], 0)) {
          const text = v.word.text;
          if (text.includes(DYN) || (!download && !knownHubString(ctx, text))) continue;
          out.push(classifyHub(text, 'strong', ctx), v.word, 0);
        }
      return;
    }
    if (base === 'curl' || base === 'http' || base === 'xh') {
      curl(words, i + 1, out);
      return;
    }
    if (t.includes('/') && knownHubString(ctx, t)) out.push({ id: t, kind: 'hub' }, w, 0);
  }
}

function nextPositional(words: Word[], from: number, valueFlags: ReadonlySet<string>): number {
  for (let j = from; j < words.length; j++) {
    const t = words[j].text;
    if (t.startsWith('-')) {
      if (valueFlags.has(t)) j++;
      continue;
    }
    return j;
  }
  return -1;
}

function download(words: Word[], from: number, out: ShellOut): void {
  let repoType: string | undefined;
  let revision: string | undefined;
  for (let j = from; j < words.length; j++) {
    const m = /^(--[\w-]+)(?:=([^]*))?$/.exec(words[j].text);
    if (!m) continue;
    const v = m[2] ?? words[j + 1]?.text;
    if (m[1] === '--repo-type') repoType = v;
    if (m[1] === '--revision') revision = v;
  }
  if (repoType === 'dataset' || repoType === 'space') return;
  const j = nextPositional(words, from, DOWNLOAD_VALUE_FLAGS);
  if (j === -1) return;
  out.push(
    classifyHub(words[j].text, 'strong', out.ctx),
    words[j],
    0,
    revision && !revision.includes(DYN) ? revision : undefined,
  );
}

/** `ollama create NAME -f FILE`: NAME is built here from FILE (default `Modelfile`): local weights. */
function ollamaCreate(words: Word[], from: number, out: ShellOut): void {
  let file = 'Modelfile';
  let name: Word | undefined;
  for (let j = from; j < words.length; j++) {
    const t = words[j].text;
    if (t === '-f' || t === '--file') {
      if (words[j + 1]) file = words[j + 1].text;
      j++;
    } else if (t.startsWith('--file=')) file = t.slice('--file='.length);
    else if (!t.startsWith('-') && !name) name = words[j];
  }
  if (!name || name.text.includes(DYN) || file.includes(DYN)) return;
  const id = classifyOllama(name.text)?.id;
  if (!id) return;
  out.created.set(id, { file, offset: name.map[0] ?? 0 });
}

/** `curl http://localhost:11434/api/generate -d '{"model": "llama3.2"}'`: the model of an Ollama request. */
function curl(words: Word[], from: number, out: ShellOut): void {
  let url: string | undefined;
  let body: Word | undefined;
  for (let j = from; j < words.length; j++) {
    const t = words[j].text;
    if (CURL_DATA_FLAGS.has(t)) {
      body = words[j + 1];
      j++;
    } else if (/^--(?:data|data-raw|json)=/.test(t)) {
      const eq = t.indexOf('=');
      body = { text: t.slice(eq + 1), map: words[j].map.slice(eq + 1) };
    } else if (/^(?:https?:\/\/|localhost|127\.|0\.0\.0\.0|\$|\0)/.test(t) || t.includes('/api/') || t.includes('/v1/'))
      url = t;
  }
  if (!url || !body || !isOllamaRequest(url)) return;
  for (const ref of ollamaBodyModels(body.text, out.budget)) out.push(ref.cl, body, ref.at);
}

/** Whether a request URL goes to an Ollama server's API (its own routes, or OpenAI routes on port 11434). */
export function isOllamaRequest(url: string): boolean {
  return OLLAMA_API_RE.test(url) || (OPENAI_API_RE.test(url) && /:11434\b|ollama/i.test(url));
}

/** The models of an Ollama request body: `"model"` (or `"name"` of pull/show) at the top level of the JSON. */
function ollamaBodyModels(body: string, budget?: Budget): Array<{ cl: Classified; at: number }> {
  const found: Array<{ cl: Classified; at: number }> = [];
  for (const e of jsonEntries(body, budget)) {
    if (e.item || e.parent !== -1 || (e.key !== 'model' && e.key !== 'name')) continue;
    const cl = classifyOllama(e.value.text);
    if (cl && (e.key === 'model' || looksLikeOllamaLibrary(e.value.text) || e.value.text.includes(':')))
      found.push({ cl, at: e.value.offset });
  }
  return found;
}

/** What shell-like text holds: references, environment definitions, Ollama models built from a Modelfile. */
export type ShellAnalysis = Analysis & { env: RawEnv[]; created: Map<string, { file: string; offset: number }> };

/** Shell scripts, Dockerfiles, .env files, Makefiles. */
export function analyzeShell(
  text: string,
  ctx: ScanContext,
  budget = new Budget(text.length, ctx),
  base = 0,
): ShellAnalysis {
  const out = new ShellOut(ctx, budget, text);
  shellInto(text, out, base);
  return out.analysis();
}

function shellInto(text: string, out: ShellOut, base = 0): void {
  const heredoc = (command: Word[]) =>
    command.some(readsPython)
      ? (body: string, offset: number) => {
          for (const r of analyzePython(body, out.ctx, out.budget).raw)
            out.raw.push({ ...r, offset: offset + r.offset });
        }
      : undefined;
  for (const cmd of shellCommands(text, base, out.budget, heredoc)) commandRules(cmd, out);
}

/**
 * Whether a word of a here-document's line makes its body Python: the interpreter (`python - <<'EOF'`,
 * `python3.11 <<EOF`), or a Python file it is written to (`cat > download.py <<EOF`).
 */
function readsPython(w: Word): boolean {
  return /^python(?:\d+(?:\.\d+)?)?$/.test(basename(w.text)) || /^>?[^\0\s]*\.py$/.test(w.text);
}

/** A scalar as a shell word; a template expression (`{{ .Values.x }}`) is one unknown character. */
function wordOf(s: YScalar): Word {
  if (!s.dyn) {
    const map = new Array<number>(s.text.length);
    for (let k = 0; k < s.text.length; k++) map[k] = s.offset + k;
    return { text: s.text, map };
  }
  let text = '';
  const map: number[] = [];
  for (let k = 0; k < s.text.length; k++) {
    if (s.text.startsWith('{{', k)) {
      const close = s.text.indexOf('}}', k + 2);
      text += DYN;
      map.push(s.offset + k);
      k = close === -1 ? s.text.length : close + 1;
      continue;
    }
    text += s.text[k];
    map.push(s.offset + k);
  }
  return { text, map };
}

/** The words of a command line that an `args:` list continues (`command: [vllm, serve]` then `args: [org/x]`). */
const MAX_COMMAND_PREFIX = 16;

/**
 * docker-compose, Kubernetes, Helm templates and GitHub workflow YAML: commands in scalars and block scalars,
 * argument lists (`args: ["--model", "org/x"]`, `- --model` / `- org/x`), environment maps and lists, and
 * Kubernetes `env: [{name: MODEL_ID, value: org/x}]`.
 */
export function analyzeYaml(text: string, ctx: ScanContext, budget = new Budget(text.length, ctx)): ShellAnalysis {
  const out = new ShellOut(ctx, budget, text);
  const events = yamlEvents(text, budget);
  if (text.includes('matrix')) out.matrix = matrixValues(events, budget);
  let group: { indent: number; words: Word[]; key?: string; last: number } | undefined;
  let lastCommand: { indent: number; words: Word[] } | undefined;
  const flush = () => {
    if (!group) return;
    let words = group.words;
    if (group.key === 'args' && lastCommand && lastCommand.indent === group.indent)
      words = [...lastCommand.words, ...words];
    if (group.key === 'command' || group.key === 'entrypoint')
      lastCommand = { indent: group.indent, words: words.slice(0, MAX_COMMAND_PREFIX) };
    commandRules(words, out);
    group = undefined;
  };
  for (let ei = 0; ei < events.length; ei++) {
    budget.tick();
    const ev = events[ei];
    // a block sequence of plain items is one command line: `args:` / `- --model` / `- org/x`
    if (ev.item && ev.key === undefined && ev.value) {
      if (!group || group.last !== ei - 1 || group.indent !== ev.indent) {
        flush();
        group = { indent: ev.indent, words: [], key: parentKeyOf(events, ei), last: ei };
      }
      group.words.push(wordOf(ev.value));
      group.last = ei;
      shellInto(ev.value.text, out, ev.value.offset);
      continue;
    }
    flush();
    if (ev.flow) {
      group = { indent: ev.indent, words: ev.flow.map(wordOf), key: ev.key, last: ei };
      flush();
      for (const s of ev.flow) if (s.text.includes(' ') && !s.dyn) shellInto(s.text, out, s.offset);
      continue;
    }
    if (ev.block) {
      shellInto(text.slice(ev.block.start, ev.block.end), out, ev.block.start);
      continue;
    }
    if (!ev.value) continue;
    const v = ev.value;
    if (ev.key !== undefined && !v.dyn) {
      // environment map (MODEL_ID: org/x); lower-case keys belong to the config scanner
      if (/^[A-Z][A-Z0-9_]*$/.test(ev.key)) envAssignment(ev.key, v.text, wordOf(v), 0, out);
      // Kubernetes env entry: {name: MODEL_ID, value: org/x}
      if (ev.key === 'value') {
        const name = siblingValue(events, ei, 'name');
        if (name) envAssignment(name, v.text, wordOf(v), 0, out);
      }
      // one word under a key is no command line: the config scanner reads it by its key (`dataset_path: org/x`,
      // a registry's `name: org/x`), which says whether it is a model
      if (!/\s/.test(v.text.trim())) continue;
    }
    shellInto(v.text, out, v.offset);
  }
  flush();
  return out.analysis();
}

/** The lists of a GitHub workflow's `strategy: matrix:` (`model: [a, b]`, or `model:` then `- a` items). */
function matrixValues(events: YEvent[], budget: Budget): Map<string, YScalar[]> {
  const out = new Map<string, YScalar[]>();
  let matrix: { indent: number } | undefined;
  let key: { name: string; indent: number } | undefined;
  for (const ev of events) {
    budget.tick();
    if (matrix && ev.indent <= matrix.indent && !(ev.item && ev.indent > matrix.indent)) matrix = undefined;
    if (ev.key === 'matrix' && !ev.value && !ev.flow) {
      matrix = { indent: ev.indent };
      key = undefined;
      continue;
    }
    if (!matrix) continue;
    if (ev.key !== undefined && !ev.item && ev.flow)
      out.set(
        ev.key,
        ev.flow.filter((v) => !v.dyn),
      );
    else if (ev.key !== undefined && !ev.item && !ev.value) key = { name: ev.key, indent: ev.indent };
    else if (ev.item && key && ev.key === undefined && ev.value && !ev.value.dyn && ev.indent > key.indent) {
      const list = out.get(key.name) ?? [];
      list.push(ev.value);
      out.set(key.name, list);
    }
  }
  return out;
}

/** How far around an event its siblings are looked for (a Kubernetes env entry has two or three keys). */
const SIBLING_WINDOW = 16;

/** Value of key `key` in the same mapping as event `ei` (a list item's mapping, for Kubernetes env). */
function siblingValue(events: YEvent[], ei: number, key: string): string | undefined {
  const indent = events[ei].indent;
  let start = ei;
  while (start > 0 && ei - start < SIBLING_WINDOW && !events[start].item && events[start - 1].indent >= indent) start--;
  for (let k = start; k < events.length && k - start < 2 * SIBLING_WINDOW; k++) {
    const e = events[k];
    if (k > start && (e.indent < indent || (e.item && e.indent === indent))) break;
    if (e.indent === indent && e.key === key && e.value && !e.value.dyn) return e.value.text;
  }
  return undefined;
}
