import { realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve as resolvePath, sep } from 'node:path';
import { loadCatalog, type Catalog } from '../catalog/catalog.js';
import { UserError } from '../core/errors.js';
import { FileReadError, readRegularFile } from '../core/files.js';
import { packagePath } from '../core/paths.js';
import type { Location, Policy } from '../core/types.js';
import { validateDoc } from '../core/validate.js';
import { parseYamlWithPositions, positionOf, type Pos, type PositionedDoc } from '../core/yaml.js';
import { SHIPPED_POLICY_JSON } from './default.generated.js';
import { mergePolicyFiles, type PolicyFile, type RawPolicy } from './merge.js';

/** Reads a policy file from another repository (the GitHub contents API). */
export interface RemotePolicyReader {
  read(owner: string, repo: string, path: string, ref: string): Promise<string>;
}

export interface LoadPolicyOptions {
  /** Directory local paths are relative to (the repository root). */
  cwd: string;
  /**
   * The repository: a policy file inside it may extend only files inside it (after following symbolic links), the
   * default policy, or remote policies. Default: `cwd`. A policy file outside it (given on the command line) may
   * extend any local file.
   */
  root?: string;
  remote?: RemotePolicyReader;
  catalog?: Catalog;
  /** Today, for exception_max_days. */
  now?: Date;
}

/** Where a policy file lives. */
type PolicyRef =
  | { kind: 'default' }
  | { kind: 'local'; abs: string }
  | { kind: 'remote'; owner: string; repo: string; path: string; ref: string };

const MAX_DEPTH = 5;
/** Policy files read for one policy (its own, every parent, local or remote): a wide extends is an error past it. */
export const MAX_POLICY_FILES = 20;
const MAX_POLICY_BYTES = 1024 * 1024;
/** owner/repo/path@ref; owner and repo as GitHub allows them. */
const REMOTE_RE = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})\/([^@]+)@([^@\s]+)$/;

/**
 * Why a remote spec cannot name a GitHub file, or undefined. GitHub forbids the repository names `.` and `..`, and
 * a path segment `.` or `..` (or one percent-encoded) would lead the request to another API route.
 */
function remoteSpecProblem(repo: string, path: string): string | undefined {
  if (repo === '.' || repo === '..') return `"${repo}" is not a repository name`;
  const bad = path.split('/').find((seg) => /^(?:\.|%2e){1,2}$/i.test(seg));
  if (bad !== undefined) return `the path may not hold a "${bad}" segment`;
  // eslint-disable-next-line no-control-regex -- rejects paths that hold control characters
  if (/[\\%?#]/.test(path) || /[\u0000-\u001f]/.test(path))
    return 'the path may not hold a backslash, %, ?, # or a control character';
  return undefined;
}

/** Where a spec (a policy argument, or an entry of extends) names a policy; throws UserError for a malformed remote spec. */
function parsePolicySpec(spec: string, baseDir: string, from?: PolicyRef, at?: Location): PolicyRef {
  const s = spec.trim();
  if (s === 'default') return { kind: 'default' };
  const m = REMOTE_RE.exec(s);
  if (m && !s.startsWith('.') && !s.startsWith('/')) {
    const path = m[3].replace(/^\/+/, '');
    const problem = remoteSpecProblem(m[2], path);
    if (problem) throw new UserError({ ...at, message: `policy "${s}" is not owner/repo/path@ref: ${problem}` });
    return { kind: 'remote', owner: m[1], repo: m[2], path, ref: m[4] };
  }
  if (from?.kind === 'remote') {
    // A relative path inside a remote policy stays in that repository, at the same ref.
    const joined = relativeRemotePath(dirname(from.path), s);
    return { ...from, path: joined };
  }
  return { kind: 'local', abs: isAbsolute(s) ? s : resolvePath(baseDir, s) };
}

function relativeRemotePath(dir: string, rel: string): string {
  const parts = dir === '.' ? [] : dir.split('/');
  for (const seg of rel.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}

function refKey(r: PolicyRef): string {
  if (r.kind === 'default') return 'default';
  if (r.kind === 'local') return `local:${r.abs}`;
  return `remote:${r.owner}/${r.repo}/${r.path}@${r.ref}`.toLowerCase();
}

function displayName(r: PolicyRef, cwd: string): string {
  if (r.kind === 'default') return 'policies/default.yml';
  if (r.kind === 'remote') return `${r.owner}/${r.repo}/${r.path}@${r.ref}`;
  const rel = relative(cwd, r.abs);
  return rel && !rel.startsWith('..') ? rel.split('\\').join('/') : r.abs;
}

interface ChainFile extends PolicyFile {
  ref: PolicyRef;
}

/** Whether `path` lies inside `dir` (or is it). */
function inside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

async function readPolicyText(
  ref: Exclude<PolicyRef, { kind: 'default' }>,
  display: string,
  opts: LoadPolicyOptions,
  requestedAt?: Location,
): Promise<string> {
  const at = requestedAt
    ? { path: requestedAt.path, line: requestedAt.line, column: requestedAt.column }
    : { path: display };
  if (ref.kind === 'remote') {
    if (!opts.remote) {
      throw new UserError({
        ...at,
        message: `cannot read ${display}: no GitHub access (set GITHUB_TOKEN, or run inside the action)`,
      });
    }
    try {
      return await opts.remote.read(ref.owner, ref.repo, ref.path, ref.ref);
    } catch (e) {
      const why = (e as Error).message.replace(/^cannot read policy \S+( at \S+)?: /, '');
      throw new UserError({ ...at, message: `cannot read policy ${display}: ${why}` });
    }
  }
  const file = ref.abs;
  try {
    return (await readRegularFile(file, MAX_POLICY_BYTES)).toString('utf8');
  } catch (e) {
    if (!(e instanceof FileReadError)) throw e;
    if (e.reason === 'a directory')
      throw new UserError({ ...at, message: `policy ${display} is a directory, not a YAML file` });
    if (e.reason.startsWith('a '))
      throw new UserError({
        ...at,
        message: `policy ${display} is ${e.reason}, not a regular file; give the path of a YAML file`,
      });
    if (e.reason.startsWith('larger than'))
      throw new UserError({ ...at, message: `policy ${display} is larger than 1 MiB` });
    throw new UserError({ ...at, message: `cannot read policy ${display}: ${e.reason}` });
  }
}

/**
 * The shipped policy (policies/default.yml) as `npm run generate` parsed it with positions: a check does not read,
 * parse or validate it (.ci/build-data.mjs validates it; `generate --check` fails when it is stale).
 */
export function shippedPolicyDoc(path: string): PositionedDoc {
  const d = JSON.parse(SHIPPED_POLICY_JSON) as {
    value: unknown;
    valuePos: Array<[string, Pos]>;
    keyPos: Array<[string, Pos]>;
    scalarText: Array<[string, string]>;
  };
  return {
    path,
    value: d.value,
    valuePos: new Map(d.valuePos),
    keyPos: new Map(d.keyPos),
    scalarText: new Map(d.scalarText),
  };
}

/** Load the chain of policy files, parents first, this file last. */
async function loadChain(spec: string, opts: LoadPolicyOptions): Promise<ChainFile[]> {
  const out: ChainFile[] = [];
  const seen = new Set<string>();
  const root = resolvePath(opts.cwd, opts.root ?? '.');
  const realRoot = await realpath(root).catch(() => root);
  let reads = 0;
  /**
   * A local file of the repository must stay inside it, also through symbolic links (its errors would echo the
   * lines of a file outside). `confined` says whether the file naming it lies in the repository.
   */
  const confine = async (
    ref: PolicyRef,
    confined: boolean,
    display: string,
    requestedAt?: Location,
  ): Promise<boolean> => {
    if (ref.kind !== 'local') return false;
    if (!inside(root, ref.abs)) {
      if (!confined) return false;
      throw new UserError({
        ...(requestedAt ?? { path: display }),
        message: `extends "${display}" leads outside the repository; a policy in the repository may extend only files inside it, default, or owner/repo/path@ref`,
      });
    }
    const real = await realpath(ref.abs).catch(() => undefined);
    if (real && !inside(realRoot, real)) {
      const what = requestedAt ? `extends "${display}"` : `policy ${display}`;
      throw new UserError({
        ...(requestedAt ?? { path: display }),
        message: `${what} is a symbolic link leading outside the repository; give the real path of the policy`,
      });
    }
    return true;
  };
  const visit = async (
    ref: PolicyRef,
    stack: PolicyRef[],
    confinedBy: boolean,
    requestedAt?: Location,
  ): Promise<void> => {
    const key = refKey(ref);
    const display = displayName(ref, opts.cwd);
    const names = [...stack.map((r) => displayName(r, opts.cwd)), display];
    if (stack.some((r) => refKey(r) === key)) {
      throw new UserError({
        ...(requestedAt ?? { path: display }),
        message: `extends forms a cycle: ${names.join(' → ')}`,
      });
    }
    if (stack.length >= MAX_DEPTH) {
      throw new UserError({
        ...(requestedAt ?? { path: display }),
        message: `extends is nested deeper than ${MAX_DEPTH} levels: ${names.join(' → ')}`,
      });
    }
    if (seen.has(key)) return;
    const confined = await confine(ref, confinedBy, display, requestedAt);
    if (++reads > MAX_POLICY_FILES) {
      throw new UserError({
        ...(requestedAt ?? { path: display }),
        message: `extends reads more than ${MAX_POLICY_FILES} policy files (at ${names.join(' → ')}); merge some of them`,
      });
    }
    let doc: PositionedDoc;
    if (ref.kind === 'default') {
      // parsed and validated when it was built (npm run generate, .ci/build-data.mjs)
      doc = shippedPolicyDoc(display);
    } else {
      let text: string;
      try {
        text = await readPolicyText(ref, display, opts, requestedAt);
      } catch (e) {
        // A parent that cannot be read is an error naming the chain, never a silent fallback.
        if (e instanceof UserError && stack.length) {
          throw new UserError(
            e.items.map((i) => ({ ...i, message: `${i.message} (extends chain: ${names.join(' → ')})` })),
          );
        }
        throw e;
      }
      doc = parseYamlWithPositions(text, display, 'policy');
      validateDoc(doc, 'policy');
    }
    const raw = doc.value as RawPolicy;
    const baseDir =
      ref.kind === 'local' ? dirname(ref.abs) : ref.kind === 'default' ? packagePath('policies') : opts.cwd;
    for (const [i, parentSpec] of (raw.extends ?? []).entries()) {
      const pos = positionOf(doc, `/extends/${i}`);
      const at = { path: display, line: pos.line, column: pos.column };
      const parent = parsePolicySpec(parentSpec, baseDir, ref, at);
      await visit(parent, [...stack, ref], confined, at);
    }
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ ref, display, doc, raw, isDefault: ref.kind === 'default' });
    }
  };
  const first = parsePolicySpec(spec, opts.cwd);
  // The policy itself is confined when its path lies in the repository (a policy given outside it is the user's).
  await visit(first, [], first.kind === 'local' && inside(root, first.abs));
  return out;
}

/**
 * Load a policy: `default` (the shipped one), a local path, or owner/repo/path@ref; follow `extends`
 * (parents first), apply the merge semantics and governance, and resolve every setting.
 */
export async function loadPolicy(spec: string, opts: LoadPolicyOptions): Promise<Policy> {
  const catalog = opts.catalog ?? loadCatalog();
  const files = await loadChain(spec, opts);
  return mergePolicyFiles(files, catalog, opts.now ?? new Date());
}
