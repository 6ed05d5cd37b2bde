import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  inSkippedDir,
  listFiles,
  listRepositoryFiles,
  prefetchFileList,
  readRepoFile,
  readRepoFileSync,
  readScratch,
  readTextFile,
} from '../../src/discover/files.js';

function write(root: string, rel: string, content: string | Buffer): void {
  const p = join(root, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, content);
}

function hasGit(): boolean {
  try {
    execFileSync('git', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

let base: string;
beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'model-gate-files-'));
});
afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

function tree(name: string): string {
  const root = join(base, name);
  mkdirSync(root, { recursive: true });
  write(root, 'app/main.py', 'x = 1\n');
  write(root, 'app/ignored.py', 'x = 2\n');
  write(root, 'generated/out.py', 'x = 3\n');
  write(root, 'third_party/lib/vendored.py', 'x = 4\n');
  write(root, 'node_modules/pkg/index.js', 'x = 5\n');
  write(root, 'pkg/dist/bundle.js', 'x = 6\n');
  write(root, '.venv/lib/site.py', 'x = 7\n');
  write(root, 'docs/README.md', 'hello\n');
  write(root, 'docs/.gitignore', 'draft.md\n');
  write(root, 'docs/draft.md', 'draft\n');
  write(root, '.gitignore', '# comment\napp/ignored.py\ngenerated/\n*.log\n!keep.log\n');
  write(root, 'debug.log', 'log\n');
  write(root, 'keep.log', 'log\n');
  return root;
}

const EXPECTED_ALL = [
  '.gitignore',
  'app/main.py',
  'docs/.gitignore',
  'docs/README.md',
  'keep.log',
  'third_party/lib/vendored.py',
];

describe('listFiles', () => {
  it('honours .gitignore by walking when the root is not a git work tree, and lists what it left out', async () => {
    const root = tree('plain');
    expect(await listFiles(root, { paths: ['**'], ignore: [] })).toEqual(EXPECTED_ALL);
    const listed = await listRepositoryFiles(root, { paths: ['**'], ignore: [] });
    expect(listed.notScanned.map((x) => x.path)).toEqual([
      'app/ignored.py',
      'debug.log',
      'docs/draft.md',
      'generated/',
    ]);
    expect(listed.ignored).toBe(4);
    // past the cap, the rest are counted in one entry
    for (let i = 0; i < 60; i++) write(root, `logs/run${i}.log`, 'x\n');
    const many = await listRepositoryFiles(root, { paths: ['**'], ignore: [] });
    expect(many.ignored).toBe(64);
    expect(many.notScanned).toHaveLength(51);
    expect(many.notScanned[0]).toEqual({ path: '.', reason: '14 more files and folders matched .gitignore' });
  });

  (hasGit() ? it : it.skip)('asks git for tracked and untracked, not ignored, files in a work tree', async () => {
    const root = tree('repo');
    execFileSync('git', ['init', '-q', root]);
    execFileSync('git', ['-C', root, 'add', 'app/main.py']);
    // a tracked file that is deleted from the work tree is listed by git, and read as missing
    write(root, 'gone.py', 'x = 9\n');
    execFileSync('git', ['-C', root, 'add', 'gone.py']);
    rmSync(join(root, 'gone.py'));
    const files = await listFiles(root, { paths: ['**'], ignore: [] });
    expect(files).toEqual([...EXPECTED_ALL.slice(0, 4), 'gone.py', ...EXPECTED_ALL.slice(4)].sort());
    expect(await readRepoFile(root, 'gone.py')).toEqual({ ok: false });
    // a pull request's changed files, through git
    expect(
      await listFiles(root, {
        paths: ['**'],
        ignore: [],
        changedFiles: ['app/main.py', 'app/ignored.py', 'docs/draft.md', 'keep.log'],
      }),
    ).toEqual(['app/main.py', 'keep.log']);
    // the same list from git already (check --base: git diff and ls-files --others): taken as it is, git not asked
    // again, so a name it holds is scanned even where this tree's ignore rules would leave it out; scan.paths and
    // scan.ignore still apply
    expect(
      await listFiles(root, {
        paths: ['**'],
        ignore: ['docs'],
        changedFiles: ['app/main.py', 'app/ignored.py', 'docs/draft.md'],
        changedListed: true,
      }),
    ).toEqual(['app/ignored.py', 'app/main.py']);
    // a subdirectory of a work tree lists paths relative to itself
    expect(await listFiles(join(root, 'app'), { paths: ['**'], ignore: [] })).toEqual(['main.py']);
  });

  it('applies scan.paths and scan.ignore globs', async () => {
    const root = tree('globs');
    expect(await listFiles(root, { paths: ['**'], ignore: ['third_party/**', 'docs'] })).toEqual([
      '.gitignore',
      'app/main.py',
      'keep.log',
    ]);
    expect(await listFiles(root, { paths: ['app/**', 'docs/*.md'], ignore: [] })).toEqual([
      'app/main.py',
      'docs/README.md',
    ]);
  });

  it('limits the listing to changed files, still honouring ignores', async () => {
    const root = tree('changed');
    const files = await listFiles(root, {
      paths: ['**'],
      ignore: ['third_party/**'],
      changedFiles: [
        'app/main.py',
        './docs/README.md',
        'app/ignored.py',
        'third_party/lib/vendored.py',
        'node_modules/pkg/index.js',
        '../outside.py',
        '/etc/passwd',
      ],
    });
    expect(files).toEqual(['app/main.py', 'docs/README.md']);
  });
});

describe('inSkippedDir', () => {
  it('finds a never-scanned folder at any depth, by its whole name, never the file itself', () => {
    expect(inSkippedDir('node_modules/pkg/index.js')).toBe(true);
    expect(inSkippedDir('web/node_modules/pkg/index.js')).toBe(true);
    expect(inSkippedDir('services/api/.venv/lib/x.py')).toBe(true);
    expect(inSkippedDir('a/b/__pycache__/c.pyc')).toBe(true);
    expect(inSkippedDir('node_modules')).toBe(false);
    expect(inSkippedDir('docs/vendor')).toBe(false);
    expect(inSkippedDir('vendored/x.go')).toBe(false);
    expect(inSkippedDir('my-build/x.py')).toBe(false);
    expect(inSkippedDir('app/main.py')).toBe(false);
  });
});

describe('prefetchFileList', () => {
  (hasGit() ? it : it.skip)('says once, while git lists, that a repository has many files', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mg-prefetch-'));
    try {
      execFileSync('git', ['init', '-q', root]);
      for (let i = 0; i < 700; i++) write(root, `pkg${i % 7}/module_${i}.py`, 'x = 1\n');
      const counts: number[] = [];
      const early = prefetchFileList(root, { many: 500, onMany: (n) => counts.push(n) });
      const files = await early.files;
      early.drop();
      expect(files).toHaveLength(700);
      expect(counts).toEqual([500]);
      // fewer files than `many`: never said
      const few: number[] = [];
      const late = prefetchFileList(root, { many: 701, onMany: (n) => few.push(n) });
      expect(await late.files).toHaveLength(700);
      late.drop();
      expect(few).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('readRepoFile', () => {
  it('skips binary files and files over 1 MiB', async () => {
    const root = join(base, 'sizes');
    write(root, 'blob.dat', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]));
    write(root, 'big.txt', 'a'.repeat(1024 * 1024 + 1));
    write(root, 'ok.txt', '\ufeffhello');
    expect(await readRepoFile(root, 'blob.dat')).toEqual({ ok: false, reason: 'binary file' });
    expect(await readRepoFile(root, 'big.txt')).toEqual({
      ok: false,
      reason: 'larger than 1 MiB (1048577 bytes)',
    });
    expect(await readTextFile(root, 'ok.txt')).toBe('hello');
    expect(await readTextFile(root, 'missing.txt')).toBeUndefined();
  });

  it('a large binary file (an image, weights) is binary, not unseen code: only large text is "larger than 1 MiB"', async () => {
    const root = join(base, 'large-binary');
    const png = Buffer.alloc(2 * 1024 * 1024, 0x41);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]).copy(png);
    write(root, 'docs/banner.png', png);
    write(root, 'vendor/huge.py', 'x = 1\n'.repeat(200_000));
    // blocking reads (worker threads) and asynchronous reads give the same answers
    const real = realpathSync(root);
    for (const read of [
      (p: string) => readRepoFile(root, p),
      (p: string) => Promise.resolve(readRepoFileSync(root, p, real, readScratch())),
    ]) {
      expect(await read('docs/banner.png')).toEqual({ ok: false, reason: 'binary file' });
      expect(await read('vendor/huge.py')).toEqual({ ok: false, reason: 'larger than 1 MiB (1200000 bytes)' });
    }
  });

  it('reads a notebook up to 16 MiB: its outputs (base64 plots) make it large, its cells are a few lines of code', async () => {
    const root = join(base, 'notebooks');
    // a cookbook notebook as Jupyter saves it: the loading cell, then a cell whose output is a rendered image
    const notebook = (imageBytes: number) =>
      JSON.stringify(
        {
          cells: [
            {
              cell_type: 'code',
              execution_count: 1,
              metadata: {},
              outputs: [],
              source: [
                'from transformers import Qwen2_5_VLForConditionalGeneration\n',
                'model_path = "Qwen/Qwen2.5-VL-7B-Instruct"\n',
                'model = Qwen2_5_VLForConditionalGeneration.from_pretrained(model_path, device_map="auto")',
              ],
            },
            {
              cell_type: 'code',
              execution_count: 2,
              metadata: {},
              outputs: [
                {
                  data: { 'image/png': 'iVBORw0KGgo'.padEnd(imageBytes, 'A'), 'text/plain': ['<PIL.Image.Image>'] },
                  metadata: {},
                  output_type: 'display_data',
                },
              ],
              source: ['image'],
            },
          ],
          metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' } },
          nbformat: 4,
          nbformat_minor: 5,
        },
        null,
        1,
      ) + '\n';
    const text = notebook(3 * 1024 * 1024);
    write(root, 'cookbooks/ocr.ipynb', text);
    write(root, 'cookbooks/huge.ipynb', notebook(17 * 1024 * 1024));
    write(root, 'cookbooks/big.py', 'x = 1\n'.repeat(200_000));
    write(root, 'cookbooks/small.py', 'y = 2\n');
    const real = realpathSync(root);
    const scratch = readScratch();
    for (const read of [
      (p: string) => readRepoFile(root, p),
      (p: string) => Promise.resolve(readRepoFileSync(root, p, real, scratch)),
    ]) {
      const r = await read('cookbooks/ocr.ipynb');
      expect(r.ok && r.data.toString('utf8')).toBe(text);
      expect(await read('cookbooks/huge.ipynb')).toEqual({
        ok: false,
        reason: `larger than 16 MiB (${Buffer.byteLength(notebook(17 * 1024 * 1024))} bytes)`,
      });
      // other files keep the limit of 1 MiB, and the scratch buffer serves the next file
      expect(await read('cookbooks/big.py')).toEqual({ ok: false, reason: 'larger than 1 MiB (1200000 bytes)' });
      const small = await read('cookbooks/small.py');
      expect(small.ok && small.data.toString('utf8')).toBe('y = 2\n');
    }
  });

  (process.platform === 'win32' ? it.skip : it)('never follows a symbolic link out of the repository', async () => {
    const root = join(base, 'links');
    const outside = join(base, 'outside');
    write(outside, 'secret.py', 'AutoModel.from_pretrained("evil/model")\n');
    write(outside, 'dir/inner.py', 'x = 1\n');
    write(root, 'real.py', 'x = 1\n');
    symlinkSync(join(outside, 'secret.py'), join(root, 'escape.py'));
    symlinkSync(join(outside, 'dir'), join(root, 'linkdir'));
    symlinkSync('real.py', join(root, 'alias.py'));
    symlinkSync('nowhere.py', join(root, 'broken.py'));
    expect(await readRepoFile(root, 'escape.py')).toEqual({
      ok: false,
      reason: 'symbolic link leading outside the repository',
    });
    expect(await readTextFile(root, 'escape.py')).toBeUndefined();
    expect(await readRepoFile(root, 'linkdir')).toEqual({
      ok: false,
      reason: 'symbolic link leading outside the repository',
    });
    expect(await readTextFile(root, 'alias.py')).toBe('x = 1\n');
    expect(await readRepoFile(root, 'broken.py')).toEqual({ ok: false, reason: 'broken symbolic link' });
    // symbolically linked directories are not walked, and changed files through them are dropped
    const files = await listFiles(root, { paths: ['**'], ignore: [] });
    expect(files).toEqual(['alias.py', 'broken.py', 'escape.py', 'linkdir', 'real.py']);
    expect(await listFiles(root, { paths: ['**'], ignore: [], changedFiles: ['linkdir/inner.py', 'real.py'] })).toEqual(
      ['real.py'],
    );
  });
});
