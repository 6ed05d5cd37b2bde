import { table } from '../common/table.js';
import type { ReadMode } from '../types.js';
import type { Lang } from './lexer.js';

/**
 * How a loader's argument is read: a value mode of the shared readers (`hub`, `ollama`, `hosted:PROVIDER`), or
 * `djl`: a DJL model-zoo address (`djl://ai.djl.huggingface.pytorch/org/name`), whose artifact is a Hub model;
 * `not-a-model`: a dataset's or a Space's id (`api.dataset("org/x")`), which no weaker reading may take for a model.
 */
export type NativeMode = ReadMode | 'djl' | 'not-a-model';

/**
 * A call (or a Go composite literal) that loads a model by its argument. Written as data: one row per loader.
 */
export interface LoaderRule {
  langs: readonly Lang[];
  /**
   * The callee: `Type.method` (its last two names; Rust's and C#'s `::` is written `.`), `.method` (a method of
   * any receiver), or `Name` (the last name, with or without a receiver: a constructor, a free function).
   */
  call: string;
  /** The argument, by position (Swift's labelled arguments count too)... */
  arg?: number;
  /**
   * ... or by label, keyword or field name (Swift `id:`, C# `modelId:`, Kotlin `modelName =`, Go `Model:`, the
   * property of a C# object initializer `new X { Model = ... }`).
   */
  keys?: readonly string[];
  mode: NativeMode;
  /** A string the file must hold for the rule to apply: the import of the library. */
  requires?: string;
  /** hf-hub's `Repo::with_revision(id, RepoType::Model, rev)`, `Repo::new(id, RepoType::Model)`: the positions of the type and revision. */
  repoType?: number;
  revision?: number;
}

const RUST: readonly Lang[] = ['rust'];
const GO: readonly Lang[] = ['go'];
const SWIFT: readonly Lang[] = ['swift'];
const JVM: readonly Lang[] = ['java', 'kotlin'];
const CS: readonly Lang[] = ['csharp'];

/** Go's Ollama API requests (github.com/ollama/ollama/api): `&api.GenerateRequest{Model: "llama3.2"}`. */
const OLLAMA_GO_REQUESTS = [
  'GenerateRequest',
  'ChatRequest',
  'EmbedRequest',
  'EmbeddingRequest',
  'PullRequest',
  'ShowRequest',
];

/** OllamaSharp's requests (OllamaSharp.Models, OllamaSharp.Models.Chat), whose `Model` property names the model. */
const OLLAMASHARP_REQUESTS = [
  'ChatRequest',
  'GenerateRequest',
  'EmbedRequest',
  'PullModelRequest',
  'ShowModelRequest',
  'PushModelRequest',
];

/** langchaingo's LLM packages and how each reads `WithModel(...)`. */
const LANGCHAINGO: ReadonlyArray<[string, NativeMode]> = [
  ['ollama', 'ollama'],
  ['huggingface', 'hub'],
  ['openai', 'hosted:openai'],
  ['anthropic', 'hosted:anthropic'],
  ['mistral', 'hosted:mistral'],
  ['cohere', 'hosted:cohere'],
  ['bedrock', 'hosted:bedrock'],
  ['watsonx', 'hosted:watsonx'],
  ['googleai', 'hosted:google'],
  ['vertex', 'hosted:vertex-ai'],
];

/** mistral.rs's builders: `TextModelBuilder::new("microsoft/Phi-3.5-mini-instruct")`, `GgufModelBuilder::new("org/x-GGUF", files)`. */
const MISTRALRS_BUILDERS = [
  'TextModelBuilder',
  'VisionModelBuilder',
  'MultimodalModelBuilder',
  'EmbeddingModelBuilder',
  'GgufModelBuilder',
  'UqffTextModelBuilder',
  'UqffVisionModelBuilder',
  'DiffusionModelBuilder',
  'SpeechModelBuilder',
  'AnyMoeModelBuilder',
];

export const LOADER_RULES: readonly LoaderRule[] = [
  // Rust: the hf-hub crate (candle and most Rust inference code)
  { langs: RUST, call: '.model', arg: 0, mode: 'hub', requires: 'hf_hub' },
  { langs: RUST, call: '.dataset', arg: 0, mode: 'not-a-model', requires: 'hf_hub' },
  { langs: RUST, call: '.space', arg: 0, mode: 'not-a-model', requires: 'hf_hub' },
  { langs: RUST, call: 'Repo.dataset', arg: 0, mode: 'not-a-model', requires: 'hf_hub' },
  { langs: RUST, call: 'Repo.model', arg: 0, mode: 'hub', requires: 'hf_hub' },
  { langs: RUST, call: 'Repo.with_revision', arg: 0, mode: 'hub', requires: 'hf_hub', repoType: 1, revision: 2 },
  { langs: RUST, call: 'Repo.new', arg: 0, mode: 'hub', requires: 'hf_hub', repoType: 1 },
  // Rust: mistral.rs
  ...MISTRALRS_BUILDERS.map((b) => ({
    langs: RUST,
    call: `${b}.new`,
    arg: 0,
    mode: 'hub' as const,
    requires: 'mistralrs',
  })),
  // Rust: ollama-rs
  { langs: RUST, call: 'GenerationRequest.new', arg: 0, mode: 'ollama', requires: 'ollama_rs' },
  { langs: RUST, call: 'ChatMessageRequest.new', arg: 0, mode: 'ollama', requires: 'ollama_rs' },
  { langs: RUST, call: 'GenerateEmbeddingsRequest.new', arg: 0, mode: 'ollama', requires: 'ollama_rs' },
  { langs: RUST, call: '.pull_model', arg: 0, mode: 'ollama', requires: 'ollama_rs' },
  // Rust: async-openai's request builders
  { langs: RUST, call: '.model', arg: 0, mode: 'hosted:openai', requires: 'async_openai' },
  // Go: Ollama's API client
  ...OLLAMA_GO_REQUESTS.map((r) => ({
    langs: GO,
    call: `api.${r}`,
    keys: ['Model', 'Name'],
    mode: 'ollama' as const,
    requires: 'ollama/api',
  })),
  // Go: langchaingo
  ...LANGCHAINGO.flatMap(([pkg, mode]) =>
    ['WithModel', 'WithEmbeddingModel', 'WithDefaultModel', 'WithDefaultEmbeddingModel'].map((fn) => ({
      langs: GO,
      call: `${pkg}.${fn}`,
      arg: 0,
      mode,
      requires: 'langchaingo',
    })),
  ),
  // Go: OpenAI SDKs (openai-go and go-openai) and Anthropic's
  ...[
    'ChatCompletionNewParams',
    'CompletionNewParams',
    'EmbeddingNewParams',
    'ChatCompletionRequest',
    'CompletionRequest',
  ].map((p) => ({ langs: GO, call: `openai.${p}`, keys: ['Model'], mode: 'hosted:openai' as const })),
  { langs: GO, call: 'responses.ResponseNewParams', keys: ['Model'], mode: 'hosted:openai', requires: 'openai' },
  { langs: GO, call: 'anthropic.MessageNewParams', keys: ['Model'], mode: 'hosted:anthropic' },
  // Swift: mlx-swift-examples (MLXLMCommon) and swift-transformers (Hub, Tokenizers)
  { langs: SWIFT, call: 'ModelConfiguration', keys: ['id'], mode: 'hub' },
  { langs: SWIFT, call: 'loadModel', keys: ['id'], mode: 'hub' },
  { langs: SWIFT, call: 'loadModelContainer', keys: ['id'], mode: 'hub' },
  { langs: SWIFT, call: 'AutoTokenizer.from', keys: ['pretrained'], mode: 'hub' },
  { langs: SWIFT, call: '.snapshot', keys: ['from'], mode: 'hub', requires: 'Hub' },
  { langs: SWIFT, call: 'Repo', keys: ['id'], mode: 'hub', requires: 'Hub' },
  // Java and Kotlin: DJL's model zoo, ollama4j
  { langs: JVM, call: '.optModelUrls', arg: 0, mode: 'djl' },
  { langs: JVM, call: '.pullModel', arg: 0, mode: 'ollama', requires: 'ollama4j' },
  { langs: JVM, call: '.generate', arg: 0, mode: 'ollama', requires: 'ollama4j' },
  // C#: Semantic Kernel's connectors, OllamaSharp, Microsoft.Extensions.AI, the OpenAI .NET SDK
  ...[
    'AddOllamaChatCompletion',
    'AddOllamaTextGeneration',
    'AddOllamaTextEmbeddingGeneration',
    'AddOllamaEmbeddingGenerator',
    'AddOllamaChatClient',
  ].map((m) => ({ langs: CS, call: `.${m}`, arg: 0, keys: ['modelId'], mode: 'ollama' as const })),
  ...[
    'AddHuggingFaceTextGeneration',
    'AddHuggingFaceChatCompletion',
    'AddHuggingFaceTextEmbeddingGeneration',
    'AddHuggingFaceEmbeddingGenerator',
  ].map((m) => ({ langs: CS, call: `.${m}`, arg: 0, keys: ['model'], mode: 'hub' as const })),
  ...[
    'AddOpenAIChatCompletion',
    'AddOpenAITextEmbeddingGeneration',
    'AddOpenAIEmbeddingGenerator',
    'AddOpenAIChatClient',
    'AddOpenAITextToImage',
  ].map((m) => ({ langs: CS, call: `.${m}`, arg: 0, keys: ['modelId'], mode: 'hosted:openai' as const })),
  ...['AddGoogleAIGeminiChatCompletion', 'AddGoogleAIEmbeddingGenerator'].map((m) => ({
    langs: CS,
    call: `.${m}`,
    arg: 0,
    keys: ['modelId'],
    mode: 'hosted:google' as const,
  })),
  { langs: CS, call: '.AddMistralChatCompletion', arg: 0, keys: ['modelId'], mode: 'hosted:mistral' },
  { langs: CS, call: '.AddBedrockChatCompletionService', arg: 0, keys: ['modelId'], mode: 'hosted:bedrock' },
  { langs: CS, call: 'OllamaApiClient', arg: 1, keys: ['defaultModel'], mode: 'ollama' },
  // OllamaSharp's requests, by their object initializer: `new ChatRequest { Model = "llama3.2" }`
  ...OLLAMASHARP_REQUESTS.map((r) => ({
    langs: CS,
    call: r,
    keys: ['Model'],
    mode: 'ollama' as const,
    requires: 'OllamaSharp',
  })),
  // Azure.AI.OpenAI's (1.0 betas) options name the deployment: `new ChatCompletionsOptions { DeploymentName = "gpt-4o" }`
  ...['ChatCompletionsOptions', 'CompletionsOptions', 'EmbeddingsOptions', 'ImageGenerationOptions'].map((r) => ({
    langs: CS,
    call: r,
    keys: ['DeploymentName'],
    mode: 'hosted:azure-openai' as const,
    requires: 'Azure.AI.OpenAI',
  })),
  { langs: CS, call: 'OllamaChatClient', arg: 1, keys: ['modelId'], mode: 'ollama' },
  { langs: CS, call: 'OllamaEmbeddingGenerator', arg: 1, keys: ['modelId'], mode: 'ollama' },
  ...['ChatClient', 'EmbeddingClient', 'AudioClient', 'ImageClient'].map((c) => ({
    langs: CS,
    call: c,
    arg: 0,
    keys: ['model'],
    mode: 'hosted:openai' as const,
    requires: 'OpenAI',
  })),
  { langs: CS, call: '.GetChatClient', arg: 0, keys: ['model'], mode: 'hosted:openai', requires: 'OpenAI' },
  { langs: CS, call: '.GetEmbeddingClient', arg: 0, keys: ['model'], mode: 'hosted:openai', requires: 'OpenAI' },
];

/**
 * Classes whose builder or constructor takes a model (LangChain4j, Spring AI options, Jlama; Kotlin and Java):
 * `OllamaChatModel.builder().modelName("llama3")`, `HuggingFaceChatModel.builder().modelId("org/x")`. The class
 * name's start says how its model is read; the first row that matches counts.
 */
export const MODEL_CLASSES: ReadonlyArray<[RegExp, NativeMode]> = [
  [/^Ollama/, 'ollama'],
  [/^HuggingFace/, 'hub'],
  [/^Jlama/, 'hub'],
  [/^AzureOpenAi/, 'hosted:azure-openai'],
  [/^OpenAi/, 'hosted:openai'],
  [/^Anthropic/, 'hosted:anthropic'],
  [/^Bedrock/, 'hosted:bedrock'],
  [/^VertexAi/, 'hosted:vertex-ai'],
  [/^GoogleAi/, 'hosted:google'],
  [/^MistralAi/, 'hosted:mistral'],
  [/^Watsonx/, 'hosted:watsonx'],
  [/^Cohere/, 'hosted:cohere'],
];

/** How the model of a class is read, by its name's start (MODEL_CLASSES' first matching row), or undefined. */
export function modelClassMode(name: string): NativeMode | undefined {
  for (const [re, mode] of MODEL_CLASSES) if (re.test(name)) return mode;
  return undefined;
}

/** The setters (and keyword arguments) of those classes that take the model. */
export const MODEL_SETTERS: ReadonlySet<string> = new Set(['modelName', 'modelId', 'model', 'withModel', 'setModel']);

/**
 * Calls whose value is one of their arguments (its position): wrappers (`String::from("x")`, `Some("x")`,
 * `String("x")`, C#'s `new Uri("x")`; `"x".to_string()` is a method) and Go's command-line flags with their default
 * (`flag.String("model", "llama3.2", "usage")`, cobra's `cmd.Flags().String("model", "llama3", "usage")`). Keyed by
 * the callee's last two names (of a method called on a call's result, the two methods'), or its last alone.
 */
export const WRAPPERS: Readonly<Record<string, number>> = table({
  'String.from': 0,
  Some: 0,
  Ok: 0,
  String: 0,
  // C#'s `new Uri("http://localhost:11434/v1")`: a server's address (OpenAI clients' endpoints)
  Uri: 0,
  'flag.String': 1,
  'pflag.String': 1,
  'pflag.StringP': 2,
  'Flags.String': 1,
  'Flags.StringP': 2,
  'PersistentFlags.String': 1,
  'PersistentFlags.StringP': 2,
});

/**
 * Go's flag functions that bind a variable given as their first argument (`flag.StringVar(&model, "model",
 * "llama3.2", "usage")`; pflag's and cobra's `StringVarP(&m, "model", "m", "llama3", "usage")`) → the position of
 * the default.
 */
export const GO_FLAG_VARS: Readonly<Record<string, number>> = table({ StringVar: 2, StringVarP: 3 });

/** Methods whose argument is the value when the receiver has none: `env::var("M").unwrap_or("org/x")`. */
export const DEFAULTING: ReadonlySet<string> = new Set([
  'unwrap_or',
  'or',
  'orElse',
  'getOrElse',
  'getOrDefault',
  'GetValueOrDefault',
  'or_else',
]);
