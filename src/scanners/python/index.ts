import type { ModelReference } from '../../core/types.js';
import type { ScanContext, Scanner } from '../types.js';
import { finalize, triggerTest } from '../common/text.js';
import { analyzePython } from './analyze.js';
import { analyzeNotebook } from './notebook.js';

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

const hasTrigger = triggerTest(PYTHON_TRIGGERS);

export const python: Scanner = {
  name: 'python',
  description:
    'Python and Jupyter notebooks: transformers/diffusers from_pretrained, pipeline(), sentence-transformers, huggingface_hub downloads, vLLM, LangChain/LlamaIndex wrappers, Ollama clients, torch.hub.load; follows string constants.',
  url: 'https://github.com/model-gate/model-gate#scanner-python',
  fileMatch: ['**/*.py', '**/*.pyi', '**/*.ipynb'],
  triggers: PYTHON_TRIGGERS,
  extract(content: string, path: string, ctx: ScanContext): ModelReference[] {
    if (!hasTrigger(content)) return [];
    const raw = /\.ipynb$/i.test(path) ? analyzeNotebook(content, ctx) : analyzePython(content, ctx);
    return finalize(content, path, 'python', raw);
  },
};
