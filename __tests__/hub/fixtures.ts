/** Commits shared by the Hub tests. */
export const SHA_A = '0e9e39f249a16976918f6564b8830bc894c89659';
export const SHA_B = '1111111111111111111111111111111111111111';

/**
 * The shape of a large real answer of `GET /api/models/{id}`: a popular gated model whose repository holds many
 * checkpoints (`siblings`), used by many Spaces (`spaces`), with a long chat template (`config`) and a long gating
 * prompt holding the license text (`cardData.extra_gated_prompt`).
 */
export function largeModelInfo(id: string, { files = 5000, spaces = 3000 } = {}): Record<string, unknown> {
  const [org] = id.split('/');
  const siblings = [
    { rfilename: '.gitattributes' },
    { rfilename: 'LICENSE' },
    { rfilename: 'README.md' },
    { rfilename: 'USE_POLICY.md' },
    { rfilename: 'config.json' },
    { rfilename: 'generation_config.json' },
    { rfilename: 'tokenizer.json' },
    { rfilename: 'tokenizer_config.json' },
    { rfilename: 'special_tokens_map.json' },
  ];
  for (let i = 0; siblings.length < files; i++) {
    const step = String((Math.floor(i / 8) + 1) * 500).padStart(7, '0');
    siblings.push({
      rfilename: `checkpoints/step_${step}/model-${String((i % 8) + 1).padStart(5, '0')}-of-00008.safetensors`,
    });
  }
  const words = ['chat', 'demo', 'playground', 'arena', 'rag', 'assistant', 'summarizer', 'translator'];
  const spaceIds = Array.from(
    { length: spaces },
    (_, i) => `user${(i * 7919) % 100000}/${words[i % words.length]}-${words[(i >> 3) % words.length]}-${i}`,
  );
  const licenseText = 'You agree to the license terms and the acceptable use policy of this model. '.repeat(160);
  return {
    _id: '66969a1e6f4a7a0a1b2c3d4e',
    id,
    modelId: id,
    author: org,
    sha: SHA_A,
    lastModified: '2024-09-25T17:00:57.000Z',
    createdAt: '2024-07-18T08:56:00.000Z',
    private: false,
    disabled: false,
    gated: 'manual',
    downloads: 5_678_901,
    likes: 4321,
    library_name: 'transformers',
    pipeline_tag: 'text-generation',
    tags: [
      'transformers',
      'safetensors',
      'llama',
      'text-generation',
      'facebook',
      'meta',
      'pytorch',
      'llama-3',
      'conversational',
      'en',
      'de',
      'fr',
      'it',
      'pt',
      'hi',
      'es',
      'th',
      'arxiv:2204.05149',
      'base_model:meta-llama/Llama-3.1-8B',
      'base_model:finetune:meta-llama/Llama-3.1-8B',
      'license:llama3.1',
      'autotrain_compatible',
      'text-generation-inference',
      'endpoints_compatible',
      'region:us',
    ],
    config: {
      architectures: ['LlamaForCausalLM'],
      model_type: 'llama',
      tokenizer_config: {
        bos_token: '<|begin_of_text|>',
        eos_token: '<|eot_id|>',
        chat_template:
          "{{- bos_token }}\n{%- for message in messages %}{{- '<|start_header_id|>' + message['role'] + '<|end_header_id|>\\n\\n' + message['content'] | trim + '<|eot_id|>' }}{%- endfor %}\n".repeat(
            40,
          ),
      },
    },
    cardData: {
      language: ['en', 'de', 'fr', 'it', 'pt', 'hi', 'es', 'th'],
      license: 'llama3.1',
      base_model: 'meta-llama/Llama-3.1-8B',
      pipeline_tag: 'text-generation',
      tags: ['facebook', 'meta', 'pytorch', 'llama', 'llama-3'],
      extra_gated_prompt: licenseText,
      extra_gated_fields: {
        'First Name': 'text',
        'Last Name': 'text',
        'Date of birth': 'date_picker',
        Country: 'country',
        Affiliation: 'text',
        'Job title': { type: 'select', options: ['Student', 'Research Graduate', 'AI researcher', 'Other'] },
        geo: 'ip_location',
      },
      extra_gated_button_content: 'Submit',
    },
    widgetData: [{ text: 'My name is Julien and I like to' }, { text: 'Once upon a time,' }],
    transformersInfo: {
      auto_model: 'AutoModelForCausalLM',
      pipeline_tag: 'text-generation',
      processor: 'AutoTokenizer',
    },
    safetensors: { parameters: { BF16: 8_030_261_248 }, total: 8_030_261_248 },
    siblings,
    spaces: spaceIds,
    inference: 'warm',
    usedStorage: 64_250_023_112,
  };
}
