import type { ScanContext } from '../types.js';
import { table } from '../common/table.js';
import { Budget } from '../limits.js';
import {
  addCands,
  FlowAnalyzer,
  folderKey,
  PROVIDER_FIELD_RE,
  MAX_CANDIDATES,
  MAX_FIELD_FACTS,
  talksToOllama,
  type Analysis,
  type Cand,
  type RawClassUse,
  type RawField,
} from '../common/flow.js';
import {
  endpointMode,
  envEndpointMode,
  namedServiceMode,
  isBaseUrlName,
  pathService,
  PY_CLIENTS,
  serviceMode,
  PY_HOSTED_CLASSES,
  PY_SDK_PROVIDERS,
  SINK_METHODS,
  SINK_PARTS,
  VERTEX_PRETRAINED,
} from '../common/hosted.js';
import {
  audiocraftPretrained,
  classifyModel,
  isModelishName,
  isModelPathName,
  isRunOutput,
  safeKnown,
  TORCH_HUB_MODEL_REPOS,
  type Strength,
  namesOllama,
} from '../common/ids.js';
import { funasrModel } from '../common/funasr.js';
import { calleeChain, isOpen, opensTestCall, pickArg, T, type Arg, type Tok } from '../common/tokens.js';
import {
  classifyRoute,
  isWhisperSize,
  openClipWeights,
  pydanticAiProvider,
  spacyPipelineId,
  type Mode,
} from '../common/values.js';
import { DOC_CONSTANT_RE, docConstantEnd, lineEnd, pythonTokens } from './lexer.js';

interface CallRule {
  /**
   * A hosted API's class imported from a module that may be the project's own (`from llm_provider import
   * ChatOpenAI`): its values are recorded (ClassUse) for the join with the modules that define the class.
   */
  via?: { name: string; module: string };
  /** Positional index of the model argument. */
  pos?: number;
  /** Keyword names of the model argument. */
  kws: readonly string[];
  mode: Mode;
  strength: Strength;
  /** Further keyword arguments naming models (tokenizers). */
  also?: readonly string[];
  /** How `also` reads them: Hub models unless said (aider's `weak_model=` is a LiteLLM route). */
  alsoMode?: Mode;
  /**
   * The service is guessed from a wrapper's name (`SiliconFlowAPI`): a bare API name of a known provider
   * (`gpt-4o-2024-05-13`, `claude-3-5-sonnet-20241022`) that reaches it is that provider's, as a LiteLLM route reads.
   */
  apiNames?: boolean;
  /** Honour `repo_type="dataset"|"space"`. */
  repoType?: boolean;
  /**
   * What the library loads when the call names no model (`MusicGen.get_pretrained()` loads its default,
   * facebook/musicgen-melody), reported where the call's name is written.
   */
  defaults?: readonly string[];
  /**
   * The provider is inferred (a client of unknown configuration): a Hub-shaped id is read as a Hub model of a
   * weak context (the client may well point at a vLLM server), anything else as the hosted model.
   */
  soft?: boolean;
}

/** Flair's model classes whose `load(NAME)` takes a Hub repository (`flair/ner-english`) or a short name. */
const FLAIR_CLASSES = new Set([
  'SequenceTagger',
  'TextClassifier',
  'Classifier',
  'MultiTagger',
  'TARSClassifier',
  'TARSTagger',
  'RelationExtractor',
  'EntityLinker',
  'SpanClassifier',
]);

const HUB_LOADER_KWS = [
  'pretrained_model_name_or_path',
  'model_name_or_path',
  'model_name',
  'model_id',
  'repo_id',
  'pretrained_model_or_path',
];

const RULES: Record<string, CallRule> = table({
  from_pretrained: { pos: 0, kws: HUB_LOADER_KWS, mode: 'hub', strength: 'strong' },
  from_single_file: { pos: 0, kws: ['pretrained_model_link_or_path'], mode: 'hub', strength: 'strong' },
  load_lora_weights: { pos: 0, kws: ['pretrained_model_name_or_path_or_dict'], mode: 'hub', strength: 'strong' },
  load_lora_adapter: { pos: 0, kws: ['pretrained_model_name_or_path_or_dict'], mode: 'hub', strength: 'strong' },
  load_ip_adapter: { pos: 0, kws: ['pretrained_model_name_or_path_or_dict'], mode: 'hub', strength: 'strong' },
  load_textual_inversion: { pos: 0, kws: ['pretrained_model_name_or_path'], mode: 'hub', strength: 'strong' },
  pipeline: { pos: 1, kws: ['model'], mode: 'hub', strength: 'strong', also: ['tokenizer'] },
  SentenceTransformer: { pos: 0, kws: ['model_name_or_path'], mode: 'st', strength: 'strong' },
  SparseEncoder: { pos: 0, kws: ['model_name_or_path'], mode: 'st', strength: 'strong' },
  CrossEncoder: { pos: 0, kws: ['model_name_or_path', 'model_name'], mode: 'hub', strength: 'strong' },
  // FlagEmbedding's embedders and rerankers (BGE), and its auto classes' `FlagAutoModel.from_finetuned(...)`
  FlagModel: { pos: 0, kws: ['model_name_or_path'], mode: 'hub', strength: 'strong' },
  BGEM3FlagModel: { pos: 0, kws: ['model_name_or_path'], mode: 'hub', strength: 'strong' },
  FlagICLModel: { pos: 0, kws: ['model_name_or_path'], mode: 'hub', strength: 'strong' },
  FlagLLMModel: { pos: 0, kws: ['model_name_or_path'], mode: 'hub', strength: 'strong' },
  FlagReranker: { pos: 0, kws: ['model_name_or_path'], mode: 'hub', strength: 'strong' },
  FlagLLMReranker: { pos: 0, kws: ['model_name_or_path'], mode: 'hub', strength: 'strong' },
  LayerWiseFlagLLMReranker: { pos: 0, kws: ['model_name_or_path'], mode: 'hub', strength: 'strong' },
  LightWeightFlagLLMReranker: { pos: 0, kws: ['model_name_or_path'], mode: 'hub', strength: 'strong' },
  from_finetuned: { pos: 0, kws: ['model_name_or_path'], mode: 'hub', strength: 'strong' },
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
  // Semantic Kernel's Ollama and Hugging Face connectors (`OllamaChatCompletion(ai_model_id="llama3.2")`)
  OllamaChatCompletion: { kws: ['ai_model_id'], mode: 'ollama', strength: 'strong' },
  OllamaTextCompletion: { kws: ['ai_model_id'], mode: 'ollama', strength: 'strong' },
  OllamaTextEmbedding: { kws: ['ai_model_id'], mode: 'ollama', strength: 'strong' },
  HuggingFaceTextCompletion: { kws: ['ai_model_id'], mode: 'hub', strength: 'strong' },
  HuggingFaceTextEmbedding: { kws: ['ai_model_id'], mode: 'hub', strength: 'strong' },
  // the gpt4all package (`GPT4All("x.gguf")`, `Embed4All("x.gguf")`) and LangChain's wrappers of it
  GPT4All: { pos: 0, kws: ['model_name', 'model'], mode: 'gpt4all', strength: 'strong' },
  Embed4All: { pos: 0, kws: ['model_name'], mode: 'gpt4all', strength: 'strong' },
  GPT4AllEmbeddings: { kws: ['model_name'], mode: 'gpt4all', strength: 'strong' },
});

/**
 * smolagents' model classes (`from smolagents import TransformersModel`), given the model first or as `model_id=`:
 * TransformersModel, VLLMModel and MLXModel load the Hub repository; InferenceClientModel (HfApiModel before
 * smolagents 1.14) asks Hugging Face's Inference Providers for it, as InferenceClient does; LiteLLMModel takes a
 * LiteLLM route (`ollama_chat/qwen2.5`, `gemini/gemini-1.5-pro`). Its OpenAI, Azure and Bedrock classes are hosted
 * classes (PY_HOSTED_CLASSES).
 */
const SMOLAGENTS_MODELS: Record<string, CallRule> = table({
  TransformersModel: { pos: 0, kws: ['model_id'], mode: 'hub', strength: 'strong' },
  VLLMModel: { pos: 0, kws: ['model_id'], mode: 'hub', strength: 'strong' },
  MLXModel: { pos: 0, kws: ['model_id'], mode: 'hub', strength: 'strong' },
  InferenceClientModel: { pos: 0, kws: ['model_id'], mode: 'hub', strength: 'strong' },
  HfApiModel: { pos: 0, kws: ['model_id'], mode: 'hub', strength: 'strong' },
  LiteLLMModel: { pos: 0, kws: ['model_id'], mode: 'route', strength: 'strong' },
});
const SMOLAGENTS_MODULE_RE = /^smolagents(?:\.|$)/;

/**
 * crewAI's modules: its `LLM` takes a LiteLLM route (https://docs.crewai.com/en/concepts/llms), as do the strings its
 * `Agent` and `Crew` take for their models (CREWAI_LLM_KWS).
 */
const CREWAI_MODULE_RE = /^crewai(?:\.|$)/;
const CREWAI_LLM_KWS: Record<'Agent' | 'Crew', readonly string[]> = {
  Agent: ['llm', 'function_calling_llm'],
  Crew: ['manager_llm', 'planning_llm', 'function_calling_llm', 'chat_llm'],
};

/**
 * The OpenAI Agents SDK (`from agents import Agent, Runner`): an `Agent`'s or a `RunConfig`'s `model=` string goes
 * to its default provider, which sends a bare name (`gpt-4.1`) or an `openai/` one to OpenAI, and a `litellm/` or
 * `any-llm/` one (`litellm/anthropic/claude-3-5-sonnet-20240620`) on as that library's route (MultiProvider in
 * src/agents/models/multi_provider.py of openai/openai-agents-python). A package of a project's own may be named
 * `agents` too: the file must also import one of the SDK's own names from it (OPENAI_AGENTS_NAMES).
 */
const OPENAI_AGENTS_MODULE_RE = /^agents(?:\.|$)/;
const OPENAI_AGENTS_NAMES = new Set([
  'Runner',
  'RunConfig',
  'ModelSettings',
  'function_tool',
  'handoff',
  'trace',
  'WebSearchTool',
  'FileSearchTool',
  'GuardrailFunctionOutput',
  'input_guardrail',
  'output_guardrail',
  'RunContextWrapper',
  'ItemHelpers',
  'SQLiteSession',
  'set_default_openai_client',
  'set_default_openai_key',
  'set_default_openai_api',
  'set_tracing_disabled',
]);

/**
 * Agno's (formerly phidata's) model classes take the model as their first field, `id` (`from agno.models.ollama
 * import Ollama`; `Ollama(id="llama3.1:8b")`, `OpenAIChat(id="gpt-4o")`); the module names the service
 * (`agno.models.groq`, `phi.model.huggingface`). Modules that name none: LiteLLM's routes, and servers of one's
 * own (vLLM, LM Studio, `OpenAILike` with a `base_url=`).
 */
const AGNO_MODULE_RE = /^(?:agno\.models|phi\.model)\.(\w+)/;
const AGNO_MODES: Record<string, Mode> = table({
  litellm: 'route',
  aws: 'hosted:bedrock',
  vllm: 'hub',
  lmstudio: 'hub',
});

/**
 * pydantic-ai's modules (and pydantic_evals', whose `LLMJudge(model=...)` takes its models): in a file that imports
 * one, a `provider:model` string given as a model is pydantic-ai's (`classifyPydanticAiModel`).
 */
const PYDANTIC_AI_MODULE_RE = /^pydantic_(?:ai|evals)(?:\.|$)/;
/**
 * pydantic-ai's calls that take a model string first (`Agent('openai:gpt-4o')`, `infer_model(...)`, an `Embedder`,
 * the direct API's `model_request(model, messages)`), or as every positional argument (`FallbackModel(a, b)`);
 * `model=` of any call is read as well.
 */
const PYDANTIC_AI_CALLS = new Set([
  'Agent',
  'infer_model',
  'Embedder',
  'infer_embedding_model',
  'model_request',
  'model_request_sync',
  'model_request_stream',
  'model_request_stream_sync',
  'FallbackModel',
]);

/**
 * pydantic-ai's model classes (`OpenAIChatModel('gpt-4o')`, `OllamaModel('qwen3')`) → the provider they send their
 * model to when given none: `provider=` (a name, `provider='deepseek'`, or a provider instance,
 * `provider=OllamaProvider(base_url=...)`) says otherwise. Their model is the first argument or `model_name=`. Read
 * from the classes' `provider` defaults in pydantic_ai/models/*.py at 2d3b6a0 (`OpenAIModel` is the older name of
 * `OpenAIChatModel`, `GeminiModel` and `VertexAIModel` the classes before `GoogleModel`):
 * https://github.com/pydantic/pydantic-ai/tree/main/pydantic_ai_slim/pydantic_ai/models
 */
const PYDANTIC_AI_MODELS: Record<string, string> = table({
  OpenAIChatModel: 'openai',
  OpenAIModel: 'openai',
  OpenAIResponsesModel: 'openai',
  AnthropicModel: 'anthropic',
  BedrockConverseModel: 'bedrock',
  BedrockMantleChatModel: 'bedrock-mantle',
  BedrockMantleResponsesModel: 'bedrock-mantle',
  CerebrasModel: 'cerebras',
  CohereModel: 'cohere',
  CrusoeModel: 'crusoe',
  GoogleModel: 'google-gla',
  GeminiModel: 'google-gla',
  VertexAIModel: 'google-vertex',
  GroqModel: 'groq',
  HuggingFaceModel: 'huggingface',
  MistralModel: 'mistral',
  OllamaModel: 'ollama',
  OpenRouterModel: 'openrouter',
  SnowflakeModel: 'snowflake',
  XaiModel: 'xai',
  ZaiModel: 'zai',
});

/**
 * pydantic-ai's provider classes whose name (without `Provider`, in lower case) is not the provider's name that
 * pydanticAiProvider reads: `GoogleProvider` is `google-gla` (`google-vertex` with `vertexai=True`).
 */
const PYDANTIC_AI_PROVIDER_CLASSES: Record<string, string> = table({
  google: 'google-gla',
  googlecloud: 'google-cloud',
  googlevertex: 'google-vertex',
  bedrockmantle: 'bedrock-mantle',
  sentencetransformers: 'sentence-transformers',
  openaicompatible: 'openai',
});

/** A class named for the API of a service it wraps: `SiliconFlowAPI`, `TogetherAPI`, `Groq_API` (group 1: the service). */
const API_WRAPPER_RE = /^([A-Z][A-Za-z0-9]*?)_?API$/;

/** Names of a table of model aliases (`MODEL_ALIASES`, `model_aliases`, `MODEL_ALIAS_MAP`). */
const MODEL_ALIASES_RE = /^_?model_?alias(?:es)?(?:_?map)?$/i;

/** OpenCLIP's functions that take a model name (`open_clip.create_model_and_transforms(...)`). */
const OPEN_CLIP_CALLS = new Set([
  'create_model_and_transforms',
  'create_model',
  'create_model_from_pretrained',
  'get_tokenizer',
]);
const OLLAMA_MODULE_CALLS = new Set(['chat', 'generate', 'embed', 'embeddings', 'pull', 'show', 'push']);
/** Functions of the `replicate` client module whose first argument names the model run. */
const REPLICATE_MODULE_CALLS = new Set(['run', 'async_run', 'stream', 'async_stream']);
const PEFT_RECEIVER_RE = /^Peft(?:Model(?:For\w+)?|MixedModel)$/;
/** Calls whose `repo_id`/`model` arguments are destinations, not models being loaded. */
const OUTPUT_CALL_RE =
  /(?:push|upload|create_repo|delete|save|commit|update|duplicate|move_repo|create_branch|create_tag)/i;
/**
 * Calls whose arguments name Hub repositories written to or datasets read, never models loaded: a constant used
 * only there (`REPO_ID = "org/x"` ... `ds.push_to_hub(REPO_ID)`) names no model dependency. Narrower than
 * OUTPUT_CALL_RE (`update`, `save` take model names on their way to a loader).
 */
const DESTINATION_CALL_RE =
  /^(?:push_to_hub|upload_(?:file|folder|large_folder)|create_repo|delete_(?:repo|file|folder)|create_(?:branch|tag|commit)|duplicate_(?:space|repo)|move_repo)$/;
const KEYWORDS = new Set(['if', 'else', 'or', 'and', 'not', 'None', 'True', 'False', 'lambda', 'in', 'is', 'await']);
const GETTERS = new Set(['getenv', 'get', 'setdefault', 'pop']);
/** Methods that write a model to a local folder, their first argument (`model.save("tmp-clip-model")`). */
const SAVE_METHODS = new Set(['save', 'save_pretrained', 'save_model']);
const SAVE_KWS = ['save_directory', 'path', 'output_path'];
/** Keyword arguments of any call that name a folder it writes a model or a run's output to. */
const WRITE_KWS = ['output_dir', 'local_dir', 'save_directory'];
/**
 * Where a project writes its own model, never one it loads: the repository of `push_to_hub(...)` and its variants
 * (Unsloth's `push_to_hub_merged`, `push_to_hub_gguf`), of `save_pretrained(...)` and its variants
 * (`save_pretrained_merged`), of the Hub's writers (DESTINATION_CALL_RE), a `.save(...)`/`.save_model(...)` method's
 * folder; and the value of an output keyword (`hub_model_id="org/x"`, `output_dir=`). A string written there is not
 * read as a catalog-known id: the project does not adopt the model whose name it reuses.
 */
const OUTPUT_TARGET_CALL_RE = /^(?:push_to_hub(?:_\w+)?|save_pretrained(?:_\w+)?|save_model|save)$/;
const OUTPUT_TARGET_KWS = new Set([...WRITE_KWS, 'hub_model_id', 'push_to_hub_model_id', 'hub_repo_id']);
/** Calls whose arguments name datasets, not models. */
const DATASET_CALLS = new Set([
  'load_dataset',
  'load_dataset_builder',
  'get_dataset_config_names',
  'get_dataset_split_names',
  // distilabel's pipeline step that reads a dataset of the Hub (`LoadDataFromHub(repo_id="argilla/10Kprompts-mini")`)
  'LoadDataFromHub',
  // ModelScope's download of a dataset repository (`dataset_snapshot_download(dataset_id="org/x")`)
  'dataset_snapshot_download',
]);
/**
 * Classes of datasets, by their name (`LeRobotDataset(repo_id=...)`, `LeRobotDatasetMetadata(repo_id)`,
 * `StreamingDataset(...)`): CamelCase with a `Dataset` word. Their `repo_id` names a dataset of the Hub.
 */
const DATASET_CLASS_RE = /^[A-Z][A-Za-z0-9]*Dataset(?:[A-Z][A-Za-z0-9]*)?$/;
/** The Gemma library's modules (`from gemma import gm`). */
const GEMMA_MODULE_RE = /^gemma(?:\.|$)/;
/** KerasHub's modules (and KerasNLP's, its former name), whose classes' `from_preset` downloads a preset. */
const KERAS_HUB_MODULE_RE = /^keras_(?:hub|nlp)(?:\.|$)/;
/** A variable that holds a dataset, by its name: `dataset`, `ds`, `train_dataset`, `dataset_with_features`. */
const DATASET_NAME_RE = /^(?:[a-z0-9]+_)*(?:dataset|datasets|ds)(?:_[a-z0-9]+)*$/i;
/**
 * Calls whose arguments name Hub repositories of compute kernels, not models: the `kernels` library's
 * (`get_kernel("kernels-community/activation", version=1)`, `LayerRepository(repo_id=...)`) and the loaders built on
 * it (text-generation-inference's `load_kernel(module="rotary", repo_id="kernels-community/rotary")`).
 * https://huggingface.co/docs/kernels/api/kernels
 */
const KERNEL_CALLS = new Set([
  'get_kernel',
  'has_kernel',
  'load_kernel',
  'get_locked_kernel',
  'install_kernel',
  'get_kernel_variants',
  'LayerRepository',
  'LockedLayerRepository',
]);
/**
 * Classes of a project's own that describe a Hub kernel, by their name (`_HubKernelConfig(repo_id=
 * "kernels-community/flash-attn3", function_attr="flash_attn_func")` in diffusers' attention dispatch): a name ending in
 * `KernelConfig`, `KernelSpec` or `KernelRepository` (not `Kernel` alone: Semantic Kernel's `Kernel(...)` holds
 * services that send models).
 */
const KERNEL_CLASS_RE = /Kernel(?:Config|Spec|Repository)$/;
/** Decorators and helpers that write docstrings (`add_code_sample_docstrings`, `replace_return_docstrings`). */
const DOCSTRING_CALL_RE = /docstring/i;
/** Keyword arguments of OpenAI-compatible clients that point them at a server. */
const BASE_URL_KWS = [
  'base_url',
  'openai_api_base',
  'api_base',
  'azure_endpoint',
  'endpoint',
  'base_url_override',
  'anthropic_api_url',
  'api_base_url', // Haystack's OpenAI components
];
/** Keyword arguments of wrappers that take an SDK client already made (Semantic Kernel's `async_client=`). */
const CLIENT_KWS = ['async_client', 'client', 'openai_client'];
/** Keys of a dict that describes one model (`MODEL = {"name": "org/x", "dtype": ...}`) and name it. */
const MODEL_RECORD_KEYS = ['name', 'id', 'repo', 'repo_id', 'source', 'path', 'uri', 'name_or_path'];

const GENAI_METHODS = new Set([
  'generate_content',
  'generate_content_stream',
  'embed_content',
  'count_tokens',
  'generate_images',
]);
const BEDROCK_METHODS = new Set(['invoke_model', 'invoke_model_with_response_stream', 'converse', 'converse_stream']);
const LITELLM_CALLS = new Set([
  'completion',
  'acompletion',
  'embedding',
  'aembedding',
  'text_completion',
  'image_generation',
  'transcription',
]);

/**
 * Modules of libraries that download or load weights from the Hub themselves: in a file importing one, a Hub id
 * is never taken for a hosted service's because of the file's server addresses or its path.
 */
const HUB_LOADING_MODULE_RE =
  /^(?:transformers|sentence_transformers|huggingface_hub|diffusers|vllm|peft|trl|optimum|mlx_lm|mlx_vlm|llama_cpp|ctransformers|gpt4all|fastembed|FlagEmbedding|modelscope|torch|timm|open_clip|langchain_huggingface|langchain_community\.(?:embeddings|llms)|langchain\.embeddings|llama_index\.(?:embeddings|llms)\.(?:huggingface|fastembed))(?:\.|$)/;
/** Modules of hosted SDKs (and of LangChain's and LlamaIndex's wrappers of them): the file talks to a service. */
const HOSTED_SDK_MODULE_RE =
  /^(?:openai|anthropic|groq|together|fireworks|mistralai|cohere|litellm|replicate|langchain_(?:openai|groq|together|fireworks|mistralai|anthropic)|llama_index\.llms\.\w+)(?:\.|$)/;

/**
 * Finds model references in Python source. Offsets are offsets of `code`. `path`: the file's, when it is one
 * (a folder or a file named for a service says which service the file talks to).
 */
export function analyzePython(
  code: string,
  ctx: ScanContext,
  budget = new Budget(code.length, ctx),
  path?: string,
): Analysis {
  return new PyAnalyzer(code, pythonTokens(code, budget).toks, ctx, budget, path).run();
}

/** `from X import ...` and `import X, Y as Z` at a line start (read by `importLines`). */
export const FROM_IMPORT_RE = /^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+(\(?)([^\n#]*)/gm;
export const PLAIN_IMPORT_RE = /^[ \t]*import[ \t]+([\w., \t]+)/gm;
const FROM_IMPORT_AT_RE = new RegExp(FROM_IMPORT_RE.source, 'my');
const PLAIN_IMPORT_AT_RE = new RegExp(PLAIN_IMPORT_RE.source, 'my');

/**
 * The `from X import ...` and `import X` statements of a source, as FROM_IMPORT_RE and PLAIN_IMPORT_RE match them
 * over the whole text (at any line start, docstrings included), in their order. Both need the word `import` on
 * the line they start: the text is searched for that word, and the two patterns tried only at the start of each
 * line that holds it, instead of at every position of the text (a fifth of the analysis of a large module). A text
 * with line ends other than `\n` and `\r\n` (which `^` also takes) is matched the slow way.
 */
export function importLines(code: string): { from: RegExpExecArray[]; plain: RegExpExecArray[] } {
  if (hasOtherLineEnds(code)) {
    return { from: [...code.matchAll(FROM_IMPORT_RE)], plain: [...code.matchAll(PLAIN_IMPORT_RE)] };
  }
  const from: RegExpExecArray[] = [];
  const plain: RegExpExecArray[] = [];
  // the end of the line of the last occurrence tried: later ones before it are on that line (each line is searched
  // forward once, and back no further than the previous line end: linear in the text)
  let lineEnd = -1;
  for (let at = code.indexOf('import'); at !== -1; at = code.indexOf('import', at + 6)) {
    if (at < lineEnd) continue;
    const ls = code.lastIndexOf('\n', at) + 1;
    const nl = code.indexOf('\n', at);
    lineEnd = nl === -1 ? code.length : nl;
    FROM_IMPORT_AT_RE.lastIndex = ls;
    const f = FROM_IMPORT_AT_RE.exec(code);
    if (f) from.push(f);
    PLAIN_IMPORT_AT_RE.lastIndex = ls;
    const p = PLAIN_IMPORT_AT_RE.exec(code);
    if (p) plain.push(p);
  }
  return { from, plain };
}

/** Whether a text ends a line other than with `\n` or `\r\n`: a lone `\r`, or U+2028 or U+2029. */
function hasOtherLineEnds(code: string): boolean {
  if (code.includes('\u2028') || code.includes('\u2029')) return true;
  for (let r = code.indexOf('\r'); r !== -1; r = code.indexOf('\r', r + 1))
    if (code.charCodeAt(r + 1) !== 10) return true;
  return false;
}

/** The words of a text split at runs of white space (one pass: `split(/\s+as\s+/)` backtracks on long runs). */
function words(s: string): string[] {
  return s.split(/[ \t\r\n]+/).filter(Boolean);
}

/** Flags of speech tools that take a Whisper size (`--model_size large-v3`, `--whisper-model small`). */
const SPEECH_FLAG_RE = /^-{1,2}(?:model[-_]size|whisper[-_]model|whisper[-_]size)$/i;

/** AudioCraft's model classes whose `get_pretrained(name)` loads a Hub repository (or a local export). */
const AUDIOCRAFT_LOADERS = new Set(['MusicGen', 'AudioGen', 'MAGNeT', 'JASCO', 'CompressionModel']);

/**
 * What AudioCraft's `get_pretrained()` loads when named no model, by class: each method's default, read in
 * https://github.com/facebookresearch/audiocraft/blob/896ec7c47f5e5d1e5aa1e4b260c4405328bf009d/audiocraft/models/musicgen.py#L57,
 * .../audiogen.py#L40, .../magnet.py#L30, .../jasco.py#L43 (CompressionModel's has none).
 */
const AUDIOCRAFT_DEFAULTS: Readonly<Record<string, string>> = table({
  MusicGen: 'facebook/musicgen-melody',
  AudioGen: 'facebook/audiogen-medium',
  MAGNeT: 'facebook/magnet-small-10secs',
  JASCO: 'facebook/jasco-chords-drums-400M',
});

/**
 * AudioCraft's MultiBandDiffusion loaders, which take no model: the diffusion decoders of facebook/multiband-diffusion
 * and the codec they decode (`get_mbd_musicgen()`: MusicGen's, from facebook/musicgen-small; `get_mbd_24khz()`:
 * `//pretrained/facebook/encodec_24khz`), read in
 * https://github.com/facebookresearch/audiocraft/blob/896ec7c47f5e5d1e5aa1e4b260c4405328bf009d/audiocraft/models/multibanddiffusion.py#L65-L110
 */
const AUDIOCRAFT_MBD: Readonly<Record<string, readonly string[]>> = table({
  get_mbd_musicgen: ['facebook/multiband-diffusion', 'facebook/musicgen-small'],
  get_mbd_24khz: ['facebook/multiband-diffusion', 'facebook/encodec_24khz'],
});

/** Functions named for loading a model (`load_pretrained_model`, `load_model`, `get_model`, `build_llm`). */
const LOADER_NAME_RE =
  /^(?:load|get|build|create|init|setup|download)_(?:\w+_)?(?:model|pretrained|checkpoint|llm|pipeline)$/i;
/** Calls of one function of the file whose arguments are bound to its parameters at most (bindCallArguments). */
const MAX_BOUND_CALLS = 32;
/** Callees that may load what they are given, by a word of their name (`from_pretrained`, `pipeline`, `fetch`). */
const HELPER_LOADER_RE = /model|pretrained|load|pipeline|checkpoint|download|fetch|pull|llm|embed|tokeni[sz]er|client/i;

/** Names of several models (`MODELS`, `model_ids`, `CHECKPOINTS`, `embedding_model_names`). */
const PLURAL_RE = /(?:s|S)$/;
/** A class field's value worth telling other modules about: one word that could name a model. */
const FIELD_VALUE_RE = /^[A-Za-z0-9][\w.:/@+-]{0,199}$/;

/** The settings class a field belongs to (pydantic `BaseSettings`): its environment variable prefix. */
interface SettingsClass {
  prefix: string;
}

/** Names that end the iterable of `for x in ...`, and the right side of a guard's `in` (see `operandEnd`). */
const ITERABLE_STOPS: ReadonlySet<string> = new Set(['if', 'for']);
const GUARD_STOPS: ReadonlySet<string> = new Set(['and', 'or', 'if']);
/** Statements that leave a branch: an `if NAME not in (...)` whose branch starts with one guards NAME. */
const LEAVING_KEYWORDS: ReadonlySet<string> = new Set(['raise', 'return', 'continue', 'break']);

/** Whether the sorted indexes `sorted` hold one in [s, e): a binary search. */
function holdsIndex(sorted: readonly number[], s: number, e: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < s) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] < e;
}

class PyAnalyzer extends FlowAnalyzer {
  private readonly mlx: boolean;
  /** The file uses AudioCraft: it imports the package, or is a module of it (relative imports under `audiocraft/`). */
  private readonly audiocraft: boolean;
  /** Modules imported (`import a.b` → `a.b`; `from a.b import c` → `a.b`). */
  private readonly modules = new Set<string>();
  /** Names imported with `from M import NAME [as ALIAS]` → M. */
  private readonly imported = new Map<string, string>();
  /** Modules imported under another name (`import en_core_web_sm as pkg`): pkg → en_core_web_sm, where it is written. */
  private readonly plainAliases = new Map<string, { module: string; offset: number }>();
  /** Names imported under another name (`from openai import OpenAI as OAI`): OAI → OpenAI. */
  private readonly importedAs = new Map<string, string>();
  /** Client instances (`client = OpenAI(base_url=...)`) → what their methods' `model=` names. */
  private readonly instances = new Map<string, Mode | 'self'>();
  /** Instances whose server comes from the environment (`base_url=os.getenv(...)`): the provider is a guess. */
  private readonly softInstances = new Set<string>();
  /** Parameters annotated with a name (`def f(cfg: Configuration)`) → the names of the annotation. */
  private readonly annotations = new Map<string, string[]>();
  /** Class-body assignments with a string in their value: the field, its outermost class, its value's tokens. */
  private readonly classFields: Array<{ owner: string; name: string; s: number; e: number }> = [];
  /** Module-level assignments `NAME = X(...)`: NAME → X (an instance, when X is a class of this module). */
  private readonly moduleInstances: Array<{ name: string; cls: string }> = [];
  private readonly classNames = new Set<string>();
  /** The innermost class around each token (its name), where collectAssignments saw one. */
  private classAt?: Array<string | undefined>;
  /** Attributes each class declares (`name: str`, `model = ...`, `self.model = ...`): class → names. */
  private readonly classAttrs = new Map<string, Set<string>>();
  /** loopIns(), once computed. */
  private loopInsMemo?: Set<number>;
  /** `openai.api_base = ...` of this file (null: not looked at yet). */
  private openaiServer: Mode | 'self' | 'unknown' | undefined | null = null;

  constructor(
    code: string,
    toks: Tok[],
    ctx: ScanContext,
    budget: Budget,
    private readonly path?: string,
  ) {
    super(code, toks, ctx, budget);
    this.mlx = code.includes('mlx_lm');
    this.ollamaFile = talksToOllama(code, toks);
    this.readImports();
    this.pydanticAi = this.importsModule(PYDANTIC_AI_MODULE_RE);
    this.audiocraft =
      this.importsModule(/^audiocraft(?:\.|$)/) ||
      (/(?:^|\/)audiocraft\//.test(path ?? '') && this.importsModule(/^\./));
  }

  /**
   * The services the code names around its models (records and calls with a provider, entries keyed by a
   * service), and the service of the whole file: the servers its code writes (`base_url=`, `API_BASE = ...`,
   * `{"base_url": ...}`), else its path when it imports a hosted SDK; none in a file that may load Hub weights.
   */
  private readServices(): void {
    this.findServiceRegions('=', false);
    this.serviceOfParameters();
    if (this.importsModule(HUB_LOADING_MODULE_RE)) return;
    const toks = this.toks;
    const urls: string[] = [];
    const add = (s: number, e: number) => this.collectServerValues(s, e, urls);
    for (const [name, list] of this.assigns)
      if (isBaseUrlName(name)) for (const a of list) if (a.e > a.s && !a.elem) add(a.s, a.e);
    this.eachNestedToken((i, at) => {
      const k = toks[i];
      const next = toks[i + 1];
      if (at === undefined || next?.t !== T.Op) return;
      const kw = toks[at].v === '(' && k.t === T.Name && next.v === '=';
      const key = toks[at].v === '{' && k.t === T.Str && !k.dyn && next.v === ':';
      const name = kw ? k.v : key ? (k.val ?? '') : '';
      if (name && (BASE_URL_KWS.includes(name) || isBaseUrlName(name)))
        add(i + 2, this.operandEnd(i + 2, GUARD_STOPS, true));
    });
    const service =
      this.path !== undefined && this.importsModule(HOSTED_SDK_MODULE_RE) ? pathService(this.path) : undefined;
    this.setFileService(urls, service);
  }

  private readImports(): void {
    const code = this.code;
    const { from, plain } = importLines(code);
    for (const m of from) {
      this.budget.tick();
      const mod = m[1];
      this.modules.add(mod);
      let names = m[3];
      if (m[2] === '(' && !names.includes(')')) {
        const start = (m.index ?? 0) + m[0].length;
        const end = code.indexOf(')', start);
        names += code.slice(start, end === -1 ? Math.min(code.length, start + 4096) : Math.min(end, start + 4096));
      }
      for (const part of names.split(',')) {
        const w = words(part.replace(/[()]/g, ''));
        const name = w[1] === 'as' && w[2] ? w[2] : w[0];
        if (name && /^\w+$/.test(name)) {
          this.imported.set(name, mod);
          if (name !== w[0] && /^\w+$/.test(w[0])) this.importedAs.set(name, w[0]);
        }
      }
    }
    for (const m of plain) {
      this.budget.tick();
      let at = (m.index ?? 0) + m[0].indexOf(m[1]);
      for (const part of m[1].split(',')) {
        const w = words(part);
        if (w[0]) this.modules.add(w[0]);
        if (w[0] && w[1] === 'as' && w[2]) {
          this.imported.set(w[2], w[0]);
          this.plainAliases.set(w[2], { module: w[0], offset: at + part.indexOf(w[0]) });
        }
        at += part.length + 1;
      }
    }
  }

  /** Whether the file imports one of the OpenAI Agents SDK's own names from `agents` (OPENAI_AGENTS_NAMES). */
  private openaiAgents(): boolean {
    for (const [local, module] of this.imported)
      if (OPENAI_AGENTS_MODULE_RE.test(module) && OPENAI_AGENTS_NAMES.has(this.importedAs.get(local) ?? local))
        return true;
    return false;
  }

  private importsModule(re: RegExp): boolean {
    for (const m of this.modules) if (re.test(m)) return true;
    return false;
  }

  run(): Analysis {
    this.collectAssignments();
    this.bindCallArguments();
    this.readServices();
    this.writtenFolders = this.foldersWritten();
    const toks = this.toks;
    // Strings inside a call on a repository that is no model (load_dataset("org/name"), a kernel loader,
    // repo_type="dataset") name that repository, even when a model has the same id; those of a documentation
    // constant (DOC_CONSTANT_RE) name checkpoints for documentation. Neither is read as a catalog-known id.
    let skipStringsUntil = -1;
    // the end of the last call that writes a model (OUTPUT_TARGET_CALL_RE): its strings name no model loaded
    let outputUntil = -1;
    // Arguments of destination calls and of calls on repositories that are no models (DESTINATION_CALL_RE,
    // DATASET_CALLS, KERNEL_CALLS, repo_type), as a difference array: linear however they nest.
    const dest = new Int32Array(toks.length + 1);
    // the arguments of the calls on repositories that are no models alone (a dataset, a Space, a kernel): part of dest
    const data = new Int32Array(toks.length + 1);
    const notModelRepo = this.callsOnNonModelRepos();
    const tables = this.modelishTables();
    const prompts = this.promptTables();
    // strings to read as ids written anywhere (catalog-known, prefixed), once what the file only compares is known
    const anywhere: number[] = [];
    // the end of the last dict given as LiteLLM's `"litellm_params": {...}` (a Router's `model_list` entry): its
    // `"model"` is a LiteLLM route
    let litellmParamsEnd = -1;
    for (let i = 0; i < toks.length; i++) {
      this.budget.tick();
      const k = toks[i];
      const docEnd = k.bol && k.t === T.Name ? docConstantEnd(toks, i) : -1;
      if (docEnd >= 0) {
        // a documentation constant's value names checkpoints, loads none: its strings are not read
        skipStringsUntil = Math.max(skipStringsUntil, docEnd);
        continue;
      }
      if (isExampleName(k) && toks[i + 1]?.t === T.Op && toks[i + 1].v === '=' && i + 2 < toks.length) {
        // samples that document a value (pydantic's `Field(examples=["org/x", {"model": "org/y"}])`,
        // `example="org/x"`): what a user may write there, not what the code loads; nothing in them is read
        i = isOpen(toks[i + 2]) ? this.closeOf(i + 2) : i + 2;
        continue;
      }
      // the Gemma library's checkpoints: `gm.ckpts.CheckpointPath.GEMMA3_4B_IT` (the library's own table of their
      // addresses, `GEMMA3_4B_IT = 'gs://gemma-data/...'`, is not read: it lists every checkpoint, and loads none)
      if (
        k.t === T.Name &&
        k.v === 'CheckpointPath' &&
        toks[i + 1]?.v === '.' &&
        toks[i + 2]?.t === T.Name &&
        this.importsModule(GEMMA_MODULE_RE)
      )
        this.report({ value: toks[i + 2].v, offset: toks[i + 2].s }, 'gemma', 'strong');
      if (k.t === T.Str) {
        // (not a dict's key, unless a model-ish name holds the dict: a table of facts about models,
        // `{"google/gemma-2-9b-it": {"context": 8192}}`, looks them up by id and loads none)
        if (
          i > skipStringsUntil &&
          i > outputUntil &&
          !this.outputKeywordValue(i) &&
          !prompts?.[i] &&
          (tables?.[i] || !this.isTableKey(i))
        )
          anywhere.push(i);
        // AudioCraft's own scheme for Hub checkpoints: `continue_from="//pretrained/facebook/musicgen-small"`
        const pretrained =
          this.audiocraft && !k.dyn && k.vs !== undefined ? audiocraftPretrained(k.val ?? '') : undefined;
        if (pretrained) this.report({ value: pretrained.id, offset: k.vs! + pretrained.shift }, 'hub', 'strong');
        if (i > skipStringsUntil) this.commandString(k);
        if (toks[i + 1]?.t === T.Op && toks[i + 1].v === ':' && !k.dyn) {
          if (k.val === 'litellm_params' && toks[i + 2]?.t === T.Op && toks[i + 2].v === '{')
            litellmParamsEnd = this.closeOf(i + 2);
          else if (k.val === 'model' && i < litellmParamsEnd) this.dictEntry(i + 2, false, 'route');
          else if (isModelishName(k.val ?? '')) this.dictEntry(i + 2);
          else if (isModelPathName(k.val ?? '')) this.dictEntry(i + 2, true);
        }
        continue;
      }
      if (i > skipStringsUntil && this.opensCommandList(i)) this.commandList(i);
      // a table of model aliases in a file that uses LiteLLM (aider's `MODEL_ALIASES = {"sonnet":
      // "anthropic/claude-sonnet-4-20250514", "r1": "deepseek/deepseek-reasoner"}`): what it maps to are routes
      if (
        k.bol &&
        k.t === T.Name &&
        MODEL_ALIASES_RE.test(k.v) &&
        toks[i + 1]?.v === '=' &&
        toks[i + 2]?.v === '{' &&
        (this.modules.has('litellm') || this.imported.has('litellm'))
      )
        this.aliasTable(i + 2);
      // LlamaIndex's global setting: `Settings.embed_model = "local:BAAI/bge-small-en-v1.5"`
      if (
        k.bol &&
        k.t === T.Name &&
        toks[i + 1]?.v === '.' &&
        toks[i + 2]?.v === 'embed_model' &&
        toks[i + 3]?.v === '='
      )
        this.embedModelSetting(i + 4);
      if (k.t !== T.Op || k.v !== '(' || i === 0 || toks[i - 1].t !== T.Name) continue;
      const before = toks[i - 2];
      if (before && before.t === T.Name && (before.v === 'def' || before.v === 'class')) continue;
      const callee = toks[i - 1].v;
      const notModel =
        DATASET_CALLS.has(callee) ||
        (callee.includes('Dataset') && DATASET_CLASS_RE.test(callee)) ||
        KERNEL_CALLS.has(callee) ||
        KERNEL_CLASS_RE.test(callee) ||
        notModelRepo?.has(i);
      if (notModel) skipStringsUntil = Math.max(skipStringsUntil, this.closeOf(i));
      const method = toks[i - 2]?.t === T.Op && toks[i - 2].v === '.';
      if (DESTINATION_CALL_RE.test(callee) || (method && OUTPUT_TARGET_CALL_RE.test(callee)))
        outputUntil = Math.max(outputUntil, this.closeOf(i));
      // (a test method's arguments, `name.startswith(PREFIXES)`, are compared with: a constant read only there
      // names no model, as one read only by a membership test)
      if (notModel || DESTINATION_CALL_RE.test(callee) || opensTestCall(toks, i)) {
        dest[i]++;
        dest[this.closeOf(i) + 1]--;
      }
      if (notModel) {
        data[i]++;
        data[this.closeOf(i) + 1]--;
      }
      // (a dataset call's `repo_id=` names the dataset, a kernel loader's a kernel)
      if (!notModel) {
        this.loadAt = k.s;
        this.call(i);
        this.loadAt = -1;
      }
    }
    // (only the strings that may be read as ids: what a never-loaded name's value may hide)
    const ids = anywhere.filter((i) => this.readsAsIdAnywhere(toks[i]));
    const neverLoaded = this.namesNeverLoaded(dest, data, ids);
    if (ids.length) this.readAnywhere(ids, neverLoaded);
    // Assignments to model-ish names: MODEL_ID = "org/x", EMBEDDING_MODELS = [...], OLLAMA_MODEL: str = "llama3".
    for (const [name, list] of this.assigns) {
      // (an Ollama Modelfile, `tokenizer._ollama_modelfile`, is no model)
      const ollamaName = namesOllama(name) && /model(?!_?file)/i.test(name);
      if (!ollamaName && !isModelishName(name)) continue;
      if (neverLoaded.has(name) || DOC_CONSTANT_RE.test(name)) continue;
      for (const a of list) {
        // (what a call passes to a parameter is read where the function takes it: by its loader, not by its name)
        if (a.passed) continue;
        const mode: Mode = ollamaName || (a.cls !== undefined && namesOllama(a.cls)) ? 'ollama' : 'hub';
        // a settings field named for an Ollama model is also read from the environment (`.env`, compose)
        if (a.env && mode === 'ollama') this.uses.push({ name: a.env(), mode, offset: a.envAt ?? 0 });
        if (a.e <= a.s || a.elem) continue;
        if (toks[a.s].t === T.Op && toks[a.s].v === '{' && !PLURAL_RE.test(name)) {
          // a dict under a singular name describes one model (or is a record that is no model at all: a
          // Kubernetes object named `model`): the entries that name it, not every value
          for (const key of MODEL_RECORD_KEYS)
            for (const c of this.keyedValue(name, key, 0, new Set()) ?? [])
              if (c.env === undefined) this.report(c, mode, 'weak');
          continue;
        }
        const cands = isOpen(toks[a.s]) ? this.collection(a.s, a.e) : this.evalExpr(a.s, a.e, 0, new Set([name]));
        // (a name, or the environment variable of a settings field, named for a hosted service: `GROQ_MODEL =
        // "llama-3.3-70b-versatile"`; an environment variable whose default the value is says it first)
        const envName = a.env?.();
        for (const c of cands)
          if (c.env !== undefined) continue;
          else if (this.llamaIndexEmbed(name, c.value)) this.report(c, 'llama-index-embed', 'strong');
          else if (mode !== 'hub' || (c.named !== undefined && namedServiceMode(c.named, c.value)))
            this.report(c, mode, 'weak');
          else
            this.report({ ...c, named: envName && namedServiceMode(envName, c.value) ? envName : name }, mode, 'weak');
      }
    }
    const classes = this.ownHostedClasses();
    const { servers, wraps } = classes.size ? this.classServers(classes) : {};
    return {
      ...this.finish(),
      fields: this.fields(),
      ...(classes.size ? { classes: [...classes] } : {}),
      ...(servers ? { classServers: servers } : {}),
      ...(wraps ? { classWraps: wraps } : {}),
      ...(this.classUses.length ? { classUses: this.classUses } : {}),
    };
  }

  /** Values given to a hosted API's class imported from a module that may be the project's own (CallRule.via). */
  private readonly classUses: RawClassUse[] = [];
  private ownClasses: Set<string> | undefined;

  /**
   * The classes this module defines under the name of a hosted API's class that any module may export
   * (`class ChatOpenAI:`, PY_HOSTED_CLASSES without a module of their own): the project's, not the library's.
   */
  private ownHostedClasses(): Set<string> {
    if (this.ownClasses) return this.ownClasses;
    const out = new Set<string>();
    // `class NAME` at a line's start (after spaces and tabs): each `class` in the text looked at once, where a
    // multi-line regular expression tried every character of the module
    for (const name of classNamesAtLineStart(this.code)) {
      this.budget.tick();
      const hosted = Object.hasOwn(PY_HOSTED_CLASSES, name) ? PY_HOSTED_CLASSES[name] : undefined;
      if (hosted && !hosted.module && out.size < 64) out.add(name);
    }
    return (this.ownClasses = out);
  }

  /**
   * Of the classes `names` this module defines, those whose `__init__` gives a server parameter (`base_url`,
   * `api_base`) a hosted service's address as its default (`base_url: str = "https://integrate.api.nvidia.com/v1"`),
   * or that the class body gives one as a field (a dataclass's `base_url: str = "..."`): class → that service's
   * mode (`servers`). And those that wrap the client of the service the library's class of their name talks to
   * (`wraps`): the module imports that service's SDK (`from groq import AsyncGroq` beside `class ChatGroq`) and no
   * server default of the class names another address (a project's `ChatOpenAI` defaulting to
   * `http://localhost:8000/v1` serves its own models). One pass over the tokens.
   */
  private classServers(names: Set<string>): { servers?: Record<string, string>; wraps?: string[] } {
    const toks = this.toks;
    // class → the modes of the server defaults its constructor or its body give
    const defaults = new Map<string, string[]>();
    const add = (cls: string, d: Tok | undefined, after: Tok | undefined) => {
      if (d?.t !== T.Str || d.dyn || after?.v === '.') return;
      const list = defaults.get(cls) ?? [];
      if (list.length < 8) list.push(endpointMode(d.val ?? ''));
      defaults.set(cls, list);
    };
    let cls: string | undefined;
    let clsIndent = -1;
    for (let i = 0; i < toks.length; i++) {
      this.budget.tick();
      const k = toks[i];
      if (k.bol && cls !== undefined && (k.indent ?? 0) <= clsIndent) cls = undefined;
      if (k.bol && k.t === T.Name && k.v === 'class' && toks[i + 1]?.t === T.Name) {
        cls = names.has(toks[i + 1].v) ? toks[i + 1].v : undefined;
        clsIndent = k.indent ?? 0;
        continue;
      }
      if (cls === undefined || k.t !== T.Name) continue;
      if (k.bol && isBaseUrlName(k.v) && (toks[i + 1]?.v === ':' || toks[i + 1]?.v === '=')) {
        // a field of the class (`base_url: str = "..."`, `base_url = "..."`): the string after its `=`, on its line
        let eq = i + 1;
        while (eq < toks.length && toks[eq].v !== '=' && !toks[eq].bol)
          eq = isOpen(toks[eq]) ? this.closeOf(eq) + 1 : eq + 1;
        if (toks[eq]?.v === '=' && !toks[eq].bol) add(cls, toks[eq + 1], toks[eq + 2]);
        continue;
      }
      if (k.v !== 'def' || toks[i + 1]?.v !== '__init__') continue;
      const open = i + 2;
      if (toks[open]?.v !== '(') continue;
      const close = this.closeOf(open);
      for (let j = open + 1; j < close; j++) {
        const p = toks[j];
        if (isOpen(p)) {
          j = this.closeOf(j);
          continue;
        }
        if (p.t !== T.Name || !isBaseUrlName(p.v) || (toks[j - 1].v !== '(' && toks[j - 1].v !== ',')) continue;
        // `base_url: str = "..."` or `base_url="..."`: the string after the parameter's `=`
        let eq = j + 1;
        while (eq < close && toks[eq].v !== '=' && toks[eq].v !== ',')
          eq = isOpen(toks[eq]) ? this.closeOf(eq) + 1 : eq + 1;
        if (toks[eq]?.v === '=') add(cls, toks[eq + 1], toks[eq + 2]);
      }
      i = close;
    }
    let servers: Record<string, string> | undefined;
    for (const [c, modes] of defaults)
      for (const mode of modes) if (mode.startsWith('hosted:') && mode !== 'hosted:openai') (servers ??= {})[c] = mode;
    // the services whose SDK the module imports (`groq`, `openai.types`: PY_SDK_PROVIDERS by the first part)
    const sdks = new Set<string>();
    for (const m of this.modules) {
      const top = m.split('.')[0];
      if (Object.hasOwn(PY_SDK_PROVIDERS, top)) sdks.add(PY_SDK_PROVIDERS[top]);
    }
    const wraps = [...names].filter((c) => {
      const provider = PY_HOSTED_CLASSES[c].provider;
      return sdks.has(provider) && (defaults.get(c) ?? []).every((m) => m === `hosted:${provider}`);
    });
    return { ...(servers ? { servers } : {}), ...(wraps.length ? { wraps } : {}) };
  }

  /**
   * The folders this file writes a model or a run's output to, by value, with the offset of the first call that
   * writes each: the first argument of a `.save(...)`, `.save_pretrained(...)` or `.save_model(...)` method
   * (`save_directory=`, `path=`, `output_path=`), and any call's `output_dir=`, `local_dir=` or `save_directory=`
   * (`TrainingArguments(output_dir="bert-finetuned")`, `snapshot_download(..., local_dir="models/x")`).
   * Undefined when it writes none (most files: nothing is allocated). One pass over the tokens.
   */
  private foldersWritten(): Map<string, number> | undefined {
    // (literal searches: far faster than one alternation over the whole text)
    const keywords = WRITE_KWS.some((kw) => this.code.includes(kw));
    if (!keywords && !this.code.includes('save')) return undefined;
    const toks = this.toks;
    let out: Map<string, number> | undefined;
    const add = (s: number, e: number, at: number) => {
      for (const c of this.evalExpr(s, e, 0, new Set())) {
        if (c.env !== undefined || !c.value) continue;
        out ??= new Map();
        const key = folderKey(c.value);
        const prev = out.get(key);
        if (prev === undefined || at < prev) out.set(key, at);
      }
    };
    for (let i = 1; i < toks.length; i++) {
      this.budget.tick();
      const k = toks[i];
      if (k.t !== T.Op || k.v !== '(' || toks[i - 1].t !== T.Name) continue;
      const method = toks[i - 2]?.v === '.' && SAVE_METHODS.has(toks[i - 1].v);
      // (a quick look for a keyword before splitting the arguments of every call)
      if (!method && (!keywords || !this.holdsWriteKeyword(i))) continue;
      const { args } = this.splitArgs(i, '=');
      const a = method ? pickArg(args, 0, SAVE_KWS) : undefined;
      if (a) add(a.start, a.end, k.s);
      for (const kw of WRITE_KWS) {
        const w = pickArg(args, undefined, [kw]);
        if (w) add(w.start, w.end, k.s);
      }
    }
    return out;
  }

  /** Whether the arguments of the call opening at `open` name a folder written by keyword (WRITE_KWS). */
  private holdsWriteKeyword(open: number): boolean {
    const end = this.closeOf(open);
    for (let j = open + 1; j < end; j++) {
      this.budget.tick();
      const k = this.toks[j];
      if (isOpen(k)) j = this.closeOf(j);
      else if (k.t === T.Name && WRITE_KWS.includes(k.v) && this.toks[j + 1]?.v === '=') return true;
    }
    return false;
  }

  /** Whether the string at `i` is the value of an output keyword or name (`hub_model_id="org/x"`, `output_dir = ...`). */
  private outputKeywordValue(i: number): boolean {
    const toks = this.toks;
    const eq = toks[i - 1];
    const name = toks[i - 2];
    return eq?.t === T.Op && eq.v === '=' && name?.t === T.Name && OUTPUT_TARGET_KWS.has(name.v);
  }

  /**
   * Reads the strings at `at` as ids written anywhere (stringAnywhere), but not the names the file only compares a
   * value with: an operand of a comparison (`if name == "BAAI/bge-m3":`), a member of a collection that a
   * membership test reads inline (`if self.model_name in ["BAAI/bge-large-zh-v1.5", ...]:`), what a test method
   * is given (`if name.startswith(("unsloth/llama-3-8b", "unsloth/llama-3-70b")):`), and the values of
   * model-ish names used only as such collections (`BGE_MODELS = (...)` read only by `if name in BGE_MODELS:`).
   * A collection a `for` iterates is read. Linear: difference arrays over the tokens.
   */
  private readAnywhere(at: number[], neverLoaded: Set<string>): void {
    const toks = this.toks;
    const loops = this.loopIns();
    const skip = new Int32Array(toks.length + 1);
    for (const name of neverLoaded)
      for (const a of this.assigns.get(name) ?? [])
        if (a.e > a.s && !a.elem) {
          skip[a.s]++;
          skip[a.e]--;
        }
    for (let j = 1; j < toks.length; j++) {
      this.budget.tick();
      // a membership test's collection (`in [...]`), or what a test method is given (`name.startswith((...))`)
      const membership = isOpen(toks[j]) && toks[j - 1].t === T.Name && toks[j - 1].v === 'in' && !loops.has(j - 1);
      if (!membership && !opensTestCall(toks, j)) continue;
      skip[j]++;
      skip[this.closeOf(j) + 1]--;
    }
    for (let i = 0, depth = 0, next = 0; next < at.length; i++) {
      depth += skip[i];
      if (i !== at[next]) continue;
      next++;
      if (depth === 0 && !compared(toks, i, 0, toks.length)) this.stringAnywhere(toks[i]);
    }
  }

  /**
   * The `in` tokens of `for`s (a loop, a comprehension: they iterate), as opposed to membership tests: one pending
   * `for` per bracket depth until its `in` (`for (a, b) in pairs`, `[f(x) for x in (...)]`). One pass, memoised.
   */
  private loopIns(): Set<number> {
    if (this.loopInsMemo) return this.loopInsMemo;
    const toks = this.toks;
    const out = new Set<number>();
    const pendingFor: number[] = [0];
    for (let i = 0; i < toks.length; i++) {
      this.budget.tick();
      const k = toks[i];
      if (k.t === T.Op) {
        if (k.v === '(' || k.v === '[' || k.v === '{') pendingFor.push(0);
        else if ((k.v === ')' || k.v === ']' || k.v === '}') && pendingFor.length > 1) pendingFor.pop();
      } else if (k.t === T.Name) {
        if (k.v === 'for') pendingFor[pendingFor.length - 1]++;
        else if (k.v === 'in' && pendingFor[pendingFor.length - 1] > 0 && toks[i - 1]?.v !== 'not') {
          pendingFor[pendingFor.length - 1]--;
          out.add(i);
        }
      }
    }
    return (this.loopInsMemo = out);
  }

  /**
   * The opening parentheses of calls that say, in their own arguments, that their repository is a dataset or a
   * Space (`hf_hub_download(repo_id=REPO_ID, repo_type="dataset", ...)`): read as dataset calls, so that a constant
   * they alone read (`REPO_ID = "diffusers/benchmarks"`) is not taken for a model. One pass over the tokens.
   */
  private callsOnNonModelRepos(): Set<number> | undefined {
    // (most files never say repo_type: no pass over their tokens)
    if (!this.code.includes('repo_type')) return undefined;
    const toks = this.toks;
    const out = new Set<number>();
    const open: number[] = [];
    for (let i = 0; i < toks.length; i++) {
      const k = toks[i];
      if (k.t === T.Op) {
        if (k.v === '(' || k.v === '[' || k.v === '{') open.push(i);
        else if (k.v === ')' || k.v === ']' || k.v === '}') open.pop();
        continue;
      }
      if (k.t !== T.Name || k.v !== 'repo_type' || !open.length) continue;
      const at = open[open.length - 1];
      const eq = toks[i + 1];
      const v = toks[i + 2];
      if (toks[at].v !== '(' || eq?.t !== T.Op || eq.v !== '=' || !v) continue;
      if (v.t === T.Str ? !v.dyn && (v.val === 'dataset' || v.val === 'space') : this.namesRepoType(i + 2)) out.add(at);
    }
    return out;
  }

  /**
   * Whether the name at `i`, a `repo_type=` argument, holds `"dataset"` or `"space"` whatever its value
   * (`_DATASET_TYPE: Final = "dataset"` ... `hf_hub_download(repo_id=_REPO_ID, repo_type=_DATASET_TYPE)`).
   */
  private namesRepoType(i: number): boolean {
    const k = this.toks[i];
    const after = this.toks[i + 1];
    if (k.t !== T.Name || (after && !(after.t === T.Op && (after.v === ',' || after.v === ')')))) return false;
    const vals = this.evalExpr(i, i + 1, 0, new Set());
    return vals.length > 0 && vals.every((c) => c.env === undefined && (c.value === 'dataset' || c.value === 'space'));
  }

  /**
   * Names that the file uses, and uses only inside the arguments of destination and dataset calls
   * (`dest`: a difference array over tokens) or as the collection of a membership test (`if name not in
   * basic_transformer_models:`, a list of names compared with, not loaded): plain variables (a method's local
   * variable is one), and fields (a class field, `self.NAME = ...`) whose reads in the file (`script_args.repo_id`,
   * or the parameter a function takes it as) all go there, as TRL's dataset scripts push to their `repo_id`. A
   * name never used at all is not among them, nor an attribute of a plain variable's name (`cfg.model_id` is
   * another object's): it may reach a loader elsewhere. Another module that reads a field into a loader still
   * reports it (the field facts). A membership test's values still reach a name it guards (`assert NAME in MODELS`).
   * A name that a call on a repository that is no model reads (`data`: `snapshot_download(repo_id=repo_id,
   * repo_type="dataset")`, `load_dataset(repo_id)`) names that repository: its other uses may also be whole
   * arguments of helpers that load nothing that this scanner knows of (VLMEvalKit's `get_cache_path(repo_id)` beside
   * the download of the dataset), though never of a loader, a project's loader by its name, or a keyword.
   */
  private namesNeverLoaded(dest: Int32Array, data: Int32Array, anywhere: readonly number[]): Set<string> {
    const out = new Set<string>();
    const toks = this.toks;
    const names = new Map<string, { dest: number; data: number; other: number; helper: number; field: boolean }>();
    for (const [name, list] of this.assigns) {
      // Model-ish names (the assignments read as references by their name), and any name whose value holds a
      // string that may be read as an id written anywhere (`anywhere`, in token order): a constant that is not named like a
      // model, `LLAMA_3_1_INSTRUCT_EVALS = [...]` read only by `if args.evals_dataset in LLAMA_3_1_INSTRUCT_EVALS:`,
      // holds what its readers make of it. No other name's answer is asked (run, readAnywhere).
      if (!isModelishName(name) && !list.some((a) => !a.elem && holdsIndex(anywhere, a.s, a.e))) continue;
      if (list.some((a) => a.env !== undefined)) continue;
      // (what this file's calls pass to a parameter of the name is no assignment of a field or of a variable)
      const field = list.every((a) => a.field || a.passed) && list.some((a) => a.field);
      if (field || list.every((a) => !a.field)) names.set(name, { dest: 0, data: 0, other: 0, helper: 0, field });
    }
    if (!names.size) return out;
    const params = [...names.values()].some((n) => n.field) ? this.functionParameters() : undefined;
    const opens: number[] = []; // the open brackets around the token being read
    let depth = 0;
    let dataDepth = 0;
    const loops = this.loopIns();
    let signatureEnd = -1; // the closing parenthesis of the `def` being read: its parameters are bindings
    for (let i = 0; i < toks.length; i++) {
      this.budget.tick();
      depth += dest[i];
      dataDepth += data[i];
      const k = toks[i];
      if (k.t === T.Op) {
        if (k.v === '(' || k.v === '[' || k.v === '{') opens.push(i);
        else if (k.v === ')' || k.v === ']' || k.v === '}') opens.pop();
        continue;
      }
      if (k.t !== T.Name) continue;
      if (k.v === 'def' && toks[i + 1]?.t === T.Name && toks[i + 2]?.v === '(') signatureEnd = this.closeOf(i + 2);
      const n = names.get(k.v);
      if (!n) continue;
      const prev = toks[i - 1];
      const next = toks[i + 1];
      const attribute = prev?.t === T.Op && prev.v === '.';
      if (attribute && !n.field)
        n.other++; // an attribute of a plain variable's name: another object's, followed elsewhere
      else if (next?.t === T.Op && (next.v === '=' || (next.v === ':' && k.bol)))
        continue; // a target or keyword
      else if (i < signatureEnd && this.parameterAt(i))
        continue; // a parameter of the function being defined
      else if (attribute && params && this.passedOn(i, opens.at(-1), params))
        continue; // `main(script_args.repo_id)`: the parameter `repo_id` of this file's `main` decides
      else if (depth > 0 || (prev?.t === T.Name && prev.v === 'in' && !loops.has(i - 1))) {
        n.dest++;
        if (dataDepth > 0) n.data++;
      } else {
        n.other++;
        if (!attribute && this.helperArgument(i, opens.at(-1))) n.helper++;
      }
    }
    for (const [name, n] of names)
      if (n.dest > 0 && (n.other === 0 || (n.data > 0 && n.other === n.helper))) out.add(name);
    return out;
  }

  /**
   * Whether the name at `i` is a whole positional argument of the call opening at `open` to a function that
   * loads nothing this scanner knows of (`get_cache_path(repo_id)`, `osp.join(root, repo_id)`): no call rule, and a
   * callee not named like a loader (`load_model`, `get_pipeline`, `from_pretrained`, `download`).
   */
  private helperArgument(i: number, open: number | undefined): boolean {
    const toks = this.toks;
    if (open === undefined || toks[open].v !== '(' || toks[open - 1]?.t !== T.Name) return false;
    const before = toks[open - 2];
    if (before?.t === T.Name && (before.v === 'def' || before.v === 'class')) return false;
    const prev = toks[i - 1];
    const next = toks[i + 1];
    if (prev?.t !== T.Op || (prev.v !== '(' && prev.v !== ',')) return false;
    if (next?.t !== T.Op || (next.v !== ',' && next.v !== ')')) return false;
    const chain = calleeChain(toks, open);
    const last = chain[chain.length - 1];
    if (LOADER_NAME_RE.test(last) || HELPER_LOADER_RE.test(last)) return false;
    return this.ruleOf(chain, this.splitArgs(open, '=').args) === undefined;
  }

  /** The parameter names of each function this file defines (a name defined twice: all its parameters). */
  private functionParameters(): Map<string, Set<string>> {
    const toks = this.toks;
    const out = new Map<string, Set<string>>();
    for (let i = 0; i + 2 < toks.length; i++) {
      this.budget.tick();
      if (toks[i].t !== T.Name || toks[i].v !== 'def' || toks[i + 1].t !== T.Name || toks[i + 2].v !== '(') continue;
      const end = this.closeOf(i + 2);
      const set = out.get(toks[i + 1].v) ?? new Set<string>();
      for (let j = i + 3; j < end; j++) {
        this.budget.tick();
        if (this.parameterAt(j)) set.add(toks[j].v);
        if (isOpen(toks[j])) j = this.closeOf(j);
      }
      out.set(toks[i + 1].v, set);
      i = end;
    }
    return out;
  }

  /** Whether the name at `j`, inside a `def`'s parentheses, is a parameter's (after `(`, `,`, `*` or `**`). */
  private parameterAt(j: number): boolean {
    const k = this.toks[j];
    const p = this.toks[j - 1];
    return k.t === T.Name && p?.t === T.Op && (p.v === '(' || p.v === ',' || p.v === '*' || p.v === '**');
  }

  /**
   * Whether the attribute read at `i` (`script_args.repo_id`) is a whole argument of a call, at `open`, to a
   * function of this file that has a parameter of the same name: what that parameter meets decides.
   */
  private passedOn(i: number, open: number | undefined, params: Map<string, Set<string>>): boolean {
    const toks = this.toks;
    if (open === undefined || toks[open].v !== '(' || toks[open - 1]?.t !== T.Name) return false;
    if (!params.get(toks[open - 1].v)?.has(toks[i].v)) return false;
    const after = toks[i + 1];
    if (after?.t !== T.Op || (after.v !== ',' && after.v !== ')')) return false;
    let j = i - 1; // the '.' before the name; walk back over `a.b.` to the start of the chain
    while (toks[j]?.v === '.' && toks[j - 1]?.t === T.Name) j -= 2;
    const before = toks[j];
    return before?.t === T.Op && (before.v === '(' || before.v === ',' || before.v === '=') && j >= open;
  }

  /** A class-body assignment whose value holds a string: a field other modules may read. */
  private classField(owner: string, name: string, s: number, e: number): void {
    if (this.classFields.length >= MAX_FIELD_FACTS) return;
    for (let m = s; m < e; m++) {
      this.budget.tick();
      if (this.toks[m].t === T.Str) {
        this.classFields.push({ owner, name, s, e });
        return;
      }
    }
  }

  /**
   * The string values of the class fields, for the modules that import the class (or a module-level instance
   * of it: `settings = Settings()`) and read the field into a model parameter.
   */
  private fields(): RawField[] {
    const out: RawField[] = [];
    if (!this.classFields.length) return out;
    const instances = new Map<string, string[]>();
    for (const m of this.moduleInstances) {
      if (!this.classNames.has(m.cls)) continue;
      const list = instances.get(m.cls) ?? [];
      if (list.length < 8) list.push(m.name);
      instances.set(m.cls, list);
    }
    for (const f of this.classFields) {
      for (const c of this.evalExpr(f.s, f.e, 0, new Set([f.name]))) {
        if (c.env !== undefined || !FIELD_VALUE_RE.test(c.value)) continue;
        for (const owner of [f.owner, ...(instances.get(f.owner) ?? [])]) {
          if (out.length >= MAX_FIELD_FACTS) return out;
          out.push({ owner, name: f.name, value: c.value, offset: c.offset });
        }
      }
    }
    return out;
  }

  /**
   * The imported names an object may be, for `obj.attr` read from another module's class: `obj` itself when
   * imported (`Config.Model.LOCAL_LLM`, `settings.model`), else what it is assigned from
   * (`cfg = Configuration.from_runnable_config(config)`, `self.cfg = Settings()`) or annotated with
   * (`def f(cfg: Configuration)`). Undefined when it is none of these.
   */
  private ownersOf(chain: string[]): Array<{ name: string; module: string }> | undefined {
    const self = chain[0] === 'self' || chain[0] === 'cls';
    if (self && chain.length < 3) return undefined;
    const base = self ? chain[1] : chain[0];
    const names = new Set<string>();
    if (!self && this.imported.has(base)) names.add(base);
    else {
      for (const a of this.assigns.get(base) ?? []) {
        this.budget.tick();
        const k = this.toks[a.s];
        if (a.e > a.s && !a.elem && k.t === T.Name && this.imported.has(k.v)) names.add(k.v);
        if (names.size >= 8) break;
      }
      for (const n of this.annotations.get(base) ?? []) names.add(n);
    }
    if (!names.size) return undefined;
    return [...names].map((name) => ({ name, module: this.imported.get(name) ?? '' }));
  }

  /**
   * A function that hands a parameter to a call or a record naming a service (`cls(provider="watsonx",
   * model=model)`) sends the parameter's default there: crewAI's `create_watsonx_service(cls, model: str =
   * "ibm/slate-125m-english-rtrvr")` names a watsonx model, not a Hub repository. The parameter joins that service's
   * region when all the services it is handed to agree. One pass over the tokens; each function's parameter list is
   * split once.
   */
  private serviceOfParameters(): void {
    const scopeAt = this.scopeAt;
    if (!scopeAt) return;
    const toks = this.toks;
    // per function, its parameters: name → the parameter's tokens and the service it is handed to (null: several)
    const fns = new Map<number, Map<string, { s: number; e: number; mode?: Mode | null }>>();
    for (let i = 0; i < toks.length; i++) {
      const d = scopeAt[i];
      if (d === 0 || toks[i].t !== T.Name) continue;
      this.budget.tick();
      const mode = this.regionModeAt(i);
      if (mode === undefined) continue;
      let params = fns.get(d);
      if (!params) {
        params = new Map();
        if (toks[d + 1]?.v === '(')
          for (const a of this.splitArgs(d + 1).args) {
            const n = a.kw ?? (toks[a.start]?.t === T.Name ? toks[a.start].v : undefined);
            if (n) params.set(n, { s: a.start, e: a.end });
          }
        fns.set(d, params);
      }
      const p = params.get(toks[i].v);
      if (p && i >= p.e) p.mode = p.mode === undefined || p.mode === mode ? mode : null;
    }
    for (const params of fns.values())
      for (const p of params.values()) if (p.mode) this.addServiceRegion(p.s, p.e, p.mode);
  }

  /**
   * Records `NAME = expr`, `NAME: T = expr`, `self.NAME = expr`, parameter defaults of `def`, loop variables,
   * argparse defaults (under their `dest`), pydantic settings fields (also read from the environment) and
   * client instances (`client = OpenAI(base_url=...)`).
   */
  private collectAssignments(): void {
    const toks = this.toks;
    const classes: Array<{ indent: number; name: string; top: string; body?: number; settings?: SettingsClass }> = [];
    // the functions around the token (Python's local scopes): each with its line's indentation, and the names
    // that its `global` and `nonlocal` statements give to the module or to an enclosing function
    const defs: Array<{ indent: number; id: number; outer?: Map<string, number> }> = [];
    const scopeAt = new Int32Array(toks.length);
    this.scopeAt = scopeAt;
    const classAt: Array<string | undefined> = new Array<string | undefined>(toks.length);
    this.classAt = classAt;
    let lineIndent = 0;
    /** The scope of a bare name assigned in the innermost function (0: the module's). */
    const scopeOf = (name: string) => {
      const d = defs[defs.length - 1];
      if (!d) return 0;
      return d.outer?.get(name) ?? d.id;
    };
    for (let i = 0; i < toks.length; i++) {
      this.budget.tick();
      const k = toks[i];
      if (k.bol) {
        lineIndent = k.indent ?? 0;
        while (classes.length && classes[classes.length - 1].indent >= lineIndent) classes.pop();
        while (defs.length && defs[defs.length - 1].indent >= lineIndent) defs.pop();
        const inner = classes[classes.length - 1];
        if (inner && inner.body === undefined) inner.body = lineIndent;
      }
      scopeAt[i] = defs.length ? defs[defs.length - 1].id : 0;
      classAt[i] = classes[classes.length - 1]?.name;
      if (k.t !== T.Name) continue;
      if ((k.v === 'global' || k.v === 'nonlocal') && defs.length && toks[i + 1]?.t === T.Name) {
        const d = defs[defs.length - 1];
        const to = k.v === 'global' ? 0 : (defs[defs.length - 2]?.id ?? 0);
        for (let j = i + 1; toks[j]?.t === T.Name; j += 2) {
          (d.outer ??= new Map()).set(toks[j].v, to);
          if (toks[j + 1]?.v !== ',') break;
        }
        continue;
      }
      if (k.v === 'class' && k.bol && toks[i + 1]?.t === T.Name) {
        let settings = false;
        if (toks[i + 2]?.t === T.Op && toks[i + 2].v === '(') {
          const end = this.closeOf(i + 2);
          for (let j = i + 3; j < end; j++) if (toks[j].t === T.Name && /Settings$/.test(toks[j].v)) settings = true;
        }
        const name = toks[i + 1].v;
        this.classNames.add(name);
        classes.push({
          indent: k.indent ?? 0,
          name,
          top: classes[0]?.top ?? name,
          settings: settings ? { prefix: '' } : undefined,
        });
        continue;
      }
      if (k.v === 'def' && toks[i + 1]?.t === T.Name && toks[i + 2]?.v === '(') {
        // its parameters and its body are its own scope (the body: the lines indented deeper than the `def`'s)
        const id = i + 1;
        this.scopeParent.set(id, defs.length ? defs[defs.length - 1].id : 0);
        defs.push({ indent: lineIndent, id });
        const { args } = this.splitArgs(i + 2);
        for (const a of args) this.paramDefault(a, id);
        continue;
      }
      if (k.v === 'for' && toks[i + 1]?.t === T.Name && toks[i + 2]?.t === T.Name && toks[i + 2].v === 'in') {
        const end = this.operandEnd(i + 3, ITERABLE_STOPS, false);
        this.addAssign(toks[i + 1].v, { s: i + 3, e: end, elem: true, scope: scopeOf(toks[i + 1].v) });
        continue;
      }
      // a guard that names the values a name may take: `assert NAME in {...}`, `if NAME not in (...):` (then
      // raise), as nanoGPT checks `model_type` before `from_pretrained(model_type)`
      const guard = k.v === 'assert' ? i + 2 : k.v === 'if' && toks[i + 2]?.v === 'not' ? i + 3 : -1;
      if (guard !== -1 && toks[i + 1]?.t === T.Name && toks[guard]?.t === T.Name && toks[guard].v === 'in') {
        const end = this.operandEnd(guard + 1, GUARD_STOPS, true);
        // an `if` guards only when its branch leaves: `if model not in installed: client.pull(model)` (vanna's
        // Ollama class) fetches what the list lacks, so the list names what the model is not
        if (k.v === 'assert' || this.branchLeaves(end))
          this.addAssign(toks[i + 1].v, { s: guard + 1, e: end, elem: true, scope: scopeOf(toks[i + 1].v) });
        continue;
      }
      if (k.v === 'env_prefix' && toks[i + 2]?.t === T.Str && (toks[i + 1]?.v === '=' || toks[i + 1]?.v === ':')) {
        const settings = [...classes].reverse().find((c) => c.settings)?.settings;
        if (settings) settings.prefix = toks[i + 2].val ?? '';
        continue;
      }
      if (k.v === 'add_argument' && toks[i + 1]?.v === '(') {
        this.argparseDefault(i + 1);
        continue;
      }
      if (!k.bol) continue;
      let j = i;
      let name = k.v;
      // an attribute (`self.model_name = ...`, `self.config.model = self.config.model or "x"`, `args.model = ...`):
      // its last name, as code that reads it (`SentenceTransformer(self.config.model)`) follows it
      while (toks[j + 1]?.t === T.Op && toks[j + 1].v === '.' && toks[j + 2]?.t === T.Name) j += 2;
      name = toks[j].v;
      let eq = j + 1;
      const annotated = toks[eq]?.t === T.Op && toks[eq].v === ':';
      if (annotated) {
        // annotation: skip to '=' before the end of the logical line
        let m = eq + 1;
        while (m < toks.length && toks[m].t !== T.Newline && !(toks[m].t === T.Op && toks[m].v === '=')) {
          this.budget.tick();
          if (isOpen(toks[m])) m = this.closeOf(m);
          m++;
        }
        eq = m;
      }
      const cls = classes[classes.length - 1];
      // (what the class itself declares, with or without a value: `self.name` in its methods reads its own)
      if (
        cls &&
        (annotated || toks[eq]?.v === '=') &&
        (j !== i ? toks[i].v === 'self' && j === i + 2 : cls.body === (k.indent ?? 0))
      )
        (this.classAttrs.get(cls.name) ?? this.classAttrs.set(cls.name, new Set()).get(cls.name))?.add(name);
      const settings = cls && j === i && cls.settings;
      const env = settings ? () => `${settings.prefix}${name}` : undefined;
      if (toks[eq]?.t !== T.Op || toks[eq].v !== '=') {
        // a settings field without a default: its value comes from the environment only
        if (annotated && env && cls.indent < (k.indent ?? 0))
          this.addAssign(name, { s: 0, e: 0, env, envAt: k.s, cls: cls.name, field: true });
        continue;
      }
      let end = eq + 1;
      while (end < toks.length && toks[end].t !== T.Newline) {
        this.budget.tick();
        end++;
      }
      if (end <= eq + 1) continue;
      const field = j !== i || (!!cls && cls.body === (k.indent ?? 0));
      // (a bare name assigned in a function is its local; an attribute or a class field is anyone's)
      const scope = field ? 0 : scopeOf(name);
      this.addAssign(name, { s: eq + 1, e: end, env, envAt: env ? k.s : undefined, cls: cls?.name, field, scope });
      if (j === i && field) this.classField(cls.top, name, eq + 1, end);
      else if (
        j === i &&
        !classes.length &&
        (k.indent ?? 0) === 0 &&
        toks[eq + 1].t === T.Name &&
        toks[eq + 2]?.v === '('
      )
        this.moduleInstances.push({ name, cls: toks[eq + 1].v });
      const inst = this.instanceOf(eq + 1, end);
      if (inst === 'unknown') this.softInstances.add(name);
      if (inst) this.instances.set(name, inst === 'unknown' ? this.clientMode(eq + 1) : inst);
    }
  }

  /**
   * The values the calls of this file pass to its own functions, as assignments of their parameters (one level,
   * this file only): `def load(model_name): return AutoModel.from_pretrained(model_name)` called as
   * `load("org/name")` loads `org/name`, read where the call writes it. A bare call binds a function's parameters
   * (`load("org/x")`, `load(model_name="org/x")`), `self.f(...)`/`cls.f(...)` a method's after `self`/`cls`;
   * positional arguments up to a `*`, keywords by name; no `*args`/`**kwargs` of the call. A name defined twice is
   * not bound (which definition a call reaches is unknown). At most MAX_BOUND_CALLS calls a function: one pass over
   * the tokens for the definitions, one for the calls.
   */
  private bindCallArguments(): void {
    const toks = this.toks;
    // by the name a call reaches it by: its parameters, whether that call is a bare name's (a function, a class
    // whose `__init__` it is) or `self.`'s/`cls.`'s (a method), and the parameters the call does not give (`self`)
    type Def = { id: number; params: string[]; keywords: Map<string, boolean>; bare: boolean; skip: number };
    const defs = new Map<string, (Def & { calls: number }) | null>();
    const bind = (name: string, def: Def) => defs.set(name, defs.has(name) ? null : { ...def, calls: 0 });
    const classes: Array<{ indent: number; name: string }> = [];
    for (let i = 0; i + 2 < toks.length; i++) {
      this.budget.tick();
      const k = toks[i];
      if (k.bol) while (classes.length && classes[classes.length - 1].indent >= (k.indent ?? 0)) classes.pop();
      if (k.t !== T.Name) continue;
      if (k.v === 'class' && k.bol && toks[i + 1].t === T.Name) {
        classes.push({ indent: k.indent ?? 0, name: toks[i + 1].v });
        continue;
      }
      if (k.v !== 'def' || toks[i + 1].t !== T.Name || toks[i + 2].v !== '(') continue;
      // the positional parameters in order, and every parameter by name (whether it may be given by position)
      const params: string[] = [];
      const keywords = new Map<string, boolean>();
      let positional = true;
      for (const a of this.splitArgs(i + 2).args) {
        const p = toks[a.start];
        if (p.t === T.Op && (p.v === '*' || p.v === '**')) {
          positional = false; // `*`, `*args`: the parameters after it are keywords only
          continue;
        }
        if (p.t !== T.Name) continue;
        if (positional) params.push(p.v);
        keywords.set(p.v, positional);
      }
      const method = params[0] === 'self' || params[0] === 'cls';
      const name = toks[i + 1].v;
      const def = { id: i + 1, params, keywords, bare: !method, skip: method ? 1 : 0 };
      bind(name, def);
      // (a class of this file built by its name: `Embedder("org/x")` calls its `__init__`)
      const owner = classes[classes.length - 1];
      if (name === '__init__' && method && owner && (k.indent ?? 0) > owner.indent)
        bind(owner.name, { ...def, bare: true });
    }
    if (!defs.size) return;
    for (let i = 1; i + 1 < toks.length; i++) {
      this.budget.tick();
      const k = toks[i];
      if (k.t !== T.Name || toks[i + 1].t !== T.Op || toks[i + 1].v !== '(') continue;
      const def = defs.get(k.v);
      if (!def || def.calls >= MAX_BOUND_CALLS) continue;
      const prev = toks[i - 1];
      if (prev.t === T.Name && (prev.v === 'def' || prev.v === 'class')) continue;
      // a method through `self.`/`cls.` (its first parameter is the object); a function or a class by its bare name
      const dotted = prev.t === T.Op && prev.v === '.';
      const own = dotted && (toks[i - 2]?.v === 'self' || toks[i - 2]?.v === 'cls') && toks[i - 3]?.v !== '.';
      if (def.bare ? dotted : !own) continue;
      def.calls++;
      let at = def.skip;
      for (const a of this.splitArgs(i + 1, '=').args) {
        const first = toks[a.start];
        if (first.t === T.Op && (first.v === '*' || first.v === '**')) break; // unpacked: the positions are unknown
        const param = a.kw === undefined ? def.params[at++] : def.keywords.has(a.kw) ? a.kw : undefined;
        if (param !== undefined) this.addAssign(param, { s: a.start, e: a.end, scope: def.id, passed: true });
      }
    }
  }

  /**
   * Whether the branch of the `if` whose condition ends at token `end` (its `:`) starts by leaving: `raise`,
   * `return`, `continue`, `break`, or `exit(...)`/`sys.exit(...)`, on the same line or the next.
   */
  private branchLeaves(end: number): boolean {
    const toks = this.toks;
    if (toks[end]?.t !== T.Op || toks[end].v !== ':') return false;
    let j = end + 1;
    if (toks[j]?.t === T.Newline) j++;
    const k = toks[j];
    if (k?.t !== T.Name) return false;
    if (LEAVING_KEYWORDS.has(k.v)) return true;
    const e = k.v === 'sys' && toks[j + 1]?.v === '.' ? j + 2 : j;
    return toks[e]?.t === T.Name && toks[e].v === 'exit' && toks[e + 1]?.v === '(';
  }

  /**
   * End of an operand starting at `s`: the line end, a top-level `:` or closing bracket, one of `names`, or (with
   * `comma`) a top-level `,`. The iterable of `for x in ...` stops at `if` and `for`; the right side of a guard's
   * `in` at `and`, `or`, `if` and an assert's message.
   */
  private operandEnd(s: number, names: ReadonlySet<string>, comma: boolean): number {
    const toks = this.toks;
    let j = s;
    for (; j < toks.length; j++) {
      this.budget.tick();
      const k = toks[j];
      if (k.t === T.Newline) break;
      if (k.t === T.Name && names.has(k.v)) break;
      if (k.t !== T.Op) continue;
      if (isOpen(k)) j = this.closeOf(j);
      else if ((comma && k.v === ',') || k.v === ':' || k.v === ')' || k.v === ']' || k.v === '}') break;
    }
    return j;
  }

  private paramDefault(a: Arg, scope: number): void {
    const toks = this.toks;
    if (a.kw) {
      this.addAssign(a.kw, { s: a.start, e: a.end, scope });
      return;
    }
    if (toks[a.start]?.t !== T.Name) return;
    for (let m = a.start + 1; m < a.end; m++) {
      this.budget.tick();
      const k = toks[m];
      if (m === a.start + 1 && k.t === T.Op && k.v === ':') this.annotation(toks[a.start].v, m + 1, a.end);
      if (isOpen(k)) m = this.closeOf(m);
      else if (k.t === T.Op && k.v === '=') {
        if (m + 1 < a.end) this.addAssign(toks[a.start].v, { s: m + 1, e: a.end, scope });
        return;
      }
    }
  }

  /** How a speech tool reads a size name: faster-whisper (also whisperX, stable-ts) or OpenAI Whisper; else undefined. */
  private speechMode(): Mode | undefined {
    if (this.importsModule(/^(?:faster_whisper|whisperx|stable_whisper)(?:\.|$)/)) return 'faster-whisper';
    if (this.importsModule(/^(?:whisper|whisper_timestamped)(?:\.|$)/)) return 'whisper';
    return undefined;
  }

  /** The imported names of a parameter's annotation (`cfg: Configuration`, `cfg: Optional[Configuration] = None`). */
  private annotation(param: string, s: number, e: number): void {
    const toks = this.toks;
    for (let m = s; m < e; m++) {
      this.budget.tick();
      const k = toks[m];
      if (k.t === T.Op && k.v === '=') return;
      if (k.t !== T.Name || !this.imported.has(k.v)) continue;
      const list = this.annotations.get(param) ?? [];
      if (list.length < 8 && !list.includes(k.v)) list.push(k.v);
      this.annotations.set(param, list);
    }
  }

  /** `add_argument("--model-name", default=X)`: `args.model_name` holds X. */
  private argparseDefault(open: number): void {
    const toks = this.toks;
    const { args } = this.splitArgs(open, '=');
    const d = pickArg(args, undefined, ['default']);
    if (!d) return;
    const destArg = pickArg(args, undefined, ['dest']);
    let dest = destArg && toks[destArg.start].t === T.Str ? toks[destArg.start].val : undefined;
    if (!dest) {
      const flags = args.filter((a) => !a.kw && toks[a.start].t === T.Str).map((a) => toks[a.start].val ?? '');
      const flag = flags.find((f) => f.startsWith('--')) ?? flags[0];
      dest = flag?.replace(/^-+/, '').replace(/-/g, '_');
    }
    if (dest && /^\w+$/.test(dest)) this.addAssign(dest, { s: d.start, e: d.end });
  }

  /**
   * Per token, whether it lies inside a dict assigned to a name that says it holds the prompt formats of models
   * (h2oGPT's `prompt_type_to_model_name = {"llama2": ["meta-llama/Llama-2-7b-chat-hf", ...]}`,
   * `MODEL_TO_PROMPT_TEMPLATE = {...}`): a table that looks up how to prompt a model, loading none. Undefined when
   * the file has none.
   */
  private promptTables(): Uint8Array | undefined {
    return this.dictTables(isPromptTableName);
  }

  /** What a client created by the call [s, e) points at: `OpenAI(base_url="http://localhost:11434/v1")` → ollama. */
  private instanceOf(s: number, e: number): Mode | 'self' | 'unknown' | undefined {
    const toks = this.toks;
    let j = s;
    while (toks[j + 1]?.v === '.' && toks[j + 2]?.t === T.Name && j + 2 < e) j += 2;
    if (toks[s].t !== T.Name || toks[j + 1]?.v !== '(' || this.closeOf(j + 1) !== e - 1) return undefined;
    const chain: string[] = [];
    for (let m = s; m <= j; m += 2) chain.push(toks[m].v);
    const last = chain[chain.length - 1];
    const { args } = this.splitArgs(j + 1, '=');
    const module = chain.length > 1 ? chain.slice(0, -1).join('.') : (this.imported.get(last) ?? '');
    if ((last === 'Client' || last === 'AsyncClient') && /^ollama\b/.test(module)) {
      // (a client of Ollama's cloud, `Client(host="https://ollama.com")`: its models run there, whatever their tag)
      const host = pickArg(args, 0, ['host']);
      const hosts = host ? this.evalExpr(host.start, host.end, 0, new Set()) : [];
      return hosts.length && hosts.every((c) => c.env === undefined && endpointMode(c.value) === 'hosted:ollama-cloud')
        ? 'hosted:ollama-cloud'
        : 'ollama';
    }
    if ((last === 'Client' || last === 'ClientV2') && /^cohere\b/.test(module)) return 'hosted:cohere';
    if (last.endsWith('Provider') && PYDANTIC_AI_MODULE_RE.test(module)) return this.pydanticAiProviderOf(last, args);
    if (last === 'Client' && /^google\.genai$|^genai$/.test(module)) {
      const v = pickArg(args, undefined, ['vertexai']);
      return v && toks[v.start].v === 'True' ? 'hosted:vertex-ai' : 'hosted:google';
    }
    if (last === 'client' && /boto3|session/i.test(chain[0])) {
      const svc = pickArg(args, 0, ['service_name']);
      const name = svc && toks[svc.start].t === T.Str ? toks[svc.start].val : undefined;
      return name === 'bedrock-runtime' || name === 'bedrock' ? 'hosted:bedrock' : undefined;
    }
    // (a client class imported under another name: `from openai import OpenAI as OAI`)
    const client = PY_CLIENTS[chain.length === 1 ? (this.importedAs.get(last) ?? last) : last];
    if (
      !client ||
      (client.module && !client.module.test(module) && !(chain.length > 1 && client.module.test(chain[0])))
    )
      return undefined;
    return this.endpointOf(args) ?? client.mode;
  }

  /**
   * Where `openai.api_base = ...` (or `openai.base_url`) points the openai module: undefined when the file does
   * not set it, `unknown` when it comes from elsewhere, else the endpoint's mode.
   */
  private openaiModuleServer(): Mode | 'self' | 'unknown' | undefined {
    if (this.openaiServer !== null) return this.openaiServer;
    let out: Mode | 'self' | 'unknown' | undefined;
    for (const m of this.code.matchAll(/^[ \t]*openai\.(?:api_base|base_url)[ \t]*=[ \t]*([^\n]*)/gm)) {
      this.budget.tick();
      const lit = /^[rbuRBU]?(["'])([^"'\n]*)\1[ \t]*(?:#.*)?$/.exec(m[1].trimEnd());
      const mode = lit ? endpointMode(lit[2]) : 'unknown';
      if (out === undefined || out === 'unknown') out = mode;
    }
    this.openaiServer = out;
    return out;
  }

  /** The mode of the SDK client constructed at `s` (`OpenAI(...)` → hosted:openai), whatever its server. */
  private clientMode(s: number): Mode {
    const toks = this.toks;
    let j = s;
    while (toks[j + 1]?.v === '.' && toks[j + 2]?.t === T.Name) j += 2;
    const name = toks[j].v;
    if (name.endsWith('Provider') && this.pydanticAi) return this.pydanticAiProviderMode(name) ?? 'hub';
    return PY_CLIENTS[j === s ? (this.importedAs.get(name) ?? name) : name]?.mode ?? 'hub';
  }

  /** How the models of a pydantic-ai provider class read, by its name (`DeepSeekProvider` → hosted:deepseek). */
  private pydanticAiProviderMode(cls: string): Mode | undefined {
    const n = cls.slice(0, -'Provider'.length).toLowerCase();
    return pydanticAiProvider(Object.hasOwn(PYDANTIC_AI_PROVIDER_CLASSES, n) ? PYDANTIC_AI_PROVIDER_CLASSES[n] : n);
  }

  /**
   * What a pydantic-ai provider instance (`OllamaProvider(base_url='http://localhost:11434/v1')`,
   * `OpenAIProvider(base_url='https://api.groq.com/openai/v1')`, `DeepSeekProvider(api_key=...)`) sends its models
   * to: its `base_url=` (or the OpenAI client it wraps, `openai_client=`) when it names a service, else the
   * provider's own (an `OllamaProvider` on any other server is still Ollama's; an `OpenAIProvider` on a server of
   * one's own is `self`). Undefined for a class pydantic-ai has not.
   */
  private pydanticAiProviderOf(cls: string, args: Arg[]): Mode | 'self' | 'unknown' | undefined {
    const named = this.pydanticAiProviderMode(cls);
    if (cls === 'GoogleProvider') {
      const v = pickArg(args, undefined, ['vertexai']);
      if (v && this.toks[v.start].v === 'True') return 'hosted:vertex-ai';
    }
    const endpoint = this.endpointOf(args) ?? this.clientArgMode(args);
    if (named === 'ollama') return endpoint === 'hosted:ollama-cloud' ? endpoint : 'ollama';
    if (named === 'hosted:openai') return endpoint ?? named;
    if (endpoint === undefined || endpoint === 'unknown' || endpoint === 'self') return named;
    return named === 'route' || named === 'hub' ? named : endpoint;
  }

  /**
   * How a pydantic-ai model class (`OpenAIChatModel`, `GroqModel`: PYDANTIC_AI_MODELS) reads its model: by its
   * `provider=`, a provider's name (`provider='openrouter'`) or instance (`provider=OllamaProvider(...)`, or a name
   * assigned one), else by the class's own provider (an older `OpenAIModel('x', base_url=...)` by its server). A
   * provider of unknown kind (a parameter) leaves it soft: the class's provider as a guess.
   */
  private pydanticAiModelRule(fallback: string, args: Arg[]): CallRule {
    const toks = this.toks;
    const own = pydanticAiProvider(fallback) ?? 'hub';
    const p = pickArg(args, undefined, ['provider']);
    let mode: Mode | 'self' | 'unknown' | undefined;
    if (!p) mode = this.endpointOf(args) ?? own;
    else if (p.end === p.start + 1 && toks[p.start].t === T.Name) {
      const name = toks[p.start].v;
      const inst = this.instances.get(name);
      mode = inst !== undefined && this.softInstances.has(name) ? 'unknown' : inst;
      if (mode === undefined) {
        const vals = this.evalExpr(p.start, p.end, 0, new Set());
        const names = vals.length && vals.every((c) => c.env === undefined) ? vals.map((c) => c.value) : [];
        const modes = new Set(names.map((n) => pydanticAiProvider(n)));
        const only = modes.size === 1 ? [...modes][0] : undefined;
        mode = only ?? 'unknown';
      }
    } else if (toks[p.start].t === T.Str) {
      const v = toks[p.start].val;
      mode = (v !== undefined && !toks[p.start].dyn && pydanticAiProvider(v)) || 'unknown';
    } else mode = this.instanceOf(p.start, p.end) ?? 'unknown';
    const rule = { pos: 0, kws: ['model_name'] } as const;
    if (mode === 'self') return { ...rule, mode: 'hub', strength: 'weak' };
    if (mode === 'unknown') return { ...rule, mode: own, strength: 'strong', soft: own.startsWith('hosted:') };
    return { ...rule, mode, strength: 'strong' };
  }

  /**
   * What a client's `base_url=` says: undefined when it has none; when it comes from the environment only, what
   * the variable names: `unknown` for OpenAI's (`os.getenv("OPENAI_BASE_URL")`: the SDK's service, as a guess),
   * another service (`GROQ_BASE_URL`), or `self`, a server of the project's own (`TEXT_GEN_WEB_UI_BASE_PATH`,
   * `LLM_BASE_URL`); else the endpoint's mode.
   */
  private endpointOf(args: Arg[]): Mode | 'self' | 'unknown' | undefined {
    const b = pickArg(args, undefined, BASE_URL_KWS);
    if (!b) return undefined;
    const all = this.evalExpr(b.start, b.end, 0, new Set());
    const vals = all.filter((c) => c.env === undefined);
    if (!vals.length && all.length) {
      const named = envEndpointMode(all[0].env ?? '');
      return named === 'hosted:openai' ? 'unknown' : named;
    }
    if (!all.length) return this.formattedEndpoint(b.start, b.end);
    for (const c of vals) {
      const mode = endpointMode(c.value);
      if (mode !== 'self') return mode;
    }
    return 'self';
  }

  /**
   * What the client a wrapper is handed says about its models (Semantic Kernel's
   * `OpenAIChatCompletion(ai_model_id="phi3", async_client=client)` with `client = AsyncOpenAI(base_url=...)`):
   * the mode of that instance, or undefined when no client of this file is passed.
   */
  private clientArgMode(args: Arg[]): Mode | 'self' | undefined {
    const a = pickArg(args, undefined, CLIENT_KWS);
    if (!a || a.end !== a.start + 1 || this.toks[a.start].t !== T.Name) return undefined;
    return this.instances.get(this.toks[a.start].v);
  }

  /**
   * The endpoint of a formatted `base_url` (an f-string, directly or through one name), which evalExpr does not
   * evaluate: a provider's host with placeholders (`f"https://{location}-aiplatform.googleapis.com/v1/..."`) names
   * that provider; anything else (`f"http://{host}:{port}/v1"`) is taken for the project's own server.
   */
  private formattedEndpoint(s: number, e: number): Mode | 'self' {
    const toks = this.toks;
    const ranges: Array<[number, number]> = [[s, e]];
    if (e === s + 1 && toks[s].t === T.Name) for (const a of this.assigns.get(toks[s].v) ?? []) ranges.push([a.s, a.e]);
    for (const [from, to] of ranges)
      for (let i = from; i < to; i++) {
        this.budget.tick();
        const k = toks[i];
        if (k.t !== T.Str || !k.dyn || k.val === undefined) continue;
        const mode = endpointMode(k.val);
        if (mode !== 'self') return mode;
      }
    return 'self';
  }

  /** The string values an expression may take: literals, followed names, env/dict defaults, conditionals. */
  protected evalExpr(s: number, e: number, depth: number, seen: Set<string>): Cand[] {
    const toks = this.toks;
    const out: Cand[] = [];
    if (depth > 4) return out;
    // a lone name (the common `from_pretrained(MODEL)`): its memoised values as they are
    if (e === s + 1 && toks[s].t === T.Name && !KEYWORDS.has(toks[s].v)) return this.follow(toks[s].v, depth, seen, s);
    for (let i = s; i < e && out.length < MAX_CANDIDATES; i++) {
      this.budget.tick();
      const k = toks[i];
      if (k.t === T.Str) {
        // an operand of a comparison (`'openai' not in name`, `x == 'a'`) is tested, not taken
        if (!k.dyn && k.val !== undefined && k.vs !== undefined && !compared(toks, i, s, e))
          out.push({ value: k.val, offset: k.vs });
        continue;
      }
      // `A if COND else B`: A and B are the values, not what COND tests
      if (k.t === T.Name && k.v === 'if' && i > s) {
        let j = i + 1;
        for (; j < e; j++) {
          const t = toks[j];
          if (t.t === T.Op && (t.v === '(' || t.v === '[' || t.v === '{')) j = this.closeOf(j);
          else if (t.t === T.Name && t.v === 'else') break;
        }
        i = j;
        continue;
      }
      if (k.t === T.Op) {
        if (k.v === '(') {
          const close = this.closeOf(i);
          addCands(out, this.evalExpr(i + 1, Math.min(close, e), depth + 1, seen));
          i = close;
        } else if (k.v === '[' || k.v === '{') {
          i = this.closeOf(i);
        }
        continue;
      }
      if (k.t !== T.Name || KEYWORDS.has(k.v)) continue;
      // dotted chain
      let j = i;
      while (toks[j + 1]?.t === T.Op && toks[j + 1].v === '.' && toks[j + 2]?.t === T.Name && j + 2 < e) j += 2;
      const last = toks[j].v;
      const environ = j > i && toks[j - 2].v === 'environ';
      const next = toks[j + 1];
      if (next?.t === T.Op && next.v === '(' && j + 1 < e) {
        const { args, close } = this.splitArgs(j + 1, '=');
        if (GETTERS.has(last)) {
          const key = pickArg(args, 0, ['key']);
          const keyTok = key && key.end === key.start + 1 ? toks[key.start] : undefined;
          const keyStr = keyTok?.t === T.Str && !keyTok.dyn ? keyTok.val : undefined;
          if ((last === 'getenv' || environ) && keyStr)
            out.push({ value: '', offset: keyTok!.vs ?? keyTok!.s, env: keyStr });
          const d = pickArg(args, 1, ['default']);
          if (d) {
            const defaults = this.evalExpr(d.start, d.end, depth + 1, seen);
            // (the default of an environment variable: its name may say whose model it is)
            const env = (last === 'getenv' || environ) && keyStr;
            addCands(out, env ? defaults.map((c) => (c.env === undefined ? { ...c, named: keyStr } : c)) : defaults);
          }
          if (last === 'get' && j > i && !environ) {
            const holder = toks[j - 2].v;
            addCands(
              out,
              (keyStr !== undefined && this.keyedValue(holder, keyStr, depth, seen)) || this.collectionOf(holder, seen),
            );
          }
        } else if (last === 'field' || last === 'Field') {
          const d = pickArg(args, last === 'Field' ? 0 : undefined, ['default']);
          if (d && !(toks[d.start].t === T.Op && toks[d.start].v === '.'))
            addCands(out, this.evalExpr(d.start, d.end, depth + 1, seen));
        } else if (last === 'str' || last === 'fspath') {
          const d = pickArg(args, 0, []);
          if (d) addCands(out, this.evalExpr(d.start, d.end, depth + 1, seen));
        }
        i = close;
        continue;
      }
      if (next?.t === T.Op && next.v === '[' && j + 1 < e) {
        const close = this.closeOf(j + 1);
        const keyTok = close === j + 3 && toks[j + 2].t === T.Str && !toks[j + 2].dyn ? toks[j + 2] : undefined;
        if (last === 'environ' && keyTok) out.push({ value: '', offset: keyTok.vs ?? keyTok.s, env: keyTok.val ?? '' });
        else
          addCands(
            out,
            (keyTok && this.keyedValue(last, keyTok.val ?? '', depth, seen)) || this.collectionOf(last, seen),
          );
        i = close;
        continue;
      }
      // (a bare name by its scope; `self.model_name` in a class that declares it, by the class's own assignments;
      // another attribute by any assignment of its last name)
      const own = j === i + 2 && toks[i].v === 'self' ? this.ownField(i, last, depth, seen) : undefined;
      if (own) addCands(out, own);
      else if (j === i || this.assigns.has(last))
        addCands(out, this.follow(last, depth, seen, j === i ? i : undefined));
      else if (out.length < MAX_CANDIDATES) {
        // an attribute of an object of another module's class: joined with that class's field (see applyFacts)
        const chain: string[] = [];
        for (let m = i; m <= j; m += 2) chain.push(toks[m].v);
        const owners = this.ownersOf(chain);
        if (owners) out.push({ value: '', offset: toks[j].s, env: last, owners });
      }
      i = j;
    }
    return out;
  }

  /**
   * The values of `self.NAME` read at token `at`, when the class around it declares NAME (a field, annotated or
   * assigned, or `self.NAME = ...` in a method): its own assignments only, none when it declares the field without
   * a value (`name: str`, set by the caller). Another class of the file with a field of that name
   * (`HuggingFaceEmbedder.name = "BAAI/bge-large-en-v1.5"` beside `NVIDIAEmbedder`, whose `self.name` goes to
   * `NVIDIAEmbeddings(model=...)`) holds another object's value. Undefined when the class declares no such field
   * (a base class's, maybe of this file: any assignment, as for other attributes).
   */
  private ownField(at: number, name: string, depth: number, seen: Set<string>): Cand[] | undefined {
    const cls = this.classAt?.[at];
    if (cls === undefined || !this.classAttrs.get(cls)?.has(name)) return undefined;
    return this.valuesOf(`${name}\0class ${cls}`, depth, seen, () =>
      (this.assigns.get(name) ?? []).filter((a) => a.cls === cls && a.field),
    );
  }

  /** `"model": value` inside a dict literal; `route`: a LiteLLM route's (`"litellm_params": {"model": ...}`). */
  private dictEntry(s: number, path = false, mode: 'hub' | 'route' = 'hub'): void {
    const toks = this.toks;
    let e = s;
    for (; e < toks.length; e++) {
      this.budget.tick();
      const k = toks[e];
      if (k.t === T.Newline) break;
      if (k.t !== T.Op) continue;
      if (isOpen(k)) e = this.closeOf(e);
      else if (k.v === ')' || k.v === ']' || k.v === '}' || k.v === ',') break;
    }
    for (const c of this.evalExpr(s, e, 0, new Set()))
      if (!path || (c.env === undefined && !isRunOutput(c.value)))
        this.report(c, mode, mode === 'route' ? 'strong' : 'weak');
  }

  /** The values of the dict at `open` (a table of model aliases), read as LiteLLM routes. */
  private aliasTable(open: number): void {
    const toks = this.toks;
    const close = this.closeOf(open);
    for (let m = open + 1; m < close; m++) {
      this.budget.tick();
      const t = toks[m];
      if (t.t !== T.Op) continue;
      if (isOpen(t)) m = this.closeOf(m);
      else if (t.v === ':') this.dictEntry(m + 1, false, 'route');
    }
  }

  /** The instance a method is called on: `client.chat...` → client, `self.client.chat...` → client. */
  private receiverName(chain: string[]): string | undefined {
    const name = chain[0] === 'self' || chain[0] === 'cls' ? chain[1] : chain[0];
    return chain.length < 2 ? undefined : name;
  }

  private receiver(chain: string[]): Mode | 'self' | undefined {
    const name = this.receiverName(chain);
    return name === undefined ? undefined : this.instances.get(name);
  }

  /** How the call's model parameter is read, or undefined when the call takes no model. */
  private ruleOf(chain: string[], args: Arg[]): CallRule | undefined {
    // The import binding decides, not the local name: `from langchain_openai import ChatOpenAI as LC` makes `LC(...)`
    // LangChain's ChatOpenAI (and `from mymod import Helper as ChatOpenAI` no ChatOpenAI at all); `import
    // llama_index.llms.openai as lio` makes `lio.OpenAI(...)` a call of that module's class
    const local = chain[chain.length - 1];
    const last = chain.length === 1 ? (this.importedAs.get(local) ?? local) : local;
    const head = chain.length > 1 ? (this.plainAliases.get(chain[0])?.module ?? chain[0]) : '';
    const module = chain.length > 1 ? chain[0] : (this.imported.get(local) ?? '');
    const fromModule = (re: RegExp) =>
      re.test(module) ||
      (chain.length === 1 && re.test(this.imported.get(local) ?? '')) ||
      (chain.length > 1 && head !== chain[0] && re.test([head, ...chain.slice(1, -1)].join('.')));
    // Speech: library defaults naming Hub repositories
    if (last === 'WhisperModel' && this.importsModule(/^faster_whisper|^whisperx/))
      return { pos: 0, kws: ['model_size_or_path'], mode: 'faster-whisper', strength: 'strong' };
    if (last === 'load_model' && fromModule(/^whisperx$/))
      return { pos: 0, kws: ['whisper_arch'], mode: 'faster-whisper', strength: 'strong' };
    if (last === 'load_model' && fromModule(/^(?:whisper|stable_whisper|whisper_timestamped)$/))
      return { pos: 0, kws: ['name'], mode: 'whisper', strength: 'strong' };
    // faster-whisper's own download: `download_model("large-v3", cache_dir=...)` fetches Systran/faster-whisper-large-v3
    if (last === 'download_model' && fromModule(/^faster_whisper(?:\.utils)?$/))
      return { pos: 0, kws: ['size_or_id'], mode: 'faster-whisper', strength: 'strong' };
    if (last === 'load_faster_whisper' && fromModule(/^stable_whisper$/))
      return { pos: 0, kws: ['model_size_or_path'], mode: 'faster-whisper', strength: 'strong' };
    // spaCy: `spacy.load("en_core_web_sm")` loads an installed pipeline package, `spacy.cli.download(NAME)` installs
    // one (spacy/NAME on the Hub); a path (`spacy.load("./my_model")`) is a local pipeline, `spacy.blank` has no weights
    if (last === 'load' && this.moduleFunction(chain, 'spacy'))
      return { pos: 0, kws: ['name'], mode: 'spacy', strength: 'strong' };
    if (last === 'download' && this.spacyDownload(chain))
      return { pos: 0, kws: ['model'], mode: 'spacy', strength: 'strong' };
    // Flair: `SequenceTagger.load("flair/ner-english")` downloads the Hub repository it names
    if (
      last === 'load' &&
      chain.length === 2 &&
      FLAIR_CLASSES.has(chain[0]) &&
      /^flair(?:\.|$)/.test(this.imported.get(chain[0]) ?? '')
    )
      return { pos: 0, kws: ['model_path'], mode: 'hub', strength: 'strong' };
    // OpenAI CLIP: `clip.load("ViT-B/32")` (`import clip`, openai/CLIP's package)
    if (last === 'load' && this.moduleFunction(chain, 'clip'))
      return { pos: 0, kws: ['name'], mode: 'clip', strength: 'strong' };
    // KerasHub (KerasNLP): `keras_hub.models.GemmaCausalLM.from_preset("gemma2_instruct_2b_en")` downloads a preset
    if (last === 'from_preset' && KERAS_HUB_MODULE_RE.test(this.imported.get(chain[0]) ?? chain[0]))
      return { pos: 0, kws: ['preset'], mode: 'keras-hub', strength: 'strong' };
    // Kaggle: `kagglehub.model_download("google/gemma/flax/2b-it")` downloads a Kaggle model's variation
    if (last === 'model_download' && fromModule(/^kagglehub$/))
      return { pos: 0, kws: ['handle'], mode: 'kaggle', strength: 'strong' };
    // Ultralytics: `YOLO("yolov8n.pt")` downloads YOLOv8's weights (AGPL-3.0)
    if ((last === 'YOLO' || last === 'YOLOWorld') && fromModule(/^ultralytics$/))
      return { pos: 0, kws: ['model'], mode: 'ultralytics', strength: 'strong' };
    // Coqui TTS: `TTS("tts_models/multilingual/multi-dataset/xtts_v2")` downloads coqui/XTTS-v2
    if (last === 'TTS' && fromModule(/^TTS\.api$/))
      return { pos: 0, kws: ['model_name'], mode: 'coqui', strength: 'strong' };
    // AudioCraft's loaders: `MusicGen.get_pretrained("melody")` loads facebook/musicgen-melody (the library's own
    // short names; a Hub id is taken as it is), and each class's default when named none (AUDIOCRAFT_DEFAULTS)
    if (this.audiocraft && chain.length >= 2) {
      const owner = chain[chain.length - 2];
      if (last === 'get_pretrained' && AUDIOCRAFT_LOADERS.has(owner)) {
        const defaults = AUDIOCRAFT_DEFAULTS[owner];
        const mode = owner === 'MusicGen' ? 'musicgen' : 'audiocraft';
        return { pos: 0, kws: ['name'], mode, strength: 'strong', defaults: defaults ? [defaults] : undefined };
      }
      const mbd = owner === 'MultiBandDiffusion' ? AUDIOCRAFT_MBD[last] : undefined;
      if (mbd) return { kws: [], mode: 'hub', strength: 'strong', defaults: mbd };
    }
    // Methods of a client instance
    const inst = this.receiver(chain);
    if (inst !== undefined) {
      const sinkCall = SINK_METHODS.has(last) && chain.some((c) => SINK_PARTS.has(c));
      if (inst === 'ollama' && (OLLAMA_MODULE_CALLS.has(last) || sinkCall))
        return { pos: 0, kws: ['model'], mode: 'ollama', strength: 'strong' };
      // (an Ollama client of Ollama's cloud: `client.chat(model="gpt-oss:120b")` runs there)
      if (inst === 'hosted:ollama-cloud' && OLLAMA_MODULE_CALLS.has(last))
        return { pos: 0, kws: ['model'], mode: inst, strength: 'strong' };
      if (inst === 'hub') return { kws: ['model'], mode: 'hub', strength: 'strong' };
      if (inst === 'hosted:bedrock' && BEDROCK_METHODS.has(last))
        return { kws: ['modelId'], mode: inst, strength: 'strong' };
      if ((inst === 'hosted:google' || inst === 'hosted:vertex-ai') && GENAI_METHODS.has(last))
        return { kws: ['model'], mode: inst, strength: 'strong' };
      if (inst === 'hosted:cohere' && (last === 'chat' || last === 'embed' || last === 'rerank' || last === 'generate'))
        return { kws: ['model'], mode: inst, strength: 'strong' };
      if (sinkCall) {
        if (inst === 'self') return { kws: ['model'], mode: 'hub', strength: 'weak' };
        return {
          kws: ['model'],
          mode: inst,
          strength: 'strong',
          soft: this.softInstances.has(this.receiverName(chain) ?? ''),
        };
      }
    }
    // pydantic-ai's model classes, by their provider
    if (this.pydanticAi && Object.hasOwn(PYDANTIC_AI_MODELS, last) && fromModule(PYDANTIC_AI_MODULE_RE))
      return this.pydanticAiModelRule(PYDANTIC_AI_MODELS[last], args);
    // Hosted classes (LangChain, LlamaIndex, SDKs); not a class of the same name this module defines itself
    // (a project's own `class ChatOpenAI:` wrapping a server of its choice), read as any call
    const hosted = Object.hasOwn(PY_HOSTED_CLASSES, last) ? PY_HOSTED_CLASSES[last] : undefined;
    const own = chain.length === 1 && !this.imported.has(local) && this.ownHostedClasses().has(last);
    if (hosted && !own && (!hosted.module || fromModule(hosted.module))) {
      const endpoint = this.endpointOf(args) ?? this.clientArgMode(args);
      if (endpoint === 'ollama') return { pos: hosted.pos, kws: hosted.kws, mode: 'ollama', strength: 'strong' };
      if (endpoint === 'self') return { pos: hosted.pos, kws: hosted.kws, mode: 'hub', strength: 'weak' };
      const soft = endpoint === 'unknown';
      let provider: Mode = endpoint === undefined || soft ? `hosted:${hosted.provider}` : endpoint;
      if (last === 'GenerativeModel' && this.importsModule(/^vertexai|google\.cloud\.aiplatform/))
        provider = 'hosted:vertex-ai';
      // (imported from a module other than the libraries' own namespaces, installed or vendored: maybe the project's)
      const from = chain.length === 1 && !hosted.module ? this.imported.get(local) : undefined;
      const via = from !== undefined && !LIBRARY_NAMESPACE_RE.test(from) ? { name: last, module: from } : undefined;
      // (the class's default, when the call names no server of its own and unpacks no arguments that may name one)
      const fallback =
        hosted.default !== undefined && endpoint === undefined && !this.unpacksArgs(args)
          ? [hosted.default]
          : undefined;
      return {
        pos: hosted.pos,
        kws: hosted.kws,
        mode: provider,
        strength: 'strong',
        soft,
        ...(via ? { via } : {}),
        ...(fallback ? { defaults: fallback } : {}),
      };
    }
    // a project's own wrapper of a service's API, named for it (VLMEvalKit's `SiliconFlowAPI(model=...)`,
    // `TogetherAPI`): that service's hosted model, unless its `api_base=` points elsewhere
    const wrapper = API_WRAPPER_RE.exec(last);
    const wrapped = wrapper ? serviceMode(wrapper[1]) : undefined;
    if (wrapped?.startsWith('hosted:')) {
      const endpoint = this.endpointOf(args);
      const rule = { pos: 0, kws: ['model'], strength: 'strong', apiNames: true } as const;
      if (endpoint === 'self') return { ...rule, mode: 'hub', strength: 'weak' };
      return { ...rule, mode: endpoint === undefined || endpoint === 'unknown' ? wrapped : endpoint };
    }
    if (
      last === 'from_pretrained' &&
      VERTEX_PRETRAINED.has(chain[chain.length - 2] ?? '') &&
      this.importsModule(/^vertexai/)
    )
      return { pos: 0, kws: ['model_name'], mode: 'hosted:vertex-ai', strength: 'strong' };
    // SDK calls on a module or on a client of unknown configuration
    if (GENAI_METHODS.has(last) && chain.includes('models') && this.importsModule(/^google\.genai|^google$/))
      return { kws: ['model'], mode: 'hosted:google', strength: 'strong', soft: true };
    if (BEDROCK_METHODS.has(last) && this.importsModule(/^boto3|^botocore|^aioboto3/))
      return { kws: ['modelId'], mode: 'hosted:bedrock', strength: 'strong' };
    if (LITELLM_CALLS.has(last) && fromModule(/^litellm$/))
      return { pos: 0, kws: ['model'], mode: 'route', strength: 'strong' };
    // aider's scripting API: `Model("deepseek-chat", weak_model=..., editor_model=...)` names LiteLLM routes
    if (last === 'Model' && fromModule(/^aider\.models$/))
      return {
        pos: 0,
        kws: ['model'],
        mode: 'route',
        strength: 'strong',
        also: ['weak_model', 'editor_model'],
        alsoMode: 'route',
      };
    // crewAI's `LLM(model="ollama/llama3.1")` (not vLLM's `LLM`), its agents' and crews' `llm=` strings, and DSPy's
    // `dspy.LM("openai/gpt-4o-mini")` and `dspy.Embedder(...)` name LiteLLM routes
    if (last === 'LLM' && fromModule(CREWAI_MODULE_RE))
      return { pos: 0, kws: ['model'], mode: 'route', strength: 'strong' };
    if ((last === 'Agent' || last === 'Crew') && fromModule(CREWAI_MODULE_RE)) {
      const [kw, ...also] = CREWAI_LLM_KWS[last];
      return { kws: [kw], mode: 'route', strength: 'strong', also, alsoMode: 'route' };
    }
    // the OpenAI Agents SDK's agents and runs: its provider's routes (OPENAI_AGENTS_MODULE_RE)
    if ((last === 'Agent' || last === 'RunConfig') && fromModule(OPENAI_AGENTS_MODULE_RE) && this.openaiAgents())
      return { kws: ['model'], mode: 'route', strength: 'strong' };
    if ((last === 'LM' || last === 'Embedder') && this.moduleFunction(chain, 'dspy'))
      return { pos: 0, kws: ['model'], mode: 'route', strength: 'strong' };
    if (SINK_METHODS.has(last) && chain.some((c) => SINK_PARTS.has(c)) && chain.length > 2) {
      const direct = PY_SDK_PROVIDERS[chain[0]];
      if (direct && this.modules.has(chain[0])) {
        // openai<1.0 is pointed at a server by a module attribute: `openai.api_base = "http://localhost:8000/v1"`
        const server = chain[0] === 'openai' ? this.openaiModuleServer() : undefined;
        if (server === 'self') return { kws: ['model'], mode: 'hub', strength: 'weak' };
        if (server === 'unknown') return { kws: ['model'], mode: `hosted:${direct}`, strength: 'strong', soft: true };
        return { kws: ['model'], mode: server ?? `hosted:${direct}`, strength: 'strong' };
      }
      const sdks = Object.keys(PY_SDK_PROVIDERS).filter((m) => this.importsModule(new RegExp(`^${m}(?:\\.|$)`)));
      if (sdks.length === 1)
        return { kws: ['model'], mode: `hosted:${PY_SDK_PROVIDERS[sdks[0]]}`, strength: 'strong', soft: true };
    }
    // smolagents' and Agno's model classes
    const smol = SMOLAGENTS_MODELS[last];
    if (smol && fromModule(SMOLAGENTS_MODULE_RE)) return smol;
    const agno = AGNO_MODULE_RE.exec(chain.length === 1 ? (this.imported.get(local) ?? '') : '')?.[1];
    if (agno !== undefined && /^[A-Z]/.test(last)) {
      const named = AGNO_MODES[agno] ?? serviceMode(agno, true);
      if (named !== undefined) {
        const endpoint = named.startsWith('hosted:') ? this.endpointOf(args) : undefined;
        const mode = endpoint === undefined || endpoint === 'unknown' ? named : endpoint === 'self' ? 'hub' : endpoint;
        const weak = mode === 'hub' && named !== 'hub';
        return { pos: 0, kws: ['id'], mode, strength: weak ? 'weak' : 'strong', soft: endpoint === 'unknown' };
      }
    }
    // Hub loaders and Ollama clients
    let rule: CallRule | undefined = RULES[last];
    if (rule === RULES.from_pretrained && chain.length < 2) rule = undefined;
    if (last === 'pipeline' && chain.length > 1 && chain[chain.length - 2] !== 'transformers') rule = undefined;
    if (!rule && /Ollama/.test(last)) rule = { kws: ['model', 'model_name'], mode: 'ollama', strength: 'strong' };
    if (last === 'load' && (chain.length === 1 ? this.mlx : chain[chain.length - 2] === 'mlx_lm'))
      rule = { pos: 0, kws: ['path_or_hf_repo'], mode: 'hub', strength: 'strong' };
    // ollama.chat(...), ol.chat(...) after `import ollama as ol`, chat(...) after `from ollama import chat`
    if (OLLAMA_MODULE_CALLS.has(last) && this.moduleFunction(chain, 'ollama'))
      rule = { pos: 0, kws: ['model'], mode: 'ollama', strength: 'strong' };
    // replicate.run("stability-ai/sdxl:39ed...", input=...): a model hosted on Replicate
    if (REPLICATE_MODULE_CALLS.has(last) && this.moduleFunction(chain, 'replicate'))
      rule = { pos: 0, kws: ['ref'], mode: 'hosted:replicate', strength: 'strong' };
    if (rule && last === 'from_pretrained' && PEFT_RECEIVER_RE.test(chain[chain.length - 2]))
      rule = { ...rule, pos: 1, kws: ['model_id'] };
    if (rule === RULES.pipeline) {
      const fallback = this.pipelineDefault(chain, args);
      if (fallback) rule = { ...rule, defaults: [fallback] };
    }
    return rule;
  }

  /**
   * The model transformers' `pipeline("sentiment-analysis")` loads when given none: the task's default (after its
   * alias), from the catalog's table (`ScanContext.pipelineTasks`, pipelines.yml). The task is one string, no
   * model is passed (by position, `model=`, or in unpacked `**kwargs`).
   */
  private pipelineDefault(chain: string[], args: Arg[]): string | undefined {
    if (!this.moduleFunction(chain, 'transformers') || pickArg(args, 1, ['model'])) return undefined;
    if (this.unpacksArgs(args)) return undefined;
    const t = pickArg(args, 0, ['task']);
    if (!t) return undefined;
    const tasks = this.evalExpr(t.start, t.end, 0, new Set());
    if (tasks.length !== 1 || tasks[0].env !== undefined) return undefined;
    const table = this.ctx.pipelineTasks?.('transformers');
    if (!table) return undefined;
    const named = tasks[0].value;
    const task = table.aliases && Object.hasOwn(table.aliases, named) ? table.aliases[named] : named;
    return Object.hasOwn(table.defaults, task) ? table.defaults[task] : undefined;
  }

  /** Whether a call's arguments unpack others (`*args`, `**kwargs`), which may name its model. */
  private unpacksArgs(args: Arg[]): boolean {
    return args.some((a) => this.toks[a.start].v === '*' || this.toks[a.start].v === '**');
  }

  /**
   * Whether the callee `chain` is a function of `module`: `module.fn(...)`, `alias.fn(...)` after `import module
   * as alias`, or `fn(...)` after `from module import fn`.
   */
  private moduleFunction(chain: string[], module: string): boolean {
    if (chain.length === 2) return chain[0] === module || this.imported.get(chain[0]) === module;
    return chain.length === 1 && this.imported.get(chain[0]) === module;
  }

  /**
   * Whether the callee is spaCy's download command: `spacy.cli.download(...)`, `cli.download(...)` after `from spacy
   * import cli`, `download(...)` after `from spacy.cli import download` (or `spacy.cli.download`).
   */
  private spacyDownload(chain: string[]): boolean {
    const head = this.imported.get(chain[0]);
    if (chain.length === 3) return chain[0] === 'spacy' && chain[1] === 'cli';
    if (chain.length === 2) return chain[0] === 'cli' && head === 'spacy';
    return chain.length === 1 && (head === 'spacy.cli' || head === 'spacy.cli.download');
  }

  /**
   * A spaCy pipeline loaded as the package it is (`import en_core_web_sm` then `en_core_web_sm.load()`, or under an
   * alias): the package's name, where the call names it. Undefined for any other call.
   */
  private spacyPackageLoad(open: number, chain: string[]): Cand | undefined {
    if (chain.length !== 2 || chain[1] !== 'load') return undefined;
    const name = chain[0];
    // (`import en_core_web_sm as nlp_pkg`: the alias stands for the module, reported where the import names the
    // package; `from x import en_core_web_sm` does not)
    const alias = this.modules.has(name) ? undefined : this.plainAliases.get(name);
    const module = alias ? alias.module : this.modules.has(name) ? name : undefined;
    if (module === undefined || !spacyPipelineId(module)) return undefined;
    return { value: module, offset: alias ? alias.offset : this.toks[open - 3].s };
  }

  private call(open: number): void {
    const toks = this.toks;
    let chain = calleeChain(toks, open);
    let { args } = this.splitArgs(open, '=');
    // `functools.partial(api.SiliconFlowAPI, model="org/x")`: the call of the class it binds
    const bound = this.partialTarget(chain, args);
    if (bound) ({ chain, args } = bound);
    const last = chain[chain.length - 1];
    if (chain.length >= 2 && chain[chain.length - 2] === 'hub' && last === 'load') {
      this.torchHub(args);
      return;
    }
    const pkg = this.spacyPackageLoad(open, chain);
    if (pkg) {
      this.report(pkg, 'spacy', 'strong');
      return;
    }
    if (OPEN_CLIP_CALLS.has(last) && this.moduleFunction(chain, 'open_clip')) {
      // `get_tokenizer("ViT-B-32")` builds a tokenizer, loads no weights
      if (last !== 'get_tokenizer') this.openClip(args);
      return;
    }
    if (last === 'init_chat_model') {
      const m = pickArg(args, 0, ['model']);
      const p = pickArg(args, undefined, ['model_provider']);
      const provider = p && this.evalExpr(p.start, p.end, 0, new Set()).find((c) => c.env === undefined)?.value;
      if (m) for (const c of this.evalExpr(m.start, m.end, 0, new Set())) this.reportChatModel(c, provider);
      return;
    }
    let revision: string | undefined;
    const revArg = pickArg(args, undefined, ['revision']);
    if (revArg) revision = this.evalExpr(revArg.start, revArg.end, 0, new Set()).find((c) => !c.env)?.value;
    // ModelScope's loaders (`from modelscope import snapshot_download`) name ModelScope's revisions (`master`,
    // `v1.0.5`), not the Hub's: the model is the same repository, its revision there is unknown
    if (revision && /^modelscope\b/.test(this.imported.get(chain.length > 1 ? chain[chain.length - 2] : last) ?? ''))
      revision = undefined;
    const skipRepoType = () => {
      const rt = pickArg(args, undefined, ['repo_type']);
      if (!rt) return false;
      const v = this.evalExpr(rt.start, rt.end, 0, new Set())[0]?.value;
      return v === 'dataset' || v === 'space';
    };
    // a dataset operation (LeRobot's `remove_feature(dataset, feature_names=..., repo_id="org/x")`,
    // `delete_episodes(ds, ..., repo_id=...)`): a call given a dataset names the dataset it makes by `repo_id`
    const datasetOperand = () =>
      args.some(
        (a) =>
          !a.kw &&
          a.end === a.start + 1 &&
          this.toks[a.start].t === T.Name &&
          DATASET_NAME_RE.test(this.toks[a.start].v),
      );
    const handled = new Set<Arg>();
    const rule = this.ruleOf(chain, args);
    if (rule) {
      if (rule.repoType && skipRepoType()) return;
      const a = pickArg(args, rule.pos, rule.kws);
      if (a) {
        handled.add(a);
        // (a wrapper given a name that a call which may load a model takes too, VLMEvalKit's judge picked from one
        // table for `SiliconFlowAPI(model_version)` or `HFChatModel(model_version)`: its Hub ids stay Hub models)
        const shared =
          rule.apiNames && a.end === a.start + 1 && toks[a.start].t === T.Name
            ? this.passedToLoader(toks[a.start].v, open)
            : false;
        for (const c of this.evalExpr(a.start, a.end, 0, new Set())) {
          if (shared && c.env === undefined && c.value.includes('/')) this.report(c, 'hub', 'weak', revision);
          else this.reportRule(c, rule, revision);
          if (rule.via && c.env === undefined && this.classUses.length < MAX_FIELD_FACTS)
            this.classUses.push({ ...rule.via, value: c.value, offset: c.offset });
        }
      } else {
        // (one reference a place: a second default is reported where the receiver is written,
        // `MultiBandDiffusion.get_mbd_musicgen()` loading MusicGen's codec too)
        const at = [toks[open - 1].s, toks[open - 3]?.s ?? toks[open - 1].s];
        // (a hosted class's default is that service's model: Haystack's `OpenAIChatGenerator()`)
        const mode = rule.mode.startsWith('hosted:') ? rule.mode : 'hub';
        for (const [n, d] of (rule.defaults ?? []).entries())
          this.report({ value: d, offset: at[Math.min(n, 1)] }, mode, 'strong');
      }
      for (const kw of rule.also ?? []) {
        const t = pickArg(args, undefined, [kw]);
        if (!t) continue;
        handled.add(t);
        for (const c of this.evalExpr(t.start, t.end, 0, new Set()))
          this.report(c, rule.alsoMode ?? 'hub', 'strong', revision);
      }
      if (rule.mode.startsWith('hosted:') || rule.mode === 'route') return;
    }
    // argparse: add_argument("--model", default="org/x")
    if (last === 'add_argument') {
      // a speech tool (imports faster-whisper, whisperX, Whisper): `--model small` is a Whisper size
      const speech = this.speechMode();
      const flagOf = (a: Arg) => (!a.kw && toks[a.start].t === T.Str ? (toks[a.start].val ?? '') : '');
      const flag = args.find((a) => {
        const f = flagOf(a);
        return (
          f.startsWith('-') &&
          (isModelishName(f) || isModelPathName(f) || (speech !== undefined && SPEECH_FLAG_RE.test(f)))
        );
      });
      const d = flag && pickArg(args, undefined, ['default']);
      if (!d) return;
      const pathFlag = isModelPathName(flagOf(flag));
      for (const c of this.evalExpr(d.start, d.end, 0, new Set())) {
        // --model-path: a Hub id, never a local run's output (`checkpoints/final`)
        if (pathFlag && (c.env !== undefined || isRunOutput(c.value))) continue;
        if (speech && c.env === undefined && isWhisperSize(c.value)) this.report(c, speech, 'strong');
        else this.report(c, 'hub', 'weak');
      }
      return;
    }
    // Any other call: keyword arguments named like models (model=, model_id=, repo_id=).
    // (not those of calls that write docstrings: transformers' `@add_code_sample_docstrings(checkpoint=...)`)
    if (OUTPUT_CALL_RE.test(last) || DOCSTRING_CALL_RE.test(last)) return;
    // a project's own loader (`load_pretrained_model("liuhaotian/llava-v1.5-13b", ...)`, `get_model("org/x")`):
    // its first argument, read as weak
    if (!rule && LOADER_NAME_RE.test(last) && !/data/i.test(last)) {
      const a = pickArg(args, 0, []);
      if (a && !a.kw) {
        handled.add(a);
        for (const c of this.evalExpr(a.start, a.end, 0, new Set())) this.report(c, 'hub', 'weak', revision);
      }
    }
    // pydantic-ai's model strings: the first argument of its calls (every one of FallbackModel's), `model=` of any
    const pydanticAi = this.pydanticAi;
    if (pydanticAi && PYDANTIC_AI_CALLS.has(last)) {
      const first = last === 'FallbackModel' ? args.filter((a) => !a.kw) : args.slice(0, 1).filter((a) => !a.kw);
      for (const a of first) {
        handled.add(a);
        for (const c of this.evalExpr(a.start, a.end, 0, new Set())) this.reportPydanticAiModel(c);
      }
    }
    const funasr = this.funasrAutoModel(last, args);
    let provider: Mode | null | undefined = null;
    for (const a of args) {
      if (!a.kw || handled.has(a)) continue;
      const path = !isModelishName(a.kw) && isModelPathName(a.kw);
      if (!path && !isModelishName(a.kw)) continue;
      if (a.kw.startsWith('repo_id') && (skipRepoType() || datasetOperand())) continue;
      if (!path && provider === null) provider = this.providerOfCall(args);
      // (a literal, or a name only the module assigns: a function's parameter is the region logic's, which weighs
      // every call it is handed to)
      const service = provider && !path && this.moduleValue(a) ? provider : undefined;
      for (const c of this.evalExpr(a.start, a.end, 0, new Set())) {
        if (pydanticAi && a.kw === 'model' && this.reportPydanticAiModel(c)) continue;
        // FunASR's short names (`vad_model="fsmn-vad"`): the ModelScope repository FunASR downloads for each
        const mapped = funasr && c.env === undefined ? funasrModel(c.value) : undefined;
        if (mapped) this.report({ ...c, value: mapped }, 'hub', 'strong');
        else if (this.llamaIndexEmbed(a.kw, c.value)) this.report(c, 'llama-index-embed', 'strong');
        else if (path) {
          if (c.env === undefined && !isRunOutput(c.value)) this.report(c, 'hub', 'weak', revision);
        } else if (service && c.env === undefined) {
          // a call that names the service its model goes to (NeMo Data Designer's `ModelConfig(model=MODEL_ID,
          // provider=MODEL_PROVIDER)`): read as in a record naming it, wherever the value is written
          this.report({ ...c, service }, 'hub', 'weak', revision);
        } else this.report(c, 'hub', 'weak', revision);
      }
    }
  }

  /** Whether an argument is a string literal, or a name that only module-level code assigns (`MODEL_ID`). */
  private moduleValue(a: Arg): boolean {
    const k = this.toks[a.start];
    if (a.end !== a.start + 1) return false;
    if (k.t === T.Str) return true;
    const list = k.t === T.Name ? this.assigns.get(k.v) : undefined;
    return !!list?.length && list.every((x) => !x.scope && !x.passed);
  }

  /**
   * The hosted service a call's provider keyword names (`provider="nvidiabuild"`, or a name holding it,
   * `provider=MODEL_PROVIDER`): one service for every value it may take, not OpenAI's (its name stands for an
   * OpenAI-compatible server of one's own as often); else undefined.
   */
  private providerOfCall(args: Arg[]): Mode | undefined {
    const p = args.find((a) => a.kw !== undefined && PROVIDER_FIELD_RE.test(a.kw));
    if (!p) return undefined;
    let out: Mode | undefined;
    for (const c of this.evalExpr(p.start, p.end, 0, new Set())) {
      const mode = c.env === undefined ? serviceMode(c.value, true) : undefined;
      if (!mode?.startsWith('hosted:') || mode === 'hosted:openai' || (out !== undefined && out !== mode))
        return undefined;
      out = mode;
    }
    return out;
  }

  /**
   * Whether `name` is an argument of a call other than the one at `open` whose callee may load a model
   * (HELPER_LOADER_RE: `HFChatModel(name)`, `load_model(name)`).
   */
  private passedToLoader(name: string, open: number): boolean {
    let opens = this.loaderArgs.get(name);
    if (!opens) this.loaderArgs.set(name, (opens = this.loaderCallsOf(name)));
    return opens.some((o) => o !== open);
  }

  /** Memo of passedToLoader: the `(` of each call that may load a model and takes the name. */
  private readonly loaderArgs = new Map<string, number[]>();

  private loaderCallsOf(name: string): number[] {
    const toks = this.toks;
    const out: number[] = [];
    for (let i = 1; i + 1 < toks.length; i++) {
      this.budget.tick();
      const k = toks[i];
      if (k.t !== T.Name || k.v !== name) continue;
      const prev = toks[i - 1].v;
      const next = toks[i + 1].v;
      if ((prev !== '(' && prev !== ',') || (next !== ')' && next !== ',')) continue;
      // the call's `(`: back over the arguments before it, at its level
      let depth = 0;
      let j = i - 1;
      for (let guard = 0; j > 0 && guard < 256; j--, guard++) {
        const t = toks[j];
        if (t.t !== T.Op) continue;
        if (t.v === ')' || t.v === ']' || t.v === '}') depth++;
        else if (t.v === '(' || t.v === '[' || t.v === '{') {
          if (depth === 0) break;
          depth--;
        }
      }
      if (toks[j]?.v !== '(' || toks[j - 1]?.t !== T.Name) continue;
      if (HELPER_LOADER_RE.test(toks[j - 1].v) && out.length < 64) out.push(j);
    }
    return out;
  }

  /**
   * The callable `functools.partial(f, ...)` binds, with the arguments it binds (VLMEvalKit's model table,
   * `"Together_Qwen2-VL-72B": partial(api.TogetherAPI, model="Qwen/Qwen2-VL-72B-Instruct")`): `f`'s chain of names
   * and the arguments after it. Undefined for any other call.
   */
  private partialTarget(chain: string[], args: Arg[]): { chain: string[]; args: Arg[] } | undefined {
    const last = chain[chain.length - 1];
    if (last !== 'partial') return undefined;
    if (chain.length === 1 ? this.imported.get('partial') !== 'functools' : chain.join('.') !== 'functools.partial')
      return undefined;
    const f = args[0];
    if (!f || f.kw) return undefined;
    const toks = this.toks;
    const names: string[] = [];
    for (let i = f.start; i < f.end; i += 2) {
      if (toks[i].t !== T.Name || (i + 1 < f.end && toks[i + 1].v !== '.')) return undefined;
      names.push(toks[i].v);
    }
    return names.length ? { chain: names, args: args.slice(1) } : undefined;
  }

  /**
   * Whether the call is FunASR's `AutoModel(model=..., vad_model=..., punc_model=...)` in a file that imports
   * FunASR, downloading from its default hub (ModelScope: no `hub=`, or `hub="ms"`), where its short names
   * (`paraformer-zh`) name ModelScope repositories. Another hub (`hub="hf"`) names them otherwise: not read.
   */
  private funasrAutoModel(last: string, args: Arg[]): boolean {
    if (last !== 'AutoModel' || !this.importsModule(/^funasr(?:\.|$)/)) return false;
    const hub = pickArg(args, undefined, ['hub']);
    if (!hub) return true;
    const values = this.evalExpr(hub.start, hub.end, 0, new Set());
    return (
      values.length > 0 && values.every((c) => c.env === undefined && (c.value === 'ms' || c.value === 'modelscope'))
    );
  }

  /** The value assigned from `s` to the end of the line to an object's `embed_model` (LlamaIndex's `Settings`). */
  private embedModelSetting(s: number): void {
    for (const c of this.evalExpr(s, lineEnd(this.toks, s), 0, new Set()))
      if (this.llamaIndexEmbed('embed_model', c.value)) this.report(c, 'llama-index-embed', 'strong');
  }

  /**
   * Whether a value given to `name` is LlamaIndex's name of a local embedding model (`embed_model="local"`,
   * `Settings.embed_model = "local:BAAI/bge-small-en-v1.5"`), in a file that imports LlamaIndex.
   */
  private llamaIndexEmbed(name: string, value: string): boolean {
    return name === 'embed_model' && /^local(?::|$)/.test(value) && this.importsModule(/^llama_index(?:\.|$)/);
  }

  private reportRule(c: Cand, rule: CallRule, revision?: string): void {
    if (rule.apiNames && c.env === undefined && !c.value.includes('/') && classifyRoute(c.value)) {
      this.report(c, 'route', 'strong', revision);
      return;
    }
    // a client of unknown configuration in code that names its service: that service
    const service = rule.soft && c.env === undefined ? this.hostingService(c.offset) : undefined;
    if (service?.startsWith('hosted:')) {
      this.report(c, service, 'strong', revision);
      return;
    }
    if (rule.soft && c.env === undefined && classifyModel(c.value, 'weak', this.ctx)) {
      this.report(c, 'hub', 'weak', revision);
      return;
    }
    // a client guessed to be OpenAI's (handed in, its server set elsewhere) given a name OpenAI's API has not
    // (khoj's `self.client.chat.completions.create(model="ui-tars")`): the client points at another server, an
    // OpenAI-compatible one of the project's own, and the name is read as anywhere else, never as OpenAI's
    if (rule.soft && rule.mode === 'hosted:openai' && c.env === undefined && !isOpenAiModelName(c.value)) {
      this.report(c, 'hub', 'weak', revision);
      return;
    }
    this.report(c, rule.mode, rule.strength, revision);
  }

  /**
   * OpenCLIP's factories (`create_model_and_transforms`, `create_model`, `create_model_from_pretrained`): an
   * architecture and a pretrained tag name the Hub repository of the weights (reported at the tag), `hf-hub:org/x`
   * as the model name is that repository (open_clip then ignores `pretrained`). Without a tag the model is
   * initialised at random; a path as the tag is a local checkpoint, `local-dir:` a local folder: neither names one.
   */
  private openClip(args: Arg[]): void {
    const name = pickArg(args, 0, ['model_name']);
    if (!name) return;
    const tag = pickArg(args, 1, ['pretrained']);
    const tags = tag ? this.evalExpr(tag.start, tag.end, 0, new Set()).filter((c) => c.env === undefined) : [];
    for (const n of this.evalExpr(name.start, name.end, 0, new Set())) {
      if (n.env !== undefined) continue;
      if (n.value.trimStart().startsWith('hf-hub:')) {
        this.report(n, 'hub', 'strong');
        continue;
      }
      for (const t of tags) {
        this.budget.tick();
        const id = openClipWeights(n.value, t.value);
        if (id) this.out.push({ id, kind: 'hub', offset: t.offset + t.value.indexOf(t.value.trim()) });
      }
    }
  }

  private torchHub(args: Arg[]): void {
    const src = pickArg(args, undefined, ['source']);
    if (src && this.evalExpr(src.start, src.end, 0, new Set())[0]?.value === 'local') return;
    const a = pickArg(args, 0, ['repo_or_dir', 'github']);
    if (!a) return;
    for (const c of this.evalExpr(a.start, a.end, 0, new Set())) {
      if (c.env !== undefined) continue;
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
}

const COMPARISONS = new Set(['==', '!=']);

/**
 * Namespaces of the libraries whose classes PY_HOSTED_CLASSES names (LangChain's partner packages, LlamaIndex): a
 * copy of one vendored into a project (h2oGPT's `src/langchain_mistralai/`) is still the library's class.
 */
const LIBRARY_NAMESPACE_RE = /^(?:langchain|llama_index)/;

/**
 * Whether a name says that its table holds how to prompt each model: it names prompts or templates and models
 * (`prompt_type_to_model_name`, `MODEL_TO_PROMPT_TEMPLATE`, `modelChatTemplates`).
 */
function isPromptTableName(name: string): boolean {
  if (name.length > 80 || !/prompt|template/i.test(name)) return false;
  const s = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
  return /(?:^|_)(?:prompt|prompter|template)s?(?:_|$)/.test(s) && /(?:^|_)models?(?:_|$)/.test(s);
}

/**
 * Names of OpenAI's API that are no LiteLLM-style bare names (classifyRoute): a fine-tune (`ft:gpt-4o-mini:org::id`),
 * the moderation, computer-use, Codex, Sora, image, realtime and audio models, the legacy completion models.
 */
const OPENAI_NAME_RE =
  /^(?:ft:|(?:omni|text)-moderation|text-(?:davinci|curie|babbage|ada)|computer-use-preview|codex-|sora-|gpt-(?:image|realtime|audio))/i;

/** Whether a bare name is one of OpenAI's API (`gpt-4o`, `o3-mini`, `text-embedding-3-small`, `whisper-1`). */
function isOpenAiModelName(value: string): boolean {
  const v = value.trim();
  return OPENAI_NAME_RE.test(v) || classifyRoute(v)?.provider === 'openai';
}

/**
 * Keywords (and names) whose values are samples documenting a value: pydantic's `examples`, OpenAPI's `example`,
 * a form field's `placeholder` (Gradio's `gr.Textbox(label="Model", placeholder="org/x")`, Streamlit's
 * `st.text_input(..., placeholder=...)`): what a user may type there, not what the code loads.
 */
function isExampleName(t: Tok): boolean {
  return t.t === T.Name && (t.v === 'examples' || t.v === 'example' || t.v === 'placeholder');
}

/** Whether the string token at `i` is an operand of a comparison or membership test within [s, e). */
function compared(toks: readonly Tok[], i: number, s: number, e: number): boolean {
  const next = i + 1 < e ? toks[i + 1] : undefined;
  const prev = i - 1 >= s ? toks[i - 1] : undefined;
  const isTest = (t: Tok | undefined) =>
    !!t && ((t.t === T.Op && COMPARISONS.has(t.v)) || (t.t === T.Name && (t.v === 'in' || t.v === 'not')));
  return (
    isTest(next) || (!!prev && ((prev.t === T.Op && COMPARISONS.has(prev.v)) || (prev.t === T.Name && prev.v === 'in')))
  );
}

/**
 * The names `NAME` of every `class NAME` at the start of a line of `code` (after spaces and tabs; a line starts
 * after `\n`, `\r`, U+2028 or U+2029), as `/^[ \t]*class[ \t]+(\w+)/gm` finds them. Linear: each occurrence of
 * `class` is looked at once, and the blanks before one are not those before another.
 */
export function* classNamesAtLineStart(code: string): Generator<string> {
  const n = code.length;
  for (let at = code.indexOf('class'); at !== -1; at = code.indexOf('class', at + 5)) {
    let b = at - 1;
    while (b >= 0 && (code.charCodeAt(b) === 32 || code.charCodeAt(b) === 9)) b--;
    const before = b < 0 ? 10 : code.charCodeAt(b);
    if (before !== 10 && before !== 13 && before !== 0x2028 && before !== 0x2029) continue;
    let j = at + 5;
    while (j < n && (code.charCodeAt(j) === 32 || code.charCodeAt(j) === 9)) j++;
    if (j === at + 5) continue;
    let e = j;
    while (e < n && isWordCode(code.charCodeAt(e))) e++;
    if (e > j) yield code.slice(j, e);
    at = e - 5 > at ? e - 5 : at;
  }
}

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
