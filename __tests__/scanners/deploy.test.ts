import { describe, expect, it } from '@jest/globals';
import { config, shell } from '../../src/scanners/index.js';
import { assertPositions, brief, ctx, dedent, scanWith } from './helpers.js';

/** The shell and config scanners on one YAML file, their common finds once (as the discover layer gives them). */
function both(code: string, path: string) {
  const text = dedent(code);
  const refs = [...shell.extract(text, path, ctx), ...config.extract(text, path, ctx)];
  assertPositions(text, refs);
  const seen = new Set<string>();
  return refs
    .filter((r) => !seen.has(`${r.line}:${r.column}:${r.id}`) && seen.add(`${r.line}:${r.column}:${r.id}`))
    .sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}

describe('Helm chart templates read as the rendered YAML would be', () => {
  it('keeps a command line together across template actions, and knows template values are not literals', () => {
    expect(
      brief(
        both(
          `
          apiVersion: apps/v1
          kind: Deployment
          spec:
            template:
              spec:
                containers:
                  - name: vllm
                    image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
                    command:
                      - vllm
                      - serve
                      {{- if .Values.draft }}
                      - --speculative-model
                      - {{ .Values.draft | quote }}
                      {{- end }}
                      - Qwen/Qwen2.5-Coder-7B-Instruct
                    args:
                      {{- with .Values.extraArgs }}
                      {{- toYaml . | nindent 12 }}
                      {{- end }}
                      - "--tokenizer={{ .Values.tokenizer }}"
                      - --served-model-name
                      - {{ .Values.servedName }}
                    env:
                      - name: MODEL_ID
                        value: {{ .Values.modelId | quote }}
          `,
          'charts/vllm/templates/deployment.yaml',
        ),
      ),
    ).toEqual(['16:15 hub Qwen/Qwen2.5-Coder-7B-Instruct']);
  });

  it('reads --model and model keys in templates and helper .tpl files', () => {
    expect(
      brief(
        both(
          `
          {{- define "tgi.args" -}}
          - --model-id
          - mistralai/Mistral-7B-Instruct-v0.3
          - --max-input-length={{ .Values.maxInput }}
          {{- end }}
          {{/* model-gate: ignore */}}
          - --model-id=bigscience/bloom-560m
          `,
          'charts/tgi/templates/_helpers.tpl',
        ),
      ),
    ).toEqual(['3:3 hub mistralai/Mistral-7B-Instruct-v0.3']);
  });

  it('reads modelURL and model keys of values files', () => {
    const scan = scanWith(config, 'helm/values.yaml');
    expect(
      scan(`
        servingEngineSpec:
          modelSpec:
            - name: llama3
              repository: vllm/vllm-openai
              tag: latest
              modelURL: meta-llama/Llama-3.1-8B-Instruct
            - name: mistral
              modelURL: "https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.3"
              model_url: s3://bucket/models/mistral
      `),
    ).toEqual(['6:17 hub meta-llama/Llama-3.1-8B-Instruct', '8:18 hub mistralai/Mistral-7B-Instruct-v0.3']);
  });
});

describe('keys and block scalars', () => {
  const scan = scanWith(config, 'configs/serve.yaml');
  it('reads model_path when it holds a Hub id, never a local path or a run output', () => {
    expect(
      scan(`
        model_path: Qwen/Qwen2.5-7B-Instruct
        eval:
          model_path: ./outputs/final
          ref_path: checkpoints/step-500
        export:
          model_path: runs/exp-3/final
          model_path_2: my-run/best
      `),
    ).toEqual(['1:13 hub Qwen/Qwen2.5-7B-Instruct']);
  });

  it('reads --model and source keys held in block scalars (| and >), and configs embedded in them', () => {
    expect(
      brief(
        both(
          `
          apiVersion: ray.io/v1
          kind: RayService
          spec:
            serveConfigV2: |
              applications:
                - name: llms
                  args:
                    llm_configs:
                      - model_loading_config:
                          model_id: qwen-7b
                          model_source: Qwen/Qwen2.5-7B-Instruct
          ---
          apiVersion: apps/v1
          kind: Deployment
          spec:
            template:
              spec:
                containers:
                  - name: server
                    command: ["/bin/sh", "-c"]
                    args:
                      - |
                        python -m vllm.entrypoints.openai.api_server \\
                          --model google/gemma-2-9b-it --port 8000
                  - name: tgi
                    args: >
                      --model-id HuggingFaceH4/zephyr-7b-beta
                      --num-shard 1
          ---
          apiVersion: v1
          kind: ConfigMap
          data:
            config.json: |
              {"base_model": "microsoft/Phi-3-mini-4k-instruct"}
          `,
          'k8s/stack.yaml',
        ),
      ),
    ).toEqual([
      '11:31 hub Qwen/Qwen2.5-7B-Instruct',
      '24:25 hub google/gemma-2-9b-it',
      '27:24 hub HuggingFaceH4/zephyr-7b-beta',
      '34:21 hub microsoft/Phi-3-mini-4k-instruct',
    ]);
  });

  it('reads hf:// addresses (KServe storageUri, llm-d), not datasets', () => {
    expect(
      scan(`
        spec:
          predictor:
            model:
              storageUri: hf://meta-llama/Llama-3.2-1B-Instruct
              args: ["--max-model-len=4096"]
          data: hf://datasets/HuggingFaceFW/fineweb
      `),
    ).toEqual(['4:24 hub meta-llama/Llama-3.2-1B-Instruct']);
  });
});

describe('the keys of a model mapping', () => {
  const scan = scanWith(config, 'configs/train.yaml');
  it('reads name, source, repo and path under a model key', () => {
    expect(
      scan(`
        model:
          name: meta-llama/Llama-3.2-1B
          dtype: bfloat16
        reward_model:
          source: hf://OpenAssistant/reward-model-deberta-v3-large-v2
        teacher:
          name: distil-teacher
        dataset:
          name: tatsu-lab/alpaca
        policy:
          model_config:
            repo: Qwen/Qwen2.5-0.5B-Instruct
            path: ./outputs/final
      `),
    ).toEqual([
      '2:9 hub meta-llama/Llama-3.2-1B',
      '5:16 hub OpenAssistant/reward-model-deberta-v3-large-v2',
      '12:11 hub Qwen/Qwen2.5-0.5B-Instruct',
    ]);
  });
});
