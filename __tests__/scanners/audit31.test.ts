import { describe, expect, it } from '@jest/globals';
import { javascript, python } from '../../src/scanners/index.js';
import { ctx, dedent, scanWith } from './helpers.js';

/** The file passes the exact pre-filter that discovery applies before any scan. */
function held(code: string, path: string): boolean {
  return python.mayHold!(dedent(code), path, ctx);
}

describe("crewAI's and DSPy's model strings are LiteLLM routes", () => {
  const CREW = `
    from crewai import Agent, Crew, Process, Task, LLM
    from crewai.project import CrewBase, agent, crew

    claude = LLM(model="anthropic/claude-3-5-sonnet-20241022", temperature=0.2)
    groq = LLM(model="groq/llama-3.1-70b-versatile")
    local = LLM(model="ollama/llama3.1", base_url="http://localhost:11434")
    hf = LLM(model="huggingface/meta-llama/Llama-3.1-8B-Instruct")
    mini = LLM("gpt-4o-mini")


    @CrewBase
    class ResearchCrew:
        @agent
        def researcher(self) -> Agent:
            return Agent(config=self.agents_config["researcher"], llm="gemini/gemini-1.5-pro", verbose=True)

        @crew
        def crew(self) -> Crew:
            return Crew(agents=self.agents, tasks=self.tasks, process=Process.hierarchical, manager_llm="gpt-4o")
  `;

  it("reads crewAI's `LLM(model=...)` as a route, not vLLM's `LLM` (a Hub repository `ollama/llama3.1`)", () => {
    expect(scanWith(python, 'src/research_crew/crew.py')(CREW)).toEqual([
      '4:31 hosted(anthropic) claude-3-5-sonnet-20241022',
      '5:24 hosted(groq) llama-3.1-70b-versatile',
      '6:27 ollama ollama:llama3.1',
      '7:29 hub meta-llama/Llama-3.1-8B-Instruct',
      '8:13 hosted(openai) gpt-4o-mini',
      '15:75 hosted(google) gemini-1.5-pro',
      '19:102 hosted(openai) gpt-4o',
    ]);
  });

  it("still reads vLLM's `LLM(model=...)` as the Hub repository it loads", () => {
    expect(
      scanWith(
        python,
        'serve.py',
      )(`
        from vllm import LLM, SamplingParams

        llm = LLM(model="acme-labs/chat-7b", tensor_parallel_size=2)
      `),
    ).toEqual(['3:18 hub acme-labs/chat-7b']);
  });

  const DSPY = `
    import dspy

    lm = dspy.LM("openai/gpt-4o-mini", api_key=OPENAI_API_KEY)
    dspy.configure(lm=lm)
    local = dspy.LM("ollama_chat/llama3.2:1b", api_base="http://localhost:11434", api_key="")
    embedder = dspy.Embedder("openai/text-embedding-3-small", dimensions=512)
  `;

  it("reads DSPy's `dspy.LM(...)` and `dspy.Embedder(...)` (a file the pre-filter used to pass over)", () => {
    expect(held(DSPY, 'program.py')).toBe(true);
    expect(scanWith(python, 'program.py')(DSPY)).toEqual([
      '3:22 hosted(openai) gpt-4o-mini',
      '5:30 ollama ollama:llama3.2:1b',
      '6:34 hosted(openai) text-embedding-3-small',
    ]);
  });

  it("reads `from dspy import LM` the same, and another module's `LM` not", () => {
    expect(
      scanWith(
        python,
        'program.py',
      )(`
        from dspy import LM, configure
        from mylib import LM as Other

        configure(lm=LM("anthropic/claude-3-5-haiku-20241022"))
        other = Other("acme/thing")
      `),
    ).toEqual(['4:28 hosted(anthropic) claude-3-5-haiku-20241022']);
  });
});

describe("transformers' `pipeline(task)` given no model loads the task's default", () => {
  const py = scanWith(python, 'notebooks/quickstart.py');

  it('reports the default of the task (and of its alias) where `pipeline` is called', () => {
    expect(
      py(`
        from transformers import pipeline

        classifier = pipeline("sentiment-analysis")
        summarizer = pipeline(task="summarization", device=0)
        ner = pipeline("ner", aggregation_strategy="simple")
        translator = pipeline("translation_en_to_de")
      `),
    ).toEqual([
      '3:14 hub distilbert/distilbert-base-uncased-finetuned-sst-2-english',
      '4:14 hub sshleifer/distilbart-cnn-12-6',
      '5:7 hub dbmdz/bert-large-cased-finetuned-conll03-english',
      '6:14 hub google-t5/t5-base',
    ]);
  });

  it('reads `transformers.pipeline(...)` too, and a task held by a constant', () => {
    expect(
      py(`
        import transformers

        TASK = "text-generation"
        generator = transformers.pipeline(TASK)
      `),
    ).toEqual(['4:26 hub openai-community/gpt2']);
  });

  it('reports no default where a model is given, or may be (unpacked arguments), or the task is unknown', () => {
    expect(
      py(`
        from transformers import pipeline

        a = pipeline("sentiment-analysis", model="acme-labs/sentiment-small")
        b = pipeline("text-generation", "acme-labs/tiny-gpt")
        c = pipeline("text-generation", **MODEL_KWARGS)
        d = pipeline(task)
        e = pipeline("my-custom-task")
      `),
    ).toEqual(['3:43 hub acme-labs/sentiment-small', '4:34 hub acme-labs/tiny-gpt']);
  });

  it("leaves another library's `pipeline` alone", () => {
    expect(
      py(`
        from mylib import pipeline

        p = pipeline("sentiment-analysis")
      `),
    ).toEqual([]);
  });
});

describe("transformers.js's `pipeline(task)` given no model loads the task's default", () => {
  const js = scanWith(javascript, 'node-esm/index.js');

  it('reports the default of the task, its alias and a translation task where `pipeline` is called', () => {
    expect(
      js(`
        import { pipeline } from "@huggingface/transformers";

        const classifier = await pipeline("text-classification");
        const sentiment = await pipeline('sentiment-analysis');
        const translator = await pipeline("translation_en_to_de");
        const embedder = await pipeline("feature-extraction", "Xenova/bge-small-en-v1.5");
      `),
    ).toEqual([
      '3:26 hub Xenova/distilbert-base-uncased-finetuned-sst-2-english',
      '4:25 hub Xenova/distilbert-base-uncased-finetuned-sst-2-english',
      '5:26 hub Xenova/t5-small',
      '6:56 hub Xenova/bge-small-en-v1.5',
    ]);
  });

  it("reads the CommonJS form, and leaves another package's `pipeline` alone", () => {
    expect(
      js(`
        const { pipeline } = require("@xenova/transformers");
        const asr = pipeline("automatic-speech-recognition");
      `),
    ).toEqual(['2:13 hub Xenova/whisper-tiny.en']);
    expect(
      js(`
        import { pipeline } from "node:stream/promises";
        await pipeline("text-classification");
      `),
    ).toEqual([]);
  });
});
