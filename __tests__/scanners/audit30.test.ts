import { describe, expect, it } from '@jest/globals';
import { python } from '../../src/scanners/index.js';
import { scanFiles, scanWith } from './helpers.js';

const py = scanWith(python, 'app/pipeline.py');

describe('a call that names its provider by a name holding it', () => {
  it("reads NeMo Data Designer's `ModelConfig(model=MODEL_ID, provider=MODEL_PROVIDER)` as the provider's model", () => {
    expect(
      py(`
        from nemo_microservices.data_designer.essentials import InferenceParameters, ModelConfig

        # This name is set in the microservice deployment configuration.
        MODEL_PROVIDER = "nvidiabuild"

        # The model ID is from build.nvidia.com.
        MODEL_ID = "nvidia/nemotron-3-nano-30b-a3b"
        MODEL_ALIAS = "nemotron-nano-v3"

        model_configs = [
            ModelConfig(
                alias=MODEL_ALIAS,
                model=MODEL_ID,
                provider=MODEL_PROVIDER,
                inference_parameters=InferenceParameters(temperature=0.5, max_tokens=1024),
            )
        ]
      `),
    ).toEqual(['7:13 hosted(nvidia-nim) nvidia/nemotron-3-nano-30b-a3b']);
  });

  it('reads a model held by a name when the provider is written in the call', () => {
    expect(
      py(`
        from nemo_microservices.data_designer.essentials import ModelConfig

        model_id = "nvidia/nemotron-3-nano-30b-a3b"
        config = ModelConfig(alias="nano", provider="nvidiabuild", model=model_id)
      `),
    ).toEqual(['3:13 hosted(nvidia-nim) nvidia/nemotron-3-nano-30b-a3b']);
  });

  it("keeps a Hub id when the provider may be several services, or is a server of one's own", () => {
    expect(
      py(`
        import os
        from nemo_microservices.data_designer.essentials import ModelConfig

        MODEL_PROVIDER = "nvidiabuild" if os.getenv("CLOUD") else "local-vllm"
        MODEL_ID = "meta-llama/Llama-3.1-8B-Instruct"
        config = ModelConfig(alias="llama", model=MODEL_ID, provider=MODEL_PROVIDER)
      `),
    ).toEqual(['5:13 hub meta-llama/Llama-3.1-8B-Instruct']);
  });
});

describe("a client handed in, guessed to be OpenAI's", () => {
  const agent = (model: string) => `
    from openai import AsyncAzureOpenAI, AsyncOpenAI
    from openai.types.chat import ChatCompletion


    class GroundingAgentUitars:
        def __init__(self, model_name: str, client: AsyncOpenAI | AsyncAzureOpenAI, max_tokens: int = 1024):
            self.model_name = model_name
            self.client = client
            self.max_tokens = max_tokens

        async def predict(self, messages):
            response: ChatCompletion = await self.client.chat.completions.create(
                model="${model}",
                messages=messages,
                max_tokens=self.max_tokens,
            )
            return response.choices[0].message.content
  `;

  it("does not list a name OpenAI's API has not as OpenAI's (a server of the project's own)", () => {
    expect(py(agent('ui-tars'))).toEqual([]);
  });

  it("still lists OpenAI's own names as OpenAI's, and a Hub id as a Hub model", () => {
    expect(py(agent('gpt-4o-mini'))).toEqual(['13:20 hosted(openai) gpt-4o-mini']);
    expect(py(agent('computer-use-preview'))).toEqual(['13:20 hosted(openai) computer-use-preview']);
    expect(py(agent('ByteDance-Seed/UI-TARS-1.5-7B'))).toEqual(['13:20 hub ByteDance-Seed/UI-TARS-1.5-7B']);
  });

  it("lists a client's model as OpenAI's when the client is OpenAI's own", () => {
    expect(
      py(`
        from openai import OpenAI

        client = OpenAI()
        response = client.chat.completions.create(model="ui-tars", messages=[])
      `),
    ).toEqual(['4:50 hosted(openai) ui-tars']);
  });
});

describe('a table of how to prompt each model', () => {
  it('reads no model of a dict grouping models by their prompt format, and keeps the curated model list', () => {
    expect(
      py(
        `
        from enums import PromptType, noop_prompt_type

        prompt_type_to_model_name = {
            noop_prompt_type: [
                'gpt2',
                'meta-llama/Llama-3.1-8B-Instruct',
            ],
            'llama2': ['meta-llama/Llama-2-7b-chat-hf', 'TheBloke/Llama-2-7B-Chat-GGUF'],
            "qwen": ['Qwen/Qwen2.5-7B-Instruct'],
        }

        model_names_curated = ['Qwen/Qwen2.5-7B-Instruct', 'meta-llama/Llama-3.1-8B-Instruct']

        inv_prompt_type_to_model_name = {v.strip(): k for k, l in prompt_type_to_model_name.items() for v in l}
      `,
        'src/prompter.py',
      ),
    ).toEqual(['12:25 hub Qwen/Qwen2.5-7B-Instruct', '12:53 hub meta-llama/Llama-3.1-8B-Instruct']);
  });

  it('reads no key of a table keyed by models whose values are prompt templates', () => {
    expect(
      py(`
        MODEL_TO_PROMPT_TEMPLATE = {
            "meta-llama/Llama-3.1-8B-Instruct": "<|begin_of_text|>{prompt}",
            "Qwen/Qwen2.5-7B-Instruct": "<|im_start|>user\\n{prompt}<|im_end|>",
        }
      `),
    ).toEqual([]);
  });

  it('still reads a catalog-known id in any other table', () => {
    expect(
      py(`
        SUPPORTED_MODELS = {
            "chat": ["meta-llama/Llama-3.1-8B-Instruct"],
        }
      `),
    ).toEqual(['2:15 hub meta-llama/Llama-3.1-8B-Instruct']);
  });
});

describe("a project's own class named like a hosted API's", () => {
  const provider = {
    'llm_provider/__init__.py': `
      from .openai_llm import ChatOpenAI

      ChatNVIDIA = ChatOpenAI

      __all__ = ["ChatOpenAI", "ChatNVIDIA"]
    `,
    'llm_provider/openai_llm.py': `
      import os

      from openai import OpenAI


      class ChatOpenAI:
          def __init__(self, model: str, base_url: str = "http://localhost:8000/v1", api_key=None):
              self.model = model
              self.client = OpenAI(base_url=base_url, api_key=api_key or os.environ.get("LLM_API_KEY"))

          def invoke(self, messages):
              return self.client.chat.completions.create(model=self.model, messages=messages)
    `,
  };

  it("reads a model given to the class a package of the project defines as any call's, not as OpenAI's", async () => {
    expect(
      await scanFiles({
        ...provider,
        'agent/decompose.py': `
          from llm_provider import ChatOpenAI

          default_model = "meta-llama/Llama-3.1-8B-Instruct"
          llm = ChatOpenAI(model=default_model, temperature=0.3)
          judge = ChatOpenAI(model="gpt-4o-mini")
        `,
      }),
    ).toEqual(['agent/decompose.py:3:18 hub meta-llama/Llama-3.1-8B-Instruct']);
  });

  it('reads a class the module defines itself as its own', async () => {
    expect(
      await scanFiles({
        'app/llm.py': `
          from openai import OpenAI


          class ChatOpenAI:
              def __init__(self, model: str, base_url: str = "http://localhost:8000/v1"):
                  self.model = model
                  self.client = OpenAI(base_url=base_url)


          llm = ChatOpenAI(model="meta-llama/Llama-3.1-8B-Instruct")
        `,
      }),
    ).toEqual(['app/llm.py:10:25 hub meta-llama/Llama-3.1-8B-Instruct']);
  });

  it("keeps LangChain's class, also re-exported by a module of the project that defines none", async () => {
    expect(
      await scanFiles({
        'app/llms/__init__.py': `
          from langchain_openai import ChatOpenAI

          __all__ = ["ChatOpenAI"]
        `,
        'app/chain.py': `
          from app.llms import ChatOpenAI

          llm = ChatOpenAI(model="gpt-4o-mini")
        `,
      }),
    ).toEqual(['app/chain.py:3:25 hosted(openai) gpt-4o-mini']);
  });
});
