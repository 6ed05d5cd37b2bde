export const id = 709;
export const ids = [709];
export const modules = {

/***/ 8709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubPolicyReader: () => (/* binding */ GitHubPolicyReader),
/* harmony export */   policyReaderFromEnv: () => (/* binding */ policyReaderFromEnv)
/* harmony export */ });
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8943);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6584);
/**
 * Reads policies named `owner/repo/path@ref` through the contents API
 * (`GET /repos/{owner}/{repo}/contents/{path}?ref=`). Used by the action (with its token) and by the CLI
 * (token from GITHUB_TOKEN or GH_TOKEN, base URL from GITHUB_API_URL).
 */


/** Implements the policy loader's `RemotePolicyReader`: resolves with the file's text, rejects with a clear Error. */
class GitHubPolicyReader {
    api;
    opts;
    constructor(api, opts = {}) {
        this.api = api;
        this.opts = opts;
    }
    async read(owner, repo, path, ref) {
        const name = `${owner}/${repo}/${path}@${ref}`;
        const where = this.opts.baseUrl && this.opts.baseUrl !== 'https://api.github.com' ? ` at ${this.opts.baseUrl}` : '';
        const access = () => {
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
        }
        catch (e) {
            if ((0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .isNetworkError */ .TX)(e)) {
                // No HTTP answer at all (DNS, connection refused, timeout): not a status of GitHub's.
                const api = (this.opts.baseUrl || _client_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_API_URL */ .rK).replace(/\/+$/, '');
                throw new Error(`cannot read policy ${name}: could not reach the GitHub API at ${api} (${e.detail}); check the network and the API's address (GITHUB_API_URL), or name a copy of the policy kept in the repository (its local path instead of owner/repo/path@ref)`, { cause: e });
            }
            if ((0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .isGitHubError */ .e0)(e) && (e.status === 401 || e.status === 403)) {
                throw new Error(`cannot read policy ${name}${where}: access denied (${e.status}); ${access()}`, {
                    cause: e,
                });
            }
            const msg = e instanceof Error ? e.message : String(e);
            throw new Error(`cannot read policy ${name}${where}: ${msg}`, { cause: e });
        }
        if (file === null) {
            throw new Error(`cannot read policy ${name}${where}: not found (404); check the repository, path and ref, or ${access()}`);
        }
        if (file.text === undefined) {
            throw new Error(`cannot read policy ${name}${where}: the file is too large (${file.size} bytes) for a policy`);
        }
        return file.text;
    }
}
/** A reader for the CLI: token from GITHUB_TOKEN or GH_TOKEN, base URL from GITHUB_API_URL. */
function policyReaderFromEnv(env = process.env, log) {
    const token = env.GITHUB_TOKEN || env.GH_TOKEN || undefined;
    const baseUrl = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .apiBaseUrl */ .tj)(env);
    const api = new _api_js__WEBPACK_IMPORTED_MODULE_0__/* .OctokitApi */ .qH((0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .createOctokit */ .Qi)({ token, baseUrl, env, log }));
    return new GitHubPolicyReader(api, { authenticated: Boolean(token), baseUrl });
}


/***/ })

};

//# sourceMappingURL=709.index.js.map