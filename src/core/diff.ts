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
    const target = /^\+\+\+ (.+)$/m.exec(chunk);
    const renamed = /^rename to (.+)$/m.exec(chunk);
    const path =
      target && target[1] !== '/dev/null' ? unquote(target[1]).replace(/^b\//, '') : renamed && unquote(renamed[1]);
    if (!path) continue;
    const hunks = chunk.search(/^@@/m);
    out.set(path, addedLines(hunks >= 0 ? chunk.slice(hunks) : ''));
  }
  return out;
}

/** git quotes paths with special characters ("a\tb"); decode the common escapes. */
function unquote(p: string): string {
  if (!p.startsWith('"')) return p;
  return p.slice(1, -1).replace(/\\(["\\tn])/g, (_, c: string) => (c === 't' ? '\t' : c === 'n' ? '\n' : c));
}
