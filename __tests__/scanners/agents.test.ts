import { describe, expect, it } from '@jest/globals';
import { python } from '../../src/scanners/index.js';
import { scanWith } from './helpers.js';

/**
 * Agent frameworks (smolagents, Agno, browser-use, pydantic-ai, aider): their model classes, the gateways and inference
 * clouds their providers call, Bedrock's ids and LiteLLM's routes to the Hub, in the shapes their code writes them.
 */
describe('agent frameworks', () => {
  it("reads smolagents' model classes: Hub loaders, Inference Providers, LiteLLM routes, API classes", () => {
    const py = scanWith(python, 'agents/run_agent.py');
    expect(
      py(`
        from smolagents import CodeAgent, HfApiModel, LiteLLMModel, OpenAIServerModel, TransformersModel, VLLMModel

        coder = HfApiModel("acme-labs/coder-14b-instruct")
        local = TransformersModel("acme-labs/tiny-agent-1b", device_map="auto", max_new_tokens=2048)
        served = VLLMModel(model_id="acme-labs/agent-8b")
        ollama = LiteLLMModel("ollama_chat/qwen2.5:14b", api_base="http://localhost:11434", num_ctx=8192)
        gemini = LiteLLMModel(model_id="gemini/gemini-1.5-pro")
        gpt = OpenAIServerModel("gpt-4o", api_base="https://api.openai.com/v1", api_key=KEY)
        agent = CodeAgent(tools=[], model=coder)
      `),
    ).toEqual([
      '3:21 hub acme-labs/coder-14b-instruct',
      '4:28 hub acme-labs/tiny-agent-1b',
      '5:30 hub acme-labs/agent-8b',
      '6:36 ollama ollama:qwen2.5:14b',
      '7:40 hosted(google) gemini-1.5-pro',
      '8:26 hosted(openai) gpt-4o',
    ]);
  });

  it("reads Agno's (and phidata's) model classes by the module they come from: `id` is the model", () => {
    const py = scanWith(python, 'cookbook/agents/local_agent.py');
    expect(
      py(`
        from agno.agent import Agent
        from agno.models.groq import Groq
        from agno.models.huggingface import HuggingFace
        from agno.models.ollama import Ollama
        from agno.models.openai import OpenAIChat

        local = Agent(model=Ollama(id="llama3.1:8b"), markdown=True)
        fast = Agent(model=Groq(id="llama-3.3-70b-versatile"))
        hf = Agent(model=HuggingFace(id="acme-labs/agent-8b", max_tokens=4096))
        gpt = Agent(model=OpenAIChat(id="gpt-4o-mini"))
      `),
    ).toEqual([
      '7:32 ollama ollama:llama3.1:8b',
      '8:29 hosted(groq) llama-3.3-70b-versatile',
      '9:34 hub acme-labs/agent-8b',
      '10:34 hosted(openai) gpt-4o-mini',
    ]);
  });

  it("reads Bedrock's ids (cross-region profiles included) as Bedrock's, never as Ollama names", () => {
    const py = scanWith(python, 'server/llm_factory.py');
    expect(
      py(`
        import os
        from app.llm import ChatBedrock, ChatOllama, ChatOpenAI

        OLLAMA_HOST = os.getenv("OLLAMA_HOST", "http://localhost:11434")
        BEDROCK_MODEL = "us.amazon.nova-pro-v1:0"

        def make_llm(provider):
            model = os.getenv("MODEL")
            if provider == "bedrock":
                model = model or "global.anthropic.claude-sonnet-4-5-20250929-v1:0"
                return ChatBedrock(model=model, region="us-east-1")
            return ChatOpenAI(model=model, api_key=os.getenv("OPENAI_API_KEY"))
      `),
    ).toEqual([
      // (held by a name of Bedrock's: its model)
      '5:18 hosted(bedrock) us.amazon.nova-pro-v1:0',
      '10:27 hosted(bedrock) global.anthropic.claude-sonnet-4-5-20250929-v1:0',
    ]);
  });

  it("reads ids listed for a gateway or an inference cloud as that service's (Vercel AI Gateway, Crusoe, ModelScope)", () => {
    const vercel = scanWith(python, 'llm/vercel/chat.py');
    expect(
      vercel(`
        from typing import Literal
        from openai import AsyncOpenAI

        GatewayModel = Literal[
            'anthropic/claude-sonnet-4',
            'meta-llama/Llama-3.1-8B-Instruct',
            'Qwen/Qwen2.5-7B-Instruct',
        ]

        class ChatGateway:
            model: GatewayModel | str
            base_url: str = 'https://ai-gateway.vercel.sh/v1'
      `),
    ).toEqual(['6:6 hosted(vercel) meta-llama/Llama-3.1-8B-Instruct', '7:6 hosted(vercel) Qwen/Qwen2.5-7B-Instruct']);

    // the provider's address is written in another module: the file is named for the service
    const crusoe = scanWith(python, 'pkg/models/crusoe.py');
    expect(
      crusoe(`
        from typing import Literal

        try:
            from openai import AsyncOpenAI
        except ImportError as e:
            raise ImportError('install the openai extra') from e

        CrusoeModelNames = Literal['meta-llama/Llama-3.1-8B-Instruct', 'Qwen/Qwen2.5-7B-Instruct']
      `),
    ).toEqual(['8:29 hosted(crusoe) meta-llama/Llama-3.1-8B-Instruct', '8:65 hosted(crusoe) Qwen/Qwen2.5-7B-Instruct']);

    const modelscope = scanWith(python, 'examples/models/modelscope_api.py');
    expect(
      modelscope(`
        from app import ChatOpenAI

        llm = ChatOpenAI(base_url="https://api-inference.modelscope.cn/v1/", model="Qwen/Qwen2.5-VL-72B-Instruct")
      `),
    ).toEqual(['3:77 hosted(modelscope) Qwen/Qwen2.5-VL-72B-Instruct']);
  });

  it("reads LiteLLM's route through an Inference Provider (`huggingface/together/org/x`) as the Hub repository", () => {
    const py = scanWith(python, 'bench/run.py');
    expect(
      py(`
        import litellm

        reply = litellm.completion(model="huggingface/together/acme-labs/reasoner-32b", messages=msgs)
        JUDGE_MODEL = "huggingface/acme-labs/judge-7b"
      `),
    ).toEqual(['3:56 hub acme-labs/reasoner-32b', '4:28 hub acme-labs/judge-7b']);
  });

  it("reads pydantic-ai's `provider:model` strings: hosted APIs, Ollama, Inference Providers, FallbackModel", () => {
    const py = scanWith(python, 'examples/support_agent.py');
    expect(
      py(`
        import os
        from pydantic_ai import Agent
        from pydantic_ai.models.fallback import FallbackModel

        MODEL = os.getenv('PYDANTIC_AI_MODEL', 'openai:gpt-4o')
        support = Agent(MODEL, deps_type=Deps, output_type=Answer)
        local = Agent('ollama:llama3.2', system_prompt='Be concise.')
        fast = Agent(model='groq:llama-3.3-70b-versatile')
        hf = Agent('huggingface:acme-labs/agent-32b')
        flash = Agent(model='google-gla:gemini-1.5-flash', retries=2)
        both = Agent(FallbackModel('anthropic:claude-3-5-sonnet-latest', 'mistral:mistral-large-latest'))
        routed = Agent('openrouter:acme-labs/agent-8b')
        testing = Agent('test')

        async def main():
            with support.override(model='bedrock:us.amazon.nova-pro-v1:0'):
                await support.run('hi')
      `),
    ).toEqual([
      '5:48 hosted(openai) gpt-4o',
      '7:23 ollama ollama:llama3.2',
      '8:26 hosted(groq) llama-3.3-70b-versatile',
      '9:25 hub acme-labs/agent-32b',
      '10:33 hosted(google) gemini-1.5-flash',
      '11:39 hosted(anthropic) claude-3-5-sonnet-latest',
      '11:75 hosted(mistral) mistral-large-latest',
      '12:28 hosted(openrouter) acme-labs/agent-8b',
      '16:42 hosted(bedrock) us.amazon.nova-pro-v1:0',
    ]);

    // (the same strings in a file of another framework are not pydantic-ai's)
    const other = scanWith(python, 'agents/triage.py');
    expect(
      other(`
        from agents import Agent

        triage = Agent(name="triage", model="groq:llama-3.3-70b-versatile")
      `),
    ).toEqual([]);
  });

  it("reads pydantic-ai's model classes by their provider: Ollama's, a server's, a service's name, the class's own", () => {
    const py = scanWith(python, 'src/agent/models.py');
    expect(
      py(`
        import os
        from pydantic_ai import Agent
        from pydantic_ai.models.google import GoogleModel
        from pydantic_ai.models.groq import GroqModel
        from pydantic_ai.models.ollama import OllamaModel
        from pydantic_ai.models.openai import OpenAIChatModel, OpenAIModel
        from pydantic_ai.providers.deepseek import DeepSeekProvider
        from pydantic_ai.providers.google import GoogleProvider
        from pydantic_ai.providers.ollama import OllamaProvider
        from pydantic_ai.providers.openai import OpenAIProvider

        ollama_model = OpenAIChatModel('llama3.2', provider=OllamaProvider(base_url='http://localhost:11434/v1'))
        legacy = OpenAIModel('qwen2.5', provider=OpenAIProvider(base_url='http://localhost:11434/v1'))
        local_provider = OllamaProvider(base_url=os.getenv('OLLAMA_BASE_URL', 'http://ollama:11434/v1'))
        coder = OpenAIChatModel(model_name='qwen2.5-coder', provider=local_provider)
        cloud = OllamaModel('gpt-oss:120b', provider=OllamaProvider(base_url='https://ollama.com/v1'))
        reasoner = OpenAIChatModel('deepseek-reasoner', provider='deepseek')
        routed = OpenAIChatModel('anthropic/claude-3.5-sonnet', provider='openrouter')
        together = OpenAIChatModel('meta-llama/Llama-3.3-70B-Instruct-Turbo', provider='together')
        chat = OpenAIChatModel('deepseek-chat', provider=DeepSeekProvider(api_key=os.environ['DEEPSEEK_API_KEY']))
        fast = OpenAIChatModel('llama-3.3-70b-versatile', provider=OpenAIProvider(base_url='https://api.groq.com/openai/v1'))
        served = OpenAIChatModel('acme-labs/agent-8b', provider=OpenAIProvider(base_url='http://localhost:8000/v1'))
        gpt = OpenAIChatModel('gpt-4o')
        vertex = GoogleModel('gemini-2.5-flash', provider=GoogleProvider(vertexai=True))
        groq = GroqModel('llama-3.1-8b-instant')
        agent = Agent(ollama_model, system_prompt='Be concise.')
      `),
    ).toEqual([
      '12:33 ollama ollama:llama3.2',
      '13:23 ollama ollama:qwen2.5',
      '15:37 ollama ollama:qwen2.5-coder',
      '16:22 hosted(ollama-cloud) gpt-oss:120b',
      '17:29 hosted(deepseek) deepseek-reasoner',
      '18:27 hosted(openrouter) anthropic/claude-3.5-sonnet',
      '19:29 hosted(together) meta-llama/Llama-3.3-70B-Instruct-Turbo',
      '20:25 hosted(deepseek) deepseek-chat',
      '21:25 hosted(groq) llama-3.3-70b-versatile',
      '22:27 hub acme-labs/agent-8b',
      '23:24 hosted(openai) gpt-4o',
      '24:23 hosted(vertex-ai) gemini-2.5-flash',
      '25:19 hosted(groq) llama-3.1-8b-instant',
    ]);
  });

  it("reads aider's model aliases and its scripting API's models as LiteLLM routes: DeepSeek's bare names are its API's", () => {
    const py = scanWith(python, 'aider/models.py');
    expect(
      py(`
        import json
        from aider.llm import litellm

        MODEL_ALIASES = {
            # Claude models
            "sonnet": "anthropic/claude-sonnet-4-20250514",
            "haiku": "claude-3-5-haiku-20241022",
            "4o": "gpt-4o",
            "deepseek": "deepseek/deepseek-chat",
            "flash": "gemini/gemini-2.5-flash",
            "r1": "deepseek/deepseek-reasoner",
            "grok3": "xai/grok-3-beta",
        }

        def check():
            return litellm.completion(model="deepseek-reasoner", messages=[{"role": "user", "content": "hi"}])
      `),
    ).toEqual([
      '6:26 hosted(anthropic) claude-sonnet-4-20250514',
      '7:15 hosted(anthropic) claude-3-5-haiku-20241022',
      '8:12 hosted(openai) gpt-4o',
      '9:27 hosted(deepseek) deepseek-chat',
      '10:22 hosted(google) gemini-2.5-flash',
      '11:21 hosted(deepseek) deepseek-reasoner',
      '12:19 hosted(xai) grok-3-beta',
      '16:38 hosted(deepseek) deepseek-reasoner',
    ]);
    const script = scanWith(python, 'scripts/refactor.py');
    expect(
      script(`
        from aider.coders import Coder
        from aider.models import Model

        model = Model("deepseek-chat")
        coder = Coder.create(main_model=Model("deepseek/deepseek-reasoner", weak_model="deepseek-chat"), fnames=["app.py"])
      `),
    ).toEqual([
      '4:16 hosted(deepseek) deepseek-chat',
      '5:49 hosted(deepseek) deepseek-reasoner',
      '5:81 hosted(deepseek) deepseek-chat',
    ]);
  });

  it("reads a LiteLLM Router's `litellm_params` model as a LiteLLM route (smolagents' LiteLLMRouterModel)", () => {
    const py = scanWith(python, 'examples/load_balanced_agent.py');
    expect(
      py(`
        import os
        from smolagents import CodeAgent, LiteLLMRouterModel

        model_list = [
            {
                "model_name": "team",
                "litellm_params": {"model": "gpt-4o-mini", "api_key": os.getenv("OPENAI_API_KEY")},
            },
            {
                "model_name": "team",
                "litellm_params": {
                    "model": "cerebras/llama-3.3-70b",
                    "api_key": os.getenv("CEREBRAS_API_KEY"),
                },
            },
            {
                "model_name": "team",
                "litellm_params": {"model": "ollama_chat/qwen2.5:14b", "api_base": "http://localhost:11434"},
            },
        ]
        model = LiteLLMRouterModel(model_id="team", model_list=model_list, client_kwargs={"routing_strategy": "simple-shuffle"})
        agent = CodeAgent(tools=[], model=model)
      `),
    ).toEqual([
      '7:38 hosted(openai) gpt-4o-mini',
      '12:32 hosted(cerebras) llama-3.3-70b',
      '18:50 ollama ollama:qwen2.5:14b',
    ]);
  });
});
