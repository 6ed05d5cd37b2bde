/** .ci/build.mjs's wrapBundle: ncc's ES module bundle made a script that node:vm compiles with cached data. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { bundleKey } from '../../src/core/compile-cache.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Wraps `source` (as dir/index.js, with `map` as index.js.map) in a child process; the wrapped text, or the error. */
function wrap(source: string, map?: object): { dir: string; text?: string; error?: string } {
  const dir = mkdtempSync(join(tmpdir(), 'model-gate-wrap-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'index.js'), source);
  if (map) writeFileSync(join(dir, 'index.js.map'), JSON.stringify(map));
  const build = join(process.cwd(), '.ci', 'build.mjs');
  const r = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { wrapBundle } from ${JSON.stringify(build)}; wrapBundle(process.argv[1]);`,
      dir,
    ],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) return { dir, error: r.stderr };
  return { dir, text: readFileSync(join(dir, 'bundle.js'), 'utf8') };
}

const NCC_LIKE = [
  '#!/usr/bin/env node',
  'import{createRequire as q}from"module";const s="import.meta.url, import(\'x\') and import{createRequire}from\\"module\\" in a string";' +
    'const p=q(import.meta.url)("node:path");' +
    'p.report({meta:import.meta.url,s,dir:new URL(".",import.meta.url).pathname,' +
    'load:()=>import("./chunk.mjs"),self:this});',
  '//# sourceMappingURL=index.js.map',
].join('\n');

type Wrapped = (req: typeof createRequire, meta: { url: string }, load: (s: string) => unknown) => void;

describe('wrapBundle', () => {
  it('makes a function of createRequire, import.meta and import(), leaving strings and columns as they were', () => {
    const { dir, text } = wrap(NCC_LIKE, {
      version: 3,
      file: 'index.js',
      sources: ['a.ts'],
      names: [],
      mappings: ';AAAA',
    });
    expect(text).toBeDefined();
    expect(existsSync(join(dir, 'index.js'))).toBe(false);
    const lines = text!.split('\n');
    // the shebang's line is the wrapper's head, with the key of the compile cache
    expect(lines[0]).toMatch(
      /^\(function\(q,_importMeta,__imp_\)\{"use strict";\/\/ model-gate-bundle sha256:[0-9a-f]{32}/,
    );
    expect(bundleKey(text!)).toMatch(/^[0-9a-f]{32}$/);
    const original = NCC_LIKE.split('\n')[1];
    expect(lines[1]).toHaveLength(original.length);
    expect(lines[1].indexOf('const p=')).toBe(original.indexOf('const p='));
    expect(lines.at(-2)).toBe('//# sourceMappingURL=bundle.js.map');
    // the map: renamed, its lines unchanged (the head takes the shebang's line)
    const map = JSON.parse(readFileSync(join(dir, 'bundle.js.map'), 'utf8')) as { file: string; mappings: string };
    expect(map).toMatchObject({ file: 'bundle.js', mappings: ';AAAA' });

    const loads: string[] = [];
    const required: string[] = [];
    let got: Record<string, unknown> = {};
    // a createRequire that hands the bundle a module whose report() gives back what the bundle saw
    const fakeRequire = ((url: string) => (id: string) => {
      required.push(`${url} ${id}`);
      return { report: (o: Record<string, unknown>) => (got = o) };
    }) as unknown as typeof createRequire;
    (new Script(text!).runInThisContext() as Wrapped)(fakeRequire, { url: 'file:///opt/tool/cli/index.js' }, (s) =>
      loads.push(s),
    );
    expect(required).toEqual(['file:///opt/tool/cli/index.js node:path']);
    expect(got.meta).toBe('file:///opt/tool/cli/index.js');
    expect(got.s).toBe('import.meta.url, import(\'x\') and import{createRequire}from"module" in a string');
    expect(got.dir).toBe('/opt/tool/cli/');
    expect(got.self).toBeUndefined(); // strict, as a module is
    (got.load as () => void)();
    expect(loads).toEqual(['./chunk.mjs']);
  });

  it('is deterministic, and its key follows the contents', () => {
    const a = wrap(NCC_LIKE).text!;
    expect(wrap(NCC_LIKE).text).toBe(a);
    const b = wrap(NCC_LIKE.replace('node:path', 'node:url')).text!;
    expect(bundleKey(b)).not.toBe(bundleKey(a));
  });

  it('adds a line for the head when there is no shebang, and shifts the map by one', () => {
    const { dir, text } = wrap(
      'import{createRequire as r}from"node:module";var x=r;\n//# sourceMappingURL=index.js.map\n',
      {
        version: 3,
        sources: ['a.ts'],
        names: [],
        mappings: 'AAAA',
      },
    );
    expect(text!.split('\n')[1]).toMatch(/^ +var x=r;$/);
    expect((JSON.parse(readFileSync(join(dir, 'bundle.js.map'), 'utf8')) as { mappings: string }).mappings).toBe(
      ';AAAA',
    );
  });

  it('refuses what a function cannot hold, or an import it cannot give', () => {
    expect(wrap('import{createRequire as r}from"module";export const x=1;').error).toMatch(/exports/);
    expect(wrap('import fs from"node:fs";import{createRequire as r}from"module";').error).toMatch(
      /imports something other than createRequire/,
    );
    expect(wrap('var x=1;').error).toMatch(/does not import createRequire/);
    expect(wrap('import{createRequire as r}from"module";await 1;').error).toMatch(/SyntaxError|await/);
    expect(wrap('import{createRequire as r}from"module";var _importMeta=1;').error).toMatch(/already uses the name/);
  });
});
