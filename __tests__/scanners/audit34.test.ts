import { describe, expect, it } from '@jest/globals';
import { scanFiles } from './helpers.js';

/**
 * An agent framework that ships its own chat classes under the names LangChain uses, each a dataclass around the
 * provider's SDK client (the pattern of browser-use's `browser_use/llm/*`), re-exported by the package.
 */
const framework = (openaiBase = 'None') => ({
  'webagent/__init__.py': `
    from webagent.llm.groq.chat import ChatGroq
    from webagent.llm.openai.chat import ChatOpenAI

    __all__ = ["ChatGroq", "ChatOpenAI"]
  `,
  'webagent/llm/groq/chat.py': `
    from dataclasses import dataclass

    from groq import AsyncGroq


    @dataclass
    class ChatGroq:
        model: str
        temperature: float | None = None
        api_key: str | None = None
        base_url: str | None = None

        def get_client(self) -> AsyncGroq:
            return AsyncGroq(api_key=self.api_key, base_url=self.base_url)
  `,
  'webagent/llm/openai/chat.py': `
    from dataclasses import dataclass

    import httpx
    from openai import AsyncOpenAI


    @dataclass
    class ChatOpenAI:
        model: str
        api_key: str | None = None
        base_url: str | httpx.URL | None = ${openaiBase}

        def get_client(self) -> AsyncOpenAI:
            return AsyncOpenAI(api_key=self.api_key, base_url=self.base_url)
  `,
});

describe("a project's own chat classes that wrap the provider's SDK client", () => {
  it("reads the models given to them as the provider's, not as Hub repositories", async () => {
    expect(
      await scanFiles({
        ...framework(),
        'examples/fast_agent.py': `
          import os

          from webagent import ChatGroq, ChatOpenAI

          fast = ChatGroq(model="meta-llama/llama-4-scout-17b-16e-instruct", temperature=0.0)
          routed = ChatOpenAI(
              model="deepseek/deepseek-chat-v3.1",
              base_url="https://openrouter.ai/api/v1",
              api_key=os.getenv("OPENROUTER_API_KEY"),
          )
          plain = ChatOpenAI(model="gpt-4.1-mini")
        `,
      }),
    ).toEqual([
      'examples/fast_agent.py:5:24 hosted(groq) meta-llama/llama-4-scout-17b-16e-instruct',
      'examples/fast_agent.py:7:12 hosted(openrouter) deepseek/deepseek-chat-v3.1',
      'examples/fast_agent.py:11:27 hosted(openai) gpt-4.1-mini',
    ]);
  });

  it("still reads them as any call's when the class's field defaults to a server of one's own", async () => {
    expect(
      await scanFiles({
        ...framework('"http://localhost:8000/v1"'),
        'examples/local_agent.py': `
          from webagent import ChatOpenAI

          llm = ChatOpenAI(model="Qwen/Qwen2.5-7B-Instruct")
        `,
      }),
    ).toEqual(['examples/local_agent.py:3:25 hub Qwen/Qwen2.5-7B-Instruct']);
  });
});

describe("the OpenAI Agents SDK's agents", () => {
  it("reads an Agent's and a RunConfig's model as its provider's routes", async () => {
    expect(
      await scanFiles({
        'support_bot/agents_setup.py': `
          from agents import Agent, Runner, RunConfig, function_tool
          from agents.model_settings import ModelSettings


          @function_tool
          def lookup_order(order_id: str) -> str:
              return f"order {order_id} shipped"


          triage = Agent(
              name="Triage",
              instructions="Route the customer to the right specialist.",
              model="gpt-4.1-mini",
              model_settings=ModelSettings(temperature=0.2),
          )
          refunds = Agent(name="Refunds", model="litellm/anthropic/claude-3-5-sonnet-20240620", tools=[lookup_order])
          router = Agent(name="Router", model="any-llm/openrouter/qwen/qwen3-32b")


          async def answer(question: str):
              return await Runner.run(triage, question, run_config=RunConfig(model="o3-mini"))
        `,
      }),
    ).toEqual([
      'support_bot/agents_setup.py:13:12 hosted(openai) gpt-4.1-mini',
      'support_bot/agents_setup.py:16:58 hosted(anthropic) claude-3-5-sonnet-20240620',
      'support_bot/agents_setup.py:17:57 hosted(openrouter) qwen/qwen3-32b',
      'support_bot/agents_setup.py:21:75 hosted(openai) o3-mini',
    ]);
  });

  it("leaves an Agent of a project's own `agents` package that imports none of the SDK's names", async () => {
    expect(
      await scanFiles({
        'agents/__init__.py': `
          class Agent:
              def __init__(self, name, model):
                  self.name = name
                  self.model = model
        `,
        'run.py': `
          from agents import Agent

          planner = Agent(name="planner", model="gpt-4.1-mini")
        `,
      }),
    ).toEqual([]);
  });
});
