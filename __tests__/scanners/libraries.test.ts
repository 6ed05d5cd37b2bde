import { describe, expect, it } from '@jest/globals';
import { javascript, modelfile, python } from '../../src/scanners/index.js';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { brief, ctx, dedent, scanWith } from './helpers.js';

const py = scanWith(python, 'app/service.py');
const js = scanWith(javascript, 'web/app.js');
const catalog = loadCatalog();

describe('transformers.js from a CDN', () => {
  it('reads pipeline() when transformers.js is imported from jsDelivr, esm.sh or unpkg', () => {
    for (const url of [
      'https://cdn.jsdelivr.net/npm/@huggingface/transformers@3.1.2',
      'https://esm.sh/@huggingface/transformers',
      'https://unpkg.com/@xenova/transformers@2.17.2/dist/transformers.min.js',
    ]) {
      expect(
        js(`
          import { pipeline, env } from '${url}';
          env.allowLocalModels = false;
          const classifier = await pipeline('sentiment-analysis', 'Xenova/bert-base-multilingual-uncased-sentiment');
          const MODEL = 'onnx-community/whisper-tiny.en';
          const asr = await pipeline('automatic-speech-recognition', MODEL);
        `),
      ).toEqual([
        '3:58 hub Xenova/bert-base-multilingual-uncased-sentiment',
        '4:16 hub onnx-community/whisper-tiny.en',
      ]);
    }
  });

  it('reads the scripts of an HTML page, and nothing of its text', () => {
    const page = scanWith(javascript, 'index.html');
    expect(
      page(`
        <!doctype html>
        <html>
          <body>
            <p>Try the model "Xenova/not-loaded-here" - it's fast; model: 'x/y'</p>
            <script type="module">
              import { pipeline } from "https://cdn.jsdelivr.net/npm/@huggingface/transformers";
              const detector = await pipeline("object-detection", "Xenova/detr-resnet-50");
            </script>
          </body>
        </html>
      `),
    ).toEqual(['7:60 hub Xenova/detr-resnet-50']);
  });
});

describe('library defaults that name a Hub repository', () => {
  it('maps faster-whisper and whisperX size names to their Systran repositories', () => {
    expect(
      py(`
        import whisperx
        from faster_whisper import WhisperModel

        model_size = "large-v3"
        model = WhisperModel(model_size, device="cuda", compute_type="float16")
        small = WhisperModel("small", device="cpu", compute_type="int8")
        turbo = WhisperModel("deepdml/faster-whisper-large-v3-turbo-ct2")
        local = WhisperModel("./models/whisper-ct2")
        aligned = whisperx.load_model("large-v2", "cuda", compute_type="float16")
      `),
    ).toEqual([
      '4:15 hub Systran/faster-whisper-large-v3',
      '6:23 hub Systran/faster-whisper-small',
      '7:23 hub deepdml/faster-whisper-large-v3-turbo-ct2',
      '9:32 hub Systran/faster-whisper-large-v2',
    ]);
    // faster-whisper's own download function (a Modal or Beam image fetches the weights at build time)
    expect(
      py(`
        import faster_whisper
        from faster_whisper import download_model

        path = download_model("medium", cache_dir="/cache")
        other = faster_whisper.download_model(size_or_id="distil-large-v3")
        mine = my_lib.download_model("small")
      `),
    ).toEqual(['4:24 hub Systran/faster-whisper-medium', '5:51 hub Systran/faster-distil-whisper-large-v3']);
  });

  it("maps whisper.load_model sizes to the files openai-whisper downloads (OpenAI's MIT checkpoints, not the Hub's)", () => {
    const files = 'https://openaipublic.azureedge.net/main/whisper/models';
    expect(
      py(`
        import whisper
        model = whisper.load_model("small")
        big = whisper.load_model(name="turbo")
        english = whisper.load_model("base.en", device="cpu")
        other = torch.load_model("small")
      `),
    ).toEqual([
      `2:29 url ${files}/9ecf779972d90ba49c06d968637d720dd632c55bbf19d441fb42bf17a411e794/small.pt`,
      `3:32 url ${files}/aff26ae408abcba5fbf8813c21e62b0941638c5f6eebfb145be0c9839262a19a/large-v3-turbo.pt`,
      `4:31 url ${files}/25a8566e1d0c1e2231d1c762132cd20e0f96a85d16145c3a00adf5d1ac670ead/base.en.pt`,
    ]);
    // every size name is a file the catalog knows: OpenAI's, under the MIT License its README states
    const sizes = ['tiny.en', 'tiny', 'base.en', 'base', 'small.en', 'small', 'medium.en', 'medium', 'large-v1'];
    const refs = python.extract(
      [
        'import whisper',
        ...[...sizes, 'large-v2', 'large-v3', 'large', 'large-v3-turbo', 'turbo'].map(
          (n) => `m = whisper.load_model("${n}")`,
        ),
      ].join('\n'),
      'app/asr.py',
      ctx,
    );
    expect(refs).toHaveLength(14);
    for (const r of refs) {
      expect(r.kind).toBe('url');
      expect(catalog.model(r.id)).toMatchObject({ publisher: 'openai', family: 'whisper', license: 'mit' });
    }
  });

  it("maps AudioCraft's MusicGen short names to the Hub repositories MusicGen.get_pretrained loads", () => {
    expect(
      py(`
        import torchaudio
        from audiocraft.models import MusicGen, AudioGen, musicgen

        MODEL_SIZE = "large"

        model = MusicGen.get_pretrained("melody")
        model.set_generation_params(duration=8)
        small = musicgen.MusicGen.get_pretrained('small', device="cuda")
        big = MusicGen.get_pretrained(name=MODEL_SIZE)
        stereo = MusicGen.get_pretrained("facebook/musicgen-stereo-small")
        sfx = AudioGen.get_pretrained("facebook/audiogen-medium")
        local = MusicGen.get_pretrained("./checkpoints/my_musicgen")
      `),
    ).toEqual([
      '4:15 hub facebook/musicgen-large',
      '6:34 hub facebook/musicgen-melody',
      '8:43 hub facebook/musicgen-small',
      '10:35 hub facebook/musicgen-stereo-small',
      '11:32 hub facebook/audiogen-medium',
    ]);
    // (without AudioCraft, a `get_pretrained("small")` is another library's)
    expect(
      py(`
        from mylib import MusicGen
        model = MusicGen.get_pretrained("melody")
      `),
    ).toEqual([]);
  });

  it("reads AudioCraft's defaults: get_pretrained() naming no model, MultiBandDiffusion's loaders", () => {
    // the shapes of AudioCraft's demos (demos/musicgen_app.py) and of its README
    expect(
      py(`
        from audiocraft.models import MusicGen, AudioGen, MAGNeT, MultiBandDiffusion
        from audiocraft.models.encodec import CompressionModel

        model = MusicGen.get_pretrained()
        model.set_generation_params(duration=8)
        sfx = AudioGen.get_pretrained(device="cuda")
        magnet = MAGNeT.get_pretrained()
        mbd = MultiBandDiffusion.get_mbd_musicgen()
        mbd24 = MultiBandDiffusion.get_mbd_24khz(bw=3.0)
        codec = CompressionModel.get_pretrained("facebook/encodec_32khz")
        dac = CompressionModel.get_pretrained("dac_44khz")
        debug = AudioGen.get_pretrained(name="debug", device="cpu")
      `),
    ).toEqual([
      '4:18 hub facebook/musicgen-melody',
      '6:16 hub facebook/audiogen-medium',
      '7:17 hub facebook/magnet-small-10secs',
      '8:7 hub facebook/musicgen-small',
      '8:26 hub facebook/multiband-diffusion',
      '9:9 hub facebook/encodec_24khz',
      '9:28 hub facebook/multiband-diffusion',
      '10:42 hub facebook/encodec_32khz',
    ]);
    // (without AudioCraft, another library's get_pretrained() names nothing)
    expect(
      py(`
        from mylib import MusicGen, MultiBandDiffusion
        model = MusicGen.get_pretrained()
        mbd = MultiBandDiffusion.get_mbd_musicgen()
      `),
    ).toEqual([]);
  });

  it("reads AudioCraft's //pretrained/ references to Hub checkpoints in its grids and solvers", () => {
    // audiocraft/grids/musicgen/musicgen_pretrained_32khz_eval.py, inside the package (relative imports)
    expect(
      py(
        `
        from ._explorers import GenerationEvalExplorer
        from ...environment import AudioCraftEnvironment

        @GenerationEvalExplorer
        def explorer(launcher):
            musicgen_base = launcher.bind(solver="musicgen/musicgen_base_32khz")
            small = musicgen_base.bind({'continue_from': '//pretrained/facebook/musicgen-small'})
            debug = musicgen_base.bind({'compression_model_checkpoint': '//pretrained/debug_compression_model'})
      `,
        'audiocraft/grids/musicgen/musicgen_pretrained_32khz_eval.py',
      ),
    ).toEqual(['7:64 hub facebook/musicgen-small']);
    // a project's own script on AudioCraft's solvers
    expect(
      py(`
        from audiocraft.solvers.compression import CompressionSolver
        codec = CompressionSolver.model_from_checkpoint("//pretrained/facebook/encodec_24khz", device="cpu")
      `),
    ).toEqual(['2:63 hub facebook/encodec_24khz']);
    // (without AudioCraft, the string is a path like any other)
    expect(
      py(`
        import os
        CKPT = "//pretrained/facebook/musicgen-small"
      `),
    ).toEqual([]);
  });

  it("reads the model files the gpt4all package downloads from gpt4all.io, and LangChain's GPT4All wrappers", () => {
    expect(
      py(`
        from gpt4all import GPT4All, Embed4All
        from langchain_community.llms import GPT4All as LCGPT4All
        from langchain_community.embeddings import GPT4AllEmbeddings

        model = GPT4All("Meta-Llama-3-8B-Instruct.Q4_0.gguf")
        chat = GPT4All(model_name="orca-mini-3b-gguf2-q4_0.gguf", allow_download=True)
        embedder = Embed4All("nomic-embed-text-v1.5.f16.gguf")
        llm = LCGPT4All(model="./models/mistral-7b-openorca.gguf2.Q4_0.gguf", n_threads=8)
        emb = GPT4AllEmbeddings(model_name="all-MiniLM-L6-v2.gguf2.f16.gguf", gpt4all_kwargs={"allow_download": "True"})
      `),
    ).toEqual([
      '5:18 url https://gpt4all.io/models/gguf/Meta-Llama-3-8B-Instruct.Q4_0.gguf',
      '6:28 url https://gpt4all.io/models/gguf/orca-mini-3b-gguf2-q4_0.gguf',
      '7:23 url https://gpt4all.io/models/gguf/nomic-embed-text-v1.5.f16.gguf',
      '9:37 url https://gpt4all.io/models/gguf/all-MiniLM-L6-v2.gguf2.f16.gguf',
    ]);
  });

  it("marks the names whose files the library checks against SHA-256 sums it ships (Whisper's, CLIP's) as pinned by the package", () => {
    const pinned = (text: string) =>
      python.extract(dedent(text), 'app/service.py', ctx).map((r) => `${r.id}${r.packagePinned ? ' (package)' : ''}`);
    expect(
      pinned(`
        import clip
        import whisper
        from faster_whisper import WhisperModel
        from transformers import pipeline

        a = whisper.load_model("base")
        b = clip.load("ViT-B/32")
        c = WhisperModel("small")
        d = pipeline("automatic-speech-recognition", model="openai/whisper-base")
        e = whisper.load_model("openai/whisper-base")
      `),
    ).toEqual([
      'https://openaipublic.azureedge.net/main/whisper/models/ed3a0b6b1c0edf879ad9b11b1af5a0e6ab5db9205f891f668f8b0e6c6326e34e/base.pt (package)',
      'openai/clip-vit-base-patch32 (package)',
      'Systran/faster-whisper-small',
      'openai/whisper-base',
      'openai/whisper-base',
    ]);
  });
});

describe('hosted API models are not Hub models', () => {
  it('reads IBM watsonx model ids as hosted, even when they look like Hub ids', () => {
    expect(
      py(`
        from ibm_watsonx_ai import Credentials
        from ibm_watsonx_ai.foundation_models import ModelInference
        from langchain_ibm import WatsonxLLM

        model_id = "ibm/granite-13b-chat-v2"
        model = ModelInference(model_id=model_id, credentials=Credentials(url="https://us-south.ml.cloud.ibm.com"))
        llm = WatsonxLLM(model_id="meta-llama/llama-3-3-70b-instruct", project_id="p")
      `),
    ).toEqual([
      '5:13 hosted(watsonx) ibm/granite-13b-chat-v2',
      '7:28 hosted(watsonx) meta-llama/llama-3-3-70b-instruct',
    ]);
  });

  it("reads LangChain's and LlamaIndex's wrappers of inference services as hosted, though their ids look like the Hub's", () => {
    expect(
      py(`
        from langchain_community.llms import DeepInfra
        from langchain_fireworks import Fireworks
        from langchain_nvidia_ai_endpoints import ChatNVIDIA, NVIDIAEmbeddings
        from langchain_sambanova import ChatSambaNovaCloud
        from langchain_together import Together
        from llama_index.llms.together import TogetherLLM

        completion = Together(model="mistralai/Mixtral-8x7B-Instruct-v0.1", temperature=0.2)
        fw = Fireworks(model="accounts/fireworks/models/mixtral-8x7b-instruct")
        nim = ChatNVIDIA(model="meta/llama-3.1-70b-instruct")
        local_nim = ChatNVIDIA(base_url="http://localhost:8000/v1", model="meta-llama/Llama-3.1-8B-Instruct")
        emb = NVIDIAEmbeddings(model="nvidia/nv-embedqa-e5-v5")
        samba = ChatSambaNovaCloud(model="Meta-Llama-3.3-70B-Instruct", max_tokens=1024)
        infra = DeepInfra(model_id="meta-llama/Llama-2-70b-chat-hf")
        li = TogetherLLM(model="Qwen/Qwen2.5-7B-Instruct-Turbo", api_key="k")
      `),
    ).toEqual([
      '8:30 hosted(together) mistralai/Mixtral-8x7B-Instruct-v0.1',
      '9:23 hosted(fireworks) accounts/fireworks/models/mixtral-8x7b-instruct',
      '10:25 hosted(nvidia-nim) meta/llama-3.1-70b-instruct',
      '11:68 hub meta-llama/Llama-3.1-8B-Instruct',
      '12:31 hosted(nvidia-nim) nvidia/nv-embedqa-e5-v5',
      '13:35 hosted(sambanova) Meta-Llama-3.3-70B-Instruct',
      '14:29 hosted(deepinfra) meta-llama/Llama-2-70b-chat-hf',
      '15:25 hosted(together) Qwen/Qwen2.5-7B-Instruct-Turbo',
    ]);
  });

  it('reads no hosted model from a string that stands for no value', () => {
    expect(
      py(`
        from langchain_nvidia_ai_endpoints import NVIDIAEmbeddings

        class Store:
            def __init__(self):
                self.embedding_model_name = "None"

            def load(self, name=None):
                if name:
                    self.embedding_model_name = name
                return NVIDIAEmbeddings(model=self.embedding_model_name)
      `),
    ).toEqual([]);
  });

  it("keeps the services' own SDK clients of the same names to their model calls", () => {
    expect(
      py(`
        from fireworks.client import Fireworks
        from together import Together

        client = Together()
        fw = Fireworks()
        r = client.chat.completions.create(model="meta-llama/Llama-3.3-70B-Instruct-Turbo", messages=[])
      `),
    ).toEqual(['6:43 hosted(together) meta-llama/Llama-3.3-70B-Instruct-Turbo']);
  });

  it('reads OpenAI, Anthropic, Bedrock, Vertex AI, Gemini and Azure OpenAI SDK calls', () => {
    expect(
      py(`
        import boto3
        import vertexai
        from anthropic import Anthropic
        from google import genai
        from langchain_aws import ChatBedrock
        from langchain_openai import AzureChatOpenAI, ChatOpenAI
        from openai import OpenAI
        from vertexai.generative_models import GenerativeModel

        openai_client = OpenAI()
        claude = Anthropic()
        bedrock = boto3.client("bedrock-runtime", region_name="us-east-1")
        gclient = genai.Client()

        a = openai_client.chat.completions.create(model="gpt-4o-mini", messages=[])
        b = claude.messages.create(model="claude-3-5-sonnet-latest", max_tokens=512, messages=[])
        c = bedrock.invoke_model(modelId="anthropic.claude-3-haiku-20240307-v1:0", body="{}")
        d = GenerativeModel("gemini-1.5-pro-002")
        e = gclient.models.generate_content(model="gemini-2.0-flash", contents="hi")
        f = ChatBedrock(model_id="amazon.titan-text-express-v1")
        g = AzureChatOpenAI(azure_deployment="gpt-4o-prod", api_version="2024-06-01")
        h = ChatOpenAI(model="gpt-4.1", temperature=0)
      `),
    ).toEqual([
      '15:50 hosted(openai) gpt-4o-mini',
      '16:35 hosted(anthropic) claude-3-5-sonnet-latest',
      '17:35 hosted(bedrock) anthropic.claude-3-haiku-20240307-v1:0',
      '18:22 hosted(vertex-ai) gemini-1.5-pro-002',
      '19:44 hosted(google) gemini-2.0-flash',
      '20:27 hosted(bedrock) amazon.titan-text-express-v1',
      '21:39 hosted(azure-openai) gpt-4o-prod',
      '22:23 hosted(openai) gpt-4.1',
    ]);
  });

  it('reads a Hub id sent to a self-hosted OpenAI-compatible server as a Hub model', () => {
    expect(
      py(`
        from openai import OpenAI
        vllm = OpenAI(base_url="http://localhost:8000/v1", api_key="EMPTY")
        router = OpenAI(base_url="https://router.huggingface.co/v1")
        r = vllm.chat.completions.create(model="Qwen/Qwen2.5-7B-Instruct", messages=[])
        s = router.chat.completions.create(model="deepseek-ai/DeepSeek-R1", messages=[])
        t = vllm.chat.completions.create(model="my-alias", messages=[])
      `),
    ).toEqual(['4:41 hub Qwen/Qwen2.5-7B-Instruct', '5:43 hub deepseek-ai/DeepSeek-R1']);
  });

  it("reads LangChain's init_chat_model by its provider, and guesses the SDK's service when the server comes from the environment", () => {
    expect(
      py(`
        import os
        from langchain.chat_models import init_chat_model
        from openai import OpenAI

        a = init_chat_model("llama3.2", model_provider="ollama")
        b = init_chat_model("anthropic:claude-3-5-haiku-latest")
        c = init_chat_model("gpt-4o-mini")
        d = init_chat_model("some-model")
        gateway = OpenAI(base_url=os.getenv("OPENAI_BASE_URL"))
        e = gateway.chat.completions.create(model="gpt-4o", messages=[])
        f = gateway.chat.completions.create(model="Qwen/Qwen2.5-72B-Instruct", messages=[])
      `),
    ).toEqual([
      '5:22 ollama ollama:llama3.2',
      '6:32 hosted(anthropic) claude-3-5-haiku-latest',
      '7:22 hosted(openai) gpt-4o-mini',
      '10:44 hosted(openai) gpt-4o',
      '11:44 hub Qwen/Qwen2.5-72B-Instruct',
    ]);
  });

  it('reads LiteLLM routes by their provider', () => {
    expect(
      py(`
        import litellm
        a = litellm.completion(model="groq/llama3-8b-8192", messages=[])
        b = litellm.completion(model="ollama/llama3.2", messages=[])
        c = litellm.completion(model="huggingface/HuggingFaceH4/zephyr-7b-beta", messages=[])
        d = litellm.embedding(model="text-embedding-3-small", input=["x"])
      `),
    ).toEqual([
      '2:36 hosted(groq) llama3-8b-8192',
      '3:38 ollama ollama:llama3.2',
      '4:43 hub HuggingFaceH4/zephyr-7b-beta',
      '5:30 hosted(openai) text-embedding-3-small',
    ]);
  });

  it("reads the Vercel AI Gateway's provider/model ids as hosted models, and only from @ai-sdk/gateway", () => {
    const ts = scanWith(javascript, 'lib/ai/providers.ts');
    // vercel/ai-chatbot's providers.ts
    expect(
      ts(`
        import { createGateway, gateway } from '@ai-sdk/gateway';
        const custom = createGateway({ apiKey: process.env.AI_GATEWAY_API_KEY });
        export const titleModel = gateway.languageModel("google/gemini-2.5-flash-lite");
        export const chat = gateway('xai/grok-4.1-fast-non-reasoning');
        export const embed = gateway.textEmbeddingModel('openai/text-embedding-3-small');
        export const vertex = custom('vertex/gemini-2.5-pro');
        export const bare = gateway('gpt-4o');
      `),
    ).toEqual([
      '3:57 hosted(google) gemini-2.5-flash-lite',
      '4:34 hosted(xai) grok-4.1-fast-non-reasoning',
      '5:57 hosted(openai) text-embedding-3-small',
      '6:38 hosted(vertex-ai) gemini-2.5-pro',
    ]);
    // the same call without the import: a function of the project's
    expect(ts(`export const chat = gateway('xai/grok-4.1-fast-non-reasoning');`)).toEqual([]);
  });

  it('reads hosted SDKs in JavaScript and TypeScript: OpenAI, Vercel AI SDK, Bedrock, Gemini, watsonx, LangChain.js', () => {
    const ts = scanWith(javascript, 'src/ai.ts');
    expect(
      ts(`
        import OpenAI from 'openai';
        import { openai } from '@ai-sdk/openai';
        import { anthropic } from '@ai-sdk/anthropic';
        import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
        import { GoogleGenerativeAI } from '@google/generative-ai';
        import { WatsonXAI } from '@ibm-cloud/watsonx-ai';
        import { ChatOpenAI } from '@langchain/openai';
        import { generateText } from 'ai';

        const client = new OpenAI();
        const ollamaCompat = new OpenAI({ baseURL: 'http://localhost:11434/v1', apiKey: 'ollama' });
        const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY!);
        const watsonx = WatsonXAI.newInstance({ version: '2024-05-31', serviceUrl: 'https://us-south.ml.cloud.ibm.com' });

        await client.responses.create({ model: 'gpt-4.1-mini', input: 'hi' });
        await ollamaCompat.chat.completions.create({ model: 'qwen2.5:7b', messages: [] });
        await generateText({ model: openai('gpt-4o'), prompt: 'hi' });
        await generateText({ model: anthropic('claude-3-5-haiku-latest'), prompt: 'hi' });
        await new BedrockRuntimeClient({}).send(new ConverseCommand({ modelId: 'meta.llama3-70b-instruct-v1:0', messages: [] }));
        const gemini = genAI.getGenerativeModel({ model: 'gemini-1.5-flash' });
        await watsonx.generateText({ input: 'hi', modelId: 'ibm/granite-3-8b-instruct', projectId: 'p' });
        const chat = new ChatOpenAI({ model: 'gpt-4o-mini', temperature: 0 });
      `),
    ).toEqual([
      '15:41 hosted(openai) gpt-4.1-mini',
      '16:54 ollama ollama:qwen2.5:7b',
      '17:37 hosted(openai) gpt-4o',
      '18:40 hosted(anthropic) claude-3-5-haiku-latest',
      '19:73 hosted(bedrock) meta.llama3-70b-instruct-v1:0',
      '20:51 hosted(google) gemini-1.5-flash',
      '21:53 hosted(watsonx) ibm/granite-3-8b-instruct',
      '22:39 hosted(openai) gpt-4o-mini',
    ]);
  });
});

describe('local Modelfile weights', () => {
  const scan = scanWith(modelfile, 'deploy/Modelfile');
  it('reports FROM of a relative or absolute path as a local file, never as a Hub id', () => {
    for (const from of [
      './outputs/merged',
      'outputs/merged-model',
      '/opt/models/llama-ft.gguf',
      'models/custom.Q4_K_M.gguf',
      '../weights',
    ]) {
      expect(scan(`FROM ${from}\nPARAMETER temperature 0.2\n`)).toEqual([`1:6 local-file ${from}`]);
    }
    expect(scan(`FROM llama3.2:3b\nADAPTER ./lora-adapter\n`)).toEqual([
      '1:6 ollama ollama:llama3.2:3b',
      '2:9 local-file ./lora-adapter',
    ]);
  });

  it('does not read FROM inside a TEMPLATE', () => {
    expect(scan(`FROM qwen2.5\nTEMPLATE """\nFROM the system: {{ .System }}\n"""\nSYSTEM """FROM x"""\n`)).toEqual([
      '1:6 ollama ollama:qwen2.5',
    ]);
  });
});

describe('brief of a dedented scan', () => {
  it('keeps line numbers of the first line', () => {
    expect(brief(python.extract(dedent('\n  m = AutoModel.from_pretrained("org/x")\n'), 'a.py', ctx))).toEqual([
      '1:32 hub org/x',
    ]);
  });
});

describe('Flair', () => {
  it('reads the Hub repository a Flair model class loads, and no load() of another class', () => {
    expect(
      py(`
        from flair.models import SequenceTagger, TextClassifier
        from flair.nn import Classifier
        from flair.data import Sentence

        NER_MODEL = "flair/ner-english-fast"

        tagger = SequenceTagger.load(NER_MODEL)
        classifier = TextClassifier.load(model_path="flair/ner-german")
        linker = Classifier.load("flair/upos-multi")
        config = Config.load("acme/not-a-flair-model")
        tagger.predict(Sentence("George Washington went to Washington."))
      `),
    ).toEqual(['5:14 hub flair/ner-english-fast', '8:46 hub flair/ner-german', '9:27 hub flair/upos-multi']);
  });
});
