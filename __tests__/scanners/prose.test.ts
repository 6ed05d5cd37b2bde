import { describe, expect, it } from '@jest/globals';
import { markdown } from '../../src/scanners/markdown/index.js';
import { assertPositions, brief, ctx, dedent } from './helpers.js';

/** Model ids that documentation names in its prose (CONTRACT §3: listed as mentions, never evaluated). */
describe('markdown scanner: ids named in prose', () => {
  it("finds a README's catalog-known ids in sentences, inline code and tables", () => {
    const doc = dedent(`
      # Chat demo

      We serve \`meta-llama/Llama-3.1-8B-Instruct\` and fall back to Qwen/Qwen2.5-7B-Instruct.

      | model | used for |
      | --- | --- |
      | **Qwen/Qwen2.5-7B-Instruct** | code review |
      | [Llama](https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct) | chat |

      The full stop after an id is not part of it: meta-llama/Llama-3.1-8B-Instruct.
    `);
    const refs = markdown.scan(doc, 'docs/models.md', ctx).references;
    assertPositions(doc, refs);
    expect(brief(refs)).toEqual([
      '3:11 hub meta-llama/Llama-3.1-8B-Instruct',
      '3:62 hub Qwen/Qwen2.5-7B-Instruct',
      '7:5 hub Qwen/Qwen2.5-7B-Instruct',
      '10:46 hub meta-llama/Llama-3.1-8B-Instruct',
    ]);
  });

  it('leaves what only looks like an id: unknown names, paths, addresses, prefixed ids, and/or', () => {
    const doc = dedent(`
      Clone acme/private-tools and/or read the input/output notes in src/models/Qwen/Qwen2.5-7B-Instruct.
      Weights: https://huggingface.co/Qwen/Qwen2.5-7B-Instruct (the url scanner's), hf:meta-llama/Llama-3.1-8B-Instruct,
      ollama:Qwen/Qwen2.5-7B-Instruct, @meta-llama/Llama-3.1-8B-Instruct, ./Qwen/Qwen2.5-7B-Instruct,
      meta-llama/Llama-3.1-8B-Instruct-abliterated-v2-by-someone and Qwen/Qwen2.5-7B-Instruct/tree/main.
    `);
    expect(markdown.scan(doc, 'README.md', ctx).references).toEqual([]);
  });

  it("does not read Meta's evaluation datasets (`-evals`) as the Llama models they are named after", () => {
    // a catalog whose family rule covers every variant of Llama 3.1 8B, as the real one does
    const family = { isKnownModel: (id: string) => /^meta-llama\/Llama-3\.1-8B(?:-|$)/i.test(id) };
    const doc = dedent(`
      Compare with Meta's reported numbers (meta-llama/Llama-3.1-8B-Instruct-evals), then serve
      meta-llama/Llama-3.1-8B-Instruct.
    `);
    expect(brief(markdown.scan(doc, 'eval/README.md', family).references)).toEqual([
      '2:1 hub meta-llama/Llama-3.1-8B-Instruct',
    ]);
  });

  it('lists an id once when a code block loads it', () => {
    const doc = dedent(`
      \`\`\`python
      model = AutoModelForCausalLM.from_pretrained("meta-llama/Llama-3.1-8B-Instruct")
      \`\`\`
    `);
    expect(brief(markdown.scan(doc, 'README.md', ctx).references)).toEqual([
      '2:47 hub meta-llama/Llama-3.1-8B-Instruct',
    ]);
  });

  it('reads a text file as prose', () => {
    expect(
      brief(markdown.scan('Evaluated with Qwen/Qwen2.5-7B-Instruct.\n', 'notes/eval.txt', ctx).references),
    ).toEqual(['1:16 hub Qwen/Qwen2.5-7B-Instruct']);
  });

  it("reads a notebook's Markdown cells, not its code cells, and marks what they name as mentions", () => {
    const nb = JSON.stringify(
      {
        cells: [
          {
            cell_type: 'markdown',
            metadata: {},
            source: [
              '# Fine-tuning\n',
              'We start from `Qwen/Qwen2.5-7B-Instruct`:\n',
              '```python\n',
              'tok = AutoTokenizer.from_pretrained("gpt2")\n',
              '```\n',
            ],
          },
          {
            cell_type: 'code',
            metadata: {},
            execution_count: null,
            outputs: [],
            source: ['m = load("meta-llama/Llama-3.1-8B-Instruct")\n'],
          },
        ],
        metadata: {},
        nbformat: 4,
        nbformat_minor: 5,
      },
      null,
      1,
    );
    const refs = markdown.scan(nb, 'train.ipynb', ctx).references;
    assertPositions(nb, refs);
    expect(brief(refs)).toEqual(['8:21 hub Qwen/Qwen2.5-7B-Instruct mention', '10:44 hub gpt2 mention']);
  });
});
