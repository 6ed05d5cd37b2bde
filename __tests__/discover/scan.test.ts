import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanRepository } from '../../src/discover/scan.js';
import type { ScanContext } from '../../src/scanners/types.js';

const DEMO = fileURLToPath(new URL('../fixtures/scan-repos/demo-app', import.meta.url));
const ctx: ScanContext = { isKnownModel: () => false };
const brief = (
  refs: { path: string; line: number; column?: number; id: string; scanner: string; revision?: string }[],
) => refs.map((r) => `${r.path}:${r.line}:${r.column} ${r.scanner} ${r.id}${r.revision ? '@' + r.revision : ''}`);

let base: string;
beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'model-gate-scan-'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

function write(root: string, rel: string, content: string | Buffer): void {
  const p = join(root, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, content);
}

describe('scanRepository', () => {
  it('scans a repository with every scanner, sorted by path, line and column', async () => {
    const { references, skipped } = await scanRepository(DEMO, {
      paths: ['**'],
      ignore: ['third_party/**'],
      ctx,
    });
    expect(skipped).toEqual([]);
    expect(brief(references)).toEqual([
      'README.md:3:19 url microsoft/Phi-3-mini-4k-instruct',
      'app/assistant.py:5:15 python microsoft/Phi-3-mini-4k-instruct@0a67737cc96d2554230f90338b163bc6380a2a85',
      'app/assistant.py:6:15 url microsoft/Phi-3-mini-4k-instruct',
      'app/assistant.py:10:33 python sentence-transformers/all-MiniLM-L6-v2',
      'deploy/Modelfile:1:6 modelfile ollama:qwen2.5:7b',
      'deploy/compose.yaml:7:18 shell microsoft/Phi-3-mini-4k-instruct',
      'deploy/compose.yaml:8:22 shell ollama:qwen2.5:7b',
      'web/src/summarize.ts:3:60 javascript Xenova/distilbart-cnn-6-6',
    ]);
  });

  it('scans only the changed files on a pull request', async () => {
    const { references } = await scanRepository(DEMO, {
      paths: ['**'],
      ignore: [],
      changedFiles: ['deploy/Modelfile', 'third_party/legacy/old.py', 'app/deleted.py'],
      ctx,
    });
    expect(brief(references)).toEqual([
      'deploy/Modelfile:1:6 modelfile ollama:qwen2.5:7b',
      'third_party/legacy/old.py:3:32 python google-bert/bert-large-cased',
    ]);
  });

  it('reports binary, oversized and out-of-repository files as skipped', async () => {
    const root = join(base, 'skips');
    const outside = join(base, 'elsewhere');
    write(outside, 'leak.py', 'AutoModel.from_pretrained("evil/outside")\n');
    write(root, 'ok.py', 'AutoModel.from_pretrained("good/inside")\n');
    write(root, 'weights.bin', Buffer.concat([Buffer.from('huggingface.co/x/y'), Buffer.alloc(16)]));
    write(root, 'notes.gguf.txt', 'see https://huggingface.co/org/in-text\n');
    write(root, 'huge.py', `# ${'x'.repeat(1024 * 1024)}\nAutoModel.from_pretrained("big/file")\n`);
    symlinkSync(join(outside, 'leak.py'), join(root, 'leak.py'));
    symlinkSync('ok.py', join(root, 'same.py'));
    const { references, skipped } = await scanRepository(root, { paths: ['**'], ignore: [], ctx });
    expect(brief(references)).toEqual([
      'notes.gguf.txt:1:5 url org/in-text',
      'ok.py:1:28 python good/inside',
      'same.py:1:28 python good/inside',
    ]);
    expect(skipped).toEqual([
      { path: 'huge.py', reason: 'larger than 1 MiB (1048617 bytes)' },
      { path: 'leak.py', reason: 'symbolic link leading outside the repository' },
      { path: 'weights.bin', reason: 'binary file' },
    ]);
  });

  it('reads files whose only model is in a command line they run (the pre-filters let them through)', async () => {
    const dir = join(base, 'commands');
    write(
      dir,
      'serve.ts',
      `import { execSync } from "node:child_process";\nexecSync("vllm serve acme/served --port 8000");\n`,
    );
    write(dir, 'fetch.js', `spawnSync("huggingface-cli", ["download", "acme/fetched"]);\n`);
    write(dir, 'image.py', `image = Image.debian_slim().run_commands("hf download acme/baked --local-dir /m")\n`);
    const { references } = await scanRepository(dir, { paths: ['**'], ignore: [], ctx });
    expect(brief(references)).toEqual([
      'fetch.js:1:44 javascript acme/fetched',
      'image.py:1:55 python acme/baked',
      'serve.ts:2:22 javascript acme/served',
    ]);
  });

  it('reports a model found by two scanners at one place once', async () => {
    const root = join(base, 'dedupe');
    write(
      root,
      'load.py',
      'm = DiffusionPipeline.from_single_file("https://huggingface.co/org/model/blob/main/x.safetensors")\n',
    );
    const { references } = await scanRepository(root, { paths: ['**'], ignore: [], ctx });
    // the Python scanner's load, with the revision the address names
    expect(brief(references)).toEqual(['load.py:1:41 python org/model@main']);
  });

  it('scans in full a file its pre-filter declined when another file reads one of its class fields into a model', async () => {
    const root = join(base, 'fields');
    // nothing in configuration.py names a model: its pre-filter declines it, though its fields may be read
    write(
      root,
      'app/configuration.py',
      'from .models import Profile\n\n\nclass Configuration:\n    chat = "phi3:mini"\n    title = "Profile page"\n',
    );
    write(
      root,
      'app/graph.py',
      'from langchain_ollama import ChatOllama\nfrom app.configuration import Configuration\n\ncfg = Configuration()\nllm = ChatOllama(model=cfg.chat)\n',
    );
    const { references } = await scanRepository(root, { paths: ['**'], ignore: [], ctx, workers: 0 });
    expect(brief(references)).toEqual(['app/configuration.py:5:13 python ollama:phi3:mini']);
    // no reader: nothing to join, and the declined file is not read twice
    rmSync(join(root, 'app/graph.py'));
    expect((await scanRepository(root, { paths: ['**'], ignore: [], ctx, workers: 0 })).references).toEqual([]);
  });
});
