/**
 * The organisation's repositories as a GitHub Actions job matrix. A matrix may generate at most 256 jobs per
 * workflow run, so the repositories are split into at most `maxJobs` shards of near-equal size (contiguous
 * slices of the sorted list); each matrix job checks the repositories of its shard one after the other.
 */
import type { InventoryGitHub, OrgRepository } from './github.js';

/** GitHub's limit on the jobs one matrix generates per workflow run. */
export const MATRIX_MAX_JOBS = 256;
/** Repositories listed at most (1,000 pages of 100). */
export const MAX_REPOSITORIES = 100_000;
/** A job's outputs may hold 1 MB in all: the matrix must stay under it. */
export const MATRIX_MAX_BYTES = 900_000;

export interface MatrixEntry {
  /** 1-based shard number (used in artifact names). */
  shard: number;
  /** The shard's repositories (`owner/repo`), separated by spaces (names hold no spaces). */
  repos: string;
}

export interface Matrix {
  include: MatrixEntry[];
}

export interface RepositorySelection {
  repositories: string[];
  skipped: { archived: number; forks: number; disabled: number };
}

export interface SelectOptions {
  includeArchived?: boolean;
  includeForks?: boolean;
}

/** Which repositories to check: archived and forked ones only when asked, disabled ones never; sorted. */
export function selectRepositories(all: OrgRepository[], opts: SelectOptions = {}): RepositorySelection {
  const skipped = { archived: 0, forks: 0, disabled: 0 };
  const repositories: string[] = [];
  const seen = new Set<string>();
  for (const r of all) {
    if (r.disabled) skipped.disabled++;
    else if (r.archived && !opts.includeArchived) skipped.archived++;
    else if (r.fork && !opts.includeForks) skipped.forks++;
    else if (!seen.has(r.full_name.toLowerCase())) {
      seen.add(r.full_name.toLowerCase());
      repositories.push(r.full_name);
    }
  }
  repositories.sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
  return { repositories, skipped };
}

/** Split the repositories into at most `maxJobs` shards whose sizes differ by at most one. */
export function shardMatrix(repositories: string[], maxJobs = MATRIX_MAX_JOBS): Matrix {
  if (!Number.isInteger(maxJobs) || maxJobs < 1 || maxJobs > MATRIX_MAX_JOBS) {
    throw new RangeError(`the number of jobs must be an integer from 1 to ${MATRIX_MAX_JOBS}, not ${maxJobs}`);
  }
  for (const r of repositories) {
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(r))
      throw new RangeError(`not a repository name: ${JSON.stringify(r).slice(0, 80)}`);
  }
  const n = repositories.length;
  const jobs = Math.min(n, maxJobs);
  const include: MatrixEntry[] = [];
  const base = jobs ? Math.floor(n / jobs) : 0;
  const extra = jobs ? n % jobs : 0;
  let at = 0;
  for (let i = 0; i < jobs; i++) {
    const size = base + (i < extra ? 1 : 0);
    include.push({ shard: i + 1, repos: repositories.slice(at, at + size).join(' ') });
    at += size;
  }
  return { include };
}

export interface OrgMatrix extends RepositorySelection {
  matrix: Matrix;
}

/** List the owner's repositories, select them and shard them. */
export async function orgMatrix(
  api: InventoryGitHub,
  owner: string,
  opts: SelectOptions & { maxJobs?: number } = {},
): Promise<OrgMatrix> {
  const listing = await api.listRepositories(owner, MAX_REPOSITORIES);
  if (listing.truncated) {
    throw new RangeError(
      `${owner} has more than ${MAX_REPOSITORIES.toLocaleString('en-US')} repositories; run one inventory per group of repositories`,
    );
  }
  const selection = selectRepositories(listing.items, opts);
  const matrix = shardMatrix(selection.repositories, opts.maxJobs ?? MATRIX_MAX_JOBS);
  const bytes = Buffer.byteLength(JSON.stringify(matrix));
  if (bytes > MATRIX_MAX_BYTES) {
    throw new RangeError(
      `the matrix of ${selection.repositories.length} repositories is ${bytes} bytes, more than a job's outputs may hold; run one inventory per group of repositories`,
    );
  }
  return { ...selection, matrix };
}
