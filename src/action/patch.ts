/** Unified diffs as the pull request files API gives them (`patch`). */

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

/** Line numbers (new side, 1-based) that a patch adds. */
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
