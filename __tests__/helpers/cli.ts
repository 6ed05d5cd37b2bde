import { main } from '../../src/cli/cli.js';
import type { CliIO, CliOutput } from '../../src/cli/io.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** An output that collects what is written. */
export function collect(isTTY = false): CliOutput & { text: string } {
  const out = {
    text: '',
    isTTY,
    write(s: string) {
      out.text += s;
    },
  };
  return out;
}

/**
 * Runs the CLI in this process, as `model-gate ARGS` would run: with its own stdout and stderr, a working directory
 * (default: the repository) and an environment that is only what the test gives (plus HF_HUB_OFFLINE=1 and NO_COLOR=1).
 */
export async function runCli(
  args: string[],
  opts: { cwd?: string; env?: Record<string, string>; stdout?: CliOutput } = {},
): Promise<CliResult> {
  const stdout = collect();
  const stderr = collect();
  const io: CliIO = {
    stdout: opts.stdout ?? stdout,
    stderr,
    cwd: opts.cwd ?? process.cwd(),
    env: { HF_HUB_OFFLINE: '1', NO_COLOR: '1', ...opts.env },
  };
  const code = await main(args, io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}
