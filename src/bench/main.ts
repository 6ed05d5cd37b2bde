import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalog } from '../catalog/catalog.js';
import { packagePath } from '../core/paths.js';
import { benchHub } from './hub.js';
import { benchInventory } from './inventory.js';
import { median, outputOf, peakRssMb, timePair, type Command, type Pair } from './process.js';
import { commitTreeAndChange, writeTree } from './tree.js';

/**
 * `npm run bench`: the built CLI (dist/cli/index.js) run as child processes, each benchmark beside its
 * baseline in the same run (medians, alternating order), as users meet it:
 *  - start: a check of the bundled example against `node -e 0`, with and without the CLI's compile cache;
 *  - scan: a full scan of a generated 20,000-file tree against `git grep -E` with an equivalent pattern set;
 *  - pr: a pull request of 10 changed files in that tree (`--base HEAD~1`) against the same `git grep`;
 *  - models: a 10,000-model manifest, offline, against a js-yaml parse of the same file in a Node.js process.
 *  - real: each git checkout named in MODEL_GATE_BENCH_REPOS (comma-separated; none ship with the project) against
 *    the same `git grep`, the whole process on code as users have it.
 * MODEL_GATE_BENCH=start,scan,pr,models,real,hub,inventory selects (hub and inventory run in this process); MODEL_GATE_BENCH_RUNS sets the runs (default 7).
 */

/** Patterns for `git grep -E` that look for what the scanners look for (16 alternatives). */
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
  'model(_id|_name)? ?= ?["\']',
];

/** `git grep -E` over a git checkout with GREP_PATTERNS: the baseline of the scans. */
function grepCommand(dir: string): Command {
  return {
    cmd: 'git',
    args: ['-C', dir, 'grep', '-I', '-n', '-E', ...GREP_PATTERNS.flatMap((p) => ['-e', p])],
    ok: [0, 1],
  };
}

interface Row {
  name: string;
  what: string;
  baselineName: string;
  pair: Pair;
  goal: string;
  met: boolean;
  note?: string;
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

async function main(): Promise<void> {
  const only = process.env.MODEL_GATE_BENCH?.split(',').map((s) => s.trim());
  const want = (name: string) => !only || only.includes(name);
  const runs = Math.max(5, Number(process.env.MODEL_GATE_BENCH_RUNS) || 7);
  const cli = process.env.MODEL_GATE_BENCH_CLI ?? packagePath('dist', 'cli', 'index.js');
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first`);
  const node = process.execPath;
  const log = (s: string) => process.stdout.write(s + '\n');
  const rows: Row[] = [];
  log(
    `model-gate bench: ${cli}, Node.js ${process.version}, ${availableParallelism()} core(s) (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${runs} runs each`,
  );

  // The CLI keeps V8's compiled code between runs (src/core/compile-cache.ts): here in a directory of the bench's
  // own, filled by each benchmark's untimed warm-up run. `start-cold` measures a run without it (the first run of a
  // new version, and every run in CI, where none is kept).
  const cacheHome = mkdtempSync(join(tmpdir(), 'model-gate-bench-cache-'));
  process.on('exit', () => rmSync(cacheHome, { recursive: true, force: true }));
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: cacheHome };
  for (const name of ['CI', 'GITHUB_ACTIONS', 'NODE_DISABLE_COMPILE_CACHE']) delete env[name];

  if (want('start')) {
    const example = [cli, 'check', packagePath('examples', 'chat-app'), '--policy', 'default', '--offline'];
    for (const cold of [false, true]) {
      const pair = await timePair(
        { cmd: node, args: ['-e', '0'] },
        { cmd: node, args: example, ok: [0, 1], env: cold ? { ...env, NODE_DISABLE_COMPILE_CACHE: '1' } : env },
        runs,
      );
      rows.push({
        name: cold ? 'start-cold' : 'start',
        what: `check examples/chat-app --offline${cold ? ', no compile cache (a first run, or in CI)' : ''}`,
        baselineName: 'node -e 0',
        pair,
        goal: '≤ 2.5x',
        met: pair.ratio <= 2.5,
      });
      report(log, rows.at(-1)!);
    }
  }

  if (want('scan') || want('pr')) {
    const dir = mkdtempSync(join(tmpdir(), 'model-gate-bench-tree-'));
    try {
      const t0 = performance.now();
      const tree = await writeTree(dir);
      const changed = await commitTreeAndChange(dir, tree, 10);
      log(
        `tree: ${tree.files.length.toLocaleString('en-US')} files (12,000 Python, 6,000 TypeScript, 2,000 Markdown), ${(tree.bytes / 1e6).toFixed(1)} MB, ${tree.references} with a model reference; generated and committed in ${fmt(performance.now() - t0)}`,
      );
      const grep = grepCommand(dir);
      if (want('scan')) {
        const check: Command = {
          cmd: node,
          args: [cli, 'check', dir, '--offline', '--format', 'json'],
          ok: [0, 1],
          env,
        };
        const report0 = JSON.parse(await outputOf(check)) as {
          models: unknown[];
          mentions?: unknown[];
          not_scanned?: unknown[];
        };
        const pair = await timePair(grep, check, runs);
        const rss = await peakRssMb(check);
        rows.push({
          name: 'scan',
          what: `check TREE --offline (full scan)`,
          baselineName: 'git grep -E (16 alternatives)',
          pair,
          goal: '≤ 1.5x, < 250 MB',
          met: pair.ratio <= 1.5 && rss < 250,
          note: `peak RSS ${rss.toFixed(0)} MB; ${report0.models.length} models, ${report0.mentions?.length ?? 0} mentions, ${report0.not_scanned?.length ?? 0} not scanned`,
        });
        report(log, rows.at(-1)!);
      }
      if (want('pr')) {
        const pr: Command = {
          cmd: node,
          args: [cli, 'check', dir, '--offline', '--base', 'HEAD~1', '--format', 'json'],
          ok: [0, 1],
          env,
        };
        const out = JSON.parse(await outputOf(pr)) as { models: Array<{ id: string; new?: boolean }> };
        const pair = await timePair(grep, pr, runs);
        rows.push({
          name: 'pr',
          what: `check TREE --offline --base HEAD~1 (${changed.length} changed files)`,
          baselineName: 'git grep -E over the whole tree',
          pair,
          goal: '< 0.5 s',
          met: pair.subject < 500,
          note: `${out.models.filter((m) => m.new).length} new model(s): ${out.models
            .filter((m) => m.new)
            .map((m) => m.id)
            .join(', ')}`,
        });
        report(log, rows.at(-1)!);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  if (want('models')) {
    const dir = mkdtempSync(join(tmpdir(), 'model-gate-bench-models-'));
    try {
      const file = join(dir, 'models.yaml');
      writeFileSync(file, manifest(10_000));
      const yaml: Command = {
        cmd: node,
        args: [
          '--input-type=module',
          '-e',
          `import { load } from 'js-yaml'; import { readFileSync } from 'node:fs'; load(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
        ],
        cwd: packagePath(),
      };
      const check: Command = {
        cmd: node,
        args: [cli, 'check', dir, '--offline', '--no-scan', '--format', 'json'],
        ok: [0, 1],
        env,
      };
      const pair = await timePair(yaml, check, runs);
      rows.push({
        name: 'models',
        what: 'check --offline --no-scan --format json, 10,000 models',
        baselineName: 'node + js-yaml load of the same file',
        pair,
        goal: '≤ 3x',
        met: pair.ratio <= 3,
      });
      report(log, rows.at(-1)!);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  // Real checkouts, when given (nothing is downloaded): the whole process on code as users have it.
  const realRepos = process.env.MODEL_GATE_BENCH_REPOS?.split(',').filter(Boolean) ?? [];
  if (want('real') && realRepos.length) {
    const ratios: number[] = [];
    for (const dir of realRepos) {
      const grep = grepCommand(dir);
      const check: Command = { cmd: node, args: [cli, 'check', dir, '--offline', '--format', 'json'], ok: [0, 1], env };
      const pair = await timePair(grep, check, runs);
      ratios.push(pair.ratio);
      log(`real: ${dir}: ${fmt(pair.subject)} against git grep -E ${fmt(pair.baseline)}: ${pair.ratio.toFixed(1)}x`);
    }
    log(
      `real: ${realRepos.length} checkouts, ratio median ${median(ratios).toFixed(1)}x (from ${Math.min(...ratios).toFixed(1)}x to ${Math.max(...ratios).toFixed(1)}x)`,
    );
  }

  if (want('hub')) await benchHub(log);
  if (want('inventory')) benchInventory(log);

  if (rows.length) {
    const out = join(packagePath(), '.tmp', 'bench');
    mkdirSync(out, { recursive: true });
    writeFileSync(
      join(out, 'results.json'),
      JSON.stringify({ node: process.version, cores: availableParallelism(), runs, rows }, null, 2),
    );
    log('');
    log('| benchmark | baseline | model-gate | ratio | goal | met |');
    log('| --- | --- | --- | --- | --- | --- |');
    for (const r of rows) {
      log(
        `| ${r.name}: ${r.what} | ${r.baselineName}: ${fmt(r.pair.baseline)} | ${fmt(r.pair.subject)} | ${r.pair.ratio.toFixed(2)}x | ${r.goal} | ${r.met ? 'yes' : 'no'} |`,
      );
    }
  }
}

function report(log: (s: string) => void, r: Row): void {
  log(
    `${r.name}: ${r.what}: ${fmt(r.pair.subject)} against ${r.baselineName} ${fmt(r.pair.baseline)}: ${r.pair.ratio.toFixed(2)}x (goal ${r.goal}: ${r.met ? 'met' : 'NOT met'})${r.note ? `; ${r.note}` : ''}`,
  );
}

/** A manifest of `count` models: catalog checkpoints, fine-tunes of them, unknown ones. */
function manifest(count: number): string {
  const known = loadCatalog().models;
  const lines = ['models:'];
  for (let i = 0; i < count; i++) {
    const k = known[i % known.length];
    if (i < known.length) {
      lines.push(
        `  - id: ${k.id}`,
        `    revision: ${(i.toString(16) + 'a'.repeat(40)).slice(0, 40)}`,
        `    license: ${k.license}`,
      );
    } else if (i % 3 === 0) {
      lines.push(`  - id: acme/unknown-model-${i}`, `    license: apache-2.0`);
    } else {
      lines.push(`  - id: acme/${k.id.split('/').pop()}-ft-${i}`, `    base_model: ${k.id}`, `    license: apache-2.0`);
    }
  }
  return lines.join('\n') + '\n';
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${(e as Error).message}\n`);
  process.exitCode = 1;
});
