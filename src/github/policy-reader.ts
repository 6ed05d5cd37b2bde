/**
 * Reads policies named `owner/repo/path@ref` through the contents API
 * (`GET /repos/{owner}/{repo}/contents/{path}?ref=`). Used by the action (with its token) and by the CLI
 * (token from GITHUB_TOKEN or GH_TOKEN, base URL from GITHUB_API_URL).
 */
import { OctokitApi, type GitHubApi, isGitHubError, isNetworkError } from './api.js';
import { apiBaseUrl, createOctokit, DEFAULT_API_URL, type ClientLog } from './client.js';

export interface PolicyReaderOptions {
  /** Whether a token is used (only changes the wording of errors). */
  authenticated?: boolean;
  /** The repository the token belongs to, when known (the action's GITHUB_REPOSITORY). */
  tokenRepository?: string;
  /** API base URL, for messages. */
  baseUrl?: string;
}

/** Implements the policy loader's `RemotePolicyReader`: resolves with the file's text, rejects with a clear Error. */
export class GitHubPolicyReader {
  constructor(
    private readonly api: Pick<GitHubApi, 'getContent'>,
    private readonly opts: PolicyReaderOptions = {},
  ) {}

  async read(owner: string, repo: string, path: string, ref: string): Promise<string> {
    const name = `${owner}/${repo}/${path}@${ref}`;
    const where = this.opts.baseUrl && this.opts.baseUrl !== 'https://api.github.com' ? ` at ${this.opts.baseUrl}` : '';
    const access = (): string => {
      if (!this.opts.authenticated) {
        return 'no token was given (set GITHUB_TOKEN or GH_TOKEN to read private repositories)';
      }
      const own = this.opts.tokenRepository;
      if (own && own.toLowerCase() !== `${owner}/${repo}`.toLowerCase()) {
        return `the workflow's GITHUB_TOKEN can read only ${own}; pass a token with contents: read on ${owner}/${repo} (input \`token\`)`;
      }
      return `the token needs contents: read on ${owner}/${repo}`;
    };
    let file;
    try {
      file = await this.api.getContent({ owner, repo }, path, ref);
    } catch (e) {
      if (isNetworkError(e)) {
        // No HTTP answer at all (DNS, connection refused, timeout): not a status of GitHub's.
        const api = (this.opts.baseUrl || DEFAULT_API_URL).replace(/\/+$/, '');
        throw new Error(
          `cannot read policy ${name}: could not reach the GitHub API at ${api} (${e.detail}); check the network and the API's address (GITHUB_API_URL), or name a copy of the policy kept in the repository (its local path instead of owner/repo/path@ref)`,
          { cause: e },
        );
      }
      if (isGitHubError(e) && (e.status === 401 || e.status === 403)) {
        throw new Error(`cannot read policy ${name}${where}: access denied (${e.status}); ${access()}`, {
          cause: e,
        });
      }
      const msg = e instanceof Error ? e.message : String(e);
      throw new Error(`cannot read policy ${name}${where}: ${msg}`, { cause: e });
    }
    if (file === null) {
      throw new Error(
        `cannot read policy ${name}${where}: not found (404); check the repository, path and ref, or ${access()}`,
      );
    }
    if (file.text === undefined) {
      throw new Error(`cannot read policy ${name}${where}: the file is too large (${file.size} bytes) for a policy`);
    }
    return file.text;
  }
}

/** A reader for the CLI: token from GITHUB_TOKEN or GH_TOKEN, base URL from GITHUB_API_URL. */
export function policyReaderFromEnv(env: NodeJS.ProcessEnv = process.env, log?: ClientLog): GitHubPolicyReader {
  const token = env.GITHUB_TOKEN || env.GH_TOKEN || undefined;
  const baseUrl = apiBaseUrl(env);
  const api = new OctokitApi(createOctokit({ token, baseUrl, env, log }));
  return new GitHubPolicyReader(api, { authenticated: Boolean(token), baseUrl });
}
