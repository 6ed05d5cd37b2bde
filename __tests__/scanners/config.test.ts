import { describe, expect, it } from '@jest/globals';
import { config } from '../../src/scanners/config/index.js';
import { scanWith } from './helpers.js';

const scan = scanWith(config);

describe('config scanner', () => {
  it('does not read where a training config writes its model (hub_model_id, output_dir), even a catalog-known id', () => {
    // Axolotl's and LLaMA-Factory's configs: the base model is loaded, the upload target is the project's own
    expect(
      scan(
        `
        base_model: meta-llama/Llama-3.1-8B-Instruct
        hub_model_id: Qwen/Qwen2.5-7B-Instruct
        output_dir: gpt2
        export_hub_model_id: distilbert-base-uncased
      `,
        'examples/llama-3/lora-1b.yml',
      ),
    ).toEqual(['1:13 hub meta-llama/Llama-3.1-8B-Instruct']);
  });

  it("reads AudioCraft's //pretrained/ Hub checkpoints in its solver configs", () => {
    // config/solver/musicgen/musicgen_base_32khz.yaml, config/augmentations/default.yaml
    expect(
      scan(
        `
        compression_model_checkpoint: //pretrained/facebook/encodec_32khz
        continue_from: "//pretrained/facebook/musicgen-small"
        debug_checkpoint: //pretrained/debug_compression_model
        augmentations:
          ckpt: "//pretrained/facebook/encodec_24khz"
      `,
        'config/solver/musicgen/musicgen_base_32khz.yaml',
      ),
    ).toEqual([
      '1:44 hub facebook/encodec_32khz',
      '2:30 hub facebook/musicgen-small',
      '5:23 hub facebook/encodec_24khz',
    ]);
  });

  it('reads Axolotl YAML', () => {
    expect(
      scan(
        `
        base_model: NousResearch/Meta-Llama-3-8B
        model_type: LlamaForCausalLM
        tokenizer_type: AutoTokenizer
        revision_of_model: 6ecd69a0a49f89d1e24b5e5a3b2a35c3b2f28e32
        datasets:
          - path: mhenrichsen/alpaca_2k_test
            type: alpaca
        hub_model_id: acme/llama-3-8b-alpaca
        output_dir: ./outputs/lora-out
        lora_model_dir:
      `,
        'examples/llama-3/lora.yml',
      ),
    ).toEqual(['1:13 hub NousResearch/Meta-Llama-3-8B@6ecd69a0a49f89d1e24b5e5a3b2a35c3b2f28e32']);
  });

  it("reads LitGPT's checkpoint_dir (checkpoints/ORG/NAME, where litgpt download puts a Hub repository)", () => {
    expect(
      scan(
        `
        checkpoint_dir: checkpoints/meta-llama/Llama-3.1-8B-Instruct
        out_dir: out/finetune/lora-llama-3.1-8b
        precision: bf16-true
        train:
          save_interval: 800
      `,
        'config_hub/finetune/llama-3.1-8b/lora.yaml',
      ),
    ).toEqual(['1:29 hub meta-llama/Llama-3.1-8B-Instruct']);
    // another tool's checkpoint folder, or a repository the catalog does not know: nothing
    expect(scan('checkpoint_dir: checkpoints/run1/step100\n', 'train.yaml')).toEqual([]);
    expect(scan('checkpoint_dir: checkpoints/acme/private-7b\n', 'train.yaml')).toEqual([]);
  });

  it("reads OpenAI CLIP's names in a model config as the Hub's copies of their checkpoints", () => {
    expect(
      scan(
        `
        model:
          target: ldm.models.diffusion.ddpm.ImageEmbeddingConditionedLatentDiffusion
          params:
            embedder_config:
              target: ldm.modules.encoders.modules.ClipImageEmbedder
              params:
                model: "ViT-L/14"
      `,
        'configs/stable-diffusion/v2-1-stable-unclip-l-inference.yaml',
      ),
    ).toEqual(['7:17 hub openai/clip-vit-large-patch14']);
  });

  it('reads LLaMA-Factory and TRL YAML', () => {
    expect(
      scan(
        `
        ### model
        model_name_or_path: "Qwen/Qwen2.5-7B-Instruct"
        adapter_name_or_path: saves/qwen2.5-7b/lora/sft
        trust_remote_code: true
        ### dataset
        dataset: identity,alpaca_en_demo
        dataset_name: trl-lib/Capybara
        model:
          tokenizer_name: 'mistralai/Mistral-7B-v0.1'
        teacher_models:
          - google/gemma-2-9b-it
          - gpt-4o
      `,
        'train/sft.yaml',
      ),
    ).toEqual([
      '2:22 hub Qwen/Qwen2.5-7B-Instruct',
      '9:20 hub mistralai/Mistral-7B-v0.1',
      '11:5 hub google/gemma-2-9b-it',
    ]);
  });

  it('reads JSON configs', () => {
    expect(
      scan(
        `
        {
          "base_model_name_or_path": "meta-llama/Llama-3.2-1B",
          "peft_type": "LORA",
          "_name_or_path": "/home/user/checkpoints/run-1",
          "model": "gpt-4o",
          "dataset_name": "HuggingFaceH4/ultrachat_200k",
          "candidates": ["Qwen/Qwen2.5-7B-Instruct", "someone/unknown"],
          "embedding_model": "ollama/nomic-embed-text"
        }
      `,
        'adapter/adapter_config.json',
      ),
    ).toEqual([
      '2:31 hub meta-llama/Llama-3.2-1B',
      '7:19 hub Qwen/Qwen2.5-7B-Instruct',
      '8:23 ollama ollama:nomic-embed-text',
    ]);
  });

  it("does not read a registry's records of facts about models as loads; a record that fetches one stays", () => {
    expect(
      scan(
        `
        {
          "url": {"default": "https://api.example.com/v1"},
          "models": [
            {"name": "Qwen/Qwen2.5-7B-Instruct", "alias": ["qwen2.5-7b"], "content_length": 32768, "max_output": 8192},
            {"name": "facebookresearch/dinov2", "max_tokens": 8192, "model_types": ["embedding"]},
            {"llm_name": "meta-llama/Llama-3.1-8B-Instruct", "tags": "LLM,CHAT", "model_type": "chat"},
            {"name": "meta-llama/Llama-3.1-8B-Instruct", "revision": "main", "context_length": 4096, "tags": "x"},
            {"id": "Qwen/Qwen2.5-7B-Instruct", "max_tokens": 512}
          ]
        }
      `,
        'conf/models/provider.json',
      ),
    ).toEqual(['7:15 hub meta-llama/Llama-3.1-8B-Instruct', '8:13 hub Qwen/Qwen2.5-7B-Instruct']);
  });

  it('counts the keys of a record whose values are lists or mappings, empty or not (RAGFlow all_models.json)', () => {
    expect(
      scan(
        `
        {
          "models": [
            {
              "name": "google/codegemma-1.1-2b",
              "alias": [],
              "model_types": [
                "chat"
              ]
            },
            {"name": "google/gemma-2-9b-it", "tags": "LLM", "pricing": {"input": 0.1, "output": 0.2}},
            {"name": "Qwen/Qwen2.5-7B-Instruct", "files": ["model.safetensors"], "model_types": [], "alias": []}
          ]
        }
      `,
        'conf/all_models.json',
      ),
    ).toEqual(['11:15 hub Qwen/Qwen2.5-7B-Instruct']);
    expect(
      scan(
        `
        models:
          - name: google/codegemma-1.1-2b
            alias: []
            model_types:
              - chat
          - name: google/gemma-2-9b-it
            aliases: [gemma2]
            pricing:
              input: 0.1
          - name: Qwen/Qwen2.5-7B-Instruct
            model_types: [chat]
            files:
              - model.safetensors
      `,
        'conf/models.yaml',
      ),
    ).toEqual(['10:11 hub Qwen/Qwen2.5-7B-Instruct']);
  });

  it("reads a registry of deployments by the class each record configures (HELM's model_deployments.yaml)", () => {
    expect(
      scan(
        `
        model_deployments:
          - name: local/tiny-chat
            model_name: acme-lab/tiny-chat-7b
            tokenizer_name: acme-lab/tiny-chat-7b
            max_sequence_length: 4096
            client_spec:
              class_name: "evalkit.clients.huggingface_client.HuggingFaceClient"

          - name: local/qwen-7b
            model_name: qwen/qwen2.5-7b
            tokenizer_name: qwen/qwen2.5-7b
            client_spec:
              class_name: "evalkit.clients.huggingface_client.HuggingFaceClient"
              args:
                pretrained_model_name_or_path: Qwen/Qwen2.5-7B-Instruct

          - name: openai/gpt-4o-2024-08-06
            model_name: openai/gpt-4o-2024-08-06
            tokenizer_name: openai/o200k_base
            client_spec:
              class_name: "evalkit.clients.openai_client.OpenAIClient"

          - name: together/llama-3-8b
            model_name: meta/llama-3-8b
            tokenizer_name: meta/llama-3-8b
            client_spec:
              class_name: "evalkit.clients.together_client.TogetherChatClient"
              args:
                together_model: meta-llama/Llama-3-8b-chat-hf

          - name: acme/house-model
            model_name: acme/house-model
            tokenizer_name: acme/house-tokenizer
            client_spec:
              class_name: "evalkit.clients.simple_client.SimpleClient"
      `,
        'src/evalkit/config/model_deployments.yaml',
      ),
    ).toEqual([
      '3:17 hub acme-lab/tiny-chat-7b',
      '15:40 hub Qwen/Qwen2.5-7B-Instruct',
      '18:24 hosted(openai) gpt-4o-2024-08-06',
      '29:25 hosted(together) meta-llama/Llama-3-8b-chat-hf',
    ]);
    // its tokenizers: a Hugging Face tokenizer loads the record's name, or the repository its arguments name
    expect(
      scan(
        `
        tokenizer_configs:
          - name: EleutherAI/gpt-neox-20b
            tokenizer_spec:
              class_name: "evalkit.tokenizers.huggingface_tokenizer.HuggingFaceTokenizer"
            end_of_text_token: "<|endoftext|>"
          - name: huggingface/gpt2
            tokenizer_spec:
              class_name: "evalkit.tokenizers.huggingface_tokenizer.HuggingFaceTokenizer"
              args:
                pretrained_model_name_or_path: openai-community/gpt2
          - name: huggingface/tiny-diffusion
            tokenizer_spec:
              class_name: "evalkit.tokenizers.huggingface_tokenizer.HuggingFaceTokenizer"
          - name: ai21/j2-tokenizer
            tokenizer_spec:
              class_name: "evalkit.tokenizers.ai21_tokenizer.AI21LocalTokenizer"
      `,
        'src/evalkit/config/tokenizer_configs.yaml',
      ),
    ).toEqual(['2:11 hub EleutherAI/gpt-neox-20b', '10:40 hub openai-community/gpt2']);
    // its catalogue of models, shown to users: facts, no loads
    expect(
      scan(
        `
        models:
          - name: acme-lab/tiny-chat-7b
            display_name: Tiny Chat (7B)
            description: A small chat model.
            creator_organization_name: Acme Lab
            access: open
            num_parameters: 7000000000
            release_date: 2024-05-01
            tags: [TEXT_MODEL_TAG]
      `,
        'src/evalkit/config/model_metadata.yaml',
      ),
    ).toEqual([]);
    // a training config's tokenizer_name, with no class configured, is a load as ever
    expect(
      scan(
        `
        model_name_or_path: acme-lab/tiny-chat-7b
        tokenizer_name: EleutherAI/gpt-neox-20b
        trainer:
          class_name: transformers.Trainer
      `,
        'train.yaml',
      ),
    ).toEqual(['1:21 hub acme-lab/tiny-chat-7b', '2:17 hub EleutherAI/gpt-neox-20b']);
  });

  it("does not read a dataset's repository as a model, however the catalog knows its name (lm-eval task YAML)", () => {
    expect(
      scan(
        `
        task: meta_gpqa
        dataset_path: meta-llama/Llama-3.1-8B-Instruct
        dataset_name: Llama-3.1-8B-Instruct-evals__gpqa__details
        output_type: generate_until
      `,
        'eval/meta_template/gpqa/gpqa_0shot.yaml',
      ),
    ).toEqual([]);
    expect(
      scan(
        `
        model_name: "meta-llama/Llama-3.1-8B-Instruct"
        evals_dataset: "meta-llama/Llama-3.1-8B-Instruct"
        tasks: "meta_instruct"
      `,
        'eval/eval_config.yaml',
      ),
    ).toEqual(['1:14 hub meta-llama/Llama-3.1-8B-Instruct']);
  });

  it('reads TOML', () => {
    expect(
      scan(
        `
        [model]
        model_name_or_path = "microsoft/Phi-3-mini-4k-instruct"
        output = "acme/out"
      `,
        'pyproject.toml',
      ),
    ).toEqual(['2:23 hub microsoft/Phi-3-mini-4k-instruct']);
  });

  it("reads a service's route prefix as that service's hosted model, not a Hub id", () => {
    expect(scan(`router_model: groq/llama3-70b-8192\n`, 'config.yml')).toEqual(['1:20 hosted(groq) llama3-70b-8192']);
  });

  it('does not report decoys', () => {
    expect(
      scan(
        `
        model: claude-3-5-sonnet-20241022
        llm_model: openai/gpt-4o
        model_dir: models/llama
        model_path: /mnt/llama
        image: vllm/vllm-openai:latest
        repository: github/codeql-action
        dataset: tatsu-lab/alpaca
        model_type: llama
        served_model_name: acme/chat
        uses: actions/checkout@v4
      `,
        'config.yml',
      ),
    ).toEqual([]);
  });
});
