import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A command to time: the whole process, from spawn to exit. */
export interface Command {
  cmd: string;
  args: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Exit codes that count as success (model-gate exits 1 on a fail verdict). */
  ok?: number[];
}

/** Runs a command to its end; resolves with its wall time in milliseconds. Its output is read and dropped. */
export function timeCommand(c: Command): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(c.cmd, c.args, { cwd: c.cwd, env: c.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stdout.resume();
    child.stderr.on('data', (d: Buffer) => {
      if (err.length < 4000) err += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if ((c.ok ?? [0]).includes(code ?? -1)) resolve(ms);
      else
        reject(
          new Error(`${c.cmd} ${c.args.join(' ')} exited ${code}: ${err.trim().split('\n').slice(0, 3).join(' / ')}`),
        );
    });
  });
}

/** Output of a command (stdout), for checking what a benchmark run produced. */
export function outputOf(c: Command): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(c.cmd, c.args, { cwd: c.cwd, env: c.env ?? process.env, stdio: ['ignore', 'pipe', 'inherit'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      if ((c.ok ?? [0]).includes(code ?? -1)) resolve(Buffer.concat(chunks).toString('utf8'));
      else reject(new Error(`${c.cmd} exited ${code}`));
    });
  });
}

/**
 * Peak resident memory (MB) of a Node.js command, worker threads included: a preloaded script writes
 * `process.resourceUsage().maxRSS` when the process exits. A separate run, so that timings stay clean.
 */
export async function peakRssMb(c: Command): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'model-gate-bench-rss-'));
  try {
    const preload = join(dir, 'rss.cjs');
    const out = join(dir, 'rss.txt');
    writeFileSync(
      preload,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(out)}, String(process.resourceUsage().maxRSS)));\n`,
    );
    await timeCommand({ ...c, args: ['--require', preload, ...c.args] });
    return Number(readFileSync(out, 'utf8')) / 1024;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export interface Pair {
  baseline: number;
  subject: number;
  ratio: number;
  baselineRuns: number[];
  subjectRuns: number[];
}

/**
 * Times a command beside its baseline, `runs` times each after one untimed warm-up of each, alternating
 * which goes first, so that both meet the same machine state; medians.
 */
export async function timePair(baseline: Command, subject: Command, runs: number): Promise<Pair> {
  await timeCommand(baseline);
  await timeCommand(subject);
  const b: number[] = [];
  const s: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      b.push(await timeCommand(baseline));
      s.push(await timeCommand(subject));
    } else {
      s.push(await timeCommand(subject));
      b.push(await timeCommand(baseline));
    }
  }
  const mb = median(b);
  const ms = median(s);
  return { baseline: mb, subject: ms, ratio: ms / mb, baselineRuns: b, subjectRuns: s };
}
