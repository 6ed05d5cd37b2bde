import { defineScanner } from '../define.js';
import { outputOf } from '../common/output.js';
import { analyzePython } from './analyze.js';
import { analyzeNotebook } from './notebook.js';
import { PYTHON_TRIGGERS, pythonMayHold } from './prefilter.js';

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
