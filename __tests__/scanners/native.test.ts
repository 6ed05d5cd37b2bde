import { describe, expect, it } from '@jest/globals';
import { native } from '../../src/scanners/native/index.js';
import { nativeMayHold } from '../../src/scanners/native/index.js';
import { lexNative } from '../../src/scanners/native/lexer.js';
import { T } from '../../src/scanners/common/tokens.js';
import { ReferenceCapError, runScanner } from '../../src/scanners/limits.js';
import { ctx, scanWith } from './helpers.js';

const scan = scanWith(native);

describe('native scanner: Rust', () => {
  it('reads hf-hub downloads, their pinned revision, clap defaults, match arms and model-named values', () => {
    expect(
      scan(
        `
        use hf_hub::{api::sync::Api, Repo, RepoType};

        const DEFAULT_MODEL: &str = "Qwen/Qwen2.5-7B-Instruct";

        #[derive(Parser)]
        struct Args {
            #[arg(long, default_value = "google/gemma-2-2b-it")]
            model_id: String,
            #[arg(long, default_value = "main")]
            revision: String,
        }

        fn main() -> anyhow::Result<()> {
            let api = Api::new()?;
            let repo = api.repo(Repo::with_revision(
                "mistralai/Mistral-7B-v0.1".to_string(),
                RepoType::Model,
                "26bca36bde8333b5d7f72e9ed20ccda6a618af24".to_string(),
            ));
            let tokenizer = api.model("bert-base-uncased".to_string()).get("tokenizer.json")?;
            let weights = api.model(args.model_id.clone()).get("model.safetensors")?;
            let model_id = match args.which {
                Which::Small => "microsoft/phi-2".to_string(),
                Which::Large => "01-ai/Yi-6B".to_string(),
            };
            let (model_id, revision) = match args.which {
                Which::A => ("state-spaces/mamba-130m", "refs/pr/1"),
                Which::B => ("state-spaces/mamba-370m", "refs/pr/1"),
            };
            Ok(())
        }

        impl Which {
            fn model_id(&self) -> &'static str {
                match self {
                    Self::Tiny => "TinyLlama/TinyLlama-1.1B-Chat-v1.0",
                    Self::Vgg => "timm/vgg16.tv_in1k",
                }
            }
        }
        `,
        'src/main.rs',
      ),
    ).toEqual([
      '3:30 hub Qwen/Qwen2.5-7B-Instruct',
      '7:34 hub google/gemma-2-2b-it',
      '16:10 hub mistralai/Mistral-7B-v0.1@26bca36bde8333b5d7f72e9ed20ccda6a618af24',
      '20:32 hub bert-base-uncased',
      '23:26 hub microsoft/phi-2',
      '24:26 hub 01-ai/Yi-6B',
      '27:23 hub state-spaces/mamba-130m',
      '28:23 hub state-spaces/mamba-370m',
      '36:28 hub TinyLlama/TinyLlama-1.1B-Chat-v1.0',
      '37:27 hub timm/vgg16.tv_in1k',
    ]);
  });

  it('keeps datasets out, even when held by a name like a model; a branch is no revision', () => {
    expect(
      scan(
        `
        use hf_hub::api::sync::Api;
        fn eval(api: &Api) {
            let model_id = "roneneldan/TinyStories";
            let ds = api.dataset(model_id.to_string());
            let other = api.repo(hf_hub::Repo::with_revision("org/parquet-data".into(), hf_hub::RepoType::Dataset, "main".into()));
            let m = api.repo(hf_hub::Repo::with_revision("openai/whisper-tiny".into(), hf_hub::RepoType::Model, "main".into()));
        }
        `,
        'src/eval.rs',
      ),
    ).toEqual(['6:51 hub openai/whisper-tiny']);
  });

  it('reads mistral.rs builders and ollama-rs requests', () => {
    expect(
      scan(
        `
        use mistralrs::{GgufModelBuilder, TextModelBuilder};
        use ollama_rs::generation::completion::request::GenerationRequest;

        async fn run() -> anyhow::Result<()> {
            let model = TextModelBuilder::new("microsoft/Phi-3.5-mini-instruct").build().await?;
            let gguf = GgufModelBuilder::new("bartowski/Llama-3.2-3B-Instruct-GGUF", vec!["Llama-3.2-3B-Instruct-Q4_K_M.gguf"]);
            let res = ollama.generate(GenerationRequest::new("llama3.2".to_string(), prompt)).await?;
            Ok(())
        }
        `,
        'examples/run.rs',
      ),
    ).toEqual([
      '5:40 hub microsoft/Phi-3.5-mini-instruct',
      '6:39 hub bartowski/Llama-3.2-3B-Instruct-GGUF',
      '7:55 ollama ollama:llama3.2',
    ]);
  });

  it("lexes raw and byte strings, lifetimes, nested comments, and reads nothing in comments or other crates' calls", () => {
    expect(
      scan(
        `
        /* outer /* nested "org/in-comment" */ let model_id = "org/still-comment"; */
        // let model_id = "org/line-comment";
        fn f<'a>(x: &'a str) -> &'a str {
            let raw = r#"a "quoted" model_id = "org/raw""#;
            let bytes = b"org/bytes";
            let c = '"';
            let model_name = "acme/after-char";
            other.load("not-hf/crate");
            x
        }
        `,
        'src/lib.rs',
      ),
    ).toEqual(['7:23 hub acme/after-char']);
  });
});

describe('native scanner: Go', () => {
  it("reads Ollama's API requests, langchaingo options, flags and model-named values", () => {
    expect(
      scan(
        `
        package main

        import (
        \t"flag"
        \t"os"

        \t"github.com/ollama/ollama/api"
        \t"github.com/tmc/langchaingo/llms/huggingface"
        \t"github.com/tmc/langchaingo/llms/ollama"
        \t"github.com/tmc/langchaingo/llms/openai"
        )

        const embedModel = "nomic-embed-text"

        var modelFlag = flag.String("model", "qwen2.5-coder:7b", "the model to use")

        func main() {
        \treq := &api.GenerateRequest{Model: "llama3.2", Prompt: "hi"}
        \t_ = client.Embed(ctx, &api.EmbedRequest{Model: embedModel, Input: "x"})
        \tmodel := os.Getenv("CHAT_MODEL")
        \tif model == "" {
        \t\tmodel = "gemma3:4b"
        \t}
        \t_ = client.Chat(ctx, &api.ChatRequest{Model: model}, nil)
        \tllm, _ := ollama.New(ollama.WithModel(*modelFlag))
        \thf, _ := huggingface.New(huggingface.WithModel("HuggingFaceH4/zephyr-7b-beta"))
        \toa, _ := openai.New(openai.WithModel("gpt-4o"))
        \tcfg := Config{ModelID: "BAAI/bge-small-en-v1.5", Dataset: "org/not-a-model-dataset"}
        \traw := \`not/read\`
        }
        `,
        'cmd/app/main.go',
      ),
    ).toEqual([
      '13:21 ollama ollama:nomic-embed-text',
      '15:39 ollama ollama:qwen2.5-coder:7b',
      '18:38 ollama ollama:llama3.2',
      '22:12 ollama ollama:gemma3:4b',
      '26:50 hub HuggingFaceH4/zephyr-7b-beta',
      '27:40 hosted(openai) gpt-4o',
      '28:26 hub BAAI/bge-small-en-v1.5',
    ]);
  });
});

describe('native scanner: Swift', () => {
  it('reads mlx-swift configurations, swift-transformers and Hub snapshots', () => {
    expect(
      scan(
        `
        import Hub
        import MLXLMCommon
        import Tokenizers

        extension ModelRegistry {
            static public let llama3_2_3B_4bit = ModelConfiguration(
                id: "mlx-community/Llama-3.2-3B-Instruct-4bit",
                defaultPrompt: "What is the gravity on Mars and the moon?"
            )
            static public let local = ModelConfiguration(directory: URL(filePath: "/tmp/model"))
        }

        func load(name: String) async throws {
            let tokenizer = try await AutoTokenizer.from(pretrained: "mlx-community/Qwen2.5-1.5B-Instruct-4bit")
            let dir = try await HubApi().snapshot(from: "openai/whisper-tiny", matching: ["*.json"])
            let prompt = """
                Say "org/in-text" \\(name)
                """
            let raw = #"raw "string" org/x"#
            let modelId = "apple/OpenELM-270M-Instruct"
            let greeting = "hello \\(name) org/dynamic"
        }
        `,
        'Sources/App/Models.swift',
      ),
    ).toEqual([
      '7:14 hub mlx-community/Llama-3.2-3B-Instruct-4bit',
      '14:63 hub mlx-community/Qwen2.5-1.5B-Instruct-4bit',
      '15:50 hub openai/whisper-tiny',
      '20:20 hub apple/OpenELM-270M-Instruct',
    ]);
  });
});

describe('native scanner: Java and Kotlin', () => {
  it('reads LangChain4j builders by their class, DJL model-zoo addresses and model-named constants', () => {
    expect(
      scan(
        `
        import dev.langchain4j.model.ollama.OllamaChatModel;
        import dev.langchain4j.model.huggingface.HuggingFaceChatModel;
        import dev.langchain4j.model.openai.OpenAiChatModel;

        public class Chat {
            private static final String MODEL_NAME = "llama3.1:8b";
            static final String EMBEDDING_MODEL = "BAAI/bge-small-en-v1.5";

            public static void main(String[] args) {
                var ollama = OllamaChatModel.builder()
                        .baseUrl("http://localhost:11434")
                        .modelName(MODEL_NAME)
                        .build();
                var hf = HuggingFaceChatModel.builder().modelId("tiiuae/falcon-7b-instruct").build();
                var oa = OpenAiChatModel.builder().apiKey(key).modelName("gpt-4o-mini").build();
                var criteria = Criteria.builder()
                        .optModelUrls("djl://ai.djl.huggingface.pytorch/sentence-transformers/all-MiniLM-L6-v2")
                        .build();
                String block = """
                    a "text block" model = "org/in-block"
                    """;
                char quote = '"';
            }
        }
        `,
        'src/main/java/app/Chat.java',
      ),
    ).toEqual([
      '6:47 ollama ollama:llama3.1:8b',
      '7:44 hub BAAI/bge-small-en-v1.5',
      '14:58 hub tiiuae/falcon-7b-instruct',
      '15:67 hosted(openai) gpt-4o-mini',
      '17:65 hub sentence-transformers/all-MiniLM-L6-v2',
    ]);
  });

  it('reads the model of a request in a file of one hosted service as that service', () => {
    expect(
      scan(
        `
        var model = WatsonxChatModel.builder().url(url).modelName("ibm/granite-4-h-small").build();
        var request = ChatRequest.builder().modelName("mistralai/mistral-small-3-1-24b-instruct-2503").build();
        `,
        'src/main/java/Watsonx.java',
      ),
    ).toEqual([
      '1:60 hosted(watsonx) ibm/granite-4-h-small',
      '2:48 hosted(watsonx) mistralai/mistral-small-3-1-24b-instruct-2503',
    ]);
  });

  it('reads the model set on a variable declared of a model class (ollama4j requests, Spring AI options)', () => {
    expect(
      scan(
        `
        import io.github.ollama4j.Ollama;
        import io.github.ollama4j.models.generate.OllamaGenerateRequest;

        public class Generate {
            public static void main(String[] args) throws Exception {
                Ollama ollama = new Ollama("http://localhost:11434");
                OllamaGenerateRequest request = new OllamaGenerateRequest();
                request.setModel("mistral:7b");
                var image = new OllamaGenerateImageRequest();
                image.setPrompt("a boat").setModel("x/flux2-klein");
                Request other = new Request();
                other.setModel("not-a-model-read");
            }
        }
        `,
        'src/main/java/app/Generate.java',
      ),
    ).toEqual(['8:27 ollama ollama:mistral:7b', '10:45 ollama ollama:x/flux2-klein']);
    expect(
      scan(
        `
        fun options(): OllamaOptions {
            val opts: OllamaOptions = OllamaOptions.create()
            opts.withModel("llama3.2")
            val hf = HuggingFaceChatModel(token)
            hf.modelId("org/fine-tune")
            return opts
        }
        fun two() {
            var o = OllamaOptions()
            o = OpenAiChatOptions()
            o.setModel("shared-name")
        }
        `,
        'app/src/main/kotlin/Options.kt',
      ),
    ).toEqual(['3:21 ollama ollama:llama3.2', '5:17 hub org/fine-tune']);
  });

  it('reads Kotlin builders, named arguments and constants; templates are not values', () => {
    expect(
      scan(
        `
        import dev.langchain4j.model.ollama.OllamaChatModel

        const val DEFAULT_MODEL = "microsoft/Phi-3-mini-4k-instruct"

        fun main() {
            val model = OllamaChatModel.builder()
                .modelName("gemma2:2b")
                .build()
            val other = OllamaChatModel(modelName = "phi3")
            val repoId: String = "Qwen/Qwen2.5-0.5B"
            val modelName = "org/\${suffix}"
            /* nested /* comment */ val modelId = "org/hidden" */
        }
        `,
        'app/src/main/kotlin/App.kt',
      ),
    ).toEqual([
      '3:28 hub microsoft/Phi-3-mini-4k-instruct',
      '7:21 ollama ollama:gemma2:2b',
      '9:46 ollama ollama:phi3',
      '10:27 hub Qwen/Qwen2.5-0.5B',
    ]);
  });
});

describe('native scanner: C#', () => {
  it('reads Semantic Kernel connectors, OllamaSharp and OpenAI clients, and model-named values', () => {
    expect(
      scan(
        `
        using Microsoft.SemanticKernel;
        using OpenAI.Chat;

        var builder = Kernel.CreateBuilder();
        builder.AddOllamaChatCompletion("llama3", new Uri("http://localhost:11434"));
        builder.AddHuggingFaceTextGeneration(model: "microsoft/phi-2", apiKey: key);
        builder.AddOpenAIChatCompletion(modelId: "gpt-4o", apiKey: key);
        ChatClient client = new ChatClient("gpt-4o-mini", Environment.GetEnvironmentVariable("OPENAI_API_KEY"));
        var ollama = new OllamaApiClient(new Uri("http://localhost:11434"), "qwen3:8b");
        var path = @"C:\\models\\x.onnx";
        var msg = $"Using {name} org/dynamic";
        const string ModelId = "BAAI/bge-base-en-v1.5";
        public string EmbeddingModel { get; set; } = "sentence-transformers/all-mpnet-base-v2";
        `,
        'src/Program.cs',
      ),
    ).toEqual([
      '5:34 ollama ollama:llama3',
      '6:46 hub microsoft/phi-2',
      '7:43 hosted(openai) gpt-4o',
      '8:37 hosted(openai) gpt-4o-mini',
      '9:70 ollama ollama:qwen3:8b',
      '12:25 hub BAAI/bge-base-en-v1.5',
      '13:47 hub sentence-transformers/all-mpnet-base-v2',
    ]);
  });

  it("reads the OpenAI SDK's and Semantic Kernel's OpenAI models by the endpoint they are given: Ollama, a hosted API", () => {
    expect(
      scan(
        `
        using System.ClientModel;
        using Microsoft.Extensions.AI;
        using OpenAI;

        IChatClient chat = new OpenAIClient(new ApiKeyCredential("ollama"), new OpenAIClientOptions
        {
            Endpoint = new Uri("http://localhost:11434/v1"),
        })
        .GetChatClient("llama3.2")
        .AsIChatClient();
        var embeddings = new OpenAIClient(new ApiKeyCredential("ollama"), new OpenAIClientOptions { Endpoint = new Uri("http://localhost:11434/v1") })
            .GetEmbeddingClient("all-minilm");
        `,
        'src/Chat/Program.cs',
      ),
    ).toEqual(['9:17 ollama ollama:llama3.2', '12:26 ollama ollama:all-minilm']);
    expect(
      scan(
        `
        using Microsoft.SemanticKernel;

        var builder = Kernel.CreateBuilder();
        builder.AddOpenAIChatCompletion(
            modelId: "phi3",
            endpoint: new Uri("http://localhost:11434"),
            apiKey: "apikey");
        var modelId = "mistral";
        var endpoint = new Uri("http://localhost:11434");
        builder.AddOpenAIChatCompletion(modelId, endpoint, apiKey: null);
        builder.AddOpenAIChatCompletion("llama-3.3-70b-versatile", new Uri("https://api.groq.com/openai/v1"), groqKey);
        builder.AddOpenAIChatCompletion("qwen2.5:7b", new Uri(Environment.GetEnvironmentVariable("OLLAMA_ENDPOINT")), "none");
        builder.AddOpenAIChatCompletion("gpt-4o", Environment.GetEnvironmentVariable("OPENAI_API_KEY"));
        builder.AddOpenAIChatCompletion("qwen3:8b", "none", httpClient: new HttpClient { BaseAddress = new Uri("http://localhost:11434") });
        `,
        'src/Kernel/Program.cs',
      ),
    ).toEqual([
      '5:15 ollama ollama:phi3',
      '8:16 ollama ollama:mistral',
      '11:34 hosted(groq) llama-3.3-70b-versatile',
      '12:34 ollama ollama:qwen2.5:7b',
      '13:34 hosted(openai) gpt-4o',
      '14:34 ollama ollama:qwen3:8b',
    ]);
    expect(
      scan(
        `
        using System.ClientModel;
        using OpenAI;
        using OpenAI.Chat;

        var options = new OpenAIClientOptions();
        options.Endpoint = new Uri("https://openrouter.ai/api/v1");
        var client = new ChatClient("meta-llama/llama-3.3-70b-instruct", new ApiKeyCredential(key), options);
        var search = new SearchClient(new Uri("https://example.search.windows.net"), "movies", credential);
        `,
        'src/Router/OpenRouter.cs',
      ),
    ).toEqual(['7:30 hosted(openrouter) meta-llama/llama-3.3-70b-instruct']);
  });

  it("reads the model set on a client's property (OllamaSharp's SelectedModel), and on no other object", () => {
    expect(
      scan(
        `
        using OllamaSharp;

        var uri = new Uri("http://localhost:11434");
        var ollama = new OllamaApiClient(uri);
        ollama.SelectedModel = "llama3.1:8b";
        var chat = new Chat(ollama);
        var settings = new AppSettings();
        settings.SelectedModel = "phi4-mini";
        `,
        'src/Program.cs',
      ),
    ).toEqual(['5:25 ollama ollama:llama3.1:8b']);
  });
});

describe('native scanner: C# object initializers', () => {
  it("reads the model property of an object initializer by the class's library or name", () => {
    expect(
      scan(
        `
        using OllamaSharp;
        using OllamaSharp.Models.Chat;

        var client = new OllamaApiClient(new Uri("http://localhost:11434")) { SelectedModel = "qwen2.5:7b" };
        var request = new ChatRequest { Model = "llama3.2", Messages = history, Stream = true };
        var pull = new OllamaSharp.Models.PullModelRequest { Model = "nomic-embed-text" };
        var local = new OllamaEmbedder(http)
        {
            EmbeddingModel = "mxbai-embed-large",
            ModelPath = "/opt/models/x",
        };
        var unrelated = new WidgetOptions { Model = "sedan", Name = "llama3.2" };
        `,
        'src/Chat/Program.cs',
      ),
    ).toEqual([
      '4:88 ollama ollama:qwen2.5:7b',
      '5:42 ollama ollama:llama3.2',
      '6:63 ollama ollama:nomic-embed-text',
      '9:23 ollama ollama:mxbai-embed-large',
    ]);
  });

  it('reads a target-typed new (C# 9) by the declared type of what it initializes', () => {
    expect(
      scan(
        `
        using OllamaSharp;
        using OllamaSharp.Models.Chat;

        public sealed class ChatService
        {
            private readonly OllamaApiClient _client = new(new Uri("http://localhost:11434"), "phi3:mini");
            private readonly OllamaSharp.OllamaApiClient? _embedder = new(endpoint) { SelectedModel = "all-minilm" };
            public ChatRequest Defaults { get; init; } = new() { Model = "mistral:7b" };

            public async Task AskAsync(string question)
            {
                ChatRequest request = new() { Model = "llama3.2", Messages = history, Stream = true };
                var widget = new WidgetOptions { Model = "sedan" };
                WidgetOptions other = new() { Model = "coupe" };
                Send(new() { Model = "gemma2:2b" });
            }
        }
        `,
        'src/Services/ChatService.cs',
      ),
    ).toEqual([
      '6:88 ollama ollama:phi3:mini',
      '7:96 ollama ollama:all-minilm',
      '8:67 ollama ollama:mistral:7b',
      '12:48 ollama ollama:llama3.2',
    ]);
    // a request of another library than OllamaSharp is no Ollama request, typed by its target or not
    expect(scan('using Contoso;\nChatRequest r = new() { Model = "llama3.2" };', 'src/Ask.cs')).toEqual([]);
  });

  it("reads Azure OpenAI's deployment by its options' initializer, only in a file using that SDK", () => {
    const azure = `
        using Azure.AI.OpenAI;

        var options = new ChatCompletionsOptions
        {
            DeploymentName = "gpt-4o",
            Messages = { new ChatRequestUserMessage(question) },
        };
        `;
    expect(scan(azure, 'src/Ask.cs')).toEqual(['5:23 hosted(azure-openai) gpt-4o']);
    expect(scan(azure.replace('Azure.AI.OpenAI', 'Contoso.Chat'), 'src/Ask.cs')).toEqual([]);
    // a request of another library than OllamaSharp is no Ollama request
    expect(scan('using Contoso;\nvar r = new ChatRequest { Model = "llama3.2" };', 'src/Ask.cs')).toEqual([]);
  });
});

describe('native scanner: names for an Ollama model', () => {
  it('reads a constant named for an Ollama model as an Ollama model, not its URL, path or Modelfile', () => {
    expect(
      scan(
        `
        namespace Acme.Core;

        public static class EmbeddingDefaults
        {
            public const string DefaultOllamaModel = "qwen3-embedding:0.6b";
            public const string DefaultOllamaBaseUrl = "http://localhost:11434";
            public const string OllamaModelPath = "models/local";
            public const string OllamaModelfile = "FROM llama3";
            public const string DefaultOpenAIModel = "text-embedding-3-small";
        }
        `,
        'src/Core/Constants.cs',
      ),
    ).toEqual(['5:47 ollama ollama:qwen3-embedding:0.6b']);
    expect(scan('package cfg\n\nconst OLLAMA_CHAT_MODEL = "llama3.1:8b"\n', 'internal/cfg/defaults.go')).toEqual([
      '3:28 ollama ollama:llama3.1:8b',
    ]);
  });
});

describe("native scanner: an API schema's examples", () => {
  it("reads no model in an attribute's or annotation's example, and still the loads beside it", () => {
    expect(
      scan(
        `
        use hf_hub::api::sync::Api;

        #[derive(Serialize, ToSchema)]
        pub struct Info {
            #[cfg_attr(feature = "http", schema(example = "Qwen/Qwen2.5-7B-Instruct"))]
            pub model_id: String,
            #[schema(example = json!(["meta-llama/Llama-3.1-8B-Instruct"]), nullable = true)]
            pub served: Option<Vec<String>>,
        }

        fn load() { let repo = Api::new().unwrap().model("BAAI/bge-small-en-v1.5".to_string()); }
        `,
        'router/src/lib.rs',
      ),
    ).toEqual(['11:51 hub BAAI/bge-small-en-v1.5']);
    expect(
      scan(
        `
        public record EmbedRequest(
            @Schema(description = "The model", example = "Qwen/Qwen2.5-7B-Instruct") String model,
            @Schema(example = "hello") String input) {}
        `,
        'src/main/java/acme/EmbedRequest.java',
      ),
    ).toEqual([]);
  });
});

describe('native scanner: tables of facts about models', () => {
  it("reads no model in a table's keys of numbers (dimensions, context lengths), and still a default beside it", () => {
    expect(
      scan(
        `
        public static class Defaults
        {
            public const string DefaultModel = "Qwen/Qwen2.5-7B-Instruct";
            public static readonly IReadOnlyDictionary<string, int> KnownDimensions = new Dictionary<string, int>
            {
                ["meta-llama/Llama-3.1-8B-Instruct"] = 4096,
                ["bert-base-uncased"] = 768,
            };
            static readonly Dictionary<string, int> Context = new() { { "meta-llama/Llama-3.1-8B-Instruct", 131072 } };
        }
        `,
        'src/Core/Defaults.cs',
      ),
    ).toEqual(['3:41 hub Qwen/Qwen2.5-7B-Instruct']);
    expect(
      scan('package x\n\nvar dims = map[string]int{"meta-llama/Llama-3.1-8B-Instruct": 4096}\n', 'internal/x/dims.go'),
    ).toEqual([]);
  });
});

describe('native scanner: everywhere', () => {
  it('reads catalog-known Hub ids in any string, and honours // model-gate: ignore', () => {
    expect(
      scan(
        `
        package x
        var choices = []string{"meta-llama/Llama-3.1-8B-Instruct", "some/unknown-thing"}
        var modelId = "Qwen/Qwen2.5-7B-Instruct" // model-gate: ignore
        `,
        'x.go',
      ),
    ).toEqual(['2:25 hub meta-llama/Llama-3.1-8B-Instruct']);
  });

  it('has an exact pre-filter: a file it declines holds nothing', () => {
    const plain = 'package x\nfunc f() string { return "hello" }\n';
    expect(nativeMayHold(plain, 'x.go', ctx)).toBe(false);
    expect(native.extract(plain, 'x.go', ctx)).toEqual([]);
    expect(nativeMayHold('x := api.GenerateRequest{Model: m}', 'x.go', ctx)).toBe(true);
    expect(nativeMayHold('let x = "org/name";', 'x.rs', ctx)).toBe(true);
  });

  it('lexes each language in one pass: unterminated literals end at the line (or the file), binary text is text', () => {
    const toks = lexNative('let a = "open\nlet b = "org/x";', 'java');
    expect(toks.filter((t) => t.t === T.Str).map((t) => t.val)).toEqual(['open', 'org/x']);
    const rust = lexNative('let a = "spans\nlines', 'rust');
    expect(rust.filter((t) => t.t === T.Str).map((t) => t.val)).toEqual(['spans\nlines']);
    const bin = '\u0000\u0001"\uffff\ud800/*\u0000'.repeat(1000);
    for (const path of ['a.go', 'a.rs', 'a.swift', 'a.kt', 'a.java', 'a.cs'])
      expect(native.extract(bin, path, ctx)).toEqual([]);
  });

  it('gives up on a file over its limits with a reason, never silently', () => {
    const many =
      'import "github.com/tmc/langchaingo/llms/huggingface"\n' +
      Array.from({ length: 30 }, (_, i) => `var m${i} = huggingface.WithModel("acme/llama-ft-${i}")`).join('\n');
    const capped = runScanner(native, many, 'm.go', { ...ctx, maxReferencesPerFile: 10 });
    expect(capped.references).toHaveLength(10);
    expect(capped.notScanned?.reason).toMatch(/30 model references, over the cap of 10/);
    expect(() => native.extract(many, 'm.go', { ...ctx, maxReferencesPerFile: 10 })).toThrow(ReferenceCapError);
    const huge = `fn main() { let model_id = "${'a'.repeat(2_000_000)}/x"; ${'('.repeat(200_000)} }`;
    expect(native.extract(huge, 'big.rs', ctx)).toEqual([]);
    // deep nesting: expressions are followed a few levels down, never recursively to the bottom
    const deep = `let model_id = ${'if a { match b { X => '.repeat(50_000)}"org/x"`;
    expect(native.extract(deep, 'deep.rs', ctx)).toEqual([]);
  });

  it('reads a Rust test module and comments as no dependency', () => {
    expect(
      scan(
        `
        use hf_hub::api::sync::Api;
        /// let api = Api::new()?.model("org/doc-example".to_string());
        #[cfg(test)]
        mod tests {
            fn t() { let m = Api::new().unwrap().model("acme/test-model".to_string()); }
        }
        `,
        'src/lib.rs',
      ),
    ).toEqual(['5:49 hub acme/test-model mention']);
  });
});
