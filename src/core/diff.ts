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
      target && target[1] !== '/dev/null' ? unquote(target[1]).replace(/^b\//, '') : renamed && unquote(renamed[1]);
    if (!path) continue;
    const hunks = chunk.search(/^@@/m);
    out.set(path, addedLines(hunks >= 0 ? chunk.slice(hunks) : ''));
  }
  return out;
}

/** C escapes git writes in a quoted path, by the letter after the backslash. */
const ESCAPES: Readonly<Record<string, number>> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/**
 * A path as git writes it in a patch header: as it is, or quoted with C escapes where it holds special characters
 * ("a\tb") or, under git's default `core.quotePath`, any byte above 0x7f as three octal digits ("na\303\257ve.py",
 * the UTF-8 bytes of `naïve.py`). Decoded as UTF-8.
 */
function unquote(p: string): string {
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
