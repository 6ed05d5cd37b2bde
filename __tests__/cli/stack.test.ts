import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mapStack } from '../../src/cli/stack.js';

const root = mkdtempSync(join(tmpdir(), 'model-gate-stack-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('mapStack', () => {
  // bundle.js line 1: column 0 comes from src/a.ts 1:1, column 10 from src/b.ts 3:5 (a webpack:// source)
  const dist = join(root, 'dist', 'cli');
  mkdirSync(dist, { recursive: true });
  const bundle = join(dist, 'bundle.js');
  writeFileSync(bundle, 'x'.repeat(40));
  writeFileSync(
    `${bundle}.map`,
    JSON.stringify({
      version: 3,
      sources: ['../../src/a.ts', 'webpack://model-gate/./src/b.ts'],
      names: [],
      mappings: 'AAAA,UCEI',
    }),
  );
  const plain = join(root, 'other.js');
  writeFileSync(plain, '');

  it('adds the source place to each frame of a bundle with a map', () => {
    const stack = [
      'Error: boom',
      `    at run (${bundle}:1:1)`,
      `    at ${bundle}:1:12`,
      `    at load (${pathToFileURL(bundle).href}:1:1)`,
      `    at elsewhere (${plain}:3:4)`,
      '    at node:internal/main:1:1',
    ].join('\n');
    const lines = mapStack(stack).split('\n');
    expect(lines[0]).toBe('Error: boom');
    expect(lines[1]).toBe(`    at run (${bundle}:1:1) [${join(root, 'src', 'a.ts')}:1:1]`);
    expect(lines[2]).toBe(`    at ${bundle}:1:12 [${join(dist, 'src', 'b.ts')}:3:5]`);
    expect(lines[3]).toBe(`    at load (${pathToFileURL(bundle).href}:1:1) [${join(root, 'src', 'a.ts')}:1:1]`);
    expect(lines[4]).toBe(`    at elsewhere (${plain}:3:4)`);
    expect(lines[5]).toBe('    at node:internal/main:1:1');
  });

  it('leaves a stack as it is when a map is missing or broken', () => {
    writeFileSync(join(root, 'broken.js.map'), '{not json');
    const stack = `Error: x\n    at f (${join(root, 'broken.js')}:1:1)\n    at g (${join(root, 'missing.js')}:1:1)`;
    expect(mapStack(stack)).toBe(stack);
    expect(mapStack('')).toBe('');
  });
});
