import { describe, expect, it } from '@jest/globals';
import { config } from '../../src/scanners/config/index.js';
import { python } from '../../src/scanners/index.js';
import { scanWith } from './helpers.js';
import { loadCatalog } from '../../src/catalog/catalog.js';

describe("a JSON Schema's conditional branch that a hosted service selects", () => {
  // an editor extension's settings schema: each provider's branch lists the model ids its API accepts
  const SCHEMA = `{
  "definitions": {
    "ModelDescription": {
      "type": "object",
      "properties": {
        "provider": { "enum": ["ollama", "siliconflow", "huggingface-tgi", "groq"] },
        "model": { "type": "string" }
      },
      "allOf": [
        {
          "if": { "properties": { "provider": { "enum": ["siliconflow"] } }, "required": ["provider"] },
          "then": {
            "properties": {
              "model": {
                "enum": ["Qwen/Qwen2.5-7B-Instruct", "meta-llama/Llama-3.1-8B-Instruct", "Pro/Qwen/Qwen2.5-7B-Instruct"]
              }
            }
          }
        },
        {
          "if": { "properties": { "provider": { "const": "groq" } } },
          "then": { "properties": { "model": { "default": "meta-llama/Llama-3.1-8B-Instruct" } } }
        },
        {
          "if": { "properties": { "name": { "enum": ["siliconflow"] } }, "required": ["name"] },
          "then": {
            "properties": {
              "params": {
                "type": "object",
                "properties": { "model": { "enum": ["Qwen/Qwen2.5-7B-Instruct"], "default": "Qwen/Qwen2.5-7B-Instruct" } }
              }
            }
          }
        }
      ]
    }
  }
}`;

  it("reads the ids a provider's branch lists as that service's models, not Hub weights", () => {
    expect(scanWith(config, 'extensions/editor/config_schema.json')(SCHEMA)).toEqual([
      '15:27 hosted(siliconflow) Qwen/Qwen2.5-7B-Instruct',
      '15:55 hosted(siliconflow) meta-llama/Llama-3.1-8B-Instruct',
      '22:60 hosted(groq) meta-llama/Llama-3.1-8B-Instruct',
      '30:54 hosted(siliconflow) Qwen/Qwen2.5-7B-Instruct',
      '30:94 hosted(siliconflow) Qwen/Qwen2.5-7B-Instruct',
    ]);
  });

  it('leaves a branch that no single service selects as it was (Hub ids stay Hub models)', () => {
    const OTHER = `{
  "allOf": [
    {
      "if": { "properties": { "provider": { "enum": ["huggingface-tgi"] } } },
      "then": { "properties": { "model": { "enum": ["Qwen/Qwen2.5-7B-Instruct"] } } }
    },
    {
      "if": { "properties": { "provider": { "enum": ["groq", "together"] } } },
      "then": { "properties": { "model": { "enum": ["meta-llama/Llama-3.1-8B-Instruct"] } } }
    },
    {
      "if": { "properties": { "kind": { "const": "local" } } },
      "else": { "properties": { "model": { "default": "Qwen/Qwen2.5-7B-Instruct" } } }
    }
  ]
}`;
    expect(scanWith(config, 'schema.json')(OTHER)).toEqual([
      '5:54 hub Qwen/Qwen2.5-7B-Instruct',
      '9:54 hub meta-llama/Llama-3.1-8B-Instruct',
      '13:56 hub Qwen/Qwen2.5-7B-Instruct',
    ]);
  });
});

describe("Cohere's open weights published under its API's names", () => {
  it('reads `CohereLabs/command-a-vision-07-2025` in a list of models as the Hub repository it is', () => {
    const VALUES = `envVars:
  MODELS: >
    [
      { "id": "CohereLabs/command-a-vision-07-2025", "description": "vision and documents" },
      { "id": "CohereLabs/command-a-reasoning-08-2025", "description": "reasoning" },
      { "id": "CohereForAI/c4ai-command-r-08-2024", "description": "retrieval" },
      { "id": "anthropic/claude-3-5-sonnet-20241022", "description": "a gateway route" },
      { "id": "xai-org/grok-2", "description": "open weights" }
    ]
`;
    expect(scanWith(config, 'chart/env/prod.yaml')(VALUES)).toEqual([
      '4:16 hub CohereLabs/command-a-vision-07-2025',
      '5:16 hub CohereLabs/command-a-reasoning-08-2025',
      '6:16 hub CohereForAI/c4ai-command-r-08-2024',
      '8:16 hub xai-org/grok-2',
    ]);
  });

  it("still reads Cohere's API names on Cohere's client as its API", () => {
    expect(
      scanWith(
        python,
        'chat.py',
      )(`
        import cohere

        co = cohere.ClientV2()
        res = co.chat(model="command-a-vision-07-2025", messages=[])
      `),
    ).toEqual(['4:22 hosted(cohere) command-a-vision-07-2025']);
  });
});

describe("OpenCLIP's architecture and pretrained tag side by side in a config", () => {
  // a latent diffusion config in the sgm layout: the text encoders' targets with their parameters
  const SDXL = `model:
  target: sgm.models.diffusion.DiffusionEngine
  params:
    conditioner_config:
      target: sgm.modules.GeneralConditioner
      params:
        emb_models:
          - is_trainable: False
            input_key: txt
            target: sgm.modules.encoders.modules.FrozenCLIPEmbedder
            params:
              layer: hidden
              layer_idx: 11
          - is_trainable: False
            input_key: txt
            target: sgm.modules.encoders.modules.FrozenOpenCLIPEmbedder2
            params:
              arch: ViT-bigG-14
              version: laion2b_s39b_b160k
              freeze: True
              layer: penultimate
`;

  it('reads the pair as the Hub repository open_clip downloads (at the tag)', () => {
    expect(scanWith(config, 'configs/inference/xl_base.yaml')(SDXL)).toEqual([
      '19:24 hub laion/CLIP-ViT-bigG-14-laion2B-39B-b160k',
    ]);
  });

  it('reads the ldm layout and a JSON config too', () => {
    const LDM = `model:
  params:
    cond_stage_config:
      target: ldm.modules.encoders.modules.FrozenOpenCLIPEmbedder
      params:
        freeze: True
        layer: "penultimate"
        arch: "ViT-H-14"
        version: "laion2b_s32b_b79k"
`;
    expect(scanWith(config, 'configs/v2-inference.yaml')(LDM)).toEqual([
      '9:19 hub laion/CLIP-ViT-H-14-laion2B-s32B-b79K',
    ]);
    expect(
      scanWith(config, 'retrieval.json')(`{"clip_model": "ViT-B-32", "clip_pretrained": "laion2b_s34b_b79k", "k": 8}`),
    ).toEqual(['1:48 hub laion/CLIP-ViT-B-32-laion2B-s34B-b79K']);
  });

  it('reads nothing from a pair open_clip does not publish, or from other architectures and versions', () => {
    const OTHER = `encoder:
  arch: ViT-H-14
  version: 2
backbone:
  arch: resnet50
  pretrained: true
clip:
  model: ViT-B-32-quickgelu
  pretrained: laion2b_s34b_b79k
`;
    expect(scanWith(config, 'train.yaml')(OTHER)).toEqual([]);
  });
});

describe('models the audited repositories load that were `license.unknown` offline (audit33)', () => {
  const catalog = loadCatalog();
  it.each([
    ['HuggingFaceM4/idefics2-8b-chatty', 'apache-2.0'],
    ['answerdotai/answerai-colbert-small-v1', 'apache-2.0'],
    ['vidore/colqwen2-v0.1', 'mit'],
  ])('%s is a catalog entry: %s', (id, license) => {
    const m = catalog.lookup(id);
    expect(m).toMatchObject({ match: 'exact', model: { id, license } });
    expect(m!.model.source).toMatch(/^https:\/\/huggingface\.co\//);
  });
});
