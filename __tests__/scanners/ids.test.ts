import { describe, expect, it } from '@jest/globals';
import {
  classifyModel,
  classifyOllama,
  isHubIdShape,
  isModelishName,
  isPathLike,
  modelEnvKind,
  ollamaId,
} from '../../src/scanners/common/ids.js';
import { ctx } from './helpers.js';

describe('model id rules', () => {
  it('recognises the Hub id shape', () => {
    for (const id of ['meta-llama/Llama-3.1-8B-Instruct', 'Qwen/Qwen2.5-0.5B', 'a/b', 'org_x/name.v2'])
      expect(isHubIdShape(id)).toBe(true);
    for (const id of [
      'gpt2',
      'a/b/c',
      '/abs',
      'org/',
      '-x/y',
      'org/model.gguf',
      'src/main.py',
      'org/x--y',
      'org/x..y',
      'org/x.',
      '@scope/pkg',
      'vllm/vllm-openai:latest',
      '1/second', // rate limits (slowapi, Flask-Limiter) and fractions
      '30/minute',
      '100/day',
      '3/4',
    ])
      expect(isHubIdShape(id)).toBe(false);
  });

  it('recognises file paths', () => {
    for (const p of [
      './models/x',
      '../x/y',
      '/mnt/x',
      '~/x',
      'models/x',
      'checkpoints/run',
      'C:\\x',
      'x/y.safetensors',
      '$HOME/x',
    ])
      expect(isPathLike(p)).toBe(true);
    for (const p of ['org/name', 'openai/whisper-large-v3']) expect(isPathLike(p)).toBe(false);
  });

  it('classifies strong and weak positions', () => {
    expect(classifyModel('openai/gpt-4o', 'strong', ctx)?.id).toBe('openai/gpt-4o');
    expect(classifyModel('openai/gpt-4o', 'weak', ctx)).toBeUndefined();
    expect(classifyModel('openai/gpt-oss-20b', 'weak', ctx)?.id).toBe('openai/gpt-oss-20b');
    expect(classifyModel('groq/llama3-8b-8192', 'weak', ctx)).toBeUndefined();
    expect(classifyModel('anthropic/claude-3-5-sonnet', 'weak', ctx)).toBeUndefined();
    expect(classifyModel('ollama/llama3', 'weak', ctx)).toEqual({
      id: 'ollama:llama3',
      kind: 'ollama',
      shift: 0,
    });
    expect(classifyModel('huggingface/org/x', 'weak', ctx)).toEqual({ id: 'org/x', kind: 'hub', shift: 12 });
    expect(classifyModel('gpt-4o', 'strong', ctx)).toBeUndefined();
    expect(classifyModel('gpt2', 'strong', ctx)?.id).toBe('gpt2');
    expect(classifyModel('my-local-model', 'strong', ctx)).toBeUndefined();
    expect(classifyModel('all-MiniLM-L6-v2', 'strong', ctx, { sentenceTransformers: true })?.id).toBe(
      'sentence-transformers/all-MiniLM-L6-v2',
    );
    expect(classifyModel('LaBSE', 'weak', ctx, { sentenceTransformers: true })?.id).toBe('sentence-transformers/LaBSE');
    // a weak openai/NAME is LiteLLM's route to an OpenAI-compatible server, unless NAME is a family OpenAI publishes
    expect(classifyModel('openai/Qwen2.5-Coder-7B-Instruct', 'weak', ctx)).toBeUndefined();
    expect(classifyModel('openai/whisper-large-v3', 'weak', ctx)?.id).toBe('openai/whisper-large-v3');
    expect(classifyModel('openai/gpt-oss-20b', 'weak', ctx)?.id).toBe('openai/gpt-oss-20b');
    expect(classifyModel('openai/Qwen2.5-Coder-7B-Instruct', 'strong', ctx)?.id).toBe(
      'openai/Qwen2.5-Coder-7B-Instruct',
    );
    // one plain lower-case word is a setting's value, no sentence-transformers name (mem0's `"tei"` server)
    for (const word of ['tei', 'local', 'default'])
      expect(classifyModel(word, 'strong', ctx, { sentenceTransformers: true })).toBeUndefined();
    // a provider's name (`embedding_factory(provider="openai", model=None)`) is no sentence-transformers model
    for (const provider of ['openai', 'OpenAI', 'ollama', 'huggingface', 'vllm'])
      expect(classifyModel(provider, 'weak', ctx, { sentenceTransformers: true })).toBeUndefined();
    expect(classifyModel('hf-hub:timm/resnet50.a1_in1k', 'weak', ctx)).toEqual({
      id: 'timm/resnet50.a1_in1k',
      kind: 'hub',
      shift: 7,
    });
    // Inference Providers' routing suffixes name a provider or a policy, not part of the repository's id
    expect(classifyModel('openai/gpt-oss-120b:cerebras', 'strong', ctx)?.id).toBe('openai/gpt-oss-120b');
    expect(classifyModel(' acme/x:fastest', 'weak', ctx)).toEqual({ id: 'acme/x', kind: 'hub', shift: 1 });
    expect(classifyModel('meta-llama/Llama-3.1-8B-Instruct:novita', 'weak', ctx)?.id).toBe(
      'meta-llama/Llama-3.1-8B-Instruct',
    );
    for (const s of ['acme/x:v2', 'acme/x:free', 'stability-ai/sdxl:39ed52f2a78e934b3ba6e2a8'])
      expect(classifyModel(s, 'strong', ctx)).toBeUndefined();
    // node-llama-cpp's model URIs (a quantisation tag, a file of the repository, a branch)
    expect(classifyModel('hf:bartowski/Qwen2.5-7B-Instruct-GGUF:Q4_K_M', 'weak', ctx)).toEqual({
      id: 'bartowski/Qwen2.5-7B-Instruct-GGUF',
      kind: 'hub',
      shift: 3,
    });
    expect(classifyModel('huggingface:org/x/sub/f.gguf', 'weak', ctx)?.id).toBe('org/x');
    expect(classifyModel('hf:org/x#dev', 'weak', ctx)?.id).toBe('org/x');
    for (const s of ['hf:datasets/org/data', 'hf:/org/x', 'hf:token'])
      expect(classifyModel(s, 'strong', ctx)).toBeUndefined();
    // WebLLM's prebuilt ids name mlc-ai's repositories; a name without the quantisation token does not
    expect(classifyModel('Llama-3.2-1B-Instruct-q4f16_1-MLC', 'weak', ctx)?.id).toBe(
      'mlc-ai/Llama-3.2-1B-Instruct-q4f16_1-MLC',
    );
    expect(classifyModel('snowflake-arctic-embed-s-q0f32-MLC-b32', 'weak', ctx)?.id).toBe(
      'mlc-ai/snowflake-arctic-embed-s-q0f32-MLC',
    );
    for (const s of ['Llama-3.2-1B-MLC', 'q4f16_1-MLC', 'Llama-3.2-1B-Instruct-q4f16_1-MLC-extra'])
      expect(classifyModel(s, 'strong', ctx)).toBeUndefined();
    expect(classifyModel('https://huggingface.co/org/x/resolve/main/f.bin', 'strong', ctx)?.id).toBe('org/x');
    expect(classifyModel('https://hf-mirror.com/org/x/resolve/main/f.bin', 'strong', ctx)?.id).toBe('org/x');
    expect(classifyModel('https://example.com/org/x', 'strong', ctx)).toBeUndefined();
    expect(classifyModel('models/x', 'strong', ctx)).toBeUndefined();
    // hosted routes to Meta's models (Replicate, Vertex AI, NIM) are no Hub repositories in a weak position
    expect(classifyModel('meta/llama-3.1-405b-instruct-maas', 'weak', ctx)).toBeUndefined();
    expect(classifyModel('meta/some-model', 'strong', ctx)?.id).toBe('meta/some-model');
    // placeholders a reader is to replace are no dependency, wherever they are written
    for (const s of ['meta-llama/your-model-path', 'your-org/model', 'YOUR_HF_USERNAME/llama-ft', 'org/your_model'])
      for (const strength of ['strong', 'weak'] as const) expect(classifyModel(s, strength, ctx)).toBeUndefined();
    expect(classifyModel('yourtts/base', 'strong', ctx)?.id).toBe('yourtts/base');
    // ids made of the words that describe an id are templates (crewAI's docs: LLM(model="provider/model-id"))
    for (const s of ['provider/model-id', 'org/model-name', 'custom/model', 'owner/repo', 'organization/model_id'])
      for (const strength of ['strong', 'weak'] as const) expect(classifyModel(s, strength, ctx)).toBeUndefined();
    for (const s of ['meta/model', 'acme/model-name', 'org/llama-3-8b', 'custom/gpt2-finetuned'])
      expect(classifyModel(s, 'strong', ctx)?.id).toBe(s);
    // a constant's name standing for the reader's value (FlagEmbedding's C-MTEB notebook: SentenceTransformer("PATH_TO_MODEL"))
    for (const s of ['PATH_TO_MODEL', 'MODEL_NAME', 'YOUR_MODEL_ID'])
      expect(classifyModel(s, 'strong', ctx, { sentenceTransformers: true })).toBeUndefined();
    expect(classifyModel('acme/PATH_TO_MODEL', 'strong', ctx)).toBeUndefined();
    // named as a dataset: no model in a weak position (docling's DEFAULT_REPO_ID, given to snapshot_download(repo_type="dataset") through argparse)
    expect(classifyModel('docling-project/performance-dataset-bo767', 'weak', ctx)).toBeUndefined();
    expect(classifyModel('acme/chat_datasets', 'weak', ctx)).toBeUndefined();
    expect(classifyModel('acme/datasetgen-7b', 'weak', ctx)?.id).toBe('acme/datasetgen-7b');
    expect(classifyModel('docling-project/performance-dataset-bo767', 'strong', ctx)?.id).toBe(
      'docling-project/performance-dataset-bo767',
    );
    // real names in capitals stay names
    expect(classifyModel('LABSE', 'strong', ctx, { sentenceTransformers: true })?.id).toBe(
      'sentence-transformers/LABSE',
    );
    expect(classifyModel('BAAI/BGE_M3', 'strong', ctx)?.id).toBe('BAAI/BGE_M3');
    expect(classifyModel('facebook/DINO_V2_MODEL', 'strong', ctx)).toBeUndefined();
    for (const s of ['username/test-submodel', 'hf_username/llama-ft', 'user/model', 'USER-NAME/x'])
      expect(classifyModel(s, 'strong', ctx)).toBeUndefined();
    expect(classifyModel('usernames/model', 'strong', ctx)?.id).toBe('usernames/model');
    // not names: "not applicable", routes of HTTP APIs, Hugging Face storage buckets
    for (const s of ['N/A', 'n/a', 'api/tags', 'v1/models', 'v1beta/models', 'v2/models', 'hf://buckets/lerobot/urdfs'])
      for (const strength of ['strong', 'weak'] as const) expect(classifyModel(s, strength, ctx)).toBeUndefined();
    // media types: a request's headers beside the model's options
    for (const s of ['application/json', 'application/x-ndjson', 'text/event-stream', 'image/png', 'audio/wav'])
      for (const strength of ['strong', 'weak'] as const) expect(classifyModel(s, strength, ctx)).toBeUndefined();
    for (const s of ['text/text-model', 'audio/wav2vec2-base', 'image/pngnet'])
      expect(classifyModel(s, 'strong', ctx)?.id).toBe(s);
    expect(classifyModel('apple/DFN5B-CLIP-ViT-H-14', 'weak', ctx)?.id).toBe('apple/DFN5B-CLIP-ViT-H-14');
    expect(classifyModel('v1ctor/model', 'weak', ctx)?.id).toBe('v1ctor/model');
    // mmengine's (XTuner's, MMDetection's) output folder
    expect(classifyModel('work_dirs/gemma_2b_it_qlora_alpaca_e3_merged', 'strong', ctx)).toBeUndefined();
  });

  it('normalises Ollama names', () => {
    expect(ollamaId('Llama3.1:8B')).toBe('ollama:llama3.1:8b');
    expect(ollamaId('ollama:mistral')).toBe('ollama:mistral');
    expect(ollamaId('library/llama3:latest')).toBe('ollama:library/llama3:latest');
    expect(ollamaId('./x.gguf')).toBeUndefined();
    // a camelCase identifier (Flowise's node names), not a model; Ollama's names are lower case
    expect(ollamaId('chatOllama')).toBeUndefined();
    expect(ollamaId('azureChatOpenAI')).toBeUndefined();
    expect(ollamaId('mistral-openOrca')).toBe('ollama:mistral-openorca');
    expect(classifyOllama('hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M')).toEqual({
      id: 'bartowski/Llama-3.2-1B-Instruct-GGUF',
      kind: 'hub',
    });
  });

  it('knows which names hold models', () => {
    for (const n of [
      'MODEL_ID',
      'model',
      'modelName',
      'embedding_model',
      'BASE_MODEL',
      'HF_MODEL_ID',
      'repo_id',
      'checkpoint',
      '--model_name_or_path',
      'CANDIDATE_MODELS',
      'defaultModelSources',
      'MODEL_SOURCE',
      'doc_encoder_model',
    ])
      expect(isModelishName(n)).toBe(true);
    for (const n of [
      'MODEL_PATH',
      'model_dir',
      'SERVED_MODEL_NAME',
      'hub_model_id',
      'model_type',
      'output_model_dir',
      'DATASET_REPO_ID',
      'model_revision',
      'modelConfig',
      'modelSourceType',
      'model_source_dir',
      'dataSources',
      'source',
      '--doc_build_repo_id',
      'upload_repo_id',
      'DEST_MODEL_ID',
    ])
      expect(isModelishName(n)).toBe(false);
    expect(modelEnvKind('OLLAMA_MODEL')).toBe('ollama');
    expect(modelEnvKind('MODEL_NAME')).toBe('hub');
    expect(modelEnvKind('PORT')).toBeUndefined();
  });
});
