import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadCatalog } from '../../src/catalog/catalog.js';
import picomatch from 'picomatch';
import { globMatcher } from '../../src/core/glob.js';
import { ScannerSet } from '../../src/discover/scan-file.js';
import { scanContext } from '../../src/scanners/context.js';
import { scanners } from '../../src/scanners/index.js';

const ctx = scanContext(loadCatalog());
const withNeedles = new ScannerSet(scanners);
// the same scanners without needles or pre-filters: every file they match is decoded and lexed
const plain = new ScannerSet(scanners.map((s) => ({ ...s, triggers: undefined, mayHold: undefined })));

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
  'i.ipynb': JSON.stringify({
    cells: [{ cell_type: 'code', source: ['model_name = "acme/notebook-model"\n'] }],
    metadata: {},
    nbformat: 4,
    nbformat_minor: 5,
  }),
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

  it('match each file glob as picomatch does', () => {
    const paths = [
      'a.py',
      'src/b.PY',
      '.env',
      'x/.env.local',
      'Dockerfile',
      'ops/Dockerfile.prod',
      'app.dockerfile',
      'Modelfile',
      'x/modelfile',
      'a.py.txt',
      'py',
      'dir.py/file',
      'deep/a/b/c.ts',
      'c.d.ts',
      'Makefile',
      'x.mk',
      'justfile',
      'a.yaml',
      'b.yml.bak',
    ];
    for (const scanner of scanners) {
      for (const glob of scanner.fileMatch) {
        const fast = globMatcher([glob]);
        const slow = picomatch(glob, { dot: true, nocase: true });
        for (const p of paths) expect({ glob, p, m: fast(p) }).toEqual({ glob, p, m: slow(p) });
      }
    }
  });

  it("match each scanner's globs as picomatch does, base-name tests and picomatch mixed", () => {
    const paths = [
      'a.py',
      'charts/x/templates/deploy.tpl',
      'templates/a.tpl',
      'x/templates/b/c.tpl',
      'a.tpl',
      'run.sh',
      'Dockerfile',
      'x/.env',
      'README.md',
      'deploy/values.yaml',
    ];
    for (const scanner of scanners) {
      const one = new ScannerSet([scanner]);
      const slow = picomatch(scanner.fileMatch, { dot: true, nocase: true });
      for (const p of paths)
        expect({ scanner: scanner.name, p, m: one.applicable(p).length > 0 }).toEqual({
          scanner: scanner.name,
          p,
          m: slow(p),
        });
    }
    expect(new ScannerSet(scanners).applicable('charts/x/templates/deploy.tpl').length).toBeGreaterThan(0);
  });
});

describe('scanData, for a scan split across workers', () => {
  const load = Buffer.from('from transformers import AutoModel\nm = AutoModel.from_pretrained("acme/m1")\n');
  const plainText = Buffer.from('x = 1\nmodels = []\n');
  const py = (path: string) => withNeedles.applicable(path);

  it('hands back (handOff) the scanners whose pre-filter says "maybe", and runs the others', () => {
    const which = py('app/load.py');
    const handed = withNeedles.scanData('app/load.py', load, which, ctx, { handOff: true });
    expect(handed.references).toEqual([]);
    expect(handed.handedOff).toEqual([scanners.findIndex((s) => s.name === 'python')]);
    // what the analysing worker then runs gives what one scan gives
    const again = withNeedles.scanData('app/load.py', load, handed.handedOff!, ctx, { again: true });
    expect(again.references).toEqual(withNeedles.scanData('app/load.py', load, which, ctx).references);
    expect(again.references.map((r) => r.id)).toEqual(['acme/m1']);
    // a file its pre-filter declines is neither handed nor scanned
    expect(withNeedles.scanData('app/plain.py', plainText, py('app/plain.py'), ctx, { handOff: true }).handedOff).toBe(
      undefined,
    );
  });

  it('lists invalid UTF-8 at the first look only (again)', () => {
    const bad = Buffer.concat([Buffer.from('x = "\xff"\n', 'latin1'), load]);
    const which = py('app/bad.py');
    const first = withNeedles.scanData('app/bad.py', bad, which, ctx, { handOff: true });
    expect(first.skipped.map((s) => s.reason)).toEqual([expect.stringMatching(/^not valid UTF-8 \(byte 5\)/)]);
    const second = withNeedles.scanData('app/bad.py', bad, first.handedOff!, ctx, { again: true });
    expect(second.skipped).toEqual([]);
    expect(second.references.map((r) => r.id)).toEqual(['acme/m1']);
  });
});
