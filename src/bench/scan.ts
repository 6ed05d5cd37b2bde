import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { scanRepository } from '../discover/scan.js';
import type { ScanContext } from '../scanners/types.js';

/** Patterns for `git grep -E` that look for what the scanners look for. */
export const GREP_PATTERNS = [
  'from_pretrained|from_single_file|load_lora_weights',
  'pipeline\\(',
  'SentenceTransformer|CrossEncoder',
  '(hf_hub|snapshot)_download',
  'huggingface\\.co/|hf\\.co/',
  'vllm serve',
  'ollama (pull|run)',
  '--model(-id|-path|_name_or_path)?[ =]',
  '-hf ',
  '(HF_)?MODEL(_ID|_NAME)?=',
  'base_model|model_name_or_path',
  '^FROM ',
  'LLM\\(|ChatOllama|Ollama\\(|HuggingFace(Endpoint|Embedding)',
  'torch\\.hub\\.load',
  'huggingface-cli download|hf download',
];

/** mulberry32: a small seeded PRNG, so that every run generates the same repository. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'user',
  'account',
  'order',
  'invoice',
  'payment',
  'session',
  'token',
  'cache',
  'queue',
  'worker',
  'event',
  'handler',
  'request',
  'response',
  'config',
  'settings',
  'logger',
  'metrics',
  'report',
  'item',
  'cart',
  'price',
  'total',
  'count',
  'index',
  'buffer',
  'stream',
  'record',
  'batch',
  'result',
  'status',
  'client',
  'server',
  'router',
  'schema',
  'field',
  'value',
  'entry',
  'node',
  'graph',
  'path',
  'file',
  'line',
  'column',
  'retry',
];

interface Lang {
  ext: string;
  /** `flavour`: a per-file coin, so that some files (Django models modules, view models) use other lines. */
  line(r: () => number, w: () => string, flavour: number): string;
  /** A model reference in this language, for about one file in sixty. */
  ref?(id: string): string;
}

const HUB_IDS = [
  'meta-llama/Llama-3.1-8B-Instruct',
  'Qwen/Qwen2.5-7B-Instruct',
  'mistralai/Mistral-7B-Instruct-v0.3',
  'google/gemma-2-9b-it',
  'microsoft/Phi-3-mini-4k-instruct',
  'BAAI/bge-small-en-v1.5',
  'intfloat/e5-large-v2',
  'sentence-transformers/all-MiniLM-L6-v2',
  'openai/whisper-large-v3',
  'stabilityai/stable-diffusion-xl-base-1.0',
];

const LANGS: Lang[] = [
  {
    ext: 'py',
    line: (r, w, flavour) => {
      const x = r();
      if (x < 0.1) return `def ${w()}_${w()}(${w()}, ${w()}=None):`;
      if (x < 0.15)
        return flavour < 0.15
          ? `class ${cap(w())}${cap(w())}(models.Model):`
          : `class ${cap(w())}${cap(w())}(Base):`;
      if (x < 0.3) return `    ${w()} = self.${w()}.get("${w()}", ${Math.floor(r() * 1000)})`;
      if (x < 0.4) return `    if ${w()} is None or not ${w()}:`;
      if (x < 0.5) return `        raise ValueError(f"invalid ${w()}: {${w()}!r}")`;
      if (x < 0.6) return `    return [${w()} for ${w()} in ${w()}s if ${w()}.${w()}]`;
      if (x < 0.7) return `# ${w()} the ${w()} before ${w()}ing the ${w()}`;
      return `    ${w()}_${w()} = ${w()}.${w()}(${w()}, ${w()}=${w()})`;
    },
    ref: (id) => `model = AutoModelForCausalLM.from_pretrained("${id}")`,
  },
  {
    ext: 'ts',
    line: (r, w, flavour) => {
      const x = r();
      if (x < 0.1) return `export function ${w()}${cap(w())}(${w()}: string, ${w()}?: number): ${cap(w())} {`;
      if (x < 0.12 && flavour < 0.1) return `  const ${w()}ViewModel = new ${cap(w())}Model(${w()});`;
      if (x < 0.2) return `  const ${w()} = await this.${w()}.${w()}(${w()}, { ${w()}: true });`;
      if (x < 0.3) return `  if (!${w()}) throw new Error('missing ${w()}');`;
      if (x < 0.35) return `import { ${cap(w())} } from './${w()}/${w()}.js';`;
      if (x < 0.4) return `  // ${w()} ${w()} ${w()}`;
      return `  ${w()}.${w()} = ${w()}.${w()} ?? ${Math.floor(r() * 100)};`;
    },
    ref: (id) =>
      `import { pipeline } from '@huggingface/transformers'; const out = await pipeline('feature-extraction', '${id}');`,
  },
  {
    ext: 'go',
    line: (r, w) => {
      const x = r();
      if (x < 0.1) return `func (s *${cap(w())}) ${cap(w())}(ctx context.Context, ${w()} string) error {`;
      if (x < 0.3) return `\tif err := s.${w()}.${cap(w())}(ctx, ${w()}); err != nil {`;
      if (x < 0.4) return `\t\treturn fmt.Errorf("${w()}: %w", err)`;
      return `\t${w()} := ${w()}.${cap(w())}(${w()}, ${w()})`;
    },
  },
  {
    ext: 'java',
    line: (r, w) => {
      const x = r();
      if (x < 0.1) return `    public ${cap(w())} get${cap(w())}(${cap(w())} ${w()}) {`;
      if (x < 0.3) return `        final var ${w()} = this.${w()}Repository.findBy${cap(w())}(${w()});`;
      return `        ${w()}.set${cap(w())}(${w()}.get${cap(w())}());`;
    },
  },
  {
    ext: 'md',
    line: (r, w) => {
      const x = r();
      if (x < 0.1) return `## ${cap(w())} ${w()}`;
      if (x < 0.15) return `See [${w()}](https://example.com/${w()}/${w()}) for the ${w()} ${w()}.`;
      return `The ${w()} ${w()}s the ${w()} when the ${w()} ${w()} is ${w()}, and the ${w()} is kept.`;
    },
    ref: (id) => `We use [this model](https://huggingface.co/${id}) for ${id.split('/')[1]}.`,
  },
  {
    ext: 'yaml',
    line: (r, w) => {
      const x = r();
      if (x < 0.3) return `${w()}_${w()}: ${w()}`;
      if (x < 0.6) return `  ${w()}: "${w()}-${Math.floor(r() * 100)}"`;
      return `  - ${w()}: ${Math.floor(r() * 1000)}`;
    },
    ref: (id) => `base_model: ${id}`,
  },
  {
    ext: 'sh',
    line: (r, w) => {
      const x = r();
      if (x < 0.3) return `${w().toUpperCase()}_${w().toUpperCase()}="\${${w().toUpperCase()}:-${w()}}"`;
      if (x < 0.6) return `${w()} --${w()} "$${w().toUpperCase()}" --${w()}=${Math.floor(r() * 100)}`;
      return `echo "${w()} ${w()}" >> "$LOG_FILE"`;
    },
    ref: (id) => `vllm serve ${id} --port 8000`,
  },
  {
    ext: 'c',
    line: (r, w) => {
      const x = r();
      if (x < 0.1) return `static int ${w()}_${w()}(struct ${w()} *${w()}, size_t ${w()}) {`;
      if (x < 0.4) return `    if (${w()}->${w()} == NULL) return -E${w().toUpperCase()};`;
      return `    ${w()}->${w()} = ${w()}_${w()}(${w()}, ${Math.floor(r() * 64)});`;
    },
  },
  {
    ext: 'json',
    line: (r, w) => `  "${w()}_${w()}": ${r() < 0.5 ? `"${w()}"` : Math.floor(r() * 1e6)},`,
  },
];

const WITH_REF = LANGS.filter((l) => l.ref);

function cap(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

/**
 * Writes the synthetic repository: `files` files of about `totalBytes` bytes in all, ordinary code of
 * several languages with `refs` model references among it. Returns the references and bytes written.
 */
export async function generateRepo(
  dir: string,
  files = 20_000,
  totalBytes = 150 * 1024 * 1024,
  refs = 300,
): Promise<{ refs: number; bytes: number }> {
  const r = prng(20240611);
  const w = () => WORDS[Math.floor(r() * WORDS.length)];
  const avg = totalBytes / files;
  const refEvery = Math.max(1, Math.floor(files / refs));
  let written = 0;
  let bytes = 0;
  const jobs: Array<() => Promise<void>> = [];
  for (let i = 0; i < files; i++) {
    const withRef = i % refEvery === 0 && written < refs;
    const lang = withRef ? WITH_REF[written % WITH_REF.length] : LANGS[i % LANGS.length];
    const size = Math.floor(avg * (0.25 + r() * 1.5));
    const flavour = r();
    const lines: string[] = [];
    let len = 0;
    const refAt = withRef ? Math.floor(r() * 40) : -1;
    while (len < size) {
      const line =
        lines.length === refAt && lang.ref
          ? lang.ref(HUB_IDS[written % HUB_IDS.length])
          : lang.line(r, w, flavour);
      lines.push(line);
      len += line.length + 1;
    }
    if (withRef && refAt >= lines.length && lang.ref) lines.push(lang.ref(HUB_IDS[written % HUB_IDS.length]));
    if (withRef) written++;
    const sub = `pkg${Math.floor(i / 500)}/mod${Math.floor(i / 50) % 10}`;
    const path = join(dir, sub, `${w()}_${i}.${lang.ext}`);
    const text = lines.join('\n') + '\n';
    bytes += text.length;
    jobs.push(async () => {
      await mkdir(join(dir, sub), { recursive: true });
      await writeFile(path, text);
    });
  }
  let next = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < jobs.length) await jobs[next++]();
    }),
  );
  return { refs: written, bytes };
}

function run(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { maxBuffer: 512 * 1024 * 1024 }, (err, stdout) => {
      // git grep exits 1 when nothing matches
      if (err && (err as { code?: unknown }).code !== 1) reject(err);
      else resolve(stdout);
    });
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Full scan of a synthetic 20,000-file (~150 MB) git repository against `git grep -E` with an equivalent
 * pattern set over the same files, both timed in this run (median of 3, after a warm-up of each).
 */
export async function benchScan(log: (s: string) => void): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'model-gate-bench-scan-'));
  try {
    const t0 = performance.now();
    const { refs, bytes } = await generateRepo(dir);
    await run('git', ['-C', dir, 'init', '-q']);
    await run('git', ['-C', dir, 'add', '-A']);
    log(
      `scan: generated 20,000 files (${(bytes / 1e6).toFixed(0)} MB) with ${refs} model references in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    const ctx: ScanContext = { isKnownModel: () => false };
    const grepArgs = ['-C', dir, 'grep', '-I', '-n', '-E', ...GREP_PATTERNS.flatMap((p) => ['-e', p])];
    const scanTimes: number[] = [];
    const grepTimes: number[] = [];
    let found = 0;
    let grepLines = 0;
    for (let i = 0; i < 4; i++) {
      let t = performance.now();
      const res = await scanRepository(dir, { paths: ['**'], ignore: [], ctx });
      const scanMs = performance.now() - t;
      found = res.references.length;
      t = performance.now();
      const out = await run('git', grepArgs);
      const grepMs = performance.now() - t;
      grepLines = out ? out.split('\n').length - 1 : 0;
      if (i > 0) {
        scanTimes.push(scanMs);
        grepTimes.push(grepMs);
      }
    }
    const s = median(scanTimes);
    const g = median(grepTimes);
    log(
      `scan: scanRepository ${s.toFixed(0)} ms (${found} references), git grep -E ${g.toFixed(0)} ms (${grepLines} lines)`,
    );
    log(`scan: ratio scan/grep ${(s / g).toFixed(2)} (target <= 2)`);
    // a pull request: only the changed files are read
    const listed = (await run('git', ['-C', dir, 'ls-files'])).split('\n').filter(Boolean);
    const changed = listed.filter((_, i) => i % Math.floor(listed.length / 20) === 0).slice(0, 20);
    const prTimes: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      await scanRepository(dir, { paths: ['**'], ignore: [], changedFiles: changed, ctx });
      prTimes.push(performance.now() - t);
    }
    log(`scan: ${changed.length} changed files (pull request) ${median(prTimes).toFixed(0)} ms`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
