/**
 * Writing the files the action was asked for (the JSON report, `sarif-file`, `bom-file`) without hanging or
 * writing where a pull request points: no paths under /proc, /sys or /dev; never through a symbolic link (a pull
 * request could commit one where the report goes); never into a FIFO, device or directory (opened non-blocking, so
 * a FIFO fails at once instead of waiting for a reader); inside the workspace, no parent folder that is a link
 * leading out of it. A failure is an error to report, not a crash.
 */
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, realpathSync, writeSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

const SPECIAL = ['/proc', '/sys', '/dev'];

export class OutputFileError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`cannot write ${path}: ${message}`);
    this.name = 'OutputFileError';
  }
}

function under(dir: string, p: string): boolean {
  const rel = relative(dir, p);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Writes `data` to `path` (relative to `workspace` unless absolute), creating its folders. Throws OutputFileError. */
export function writeOutputFile(workspace: string, path: string, data: string): string {
  const abs = resolve(workspace, path);
  const fail = (m: string): never => {
    throw new OutputFileError(path, m);
  };
  for (const s of SPECIAL) if (abs === s || abs.startsWith(s + sep)) fail(`a path under ${s} is not a file to write`);
  try {
    mkdirSync(dirname(abs), { recursive: true });
  } catch (e) {
    fail(`cannot create its folder (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  // Inside the workspace, the real folder must be inside it too (no committed link leading out).
  let realWs: string;
  try {
    realWs = realpathSync(workspace);
  } catch {
    realWs = workspace;
  }
  if (under(resolve(workspace), abs)) {
    let realDir: string;
    try {
      realDir = realpathSync(dirname(abs));
    } catch (e) {
      return fail(`cannot resolve its folder (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    }
    if (!under(realWs, realDir)) fail('its folder is a symbolic link leading out of the workspace');
  }
  let st;
  try {
    st = lstatSync(abs);
  } catch {
    st = undefined;
  }
  if (st) {
    if (st.isSymbolicLink()) fail('it is a symbolic link');
    if (st.isDirectory()) fail('it is a directory; give the path of a file');
    if (!st.isFile()) fail('it is not a regular file (a FIFO, socket or device)');
  }
  const flags =
    constants.O_WRONLY |
    constants.O_CREAT |
    constants.O_TRUNC |
    (constants.O_NOFOLLOW ?? 0) |
    (constants.O_NONBLOCK ?? 0);
  let fd: number;
  try {
    fd = openSync(abs, flags, 0o644);
  } catch (e) {
    return fail((e as NodeJS.ErrnoException).code ?? String(e));
  }
  try {
    if (!fstatSync(fd).isFile()) fail('it is not a regular file');
    const buf = Buffer.from(data, 'utf8');
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
  } catch (e) {
    if (e instanceof OutputFileError) throw e;
    fail((e as NodeJS.ErrnoException).code ?? String(e));
  } finally {
    closeSync(fd);
  }
  return abs;
}
