import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { scanRepository } from '../../src/discover/scan.js';
import { applyFacts, config, http, javascript, python, shell } from '../../src/scanners/index.js';
import { brief, ctx, dedent, scanWith } from './helpers.js';

const py = scanWith(python, 'app/llm.py');
const js = scanWith(javascript, 'src/embed.ts');
const cfg = scanWith(config, 'config/app.ini');

describe('Ollama names that reach a client from elsewhere (Python)', () => {
  it('reads the functions imported from the ollama module and its aliases as Ollama calls, namespaced names too', () => {
    expect(
      py(`
        from ollama import chat, generate
        import ollama as ol
        for r in generate(model='x/z-image-turbo', prompt='a sunset', stream=True):
            pass
        reply = chat('gemma3', messages=[])
        emb = ol.embed(model='nomic-embed-text', input='hi')
      `),
    ).toEqual([
      '3:26 ollama ollama:x/z-image-turbo',
      '5:15 ollama ollama:gemma3',
      '6:23 ollama ollama:nomic-embed-text',
    ]);
  });

  it('follows os.getenv defaults into ChatOllama and ollama.chat, and records the variable read', () => {
    const text = dedent(`
      import os
      from langchain_ollama import ChatOllama
      import ollama

      GENERATION_MODEL = os.getenv("GENERATION_MODEL", "qwen3:8b")
      llm = ChatOllama(model=GENERATION_MODEL, temperature=0)
      reply = ollama.chat(model=os.environ.get("CHAT_MODEL", "llama3.2"), messages=[])
    `);
    expect(py(text)).toEqual(['5:51 ollama ollama:qwen3:8b', '7:57 ollama ollama:llama3.2']);
    expect(python.scan(text, 'app/llm.py', ctx).facts?.uses).toEqual([
      { name: 'GENERATION_MODEL', mode: 'ollama', path: 'app/llm.py', line: 5 },
      { name: 'CHAT_MODEL', mode: 'ollama', path: 'app/llm.py', line: 7 },
    ]);
  });

  it('reads pydantic settings fields used with ChatOllama, and settings classes named after Ollama', () => {
    expect(
      py(`
        from pydantic import Field
        from pydantic_settings import BaseSettings
        from langchain_ollama import ChatOllama, OllamaEmbeddings

        class Settings(BaseSettings):
            chat_llm: str = Field(default="llama3.2", description="chat model")
            embedder: str = Field("nomic-embed-text")
            OLLAMA_MODEL: str = "mistral-nemo"

        class OllamaConfig(BaseSettings):
            model_name: str = "phi3:mini"

        settings = Settings()
        chat = ChatOllama(model=settings.chat_llm)
        emb = OllamaEmbeddings(model=settings.embedder)
      `),
    ).toEqual([
      '6:36 ollama ollama:llama3.2',
      '7:28 ollama ollama:nomic-embed-text',
      '8:26 ollama ollama:mistral-nemo',
      '11:24 ollama ollama:phi3:mini',
    ]);
  });

  it('reads clients and OpenAI-compatible clients pointed at an Ollama server', () => {
    expect(
      py(`
        from ollama import Client
        from openai import OpenAI

        client = Client(host="http://ollama:11434")
        local = OpenAI(base_url="http://localhost:11434/v1", api_key="ollama")

        def ask(prompt, model="gemma2:2b"):
            client.generate(model=model, prompt=prompt)
            return local.chat.completions.create(model="llama3.1:8b", messages=[])
      `),
    ).toEqual(['7:24 ollama ollama:gemma2:2b', '9:49 ollama ollama:llama3.1:8b']);
    // the client class imported under another name: still pointed at the Ollama server, not an OpenAI service
    expect(
      py(`
        from openai import OpenAI as OAI

        local = OAI(base_url="http://localhost:11434/v1", api_key="ollama")
        reply = local.chat.completions.create(model="llama3.1:8b", messages=[])
      `),
    ).toEqual(['4:46 ollama ollama:llama3.1:8b']);
  });

  it('reads request bodies to the Ollama REST API and constants of a file that talks to Ollama', () => {
    expect(
      py(`
        import requests

        OLLAMA_URL = "http://localhost:11434/api/generate"
        DEFAULT_MODEL = "llama3.1:8b"

        def generate(prompt, model: str = "codellama:7b"):
            payload = {"model": model, "prompt": prompt, "stream": False}
            return requests.post(OLLAMA_URL, json=payload).json()

        def summarize(text):
            return requests.post(OLLAMA_URL, json={"model": DEFAULT_MODEL, "prompt": text})
      `),
    ).toEqual(['4:18 ollama ollama:llama3.1:8b', '6:36 ollama ollama:codellama:7b']);
  });

  it('follows argparse defaults into ChatOllama through args.model', () => {
    expect(
      py(`
        import argparse
        from langchain_ollama import ChatOllama
        parser = argparse.ArgumentParser()
        parser.add_argument("--llm", default="deepseek-r1:7b")
        args = parser.parse_args()
        llm = ChatOllama(model=args.llm)
      `),
    ).toEqual(['4:39 ollama ollama:deepseek-r1:7b']);
  });

  it('does not read a bare name as an Ollama model in a file that does not talk to Ollama', () => {
    expect(
      py(`
        DEFAULT_MODEL = "llama3.1:8b"
        payload = {"model": "mistral", "prompt": "hi"}
        requests.post("https://example.com/generate", json=payload)
      `),
    ).toEqual([]);
  });

  it('does not take a message or a comment that mentions Ollama for a file that talks to it (h2oGPT, llama.cpp)', () => {
    const code = `
      def get_model_name(base_model, model_path_llama):
          if base_model.endswith('.gguf') and base_model.startswith('https://huggingface.co/'):
              model_path_llama = base_model
              base_model = 'llama'
          return base_model, model_path_llama

      def list_models(client):
          try:
              return client.models.list()
          except Exception as e:
              print("Can't get OpenAI/vLLM model list, trying ollama: %s" % str(e))
              # in case ollama
              return []
    `;
    expect(py(code)).toEqual([]);
    // a file whose code names Ollama still reads the bare family name as Ollama's
    expect(py(`OLLAMA_HOST = "http://localhost:11434"\n${dedent(code)}`)).toEqual(['5:23 ollama ollama:llama']);
    expect(
      js(`
        // falls back to ollama when no key is set
        const label = "Uses Ollama when no key is set";
        const model = "llama";
      `),
    ).toEqual([]);
  });
  it("does not take a model picker's list of providers naming Ollama for a file that talks to it (Continue)", () => {
    const ts = scanWith(javascript, 'gui/src/pages/AddNewModel/configs/models.ts');
    const picker = `
      export const models = {
        llama31Chat: {
          title: "Llama3.1 Chat",
          params: { title: "Llama3.1-8b", model: "llama3.1-8b", contextLength: 8192 },
          dimensions: [
            {
              name: "Parameter Count",
              options: {
                "8b": { model: "llama3.1-8b", title: "Llama3.1-8b" },
                "70b": { model: "llama3.1-70b", title: "Llama3.1-70b" },
              },
            },
          ],
          providerOptions: ["ollama", "lmstudio", "together", "llama.cpp"],
        },
        codestral: {
          params: { model: "codestral-latest" },
          providerOptions: [
            "mistral",
            "ollama",
          ],
        },
        gemma4: { params: { model: "gemma4" }, providerOptions: ["ollama"] },
        commandR: { params: { model: "command-r-08-2024" }, providerOptions: ["cohere"] },
      };
    `;
    // (a record offered by one service alone is that service's)
    expect(ts(picker)).toEqual(['23:31 ollama ollama:gemma4', '24:33 hosted(cohere) command-r-08-2024']);
    // a file that names Ollama otherwise still reads a bare family name as Ollama's, but not the app's own names
    // with the size after a dash (`llama3.1-8b`: the library's is `llama3.1:8b`)
    expect(ts(`import { Ollama } from "ollama";\n${dedent(picker)}`)).toEqual([
      '24:31 ollama ollama:gemma4',
      '25:33 hosted(cohere) command-r-08-2024',
    ]);
    // Ollama alone in a list is Ollama's
    expect(ts(`const cfg = { model: "llama3.2", providers: ["ollama"] };\n`)).toEqual(['1:23 ollama ollama:llama3.2']);
  });
});

describe('LiteLLM routes in a file that talks to Ollama', () => {
  it('does not read provider/model routes as namespaced Ollama names; ollama/ routes and tagged names stay', () => {
    // aider's models.py: aliases to LiteLLM routes, in a file that checks for ollama/ routes
    expect(
      py(`
        MODEL_ALIASES = {
            "deepseek": "deepseek/deepseek-chat",
            "r1": "deepseek/deepseek-reasoner",
            "codestral": "mistral/codestral-2405",
            "local": "ollama/qwen2.5-coder:32b",
        }

        class Model:
            def __init__(self, model):
                model = MODEL_ALIASES.get(model, model)
                self.name = model

            def is_ollama(self):
                return self.name.startswith("ollama/") or self.name.startswith("ollama_chat/")
      `),
    ).toEqual(['5:15 ollama ollama:qwen2.5-coder:32b']);
    // aider's benchmark results: the command each run used, in a YAML file that names ollama/ routes too
    expect(
      scanWith(
        shell,
        'website/_data/leaderboard.yml',
      )(`
          - dirname: 2024-12-04--nova-pro
            command: aider --model bedrock/us.amazon.nova-pro-v1:0
          - dirname: 2024-06-20--deepseek-coder
            command: aider --model deepseek/deepseek-coder
          - dirname: 2024-09-12--yi-coder
            command: aider --model ollama/yi-coder:9b-chat-q4_0
          - dirname: 2024-09-24--opencodeinterpreter
            command: aider --model wojtek/opencodeinterpreter:6.7b
          - dirname: 2024-10-29--qwen25-coder-7b
            command: aider --model openai/Qwen2.5-Coder-7B-Instruct
      `),
    ).toEqual(['6:26 ollama ollama:yi-coder:9b-chat-q4_0', '8:26 ollama ollama:wojtek/opencodeinterpreter:6.7b']);
  });
});

describe('Ollama names in JavaScript and TypeScript', () => {
  it('reads arrays and objects of model names passed to ollama.embed / embeddings', () => {
    expect(
      js(`
        import ollama from 'ollama';

        const EMBEDDING_MODELS = ['nomic-embed-text', 'mxbai-embed-large'];
        const MODELS = { chat: 'llama3.1:8b', embed: 'all-minilm' };

        export async function embedAll(input: string) {
          for (const model of EMBEDDING_MODELS) await ollama.embed({ model, input });
          await ollama.embeddings({ model: MODELS.embed, prompt: input });
          return ollama.chat({ model: MODELS.chat, messages: [] });
        }
      `),
    ).toEqual([
      '3:28 ollama ollama:nomic-embed-text',
      '3:48 ollama ollama:mxbai-embed-large',
      '4:25 ollama ollama:llama3.1:8b',
      '4:47 ollama ollama:all-minilm',
    ]);
  });

  it('reads Ollama client instances, env defaults and fetch bodies to the Ollama API', () => {
    const text = dedent(`
      import { Ollama } from 'ollama';

      const client = new Ollama({ host: process.env.OLLAMA_HOST ?? 'http://localhost:11434' });
      const model = process.env.EMBED_MODEL ?? 'bge-m3';

      export const embed = (input: string) => client.embed({ model, input });

      export async function generate(prompt: string, modelName: string = 'qwen2.5-coder:7b') {
        const res = await fetch('http://localhost:11434/api/generate', {
          method: 'POST',
          body: JSON.stringify({ model: modelName, prompt, stream: false }),
        });
        return res.json();
      }
    `);
    expect(js(text)).toEqual(['4:43 ollama ollama:bge-m3', '8:69 ollama ollama:qwen2.5-coder:7b']);
    expect(javascript.scan(text, 'src/embed.ts', ctx).facts?.uses).toEqual([
      { name: 'EMBED_MODEL', mode: 'ollama', path: 'src/embed.ts', line: 4 },
    ]);
  });
});

describe('REST bodies in .http request files', () => {
  const scan = scanWith(http, 'requests/ollama.http');
  it('reads the model of requests to /api/generate, /api/chat and /api/embed, with variables', () => {
    expect(
      scan(`
        @host = http://localhost:11434
        @embedder = nomic-embed-text

        ### generate
        POST {{host}}/api/generate
        Content-Type: application/json

        {
          "model": "codellama:34b",
          "prompt": "Write a haiku"
        }

        ### chat
        POST http://localhost:11434/api/chat HTTP/1.1
        Content-Type: application/json

        {"model": "llama3.2", "messages": [{"role": "user", "content": "hi"}]}

        ### embed
        POST {{host}}/api/embed

        {"model": "{{embedder}}", "input": "text"}

        ### not Ollama
        POST https://example.com/api/v2/things

        {"model": "something"}

        ### suppressed
        # model-gate: ignore
        POST {{host}}/api/generate

        {"model": "tinyllama"}
      `),
    ).toEqual([
      '2:13 ollama ollama:nomic-embed-text',
      '9:13 ollama ollama:codellama:34b',
      '17:12 ollama ollama:llama3.2',
    ]);
  });
});

describe('.ini and TOML configs', () => {
  it('reads the models of Ollama sections', () => {
    expect(
      cfg(`
        [ollama]
        host = http://localhost:11434
        model = llama3.1:8b
        embedding_model = nomic-embed-text

        [llm]
        provider = ollama
        model_name = mistral

        [database]
        model = postgres
        name = app
      `),
    ).toEqual(['3:9 ollama ollama:llama3.1:8b', '4:19 ollama ollama:nomic-embed-text', '8:14 ollama ollama:mistral']);
  });

  it('reads Hub ids under model keys of any section, quoted or not', () => {
    expect(cfg(`[embeddings]\nmodel_name = BAAI/bge-small-en-v1.5\n`)).toEqual(['2:14 hub BAAI/bge-small-en-v1.5']);
    const toml = scanWith(config, 'pyproject.toml');
    expect(
      toml(`[tool.rag]\nembedding_model = "intfloat/e5-small-v2"\n[ollama]\nmodels = ["llama3.2", "qwen2.5:7b"]\n`),
    ).toEqual(['2:20 hub intfloat/e5-small-v2', '4:12 ollama ollama:llama3.2', '4:24 ollama ollama:qwen2.5:7b']);
  });
});

describe('YAML configs that name the Ollama backend', () => {
  it('reads `provider: ollama` mappings and the Ollama Helm chart values', () => {
    const yaml = scanWith(config, 'config.yaml');
    expect(
      yaml(`
        llm:
          provider: ollama
          config:
            model: llama3.1:8b
            ollama_base_url: http://localhost:11434
        embedder:
          provider: huggingface
          config:
            model: BAAI/bge-base-en-v1.5
        ollama:
          gpu:
            enabled: true
          models:
            pull:
              - llama3.2
              - nomic-embed-text
            run: [gemma2:2b]
      `),
    ).toEqual([
      '4:12 ollama ollama:llama3.1:8b',
      '9:12 hub BAAI/bge-base-en-v1.5',
      '15:9 ollama ollama:llama3.2',
      '16:9 ollama ollama:nomic-embed-text',
      '17:11 ollama ollama:gemma2:2b',
    ]);
  });
});

describe('environment variables set in one file and read into an Ollama client in another', () => {
  let root: string;
  const write = (rel: string, s: string) => {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), dedent(s));
  };
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'model-gate-env-'));
    write(
      'app/rag.py',
      `
      import os
      from langchain_ollama import ChatOllama, OllamaEmbeddings
      from pydantic_settings import BaseSettings, SettingsConfigDict

      class Settings(BaseSettings):
          ollama_model_chat: str
          model_config = SettingsConfigDict(env_file=".env")

      llm = ChatOllama(model=os.getenv("GENERATION_MODEL"))
      emb = OllamaEmbeddings(model=os.environ["EMBEDDING_MODEL"])
      chat = ChatOllama(model=Settings().ollama_model_chat)
      `,
    );
    write(
      '.env',
      `
      GENERATION_MODEL=qwen3:8b
      OLLAMA_MODEL_CHAT=phi3:latest
      MODEL=gpt-oss:20b
      `,
    );
    write(
      'docker-compose.yml',
      `
      services:
        app:
          build: .
          environment:
            EMBEDDING_MODEL: nomic-embed-text
            LOG_LEVEL: info
        ollama:
          image: ollama/ollama:0.5.7
      `,
    );
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reports the value at the line that sets it, and nothing for a variable no model parameter reads', async () => {
    const { references } = await scanRepository(root, { paths: ['**'], ignore: [], ctx });
    expect(references.map((r) => `${r.path}:${r.line}:${r.column} ${r.scanner} ${r.id}`)).toEqual([
      '.env:1:18 shell ollama:qwen3:8b',
      '.env:2:19 shell ollama:phi3:latest',
      'docker-compose.yml:5:24 shell ollama:nomic-embed-text',
    ]);
  });

  it('joins facts in a pure function', () => {
    const env = { name: 'GEN', value: 'qwen3:8b', path: '.env', line: 3, column: 5, scanner: 'shell' };
    const use = { name: 'gen', mode: 'ollama' as const, path: 'a.py', line: 1 };
    expect(brief(applyFacts([], [{ env: [env] }, { uses: [use] }], ctx))).toEqual(['3:5 ollama ollama:qwen3:8b']);
    expect(applyFacts([], [{ env: [env] }], ctx)).toEqual([]);
  });
});

describe('models built locally with ollama create', () => {
  it('reads `ollama run NAME` of a model created from a Modelfile as the local weights it is', () => {
    const text = dedent(`
      ollama pull llama3.2
      ollama create support-bot -f ./deploy/Modelfile
      ollama run support-bot "hello"
    `);
    expect(brief(shell.extract(text, 'scripts/setup.sh', ctx))).toEqual([
      '1:13 ollama ollama:llama3.2',
      '3:12 local-file ./deploy/Modelfile',
    ]);
    expect(shell.scan(text, 'scripts/setup.sh', ctx).facts?.localOllama).toEqual([
      { id: 'ollama:support-bot', modelfile: './deploy/Modelfile', path: 'scripts/setup.sh', line: 2 },
    ]);
  });

  it('and in other files, through the facts', () => {
    const refs = python.extract('import ollama\nollama.chat(model="support-bot")\n', 'bot.py', ctx);
    const facts = [
      { localOllama: [{ id: 'ollama:support-bot', modelfile: './deploy/Modelfile', path: 'setup.sh', line: 2 }] },
    ];
    expect(brief(applyFacts(refs, facts, ctx))).toEqual(['2:20 local-file ./deploy/Modelfile']);
  });

  it('reads curl requests to an Ollama server', () => {
    expect(
      brief(
        shell.extract(
          dedent(`
            curl http://localhost:11434/api/pull -d '{"name": "llama3.1"}'
            curl -s -X POST http://localhost:11434/api/generate \\
              -H "Content-Type: application/json" \\
              -d '{
                "model": "tinyllama",
                "prompt": "Why is the sky blue?"
              }'
            curl https://api.example.com/v1/things -d '{"model": "x"}'
          `),
          'scripts/try.sh',
          ctx,
        ),
      ),
    ).toEqual(['1:52 ollama ollama:llama3.1', '5:15 ollama ollama:tinyllama']);
  });
});

describe('workflow matrices', () => {
  it('reads the values of ${{ matrix.KEY }} given to a model flag, ollama pull or vllm serve, at their own lines', () => {
    const yaml = scanWith(shell, '.github/workflows/evals.yml');
    expect(
      yaml(`
        jobs:
          eval:
            strategy:
              matrix:
                model: ["llama3.2:1b", "qwen2.5:0.5b"]
                hub:
                  - HuggingFaceTB/SmolLM2-135M-Instruct
                  - Qwen/Qwen2.5-0.5B-Instruct
                python: ["3.11", "3.12"]
            services:
              ollama:
                image: ollama/ollama:0.6.2
            steps:
              - run: ollama pull \${{ matrix.model }}
              - run: vllm serve "\${{ matrix.hub }}" --port 8000 &
              - run: python eval.py --model "\${{ matrix.model }}" --python \${{ matrix.python }}
      `),
    ).toEqual([
      '5:18 ollama ollama:llama3.2:1b',
      '5:33 ollama ollama:qwen2.5:0.5b',
      '7:13 hub HuggingFaceTB/SmolLM2-135M-Instruct',
      '8:13 hub Qwen/Qwen2.5-0.5B-Instruct',
    ]);
  });
});
