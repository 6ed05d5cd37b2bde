import { describe, expect, it } from '@jest/globals';
import { javascript } from '../../src/scanners/javascript/index.js';
import { scanWith } from './helpers.js';

const scan = scanWith(javascript, 'web/app.ts');

describe('javascript scanner', () => {
  it("reads the deployments given to @azure/openai's OpenAIClient as Azure OpenAI's models", () => {
    expect(
      scan(`
        import { OpenAIClient, AzureKeyCredential } from "@azure/openai";
        const client = new OpenAIClient(endpoint, new AzureKeyCredential(key));
        const chat = await client.getChatCompletions("gpt-4", messages, { maxTokens: 128 });
        const vectors = await client.getEmbeddings("text-embedding-ada-002", ["hello"]);
      `),
    ).toEqual(['3:47 hosted(azure-openai) gpt-4', '4:45 hosted(azure-openai) text-embedding-ada-002']);
  });

  it("reads LangChain.js's OpenAIClient as OpenAI's client, not the service of another SDK the file imports", () => {
    // Flowise's speechToText.ts: OpenAI's Whisper through LangChain's re-export, Groq's beside it, LocalAI's server
    expect(
      scan(`
        import { type ClientOptions, OpenAIClient as Client, toFile } from '@langchain/openai'
        import Groq from 'groq-sdk'
        const openAIClient = new Client({ apiKey: credentialData.openAIApiKey })
        const t = await openAIClient.audio.transcriptions.create({ file, model: 'whisper-1' })
        const groqClient = new Groq({ apiKey: credentialData.groqApiKey })
        const g = await groqClient.audio.transcriptions.create({ file, model: 'whisper-large-v3' })
        const local = new Client({ baseURL: 'http://localhost:8080/v1' })
        const r = await local.chat.completions.create({ model: 'acme/local-chat', messages })
        const localAIClientOptions: ClientOptions = { apiKey: credentialData.localAIApiKey, baseURL: config?.baseUrl }
        const localAIClient = new Client(localAIClientOptions)
        const l = await localAIClient.audio.transcriptions.create({ file, model: config?.model || 'whisper-1' })
      `),
    ).toEqual(['4:74 hosted(openai) whisper-1', '6:72 hosted(groq) whisper-large-v3', '8:57 hub acme/local-chat']);
  });

  it("reads LangChain.js's Together AI and Fireworks wrappers as those services' models, not Hub models", () => {
    expect(
      scan(
        `
        import { TogetherAI } from "@langchain/together-ai";
        import { TogetherAIEmbeddings } from "@langchain/community/embeddings/togetherai";
        import { FireworksEmbeddings } from "@langchain/community/embeddings/fireworks";
        const model = new TogetherAI({ model: "mistralai/Mixtral-8x7B-Instruct-v0.1" });
        const embeddings = new TogetherAIEmbeddings({ model: "togethercomputer/m2-bert-80M-8k-retrieval" });
        const fw = new FireworksEmbeddings({ modelName: "nomic-ai/nomic-embed-text-v1.5" });
      `,
        'examples/src/models/llm/togetherai.ts',
      ),
    ).toEqual([
      '4:40 hosted(together) mistralai/Mixtral-8x7B-Instruct-v0.1',
      '5:55 hosted(together) togethercomputer/m2-bert-80M-8k-retrieval',
      '6:50 hosted(fireworks) nomic-ai/nomic-embed-text-v1.5',
    ]);
  });

  it("does not read ClawRouter's routing profiles (`blockrun/auto`) as Hub models", () => {
    expect(
      scan(
        `
        class ClawRouter extends OpenAI {
          static providerName = "clawrouter";
          static defaultOptions: Partial<LLMOptions> = { apiBase: "http://localhost:1337/v1/", model: "blockrun/auto" };
        }
        const clawrouterEco = { params: { model: "blockrun/eco" }, providerOptions: ["clawrouter"] };
      `,
        'core/llm/llms/ClawRouter.ts',
      ),
    ).toEqual([]);
  });

  it("reads an app's own model name through the file's table of server names, and never as an Ollama name itself", () => {
    // continue's Ollama class: a default in its own naming, translated by the class's map before each request
    expect(
      scan(
        `
        import { BaseLLM } from "../index.js";
        class Ollama extends BaseLLM {
          static providerName = "ollama";
          static defaultOptions: Partial<LLMOptions> = {
            apiBase: "http://localhost:11434/",
            model: "codellama-7b",
          };
          // Map of "continue model name" to Ollama actual model name
          private modelMap: Record<string, string> = {
            "mistral-7b": "mistral:7b",
            "codellama-7b": "codellama:7b",
            "llama3.1-8b": "llama3.1:8b",
          };
          private _getModel() {
            return this.modelMap[this.model] ?? this.model;
          }
        }
      `,
        'core/llm/llms/Ollama.ts',
      ),
    ).toEqual(['11:22 ollama ollama:codellama:7b']);
    // a class of another server that extends it, and the factory's fallback: the app's name, no Ollama library model
    expect(
      scan(
        `
        import Ollama from "./Ollama.js";
        class Msty extends Ollama {
          static providerName = "msty";
          static defaultOptions: Partial<LLMOptions> = { apiBase: "http://localhost:10000", model: "codellama-7b" };
        }
        const options = { model: (desc.model || cls.defaultOptions?.model) ?? "codellama-7b" };
      `,
        'core/llm/llms/Msty.ts',
      ),
    ).toEqual([]);
  });

  it('does not read a list of providers under a model-ish name as models; a list of models stays', () => {
    expect(
      scan(`
        import ollama from 'ollama';
        const SUPPORT_CUSTOM_MODELS = ['openai', 'anthropic', 'ollama', 'mistral', 'deepseek', 'groq'];
        const CHAT_MODELS = ['llama3.2', 'mistral'];
        for (const m of CHAT_MODELS) await ollama.pull({ model: m });
      `),
    ).toEqual(['3:23 ollama ollama:llama3.2', '3:35 ollama ollama:mistral']);
  });

  it('does not read the keys of a table of facts about models as loads; a model picker under a model-ish name stays', () => {
    expect(
      scan(`
        const PROFILES: Record<string, ModelProfile> = {
          "meta-llama/Llama-3.1-8B-Instruct": { maxInputTokens: 131072, toolCalling: true },
        };
        static contextWindows = { "Qwen/Qwen2.5-7B-Instruct": 128000 };
        const models = {
          "Qwen/Qwen2.5-7B-Instruct": [41, 152],
          "meta-llama/Llama-3.1-8B-Instruct": [77],
        };
      `),
    ).toEqual(['6:4 hub Qwen/Qwen2.5-7B-Instruct', '7:4 hub meta-llama/Llama-3.1-8B-Instruct']);
  });

  it('reads a list of Hub repositories named as model sources (Jan); a source that names no repository is nothing', () => {
    expect(
      scan(`
        const defaultModelSources = ['acme-lab/Tiny-nano-gguf', 'acme-lab/Tiny-nano-128k-gguf'];
        export default class ModelExtension {
          fetchModelsHub = async () => {
            defaultModelSources.forEach((model) => this.addSource(model));
          };
        }
      `),
    ).toEqual(['1:31 hub acme-lab/Tiny-nano-gguf', '1:58 hub acme-lab/Tiny-nano-128k-gguf']);
    expect(
      scan(`
        const MODEL_SOURCE = 'huggingface';
        const modelSources = ['huggingface', 'modelscope', 'local'];
        const modelSourceType = 'acme-lab/not-a-model';
        function isImported(e, model) {
          return 'modelSource' in e && e.modelSource === model;
        }
      `),
    ).toEqual([]);
  });

  it("reads a base address of a repository without a namespace as that repository (candle's WebAssembly demos)", () => {
    expect(
      scan(
        `
        export const MODELS = {
          t5_small: {
            size: "242 MB",
            base_url: "https://huggingface.co/t5-small/resolve/main/",
            model: "model.safetensors",
          },
          flan_t5_small: { base_url: "https://huggingface.co/google/flan-t5-small/resolve/refs%2Fpr%2F1/" },
        };
        `,
        'candle-wasm-examples/t5/utils.js',
      ),
    ).toEqual(['4:16 hub t5-small', '7:31 hub google/flan-t5-small']);
  });

  it('finds transformers.js pipelines and from_pretrained', () => {
    expect(
      scan(`
        import { pipeline, AutoTokenizer } from '@huggingface/transformers';
        const MODEL = 'Xenova/distilbert-base-uncased-finetuned-sst-2-english';
        const classifier = await pipeline('sentiment-analysis', MODEL);
        const embed = await pipeline("feature-extraction", "Xenova/all-MiniLM-L6-v2", { revision: "main" });
        const tok = await AutoTokenizer.from_pretrained(\`Xenova/gpt-4o\`);
        const dyn = await pipeline('asr', \`Xenova/\${size}\`);
      `),
    ).toEqual([
      '2:16 hub Xenova/distilbert-base-uncased-finetuned-sst-2-english',
      '4:53 hub Xenova/all-MiniLM-L6-v2@main',
      '5:50 hub Xenova/gpt-4o',
    ]);
  });

  it('follows class fields and this.x assignments', () => {
    expect(
      scan(
        `
        import { pipeline, AutoModelForCausalLM } from '@huggingface/transformers';
        class Singleton {
          static task = 'text-classification'
          static model = 'Xenova/distilbert-base-uncased-finetuned-sst-2-english'
          static async get() {
            this.model_id ??= (await hasFp16())
              ? 'onnx-community/Qwen2.5-0.5B-Instruct'
              : 'onnx-community/Qwen2.5-0.5B-Instruct-q4';
            if (a == b || c === d) x = 1;
            this.instance ??= pipeline(this.task, this.model);
            return AutoModelForCausalLM.from_pretrained(this.model_id, { dtype: 'q4' });
          }
        }
      `,
        'src/worker.js',
      ),
    ).toEqual([
      '4:19 hub Xenova/distilbert-base-uncased-finetuned-sst-2-english',
      '7:10 hub onnx-community/Qwen2.5-0.5B-Instruct',
      '8:10 hub onnx-community/Qwen2.5-0.5B-Instruct-q4',
    ]);
  });

  it('finds @xenova/transformers in CommonJS', () => {
    expect(
      scan(
        `
        const { pipeline } = require("@xenova/transformers");
        module.exports = async () => pipeline('text2text-generation', 'Xenova/LaMini-Flan-T5-783M');
      `,
        'lib/gen.cjs',
      ),
    ).toEqual(['2:64 hub Xenova/LaMini-Flan-T5-783M']);
  });

  it('finds model options of @huggingface/inference', () => {
    expect(
      scan(`
        import { InferenceClient } from "@huggingface/inference";
        const hf = new InferenceClient(process.env.HF_TOKEN);
        const out = await hf.chatCompletion({
          model: "meta-llama/Llama-3.1-8B-Instruct",
          messages: [{ role: "user", content: "Hi" }],
        });
        const img = await hf.textToImage({ model: 'black-forest-labs/FLUX.1-dev', inputs: 'a cat' });
      `),
    ).toEqual(['4:11 hub meta-llama/Llama-3.1-8B-Instruct', '7:44 hub black-forest-labs/FLUX.1-dev']);
  });

  it('reads a Hub id routed through Inference Providers (`org/x:provider`, `org/x:fastest`) as the repository', () => {
    // Hugging Face's router: the OpenAI client with its base URL, or @huggingface/inference
    expect(
      scan(`
        import OpenAI from "openai";
        import { InferenceClient } from "@huggingface/inference";
        const client = new OpenAI({ baseURL: "https://router.huggingface.co/v1", apiKey: process.env.HF_TOKEN });
        const r = await client.chat.completions.create({ model: "openai/gpt-oss-120b:cerebras", messages });
        const hf = new InferenceClient(process.env.HF_TOKEN);
        const out = await hf.chatCompletion({ model: "meta-llama/Llama-3.1-8B-Instruct:novita", messages });
        const fast = await hf.chatCompletion({ model: "acme/private-chat:fastest", messages });
      `),
    ).toEqual([
      '4:58 hub openai/gpt-oss-120b',
      '6:47 hub meta-llama/Llama-3.1-8B-Instruct',
      '7:48 hub acme/private-chat',
    ]);
  });

  it("reads a call through TypeScript's non-null assertion (`this.client!.embed(`) as the call itself", () => {
    expect(
      scan(`
        import { Ollama } from 'ollama';
        export class OllamaEmbedder {
          private readonly model: string;
          private client?: Ollama;
          constructor({ model = 'chroma/all-minilm-l6-v2-f32' }: { model?: string } = {}) {
            this.model = model;
          }
          init() { this.client = new Ollama({ host: 'http://localhost:11434' }); }
          embed(input: string[]) { return this.client!.embed({ model: this.model, input }); }
        }
        const shared = new Ollama();
        let fallback: string | undefined = 'qwen2.5:0.5b';
        export const chat = () => shared!.chat({ model: fallback!, messages: [] });
      `),
    ).toEqual(['5:26 ollama ollama:chroma/all-minilm-l6-v2-f32', '12:37 ollama ollama:qwen2.5:0.5b']);
  });

  it('reads the model of a command the code runs (child_process, testcontainers)', () => {
    expect(
      scan(`
        import { execSync, spawn } from 'node:child_process';
        export async function start(container, model = process.env.EMBED_MODEL ?? 'all-minilm') {
          await container.exec(['ollama', 'pull', model]);
          await container.exec(['ollama', 'pull', 'nomic-embed-text']);
          spawn('ollama', ['run', 'phi3']);
          execSync('vllm serve mistralai/Mistral-7B-Instruct-v0.3 --port 8000');
          execSync('ollama list');
        }
      `),
    ).toEqual([
      '2:76 ollama ollama:all-minilm',
      '4:44 ollama ollama:nomic-embed-text',
      '5:28 ollama ollama:phi3',
      '6:24 hub mistralai/Mistral-7B-Instruct-v0.3',
    ]);
  });

  it('reads a command string alone in its file (the pre-filter lets it through)', () => {
    expect(scan(`execSync("hf download Qwen/Qwen2.5-7B-Instruct --local-dir /m");`)).toEqual([
      '1:23 hub Qwen/Qwen2.5-7B-Instruct',
    ]);
  });

  it('finds Ollama and LangChain.js clients', () => {
    expect(
      scan(`
        import ollama from 'ollama';
        import { ChatOllama } from '@langchain/ollama';
        const r = await ollama.chat({ model: 'llama3.2', messages });
        const llm = new ChatOllama({ model: "Qwen2.5:7B", temperature: 0 });
      `),
    ).toEqual(['3:39 ollama ollama:llama3.2', '4:38 ollama ollama:qwen2.5:7b']);
  });

  it("finds WebLLM's prebuilt model ids: the engine factories, reload(), and constants named like models", () => {
    // web-llm's examples and apps built on it: the id names the repository mlc-ai/<id> that WebLLM downloads
    expect(
      scan(`
        import * as webllm from "@mlc-ai/web-llm";
        import { CreateWebWorkerMLCEngine } from "https://esm.run/@mlc-ai/web-llm";
        const selectedModel = "Llama-3.2-1B-Instruct-q4f16_1-MLC";
        const engine = await webllm.CreateMLCEngine(selectedModel, { initProgressCallback });
        const phi = await webllm.CreateMLCEngine("Phi-3.5-mini-instruct-q4f16_1-MLC", {}, { context_window_size: 2048 });
        const w = await CreateWebWorkerMLCEngine(new Worker(new URL("./worker.ts", import.meta.url), { type: "module" }), "Qwen2.5-1.5B-Instruct-q4f16_1-MLC");
        const both = await webllm.CreateMLCEngine(["gemma-2-2b-it-q4f32_1-MLC", "snowflake-arctic-embed-m-q0f32-MLC-b4"]);
        await engine.reload("SmolLM2-360M-Instruct-q0f16-MLC");
      `),
    ).toEqual([
      '3:24 hub mlc-ai/Llama-3.2-1B-Instruct-q4f16_1-MLC',
      '5:43 hub mlc-ai/Phi-3.5-mini-instruct-q4f16_1-MLC',
      '6:116 hub mlc-ai/Qwen2.5-1.5B-Instruct-q4f16_1-MLC',
      '7:45 hub mlc-ai/gemma-2-2b-it-q4f32_1-MLC',
      '7:74 hub mlc-ai/snowflake-arctic-embed-m-q0f32-MLC',
      '8:22 hub mlc-ai/SmolLM2-360M-Instruct-q0f16-MLC',
    ]);
    // a model picker's list in a file of its own (no web-llm import); reload() of anything else, a custom model's
    // bare name, and a value without the quantisation token are no WebLLM loads
    expect(
      scan(`
        export const MODELS = ["Llama-3.1-8B-Instruct-q4f32_1-MLC-1k", "Qwen3-0.6B-q0f32-MLC"];
        await page.reload("Qwen3-4B-q4f16_1-MLC");
        const model = "my-finetune-MLC";
      `),
    ).toEqual(['1:25 hub mlc-ai/Llama-3.1-8B-Instruct-q4f32_1-MLC', '1:65 hub mlc-ai/Qwen3-0.6B-q0f32-MLC']);
  });

  it("finds node-llama-cpp's hf: model URIs wherever they are written", () => {
    expect(
      scan(`
        import { getLlama, resolveModelFile } from "node-llama-cpp";
        const modelPath = await resolveModelFile("hf:bartowski/Meta-Llama-3.1-8B-Instruct-GGUF:Q4_K_M", modelsDirectory);
        const uris = ["hf:mradermacher/Qwen2.5-7B-Instruct-GGUF/Qwen2.5-7B-Instruct.Q4_K_M.gguf", "huggingface:unsloth/gemma-3-4b-it-GGUF:Q4_K_M"];
        const notes = "hf:datasets/org/data";
      `),
    ).toEqual([
      '2:46 hub bartowski/Meta-Llama-3.1-8B-Instruct-GGUF',
      '3:19 hub mradermacher/Qwen2.5-7B-Instruct-GGUF',
      '3:104 hub unsloth/gemma-3-4b-it-GGUF',
    ]);
  });

  it('does not report decoys', () => {
    expect(
      scan(`
        import { Octokit } from '@octokit/rest';
        import foo from '@scope/pkg';
        const c = await client.chat.completions.create({ model: 'gpt-4o', messages });
        const r = await fetch('https://api.example.com/v1/models/acme/thing');
        const repo = { repo: 'vercel/next.js' };
        const cfg = { model: "openai/gpt-4o-mini" };
        const x = pipeline(stages, 'org/not-a-model');
        // const m = await pipeline('x', 'Xenova/commented-out');
        const re = /model: "a\\/b"/;
        const path = './models/x.onnx';
      `),
    ).toEqual([]);
  });

  it("does not read a model's request headers (media types) as models", () => {
    // continue's model configs carry request options beside the model name
    expect(
      scan(`
        export const model: ModelConfig = {
          name: "complex-headers",
          provider: "openai",
          model: "gpt-4",
          requestOptions: {
            headers: { Accept: "application/json", "Content-Type": "application/x-ndjson" },
          },
        };
      `),
    ).toEqual([]);
  });

  it('honours // model-gate: ignore', () => {
    expect(
      scan(`
        import { pipeline } from '@xenova/transformers';
        // model-gate: ignore
        const a = await pipeline('x', 'Xenova/one');
        const b = await pipeline('x', 'Xenova/two'); // model-gate: ignore
        const c = await pipeline('x', 'Xenova/three');
        /* model-gate: ignore */ const d = await pipeline('x', 'Xenova/four');
        const e = await pipeline('x', 'Xenova/five');
      `),
    ).toEqual(['5:32 hub Xenova/three', '7:32 hub Xenova/five']);
  });

  it("reads a Replicate client's run() and stream() as models hosted on Replicate", () => {
    expect(
      scan(`
        import Replicate from "replicate";
        const replicate = new Replicate({ auth: process.env.REPLICATE_API_TOKEN });
        const MODEL = "black-forest-labs/flux-schnell";
        const out = await replicate.run(
          "stability-ai/sdxl:39ed52f2a78e934b3ba6e2a89f5b1c712de7dfea535525255b1aa35c5565e08b",
          { input: { prompt: "an astronaut" } },
        );
        for await (const event of replicate.stream("meta/meta-llama-3-70b-instruct", { input })) process.stdout.write(String(event));
        const img = await replicate.run(MODEL, { input: {} });
      `),
    ).toEqual([
      '3:16 hosted(replicate) black-forest-labs/flux-schnell',
      '5:4 hosted(replicate) stability-ai/sdxl:39ed52f2a78e934b3ba6e2a89f5b1c712de7dfea535525255b1aa35c5565e08b',
      '8:45 hosted(replicate) meta/meta-llama-3-70b-instruct',
    ]);
    // require() too; a class of that name from another package, or a run() of another client, is not Replicate
    expect(
      scan(`
        const Replicate = require("replicate");
        const r = new Replicate();
        await r.run("acme/model-x", { input: {} });
      `),
    ).toEqual(['3:14 hosted(replicate) acme/model-x']);
    expect(
      scan(`
        import { Replicate } from "./replication";
        const r = new Replicate();
        await r.run("acme/job", {});
        const runner = makeRunner();
        await runner.run("acme/other", {});
      `),
    ).toEqual([]);
  });
});
