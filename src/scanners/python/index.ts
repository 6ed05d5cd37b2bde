import { defineScanner } from '../define.js';
import { outputOf } from '../common/output.js';
import { analyzePython } from './analyze.js';
import { analyzeNotebook } from './notebook.js';
import { PYTHON_TRIGGERS, pythonMayHold } from './prefilter.js';

/**
 * A database migration (Django's `app/migrations/0058_alter_x.py`, Alembic's `alembic/versions/x.py`): the history
 * of a schema, whose field defaults and data filters name the models the code once used. Its references are
 * mentions: listed, never evaluated.
 */
const MIGRATION_PATH_RE = /(?:^|\/)(?:migrations\/\d{4}_[^/]*|alembic\/versions\/[^/]+)\.py$/;
const MIGRATION_IMPORT_RE = /^\s*(?:from django\.db import|from alembic import|import alembic)\b/m;

function isMigration(path: string, content: string): boolean {
  return MIGRATION_PATH_RE.test(path) && MIGRATION_IMPORT_RE.test(content);
}

export const python = defineScanner({
  name: 'python',
  description:
    'Python and Jupyter notebooks: transformers/diffusers from_pretrained, pipeline(), sentence-transformers, huggingface_hub downloads, vLLM, LangChain/LlamaIndex wrappers, Ollama clients, faster-whisper/whisperX/Whisper sizes, spaCy pipelines (spacy.load, spacy download), hosted SDKs (OpenAI, Anthropic, Bedrock, Vertex, Gemini, watsonx), torch.hub.load; follows constants, settings fields and environment variables.',
  fileMatch: ['**/*.py', '**/*.pyi', '**/*.ipynb'],
  triggers: PYTHON_TRIGGERS,
  mayHold: pythonMayHold,
  mayHoldSkipsFields: true,
  analyze(content, path, ctx, budget) {
    const a = /\.ipynb$/i.test(path)
      ? analyzeNotebook(content, ctx, budget)
      : analyzePython(content, ctx, budget, path);
    const raw = isMigration(path, content) ? a.raw.map((r) => ({ ...r, mention: true })) : a.raw;
    return outputOf(content, path, 'python', raw, {
      uses: a.uses,
      fields: a.fields,
      fieldUses: a.fieldUses,
      classes: a.classes,
      classServers: a.classServers,
      classWraps: a.classWraps,
      classUses: a.classUses,
    });
  },
});
