import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, open, stat, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve as resolvePath, sep } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { loadCatalog } from '../catalog/catalog.js';
import { check, type BaseInfo } from '../engine/check.js';
import { loadManifest } from '../engine/discover.js';
import { parseRawPatch } from '../core/diff.js';
import { DEFAULT_MANIFESTS, pickDefaultManifest } from '../core/manifest-names.js';
import { notOneOf, oneOfIgnoringCase } from '../core/suggest.js';
import { formatErrors, isUserError } from '../core/errors.js';
import { redactUrl, sanitizeLog } from '../core/sanitize.js';
import { LICENSE_CATEGORIES, type Policy, type Report } from '../core/types.js';
import { prefetchScan } from '../discover/scan.js';
import type { HubClient } from '../hub/client.js';
import { type CountingResolver, countingResolver } from '../hub/counting.js';
import { loadPolicy, type RemotePolicyReader } from '../policy/load.js';
import { renderJson, renderJsonBytes, renderJsonChunks } from '../report/json.js';
import { renderText } from '../report/text.js';
import { toolVersion } from '../report/version.js';
import { repositoryOf } from '../inventory/repository.js';
import { explain } from './explain.js';
import { INVENTORY_HELP } from './inventory-help.js';
import { OutputError, type CliIO } from './io.js';
import { runPolicyTests } from './policy-test.js';
import { mapStack } from './stack.js';

const run = promisify(execFile);

/**
 * The GitHub reader of remote policies, loaded on first use: Octokit costs about 40 ms of start-up that a run
 * with a local or the default policy does not need.
 */
function policyReaderFromEnv(io: CliIO): RemotePolicyReader {
  let reader: Promise<RemotePolicyReader> | undefined;
  // what the GitHub client has to say while it reads (a retry and its wait, a rate limit waited out) goes to stderr
  const say = (m: string) => void Promise.resolve(io.stderr.write(`${sanitizeLog(m)}\n`)).catch(() => undefined);
  const log = { debug: () => undefined, info: () => undefined, warn: say };
  return {
    read: async (owner, repo, path, ref) => {
      reader ??= import('../github/policy-reader.js').then((m) => m.policyReaderFromEnv(io.env, log));
      return (await reader).read(owner, repo, path, ref);
    },
  };
}

/** Exit codes: 0 pass, 1 fail, 2 usage, configuration or input error. */
const EXIT = { pass: 0, fail: 1, error: 2 } as const;

/** Raised for command-line mistakes: printed as one line, exit 2. */
class UsageError extends Error {}

/** At most this many errors are printed; the rest are counted ("... and N more"). */
export const MAX_PRINTED_ERRORS = 50;

const FORMATS = ['text', 'json', 'markdown', 'sarif', 'cyclonedx'] as const;
type Format = (typeof FORMATS)[number];

const HELP: Record<string, string> = {
  main: `model-gate ${'VERSION'}: a policy-as-code gate for adopting AI models

Usage:
  model-gate check [DIR] [options]      evaluate the models a repository declares and loads
  model-gate explain MODEL [options]    what the catalog knows of a model, and each rule's decision
  model-gate validate POLICY            check a policy file (and its extends chain)
  model-gate test POLICY CASES          run a policy's test cases
  model-gate licenses                   list the license ids of the catalog
  model-gate inventory REPORT.json...   merge the JSON reports of many repositories into one inventory
  model-gate org-matrix OWNER           list an organisation's repositories as a job matrix (org-inventory.yml)
  model-gate inventory-issue FILE.md    keep one issue up to date with the inventory

Run 'model-gate COMMAND --help' for a command's options.
Exit codes: 0 pass, 1 fail (a blocked model), 2 usage, configuration or input error.`,
  check: `Usage: model-gate check [DIR] [options]

Evaluate the models that DIR (default: .) declares in its manifest and loads in its code.

Options:
  --policy FILE|default|owner/repo/path@ref   the policy (default: default, the shipped one)
  --manifest FILE        the manifest, models.yaml or a CycloneDX JSON BOM (default: models.yaml,
                         models.yml, else bom.json or bom.cdx.json when it lists machine-learning models)
  --format FORMAT        text, json, markdown, sarif or cyclonedx (default: text)
  --output FILE          write the report to FILE (the text report still goes to stdout)
  --base GITREF          count only models the change since GITREF adds or alters; scan only changed files
  --offline              use the built-in catalog only (also HF_HUB_OFFLINE=1)
  --no-scan              read the manifest only; do not look for models in the code
  --hub-cache FILE       cache Hub answers in FILE between runs
  -h, --help             this help

Environment: HF_ENDPOINT (default https://huggingface.co), HF_TOKEN, GITHUB_TOKEN (remote policies), NO_COLOR.`,
  explain: `Usage: model-gate explain MODEL [--policy FILE|default] [--offline]

Show what model-gate knows of MODEL (license, terms, lineage, sources), the policy chain that applies
(which file each setting comes from), and each rule's decision for the model.`,
  validate: `Usage: model-gate validate POLICY

Load POLICY and its extends chain, validate them against schemas/policy.schema.json and the merge rules.
Prints every error as file:line:col: message. Exit 0 when valid, 2 otherwise.`,
  licenses: `Usage: model-gate licenses [--category CATEGORY]

List the licenses model-gate's catalog knows: the id to use in a policy, its category, whether it allows
commercial use, its user cap, and its name.`,
  test: `Usage: model-gate test POLICY CASES.yml

Run the test cases in CASES.yml against POLICY: each case names a model (or a set of facts) and the
expected status and rules. Prints each case and 'N passed, N failed'. Exit 0 when all pass, 1 otherwise.`,
  ...INVENTORY_HELP,
};

function help(cmd: string): string {
  return HELP[cmd].replace('VERSION', toolVersion());
}

async function git(dir: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run('git', ['-C', dir, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (e) {
    const msg = ((e as { stderr?: string }).stderr ?? (e as Error).message).trim().split('\n')[0];
    throw new UsageError(`git ${args[0]} failed: ${msg}`);
  }
}

/** The largest manifest read at the base; a bigger one counts as absent there, as it did with `git show`. */
const BASE_MANIFEST_MAX = 8 * 1024 * 1024;

/** One answer of `git cat-file --batch`: the object's type and id, and a blob's text (undefined over the cap). */
interface CatFileEntry {
  type?: string;
  oid?: string;
  text?: string;
}

/**
 * Objects by name (`<rev>^{commit}`, `<rev>:./<path>`), all in one `git cat-file --batch` started at once; undefined
 * when git failed (not a repository). A name that is missing has an entry without a type.
 */
function catFile(dir: string, names: string[]): Promise<CatFileEntry[] | undefined> {
  return new Promise((resolve) => {
    const child = spawn('git', ['-C', dir, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    child.stdout.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= names.length * (BASE_MANIFEST_MAX + 200)) chunks.push(c);
      else if (!over) {
        // (what came before is kept: the commit first, then each blob; one cut short counts as over the cap)
        over = true;
        child.kill();
      }
    });
    child.stdin.on('error', () => undefined);
    child.on('error', () => resolve(undefined));
    child.on('close', (code) => {
      if (code !== 0 && !over) return resolve(undefined);
      const out = Buffer.concat(chunks);
      const entries: CatFileEntry[] = [];
      let at = 0;
      for (let i = 0; i < names.length; i++) {
        const eol = out.indexOf(10, at);
        if (eol < 0) break;
        // "<oid> <type> <size>", or "<name> missing" / "<name> ambiguous"
        const header = out.subarray(at, eol).toString('utf8').split(' ');
        at = eol + 1;
        const bytes = Number(header[2]);
        if (header.length !== 3 || !Number.isSafeInteger(bytes) || bytes < 0) {
          entries.push({});
          continue;
        }
        const [oid, type] = header;
        const whole = type === 'blob' && bytes <= BASE_MANIFEST_MAX && at + bytes <= out.length;
        const text = whole ? out.toString('utf8', at, at + bytes) : undefined;
        entries.push({ oid, type, text });
        at += bytes + 1;
      }
      resolve(names.map((_, i) => entries[i] ?? {}));
    });
    child.stdin.end(names.map((n) => `${n}\n`).join(''));
  });
}

/**
 * The manifest at GITREF and the files changed since it (including uncommitted and untracked ones). Three git
 * processes, all started at once (a process forked while the catalog is small costs less): one diff for the file
 * list and the added lines, the untracked files, and one `cat-file` for the ref's commit and the manifests there.
 */
async function baseInfo(dir: string, ref: string, manifestPath: string | undefined): Promise<BaseInfo> {
  if (ref.startsWith('-') || /[\0\n]/.test(ref))
    throw new UsageError(
      `--base ${JSON.stringify(ref)}: not a git ref; pass a branch, tag or commit (e.g. origin/main)`,
    );
  const diff = git(dir, [
    'diff',
    '--raw',
    '-z',
    '-p',
    '-U0',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--relative',
    '--diff-filter=ACMRT',
    ref,
  ]);
  const untracked = git(dir, ['ls-files', '--others', '--exclude-standard', '-z']);
  const settled = Promise.allSettled([diff, untracked]);
  // the manifest at the base, looked for as discovery looks for it now (core/manifest-names.ts), relative to dir
  // (`<rev>:./<path>`); a name holding a line break cannot be asked for, and counts as missing
  const names = manifestPath ? [manifestPath] : DEFAULT_MANIFESTS;
  const asked = names.filter((n) => !n.includes('\n'));
  const objects = await catFile(dir, [`${ref}^{commit}`, ...asked.map((n) => `${ref}:./${n}`)]);
  if (!objects) {
    await settled;
    throw new UsageError(`--base ${ref}: ${dir} is not in a git work tree; --base compares with a git ref`);
  }
  if (objects[0].type !== 'commit') {
    await settled;
    throw new UsageError(`--base ${ref}: not a commit in ${dir}; fetch it first (e.g. git fetch origin ${ref})`);
  }
  const textOf = (name: string) => {
    const i = asked.indexOf(name);
    return i < 0 ? undefined : objects[i + 1]?.text;
  };
  const manifestText = manifestPath
    ? (textOf(manifestPath) ?? null)
    : (pickDefaultManifest(textOf).manifest?.text ?? null);
  const change = parseRawPatch(await diff);
  const files = [...change.files, ...(await untracked).split('\0')].filter(Boolean);
  const addedLines = Object.fromEntries([...change.added].map(([p, lines]) => [p, [...lines]]));
  return { ref, manifestText, changedFiles: [...new Set(files)], changedListed: true, addedLines };
}

async function hubResolver(io: CliIO, offline: boolean, cachePath?: string): Promise<HubClient | undefined> {
  if (offline || io.env.HF_HUB_OFFLINE === '1') return undefined;
  const endpoint = io.env.HF_ENDPOINT?.trim();
  if (endpoint && !/^https?:\/\/[^\s/]+/i.test(endpoint)) {
    throw new UsageError(
      `HF_ENDPOINT=${redactUrl(endpoint)} is not an http(s) address; set it to the Hub's address (default https://huggingface.co) or use --offline`,
    );
  }
  // loaded only when the Hub is asked
  const { HubClient } = await import('../hub/client.js');
  // Cache warnings (a file ignored as untrusted, or not written) go to stderr.
  const log = (m: string) => void Promise.resolve(io.stderr.write(`${sanitizeLog(m)}\n`)).catch(() => undefined);
  return new HubClient({
    endpoint: endpoint || 'https://huggingface.co',
    token: io.env.HF_TOKEN || null,
    offline: false,
    cachePath: cachePath && resolvePath(io.cwd, cachePath),
    log,
  });
}

/** The warning of a check the Hub did not answer for: what that leaves unconfirmed, and what to do. */
function hubWarning(models: number, first: string | undefined): string {
  const what = `${models} model${models === 1 ? '' : 's'}`;
  return (
    `model-gate: warning: the Hugging Face Hub did not answer for ${what}${first ? ` (${first})` : ''}: ` +
    `their licenses come from the catalog or the manifest alone, and pinned revisions were not verified; ` +
    `check the network, HF_ENDPOINT and HF_TOKEN, or pass --offline to check against the catalog alone`
  );
}

/** Whether colour suits the output: a terminal, and NO_COLOR unset. */
function colorFor(io: CliIO): boolean {
  return !!io.stdout.isTTY && !io.env.NO_COLOR;
}

async function render(report: Report, format: Format, color: boolean, policy: Policy): Promise<string> {
  switch (format) {
    case 'json':
      return renderJson(report);
    // the other formats are loaded when asked for (SPDX parsing, node:crypto...)
    case 'markdown': {
      const { exceptionDaysFor, renderMarkdown } = await import('../report/markdown.js');
      return renderMarkdown(report, { exceptionDays: exceptionDaysFor(policy) });
    }
    case 'sarif':
      return (await import('../report/sarif.js')).renderSarif(report);
    case 'cyclonedx':
      return (await import('../report/cyclonedx.js')).renderCycloneDx(report, loadCatalog(), {
        toolVersion: toolVersion(),
      });
    default:
      return renderText(report, { color });
  }
}

/** --manifest is taken relative to the working directory when it exists there, else relative to DIR. */
function manifestLocation(io: CliIO, arg: string, dir: string): string {
  const fromCwd = resolvePath(io.cwd, arg);
  return existsSync(fromCwd) ? fromCwd : resolvePath(dir, arg);
}

async function cmdCheck(io: CliIO, argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      policy: { type: 'string', default: 'default' },
      manifest: { type: 'string' },
      format: { type: 'string', default: 'text' },
      output: { type: 'string' },
      base: { type: 'string' },
      offline: { type: 'boolean', default: false },
      'no-scan': { type: 'boolean', default: false },
      'hub-cache': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    await io.stdout.write(help('check') + '\n');
    return EXIT.pass;
  }
  if (positionals.length > 1)
    throw new UsageError(`check takes one directory, got ${positionals.length}: ${positionals.join(' ')}`);
  const format = oneOfIgnoringCase(values.format, FORMATS);
  if (!format) throw new UsageError(notOneOf('--format', values.format, FORMATS));
  const dir = resolvePath(io.cwd, positionals[0] ?? '.');
  const st = await stat(dir).catch(() => undefined);
  if (!st) throw new UsageError(`${positionals[0]}: no such directory; pass the repository to check`);
  if (!st.isDirectory())
    throw new UsageError(
      `${positionals[0]}: not a directory; pass the repository to check (and --manifest for a manifest elsewhere)`,
    );
  // git processes that do not depend on the policy start now and run while it loads: the file list of a full
  // scan, and the repository's identity
  const early = !values['no-scan'] && !values.base ? prefetchScan(dir) : undefined;
  // the repository's identity is part of the JSON report only (what `model-gate inventory` reads)
  const identity = format === 'json' ? repositoryOf(dir, io.env) : Promise.resolve(undefined);
  const manifestPath = values.manifest ? manifestLocation(io, values.manifest, dir) : undefined;
  // so does what --base asks of git (the changed files, the base's manifest)
  const basePromise = values.base
    ? baseInfo(dir, values.base, manifestPath && relative(dir, manifestPath).split(sep).join('/'))
    : undefined;
  // its error (not a work tree, no such ref) is raised where it is awaited, after the policy loads
  basePromise?.catch(() => undefined);
  let report: Report;
  let policy: Policy;
  let hub: CountingResolver | undefined;
  try {
    const catalog = loadCatalog();
    policy = await loadPolicy(values.policy, { cwd: io.cwd, catalog, remote: policyReaderFromEnv(io) });
    const base = await basePromise;
    const client = await hubResolver(io, values.offline, values['hub-cache']);
    hub = client && countingResolver(client);
    report = await check({ root: dir, policy, catalog, manifestPath, scan: !values['no-scan'], resolver: hub, base });
    await hub?.flush?.();
  } finally {
    early?.drop();
    await Promise.allSettled([identity, basePromise]);
  }
  const repository = await identity;
  if (repository) report.repository = repository;
  const color = !values.output && format === 'text' && colorFor(io);
  if (values.output) {
    const out = resolvePath(io.cwd, values.output);
    try {
      await mkdir(dirname(out), { recursive: true });
      if (format === 'json') {
        // written as it is rendered, as on stdout (10,000 models: 28 MB that is never one string)
        const file = await open(out, 'w');
        try {
          for (const bytes of renderJsonBytes(report))
            for (let at = 0; at < bytes.length;) {
              const { bytesWritten } = await file.write(bytes, at, bytes.length - at);
              if (!bytesWritten) throw new Error('no byte could be written');
              at += bytesWritten;
            }
        } finally {
          await file.close();
        }
      } else await writeFile(out, await render(report, format, false, policy));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UsageError(
        `--output ${values.output}: cannot write the report (${code === 'EISDIR' ? 'it is a directory; give a file name' : code === 'EACCES' ? 'permission denied' : (e as Error).message})`,
      );
    }
    await io.stdout.write(renderText(report, { color: colorFor(io) }));
  } else if (format === 'json') {
    // a large report is written as it is rendered, never as one string (10,000 models: 28 MB)
    if (io.stdout.writeBytes) for (const bytes of renderJsonBytes(report)) await io.stdout.writeBytes(bytes);
    else for (const chunk of renderJsonChunks(report)) await io.stdout.write(chunk);
  } else {
    await io.stdout.write(await render(report, format, color, policy));
  }
  // never a silent pass on what the Hub did not say: the facts came from the catalog or the manifest alone
  const unanswered = hub?.unanswered() ?? 0;
  if (unanswered) await io.stderr.write(`${sanitizeLog(hubWarning(unanswered, hub?.firstFailure()))}\n`);
  return report.verdict === 'fail' ? EXIT.fail : EXIT.pass;
}

async function cmdExplain(io: CliIO, argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      policy: { type: 'string', default: 'default' },
      offline: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    await io.stdout.write(help('explain') + '\n');
    return EXIT.pass;
  }
  if (positionals.length !== 1)
    throw new UsageError('explain takes exactly one MODEL, e.g. model-gate explain meta-llama/Llama-3.1-8B-Instruct');
  const catalog = loadCatalog();
  const policy = await loadPolicy(values.policy, { cwd: io.cwd, catalog, remote: policyReaderFromEnv(io) });
  const hub = await hubResolver(io, values.offline);
  // A model the repository declares is explained as declared (its license, base and revision).
  const manifest = await loadManifest(io.cwd);
  const text = await explain(positionals[0], { policy, catalog, resolver: hub, color: colorFor(io), manifest });
  await hub?.flush();
  await io.stdout.write(text);
  return EXIT.pass;
}

async function cmdValidate(io: CliIO, argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    await io.stdout.write(help('validate') + '\n');
    return EXIT.pass;
  }
  if (positionals.length !== 1) throw new UsageError('validate takes exactly one POLICY file');
  const policy = await loadPolicy(positionals[0], { cwd: io.cwd, remote: policyReaderFromEnv(io) });
  await io.stdout.write(`${positionals[0]}: valid policy "${policy.name}" (chain: ${policy.chain.join(' → ')})\n`);
  return EXIT.pass;
}

async function cmdLicenses(io: CliIO, argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { category: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    await io.stdout.write(help('licenses') + '\n');
    return EXIT.pass;
  }
  if (positionals.length) throw new UsageError('licenses takes no arguments');
  const all = loadCatalog().licenses;
  const cat = values.category === undefined ? undefined : oneOfIgnoringCase(values.category, LICENSE_CATEGORIES);
  if (values.category !== undefined && !cat)
    throw new UsageError(notOneOf('--category', values.category, LICENSE_CATEGORIES));
  const rows = all.filter((l) => !cat || l.category === cat).sort((a, b) => a.id.localeCompare(b.id));
  const w = Math.max(...rows.map((l) => l.id.length));
  const commercial = (c: boolean | 'conditional') => (c === 'conditional' ? 'conditional' : c ? 'yes' : 'no');
  const lines = [
    `${'ID'.padEnd(w)}  ${'CATEGORY'.padEnd(14)}  ${'COMMERCIAL'.padEnd(11)}  ${'USER CAP'.padEnd(11)}  NAME`,
  ];
  for (const l of rows) {
    lines.push(
      `${l.id.padEnd(w)}  ${l.category.padEnd(14)}  ${commercial(l.commercial).padEnd(11)}  ${(l.user_cap ? l.user_cap.toLocaleString('en-US') : '-').padEnd(11)}  ${l.name}`,
    );
  }
  await io.stdout.write(lines.join('\n') + '\n');
  return EXIT.pass;
}

async function cmdTest(io: CliIO, argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    await io.stdout.write(help('test') + '\n');
    return EXIT.pass;
  }
  if (positionals.length !== 2) throw new UsageError('test takes a POLICY and a CASES file');
  const result = await runPolicyTests(positionals[0], positionals[1], {
    cwd: io.cwd,
    remote: policyReaderFromEnv(io),
  });
  await io.stdout.write(result.output);
  return result.failed ? EXIT.fail : EXIT.pass;
}

/** node:util parseArgs messages, made short: "Unknown option '--bogus'. To specify a positional..." -> "unknown option --bogus". */
function argsMessage(e: Error): string {
  const unknown = /Unknown option '([^']+)'/.exec(e.message);
  if (unknown) return `unknown option ${unknown[1]}`;
  const missing = /Option '([^']+?)(?: <value>)?' argument missing/.exec(e.message);
  if (missing) return `option ${missing[1].split(',').pop()!.trim()} needs a value`;
  // "Option '--base' argument is ambiguous.\nDid you forget ...": a value that starts with a dash
  const ambiguous = /Option '([^']+?)(?: <value>)?' argument is ambiguous/.exec(e.message);
  if (ambiguous) {
    const name = ambiguous[1].split(',').pop()!.trim();
    return `option ${name} needs a value; write ${name}=VALUE for one that starts with a dash`;
  }
  return e.message.split(/\.\s/)[0].replace(/^\w/, (c) => c.toLowerCase());
}

/**
 * Run the CLI with its arguments (without `node model-gate`) and its io (the process's: `processIO()`); returns the
 * exit code. Never throws: errors are written to io.stderr, one line each.
 */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case 'check':
        return await cmdCheck(io, rest);
      case 'explain':
        return await cmdExplain(io, rest);
      case 'validate':
        return await cmdValidate(io, rest);
      case 'test':
        return await cmdTest(io, rest);
      case 'licenses':
        return await cmdLicenses(io, rest);
      case 'inventory':
        // the inventory commands (and Octokit) are loaded only for them
        return await (await import('./inventory.js')).cmdInventory(rest, io);
      case 'org-matrix':
        return await (await import('./inventory.js')).cmdOrgMatrix(rest, io);
      case 'inventory-issue':
        return await (await import('./inventory.js')).cmdInventoryIssue(rest, io);
      case '--version':
      case '-v':
        await io.stdout.write(toolVersion() + '\n');
        return EXIT.pass;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        await io.stdout.write(help('main') + '\n');
        return cmd === undefined ? EXIT.error : EXIT.pass;
      default:
        throw new UsageError(`unknown command "${cmd}"; run model-gate --help`);
    }
  } catch (e) {
    let text: string;
    if (isUserError(e)) {
      text = formatErrors(e, MAX_PRINTED_ERRORS);
    } else if (e instanceof UsageError || e instanceof OutputError) {
      // A report that could not be written never counts as a verdict: a full disk or a closed pipe is exit 2.
      text = `model-gate: ${e.message}`;
    } else if ((e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      text = `model-gate: ${argsMessage(e as Error)}; run model-gate ${cmd && HELP[cmd] ? `${cmd} ` : ''}--help`;
    } else {
      text = `model-gate: internal error: ${(e as Error)?.message ?? String(e)} (please report it; set MODEL_GATE_DEBUG=1 for details)`;
      if (io.env.MODEL_GATE_DEBUG) text += `\n${mapStack((e as Error)?.stack ?? '')}`;
    }
    try {
      await io.stderr.write(text + '\n');
    } catch {
      // stderr is gone too: the exit code is all that is left.
    }
    return EXIT.error;
  }
}
