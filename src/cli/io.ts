/** Where the CLI writes and what it reads from its environment: the process's, or a test's. */
export interface CliOutput {
  /** Resolves once the text is written; rejects with OutputError when it cannot be (full disk, closed pipe). */
  write(text: string): void | Promise<void>;
  /**
   * Writes bytes (a large report's pieces), when the output can; resolves once they are written, after which the
   * caller may reuse `data`.
   */
  writeBytes?(data: Uint8Array): Promise<void>;
  readonly isTTY?: boolean;
}

export interface CliIO {
  stdout: CliOutput;
  stderr: CliOutput;
  env: Record<string, string | undefined>;
  /** Relative paths on the command line are taken from here. */
  cwd: string;
}

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EPIPE: 'the reading end of the pipe is closed',
  EBADF: 'it is closed',
  EIO: 'an input/output error',
  EDQUOT: 'the disk quota is exceeded',
  EFBIG: 'the file is too large',
};

/** A write to stdout or stderr failed: the report did not reach its reader. */
export class OutputError extends Error {
  readonly code?: string;
  constructor(
    readonly stream: 'stdout' | 'stderr',
    cause: unknown,
  ) {
    const code = (cause as NodeJS.ErrnoException | undefined)?.code;
    super(
      `cannot write to ${stream}: ${(code && REASONS[code]) ?? (cause as Error)?.message ?? String(cause)}${code ? ` (${code})` : ''}`,
    );
    this.name = 'OutputError';
    this.code = code;
  }
}

/**
 * A CliOutput over a Node stream: every write waits for the stream to take it, and its failure is an OutputError.
 * `bytes`: the stream hands what it is given to the system before it calls back (a file, a pipe, a terminal: the
 * process's own streams), so that a buffer can be used again once its write is done (`writeBytes`). A stream that
 * passes buffers on to a reader (a PassThrough) must not say so.
 */
export function streamOutput(
  stream: NodeJS.WritableStream & { isTTY?: boolean },
  name: 'stdout' | 'stderr',
  opts: { bytes?: boolean } = {},
): CliOutput {
  let failed: unknown;
  // Without a listener, a failed write (EPIPE, ENOSPC) would crash the process with a stack trace.
  stream.on('error', (e) => {
    failed ??= e;
  });
  const write = (data: string | Uint8Array) =>
    new Promise<void>((resolve, reject) => {
      if (failed) return reject(new OutputError(name, failed));
      try {
        stream.write(data, (e) => (e ? reject(new OutputError(name, e)) : resolve()));
      } catch (e) {
        reject(new OutputError(name, e));
      }
    });
  return opts.bytes ? { isTTY: !!stream.isTTY, write, writeBytes: write } : { isTTY: !!stream.isTTY, write };
}

/** The process's own streams, environment and working directory. */
export function processIO(): CliIO {
  return {
    stdout: streamOutput(process.stdout, 'stdout', { bytes: true }),
    stderr: streamOutput(process.stderr, 'stderr'),
    env: process.env,
    cwd: process.cwd(),
  };
}
