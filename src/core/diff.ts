/** Unified diffs: which lines a change adds. Pure; used for pull request patches and `git diff` output. */

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

/** Line numbers (new side, 1-based) that one file's unified diff adds. */
export function addedLines(patch: string | undefined): Set<number> {
  const out = new Set<number>();
  if (!patch) return out;
  let line = 0;
  let inHunk = false;
  for (const raw of patch.split('\n')) {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const h = HUNK.exec(text);
    if (h) {
      line = Number(h[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    const c = text[0];
    if (c === '+') out.add(line++);
    else if (c === ' ' || text === '') line++;
    // '-' removes a base line; '\' is "\ No newline at end of file".
  }
  return out;
}

/** Added lines per file of a multi-file `git diff` (paths of the new side, as git prints them after `+++ b/`). */
export function addedLinesByFile(diff: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  const chunks = diff.split(/^diff --git /m).slice(1);
  for (const chunk of chunks) {
    // (git ends a header's path with a tab when the path holds a space: `+++ b/my file.py\t`)
    const target = /^\+\+\+ (.+?)\t?$/m.exec(chunk);
    const renamed = /^rename to (.+)$/m.exec(chunk);
    const path =
      target && target[1] !== '/dev/null'
        ? unquotePath(target[1]).replace(/^b\//, '')
        : renamed && unquotePath(renamed[1]);
    if (!path) continue;
    const hunks = chunk.search(/^@@/m);
    out.set(path, addedLines(hunks >= 0 ? chunk.slice(hunks) : ''));
  }
  return out;
}

/**
 * The output of `git diff --raw -z -p -U0 ...`: the changed files, from the NUL-separated raw records (paths exactly
 * as stored, the new path of a rename or copy), and the lines each adds, from the patch after them. One git process
 * instead of a `--name-only` and a `-U0` diff, each of which stats the whole work tree. A file of the list without
 * an entry in `added` (binary, mode only) counts as wholly new.
 */
export function parseRawPatch(out: string): { files: string[]; added: Map<string, Set<number>> } {
  const files: string[] = [];
  let at = 0;
  while (at < out.length && out[at] === ':') {
    // ":100644 100644 abc123 def456 M\0path\0", or "...R087\0from\0to\0"
    const statusEnd = out.indexOf('\0', at);
    if (statusEnd < 0) break;
    const status = out.slice(out.lastIndexOf(' ', statusEnd) + 1, statusEnd);
    const paths = status[0] === 'R' || status[0] === 'C' ? 2 : 1;
    let end = statusEnd;
    let path = '';
    for (let n = 0; n < paths && end >= 0; n++) {
      const next = out.indexOf('\0', end + 1);
      path = out.slice(end + 1, next < 0 ? out.length : next);
      end = next;
    }
    if (path) files.push(path);
    if (end < 0) return { files, added: new Map() };
    at = end + 1;
  }
  // the raw part ends with an empty record before the patch
  if (out[at] === '\0') at++;
  return { files, added: addedLinesByFile(out.slice(at)) };
}

/** C escapes git writes in a quoted path, by the letter after the backslash. */
const ESCAPES: Readonly<Record<string, number>> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/**
 * A path as git writes it in a patch header: as it is, or quoted with C escapes where it holds special characters
 * ("a\tb") or, under git's default `core.quotePath`, any byte above 0x7f as three octal digits ("na\303\257ve.py",
 * the UTF-8 bytes of `naïve.py`). Decoded as UTF-8.
 */
export function unquotePath(p: string): string {
  if (!p.startsWith('"') || !p.endsWith('"') || p.length < 2) return p;
  const bytes: number[] = [];
  const body = p.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== '\\' || i + 1 >= body.length) {
      // (a character as it is, two UTF-16 units for one outside the BMP, where git was told not to quote it)
      const cp = body.codePointAt(i)!;
      bytes.push(...Buffer.from(String.fromCodePoint(cp), 'utf8'));
      if (cp > 0xffff) i++;
      continue;
    }
    const next = body[i + 1];
    const octal = /^[0-3][0-7]{2}$/.test(body.slice(i + 1, i + 4)) ? body.slice(i + 1, i + 4) : undefined;
    if (octal) {
      bytes.push(parseInt(octal, 8));
      i += 3;
    } else if (Object.hasOwn(ESCAPES, next)) {
      bytes.push(ESCAPES[next]);
      i += 1;
    } else bytes.push(92);
  }
  return Buffer.from(bytes).toString('utf8');
}
