import { describe, expect, it } from '@jest/globals';
import { addedLines, addedLinesByFile } from '../../src/core/diff.js';

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
});
