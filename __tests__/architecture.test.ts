import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/**
 * Folders under src/ depend one way: a folder may import only folders to its left. Folders of the same rank
 * (the entry points) may not import each other. A new folder must be placed in this order.
 */
const LAYERS: string[][] = [
  ['core'],
  ['catalog'],
  ['hub'],
  ['rules'],
  ['policy'],
  ['scanners'],
  ['discover'],
  ['engine'],
  ['report'],
  ['github'],
  ['inventory'],
  // Entry points: the CLI, the action and the benchmarks.
  ['cli', 'action', 'bench'],
  // The action's bundle entry.
  ['index.ts'],
];

const SRC = join(process.cwd(), 'src');

interface Edge {
  file: string;
  spec: string;
  from: string;
  to: string;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const abs = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'data' ? [] : tsFiles(abs);
    return d.name.endsWith('.ts') ? [abs] : [];
  });
}

/** The top folder of a path under src/ (`index.ts` for the root file). */
function folderOf(abs: string): string {
  return relative(SRC, abs).split(sep)[0];
}

/** Every relative import of every file under src/: value, type-only, re-exports and dynamic import(). */
function importEdges(): Edge[] {
  const edges: Edge[] = [];
  for (const file of tsFiles(SRC)) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const imp of info.importedFiles) {
      if (!imp.fileName.startsWith('.')) continue;
      const target = resolve(dirname(file), imp.fileName);
      edges.push({
        file: relative(process.cwd(), file).split(sep).join('/'),
        spec: imp.fileName,
        from: folderOf(file),
        to: folderOf(target),
      });
    }
  }
  return edges;
}

/** The violations among import edges: imports of a folder to the right (or of a peer), unknown folders, two-way pairs. */
function violations(edges: Edge[], layers: string[][] = LAYERS): string[] {
  const rank = new Map(layers.flatMap((names, i) => names.map((n) => [n, i] as const)));
  const out: string[] = [];
  const pairs = new Set<string>();
  for (const e of edges) {
    if (e.from === e.to) continue;
    pairs.add(`${e.from}>${e.to}`);
    const a = rank.get(e.from);
    const b = rank.get(e.to);
    if (a === undefined || b === undefined) {
      out.push(
        `${e.file}: imports '${e.spec}': folder ${a === undefined ? e.from : e.to} is not in the layer order of __tests__/architecture.test.ts`,
      );
    } else if (b >= a) {
      out.push(
        `${e.file}: imports '${e.spec}': ${e.from} may not import ${e.to} (${b > a ? `${e.to} is above it` : 'peers'})`,
      );
    }
  }
  for (const p of pairs) {
    const [x, y] = p.split('>');
    if (x < y && pairs.has(`${y}>${x}`)) out.push(`two-way pair: ${x} and ${y} import each other`);
  }
  return out;
}

describe('architecture', () => {
  it('folders under src/ depend one way', () => {
    const edges = importEdges();
    expect(edges.length).toBeGreaterThan(100);
    expect(violations(edges)).toEqual([]);
  });

  it('sees type-only imports, re-exports and dynamic imports', () => {
    const text = [
      "import type { A } from '../engine/check.js';",
      "export { B } from '../report/json.js';",
      "const c = await import('../cli/cli.js');",
    ].join('\n');
    const names = ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
    expect(names).toEqual(['../engine/check.js', '../report/json.js', '../cli/cli.js']);
  });

  it('names the file and the import of a violation', () => {
    const edge = (file: string, spec: string, from: string, to: string): Edge => ({ file, spec, from, to });
    expect(
      violations([
        edge('src/rules/x.ts', '../policy/allow.js', 'rules', 'policy'),
        edge('src/policy/y.ts', '../rules/index.js', 'policy', 'rules'),
        edge('src/core/z.ts', '../core/types.js', 'core', 'core'),
        edge('src/cli/a.ts', '../action/run.js', 'cli', 'action'),
        edge('src/newdir/b.ts', '../core/types.js', 'newdir', 'core'),
      ]),
    ).toEqual([
      "src/rules/x.ts: imports '../policy/allow.js': rules may not import policy (policy is above it)",
      "src/cli/a.ts: imports '../action/run.js': cli may not import action (peers)",
      "src/newdir/b.ts: imports '../core/types.js': folder newdir is not in the layer order of __tests__/architecture.test.ts",
      'two-way pair: policy and rules import each other',
    ]);
  });
});
