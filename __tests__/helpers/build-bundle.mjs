// jest globalSetup: bundles the action and the CLI from the current src/ into .tmp/test-bundle/ (as `npm run build` bundles it
// into dist/), so that the end-to-end tests run what src/ says, never the committed dist/. The bundle is rebuilt only
// when src/, .ci/build.mjs, package-lock.json or tsconfig.json changed since the last build (a hash of their contents decides).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBundles } from '../../.ci/build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, '.tmp', 'test-bundle');

function files(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]))
    .sort();
}

function sourceHash() {
  const h = createHash('sha256');
  const inputs = [join(root, '.ci', 'build.mjs'), join(root, 'package-lock.json'), join(root, 'tsconfig.json')];
  for (const f of [...files(join(root, 'src')), ...inputs]) {
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
  // The action (dist/index.js), the CLI (dist/cli/index.js and bundle.js) and the scan worker threads' bundle
  // (dist/scan-worker/bundle.js), as `npm run build` makes them (.ci/build.mjs), not minified.
  try {
    await buildBundles(next, { release: false });
  } catch (err) {
    throw new Error(`building the test bundle failed:\n${err instanceof Error ? err.message : String(err)}`, {
      cause: err,
    });
  }
  writeFileSync(join(next, '.source-hash'), hash);
  rmSync(out, { recursive: true, force: true });
  renameSync(next, out);
}
