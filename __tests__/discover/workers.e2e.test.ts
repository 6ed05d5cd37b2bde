import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CLI_BUNDLE as cli } from '../helpers/bundle.js';

// the CLI and the scan worker bundled from src/ by jest's global setup (as dist/ holds them)
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'model-gate-workers-'));
  const write = (rel: string, text: string | Buffer) => {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  };
  for (let i = 0; i < 300; i++) {
    const ref =
      i % 50 === 0 ? `\nfrom transformers import AutoModel\nm = AutoModel.from_pretrained("acme/model-${i}")\n` : '';
    write(
      `app/pkg${i % 7}/mod_${i}.py`,
      `from django.db import models\n\nclass Thing${i}(models.Model):\n    name = models.CharField(max_length=10)\n${ref}`,
    );
  }
  write('web/view.ts', "const model = 'acme/from-typescript';\n");
  // a model page address as a model option (WebLLM's app config): a load for the JavaScript scanner, a mention for
  // the URL scanner, and, with two workers, the two scanners of this file answer from two threads
  write(
    'web/config.ts',
    'export const appConfig = {\n  model_list: [\n    { model: "https://huggingface.co/acme/web-model-MLC", model_id: "web-model-MLC" },\n  ],\n};\n',
  );
  // a class field read into a model by another module, in a file the pre-filter declines (scanned again for it)
  write('app/configuration.py', 'from .models import Profile\n\n\nclass Configuration:\n    chat = "phi3:mini"\n');
  write(
    'app/graph.py',
    'from langchain_ollama import ChatOllama\nfrom app.configuration import Configuration\n\ncfg = Configuration()\nllm = ChatOllama(model=cfg.chat)\n',
  );
  write(
    'bad.py',
    Buffer.concat([Buffer.from('# \xff\n', 'latin1'), Buffer.from('AutoModel.from_pretrained("acme/in-bad-utf8")\n')]),
  );
  write('huge.py', `# ${'x'.repeat(1024 * 1024)}\n`);
  // `pipeline(task)` given no model: its default comes from the catalog's table, which a worker reads from its own
  write('app/sentiment.py', 'from transformers import pipeline\n\nclassifier = pipeline("sentiment-analysis")\n');
  write('web/asr.js', 'import { pipeline } from "@huggingface/transformers";\nconst asr = await pipeline("asr");\n');
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function check(workers: string, profDir?: string, extraEnv: NodeJS.ProcessEnv = process.env) {
  const args = [
    ...(profDir ? ['--cpu-prof', '--cpu-prof-dir', profDir] : []),
    cli,
    'check',
    dir,
    '--offline',
    '--format',
    'json',
  ];
  const r = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: { ...extraEnv, MODEL_GATE_SCAN_WORKERS: workers, HF_HUB_OFFLINE: '1' },
    timeout: 120_000,
  });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as {
    models: Array<{ id: string; locations: unknown[] }>;
    not_scanned?: Array<{ path: string; reason: string }>;
  };
}

describe('the bundled CLI scanning in worker threads', () => {
  it('finds what a scan in one thread finds, and lists the same files as not scanned', () => {
    const prof = mkdtempSync(join(tmpdir(), 'model-gate-prof-'));
    try {
      const pooled = check('2', prof);
      // one CPU profile per thread: the main one and two workers
      expect(readdirSync(prof).filter((f) => f.endsWith('.cpuprofile'))).toHaveLength(3);
      const single = check('0');
      expect(pooled.models.map((m) => [m.id, m.locations])).toEqual(single.models.map((m) => [m.id, m.locations]));
      expect(pooled.not_scanned).toEqual(single.not_scanned);
      expect(pooled.models.map((m) => m.id)).toEqual(
        expect.arrayContaining([
          'acme/model-0',
          'acme/model-250',
          'acme/from-typescript',
          'acme/web-model-MLC',
          'acme/in-bad-utf8',
          'ollama:phi3:mini',
          'distilbert/distilbert-base-uncased-finetuned-sst-2-english',
          'Xenova/whisper-tiny.en',
        ]),
      );
      expect(pooled.not_scanned?.map((x) => x.path)).toEqual(['bad.py', 'huge.py']);
    } finally {
      rmSync(prof, { recursive: true, force: true });
    }
  });

  it("keep the scan worker's compiled code between runs, as the CLI keeps its own", () => {
    const home = mkdtempSync(join(tmpdir(), 'model-gate-wcache-'));
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: home };
      for (const name of ['CI', 'GITHUB_ACTIONS', 'NODE_DISABLE_COMPILE_CACHE']) delete env[name];
      const cacheDir = join(home, 'model-gate', 'v8');
      const workerFile = () => readdirSync(cacheDir).filter((f) => f.startsWith('scan-worker-'));
      const first = check('2', undefined, env);
      expect(workerFile()).toHaveLength(1);
      const file = join(cacheDir, workerFile()[0]);
      const written = statSync(file);
      expect(written.size).toBeGreaterThan(100_000);
      // used, not written again (a rewrite renames a new file over it), and the same report
      expect(check('2', undefined, env)).toEqual(first);
      expect(statSync(file).ino).toBe(written.ino);
      // rejected by V8: the same report, and the data is written anew
      writeFileSync(file, Buffer.alloc(written.size, 0x5a));
      expect(check('2', undefined, env)).toEqual(first);
      expect(statSync(file).ino).not.toBe(written.ino);
      expect(readFileSync(file).subarray(0, 64).equals(Buffer.alloc(64, 0x5a))).toBe(false);
      // in CI none is read or written
      rmSync(join(home, 'model-gate'), { recursive: true, force: true });
      expect(check('2', undefined, { ...env, CI: 'true' })).toEqual(first);
      expect(readdirSync(home)).toEqual([]);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
