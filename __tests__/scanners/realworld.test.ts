import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { scanRepository } from '../../src/discover/scan.js';
import { applyFacts, config, javascript, markdown, python, url } from '../../src/scanners/index.js';
import type { FieldDefinition, FieldUse } from '../../src/scanners/types.js';
import { brief, ctx, dedent, scanWith } from './helpers.js';

const md = scanWith(markdown, 'README.md');
const py = scanWith(python, 'app/main.py');

/** Writes a repository of files (dedented) under a fresh temporary folder; returns a function that scans it. */
function repo(files: Record<string, string>): { root: string; scan: () => Promise<string[]> } {
  const root = mkdtempSync(join(tmpdir(), 'mg-realworld-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), dedent(text));
  }
  return {
    root,
    scan: async () => {
      const { references } = await scanRepository(root, { paths: ['**'], ignore: [], ctx });
      return references.map(
        (r) => `${r.path}:${r.line}:${r.column} ${r.kind}${r.provider ? `(${r.provider})` : ''} ${r.id}`,
      );
    },
  };
}

describe('code blocks of Markdown documents', () => {
  it('reads the commands of shell blocks: ollama, vllm, huggingface-cli, hf, docker run of TGI', () => {
    expect(
      md(`
        # Quick start

        Pull the models:

        \`\`\`bash
        ollama pull llama3.2:3b
        ollama run qwen2.5-coder:7b "write a test"
        huggingface-cli download meta-llama/Llama-3.2-1B-Instruct --local-dir ./weights
        hf download BAAI/bge-m3
        \`\`\`

        Serve it:

        \`\`\`sh
        vllm serve Qwen/Qwen2.5-7B-Instruct --port 8000
        python -m vllm.entrypoints.openai.api_server \\
            --model mistralai/Mistral-7B-Instruct-v0.3 --dtype half
        docker run --gpus all -p 8080:80 ghcr.io/huggingface/text-generation-inference:3.0 \\
            --model-id HuggingFaceH4/zephyr-7b-beta
        \`\`\`
      `),
    ).toEqual([
      '6:13 ollama ollama:llama3.2:3b',
      '7:12 ollama ollama:qwen2.5-coder:7b',
      '8:26 hub meta-llama/Llama-3.2-1B-Instruct',
      '9:13 hub BAAI/bge-m3',
      '15:12 hub Qwen/Qwen2.5-7B-Instruct',
      '17:13 hub mistralai/Mistral-7B-Instruct-v0.3',
      '19:16 hub HuggingFaceH4/zephyr-7b-beta',
    ]);
  });

  it('reads blocks without a language and console sessions, whose output lines are not commands', () => {
    expect(
      md(`
        \`\`\`
        ollama pull nomic-embed-text
        \`\`\`

        \`\`\`console
        $ ollama run llama3.1:8b
        >>> pulling manifest
        success: model llama3.1:70b is ready
        $ hf download \\
          Qwen/Qwen3-0.6B
        \`\`\`
      `),
    ).toEqual(['2:13 ollama ollama:nomic-embed-text', '6:14 ollama ollama:llama3.1:8b', '10:3 hub Qwen/Qwen3-0.6B']);
  });

  it('reads Python, JavaScript and YAML blocks with their own analyzers, and fences inside list items', () => {
    expect(
      md(`
        1. Load the model:

           \`\`\`python
           from transformers import AutoModelForCausalLM
           model = AutoModelForCausalLM.from_pretrained("HuggingFaceTB/SmolLM2-360M-Instruct")
           \`\`\`

        2. In the browser:

           \`\`\`js
           import { pipeline } from "@huggingface/transformers";
           const embed = await pipeline("feature-extraction", "Xenova/all-MiniLM-L6-v2");
           \`\`\`

        3. Or train it:

        \`\`\`yaml
        base_model: NousResearch/Meta-Llama-3-8B
        services:
          tgi:
            command: --model-id mistralai/Mistral-7B-Instruct-v0.3
        \`\`\`
      `),
    ).toEqual([
      '5:50 hub HuggingFaceTB/SmolLM2-360M-Instruct',
      '12:56 hub Xenova/all-MiniLM-L6-v2',
      '18:13 hub NousResearch/Meta-Llama-3-8B',
      '21:25 hub mistralai/Mistral-7B-Instruct-v0.3',
    ]);
  });

  it('reads Python sessions without their prompts and output', () => {
    expect(
      md(`
        \`\`\`pycon
        >>> from sentence_transformers import SentenceTransformer
        >>> model = SentenceTransformer(
        ...     "BAAI/bge-small-en-v1.5")
        SentenceTransformer("sentence-transformers/all-mpnet-base-v2")
        \`\`\`
      `),
    ).toEqual(['4:10 hub BAAI/bge-small-en-v1.5']);
  });

  it('does not read prose, output blocks, other languages, or what a line suppresses', () => {
    expect(
      md(`
        Run \`ollama pull llama3.2\` first; then --model org/in-prose.

        \`\`\`text
        ollama run phi3
        \`\`\`

        \`\`\`json
        {"model": "Qwen/Qwen2.5-7B-Instruct"}
        \`\`\`

        \`\`\`bash
        ollama pull mistral # model-gate: ignore
        export OUTPUT_DIR=./models/llama3
        \`\`\`

            ollama run indented-code-is-not-read
      `),
    ).toEqual([]);
  });

  it('runs an unclosed fence to the end of the document', () => {
    expect(md('```bash\nollama pull gemma3:4b\n')).toEqual(['2:13 ollama ollama:gemma3:4b']);
  });
});

describe('code blocks of reStructuredText documents', () => {
  const rst = scanWith(markdown, 'docs/deploy.rst');

  it('reads code-block directives by their language and literal blocks as shell', () => {
    expect(
      rst(`
        Deploying
        =========

        .. code-block:: bash
           :linenos:

           vllm serve meta-llama/Llama-3.1-8B-Instruct --tensor-parallel-size 2

        .. code:: python

            from huggingface_hub import snapshot_download
            snapshot_download(repo_id="facebook/opt-125m")

        Then pull the embedding model::

            ollama pull mxbai-embed-large

        .. note:: not code
           ollama pull not-a-block
      `),
    ).toEqual([
      '7:15 hub meta-llama/Llama-3.1-8B-Instruct',
      '12:32 hub facebook/opt-125m',
      '16:17 ollama ollama:mxbai-embed-large',
    ]);
  });
});

describe('Ollama library addresses', () => {
  const u = scanWith(url, 'README.md');

  it('reads ollama.com/library/NAME[:TAG] in any text, not the library index', () => {
    expect(
      u(`
        Uses [DeepSeek R1 8B](https://ollama.com/library/deepseek-r1:8b) and
        https://ollama.com/library/nomic-embed-text/tags, the older ollama.ai/library/llama2.
        Browse https://ollama.com/library or https://ollama.com/search for more.
      `),
    ).toEqual(['1:23 ollama ollama:deepseek-r1:8b', '2:1 ollama ollama:nomic-embed-text', '2:61 ollama ollama:llama2']);
  });

  it('is a mention in a Python comment', () => {
    expect(brief(url.extract('# see https://ollama.com/library/qwen3:8b\nx = 1\n', 'app.py', ctx))).toEqual([
      '1:7 ollama ollama:qwen3:8b mention',
    ]);
  });
});

describe('class fields read by another module (local-deep-researcher, ragbase)', () => {
  let fixture: ReturnType<typeof repo>;
  beforeAll(() => {
    fixture = repo({
      'src/deep_research/configuration.py': `
        import os
        from pydantic import BaseModel, Field


        class Configuration(BaseModel):
            """The configurable fields of the research graph."""

            max_loops: int = Field(default=3, title="Research depth")
            local_llm: str = Field(
                default="llama3.2",
                title="LLM model name",
            )
            ollama_base_url: str = Field(default="http://localhost:11434/")
            summary_style: str = Field(default="concise")

            @classmethod
            def from_runnable_config(cls, config=None) -> "Configuration":
                return cls(**(config or {}))
      `,
      'src/deep_research/graph.py': `
        from langchain_ollama import ChatOllama
        from deep_research.configuration import Configuration


        def get_llm(configurable: Configuration):
            return ChatOllama(base_url=configurable.ollama_base_url, model=configurable.local_llm, temperature=0)


        def summarize(state, config):
            configurable = Configuration.from_runnable_config(config)
            return ChatOllama(model=configurable.local_llm).invoke(state.summary_style)
      `,
      'ragkit/config.py': `
        class Config:
            class Model:
                EMBEDDINGS = "BAAI/bge-base-en-v1.5"
                RERANKER = "ms-marco-MiniLM-L-12-v2"
                LOCAL_LLM = "gemma2:9b"
                REMOTE_LLM = "llama-3.1-70b-versatile"
                TEMPERATURE = 0.0
      `,
      'ragkit/model.py': `
        from langchain_community.chat_models import ChatOllama
        from langchain_community.document_compressors.flashrank_rerank import FlashrankRerank
        from langchain_community.embeddings.fastembed import FastEmbedEmbeddings
        from langchain_groq import ChatGroq

        from ragkit.config import Config


        def create_llm(local: bool):
            if local:
                return ChatOllama(model=Config.Model.LOCAL_LLM, temperature=Config.Model.TEMPERATURE)
            return ChatGroq(model_name=Config.Model.REMOTE_LLM)


        def create_reranker():
            return FlashrankRerank(model=Config.Model.RERANKER)


        def create_embeddings():
            return FastEmbedEmbeddings(model_name=Config.Model.EMBEDDINGS)
      `,
      // a class of the same name and field that nobody imports from here, and one read by no model parameter
      'tools/configuration.py': `
        class Configuration:
            local_llm = "phi3:mini"
            title = "llama3.2:1b"
      `,
      // a settings instance imported as is
      'service/settings.py': `
        from pydantic_settings import BaseSettings


        class Settings(BaseSettings):
            chat_model: str = "qwen3:8b"
            embed_model: str = "nomic-embed-text"


        settings = Settings()
      `,
      'service/app.py': `
        import ollama
        from .settings import settings


        def answer(q):
            return ollama.chat(model=settings.chat_model, messages=[{"role": "user", "content": q}])
      `,
    });
  });
  afterAll(() => rmSync(fixture.root, { recursive: true, force: true }));

  it('reports the field at its line, read the way the reading module reads it', async () => {
    expect(await fixture.scan()).toEqual([
      'ragkit/config.py:3:23 hub BAAI/bge-base-en-v1.5',
      'ragkit/config.py:5:22 ollama ollama:gemma2:9b',
      'ragkit/config.py:6:23 hosted(groq) llama-3.1-70b-versatile',
      'service/settings.py:5:24 ollama ollama:qwen3:8b',
      'src/deep_research/configuration.py:10:18 ollama ollama:llama3.2',
    ]);
  });

  it('records fields and the attributes that reach a model parameter as facts', () => {
    const graph = dedent(`
      from langchain_ollama import ChatOllama
      from deep_research.configuration import Configuration

      def get_llm(configurable: Configuration):
          return ChatOllama(model=configurable.local_llm)
    `);
    expect(python.scan(graph, 'src/deep_research/graph.py', ctx).facts?.fieldUses).toEqual([
      {
        name: 'local_llm',
        owners: [{ name: 'Configuration', module: 'deep_research.configuration' }],
        mode: 'ollama',
        strength: 'strong',
        path: 'src/deep_research/graph.py',
        line: 5,
      },
    ]);
    const fields = python.scan(
      'class Config:\n    class Model:\n        LOCAL_LLM = "gemma2:9b"  # model-gate: ignore\n        CHAT = "llama3"\n',
      'config.py',
      ctx,
    ).facts?.fields;
    expect(fields).toEqual([
      { owner: 'Config', name: 'CHAT', value: 'llama3', path: 'config.py', line: 4, column: 17, scanner: 'python' },
    ]);
  });

  it('does not record an attribute of an object of no imported class', () => {
    const text =
      'from langchain_ollama import ChatOllama\nimport argparse\nargs = parse()\nChatOllama(model=args.local_llm)\n';
    expect(python.scan(text, 'app.py', ctx).facts?.fieldUses).toBeUndefined();
  });

  it('joins in a pure function, preferring the class of the module the import names', () => {
    const def = (path: string, value: string): FieldDefinition => ({
      owner: 'Settings',
      name: 'model',
      value,
      path,
      line: 3,
      column: 13,
      scanner: 'python',
    });
    const use = (module: string): FieldUse => ({
      name: 'model',
      owners: [{ name: 'Settings', module }],
      mode: 'ollama',
      strength: 'strong',
      path: 'app/main.py',
      line: 9,
    });
    const defs = { fields: [def('app/config.py', 'llama3.2'), def('other/settings.py', 'phi3')] };
    expect(brief(applyFacts([], [defs, { fieldUses: [use('app.config')] }], ctx))).toEqual([
      '3:13 ollama ollama:llama3.2',
    ]);
    expect(brief(applyFacts([], [defs, { fieldUses: [use('.config')] }], ctx))).toEqual([
      '3:13 ollama ollama:llama3.2',
    ]);
    // imported through a package that re-exports it: any class of that name
    expect(brief(applyFacts([], [defs, { fieldUses: [use('app.core')] }], ctx))).toEqual([
      '3:13 ollama ollama:llama3.2',
      '3:13 ollama ollama:phi3',
    ]);
    // a field nobody reads is nothing; a place that already holds a reference is not read twice
    expect(applyFacts([], [defs], ctx)).toEqual([]);
    const placed = [{ id: 'x/y', kind: 'hub' as const, path: 'app/config.py', line: 3, column: 13, scanner: 'python' }];
    expect(brief(applyFacts(placed, [defs, { fieldUses: [use('app.config')] }], ctx))).toEqual(['3:13 hub x/y']);
  });
});

describe('loads of real repositories', () => {
  it('reads config keys named for an Ollama model as Ollama models (easy-local-rag)', () => {
    const cfg = scanWith(config, 'config.yaml');
    expect(
      cfg(`
        vault_file: "vault.txt"
        ollama_model: "llama3"
        top_k: 7
        ollama_api:
          base_url: "http://localhost:11434/v1"
          api_key: "llama3"
      `),
    ).toEqual(['2:16 ollama ollama:llama3']);
  });

  it('reads the Hub id default of --model-path, never a local run (LLaVA)', () => {
    expect(
      py(`
        import argparse
        parser = argparse.ArgumentParser()
        parser.add_argument("--model-path", type=str, default="facebook/opt-350m")
        parser.add_argument("--base-model-path", default="lmsys/vicuna-7b-v1.5")
        parser.add_argument("--model-path-2", default="org/not-a-model-flag")
        parser.add_argument("--model_path", default="checkpoints/llava-7b/final")
        parser.add_argument("--output-path", default="results/answers")
      `),
    ).toEqual(['3:56 hub facebook/opt-350m', '4:51 hub lmsys/vicuna-7b-v1.5']);
  });

  it('reads openai<1.0 calls as hosted, and as the server says when openai.api_base points elsewhere', () => {
    expect(
      py(`
        import openai
        MODEL = "gpt-3.5-turbo"
        r = openai.ChatCompletion.create(model="gpt-4", messages=[])
        e = openai.Embedding.create(model="text-embedding-ada-002", input="x")
        c = openai.Completion.create(model=MODEL, prompt="x")
      `),
    ).toEqual([
      '2:10 hosted(openai) gpt-3.5-turbo',
      '3:41 hosted(openai) gpt-4',
      '4:36 hosted(openai) text-embedding-ada-002',
    ]);
    expect(
      py(`
        import openai
        openai.api_base = "http://localhost:8000/v1"
        r = openai.ChatCompletion.create(model="meta-llama/Llama-3.1-8B-Instruct", messages=[])
        q = openai.ChatCompletion.create(model="Qwen", messages=[])
      `),
    ).toEqual(['3:41 hub meta-llama/Llama-3.1-8B-Instruct']);
  });

  it('does not take the revision of a ModelScope download for a Hub revision (Qwen)', () => {
    expect(
      py(`
        from modelscope.hub.snapshot_download import snapshot_download
        from huggingface_hub import hf_hub_download
        model_dir = snapshot_download("Qwen/Qwen-1_8B-Chat", cache_dir=".", revision="master")
        path = hf_hub_download("Qwen/Qwen2.5-7B-Instruct", "config.json", revision="a09a354")
      `),
    ).toEqual(['3:32 hub Qwen/Qwen-1_8B-Chat', '4:25 hub Qwen/Qwen2.5-7B-Instruct@a09a354']);
  });

  it('reads a dict under a singular model name by the entries that name the model (kubeai)', () => {
    expect(
      py(`
        import ollama
        model = {
            "apiVersion": "kubeai.org/v1",
            "kind": "Model",
            "spec": {"url": "hf://facebook/opt-125m", "resourceProfile": "nvidia-gpu-l4:1"},
        }
        EMBEDDING_MODEL = {"name": "BAAI/bge-small-en-v1.5", "dim": 384}
        EMBEDDING_MODELS = {"small": "BAAI/bge-small-en-v1.5", "large": "BAAI/bge-large-en-v1.5"}
      `),
    ).toEqual([
      '5:27 hub facebook/opt-125m',
      '7:29 hub BAAI/bge-small-en-v1.5',
      '8:31 hub BAAI/bge-small-en-v1.5',
      '8:66 hub BAAI/bge-large-en-v1.5',
    ]);
  });

  it("takes a LangChain Anthropic client pointed at the project's own server for that server", () => {
    expect(
      py(`
        from langchain_anthropic import ChatAnthropic
        llm = ChatAnthropic(model="qwen3.5:35b", anthropic_api_url="http://localhost:8080")
        cloud = ChatAnthropic(model="claude-3-5-sonnet-latest")
      `),
    ).toEqual(['3:30 hosted(anthropic) claude-3-5-sonnet-latest']);
  });
});

describe('loads of real repositories, continued', () => {
  it("reads the size default of a speech tool's --model flag as the Whisper checkpoint it loads (whisperX)", () => {
    expect(
      py(`
        import argparse
        from whisperx.utils import LANGUAGES
        parser = argparse.ArgumentParser()
        parser.add_argument("--model", default="small", help="name of the Whisper model to use")
        parser.add_argument("--model_size", default="large-v3")
        parser.add_argument("--language", default="en")
      `),
    ).toEqual(['4:41 hub Systran/faster-whisper-small', '5:46 hub Systran/faster-whisper-large-v3']);
    expect(
      py(
        'import argparse\nimport whisper\np = argparse.ArgumentParser()\np.add_argument("--model", default="turbo")\n',
      ),
    ).toEqual([
      '4:36 url https://openaipublic.azureedge.net/main/whisper/models/aff26ae408abcba5fbf8813c21e62b0941638c5f6eebfb145be0c9839262a19a/large-v3-turbo.pt',
    ]);
    // not a speech tool: a size name is no model
    expect(py('import argparse\np = argparse.ArgumentParser()\np.add_argument("--model", default="small")\n')).toEqual(
      [],
    );
  });

  it("reads the first argument of a project's own loader as weak (LLaVA, audiocraft)", () => {
    expect(
      py(`
        from llava.model.builder import load_pretrained_model
        from audiocraft.models import MusicGen
        tokenizer, model, processor, n = load_pretrained_model("liuhaotian/llava-v1.5-13b", model_name="llava-v1.5-13b", model_base=None)
        music = MusicGen.get_pretrained("facebook/musicgen-small")
        local = load_model("checkpoints/llava-13b")
        other = load_dataset_model("org/not-a-loader-name")
      `),
    ).toEqual(['3:57 hub liuhaotian/llava-v1.5-13b', '4:34 hub facebook/musicgen-small']);
  });

  it('reads model_path keys, keywords and properties holding a Hub id, never a local run (LLaVA, OuteTTS)', () => {
    expect(
      py(`
        args = type("Args", (), {"model_path": "liuhaotian/llava-v1.5-7b", "image_file": "view.jpg"})()
        run(model_path="llava-hf/llava-1.5-7b-hf")
        run(model_path="checkpoints/llava-13b/checkpoint-1000")
        run(model_path="./weights/llava")
      `),
    ).toEqual(['1:41 hub liuhaotian/llava-v1.5-7b', '2:17 hub llava-hf/llava-1.5-7b-hf']);
    expect(
      scanWith(
        javascript,
        'src/worker.js',
      )(`
        const cfg = new HFModelConfig_v1({ model_path: "onnx-community/OuteTTS-0.2-500M", language: "en" });
        const local = { modelPath: "./models/outetts", other: "org/not-a-model-key" };
      `),
    ).toEqual(['1:49 hub onnx-community/OuteTTS-0.2-500M']);
  });

  it('reads JSON held by a key named for models as model records (chat-ui MODELS), not other JSON', () => {
    expect(
      scanWith(
        config,
        'chart/env/prod.yaml',
      )(`
        envVars:
          MCP_SERVERS: >
            [{"name": "Docs/Search", "url": "https://mcp.example.com"}]
          MODELS: >
            [
              { "id": "zai-org/GLM-4.6", "parameters": { "stop": ["org/not-a-model"] } },
              { "name": "Qwen/Qwen3-32B", "id": "qwen-alias" }
            ]
      `),
    ).toEqual(['6:16 hub zai-org/GLM-4.6', '7:18 hub Qwen/Qwen3-32B']);
  });

  it('reads Replicate and Vertex AI model names as hosted, and placeholders as nothing (llama-cookbook)', () => {
    expect(
      py(`
        from langchain_community.llms import Replicate
        llama3_8b_chat = "meta/meta-llama-3-8b-instruct"
        llm = Replicate(model=llama3_8b_chat, model_kwargs={"temperature": 0.0})
        import openai
        client = openai.OpenAI(base_url=f"https://{LOCATION}-aiplatform.googleapis.com/v1/projects/{PROJECT}/endpoints/openapi", api_key=token)
        client.chat.completions.create(model="meta/llama-4-maverick-17b-128e-instruct-maas", messages=m)
        other = openai.OpenAI(base_url=os.environ["BASE_URL"])
        other.chat.completions.create(model="meta/llama-3.1-405b-instruct", messages=m)
        MODEL_PATH = "meta-llama/your-model-path"
        tok = AutoTokenizer.from_pretrained("your-username/your-finetuned-model")
        model = AutoModelForCausalLM.from_pretrained("meta-llama/Llama-3.1-8B-Instruct")
      `),
    ).toEqual([
      '2:19 hosted(replicate) meta/meta-llama-3-8b-instruct',
      '6:39 hosted(vertex-ai) meta/llama-4-maverick-17b-128e-instruct-maas',
      // (a server from a variable that names no service is not OpenAI's, and `meta/...` is no Hub id)
      '11:47 hub meta-llama/Llama-3.1-8B-Instruct',
    ]);
    // the notebook's own shape: the formatted address in a name; a formatted address of no provider is the project's
    expect(
      py(`
        import openai
        base_url = f"https://{location}-aiplatform.googleapis.com/v1/projects/{project_id}/endpoints/openapi"
        def main():
            client = openai.OpenAI(base_url=base_url, api_key=access_token)
            client.chat.completions.create(model="meta/llama-4-maverick-17b-128e-instruct-maas", messages=m)
            local = openai.OpenAI(base_url=f"http://{host}:{port}/v1")
            local.chat.completions.create(model="Qwen/Qwen2.5-7B-Instruct", messages=m)
      `),
    ).toEqual([
      '5:43 hosted(vertex-ai) meta/llama-4-maverick-17b-128e-instruct-maas',
      '7:42 hub Qwen/Qwen2.5-7B-Instruct',
    ]);
  });

  it('reads the LlamaIndex wrappers imported the flat way of LlamaIndex before 0.10 (rags)', () => {
    expect(
      py(`
        from llama_index.llms import OpenAI, Anthropic
        from llama_index.multi_modal_llms.openai import OpenAIMultiModal
        BUILDER_LLM = OpenAI(model="gpt-4-1106-preview")
        claude = Anthropic(model="claude-2")
        mm = OpenAIMultiModal(model="gpt-4-vision-preview", max_new_tokens=1500)
      `),
    ).toEqual([
      '3:29 hosted(openai) gpt-4-1106-preview',
      '4:27 hosted(anthropic) claude-2',
      '5:30 hosted(openai) gpt-4-vision-preview',
    ]);
    // the same class name from elsewhere is not LlamaIndex's: only its model keyword counts, as any call's
    expect(py('from mylib.llms import OpenAI\nx = OpenAI(model="acme/tuned")')).toEqual(['2:19 hub acme/tuned']);
  });

  it("reads replicate.run's model as hosted on Replicate, with its version", () => {
    expect(
      py(`
        import replicate
        from replicate import run
        out = replicate.run(
            "stability-ai/sdxl:39ed52f2a78e934b3ba6e2a89f5b1c712de7dfea535525255b1aa35c5565e08b",
            input={"prompt": "an astronaut"},
        )
        for event in replicate.stream("meta/meta-llama-3-70b-instruct", input={"prompt": "hi"}):
            print(event)
        img = run("black-forest-labs/flux-schnell", input={})
      `),
    ).toEqual([
      '4:6 hosted(replicate) stability-ai/sdxl:39ed52f2a78e934b3ba6e2a89f5b1c712de7dfea535525255b1aa35c5565e08b',
      '7:32 hosted(replicate) meta/meta-llama-3-70b-instruct',
      '9:12 hosted(replicate) black-forest-labs/flux-schnell',
    ]);
  });
});

describe('loads of real repositories: unsloth, LLaMA-Factory, torchtune, whisperX', () => {
  it("reads no other key's value for a key a dict literal does not hold, only what it spreads (unsloth)", () => {
    // unsloth Studio's trainer: `values["model_name"]` of a dict that spreads the model's config; the literal's own
    // `"training_type": "LoRA/QLoRA"` was reported as a Hub model (blocked)
    expect(
      py(`
        from transformers import AutoModelForCausalLM

        DEFAULTS = {"model_name": "unsloth/Qwen2.5-0.5B-Instruct", "max_seq_length": 2048}

        def build_worker_config(values):
            return {
                "model_name": values["model_name"],
                "training_type": values.get("training_type", "Full Finetuning"),
            }

        class Backend:
            def worker_config(self, training_args):
                values = {
                    **DEFAULTS,
                    **training_args,
                    "training_type": ("LoRA/QLoRA" if self.use_lora else "Full Finetuning"),
                    "output_dir": "outputs/lora",
                }
                return build_worker_config(values)

            def load(self, config):
                return AutoModelForCausalLM.from_pretrained(config["model_name"])
      `),
    ).toEqual(['3:28 hub unsloth/Qwen2.5-0.5B-Instruct']);
    // a key the code may compute still reads every value (`{KEY: "org/x"}`: KEY is a variable)
    expect(py('KEY = "m"\nCFG = {KEY: "acme/tuned-7b"}\nAutoModel.from_pretrained(CFG["model"])')).toEqual([
      '2:14 hub acme/tuned-7b',
    ]);
  });

  it('reads no other property for a property an object literal does not hold (JavaScript)', () => {
    const js = scanWith(javascript, 'src/embed.js');
    expect(
      js(`
        import { pipeline } from "@huggingface/transformers";
        const base = { model: "Xenova/all-MiniLM-L6-v2" };
        const opts = { ...base, format: "text/plain", pooling: "mean" };
        const other = { format: "text/plain" };
        const a = await pipeline("feature-extraction", opts["model"]);
        const b = await pipeline("feature-extraction", other["model"]);
      `),
    ).toEqual(['2:24 hub Xenova/all-MiniLM-L6-v2']);
  });

  it("reads Mistral's API names as hosted, never as Ollama models (unsloth Studio)", () => {
    // a module that proxies hosted providers and also names Ollama: Mistral's `-latest` and dated API names were
    // reported as the Ollama models `ollama:magistral-medium-latest` and `ollama:mistral-vibe-cli-latest` (blocked)
    expect(
      py(`
        from dataclasses import dataclass
        from langchain_mistralai import ChatMistralAI

        OLLAMA_BASE_URL = "http://localhost:11434/v1"

        @dataclass
        class MistralThinkingSpec:
            models: tuple
            style: str

        SPECS = (
            MistralThinkingSpec(models=("magistral-medium-latest",), style="prompt_mode"),
            MistralThinkingSpec(models=("mistral-small-latest", "mistral-vibe-cli-latest"), style="effort"),
        )
        llm = ChatMistralAI(model="devstral-small-2507")
      `),
    ).toEqual(['15:28 hosted(mistral) devstral-small-2507']);
  });
});
