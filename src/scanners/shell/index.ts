import { defineScanner } from '../define.js';
import { outputOf } from '../common/output.js';
import { LineIndex } from '../common/text.js';
import { SPACY_PACKAGE_NEEDLES } from '../common/values.js';
import type { LocalOllamaModel } from '../types.js';
import { analyzeShell, analyzeYaml } from './analyze.js';

export const SHELL_TRIGGERS = [
  'odel', // --model, MODEL_ID= via ODEL below, model:
  'ODEL',
  'vllm',
  'llama', // ollama, llama-cli, llama-server
  '-hf',
  'download', // huggingface-cli download, hf download, tune download, litgpt download
  'litgpt', // litgpt chat|serve|finetune_lora ... REPO
  'heckpoint',
  'HECKPOINT',
  'REPO_ID',
  'repo_id',
  'pretrained', // python -c "...from_pretrained(...)"
  'hf:', // hf://org/x, hf:org/x:Q4_K_M
  // a spaCy pipeline set in the environment (`SPACY_PIPELINE=en_core_web_sm`), for the code that loads it, or
  // installed as a package (`pip install en-core-web-sm==3.7.1`)
  ...SPACY_PACKAGE_NEEDLES,
] as const;

/** YAML read as shell: Kubernetes, compose, workflows, Helm templates (`templates/*.tpl` hold YAML too). */
const YAML_RE = /\.ya?ml$|(?:^|\/)templates\/[^/]*\.tpl$/i;

export const shell = defineScanner({
  name: 'shell',
  description:
    'Shell scripts, Dockerfiles, docker-compose, Kubernetes, Helm templates and workflow YAML, .env files: vllm serve, --model/--model-id, ollama pull/run/create, llama.cpp -hf, huggingface-cli/hf download, tune download, litgpt download/chat/serve/finetune, python -m spacy download, spaCy pipelines installed with pip install/uv add/poetry add, curl to an Ollama server, MODEL_ID-style environment variables (and every environment variable, for the code that reads it).',
  fileMatch: [
    '**/*.sh',
    '**/*.bash',
    '**/*.zsh',
    '**/*.ksh',
    '**/Dockerfile',
    '**/Dockerfile.*',
    '**/*.Dockerfile',
    '**/*.dockerfile',
    '**/Containerfile',
    '**/Containerfile.*',
    '**/*.yml',
    '**/*.yaml',
    '**/templates/*.tpl',
    '**/.env',
    '**/.env.*',
    '**/*.env',
    '**/Makefile',
    '**/*.mk',
    '**/Procfile',
    '**/justfile',
    '**/Justfile',
  ],
  triggers: SHELL_TRIGGERS,
  analyze(content, path, ctx, budget) {
    const a = YAML_RE.test(path) ? analyzeYaml(content, ctx, budget) : analyzeShell(content, ctx, budget);
    const output = outputOf(content, path, 'shell', a.raw, { env: a.env });
    if (a.created.size) {
      const index = new LineIndex(content);
      const localOllama: LocalOllamaModel[] = [];
      for (const [id, c] of a.created) localOllama.push({ id, modelfile: c.file, path, line: index.line(c.offset) });
      output.facts = { ...output.facts, localOllama };
    }
    return output;
  },
});
