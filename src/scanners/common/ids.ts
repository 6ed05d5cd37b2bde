import { HUB_ADDRESS_START_RE, readHubAddress } from '../../core/hub-hosts.js';
import type { ReferenceKind } from '../../core/types.js';
import type { ScanContext } from '../types.js';
import { table } from './table.js';

/**
 * How sure the syntax is that a string names a model:
 * - `strong`: a model argument of a loader (`from_pretrained(X)`, `vllm serve X`, `base_model: X`);
 * - `weak`: a value that is only named like a model (`model=X` of an arbitrary call, `MODEL_NAME=X`, a
 *   `model:` key of an unknown config). Weak values must also not look like a hosted-API model name or a
 *   provider-prefixed LiteLLM id.
 */
export type Strength = 'strong' | 'weak';

export interface Classified {
  id: string;
  kind: ReferenceKind;
  /** Offset of the id within the classified value, when the value carries a prefix (`hf-hub:`). */
  shift?: number;
  /** Hosted references: the service (`openai`, `bedrock`, `watsonx`, ...). */
  provider?: string;
  /** See ModelReference.packagePinned. */
  packagePinned?: boolean;
}

/** File extensions that make a `a/b.ext` string a file path rather than a Hub repo id. */
const FILE_EXT_RE =
  /\.(?:py|pyc|pyi|ipynb|js|mjs|cjs|ts|tsx|jsx|json|jsonl|ya?ml|toml|txt|md|rst|csv|tsv|parquet|arrow|gguf|ggml|bin|safetensors|pt|pth|ckpt|onnx|pb|h5|hdf5|keras|pkl|pickle|npy|npz|tar|gz|tgz|zip|bz2|xz|zst|7z|png|jpe?g|gif|svg|webp|mp3|wav|flac|mp4|html?|css|sh|bash|cfg|ini|conf|env|lock|log|xml|tflite|mlmodel|mlpackage|engine|plan|so|dll|dylib|exe|c|h|cc|cpp|go|rs|java|rb|php|lua|sql)$/i;

/** First path segments that are local directories, never Hub namespaces worth reporting. */
const LOCAL_NAMESPACES = new Set([
  'models',
  'model',
  'checkpoints',
  'checkpoint',
  'ckpt',
  'ckpts',
  'outputs',
  'output',
  'out',
  'weights',
  'data',
  'tmp',
  'temp',
  'cache',
  'runs',
  'work_dirs',
  'saved_models',
  'saved_model',
  'pretrained',
  'artifacts',
  'results',
  'training', // spaCy projects' output folder (`training/model-best`), and many training scripts'
  'experiments',
  'exp',
  'src',
  'lib',
  'assets',
  'resources',
  'local',
  'mnt',
  'home',
  'usr',
  'var',
  'opt',
  'workspace',
  'app',
  'build',
  'dist',
  'config',
  'configs',
  'scripts',
  'tests',
  'test',
  'node_modules',
]);

/**
 * LiteLLM / gateway provider prefixes: `groq/llama3-8b-8192` is an API route, not a Hub repository.
 * (`openai`, `google`, `meta-llama`, `mistralai` are real Hub publishers and are not listed.)
 */
/**
 * Names of model providers and serving tools that are never a model's name (not `mistral` or `deepseek`, which are
 * Ollama models too): two of them in one list make it a list of providers, and one alone is no
 * sentence-transformers name (`embedding_factory(provider="openai")`).
 */
const PROVIDER_NAMES = new Set([
  'openai',
  'azure',
  'azure-openai',
  'azureopenai',
  'anthropic',
  'ollama',
  'gemini',
  'vertex',
  'vertexai',
  'bedrock',
  'groq',
  'cohere',
  'huggingface',
  'togetherai',
  'together',
  'fireworksai',
  'fireworks',
  'openrouter',
  'lmstudio',
  'localai',
  'litellm',
  'koboldcpp',
  'perplexity',
  'xai',
  'novita',
  'nvidia-nim',
  'textgenwebui',
  'text-generation-webui',
  'llamacpp',
  'llama-cpp',
  'vllm',
]);

/** Whether a bare name is a provider's or a serving tool's (PROVIDER_NAMES), never a model's. */
export function isProviderName(name: string): boolean {
  return PROVIDER_NAMES.has(name.toLowerCase());
}

/**
 * Whether the first segment of `provider/model` is a LiteLLM route prefix or an API provider's namespace
 * (`bedrock/amazon.nova-pro-v1:0`, `deepseek/deepseek-chat`, `mistral/codestral-2405`).
 */
export function isProviderNamespace(ns: string): boolean {
  return PROVIDER_NAMESPACES.has(ns.toLowerCase());
}

const PROVIDER_NAMESPACES = new Set([
  'anthropic',
  'azure',
  'azure_ai',
  'bedrock',
  'bedrock_converse',
  'vertex_ai',
  'vertex_ai_beta',
  'vertex',
  'gemini',
  'groq',
  'together_ai',
  'openrouter',
  'fireworks_ai',
  'perplexity',
  'replicate',
  'deepinfra',
  'anyscale',
  'cohere',
  'cohere_chat',
  'mistral',
  'xai',
  'cerebras',
  'sambanova',
  'nvidia_nim',
  'watsonx',
  'sagemaker',
  'cloudflare',
  'voyage',
  'databricks',
  'friendliai',
  'ai21',
  'aleph_alpha',
  'palm',
  'deepseek',
  'hosted_vllm',
  'litellm_proxy',
  'lm_studio',
  'github',
  'github_copilot',
  'text-completion-openai',
  'openai_like',
  'custom_openai',
  'vllm',
  'llamafile',
  'predibase',
  'nlp_cloud',
  'petals',
  'clarifai',
  'dashscope',
  'moonshot',
  'volcengine',
  'novita',
  'nebius',
  'featherless_ai',
  'lambda_ai',
  'hyperbolic',
  // OpenHands' LLM proxy (`openhands/devstral-small-2507`: the proxy's name, not a Hub repository)
  'openhands',
  // ClawRouter's (BlockRun's) routing profiles and routes to hosted models: `blockrun/auto`, `blockrun/eco`,
  // `blockrun/openai/gpt-4o` (https://github.com/BlockRunAI/ClawRouter, continue's ClawRouter provider)
  'blockrun',
  // Meta's models on hosted APIs (Replicate, Vertex AI Model Garden, NVIDIA NIM: `meta/llama-3.1-405b-instruct-maas`);
  // on the Hub Meta publishes as meta-llama and facebook
  'meta',
]);

/**
 * A segment that a reader is to replace (`meta-llama/your-model-path`, `YOUR_HF_USERNAME/model`,
 * `your-org/your-model`): an example, never a dependency.
 */
const PLACEHOLDER_SEGMENT_RE = /^your(?:[-_]|$)/i;
/** A repository name with the word "dataset" or "datasets" in it (`performance-dataset-bo767`, `chat_datasets`). */
const DATASET_NAME_RE = /(?:^|[-_.])datasets?(?:$|[-_.])/i;
/**
 * A repository of evaluation results named after the model evaluated: Meta's datasets of each Llama model's
 * evaluation details (`meta-llama/Llama-3.1-8B-Instruct-evals`, read with `load_dataset`), which a family rule
 * of the catalog (`Llama-3.1-8B{,-*}`) would otherwise cover as one of the model's variants.
 */
const EVALS_NAME_RE = /[-_.]evals$/i;

/**
 * Whether a Hub id names a dataset by its name (`org/performance-dataset-bo767`,
 * `meta-llama/Llama-3.1-8B-Instruct-evals`): read as a model only where the syntax says a model is loaded (a
 * loader's argument), never as a catalog-known id written anywhere nor from a model-ish name alone.
 */
export function isDatasetRepoId(id: string): boolean {
  const name = id.slice(id.indexOf('/') + 1);
  return DATASET_NAME_RE.test(name) || EVALS_NAME_RE.test(name);
}
/**
 * A constant's name standing for a value the reader fills in (`SentenceTransformer("PATH_TO_MODEL")`,
 * `"MODEL_NAME"`, `"org/YOUR_MODEL_ID"`): capitals and underscores, naming a path, a model, a name or an id.
 */
const PLACEHOLDER_CONSTANT_RE = /^(?=[A-Z0-9_]*(?:PATH|MODEL|NAME|YOUR|DIR|REPO|ID))[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
/** The model families OpenAI publishes on the Hub under `openai/` (Whisper, CLIP, gpt-oss, Shap-E, ...). */
const OPENAI_HUB_NAME_RE = /^(?:whisper|clip|gpt-oss|shap-e|diffusers-|imagegpt|consistency-decoder|point-e|jukebox)/i;
/**
 * Hub organisations that publish open weights under the names their vendor's API gives the same models, and that no
 * gateway routes through (LiteLLM's routes are `cohere/`, `xai/`): Cohere's `CohereLabs/command-a-vision-07-2025`,
 * `CohereLabs/command-a-reasoning-08-2025` (CC-BY-NC weights, as chat-ui's HuggingChat config lists them), xAI's
 * `xai-org/grok-2`. Under them an API-shaped name is the Hub repository.
 */
const HUB_ORGS_OF_API_NAMES = new Set(['coherelabs', 'cohereforai', 'xai-org']);
/** A namespace that stands for the reader's own account (`username/test-submodel`). */
const PLACEHOLDER_NAMESPACE_RE = /^(?:hf[-_]?)?user(?:[-_]?name)?$/i;
/**
 * An id made of the words that describe an id, a template to fill in (`provider/model-id`, `org/model-name`,
 * `custom/model`, `owner/repo`, as crewAI's and mem0's docs and tests write them): a generic namespace and a
 * generic name together, never one alone (`meta/model` and `acme/model` stay names).
 */
const GENERIC_NAMESPACE_RE =
  /^(?:org|orgs|organi[sz]ation|owner|provider|namespace|author|publisher|vendor|account|company|custom|example)$/i;
const GENERIC_NAME_RE = /^(?:model|repo|repository)(?:[-_]?(?:id|name|repo))?$/i;
/**
 * Values that are not names at all: "not applicable" (`gpu_model = "N/A"`), the routes of HTTP APIs
 * (`api/tags`, `v1/models`, `v1beta/models`: a provider's model list, as ragflow's provider files write them), and
 * media types (`Accept: "application/json"` among a model's request options, as continue's config tests write it).
 */
const NOT_A_NAME_RE =
  /^(?:n\/a|(?:api|v\d+(?:alpha|beta)?\d*)\/[\w.-]+|(?:application|text|image|audio|video|multipart|font)\/(?:x-)?(?:json|x?ndjson|jsonl|xml|yaml|octet-stream|form-data|www-form-urlencoded|pdf|zip|gzip|javascript|plain|html|csv|markdown|event-stream|css|png|jpe?g|gif|webp|bmp|tiff|svg|mpeg|mp[34]|wav|ogg|webm|flac|mixed|woff2?))$/i;

/**
 * Names of hosted-API models (OpenAI, Anthropic, Google, Cohere, ...), which are not Hub repositories. Mistral's API
 * aliases end in `-latest` (`magistral-medium-latest`, `mistral-vibe-cli-latest`): never an Ollama library name,
 * whose tag follows a colon (`magistral:24b`), nor a Hub repository (its dated names are: `Magistral-Small-2506`).
 * Cohere's dated names (`command-r-plus-08-2024`, `command-r7b-12-2024`, `command-a-03-2025`,
 * https://docs.cohere.com/docs/models) and Mistral's embedding models (`mistral-embed`, `codestral-embed`,
 * https://docs.mistral.ai/getting-started/models/) are API names too: Ollama writes versions and sizes as tags.
 */
const API_MODEL_RE =
  /^(?:gpt-(?!2\b|j\b|neo|oss|sw3|sovits)[\w.-]*|gpt[0-9]o[\w.-]*|chatgpt[\w.-]*|o[1-9](?:-mini|-preview|-pro)?(?:-\d{4}-\d{2}-\d{2})?|claude[\w.-]*|text-embedding[\w.-]*|text-(?:davinci|curie|babbage|ada|moderation)[\w.-]*|davinci[\w.-]*|babbage[\w.-]*|dall-e[\w.-]*|whisper-1|tts-1[\w.-]*|gemini[\w.-]*|(?:chat|text|code)-bison[\w.-]*|textembedding-gecko[\w.-]*|command(?:-r|-light|-nightly|-a)?(?:-plus)?(?:-\d+)?|command(?:-r7b|-r|-a)?(?:-plus|-arabic|-vision|-reasoning|-translate)?-\d{2}-\d{4}|(?:mistral|codestral)-embed(?:-\d{4})?|embed-(?:english|multilingual)[\w.-]*|rerank-(?:english|multilingual|v\d)[\w.-]*|sonar[\w.-]*|grok-[\w.-]*|titan-[\w.-]*|voyage-[\w.-]*|deepseek-(?:chat|coder|reasoner)|mistral-(?:large|medium|small|tiny)-(?:latest|\d{4})|codestral-(?:latest|\d{4})|(?:mistral|magistral|ministral|codestral|devstral|pixtral|voxtral)(?:-[a-z0-9.]+)*-latest|open-(?:mistral|mixtral|codestral)[\w.-]*)$/i;

/** Whether `s` has the shape of a Hub repo id `namespace/name`. */
export function isHubIdShape(s: string): boolean {
  const slash = s.indexOf('/');
  if (slash <= 0 || slash !== s.lastIndexOf('/') || s.length > 200) return false;
  const ns = s.slice(0, slash);
  const name = s.slice(slash + 1);
  if (NUMERIC_RE.test(ns) && (NUMERIC_RE.test(name) || RATE_UNIT_RE.test(name))) return false; // 3/4, 1/second, 100/day
  return isHubSegment(ns) && isHubSegment(name) && !FILE_EXT_RE.test(name);
}

const NUMERIC_RE = /^\d+(?:\.\d+)?$/;
/** Units of rate limits (`30/minute`, as slowapi and Flask-Limiter write them). */
const RATE_UNIT_RE = /^(?:s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|weeks?|months?|years?)$/i;

/** Whether `seg` can be one part of a Hub repo id (a namespace, a name, or a legacy repository without a namespace). */
export function isHubSegment(seg: string): boolean {
  return (
    /^[\w][\w.-]*$/.test(seg) && !seg.endsWith('.') && !seg.endsWith('-') && !seg.includes('..') && !seg.includes('--')
  );
}

/** Whether `s` reads as a file-system path (or a directory of the repository) rather than a model id. */
export function isPathLike(s: string): boolean {
  if (/^(?:\.{1,2}(?:[\\/]|$)|[\\/~$%]|[A-Za-z]:[\\/])/.test(s)) return true;
  if (s.includes('\\')) return true;
  if (FILE_EXT_RE.test(s)) return true;
  const slash = s.indexOf('/');
  if (slash > 0 && LOCAL_NAMESPACES.has(s.slice(0, slash).toLowerCase())) return true;
  return false;
}

/**
 * A model id of Amazon Bedrock: the vendor, a dot, the model, and a version after a colon
 * (`anthropic.claude-3-5-sonnet-20240620-v1:0`, `amazon.nova-pro-v1:0`, `meta.llama3-1-70b-instruct-v1:0`,
 * `deepseek.r1-v1:0`), or a cross-region inference profile's, the geography before it (`us.anthropic.claude-...`,
 * `eu.`, `apac.`, `global.`): https://docs.aws.amazon.com/bedrock/latest/userguide/models-supported.html and
 * .../inference-profiles-support.html. Never an Ollama name nor a Hub repository.
 */
const BEDROCK_MODEL_RE =
  /^(?:(?:us|us-gov|eu|apac|jp|au|ca|global)\.)?(?:ai21|amazon|anthropic|cohere|deepseek|meta|mistral|openai|qwen|writer|stability|twelvelabs|luma)\.[a-z0-9][\w.-]*(?::\d+)?$/i;

/** Whether a name is a model id of Amazon Bedrock (BEDROCK_MODEL_RE): `us.amazon.nova-pro-v1:0`. */
export function isBedrockModelId(name: string): boolean {
  return name.length <= 200 && BEDROCK_MODEL_RE.test(name);
}

/** Whether a (bare) name is a hosted-API model such as `gpt-4o`, `claude-3-5-sonnet` or a Bedrock id. */
export function isApiModelName(name: string): boolean {
  return API_MODEL_RE.test(name) || isBedrockModelId(name);
}

/**
 * `hf-hub:org/x`, `hf://org/x`; not `hf://datasets/`, `hf://spaces/` nor `hf://buckets/` (storage buckets). Also
 * node-llama-cpp's model URIs, `hf:org/x:Q4_K_M`, `hf:org/x/file.gguf`, `huggingface:org/x:Q4_K_M`
 * (https://node-llama-cpp.withcat.ai/guide/downloading-models#model-uris).
 */
const HF_HUB_PREFIX_RE =
  /^hf[-_]hub:|^hf:\/\/(?!datasets\/|spaces\/|buckets\/)|^(?:hf|huggingface):(?!\/|datasets\/|spaces\/)(?=[\w.-]+\/[\w.-])/i;

/**
 * A prebuilt model id of WebLLM (`@mlc-ai/web-llm`) and MLC LLM: `Llama-3.2-1B-Instruct-q4f16_1-MLC`, the name of
 * the Hub repository mlc-ai/Llama-3.2-1B-Instruct-q4f16_1-MLC it downloads (WebLLM's `prebuiltAppConfig`), with
 * WebLLM's variants of it (`-1k` for a shorter context window, `-b32` for an embedding batch size). The quantisation
 * token before `-MLC` (`q4f16_1`, `q4f32_1`, `q0f16`, `q3f16_1`) makes the shape unambiguous.
 */
const MLC_PREBUILT_RE = /^([A-Za-z0-9][\w.-]*-q\d+f\d+(?:_\d+)?-MLC)(?:-(?:\d+k|b\d+))?$/;

/**
 * A Hub id routed through Hugging Face Inference Providers (`router.huggingface.co`, `InferenceClient`):
 * `openai/gpt-oss-120b:cerebras` runs openai/gpt-oss-120b on Cerebras, `deepseek-ai/DeepSeek-R1:fastest` on the
 * fastest provider (https://huggingface.co/docs/inference-providers/en/providers/cerebras). The suffix names the
 * provider or the selection policy, never a revision of the repository.
 */
const HF_PROVIDERS =
  'baseten|black-forest-labs|cerebras|cohere|deepinfra|fal-ai|featherless-ai|fireworks-ai|groq|hf-inference|hyperbolic|nebius|novita|nscale|ovhcloud|publicai|replicate|sambanova|scaleway|together|wavespeed|zai-org';
const HF_ROUTER_SUFFIX_RE = new RegExp(`^([\\w.-]+\\/[\\w.-]+):(?:fastest|cheapest|preferred|${HF_PROVIDERS})$`, 'i');
/**
 * LiteLLM's route to the Hub, `huggingface/org/x`, or through one of Inference Providers, `huggingface/together/org/x`
 * (https://docs.litellm.ai/docs/providers/huggingface): the repository is the last two segments.
 */
const LITELLM_HUB_ROUTE_RE = new RegExp(`^huggingface\\/(?:(?:${HF_PROVIDERS})\\/)?([\\w.-]+\\/[\\w.-]+)$`, 'i');

/** The Hub repository of a LiteLLM route to the Hub (LITELLM_HUB_ROUTE_RE), with its offset in the value; else undefined. */
export function litellmHubRoute(value: string): { id: string; shift: number } | undefined {
  if (value.length > 300) return undefined;
  const m = LITELLM_HUB_ROUTE_RE.exec(value);
  return m && isHubIdShape(m[1]) ? { id: m[1], shift: value.length - m[1].length } : undefined;
}

/** The Hub id of a value routed through Inference Providers (`org/x:together` → `org/x`), if it is one. */
export function routedHubId(value: string): string | undefined {
  return value.includes(':') ? HF_ROUTER_SUFFIX_RE.exec(value)?.[1] : undefined;
}

/** The Hub repository of a WebLLM / MLC LLM prebuilt model id (`Phi-3.5-mini-instruct-q4f16_1-MLC`), if it is one. */
export function mlcPrebuiltId(value: string): string | undefined {
  // (asked of string literals the pre-filters see: most hold no `-MLC`, which `includes` answers without the regex)
  if (value.length > 200 || !value.includes('-MLC')) return undefined;
  const m = MLC_PREBUILT_RE.exec(value);
  return m ? `mlc-ai/${m[1]}` : undefined;
}
/** `hf.co/org/repo[:quant]` or `https://huggingface.co/org/repo[/...]` → `org/repo`. */
export function hubIdFromHostPath(value: string): string | undefined {
  const address = readHubAddress(value);
  if (!address) return undefined;
  // `huggingface.co/t5-small/resolve/main/`: the repository `t5-small`, of the Hub's first years (no namespace)
  if (address.namespace === undefined) return isHubSegment(address.name) ? address.name : undefined;
  const id = `${address.namespace}/${trimDots(address.name)}`;
  return isHubIdShape(id) ? id : undefined;
}

/** Last segments of a `model_path` that name a local run's output, not a Hub repository. */
export const LOCAL_OUTPUT_NAME_RE =
  /^(?:final|best|last|latest|merged|model|model-best|model-last|weights?|lora|adapters?|output|checkpoint(?:[-_]\d+)?|epoch[-_]?\d+|step[-_]?\d+|ckpt[-_]?\d*)$/i;

/**
 * Whether a key, keyword or flag names a model's path (`model_path`, `modelPath`, `--base-model-path`), which
 * holds a Hub id as often as a local folder: read as weak, and never a local run's output (`isRunOutput`).
 */
export const isModelPathName = memoByName(100, /model[^]*path/iu, (name: string): boolean =>
  /^(?:[a-z]+_)?model_path$/.test(snake(name.replace(/^-+/, ''))),
);

/** Whether a path names a local run's output (`checkpoints/llava/final`, `runs/exp-3/checkpoint-500`). */
export function isRunOutput(value: string): boolean {
  return LOCAL_OUTPUT_NAME_RE.test(value.slice(value.lastIndexOf('/') + 1));
}

/** A name without its trailing dots (`name...` at the end of a sentence). Linear, where `/\.+$/` is not. */
export function trimDots(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 46) end--;
  return s.slice(0, end);
}

/** Normalises an Ollama model name: `Llama3.1:8B` → `ollama:llama3.1:8b`; undefined when it is no Ollama name. */
const CAMEL_CASE_WORD_RE = /^[a-z]+[A-Z][A-Za-z]*$/;

export function ollamaId(raw: string): string | undefined {
  let v = raw.trim();
  if (/^ollama:/i.test(v)) v = v.slice('ollama:'.length);
  else if (/^ollama(?:_chat)?\//i.test(v)) v = v.slice(v.indexOf('/') + 1); // LiteLLM's route prefix
  // a camelCase word is a program's identifier (Flowise's `"llmModel": "chatOllama"` names its ChatOllama node):
  // Ollama's names are lower case
  if (CAMEL_CASE_WORD_RE.test(v)) return undefined;
  v = v.toLowerCase();
  if (!/^[a-z0-9][a-z0-9._-]*(?:\/[a-z0-9][a-z0-9._-]*)?(?::[a-z0-9][a-z0-9._-]*)?$/.test(v)) return undefined;
  if (FILE_EXT_RE.test(v.split(':')[0])) return undefined;
  return `ollama:${v}`;
}

/**
 * Classifies a value given to an Ollama model parameter (`ollama run X`, `ChatOllama(model=X)`):
 * `hf.co/org/repo:Q4_K_M` is a Hub model, anything else an Ollama library name.
 */
export function classifyOllama(value: string): Classified | undefined {
  const v = value.trim();
  if (/^(?:https?:\/\/)?(?:www\.)?(?:hf\.co|huggingface\.co)\//i.test(v)) {
    const id = hubIdFromHostPath(v);
    return id ? { id, kind: 'hub' } : undefined;
  }
  if (isPathLike(v) && !/^[\w.-]+(?:\/[\w.-]+)?:[\w.-]+$/.test(v)) return undefined;
  const id = ollamaId(v);
  return id ? ollamaModel(id) : undefined;
}

/** A tag of Ollama's cloud models (`gpt-oss:120b-cloud`, `qwen3-coder:480b-cloud`, `glm-4.6:cloud`). */
const OLLAMA_CLOUD_TAG_RE = /:(?:[a-z0-9._-]*-)?cloud$/;

/**
 * What an Ollama id (`ollama:NAME[:TAG]`) names: a model the Ollama server runs, or, for a cloud tag, a model of
 * Ollama's cloud, which the server hands to ollama.com (https://docs.ollama.com/cloud): no weights are downloaded,
 * so it is a hosted model of the service `ollama-cloud`, listed by its name and tag.
 */
export function ollamaModel(id: string): Classified {
  return OLLAMA_CLOUD_TAG_RE.test(id)
    ? { id: id.slice('ollama:'.length), kind: 'hosted', provider: 'ollama-cloud' }
    : { id, kind: 'ollama' };
}

export interface ClassifyOptions {
  /** Bare names are sentence-transformers names: `all-MiniLM-L6-v2` → `sentence-transformers/all-MiniLM-L6-v2`. */
  sentenceTransformers?: boolean;
  /** LiteLLM-style routes map to other kinds: `ollama/llama3` → `ollama:llama3`, `huggingface/org/x` → `org/x`. */
  litellm?: boolean;
}

/**
 * OpenAI CLIP's names (`clip.load("ViT-B/32")`, openai/CLIP's `_MODELS`), whose weights the package downloads from
 * OpenAI's own storage, by the Hub repositories of the same checkpoints (MIT). The ResNet ones have none.
 */
export const OPENAI_CLIP: Readonly<Record<string, string>> = table({
  'vit-b/32': 'openai/clip-vit-base-patch32',
  'vit-b/16': 'openai/clip-vit-base-patch16',
  'vit-l/14': 'openai/clip-vit-large-patch14',
  'vit-l/14@336px': 'openai/clip-vit-large-patch14-336',
});

/**
 * Decides whether a string value names a Hub model (or, via prefixes, an Ollama model) and returns its id.
 * Hub ids keep the case they are written in.
 */
export function classifyModel(
  raw: string,
  strength: Strength,
  ctx: ScanContext,
  opts: ClassifyOptions = {},
): Classified | undefined {
  const value = raw.trim();
  if (!value || value.length > 300 || /\s/.test(value)) return undefined;
  const lead = raw.indexOf(value);
  const prefix = HF_HUB_PREFIX_RE.exec(value);
  if (prefix) {
    let id = value.slice(prefix[0].length);
    // hf://org/repo/file.gguf, hf:org/repo/file.gguf: the repository is the first two segments; hf:org/repo:Q4_K_M
    // names a quantisation of it, huggingface:org/repo#branch a branch
    if (!/^hf[-_]hub:/i.test(prefix[0])) id = stripQuantTag(id.split('/').slice(0, 2).join('/')).split('#')[0];
    return isHubIdShape(id) ? { id, kind: 'hub', shift: lead + prefix[0].length } : undefined;
  }
  if (HUB_ADDRESS_START_RE.test(value)) {
    const id = hubIdFromHostPath(value);
    return id ? { id, kind: 'hub', shift: lead } : undefined;
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return undefined;
  // a Hub id with an Inference Providers suffix: the repository without it
  const routed = routedHubId(value);
  if (routed) {
    const cl = classifyModel(routed, strength, ctx, opts);
    return cl && { ...cl, shift: lead + (cl.shift ?? 0) };
  }
  // (a dataset named after a model, `meta-llama/Llama-3.1-8B-evals`: the catalog's family rule covers the model's
  // variants, not its datasets)
  if (strength === 'weak' && value.includes('/') && isDatasetRepoId(value)) return undefined;
  if (safeKnown(ctx, value) && !isPathLike(value)) return { id: value, kind: 'hub', shift: lead };
  if (opts.litellm || strength === 'weak') {
    const m = /^(ollama|ollama_chat)\/(.+)$/.exec(value);
    if (m) {
      const o = ollamaId(m[2]);
      return o ? { ...ollamaModel(o), shift: lead } : undefined;
    }
    const hf = litellmHubRoute(value);
    if (hf) return { id: hf.id, kind: 'hub', shift: lead + hf.shift };
  }
  if (isPathLike(value)) return undefined;
  // OpenAI CLIP's `ViT-L/14`, wherever it is passed (`FrozenClipImageEmbedder(model="ViT-L/14")`, a config's
  // `model: ViT-L/14`): no Hub repository, the checkpoint the Hub holds as openai/clip-vit-large-patch14
  const clip = OPENAI_CLIP[value.toLowerCase()];
  if (clip) return { id: clip, kind: 'hub', shift: lead };
  // WebLLM's `CreateMLCEngine("Llama-3.2-1B-Instruct-q4f16_1-MLC")`, `selectedModel = "..."`
  const mlc = mlcPrebuiltId(value);
  if (mlc) return { id: mlc, kind: 'hub', shift: lead };
  if (isHubIdShape(value)) {
    if (NOT_A_NAME_RE.test(value)) return undefined;
    const [ns, name] = value.split('/');
    if (
      PLACEHOLDER_SEGMENT_RE.test(ns) ||
      PLACEHOLDER_SEGMENT_RE.test(name) ||
      PLACEHOLDER_NAMESPACE_RE.test(ns) ||
      PLACEHOLDER_CONSTANT_RE.test(name) ||
      (GENERIC_NAMESPACE_RE.test(ns) && GENERIC_NAME_RE.test(name))
    )
      return undefined;
    // in a weak position, `openai/NAME` is LiteLLM's route to an OpenAI-compatible server (`aider --model
    // openai/Qwen2.5-Coder-7B-Instruct`) unless NAME is one of the families OpenAI publishes on the Hub
    if (strength === 'weak' && ns.toLowerCase() === 'openai' && !OPENAI_HUB_NAME_RE.test(name)) return undefined;
    const provider = PROVIDER_NAMESPACES.has(ns.toLowerCase());
    // a gateway's route to an API model (`anthropic/claude-3-5-sonnet`) is no Hub repository, wherever it goes
    // (a Hub organisation that publishes weights under API names excepted)
    const apiName = isApiModelName(name) && !HUB_ORGS_OF_API_NAMES.has(ns.toLowerCase());
    if (strength === 'weak' ? provider || apiName : provider && apiName) return undefined;
    return { id: value, kind: 'hub', shift: lead };
  }
  if (
    opts.sentenceTransformers &&
    /^[\w][\w.-]*$/.test(value) &&
    // sentence-transformers' names have parts or capitals (`all-MiniLM-L6-v2`, `LaBSE`): one plain lower-case word
    // is a setting's value (`tei`, the text-embeddings-inference server mem0 sends its model to)
    /[-_.\dA-Z]/.test(value) &&
    !isApiModelName(value) &&
    !/^\d+$/.test(value) &&
    !isProviderName(value) &&
    !PLACEHOLDER_CONSTANT_RE.test(value)
  ) {
    const id = `sentence-transformers/${value}`;
    if (isHubIdShape(id)) return { id, kind: 'hub', shift: lead };
  }
  return undefined;
}

/** Whether the catalog knows an id; a context that throws knows nothing. */
export function safeKnown(ctx: ScanContext, id: string): boolean {
  try {
    return ctx.isKnownModel(id);
  } catch {
    return false;
  }
}

/**
 * AudioCraft's scheme for a Hub checkpoint, `//pretrained/facebook/musicgen-small` (its solvers' `continue_from`,
 * `compression_model_checkpoint`: everything after the prefix is handed to the Hub loader; a bare name,
 * `//pretrained/debug_compression_model`, is one of the library's own): the repository and its offset.
 * https://github.com/facebookresearch/audiocraft/blob/896ec7c47f5e5d1e5aa1e4b260c4405328bf009d/audiocraft/solvers/compression.py#L282-L284
 */
export function audiocraftPretrained(value: string): { id: string; shift: number } | undefined {
  const m = /^\/\/pretrained\/([\w.-]+\/[\w.-]+)$/.exec(value);
  return m && isHubIdShape(m[1]) ? { id: m[1], shift: '//pretrained/'.length } : undefined;
}

/** Whether a string names a Hub model by its prefix wherever it is written: `hf-hub:org/x`, `hf://org/x`. */
export function isHubPrefixed(value: string): boolean {
  return HF_HUB_PREFIX_RE.test(value);
}

/** Whether the catalog knows a string written somewhere (any position) as a Hub model: `namespace/name` only. */
export function knownHubString(ctx: ScanContext, value: string): boolean {
  return isHubIdShape(value) && !isPathLike(value) && !isDatasetRepoId(value) && safeKnown(ctx, value);
}

/** Strips a `:tag` (llama.cpp quantisation, Ollama tag) from `org/repo:Q4_K_M`. */
export function stripQuantTag(value: string): string {
  const i = value.indexOf(':');
  return i === -1 ? value : value.slice(0, i);
}

/**
 * A test of names, each name judged once: names repeat (`--model` on every line of a script, `model` in every
 * file), and the tests convert each to snake case and run several patterns over it. At most 4,096 names are kept,
 * each as a copy; names longer than `maxLength` are never accepted. `hint` matches every name the test can accept,
 * case-insensitively with Unicode case folding (`iu`: the Kelvin sign lowers to `k`): snake case only inserts
 * underscores and lowers letters, so a word that is not in the name cannot be in its snake form.
 */
function memoByName(maxLength: number, hint: RegExp, test: (name: string) => boolean): (name: string) => boolean {
  const cache = new Map<string, boolean>();
  return (name) => {
    // (most names hold none of the words the test looks for: no hashing, no lookup for them)
    if (name.length > maxLength || !hint.test(name)) return false;
    let known = cache.get(name);
    if (known === undefined) {
      known = test(name);
      if (cache.size >= 4096) cache.clear();
      // a copy of the name as the key: a name sliced from a file's text would keep the whole text alive
      cache.set(name.length > 12 ? Buffer.from(name, 'utf8').toString('utf8') : name, known);
    }
    return known;
  };
}

function snake(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[-\s]+/g, '_')
    .toLowerCase();
}

const NOT_MODEL_WORDS =
  /(?:^|_)(?:datasets?|data|spaces?|outputs?|out|save|saved|dir|dirs|directory|folder|file|files|cache|log|logs|push|upload|uploads|dest|destination|doc_build|documentation|served|serve|provider|type|types|url|urls|uri|endpoint|version|revision|kwargs|args|class|cls|config|cfg|params|kind|family|format|dtype|max|size|len|length|port|host|key|token|secret|prefix|suffix|card|hub_model_id|path|paths|image|images|template|prompt|mode|index|count|list_url)(?:_|$)/;
const MODEL_WORDS =
  /(?:^|_)(?:model|models|checkpoint|checkpoints|ckpt|repo_id|repo_ids)(?:_(?:id|ids|name|names|name_or_path|repo|repo_id|repo_ids|tag|source|sources))?$/;

/**
 * Whether an identifier (Python/JS variable, dict key, CLI flag without dashes, config key) is named like a
 * model id holder: `MODEL_ID`, `embedding_model`, `modelName`, `BASE_MODEL`, `checkpoint`, `repo_id`.
 * Names about outputs, datasets, directories, paths and API settings are not, nor the repositories a job pushes
 * to (`--doc_build_repo_id`, `upload_repo_id`, `dest_repo_id`).
 */
/**
 * A key naming a model's display name (`model_name`, `modelName`), and one holding its id (`model_id`, `modelId`):
 * in one record (a dict, an object literal, a mapping), the name beside the id is a label, and the record names one
 * model, by its id. The Python and JavaScript analyses and the config scanner read them alike.
 */
export const isModelLabelKey = (key: string): boolean => /^model_?name$/i.test(key);
export const isModelIdKey = (key: string): boolean => /^model_?id$/i.test(key);

export const isModelishName = memoByName(200, /model|checkpoint|ckpt|repo/iu, modelish);

/**
 * Whether a table's name says that its keys are models: `HF_MODEL_ID_TO_FILENAMES`, `model2config`,
 * `FILES_BY_MODEL`, `weights_per_checkpoint` (the part before `_to_`/`2`, or after `_by_`/`_per_`, is
 * model-ish). Such a table maps the models a loader takes to what it needs for each.
 */
export const isKeyedByModelName = memoByName(200, /model|checkpoint|ckpt|repo/iu, keyedByModelName);

function keyedByModelName(name: string): boolean {
  const s = snake(name);
  const to = /^(.+?)(?:_to_|2)([a-z].*)$/.exec(s);
  if (to && isModelishName(to[1])) return !FACT_VALUES_RE.test(to[2]);
  const by = /^(.+?)_(?:by|per)_(.+)$/.exec(s);
  return !!by && isModelishName(by[2]) && !FACT_VALUES_RE.test(by[1]);
}

/**
 * What a table keyed by models maps them to when it only describes them (`model_to_cost`, `MODEL_TO_MAX_TOKENS`,
 * `CONTEXT_LENGTH_BY_MODEL`, `price_per_model`): a price list or a table of limits looks models up, loads none.
 */
const FACT_VALUES_RE =
  /(?:^|_)(?:costs?|prices?|pricing|rates?|limits?|tokens?|context|contexts|length|lengths|window|windows|quota|quotas|dims?|dimensions?)(?:_|$)/i;

function modelish(name: string): boolean {
  const s = snake(name.replace(/^-+/, ''));
  if (s === 'model_name_or_path' || s === 'pretrained_model_name_or_path' || s === 'base_model_name_or_path')
    return true;
  if (s === 'hub_model_id' || NOT_MODEL_WORDS.test(s)) return false;
  return MODEL_WORDS.test(s);
}

/**
 * Ollama as a word of a name or a text: `ollama`, `langchain_ollama`, `ChatOllama`, `OLLAMA_HOST`; not the letters of
 * another word (`videollama3`, `VideoLLaMA3`, `VIDEOLLAMA_MODEL`: VideoLLaMA, whose registry of model types lmms-eval
 * keeps, `{"videollama3": "VideoLLaMA3", "llava": "Llava"}`, read as a file that talks to Ollama).
 */
export const OLLAMA_WORD_RE = /(?<![a-z])ollama|Ollama|(?<![A-Z])OLLAMA/;

/** Whether a name or a text names Ollama as a word of its own (see OLLAMA_WORD_RE). */
export function namesOllama(s: string): boolean {
  return OLLAMA_WORD_RE.test(s);
}

/**
 * Whether an environment variable names a model: `MODEL_ID`, `MODEL_NAME`, `HF_MODEL_ID`, `BASE_MODEL`,
 * `EMBEDDING_MODEL`, `OLLAMA_MODEL` (→ `ollama`). Not `MODEL_PATH`, `MODEL_DIR`, `SERVED_MODEL_NAME`, ...
 */
export function modelEnvKind(name: string): 'hub' | 'ollama' | undefined {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return undefined;
  if (!isModelishName(name)) return undefined;
  return namesOllama(name) ? 'ollama' : 'hub';
}

/** Built-in torch.hub repositories of well-known models (GitHub `owner/repo`). */
export const TORCH_HUB_MODEL_REPOS = new Set(
  [
    'facebookresearch/dinov2',
    'facebookresearch/dino',
    'facebookresearch/detr',
    'facebookresearch/deit',
    'facebookresearch/pytorchvideo',
    'facebookresearch/WSL-Images',
    'facebookresearch/semi-supervised-ImageNet1K-models',
    'facebookresearch/swav',
    'facebookresearch/barlowtwins',
    'facebookresearch/vicreg',
    'facebookresearch/xcit',
    'facebookresearch/co-tracker',
    'facebookresearch/segment-anything',
    'facebookresearch/fairseq',
    'facebookresearch/sam2',
    'facebookresearch/ijepa',
    'facebookresearch/dinov3',
    'ultralytics/yolov5',
    'ultralytics/yolov3',
    'intel-isl/MiDaS',
    'isl-org/MiDaS',
    'snakers4/silero-models',
    'snakers4/silero-vad',
    'NVIDIA/DeepLearningExamples',
    'pytorch/vision',
    'pytorch/fairseq',
    'huggingface/pytorch-transformers',
    'hustvl/yolop',
    'mateuszbuda/brain-segmentation-pytorch',
    'rwightman/gen-efficientnet-pytorch',
    'datvuthanh/hybridnets',
    'openai/whisper',
    'WongKinYiu/yolov7',
    'harritaylor/torchvggish',
    'pytorch/audio',
    'bshall/hubert',
    'bshall/acoustic-model',
    'bshall/hifigan',
  ].map((s) => s.toLowerCase()),
);
