import { describe, expect, it } from '@jest/globals';
import { config, javascript, python } from '../../src/scanners/index.js';
import { envEndpointMode, namedServiceMode, pathService, serviceMode } from '../../src/scanners/common/hosted.js';
import { scanWith } from './helpers.js';

/**
 * Models of inference services (OpenRouter, Together AI, Groq, PPIO, Novita, Nebius...) written with Hugging Face
 * ids: where the code says which service it sends them to, they are that service's hosted models, not Hub
 * downloads. The shapes are those of crewAI's model picker, AnythingLLM's providers and Continue's LLM classes.
 */
describe('models of a service the code names', () => {
  it("reads a table keyed by service as each service's models (crewAI's model picker)", () => {
    const py = scanWith(python, 'lib/cli/src/app_cli/create_crew.py');
    expect(
      py(`
        _PROVIDERS = [("openai", "OpenAI"), ("groq", "Groq"), ("ollama", "Ollama")]

        _PROVIDER_MODELS: dict[str, list[tuple[str, str]]] = {
            "openai": [
                ("gpt-4.1", "GPT-4.1"),
            ],
            "groq": [
                ("meta-llama/llama-4-scout-17b-16e-instruct", "Llama 4 Scout"),
                ("qwen/qwen3-32b", "Qwen3 32B"),
                ("llama-3.3-70b-versatile", "Llama 3.3 70B"),
            ],
            "ollama": [
                ("llama3.3", "Llama 3.3"),
            ],
        }

        def _default_model_for_provider(provider: str) -> str | None:
            models = _PROVIDER_MODELS.get(provider, [])
            return f"{provider}/{models[0][0]}" if models else None
      `),
    ).toEqual([
      '8:11 hosted(groq) meta-llama/llama-4-scout-17b-16e-instruct',
      '9:11 hosted(groq) qwen/qwen3-32b',
      '10:11 hosted(groq) llama-3.3-70b-versatile',
      '13:11 ollama ollama:llama3.3',
    ]);
  });

  it("reads Cohere's dated names and Mistral's API names as no Ollama model; in a record of that API, its model", () => {
    const py = scanWith(python, 'app/settings.py');
    expect(
      py(`
        OLLAMA_BASE = env("OLLAMA_BASE", default="http://localhost:11434/v1/")

        CHAT_BACKENDS = {}
        CHAT_BACKENDS["local"] = {"class": "app.llms.OpenAIChat", "base_url": OLLAMA_BASE, "model": "qwen2.5:7b"}
        CHAT_BACKENDS["cohere"] = {"class": "app.llms.CohereChat", "model_name": "command-r-plus-08-2024"}
        CHAT_BACKENDS["cohere-small"] = {"class": "app.llms.CohereChat", "model_name": "command-r7b-12-2024"}
        EMBEDDERS = {
            "mistral": {"class": "app.embeddings.MistralEmbeddings", "model": "mistral-embed"},
            "local": {"class": "app.embeddings.OpenAIEmbeddings", "base_url": OLLAMA_BASE, "model": "nomic-embed-text"},
        }
        PULL_ON_START = ["command-r7b", "mistral"]
      `),
    ).toEqual(['4:94 ollama ollama:qwen2.5:7b', '9:94 ollama ollama:nomic-embed-text']);
    // a record that names Mistral's API by its address: its API name is Mistral's model
    expect(
      py(`
        LLMS = {}
        LLMS["mistral"] = {"class": "app.llms.OpenAIChat", "base_url": "https://api.mistral.ai/v1", "model": "mistral-small-latest"}
      `),
    ).toEqual(['2:103 hosted(mistral) mistral-small-latest']);
  });

  it('leaves a table keyed by a publisher (google, mistral) to the Hub', () => {
    const py = scanWith(python, 'app/models.py');
    expect(
      py(`
        MODELS = {
            "google": ["google/gemma-2-9b-it"],
            "mistral": ["mistralai/Mistral-7B-Instruct-v0.3"],
        }
      `),
    ).toEqual(['2:17 hub google/gemma-2-9b-it', '3:18 hub mistralai/Mistral-7B-Instruct-v0.3']);
  });

  it("reads a record's provider field, LiteLLM's custom_llm_provider and route prefixes in any position", () => {
    const py = scanWith(python, 'app/llm.py');
    expect(
      py(`
        import litellm

        AGENTS = [
            {"name": "researcher", "provider": "openrouter", "model": "meta-llama/llama-3.1-70b-instruct"},
            {"name": "writer", "provider": "huggingface", "model": "HuggingFaceH4/zephyr-7b-beta"},
        ]
        FALLBACK_MODEL = "together_ai/meta-llama/Llama-3-70b-chat-hf"
        r = litellm.completion(model="mistralai/Mixtral-8x7B-Instruct-v0.1", custom_llm_provider="together_ai", messages=[])
      `),
    ).toEqual([
      '4:64 hosted(openrouter) meta-llama/llama-3.1-70b-instruct',
      '5:61 hub HuggingFaceH4/zephyr-7b-beta',
      '7:31 hosted(together) meta-llama/Llama-3-70b-chat-hf',
      '8:31 hosted(together) mistralai/Mixtral-8x7B-Instruct-v0.1',
    ]);
  });

  it("reads LiteLLM's clarifai/ route as Clarifai's hosted model (OpenHands' model lists)", () => {
    const py = scanWith(python, 'openhands/llm/verified.py');
    expect(
      py(`
        import litellm

        resp = litellm.completion(model="clarifai/openai.chat-completion.gpt-oss-120b", messages=[])
      `),
    ).toEqual(['3:43 hosted(clarifai) openai.chat-completion.gpt-oss-120b']);
  });

  it('keeps Hub ids whose publisher shares a name with a route prefix (HELM model_deployments.yaml)', () => {
    const yml = scanWith(config, 'src/helm/config/model_deployments.yaml');
    expect(
      yml(`
        model_deployments:
          - name: huggingface/dolly-v2-3b
            model_name: databricks/dolly-v2-3b
            client_spec:
              class_name: "helm.clients.huggingface_client.HuggingFaceClient"
          - name: huggingface/cerebras-gpt-13b
            model_name: cerebras/Cerebras-GPT-13B
          - name: litellm/groq
            model_name: groq/llama3-70b-8192
      `),
    ).toEqual(['9:22 hosted(groq) llama3-70b-8192']);
    const py = scanWith(python, 'app/llm.py');
    // LiteLLM writes its prefixes in lower case; `Groq/Llama-3-Groq-8B-Tool-Use` is Groq's Hub repository
    expect(py(`TOOL_MODEL = "Groq/Llama-3-Groq-8B-Tool-Use"\nFALLBACK_MODEL = "groq/llama3-8b-8192"\n`)).toEqual([
      '2:24 hosted(groq) llama3-8b-8192',
    ]);
  });

  it('keeps provider "openai" records with Hub ids as Hub models: an OpenAI-compatible server of their own', () => {
    const py = scanWith(python, 'app/llm.py');
    expect(py(`CONFIG = {"provider": "openai", "model": "LGAI-EXAONE/EXAONE-4.0.1-32B"}`)).toEqual([
      '1:43 hub LGAI-EXAONE/EXAONE-4.0.1-32B',
    ]);
  });

  it("reads a factory's default model by the provider it hands the model to (a RAG library's embedding services)", () => {
    const py = scanWith(python, 'src/ragkit/embeddings/service.py');
    expect(
      py(`
        class Embedder:
            def __init__(self, provider: str, model: str, **options):
                self.provider = provider
                self.model = model

            @classmethod
            def watsonx(cls, model: str = "ibm/slate-30m-english-rtrvr", project_id: str | None = None):
                return cls(provider="watsonx", model=model, project_id=project_id)

            @classmethod
            def together(
                cls,
                model: str = "BAAI/bge-large-en-v1.5",
                api_key: str | None = None,
            ) -> "Embedder":
                return cls(provider="together", model=model, api_key=api_key)

            @classmethod
            def local(cls, model: str = "BAAI/bge-small-en-v1.5"):
                return cls(provider="huggingface", model=model)

            @classmethod
            def either(cls, model: str = "BAAI/bge-base-en-v1.5", remote: bool = True):
                if remote:
                    return cls(provider="together", model=model)
                return cls(provider="huggingface", model=model)

        def make_record(model="intfloat/e5-small-v2", embed_model="thenlper/gte-small"):
            return {"provider": "groq", "model": model}, embed_model
      `),
    ).toEqual([
      '7:36 hosted(watsonx) ibm/slate-30m-english-rtrvr',
      '13:23 hosted(together) BAAI/bge-large-en-v1.5',
      '19:34 hub BAAI/bge-small-en-v1.5',
      '23:35 hub BAAI/bge-base-en-v1.5',
      '28:24 hosted(groq) intfloat/e5-small-v2',
      '28:60 hub thenlper/gte-small',
    ]);
  });

  it("reads a Hub-shaped id as the service's model in a file whose server is that service", () => {
    const py = scanWith(python, 'app/chat.py');
    expect(
      py(`
        from openai import OpenAI

        TOGETHER_BASE_URL = "https://api.together.xyz/v1"
        DEFAULT_MODEL = "Qwen/Qwen2.5-72B-Instruct-Turbo"
        client = OpenAI(base_url=TOGETHER_BASE_URL, api_key="...")

        def ask(prompt, model=DEFAULT_MODEL):
            return client.chat.completions.create(model=model, messages=[{"role": "user", "content": prompt}])
      `),
    ).toEqual(['4:18 hosted(together) Qwen/Qwen2.5-72B-Instruct-Turbo']);
  });

  it('never takes a Hub model for a service in a file that loads Hub weights itself', () => {
    const py = scanWith(python, 'app/rag.py');
    expect(
      py(`
        from openai import OpenAI
        from sentence_transformers import SentenceTransformer

        client = OpenAI(base_url="https://api.together.xyz/v1")
        EMBEDDING_MODEL = "BAAI/bge-small-en-v1.5"
        embedder = SentenceTransformer(EMBEDDING_MODEL)
        reranker_model = "BAAI/bge-reranker-base"
      `),
    ).toEqual(['5:20 hub BAAI/bge-small-en-v1.5', '7:19 hub BAAI/bge-reranker-base']);
  });

  it('reads a server from the environment by what its variable names, never OpenAI for a server of its own', () => {
    const py = scanWith(python, 'app/clients.py');
    expect(
      py(`
        import os
        from openai import OpenAI

        webui = OpenAI(base_url=os.environ["TEXT_GEN_WEB_UI_BASE_PATH"], api_key="none")
        groq = OpenAI(base_url=os.getenv("GROQ_BASE_URL"), api_key=os.getenv("GROQ_API_KEY"))
        a = webui.chat.completions.create(model="text-generation-webui", messages=[])
        b = groq.chat.completions.create(model="llama-3.1-8b-instant", messages=[])
      `),
    ).toEqual(['7:41 hosted(groq) llama-3.1-8b-instant']);
  });
});

describe('models of a service the code names, in JavaScript and TypeScript', () => {
  it("reads a provider class's default model through a renamed OpenAI client pointed at the service (AnythingLLM)", () => {
    const js = scanWith(javascript, 'server/utils/AiProviders/ppio/index.js');
    expect(
      js(`
        class PPIOLLM {
          constructor(embedder = null, modelPreference = null) {
            const { OpenAI: OpenAIApi } = require("openai");
            this.basePath = "https://api.ppinfra.com/v3/openai/";
            this.openai = new OpenAIApi({ baseURL: this.basePath, apiKey: process.env.PPIO_API_KEY ?? null });
            this.model = modelPreference || process.env.PPIO_MODEL_PREF || "qwen/qwen2.5-32b-instruct";
          }

          async getChatCompletion(messages = null) {
            const result = await this.openai.chat.completions.create({ model: this.model, messages });
            return result.choices[0].message.content;
          }
        }
      `),
    ).toEqual(['6:69 hosted(ppio) qwen/qwen2.5-32b-instruct']);
  });

  it('lists no OpenAI service for a client pointed at a server of its own (kokoro, text-generation-webui)', () => {
    const js = scanWith(javascript, 'server/utils/TextToSpeech/kokoro/index.js');
    expect(
      js(`
        const OpenAI = require("openai");
        class KokoroTTS {
          constructor() {
            const endpoint = new URL(process.env.TTS_KOKORO_ENDPOINT);
            const { OpenAI: OpenAIApi } = require("openai");
            this.openai = new OpenAIApi({ apiKey: process.env.TTS_KOKORO_KEY || null, baseURL: endpoint.toString() });
            this.model = "kokoro";
            const client = new OpenAI({ baseURL: process.env.TEXT_GEN_WEB_UI_BASE_PATH });
            this._client = client;
          }
          async ttsBuffer(input) {
            await this.openai.audio.speech.create({ model: this.model, voice: "af_bella", input });
            return this.client.chat.completions.create({ model: "text-generation-webui", messages: [] });
          }
          get client() {
            return this._client;
          }
        }
      `),
    ).toEqual([]);
  });

  it("reads a switch's case of a provider as that provider's default (AnythingLLM's agent providers)", () => {
    const js = scanWith(javascript, 'server/utils/agents/index.js');
    expect(
      js(`
        function providerDefault(provider) {
          switch (provider) {
            case "openai":
              return process.env.OPEN_MODEL_PREF ?? "gpt-4.1-nano";
            case "togetherai":
              return process.env.TOGETHER_AI_MODEL_PREF ?? "meta-llama/Llama-3.1-8B-Instruct";
            case "ppio":
              return process.env.PPIO_MODEL_PREF ?? "qwen/qwen2.5-7b-instruct";
            default:
              return "meta-llama/Llama-3.1-8B-Instruct";
          }
        }
      `),
    ).toEqual([
      '6:53 hosted(together) meta-llama/Llama-3.1-8B-Instruct',
      '8:46 hosted(ppio) qwen/qwen2.5-7b-instruct',
      '10:15 hub meta-llama/Llama-3.1-8B-Instruct',
    ]);
  });

  it("reads a service class's table of model ids by its base URL (Continue's LLM providers)", () => {
    const ts = scanWith(javascript, 'core/llm/llms/Together.ts');
    expect(
      ts(`
        import OpenAI from "./OpenAI.js";

        class Together extends OpenAI {
          static providerName = "together";
          static defaultOptions = {
            apiBase: "https://api.together.xyz/v1/",
          };

          private static MODEL_IDS: { [name: string]: string } = {
            "llama3.1-8b": "meta-llama/Llama-3.1-8B-Instruct",
            "qwen2.5-7b": "Qwen/Qwen2.5-7B-Instruct",
          };
        }
      `),
    ).toEqual([
      '10:21 hosted(together) meta-llama/Llama-3.1-8B-Instruct',
      '11:20 hosted(together) Qwen/Qwen2.5-7B-Instruct',
    ]);
  });

  it("reads an object's provider field, or the one provider a model is offered by", () => {
    const ts = scanWith(javascript, 'gui/src/pages/models.ts');
    expect(
      ts(`
        export const models = {
          llama31: { params: { model: "meta-llama/llama-3.1-70b-instruct" }, provider: "openrouter" },
          granite: { params: { model: "ibm/granite-3-8b-instruct" }, providerOptions: ["watsonx"] },
          exaone: { params: { model: "LGAI-EXAONE/EXAONE-4.0.1-32B" }, providerOptions: ["openai"] },
        };
      `),
    ).toEqual([
      '2:32 hosted(openrouter) meta-llama/llama-3.1-70b-instruct',
      '3:32 hosted(watsonx) ibm/granite-3-8b-instruct',
      '4:31 hub LGAI-EXAONE/EXAONE-4.0.1-32B',
    ]);
  });

  it("reads a model list's entry by its id, not by its display name (a chat app's provider lists)", () => {
    const ts = scanWith(javascript, 'lib/models/llm/groq-llm-list.ts');
    expect(
      ts(`
        import { LLM } from "@/types"

        const LLAMA3_8B: LLM = {
          modelId: "llama3-8b-8192",
          modelName: "Llama3-8b-chat",
          provider: "groq",
          pricing: { currency: "USD", inputCost: 0.05 }
        }
        const MIXTRAL = { "model_name": "Mixtral-8x7b-Instruct", "model_id": "mixtral-8x7b-32768", provider: "groq" }
        const chat = new ChatGroq({ modelName: "gemma2-9b-it" })
      `),
    ).toEqual([
      '4:13 hosted(groq) llama3-8b-8192',
      '9:71 hosted(groq) mixtral-8x7b-32768',
      '10:41 hosted(groq) gemma2-9b-it',
    ]);
  });

  it("reads a config record holding a hosted API's address as that API's models (a RAG app's backends)", () => {
    const py = scanWith(python, 'rag_system/main.py');
    expect(
      py(`
        import os

        OLLAMA_CONFIG = {
            "host": os.getenv("OLLAMA_HOST", "http://localhost:11434"),
            "generation_model": os.getenv("GENERATION_MODEL", "qwen3:8b"),
        }

        WATSONX_CONFIG = {
            "api_key": os.getenv("WATSONX_API_KEY", ""),
            "url": os.getenv("WATSONX_URL", "https://us-south.ml.cloud.ibm.com"),
            "generation_model": os.getenv("WATSONX_GENERATION_MODEL", "ibm/granite-13b-chat-v2"),
            "enrichment_model": os.getenv("WATSONX_ENRICHMENT_MODEL", "ibm/granite-8b-japanese"),
        }

        EXTERNAL_MODELS = {
            "embedding_model": os.getenv("EMBEDDING_MODEL", "Qwen/Qwen3-Embedding-0.6B"),
            "reranker_model": "BAAI/bge-reranker-v2-m3",
        }
      `),
    ).toEqual([
      '5:56 ollama ollama:qwen3:8b',
      '11:64 hosted(watsonx) ibm/granite-13b-chat-v2',
      '12:64 hosted(watsonx) ibm/granite-8b-japanese',
      '16:54 hub Qwen/Qwen3-Embedding-0.6B',
      '17:24 hub BAAI/bge-reranker-v2-m3',
    ]);
    // an object of JavaScript: the same
    const js = scanWith(javascript, 'server/config.js');
    expect(
      js(`
        export const watsonx = {
          url: process.env.WATSONX_URL || "https://eu-de.ml.cloud.ibm.com",
          model: "ibm/granite-3-8b-instruct",
        };
        export const local = { url: "http://localhost:8080", model: "ibm-granite/granite-3.3-8b-instruct" };
      `),
    ).toEqual(['3:11 hosted(watsonx) ibm/granite-3-8b-instruct', '5:62 hub ibm-granite/granite-3.3-8b-instruct']);
  });

  it('reads a file named for a service that talks through an SDK as that service', () => {
    const js = scanWith(javascript, 'server/utils/AiProviders/groq/index.js');
    const code = `
      const { OpenAI: OpenAIApi } = require("openai");
      class GroqLLM {
        constructor(modelPreference = null) {
          this.model = modelPreference || "meta-llama/llama-4-scout-17b-16e-instruct";
        }
      }
    `;
    expect(js(code)).toEqual(['4:38 hosted(groq) meta-llama/llama-4-scout-17b-16e-instruct']);
    // the same file elsewhere: a Hub id
    expect(scanWith(javascript, 'server/utils/llm/index.js')(code)).toEqual([
      '4:38 hub meta-llama/llama-4-scout-17b-16e-instruct',
    ]);
  });

  it('never takes a Hub model for a service in a file that runs transformers.js', () => {
    const js = scanWith(javascript, 'server/utils/AiProviders/together/embed.js');
    expect(
      js(`
        import { pipeline } from "@huggingface/transformers";
        import OpenAI from "openai";
        const client = new OpenAI({ baseURL: "https://api.together.xyz/v1" });
        const EMBEDDING_MODEL = "Xenova/bge-small-en-v1.5";
        const embed = await pipeline("feature-extraction", EMBEDDING_MODEL);
      `),
    ).toEqual(['4:26 hub Xenova/bge-small-en-v1.5']);
  });
});

describe('models of a service the configuration names', () => {
  it("reads a model config's provider by the name a provider record of the file gives it (NeMo Data Designer recipes)", () => {
    // Unsloth Studio's data recipes (studio/frontend/src/features/data-recipes/learning-recipes/*.json)
    const json = scanWith(config, 'studio/frontend/src/features/data-recipes/learning-recipes/conversation.json');
    expect(
      json(`
        {
          "recipe": {
            "model_providers": [
              {"name": "provider_1", "endpoint": "https://openrouter.ai/api/v1", "provider_type": "openai", "extra_headers": {}},
              {"name": "deepinfra", "endpoint": "https://openrouter.ai/api/v1/", "provider_type": "openai"},
              {"name": "Local Model", "endpoint": "", "provider_type": "openai", "is_local": true}
            ],
            "model_configs": [
              {"alias": "model_1", "model": "mistralai/ministral-8b-2512", "provider": "provider_1", "inference_parameters": {"temperature": 0.7}},
              {"alias": "model_2", "model": "nvidia/nemotron-3-nano-30b-a3b", "provider": "deepinfra"},
              {"alias": "model_3", "model": "unsloth/gemma-4-E2B-it-GGUF", "provider": "Local Model"}
            ]
          }
        }
      `),
    ).toEqual([
      '9:38 hosted(openrouter) mistralai/ministral-8b-2512',
      '10:38 hosted(openrouter) nvidia/nemotron-3-nano-30b-a3b',
      '11:38 hub unsloth/gemma-4-E2B-it-GGUF',
    ]);
    // Data Designer's YAML config, on its built-in providers (`nvidia`: build.nvidia.com)
    const yaml = scanWith(config, 'configs/data_designer.yaml');
    expect(
      yaml(`
        model_configs:
          - alias: nemotron
            model: nvidia/nemotron-3-nano-30b-a3b
            provider: nvidia
          - alias: local
            model: Qwen/Qwen3-8B
            provider: my-vllm
        model_providers:
          - name: my-vllm
            endpoint: http://localhost:8000/v1
      `),
    ).toEqual(['3:12 hosted(nvidia-nim) nvidia/nemotron-3-nano-30b-a3b', '6:12 hub Qwen/Qwen3-8B']);
  });

  it("reads OpenRouter's routers (openrouter/auto, openrouter/free) as OpenRouter's models, written whole", () => {
    const yaml = scanWith(config, 'configs/agents.yaml');
    expect(
      yaml(`
        agents:
          - name: triage
            model: openrouter/free
          - name: writer
            model: openrouter/auto
          - name: coder
            model: openrouter/qwen/qwen3-coder
      `),
    ).toEqual([
      '3:12 hosted(openrouter) openrouter/free',
      '5:12 hosted(openrouter) openrouter/auto',
      '7:23 hosted(openrouter) qwen/qwen3-coder',
    ]);
    // AnythingLLM's OpenRouter provider (server/utils/AiProviders/openRouter/index.js)
    const js = scanWith(javascript, 'server/utils/AiProviders/openRouter/index.js');
    expect(
      js(`
        const { OpenAI: OpenAIApi } = require("openai");
        class OpenRouterLLM {
          constructor(embedder = null, modelPreference = null) {
            this.openai = new OpenAIApi({ baseURL: "https://openrouter.ai/api/v1", apiKey: process.env.OPENROUTER_API_KEY });
            this.model = modelPreference || process.env.OPENROUTER_MODEL_PREF || "openrouter/auto";
          }
        }
      `),
    ).toEqual(['5:75 hosted(openrouter) openrouter/auto']);
  });

  it("reads a mapping's provider or server as its models' service (Continue's config.yaml)", () => {
    const yaml = scanWith(config, '.continue/config.yaml');
    expect(
      yaml(`
        models:
          - name: Llama 3.3
            provider: together
            model: meta-llama/Llama-3.3-70B-Instruct-Turbo
          - name: Kimi
            apiBase: https://openrouter.ai/api/v1
            model: moonshotai/kimi-k2
          - name: Local Qwen
            provider: openai
            apiBase: http://localhost:8000/v1
            model: Qwen/Qwen2.5-Coder-7B-Instruct
          - name: Groq
            model: groq/llama-3.1-8b-instant
      `),
    ).toEqual([
      '4:12 hosted(together) meta-llama/Llama-3.3-70B-Instruct-Turbo',
      '7:12 hosted(openrouter) moonshotai/kimi-k2',
      '11:12 hub Qwen/Qwen2.5-Coder-7B-Instruct',
      '13:17 hosted(groq) llama-3.1-8b-instant',
    ]);
  });
});

describe('service names', () => {
  it('names services, and publishers only where a field says it is the provider', () => {
    expect(serviceMode('together_ai')).toBe('hosted:together');
    expect(serviceMode('TogetherAI')).toBe('hosted:together');
    expect(serviceMode('huggingface')).toBe('hub');
    expect(serviceMode('google')).toBeUndefined();
    expect(serviceMode('google', true)).toBe('hosted:google');
    expect(serviceMode('llama')).toBeUndefined();
  });

  it('reads a server variable by what it names', () => {
    expect(envEndpointMode('OPENAI_BASE_URL')).toBe('hosted:openai');
    expect(envEndpointMode('AZURE_OPENAI_ENDPOINT')).toBe('hosted:azure-openai');
    expect(envEndpointMode('OPENROUTER_API_BASE')).toBe('hosted:openrouter');
    expect(envEndpointMode('GENERIC_OPEN_AI_BASE_PATH')).toBe('self');
    expect(envEndpointMode('LOCAL_OPENAI_BASE_URL')).toBe('self');
    expect(envEndpointMode('TTS_KOKORO_ENDPOINT')).toBe('self');
    expect(envEndpointMode('LLM_BASE_URL')).toBe('self');
  });

  it('reads a path named for a service', () => {
    expect(pathService('server/utils/AiProviders/novita/index.js')).toBe('hosted:novita');
    expect(pathService('core/llm/llms/Nebius.ts')).toBe('hosted:nebius');
    expect(pathService('providers/openai/client.py')).toBeUndefined();
    expect(pathService('src/app.py')).toBeUndefined();
  });
});

describe('models held by names of a service', () => {
  it('reads constants and settings named for a hosted service as its models, the Hub and Ollama names as before', () => {
    const py = scanWith(python, 'backend/app/config.py');
    expect(
      py(`
        import os
        from pydantic_settings import BaseSettings

        GROQ_MODEL = "llama-3.3-70b-versatile"
        TOGETHER_AI_MODEL = "meta-llama/Llama-3.3-70B-Instruct-Turbo"
        PINECONE_EMBEDDING_MODEL = "multilingual-e5-large"
        DEFAULT_FIREWORKS_MODEL = "accounts/fireworks/models/llama-v3p1-70b-instruct"
        HF_MODEL = "meta-llama/Llama-3.1-8B-Instruct"
        OLLAMA_MODEL = "llama3.2"
        LOCAL_MODEL = "Qwen/Qwen2.5-7B-Instruct"
        EMBEDDING_MODEL = "BAAI/bge-small-en-v1.5"


        class Settings(BaseSettings):
            openrouter_model: str = "deepseek/deepseek-r1"
            huggingface_model: str = "Qwen/Qwen2.5-7B-Instruct"
      `),
    ).toEqual([
      '4:15 hosted(groq) llama-3.3-70b-versatile',
      '5:22 hosted(together) meta-llama/Llama-3.3-70B-Instruct-Turbo',
      '6:29 hosted(pinecone) multilingual-e5-large',
      '7:28 hosted(fireworks) accounts/fireworks/models/llama-v3p1-70b-instruct',
      '8:13 hub meta-llama/Llama-3.1-8B-Instruct',
      '9:17 ollama ollama:llama3.2',
      '10:16 hub Qwen/Qwen2.5-7B-Instruct',
      '11:20 hub BAAI/bge-small-en-v1.5',
      '15:30 hosted(openrouter) deepseek/deepseek-r1',
      '16:31 hub Qwen/Qwen2.5-7B-Instruct',
    ]);
  });

  it("reads an environment variable's default by the variable's name", () => {
    const py = scanWith(python, 'examples/rag/app.py');
    expect(
      py(`
        import os

        model_name = os.getenv("TOGETHER_MODEL", "meta-llama/Llama-3-8b-chat-hf")
        embed_model = os.environ.get("HF_EMBEDDING_MODEL", "BAAI/bge-base-en-v1.5")
        ANTHROPIC_MODEL = os.getenv("ANTHROPIC_MODEL", "claude-3-5-sonnet-20241022")
      `),
    ).toEqual([
      '3:43 hosted(together) meta-llama/Llama-3-8b-chat-hf',
      '4:53 hub BAAI/bge-base-en-v1.5',
      '5:49 hosted(anthropic) claude-3-5-sonnet-20241022',
    ]);
    const js = scanWith(javascript, 'server/utils/models.ts');
    expect(
      js(`
        export const FIREWORKS_MODEL =
          process.env.FIREWORKS_MODEL ?? "accounts/fireworks/models/qwen2p5-coder-32b-instruct";
        const groqModel = "llama-3.1-8b-instant";
        const model = process.env.GROQ_MODEL || "meta-llama/llama-4-scout-17b-16e-instruct";
        const HF_MODEL_ID = process.env.HF_MODEL_ID ?? "Qwen/Qwen2.5-7B-Instruct";
      `),
    ).toEqual([
      '2:35 hosted(fireworks) accounts/fireworks/models/qwen2p5-coder-32b-instruct',
      '3:20 hosted(groq) llama-3.1-8b-instant',
      '4:42 hosted(groq) meta-llama/llama-4-scout-17b-16e-instruct',
      '5:49 hub Qwen/Qwen2.5-7B-Instruct',
    ]);
  });

  it('names the service of a model-named variable by its first words, never a publisher alone', () => {
    expect(namedServiceMode('GROQ_MODEL', 'llama-3.3-70b-versatile')).toBe('hosted:groq');
    expect(namedServiceMode('TOGETHER_AI_EMBEDDING_MODEL', 'BAAI/bge-large-en-v1.5')).toBe('hosted:together');
    expect(namedServiceMode('AZURE_OPENAI_CHAT_MODEL', 'gpt-4o')).toBe('hosted:azure-openai');
    expect(namedServiceMode('fireworksModel', 'accounts/fireworks/models/qwq-32b')).toBe('hosted:fireworks');
    expect(namedServiceMode('OPENAI_MODEL', 'gpt-4o')).toBeUndefined();
    expect(namedServiceMode('GOOGLE_MODEL', 'gemma-2-9b-it')).toBeUndefined();
    expect(namedServiceMode('META_MODEL', 'Llama-3.1-8B')).toBeUndefined();
    expect(namedServiceMode('HUGGINGFACE_MODEL', 'Qwen/Qwen2.5-7B-Instruct')).toBeUndefined();
    expect(namedServiceMode('OLLAMA_MODEL', 'llama3.2')).toBeUndefined();
    expect(namedServiceMode('GROQ', 'llama-3.3-70b-versatile')).toBeUndefined();
    // a setting beside the models (`levels: ["low", "high"]`) is no model
    expect(namedServiceMode('ANTHROPIC_REASONING_MODELS', 'high')).toBeUndefined();
    // a Hub id under a service whose ids are never so shaped (Claude Code pointed at a local server)
    expect(namedServiceMode('ANTHROPIC_MODEL', 'unsloth/Qwen3-Coder-30B-A3B-Instruct-GGUF')).toBeUndefined();
  });
});

describe("LiteLLM routes of a tool's model settings and proxy", () => {
  it("reads aider's model settings as LiteLLM routes: each name, weak and editor model is the route's service", () => {
    const yaml = scanWith(config, 'aider/resources/model-settings.yml');
    expect(
      yaml(`
        - name: gpt-4-turbo
          edit_format: udiff
          weak_model_name: gpt-4o-mini
          use_repo_map: true

        - name: openrouter/meta-llama/llama-3-70b-instruct
          edit_format: diff
          weak_model_name: openrouter/meta-llama/llama-3-70b-instruct
          examples_as_sys_msg: true

        - name: together_ai/Qwen/Qwen3-235B-A22B-fp8-tput
          edit_format: diff
          use_repo_map: true
          extra_params:
            max_tokens: 8192

        - name: fireworks_ai/accounts/fireworks/models/qwq-32b
          edit_format: diff
          weak_model_name: fireworks_ai/accounts/fireworks/models/qwen2p5-coder-32b-instruct
          editor_model_name: fireworks_ai/accounts/fireworks/models/qwen2p5-coder-32b-instruct
          editor_edit_format: editor-diff

        - name: openai/my-finetune
          edit_format: whole

        - name: ollama_chat/qwen2.5-coder:32b
          edit_format: diff

        - name: aider/extra_params
          extra_params:
            extra_headers:
              Custom-Header: value

        - name: gemini/gemma-3-27b-it
          use_system_prompt: false
      `),
    ).toEqual([
      '1:9 hosted(openai) gpt-4-turbo',
      '3:20 hosted(openai) gpt-4o-mini',
      '6:20 hosted(openrouter) meta-llama/llama-3-70b-instruct',
      '8:31 hosted(openrouter) meta-llama/llama-3-70b-instruct',
      '11:21 hosted(together) Qwen/Qwen3-235B-A22B-fp8-tput',
      '17:22 hosted(fireworks) accounts/fireworks/models/qwq-32b',
      '19:33 hosted(fireworks) accounts/fireworks/models/qwen2p5-coder-32b-instruct',
      '20:35 hosted(fireworks) accounts/fireworks/models/qwen2p5-coder-32b-instruct',
      '23:16 hosted(openai) my-finetune',
      '26:21 ollama ollama:qwen2.5-coder:32b',
      '34:16 hosted(google) gemma-3-27b-it',
    ]);
  });

  it('keeps the Hub ids of a record that only has a name (a model list)', () => {
    const yaml = scanWith(config, 'configs/models.yml');
    expect(
      yaml(`
        - name: meta-llama/Llama-3.1-8B-Instruct
          max_length: 4096
        - name: Qwen/Qwen2.5-7B-Instruct
          weight: 2
      `),
    ).toEqual(['1:9 hub meta-llama/Llama-3.1-8B-Instruct', '3:9 hub Qwen/Qwen2.5-7B-Instruct']);
  });

  it("reads OpenHands' openhands/ models as its LLM proxy's", () => {
    const py = scanWith(python, 'openhands/utils/llm.py');
    expect(
      py(`
        def get_supported_llm_models(config):
            model_list = litellm.model_list
            # Add OpenHands provider models
            openhands_models = [
                'openhands/claude-sonnet-4-20250514',
                'openhands/devstral-small-2507',
                'openhands/kimi-k2-0711-preview',
                'openhands/qwen3-coder-480b',
            ]
            return openhands_models + model_list
      `),
    ).toEqual([
      '5:20 hosted(openhands) claude-sonnet-4-20250514',
      '6:20 hosted(openhands) devstral-small-2507',
      '7:20 hosted(openhands) kimi-k2-0711-preview',
      '8:20 hosted(openhands) qwen3-coder-480b',
    ]);
    const js = scanWith(javascript, 'frontend/src/utils/verified-models.ts');
    expect(
      js(`
        export const VERIFIED_OPENHANDS_MODELS = [
          "openhands/claude-sonnet-4-20250514",
          "openhands/devstral-medium-2507",
        ];
      `),
    ).toEqual(['2:14 hosted(openhands) claude-sonnet-4-20250514', '3:14 hosted(openhands) devstral-medium-2507']);
  });
});

describe("a project's own wrappers of a service's API", () => {
  it('reads a class named for a service (`SiliconFlowAPI`, `TogetherAPI`) as that service, also through functools.partial', () => {
    const py = scanWith(python, 'vlmeval/config.py');
    expect(
      py(`
        from functools import partial

        import vlmeval.api as api
        import vlmeval.vlm as vlm

        api_models = {
            "Together_Qwen2-VL-72B": partial(
                api.TogetherAPI,
                model="Qwen/Qwen2-VL-72B-Instruct",
                temperature=0,
                retry=10,
            ),
            "SiliconFlow_Qwen2.5-VL-32B": partial(
                api.SiliconFlowAPI, model="Qwen/Qwen2.5-VL-32B-Instruct", temperature=0, retry=10),
            "Local_api": partial(api.SiliconFlowAPI, api_base="http://0.0.0.0:8000/v1/chat/completions", model="acme-labs/vl-7b"),
        }
        local = {
            "Qwen2-VL-7B": partial(vlm.Qwen2VLChat, model_path="Qwen/Qwen2-VL-7B-Instruct", min_pixels=1280 * 28 * 28),
        }
      `),
    ).toEqual([
      '9:16 hosted(together) Qwen/Qwen2-VL-72B-Instruct',
      '14:36 hosted(siliconflow) Qwen/Qwen2.5-VL-32B-Instruct',
      '15:105 hub acme-labs/vl-7b',
      '18:57 hub Qwen/Qwen2-VL-7B-Instruct',
    ]);
    // a judge picked from a table: the service's models, and the bare API names of another provider as theirs
    const judge = scanWith(python, 'vlmeval/dataset/utils/judge_util.py');
    expect(
      judge(`
        def build_judge(**kwargs):
            from ...api import OpenAIWrapper, SiliconFlowAPI
            model = kwargs.pop('model', None)
            model_map = {
                'gpt-4o-mini': 'gpt-4o-mini-2024-07-18',
                'qwen-72b': 'Qwen/Qwen2.5-72B-Instruct',
                'deepseek': 'deepseek-ai/DeepSeek-V2.5',
            }
            model_version = model_map[model]
            if model in ['qwen-72b', 'deepseek']:
                model = SiliconFlowAPI(model_version, **kwargs)
            else:
                model = OpenAIWrapper(model_version, **kwargs)
            return model
      `),
    ).toEqual([
      '5:25 hosted(openai) gpt-4o-mini-2024-07-18',
      '6:22 hosted(siliconflow) Qwen/Qwen2.5-72B-Instruct',
      '7:22 hosted(siliconflow) deepseek-ai/DeepSeek-V2.5',
    ]);
    // (the same table also given to a class that may load a Hub model itself: its Hub ids stay Hub models)
    expect(
      judge(`
        def build_judge(**kwargs):
            from vlmeval.api import HFChatModel, OpenAIWrapper, SiliconFlowAPI
            model = kwargs.pop('model', None)
            model_map = {
                'gpt-4o-mini': 'gpt-4o-mini-2024-07-18',
                'qwen-72b': 'Qwen/Qwen2.5-72B-Instruct',
                'llama31-8b': 'meta-llama/Llama-3.1-8B-Instruct',
            }
            model_version = model_map[model] if model in model_map else model
            if model in ['qwen-72b']:
                model = SiliconFlowAPI(model_version, **kwargs)
            elif model == 'llama31-8b':
                model = HFChatModel(model_version, **kwargs)
            else:
                model = OpenAIWrapper(model_version, **kwargs)
            return model
      `),
    ).toEqual([
      '5:25 hosted(openai) gpt-4o-mini-2024-07-18',
      '6:22 hub Qwen/Qwen2.5-72B-Instruct',
      '7:24 hub meta-llama/Llama-3.1-8B-Instruct',
    ]);
  });
});
