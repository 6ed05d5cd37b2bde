import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { packagePath } from '../core/paths.js';
import type { ModelReport, Report } from '../core/types.js';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const SHARED = [
  ['meta-llama/Llama-3.1-8B-Instruct', 'llama3.1'],
  ['mistralai/Mistral-7B-Instruct-v0.3', 'apache-2.0'],
  ['google/gemma-2-9b-it', 'gemma'],
  ['Qwen/Qwen2.5-7B-Instruct', 'apache-2.0'],
  ['sentence-transformers/all-MiniLM-L6-v2', 'apache-2.0'],
  ['openai/whisper-large-v3', 'apache-2.0'],
  ['facebook/musicgen-small', 'cc-by-nc-4.0'],
  ['BAAI/bge-large-en-v1.5', 'mit'],
] as const;

/** A report like `model-gate check --format json` writes for a service of an organisation. */
function syntheticReport(i: number, perReport: number): Report {
  const models: ModelReport[] = [];
  const name = `repo-${String(i).padStart(4, '0')}`;
  for (let k = 0; k < perReport; k++) {
    const [id, license] =
      k < SHARED.length
        ? SHARED[(i + k) % SHARED.length]
        : [`acme-corp/${name}-finetune-${k}`, k % 3 ? 'apache-2.0' : null];
    const blocked = license === null || license === 'cc-by-nc-4.0';
    const pinned = k % 2 === 1;
    const findings: ModelReport['findings'] = [];
    if (blocked)
      findings.push({
        rule: license ? 'license.denied' : 'license.unknown',
        severity: 'block',
        waived: false,
        message: `${id} is under ${license ?? 'no known license'}, which the policy does not allow`,
        path: 'models.yaml',
        line: 2 + k * 3,
        help: 'Use a model under an allowed license, or ask the policy owners for an exception.',
      });
    if (!pinned)
      findings.push({
        rule: 'provenance.unpinned',
        severity: 'warn',
        waived: false,
        message: `${id} has no pinned revision; the weights can change under you`,
        path: 'models.yaml',
        line: 2 + k * 3,
        help: 'Pin the weights: set `revision:` in models.yaml to the full 40-character commit sha.',
      });
    models.push({
      id,
      status: blocked ? 'blocked' : findings.length ? 'warning' : 'allowed',
      license,
      license_source: license ? 'catalog' : null,
      declared: k % 5 !== 0,
      new: true,
      locations: [
        { path: 'models.yaml', line: 2 + k * 3 },
        { path: `services/svc-${k}/inference.py`, line: 10 + k },
      ],
      findings,
      kind: 'hub',
      publisher: id.split('/')[0],
      ...(pinned ? { revision: (i * 1000 + k).toString(16).padStart(40, 'a') } : {}),
    });
  }
  const count = (s: string) => models.filter((m) => m.status === s).length;
  return {
    version: 1,
    verdict: count('blocked') ? 'fail' : 'pass',
    policy: 'acme-production',
    models,
    policy_findings: [],
    summary: {
      models: models.length,
      new: models.length,
      existing: 0,
      blocked: count('blocked'),
      waived: 0,
      warning: count('warning'),
      allowed: count('allowed'),
    },
    repository: {
      full_name: `acme-corp/${name}`,
      url: `https://github.com/acme-corp/${name}`,
      commit: i.toString(16).padStart(40, '0'),
    },
  };
}

function time(cmd: string, args: string[]): number {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.slice(0, 3).join(' ')} failed (${r.status}): ${r.stderr.slice(0, 300)}`);
  return ms;
}

/** The baseline process: read every .json file of the folder and JSON.parse it, nothing else. */
const BASELINE = `
const fs = require('fs'), path = require('path');
const dir = process.argv[1];
let n = 0;
for (const f of fs.readdirSync(dir).sort()) if (f.endsWith('.json')) { JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')); n++; }
if (!n) process.exit(3);
`;

/** The CLI to measure: MODEL_GATE_BENCH_CLI, else a fresh build of src/cli/main.ts into .tmp/bench-cli. */
function cliBundle(log: (s: string) => void): string {
  const given = process.env.MODEL_GATE_BENCH_CLI;
  if (given) return resolve(given);
  // (through packagePath: ncc would take a literal path that exists at build time for an asset, and copy the
  // previous run's build into the bench's own bundle under another name)
  const out = packagePath('.tmp', 'bench-cli');
  log('inventory: building the CLI (ncc) into .tmp/bench-cli ...');
  execFileSync('npx', ['ncc', 'build', 'src/cli/main.ts', '-o', out, '-q'], { stdio: 'inherit', cwd: packagePath() });
  return join(out, 'index.js');
}

/**
 * `model-gate inventory` as a whole process on 1,000 synthetic reports of 20 models each, against a baseline
 * process that only reads and parses the same files (target: at most 5x), and on 300 reports (target: under 2 s).
 */
export function benchInventory(log: (s: string) => void): void {
  const cli = cliBundle(log);
  const root = mkdtempSync(join(tmpdir(), 'model-gate-bench-inventory-'));
  try {
    for (const count of [1000, 300]) {
      const dir = join(root, `reports-${count}`);
      mkdirSync(dir);
      let bytes = 0;
      for (let i = 0; i < count; i++) {
        const file = join(dir, `acme-corp__repo-${String(i).padStart(4, '0')}.json`);
        writeFileSync(file, JSON.stringify(syntheticReport(i, 20), null, 2) + '\n');
        bytes += statSync(file).size;
      }
      const runs = 5;
      const base: number[] = [];
      const byFormat: Record<string, number[]> = { json: [], html: [], markdown: [], csv: [] };
      for (let r = 0; r < runs; r++) {
        base.push(time(process.execPath, ['-e', BASELINE, dir]));
        for (const format of Object.keys(byFormat)) {
          byFormat[format].push(
            time(process.execPath, [
              cli,
              'inventory',
              dir,
              '--format',
              format,
              '--output',
              join(root, `inventory-${count}.${format}`),
            ]),
          );
        }
      }
      const b = median(base);
      log(
        `inventory: ${count} reports of 20 models (${(bytes / 1024 / 1024).toFixed(1)} MiB of JSON), whole processes, median of ${runs} runs`,
      );
      log(`  baseline (node reading and JSON.parse of the same files): ${b.toFixed(0)} ms`);
      for (const [format, ms] of Object.entries(byFormat)) {
        const m = median(ms);
        const size = existsSync(join(root, `inventory-${count}.${format}`))
          ? statSync(join(root, `inventory-${count}.${format}`)).size
          : 0;
        const target =
          count === 1000
            ? m / b <= 5
              ? ' (target at most 5x: met)'
              : ' (target at most 5x: MISSED)'
            : m < 2000
              ? ' (target under 2 s: met)'
              : ' (target under 2 s: MISSED)';
        log(
          `  model-gate inventory --format ${format}: ${m.toFixed(0)} ms, ratio ${(m / b).toFixed(2)}x${target}; output ${(size / 1024).toFixed(0)} KiB`,
        );
      }
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
