import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve as resolvePath } from 'node:path';
import { loadCatalog, type Catalog } from '../catalog/catalog.js';
import { UserError } from '../core/errors.js';
import { packagePath } from '../core/paths.js';
import type { Location, Policy } from '../core/types.js';
import { validateDoc } from '../core/validate.js';
import { parseYamlWithPositions, positionOf } from '../core/yaml.js';
import { mergePolicyFiles, type PolicyFile, type RawPolicy } from './merge.js';

/** Reads a policy file from another repository (the GitHub contents API). */
export interface RemotePolicyReader {
  read(owner: string, repo: string, path: string, ref: string): Promise<string>;
}

export interface LoadPolicyOptions {
  /** Directory local paths are relative to (the repository root). */
  cwd: string;
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
const MAX_POLICY_BYTES = 1024 * 1024;
/** owner/repo/path@ref; owner and repo as GitHub allows them. */
const REMOTE_RE = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})\/([^@]+)@([^@\s]+)$/;

export function parsePolicySpec(spec: string, baseDir: string, from?: PolicyRef): PolicyRef {
  const s = spec.trim();
  if (s === 'default') return { kind: 'default' };
  const m = REMOTE_RE.exec(s);
  if (m && !s.startsWith('.') && !s.startsWith('/')) {
    return { kind: 'remote', owner: m[1], repo: m[2], path: m[3].replace(/^\/+/, ''), ref: m[4] };
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

async function readPolicyText(ref: PolicyRef, display: string, opts: LoadPolicyOptions, requestedAt?: Location): Promise<string> {
  const at = requestedAt ? { path: requestedAt.path, line: requestedAt.line, column: requestedAt.column } : { path: display };
  if (ref.kind === 'remote') {
    if (!opts.remote) {
      throw new UserError({ ...at, message: `cannot read ${display}: no GitHub access (set GITHUB_TOKEN, or run inside the action)` });
    }
    try {
      return await opts.remote.read(ref.owner, ref.repo, ref.path, ref.ref);
    } catch (e) {
      const why = (e as Error).message.replace(/^cannot read policy \S+( at \S+)?: /, '');
      throw new UserError({ ...at, message: `cannot read policy ${display}: ${why}` });
    }
  }
  const file = ref.kind === 'default' ? packagePath('policies', 'default.yml') : ref.abs;
  try {
    const st = await stat(file);
    if (st.isDirectory()) throw new UserError({ ...at, message: `policy ${display} is a directory, not a YAML file` });
    if (st.size > MAX_POLICY_BYTES) throw new UserError({ ...at, message: `policy ${display} is larger than 1 MiB` });
    return await readFile(file, 'utf8');
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new UserError({ ...at, message: `cannot read policy ${display}: ${why}` });
  }
}

/** Load the chain of policy files, parents first, this file last. */
async function loadChain(spec: string, opts: LoadPolicyOptions): Promise<ChainFile[]> {
  const out: ChainFile[] = [];
  const seen = new Set<string>();
  const visit = async (ref: PolicyRef, stack: PolicyRef[], requestedAt?: Location): Promise<void> => {
    const key = refKey(ref);
    const display = displayName(ref, opts.cwd);
    const names = [...stack.map((r) => displayName(r, opts.cwd)), display];
    if (stack.some((r) => refKey(r) === key)) {
      throw new UserError({ ...(requestedAt ?? { path: display }), message: `extends forms a cycle: ${names.join(' → ')}` });
    }
    if (stack.length >= MAX_DEPTH) {
      throw new UserError({ ...(requestedAt ?? { path: display }), message: `extends is nested deeper than ${MAX_DEPTH} levels: ${names.join(' → ')}` });
    }
    if (seen.has(key)) return;
    let text: string;
    try {
      text = await readPolicyText(ref, display, opts, requestedAt);
    } catch (e) {
      // A parent that cannot be read is an error naming the chain, never a silent fallback.
      if (e instanceof UserError && stack.length) {
        throw new UserError(e.items.map((i) => ({ ...i, message: `${i.message} (extends chain: ${names.join(' → ')})` })));
      }
      throw e;
    }
    const doc = parseYamlWithPositions(text, display, 'policy');
    validateDoc(doc, 'policy');
    const raw = doc.value as RawPolicy;
    const baseDir = ref.kind === 'local' ? dirname(ref.abs) : ref.kind === 'default' ? packagePath('policies') : opts.cwd;
    for (const [i, parentSpec] of (raw.extends ?? []).entries()) {
      const pos = positionOf(doc, `/extends/${i}`);
      const parent = parsePolicySpec(parentSpec, baseDir, ref);
      await visit(parent, [...stack, ref], { path: display, line: pos.line, column: pos.column });
    }
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ ref, display, doc, raw, isDefault: ref.kind === 'default' });
    }
  };
  await visit(parsePolicySpec(spec, opts.cwd), []);
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
