import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { check } from '../../src/engine/check.js';
import { schemaValidator } from '../../src/core/validate.js';
import { loadPolicy } from '../../src/policy/load.js';
import { renderText } from '../../src/report/text.js';
import { testCatalog } from '../helpers/catalog.js';

const catalog = testCatalog();
const tmps: string[] = [];
afterAll(() => tmps.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'model-gate-ns-'));
  tmps.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

describe('check: what was not scanned, and ignore rules from the base', () => {
  it('lists skipped files with their reasons in the report and counts them in the text report', async () => {
    const root = tree({
      'ok.py': 'from transformers import AutoModel\nAutoModel.from_pretrained("openai-community/gpt2")\n',
      'line\nbreak.py': 'AutoModel.from_pretrained("acme/hidden")\n',
      'latin1.py': Buffer.concat([
        Buffer.from('# \xe9\n', 'latin1'),
        Buffer.from('AutoModel.from_pretrained("acme/latin1")\n'),
      ]),
      'weights.bin': Buffer.from([0, 1, 2]),
    });
    const policy = await loadPolicy('default', { cwd: root, catalog });
    const report = await check({ root, policy, catalog });
    expect(schemaValidator('report')(report)).toBe(true);
    expect(report.not_scanned?.map((x) => x.path)).toEqual(['latin1.py', 'line\nbreak.py']);
    expect(report.models.map((m) => m.id)).toEqual(expect.arrayContaining(['acme/latin1', 'openai-community/gpt2']));
    expect(renderText(report, { color: false })).toMatch(/^Not scanned: 2 files: /m);
  });

  it('scans a notebook over 1 MiB whose size is its outputs: the model its cell loads is found', async () => {
    const cell = (source: string[], outputs: unknown[]) => ({ cell_type: 'code', metadata: {}, outputs, source });
    const png = {
      data: { 'image/png': 'iVBORw0KGgo'.padEnd(2_500_000, 'A') },
      metadata: {},
      output_type: 'display_data',
    };
    const root = tree({
      'cookbooks/document_parsing.ipynb': JSON.stringify(
        {
          cells: [
            cell(
              [
                'import torch\n',
                'from transformers import Qwen2_5_VLForConditionalGeneration, AutoProcessor\n',
                'model_path = "Qwen/Qwen2.5-VL-72B-Instruct"\n',
                'model = Qwen2_5_VLForConditionalGeneration.from_pretrained(model_path, torch_dtype=torch.bfloat16)',
              ],
              [],
            ),
            cell(['image = Image.open(img_url)\n', 'display(image)'], [png]),
          ],
          metadata: {},
          nbformat: 4,
          nbformat_minor: 5,
        },
        null,
        1,
      ),
    });
    const policy = await loadPolicy('default', { cwd: root, catalog });
    const report = await check({ root, policy, catalog });
    expect(report.not_scanned ?? []).toEqual([]);
    expect(report.models.map((m) => [m.id, m.locations])).toEqual([
      ['Qwen/Qwen2.5-VL-72B-Instruct', [{ path: 'cookbooks/document_parsing.ipynb', line: 10 }]],
    ]);
  });

  it('takes ignore rules from ignoreRoot: a .gitignore added by the pull request hides nothing', async () => {
    const pr = tree({
      '.gitignore': '*.py\n',
      'app/load.py': 'from transformers import AutoModel\n\nmodel = AutoModel.from_pretrained("acme/pr-model")\n',
    });
    const base = tree({ '.gitignore': 'build/\n' });
    const policy = await loadPolicy('default', { cwd: pr, catalog });
    const hidden = await check({ root: pr, policy, catalog });
    expect(hidden.models.map((m) => m.id)).toEqual([]);
    // never silently: without git to say the file is tracked, what the rules hid is listed as not scanned
    expect(hidden.not_scanned).toEqual([
      {
        path: 'app/load.py',
        reason:
          'matched .gitignore, and no git work tree says whether it is tracked; check a clone to scan tracked files',
      },
    ]);
    expect(renderText(hidden, { color: false })).toMatch(/^Not scanned: 1 file: app\/load\.py \(matched \.gitignore/m);
    const seen = await check({ root: pr, policy, catalog, ignoreRoot: base });
    expect(seen.models.map((m) => m.id)).toEqual(['acme/pr-model']);
    expect(seen.not_scanned).toBeUndefined();
  });
});
