import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { trackedFileCount } from '../../src/discover/files.js';
import { prefetchScan, scanRepository, setScanWorkerEntry } from '../../src/discover/scan.js';

// Workers that answer every file with a reference named after it: they show which pool scanned the files.
const FAKE = fileURLToPath(new URL('../fixtures/workers/fake-scan-worker.mjs', import.meta.url));
const dirs: string[] = [];
// a full scan with the default scanners, catalog and limits: the scan a pool made ahead is for
const SCAN = { paths: ['**'], ignore: [], ctx: { isKnownModel: () => false }, catalog: loadCatalog() };
afterAll(() => {
  setScanWorkerEntry(undefined);
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

function repo(files: number, opts: { tracked?: boolean } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'model-gate-prefetch-'));
  dirs.push(root);
  execFileSync('git', ['init', '-q', root]);
  for (let d = 0; d < 10; d++) mkdirSync(join(root, `pkg${d}`));
  for (let i = 0; i < files; i++) writeFileSync(join(root, `pkg${i % 10}`, `m${i}.py`), 'x = 1\n');
  if (opts.tracked) execFileSync('git', ['-C', root, 'add', '-A']);
  return root;
}

describe('prefetchScan', () => {
  it('starts workers from git’s listing of a large repository, and the full scan that follows uses them', async () => {
    // more files than the most workers a run starts need (4 × 256), whatever the machine's cores
    const root = repo(1100);
    setScanWorkerEntry(FAKE);
    const early = prefetchScan(root);
    // from here on, a scan would start no workers of its own (nor read with fake ones)
    setScanWorkerEntry(undefined);
    try {
      expect(early.startedBy()).toBeUndefined(); // untracked: no index to tell
      const r = await scanRepository(root, SCAN);
      expect(early.startedBy()).toBe('listing');
      // the fake workers scanned every file: the pool made ahead took the scan
      expect(r.references).toHaveLength(1100);
      expect(r.references[0].id).toMatch(/^fake\/m\d+\.py$/);
    } finally {
      early.drop();
    }
  });

  it('starts them before git lists the files when its index tracks that many, and the scan uses them', async () => {
    const root = repo(1100, { tracked: true });
    expect(trackedFileCount(root)).toBe(1100);
    setScanWorkerEntry(FAKE);
    const early = prefetchScan(root);
    setScanWorkerEntry(undefined);
    try {
      // at once: git has not answered yet
      expect(early.startedBy()).toBe('index');
      const r = await scanRepository(root, SCAN);
      expect(r.references).toHaveLength(1100);
      expect(r.references[0].id).toMatch(/^fake\/m\d+\.py$/);
    } finally {
      early.drop();
    }
  });

  it('reads the count of tracked files from the index only when it is one', () => {
    const small = repo(20, { tracked: true });
    expect(trackedFileCount(small)).toBe(20);
    // untracked files: git has no index yet
    expect(trackedFileCount(repo(5))).toBeUndefined();
    // not a repository, and an index that is not git's
    const plain = mkdtempSync(join(tmpdir(), 'model-gate-prefetch-'));
    dirs.push(plain);
    expect(trackedFileCount(plain)).toBeUndefined();
    mkdirSync(join(plain, '.git'));
    writeFileSync(join(plain, '.git', 'index'), 'DIRC\0\0\0\x09' + 'x'.repeat(20));
    expect(trackedFileCount(plain)).toBeUndefined();
    writeFileSync(join(plain, '.git', 'index'), 'DIR');
    expect(trackedFileCount(plain)).toBeUndefined();
  });

  it('starts none for a small repository: the scan reads its files in this thread', async () => {
    const root = repo(20);
    setScanWorkerEntry(FAKE);
    const early = prefetchScan(root);
    setScanWorkerEntry(undefined);
    try {
      const r = await scanRepository(root, SCAN);
      expect(r.references).toEqual([]); // `x = 1` names no model; the fake workers would have named each file
      expect(r.scanned).toBe(20);
    } finally {
      early.drop();
    }
  });
});
