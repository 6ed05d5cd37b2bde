import type { ModelReference } from '../../core/types.js';
import type { ScanContext, Scanner } from '../types.js';
import { finalize, triggerTest } from '../common/text.js';
import { analyzeShell, analyzeYaml } from './analyze.js';

export const SHELL_TRIGGERS = [
  'odel', // --model, MODEL_ID= via ODEL below, model:
  'ODEL',
  'vllm',
  'llama', // ollama, llama-cli, llama-server
  '-hf',
  'download', // huggingface-cli download, hf download
  'heckpoint',
  'HECKPOINT',
  'REPO_ID',
  'repo_id',
  'pretrained', // python -c "...from_pretrained(...)"
] as const;

const hasTrigger = triggerTest(SHELL_TRIGGERS);

export const shell: Scanner = {
  name: 'shell',
  description:
    'Shell scripts, Dockerfiles, docker-compose, Kubernetes and workflow YAML, .env files: vllm serve, --model/--model-id, ollama pull/run, llama.cpp -hf, huggingface-cli/hf download, MODEL_ID-style environment variables.',
  url: 'https://github.com/model-gate/model-gate#scanner-shell',
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
  extract(content: string, path: string, ctx: ScanContext): ModelReference[] {
    if (!hasTrigger(content)) return [];
    const raw = /\.ya?ml$/i.test(path) ? analyzeYaml(content, ctx) : analyzeShell(content, ctx);
    return finalize(content, path, 'shell', raw);
  },
};
