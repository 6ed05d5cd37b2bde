// `npm run build`: the data generated from src/catalog/data and schemas/ (build-data.mjs), then dist/:
//   dist/index.js            the action (ncc, not minified, so that it can be read where it runs)
//   dist/cli/index.js        the CLI's entry (src/cli/start.ts): compiles dist/cli/bundle.js with V8's cached code
//   dist/cli/bundle.js       the CLI (src/cli/main.ts, minified), wrapped in a function by wrapBundle() below
//   dist/scan-worker/bundle.js  the scan worker threads' bundle (src/discover/worker-main.ts, minified, wrapped),
//                            started by src/discover/pool.ts (WORKER_BOOT)
// The test suite's globalSetup (__tests__/helpers/build-bundle.mjs) builds the same layout, unminified, with
// buildBundles(). The build is deterministic: .ci/run rebuilds and compares dist/ byte for byte.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { parse } from 'acorn';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

/** The names the wrapper gives `import.meta` and `import(...)`: as long as what they replace, so columns stay. */
const META = '_importMeta';
const LOAD = '__imp_';

/**
 * One ncc build, in a child process. `-t` (transpile only): tsc type-checks in `.ci/run` and the editor; without it
 * each of the four builds type-checked the whole project again (tests included), three quarters of the build's CPU
 * time. Transpiling file by file gives the same code because tsconfig.json sets `isolatedModules`, and ES modules
 * because src/tsconfig.json (the nearest to the entries, read by ncc only) sets `"module": "ESNext"`: with NodeNext,
 * a file transpiled alone is taken for CommonJS. ncc empties the output folder's .js files before it writes, so each
 * build has a folder of its own.
 */
function runNcc(entry, out, flags) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ncc, 'build', join(root, entry), '-o', out, '-q', '-t', ...flags], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`ncc build ${entry} failed (exit ${code}):\n${output}`)),
    );
  });
}

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const v of value) walk(v, visit);
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
}

/**
 * Turns ncc's ES module bundle `dir/index.js` into `dir/bundle.js`: a script whose value is a function of the
 * module's `createRequire`, `import.meta` and dynamic `import()`, which node:vm can compile with cached data
 * (V8 caches no ES module for Node.js 20). Found by parsing (acorn), never by searching the text: the one
 * `import { createRequire }` is blanked, each `import.meta` and `import(` renamed in place with names of the same
 * length, so that the source map still holds; the first line (ncc's shebang) becomes the wrapper's head with a
 * hash of the rest, the key of the compile cache (src/core/compile-cache.ts).
 */
export function wrapBundle(dir) {
  const input = join(dir, 'index.js');
  const source = readFileSync(input, 'utf8');
  for (const name of [META, LOAD]) {
    if (source.includes(name)) throw new Error(`wrapBundle: ${input} already uses the name ${name}`);
  }
  const ast = parse(source, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true });
  const edits = [];
  let req;
  for (const node of ast.body) {
    if (node.type === 'ImportDeclaration') {
      const spec = node.specifiers[0];
      if (
        !['module', 'node:module'].includes(node.source.value) ||
        node.specifiers.length !== 1 ||
        spec.type !== 'ImportSpecifier' ||
        spec.imported.name !== 'createRequire'
      ) {
        throw new Error(
          `wrapBundle: ${input} imports something other than createRequire: ${source.slice(node.start, node.end)}`,
        );
      }
      req = spec.local.name;
      edits.push([node.start, node.end, ' '.repeat(node.end - node.start)]);
    } else if (node.type.startsWith('Export')) {
      throw new Error(`wrapBundle: ${input} exports; a CLI bundle does not`);
    }
  }
  if (!req) throw new Error(`wrapBundle: ${input} does not import createRequire, as ncc's ES module bundles do`);
  walk(ast, (node) => {
    if (node.type === 'MetaProperty' && node.meta.name === 'import') {
      if (node.end - node.start !== META.length) throw new Error('wrapBundle: an import.meta written with spaces');
      edits.push([node.start, node.end, META]);
    } else if (node.type === 'ImportExpression') {
      if (source.slice(node.start, node.start + 6) !== 'import')
        throw new Error('wrapBundle: an import() not as written');
      edits.push([node.start, node.start + 6, LOAD]);
    }
  });
  edits.sort((a, b) => b[0] - a[0]);
  let body = source;
  for (const [start, end, text] of edits) body = body.slice(0, start) + text + body.slice(end);

  // The first line: ncc's shebang, which maps to nothing, or (without one) a line added, the map shifted.
  let shift = false;
  if (body.startsWith('#!')) body = body.slice(body.indexOf('\n') + 1);
  else shift = true;
  const mapComment = /\n\/\/# sourceMappingURL=index\.js\.map\s*$/.exec(body);
  if (mapComment) body = body.slice(0, mapComment.index);
  body = `${body}\n})${mapComment ? '\n//# sourceMappingURL=bundle.js.map' : ''}\n`;
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 32);
  const head = `(function(${req},${META},${LOAD}){"use strict";// model-gate-bundle sha256:${hash}, a script (not a module) whose value is a function of createRequire, import.meta and import(): see .ci/build.mjs\n`;
  const out = head + body;
  new Script(out, { filename: join(dir, 'bundle.js') }); // throws on anything a function body cannot hold
  writeFileSync(join(dir, 'bundle.js'), out);
  rmSync(input);
  if (existsSync(`${input}.map`)) {
    const map = JSON.parse(readFileSync(`${input}.map`, 'utf8'));
    map.file = 'bundle.js';
    if (shift) map.mappings = `;${map.mappings}`;
    writeFileSync(join(dir, 'bundle.js.map'), JSON.stringify(map));
    rmSync(`${input}.map`);
  }
}

/**
 * Builds the action, the CLI and the scan worker into `out`. `release`: minified CLI and worker, source maps and
 * the licenses file, as dist/ holds them; otherwise (tests) plain bundles.
 */
export async function buildBundles(out, { release }) {
  rmSync(out, { recursive: true, force: true });
  // The four builds run at once (each is one single-threaded process), each into a folder of its own under .tmp/
  // (ignored by git, lint and prettier if a build is killed; on the repository's file system, for renameSync), then
  // moved into place.
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const stage = mkdtempSync(join(root, '.tmp', 'build-'));
  const dir = (name) => join(stage, name);
  try {
    const results = await Promise.allSettled([
      runNcc('src/index.ts', dir('action'), release ? ['--source-map', '--license', 'licenses.txt'] : []),
      runNcc('src/cli/main.ts', dir('cli'), release ? ['-m', '--source-map', '--no-source-map-register'] : []),
      runNcc('src/cli/start.ts', dir('start'), release ? ['-m'] : []),
      runNcc('src/discover/worker-main.ts', dir('scan-worker'), release ? ['-m'] : []),
    ]);
    const failed = results.filter((r) => r.status === 'rejected');
    if (failed.length)
      throw new Error(failed.map((r) => (r.reason instanceof Error ? r.reason.message : String(r.reason))).join('\n'));
    wrapBundle(dir('cli'));
    wrapBundle(dir('scan-worker'));
    renameSync(join(dir('start'), 'index.js'), join(dir('cli'), 'index.js'));
    renameSync(dir('action'), out);
    renameSync(dir('cli'), join(out, 'cli'));
    renameSync(dir('scan-worker'), join(out, 'scan-worker'));
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const data = spawnSync(process.execPath, [join(root, '.ci', 'build-data.mjs')], { cwd: root, stdio: 'inherit' });
  if (data.status !== 0) process.exit(data.status ?? 1);
  try {
    await buildBundles(join(root, 'dist'), { release: true });
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  }
}
