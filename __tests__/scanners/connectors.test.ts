import { describe, expect, it } from '@jest/globals';
import { javascript, modelfile, python, shell } from '../../src/scanners/index.js';
import { endpointMode, frameworkPackageService } from '../../src/scanners/common/hosted.js';
import { scanWith } from './helpers.js';

/**
 * The connectors of agent and RAG frameworks: the class says which service runs the model it is given, as
 * LangChain's and LlamaIndex's wrappers do.
 */
describe("Semantic Kernel's connectors", () => {
  it('reads each AI connector by its service, under the keyword the connector takes', () => {
    const py = scanWith(python, 'samples/setup/services.py');
    expect(
      py(`
        from semantic_kernel.connectors.ai.open_ai import AzureChatCompletion, OpenAIChatCompletion, OpenAITextEmbedding
        from semantic_kernel.connectors.ai.anthropic import AnthropicChatCompletion
        from semantic_kernel.connectors.ai.bedrock import BedrockChatCompletion
        from semantic_kernel.connectors.ai.google.google_ai import GoogleAIChatCompletion
        from semantic_kernel.connectors.ai.nvidia import NvidiaTextEmbedding
        from semantic_kernel.connectors.ai.ollama import OllamaChatCompletion, OllamaTextCompletion
        from semantic_kernel.connectors.ai.hugging_face import HuggingFaceTextEmbedding

        def services(kernel):
            kernel.add_service(OpenAIChatCompletion(service_id="chat", ai_model_id="gpt-4o-mini"))
            kernel.add_service(OpenAITextEmbedding(ai_model_id="text-embedding-3-small"))
            kernel.add_service(AzureChatCompletion(service_id="azure", deployment_name="prod-gpt4o"))
            kernel.add_service(AnthropicChatCompletion(ai_model_id="claude-3-5-sonnet-20241022"))
            kernel.add_service(BedrockChatCompletion(model_id="anthropic.claude-3-haiku-20240307-v1:0"))
            kernel.add_service(GoogleAIChatCompletion(gemini_model_id="gemini-1.5-flash"))
            kernel.add_service(NvidiaTextEmbedding(ai_model_id="nvidia/nv-embedqa-e5-v5"))
            kernel.add_service(OllamaChatCompletion(ai_model_id="llama3.2", host="http://localhost:11434"))
            kernel.add_service(HuggingFaceTextEmbedding(ai_model_id="BAAI/bge-small-en-v1.5"))
            kernel.add_service(OllamaTextCompletion(ai_model_id="support-bot"))
      `),
    ).toEqual([
      '10:77 hosted(openai) gpt-4o-mini',
      '11:57 hosted(openai) text-embedding-3-small',
      '12:81 hosted(azure-openai) prod-gpt4o',
      '13:61 hosted(anthropic) claude-3-5-sonnet-20241022',
      '14:56 hosted(bedrock) anthropic.claude-3-haiku-20240307-v1:0',
      '15:64 hosted(google) gemini-1.5-flash',
      '16:57 hosted(nvidia-nim) nvidia/nv-embedqa-e5-v5',
      '17:58 ollama ollama:llama3.2',
      '18:62 hub BAAI/bge-small-en-v1.5',
      '19:58 ollama ollama:support-bot',
    ]);
  });

  it("reads a connector handed a client by that client's server", () => {
    const py = scanWith(python, 'samples/local_models/ollama_chat.py');
    expect(
      py(`
        from openai import AsyncOpenAI
        from semantic_kernel.connectors.ai.open_ai import OpenAIChatCompletion

        client: AsyncOpenAI = AsyncOpenAI(api_key="unused", base_url="http://localhost:11434/v1")
        local = OpenAIChatCompletion(service_id="local", ai_model_id="phi3", async_client=client)
        hosted = OpenAIChatCompletion(ai_model_id="gpt-4.1")
      `),
    ).toEqual(['5:63 ollama ollama:phi3', '6:44 hosted(openai) gpt-4.1']);
    // a server of one's own (LM Studio): no OpenAI model, and a bare name is no Hub id
    const studio = scanWith(python, 'samples/local_models/lm_studio_chat.py');
    expect(
      studio(`
        from openai import AsyncOpenAI
        from semantic_kernel.connectors.ai.open_ai import OpenAIChatCompletion

        client = AsyncOpenAI(api_key="unused", base_url="http://localhost:1234/v1")
        chat = OpenAIChatCompletion(ai_model_id="qwen2.5-7b-instruct", async_client=client)
      `),
    ).toEqual([]);
  });

  it('leaves classes of the same names from other libraries alone', () => {
    const py = scanWith(python, 'app/llm.py');
    expect(
      py(`
        from myapp.connectors import OpenAIChatCompletion

        chat = OpenAIChatCompletion(ai_model_id="gpt-4o")
      `),
    ).toEqual([]);
  });
});

describe("LlamaIndex.TS's and LangChain.js's packages of a service", () => {
  it('reads a class imported from a package named for a service as that service', () => {
    const ts = scanWith(javascript, 'examples/rag/settings.ts');
    expect(
      ts(`
        import { TogetherEmbedding, TogetherLLM } from "@llamaindex/together";
        import { FireworksEmbedding } from "@llamaindex/fireworks";
        import { DeepInfraEmbedding } from "@llamaindex/deepinfra";
        import { ChatCerebras } from "@langchain/cerebras";
        import { ChatNovitaAI } from "@langchain/community/chat_models/novita";
        import { Settings } from "llamaindex";

        Settings.llm = new TogetherLLM({ model: "mistralai/Mixtral-8x7B-Instruct-v0.1" });
        Settings.embedModel = new FireworksEmbedding({ model: "nomic-ai/nomic-embed-text-v1.5" });
        const embedder = new DeepInfraEmbedding({ model: "BAAI/bge-large-en-v1.5", apiToken: "x" });
        const fast = new ChatCerebras({ model: "llama-3.3-70b" });
        const novita = new ChatNovitaAI({ model: "meta-llama/llama-3.1-8b-instruct" });
      `),
    ).toEqual([
      '8:42 hosted(together) mistralai/Mixtral-8x7B-Instruct-v0.1',
      '9:56 hosted(fireworks) nomic-ai/nomic-embed-text-v1.5',
      '10:51 hosted(deepinfra) BAAI/bge-large-en-v1.5',
      '11:41 hosted(cerebras) llama-3.3-70b',
      '12:43 hosted(novita) meta-llama/llama-3.1-8b-instruct',
    ]);
  });

  it("keeps the Hub's and a server of one's own where the package names no hosted service", () => {
    const ts = scanWith(javascript, 'examples/local.ts');
    expect(
      ts(`
        import { HuggingFaceInferenceAPI } from "@llamaindex/huggingface";
        import { OpenAI } from "@llamaindex/openai";
        import { PromptTemplate } from "@llamaindex/core/prompts";

        const hf = new HuggingFaceInferenceAPI({ model: "mistralai/Mistral-7B-Instruct-v0.2", accessToken: "x" });
        const llm = new OpenAI({ model: "Qwen/Qwen2.5-7B-Instruct", baseURL: "http://localhost:8000/v1" });
        const prompt = new PromptTemplate({ template: "{query}" });
      `),
    ).toEqual(['5:50 hub mistralai/Mistral-7B-Instruct-v0.2', '6:34 hub Qwen/Qwen2.5-7B-Instruct']);
  });

  it('names the service of a package by its name or its last segment', () => {
    expect(frameworkPackageService('@llamaindex/together')).toBe('hosted:together');
    expect(frameworkPackageService('@langchain/google-genai')).toBe('hosted:google');
    expect(frameworkPackageService('@langchain/community/chat_models/togetherai')).toBe('hosted:together');
    expect(frameworkPackageService('@langchain/community/embeddings/hf')).toBeUndefined();
    expect(frameworkPackageService('@langchain/ollama')).toBeUndefined();
    expect(frameworkPackageService('@llamaindex/huggingface')).toBeUndefined();
    expect(frameworkPackageService('@llamaindex/openai')).toBeUndefined();
    expect(frameworkPackageService('together-ai')).toBeUndefined();
  });
});

describe('sample values shown to a user', () => {
  it("passes over a form's placeholder and a schema's examples in JavaScript, and keeps the defaults", () => {
    const ts = scanWith(javascript, 'packages/components/nodes/chatmodels/ChatNIM.ts');
    expect(
      ts(`
        class ChatNIM_ChatModels {
          constructor() {
            this.inputs = [
              {
                label: 'Model Name',
                name: 'modelName',
                type: 'string',
                placeholder: 'meta-llama/Llama-3.1-8B-Instruct'
              },
              { label: 'Embedder', name: 'embedder', "examples": ["Qwen/Qwen2.5-7B-Instruct"], default: 'facebookresearch/dinov2' }
            ]
          }
        }
        export const ModelField = () => <input name="model" placeholder="Qwen/Qwen2.5-7B-Instruct" />;
      `),
    ).toEqual(['10:98 hub facebookresearch/dinov2']);
  });

  it("passes over a Gradio field's placeholder in Python", () => {
    const py = scanWith(python, 'app.py');
    expect(
      py(`
        import gradio as gr
        from transformers import pipeline

        with gr.Blocks() as demo:
            repo = gr.Textbox(label="Model", placeholder="meta-llama/Llama-3.1-8B-Instruct")
            pipe = pipeline("text-generation", model="Qwen/Qwen2.5-7B-Instruct")
      `),
    ).toEqual(['6:47 hub Qwen/Qwen2.5-7B-Instruct']);
  });
});

describe("Ollama's cloud models", () => {
  it('reads a cloud tag as a model of the service ollama-cloud, wherever an Ollama model is read', () => {
    const py = scanWith(python, 'agent/chat.py');
    expect(
      py(`
        import litellm
        from ollama import Client

        client = Client()
        for part in client.chat("gpt-oss:120b-cloud", messages=[], stream=True):
            print(part.message.content)
        local = client.chat(model="gpt-oss:20b", messages=[])
        routed = litellm.completion(model="ollama_chat/qwen3-coder:480b-cloud", messages=[])
      `),
    ).toEqual([
      '5:26 hosted(ollama-cloud) gpt-oss:120b-cloud',
      '7:28 ollama ollama:gpt-oss:20b',
      '8:48 hosted(ollama-cloud) qwen3-coder:480b-cloud',
    ]);
    expect(scanWith(shell, 'setup.sh')('ollama pull glm-4.6:cloud\nollama pull llama3.2\n')).toEqual([
      '1:13 hosted(ollama-cloud) glm-4.6:cloud',
      '2:13 ollama ollama:llama3.2',
    ]);
    expect(scanWith(modelfile, 'Modelfile')('FROM deepseek-v3.1:671b-cloud\nSYSTEM "Be brief."\n')).toEqual([
      '1:6 hosted(ollama-cloud) deepseek-v3.1:671b-cloud',
    ]);
  });

  it("reads Ollama's cloud API by its address, and keeps a tag that only contains the word", () => {
    expect(endpointMode('https://ollama.com/v1')).toBe('hosted:ollama-cloud');
    expect(endpointMode('http://localhost:11434/v1')).toBe('ollama');
    const py = scanWith(python, 'agent/cloud.py');
    expect(
      py(`
        from openai import OpenAI

        client = OpenAI(base_url="https://ollama.com/v1", api_key=os.environ["OLLAMA_API_KEY"])
        reply = client.chat.completions.create(model="gpt-oss:120b", messages=[])
        local = OpenAI(base_url="http://localhost:11434/v1")
        tags = local.chat.completions.create(model="soundcloud-tagger:latest", messages=[])
      `),
    ).toEqual(['4:47 hosted(ollama-cloud) gpt-oss:120b', '6:45 ollama ollama:soundcloud-tagger:latest']);
  });
});
