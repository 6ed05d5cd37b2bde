import { describe, expect, it } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { ScanPool, compileInWorkers, scanInWorkers, type PoolFile } from '../../src/discover/pool.js';

const FAKE = fileURLToPath(new URL('../fixtures/workers/fake-scan-worker.mjs', import.meta.url));
const init = { root: '/nowhere', realRoot: '/nowhere', scanners: ['fake'], ctx: {} };
const files = (names: string[]): PoolFile[] => names.map((n) => ({ path: `src/${n}`, which: [0] }));

// first in this file: the choice holds for the rest of the process once made
describe('compileInWorkers', () => {
  it('keeps background compiling while a core is free, and compiles in the workers when every core has one', () => {
    expect(compileInWorkers(1, 4)).toBe(false);
    expect(compileInWorkers(3, 4)).toBe(false);
    expect(compileInWorkers(2, 2)).toBe(true);
    expect(compileInWorkers(4, 2)).toBe(true);
    // set once for the process: later pools' workers compile on their own thread too
    expect(compileInWorkers(1, 4)).toBe(true);
  });
});

describe('scanInWorkers', () => {
  it('scans every file in worker threads', async () => {
    const names = Array.from({ length: 150 }, (_, i) => `f${i}.py`);
    const r = await scanInWorkers(files(names), { entry: FAKE, init, size: 3, budgetMs: 5_000 });
    expect(r.references.map((x) => x.id).sort()).toEqual(names.map((n) => `fake/${n}`).sort());
    expect(r.skipped).toEqual([]);
    expect(r.fallback).toEqual([]);
  });

  it('stops a worker stuck on one file past the budget, lists that file, and scans the rest in a new worker', async () => {
    const names = ['a.py', 'b.py', 'hang.py', 'c.py', 'd.py', 'e.py', 'f.py', 'g.py'];
    const r = await scanInWorkers(files(names), { entry: FAKE, init, size: 2, budgetMs: 200 });
    expect(r.references.map((x) => x.id).sort()).toEqual(names.filter((n) => n !== 'hang.py').map((n) => `fake/${n}`));
    expect(r.skipped).toEqual([
      { path: 'src/hang.py', reason: 'over the time budget (200 ms per file): its scan was stopped' },
    ]);
    expect(r.fallback).toEqual([]);
  });

  it('hands the files a pre-filter says "maybe" to one worker, which compiles the analyses once', async () => {
    // the "maybe" files are in the other worker's lane (scanner 1), which that worker hands to lane 0's worker;
    // lane 0 holds most files, so that it is never empty before the handed files are taken (the other worker
    // takes handed files itself only when nothing else is left). Lane 0's files take 3 ms each (about 1.3 s of
    // work for the two workers): however late lane 0's worker starts on a loaded machine, the other one cannot
    // empty lane 0 and reach the handed files first (with fast files it sometimes did)
    const names = Array.from({ length: 1000 }, (_, i) =>
      i % 100 === 1 ? `maybe${i}.py` : i % 10 === 2 ? `g${i}.py` : `slow${i}.py`,
    );
    const work = names.map((n) => ({ path: `src/${n}`, which: n.startsWith('slow') ? [0] : [1] }));
    const r = await scanInWorkers(work, { entry: FAKE, init, size: 2, budgetMs: 5_000 });
    // every file scanned once: none lost, none twice
    expect(r.references.map((x) => x.id).sort()).toEqual(names.map((n) => `fake/${n}`).sort());
    const by = (re: RegExp) => new Set(r.references.filter((x) => re.test(x.id)).map((x) => x.scanner));
    expect(by(/\/maybe/).size).toBe(1);
    // the analysing worker is lane 0's: the first started (the lower thread id)
    const ids = [...new Set(r.references.map((x) => Number(x.scanner.slice(1))))].sort((a, b) => a - b);
    expect(ids).toHaveLength(2);
    expect([...by(/\/maybe/)]).toEqual([`w${ids[0]}`]);
    expect(r.skipped).toEqual([]);
  });

  it('lets the other workers analyse their own files when the analysing worker falls behind', async () => {
    const names = Array.from({ length: 1200 }, (_, i) => (i % 2 ? `maybe-slow${i}.py` : `f${i}.py`));
    const r = await scanInWorkers(files(names), { entry: FAKE, init, size: 2, budgetMs: 5_000 });
    expect(r.references.map((x) => x.id).sort()).toEqual(names.map((n) => `fake/${n}`).sort());
    expect(new Set(r.references.filter((x) => x.id.includes('/maybe')).map((x) => x.scanner)).size).toBe(2);
  });

  it('with one worker, loses no file a pre-filter says "maybe" to', async () => {
    const names = Array.from({ length: 100 }, (_, i) => `maybe${i}.py`);
    const r = await scanInWorkers(files(names), { entry: FAKE, init, size: 1, budgetMs: 5_000 });
    expect(r.references.map((x) => x.id).sort()).toEqual(names.map((n) => `fake/${n}`).sort());
  });

  it('lists a file whose scan killed its worker, and goes on with the others', async () => {
    const names = ['a.py', 'crash.py', 'b.py', 'hang2.py', 'c.py'];
    const r = await scanInWorkers(files(names), { entry: FAKE, init, size: 1, budgetMs: 300 });
    expect(r.references.map((x) => x.id).sort()).toEqual(['fake/a.py', 'fake/b.py', 'fake/c.py']);
    expect(r.skipped.map((s) => s.path).sort()).toEqual(['src/crash.py', 'src/hang2.py']);
    expect(r.skipped.find((s) => s.path === 'src/crash.py')?.reason).toBe(
      'the scan of this file stopped its worker thread (exit code 3)',
    );
  });

  it('sends a worker its next batch before it answers the current one, so that it never waits for this thread', async () => {
    const names = ['peek.py', 'a.py', 'b.py', 'c.py'];
    const r = await scanInWorkers(files(names), { entry: FAKE, init, size: 1, budgetMs: 5_000 });
    expect(r.references.map((x) => x.id).sort()).toEqual([
      'fake/a.py',
      'fake/b.py',
      'fake/c.py',
      'fake/peek.py:queued',
    ]);
    expect(r.skipped).toEqual([]);
  });

  it("gives each worker the files of its own scanners first, and the others' once its own are done", async () => {
    // Python and TypeScript files, in two runs of a folder each, as git lists a repository
    const paths = [
      ...Array.from({ length: 120 }, (_, i) => `backend/slow${i}.py`),
      ...Array.from({ length: 120 }, (_, i) => `frontend/slow${i}.ts`),
    ];
    const which = (p: string) => [p.endsWith('.py') ? 0 : 1];
    const pool = new ScanPool({ entry: FAKE, init, size: 2, budgetMs: 5_000 });
    // both workers likely ready before the run (each file takes 3 ms: a late one joins all the same)
    await new Promise((resolve) => setTimeout(resolve, 200));
    const r = await pool.run(paths, which);
    expect(r.references.map((x) => x.path).sort()).toEqual([...paths].sort());
    const byWorker = new Map<string, string[]>();
    for (const ref of [...r.references].sort((a, b) => a.line - b.line))
      byWorker.set(ref.scanner, [...(byWorker.get(ref.scanner) ?? []), ref.path.endsWith('.py') ? 'py' : 'ts']);
    const runs = [...byWorker.values()].map((kinds) => kinds.filter((k, i) => i === 0 || k !== kinds[i - 1]));
    expect(runs).toHaveLength(2);
    // each worker: its own kind first, then at most the other's; the two start with different kinds
    for (const kinds of runs) expect(kinds.length).toBeLessThanOrEqual(2);
    expect(runs.map((kinds) => kinds[0]).sort()).toEqual(['py', 'ts']);
  });

  it('goes on past thousands of paths no scanner reads, whichever lane the files after them are in', async () => {
    const paths = [
      ...Array.from({ length: 9000 }, (_, i) => `assets/img${i}.png`),
      ...Array.from({ length: 6 }, (_, i) => `src/f${i}.${i % 2 ? 'ts' : 'py'}`),
    ];
    const which = (p: string) => (p.endsWith('.png') ? [] : [p.endsWith('.py') ? 0 : 1]);
    const r = await new ScanPool({ entry: FAKE, init, size: 2, budgetMs: 5_000 }).run(paths, which);
    expect(r.references.map((x) => x.path).sort()).toEqual(paths.slice(9000).sort());
    expect(r.files).toBe(6);
  }, 15_000);

  it('asks each file its scanners once, as it hands it out, and skips files no scanner reads', async () => {
    const names = Array.from({ length: 30 }, (_, i) => `f${i}.${i % 3 === 0 ? 'bin' : 'py'}`);
    const asked: string[] = [];
    const which = (p: string) => (asked.push(p), p.endsWith('.py') ? [0] : []);
    const lazy = names.map((n) => `src/${n}`);
    const r = await new ScanPool({ entry: FAKE, init, size: 2, budgetMs: 5_000 }).run(lazy, which);
    const py = names.filter((n) => n.endsWith('.py'));
    expect(r.references.map((x) => x.id).sort()).toEqual(py.map((n) => `fake/${n}`).sort());
    expect(r.files).toBe(py.length);
    expect(asked.sort()).toEqual(names.map((n) => `src/${n}`).sort());
    // no worker: the files come back with their scanners, those no scanner reads left out
    const none = await new ScanPool({ entry: '/nowhere/missing-worker.js', init, size: 1, budgetMs: 1_000 }).run(
      names.map((n) => `src/${n}`),
      (p) => (p.endsWith('.py') ? [0] : []),
    );
    expect(none.fallback).toEqual(py.map((n) => ({ path: `src/${n}`, which: [0] })));
    expect(none.files).toBe(py.length);
  });

  it('hands every file back when no worker can start', async () => {
    const list = files(['a.py', 'b.py']);
    const r = await scanInWorkers(list, { entry: '/nowhere/missing-worker.js', init, size: 2, budgetMs: 1_000 });
    expect(r.fallback.map((f) => f.path).sort()).toEqual(['src/a.py', 'src/b.py']);
    expect(r.references).toEqual([]);
    expect(r.skipped).toEqual([]);
  });

  it('starts its workers when made, scans once they are given the files, and runs once', async () => {
    const pool = new ScanPool({ entry: FAKE, init, size: 2, budgetMs: 5_000 });
    // the workers load while the caller lists its files
    await new Promise((r) => setTimeout(r, 200));
    const names = Array.from({ length: 40 }, (_, i) => `g${i}.py`);
    const r = await pool.run(files(names));
    expect(r.references.map((x) => x.id).sort()).toEqual(names.map((n) => `fake/${n}`).sort());
    expect(r.fallback).toEqual([]);
    expect(() => pool.run(files(['again.py']))).toThrow(/once/);
    // a pool made ahead and never run is stopped without scanning anything
    const idle = new ScanPool({ entry: FAKE, init, size: 1, budgetMs: 5_000 });
    idle.close();
    expect(() => idle.run(files(['a.py']))).toThrow(/once/);
  });

  it('hands every file back when the workers of a pool made ahead could not start', async () => {
    const pool = new ScanPool({ entry: '/nowhere/missing-worker.js', init, size: 2, budgetMs: 1_000 });
    await new Promise((r) => setTimeout(r, 200));
    const r = await pool.run(files(['a.py', 'b.py']));
    expect(r.fallback.map((f) => f.path).sort()).toEqual(['src/a.py', 'src/b.py']);
  });
});
