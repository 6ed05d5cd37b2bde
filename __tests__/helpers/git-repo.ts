/**
 * Real git repositories for the action's tests: an `origin` that is a local bare repository (reachable as
 * file://, fetchable by commit as GitHub allows), a scratch clone to make commits, branches and GitHub's test merge
 * commits (`refs/pull/N/merge`, parents: the base, then the PR's head), and workspaces checked out the way
 * actions/checkout does (a shallow fetch of one commit, detached or on a branch).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Mona Lisa',
  GIT_AUTHOR_EMAIL: 'mona@example.com',
  GIT_COMMITTER_NAME: 'Mona Lisa',
  GIT_COMMITTER_EMAIL: 'mona@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_TERMINAL_PROMPT: '0',
};

export function sh(cwd: string, args: string[]): string {
  return execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'protocol.file.allow=always', ...args], {
    cwd,
    env: ENV,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

export class GitRepo {
  readonly origin: string;
  readonly work: string;
  private constructor(readonly dir: string) {
    this.origin = join(dir, 'origin.git');
    this.work = join(dir, 'scratch');
  }

  /** An origin with one commit on `main` holding `files`. */
  static create(dir: string, files: Record<string, string>): GitRepo {
    const r = new GitRepo(dir);
    mkdirSync(r.origin, { recursive: true });
    sh(r.origin, ['init', '--bare', '-q']);
    // GitHub serves any reachable commit by its sha.
    sh(r.origin, ['config', 'uploadpack.allowAnySHA1InWant', 'true']);
    mkdirSync(r.work, { recursive: true });
    sh(r.work, ['init', '-q']);
    sh(r.work, ['remote', 'add', 'origin', r.url]);
    r.commit(files, 'Initial commit');
    r.push('main');
    return r;
  }

  get url(): string {
    return `file://${this.origin}`;
  }

  /** Writes (or deletes, for null) files on the current branch and commits them; returns the sha. */
  commit(files: Record<string, string | null>, message = 'Change'): string {
    for (const [path, text] of Object.entries(files)) {
      const abs = join(this.work, ...path.split('/'));
      if (text === null) rmSync(abs, { force: true });
      else {
        mkdirSync(dirname(abs), { recursive: true });
        writeFileSync(abs, text);
      }
    }
    sh(this.work, ['add', '-A']);
    sh(this.work, ['commit', '-q', '--allow-empty', '-m', message]);
    return this.sha('HEAD');
  }

  sha(rev: string): string {
    return sh(this.work, ['rev-parse', rev]);
  }

  checkout(branch: string, create = false): void {
    sh(this.work, create ? ['checkout', '-q', '-b', branch] : ['checkout', '-q', branch]);
  }

  /** Pushes the local branch (or `sha:ref`) to origin. */
  push(refspec: string): void {
    sh(this.work, [
      'push',
      '-q',
      '--force',
      'origin',
      refspec.includes(':') ? refspec : `${refspec}:refs/heads/${refspec}`,
    ]);
  }

  /**
   * GitHub's test merge commit of a pull request: `head` merged into `base` (parents base, head), pushed as
   * `refs/pull/N/merge` with the head as `refs/pull/N/head`. Returns its sha.
   */
  pullMerge(number: number, base: string, head: string): string {
    const current = sh(this.work, ['rev-parse', '--abbrev-ref', 'HEAD']);
    sh(this.work, ['checkout', '-q', '--detach', base]);
    sh(this.work, ['merge', '-q', '--no-ff', '--no-edit', '-m', `Merge ${head} into ${base}`, head]);
    const merge = this.sha('HEAD');
    sh(this.work, ['checkout', '-q', current]);
    this.push(`${head}:refs/pull/${number}/head`);
    this.push(`${merge}:refs/pull/${number}/merge`);
    return merge;
  }

  /**
   * A workspace as actions/checkout leaves it: `git init`, origin, a fetch of one commit with a depth of 1 (or
   * `depth: 0`: all history), and that commit checked out, detached.
   */
  checkoutLikeActions(into: string, sha: string, opts: { depth?: number } = {}): string {
    mkdirSync(into, { recursive: true });
    sh(into, ['init', '-q']);
    sh(into, ['remote', 'add', 'origin', this.url]);
    const depth = opts.depth ?? 1;
    if (depth === 0)
      sh(into, [
        'fetch',
        '-q',
        '--no-tags',
        'origin',
        '+refs/heads/*:refs/remotes/origin/*',
        '+refs/pull/*:refs/remotes/pull/*',
      ]);
    else sh(into, ['fetch', '-q', '--no-tags', `--depth=${depth}`, 'origin', sha]);
    sh(into, ['checkout', '-q', '--force', '--detach', sha]);
    return into;
  }
}
