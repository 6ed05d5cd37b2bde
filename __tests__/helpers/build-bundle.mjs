// jest globalSetup: bundles the action and the CLI from the current src/ into .tmp/test-bundle/ (as `npm run build` bundles it
// into dist/), so that the end-to-end tests run what src/ says, never the committed dist/. The bundle is rebuilt only
// when src/, package-lock.json or tsconfig.json changed since the last build (a hash of their contents decides).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, '.tmp', 'test-bundle');

function files(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]))
    .sort();
}

function sourceHash() {
  const h = createHash('sha256');
  for (const f of [...files(join(root, 'src')), join(root, 'package-lock.json'), join(root, 'tsconfig.json')]) {
    h.update(relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
  }
  return h.digest('hex');
}

export default async function buildTestBundle() {
  const hash = sourceHash();
  const stamp = join(out, '.source-hash');
  if (existsSync(join(out, 'index.js')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;
  const next = `${out}.${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  // The action (dist/index.js) and the CLI (dist/cli/index.js), as `npm run build` makes them.
  for (const [entry, dir] of [[join(root, 'src', 'index.ts'), next], [join(root, 'src', 'cli', 'main.ts'), join(next, 'cli')]]) {
    const r = spawnSync(process.execPath, [ncc, 'build', entry, '-o', dir, '-q'], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`building the test bundle failed:\n${r.stderr || r.stdout}`);
  }
  writeFileSync(join(next, '.source-hash'), hash);
  rmSync(out, { recursive: true, force: true });
  renameSync(next, out);
}
