import { PY_CLIENTS, PY_HOSTED_CLASSES, PY_SDK_PROVIDERS } from '../common/hosted.js';
import { needleSearch, type NeedleSearch } from '../common/needles.js';
import { PYTHON_SPECIFIC_SEARCH } from '../common/needles.generated.js';
import { mayHoldHubString, prefilterView, tableNeedles } from '../common/prefilter.js';
import { SPACY_PIPELINE_NEEDLES } from '../common/values.js';
import type { ScanContext } from '../types.js';

/** Substrings without which a Python file or notebook cannot hold a reference this scanner finds. */
export const PYTHON_TRIGGERS = [
  'odel', // model, Model, from_pretrained(model_id=...), model=
  'ODEL', // MODEL_ID
  'pretrained',
  'pipeline',
  '_download',
  'LLM',
  'llama', // Ollama, ChatOllama, ollama.chat
  'Encoder', // CrossEncoder, SparseEncoder
  'Reranker', // FlagEmbedding's FlagReranker, FlagLLMReranker
  'from_finetuned', // FlagEmbedding's FlagAutoModel.from_finetuned
  'Transformer', // SentenceTransformer
  'HuggingFace',
  'InferenceClient',
  'hub.load',
  'hf_hub',
  'hf-hub:',
  'hf:', // hf://org/x, hf:org/x:Q4_K_M
  'repo_id',
  'REPO_ID',
  'heckpoint',
  'HECKPOINT',
  'mlx_lm',
  'single_file',
  'load_lora',
  'load_ip_adapter',
  'textual_inversion',
  'replicate', // replicate.run("owner/model:version")
  'ultralytics', // from ultralytics import YOLO; detector = YOLO("yolov8n.pt")
  'from_preset', // keras_hub.models.GemmaCausalLM.from_preset("gemma2_instruct_2b_en")
  'CheckpointPath', // the Gemma library's gm.ckpts.CheckpointPath.GEMMA3_4B_IT
  'kagglehub', // kagglehub.model_download("google/gemma/flax/2b-it")
  // openai/CLIP: `import clip [as c]` or `from clip import load`, then `load("ViT-B/32")`
  'import clip',
  'clip import',
  // spaCy: `spacy.load("en_core_web_sm")`, and a pipeline imported as its package (`import en_core_web_sm`,
  // `import xx_ent_wiki_sm`, `import xx_sent_ud_sm`, `import de_dep_news_trf`)
  'spacy',
  ...SPACY_PIPELINE_NEEDLES,
  // shell lines of notebooks (!huggingface-cli download, !vllm serve, !llama-cli -hf)
  'download',
  'vllm',
  '-hf',
  // pydantic-ai's model strings (`Agent('anthropic:claude-3-5-sonnet-latest')`), in a file that imports it
  'pydantic_ai',
  'pydantic_evals',
  // crewAI's agents (`Agent(llm="gpt-4o")`) and DSPy's `dspy.LM("openai/gpt-4o-mini")`: LiteLLM routes
  'crewai',
  'dspy',
  // the OpenAI Agents SDK's agents (`from agents import Agent, Runner`; `Agent(model="gpt-4.1")`)
  'from agents',
  // Haystack's OpenAI components, which send their default model when given none (`OpenAIChatGenerator()`)
  'haystack',
] as const;

/**
 * Names (compared in lower case) of everything the Python analysis reads in a way other than "a Hub id reaches a parameter
 * named like a model": loaders and clients (each rule and hosted class), SDK modules, environment reads
 * (`getenv`, `environ`), speech tools, Ollama, argparse, torch.hub, LangChain's `init_chat_model`, MLX. A file
 * holding none of them can only give Hub readings (weak or strong) of its own string literals, and attribute
 * reads passed to parameters named like models (see `pythonMayHold`).
 */
export const PYTHON_SPECIFIC: readonly string[] = [
  ...PYTHON_TRIGGERS.filter((t) => !/odel/i.test(t)),
  'hub', // torch.hub.load (a chain of tokens: `hub . load` too), hf_hub_*, hub.load
  'hf.co',
  'repoid',
  'ckpt',
  // rules and value sources not named by a trigger
  'list_repo_files',
  'engineargs',
  'from_model_id',
  'model_info',
  'init_chat_model',
  'getenv',
  'environ',
  'add_argument',
  'whisper',
  'tts.api', // Coqui TTS (`from TTS.api import TTS`)
  'open_clip', // OpenCLIP's factories (`open_clip.create_model_and_transforms("ViT-B-32", "laion2b_s34b_b79k")`)
  'get_mbd_', // AudioCraft's MultiBandDiffusion loaders (`MultiBandDiffusion.get_mbd_musicgen()`), which name no model
  'ollama',
  '11434',
  'genai',
  'google',
  'vertexai',
  'aiplatform',
  'boto',
  'bedrock',
  'litellm',
  'openai',
  'generativeai',
  'ibm_watson',
  'smolagents', // smolagents' model classes (TransformersModel, HfApiModel, LiteLLMModel)
  'agno.models', // Agno's model classes (`from agno.models.ollama import Ollama`), and phidata's before it
  'phi.model',
  // a class other libraries name too (`OpenAI`, `Model`) counts only imported from its module: the module's name
  ...tableNeedles(PY_CLIENTS),
  ...tableNeedles(PY_HOSTED_CLASSES),
  ...Object.keys(PY_SDK_PROVIDERS),
];

/** PYTHON_SPECIFIC as one search of the text's `prefilterView`, made without the copy. */
let specific: NeedleSearch | undefined; // built on first use: a repository may hold no such file

/** A pydantic settings class (`class Settings(BaseSettings)`): its fields are read from the environment. */
const SETTINGS = 'Settings';

/** Loaders named for a model (`load_model`, `get_model`, `build_embedding_model`): the analysis's LOADER_NAME_RE. */
const LOADER_NAME_RE =
  /^(?:load|get|build|create|init|setup|download)_(?:\w+_)?(?:model|pretrained|checkpoint|llm|pipeline)$/;

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);

/**
 * Whether "model" (in the lower-cased view) is ever used where the analysis could read an attribute of another
 * module's object (a field use): a keyword argument named like a model (`f(model=cfg.name)`, across lines and
 * comments), a dict key naming a model (`{"model": cfg.name}`), or a loader named for a model (`load_model(x)`).
 * Statement-level assignments (`model = X`, `self.model = X`) give Hub readings of strings only, which
 * `mayHoldHubString` covers. Linear: each identifier holding "model" is looked at once, each quote run once.
 */
function modelContext(view: string): boolean {
  let from = 0;
  for (;;) {
    const at = view.indexOf('model', from);
    if (at === -1) return false;
    let s = at;
    while (s > 0 && isWordChar(view.charCodeAt(s - 1))) s--;
    let e = at + 5;
    while (e < view.length && isWordChar(view.charCodeAt(e))) e++;
    if ((LOADER_FIRST.has(view.charCodeAt(s)) && LOADER_NAME_RE.test(view.slice(s, e))) || keywordArgument(view, s, e))
      return true;
    // a dict key: "...model...": (the key's text up to its closing quote, then a colon)
    let q = e;
    const next = view.indexOf('model', e);
    const limit = next === -1 ? view.length : next;
    let c = 0;
    while (q < limit && (c = view.charCodeAt(q)) !== 34 && c !== 39 && c !== 10) q++;
    if (q < limit && c !== 10) {
      let k = q;
      while (k < view.length && ((c = view.charCodeAt(k)) === 34 || c === 39)) k++;
      while (k < view.length && ((c = view.charCodeAt(k)) === 32 || c === 9 || c === 13 || c === 10)) k++;
      if (k < view.length && (c === 58 || c === 35)) return true; // `:` or `#`
    }
    from = Math.max(e, at + 1);
  }
}

/** First letters of the names LOADER_NAME_RE takes (load, get, build, create, init, setup, download). */
const LOADER_FIRST = new Set([...'lgbcisd'].map((ch) => ch.charCodeAt(0)));

/** Whether the identifier [s, e) of the view, followed by `=` (not `==`), may be a keyword argument of a call. */
function keywordArgument(view: string, s: number, e: number): boolean {
  let j = e;
  let c = view.charCodeAt(j);
  while (c === 32 || c === 9) c = view.charCodeAt(++j);
  if (c !== 61 || view.charCodeAt(j + 1) === 61) return false; // `=`, not `==`
  let p = s - 1;
  let crossed = false;
  while (p >= 0 && ((c = view.charCodeAt(p)) === 32 || c === 9 || c === 13 || c === 10)) {
    if (c === 10) crossed = true;
    p--;
  }
  if (p < 0) return false;
  if (c === 46) return false; // self.model = ...: an attribute, never a keyword
  if (c === 40 || c === 44) return true; // `(` or `,`
  if (!crossed) return c !== 59; // `;`
  // after a line break: a keyword only follows `(` or `,`, with perhaps a comment between
  const lineStart = view.lastIndexOf('\n', p) + 1;
  return view.slice(lineStart, p + 1).includes('#');
}

/**
 * The Python scanner's exact pre-filter (see `Scanner.mayHold`): false only when `scan` finds no reference and
 * no fact but class field defaults. Notebooks (JSON, whose strings are escaped once more) are always read.
 */
export function pythonMayHold(text: string, path: string, ctx: ScanContext): boolean {
  if (/\.ipynb$/i.test(path)) return true;
  if (
    (specific ??= needleSearch(PYTHON_SPECIFIC, { view: true }, PYTHON_SPECIFIC_SEARCH)).test(text) ||
    text.includes(SETTINGS)
  )
    return true;
  return mayHoldHubString(text, 'drop', ctx) || modelContext(prefilterView(text));
}
