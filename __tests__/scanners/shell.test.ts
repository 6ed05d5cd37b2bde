import { describe, expect, it } from '@jest/globals';
import { shell } from '../../src/scanners/shell/index.js';
import { scanWith } from './helpers.js';

const scan = scanWith(shell, 'scripts/serve.sh');

describe('shell scanner', () => {
  it('finds serving and download commands', () => {
    expect(
      scan(`
        #!/usr/bin/env bash
        set -euo pipefail
        vllm serve Qwen/Qwen2.5-7B-Instruct --port 8000 --served-model-name chat
        python -m vllm.entrypoints.openai.api_server --model=mistralai/Mistral-7B-Instruct-v0.3 \\
          --tokenizer mistralai/Mistral-7B-Instruct-v0.3
        text-generation-launcher --model-id "HuggingFaceH4/zephyr-7b-beta" --port 8080
        ollama pull llama3.1:8b && ollama run Phi3
        llama-server -hf bartowski/Llama-3.2-3B-Instruct-GGUF:Q4_K_M --port 8081
        llama-cli -hf ggml-org/gemma-3-1b-it-GGUF
        huggingface-cli download --revision v2.0 TheBloke/Mistral-7B-Instruct-v0.2-GGUF mistral.Q4_K_M.gguf --local-dir .
        hf download openai/gpt-oss-20b --include "original/*"
        huggingface-cli download --repo-type dataset HuggingFaceFW/fineweb
        hf download gradio/hello --repo-type=space
      `),
    ).toEqual([
      '3:12 hub Qwen/Qwen2.5-7B-Instruct',
      '4:54 hub mistralai/Mistral-7B-Instruct-v0.3',
      '5:15 hub mistralai/Mistral-7B-Instruct-v0.3',
      '6:38 hub HuggingFaceH4/zephyr-7b-beta',
      '7:13 ollama ollama:llama3.1:8b',
      '7:39 ollama ollama:phi3',
      '8:18 hub bartowski/Llama-3.2-3B-Instruct-GGUF',
      '9:15 hub ggml-org/gemma-3-1b-it-GGUF',
      '10:42 hub TheBloke/Mistral-7B-Instruct-v0.2-GGUF@v2.0',
      '11:13 hub openai/gpt-oss-20b',
    ]);
  });

  it('reads torchtune and LitGPT commands (tune download, litgpt download/chat/finetune)', () => {
    expect(
      scan(
        `
        #!/bin/bash
        tune download meta-llama/Llama-3.2-1B-Instruct --output-dir /tmp/Llama-3.2-1B-Instruct --ignore-patterns "original/consolidated.00.pth"
        tune download --hf-token $HF_TOKEN Qwen/Qwen2.5-3B-Instruct --output-dir /tmp/qwen
        tune run lora_finetune_single_device --config llama3_2/1B_lora_single_device
        tune download metaresearch/llama-3.2/pytorch/1b --source kaggle
        litgpt download microsoft/phi-2
        litgpt finetune_lora checkpoints/microsoft/phi-2 --data Alpaca2k
        litgpt chat meta-llama/Llama-3.1-8B-Instruct --access_token $HF_TOKEN
        litgpt finetune lora "Qwen/Qwen2.5-7B-Instruct" --data Alpaca2k
        litgpt serve acme/unknown-model
        litgpt evaluate out/lora/final --tasks mmlu
      `,
        'scripts/finetune.sh',
      ),
    ).toEqual([
      '2:15 hub meta-llama/Llama-3.2-1B-Instruct',
      '3:36 hub Qwen/Qwen2.5-3B-Instruct',
      '6:17 hub microsoft/phi-2',
      '8:13 hub meta-llama/Llama-3.1-8B-Instruct',
      '9:23 hub Qwen/Qwen2.5-7B-Instruct',
    ]);
  });

  it('reads the arguments a variable holds for a later command (FlagEmbedding, HF trainer scripts)', () => {
    expect(
      scan(
        `
        export WANDB_MODE=disabled

        model_args="\\
            --model_name_or_path BAAI/bge-large-en-v1.5 \\
            --cache_dir ./cache/model \\
        "

        training_args="\\
            --output_dir ./output/bge-large-en-v1.5 \\
            --learning_rate 1e-5 \\
        "
        eval_args='--embedder_name_or_path BAAI/bge-m3 --reranker_name_or_path BAAI/bge-reranker-v2-m3'
        cmd="torchrun --nproc_per_node 2 -m FlagEmbedding.finetune.embedder.encoder_only.base $model_args $training_args"
        serve="vllm serve Qwen/Qwen2.5-7B-Instruct --port 8000"
        python lorafa_finetuning.py --dataset_name_or_path meta-math/MetaMathQA-40K --output_dir out
        GREETING="hello world"
        echo $cmd
        eval $cmd
      `,
        'examples/finetune/embedder/base.sh',
      ),
    ).toEqual([
      '4:26 hub BAAI/bge-large-en-v1.5',
      '12:36 hub BAAI/bge-m3',
      '12:72 hub BAAI/bge-reranker-v2-m3',
      '14:19 hub Qwen/Qwen2.5-7B-Instruct',
    ]);
  });

  it('finds model environment variables, with ${VAR:-default}', () => {
    expect(
      scan(`
        export MODEL_ID=meta-llama/Llama-3.2-1B-Instruct
        MODEL_NAME="\${MODEL_NAME:-google/gemma-2-9b-it}"
        HF_MODEL_ID='microsoft/Phi-3.5-mini-instruct' python app.py
        OLLAMA_MODEL=llama3.2:3b
        OPENAI_MODEL=gpt-4o-mini
        MODEL_PATH=/models/llama
        MODEL_DIR=models/llama
        SERVED_MODEL_NAME=acme/chat
        DATASET_REPO_ID=acme/data
        MODEL_ID=$1
      `),
    ).toEqual([
      '1:17 hub meta-llama/Llama-3.2-1B-Instruct',
      '2:27 hub google/gemma-2-9b-it',
      '3:14 hub microsoft/Phi-3.5-mini-instruct',
      '4:14 ollama ollama:llama3.2:3b',
    ]);
  });

  it('reads the Python of here-documents as Python (a Dockerfile RUN, a script), other bodies as commands', () => {
    expect(
      scan(
        `
        FROM python:3.12-slim
        RUN python - <<'EOF'
        from huggingface_hub import hf_hub_download, snapshot_download
        for fname in ("embodiments.zip", "objects.zip"):
            hf_hub_download(
                repo_id="acme/robot-assets",
                repo_type="dataset",
                filename=fname,
            )
        snapshot_download("BAAI/bge-m3")
        EOF
        RUN cat > /app/fetch.py <<EOF
        from transformers import AutoModel
        AutoModel.from_pretrained("google-bert/bert-base-uncased")
        EOF
        RUN cat <<EOF > /app/.env
        MODEL_ID=Qwen/Qwen2.5-7B-Instruct
        EOF
        CMD ["python", "/app/fetch.py"]
      `,
        'docker/Dockerfile.assets',
      ),
    ).toEqual([
      '10:20 hub BAAI/bge-m3',
      '14:28 hub google-bert/bert-base-uncased',
      '17:10 hub Qwen/Qwen2.5-7B-Instruct',
    ]);
    expect(
      scan(`
        #!/usr/bin/env bash
        set -e
        uv run python3 - <<-PY
        \tfrom transformers import pipeline
        \tpipe = pipeline("text-classification", model="distilbert/distilbert-base-uncased-finetuned-sst-2-english")
        \tPY
        vllm serve Qwen/Qwen2.5-7B-Instruct
        python <<EOF
        print("no end marker")
      `),
    ).toEqual([
      '5:48 hub distilbert/distilbert-base-uncased-finetuned-sst-2-english',
      '7:12 hub Qwen/Qwen2.5-7B-Instruct',
    ]);
  });

  it('reads Dockerfiles', () => {
    expect(
      scan(
        `
        FROM vllm/vllm-openai:v0.6.3
        ARG BASE_MODEL=NousResearch/Hermes-3-Llama-3.1-8B
        ENV MODEL_ID Qwen/Qwen2.5-Coder-7B-Instruct
        ENV HF_HOME=/cache PORT=8000
        RUN python -c "from huggingface_hub import snapshot_download; snapshot_download('BAAI/bge-m3')"
        CMD ["--model", "deepseek-ai/DeepSeek-R1-Distill-Qwen-7B", "--max-model-len", "8192"]
      `,
        'Dockerfile',
      ),
    ).toEqual([
      '2:16 hub NousResearch/Hermes-3-Llama-3.1-8B',
      '3:14 hub Qwen/Qwen2.5-Coder-7B-Instruct',
      '5:82 hub BAAI/bge-m3',
      '6:18 hub deepseek-ai/DeepSeek-R1-Distill-Qwen-7B',
    ]);
  });

  it('reads docker-compose files', () => {
    expect(
      scan(
        `
        services:
          tgi:
            image: ghcr.io/huggingface/text-generation-inference:2.4.0
            command: --model-id mistralai/Mistral-Nemo-Instruct-2407 --num-shard 1
            environment:
              - HF_MODEL_ID=ibm-granite/granite-3.0-8b-instruct
              - HF_TOKEN=\${HF_TOKEN}
          vllm:
            image: vllm/vllm-openai:latest
            command: ["--model", "Qwen/QwQ-32B", "--served-model-name", "qwq"]
            environment:
              EMBEDDING_MODEL: nomic-ai/nomic-embed-text-v1.5
              MODEL_PATH: /models
          ollama:
            image: ollama/ollama
            entrypoint: ["/bin/sh", "-c", "ollama serve & sleep 3 && ollama pull gemma2:2b && wait"]
      `,
        'docker-compose.yml',
      ),
    ).toEqual([
      '4:25 hub mistralai/Mistral-Nemo-Instruct-2407',
      '6:21 hub ibm-granite/granite-3.0-8b-instruct',
      '10:27 hub Qwen/QwQ-32B',
      '12:24 hub nomic-ai/nomic-embed-text-v1.5',
      '16:74 ollama ollama:gemma2:2b',
    ]);
  });

  it('reads Kubernetes manifests and workflows', () => {
    expect(
      scan(
        `
        apiVersion: apps/v1
        kind: Deployment
        spec:
          template:
            spec:
              containers:
                - name: server
                  image: vllm/vllm-openai:v0.6.3
                  args:
                    - --model
                    - meta-llama/Llama-3.1-70B-Instruct
                    - --tensor-parallel-size
                    - "4"
                  env:
                    - name: MODEL_ID
                      value: "allenai/OLMo-2-1124-7B-Instruct"
                    - name: HF_HUB_CACHE
                      value: /cache
                    - value: acme/not-a-model
                      name: LOG_LEVEL
                - name: tgi
                  image: ghcr.io/huggingface/text-generation-inference:latest
                  args: ["--model-id", "bigcode/starcoder2-15b"]
        ---
        jobs:
          smoke:
            steps:
              - run: |
                  pip install vllm
                  vllm serve \\
                    HuggingFaceTB/SmolLM2-1.7B-Instruct --port 8000
      `,
        'deploy/k8s.yaml',
      ),
    ).toEqual([
      '11:15 hub meta-llama/Llama-3.1-70B-Instruct',
      '16:23 hub allenai/OLMo-2-1124-7B-Instruct',
      '23:33 hub bigcode/starcoder2-15b',
      '31:13 hub HuggingFaceTB/SmolLM2-1.7B-Instruct',
    ]);
  });

  it("leaves a YAML key's one-word value to the config scanner, which reads it by its key; command lines stay", () => {
    expect(
      scan(
        `
        task: meta_gpqa
        dataset_path: meta-llama/Llama-3.1-8B-Instruct
        dataset_name: gpqa__details
        steps:
          - run: huggingface-cli download Qwen/Qwen2.5-7B-Instruct --local-dir /models/qwen
          - name: meta-llama/Llama-3.1-8B-Instruct
      `,
        'eval/tasks/gpqa_0shot.yaml',
      ),
    ).toEqual(['5:35 hub Qwen/Qwen2.5-7B-Instruct']);
  });

  it('does not read the repository a workflow pushes documentation or uploads to as a model', () => {
    expect(
      scan(
        `
        jobs:
          build:
            steps:
              - name: Push to repositories
                run: |
                  doc-builder push mylib \\
                    --doc_build_repo_id "acme-docs/doc-build" \\
                    --commit_msg "Updated with commit \${{ github.sha }}"
              - run: python scripts/upload.py --upload_repo_id acme/nightly-weights --dest-repo-id acme/mirror
              - run: python train.py --base_model_repo_id Qwen/Qwen2.5-0.5B
      `,
        '.github/workflows/docs.yml',
      ),
    ).toEqual(['10:51 hub Qwen/Qwen2.5-0.5B']);
  });

  it('does not report decoys', () => {
    expect(
      scan(`
        docker run -p 8000:8000 vllm/vllm-openai:latest
        docker pull ghcr.io/huggingface/text-generation-inference:2.0
        git clone https://github.com/ggerganov/llama.cpp
        npm install @huggingface/inference
        pip install -r requirements/dev.txt
        aider --model gpt-4o
        llm --model claude-3-5-sonnet
        llama-cli -m ./models/llama-3.2-1b.Q4_K_M.gguf -p "hello"
        ollama create mymodel -f ./Modelfile
        vllm serve /mnt/models/llama --port 8000
        cp models/x.gguf /mnt/x
        echo "--model is documented in docs/models.md"
        huggingface-cli login --token $HF_TOKEN
      `),
    ).toEqual([]);
  });

  it('honours # model-gate: ignore', () => {
    expect(
      scan(`
        # model-gate: ignore
        vllm serve acme/one
        vllm serve acme/two  # model-gate: ignore
        vllm serve acme/three
      `),
    ).toEqual(['4:12 hub acme/three']);
  });
});
