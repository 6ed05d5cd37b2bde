import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { ScannerSet, hasModelLiteral } from '../../src/discover/scan-file.js';
import { scanContext } from '../../src/scanners/context.js';
import { scanners } from '../../src/scanners/index.js';

const ctx = scanContext(loadCatalog());
const withNeedles = new ScannerSet(scanners);
// the same scanners without needles: every file they match is decoded and lexed
const plain = new ScannerSet(scanners.map((s) => ({ ...s, triggers: undefined })));

function scanBoth(path: string, data: Buffer) {
  const which = withNeedles.applicable(path);
  return { fast: withNeedles.scanData(path, data, which, ctx), full: plain.scanData(path, data, which, ctx) };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/** Files in which a model is named only next to the word "model" (no stronger needle). */
const WEAK_ONLY: Record<string, string> = {
  'a.py': 'model = "openai-community/gpt2"\n',
  'b.py': 'MODEL_NAME = "gpt2"\n\ndef load():\n    return MODEL_NAME\n',
  'c.py': 'CONFIG = {"model": "acme/sentiment-v2"}\n',
  'd.py': 'model_id = " acme/padded-model "\n',
  'e.py': 'model = "https://huggingface.co/acme/url-model"\n',
  'f.py': "model = 'hf-hub:timm/vit_base_patch16_224.augreg_in21k'\n",
  'g.ts': "export const modelId = 'acme/ts-model';\n",
  'h.ts': 'const options = { model: `acme/template-model` };\n',
  'i.ipynb': JSON.stringify({ cells: [{ cell_type: 'code', source: ['model_name = "acme/notebook-model"\n'] }], metadata: {}, nbformat: 4, nbformat_minor: 5 }),
};

describe('needles before lexing', () => {
  it('skip the lexers without changing any result, on every file of the test suite and of the sources', () => {
    // fixtures in every ecosystem, and model-gate's own TypeScript, which names models in many ways
    const root = process.cwd();
    let compared = 0;
    for (const file of [...filesUnder(join(root, '__tests__')), ...filesUnder(join(root, 'src'))]) {
      const path = relative(root, file).split('\\').join('/');
      const { fast, full } = scanBoth(path, readFileSync(file));
      expect({ path, refs: fast.references }).toEqual({ path, refs: full.references });
      compared++;
    }
    expect(compared).toBeGreaterThan(200);
  });

  it('still lex a file whose only needle is "model" when a string literal in it can name a model', () => {
    for (const [path, text] of Object.entries(WEAK_ONLY)) {
      const { fast, full } = scanBoth(path, Buffer.from(text));
      expect({ path, refs: fast.references }).toEqual({ path, refs: full.references });
      expect({ path, found: full.references.length > 0 }).toEqual({ path, found: true });
    }
  });

  it('do not lex Django-style code that says "model" without naming one', () => {
    const django = [
      'from django.db import models',
      '',
      'class Order(models.Model):',
      '    customer = models.ForeignKey("Customer", on_delete=models.CASCADE, related_name="orders")',
      '',
      'class OrderSerializer(serializers.ModelSerializer):',
      '    class Meta:',
      '        model = Order',
      '        fields = ["id", "customer"]',
      '',
    ].join('\n');
    expect(hasModelLiteral(django, ctx)).toBe(false);
    expect(hasModelLiteral(`${django}\nMODEL = "gpt2"\n`, ctx)).toBe(true);
    expect(hasModelLiteral(`${django}\nMODEL = "org/name"\n`, ctx)).toBe(true);
    // relative and scoped imports are not model names
    expect(hasModelLiteral("import { UserModel } from '../models/user';\nimport x from '@scope/pkg';\n", ctx)).toBe(false);
  });

  it('cost linear time on hostile input', () => {
    // long runs after many quotes, and unclosed literals: each run is read once (jest's timeout is the bound)
    const hostile = `${'"a'.repeat(200_000)}${' '.repeat(200_000)}'${'b'.repeat(300_000)}/`;
    expect(hasModelLiteral(hostile, ctx)).toBe(false);
  });
});
