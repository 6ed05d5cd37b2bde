import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { GitIgnore } from '../../src/discover/gitignore.js';
import {
  listRepositoryFiles,
  readRepoFile,
  readRepoFileSync,
  readScratch,
  type ReadResult,
} from '../../src/discover/files.js';
import { scanRepository } from '../../src/discover/scan.js';
import { isBenignSkip } from '../../src/discover/scan-file.js';
import { ScanBudgetError } from '../../src/scanners/index.js';
import type { ScanContext, Scanner } from '../../src/scanners/types.js';

const ctx: ScanContext = { isKnownModel: () => false };
let base: string;
beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'model-gate-skipped-'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

function write(root: string, rel: string, content: string | Buffer): void {
  const p = join(root, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, content);
}

function gitInit(root: string): void {
  execFileSync('git', ['init', '-q', root]);
}

const LOAD = (id: string) => `from transformers import AutoModel\nmodel = AutoModel.from_pretrained("${id}")\n`;

describe('ignore rules from another directory (ignoreRoot)', () => {
  it("use the base's .gitignore files, never one the pull request adds", async () => {
    const pr = join(base, 'pr-files');
    const baseCheckout = join(base, 'base-checkout');
    // the pull request adds a .gitignore that would hide its own Python code
    write(pr, '.gitignore', '*.py\n');
    write(pr, 'app/load.py', LOAD('acme/hidden-by-pr'));
    write(pr, 'generated/out.py', LOAD('acme/generated'));
    write(pr, 'docs/draft.md', 'draft\n');
    write(pr, 'docs/guide.md', 'guide\n');
    write(baseCheckout, '.gitignore', 'generated/\n');
    write(baseCheckout, 'docs/.gitignore', 'draft.md\n');
    const { files } = await listRepositoryFiles(pr, { ignoreRoot: baseCheckout });
    expect(files).toEqual(['.gitignore', 'app/load.py', 'docs/guide.md']);
    // a pull request's changed files, the same way
    const changed = await listRepositoryFiles(pr, {
      ignoreRoot: baseCheckout,
      changedFiles: ['app/load.py', 'generated/out.py', 'docs/draft.md'],
    });
    expect(changed.files).toEqual(['app/load.py']);
    // without ignoreRoot the tree's own rules apply
    expect((await listRepositoryFiles(pr)).files).toEqual(['.gitignore', 'docs/draft.md', 'docs/guide.md']);
    const scan = await scanRepository(pr, { paths: ['**'], ignore: [], ignoreRoot: baseCheckout, ctx });
    expect(scan.references.map((r) => r.id)).toEqual(['acme/hidden-by-pr']);
  });

  it('apply even when the scanned directory is a git work tree (it is walked, not listed by git)', async () => {
    const pr = join(base, 'pr-repo');
    const baseCheckout = join(base, 'base-repo');
    write(pr, '.gitignore', '*.py\n');
    write(pr, 'app/load.py', LOAD('acme/in-work-tree'));
    write(baseCheckout, '.gitignore', '');
    gitInit(pr);
    expect((await listRepositoryFiles(pr)).files).toEqual(['.gitignore']);
    expect((await listRepositoryFiles(pr, { ignoreRoot: baseCheckout })).files).toEqual(['.gitignore', 'app/load.py']);
  });
});

describe('.gitignore matching', () => {
  it('follows git: deeper files and later rules win, a file in an ignored folder stays ignored', () => {
    const ig = new GitIgnore();
    ig.add('*.log\n!keep.log\nbuild/\n/top.txt\n');
    ig.add('!debug.log\nkeep.log\n', 'sub');
    expect(ig.ignoresFile('a.log')).toBe(true);
    expect(ig.ignoresFile('keep.log')).toBe(false);
    expect(ig.ignoresFile('sub/debug.log')).toBe(false);
    expect(ig.ignoresFile('sub/keep.log')).toBe(true);
    expect(ig.ignoresFile('x/build/y.py')).toBe(true);
    expect(ig.ignoresFile('top.txt')).toBe(true);
    expect(ig.ignoresFile('sub/top.txt')).toBe(false);
    expect(ig.ignores('build', false)).toBe(false);
  });

  it('cost linear time on hostile patterns and long names', async () => {
    // a naive glob-to-regex translation backtracks on these: about 25 s for a 60-character name,
    // unbounded for this one (jest's timeout is the bound here; no timing is asserted)
    const hostile = `${Array.from({ length: 20 }, () => '*a').join('')}*b\n**/${Array.from({ length: 20 }, () => 'a*').join('')}c/**\n`;
    const root = join(base, 'hostile');
    write(root, '.gitignore', hostile);
    write(root, `${'a'.repeat(200)}.py`, 'x = 1\n');
    write(root, `${'a'.repeat(100)}/${'a'.repeat(100)}.py`, 'x = 1\n');
    const { files } = await listRepositoryFiles(root);
    expect(files).toEqual(['.gitignore', `${'a'.repeat(100)}/${'a'.repeat(100)}.py`, `${'a'.repeat(200)}.py`]);
  });
});

describe('files that are not scanned are listed with their reason', () => {
  (process.platform === 'win32' ? it.skip : it)('names with line breaks, walked or listed by git', async () => {
    for (const git of [false, true]) {
      const root = join(base, git ? 'names-git' : 'names-walk');
      write(root, 'ok.py', LOAD('acme/ok'));
      write(root, 'evil\nname.py', LOAD('acme/newline'));
      write(root, 'cr\rname.py', LOAD('acme/cr'));
      write(root, 'sep\u2028name.py', LOAD('acme/u2028'));
      write(root, 'dir\nname/inner.py', LOAD('acme/in-folder'));
      if (git) gitInit(root);
      const scan = await scanRepository(root, { paths: ['**'], ignore: [], ctx });
      expect(scan.references.map((r) => r.id)).toEqual(['acme/ok']);
      const reason = 'its name holds a line break (\\n, \\r, U+2028 or U+2029); rename it to have it scanned';
      const expected = git
        ? ['cr\rname.py', 'dir\nname/inner.py', 'evil\nname.py', 'sep\u2028name.py']
        : ['cr\rname.py', 'dir\nname/', 'evil\nname.py', 'sep\u2028name.py'];
      expect(scan.skipped).toEqual(expected.map((path) => ({ path, reason })));
    }
  });

  const root = process.getuid?.() === 0 || process.platform === 'win32';
  (root ? it.skip : it)('folders that cannot be read', async () => {
    const dir = join(base, 'locked');
    write(dir, 'ok.py', LOAD('acme/ok'));
    write(dir, 'secret/inner.py', LOAD('acme/locked'));
    chmodSync(join(dir, 'secret'), 0o000);
    try {
      const scan = await scanRepository(dir, { paths: ['**'], ignore: [], ctx });
      expect(scan.references.map((r) => r.id)).toEqual(['acme/ok']);
      expect(scan.skipped).toEqual([{ path: 'secret/', reason: 'unreadable folder (EACCES)' }]);
    } finally {
      chmodSync(join(dir, 'secret'), 0o755);
    }
  });

  it('invalid UTF-8 is scanned with replacement characters and listed; UTF-16 text is read', async () => {
    const dir = join(base, 'encodings');
    write(
      dir,
      'latin1.py',
      Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from(`\n${LOAD('acme/in-latin1')}`)]),
    );
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LOAD('acme/in-utf16'), 'utf16le')]);
    write(dir, 'utf16.py', utf16);
    // a PDF without a NUL byte in its first 8 KiB, but not UTF-8: a binary file (not listed), not text to read
    write(
      dir,
      'paper.pdf',
      Buffer.concat([
        Buffer.from('%PDF-1.4\n%'),
        Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]),
        Buffer.from('\nhttps://huggingface.co/acme/in-pdf\n'),
      ]),
    );
    const scan = await scanRepository(dir, { paths: ['**'], ignore: [], ctx });
    expect(scan.references.map((r) => `${r.path}:${r.line} ${r.id}`)).toEqual([
      'latin1.py:3 acme/in-latin1',
      'utf16.py:2 acme/in-utf16',
    ]);
    expect(scan.skipped).toEqual([
      {
        path: 'latin1.py',
        reason: 'not valid UTF-8 (byte 5): scanned with replacement characters for the invalid bytes',
      },
      { path: 'paper.pdf', reason: 'binary file' },
    ]);
    expect(scan.skipped.filter((x) => !isBenignSkip(x.reason)).map((x) => x.path)).toEqual(['latin1.py']);
  });

  it('a scanner over its budget, or failing, names the file and the scanner', async () => {
    const dir = join(base, 'budget');
    write(dir, 'slow.txt', 'needle\n');
    write(dir, 'broken.txt', 'needle\n');
    const fail = (path: string): never => {
      throw path === 'slow.txt'
        ? new ScanBudgetError('time', 'over the time budget (10 s per file)')
        : new Error('boom');
    };
    const fake: Scanner = {
      name: 'fake',
      description: 'test scanner',
      url: '',
      fileMatch: ['**/*.txt'],
      triggers: ['needle'],
      extract: (_content, path) => fail(path),
      scan: (_content, path) => fail(path),
    };
    const scan = await scanRepository(dir, { paths: ['**'], ignore: [], ctx, scanners: [fake] });
    expect(scan.skipped).toEqual([
      { path: 'broken.txt', reason: 'fake scanner failed: boom' },
      { path: 'slow.txt', reason: 'fake scanner: over the time budget (10 s per file)' },
    ]);
  });
});

describe('the cap on references per run', () => {
  it('keeps the first references in path order and lists the files whose references were dropped, with counts', async () => {
    const dir = join(base, 'cap');
    write(dir, 'a.py', LOAD('acme/a1') + LOAD('acme/a2'));
    write(dir, 'b.py', LOAD('acme/b1') + LOAD('acme/b2'));
    write(dir, 'c.py', LOAD('acme/c1'));
    const scan = await scanRepository(dir, { paths: ['**'], ignore: [], ctx, maxReferences: 3 });
    expect(scan.references.map((r) => r.id)).toEqual(['acme/a1', 'acme/a2', 'acme/b1']);
    expect(scan.skipped).toEqual([
      {
        path: 'b.py',
        reason: "over the cap of 3 model references per run (5 found): 1 of this file's references were not evaluated",
      },
      {
        path: 'c.py',
        reason: "over the cap of 3 model references per run (5 found): 1 of this file's references were not evaluated",
      },
    ]);
  });

  it('keeps the loads of models before mentions, so that documentation never pushes a dependency out (haystack)', async () => {
    const dir = join(base, 'cap-docs');
    write(dir, 'app/main.py', LOAD('acme/loaded'));
    write(dir, 'a-docs/guide.py', LOAD('acme/doc1') + LOAD('acme/doc2'));
    write(dir, 'a-docs/more.py', LOAD('acme/doc3'));
    const isMention = (r: { path: string }) => r.path.startsWith('a-docs/');
    const scan = await scanRepository(dir, { paths: ['**'], ignore: [], ctx, maxReferences: 2, isMention });
    expect(scan.references.map((r) => r.id)).toEqual(['acme/doc1', 'acme/loaded']);
    // only mentions were left out: those files were scanned, and mentions never change the verdict; they are
    // counted (the report's mentions_total), not listed as files not scanned (crewAI's 1,106 documentation pages)
    expect(scan.skipped).toEqual([]);
    expect(scan.mentionsUnlisted).toBe(2);
    // without the classifier: path order alone
    const plain = await scanRepository(dir, { paths: ['**'], ignore: [], ctx, maxReferences: 2 });
    expect(plain.references.map((r) => r.id)).toEqual(['acme/doc1', 'acme/doc2']);
  });
});

describe('readRepoFileSync', () => {
  it('reads as readRepoFile does', async () => {
    const dir = join(base, 'sync');
    write(dir, 'ok.txt', 'hello');
    write(dir, 'blob.dat', Buffer.from([1, 0, 2]));
    write(dir, 'big.txt', 'a'.repeat(1024 * 1024 + 1));
    for (const name of ['ok.txt', 'blob.dat', 'big.txt', 'missing.txt']) {
      expect(readRepoFileSync(dir, name, dir, readScratch())).toEqual(await readRepoFile(dir, name, dir));
    }
  });

  (process.platform === 'win32' ? it.skip : it)('never waits on a named pipe', async () => {
    const dir = join(base, 'fifo');
    mkdirSync(dir, { recursive: true });
    execFileSync('mkfifo', [join(dir, 'pipe.py')]);
    expect(readRepoFileSync(dir, 'pipe.py', dir, readScratch())).toEqual({ ok: false });
    expect(await readRepoFile(dir, 'pipe.py', dir)).toEqual({ ok: false });
  });

  it('reads into one scratch buffer as into a fresh one, whatever the size or kind of file', async () => {
    const dir = join(base, 'scratch');
    const MiB = 1024 * 1024;
    const sizes: Record<string, number> = {
      'empty.py': 0,
      'small.py': 5,
      'first-less-1.py': 64 * 1024 - 1,
      'first.py': 64 * 1024,
      'first-plus-1.py': 64 * 1024 + 1,
      'limit.py': MiB,
      'over.py': MiB + 1,
      'large.py': 3 * MiB,
    };
    // each file's bytes differ from the others', so that bytes left from a larger file would show
    for (const [name, size] of Object.entries(sizes)) write(dir, name, Buffer.alloc(size, 97 + (size % 26)));
    write(dir, 'binary.bin', Buffer.concat([Buffer.from('PK'), Buffer.alloc(70 * 1024, 0)]));
    write(dir, 'large-binary.bin', Buffer.concat([Buffer.from([0x89, 0x50, 0, 0]), Buffer.alloc(2 * MiB, 1)]));
    write(dir, 'utf16.txt', Buffer.from('\ufeffmodel', 'utf16le'));
    mkdirSync(join(dir, 'folder.py'), { recursive: true });
    if (process.platform !== 'win32') {
      symlinkSync('small.py', join(dir, 'inside.py'));
      symlinkSync(join(base, 'outside.py'), join(dir, 'outside.py'));
      write(base, 'outside.py', 'x = 1\n');
    }
    const names = [
      ...Object.keys(sizes),
      'binary.bin',
      'large-binary.bin',
      'utf16.txt',
      'folder.py',
      'missing.py',
      ...(process.platform !== 'win32' ? ['inside.py', 'outside.py'] : []),
    ];
    // the bytes as a digest: jest compares megabytes of buffers slowly
    const summary = (r: ReadResult) =>
      r.ok ? { ok: true, length: r.data.length, sha1: createHash('sha1').update(r.data).digest('hex') } : r;
    const scratch = readScratch();
    // twice, in both orders: a read never sees what an earlier one left in the buffer
    for (const order of [names, [...names].reverse()]) {
      for (const name of order) {
        const own = readRepoFileSync(dir, name, dir, readScratch());
        const into = readRepoFileSync(dir, name, dir, scratch);
        expect({ name, r: summary(into) }).toEqual({ name, r: summary(own) });
        expect({ name, r: summary(into) }).toEqual({ name, r: summary(await readRepoFile(dir, name, dir)) });
        if (into.ok) expect(into.data.buffer).toBe(scratch.buffer);
      }
    }
    expect(readRepoFileSync(dir, 'over.py', dir, scratch)).toEqual({
      ok: false,
      reason: `larger than 1 MiB (${MiB + 1} bytes)`,
    });
    expect(readRepoFileSync(dir, 'folder.py', dir, scratch)).toEqual({ ok: false });
  });
});
