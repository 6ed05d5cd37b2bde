import { constants, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';

/** Why a file could not be read, in words for an error message ("no such file", "a FIFO, not a regular file"...). */
export class FileReadError extends Error {
  constructor(
    readonly reason: string,
    readonly code?: string,
  ) {
    super(reason);
    this.name = 'FileReadError';
  }
}

/** What a non-regular file is, for messages. */
export function fileKind(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

/**
 * Read a file a user named (a policy, a test cases file), refusing anything that is not a regular file without
 * blocking on it: the file is opened non-blocking (a FIFO with no writer would hang a plain open) and checked with
 * fstat before a byte is read. Files over `maxBytes` are refused. Throws FileReadError.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'a directory'
            : code === 'ENXIO'
              ? 'a socket or device without a reader'
              : (e as Error).message;
    throw new FileReadError(reason, code);
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw new FileReadError(fileKind(st));
    if (st.size > maxBytes)
      throw new FileReadError(
        `larger than ${maxBytes >= 1024 * 1024 ? `${maxBytes / 1024 / 1024} MiB` : `${maxBytes} bytes`} (${st.size} bytes)`,
      );
    const data = Buffer.alloc(st.size);
    let off = 0;
    while (off < st.size) {
      const { bytesRead } = await handle.read(data, off, st.size - off, off);
      if (bytesRead === 0) break;
      off += bytesRead;
    }
    return data.subarray(0, off);
  } catch (e) {
    if (e instanceof FileReadError) throw e;
    throw new FileReadError((e as Error).message, (e as NodeJS.ErrnoException).code);
  } finally {
    await handle.close();
  }
}
