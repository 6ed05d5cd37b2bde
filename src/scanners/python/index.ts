import { defineScanner } from '../define.js';
import { outputOf } from '../common/output.js';
import { analyzePython } from './analyze.js';
import { analyzeNotebook } from './notebook.js';
import { pythonMayHold } from './prefilter.js';

/** Substrings without which a Python file or notebook cannot hold a reference this scanner finds. */
export const PYTHON_TRIGGERS = [
  'odel', // model, Model, from_pretrained(model_id=...), model=
  'ODEL', // MODEL_ID
  'pretrained',
  'pipeline',
  '_download',
  'LLM',
  'llama', // Ollama, ChatOllama, ollama.chat
  'Encoder', // CrossEncoder, SparseEncoder
  'Transformer', // SentenceTransformer
  'HuggingFace',
  'InferenceClient',
  'hub.load',
  'hf_hub',
  'hf-hub:',
  'hf://',
  'repo_id',
  'REPO_ID',
  'heckpoint',
  'HECKPOINT',
  'mlx_lm',
  'single_file',
  'load_lora',
  'load_ip_adapter',
  'textual_inversion',
  // shell lines of notebooks (!huggingface-cli download, !vllm serve, !llama-cli -hf)
  'download',
  'vllm',
  '-hf',
] as const;

export const python = defineScanner({
  name: 'python',
  description:
    'Python and Jupyter notebooks: transformers/diffusers from_pretrained, pipeline(), sentence-transformers, huggingface_hub downloads, vLLM, LangChain/LlamaIndex wrappers, Ollama clients, faster-whisper/whisperX/Whisper sizes, hosted SDKs (OpenAI, Anthropic, Bedrock, Vertex, Gemini, watsonx), torch.hub.load; follows constants, settings fields and environment variables.',
  fileMatch: ['**/*.py', '**/*.pyi', '**/*.ipynb'],
  triggers: PYTHON_TRIGGERS,
  mayHold: pythonMayHold,
  mayHoldSkipsFields: true,
  analyze(content, path, ctx, budget) {
    const a = /\.ipynb$/i.test(path) ? analyzeNotebook(content, ctx, budget) : analyzePython(content, ctx, budget);
    return outputOf(content, path, 'python', a.raw, { uses: a.uses, fields: a.fields, fieldUses: a.fieldUses });
  },
});
