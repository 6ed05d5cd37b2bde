import { describe, expect, it } from '@jest/globals';
import type { PipelineLibrary, PipelineTasks } from '../../src/catalog/rules.js';
import { javascript, python } from '../../src/scanners/index.js';
import type { ScanContext } from '../../src/scanners/types.js';
import { brief, ctx, dedent } from './helpers.js';

/** A context whose `pipeline(task)` tables are the given ones (none: the context has no tables). */
function withTables(tables?: Partial<Record<PipelineLibrary, PipelineTasks>>): ScanContext {
  if (!tables) return { isKnownModel: (id) => ctx.isKnownModel(id) };
  return { isKnownModel: (id) => ctx.isKnownModel(id), pipelineTasks: (library) => tables[library] };
}

const PY = `
  from transformers import pipeline

  classifier = pipeline("sentiment-analysis")
  captioner = pipeline("image-to-text")
  explicit = pipeline("text-generation", model="acme-labs/tiny-gpt")
`;
const JS = `
  import { pipeline } from "@huggingface/transformers";

  const classifier = await pipeline("sentiment-analysis");
  const translator = await pipeline("translation_en_to_fr");
  const explicit = await pipeline("feature-extraction", "acme-labs/tiny-embed");
`;

const scan = (code: string, path: string, c: ScanContext) =>
  brief((path.endsWith('.py') ? python : javascript).extract(dedent(code), path, c));

describe("`pipeline(task)` defaults are the catalog's data, read through the ScanContext", () => {
  it("reports each task's default from the tables the context gives, after the task's alias", () => {
    const c = withTables({
      transformers: {
        source: 'https://example.com/transformers',
        aliases: { 'sentiment-analysis': 'text-classification' },
        defaults: { 'text-classification': 'acme-labs/py-sentiment', 'image-to-text': 'acme-labs/py-captioner' },
      },
      'transformers.js': {
        source: 'https://example.com/transformers.js',
        aliases: { 'sentiment-analysis': 'text-classification' },
        defaults: { 'text-classification': 'acme-labs/js-sentiment', translation: 'acme-labs/js-translate' },
      },
    });
    expect(scan(PY, 'app/nlp.py', c)).toEqual([
      '3:14 hub acme-labs/py-sentiment',
      '4:13 hub acme-labs/py-captioner',
      '5:47 hub acme-labs/tiny-gpt',
    ]);
    expect(scan(JS, 'web/nlp.js', c)).toEqual([
      '3:26 hub acme-labs/js-sentiment',
      '4:26 hub acme-labs/js-translate',
      '5:56 hub acme-labs/tiny-embed',
    ]);
  });

  it('reports no default without tables (a context of its own), and still the models given', () => {
    expect(scan(PY, 'app/nlp.py', withTables())).toEqual(['5:47 hub acme-labs/tiny-gpt']);
    expect(scan(JS, 'web/nlp.js', withTables())).toEqual(['5:56 hub acme-labs/tiny-embed']);
  });

  it("reads a library's own table only: transformers.js's defaults are not transformers'", () => {
    const c = withTables({
      'transformers.js': { source: 'https://example.com/t.js', defaults: { 'image-to-text': 'acme-labs/js-cap' } },
    });
    expect(scan(PY, 'app/nlp.py', c)).toEqual(['5:47 hub acme-labs/tiny-gpt']);
  });

  it('gives nothing for a task named like an inherited property, or an alias the table does not list', () => {
    const c = withTables({
      transformers: { source: 'https://example.com/t', defaults: { 'text-classification': 'acme-labs/x' } },
    });
    const code = `
      from transformers import pipeline

      a = pipeline("constructor")
      b = pipeline("__proto__")
      c = pipeline("sentiment-analysis")
    `;
    expect(scan(code, 'app/a.py', c)).toEqual([]);
  });

  it('the shipped tables give the defaults of transformers and transformers.js', () => {
    expect(scan(PY, 'app/nlp.py', ctx)).toEqual([
      '3:14 hub distilbert/distilbert-base-uncased-finetuned-sst-2-english',
      '4:13 hub ydshieh/vit-gpt2-coco-en',
      '5:47 hub acme-labs/tiny-gpt',
    ]);
    expect(scan(JS, 'web/nlp.js', ctx)).toEqual([
      '3:26 hub Xenova/distilbert-base-uncased-finetuned-sst-2-english',
      '4:26 hub Xenova/t5-small',
      '5:56 hub acme-labs/tiny-embed',
    ]);
  });
});
