import type { Mode } from './values.js';
import { table } from './table.js';

/**
 * Hosted APIs (OpenAI, Anthropic, Bedrock, Vertex AI, Gemini, watsonx, ...) reached through their SDKs. The model
 * ids they take are services, not Hub repositories (`ibm/granite-13b-chat-v2` on watsonx, `gpt-4o` on OpenAI),
 * and are reported as `hosted` references with the provider.
 */

/** A class (or factory) whose model parameter names a hosted model. */
export interface HostedClass {
  provider: string;
  /** Keyword (Python) or option (JavaScript) names of the model parameter. */
  kws: readonly string[];
  /** Positional index of the model parameter, when it may be passed so. */
  pos?: number;
  /** For names that other libraries use too (`OpenAI`, `Model`): the module the file must import it from. */
  module?: RegExp;
  /**
   * What the class sends its requests to when given no model (Haystack's `OpenAIChatGenerator()`): reported where
   * the call is written, unless a server of the call's own is given.
   */
  default?: string;
}

const LC_MODEL = ['model', 'model_name'] as const;

/**
 * The module of a LlamaIndex wrapper: `llama_index.llms.openai`, or before LlamaIndex 0.10 the flat
 * `from llama_index.llms import OpenAI`. (Each alternative keeps a literal: the pre-filter's needles come from it.)
 */
function llamaIndex(kind: 'llms' | 'embeddings' | 'multi_modal_llms', pkg: string): RegExp {
  return new RegExp(`llama_index\\.${kind}\\.${pkg}\\b|^llama_index\\.${kind}$`);
}

/** Haystack's (2.x, 3.x) components (`haystack.components.generators.chat`, `haystack.components.embedders`). */
const HAYSTACK_RE = /^haystack\.components\b/;

/** Semantic Kernel's modules (`semantic_kernel.connectors.ai.open_ai`, or the package itself). */
const SEMANTIC_KERNEL_RE = /^semantic_kernel\b/;

/** Semantic Kernel's connector classes of one provider, each taking its model under `kws`. */
function semanticKernel(
  names: readonly string[],
  provider: string,
  kws: readonly string[],
): Record<string, HostedClass> {
  return Object.fromEntries(names.map((n) => [n, { provider, kws, module: SEMANTIC_KERNEL_RE }]));
}

/** Python classes, mostly LangChain and LlamaIndex wrappers and the providers' SDKs. */
export const PY_HOSTED_CLASSES: Record<string, HostedClass> = table({
  ChatOpenAI: { provider: 'openai', kws: LC_MODEL },
  OpenAIEmbeddings: { provider: 'openai', kws: ['model'] },
  AzureChatOpenAI: { provider: 'azure-openai', kws: ['azure_deployment', 'deployment_name', 'model', 'model_name'] },
  AzureOpenAIEmbeddings: { provider: 'azure-openai', kws: ['azure_deployment', 'deployment', 'model'] },
  ChatAnthropic: { provider: 'anthropic', kws: LC_MODEL },
  ChatBedrock: { provider: 'bedrock', kws: ['model_id', 'model'] },
  ChatBedrockConverse: { provider: 'bedrock', kws: ['model_id', 'model'] },
  BedrockLLM: { provider: 'bedrock', kws: ['model_id', 'model'] },
  BedrockChat: { provider: 'bedrock', kws: ['model_id', 'model'] },
  BedrockEmbeddings: { provider: 'bedrock', kws: ['model_id', 'model'] },
  ChatVertexAI: { provider: 'vertex-ai', kws: ['model_name', 'model'] },
  VertexAI: { provider: 'vertex-ai', kws: ['model_name', 'model'] },
  VertexAIEmbeddings: { provider: 'vertex-ai', kws: ['model_name', 'model'] },
  ChatGoogleGenerativeAI: { provider: 'google', kws: ['model'] },
  GoogleGenerativeAI: { provider: 'google', kws: ['model'] },
  GoogleGenerativeAIEmbeddings: { provider: 'google', kws: ['model'] },
  WatsonxLLM: { provider: 'watsonx', kws: ['model_id', 'model'] },
  ChatWatsonx: { provider: 'watsonx', kws: ['model_id', 'model'] },
  WatsonxEmbeddings: { provider: 'watsonx', kws: ['model_id'] },
  WatsonxRerank: { provider: 'watsonx', kws: ['model_id'] },
  ModelInference: { provider: 'watsonx', kws: ['model_id'], module: /ibm_watson/ },
  Model: { provider: 'watsonx', kws: ['model_id'], module: /ibm_watson/ },
  Embeddings: { provider: 'watsonx', kws: ['model_id'], module: /ibm_watson/ },
  ChatMistralAI: { provider: 'mistral', kws: LC_MODEL },
  MistralAIEmbeddings: { provider: 'mistral', kws: ['model'] },
  ChatCohere: { provider: 'cohere', kws: ['model'] },
  CohereEmbeddings: { provider: 'cohere', kws: ['model'] },
  CohereRerank: { provider: 'cohere', kws: ['model'] },
  ChatGroq: { provider: 'groq', kws: LC_MODEL },
  ChatTogether: { provider: 'together', kws: LC_MODEL },
  TogetherEmbeddings: { provider: 'together', kws: ['model'] },
  ChatFireworks: { provider: 'fireworks', kws: LC_MODEL },
  FireworksEmbeddings: { provider: 'fireworks', kws: ['model'] },
  ChatDeepSeek: { provider: 'deepseek', kws: LC_MODEL },
  ChatXAI: { provider: 'xai', kws: LC_MODEL },
  ChatPerplexity: { provider: 'perplexity', kws: LC_MODEL },
  // LangChain's completion (non-chat) wrappers of Together AI and Fireworks (`langchain_together`,
  // `langchain_fireworks`, `langchain_community.llms`), and LlamaIndex's `llama_index.llms.fireworks`: names the
  // services' own SDKs use too (PY_CLIENTS), so only from these modules
  Together: { provider: 'together', kws: LC_MODEL, module: /^langchain/ },
  Fireworks: {
    provider: 'fireworks',
    kws: ['model'],
    module: /^langchain|llama_index\.llms\.fireworks\b|^llama_index\.llms$/,
  },
  TogetherLLM: { provider: 'together', kws: ['model'], module: llamaIndex('llms', 'together') },
  OpenRouter: { provider: 'openrouter', kws: ['model'], module: llamaIndex('llms', 'openrouter') },
  DeepInfraLLM: { provider: 'deepinfra', kws: ['model'], module: llamaIndex('llms', 'deepinfra') },
  Cerebras: { provider: 'cerebras', kws: ['model'], module: llamaIndex('llms', 'cerebras') },
  NVIDIA: { provider: 'nvidia-nim', kws: ['model'], module: llamaIndex('llms', 'nvidia') },
  // NVIDIA's API catalog (`langchain_nvidia_ai_endpoints`; a `base_url=` of one's own NIM makes them Hub models),
  // Cerebras, SambaNova Cloud and DeepInfra (`langchain_community`)
  ChatNVIDIA: { provider: 'nvidia-nim', kws: ['model'] },
  NVIDIAEmbeddings: { provider: 'nvidia-nim', kws: ['model'] },
  NVIDIARerank: { provider: 'nvidia-nim', kws: ['model'] },
  ChatCerebras: { provider: 'cerebras', kws: LC_MODEL },
  ChatSambaNovaCloud: { provider: 'sambanova', kws: LC_MODEL },
  ChatSambaNova: { provider: 'sambanova', kws: LC_MODEL },
  ChatDeepInfra: { provider: 'deepinfra', kws: LC_MODEL },
  DeepInfra: { provider: 'deepinfra', kws: ['model_id'], module: /^langchain/ },
  DeepInfraEmbeddings: { provider: 'deepinfra', kws: ['model_id'] },
  // `meta/meta-llama-3-8b-instruct` there is a Replicate model (LangChain's `langchain_community.llms`, LlamaIndex's
  // `llama_index.llms.replicate`)
  Replicate: { provider: 'replicate', kws: ['model'], module: /^langchain|^llama_index/ },
  // LlamaIndex wrappers, whose names other libraries use too
  OpenAI: { provider: 'openai', kws: ['model'], module: llamaIndex('llms', 'openai') },
  OpenAIEmbedding: {
    provider: 'openai',
    kws: ['model', 'model_name'],
    module: llamaIndex('embeddings', 'openai'),
  },
  Anthropic: { provider: 'anthropic', kws: ['model'], module: llamaIndex('llms', 'anthropic') },
  Gemini: {
    provider: 'google',
    kws: ['model', 'model_name'],
    module: llamaIndex('llms', 'gemini'),
  },
  GeminiEmbedding: {
    provider: 'google',
    kws: ['model_name'],
    module: llamaIndex('embeddings', 'gemini'),
  },
  GoogleGenAI: { provider: 'google', kws: ['model'], module: llamaIndex('llms', 'google_genai') },
  Vertex: { provider: 'vertex-ai', kws: ['model'], module: llamaIndex('llms', 'vertex') },
  Bedrock: { provider: 'bedrock', kws: ['model'], module: llamaIndex('llms', 'bedrock') },
  BedrockConverse: {
    provider: 'bedrock',
    kws: ['model'],
    module: llamaIndex('llms', 'bedrock_converse'),
  },
  Groq: { provider: 'groq', kws: ['model'], module: llamaIndex('llms', 'groq') },
  MistralAI: { provider: 'mistral', kws: ['model'], module: llamaIndex('llms', 'mistralai') },
  Cohere: { provider: 'cohere', kws: ['model'], module: llamaIndex('llms', 'cohere') },
  OpenAIMultiModal: {
    provider: 'openai',
    kws: ['model'],
    module: llamaIndex('multi_modal_llms', 'openai'),
  },
  AzureOpenAI: {
    provider: 'azure-openai',
    kws: ['engine', 'deployment_name', 'model'],
    module: llamaIndex('llms', 'azure_openai'),
  },
  GenerativeModel: {
    provider: 'google',
    kws: ['model_name'],
    pos: 0,
    module: /google\.generativeai|vertexai|google\.cloud\.aiplatform/,
  },
  // smolagents' API model classes, their model first or as `model_id=` (`api_base=` points OpenAIServerModel at a
  // server; its Hub, vLLM, MLX and LiteLLM classes are the Python analysis's rules)
  OpenAIServerModel: { provider: 'openai', kws: ['model_id'], pos: 0, module: /^smolagents\b/ },
  OpenAIModel: { provider: 'openai', kws: ['model_id'], pos: 0, module: /^smolagents\b/ },
  AzureOpenAIServerModel: { provider: 'azure-openai', kws: ['model_id'], pos: 0, module: /^smolagents\b/ },
  AzureOpenAIModel: { provider: 'azure-openai', kws: ['model_id'], pos: 0, module: /^smolagents\b/ },
  AmazonBedrockServerModel: { provider: 'bedrock', kws: ['model_id'], pos: 0, module: /^smolagents\b/ },
  AmazonBedrockModel: { provider: 'bedrock', kws: ['model_id'], pos: 0, module: /^smolagents\b/ },
  // Semantic Kernel's connectors (`from semantic_kernel.connectors.ai.open_ai import OpenAIChatCompletion`): the
  // model is `ai_model_id`, Azure's deployment `deployment_name`, Bedrock's `model_id`, Google's `gemini_model_id`
  // or `embedding_model_id` (its Ollama and Hugging Face connectors are Ollama and Hub models: the analysis's rules)
  ...semanticKernel(['OpenAIChatCompletion', 'OpenAITextCompletion', 'OpenAITextEmbedding'], 'openai', ['ai_model_id']),
  ...semanticKernel(['OpenAITextToImage', 'OpenAITextToAudio', 'OpenAIAudioToText'], 'openai', ['ai_model_id']),
  ...semanticKernel(['OpenAIRealtimeWebRTC', 'OpenAIRealtimeWebsocket'], 'openai', ['ai_model_id']),
  ...semanticKernel(['AzureChatCompletion', 'AzureTextCompletion', 'AzureTextEmbedding'], 'azure-openai', [
    'deployment_name',
  ]),
  ...semanticKernel(['AzureTextToImage', 'AzureTextToAudio', 'AzureAudioToText'], 'azure-openai', ['deployment_name']),
  ...semanticKernel(['AzureRealtimeWebsocket'], 'azure-openai', ['deployment_name']),
  ...semanticKernel(['AzureAIInferenceChatCompletion', 'AzureAIInferenceTextEmbedding'], 'azure-ai', ['ai_model_id']),
  ...semanticKernel(['AnthropicChatCompletion'], 'anthropic', ['ai_model_id']),
  ...semanticKernel(['MistralAIChatCompletion', 'MistralAITextEmbedding'], 'mistral', ['ai_model_id']),
  ...semanticKernel(['NvidiaChatCompletion', 'NvidiaTextEmbedding'], 'nvidia-nim', ['ai_model_id']),
  ...semanticKernel(['BedrockChatCompletion', 'BedrockTextCompletion', 'BedrockTextEmbedding'], 'bedrock', [
    'model_id',
  ]),
  ...semanticKernel(['GoogleAIChatCompletion', 'GoogleAITextCompletion'], 'google', ['gemini_model_id']),
  ...semanticKernel(['GoogleAITextEmbedding'], 'google', ['embedding_model_id']),
  ...semanticKernel(['VertexAIChatCompletion', 'VertexAITextCompletion'], 'vertex-ai', ['gemini_model_id']),
  ...semanticKernel(['VertexAITextEmbedding'], 'vertex-ai', ['embedding_model_id']),
  // Haystack's OpenAI components (`api_base_url=` points them at a server), and their defaults when given no model,
  // as of haystack-ai 2.21.0 (gpt-4o-mini in 2.6 to 2.20, gpt-3.5-turbo before; the embedders' unchanged), read in
  // https://github.com/deepset-ai/haystack/blob/c7cb46c0f28ad1984f60e5d3e9404b124a221437/haystack/components/generators/chat/openai.py#L124
  // .../generators/chat/openai_responses.py#L106, .../embedders/openai_text_embedder.py#L42,
  // .../embedders/openai_document_embedder.py#L45, and for OpenAIGenerator (removed in 3.0)
  // https://github.com/deepset-ai/haystack/blob/d3173c9a3b5efa7f523e4e248b70c5883a8f4a79/haystack/components/generators/openai.py#L67
  // (the Azure components' default deployment, `gpt-4.1-mini`, names a deployment of one's own: not reported)
  OpenAIChatGenerator: { provider: 'openai', kws: ['model'], module: HAYSTACK_RE, default: 'gpt-5-mini' },
  OpenAIResponsesChatGenerator: { provider: 'openai', kws: ['model'], module: HAYSTACK_RE, default: 'gpt-5-mini' },
  OpenAIGenerator: { provider: 'openai', kws: ['model'], module: HAYSTACK_RE, default: 'gpt-5-mini' },
  OpenAITextEmbedder: { provider: 'openai', kws: ['model'], module: HAYSTACK_RE, default: 'text-embedding-ada-002' },
  OpenAIDocumentEmbedder: {
    provider: 'openai',
    kws: ['model'],
    module: HAYSTACK_RE,
    default: 'text-embedding-ada-002',
  },
  AzureOpenAIChatGenerator: { provider: 'azure-openai', kws: ['azure_deployment'], module: HAYSTACK_RE },
  AzureOpenAIResponsesChatGenerator: { provider: 'azure-openai', kws: ['azure_deployment'], module: HAYSTACK_RE },
  AzureOpenAIGenerator: { provider: 'azure-openai', kws: ['azure_deployment'], module: HAYSTACK_RE },
  AzureOpenAITextEmbedder: { provider: 'azure-openai', kws: ['azure_deployment'], module: HAYSTACK_RE },
  AzureOpenAIDocumentEmbedder: { provider: 'azure-openai', kws: ['azure_deployment'], module: HAYSTACK_RE },
});

/** Vertex AI's PaLM-era classes, whose `from_pretrained("text-bison")` names a hosted model. */
export const VERTEX_PRETRAINED = new Set([
  'TextGenerationModel',
  'ChatModel',
  'CodeChatModel',
  'CodeGenerationModel',
  'TextEmbeddingModel',
  'MultiModalEmbeddingModel',
  'ImageGenerationModel',
  'ImageTextModel',
]);

/** Python SDK clients: constructor → what its methods' `model=` names. */
export const PY_CLIENTS: Record<string, { mode: Mode; module?: RegExp }> = table({
  OpenAI: { mode: 'hosted:openai', module: /^openai$/ },
  AsyncOpenAI: { mode: 'hosted:openai', module: /^openai$/ },
  AzureOpenAI: { mode: 'hosted:azure-openai', module: /^openai$/ },
  AsyncAzureOpenAI: { mode: 'hosted:azure-openai', module: /^openai$/ },
  Anthropic: { mode: 'hosted:anthropic', module: /^anthropic$/ },
  AsyncAnthropic: { mode: 'hosted:anthropic', module: /^anthropic$/ },
  AnthropicBedrock: { mode: 'hosted:bedrock', module: /^anthropic$/ },
  AnthropicVertex: { mode: 'hosted:vertex-ai', module: /^anthropic$/ },
  Groq: { mode: 'hosted:groq', module: /^groq$/ },
  AsyncGroq: { mode: 'hosted:groq', module: /^groq$/ },
  Together: { mode: 'hosted:together', module: /^together$/ },
  Mistral: { mode: 'hosted:mistral', module: /^mistralai$/ },
  MistralClient: { mode: 'hosted:mistral', module: /^mistralai/ },
  ClientV2: { mode: 'hosted:cohere', module: /^cohere$/ },
  Fireworks: { mode: 'hosted:fireworks', module: /^fireworks/ },
  InferenceClient: { mode: 'hub', module: /^huggingface_hub/ },
  AsyncInferenceClient: { mode: 'hub', module: /^huggingface_hub/ },
});

/** Providers of the OpenAI-style method sinks (`client.chat.completions.create(model=)`) by the SDK imported. */
export const PY_SDK_PROVIDERS: Record<string, string> = table({
  openai: 'openai',
  anthropic: 'anthropic',
  groq: 'groq',
  together: 'together',
  mistralai: 'mistral',
  cohere: 'cohere',
  fireworks: 'fireworks',
});

/** Parts of a method chain that make it an OpenAI-style model call (`chat.completions.create`). */
export const SINK_PARTS = new Set([
  'completions',
  'chat',
  'responses',
  'embeddings',
  'messages',
  'images',
  'audio',
  'transcriptions',
  'translations',
  'speech',
  'moderations',
  'embed',
  'rerank',
  // openai<1.0: openai.ChatCompletion.create(model=...), openai.Completion.create, openai.Embedding.create
  'ChatCompletion',
  'Completion',
  'Embedding',
]);
export const SINK_METHODS = new Set(['create', 'parse', 'stream', 'complete', 'generate', 'create_and_poll']);

/** Hosts of hosted APIs reached through an OpenAI-compatible client (`base_url=`). */
const HOSTS: Array<[RegExp, Mode]> = [
  [/(?:^|\.)api\.openai\.com$/, 'hosted:openai'],
  [/\.openai\.azure\.com$/, 'hosted:azure-openai'],
  [/\.services\.ai\.azure\.com$|\.inference\.ai\.azure\.com$|\.models\.ai\.azure\.com$/, 'hosted:azure-ai'],
  [/(?:^|\.)api\.groq\.com$/, 'hosted:groq'],
  [/(?:^|\.)api\.together\.(?:xyz|ai)$/, 'hosted:together'],
  [/(?:^|\.)openrouter\.ai$/, 'hosted:openrouter'],
  [/(?:^|\.)api\.fireworks\.ai$/, 'hosted:fireworks'],
  [/(?:^|\.)api\.deepseek\.com$/, 'hosted:deepseek'],
  [/(?:^|\.)(?:api|codestral)\.mistral\.ai$/, 'hosted:mistral'],
  [/(?:^|\.)generativelanguage\.googleapis\.com$/, 'hosted:google'],
  [/aiplatform\.googleapis\.com$/, 'hosted:vertex-ai'],
  [/(?:^|\.)api\.x\.ai$/, 'hosted:xai'],
  [/(?:^|\.)api\.perplexity\.ai$/, 'hosted:perplexity'],
  [/(?:^|\.)api\.deepinfra\.com$/, 'hosted:deepinfra'],
  [/(?:^|\.)api\.anthropic\.com$/, 'hosted:anthropic'],
  [/(?:^|\.)api\.cohere\.(?:ai|com)$/, 'hosted:cohere'],
  [/(?:^|\.)api\.cerebras\.ai$/, 'hosted:cerebras'],
  [/(?:^|\.)api\.sambanova\.ai$/, 'hosted:sambanova'],
  [/(?:^|\.)integrate\.api\.nvidia\.com$/, 'hosted:nvidia-nim'],
  [/bedrock-runtime\.[\w-]+\.amazonaws\.com$/, 'hosted:bedrock'],
  [/(?:^|\.)ml\.cloud\.ibm\.com$/, 'hosted:watsonx'],
  // inference services that host open-weight models under their own ids (`qwen/qwen2.5-32b-instruct` on PPIO,
  // `meta-llama/llama-3.1-8b-instruct` on Novita): the hosts as their OpenAI-compatible endpoints are documented
  [/(?:^|\.)api\.ppinfra\.com$/, 'hosted:ppio'],
  [/(?:^|\.)api\.novita\.ai$/, 'hosted:novita'],
  [/(?:^|\.)api\.siliconflow\.(?:cn|com)$/, 'hosted:siliconflow'],
  [/(?:^|\.)api\.(?:studio|tokenfactory)\.nebius\.(?:ai|com)$/, 'hosted:nebius'],
  [/(?:^|\.)api\.hyperbolic\.xyz$/, 'hosted:hyperbolic'],
  [/(?:^|\.)api\.featherless\.ai$/, 'hosted:featherless'],
  [/(?:^|\.)api\.replicate\.com$/, 'hosted:replicate'],
  [/(?:^|\.)ai\.gitee\.com$/, 'hosted:gitee-ai'],
  [/(?:^|\.)api\.moonshot\.(?:ai|cn)$/, 'hosted:moonshot'],
  [/(?:^|\.)open\.bigmodel\.cn$/, 'hosted:zhipu'],
  [/(?:^|\.)api\.z\.ai$/, 'hosted:zai'],
  [/(?:^|\.)api\.minimaxi?\.(?:io|com|chat)$/, 'hosted:minimax'],
  [/(?:^|\.)dashscope(?:-intl)?\.aliyuncs\.com$/, 'hosted:dashscope'],
  [/(?:^|\.)api\.cometapi\.com$/, 'hosted:cometapi'],
  [/(?:^|\.)apipie\.ai$/, 'hosted:apipie'],
  [/(?:^|\.)api\.scaleway\.ai$/, 'hosted:scaleway'],
  [/\.endpoints\.kepler\.ai\.cloud\.ovh\.net$/, 'hosted:ovhcloud'],
  [/(?:^|\.)inference-api\.nousresearch\.com$/, 'hosted:nous'],
  [/(?:^|\.)api\.venice\.ai$/, 'hosted:venice'],
  [/(?:^|\.)api\.inceptionlabs\.ai$/, 'hosted:inception'],
  [/(?:^|\.)api\.voyageai\.com$/, 'hosted:voyage'],
  [/(?:^|\.)gateway\.ai\.cloudflare\.com$/, 'hosted:cloudflare'],
  [/(?:^|\.)api\.(?:gcp\.)?ncompass\.tech$/, 'hosted:ncompass'],
  [/(?:^|\.)api\.function\.network$/, 'hosted:function-network'],
  // gateways and inference clouds of agent frameworks' providers (browser-use's ChatVercel, pydantic-ai's
  // CrusoeProvider, ModelScope's API-Inference, GitHub Models, Baseten's Model APIs), whose ids look like the Hub's
  // (`moonshotai/kimi-k2-thinking`, `deepseek-ai/DeepSeek-V3-0324`, `Qwen/Qwen2.5-VL-72B-Instruct`)
  [/(?:^|\.)ai-gateway\.vercel\.sh$/, 'hosted:vercel'],
  [/(?:^|\.)inference\.crusoecloud\.com$/, 'hosted:crusoe'],
  [/(?:^|\.)api-inference\.modelscope\.(?:cn|ai)$/, 'hosted:modelscope'],
  [/(?:^|\.)models\.github\.ai$/, 'hosted:github-models'],
  [/(?:^|\.)inference\.baseten\.co$/, 'hosted:baseten'],
  // OpenHands' LLM proxy, where its `openhands/` models go
  [/(?:^|\.)llm-proxy\.app\.all-hands\.dev$/, 'hosted:openhands'],
  [/(?:^|\.)(?:router|api-inference)\.huggingface\.co$/, 'hub'],
];

/**
 * What an OpenAI-compatible client's base URL says about the models it is asked for: an Ollama server
 * (`:11434`), Ollama's cloud (`https://ollama.com`), a hosted API by its host, the Hugging Face router (Hub models), or `self`: a server of the
 * project's own (vLLM, TGI, a gateway), whose model ids are read as anywhere else.
 */
export function endpointMode(url: string): Mode | 'self' {
  const u = url.trim();
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/\s]*@)?([^/:\s?#]+)/i.exec(u);
  const host = m?.[1].toLowerCase();
  // Ollama's cloud API (`https://ollama.com/v1`): its models run there, not on an Ollama server of one's own
  if (host === 'ollama.com' || host === 'www.ollama.com') return 'hosted:ollama-cloud';
  if (/:11434(?:\/|$)|ollama/i.test(u)) return 'ollama';
  if (!host) return 'self';
  for (const [re, mode] of HOSTS) if (re.test(host)) return mode;
  return 'self';
}

/**
 * Names of inference services, as code writes them in a key (`"groq": [...]`), a `provider:` field, a `case` label,
 * an environment variable or a folder (lower case, without `-`, `_`, `.`), → how their model ids read. These host
 * models under their own ids, so a key or a field naming one names the service, not a Hub publisher (Cerebras and
 * Groq also publish a few Hub repositories, but under their own names as ids' owners, never as such keys):
 * `{"groq": ["meta-llama/llama-4-scout-17b-16e-instruct"]}` is Groq's list. (`openai`, `google`, `mistral`,
 * `deepseek`, `nvidia`, `ibm` are publishers too: see PUBLISHER_SERVICES.)
 */
const SERVICES: Record<string, Mode> = table({
  groq: 'hosted:groq',
  together: 'hosted:together',
  togetherai: 'hosted:together',
  openrouter: 'hosted:openrouter',
  fireworks: 'hosted:fireworks',
  fireworksai: 'hosted:fireworks',
  deepinfra: 'hosted:deepinfra',
  perplexity: 'hosted:perplexity',
  cerebras: 'hosted:cerebras',
  sambanova: 'hosted:sambanova',
  novita: 'hosted:novita',
  novitaai: 'hosted:novita',
  ppio: 'hosted:ppio',
  siliconflow: 'hosted:siliconflow',
  nebius: 'hosted:nebius',
  hyperbolic: 'hosted:hyperbolic',
  featherless: 'hosted:featherless',
  featherlessai: 'hosted:featherless',
  replicate: 'hosted:replicate',
  bedrock: 'hosted:bedrock',
  awsbedrock: 'hosted:bedrock',
  vertex: 'hosted:vertex-ai',
  vertexai: 'hosted:vertex-ai',
  azure: 'hosted:azure-openai',
  azureopenai: 'hosted:azure-openai',
  azureai: 'hosted:azure-ai',
  watsonx: 'hosted:watsonx',
  nvidianim: 'hosted:nvidia-nim',
  // NeMo Data Designer's name of NVIDIA's API catalog (build.nvidia.com): `ModelConfig(provider="nvidiabuild")`
  nvidiabuild: 'hosted:nvidia-nim',
  anthropic: 'hosted:anthropic',
  gemini: 'hosted:google',
  anyscale: 'hosted:anyscale',
  ovhcloud: 'hosted:ovhcloud',
  scaleway: 'hosted:scaleway',
  crusoe: 'hosted:crusoe',
  baseten: 'hosted:baseten',
  huggingface: 'hub',
  ollama: 'ollama',
});

/** Services named like the publisher of Hub models (`openai/gpt-oss-20b`, `google/gemma-2-9b-it`). */
const PUBLISHER_SERVICES: Record<string, Mode> = table({
  openai: 'hosted:openai',
  google: 'hosted:google',
  googlegenai: 'hosted:google',
  mistral: 'hosted:mistral',
  mistralai: 'hosted:mistral',
  deepseek: 'hosted:deepseek',
  cohere: 'hosted:cohere',
  xai: 'hosted:xai',
  ibm: 'hosted:watsonx',
  nvidia: 'hosted:nvidia-nim',
  moonshot: 'hosted:moonshot',
});

/**
 * How the models of a service named by code read (`hosted:groq`, `ollama`, `hub` for Hugging Face), or undefined.
 * `explicit`: the name is the value of a field that says it is the provider (`provider: "mistral"`), so that a
 * publisher's name (`openai`, `google`, `mistral`) is taken for its API too; a key or a folder named `google` may as
 * well group Google's Hub models.
 */
export function serviceMode(name: string, explicit = false): Mode | undefined {
  if (name.length > 40) return undefined;
  const n = name.toLowerCase().replace(/[-_. ]/g, '');
  if (Object.hasOwn(SERVICES, n)) return SERVICES[n];
  return explicit && Object.hasOwn(PUBLISHER_SERVICES, n) ? PUBLISHER_SERVICES[n] : undefined;
}

/** Words of an environment variable's name that say its server is no hosted service of the SDK. */
const SELF_SERVER_WORDS = new Set([
  'GENERIC',
  'CUSTOM',
  'LOCAL',
  'LOCALAI',
  'COMPAT',
  'COMPATIBLE',
  'SELF',
  'VLLM',
  'TGI',
  'LMSTUDIO',
  'KOBOLD',
  'KOBOLDCPP',
  'LLAMACPP',
  'LLAMAFILE',
]);

/**
 * What a server read from an environment variable (`base_url=os.getenv("OPENAI_BASE_URL")`) is, by the
 * variable's name: the service it names (`OPENAI_BASE_URL`, `GROQ_API_BASE`, `AZURE_OPENAI_ENDPOINT`), or `self`
 * when it names none or names a server of one's own (`TEXT_GEN_WEB_UI_BASE_PATH`, `LLM_BASE_URL`,
 * `GENERIC_OPEN_AI_BASE_PATH`): a model sent there is not the SDK's service.
 */
export function envEndpointMode(name: string): Mode | 'self' {
  const words = name
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
  if (words.some((w) => SELF_SERVER_WORDS.has(w))) return 'self';
  if (words.includes('AZURE')) return 'hosted:azure-openai';
  for (const w of words) {
    const m = serviceMode(w, true);
    if (m && m !== 'hub') return m;
  }
  return 'self';
}

/**
 * Whether a name (a key, a keyword, a variable) holds a server's address: `base_url`, `baseURL`, `apiBase`,
 * `basePath`, `openai_api_base`, `azure_endpoint`, `API_URL`, `API_ROOT` (LlamaIndex.TS's DeepInfra client).
 */
export function isBaseUrlName(name: string): boolean {
  return name.length <= 60 && /(?:base_?url|api_?base|base_?path|api_?url|api_?root|endpoint)$/i.test(name);
}

/**
 * The service a file's path is named for: a folder or a file (`AiProviders/ppio/index.js`,
 * `providers/togetherai.js`, `llms/Together.ts`) named as a service of SERVICES (not a publisher's name), hosted.
 */
export function pathService(path: string): Mode | undefined {
  const parts = path.split('/');
  const list = modelListService(path);
  if (list !== undefined) return list;
  let out: Mode | undefined;
  for (let i = Math.max(0, parts.length - 3); i < parts.length; i++) {
    const part = i === parts.length - 1 ? parts[i].replace(/\.[^.]*$/, '') : parts[i];
    const m = serviceMode(part);
    if (m === undefined || !m.startsWith('hosted:')) continue;
    if (out !== undefined && out !== m) return undefined;
    out = m;
  }
  return out;
}

/**
 * The hosted service whose list of models a file is by its name: `<service>.models.ts` (big-AGI's
 * `groq.models.ts`, `nvidianim.models.ts`), `<service>-models.js`, `<service>_models.ts`. Such a file describes
 * the models the service serves by the ids its API takes, whatever SDK (or none) the file imports.
 */
export function modelListService(path: string): Mode | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const m = /^([A-Za-z][\w-]{0,40}?)[._-]models?\.[cm]?[jt]sx?$/.exec(base);
  if (!m) return undefined;
  const mode = serviceMode(m[1]);
  return mode?.startsWith('hosted:') ? mode : undefined;
}

/**
 * The hosted service a LangChain.js or LlamaIndex.TS package is named for: `@llamaindex/together`,
 * `@langchain/groq`, `@langchain/community/chat_models/togetherai` (its last segment), `@langchain/google-genai`.
 * Their classes send the model they are given to that service. Packages of the Hub, of Ollama or of OpenAI, or
 * named for no service (`@langchain/core/prompts`, `@llamaindex/huggingface`), give none.
 */
export function frameworkPackageService(spec: string): Mode | undefined {
  const m = /^@(?:langchain|llamaindex)\/([\w-]+)((?:\/[\w-]+)*)$/.exec(spec);
  if (!m) return undefined;
  const last = m[2] ? m[2].slice(m[2].lastIndexOf('/') + 1) : m[1];
  const mode = serviceMode(last, true);
  // (not OpenAI's: its classes are pointed at servers of one's own as often, and the table names them)
  return mode?.startsWith('hosted:') && mode !== 'hosted:openai' ? mode : undefined;
}

/** JavaScript packages of hosted SDKs → provider. */
export const JS_SDK_PROVIDERS: Record<string, string> = table({
  openai: 'openai',
  // Azure's OpenAI SDK before it moved onto the openai package (`@azure/openai` 1.0 betas: `new OpenAIClient(endpoint,
  // credential)`, `client.getChatCompletions(deploymentName, messages)`)
  '@azure/openai': 'azure-openai',
  '@anthropic-ai/sdk': 'anthropic',
  '@google/generative-ai': 'google',
  '@google/genai': 'google',
  '@google-cloud/vertexai': 'vertex-ai',
  '@aws-sdk/client-bedrock-runtime': 'bedrock',
  '@ibm-cloud/watsonx-ai': 'watsonx',
  'groq-sdk': 'groq',
  'together-ai': 'together',
  '@mistralai/mistralai': 'mistral',
  'cohere-ai': 'cohere',
  replicate: 'replicate',
});

/** Vercel AI SDK providers (`import { openai } from '@ai-sdk/openai'`; `openai('gpt-4o')`) → provider. */
export const AI_SDK_PROVIDERS: Record<string, string> = table({
  openai: 'openai',
  azure: 'azure-openai',
  anthropic: 'anthropic',
  google: 'google',
  'google-vertex': 'vertex-ai',
  'amazon-bedrock': 'bedrock',
  mistral: 'mistral',
  groq: 'groq',
  cohere: 'cohere',
  xai: 'xai',
  deepseek: 'deepseek',
  togetherai: 'together',
  fireworks: 'fireworks',
  perplexity: 'perplexity',
  cerebras: 'cerebras',
  deepinfra: 'deepinfra',
});

/**
 * The Vercel AI Gateway's provider slugs (`gateway('xai/grok-4')`) that are named otherwise here; any other slug is
 * the provider's name.
 */
export const AI_GATEWAY_PROVIDERS: Record<string, string> = table({
  vertex: 'vertex-ai',
  azure: 'azure-openai',
  bedrock: 'bedrock',
});

/** JavaScript classes (`new X({ model })`) of LangChain.js and the SDKs. */
export const JS_HOSTED_CLASSES: Record<string, HostedClass> = table({
  ChatOpenAI: { provider: 'openai', kws: ['model', 'modelName'] },
  OpenAIEmbeddings: { provider: 'openai', kws: ['model', 'modelName'] },
  AzureChatOpenAI: {
    provider: 'azure-openai',
    kws: ['azureOpenAIApiDeploymentName', 'deploymentName', 'model', 'modelName'],
  },
  ChatAnthropic: { provider: 'anthropic', kws: ['model', 'modelName'] },
  ChatGoogleGenerativeAI: { provider: 'google', kws: ['model', 'modelName'] },
  GoogleGenerativeAIEmbeddings: { provider: 'google', kws: ['model', 'modelName'] },
  ChatVertexAI: { provider: 'vertex-ai', kws: ['model', 'modelName'] },
  VertexAIEmbeddings: { provider: 'vertex-ai', kws: ['model'] },
  BedrockChat: { provider: 'bedrock', kws: ['model'] },
  ChatBedrockConverse: { provider: 'bedrock', kws: ['model'] },
  BedrockEmbeddings: { provider: 'bedrock', kws: ['model'] },
  InvokeModelCommand: { provider: 'bedrock', kws: ['modelId'] },
  InvokeModelWithResponseStreamCommand: { provider: 'bedrock', kws: ['modelId'] },
  ConverseCommand: { provider: 'bedrock', kws: ['modelId'] },
  ConverseStreamCommand: { provider: 'bedrock', kws: ['modelId'] },
  WatsonxLLM: { provider: 'watsonx', kws: ['model', 'modelId'] },
  ChatWatsonx: { provider: 'watsonx', kws: ['model', 'modelId'] },
  WatsonxEmbeddings: { provider: 'watsonx', kws: ['model', 'modelId'] },
  ChatMistralAI: { provider: 'mistral', kws: ['model', 'modelName'] },
  ChatGroq: { provider: 'groq', kws: ['model', 'modelName'] },
  ChatCohere: { provider: 'cohere', kws: ['model'] },
  CohereEmbeddings: { provider: 'cohere', kws: ['model'] },
  MistralAIEmbeddings: { provider: 'mistral', kws: ['model', 'modelName'] },
  AzureOpenAIEmbeddings: {
    provider: 'azure-openai',
    kws: ['azureOpenAIApiDeploymentName', 'deploymentName', 'model', 'modelName'],
  },
  // LangChain.js's wrappers of Together AI and Fireworks (`@langchain/community`, `@langchain/together-ai`): ids
  // shaped like the Hub's (`mistralai/Mixtral-8x7B-Instruct-v0.1`) that the service runs
  ChatTogetherAI: { provider: 'together', kws: ['model', 'modelName'] },
  TogetherAI: { provider: 'together', kws: ['model', 'modelName'] },
  TogetherAIEmbeddings: { provider: 'together', kws: ['model', 'modelName'] },
  ChatFireworks: { provider: 'fireworks', kws: ['model', 'modelName'] },
  Fireworks: { provider: 'fireworks', kws: ['model', 'modelName'] },
  FireworksEmbeddings: { provider: 'fireworks', kws: ['model', 'modelName'] },
  ChatDeepSeek: { provider: 'deepseek', kws: ['model', 'modelName'] },
  ChatXAI: { provider: 'xai', kws: ['model', 'modelName'] },
  // LangChain.js's wrappers of Cerebras (`@langchain/cerebras`), Perplexity and DeepInfra (`@langchain/community`),
  // as the Python side's (also read by the package they come from: frameworkPackageService)
  ChatCerebras: { provider: 'cerebras', kws: ['model', 'modelName'] },
  ChatPerplexity: { provider: 'perplexity', kws: ['model', 'modelName'] },
  ChatDeepInfra: { provider: 'deepinfra', kws: ['model', 'modelName'] },
});

/**
 * Services a constant's or an environment variable's name may be named for that are no key of SERVICES: their
 * APIs serve models under names the Hub uses too (Pinecone's `multilingual-e5-large`, Voyage AI's `voyage-3`), but
 * a folder or a key named `pinecone` is a vector store's, not a model's.
 */
const NAME_SERVICES: Record<string, Mode> = table({
  pinecone: 'hosted:pinecone',
  voyage: 'hosted:voyage',
  voyageai: 'hosted:voyage',
});

/** Services whose own model ids are never shaped `org/name`: such a value under their name is not theirs. */
const NO_SLASH_SERVICES = new Set<Mode>(['hosted:anthropic', 'hosted:google', 'hosted:azure-openai', 'hosted:bedrock']);

/**
 * The hosted service whose model a constant, a settings field or an environment variable holds, by its name:
 * `GROQ_MODEL = "llama-3.3-70b-versatile"`, `TOGETHER_AI_MODEL`, `PINECONE_EMBEDDING_MODEL`, `fireworksModel`,
 * `os.getenv("TOGETHER_MODEL", "meta-llama/Llama-3-8b-chat-hf")`: the first word (or the first two, `AZURE_OPENAI_`,
 * `VERTEX_AI_`, `AWS_BEDROCK_`), after a `DEFAULT_`, names a service of SERVICES (not a publisher's name alone:
 * `OPENAI_MODEL`, `MISTRAL_MODEL`, `GOOGLE_MODEL` may hold a Hub model of theirs) and the rest of the name is about
 * a model (the caller checks it). Undefined for the Hub's and Ollama's names (`HF_MODEL`, `HUGGINGFACE_MODEL`,
 * `OLLAMA_MODEL`), a server of one's own (`LOCAL_MODEL`, `VLLM_MODEL`), and `value` when it is a Hub id (`org/name`)
 * under a service that names its models otherwise (`ANTHROPIC_MODEL` set to a local server's model).
 */
export function namedServiceMode(name: string, value: string): Mode | undefined {
  if (name.length > 80) return undefined;
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words[0] === 'default') words.shift();
  if (words.length < 2) return undefined;
  let mode: Mode | undefined;
  for (const n of [2, 1]) {
    if (words.length <= n) continue;
    const w = words.slice(0, n).join('');
    const m = Object.hasOwn(NAME_SERVICES, w) ? NAME_SERVICES[w] : serviceMode(w);
    if (m?.startsWith('hosted:')) {
      mode = m;
      break;
    }
  }
  // (a model's name has a number or a separator: not a setting beside it, `levels: ["low", "high"]`)
  if (mode === undefined || !/[\d./:-]/.test(value)) return undefined;
  if (NO_SLASH_SERVICES.has(mode) && /^[\w.-]+\/[\w.-]+$/.test(value.trim())) return undefined;
  return mode;
}
