import { describe, expect, it } from '@jest/globals';
import { config, http, javascript, modelfile, python, shell, suppressionHint, url } from '../../src/scanners/index.js';
import type { Scanner } from '../../src/scanners/types.js';
import { sortAndDedupe } from '../../src/scanners/common/text.js';
import type { ModelReference } from '../../src/core/types.js';
import { brief, ctx, dedent } from './helpers.js';

const scan = (s: Scanner, path: string, text: string) => brief(s.extract(dedent(text), path, ctx));

describe('mentions: models named in documentation inside code files', () => {
  it('flags addresses in notebook Markdown cells, and in comments and docstrings of code cells', () => {
    const nb = JSON.stringify(
      {
        cells: [
          {
            cell_type: 'markdown',
            metadata: {},
            source: ['# Models\n', 'We compare with [Mistral](https://huggingface.co/mistralai/Mistral-7B-v0.1).\n'],
          },
          {
            cell_type: 'code',
            metadata: {},
            source: [
              '# weights: https://huggingface.co/google/gemma-2-2b-it\n',
              'tok = AutoTokenizer.from_pretrained("https://huggingface.co/google/gemma-2-2b-it")\n',
            ],
            outputs: [{ output_type: 'stream', text: ['Downloading https://huggingface.co/some/other-model\n'] }],
          },
        ],
      },
      null,
      1,
    );
    expect(brief(url.extract(nb, 'nb/demo.ipynb', ctx))).toEqual([
      '8:32 hub mistralai/Mistral-7B-v0.1 mention',
      '15:17 hub google/gemma-2-2b-it mention',
      // a page address in code is a link for this scanner; the Python scanner reports the load of from_pretrained
      '16:44 hub google/gemma-2-2b-it mention',
    ]);
    expect(brief(python.extract(nb, 'nb/demo.ipynb', ctx))).toContainEqual(
      expect.stringMatching(/^16:\d+ hub google\/gemma-2-2b-it$/),
    );
  });

  it("a database migration's references are mentions (Django, Alembic): the history of a schema; the app's models stay loads", () => {
    const migration = `
      from django.db import migrations, models


      def remove_hermes(apps, schema_editor):
          ChatModelOptions = apps.get_model("database", "ChatModelOptions")
          ChatModelOptions.objects.filter(chat_model="Qwen/Qwen2.5-7B-Instruct").delete()


      class Migration(migrations.Migration):
          dependencies = [("database", "0057_remove_old_models")]
          operations = [
              migrations.AlterField(
                  model_name="chatmodeloptions",
                  name="chat_model",
                  field=models.CharField(default="meta-llama/Llama-3.1-8B-Instruct", max_length=200),
              ),
              migrations.RunPython(remove_hermes),
          ]
    `;
    const app = `
      from django.db import models
      from sentence_transformers import SentenceTransformer

      class SearchModel(models.Model):
          bi_encoder = models.CharField(default="meta-llama/Llama-3.1-8B-Instruct", max_length=200)

      encoder = SentenceTransformer("Qwen/Qwen2.5-7B-Instruct")
    `;
    const loads = scan(python, 'src/khoj/database/models/__init__.py', app);
    expect(loads).toContain('7:32 hub Qwen/Qwen2.5-7B-Instruct');
    expect(loads.every((r) => !r.endsWith(' mention'))).toBe(true);
    const history = scan(python, 'src/khoj/database/migrations/0058_alter_chatmodeloptions_chat_model.py', migration);
    expect(history.length).toBeGreaterThan(0);
    expect(history.every((r) => r.endsWith(' mention'))).toBe(true);
    // the same code outside a migrations folder, or a file there that is no migration, is read as code
    expect(
      scan(python, 'src/khoj/database/adapters/0058_cleanup.py', migration).some((r) => !r.endsWith(' mention')),
    ).toBe(true);
    expect(
      scan(
        python,
        'app/migrations/0001_notes.py',
        migration.replace('from django.db import migrations, models', 'import os'),
      ).some((r) => !r.endsWith(' mention')),
    ).toBe(true);
    const alembic = `
      from alembic import op
      import sqlalchemy as sa

      def upgrade():
          op.add_column("bots", sa.Column("model", sa.String(), server_default="Qwen/Qwen2.5-7B-Instruct"))
    `;
    expect(scan(python, 'alembic/versions/3f2a_add_model.py', alembic).every((r) => r.endsWith(' mention'))).toBe(true);
  });

  it('model page addresses in code are links (a model registry, a UI); file addresses and Inference API addresses are loads', () => {
    const registry = `
      register_model_info(
          ["smaug-2-72b"],
          "Smaug-2-72B",
          "https://huggingface.co/abacusai/Smaug-2-72B",
          "An open model trained by Abacus.AI.",
      )
      WEIGHTS = "https://huggingface.co/TheBloke/Llama-2-7B-GGUF/resolve/main/llama-2-7b.Q4_K_M.gguf"
      API_URL = "https://api-inference.huggingface.co/models/google/flan-t5-xxl"
    `;
    expect(scan(url, 'fastchat/model/model_registry.py', registry)).toEqual([
      '4:6 hub abacusai/Smaug-2-72B mention',
      '7:12 hub TheBloke/Llama-2-7B-GGUF@main',
      '8:12 hub google/flan-t5-xxl',
    ]);
    expect(
      scan(
        url,
        'web/src/ModelCard.tsx',
        'export const link = <a href="https://huggingface.co/Xenova/whisper-tiny">model</a>;\n',
      ),
    ).toEqual(['1:30 hub Xenova/whisper-tiny mention']);
    // in a shell script or a Dockerfile a page address is cloned or downloaded: a load
    expect(
      scan(url, 'scripts/fetch.sh', 'git clone https://huggingface.co/BAAI/bge-small-en-v1.5 models/bge\n'),
    ).toEqual(['1:11 hub BAAI/bge-small-en-v1.5']);
  });

  it('flags addresses in Python comments and docstrings, and in JavaScript comments', () => {
    expect(
      scan(
        url,
        'app/models.py',
        `
        """Chat service.

        Based on https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct
        """
        URL = "https://huggingface.co/Qwen/Qwen2.5-7B-Instruct/resolve/main/config.json"  # see https://hf.co/Qwen/Qwen2.5-7B
      `,
      ),
    ).toEqual([
      '3:10 hub meta-llama/Llama-3.1-8B-Instruct mention',
      '5:8 hub Qwen/Qwen2.5-7B-Instruct@main',
      '5:89 hub Qwen/Qwen2.5-7B mention',
    ]);
    expect(
      scan(
        url,
        'web/a.ts',
        `
        // model card: https://huggingface.co/Xenova/gpt2
        /** https://hf.co/Xenova/t5-small */
        const u = 'https://huggingface.co/Xenova/bert-base-uncased/resolve/main/onnx/model.onnx';
      `,
      ),
    ).toEqual([
      '1:16 hub Xenova/gpt2 mention',
      '2:5 hub Xenova/t5-small mention',
      '3:12 hub Xenova/bert-base-uncased@main',
    ]);
  });
});

describe('suppression in every file type a scanner reads', () => {
  const cases: Array<[Scanner, string, string]> = [
    [
      url,
      'docs/models.md',
      '<!-- model-gate: ignore -->\nSee https://huggingface.co/org/one\nAlso https://huggingface.co/org/two <!-- model-gate-ignore -->\n',
    ],
    [config, 'config.yaml', '# model-gate: ignore\nbase_model: org/one\nbase_model_2: org/two # model-gate: ignore\n'],
    [shell, '.env', '# model-gate: ignore\nMODEL_ID=org/one\nHF_MODEL_ID=org/two # model-gate: ignore\n'],
    [
      config,
      'settings.ini',
      '[llm]\n; model-gate: ignore\nmodel_name = org/one\nmodel_id = org/two ; model-gate: ignore\n',
    ],
    [http, 'api.http', '# model-gate: ignore\nPOST http://localhost:11434/api/generate\n\n{"model": "llama3.2"}\n'],
    [
      shell,
      'Dockerfile',
      'FROM python:3.12\n# model-gate: ignore\nRUN huggingface-cli download org/one\nENV MODEL_ID=org/two # model-gate: ignore\n',
    ],
    [modelfile, 'Modelfile', '# model-gate: ignore\nFROM llama3.2\n'],
    [
      python,
      'app.py',
      '# model-gate: ignore\na = AutoModel.from_pretrained("org/one")\nb = AutoModel.from_pretrained("org/two")  # model-gate: ignore\n',
    ],
    [
      javascript,
      'app.ts',
      '// model-gate: ignore\nconst a = await pipeline("x", "org/one");\n/* model-gate: ignore */\nconst b = await AutoModel.from_pretrained("org/two");\n',
    ],
    [
      javascript,
      'page.html',
      '<script type="module">\n// model-gate: ignore\nconst a = await AutoModel.from_pretrained("org/one");\n</script>\n',
    ],
    [config, 'charts/x/templates/_helpers.tpl', '{{/* model-gate: ignore */}}\nbase_model: org/one\n'],
  ];
  it.each(cases.map(([scanner, path, text]) => [scanner.name, path, scanner, text] as const))(
    '%s scanner in %s',
    (_name, path, scanner, text) => {
      // each file holds references, all suppressed
      expect(scanner.extract(text.replace(/model-gate[:-] ?ignore/g, 'nothing'), path, ctx).length).toBeGreaterThan(0);
      expect(scanner.extract(text, path, ctx)).toEqual([]);
    },
  );

  it('gives the comment to write for each file type', () => {
    expect(suppressionHint('docs/models.md')).toBe('<!-- model-gate: ignore -->');
    expect(suppressionHint('README.rst')).toBe('.. model-gate: ignore');
    expect(suppressionHint('app/main.py')).toBe('# model-gate: ignore');
    expect(suppressionHint('nb/demo.ipynb')).toBe('# model-gate: ignore');
    expect(suppressionHint('src/a.ts')).toBe('// model-gate: ignore');
    expect(suppressionHint('deploy/compose.yaml')).toBe('# model-gate: ignore');
    expect(suppressionHint('.env.production')).toBe('# model-gate: ignore');
    expect(suppressionHint('Dockerfile')).toBe('# model-gate: ignore');
    expect(suppressionHint('deploy/Modelfile')).toBe('# model-gate: ignore');
    expect(suppressionHint('settings.ini')).toBe('; model-gate: ignore');
    expect(suppressionHint('requests/api.http')).toBe('# model-gate: ignore');
    expect(suppressionHint('index.html')).toBe('<!-- model-gate: ignore -->');
    expect(suppressionHint('charts/x/templates/_helpers.tpl')).toBe('{{/* model-gate: ignore */}}');
    expect(suppressionHint('adapter_config.json')).toBeUndefined();
  });
});

describe('one id at one place, found by two scanners', () => {
  // with scan workers, a file's scanners may answer from two threads, in either order
  const load: ModelReference = {
    id: 'acme/web-model-MLC',
    kind: 'hub',
    scanner: 'javascript',
    path: 'src/config.ts',
    line: 3,
    column: 16,
  };
  const mention: ModelReference = { ...load, scanner: 'url', mention: true };
  const orders = <T>(a: T, b: T) => [
    [a, b],
    [b, a],
  ];

  it('is one load, whatever order the scanners answered in', () => {
    for (const refs of orders(load, mention)) expect(sortAndDedupe(refs.map((r) => ({ ...r })))).toEqual([load]);
  });

  it('is one load naming the revision either names', () => {
    const pinned = { ...mention, revision: 'a'.repeat(40) };
    for (const refs of orders(load, pinned))
      expect(sortAndDedupe(refs.map((r) => ({ ...r })))).toEqual([{ ...load, revision: 'a'.repeat(40) }]);
  });

  it('keeps the same reference of two loads in either order', () => {
    const other = { ...load, scanner: 'url' };
    for (const refs of orders(load, other)) expect(sortAndDedupe(refs.map((r) => ({ ...r })))).toEqual([load]);
  });
});
