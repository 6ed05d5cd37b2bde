import { describe, expect, it } from '@jest/globals';
import { config, javascript, markdown, native, python, shell } from '../../src/scanners/index.js';
import { scanWith } from './helpers.js';

const py = scanWith(python, 'evals/models/__init__.py');
const js = scanWith(javascript, 'src/chat.ts');
const sh = scanWith(shell, 'scripts/run.sh');
const go = scanWith(native, 'cmd/chat/main.go');
const json = scanWith(config, 'packages/nodes/models.json');
const md = scanWith(markdown, 'README.md');
const yml = scanWith(config, 'configs/models.yaml');

describe('Ollama as a word, not the letters of another name', () => {
  it('reads no Ollama model in a registry of model types whose names hold the letters (VideoLLaMA)', () => {
    expect(
      py(`
        import importlib

        AVAILABLE_MODELS = {
            "glm4v": "GLM4V",
            "llava": "Llava",
            "videollama3": "VideoLLaMA3",
            "minicpm_v": "MiniCPM_V",
            "gemma3": "Gemma3",
        }

        def get_model(name):
            module = importlib.import_module(f"harness.models.{name}")
            return getattr(module, AVAILABLE_MODELS[name])
      `),
    ).toEqual([]);
  });

  it('reads a constant named for VideoLLaMA as a Hub model, not an Ollama one', () => {
    expect(
      py(`
        VIDEOLLAMA3_MODEL = "DAMO-NLP-SG/VideoLLaMA3-7B"
        DEFAULT_MODEL = "llava"
      `),
    ).toEqual(['1:22 hub DAMO-NLP-SG/VideoLLaMA3-7B']);
  });

  it('still reads a file that talks to Ollama: ollama.chat, ChatOllama and a default model beside them', () => {
    expect(
      py(`
        import ollama
        from langchain_ollama import ChatOllama

        DEFAULT_MODEL = "llava"
        reply = ollama.chat(model="llama3", messages=[])
        llm = ChatOllama(model="qwen3:8b")
      `),
    ).toEqual(['4:18 ollama ollama:llava', '5:28 ollama ollama:llama3', '6:25 ollama ollama:qwen3:8b']);
  });

  it('reads a bare name of a model flag as Ollama only in a script that names Ollama', () => {
    expect(sh(`python -m harness --model videollama3 --model llava\n`)).toEqual([]);
    expect(sh(`ollama serve &\npython -m harness --model llava\n`)).toEqual(['2:27 ollama ollama:llava']);
  });

  it('reads a JSON section as Ollama only when its key names Ollama, as YAML and INI sections are read', () => {
    const settings = scanWith(config, 'configs/eval.json');
    expect(
      settings(`{
  "videollama3": { "model": "llava-next" },
  "ollama": { "model": "qwen2.5:7b" }
}
`),
    ).toEqual(['3:25 ollama ollama:qwen2.5:7b']);
  });

  it('reads no Ollama model in JavaScript whose names hold the letters only', () => {
    expect(
      js(`
        const MODEL_TYPES = { videollama3: "VideoLLaMA3", llava: "llava" };
        const DEFAULT_MODEL = "llava";
        export function pick(name) { return MODEL_TYPES[name] ?? DEFAULT_MODEL; }
      `),
    ).toEqual([]);
  });
});

describe("Ollama clients of Ollama's cloud", () => {
  it('reads the models asked of Client(host="https://ollama.com") as hosted on ollama-cloud, whatever their tag', () => {
    expect(
      py(`
        import os
        from ollama import Client

        client = Client(host="https://ollama.com", headers={"Authorization": "Bearer " + os.environ["OLLAMA_API_KEY"]})
        reply = client.chat(model="gpt-oss:120b", messages=[{"role": "user", "content": "hi"}])
        local = Client(host="http://localhost:11434")
        local.generate(model="llama3.2", prompt="hi")
      `),
    ).toEqual(['5:28 hosted(ollama-cloud) gpt-oss:120b', '7:23 ollama ollama:llama3.2']);
  });

  it('reads the models asked of new Ollama({ host: "https://ollama.com" }) as hosted on ollama-cloud', () => {
    expect(
      js(`
        import { Ollama } from "ollama";

        const ollama = new Ollama({ host: "https://ollama.com", headers: { Authorization: "Bearer " + key } });
        const local = new Ollama({ host: "http://127.0.0.1:11434" });
        const a = await ollama.chat({ model: "deepseek-v3.1:671b", messages: [] });
        const b = await local.chat({ model: "qwen3:8b", messages: [] });
      `),
    ).toEqual(['5:39 hosted(ollama-cloud) deepseek-v3.1:671b', '6:38 ollama ollama:qwen3:8b']);
  });
});

describe("Go's command-line flags bound to a variable", () => {
  it('reads the default of flag.StringVar(&model, ...) where an Ollama request reads the variable', () => {
    expect(
      go(`
        package main

        import (
        	"context"
        	"flag"

        	"github.com/ollama/ollama/api"
        )

        func main() {
        	var model string
        	flag.StringVar(&model, "model", "llama3.2", "the model to chat with")
        	flag.Parse()
        	client, _ := api.ClientFromEnvironment()
        	req := &api.ChatRequest{Model: model}
        	_ = client.Chat(context.Background(), req, nil)
        }
      `),
    ).toEqual(['12:35 ollama ollama:llama3.2']);
  });

  it("reads cobra's StringVarP default bound to an options field, read by another function", () => {
    expect(
      go(`
        package cmd

        import (
        	"github.com/spf13/cobra"
        	"github.com/tmc/langchaingo/llms/ollama"
        )

        type options struct{ Model string }

        var opts options

        func init() {
        	rootCmd.Flags().StringVarP(&opts.Model, "model", "m", "qwen3:8b", "model name")
        }

        func run(cmd *cobra.Command, args []string) error {
        	llm, err := ollama.New(ollama.WithModel(opts.Model))
        	_ = llm
        	return err
        }
      `),
    ).toEqual(['13:57 ollama ollama:qwen3:8b']);
  });

  it("reads the default of cobra's cmd.Flags().String(...), a pointer an Ollama request dereferences", () => {
    expect(
      go(`
        package cmd

        import (
        	"github.com/ollama/ollama/api"
        	"github.com/spf13/cobra"
        )

        func newRunCmd() *cobra.Command {
        	cmd := &cobra.Command{Use: "run"}
        	model := cmd.Flags().String("model", "llama3", "the model to run")
        	embed := cmd.PersistentFlags().StringP("embed-model", "e", "nomic-embed-text", "embeddings")
        	format := cmd.Flags().String("format", "llama3.2", "output format")
        	cmd.RunE = func(cmd *cobra.Command, args []string) error {
        		req := &api.GenerateRequest{Model: *model, Format: *format}
        		_ = &api.EmbedRequest{Model: *embed}
        		return nil
        	}
        	return cmd
        }
      `),
    ).toEqual(['10:40 ollama ollama:llama3', '11:62 ollama ollama:nomic-embed-text']);
  });

  it('reads nothing from a flag whose variable no loader reads', () => {
    expect(
      go(`
        package main

        import "flag"

        func main() {
        	var out string
        	flag.StringVar(&out, "output", "llama3.2", "where to write")
        	flag.Parse()
        }
      `),
    ).toEqual([]);
  });
});

describe("a model's display name beside its id", () => {
  it('reads the id of a Python entry, not its name, and a name alone as before', () => {
    expect(
      py(`
        import ollama

        CHOICES = [
            {"model_name": "Llama 3 8B", "model_id": "meta-llama/Meta-Llama-3-8B"},
            {"model_name": "qwen/qwen-2.5-7b", "model_id": "Qwen/Qwen2.5-7B-Instruct"},
            dict(model_name="phi3", model_id="microsoft/Phi-3-mini-4k-instruct"),
        ]
        fallback = {"model_name": "llama3.2", "temperature": 0.2}
      `),
    ).toEqual([
      '4:47 hub meta-llama/Meta-Llama-3-8B',
      '5:53 hub Qwen/Qwen2.5-7B-Instruct',
      '6:39 hub microsoft/Phi-3-mini-4k-instruct',
      '8:28 ollama ollama:llama3.2',
    ]);
  });

  it('reads the id of a YAML or JSON mapping, not its name', () => {
    expect(
      yml(`
        models:
          - model_name: qwen/qwen-2.5-7b
            model_id: Qwen/Qwen2.5-7B-Instruct
          - model_name: mistralai/Mistral-7B
            repo: mistralai/Mistral-7B-Instruct-v0.3
      `),
    ).toEqual([
      '3:15 hub Qwen/Qwen2.5-7B-Instruct',
      '4:17 hub mistralai/Mistral-7B',
      '5:11 hub mistralai/Mistral-7B-Instruct-v0.3',
    ]);
    expect(
      json(`
        {
          "models": [
            { "modelName": "meta-llama/llama-3-8b", "modelId": "meta-llama/Meta-Llama-3-8B-Instruct" }
          ]
        }
      `),
    ).toEqual(['3:57 hub meta-llama/Meta-Llama-3-8B-Instruct']);
  });
});

describe('a Go OpenAI client pointed at another server', () => {
  it("reads go-openai's requests as Ollama's models when its configuration's BaseURL is an Ollama server", () => {
    expect(
      go(`
        package main

        import (
        	"context"

        	openai "github.com/sashabaranov/go-openai"
        )

        const ollamaURL = "http://localhost:11434/v1"

        func main() {
        	config := openai.DefaultConfig("ollama")
        	config.BaseURL = ollamaURL
        	client := openai.NewClientWithConfig(config)
        	resp, err := client.CreateChatCompletion(context.Background(), openai.ChatCompletionRequest{
        		Model:    "llama3.2",
        		Messages: []openai.ChatCompletionMessage{{Role: openai.ChatMessageRoleUser, Content: "hi"}},
        	})
        	_, _ = resp, err
        }
      `),
    ).toEqual(['16:14 ollama ollama:llama3.2']);
  });

  it("reads openai-go's and langchaingo's option.WithBaseURL, and leaves other files' requests OpenAI's", () => {
    expect(
      go(`
        package main

        import (
        	"github.com/openai/openai-go"
        	"github.com/openai/openai-go/option"
        )

        func ask(ctx context.Context) {
        	client := openai.NewClient(option.WithBaseURL("http://127.0.0.1:8000/v1"))
        	a, _ := client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: "Qwen/Qwen2.5-7B-Instruct"})
        	b, _ := client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: "local-default"})
        }
      `),
    ).toEqual(['10:82 hub Qwen/Qwen2.5-7B-Instruct']);
    expect(
      go(`
        package main

        import "github.com/tmc/langchaingo/llms/openai"

        func newLLM() (*openai.LLM, error) {
        	return openai.New(openai.WithBaseURL("http://ollama:11434/v1"), openai.WithModel("qwen3:8b"))
        }
      `),
    ).toEqual(['6:84 ollama ollama:qwen3:8b']);
    expect(
      go(`
        package main

        import openai "github.com/sashabaranov/go-openai"

        var web = Config{BaseURL: "http://localhost:8080"}

        func main() {
        	client := openai.NewClient(token)
        	req := openai.ChatCompletionRequest{Model: "gpt-4o-mini"}
        }
      `),
    ).toEqual(['9:46 hosted(openai) gpt-4o-mini']);
  });
});

describe("a provider's list of the models it offers (a model picker)", () => {
  const models = `
    {
      "chat": [
        {
          "name": "groqChat",
          "models": [
            { "label": "llama3-70b-8192", "name": "llama3-70b-8192" },
            { "label": "meta-llama/Llama-3.1-8B-Instruct", "name": "meta-llama/Llama-3.1-8B-Instruct" }
          ]
        },
        {
          "name": "chatTogetherAI",
          "models": [{ "label": "Qwen 2.5 7B", "name": "Qwen/Qwen2.5-7B-Instruct" }]
        },
        {
          "name": "chatLocalRunner",
          "models": [{ "label": "Qwen 2.5 7B", "name": "Qwen/Qwen2.5-7B-Instruct" }]
        },
        {
          "name": "chatHuggingFace",
          "models": [{ "label": "GPT-2", "name": "gpt2" }, { "label": "Llama 3.1 8B", "name": "meta-llama/Llama-3.1-8B-Instruct" }]
        }
      ]
    }
  `;

  it("reads the models of a provider named for a service as that service's, a picker of no service as nothing", () => {
    expect(json(models)).toEqual([
      '7:21 hosted(groq) meta-llama/Llama-3.1-8B-Instruct',
      '7:65 hosted(groq) meta-llama/Llama-3.1-8B-Instruct',
      '12:53 hosted(together) Qwen/Qwen2.5-7B-Instruct',
      '20:92 hub meta-llama/Llama-3.1-8B-Instruct',
    ]);
  });
});

describe("ModelScope's namespaces", () => {
  it("reads an id of ModelScope's own namespaces (iic/, damo/) as ModelScope's address, wherever it is loaded", () => {
    expect(
      py(
        `
        from modelscope import snapshot_download
        from modelscope.pipelines import pipeline
        from funasr import AutoModel

        ASR_MODEL = "iic/SenseVoiceSmall"
        model_dir = snapshot_download(ASR_MODEL, revision="master")
        model = AutoModel(model=ASR_MODEL, vad_model="fsmn-vad", device="cuda:0")
        p = pipeline(task="auto-speech-recognition", model="damo/speech_paraformer-large_asr_nat-zh-cn-16k-common")
        llm_dir = snapshot_download("Qwen/Qwen2.5-7B-Instruct")
        hf = AutoModel(model="FunAudioLLM/SenseVoiceSmall", hub="hf")
        `,
        'asr/download.py',
      ),
    ).toEqual([
      '5:14 url https://modelscope.cn/models/iic/SenseVoiceSmall',
      '7:47 url https://modelscope.cn/models/iic/speech_fsmn_vad_zh-cn-16k-common-pytorch',
      '8:53 url https://modelscope.cn/models/damo/speech_paraformer-large_asr_nat-zh-cn-16k-common',
      '9:30 hub Qwen/Qwen2.5-7B-Instruct',
      '10:23 hub FunAudioLLM/SenseVoiceSmall',
    ]);
    expect(
      sh(`python -m funasr.bin.inference ++model="iic/SenseVoiceSmall" ++input=a.wav\nMODEL_ID=damo/x-y\n`),
    ).toEqual([
      '1:41 url https://modelscope.cn/models/iic/SenseVoiceSmall',
      '2:10 url https://modelscope.cn/models/damo/x-y',
    ]);
  });

  it("reads FunASR's short names given to its AutoModel as the ModelScope repositories it downloads, only from FunASR", () => {
    expect(
      py(
        `
        import funasr
        from funasr import AutoModel

        PUNC = "ct-punc"

        def build_pipeline(device="cpu"):
            return AutoModel(
                model="paraformer-zh",
                vad_model="fsmn-vad",
                vad_kwargs={"max_single_segment_time": 60000},
                punc_model=PUNC,
                spk_model="cam++",
                device=device,
            )

        sv = AutoModel(model="iic/SenseVoiceSmall", vad_model="fsmn-vad", hub="modelscope")
        nano = AutoModel(model="FunAudioLLM/Fun-ASR-Nano-2512", vad_model="fsmn-vad", hub="hf")
        whisper = AutoModel(model="Whisper-large-v3", hub="openai")
        `,
        'asr/service.py',
      ),
    ).toEqual([
      '4:9 url https://modelscope.cn/models/iic/punc_ct-transformer_cn-en-common-vocab471067-large',
      '8:16 url https://modelscope.cn/models/iic/speech_seaco_paraformer_large_asr_nat-zh-cn-16k-common-vocab8404-pytorch',
      '9:20 url https://modelscope.cn/models/iic/speech_fsmn_vad_zh-cn-16k-common-pytorch',
      '12:20 url https://modelscope.cn/models/iic/speech_campplus_sv_zh-cn_16k-common',
      '16:23 url https://modelscope.cn/models/iic/SenseVoiceSmall',
      '16:56 url https://modelscope.cn/models/iic/speech_fsmn_vad_zh-cn-16k-common-pytorch',
      '17:25 hub FunAudioLLM/Fun-ASR-Nano-2512',
    ]);
    // without FunASR, a short name given to another library's AutoModel is no model of ModelScope
    expect(
      py(
        `
        from mylib import AutoModel

        m = AutoModel(model="paraformer-zh", vad_model="fsmn-vad")
        `,
        'asr/other.py',
      ),
    ).toEqual([]);
  });

  it("reads Hydra's model overrides; in a FunASR command, its short names as the ModelScope repositories it downloads", () => {
    expect(
      sh(`
        #!/bin/bash
        python -m funasr ++model=paraformer-zh ++vad_model="fsmn-vad" ++punc_model=ct-punc ++input=asr_example.wav
        funasr ++model=iic/SenseVoiceSmall ++input=a.wav ++model_revision=v2.0.4 ++output_dir=./out
        python -m funasr.bin.inference model=paraformer-en ++device=cpu
        python train.py ++model=paraformer-zh ++tokenizer_conf.token_list=tokens.txt
        python train.py +model_name_or_path=Qwen/Qwen2.5-7B-Instruct
        MODEL_NAME=paraformer-zh python -m funasr ++input=x.wav
      `),
    ).toEqual([
      '2:26 url https://modelscope.cn/models/iic/speech_seaco_paraformer_large_asr_nat-zh-cn-16k-common-vocab8404-pytorch',
      '2:53 url https://modelscope.cn/models/iic/speech_fsmn_vad_zh-cn-16k-common-pytorch',
      '2:76 url https://modelscope.cn/models/iic/punc_ct-transformer_cn-en-common-vocab471067-large',
      '3:16 url https://modelscope.cn/models/iic/SenseVoiceSmall',
      '4:38 url https://modelscope.cn/models/iic/speech_paraformer-large-vad-punc_asr_nat-en-16k-common-vocab10020',
      '6:37 hub Qwen/Qwen2.5-7B-Instruct',
    ]);
    expect(
      md(`
        # Speech recognition

        \`\`\`shell
        python -m funasr ++model=paraformer-zh ++input=asr_example_zh.wav
        \`\`\`
      `),
    ).toEqual([
      '4:26 url https://modelscope.cn/models/iic/speech_seaco_paraformer_large_asr_nat-zh-cn-16k-common-vocab8404-pytorch',
    ]);
  });
});

describe('datasets of evaluation tasks', () => {
  it('reads no model in a repository that a download says, through a constant, is a dataset', () => {
    expect(
      py(
        `
        from typing import Final
        from huggingface_hub import hf_hub_download

        _REPO_ID: Final = "facebook/IntPhys2"
        _DATASET_TYPE: Final = "dataset"

        def video_path(split, filename):
            return hf_hub_download(repo_id=_REPO_ID, repo_type=_DATASET_TYPE, filename=f"{split}/{filename}")
        `,
        'tasks/intphys/utils.py',
      ),
    ).toEqual([]);
  });

  it('still reads a model whose download a constant says is a model', () => {
    expect(
      py(
        `
        from huggingface_hub import hf_hub_download

        REPO_ID = "facebook/sam-vit-base"
        REPO_TYPE = "model"
        path = hf_hub_download(repo_id=REPO_ID, repo_type=REPO_TYPE, filename="model.safetensors")
        `,
        'tasks/seg/utils.py',
      ),
    ).toEqual(['3:12 hub facebook/sam-vit-base']);
  });
});

describe("evaluation harnesses' --model_args", () => {
  it('reads the model of each key=value list, not the pairs after it', () => {
    expect(
      sh(
        `
        python3 -m lmms_eval \\
            --model vllm \\
            --model_args model=Qwen/Qwen2-VL-7B-Instruct,tensor_parallel_size=4 \\
            --tasks mme
        lm_eval --model hf --model_args pretrained=EleutherAI/pythia-160m,revision=step100000,dtype="float" --tasks lambada
        accelerate launch -m lmms_eval --model llava --model_args=pretrained=gpt2,conv_template=qwen_1_5 --tasks mme
        lm_eval --model hf --model_args pretrained=$CKPT_PATH,dtype=bfloat16 --tasks gsm8k
        `,
        'examples/eval.sh',
      ),
    ).toEqual(['3:24 hub Qwen/Qwen2-VL-7B-Instruct', '5:44 hub EleutherAI/pythia-160m', '6:70 hub gpt2']);
  });
});

describe('values a string or list test is given', () => {
  it("reads no catalog-known id from what Python's startswith and endswith are given, nor a constant read only there", () => {
    expect(
      py(
        `
        from transformers import AutoTokenizer

        LLAMA_PREFIXES = ("meta-llama/Llama-3.1-8B-Instruct", "gpt2")


        def fix_eos(tokenizer, chat_template):
            name = tokenizer.name_or_path.lower()
            if name.startswith(("qwen/qwen2.5-7b-instruct", "Qwen/Qwen2.5-7B-Instruct")):
                return chat_template + "<|im_end|>"
            elif name.endswith("meta-llama/Llama-3.1-8B-Instruct") or name.startswith(LLAMA_PREFIXES):
                return chat_template + "<|eot_id|>"
            return chat_template


        tokenizer = AutoTokenizer.from_pretrained("Qwen/Qwen2.5-7B-Instruct")
        `,
        'mylib/chat_templates.py',
      ),
    ).toEqual(['15:44 hub Qwen/Qwen2.5-7B-Instruct']);
  });

  it('reads no catalog-known id that JavaScript compares a value with or gives startsWith, endsWith or includes', () => {
    expect(
      js(
        `
        import { pipeline } from "@huggingface/transformers";

        export function badgeFor(modelId: string): string {
          if (modelId === "meta-llama/Llama-3.1-8B-Instruct") return "llama";
          if ("gpt2" !== modelId && modelId.startsWith("Qwen/Qwen2.5-7B-Instruct")) return "qwen";
          if (modelId.toLowerCase().endsWith("meta-llama/llama-3.1-8b-instruct")) return "llama";
          if (["meta-llama/Llama-3.1-8B-Instruct", "gpt2"].includes(modelId)) return "small";
          return modelId?.includes("Qwen/Qwen2.5-7B-Instruct") ? "qwen" : "other";
        }

        export const isDownloaded = (id: string) => id === "meta-llama/Llama-3.1-8B-Instruct";
        export const generator = await pipeline("text-generation", "Qwen/Qwen2.5-7B-Instruct");
        `,
        'src/features/models/badges.ts',
      ),
    ).toEqual(['12:61 hub Qwen/Qwen2.5-7B-Instruct']);
  });

  it('reads no model the condition of a conditional compares with; the values the code takes stay', () => {
    expect(
      js(
        `
        import OpenAI from "openai";

        const client = new OpenAI({ baseURL: "https://openrouter.ai/api/v1", apiKey: process.env.OPENROUTER_API_KEY });
        const DEFAULT_MODEL = "openrouter/free";

        export function displayName(selectedModel: string): string {
          const displayModel = selectedModel === "openrouter/free" ? "Auto Free (client-side cascade)" : selectedModel;
          return displayModel;
        }

        export function freeModel(value: string): string {
          const model = value === "qwen/qwen3-coder:free" || value.endsWith(":free") ? value : "z-ai/glm-4.5-air:free";
          return model;
        }

        export async function run(model = DEFAULT_MODEL) {
          if (model === "openrouter/auto") console.log("auto router");
          return client.chat.completions.create({ model, messages: [] });
        }
        `,
        'src/lib/openrouter.ts',
      ),
    ).toEqual(['4:24 hosted(openrouter) openrouter/free', '12:89 hosted(openrouter) z-ai/glm-4.5-air:free']);
  });

  it('reads no catalog-known id of a `case` label: a value a switch tests', () => {
    expect(
      js(
        `
        import { pipeline } from "@huggingface/transformers";

        export function iconFor(modelId: string): string {
          switch (modelId) {
            case "meta-llama/Llama-3.1-8B-Instruct":
              return "llama.svg";
            case "Qwen/Qwen2.5-7B-Instruct":
              return "qwen.svg";
            default:
              return "model.svg";
          }
        }

        export const generator = await pipeline("text-generation", "Xenova/distilgpt2");
        `,
        'src/components/ModelIcon.tsx',
      ),
    ).toEqual(['14:61 hub Xenova/distilgpt2']);
  });
});

describe('constants JavaScript only tests a value against', () => {
  it('reads no catalog-known id from an array or Set constant read only by includes, indexOf or has', () => {
    expect(
      js(
        `
        import { pipeline } from "@huggingface/transformers";

        // models whose repositories ask the user to accept their terms first
        const GATED_MODELS = ["meta-llama/Llama-3.1-8B-Instruct", "gpt2"];
        const HIDDEN = new Set([
          "Qwen/Qwen2.5-7B-Instruct",
          "meta-llama/Llama-3.1-8B-Instruct",
        ]);
        const legacyIds: string[] = ["Qwen/Qwen2.5-7B-Instruct"];

        export function needsToken(modelId: string): boolean {
          return GATED_MODELS.includes(modelId) || legacyIds.indexOf(modelId) >= 0;
        }

        export const listed = (ids: string[]) => ids.filter((id) => !HIDDEN.has(id));

        export const generator = await pipeline("text-generation", "Xenova/distilgpt2");
        `,
        'src/lib/gated.ts',
      ),
    ).toEqual(['17:61 hub Xenova/distilgpt2']);
    // a constant the code also passes on, iterates or exports is read
    expect(
      js(
        `
        import { pipeline } from "@huggingface/transformers";

        const EMBEDDERS = ["Xenova/all-MiniLM-L6-v2", "Xenova/bge-small-en-v1.5"];
        const CHAT = ["meta-llama/Llama-3.1-8B-Instruct"];
        export const SUPPORTED = ["Qwen/Qwen2.5-7B-Instruct"];

        export const known = (id: string) => EMBEDDERS.includes(id) || CHAT.includes(id) || SUPPORTED.includes(id);
        export const load = () => pipeline("feature-extraction", EMBEDDERS[0]);
        for (const m of CHAT) console.log(m);
        `,
        'src/lib/embedders.ts',
      ),
    ).toEqual([
      '3:21 hub Xenova/all-MiniLM-L6-v2',
      '3:48 hub Xenova/bge-small-en-v1.5',
      '4:16 hub meta-llama/Llama-3.1-8B-Instruct',
      '5:28 hub Qwen/Qwen2.5-7B-Instruct',
    ]);
  });
});
