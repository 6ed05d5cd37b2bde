import { describe, expect, it } from '@jest/globals';
import { config, python } from '../../src/scanners/index.js';
import { ctx, dedent, scanFiles, scanWith } from './helpers.js';

/** The file passes the exact pre-filter that discovery applies before any scan. */
function held(code: string, path: string): boolean {
  return python.mayHold!(dedent(code), path, ctx);
}

describe('a hosted class imported under another name is read by its import', () => {
  it("reads `from langchain_openai import ChatOpenAI as LC` then `LC(model=...)` as LangChain's class", () => {
    expect(
      scanWith(
        python,
        'app/chains/summarize.py',
      )(`
        from langchain_anthropic import ChatAnthropic as Claude
        from langchain_openai import ChatOpenAI as LC, OpenAIEmbeddings as Embeddings

        llm = LC(model="gpt-4o", temperature=0)
        embeddings = Embeddings(model="text-embedding-3-large")
        reviewer = Claude(model_name="claude-3-5-sonnet-20241022")
      `),
    ).toEqual([
      '4:17 hosted(openai) gpt-4o',
      '5:32 hosted(openai) text-embedding-3-large',
      '6:31 hosted(anthropic) claude-3-5-sonnet-20241022',
    ]);
  });

  it('reads a class of a module imported under another name (`import ...open_ai as sk_oai`)', () => {
    expect(
      scanWith(
        python,
        'samples/chat.py',
      )(`
        import semantic_kernel as sk
        import semantic_kernel.connectors.ai.open_ai as sk_oai
        import langchain_openai as lco

        kernel = sk.Kernel()
        kernel.add_service(sk_oai.OpenAIChatCompletion(service_id="chat", ai_model_id="gpt-4o-mini"))
        llm = lco.ChatOpenAI(model="gpt-4.1")
      `),
    ).toEqual(['6:80 hosted(openai) gpt-4o-mini', '7:29 hosted(openai) gpt-4.1']);
  });

  it("reads a project's own class imported under a hosted class's name as any call", () => {
    expect(
      scanWith(
        python,
        'app/agent.py',
      )(`
        from app.clients import LocalChat as ChatOpenAI

        llm = ChatOpenAI(model="Qwen/Qwen2.5-7B-Instruct")
      `),
    ).toEqual(['3:25 hub Qwen/Qwen2.5-7B-Instruct']);
  });

  it("keeps LangChain's class under an alias beside a class of the module's own of the same name", async () => {
    expect(
      await scanFiles({
        'app/llm.py': `
          from langchain_openai import ChatOpenAI as LangChainOpenAI
          from openai import OpenAI


          class ChatOpenAI:
              def __init__(self, model: str, base_url: str = "http://localhost:8000/v1"):
                  self.model = model
                  self.client = OpenAI(base_url=base_url)


          local = ChatOpenAI(model="meta-llama/Llama-3.1-8B-Instruct")
          cloud = LangChainOpenAI(model="gpt-4o-mini")
        `,
      }),
    ).toEqual(['app/llm.py:11:27 hub meta-llama/Llama-3.1-8B-Instruct', 'app/llm.py:12:32 hosted(openai) gpt-4o-mini']);
  });
});

describe("crewAI's agents config names each agent's model as a LiteLLM route", () => {
  const yaml = scanWith(config, 'src/trip_planner/config/agents.yaml');
  const AGENTS = `
    city_selection_agent:
      role: >
        City Selection Expert for {origin}
      goal: >
        Pick the best city for the trip from weather, season and prices
      backstory: >
        An expert in analyzing travel data to pick ideal destinations.
      llm: openai/gpt-4o
      verbose: true

    local_expert:
      role: "Local Expert at {city}"
      goal: "Provide the BEST insights about the selected city"
      backstory: "A knowledgeable local guide."
      llm: ollama/llama3.1
      function_calling_llm: groq/llama-3.1-8b-instant

    travel_concierge:
      role: Amazing Travel Concierge
      goal: Create the most amazing travel itineraries
      backstory: Specialist in travel planning and logistics.
      llm: gpt-4o-mini
      function_calling_llm: local_llm
  `;

  it('reads `llm:` and `function_calling_llm:` of an agent (role, goal, backstory) as routes', () => {
    expect(yaml(AGENTS)).toEqual([
      '8:15 hosted(openai) gpt-4o',
      '15:15 ollama ollama:llama3.1',
      '16:30 hosted(groq) llama-3.1-8b-instant',
      '22:8 hosted(openai) gpt-4o-mini',
    ]);
  });

  it('reads an agents config that names no model otherwise (a file the pre-filter used to pass over)', () => {
    const text = `
      reviewer:
        role: Senior Reviewer
        goal: Review the draft for accuracy
        backstory: A careful editor.
        llm: anthropic/claude-3-5-sonnet-20241022
    `;
    expect(config.triggers?.some((t) => dedent(text).includes(t))).toBe(true);
    expect(yaml(text)).toEqual(['5:18 hosted(anthropic) claude-3-5-sonnet-20241022']);
  });

  it('reads no `llm:` of a mapping that is no crewAI agent', () => {
    expect(
      scanWith(
        config,
        'config/settings.yaml',
      )(`
        summarizer:
          name: summarizer
          llm: openai/gpt-4o
      `),
    ).toEqual([]);
  });
});

describe("Haystack's OpenAI components", () => {
  const RAG = `
    from haystack import Pipeline
    from haystack.components.builders import ChatPromptBuilder
    from haystack.components.embedders import OpenAIDocumentEmbedder, OpenAITextEmbedder
    from haystack.components.generators.chat import OpenAIChatGenerator

    indexing = Pipeline()
    indexing.add_component("embedder", OpenAIDocumentEmbedder())

    rag = Pipeline()
    rag.add_component("query_embedder", OpenAITextEmbedder(model="text-embedding-3-small"))
    rag.add_component("prompt_builder", ChatPromptBuilder(template=template))
    rag.add_component("llm", OpenAIChatGenerator())
    rag.add_component("judge", OpenAIChatGenerator(model="gpt-4.1", generation_kwargs={"temperature": 0}))
  `;

  it('reads their `model=`, and their default where they are given none', () => {
    expect(held(RAG, 'rag/pipeline.py')).toBe(true);
    expect(scanWith(python, 'rag/pipeline.py')(RAG)).toEqual([
      '7:36 hosted(openai) text-embedding-ada-002',
      '10:63 hosted(openai) text-embedding-3-small',
      '12:26 hosted(openai) gpt-5-mini',
      '13:55 hosted(openai) gpt-4.1',
    ]);
  });

  it('reads a file that names its generator only (a file the pre-filter used to pass over)', () => {
    const code = `
      from haystack.components.generators.chat import OpenAIChatGenerator

      generator = OpenAIChatGenerator(streaming_callback=print_streaming_chunk)
    `;
    expect(held(code, 'chat.py')).toBe(true);
    expect(scanWith(python, 'chat.py')(code)).toEqual(['3:13 hosted(openai) gpt-5-mini']);
  });

  it('reports no default for a server of its own, nor for arguments it unpacks', () => {
    expect(
      scanWith(
        python,
        'app/generator.py',
      )(`
        from haystack.components.generators import OpenAIGenerator
        from haystack.components.generators.chat import OpenAIChatGenerator
        from haystack.utils import Secret

        local = OpenAIChatGenerator(api_key=Secret.from_token("none"), api_base_url="http://localhost:8000/v1")
        served = OpenAIChatGenerator(model="Qwen/Qwen2.5-7B-Instruct", api_base_url="http://localhost:8000/v1")
        configured = OpenAIGenerator(**settings)
      `),
    ).toEqual(['6:37 hub Qwen/Qwen2.5-7B-Instruct']);
  });
});

describe('a placeholder where a hosted model goes is no model', () => {
  it('reads no model of Semantic Kernel\'s `ai_model_id="id"` and the like, and still the models beside them', () => {
    expect(
      scanWith(
        python,
        'samples/setup/chat_completion_services.py',
      )(`
        from semantic_kernel.connectors.ai.azure_ai_inference import AzureAIInferenceChatCompletion
        from semantic_kernel.connectors.ai.open_ai import AzureChatCompletion, OpenAIChatCompletion

        # the id is not used: the endpoint serves one deployment
        inference = AzureAIInferenceChatCompletion(service_id="inference", ai_model_id="id")
        azure = AzureChatCompletion(service_id="azure", deployment_name="your-deployment-name")
        stub = OpenAIChatCompletion(ai_model_id="model-id", api_key="sk-test")
        real = OpenAIChatCompletion(ai_model_id="gpt-4o-mini")
      `),
    ).toEqual(['8:42 hosted(openai) gpt-4o-mini']);
  });
});

describe("a provider's namespaced id given to a call that names its hosted service", () => {
  it('reads NeMo Data Designer\'s `ModelConfig(model="meta/...", provider=MODEL_PROVIDER)` as the service\'s model', () => {
    expect(
      scanWith(
        python,
        'tutorials/vlm/generate.py',
      )(`
        from nemo_microservices.data_designer.essentials import InferenceParameters, ModelConfig

        # The provider name configured in the deployment; the model comes from build.nvidia.com.
        MODEL_PROVIDER = "nvidiabuild"
        MODEL_ID = "meta/llama-4-maverick-17b-128e-instruct"

        model_configs = [
            ModelConfig(
                alias="vision",
                model=MODEL_ID,
                provider=MODEL_PROVIDER,
                inference_parameters=InferenceParameters(temperature=0.6, max_tokens=1024),
            )
        ]
      `),
    ).toEqual(['5:13 hosted(nvidia-nim) meta/llama-4-maverick-17b-128e-instruct']);
  });

  it('reads no such id where no call names the service', () => {
    expect(
      scanWith(
        python,
        'tutorials/vlm/generate.py',
      )(`
        from nemo_microservices.data_designer.essentials import ModelConfig

        MODEL_ID = "meta/llama-4-maverick-17b-128e-instruct"
        config = ModelConfig(alias="vision", model=MODEL_ID)
      `),
    ).toEqual([]);
  });
});

describe("a project's own ChatOpenAI whose server defaults to NVIDIA's API catalog", () => {
  const provider = (base: string) => ({
    'agent_llm/__init__.py': `
      from .client import ChatOpenAI

      __all__ = ["ChatOpenAI"]
    `,
    'agent_llm/client.py': `
      import os

      from openai import OpenAI


      class ChatOpenAI:
          def __init__(
              self,
              model: str = "nvidia/nemotron-mini-4b-instruct",
              base_url: str = "${base}",
              api_key=None,
          ):
              self.model = model
              self.client = OpenAI(base_url=base_url, api_key=api_key or os.environ.get("NVIDIA_API_KEY"))
    `,
    'agent/plan.py': `
      from agent_llm import ChatOpenAI

      planner = ChatOpenAI(model="nvidia/llama-3.3-nemotron-super-49b-v1.5", temperature=0.2)
    `,
  });

  it('reads the models given to it as NVIDIA NIM hosted models', async () => {
    expect(await scanFiles(provider('https://integrate.api.nvidia.com/v1'))).toEqual([
      'agent/plan.py:3:29 hosted(nvidia-nim) nvidia/llama-3.3-nemotron-super-49b-v1.5',
      'agent_llm/client.py:9:23 hosted(nvidia-nim) nvidia/nemotron-mini-4b-instruct',
    ]);
  });

  it("still reads them as any call's when the default is a server of one's own", async () => {
    expect(await scanFiles(provider('http://localhost:8000/v1'))).toEqual([
      'agent/plan.py:3:29 hub nvidia/llama-3.3-nemotron-super-49b-v1.5',
      'agent_llm/client.py:9:23 hub nvidia/nemotron-mini-4b-instruct',
    ]);
  });
});
