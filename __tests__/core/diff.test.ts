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
      '',
    ].join('\n');
    const m = addedLinesByFile(diff);
    expect(Object.fromEntries([...m].map(([k, v]) => [k, [...v]]))).toEqual({
      'app/old.py': [4],
      'new.py': [1, 2],
      'b.py': [],
      'we\tird.py': [1],
    });
  });
});
