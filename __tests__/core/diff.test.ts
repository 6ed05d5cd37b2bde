import { describe, expect, it } from '@jest/globals';
import { addedLines, addedLinesByFile, parseRawPatch } from '../../src/core/diff.js';

describe('diffs', () => {
  it('finds the added lines of one patch', () => {
    expect([...addedLines('@@ -1,2 +1,3 @@\n a\n+b\n c\n@@ -10 +11,2 @@\n-x\n+y\n+z\n')]).toEqual([2, 11, 12]);
    expect([...addedLines(undefined)]).toEqual([]);
  });
  it('splits a multi-file git diff -U0, with renames, new files and quoted paths', () => {
    const diff = [
      'diff --git a/app/old.py b/app/old.py',
      'index 1111111..2222222 100644',
      '--- a/app/old.py',
      '+++ b/app/old.py',
      '@@ -3,0 +4 @@ x = 1',
      '+# unrelated',
      'diff --git a/new.py b/new.py',
      'new file mode 100644',
      '--- /dev/null',
      '+++ b/new.py',
      '@@ -0,0 +1,2 @@',
      '+import x',
      '+m = 1',
      'diff --git a/a.py b/b.py',
      'similarity index 100%',
      'rename from a.py',
      'rename to b.py',
      'diff --git "a/we\\tird.py" "b/we\\tird.py"',
      '--- "a/we\\tird.py"',
      '+++ "b/we\\tird.py"',
      '@@ -1 +1 @@',
      '-a',
      '+b',
      // git's default core.quotePath: the UTF-8 bytes of `naïve 模型.py` as octal escapes
      'diff --git "a/na\\303\\257ve \\346\\250\\241\\345\\236\\213.py" "b/na\\303\\257ve \\346\\250\\241\\345\\236\\213.py"',
      '--- "a/na\\303\\257ve \\346\\250\\241\\345\\236\\213.py"\t',
      '+++ "b/na\\303\\257ve \\346\\250\\241\\345\\236\\213.py"\t',
      '@@ -2,0 +3 @@',
      '+m = AutoModel.from_pretrained("org/x")',
      // a quote and a backslash escaped, and a character outside the BMP left as it is (core.quotePath=false)
      'diff --git "a/say \\"hi\\" \\\\ 🤗.py" "b/say \\"hi\\" \\\\ 🤗.py"',
      '--- /dev/null',
      '+++ "b/say \\"hi\\" \\\\ 🤗.py"\t',
      '@@ -0,0 +1 @@',
      '+x = 1',
      // a space, unquoted: git ends the header's path with a tab
      'diff --git a/my file.py b/my file.py',
      '--- a/my file.py\t',
      '+++ b/my file.py\t',
      '@@ -4,0 +5,2 @@',
      '+a',
      '+b',
      'diff --git a/x.py b/x.py',
      '--- /dev/null',
      '+++ b/x.py',
      '@@ -0,0 +1 @@',
      '+x = 1',
      '',
    ].join('\n');
    const m = addedLinesByFile(diff);
    expect(Object.fromEntries([...m].map(([k, v]) => [k, [...v]]))).toEqual({
      'app/old.py': [4],
      'new.py': [1, 2],
      'b.py': [],
      'we\tird.py': [1],
      'naïve 模型.py': [3],
      'say "hi" \\ 🤗.py': [1],
      'my file.py': [5, 6],
      'x.py': [1],
    });
  });

  it('reads `git diff --raw -z -p -U0`: the file list from the raw records, the added lines from the patch', () => {
    const out = [
      ':100644 100644 1111111 0000000 M\0app/old.py\0',
      ':100644 100755 2222222 0000000 M\0run.sh\0',
      ':100644 100644 3333333 0000000 M\0logo.png\0',
      ':100644 100644 4444444 0000000 R087\0a/ré name.py\0b/ré name.py\0',
      ':000000 100644 0000000 0000000 A\0line\nbreak.py\0',
      '\0',
      'diff --git a/app/old.py b/app/old.py\n--- a/app/old.py\n+++ b/app/old.py\n@@ -3,0 +4 @@ x\n+# new\n',
      'diff --git a/run.sh b/run.sh\nold mode 100644\nnew mode 100755\n',
      'diff --git a/logo.png b/logo.png\nBinary files a/logo.png and b/logo.png differ\n',
      'diff --git "a/a/r\\303\\251 name.py" "b/b/r\\303\\251 name.py"\nsimilarity index 87%\n',
      'rename from "a/r\\303\\251 name.py"\nrename to "b/r\\303\\251 name.py"\n',
      '--- "a/a/r\\303\\251 name.py"\t\n+++ "b/b/r\\303\\251 name.py"\t\n@@ -1,0 +2,2 @@\n+x\n+y\n',
    ].join('');
    const { files, added } = parseRawPatch(out);
    expect(files).toEqual(['app/old.py', 'run.sh', 'logo.png', 'b/ré name.py', 'line\nbreak.py']);
    // a mode-only or binary change has no added lines (the file counts as wholly new); nor has a name git's patch
    // header cannot carry on one line
    expect(Object.fromEntries([...added].map(([k, v]) => [k, [...v]]))).toEqual({
      'app/old.py': [4],
      'b/ré name.py': [2, 3],
    });
    expect(parseRawPatch('')).toEqual({ files: [], added: new Map() });
  });
});
