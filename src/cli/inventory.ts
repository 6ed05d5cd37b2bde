/**
 * The inventory commands:
 *   model-gate inventory REPORT.json|DIR|'GLOB'... [--format markdown|csv|html|json] [--output FILE]
 *   model-gate org-matrix OWNER [--include-archived] [--include-forks] [--max-jobs N] [--output FILE] [--list FILE] [--github-output]
 *   model-gate inventory-issue INVENTORY.md --repo OWNER/REPO [--number N] [--title TITLE] [--author LOGIN] [--key KEY]
 */
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UserError, type UserErrorItem } from '../core/errors.js';
import { notOneOf, oneOfIgnoringCase } from '../core/suggest.js';
import { GitHubError } from '../github/api.js';
import type { CliIO } from './io.js';
import { toolVersion } from '../report/version.js';
import { licenseCategories } from '../inventory/categories.js';
import { collectReportFiles, iterateReports } from '../inventory/files.js';
import { OctokitInventoryGitHub, type InventoryGitHub } from '../inventory/github.js';
import { IssueError, upsertInventoryIssue } from '../inventory/issue.js';
import { mergeReports } from '../inventory/merge.js';
import { MATRIX_MAX_JOBS, orgMatrix } from '../inventory/matrix.js';
import { INVENTORY_FORMATS, renderInventory } from '../inventory/render.js';
import { INVENTORY_HELP } from './inventory-help.js';

export { INVENTORY_HELP };

function usage(message: string): never {
  throw new UserError({ message: `model-gate: ${message}` });
}

/** GitHub's failures as one line that says what to do. */
function gitHubFailure(e: unknown, what: string): never {
  if (e instanceof GitHubError) {
    const hint = e.network
      ? 'check the network and GITHUB_API_URL'
      : e.status === 401
        ? 'the token is missing or invalid: set GITHUB_TOKEN'
        : e.status === 403
          ? 'the token may not do this: see docs/inventory.md for the permissions it needs'
          : e.status === 404
            ? 'check the name, and that the token can see it'
            : 'try again later';
    usage(`${what}: ${e.message}; ${hint}`);
  }
  if (e instanceof IssueError || e instanceof RangeError) usage(`${what}: ${e.message}`);
  throw e;
}

function writeOut(file: string, text: string, io: CliIO): void {
  const out = resolve(io.cwd, file);
  try {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, text);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    usage(
      `--output ${file}: cannot write it (${code === 'EISDIR' ? 'it is a folder; give a file name' : code === 'EACCES' ? 'permission denied' : (e as Error).message})`,
    );
  }
}

function readText(file: string, io: CliIO, what: string): string {
  try {
    return readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError({
      path: file,
      message: `cannot read the ${what} (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (code ?? (e as Error).message)})`,
    });
  }
}

/** The time the inventory says it was made: SOURCE_DATE_EPOCH when set (reproducible output), else now. */
function generatedAt(env: NodeJS.ProcessEnv): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date();
}

/** The GitHub Actions run's page (where the workflow uploads the complete inventory), when in a run. */
function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const server = env.GITHUB_SERVER_URL;
  const repo = env.GITHUB_REPOSITORY;
  const id = env.GITHUB_RUN_ID;
  if (
    !server ||
    !repo ||
    !id ||
    !/^https?:\/\/[^\s/]+$/.test(server.replace(/\/+$/, '')) ||
    !/^[\w.-]+\/[\w.-]+$/.test(repo) ||
    !/^\d+$/.test(id)
  )
    return undefined;
  return `${server.replace(/\/+$/, '')}/${repo}/actions/runs/${id}`;
}

export async function cmdInventory(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'markdown' },
      output: { type: 'string' },
      expected: { type: 'string' },
      'repo-from-filename': { type: 'boolean', default: false },
      title: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    await io.stdout.write(INVENTORY_HELP.inventory + '\n');
    return 0;
  }
  const format = oneOfIgnoringCase(values.format, INVENTORY_FORMATS);
  if (!format) usage(notOneOf('--format', values.format, INVENTORY_FORMATS));
  if (!positionals.length)
    usage('inventory takes one or more reports (files, folders or quoted globs); run model-gate inventory --help');
  let expected: string[] | undefined;
  if (values.expected) {
    expected = readText(values.expected, io, 'list of expected repositories')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
  }
  // With the list of expected repositories, an empty folder is an inventory of nothing checked, not a mistake.
  const files = collectReportFiles(positionals, io.cwd, { allowEmptyFolders: expected !== undefined });
  const errors: UserErrorItem[] = [];
  const reports = iterateReports(files, errors, { nameFromFileName: values['repo-from-filename'], cwd: io.cwd });
  const inventory = mergeReports(reports, {
    categoryOf: licenseCategories(),
    expected,
    now: generatedAt(io.env),
    toolVersion: toolVersion(),
  });
  if (errors.length) throw new UserError(errors);
  for (const w of inventory.warnings) await io.stderr.write(`warning: ${w}\n`);
  const text = renderInventory(inventory, format, { title: values.title, fullUrl: runUrl(io.env) });
  if (values.output) {
    writeOut(values.output, text, io);
    const s = inventory.summary;
    await io.stdout.write(
      `inventory: ${s.models} models in ${s.repositories} repositories (${s.by_status.blocked} blocked, ${s.by_status.waived} waived, ${s.by_status.warning} with warnings, ${s.by_status.allowed} allowed${s.missing ? `; ${s.missing} not checked` : ''}) -> ${values.output} (${format}, ${Buffer.byteLength(text).toLocaleString('en-US')} bytes)\n`,
    );
  } else {
    await io.stdout.write(text);
  }
  return 0;
}

export async function cmdOrgMatrix(argv: string[], io: CliIO, api?: InventoryGitHub): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'include-archived': { type: 'boolean', default: false },
      'include-forks': { type: 'boolean', default: false },
      'max-jobs': { type: 'string', default: String(MATRIX_MAX_JOBS) },
      output: { type: 'string' },
      list: { type: 'string' },
      'github-output': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    await io.stdout.write(INVENTORY_HELP['org-matrix'] + '\n');
    return 0;
  }
  if (positionals.length !== 1) usage('org-matrix takes one OWNER (an organisation or user name)');
  const owner = positionals[0];
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(owner))
    usage(`"${owner.slice(0, 60)}" is not an organisation or user name`);
  const maxJobs = Number(values['max-jobs']);
  if (!/^\d+$/.test(values['max-jobs']) || maxJobs < 1 || maxJobs > MATRIX_MAX_JOBS)
    usage(`--max-jobs must be a whole number from 1 to ${MATRIX_MAX_JOBS}, not "${values['max-jobs']}"`);
  const outputFile = values['github-output'] ? io.env.GITHUB_OUTPUT : undefined;
  if (values['github-output'] && !outputFile)
    usage('--github-output: GITHUB_OUTPUT is not set (it is, in a GitHub Actions step)');
  let result;
  try {
    result = await orgMatrix(api ?? OctokitInventoryGitHub.fromEnv(io.env), owner, {
      includeArchived: values['include-archived'],
      includeForks: values['include-forks'],
      maxJobs,
    });
  } catch (e) {
    gitHubFailure(e, `listing the repositories of ${owner}`);
  }
  const json = JSON.stringify(result.matrix);
  const n = result.repositories.length;
  const jobs = result.matrix.include.length;
  if (values.list) writeOut(values.list, result.repositories.map((r) => r + '\n').join(''), io);
  if (values.output) writeOut(values.output, json + '\n', io);
  if (outputFile) {
    try {
      appendFileSync(outputFile, `matrix=${json}\nrepositories=${n}\njobs=${jobs}\n`);
    } catch (e) {
      usage(`--github-output: cannot write ${outputFile} (${(e as Error).message})`);
    }
  }
  const sk = result.skipped;
  const skipped = [
    sk.archived && `${sk.archived} archived`,
    sk.forks && `${sk.forks} forks`,
    sk.disabled && `${sk.disabled} disabled`,
  ]
    .filter(Boolean)
    .join(', ');
  const sizes = jobs ? `${Math.floor(n / jobs)}${n % jobs ? `-${Math.ceil(n / jobs)}` : ''} each` : 'none';
  const summary = `${owner}: ${n} repositories in ${jobs} job${jobs === 1 ? '' : 's'} (${sizes})${skipped ? `; skipped ${skipped}` : ''}\n`;
  if (values.output || outputFile) await io.stdout.write(summary);
  else {
    await io.stdout.write(json + '\n');
    await io.stderr.write(summary);
  }
  return 0;
}

export async function cmdInventoryIssue(argv: string[], io: CliIO, api?: InventoryGitHub): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      repo: { type: 'string' },
      number: { type: 'string' },
      title: { type: 'string', default: 'Model inventory' },
      author: { type: 'string' },
      key: { type: 'string', default: 'inventory' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    await io.stdout.write(INVENTORY_HELP['inventory-issue'] + '\n');
    return 0;
  }
  if (positionals.length !== 1)
    usage('inventory-issue takes one Markdown file (model-gate inventory --format markdown --output FILE)');
  const m = /^([A-Za-z0-9-]+)\/([A-Za-z0-9_.-]+)$/.exec(values.repo ?? '');
  if (!m) usage(`--repo must be OWNER/REPO${values.repo ? `, not "${values.repo.slice(0, 80)}"` : ''}`);
  let number: number | undefined;
  if (values.number !== undefined && values.number !== '' && values.number !== '0') {
    if (!/^\d+$/.test(values.number)) usage(`--number must be an issue number, not "${values.number.slice(0, 40)}"`);
    number = Number(values.number);
  }
  const markdown = readText(positionals[0], io, 'inventory');
  let result;
  try {
    result = await upsertInventoryIssue(
      api ?? OctokitInventoryGitHub.fromEnv(io.env),
      {
        repo: { owner: m[1], repo: m[2] },
        number,
        title: values.title.trim() || 'Model inventory',
        key: values.key,
        author: values.author || undefined,
      },
      markdown.endsWith('\n') ? markdown : markdown + '\n',
    );
  } catch (e) {
    gitHubFailure(e, `keeping the inventory on ${m[1]}/${m[2]}${number ? `#${number}` : ''}`);
  }
  await io.stdout.write(
    `${result.action} the inventory ${result.kind} on ${m[1]}/${m[2]}#${result.number}${result.url ? `: ${result.url}` : ''}\n`,
  );
  return 0;
}
